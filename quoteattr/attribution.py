"""Quotes ↔ cues ↔ source mentions, and the direct / indirect / mixed kind.

Input: a parsed Doc, the quotation-mark spans of its text and its cue tokens.  Output:
:class:`Attribution` records: a content span, a cue span, the token that heads the source
mention, and the rule that linked them.  Speaker names are resolved downstream.

Two passes share one mechanism:

* every cue verb yields its *reported content* (clausal complement, "according to" host
  clause, object predicate of "call/accuse/urge") and its *source* (subject, by-agent,
  antecedent of a relative pronoun, subject of the governing verb);
* every quotation-mark span is then matched to the cue whose content covers it (direct, or
  mixed when the content holds more than the quotation), to a cue beside it in the same
  sentence, to a "X:" / "— X" frame, or to the previous speaker's turn.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Mapping, Sequence

import attrs
import numpy as np
import regex

from .cues import (
    IDX_COL,
    according_tokens,
    as_quote_tokens,
    belief_tokens,
    copular_that_tokens,
    cue_tokens,
    opinion_tokens,
    stance_noun_tokens,
    token_array,
)
from .lexicon import MISREAD_LEMMAS, Lexicon
from .lexicon import get as get_lexicon
from .marks import MarkedQuote, quote_mark_chars
from .model import QuoteKind
from .transcripts import Turn, find_answers, find_turns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Attribution", "attribute"]

_CLAUSE = frozenset({"ccomp"})
_CONCESSIVE = frozenset({"although", "though", "while", "whereas"})
_WHEN = frozenset({"DATE", "TIME"})
_NP_RULES = frozenset({"object", "topic"})
_TOPIC_PREPS = frozenset({"about", "for", "of", "on", "against", "over"})
# "commented on X" names a topic; "said on Twitter", "wrote on condition of anonymity" do not
_ON_TOPIC_VERBS = frozenset({"comment", "remark", "elaborate", "report", "brief", "testify", "reflect", "opine", "weigh"})
# "referred to the islands as bases", "pointed to Saudi charities", "hinted at a run": cues
# whose topic follows "to" or "at" (other verbs' "to" and "at" phrases are addressees and places)
_OTHER_TOPIC_PREPS: Mapping[str, frozenset[str]] = {
    "to": frozenset({"refer", "point", "allude"}),
    "at": frozenset({"hint", "scoff", "sneer"}),
}
_CLIMB = frozenset({"conj", "xcomp", "advcl", "ccomp", "acomp", "pcomp", "prep", "pobj", "advmod"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_NP_RIGHT_PREPS = frozenset({"for", "of", "in", "at", "from", "with", "on", "inside", "within", "to", "by"})
_QUOTE_END_PUNCT = frozenset(",?!.…—–-:;")
_NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_MAX_SCARE_TOKENS = 4
# speech verbs that, in an "As X ..." clause, tell when something happened, not what was said
_NOT_AS_CUES = frozenset({"continue", "answer", "ask", "respond", "reply", "testify", "sing", "chant", "speak", "brief", "call"})


@attrs.define
class Attribution:
    """One attributed quote before speaker resolution (mutable while it is built).

    Attributes:
        start, end: Content character span.
        kind: Direct, indirect or mixed.
        cue: Cue character span, or ``None``.
        source: Index of the token heading the source mention, or ``None``.
        rule: Which rule found the quote.
        confidence: How sure the rule is.
        follows: For a continued quote, the attribution whose speaker it inherits.
        cue_token: Index of the cue verb, when there is one.
        mention: The source mention's character span, when the rule knows it better than
            the parse does (a transcript label).
    """

    start: int
    end: int
    kind: QuoteKind
    cue: tuple[int, int] | None
    source: int | None
    rule: str
    confidence: float
    follows: Attribution | None = None
    cue_token: int | None = None
    mention: tuple[int, int] | None = None


def is_aside(rule: str) -> bool:
    """A noun-phrase content or a stance: never the report a later quote continues."""
    return rule in _NP_RULES or rule.startswith("stance:")


# --------------------------------------------------------------------------- helpers


def _subtree_span(tok: Token) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


def _phone_call(verb: Token, inf: Token) -> bool:
    """"called her to get together again", "called Sanders to congratulate him": "call"
    with an object and a to-infinitive is a phone call (not "called on voters to act")."""
    return (
        verb.lemma_.lower() == "call"
        and inf.dep_ == "xcomp"
        and any(g.dep_ == "aux" and g.lower_ == "to" and g.i < inf.i for g in inf.children)
        and not (verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in ("on", "upon"))
        and any(g.dep_ == "dobj" and g.i < inf.i for g in verb.children)
    )


_INFINITIVE_LINKS = frozenset({",", "and", "or", "then"})


def _stray_infinitive_conjunct(inf: Token) -> Token | None:
    """A bare verb coordinated with infinitive ``inf`` that the parser hung elsewhere.

    "promising to meet and in some cases exceed his goals", "planned to revitalize sales,
    then hand over the property": the second verb shares the ``to`` but sits outside its subtree.
    """
    doc = inf.doc
    i = inf.right_edge.i + 1
    linked = False
    while i < len(doc) and doc[i].lower_ in _INFINITIVE_LINKS:
        linked = linked or doc[i].lower_ != ","
        i += 1
    if not linked or i >= len(doc):
        return None
    if doc[i].dep_ == "prep" and doc[i].head.i > doc[i].right_edge.i:
        i = doc[i].right_edge.i + 1  # "and in some cases exceed"
    if i >= len(doc):
        return None
    verb = doc[i]
    if verb.tag_ not in ("VB", "VBP") or verb.left_edge.i < inf.right_edge.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None  # "to lift sanctions and markets rally", "and will ..."
    if verb.head.i > verb.i or verb.head.i >= inf.i:
        return None  # hung on a later word, or already the infinitive's own conjunct
    return verb


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim whitespace, dangling punctuation (commas, dashes, colons) and a sentence-final
    period (not an abbreviation's: "the U.S.") from a content span."""
    while s < e and (text[s].isspace() or text[s] in ",;:—–-)"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-("):
        e -= 1
    if e - s > 3 and text[e - 1] == "." and text[e - 3] != "." and not text[e - 2].isupper():
        e -= 1
    return s, e


def _is_verbish(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


_FOCUS_ADVERBS = frozenset({"even", "also", "still", "now", "too", "then", "however", "meanwhile", "instead", "and", "but"})


# "WASHINGTON ― ...", "KYIV, Ukraine (AP) — ...", "Beijing, Feb 9 (EFE).- ...", "MOSCOW,
# February 14. /TASS/. ...": a dateline opening the paragraph. A place in capitals may stand
# alone before its dash; a place in title case needs a date ("Beijing, Feb 9"). The agency
# in brackets or slashes may end the dateline without a dash ("NEW DELHI, Feb 6 (IANS) ...").
_DATELINE = regex.compile(
    r"(?:\p{Lu}[\p{Lu}.' ]{2,}(?:,[ \p{L}\d.,]{2,30})?|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2},[ \p{L}.]{0,15}\d[ \p{L}\d.,]{0,20})"
    r"\s*(?:(?:\([^()\n]{1,30}\)|/[^/\n]{1,20}/)\s*(?:\.?[―—–-]{1,2}|\.)?|\.?[―—–-]{1,2})\s+(?=\p{Lu}|[“\"‘'])"
)


def _dateline_before(tok: Token) -> int | None:
    """The end of a dateline opening the paragraph of ``tok``, when it ends before ``tok``;
    read from the 30 tokens before it (never ``doc.text``, which spaCy rebuilds in full on
    every access), so a paragraph that starts earlier has none in reach."""
    doc = tok.doc
    lo = max(0, tok.i - 30)
    chunk = doc[lo : tok.i].text_with_ws
    pos = tok.idx - doc[lo].idx
    w = max(0, pos - 80)  # (a dateline is short: only the 80 characters before are searched)
    p = chunk.rfind("\n", w, pos) + 1
    if p == 0 and (w > 0 or lo > 0):
        return None
    m = _DATELINE.match(chunk, p, pos + 1)
    return doc[lo].idx + m.end() if m is not None and m.end() <= pos else None


def _before_break(doc: Doc, start: int, right: int) -> int:
    """The last token of a modifier before a comma or a clause the parser hung inside it:
    "Democrats on Capitol Hill, who ...", "Officials familiar with the talks, who spoke ..."."""
    for t in doc[start : right + 1]:
        if t.text in (",", "(") or t.dep_ == "relcl" or (t.dep_ == "appos" and (doc[t.left_edge.i - 1].is_punct or doc[t.left_edge.i - 1].is_space)):
            # (an apposition without a break is part of the name: "the journal JAMA Network Open")
            return (t.i if t.text in (",", "(") else t.left_edge.i) - 1
    return right


def _past_read_for_participle(acl: Token) -> bool:
    """"Diplomats briefed on the meeting said": a clause with no subject of its own, tagged
    a past tense, on a subject whose verb follows it, is a passive participle."""
    noun = acl.head
    return (
        acl.dep_ == "acl"
        and acl.tag_ == "VBD"
        and noun.dep_ in ("nsubj", "nsubjpass")
        and noun.head.i > acl.right_edge.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in acl.children)
        and all(t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in acl.doc[acl.right_edge.i + 1 : noun.head.i])
    )


def _entity_extent(tok: Token) -> tuple[int, int]:
    """The token range (start, end exclusive) of the named entity ``tok`` is part of."""
    doc = tok.doc
    s = tok.i
    while s > 0 and doc[s].ent_iob_ == "I":
        s -= 1
    e = tok.i + 1
    while e < len(doc) and doc[e].ent_iob_ == "I":
        e += 1
    return s, e


def mention_span(tok: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok`` ("A spokesperson for the ministry").

    Left modifiers are kept; on the right only prepositional and participial modifiers
    written without a comma; appositions and relative clauses are left out.
    """
    doc = tok.doc
    if tok.ent_type_ and tok.ent_iob_ != "O":
        ent_start, ent_end = _entity_extent(tok)  # the whole entity, e.g. "Antony Blinken"
    else:
        ent_start, ent_end = tok.i, tok.i + 1
    left = min(tok.left_edge.i, ent_start)
    # do not run back into a preceding clause (e.g. a relative clause ending before the head)
    for t in doc[left:tok.i]:
        if t.dep_ in ("relcl", "acl", "appos") or t.text in (",", "—", "–", "“", "”", '"'):
            left = t.right_edge.i + 1 if t.dep_ in ("relcl", "acl", "appos") else t.i + 1
    left = min(left, ent_start)
    if (
        tok.tag_ in ("NNS", "NNPS")
        and tok.dep_ == "nsubj"
        and left + 1 < tok.i
        and doc[left].lower_ in ("a", "an", "another")
        and doc[left + 1].dep_ == "compound"
        and doc[left + 1].tag_ == "NN"
    ):
        left += 2  # "a move business groups warned could cost jobs": "a move" is the relative's antecedent
    right = ent_end - 1
    for child in tok.rights:
        if child.i <= right:
            continue
        if (
            child.dep_ == "prep"
            and child.lower_ in _NP_RIGHT_PREPS
            and child.i == right + 1
            and any(g.dep_ == "pobj" for g in child.children)  # (not "campaign of being duped")
            and not (child.lower_ == "on" and any(g.dep_ == "pobj" and g.ent_type_ in _WHEN for g in child.children))
        ):  # ("The Sanders campaign on Monday said": the day is the saying's; "a remark in 2008" keeps its year)
            right = _before_break(doc, child.i, child.right_edge.i)
        elif child.dep_ == "acl" and child.i == right + 1 and (child.tag_ == "VBN" or _past_read_for_participle(child)):
            right = _before_break(doc, child.i, child.right_edge.i)
        elif child.dep_ == "amod" and child.i == right + 1 and any(g.dep_ == "prep" for g in child.children):
            right = _before_break(doc, child.i, child.right_edge.i)  # "People close to the governor"
        elif child.dep_ in ("compound", "nummod") and child.i == right + 1:
            right = child.i
        elif (
            child.dep_ == "appos"
            and child.left_edge.i == right + 1
            and child.ent_type_ == "PERSON"
            and not child.left_edge.is_punct
            and tok.tag_ not in ("NNS", "NNPS")
            and not any(g.dep_ == "conj" for g in child.children)
        ):
            right = _before_break(doc, child.left_edge.i, child.right_edge.i)  # "the historian Anne Applebaum"
        else:
            break
    # never end on punctuation or include quotation marks, nor on a conjunction the parser
    # hung on an object ("the former secretary of state and current … nominee")
    while right > left and (doc[right].is_punct or doc[right].pos_ == "CCONJ"):
        right -= 1
    while left < right and (
        doc[left].is_punct
        or (doc[left].lower_ in _FOCUS_ADVERBS and doc[left].dep_ in ("advmod", "cc"))
        or doc[left].lower_ in ("who", "whom")
    ):
        left += 1  # (nor a focusing adverb: "Even an anti-Trump PAC"; nor "who" of a split relative)
    if left < tok.i and any(not t.is_alpha for t in doc[left : tok.i]):
        d_end = _dateline_before(tok)
        if d_end is not None and doc[left].idx < d_end:
            # "Beijing, Feb 9 (EFE).- China's defense ministry": the parse hung the dateline on the subject
            left = next((t.i for t in doc[left : tok.i + 1] if t.idx >= d_end), tok.i)
    end = doc[right].idx + len(doc[right].text)
    partner = coordinated_subject(tok)
    if partner is not None:
        end = max(end, mention_span(partner)[1])  # "Donald Trump and Mike Pence said"
    return doc[left].idx, end


def coordinated_subject(tok: Token) -> Token | None:
    """The second of two sources a cue's subject coordinates ("Amazon and Microsoft said",
    "Obama and Clinton call them ..."), or ``None``."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
        return None
    other = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > tok.i), None)
    if other is None:
        return None
    doc = tok.doc
    between = doc[tok.i + 1 : other.left_edge.i]
    if any(t.pos_ in ("VERB", "AUX") or (t.text == "(" and doc[t.i + 1].lower_ == "and") for t in between):
        return None  # ("29 percent (and 43 percent of Republicans) said", two clauses)
    if (
        tok.pos_ == "NOUN"
        and tok.tag_ not in ("NNS", "NNPS")
        and (other.ent_type_ == "PERSON" or other.tag_ not in ("NNS", "NNPS"))
        and not any(c.dep_ in ("det", "poss", "nummod") for c in other.children)
    ):
        return None  # "The front-runner and former secretary of state said": one person, two roles
    if tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and not tok.ent_type_ and other.ent_type_ == "PERSON":
        return None  # "former Pennsylvania Gov. and DNC Chairman Ed Rendell": one person
    return other


# --------------------------------------------------------------------------- sources


def _lost_subject(verb: Token, lex: Lexicon) -> Token | None:
    """The subject of a finite complement verb that the parser took for a conjunct of the
    noun before it ("..., and Democrats accused the GOP of ...")."""
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ in ("NOUN", "PROPN") and before.dep_ == "conj" and _speaker_like(before, lex):
        return before
    return None


def _subject_swallowed_by_relative(verb: Token, lex: Lexicon) -> Token | None:
    """"Sanders, meanwhile, who sits at zero endorsements, said that ...": the parser made
    the subject and its relative clause a complement before the cue; the noun before
    "who" is the cue's subject."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i > verb.i:
            continue
        rel = next((g for g in c.children if g.dep_ == "nsubj" and g.lower_ in ("who", "which")), None)
        if rel is None:
            # "Mr. Slinker, whose latest start-up uses big data, said ...": the relative's
            # verb took the noun for its subject
            noun = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
            if (
                noun is not None
                and noun.i + 2 < c.i
                and "," in (verb.doc[noun.right_edge.i].text, verb.doc[noun.right_edge.i + 1].text)
                and any(t.lower_ == "whose" for t in verb.doc[noun.i + 1 : c.i])
                and (_speaker_like(noun, lex) or noun.pos_ == "PROPN")
            ):
                return noun
            continue
        noun = next((g for g in c.children if g.dep_ == "nsubj" and g.i < rel.i), None)
        if noun is not None and (_speaker_like(noun, lex) or (rel.lower_ == "who" and noun.pos_ in ("NOUN", "PROPN"))):
            return noun  # ("who" says the noun is a person, whatever the tagger made of it)
    return None


def _subject_in_misread_clause(verb: Token, lex: Lexicon) -> Token | None:
    """A subject the parser gave to a clause it made up of the words before the verb:
    "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said" (the
    apposition read as a clause on "rabbi"), "One attendee, who like others spoke on the
    condition of anonymity, said".  The clause opens the sentence, has no subordinator, and
    its subject can speak."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in (",", "”", "\"", "’"):
        return None
    for c in verb.lefts:
        if c.dep_ not in ("ccomp", "advcl", "csubj") or any(g.dep_ == "mark" for g in c.children):
            continue
        start = c.left_edge
        if not (start.is_sent_start or start.i == 0):
            continue
        subj = next((g for g in c.lefts if g.dep_ == "nsubj" and g.left_edge.i == start.i), None)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN") and _speaker_like(subj, lex):
            return subj
    return None


def _name_after_relative(verb: Token) -> Token | None:
    """"Bannon, who Beck on Wednesday called “…”": the name right after an object relative
    pronoun is the subject of the clause, however the parser split it (it took "Beck" for a
    verb and hung the cue on "Bannon")."""
    doc = verb.doc
    start = max(verb.sent.start, verb.i - 8)
    for k in range(verb.i - 2, start - 1, -1):
        if doc[k].lower_ not in ("who", "whom", "that"):
            continue
        name = doc[k + 1]
        if name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
            return None
        end = k + 1
        while end + 1 < verb.i and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
            end += 1
        # only adverbials between the name and the cue ("on Wednesday", "later", "also")
        if all(t.dep_ in ("prep", "pobj", "advmod", "npadvmod", "det", "compound", "amod") and not t.is_punct for t in doc[end + 1 : verb.i]):
            return doc[end]
        return None
    return None


def _name_misread(verb: Token, lex: Lexicon) -> Token | None:
    """"“…,” said Skelly.", "“…,” Skelly said.": a subject the tagger read as another word
    (an adverb for its "-ly"); a capitalised word beside a speech verb, right after a
    quotation, is the speaker."""
    doc = verb.doc
    if verb.lemma_.lower() not in lex.speech_verbs:
        return None
    before = doc[verb.i - 1] if verb.i > 1 else None
    if before is not None and _misread_name(before) and doc[verb.i - 2].is_quote:
        return before  # "“…,” Skelly said."
    k = verb.i + 1
    if k >= len(doc) or not _misread_name(doc[k]):
        return None
    end = k + 1
    while end < len(doc) and doc[end].is_title and doc[end].head.i in (k, end + 1):
        end += 1
    after = doc[end] if end < len(doc) else None
    if after is not None and not (after.is_punct and after.text in (".", ",", ";", ":", "!", "?")):
        return None
    if not any(t.is_quote for t in doc[max(verb.i - 3, 0) : verb.i]):
        return None  # only right after a quotation: "“…,” said Skelly."
    return doc[end - 1] if end - 1 > k else doc[k]


def _aged_subject(verb: Token, lex: Lexicon) -> Token | None:
    """“…,” the 76-year-old told reporters: the tagger read the cue as a modifier of its
    addressee and the age as its adjective; the age is the subject."""
    doc = verb.doc
    if verb.dep_ != "amod" or verb.i < 4 or verb.lemma_.lower() not in lex.speech_verbs:
        return None
    old = doc[verb.i - 1]
    if old.lower_ == "old" and doc[verb.i - 2].text == "-" and doc[verb.i - 3].lower_ in ("year", "years"):
        return old
    return None


def _inverted_object(verb: Token, lex: Lexicon) -> Token | None:
    """“Why did it take so long?” asked one protester: right after a quotation, the noun
    the parser took for the cue's object is its inverted subject."""
    doc = verb.doc
    if verb.i == 0 or not doc[verb.i - 1].is_quote or verb.i + 1 >= len(doc):
        return None
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "dative") and c.left_edge.i == verb.i + 1), None)
    if obj is None or any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    return obj if _speaker_like(obj, lex) else None


def _name_read_as_modal(verb: Token) -> Token | None:
    """"…, Will described Trump as …": a capitalised modal inside a sentence, right before a
    past or present tense it cannot govern, is a name (George Will, Theresa May)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBN") or verb.i == 0:
        return None
    aux = verb.doc[verb.i - 1]
    if any(c.dep_ in ("aux", "auxpass") and c.i != aux.i for c in verb.children):
        return None  # ("will have described": a real modal)
    if aux.dep_ == "aux" and aux.head.i == verb.i and aux.tag_ == "MD" and aux.is_title and not aux.is_sent_start:
        return aux
    return None


def _misread_name(tok: Token) -> bool:
    return tok.is_title and tok.ent_type_ not in _WHEN and tok.dep_ in ("advmod", "npadvmod", "dobj", "attr", "oprd")


def _controlling_object(verb: Token, lex: Lexicon) -> Token | None:
    """The object of an object-control verb above an infinitive, or its conjunct
    ("pushed Democrats to moderate ... and to say ..."), when it can speak."""
    x = verb
    while x.dep_ == "conj" and x.head.i < x.i:
        x = x.head
    # a participle predicates of the object of any verb ("left many nations feeling that
    # ...", "uses footage of Clinton asking ..."); an infinitive only after a control verb
    participle = x.tag_ == "VBG"
    if x.dep_ != "xcomp" or not (participle or x.head.lemma_.lower() in _OBJECT_CONTROL):
        return None
    obj = next((c for c in x.head.children if c.dep_ == "dobj" and c.i < x.i), None)
    if obj is None:
        return None
    if _speaker_like(obj, lex) or obj.lower_ in _OBJECT_PRONOUNS:
        return obj
    if participle:
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                shown = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if shown is not None and _speaker_like(shown, lex):
                    return shown
    return None


def _only_a_break_between(first: Token, second: Token) -> bool:
    """Whether only a comma or a dash stands between the phrase of ``first`` and the
    phrase of ``second`` (an apposition the parser read as a second subject)."""
    if any(c.dep_ in ("cc", "conj") for c in (*first.children, *second.children)):
        return False  # ("The family, protesters and civic leaders have been demanding": a list)
    gap = list(first.doc[first.right_edge.i : second.left_edge.i])
    if gap and not gap[0].is_punct:
        gap = gap[1:]
    return bool(gap) and len(gap) <= 2 and all(t.text in (",", "-", "—", "–", "--") for t in gap)


#: Auxiliaries of a reported clause in a tense shifted back from the report's ("had let",
#: "would follow"): a conjunct verb in the report's own tense is not part of the clause.
_BACKSHIFT = frozenset({"had", "would", "could", "might"})


def _whose_subject(verb: Token) -> tuple[Token, Token] | None:
    """"rival Kestrel Systems, whose finance chief, Paul Wexler, said …": a cue whose subject
    is a whose-phrase the parser hung elsewhere.  The "whose" and the speaker (the name in
    apposition, or else the phrase's noun), or ``None``."""
    doc = verb.doc
    k = verb.i - 1
    if k < 3 or doc[k].text != ",":
        return None  # (only the appositive name before the cue sets the parse astray)
    while k > 0 and verb.i - k <= 10 and doc[k].lower_ != "whose":
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (".", ";", ":") or doc[k].is_quote:
            return None
        k -= 1
    if k <= 0 or doc[k].lower_ != "whose" or doc[k - 1].text != "," or any(c.dep_ == "nsubj" and c.i > k for c in verb.children):
        return None
    words = doc[k + 1 : verb.i]
    name = next((t for t in reversed(words) if t.ent_type_ == "PERSON"), None)
    noun = next((t for t in words if t.pos_ == "NOUN"), None)
    speaker = name or noun
    return (doc[k], speaker) if speaker is not None else None


def _source_of(verb: Token, lex: Lexicon, depth: int = 0, adjunct: bool = False) -> Token | None:
    """The token heading the source of a cue verb, following grammar, not position.

    ``adjunct`` marks a climb from an adverbial participle ("After saying ...", "was
    criticised for saying ..."), whose speaker may be the passive subject above it."""
    whose = _whose_subject(verb) if verb.tag_ in ("VBD", "VBZ", "VBP") else None
    if whose is not None:
        return whose[1]
    subj = None
    passive_subj = None
    agent = None
    for child in verb.children:
        dep = child.dep_
        if dep == "nsubj" or (dep == "compound" and verb.pos_ == "NOUN" and child.pos_ == "PROPN" and child.i < verb.i):
            if subj is not None and dep == "nsubj" and subj.ent_type_ in ("PERSON", "ORG") and not child.ent_type_ and child.pos_ != "PROPN":
                continue  # "Ban Ki-moon, the secretary general of the UN, vowed": the apposition read as a second subject
            if (
                subj is not None
                and dep == "nsubj"
                and subj.i < child.i
                and child.pos_ != "PROPN"  # (a name is the subject: "On X, formerly Twitter, Musk wrote")
                and _only_a_break_between(subj, child)
                and _speaker_like(subj, lex)
                and not _is_dateline(subj)  # ("CAIRO — Egypt's foreign minister … said")
            ):
                continue  # "A spokeswoman for the brand - a 12-employee business … - noted": the same
            subj = child  # (a compound name on a verb misread as a noun: "Trump claims that")
        elif dep == "nsubjpass":
            passive_subj = child
        elif dep == "agent" and agent is None:
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
    if subj is None and passive_subj is None and agent is None and verb.pos_ in ("VERB", "NOUN"):
        # "…, records show.": the parser compounded the subject noun onto the verb
        subj = next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1 and c.pos_ in ("NOUN", "PROPN")), None)
    if agent is not None:
        if passive_subj is None and verb.dep_ == "conj":
            # "was booed and shouted down by ...": the conjuncts share the passive subject
            passive_subj = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if adjunct and passive_subj is not None and _speaker_like(passive_subj, lex):
            # "Silverman was booed by Sanders supporters after telling holdouts that ...":
            # the one who told them is the one booed, not the booers
            return passive_subj
        return agent
    if subj is not None and _is_dateline(subj):
        # "WASHINGTON -- President Obama ... said": the dateline is not the speaker
        # ("BERLIN (Reuters) - German Chancellor Olaf Scholz ...": not the agency in brackets)
        # ("KYIV, Ukraine — President Volodymyr Zelenskyy said": the one after the dash, not the country)
        appos = [c for c in subj.children if c.dep_ == "appos" and c.doc[c.i - 1].text != "("]
        subj = next((c for c in appos if c.doc[c.left_edge.i - 1].text in _DASHES), appos[0] if appos else subj)
    elif subj is not None and subj.pos_ == "NOUN" and not _speaker_like(subj, lex):
        # "With 50 days until the election, Minyon Moore, a senior adviser …, called": the
        # parser made the fronted phrase's noun the subject and the speaker its apposition
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None) or subj
    if (
        subj is not None
        and depth < 4
        and verb.dep_ in ("ccomp", "xcomp")
        and verb.head.lemma_.lower() in _CAUSATIVES
        and verb.head.i < subj.i < verb.i
        and subj.lower_ not in ("me", "us", "'s", "’s")  # "Let me say", "let's hope": the writer
        # (not "his returns were made public ― Trump boasted": a passive, and a break between)
        and not any(c.dep_ == "auxpass" for c in verb.head.children)
        and not any(t.is_punct for t in verb.doc[verb.head.i + 1 : subj.i])
    ):
        # "let them know that ...", "made voters believe ...": the one who lets them know speaks
        causer = _source_of(verb.head, lex, depth + 1)
        if causer is not None and causer.pos_ != "PRON" and not _speaker_like(causer, lex) and (
            subj.pos_ == "PRON" or _speaker_like(subj, lex)
        ):
            return subj  # "Trump's comments make him wish ...": no one speaks through comments; he wishes
        return causer
    if subj is not None:
        if subj.lower_ == "it" and depth > 0 and verb.lemma_ in ("become", "be", "seem", "appear", "take", "remain"):
            return None  # "it became known that": an impersonal construction, no source
        if (
            subj.lower_ == "it"
            and verb.tag_ == "VBN"
            and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children)
            and any(c.dep_ == "ccomp" for c in verb.children)
        ):
            return None  # "It's implied that he won't stand in her way": a passive, no source
        if subj.lower_ in _RELATIVE and (
            verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < subj.i)
        ):
            # ("a statement that, while condemning violence, accused …": read as a clause on the noun)
            return _antecedent(subj, verb.head, lex)
        if subj.lower_ in _RELATIVE and verb.head.dep_ == "relcl":
            return _antecedent(subj, verb.head.head, lex)
        return subj
    if passive_subj is None:
        swallowed = _subject_swallowed_by_relative(verb, lex) or _subject_in_misread_clause(verb, lex)
        if swallowed is not None:
            return swallowed
        aside = next(
            (
                c for c in (*verb.children, verb.head)
                if c.i < verb.i and (h := _asked_aside(c, lex)) is not None and h[0].i == verb.i
            ),
            None,
        )
        if aside is not None:
            return next(c for c in aside.children if c.dep_ == "nsubj")  # "Kennedy, asked whether …, said"
        misread = (
            _name_misread(verb, lex) or _name_read_as_modal(verb) or _inverted_object(verb, lex) or _aged_subject(verb, lex)
        )
        if misread is not None:
            return misread
        if depth == 0:
            named = _name_after_relative(verb)
            if named is not None:
                return named
    if passive_subj is not None:
        if depth > 0 and (verb.lemma_.lower() in _QUOTED_AS or (adjunct and _speaker_like(passive_subj, lex))):
            # "the minister was quoted as saying ...": the one quoted speaks; "After saying
            # her foot was swollen, she was whisked off": the one who said it
            return passive_subj
        return None
    if depth < 4 and verb.dep_ in _CLIMB and verb.head.i != verb.i:
        # participles and infinitives share the subject of the clause above them:
        # "he pitched himself by telling them ...", "was able to tout ...", "said, adding ..."
        head = verb.head
        if verb.dep_ == "ccomp" and not _is_verbish(head):
            return None
        lost = _lost_subject(verb, lex)
        if lost is not None:
            return lost
        if verb.dep_ == "pobj" and not head.pos_ == "ADP":
            return None
        controlled = _controlling_object(verb, lex) if depth == 0 else None
        if controlled is not None:
            # "The loss prompted Trump to say ...", "leads many experts to suspect ...":
            # the object of the head verb is the infinitive's subject
            return controlled
        if verb.dep_ == "conj":
            clause = next(
                (
                    g
                    for c in head.children
                    if c.dep_ == "prep" and c.pos_ == "SCONJ" and head.i < c.i < verb.i
                    for g in c.children
                    if g.dep_ == "pobj" and g.i + 1 < verb.i and _speaker_like(g, lex)
                ),
                None,
            )
            if clause is not None and verb.doc[clause.i + 1].text == ",":
                # "since Clinton, at Monday’s debate, cited …": the parser read the
                # subordinate clause's subject as the object of "since"
                return clause
            shared = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if shared is not None and any(c.dep_ == "auxpass" for c in verb.children):
                return None  # "Both were taken to a hospital and were expected to survive": no one expects here
            if shared is not None and _speaker_like(shared, lex):
                # "FBI officials were angered by the deal and predicted ...": the conjuncts
                # share the passive subject, not the agent
                return shared
            if (
                head.dep_ == "ccomp"
                # (or a that-clause the parser read as an adverbial: "tweeted in the early
                # morning hours that Machado was ...")
                or (head.dep_ == "advcl" and any(c.lower_ == "that" and c.i < head.i for c in head.children))
            ) and _is_verbish(head.head):
                # the parser hung a second cue on the clause the first one reports: "De Blasio
                # said the move was made by Bratton and said, “…”" (the passive's agent said
                # nothing), "Paul said Rubio's tax plan would give …, and called him “…”" (a
                # plan calls nobody anything)
                own = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                passive = any(c.dep_ == "auxpass" for c in head.children) and not any(
                    c.dep_ == "auxpass" for c in verb.children
                )
                mute = (
                    own is not None
                    and own.lower_ not in _RELATIVE
                    and not _speaker_like(own, lex)
                    and head.head.lemma_.lower() in lex.speech_verbs
                )
                # "tweeted that Machado was “disgusting” and encouraged Americans to …": a
                # description is no act; a cue in the reporter's tense after it is the reporter's
                described = (
                    # (or a backshifted act: "He said the players had let them down and
                    # promised a response": the reporter's tense is the reporter's act)
                    (head.lemma_ == "be" or any(c.dep_ == "aux" and c.lower_ in _BACKSHIFT for c in head.children))
                    and (verb.tag_ == head.head.tag_ or {verb.tag_, head.head.tag_} == {"VBD", "VBN"})
                    and head.head.lemma_.lower() in lex.speech_verbs
                )
                if passive or mute or described:
                    return _source_of(head.head, lex, depth + 1)
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and head.dep_ == "ccomp"
            and head.head.lemma_.lower() in lex.cue_verbs
            and verb.doc[verb.left_edge.i - 1].text == ","
            and not any(c.dep_ == "nsubj" and _speaker_like(c, lex) for c in head.children)
        ):
            # "Analysts said geopolitical factors have contributed, citing ...": the
            # participle is the reporter's act, not the reported clause's
            return _source_of(head.head, lex, depth + 1)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.doc[verb.left_edge.i - 1].text == ",":
            clause = head
            while clause.dep_ in ("xcomp", "conj") and clause.head.i < clause.i:
                clause = clause.head
            if (
                clause.dep_ == "ccomp"
                and clause.head.lemma_.lower() in lex.speech_verbs
                and clause.head.i < clause.i
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
            ):
                # "a strategist said Clinton will have to choose whose side she's on, saying
                # ...": a reported prospect does no saying; the reporter does
                return _source_of(clause.head, lex, depth + 1)
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and head.dep_ == "acl"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
            and _is_verbish(head.head.head)
            and verb.doc[verb.left_edge.i - 1].text == ","
        ):
            # "Lewandowski rejected the idea that Trump would be a drag, saying ...": the
            # participle goes with whoever took a view of the idea, not with the idea's subject
            found = _source_of(head.head.head, lex, depth + 1)
            if found is not None:
                return found
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and head.dep_ == "relcl"
            and head.head.dep_ in ("dobj", "pobj")
            and verb.doc[verb.left_edge.i - 1].text == ","
            and verb.doc[head.left_edge.i - 1].text not in (",", "—", "–", "--", "(")
        ):
            # "defended not paying an architect who said he was stiffed, saying ...": after a
            # restrictive relative on an object, the participle goes with the main clause
            owner = head.head.head.head if head.head.dep_ == "pobj" else head.head.head
            if _is_verbish(owner):
                found = _source_of(owner, lex, depth + 1, True)
                if found is not None:
                    return found
        adjunct = adjunct or (verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl"))
        if verb.dep_ == "advcl":
            # "looping the streets - where the Panthers played the Vikings - while chanting
            # ...": a participle after an aside goes with the clause the aside interrupts
            head = _outside_aside(verb, head)
        return _source_of(head, lex, depth + 1, adjunct)
    if verb.dep_ == "acl" and verb.head.pos_ in _NOUNISH:
        noun = verb.head
        low = noun.lemma_.lower()
        issued = low in lex.issued_nouns
        if issued and depth < 4 and any(c.dep_ == "poss" and _speaker_like(c, lex) for c in noun.children):
            return noun  # "exploited Mr. Clinton's remark describing ...": his remark speaks for him
        if (
            depth < 4
            and not issued
            and noun.dep_ == "dobj"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not _speaker_like(noun, lex)
            and _is_verbish(noun.head)
        ):
            # "companies are taking pains to say ...", "made an effort to explain ...": the
            # infinitive is the act of whoever takes the pains, not of the pains
            found = _source_of(noun.head, lex, depth + 1)
            if found is not None and _speaker_like(found, lex):
                return found
        if (
            depth < 4
            and not issued
            and verb.tag_ == "VBG"
            and noun.dep_ == "pobj"
            and noun.head.dep_ in ("prep", "dative")
            and _is_verbish(noun.head.head)
        ):
            holder = noun.head.head
            addressed = noun.head.lower_ == "to" and (
                holder.lemma_.lower() in lex.speech_verbs
                or any(g.dep_ == "dobj" and (g.lemma_.lower() in lex.speech_nouns or g.lemma_.lower() in lex.document_nouns) for g in holder.children)
            )
            if addressed or not _speaker_like(noun, lex):
                # "sent a text message to supporters saying ...", "at one point calling the
                # mayor a liar": the participle goes with the clause, not the noun
                found = _source_of(holder, lex, depth + 1)
                if found is not None and _speaker_like(found, lex):
                    return found
        if (
            depth < 4
            and issued
            and noun.dep_ in ("dobj", "pobj")
            # "cited data showing ...": one who cites the data did not make it; the data shows
            and not (
                verb.lemma_.lower() in lex.evidence_verbs
                and verb.lemma_.lower() not in lex.speech_verbs
                and noun.head.lemma_.lower() in lex.speech_verbs
            )
        ):
            # "the Council issued a statement calling ...", "she said at a news conference
            # announcing ...": whoever issued the statement or held the conference speaks
            holder = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
            if _is_verbish(holder) and holder.i != verb.i:
                found = _source_of(holder, lex, depth + 1)
                if found is not None:
                    return found
        if (
            depth < 4
            and verb.tag_ == "VBG"
            and verb.doc[verb.left_edge.i - 1].text == ","
            and noun.dep_ == "dobj"
            and not _speaker_like(noun, lex)
            and _is_verbish(noun.head)
        ):
            # "Carson rejected the notion that ..., saying ...": set off by a comma, the
            # participle goes with the clause, not with the noun it was hung on
            found = _source_of(noun.head, lex, depth + 1)
            if found is not None and _speaker_like(found, lex):
                return found
        return noun
    return None


# --------------------------------------------------------------------------- content


#: Verbs of judgement that set their object beside another: "likened the rules to ...".
_COMPARING = frozenset({"liken", "compare", "equate"})


def _before_trailing_date(desc: Token, end: int) -> int:
    """End a quoted characterisation at its closing mark when only a date and the like
    follow it ("blasted Clinton as a “disgrace” Wednesday on The Laura Ingraham Show")."""
    doc = desc.doc
    quotes = [t for t in desc.subtree if t.is_quote]
    if not quotes:
        return end
    close = quotes[-1]
    k = close.i + 1
    if k <= desc.right_edge.i and doc[k].ent_type_ in _WHEN:
        return min(end, close.idx + len(close.text))
    return end


def _verb_after(tok: Token) -> bool:
    """Whether a finite verb follows the phrase of ``tok`` ("a super PAC called Future 45
    ran its first ad": the name, then the clause's own verb)."""
    k = tok.right_edge.i + 1
    return k < len(tok.doc) and tok.doc[k].tag_ in _FINITE_TAGS and tok.doc[k].pos_ in ("VERB", "AUX")


def _before_participle_of_telling(head: Token, end: int) -> int:
    """End a charge before a closing "while"-participle hung on it: "accused the US of
    violating its airspace … while failing to provide any supporting documentation" (the
    participle goes with the accusing, GUIDELINES §2)."""
    for child in head.rights:
        if (
            child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and any(g.dep_ == "mark" and g.lower_ == "while" for g in child.children)
            and _last_word(child) == _last_word(head)
        ):
            first = child.left_edge
            k = first.i - 1
            while k > head.i and head.doc[k].is_punct:
                k -= 1
            last = head.doc[k]
            return min(end, last.idx + len(last.text))
    return end


def _called_for(verb: Token) -> tuple[tuple[int, int], str] | None:
    """"called for Obama to resign": a demand with a proposition (rule ``call-for``),
    whether the parser hangs the infinitive on the cue or makes "for" its conjunction.
    ("called for an investigation" is a topic, found with the other noun phrases.)"""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in child.children):
            if any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
                mark = next(g for g in child.children if g.dep_ == "mark")
                if mark.i + 1 < child.right_edge.i:
                    s, e = _subtree_span(child)
                    return (verb.doc[mark.i + 1].idx, e), "call-for"
        if (
            child.dep_ == "prep"
            and child.lower_ == "for"
            and all(t.dep_ == "advmod" and t.head.i == verb.i for t in verb.doc[verb.i + 1 : child.i])
        ):  # (right after the cue, or after its adverbs: "called again for")
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is None:
                return None
            inf = next(
                (g for g in verb.children if g.dep_ in ("xcomp", "advcl") and g.left_edge.i == obj.right_edge.i + 1
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)),
                None,
            )
            if inf is not None:
                return (obj.left_edge.idx, inf.right_edge.idx + len(inf.right_edge.text)), "call-for"
            return None
    return None


_NAMING = frozenset({"name", "identify", "quote", "cite"})


def _anonymity_request(inf: Token) -> bool:
    """"asked not to be named", "asked that her name not be used": a source's condition
    for speaking (a negated passive of naming, or of using the name)."""
    if not (any(g.dep_ == "auxpass" for g in inf.children) and any(g.dep_ == "neg" for g in inf.children)):
        return False
    return inf.lemma_.lower() in _NAMING or (
        inf.lemma_.lower() in ("use", "publish", "print", "disclose", "reveal")
        and any(g.dep_ == "nsubjpass" and g.lemma_.lower() in ("name", "identity") for g in inf.children)
    )


def _quotation_between(verb: Token, end: int, lex: Lexicon) -> bool:
    """Whether a quotation with a cue of its own closes between a fronted content ending at
    ``end`` and the clause of its cue ("…, telling Mic, “But gosh …,” he said")."""
    doc = verb.doc
    start = min([verb.i] + [c.left_edge.i for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")])
    k = start - 1
    while k >= 0 and doc[k].idx >= end and doc[k].is_punct:
        if doc[k].is_quote:
            # the quotation opened after the content ended (not a fragment inside it:
            # "The plan will fail, “and everyone knows it,” he said")
            opening = next((t for t in reversed(doc[max(0, k - 200) : k]) if t.is_quote), None)
            if opening is None or opening.idx < end:
                return False
            # and is introduced by a participle of its own ("telling Mic …, “…,” he said"); without
            # one it goes on with the content ("pledged to “promote …,” the paper reported")
            return any(
                t.idx >= end and t.lemma_.lower() in lex.speech_verbs and t.tag_ == "VBG"
                for t in doc[max(0, opening.i - 30) : opening.i]
            )
        k -= 1
    return False


def _content_of(verb: Token, lex: Lexicon, noun_phrases: bool) -> tuple[tuple[int, int] | None, str]:
    """The reported content of a cue verb as a character span, and the rule name."""
    lemma = verb.lemma_.lower()
    whose = _whose_subject(verb) if verb.tag_ in ("VBD", "VBZ", "VBP") else None
    ccomps = [
        c for c in verb.children
        if (c.dep_ in _CLAUSE or _unmarked_clause(verb, c, lex) or _noun_cue_clause(verb, c))
        and not _free_relative_report(c, lex)
        and not _misread_complement(verb, c, lex)
        and not (whose is not None and c.i < whose[0].i)  # (the clause the whose-phrase hangs in)
    ]
    if not ccomps:
        ccomps = _complement_read_as_relative(verb, lex) or _complement_on_main_verb(verb) or _gerund_subject(verb, lex)
    elif all(c.left_edge.lower_ != "that" for c in ccomps):
        misread = _complement_read_as_relative(verb, lex)
        if misread and all(misread[0].i < c.left_edge.i for c in ccomps):
            # "wrote in an opinion that the state had offered no evidence of the fraud the law
            # was meant to prevent": the clause hung on the opinion comes first; the later
            # "clause" is a relative inside it
            ccomps = misread + ccomps
    if lemma in _ASKING and any(_anonymity_request(c) for c in ccomps):
        return None, ""  # "who asked that her name not be used": the source's terms, not a report
    if not ccomps and lemma in _ASKING:
        question = _question_hung_elsewhere(verb)
        if question is not None:
            return question, "clausal-complement"
    if not ccomps:
        inverted = _cue_hung_on_its_content(verb, lex)
        if inverted is not None:
            return inverted, "clausal-complement"
        gap = _gap_clause_hung_elsewhere(verb, lex)
        if gap is not None:
            return gap, "relative-gap"
    if len(ccomps) > 1:
        ccomps = [c for c in ccomps if _is_verbish(c)] or ccomps  # "— a controversial proposal": not a clause
        doc = verb.doc
        if verb.i + 1 < len(doc) and doc[verb.i + 1].text in ("—", "–", "--") and any(
            c.i < verb.i and c.right_edge.i + 1 < verb.i and doc[c.right_edge.i + 1].text == "," for c in ccomps
        ):
            # "A, Clinton allies believe — backers she will need": the report is before the
            # cue; what follows the dash is the writer's aside
            ccomps = [c for c in ccomps if c.i < verb.i] or ccomps
        # "Claiming X, Trump told Fox that Y": a complement after the cue is its content
        ccomps = [c for c in ccomps if c.i > verb.i] or ccomps
    if len(ccomps) == 1 and not _is_verbish(ccomps[0]) and lemma in lex.evidence_verbs:
        small = _small_clause(verb, lex)
        if small is not None:
            return small, "small-clause"  # "A new poll shows [Trump] at 40 percent"
    if len(ccomps) == 1 and ccomps[0].i < verb.i:
        later = _second_report_before_cue(verb, ccomps[0], lex)
        if later is not None:
            return later, "clausal-complement"
    if ccomps:
        c = ccomps[0] if len(ccomps) == 1 else max(ccomps, key=lambda t: t.right_edge.i - t.left_edge.i)
        s, e = _subtree_span(c)
        if len(ccomps) == 2:
            # "said [the Iranians released by the US] [were close to ...]", "[X], but [Y],
            # the source added": one report the parser split in two; the content spans both
            # (both lie on one side of the cue, after the filter above)
            first, last = ccomps
            lost = _lost_subject(last, lex)
            if (
                (lost is not None or _own_report(last, lex))
                and last.lemma_.lower() in lex.speech_verbs
                and first.i < last.i
            ):
                # "said Clinton is honest, and three-quarters said the same of Sanders": the
                # second is a report of its own, not more of the first
                c = first
                s, e = _subtree_span(c)
                if lost is not None and s <= lost.idx < e:
                    # "... the investigation and Democrats": the subject is the next report's
                    k = _back_over_conjunction(verb.doc, lost.i, c.i + 1)
                    e = verb.doc[k].idx
            elif (
                last.left_edge.i == first.right_edge.i + 1
                and _is_verbish(first)
                and _is_verbish(last)
                and (not verb.doc[first.right_edge.i].is_punct or verb.doc[first.right_edge.i].text == ",")
            ):
                lead = first.left_edge
                if lead.lower_ == "that" and lead.dep_ == "mark" and lead.i + 1 < first.i:
                    lead = lead.nbor(1)  # ("said that the agreement … had made … had also been derailed")
                s = lead.idx
                e = max(e, last.right_edge.idx + len(last.right_edge.text))
                c = last
        inner = _report_before_closing_cue(verb, c, lex)
        if inner is not None:
            c = inner
            s, e = _subtree_span(c)
        if (
            c.i < verb.i
            and verb.dep_ == "conj"
            and verb.head.i < c.left_edge.i
            and _is_verbish(verb.head)
            and any(g.dep_ == "cc" and g.i < c.left_edge.i for g in verb.head.children)
        ):
            # "[A], but [B], another source said": the parser hung the cue on A as a
            # conjunct; the fronted report is both clauses
            s = verb.head.left_edge.idx
        if s <= verb.idx < e and verb.i < c.i:
            # "which Washington says is part of ...": the relative pronoun hangs in the
            # complement, around the cue; the content is the clause with its gap
            s = verb.doc[verb.i + 1].idx
        s = _stranded_subject(verb, c, s, lex)
        s = _after_quotation_frame(verb, c, s, e)
        e = _clause_adjuncts(verb, c, e, lex)
        e = _cut_trailing_adjunct(c, e, lex, fronted=c.i < verb.i)
        e = _main_verb_in_relative(verb, c, e)
        e = _coordinated_content(verb, c, e, lex)
        e = _coordinated_continuation(c, e)
        # "told reporters Friday the balloon posed ...": the day belongs to the telling
        lead = c.left_edge
        if lead.ent_type_ in _WHEN and lead.dep_ in ("npadvmod", "tmod") and lead.head.i == c.i and lead.i + 1 < c.i:
            s = verb.doc[lead.right_edge.i + 1].idx
        elif lead.i == verb.i + 1 and (k := _subject_after_date(lead, c)) is not None:
            s = verb.doc[k].idx  # "said on Friday the airship was …"
        # drop a leading complementizer "that"
        first = c.left_edge
        if first.lower_ == "that" and (
            first.dep_ == "mark"
            or c.dep_ in ("relcl", "advcl")
            # ("told us that class sizes would rise": no "that" determines a plural)
            or (first.dep_ == "det" and first.head.tag_ in ("NNS", "NNPS"))
            # ("wrote that airlines must …", "that" read as the object of the clause's verb)
            or (first.tag_ == "WDT" and any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.left_edge.i == first.i + 1 for g in c.children))
        ):
            nxt = first.nbor(1) if first.i + 1 < len(verb.doc) else None
            if nxt is not None:
                s = nxt.idx
        else:
            mark = next((g for g in c.lefts if g.dep_ == "mark" and g.lower_ == "that"), None)
            if mark is not None and mark.i > first.i and mark.i + 1 < len(verb.doc) and (
                verb.doc[mark.i - 1].text == ","
                or all(t.dep_ == "advmod" and t.pos_ == "ADV" for t in verb.doc[first.i : mark.i])
            ):
                # "TASS reported, citing a source, that the suspects ...", "said only that
                # ...": the adjunct the parser hung on the clause belongs to the reporting
                s = max(s, verb.doc[mark.i + 1].idx)
        if c.i < verb.i and _quotation_between(verb, e, lex):
            return None, ""  # "X weighed in, telling Mic, “…,” he said": the cue reports the quotation
        return (s, e), "clausal-complement"
    for child in verb.children:
        if child.dep_ == "nsubjpass" and child.lower_ in ("this", "that") and any(g.dep_ == "agent" for g in verb.children):
            sent = verb.sent
            if sent.start > 0:
                prev = verb.doc[sent.start - 1].sent
                return (_after_header(prev), prev.end_char), "passive-anaphor"
    if lemma in lex.np_cue_verbs:
        if lemma in ("call", "label", "brand", "dub"):
            for obj in verb.children:
                if obj.dep_ == "dobj" and obj.i > verb.i:
                    late = [g for g in obj.children if g.dep_ == "amod" and g.i > obj.i and g.pos_ == "ADJ"]
                    if late:
                        # "called the decision stupid": the parser hung the predicate on the noun
                        end = late[-1].right_edge
                        return (obj.left_edge.idx, end.idx + len(end.text)), f"{lemma}-predicate"
        if lemma == "call":
            called_for = _called_for(verb)
            if called_for is not None:
                return called_for
        first_obj = next((g for g in verb.children if g.dep_ == "dobj" and g.i > verb.i), None)
        for child in _with_object_preps(verb):
            if child.dep_ == "prep" and (
                (first_obj is not None and child.i < first_obj.i) or verb.doc[child.i - 1].text == ","
            ):
                continue  # "Washington, for its part, accused Moscow of ...": an aside, not the charge
            compared = (  # "likened the rules to ...", not "rose 3 percent compared with last year"
                lemma in _COMPARING and child.lower_ in ("to", "with") and first_obj is not None and first_obj.i < child.i
            )
            if child.dep_ == "prep" and (child.lower_ in ("of", "for", "as") or compared):
                objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                if objs and (lemma != "call" or child.lower_ != "for"):
                    s, e = _subtree_span(objs[0])
                    obj = next((g for g in verb.children if g.dep_ == "dobj" and verb.i < g.i < child.i), None)
                    if (child.lower_ == "as" or compared) and obj is not None:
                        s = obj.left_edge.idx  # "described Clinton as a “disgrace”": one claim about her
                    e = _before_trailing_date(objs[0], e)
                    e = _before_participle_of_telling(objs[0], e)
                    name = MISREAD_LEMMAS.get(lex.lang, {}).get(lemma, (lemma, ""))[0]  # "lambaste", not "lambast"
                    return (s, e), f"{name}-{child.lower_}"
            if child.dep_ in ("xcomp", "oprd", "ccomp") and child.i > verb.i:
                if child.ent_type_ in _WHEN or (
                    child.pos_ == "PROPN"
                    and any(g.dep_ == "dobj" and g.lower_.endswith(("self", "selves")) for g in verb.children)
                ):
                    continue  # "called Wednesday for ...", "a group that calls itself X Media": a name
                    # ("calls himself conservative" is a claim and stays)
                if _phone_call(verb, child):
                    continue  # "Clinton called her to get together again": he phoned her
                s, e = _subtree_span(child)
                first = child.left_edge
                if first.lower_ == "to" and first.i < child.i:
                    s = first.nbor(1).idx
                obj = next((g for g in verb.children if g.dep_ in ("dobj", "dative") and verb.i < g.i < child.i), None)
                if (
                    obj is None
                    and lemma in ("call", "dub")
                    and child.pos_ == "PROPN"
                    and not any(g.dep_ in ("nsubj", "dobj") for g in child.children)
                    and (
                        verb.doc[verb.i - 1].text == ","
                        or (
                            verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN")
                            and (verb.tag_ == "VBN" or _verb_after(child) or verb.dep_ == "acl")
                        )
                    )
                ):
                    # "His group, called the Legacy Fund, will ...", "a super PAC called Future
                    # 45 ran": a participle naming it
                    continue
                if obj is not None and lemma in ("call", "describe", "label", "dub", "brand"):
                    s = obj.left_edge.idx  # "called it “absurd”": the object is part of the claim
                return (s, e), f"{lemma}-predicate"
    if lemma in lex.infinitive_verbs:
        for child in verb.children:
            # "promised to lift ...", and with a gerund "proposes allowing parents to ..."
            if child.dep_ == "xcomp" and child.i > verb.i and child.pos_ in ("VERB", "AUX") and (
                child.tag_ != "VBG" or child.i == verb.i + 1
            ):
                if _anonymity_request(child):
                    return None, ""  # "who asked not to be named": the source's terms, not a report
                if _phone_call(verb, child):
                    break  # "called her to get together again": a phone call, not a call for anything
                s, e = _subtree_span(child)
                first = child.left_edge
                if first.lower_ == "to" and first.i < child.i:
                    s = first.nbor(1).idx
                finite = next((c for c in child.rights if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ")), None)
                if finite is not None and child.tag_ == "VB":
                    # "vowed to keep abortion legal and celebrated the ruling": the finite
                    # conjunct is the speaker's next act, hung on the infinitive
                    last = verb.doc[_back_over_conjunction(verb.doc, finite.left_edge.i, child.i + 1) - 1]
                    e = last.idx + len(last.text)
                else:
                    stray = _stray_infinitive_conjunct(child)
                    if stray is not None:
                        e = stray.right_edge.idx + len(stray.right_edge.text)
                return (s, e), "infinitive-complement"
    if lemma in lex.gerund_verbs:
        for child in verb.rights:
            # "denied taking the money", "admitted to lying", "reported spending $6 million"
            if child.dep_ in ("xcomp", "ccomp", "dobj", "prep") and child.i <= verb.i + 2:
                ger = child
                if child.dep_ == "prep" and child.lower_ == "to":
                    ger = next((g for g in child.children if g.dep_ in ("pcomp", "pobj")), child)
                if ger.tag_ == "VBG" and ger.left_edge.i == ger.i and ger.i <= verb.i + 2:
                    s, e = _subtree_span(ger)
                    return (s, e), "gerund-complement"
    if lemma in lex.evidence_verbs:
        small = _small_clause(verb, lex)
        if small is not None:
            return small, "small-clause"
    light = _proposition_clause(verb, lex)
    if light is not None:
        return light, "light-verb"
    split = _object_then_predicate(verb, lex)
    if split is not None:
        return split, "clausal-complement"
    # a stance under a modal, or after a verb that reports nothing itself ("tended to
    # support Clinton"), is still held
    held = lemma in lex.stance_verbs and (
        verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in lex.cue_verbs
    )
    if noun_phrases and any(
        c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") and not held for c in verb.children
    ):
        noun_phrases = False  # "would need a majority to confirm justices": not a report yet
    if lemma == "claim" and any(
        c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() == "life") for c in verb.children
    ):
        noun_phrases = False  # "claimed £14,000 in expenses", "claimed 12 lives": took, not said
    if noun_phrases:
        for child in verb.children:
            if (
                child.dep_ == "dobj"
                and child.i > verb.i
                and (lemma in lex.object_content_verbs or _misparsed_clause(child))
                and lemma not in lex.addressee_verbs
                and child.pos_ != "PRON"
                and (child.ent_type_ != "PERSON" or bool(lex.stance_verbs))  # "endorsed Cruz": a stance
                and not (lemma in _QUOTED_AS and _names_a_source(child, lex))  # "citing a source"
                and child.lemma_.lower() != "anonymity"  # "who requested anonymity to speak candidly"
                and not _anaphoric_phrase(child)
            ):
                question = _question_of(child)
                if question is not None:
                    return question, "clausal-complement"
                mark = next((g for g in child.children if g.dep_ == "mark" and g.lower_ == "that"), None)
                if mark is not None and mark.i + 1 < len(verb.doc):
                    # "adding that Beijing reserves the right ...": a clause the parser read
                    # as an object noun with a complementizer
                    return (verb.doc[mark.i + 1].idx, _subtree_span(child)[1]), "clausal-complement"
                # an object the reporting lexicon would not take is a stance's target
                # ("criticized Trump"), found only when stances are asked for
                targeted = bool(lex.stance_verbs) and (
                    child.ent_type_ == "PERSON" or lemma in get_lexicon(lex.lang).addressee_verbs
                )
                return _np_content(verb, child, lex), "stance:object" if targeted else "object"
    if noun_phrases and (lemma in lex.object_content_verbs or lemma in lex.stance_verbs):
        # "These proposals have been applauded by Wall Street critics": the passive subject
        # is what the agent spoke of
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        if (
            agent is not None
            and subj is not None
            and any(g.dep_ == "pobj" for g in agent.children)
            and subj.pos_ not in ("PRON", "DET")
            and subj.ent_type_ != "PERSON"
        ):
            s, e = _subtree_span(subj)
            end_tok = verb.doc[_np_end(subj)]
            return (s, min(e, end_tok.idx + len(end_tok.text))), "object"
    if noun_phrases:
        # "talked about X", "called for X", "warned of X": the topic of a speech act
        for child in verb.children:
            if (
                child.dep_ == "prep"
                and child.i > verb.i
                and (
                    (
                        child.lower_ in _TOPIC_PREPS
                        and (child.lower_ != "on" or lemma in _ON_TOPIC_VERBS or lemma in lex.stance_verbs)
                    )
                    or (
                        lemma in _OTHER_TOPIC_PREPS.get(child.lower_, ())
                        and not any(g.dep_ == "prt" for g in verb.children)  # ("pointed out to me": an addressee)
                        and not any(g.dep_ == "pobj" and (g.pos_ == "PRON" or g.lower_ == "one") for g in child.children)
                    )
                )
            ):
                objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                if (
                    objs
                    and objs[0].lower_ not in ("it", "this", "that", "them")
                    and objs[0].ent_type_ not in _WHEN
                    and objs[0].lemma_.lower() not in _MANNER_NOUNS
                ):
                    return _question_of(objs[0]) or _np_content(verb, objs[0], lex), "topic"
    # "CONTENT, X said": the cue hangs off the content's verb as a parenthetical
    head = verb.head
    doc = verb.doc
    if (
        verb.dep_ == "advcl"
        and verb.i < head.i
        and _is_verbish(head)
        and lemma not in _NOT_AS_CUES
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
        and not any(  # ("As the White House hints at what his plans might include, ...": its own topic)
            c.dep_ == "prep" and any(g.dep_ == "pcomp" or g.lower_ in _QUESTION_WORDS for g in c.children)
            for c in verb.children
        )
    ):
        # "As Blinken noted, the balloon violated US sovereignty": the main clause is the report
        k = verb.right_edge.i + 1
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        named = _name_set_after(agent, verb.right_edge.i, lex) if agent is not None else None
        if named is not None:
            k = named[1]  # "As noted by the head of the committee, Andrei Kartapolov, Russia will …"
        while k < head.right_edge.i and (doc[k].is_punct or doc[k].is_space):
            k += 1
        if k <= head.i:
            e = _cut_trailing_adjunct(head, head.right_edge.idx + len(head.right_edge.text), lex)
            first = head.left_edge
            if first.i < verb.left_edge.i and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in head.children):
                # "The American side, as the newspaper writes, intends to ...": set inside the
                # clause after its subject, the as-clause leaves the subject in the report
                while first.i < verb.i and (first.is_punct or first.is_space):
                    first = doc[first.i + 1]
                return (first.idx, e), "as-clause"
            return (doc[k].idx, e), "as-clause"
    inverted = _inverted_that_clause(verb)
    if inverted is not None:
        return inverted, "clausal-complement"
    own_subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if own_subj is None or not (_speaker_like(own_subj, lex) or _it_reports(own_subj, verb, lex)):
        # "He basically ducked, pointing to ...", "Carson shared a syllabus, writing ...":
        # a participle or a conjunct shares the subject of an act, not a report
        return None, ""
    opener = next((c for c in verb.children if c.dep_ == "mark" and c.i + 1 < own_subj.left_edge.i and doc[c.i + 1].text == ","), None)
    if opener is not None and opener.lower_ in _CLAUSE_OPENERS:
        # "resigned in 2019, after, he told reporters, his family had received threats": the
        # parser gave the aside the conjunction of the clause it interrupts, which is the report
        k = verb.right_edge.i + 1
        last = verb.sent.end - 1
        while last > k and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        if k < last and doc[k].text == ",":
            return (doc[k + 1].idx, doc[last].idx + len(doc[last].text)), "parenthetical"
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and _is_verbish(head):
        # "The difference now, he told me, is that ...", "Back home, he said, he decided ...":
        # the report encloses its cue, set off by commas
        left, right = verb.left_edge.i, verb.right_edge.i
        if doc[left].text == ",":
            left += 1
        if doc[right].text == ",":
            right -= 1
        if (
            head.left_edge.i < left - 1
            and right + 1 < head.right_edge.i
            and doc[left - 1].text == ","
            and doc[right + 1].text == ","
            # “A,” he said, “B.” (the parser may take the closing mark into the cue's clause)
            and not (doc[head.left_edge.i].is_quote and any(t.is_quote for t in doc[max(left - 2, 0) : left + 1]))
            and not doc[right + 2].is_quote
            # ("…,” Trump said, after Quick said …": a clause that is subordinate reports nothing)
            and not any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS and c.i > verb.i for c in head.children)
        ):
            s, e = _subtree_span(head)
            e = _cut_trailing_adjunct(head, e, lex)  # ", although it may take days ...": the writer's
            return (s, _sentence_end_after(verb, e)), "parenthetical"
    if (
        verb.dep_ in ("parataxis", "advcl", "conj", "ccomp")
        and head.i < verb.i
        and _is_verbish(head)
        and not _acts_on_something(verb, lex)
    ):
        left = verb.left_edge.i
        doc = verb.doc
        if left > 0 and doc[left - 1].text in (",", "”", '"', "’", "''"):
            s = head.left_edge.idx
            end_tok = doc[left - 1]
            e = end_tok.idx
            if e > s:
                return (s, e), "parenthetical"
    return None, ""


_QUESTION_WORDS = frozenset({"whether", "if", "how", "what", "why", "who", "when", "where", "which"})
_CAUSATIVES = frozenset({"let", "make", "help"})
# verbs whose object is the subject of their infinitive ("prompted Trump to say"); not
# "called her to say", where the caller says it
_OBJECT_CONTROL = frozenset(
    {
        "prompt", "lead", "force", "urge", "ask", "persuade", "encourage", "push", "require", "cause",
        "drive", "allow", "get", "invite", "pressure", "convince", "inspire", "compel",
        "challenge", "dare", "expect", "want", "need", "order", "tell", "remind", "spur", "move",
    }
)
_QUOTED_AS = frozenset({"quote", "cite", "hear", "record", "report", "film", "overhear"})
_ASKING = frozenset({"ask", "wonder", "inquire", "question"})
_MODALS = frozenset({"would", "could", "will", "should", "might", "may", "can", "must", "'d", "’d"})


def _is_finite(tok: Token) -> bool:
    return tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        g.dep_ in ("aux", "auxpass") and g.tag_ in ("VBD", "VBZ", "VBP", "MD") for g in tok.children
    )


def _own_report(tok: Token, lex: Lexicon) -> bool:
    """Whether a clause holds a speech verb with a subject of its own (its own attribution);
    only its first tokens are read, so a run-on clause costs bounded work."""
    doc = tok.doc
    lo = tok.left_edge.i
    return any(
        t.lemma_.lower() in lex.speech_verbs and any(g.dep_ == "nsubj" for g in t.children)
        for t in doc[lo : min(tok.right_edge.i + 1, lo + _TAIL_SCAN)]
    )


def _clause_adjuncts(verb: Token, content: Token, end: int, lex: Lexicon) -> int:
    """Extend the content over finite clauses the parser hung on the cue after it
    ("said it did not include the meetings because ...", "said he would serve should the
    opportunity arise", "said she hoped ..., and then would continue ..."): what follows the
    reported clause goes on with what was said.  Participial adjuncts ("while failing to
    provide ...") and clauses with their own attribution are the writer's and stay out."""
    doc = verb.doc
    right = content.right_edge.i
    if content.i < verb.i:
        return _reason_after_aside(verb, content, end)
    for child in verb.rights:
        if child.i <= right:
            continue
        if child.dep_ in ("punct", "cc"):
            continue
        if any("\n" in t.text for t in doc[right:child.left_edge.i]):
            break
        if child.dep_ == "advcl" and _is_finite(child) and not _own_report(child, lex):
            if any(g.dep_ == "mark" and g.lower_ in ("as", "when", "after", "before", "until", "once") for g in child.children):
                break  # "said X when he arrived": the time of the telling
            if doc[child.left_edge.i - 1].text == "," and any(
                g.dep_ == "mark" and g.lower_ in ("while", "whereas") for g in child.children
            ):
                break  # "agreed that X, while 13 percent were unsure": the writer's contrast
        elif child.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children) and (
            any(g.dep_ == "aux" and g.lower_ in _MODALS for g in child.children)
            or _quoted_or_disagreeing_conjunct(verb, child)
        ):
            pass  # "and then would continue ...": the reported future goes on
        else:
            break
        right = _last_word(child)
        end = max(end, doc[right].idx + len(doc[right].text))
    return end


#: Subordinators of a reason or condition that goes on with a report ("because", "if").
_REASON_MARKS = frozenset({"because", "if", "unless", "so"})


def _quoted_or_disagreeing_conjunct(verb: Token, conj: Token) -> bool:
    """Whether a subjectless conjunct the parser hung on the cue goes on with the report:
    it opens with a quotation ("said her family “came out … broke,” and “struggled to …”")
    or its verb cannot agree with the cue's subject ("Sen. Rand Paul told reporters that
    polls could be “way off,” and have been unreliable")."""
    doc = verb.doc
    if any(g.dep_ in ("expl", "csubj") for g in conj.children):
        return False  # ("but there is growing anger …": a clause of its own)
    k = conj.left_edge.i
    while k < conj.i and (doc[k].dep_ == "cc" or doc[k].is_punct) and not doc[k].is_quote:
        k += 1
    if doc[k].is_quote:
        return True
    subj = next((g for g in verb.children if g.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or any(g.dep_ == "conj" for g in subj.children):
        return False
    finite = next((t for t in (*(g for g in conj.children if g.dep_ in ("aux", "auxpass")), conj) if t.tag_ in ("VBZ", "VBP")), None)
    if finite is None:
        return False
    singular = subj.tag_ in ("NN", "NNP")
    return (singular and finite.tag_ == "VBP") or (not singular and subj.tag_ in ("NNS", "NNPS") and finite.tag_ == "VBZ")


def _reason_after_aside(verb: Token, content: Token, end: int) -> int:
    """Extend a content before a cue set off by commas over a closing reason or condition
    the parser hung on the cue: "He's leaning toward Kasich, he said, because he prizes
    electability".  Not across quotation marks: "“A,” Mr. Bush said, “because B”" is two
    direct quotes, matched elsewhere."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return end
    child = next((c for c in verb.rights if c.dep_ not in ("punct", "cc")), None)
    absolute = (
        # "…, the new poll indicates, with each receiving 40 percent": an absolute clause
        child is not None
        and child.dep_ == "prep"
        and child.lower_ == "with"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and any(s.dep_ == "nsubj" for s in g.children) for g in child.children)
    )
    if (
        child is None
        or child.left_edge.i != verb.i + 2
        or child.right_edge.i - content.left_edge.i > 2 * _MAX_PARENTHETICAL_SENT  # (bounded work)
        or not (
            absolute
            or (
                child.dep_ == "advcl"
                and _is_finite(child)
                and any(g.dep_ == "mark" and g.lower_ in _REASON_MARKS for g in child.children)
            )
        )
        or any(t.is_quote or "\n" in t.text for t in doc[content.left_edge.i:child.right_edge.i + 1])
    ):
        return end
    last = doc[_last_word(child)]
    return max(end, last.idx + len(last.text))


def _after_quotation_frame(verb: Token, content: Token, start: int, end: int) -> int:
    """Start a fronted content at a quotation its sentence opens with a colon or a dash ("X
    scolded him: “…,” she said", "painting him as a sympathizer - “…,” one ad declared -"):
    the clause before the mark is the writer's frame, not what was said, however the parser
    hung it.  A content that stops at the colon ("Fallon fired
    back: “…,” he wrote") is then empty: the cue reports the quotation alone."""
    if content.i > verb.i:
        return start
    doc = verb.doc
    lo = content.left_edge.i
    while lo > 0 and doc[lo - 1].idx >= start:
        lo -= 1  # (a content the parser split in two, "scolded him: “You are …”", starts earlier)
    for t in reversed(doc[lo : verb.i]):
        if (
            (t.text == ":" or (t.text in _DASHES and not any(x.is_quote for x in doc[lo : t.i])))
            # (not a dash after a quotation: '“I don't think the conventional wisdom” -- that … -- “is
            # going to last,”' is one quotation broken by the writer's aside)
            and t.idx >= start
            and t.i + 2 < verb.i
            and _opens_quotation(doc[t.i + 1])
        ):
            return doc[t.i + 1].idx
    return start


def _opens_quotation(tok: Token) -> bool:
    """An opening quotation mark (a typographic one, or a straight one before a word)."""
    if tok.text in ("“", "‘", "«", "„", "‹", "``", "''"):
        return tok.text != "''" or (tok.i + 1 < len(tok.doc) and not tok.nbor(1).is_punct)
    return tok.text in ('"', "'") and tok.i + 1 < len(tok.doc) and tok.whitespace_ == "" and not tok.nbor(1).is_punct


def _stranded_subject(verb: Token, content: Token, start: int, lex: Lexicon) -> int:
    """Start the content at a subject the parser took for the cue's object ("said [the
    Iranians released by the US] were close to ..."): a complement with no subject of its
    own begins right after the cue."""
    if content.i < verb.i:
        return start
    if any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in content.children):
        return start
    if verb.lemma_.lower() in lex.addressee_verbs and not any(
        g.dep_ == "dobj"
        and verb.i < g.i < content.i
        and g.pos_ == "NOUN"
        and not _speaker_like(g, lex)
        and g.left_edge.pos_ != "PROPN"  # ("told POLITICO Florida the state's standards …")
        for g in verb.children
    ):
        return start  # ("told reporters the plan ..."; but "warned the changes could hurt ...": no addressee)
    obj = max(
        (
            g for g in verb.children
            if verb.i < g.i < content.i
            and (g.dep_ == "dobj" or (g.dep_ in ("xcomp", "csubj") and g.tag_ == "VBG"))
        ),
        key=lambda g: g.i,
        default=None,
    )  # (or a gerund: "saying [calling the Islamic State by another name] will do nothing"; the
    # last object: "told POLITICO Florida [the state's standards] are …")
    if obj is None:
        obj = next(
            (
                g for g in verb.children
                if g.dep_ == "advcl" and verb.i < g.i < content.i and g.left_edge.i == verb.i + 1
                and g.right_edge.i + 1 == content.left_edge.i
                and any(m.dep_ == "mark" and m.lower_ == "because" for m in g.children)
            ),
            None,
        )  # "said [just because discrimination was not obvious] did not mean it was not there"
    if obj is None:
        # "said in a statement [that claims to the contrary] were “false”": the parser read
        # the complementizer and the subject as a relative clause on the channel noun
        doc = verb.doc
        rel = doc[content.left_edge.i - 1] if content.left_edge.i > 0 else None
        while rel is not None and rel.dep_ != "relcl" and rel.head.i != rel.i and rel.i > verb.i:
            rel = rel.head
        if (
            rel is not None
            and rel.dep_ == "relcl"
            and rel.right_edge.i + 1 == content.left_edge.i
            and rel.left_edge.lower_ == "that"
            and rel.left_edge.dep_ == "nsubj"
            and rel.head.lemma_.lower() in lex.issued_nouns
            and rel.i + 1 < len(doc)
        ):
            return min(start, doc[rel.left_edge.i + 1].idx)
        return start
    if content.left_edge.i != obj.right_edge.i + 1:
        gap = obj.doc[obj.right_edge.i + 1:content.left_edge.i]
        if len(gap) > _MAX_SUBJECT_GAP or any(t.tag_ in _FINITE_TAGS or t.is_quote or "\n" in t.text for t in gap):
            return start
        # "said [their networks of donors, almost all men until a few years ago,] were now
        # mostly women": the parser hung the rest of the subject's apposition on the cue
    return min(start, obj.left_edge.idx)


#: The most tokens between a subject read as the cue's object and its verb.
_MAX_SUBJECT_GAP = 12


def _antecedent(rel: Token, head: Token, lex: Lexicon | None = None) -> Token:
    """The noun a relative pronoun stands for: "who" after "Democrats on Capitol Hill",
    "a spokesman for the ministry" or "listeners to his radio program" is the people, not
    the place, body or thing the parser hung the clause on."""
    if rel.lower_ in ("who", "whom") and head.dep_ == "pobj" and head.head.dep_ == "prep":
        owner = head.head.head
        if owner.pos_ in ("VERB", "AUX"):
            # "recalled listeners to his radio program who said": the parser hung the
            # phrase on the verb; its object comes before
            owner = next((c for c in owner.children if c.dep_ == "dobj" and c.i < head.head.i), owner)
        if owner.pos_ in ("NOUN", "PROPN") and (
            head.ent_type_ in ("GPE", "LOC", "FAC", "ORG")
            or (
                lex is not None
                and head.ent_type_ != "PERSON"
                and head.pos_ == "NOUN"
                and head.lemma_.lower() not in lex.people_nouns | lex.role_nouns
                and owner.lemma_.lower() in lex.people_nouns | lex.role_nouns
            )
        ):
            return owner
    doc = rel.doc
    k = rel.i - 1
    while k > head.i and doc[k].is_punct:
        k -= 1
    near = doc[k]
    while near.dep_ == "compound" and near.head.i > near.i:
        near = near.head
    if near.i != head.i and near.dep_ == "conj" and near.pos_ == "PROPN" and head.left_edge.i <= near.i <= head.right_edge.i:
        # "Patti LaBelle and Stevie Wonder, who joked": the last of a list of names
        return near
    noun = head
    while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        # "Trump is a serial liar ... and birther who has repeatedly pledged ...": the one
        # the predicate describes
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN") and subj.lower_ not in _RELATIVE:
            return subj
    if rel.lower_ in ("who", "whom") and rel.i > 0 and _aside_mark(doc[rel.i - 1]) and lex is not None and (
        not _speaker_like(head, lex) or head.lemma_.lower() in lex.document_nouns
    ):
        # "generals and admirals -- most of whom had announced their support -- who cited
        # ...": the parser hung the clause on a thing inside an aside; "who" is the people
        # named before the aside
        opening = _aside_opening(doc[rel.i - 1])
        if opening is not None and opening.i > head.sent.start:
            t = doc[opening.i - 1]
            while t.dep_ == "compound" and t.head.i > t.i:
                t = t.head
            while t.dep_ == "conj" and t.head.i < t.i:
                t = t.head
            if t.pos_ in ("NOUN", "PROPN") and _speaker_like(t, lex):
                return t
    if (
        rel.lower_ in ("who", "whom")
        and lex is not None
        and head.pos_ == "NOUN"
        and head.ent_type_ not in ("PERSON", "NORP", "ORG")
        and not _people_word(head, lex)
        and head.lemma_.lower() not in lex.org_heads
    ):
        # "a focal point for demonstrators here, who have called ...": the people inside
        # the thing's phrase; "listeners to his radio program who said": the people the
        # phrase with the thing comes after
        for k in range(head.i + 1, rel.i):
            t = doc[k]
            if t.pos_ == "NOUN" and t.dep_ != "compound" and _people_word(t, lex):
                return t
        prep = head.head if head.dep_ == "pobj" else None
        if prep is not None and prep.dep_ == "prep" and prep.i > 0:
            t = doc[prep.i - 1]
            if t.pos_ == "NOUN" and _people_word(t, lex):
                return t
    return head

#: Endings of plural nouns for people by what they do ("demonstrators", "protesters").
_AGENT_PLURALS = ("ers", "ors", "ists", "ants", "ents", "ians")


def _people_word(tok: Token, lex: Lexicon) -> bool:
    """Whether a common noun names people: the lexicon's people and role nouns, or a plural
    of someone who does something ("demonstrators", "economists")."""
    low = tok.lemma_.lower()
    if low in lex.people_nouns or low in lex.role_nouns:
        return True
    return tok.tag_ == "NNS" and tok.lower_.endswith(_AGENT_PLURALS) and tok.lower_ not in ("others",)


def _is_dateline(tok: Token) -> bool:
    """A place in capitals opening a paragraph before a dash or "(AP)": "WASHINGTON --"."""
    doc = tok.doc
    start = tok.left_edge.i
    if not tok.text.isupper() or len(tok.text) < 3:
        return False
    if start > 0 and "\n" not in doc[start - 1].text and not doc[start - 1].is_sent_end:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == ",":
        # "LONDON, Feb 3 (Reuters) -", "RANGOON, Burma -": a place, a date or a country, the agency
        head = doc[start : min(len(doc), start + 20)]
        m = _DATELINE.match(head.text_with_ws)  # (a few tokens, not the rebuilt doc.text)
        return m is not None and head.start_char + m.end() > nxt.idx
    return nxt is not None and nxt.text in ("--", "—", "–", "-", "(", ":")


def _noun_cue_clause(verb: Token, child: Token) -> bool:
    """The that-clause of a cue verb misread as a noun ("Trump [charges that ...]")."""
    return (
        verb.pos_ == "NOUN"
        and child.dep_ == "acl"
        and child.i > verb.i
        and any(g.dep_ == "mark" and g.lower_ == "that" and g.i == verb.i + 1 for g in child.children)
    )


# conjunctions that open an adverbial clause, never a reported one ("said before he died")
_ADVERBIAL_MARKS = frozenset({"before", "after", "because", "since", "although", "though", "unless", "until", "once", "while"})


#: Pronouns a relative clause with its cue can hang on ("everything Trump says").
_HEADLESS = frozenset({"everything", "anything", "nothing", "something"})


def _misread_complement(verb: Token, clause: Token, lex: Lexicon) -> bool:
    """A clause the parser hung on a cue as its complement that cannot be its content.

    After the cue, a clause opened by an adverbial conjunction ("said before he died").
    Before the cue ("CONTENT, X said" is the only shape), when the cue's own clause is
    subordinate ("..., that he wants"), is set off by a colon or semicolon ("...: It
    refers to"), or has its complement after the cue ("In a clip ..., Blige sings
    Springsteen's song", "she added the words")."""
    doc = verb.doc
    if clause.i > verb.i:
        if (
            verb.lemma_.lower() == "find"
            and clause.tag_ == "JJ"
            and any(g.dep_ == "nsubj" and g.lower_ == "it" for g in clause.children)
            and not any(g.dep_ == "ccomp" for g in clause.children)
        ):
            return True  # "found it difficult to connect": a hardship, not a finding ("found it likely that" is one)
        subj = next((g for g in verb.children if g.dep_ == "nsubj"), None)
        if (
            subj is not None
            and subj.left_edge.i < subj.i
            and subj.left_edge.lower_ in _HEADLESS
            and subj.left_edge.dep_ not in ("det", "predet")
            and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in clause.children)
        ):
            return True  # "Everything Trump says is a lie": the pronoun heads a relative, the lie is the writer's
        if (
            verb.lemma_.lower() in _ASKING
            and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for g in clause.children)
            and not any(g.dep_ in ("dobj", "dative") and g.i < clause.i for g in verb.children)
        ):  # (with an addressee it is a request: "asked them to consider")
            return True  # "the question nobody asked was bellicose": a question has no subject gap
        if clause.pos_ in ("VERB", "AUX") and not any(g.dep_ == "mark" for g in clause.children) and any(
            g.dep_ == "xcomp"
            and verb.i < g.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)
            and g.right_edge.i < clause.left_edge.i
            and g.pos_ in ("VERB", "AUX")
            and any(t.text in (",", "—", "–", "―", "--") for t in doc[g.i : clause.left_edge.i])
            for g in verb.children
        ):
            return True  # "promising to lift regulations ― not what Graham had in mind": the infinitive is the content
        return any(g.dep_ == "mark" and g.lower_ in _ADVERBIAL_MARKS for g in clause.children)
    if any(t.text in (":", ";") for t in doc[clause.right_edge.i + 1 : verb.i]):
        return True
    for g in verb.children:
        if g.dep_ == "mark" and g.lower_ != "as":
            return True
        if g.left_edge.i == verb.i + 1 and g.left_edge.text not in ("—", "–", "--") and (
            g.dep_ in ("ccomp", "xcomp") or (g.dep_ == "dobj" and verb.lemma_.lower() not in lex.addressee_verbs)
        ):  # (not after a dash: "A, Clinton allies believe — backers she will need")
            return True
    return False


# "date 2023-02-14 ", "Published: 2023-02-14 ": a scraped page's date line before its first sentence
_DATE_HEADER = regex.compile(r"\s*(?:(?:date|published|updated)\s*:?\s*)?\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+(?=\p{Lu})", regex.I)


def _after_header(sent: Span) -> int:
    """Where a sentence's own words start: after a dateline ("WASHINGTON — ") or a scraped
    date line ("date 2023-02-14 ") the parse left at its start."""
    head = sent[: min(len(sent), 20)]
    text = head.text_with_ws
    m = _DATE_HEADER.match(text) or _DATELINE.match(text)
    return sent.start_char + (m.end() if m is not None else 0)


def _second_report_before_cue(verb: Token, clause: Token, lex: Lexicon) -> tuple[int, int] | None:
    """"In Seattle, marchers honored the victims, KING-TV reported, while in Chicago the
    parade began with a moment of silence, the Chicago Sun-Times reported": the parser
    gave the last cue the first report, a cue with its own speaker, as its complement.  The
    last cue reports the clause between them."""
    if clause.lemma_.lower() not in lex.speech_verbs or not any(g.dep_ == "nsubj" for g in clause.children):
        return None
    doc = verb.doc
    between = next(
        (
            c for c in verb.lefts
            if c.dep_ in ("advcl", "conj") and clause.right_edge.i < c.left_edge.i and c.right_edge.i < verb.i
            and _is_finite(c) and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        ),
        None,
    )
    if between is None:
        return None
    first = between.left_edge
    while first.i < between.i and (first.dep_ in ("mark", "cc") or first.is_punct):
        first = doc[first.i + 1]
    last = doc[_last_word(between)]
    return first.idx, last.idx + len(last.text)


def _question_hung_elsewhere(verb: Token) -> tuple[int, int] | None:
    """"when I asked Bernie Sanders if he would ever endorse Hillary Clinton, he looked …":
    the parser read the question as a condition on the main clause.  An if- or
    whether-clause right after the asking verb's phrase is its question."""
    doc = verb.doc
    k = verb.right_edge.i + 1
    if k >= len(doc) or doc[k].lower_ not in ("if", "whether") or doc[k].dep_ != "mark":
        return None
    clause = doc[k].head
    if clause.i <= k or not _is_finite(clause) or clause.right_edge.i - k > _MAX_PARENTHETICAL_SENT:
        return None
    last = doc[_last_word(clause)]
    return doc[k].idx, last.idx + len(last.text)


def _report_before_closing_cue(verb: Token, content: Token, lex: Lexicon) -> Token | None:
    """"Kanaani said new sanctions would fail, state media reported": the parser made the
    closing cue of another source the complement and hung the report on it; the first cue
    reports the clause before that cue, not the closing cue with it.  ``None`` otherwise."""
    if content.i <= verb.i or content.lemma_.lower() not in lex.speech_verbs:
        return None
    doc = content.doc
    subj = next((c for c in content.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    inner = next((c for c in content.lefts if c.dep_ in _CLAUSE and c.i > verb.i), None)
    if subj is None or inner is None or subj.left_edge.i <= inner.right_edge.i:
        return None
    gap = doc[inner.right_edge.i + 1 : subj.left_edge.i]
    if not any(t.text == "," for t in gap) or not all(t.is_punct for t in gap):
        return None
    return inner


def _cue_hung_on_its_content(verb: Token, lex: Lexicon) -> tuple[int, int] | None:
    """"Clinton campaign aides believe her efforts as a senator, promoting development in
    Buffalo, will offset Sanders' advantage": the parser made the reported verb the main
    verb, hung the cue on it as a complement and took the reported subject for the cue's
    object.  The content runs from that object to the end of the reported clause."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or head.dep_ != "ROOT":
        return None
    if not (head.tag_ in _FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ in _FINITE_TAGS for c in head.children)):
        return None  # ("… glimpses of her skill: think back to …": an imperative after the report)
    low = verb.lemma_.lower()
    if low not in lex.speech_verbs and low not in lex.cognition_verbs or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or obj.pos_ == "PRON":
        return None
    doc = verb.doc
    if head.i - verb.i > _MAX_PARENTHETICAL_SENT or any(t.is_quote or "\n" in t.text for t in doc[verb.i:head.i]):
        return None
    last = doc[_last_word(head)]
    return obj.left_edge.idx, last.idx + len(last.text)


def _gap_clause_hung_elsewhere(verb: Token, lex: Lexicon) -> tuple[int, int] | None:
    """"a carbon tax, which he favors but says would never win support", "a decision they
    say allowed terrorist activity to multiply": a relative clause whose cue reports a
    clause with a gap for its subject, which the parser hung on the cue's head or on the
    main verb.  The content is that clause, from right after the cue."""
    doc = verb.doc
    if verb.lemma_.lower() not in lex.cue_verbs or verb.lemma_.lower() in _ASKING or verb.i + 2 >= len(doc):
        return None  # ("the question nobody asked was downright bellicose": a question has no such gap)
    if not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ != "conj":
        return None
    nxt = doc[verb.i + 1]
    clause = nxt if nxt.pos_ in ("VERB", "AUX") and nxt.dep_ not in ("aux", "auxpass", "neg") else nxt.head
    if clause.i <= verb.i or clause.i - verb.i > 4 or clause.pos_ not in ("VERB", "AUX"):
        return None
    if (verb in clause.subtree or clause.dep_ == "ROOT") and verb.head.i != clause.i:
        # (the cue's own clause, or the main verb after a subject that holds the cue: "the
        # question nobody asked was downright bellicose")
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return None
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if not any(t.tag_ in _FINITE_TAGS for t in (clause, *auxes)) and not (
        clause.tag_ == "VBN" and clause.dep_ == "acl" and not auxes  # a past tense read as a participle
    ):
        return None
    if any(t.dep_ == "mark" for t in doc[verb.i + 1:clause.i]):
        return None
    # the cue sits in a relative clause on a noun: "which he ... says", "a decision they say"
    rel = verb.head if verb.dep_ == "conj" else verb
    in_relative = rel.dep_ in ("relcl", "parataxis", "acl") or any(
        c.lower_ in _RELATIVE for c in rel.children if c.i < rel.i
    )
    if not in_relative:
        return None
    last = doc[_last_word(clause)]
    return nxt.idx, last.idx + len(last.text)


def _gerund_subject(verb: Token, lex: Lexicon) -> list[Token]:
    """"Manny Gomez said seeing so many police officers at Pride was a welcome sight": the
    parser read the gerund subject of the reported clause as the cue's complement and hung
    the clause's verb on the gerund.  A speech verb takes no gerund of its own."""
    if verb.lemma_.lower() not in lex.speech_verbs:
        return []
    for g in verb.rights:
        if g.dep_ == "xcomp" and g.tag_ == "VBG" and g.left_edge.i == verb.i + 1 and any(
            c.dep_ in ("ccomp", "conj") and c.i > g.i and _is_finite(c) for c in g.children
        ):
            return [g]
    return []


def _complement_on_main_verb(verb: Token) -> list[Token]:
    """"While he acknowledged funding was a major reason …, Ham also noted …": the parser
    hung the subordinate cue on its own complement, or the complement on the main verb;
    a clause whose subject starts right after the cue is the cue's."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i < verb.i or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        return []
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return []  # "news as we know it is safe"
    # the clause itself, read as the clause the cue modifies, or a clause of the main verb
    found = [c for c in head.children if c.dep_ == "ccomp" and c.i < head.i]
    if head.dep_ == "ccomp" and head.left_edge.i == verb.left_edge.i:
        found.append(head)
    return [
        c for c in found
        if any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.left_edge.i == verb.i + 1 for g in c.children)
    ][:1]


def _complement_read_as_relative(verb: Token, lex: Lexicon) -> list[Token]:
    """"reported at the time that the editor conveyed ...": the parser read the
    complementizer as a relative pronoun on the noun of a phrase after the cue; a
    "relative" clause whose "that" fills no gap (it has a subject of its own) is the
    complement.  So is a noun's complement clause after a channel of saying ("said in a
    statement that ..."), though not after other nouns ("following news that ...")."""
    nouns = [pobj for prep in verb.rights if prep.dep_ == "prep" for pobj in prep.children if pobj.dep_ == "pobj"]
    if verb.lemma_.lower() in lex.addressee_verbs:
        # "told a meeting of Pacific Island leaders that few people understood ...": the
        # addressee, or the noun of its phrase, carries the clause
        for obj in verb.rights:
            if obj.dep_ in ("dobj", "dative"):
                nouns.append(obj)
                nouns.extend(p for prep in obj.rights if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj")
    k = 0
    while k < len(nouns) and len(nouns) < 8:
        # "said in one of a series of Twitter messages that the truck was ...": down the chain
        nouns.extend(p for prep in nouns[k].rights if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj")
        k += 1
    for pobj in nouns:
        low = pobj.lemma_.lower()
        channel = low in lex.issued_nouns or low in lex.channel_nouns
        for rel in pobj.rights:
            if channel and _publishes(rel, pobj):
                # "said in an interview that aired Sunday that he would stay": the clause the
                # parser hung on the airing is the speaker's
                clause = next(
                    (c for c in rel.rights if c.dep_ == "ccomp" and c.left_edge.lower_ == "that" and c.left_edge.dep_ in ("mark", "advmod")),
                    None,
                )
                if clause is not None:
                    return [clause]
            if (rel.dep_ == "relcl" or (rel.dep_ == "acl" and channel)) and _is_finite(rel):
                that = rel.left_edge
                if (
                    that.lower_ == "that"
                    and (
                        that.dep_ in ("mark", "advmod")
                        # ("that the balloon carried antennas": a second object fills the gap)
                        or any(g.dep_ == that.dep_ and g.i != that.i for g in rel.children)
                        # ("wrote in a note to clients that supply constraints would ease": a
                        # "that" relative on people is rare, "who" is used)
                        or (that.dep_ == "dobj" and pobj.tag_ == "NNS" and _people_word(pobj, lex))
                    )
                    and any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i != that.i for g in rel.children)
                ):
                    return [rel]
                if (
                    rel.dep_ == "relcl"
                    and that.lower_ == "that"
                    and that.i + 1 == rel.i
                    and rel.tag_ == "VBZ"
                    and not any(g.dep_ in ("dobj", "attr", "acomp", "prep") for g in rel.children)
                    and any(
                        g.dep_ == "ccomp" and g.i > rel.i and not any(h.dep_ in ("nsubj", "nsubjpass", "expl") for h in g.children)
                        for g in rel.children
                    )
                ):
                    # "told ESPN before the game that records “are made to be broken”": a plural
                    # subject read as a verb, its predicate as that verb's clause
                    return [rel]
    return []


#: Verbs that tell where or when a piece ran ("an interview that aired Sunday").
_RAN_VERBS = frozenset({"air", "run", "post", "publish", "appear", "broadcast", "print", "release", "tape", "record"})


def _publishes(rel: Token, noun: Token) -> bool:
    """Whether ``rel`` is a clause on ``noun`` telling where or when it ran: "an interview
    that aired Sunday", "a story that posted this week", "an op-ed published Friday"."""
    if rel.lemma_.lower() not in _RAN_VERBS:
        return False
    if rel.dep_ == "acl":
        return rel.tag_ == "VBN"
    return rel.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in rel.children) and not any(
        g.dep_ in ("dobj", "dative") for g in rel.children
    )


def _published_in(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` only tells where a cue's channel ran, for a cue before it: "said in
    an interview that aired Sunday that …" (the clause is the speaker's, not the airing's)."""
    noun = verb.head
    if noun.dep_ != "pobj" or not _publishes(verb, noun):
        return False
    low = noun.lemma_.lower()
    if low not in lex.issued_nouns and low not in lex.channel_nouns:
        return False
    host = noun.head.head
    while host.dep_ == "pobj" or host.pos_ == "ADP":
        host = host.head
    return host.i < verb.i and host.lemma_.lower() in lex.speech_verbs


def _inverted_that_clause(verb: Token) -> tuple[int, int] | None:
    """"X continues to insist, most recently on ABC, that he wants ...": the parser made
    the that-clause the head and the cue's clause its complement; the content is the
    that-clause after the cue, without the cue's own clause."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return None  # "continues [to insist]": the inner verb is the cue
    head = verb
    for _ in range(3):
        if head.dep_ not in ("xcomp", "ccomp") or head.head.i == head.i:
            return None
        step, head = head.dep_, head.head
        if head.i > verb.i:
            break
    else:
        return None
    if step != "ccomp" or head.i <= verb.right_edge.i:
        return None
    mark = next((g for g in head.children if g.dep_ == "mark" and g.lower_ == "that" and g.i > verb.right_edge.i), None)
    if mark is None or mark.i + 1 >= len(verb.doc):
        return None
    end = head.right_edge
    while end.i > mark.i and end.is_punct:
        end = verb.doc[end.i - 1]
    return verb.doc[mark.i + 1].idx, end.idx + len(end.text)


def _stray_agent(verb: Token, content: tuple[int, int], lex: Lexicon) -> tuple[Token, int] | None:
    """The object of a "by" phrase closing the content of a passive cue that has no agent
    of its own, and where the content ends without it: the parser hung the agent on the
    content ("was described as being “straight” by a senior official")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    doc = verb.doc
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or len(span) > _TAIL_SCAN:
        return None
    for tok in reversed(span):
        if tok.lower_ == "by" and tok.dep_ in ("prep", "agent") and tok.i > verb.i:
            pobj = next((g for g in tok.children if g.dep_ == "pobj"), None)
            if pobj is None or pobj.right_edge.i != span[-1].i - (1 if span[-1].is_punct else 0):
                return None
            if not _speaker_like(pobj, lex):
                return None
            end = tok.i - 1
            while end > 0 and (doc[end].is_punct or doc[end].is_space) and doc[end].idx > content[0]:
                end -= 1
            return pobj, doc[end].idx + len(doc[end].text)
    return None


def _proposition_clause(verb: Token, lex: Lexicon) -> tuple[int, int] | None:
    """The that-clause of a proposition noun object: "shared his opinion that C",
    "voiced regret that C", "made the case that C"."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    doc = verb.doc
    if not nouns and verb.right_edge.i + 1 < len(doc):
        # "shared with Izvestia his opinion that ...": the parser lost the object after the
        # verb's phrase; take the noun phrase that follows it
        nxt = doc[verb.right_edge.i + 1]
        while nxt.dep_ in ("poss", "det", "amod") and nxt.head.i > nxt.i:
            nxt = nxt.head
        nouns = [nxt]
    for child in nouns:
        if child.lemma_.lower() in lex.proposition_nouns:
            for clause in child.rights:
                # (the parser may hang "that" on an auxiliary of the clause)
                if clause.dep_ in ("acl", "ccomp") and clause.left_edge.lower_ == "that" and clause.left_edge.dep_ == "mark":
                    return _after_that(clause)
    return None


def _own_claim_noun(words: Span, after: int, lex: Lexicon) -> bool:
    """Whether ``words`` hold, past character ``after``, a proposition noun with its own
    that-clause ("despite claims from unions that ..."): a claim of someone else's."""
    return any(
        t.idx >= after
        and t.pos_ == "NOUN"
        and t.lemma_.lower() in lex.proposition_nouns
        and any(w.lower_ == "that" and w.i > t.i for w in words)
        for t in words
    )


def _after_that(clause: Token) -> tuple[int, int]:
    """The span of a clause that opens with "that", without the "that"."""
    return clause.doc[clause.left_edge.i + 1].idx, _subtree_span(clause)[1]


def _light_verb_content(verb: Token, lex: Lexicon) -> tuple[int, int] | None:
    """The content of a light verb, or ``None`` when it reports nothing: a proposition
    noun's that-clause, or the clause after "made (it) clear"."""
    found = _proposition_clause(verb, lex)
    if found is not None:
        return found
    doc = verb.doc
    k = verb.i + 1
    if k < len(doc) and doc[k].lower_ == "it":
        k += 1
    if k >= len(doc) or doc[k].lower_ != "clear":
        return None
    clear = doc[k]
    # the clause hangs on the verb or on "clear", after "clear" ("made clear Monday that ...")
    for tok in (*verb.children, *clear.children):
        if tok.i > clear.i and tok.dep_ in ("ccomp", "advcl") and _is_finite(tok):
            mark = tok.left_edge
            if mark.lower_ in ("how", "what", "why", "whether", "when"):
                return _subtree_span(tok)
            if mark.lower_ == "that" and mark.i < tok.i:
                return _after_that(tok)
            if not any(g.dep_ == "mark" for g in tok.children):
                return _subtree_span(tok)
    return None


def _bare_participle(verb: Token) -> bool:
    """An adverbial or coordinated participle with no subject or auxiliary of its own
    ("..., treating it as a compliment and asserting ..."; not "are wondering")."""
    return verb.dep_ in ("advcl", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _reporter_before(verb: Token, lex: Lexicon, any_verb: bool = False) -> Token | None:
    """The speaker-like subject of the nearest cue verb (with ``any_verb``, of any verb)
    before ``verb`` in its sentence."""
    doc = verb.doc
    for k in range(verb.i - 1, max(-1, verb.i - _TAIL_SCAN), -1):
        t = doc[k]
        if t.is_sent_start and k < verb.i - 1:
            break
        if t.pos_ in ("VERB", "AUX") and (any_verb or t.lemma_.lower() in lex.speech_verbs):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and _speaker_like(subj, lex):
                return subj
            if any_verb and subj is not None and subj.lower_ not in _RELATIVE:
                return None  # the nearest clause with a subject is the participle's; it names nobody
    return None


#: Prepositions of a phrase that says where a report was made ("in an email", "during a speech").
_OCCASION_PREPS = frozenset({"in", "during", "at", "on", "via", "over"})
#: Objects of "on"/"for"/"about" that say how or for whom one spoke, not about what
#: ("spoke on condition of anonymity", "commented on behalf of", "talked on the phone").
_MANNER_NOUNS = frozenset(
    "condition behalf background record camera phone telephone television tv radio air stage trail floor line "
    "occasion basis".split()
)
_OBJECT_PREPS = frozenset({"on", "about", "for", "against", "of", "with", "over", "to"})


def _acts_on_something(verb: Token, lex: Lexicon) -> bool:
    """Whether a cue after a clause is an act of its own, not the frame "CONTENT, X
    said": it is subordinated by a conjunction other than "as" ("although Trump has
    charged more"), or has an object ("and Centerview advised on three of those", "as
    voters responded to Republican efforts"; "told reporters" and "said to reporters"
    only name the listeners)."""
    for g in verb.children:
        if g.dep_ == "mark" and g.lower_ != "as":
            return True
        if g.i < verb.i:
            continue
        if g.dep_ in ("ccomp", "xcomp"):
            return True
        if g.dep_ in ("dobj", "dative") and not (verb.lemma_.lower() in lex.addressee_verbs and _speaker_like(g, lex)):
            return True
        if g.dep_ == "prep" and g.lower_ in _OBJECT_PREPS:
            obj = next((c for c in g.children if c.dep_ == "pobj"), None)
            if obj is not None and not (g.lower_ == "to" and _speaker_like(obj, lex)):
                return True
    return False


def _writers_aside(clause: Token, head: Token, lex: Lexicon) -> bool:
    """A closing concessive clause of the writer's on the report ``head``."""
    return (
        clause.dep_ == "advcl"
        and any(g.dep_ == "mark" and g.lower_ in _CONCESSIVE for g in clause.children)
        and not _contrast_clause(clause)
        and _writers_concession(clause, head, lex)
    )


def _writers_concession(clause: Token, head: Token, lex: Lexicon) -> bool:
    """Whether a closing although- or though-clause is the writer's, not more of the report
    on ``head``.  The speaker concedes in "she sees teachers lining up behind Clinton,
    though there's still lingering Sanders support"; the writer does in a hedge on "it"
    with a modal ("although it may take days to measure"), in a clause with a source of
    its own ("even though many observers doubt ..."), in one on "it is" and an adjective
    ("though it is unclear whether ..."), in one about someone the content
    does not name ("was smart, although he again refused to ...") and in a participle
    after "while" ("while failing to provide ...")."""
    if not any(g.dep_ == "mark" and g.lower_ in ("although", "though") for g in clause.children):
        return True
    subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return False
    if subj.lower_ == "it" and (
        any(g.dep_ == "aux" and g.lower_ in _MODALS for g in clause.children)
        or (clause.lemma_ == "be" and any(g.dep_ == "acomp" for g in clause.children))
    ):
        return True  # ("although it may take days", "though it is unclear whether ...")
    if any(t.lemma_.lower() in lex.cue_verbs and any(g.dep_ == "nsubj" for g in t.children) for t in clause.subtree):
        return True
    if subj.lower_ in ("he", "she"):
        doc = head.doc
        before = doc[head.left_edge.i:clause.left_edge.i]
        pron = lex.pronouns
        return not any(t.ent_type_ == "PERSON" or t.lower_ in pron["male"] or t.lower_ in pron["female"] for t in before)
    return False


def _contrast_clause(clause: Token) -> bool:
    """", while Mr. Sanders has backing from 33 percent": a finite clause with its own
    subject set against the report goes on with what was said (a participle, "while
    failing to provide ...", attaches to the telling instead)."""
    return (
        any(g.dep_ == "mark" and g.lower_ in ("while", "whereas") for g in clause.children)
        and _is_finite(clause)
        and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children)
    )


def _sentence_end_after(verb: Token, end: int) -> int:
    """``end``, or the end of the first sentence-final mark after the cue when it comes
    earlier: "In any case, Mr. DiPietro said, the golf industry was over-supplied. ''It
    was ...''" (the parse ran on into the quotation that follows)."""
    doc = verb.doc
    for k in range(verb.i + 1, min(len(doc), verb.i + _TAIL_SCAN)):
        t = doc[k]
        if t.idx >= end:
            break
        if t.text in (".", "?", "!") and k + 1 < len(doc) and (doc[k + 1].is_quote or doc[k + 1].is_space or doc[k + 1].is_title):
            return t.idx
    return end


def _question_of(obj: Token) -> tuple[int, int] | None:
    """"raised the question of whether Trump was managed": the question asked is the
    clause, not the noun that names it."""
    if obj.lemma_.lower() not in ("question", "issue", "matter"):
        return None
    for prep in obj.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "about", "over", "as"):
            for clause in prep.children:
                if clause.dep_ in ("pcomp", "pobj") and clause.left_edge.lower_ in _QUESTION_WORDS:
                    return _subtree_span(clause)
    return None


def _with_object_preps(verb: Token) -> list[Token]:
    """The cue's children, plus an "of"/"for" the parser hung on its object ("accuse
    [the audience of being donors]"), in text order."""
    out = list(verb.children)
    for child in verb.children:
        if child.dep_ == "dobj" and child.i > verb.i:
            out.extend(g for g in child.rights if g.dep_ == "prep" and g.lower_ in ("of", "for"))
    out.sort(key=lambda t: t.i)
    return out


#: Adverbs that say how or how often something was said, not where a thing stands
#: ("reported the figures again" is no "polls show Clinton ahead").
_HOW_OFTEN = frozenset(
    {
        "again", "too", "also", "before", "later", "then", "now", "once", "twice", "often", "here", "there",
        "anyway", "well", "today", "yesterday", "instead",
        # where it was found, not how it stands: "have to find savings elsewhere"
        "elsewhere", "everywhere", "somewhere", "anywhere", "nearby", "abroad", "overseas", "home", "away",
    }
)


# prepositions that give the object of an evidence verb a standing ("polls show Sanders
# within two points of Clinton", "at 40 percent", "behind Trump")
_STANDING_PREPS = frozenset({"with", "within", "at", "behind", "above", "below", "near"})


def _small_clause(verb: Token, lex: Lexicon) -> tuple[int, int] | None:
    """"polls show Clinton with a lead", "an analysis shows Democratic groups outpacing
    Republicans": an evidence verb whose object has a predicate of its own.  People who
    find someone somewhere or with something came upon them ("Officers found two men with
    gunshot wounds"); only a finding about them ("found him guilty") is a claim."""
    obj = next(
        (c for c in verb.children if c.i > verb.i and (c.dep_ == "dobj" or (c.dep_ == "ccomp" and not _is_verbish(c)))),
        None,
    )  # (a noun the parser made a clause: "shows [Trump] at 40 percent")
    if obj is None or obj.pos_ == "PRON":
        return None  # "said it again": no claim about anything named
    pred = next((g for g in obj.rights if g.dep_ == "acl" and g.tag_ == "VBG"), None)
    if pred is None:
        pred = next(
            (
                c for c in verb.children
                if c.i == obj.right_edge.i + 1
                and (
                    (c.dep_ == "prep" and c.lower_ in _STANDING_PREPS)
                    or (
                        c.dep_ in ("advmod", "oprd", "acomp")
                        and c.pos_ in ("ADV", "ADJ")
                        and not (c.pos_ == "ADV" and (c.lower_.endswith("ly") or c.lower_ in _HOW_OFTEN))
                    )
                )
            ),
            None,
        )
    if pred is None:
        return None
    if verb.lemma_.lower() == "find" and pred.dep_ == "prep":
        finder = verb
        while finder.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in finder.children):
            finder = finder.head  # "Officers responded ... and found two men with ..."
        subj = next((c for c in finder.children if c.dep_ == "nsubj"), None)
        if subj is not None and (
            subj.pos_ == "PRON" or subj.ent_type_ == "PERSON" or _people_word(subj, lex)
        ):
            return None
    end = max(pred.right_edge, obj.right_edge, key=lambda t: t.i)
    return obj.left_edge.idx, end.idx + len(end.text)


def _free_relative_report(clause: Token, lex: Lexicon) -> bool:
    """"acknowledged [what he called an “informal” meeting]": a free relative headed by a
    cue of its own is a noun phrase; the report is the inner one ("he called ...")."""
    return clause.lemma_.lower() in lex.cue_verbs and any(
        g.dep_ in ("dobj", "nsubjpass") and g.lower_ in ("what", "whatever") and g.i < clause.i for g in clause.children
    )


def _unmarked_clause(verb: Token, child: Token, lex: Lexicon) -> bool:
    """A finite clause after a speech verb that the parser hung on it as an adverbial
    ("said after the convention he would not accept ..."): no conjunction, a subject of
    its own, so it is the complement.  After a verb of asking, an "if" clause is the
    question asked ("asked Clinton if Trump benefits ...")."""
    if child.i < verb.i:
        return False
    if (
        verb.lemma_.lower() in _ASKING
        and child.dep_ in ("advcl", "dobj", "npadvmod")
        and any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in child.children)
    ):
        return True  # (the parser may take the clause's verb for a noun object)
    if (
        child.dep_ == "xcomp"
        and child.tag_ in ("VBD", "VBZ", "VBP", "VB")
        and verb.lemma_.lower() in lex.cue_verbs
        and any(t.lower_ in _RELATIVE and t.i < verb.i for t in verb.subtree)
        and not any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
    ):
        return True  # "which they say left a vacuum": the gap clause read as a predicate of the cue
    if child.dep_ != "advcl" or verb.lemma_.lower() not in lex.speech_verbs:
        return False
    if child.tag_ not in ("VBD", "VBZ", "VBP", "MD") and not any(g.dep_ == "aux" and g.tag_ == "MD" for g in child.children):
        return False
    has_subj = False
    for g in child.children:
        if g.dep_ == "mark" and g.lower_ != "that":
            return False
        if g.dep_ == "advmod" and g.tag_ in ("WRB", "WDT") and not (g.lower_ == "that" and g.i == child.left_edge.i):
            return False  # ("tweeted in the early hours that X was ...": "that" read as an adverb)
        if g.dep_ in ("nsubj", "nsubjpass", "expl"):
            has_subj = True
    return has_subj


_MAX_PARENTHETICAL_SENT = 150
_TAIL_SCAN = 80  # tokens scanned back from a content's end for a closing adjunct


def _sentence_around(tok: Token, limit: int) -> Span | None:
    """The token bounds of ``tok``'s sentence, or ``None`` when it reaches further than
    ``limit`` tokens either way (``Token.sent`` scans the whole sentence every call)."""
    doc = tok.doc
    start = tok.i
    while not doc[start].is_sent_start and start > 0:
        start -= 1
        if tok.i - start > limit:
            return None
    end = tok.i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
        if end - tok.i > limit:
            return None
    return doc[start:end]


_SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "who"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})


def _speaker_like(tok: Token, lex: Lexicon) -> bool:
    """Whether a subject can be a source: a person, a body, a pronoun for one, a role or a
    document ("the borrowing continued" reports nothing)."""
    low = tok.lemma_.lower()
    if low in lex.quantifiers["group"] or low in lex.quantifiers["single"]:
        # "some of the voters" can speak, "some of Clinton's rhetoric" cannot
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if whole is not None and whole.lower_ not in ("whom", "them", "us", "those"):
            return _speaker_like(whole, lex)
    return (
        tok.lower_ in _SPEAKING_PRONOUNS
        or tok.pos_ == "PROPN"
        or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or low in lex.role_nouns
        or low in lex.org_heads
        or low in lex.document_nouns
        or low in lex.people_nouns
        or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
    )


def _outside_aside(tok: Token, head: Token) -> Token:
    """The head ``tok`` attaches to once an aside set off by dashes or brackets just before
    it is skipped: the nearest ancestor of ``head`` that lies before the aside opens."""
    doc = tok.doc
    k = tok.left_edge.i - 1
    if k <= 0 or not _aside_mark(doc[k]) or not head.i < k:
        return head
    opening = _aside_opening(doc[k])
    if opening is None or head.i < opening.i:
        return head
    anc = head
    while anc.i > opening.i and anc.head.i != anc.i:
        anc = anc.head
    return anc if anc.i < opening.i else head


def _it_reports(subj: Token, verb: Token, lex: Lexicon) -> bool:
    """"The benefit, it says, would be $300": "it" saying or stating something stands for a
    body or a document; with other verbs ("it shows", "it seems") it is no source."""
    return subj.lower_ == "it" and verb.lemma_.lower() in lex.speech_verbs


_WH_WORDS = frozenset({"how", "what", "why", "when", "whether", "where"})
#: Words that open a subordinate clause an aside can interrupt (", when, she recalled, …").
_CLAUSE_OPENERS = frozenset({"when", "where", "because", "since", "although", "though", "while", "after", "before", "until", "unless", "whereas", "if"})


def _comma_parenthetical(verb: Token, lex: Lexicon) -> tuple[tuple[int, int] | None, Token | None]:
    """"The difference now, he told me on Friday, is that ...": a cue clause set off by
    commas inside the sentence it reports, found by position when the parse missed it.

    Left of the cue: a short subject noun phrase back to a comma; right of it: a short
    verbless tail (addressee, time, place) up to a comma or the sentence end.  The content
    is the rest of the sentence (the cue clause inside it, as for "according to").
    """
    doc = verb.doc
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None, None  # "... have barely been mentioned": a passive reports nobody
    sent = _sentence_around(verb, _MAX_PARENTHETICAL_SENT)
    if sent is None:
        return None, None  # (a sentence that long is no parenthetical report; bounded work)
    k = verb.i - 1
    while k >= sent.start and doc[k].pos_ == "ADV":
        k -= 1
    if k >= sent.start and doc[k].pos_ == "CCONJ":
        return None, None  # "… with Mills and Bentel and almost immediately disclosed them": a conjunct verb
    i = verb.i - 1
    subj: Token | None = None
    while i >= sent.start and doc[i].text != ",":
        t = doc[i]
        if t.pos_ == "VERB" or t.is_quote or "\n" in t.text or t.lower_ in _RELATIVE or verb.i - i > 8:
            return None, None
        if t.pos_ == "CCONJ" or (t.pos_ == "SCONJ" and t.lower_ != "as") or t.lower_ in _WH_WORDS:
            # ", and I agree with them", ", regardless of how many X assure Y": no aside (but
            # ", as POLITICO has reported," is one)
            return None, None
        if subj is None and (t.pos_ in ("PROPN", "NOUN", "PRON") or (t.i + 1 == verb.i and _name_read_as_modal(verb) is not None)):
            subj = t  # (", Will wrote, ": a name read as a modal)
        elif subj is not None and t.pos_ == "NOUN" and not (subj.left_edge.i <= t.i <= subj.right_edge.i) and subj.head.i == verb.i:
            return None, None  # ", a word Trump then repeated": a noun and its relative clause
        i -= 1
    left_comma = i
    if left_comma < sent.start or subj is None or not (_speaker_like(subj, lex) or _it_reports(subj, verb, lex) or subj.tag_ == "MD"):
        return None, None
    if any(
        c.dep_ == "dobj" and c.i > verb.i and c.pos_ not in ("PRON", "PROPN") and c.lemma_ not in ("reporter", "journalist")
        for c in verb.children
    ):
        return None, None  # "called Democratic bigwigs to the stage, singing ...": an act, not a cue clause
    j = verb.i + 1
    while j < sent.end and doc[j].text != "," and doc[j].text not in _SENT_END:
        t = doc[j]
        if t.pos_ in ("VERB", "AUX", "SCONJ") or t.is_quote or "\n" in t.text or t.lower_ == "that" or j - verb.i > 8:
            return None, None
        if t.lower_ in ("of", "about") and (t.head.i == verb.i or (t.head.dep_ == "dobj" and t.head.head.i == verb.i)):
            return None, None  # "she reminded Trump of the actions of …": the cue's own topic
        j += 1
    before = [t for t in doc[sent.start:left_comma] if t.is_alpha or t.like_num]
    after = [t for t in doc[j + 1:sent.end] if t.is_alpha] if j < sent.end and doc[j].text == "," else []
    closed = j < sent.end and doc[j].text == ","
    if (
        closed
        and j + 1 < sent.end
        and doc[j + 1].tag_ == "VBG"
        and doc[j + 1].head.i < j
        and doc[j + 1].dep_ != "prep"  # (", including a provision …" goes on)
        and not any(c.dep_ in ("ccomp", "conj") and _is_finite(c) for c in doc[j + 1].children)
    ):
        # (a gerund that heads a later verb's subject goes on: "he said, replacing Clinton would be …")
        return None, None  # "Ted Cruz responded with vitriol, promoting …": the speaker's act goes on
    if left_comma > sent.start and (doc[left_comma - 1].is_quote or (closed and j + 1 < len(doc) and doc[j + 1].is_quote)):
        # “A,” he said, “B.”: direct quotes, matched elsewhere (a quotation opening the next
        # sentence after "…, she said." is no part of this one)
        return None, None
    quoted = any(t.is_quote for t in doc[sent.start:left_comma])
    if quoted and (closed or doc[sent.start].is_quote):
        return None, None  # (a quotation that opens the sentence is a direct quote, matched elsewhere)
    if not before or (closed and len(after) < 2) or (not closed and len(before) < 3):
        return None, None
    # the report is a clause: "Despite a number of failed tests this year, ..." is not
    rest = list(doc[sent.start:left_comma]) + (list(doc[j + 1:sent.end]) if closed else [])
    finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "VB", "MD") for t in rest) or any(
        # "those donations paid for ...": a past tense the tagger took for a participle
        t.tag_ == "VBN" and t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN")
        for t in rest
    )
    # ("Those who take on heavy debt struggle, even with a “good” job, he said": a quoted
    # fragment marks a report the tagger left without a finite verb)
    if not (finite or (quoted and len(before) >= 5)) or (not closed and rest[0].pos_ == "ADP"):
        return None, None
    last = doc[sent.end - 1]
    while last.i > verb.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    if not closed:
        last = doc[left_comma - 1]
    elif left_comma - 1 > sent.start and doc[left_comma - 1].lower_ in _CLAUSE_OPENERS and after:
        # "joined in 1958, when, she later recalled, some patients refused …": the aside
        # reports the clause it interrupts, not the sentence around that clause
        return (after[0].idx, last.idx + len(last.text)), subj
    return (doc[sent.start].idx, last.idx + len(last.text)), subj


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECT_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM"})


def _inverted_parenthetical(verb: Token, lex: Lexicon) -> tuple[tuple[int, int] | None, Token | None]:
    """"The plan, said John Smith, an adviser to the governor, would cost billions": an
    inverted cue clause set off by commas inside the sentence it reports.

    The parser reads the words before the cue as its subject and the real speaker as the
    subject of the rest, so this goes by position: a comma, the cue, a short speaker noun
    phrase (with an optional appositive or relative clause), a comma, and a finite rest.
    """
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None, None
    sent = _sentence_around(verb, _MAX_PARENTHETICAL_SENT)
    if sent is None or verb.i - 1 <= sent.start:
        return None, None
    before = doc[sent.start:verb.i - 1]
    if any(t.is_quote or "\n" in t.text for t in before) or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in before):
        return None, None  # “A,” said X, “B.”: direct quotes, matched elsewhere
    if before[0].pos_ != "SCONJ" and any(t.tag_ in _FINITE_TAGS for t in before):
        return None, None  # "The deal is dead, said the senator, who ...": the usual "C, said X"
    j = verb.i + 1
    subj: Token | None = None
    of = False  # past a preposition: "a spokesman for the ministry", "experts like Paul Bauman"
    while j < sent.end and j - verb.i <= 8 and (
        doc[j].pos_ in _SUBJECT_POS or (doc[j].pos_ == "ADP" and subj is not None and not of and (doc[j].lower_ in _NP_RIGHT_PREPS or doc[j].lower_ == "like"))
    ):
        if doc[j].pos_ == "ADP":
            of = True
        elif doc[j].pos_ in ("PROPN", "NOUN", "PRON") and not of:
            subj = doc[j]
        j += 1
    if subj is None or j >= sent.end or doc[j].text != "," or not _speaker_like(subj, lex):
        return None, None
    k = j + 1
    if k < sent.end and (doc[k].lower_ in ("who", "a", "an", "the") or doc[k].pos_ in ("ADJ", "NOUN", "PROPN")):
        # ", who remains friendly with her former boss," / ", a senior adviser to the governor,"
        m = k + 1
        while m < sent.end and doc[m].text != "," and not doc[m].is_quote and m - k <= 20:
            m += 1
        if m < sent.end and doc[m].text == "," and (doc[k].lower_ == "who" or not any(t.tag_ in _FINITE_TAGS for t in doc[k:m])):
            k = m + 1
    rest = [t for t in doc[k:sent.end] if not (t.is_punct or t.is_space)]
    if len(rest) < 2 or rest[0].tag_ == "VBG" or rest[0].pos_ == "CCONJ" or rest[0].lower_ in _RELATIVE or doc[k].is_quote:
        return None, None  # "A, said Smith, adding that B": the participle is his
    if not any(t.tag_ in _FINITE_TAGS for t in rest):
        return None, None
    first = doc[sent.start]
    while first.i < verb.i and (first.is_punct or first.is_space or first.pos_ == "CCONJ"):
        first = doc[first.i + 1]
    return (first.idx, rest[-1].idx + len(rest[-1].text)), subj


def _closing_inverted_cue(verb: Token, lex: Lexicon) -> tuple[tuple[int, int] | None, Token | None]:
    """"…, but it is under intense pressure from Asian imports, said the company's chief
    executive, John J. Ferriola.": a closing inverted cue the parser made a conjunct of the
    sentence it reports.  The report is the sentence before the comma; the subject after
    the cue is the speaker."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 4 or doc[verb.i - 1].text != ",":
        return None, None
    if verb.dep_ not in ("conj", "parataxis", "advcl", "ROOT"):
        return None, None
    subj = next((c for c in verb.rights if c.dep_ == "nsubj" and _speaker_like(c, lex)), None)
    if subj is None or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None, None
    sent = _sentence_around(verb, _MAX_PARENTHETICAL_SENT)
    if sent is None:
        return None, None
    rest = [t for t in doc[_last_word(verb) + 1:sent.end] if not (t.is_punct or t.is_space)]
    before = doc[sent.start:verb.i - 1]
    if rest or any("\n" in t.text for t in doc[sent.start:sent.end]) or any(t.is_quote for t in doc[verb.i:sent.end]):
        return None, None
    quoted = any(t.is_quote for t in before)
    if quoted and (doc[sent.start].is_quote or doc[verb.i - 2].is_quote):
        return None, None  # (“…,” said X: a direct quote, matched elsewhere)
    # ("The rejection of the treaty signals “the beginning of the end”, said X": a quoted
    # fragment marks a report the tagger left without a finite verb)
    if not (any(t.tag_ in _FINITE_TAGS for t in before) or quoted) or len(before) < 4:
        return None, None
    last = doc[verb.i - 2]
    return (doc[sent.start].idx, last.idx + len(last.text)), subj


def _inside(starts: list[int], ends: list[int], char: int) -> bool:
    """Whether ``char`` lies in one of the ranges ``starts[k]:ends[k]`` (sorted, disjoint)."""
    k = bisect_right(starts, char) - 1
    return k >= 0 and char < ends[k]


_MAX_INLINE_CUE_TOKENS = 8


def _nearer_speech_cue(
    doc: Doc, cues: Sequence[_Cue], cue_starts: Sequence[int], c: _Cue, open_start: int, lex: Lexicon
) -> bool:
    """Whether another speech cue with a source of its own comes between cue ``c`` and a
    quotation opening at ``open_start``, in a clause hung on ``c``'s content (a relative or
    the like), with nothing but a pronoun and punctuation before the quotation, so that the
    quotation is that cue's."""
    if c.cue[1] > open_start:
        return False
    for o in cues[bisect_left(cue_starts, c.cue[1]) : bisect_left(cue_starts, open_start)]:
        if o is c or o.source is None or o.source == c.source or o.cue[1] > open_start:
            continue
        verb = doc[o.tok]
        if verb.lemma_.lower() not in lex.speech_verbs or verb.dep_ not in ("relcl", "acl") or o.source > verb.i:
            continue
        between = [t for t in doc[verb.i + 1 :] if t.idx < open_start]
        if len(between) <= 3 and all(t.is_punct or t.pos_ == "PRON" for t in between):
            return True  # ("told him, “…”": the quotation opens right after the nearer cue)
    return False


def _close_at_inline_cue(
    doc: Doc,
    text: str,
    outer: list[MarkedQuote],
    cues: list[_Cue],
    cue_starts: Sequence[int],
    lex: Lexicon,
    marked: Sequence[MarkedQuote] = (),
) -> list[MarkedQuote]:
    """“This is unacceptable, Blinken said. The United States …”: a quotation whose closing
    mark was forgotten, with a short cue clause set off by a comma inside it, ends at that
    comma (the writer's slip, not words of the speaker).  A quotation in ``marked`` that was
    taken as nested in it after that comma ("…, said Dana Price. "But some …"") is one of
    its own."""
    if all(q.closed for q in outer):
        return outer
    starts = cue_starts
    out = []
    for q in outer:
        if q.closed:
            out.append(q)
            continue
        for c in cues[bisect_right(starts, q.start) : bisect_left(starts, q.end)]:
            if c.source is None:
                continue
            if doc[c.tok].lemma_.lower() not in lex.speech_verbs:
                continue
            lo = min(c.tok, c.source)
            hi = max(c.tok, c.source)
            while lo > 0 and doc[lo - 1].text != "," and hi - lo < _MAX_INLINE_CUE_TOKENS:
                lo -= 1
            while hi + 1 < len(doc) and doc[hi + 1].text not in (".", ",") and hi - lo < _MAX_INLINE_CUE_TOKENS:
                hi += 1
            if lo == 0 or doc[lo - 1].text != "," or hi + 1 >= len(doc) or doc[hi + 1].text not in (".", ","):
                continue
            comma = doc[lo - 1]
            end = comma.idx + 1
            if end - q.start < 8 or not any(ch.isalpha() for ch in text[q.start:comma.idx]):
                continue
            cut = attrs.evolve(q, end=end, close_end=end)
            out.append(cut)
            out.extend(
                attrs.evolve(n, depth=0)
                for n in marked
                if n.depth == 1 and end <= n.open_start and n.close_end <= q.close_end
            )
            break
        else:
            out.append(q)  # no cue inside: left as it is
    return out


def _interviewee(doc: Doc, before: int) -> Span | None:
    """The person a question-and-answer interview is with: the last person named before
    its first label, preferring one named as a subject ("the novelist Zadie Smith spoke
    about her new book")."""
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.end_char <= before]
    if not people:
        return None
    subjects = [e for e in people if e.root.dep_ in ("nsubj", "nsubjpass") or e.root.head.dep_ in ("nsubj", "nsubjpass")]
    return (subjects or people)[-1]


def _outer_quotes(marked: Sequence[MarkedQuote], turns: Sequence[Turn]) -> list[MarkedQuote]:
    """The outermost quotations, reading a quotation that wraps transcript turns as a
    frame (its labels are not words said): the quotations inside it count as outer."""
    outer = [q for q in marked if q.depth == 0 and q.end > q.start]
    if not turns:
        return outer
    labels = [t.label_start for t in turns]
    wrappers = [q for q in outer if bisect_left(labels, q.start) < bisect_left(labels, q.end)]
    if not wrappers:
        return outer
    keep = [q for q in outer if q not in wrappers]
    for q in marked:
        if q.depth == 1 and q.end > q.start and any(w.start <= q.open_start and q.close_end <= w.end for w in wrappers):
            keep.append(q)
    keep.sort(key=lambda q: q.open_start)
    return keep


def _object_then_predicate(verb: Token, lex: Lexicon) -> tuple[int, int] | None:
    """"saying Obama's strategy -- airstrikes … -- is inadequate": the parser took the
    subject of the reported clause for the cue's object and hung its predicate elsewhere;
    the content runs from the object through that predicate."""
    if verb.lemma_.lower() not in lex.speech_verbs:
        return None
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or obj.right_edge.i + 1 >= len(doc):
        return None
    pred = doc[obj.right_edge.i + 1]
    if pred.text in ("--", "—", "–") and pred.i + 1 < len(doc):
        pred = doc[pred.i + 1]  # (the closing dash of an aside)
    if (
        pred.tag_ not in ("VBD", "VBZ", "VBP", "MD")
        or pred.dep_ not in ("dep", "ccomp", "parataxis")
        or pred.lemma_.lower() in lex.cue_verbs
        or obj.left_edge.i <= pred.head.i <= obj.right_edge.i
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in pred.children)
    ):
        return None
    return obj.left_edge.idx, _subtree_span(pred)[1] if pred.right_edge.i > pred.i else pred.idx + len(pred.text)


def _misparsed_clause(obj: Token) -> bool:
    """An object that holds a finite verb is a clause the parser took for a noun phrase
    ("said the incident damaged relations" read as "said [the incident-damaged relations]")."""
    for t in obj.subtree:
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != obj.i:
            return True
        if t.dep_ == "amod" and t.tag_ in ("VBN", "VBD") and any(c.dep_ in ("npadvmod", "nsubj") for c in t.children):
            return True
    return False


_ASIDES = frozenset({"appos", "relcl", "acl"})
_ASIDE_CLOSE = {"--": "--", "—": "—", "–": "–", "-": "-", ")": "("}  # the mark that closes an aside → the one that opens it


def _aside_mark(tok: Token) -> bool:
    """A dash or bracket that can close an aside (a hyphen only with a space before it)."""
    return tok.text in _ASIDE_CLOSE and (tok.text != "-" or (tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)))


def _aside_opening(close: Token) -> Token | None:
    """The mark earlier in the sentence that opens the aside ``close`` closes (a hyphen
    only with a space after it)."""
    want = _ASIDE_CLOSE[close.text]
    return next(
        (t for t in reversed(close.doc[close.sent.start : close.i]) if t.text == want and (t.text != "-" or bool(t.whitespace_))),
        None,
    )


def _np_end(obj: Token, lex: Lexicon | None = None) -> int:
    """The last token of a noun phrase without the asides set off by a comma or a bracket
    ("Ben Carson[, a neurosurgeon who ...]", "a review of the program[, which allows ...]").

    With ``lex``, a relative clause deeper in the phrase that reports with a source of its
    own is left out too ("any role in the attacks[, which U.S. officials say were ...]").
    """
    end = obj.right_edge.i
    doc = obj.doc
    for child in obj.rights:
        k = child.left_edge.i - 1
        if child.dep_ in _ASIDES and k > obj.i and doc[k].text in (",", "(", "—", "–", "--"):
            end = min(end, k - 1)
    if lex is not None:
        for t in doc[obj.i + 1 : end + 1]:
            k = t.left_edge.i - 1
            if (
                t.dep_ == "relcl"
                and k > obj.i
                and doc[k].text in (",", "—", "–", "--")
                and t.left_edge.lower_ in _RELATIVE_WH  # (not "…, in which Trump declared …")
                and _reports_with_own_subject(t, lex)
            ):
                return min(end, k - 1)
    return end


def _names_a_source(obj: Token, lex: Lexicon) -> bool:
    """"citing a source", "quoting officials", "citing Reuters": the object of citing is
    who said it, not what was said."""
    low = obj.lemma_.lower()
    return (
        obj.ent_type_ in ("PERSON", "ORG", "NORP")
        or low in lex.people_nouns
        or low in lex.role_nouns
        or low in lex.org_heads
    )


def _np_content(verb: Token, obj: Token, lex: Lexicon) -> tuple[int, int]:
    """A noun-phrase content runs from the object to the end of the verb phrase
    ("cited remarks Trump made about Machado as examples of ...") but stops at the first
    comma, semicolon or dash after the object, where adjuncts of the report begin, and
    leaves out an aside on the object itself ("Ben Carson, a neurosurgeon who ...")."""
    doc = verb.doc
    s = obj.left_edge.idx
    core = _np_end(obj, lex)
    if core < obj.right_edge.i:
        end_tok = doc[core]
        return s, end_tok.idx + len(end_tok.text)
    end_i = max(obj.right_edge.i, verb.right_edge.i)
    nxt = end_i + 1
    if (
        end_i == obj.right_edge.i
        and nxt < len(doc)
        and doc[nxt].is_sent_start
        and not (doc[end_i].is_punct or doc[end_i].is_space or doc[nxt].is_punct or doc[nxt].is_space)
        and doc[nxt].pos_ in ("PROPN", "PRON", "DET", "NOUN")
    ):
        # "mentioned disparaging remarks [Trump had made about Machado as …]": a sentence
        # break without punctuation is the parser's; the relative clause goes on
        end_i = doc[nxt].sent.end - 1
    i = obj.right_edge.i + 1
    # "announced the plan because the city had run out of money": the reason is the speaker's act
    while i <= end_i:
        t = doc[i]
        when = (t.dep_ == "mark" and t.lower_ in _ADVERBIAL_MARKS and t.head.head.i == verb.i) or t.ent_type_ in _WHEN or (
            t.dep_ == "prep" and t.head.i == verb.i and _occasion(t, lex)
        ) or (t.dep_ in ("cc", "conj") and t.head.i == verb.i and not _parallel_gerund(verb, obj, t))  # "... and decided against ..."
        if t.text in (",", ";", "—", "–", "--", ":", "(") or t.is_quote or "\n" in t.text or when:
            end_i = i - 1
            break
        i += 1
    end_tok = doc[max(end_i, obj.right_edge.i)]
    while end_tok.i > obj.i and (end_tok.is_punct or _dangling(end_tok)):
        end_tok = doc[end_tok.i - 1]  # (nor "in the" before "Monday night")
    return s, end_tok.idx + len(end_tok.text)


def _parallel_gerund(verb: Token, obj: Token, tok: Token) -> bool:
    """"mentioned refinancing student loans and forcing universities to …": a gerund
    coordinated to a gerund object is more of the object, though the parser hung it on the cue."""
    conj = tok if tok.dep_ == "conj" else next((c for c in verb.children if c.dep_ == "conj" and c.i > tok.i), None)
    return (
        conj is not None
        and conj.tag_ == "VBG"
        and verb.tag_ != "VBG"
        and obj.left_edge.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "aux") for c in conj.children)
    )


def _anaphoric_phrase(obj: Token) -> bool:
    """"refuted those assertions", "confirmed its existence": a bare noun after a
    demonstrative or "its" points back to what was said before; it holds no content of its own."""
    if any(c.i > obj.i for c in obj.children):
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("this", "that", "these", "those", "its") for c in obj.children)


def _dangling(tok: Token) -> bool:
    """A word that cannot end a phrase: a conjunction, or a determiner or preposition
    whose noun was cut off ("in the" before "Monday night"; not "talked about")."""
    if tok.pos_ in ("CCONJ", "SCONJ"):
        return True
    if tok.pos_ in ("ADP", "DET"):
        return tok.head.i > tok.i or any(c.i > tok.i for c in tok.children)
    return False


def _occasion(prep: Token, lex: Lexicon) -> bool:
    """A prepositional phrase of the report's time, occasion or go-between ("since the
    Monday night debate", "in an email", "during a prime-time speech", "on Twitter",
    "through his lawyer"), not its content."""
    objs = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
    if any(g.ent_type_ in _WHEN for o in objs for g in (o, *o.children)):
        return True
    if prep.lower_ == "through" and objs:
        # "denied the charges through his lawyer", "through a spokeswoman": who carried it
        low = objs[0].lemma_.lower()
        return low in lex.role_nouns or low in lex.people_nouns or low in lex.channel_nouns or low in lex.speech_nouns
    if prep.lower_ not in _OCCASION_PREPS or not objs:
        return False
    low = objs[0].lemma_.lower()
    return low in lex.speech_events or low in lex.channel_nouns


def _coordinated_content(verb: Token, content: Token, end: int, lex: Lexicon) -> int:
    """Extend the content over a clause coordinated to the cue that has a subject of its
    own ("stated that it was a balloon, but it did not pose a danger"): the parser hangs
    it on the cue, but it goes on with what was said, not with what the speaker did."""
    doc = verb.doc
    if content.i < verb.i:
        # "“A,” she said, and a big reason was ...": a fronted report ends at its cue; not a
        # fronted report without quotation marks that goes on after it ("The middle fifth
        # paid 8.9 percent, the agency said in a June report, and the bottom fifth paid 0.8")
        conj = next((c for c in verb.rights if c.dep_ == "conj"), None)
        if (
            conj is None
            or any(t.is_quote for t in doc[max(content.left_edge.i - 1, 0) : content.right_edge.i + 2])
            or conj.lemma_.lower() in lex.cue_verbs
            or not _is_verbish(conj)
            or doc[conj.left_edge.i - 1].dep_ != "cc"
            or doc[conj.left_edge.i - 2].text != ","
        ):
            return end
        own = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if own is None or own.ent_type_ in ("PERSON", "ORG", "NORP") or own.lower_ in ("he", "she", "they", "we", "i"):
            return end  # (", and analysts expect more": a new source, the writer's)
        return max(end, conj.right_edge.idx + len(conj.right_edge.text))
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for conj in verb.rights:
        if conj.dep_ != "conj" or conj.i <= content.right_edge.i or conj.lemma_.lower() in lex.cue_verbs:
            continue
        own = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        gap = doc[content.right_edge.i + 1 : conj.left_edge.i]
        if own is None and doc[content.right_edge.i].dep_ in ("cc", "advmod") and not any(
            t.is_punct or t.is_space for t in gap
        ) and any(t.dep_ == "cc" and t.head.i != verb.i for t in doc[max(content.i, content.right_edge.i - 1) : content.right_edge.i + 1]):
            # "show that majorities favor letting people stay and also back tougher laws":
            # the conjunction sits in the content, so the conjunct goes on with it
            end = max(end, conj.right_edge.idx + len(conj.right_edge.text))
            continue
        if own is None or (subj is not None and own.lower_ == subj.lower_):
            continue
        if own.lower_ in ("he", "she", "they", "we", "i"):
            continue  # most likely the speaker again: what they did, not what they said
        if any("\n" in t.text for t in doc[content.right_edge.i : conj.left_edge.i]):
            continue
        end = max(end, conj.right_edge.idx + len(conj.right_edge.text))
    return end


def _coordinated_continuation(content: Token, end: int) -> int:
    """Extend the content over a conjunct the parser hung higher up that can only go on
    with what was said: another that-clause ("point out that A, and that polls show B";
    the guidelines make coordinated that-clauses one span) or a subjectless modal verb
    ("saying he was rooting for Manning but would now root for North Carolina")."""
    doc = content.doc
    k = content.right_edge.i
    if doc[k].idx + len(doc[k].text) < end:
        return end  # already extended past the complement by another rule
    k += 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 >= len(doc) or doc[k].dep_ != "cc" or doc[k].lower_ not in ("and", "but", "or"):
        return end
    nxt = doc[k + 1]
    head = nxt.head
    if (
        head.dep_ != "conj"
        or not _is_verbish(head)
        or head.i <= k
        or content.left_edge.i <= head.head.i <= content.right_edge.i
    ):
        return end  # not a conjunct, or the parse already placed it inside the content
    that_clause = nxt.lower_ == "that" and nxt.dep_ == "mark"
    modal_conjunct = (
        nxt.dep_ == "aux"
        and nxt.lower_ in _MODALS
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in head.children)
    )
    if not (that_clause or modal_conjunct):
        return end
    if any("\n" in t.text for t in doc[content.right_edge.i : head.right_edge.i + 1]):
        return end
    last = _last_word(head)
    return max(end, doc[last].idx + len(doc[last].text))


def _back_over_conjunction(doc: Doc, k: int, floor: int) -> int:
    """Move the end index ``k`` back over the conjunctions and punctuation before it,
    never below ``floor`` ("… legal[ and] celebrated": the clause ends before "and")."""
    while k > floor and (doc[k - 1].dep_ == "cc" or doc[k - 1].is_punct):
        k -= 1
    return k


def _main_verb_in_relative(verb: Token, head: Token, end: int) -> int:
    """End a report in a relative clause set off by commas before the sentence's own verb
    that the parser hung inside it: "The plan, which officials say will save $2 billion,
    passed on Monday" (the noun "plan" left as the root)."""
    doc = verb.doc
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "ROOT" or noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
        return end
    for child in head.rights:
        if (
            child.dep_ in ("advcl", "conj")
            and child.tag_ in ("VBD", "VBZ", "VBP", "VBN")
            and doc[child.left_edge.i - 1].text == ","
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for g in child.children)
        ):
            return min(end, doc[child.left_edge.i - 1].idx)
    return end


#: Pronouns that open a non-restrictive relative clause on a name.
_RELATIVE_WH = frozenset({"who", "which", "whose", "whom"})


def _closing_description(gc: Token, head: Token) -> bool:
    """Whether ``gc`` describes a name at the very end of the clause headed by ``head``, set
    off by a comma and without quotation marks: a who/which clause on a person, body or
    place ("Bryan Pagliano, who worked on her campaign") or a noun phrase in apposition
    ("NATO, the military alliance that …")."""
    if gc.dep_ not in ("relcl", "appos"):
        return False
    doc = gc.doc
    named = gc.head
    if (
        named.pos_ != "PROPN"
        or gc.left_edge.i == 0
        or doc[gc.left_edge.i - 1].text != ","
        or _last_word(gc) < _last_word(head)
        or any(t.is_quote for t in gc.subtree)
    ):
        return False
    if gc.dep_ == "relcl":
        return named.ent_type_ in ("PERSON", "ORG", "GPE", "FAC") and gc.left_edge.lower_ in _RELATIVE_WH
    return gc.dep_ == "appos" and gc.pos_ == "NOUN" and gc.left_edge.lower_ in ("the", "a", "an")


def _cut_trailing_adjunct(head: Token, end: int, lex: Lexicon, fronted: bool = False, own_acts: bool = True) -> int:
    """End the content before a trailing ", referring to ..." or ", which X says ..." clause.

    Such adjuncts describe the report or carry their own attribution, so they are not
    part of what was said (the guideline's non-restrictive exception).  In a report
    before its cue (``fronted``), an as-clause on a pronoun goes on with the report: "Wang
    is placing the responsibility on the US, as he told Blinken …, the government said".
    ``own_acts`` cuts a subjectless cue conjunct as the speaker's next act; not when the
    clause is the report's own ("According to X, Wang acknowledged … and urged …").
    """
    doc = head.doc
    for child in head.rights:
        if (
            own_acts
            and child.dep_ == "conj"
            and (
                child.lemma_.lower() in lex.speech_verbs
                # (the reporting lexicon's: a stance in the clause is the clause's own,
                # "Police say he posed a threat and refused to drop the gun")
                or child.lemma_.lower() in get_lexicon(lex.lang).object_content_verbs
            )
            and not any(g.dep_ in ("nsubj", "nsubjpass") or g.tag_ == "MD" for g in child.children)
            # (a modal is the report's own tense: "said the agency was reviewing it and would not comment")
        ):
            # "noted that X and quoted Reagan", "said the plan was “a good first step” but
            # questioned how …": the speaker's next act, hung on the content
            cut = _back_over_conjunction(doc, child.left_edge.i, head.i)
            return min(end, doc[cut - 1].idx + len(doc[cut - 1].text))
        left = child.left_edge
        if child.dep_ == "conj" and left.i > 1 and doc[left.i - 1].dep_ == "cc":
            left = doc[left.i - 1]  # ", and when pressed ..., she replied": a report of its own
        if left.i == 0 or doc[left.i - 1].text != ",":
            if left.i > 0 and doc[left.i - 1].text in _DASHES and _writers_aside(child, head, lex):
                return doc[left.i - 1].idx  # "- though it is unclear whether ...": the same after a dash
            continue
        if fronted and child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "as" for g in child.children) and any(
            g.dep_ == "nsubj" and g.pos_ == "PRON" for g in child.children
        ):
            continue
        if child.dep_ in ("relcl", "acl", "advcl", "conj") and any(
            _speech_verb(t, lex) and t.dep_ != "ROOT" and any(g.dep_ == "nsubj" for g in t.children)
            for t in child.subtree
        ):
            return doc[left.i - 1].idx
        if _writers_aside(child, head, lex):
            return doc[left.i - 1].idx  # ", although it may take days": the writer's aside
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_.lower() in lex.speech_verbs:
            return doc[left.i - 1].idx  # ", saying that ...": a report of its own
        if (
            child.dep_ == "prep"
            and child.lower_ == "according"
            and child.i + 1 < len(doc)
            and doc[child.i + 1].lower_ == "to"
            and _last_word(child) == _last_word(head)
        ):
            return doc[left.i - 1].idx  # ", according to exit polls": the writer's source for the report
    for child in head.rights:
        # the same one level down, for the object of the content clause (or of a verb chain:
        # "are not trying to avoid appearing beside Hillary Clinton, who has been battered")
        if child.dep_ in ("dobj", "pobj", "attr", "prep", "xcomp"):
            for gc in child.subtree:
                if gc.dep_ in ("relcl", "appos") and gc.left_edge.i > 1 and _reports_with_own_subject(gc, lex):
                    # ", which X says ...", '"the fruit of corruption," a finding the defense
                    # has said it will challenge': another source's view of the report
                    before = doc[gc.left_edge.i - 1]
                    if before.text == ",":
                        return min(end, before.idx)
                    if before.is_quote and doc[before.i - 1].text == "," and gc.dep_ == "appos":
                        return min(end, before.idx + len(before.text))
                    np_ = gc.head
                    first = np_.left_edge.i
                    if (
                        gc.dep_ == "relcl"
                        and np_.pos_ == "NOUN"
                        and first > head.i + 1
                        and doc[first - 1].text == ","
                        and doc[first].lower_ in ("a", "an", "one")
                        and _last_word(np_) >= _last_word(head)
                    ):
                        # "do not know how many tunnels there are, a gap in border security
                        # that experts say renders talk of a wall moot": a closing description
                        # (read as the clause's attribute) with another source's view
                        return min(end, doc[first - 1].idx)
                if _closing_description(gc, head):
                    # "secured the cooperation of Bryan Pagliano, who worked on her campaign",
                    # "could be better spent in partnership with NATO, the military alliance
                    # that includes …": the writer's background on someone or something named
                    return min(end, doc[gc.left_edge.i - 1].idx)
    last = head.right_edge.i
    tail = _last_word(head)
    referring = None  # the first of these found (the last in the text) counts; a summing-up wins
    for k in range(last, max(head.i, last - _TAIL_SCAN), -1):
        t = doc[k]
        dep = t.dep_
        if (
            dep in ("appos", "dobj", "npadvmod")
            and t.left_edge.i > head.i
            and t.right_edge.i >= tail
            and (
                (
                    dep == "appos"
                    and t.lemma_.lower() in lex.summary_nouns
                    and doc[t.left_edge.i - 1].text == ","
                    and any(g.dep_ == "relcl" for g in t.children)
                )
                or (
                    (t.lemma_.lower() in lex.summary_nouns or t.lemma_.lower() in lex.speech_nouns)
                    and (doc[t.left_edge.i - 1].text == "," or doc[t.left_edge.i - 1].text in _DASHES)
                    and any(g.dep_ == "acl" and any(a.dep_ == "agent" for a in g.children) for g in t.children)
                )
            )
        ):
            # "there is a conversation about the response, one that will likely dominate
            # the meeting", "should negotiate, a message echoed by several MPs" (set off by a
            # comma, whatever the parser hung it as): the writer sums up what was reported
            return min(end, doc[t.left_edge.i - 1].idx)
        if (
            # deeper down, a closing ", referring to ..." on a nested clause is still the writer's
            dep == "advcl"
            and referring is None
            and t.tag_ == "VBG"
            and t.lemma_.lower() in lex.speech_verbs
            and t.i > head.i
            and t.left_edge.i > 1
            and (
                doc[t.left_edge.i - 1].text == ","
                or (doc[t.left_edge.i - 1].is_quote and doc[t.left_edge.i - 2].text == ",")
            )
            and t.right_edge.idx >= end - 2 - len(t.right_edge.text)
        ):
            # (after 'by Cleveland,”' the closing mark stays with the fragment it closes)
            before = doc[t.left_edge.i - 1]
            referring = min(end, before.idx + len(before.text) if before.is_quote else before.idx)
    return end if referring is None else referring


def _reports_with_own_subject(clause: Token, lex: Lexicon) -> bool:
    """Whether ``clause`` holds a speech verb with a subject of its own ("which X says …"):
    another source's report."""
    return any(_speech_verb(t, lex) and any(g.dep_ == "nsubj" for g in t.children) for t in clause.subtree)


def _speech_verb(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is a verb of speech here: "put" only in "as X put it" ("for
    Democrats to put the concept in the public's mind" reports nothing)."""
    low = tok.lemma_.lower()
    if low == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    return low in lex.speech_verbs


def _last_word(tok: Token) -> int:
    """The index of the last token of ``tok``'s subtree that is not punctuation or space."""
    doc = tok.doc
    k = tok.right_edge.i
    while k > tok.i and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    return k


#: Verbs by which a source issues what a document or a speech says ("a speech Mrs. Clinton
#: delivered", "a report released by the Treasury"); not "carried", "obtained", "seen".
_ISSUING = frozenset({
    "deliver", "give", "make", "issue", "release", "write", "send", "post", "sign", "author",
    "prepare", "draft", "submit", "file", "tweet", "put", "produce", "commission",
})


def _issuer(src: Token, lex: Lexicon) -> Token:
    """The one who issued the document or speech named after "according to", when it is
    named ("a speech Mrs. Clinton delivered", "remarks that Mr. Obama made", "a statement
    from the White House", "a memo written by aides to Mr. Trump", "its website"); else
    ``src``."""
    if src.lemma_.lower() not in lex.issued_nouns:
        return src

    def able(t: Token | None) -> bool:
        if t is None or not _speaker_like(t, lex) or t.lemma_.lower() in lex.document_nouns or t.ent_type_ in _WHEN:
            return False  # (nor "July's polling")
        # ("a new report by Politico, Democratic party insiders are ...": a name the tagger
        # ran on into the next clause is no name)
        if not t.ent_type_:
            return True
        start, end = _entity_extent(t)
        return t.left_edge.i <= start and end - 1 <= t.right_edge.i

    owner = next((c for c in src.children if c.dep_ == "poss"), None)
    if able(owner):
        return owner  # "according to its website", "the Pentagon's statement"
    for g in src.rights:
        finite = g.dep_ == "relcl" or (g.dep_ == "acl" and g.tag_ in ("VBD", "VBZ", "VBP"))
        if finite and g.lemma_.lower() in _ISSUING:
            subj = next((c for c in g.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE), None)
            if able(subj) and not any(c.dep_ == "auxpass" for c in g.children):
                return subj
        elif g.dep_ == "acl" and g.tag_ == "VBN" and g.lemma_.lower() in _ISSUING:
            agent = next((c for c in g.children if c.dep_ == "agent"), None)
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if able(by):
                return by
        elif g.dep_ == "prep" and g.lower_ in ("from", "by"):
            obj = next((c for c in g.children if c.dep_ == "pobj"), None)
            if able(obj):
                return obj
    return src


def _according_content(tok: Token) -> tuple[tuple[int, int] | None, Token | None]:
    """For "according to X", the source X and the clause it modifies."""
    doc = tok.doc
    to = doc[tok.i + 1]
    src = None
    for g in list(to.children) + list(tok.children):
        if g.dep_ == "pobj":
            src = g
            break
    if src is None and tok.i + 2 < len(doc):
        src = doc[tok.i + 2]
    lex = get_lexicon()
    phrase_r = max(tok.right_edge.i, to.right_edge.i)
    if src is not None:
        src = _issuer(src, lex)
        named = _name_set_after(src, phrase_r, lex)
        if named is not None:
            # "According to the head of the committee, Andrei Kartapolov, Russia will …"
            src, phrase_r = named
        names = next(
            (c for c in src.children if c.dep_ == "conj" and c.pos_ == "PROPN" and doc[c.left_edge.i - 1].text == ","),
            None,
        )
        if src.pos_ == "NOUN" and names is not None and names.left_edge.i - 2 >= to.i:
            # "According to the poll, Trump, Clinton and Sanders are tied": the names the
            # parser joined to the source are the clause's subject
            phrase_r = names.left_edge.i - 2
    return _set_off_content(tok, tok.i, phrase_r, lex), src


def _name_set_after(src: Token, phrase_r: int, lex: Lexicon) -> tuple[Token, int] | None:
    """"the head of the committee, Andrei Kartapolov, Russia will …": a person's name set off
    by commas after a source phrase that describes its holder (ending at token ``phrase_r``),
    read by the parser as the clause's subject.  The name and the comma after it, or ``None``."""
    doc = src.doc
    k = phrase_r + 1
    low = src.lemma_.lower()
    if (
        src.pos_ != "NOUN"
        or (low not in lex.role_nouns and low not in lex.people_nouns)
        or src.tag_ in ("NNS", "NNPS")
        or k + 1 >= len(doc)
        or doc[k].text != ","
        or doc[k + 1].ent_type_ != "PERSON"
        or doc[k + 1].ent_iob_ != "B"
    ):
        return None
    start, end = _entity_extent(doc[k + 1])
    if end + 1 >= len(doc) or doc[end].text != "," or not any(t.pos_ in ("VERB", "AUX") for t in doc[end + 1 : end + 8]):
        return None
    return doc[end - 1], end


_COPULAS = frozenset({"be", "seem", "remain", "appear", "become", "grow", "feel", "sound", "stay"})


def _belief_content(adj: Token, lex: Lexicon) -> tuple[tuple[int, int], Token] | None:
    """For "X is convinced that C", "X were adamant that C", "X came away convinced that
    C": the clause and X; ``None`` without a clause or a holder that can speak ("It is
    clear that C" has no holder)."""
    if adj.pos_ == "ADJ" or (adj.dep_ == "acomp" and adj.tag_ == "VBN"):
        # ("is convinced" with the participle read as the copula's complement)
        if adj.dep_ not in ("acomp", "oprd") or adj.head.lemma_.lower() not in _COPULAS:
            return None
        if any(c.dep_ == "agent" for c in adj.children):
            return None  # ("is convinced by his aides that"): the aides did the convincing
        holder_of = adj.head
    elif adj.dep_ in ("ROOT", "conj", "ccomp", "advcl", "xcomp") and (
        adj.dep_ == "conj" or any(c.dep_ in ("nsubjpass", "auxpass") for c in adj.children)
    ):
        holder_of = adj  # "is convinced" read as a passive, "came away convinced"
        if any(c.dep_ == "agent" for c in adj.children):
            return None  # ("was convinced by his aides that"): the aides did the convincing
    else:
        return None
    if any(c.lower_ in ("so", "too") for c in adj.children):
        return None  # ("so sure of herself that she never checked"): a result, not a belief
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in holder_of.children) and adj.pos_ == "VERB":
        return None  # ("only if he can be convinced that"): someone else may convince him
    clause = next(
        (
            c for c in (*adj.children, *holder_of.children)
            if c.dep_ == "ccomp" and c.i > adj.i and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    mark = clause.left_edge
    if mark.lower_ not in ("that", "whether", "if") and mark.i != adj.i + 1 and _words_between(adj, mark):
        return None
    holder = next((c for c in holder_of.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if holder is None:
        holder = _source_of(holder_of, lex)
    if holder is None or holder.dep_ == "expl" or holder.lower_ in ("it", "this", "that", "you") or not (
        holder.pos_ == "PRON" or _speaker_like(holder, lex)
    ):
        return None
    content = _after_that(clause) if mark.lower_ == "that" and mark.i < clause.i else _subtree_span(clause)
    return content, holder


def _copular_content(be: Token, lex: Lexicon) -> tuple[tuple[int, int], Token, Token] | None:
    """"Her fundamental argument is that Americans should value stability", "The most
    telling promise Mrs. Clinton has made is that she will not overpromise", "All I'm
    asking is that we be careful": a proposition stated through a copula, with the holder
    of the noun or the speaker of the free relative; ``None`` without a holder."""
    clause = next((c for c in be.rights if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"), None)
    subj = next((c for c in be.lefts if c.dep_ in ("nsubj", "csubj")), None)
    if clause is None or subj is None:
        return None
    holder: Token | None = None
    cue = subj
    noun = subj.lemma_.lower()
    if subj.pos_ == "NOUN" and (noun in lex.proposition_nouns or noun in lex.speech_nouns):
        holder = next((c for c in subj.children if c.dep_ == "poss"), None)
        if holder is None:
            # "the promise Mrs. Clinton has made": the subject of a relative clause on it
            rel = next((c for c in subj.rights if c.dep_ in ("relcl", "acl") and c.i < be.i), None)
            holder = None if rel is None else next((g for g in rel.children if g.dep_ == "nsubj"), None)
    else:
        # "What he said was that …", "All I'm asking is that …": a speech verb in the subject
        verb = next(
            (
                t for t in subj.subtree
                if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in lex.speech_verbs or t.lemma_.lower() in lex.cognition_verbs)
            ),
            None,
        )
        holder = None if verb is None else next((g for g in verb.children if g.dep_ == "nsubj"), None)
        cue = verb if verb is not None else subj
    if holder is None or not (holder.lower_ in _HOLDING_PRONOUNS or holder.pos_ == "PRON" or _speaker_like(holder, lex)):
        return None
    if holder.lower_ in _RELATIVE:
        return None
    return _after_that(clause), holder, cue


def _words_between(adj: Token, mark: Token) -> bool:
    """Whether words other than a date or an adverb stand between an adjective and the
    bare clause after it ("confident Monday the deal ..." is fine)."""
    return any(t.ent_type_ not in _WHEN and t.pos_ not in ("ADV", "PUNCT") for t in adj.doc[adj.i + 1 : mark.i])


def _opinion_content(noun: Token, lex: Lexicon) -> tuple[tuple[int, int] | None, Token, tuple[int, int]] | None:
    """For "In his view, C" and "C, in the opinion of X": the clause the phrase is set off
    from, its holder and the cue's character span; ``None`` unless the holder can speak and
    a comma sets the phrase off."""
    doc = noun.doc
    prep = noun.head
    found = _view_holder(noun, lex)
    if found is None:
        return None  # ("in the view of the mountains", "in my view" of the writer's)
    holder, cue_end = found
    left, right = prep.i, prep.right_edge.i
    opens = left == prep.sent.start or doc[left - 1].text == "," or doc[left - 1].pos_ == "CCONJ"
    closes = right + 1 < len(doc) and (doc[right + 1].text == "," or doc[right + 1].is_sent_end and doc[left - 1].text == ",")
    if not (opens and closes) or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return _set_off_content(prep, left, right, lex), holder, (prep.idx, cue_end)


def _view_holder(noun: Token, lex: Lexicon) -> tuple[Token, int] | None:
    """Who holds the view or the words of ``noun`` ("his view", "the words of one aide") and
    where the phrase naming it ends ("In his view", "In the words of"); only a third person
    who can speak."""
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    cue_end = noun.idx + len(noun.text)
    if holder is None:
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
        holder = None if of is None else next((g for g in of.children if g.dep_ == "pobj"), None)
        cue_end = cue_end if of is None else of.idx + len(of.text)
    if holder is None or not (holder.lower_ in _THIRD_HOLDERS or (holder.pos_ != "PRON" and _speaker_like(holder, lex))):
        return None
    return holder, cue_end


def _only_an_adverbial_clause_after(host: Token, phrase_r: int, hr: int) -> bool:
    """Whether all that follows a source phrase in its clause is an adverbial clause set
    off by a comma (", as the carmaker seeks to fund …", ", while …")."""
    doc = host.doc
    k = phrase_r + 1
    while k < hr and doc[k].ent_type_ in _WHEN:
        k += 1  # ("according to a poll last week")
    if k + 1 < hr and (
        doc[k].text in _DASHES or (doc[k].text == "," and doc[k + 1].dep_ in ("prep", "npadvmod") and doc[k + 1].head.i == host.i)
    ) and not any(t.tag_ in _FINITE_TAGS or t.is_quote for t in doc[k + 1 : hr + 1]):
        # ", according to a poll last week - virtually the same as Mr. Trump's 60 percent",
        # ", according to company leaders, compared with its 25 percent rate": a verbless
        # tail is the writer's comment, not more of the report
        return True
    if k >= hr or doc[k].text != ",":
        return False
    return any(
        c.dep_ == "advcl"
        and c.left_edge.i == k + 1
        and c.right_edge.i >= hr
        and any(g.dep_ == "mark" and g.lower_ in ("as", "while") for g in c.children)  # (a reason goes on: ", because …")
        for c in host.children
    )


def _set_off_content(tok: Token, phrase_l: int, phrase_r: int, lex: Lexicon) -> tuple[int, int] | None:
    """The clause a source phrase (tokens ``phrase_l`` to ``phrase_r``: "according to X",
    "in his view") is set off from: after it when it opens the clause, before it when it
    closes it, around it when it stands inside."""
    doc = tok.doc
    host = tok.head
    while host.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl", "parataxis") and host.head.i != host.i:
        host = host.head
    if (
        host.dep_ == "conj"
        and host.head.i < tok.i
        and tok.i > 0
        and doc[tok.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in host.children)
    ):
        # "..., according to three sources who spoke to Fox News but were not authorized
        # to speak": a subjectless conjunct after the phrase belongs to its relative clause
        phrase_r = max(phrase_r, host.right_edge.i)
        host = host.head
    last = host.right_edge.i
    while last > host.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1  # (the full stop and the paragraph break after it)
    if phrase_r >= last:
        while True:
            # "A, B and C, according to the poll": a closing phrase covers every conjunct,
            # though the parser hangs it on the last
            while (
                host.dep_ == "conj"
                or (host.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("while", "whereas") for g in host.children))
            ) and host.head.i < host.i and _is_verbish(host.head):
                # ("A, while B, according to research": the contrast is part of what it found)
                host = host.head
            # "Most voters said that A, according to exit polls": the polls report the saying
            if not (
                host.dep_ == "ccomp"
                and host.head.i < host.i
                and host.head.lemma_.lower() in lex.speech_verbs
                and _last_word(host.head) == _last_word(host)
            ):
                break
            host = host.head
    hl, hr = host.left_edge.i, host.right_edge.i
    # (the host's own next act stays: "According to a press release, Wang acknowledged … and urged …")
    hr_char = _cut_trailing_adjunct(host, host.right_edge.idx + len(host.right_edge.text), lex, own_acts=False)
    while hr > hl and (doc[hr].idx >= hr_char or doc[hr].is_punct or doc[hr].is_space):
        hr -= 1
    while hl < hr and (doc[hl].is_punct or doc[hl].is_space):
        hl += 1
    if phrase_l <= hl + 1:
        s_tok, e_tok = phrase_r + 1, hr
        subj = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            subj is not None
            and subj.left_edge.i > phrase_r + 2
            and doc[phrase_r + 1].text == ","
            and doc[subj.left_edge.i - 1].text == ","
            and doc[phrase_r + 2].pos_ in ("DET", "ADJ", "NOUN", "PROPN")
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[phrase_r + 2 : subj.left_edge.i])
        ):
            s_tok = subj.left_edge.i  # "According to a press release carried by CGTN, a Chinese state media outlet, Wang …"
    elif phrase_r >= hr - 1:
        s_tok, e_tok = hl, phrase_l - 1
    elif _only_an_adverbial_clause_after(host, phrase_r, hr):
        s_tok, e_tok = hl, phrase_l - 1  # "A, according to X, as the carmaker seeks …": the writer's aside
    else:
        # in the middle: the clause around it, the phrase itself trimmed out later
        s_tok, e_tok = hl, hr
    if s_tok > e_tok:
        return None
    return doc[s_tok].idx, doc[e_tok].idx + len(doc[e_tok].text)


# --------------------------------------------------------------------------- main pass


_STANCE_NOUN_PREPS = frozenset({"of", "for", "to", "about", "against", "on", "with"})
_HOLDING_PRONOUNS = frozenset({"his", "her", "their", "our", "my"})


def _stance_noun_content(noun: Token, lex: Lexicon) -> tuple[tuple[int, int], Token] | None:
    """"Trump's criticism of the deal", "her plan to cut taxes": the content of a stance
    noun and its possessor, who holds the stance; ``None`` without a person-like possessor."""
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None or not (holder.lower_ in _HOLDING_PRONOUNS or _speaker_like(holder, lex)):
        return None
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in _STANCE_NOUN_PREPS:
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objs and objs[0].pos_ != "PRON":
                return _subtree_span(objs[0]), holder
        if child.dep_ in ("acl", "relcl", "xcomp") and child.pos_ in ("VERB", "AUX"):
            first = child.left_edge
            if first.lower_ == "to" and first.i < child.i:
                s, e = _subtree_span(child)
                return (first.nbor(1).idx, e), holder
    return None


_THIRD_HOLDERS = frozenset({"his", "her", "their", "its"})
#: Rules whose cue is a phrase set off from the clause it reports ("according to X,", "In his
#: view,"), not a verb with a subject.
_PHRASE_RULES = frozenset({"according-to", "opinion-of"})


@attrs.define
class _Cue:
    tok: int
    cue: tuple[int, int]
    content: tuple[int, int] | None
    source: int | None
    rule: str


def _cue_span(verb: Token) -> tuple[int, int]:
    """The cue as written: the verb, with particles ("pointed out", "shot back") and "according to"."""
    s = verb.idx
    e = verb.idx + len(verb.text)
    for child in verb.children:
        if child.i == verb.i + 1 and (
            child.dep_ == "prt"
            # (the particle of a phrasal cue, whose verb now has the cue's lemma)
            or (child.dep_ == "advmod" and verb.lemma_ in get_lexicon().phrasal_cues.get(child.lower_, {}).values())
        ):
            e = child.idx + len(child.text)
    return s, e


def _lost_main_verb(verb: Token, lex: Lexicon) -> Token | None:
    """A cue the parser hung on the sentence's subject as a modifier, leaving no verb at
    the root ("Beruff, a Scott ally, called Florida’s standards “strong.”" read as
    "Beruff [called …]"), or on the last noun of an aside on it ("Analysts at Wedbush, led
    by Dan Ives, called …"): the subject, which is the speaker; ``None`` for other verbs."""
    head = verb.head
    if (
        verb.dep_ not in ("acl", "relcl")
        or verb.tag_ not in ("VBD", "VBN")
        or verb.doc[verb.left_edge.i - 1].text != ","
        or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in verb.children)
        or verb.left_edge.lower_ in ("who", "which", "that", "whom")
    ):
        return None
    if head.dep_ != "ROOT":
        # the aside: a participle set off by a comma after the root noun
        aside = head
        while aside.head.dep_ != "ROOT" and aside.head.i != aside.i and aside.head.i > aside.head.head.i:
            aside = aside.head
        if aside.dep_ != "acl" or aside.head.dep_ != "ROOT" or verb.doc[aside.left_edge.i - 1].text != ",":
            return None  # (a name in apposition is the subject itself: "the director …, Yuri Rogulev, shared")
        head = aside.head
    if head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN") and head.i < verb.i and _speaker_like(head, lex):
        return head
    return None


def _asked_aside(verb: Token, lex: Lexicon) -> tuple[Token, int] | None:
    """For "Kennedy, asked whether he would support it, said …" parsed with Kennedy as the
    subject of "asked": the cue after the aside (the verb's head or its clause), which
    Kennedy's words hang on, and the index of its first token; ``None`` for any other verb."""
    if verb.lemma_.lower() not in _ASKING or verb.tag_ not in ("VBN", "VBD") or verb.i < 2:
        return None
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or doc[verb.i - 1].text != "," or subj.right_edge.i not in (verb.i - 2, verb.i - 1):
        return None
    candidates = [verb.head] if verb.head.i > verb.i else []
    candidates += [c for c in verb.rights if c.dep_ in ("ccomp", "conj", "parataxis", "advcl")]
    for cue in candidates:
        begin = cue.i if cue.i == verb.head.i else cue.left_edge.i
        if (
            cue.lemma_.lower() in lex.cue_verbs
            and begin > verb.i + 1
            and doc[begin - 1].text == ","
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
        ):
            return cue, begin
    return None


def _collect_cues(doc: Doc, lex: Lexicon, noun_phrases: bool, arr: np.ndarray) -> list[_Cue]:
    out: list[_Cue] = []
    for i in cue_tokens(doc, lex, arr):
        verb = doc[i]
        lost_root = _lost_main_verb(verb, lex)
        if verb.dep_ == "acl" and lost_root is None and (
            verb.tag_ == "VBN"
            or _past_read_for_participle(verb)
        ):
            # "the program, called EB-5": a name, not a report; "Diplomats briefed on the
            # meeting said": a passive participle the tagger read as a past tense
            continue
        if verb.lemma_ == "put" and not _speech_verb(verb, lex):
            continue  # only "as X put it" reports speech
        if _discourse_marker(verb):
            continue  # "That said, Cruz cannot ...", "Having said that, ...": a connective
        if _published_in(verb, lex):
            continue  # "told Yahoo News in a story that posted this week that …": where it ran
        if verb.lemma_.lower() not in lex.cue_verbs:
            content = _light_verb_content(verb, lex)
            if content is None:
                continue  # "made a decision": a light verb reports only with a proposition
            rule = "light-verb"
        else:
            if verb.lemma_.lower() in lex.speech_verbs and verb.lemma_.lower() not in lex.np_cue_verbs:
                # (not "His group, called the Legacy Fund, will ...": a name, not a report)
                inverted, speaker = _inverted_parenthetical(verb, lex)
                if inverted is not None:
                    out.append(_Cue(i, _cue_span(verb), inverted, speaker.i, "parenthetical"))
                    continue
            content, rule = _content_of(verb, lex, noun_phrases)
            if verb.lemma_.lower() in lex.stance_verbs and not rule.startswith("stance:"):
                rule = "stance:" + rule  # a position taken, not a report: an aside at lower confidence
        src = lost_root if lost_root is not None else _source_of(verb, lex)
        if rule == "as-clause" and src is not None and src.dep_ == "pobj" and src.head.dep_ == "agent":
            named = _name_set_after(src, verb.right_edge.i, lex)
            if named is not None:
                src = named[0]  # "As noted by the head of the committee, Andrei Kartapolov, …"
        if src is not None and _asked_not_reported(verb, src):
            continue  # "Do you think the balloon was spying?": a question, not a report
        if _not_a_holder(verb, src):
            continue  # "something that worries Republicans", "found themselves targeted": no view held
        after_aside = _asked_aside(verb, lex)
        if content is not None and after_aside is not None:
            # "Kennedy, asked whether he would support new legislation, said …": the parse made
            # Kennedy the asker; the question was put to him
            s_c = max(content[0], verb.idx + len(verb.text))
            e_c = min(content[1], doc[after_aside[1] - 1].idx)
            if s_c < e_c:
                out.append(_Cue(i, _cue_span(verb), (s_c, e_c), None, "asked-question"))
            continue
        if (
            content is not None
            and verb.lemma_.lower() in _ASKING
            and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and not any(c.dep_ == "nsubj" for c in verb.children)))
            and verb.dep_ == "advcl"
            and not any(c.dep_ in ("agent", "nsubjpass", "auxpass") for c in verb.children)
        ):  # (a subjectless "Asked" the tagger read as a past tense is the participle too)
            # "Asked whether he would speak with Xi, Biden said ...": the question was put to
            # Biden by someone the text does not name; Biden did not ask it
            out.append(_Cue(i, _cue_span(verb), content, None, "asked-question"))
            continue
        if (
            src is not None
            and verb.tag_ == "VBG"
            and (
                verb.dep_ in ("advcl", "conj")
                or (verb.dep_ == "acl" and src.pos_ == "NOUN" and verb.lemma_.lower() in lex.speech_verbs)
            )
            and not _speaker_like(src, lex)
        ):
            # "The last thing Blinken said he discussed was X, saying Y": a participle of
            # saying needs someone who speaks; the reporter named before it in the sentence,
            # or else the subject of the clause it goes with ("Mr. Trump hardly clarified the
            # matter, treating it as a compliment -- ''…'' -- and asserting, ''…''")
            src = _reporter_before(verb, lex) or (_bare_participle(verb) and _reporter_before(verb, lex, any_verb=True)) or src
        if src is None and content is not None:
            stray = _stray_agent(verb, content, lex)
            if stray is not None:
                # "was described as being “…” by a senior official": the agent hangs in the content
                src, end = stray
                content = (content[0], end)
        if content is None and verb.lemma_.lower() in lex.speech_verbs:
            content, subj = _comma_parenthetical(verb, lex)
            if content is None:
                content, subj = _closing_inverted_cue(verb, lex)
            if content is not None:
                rule = "parenthetical"
                if src is None or src.i < subj.i:
                    src = subj
        out.append(_Cue(i, _cue_span(verb), content, None if src is None else src.i, rule))
    for i in stance_noun_tokens(doc, lex, arr):
        found = _stance_noun_content(doc[i], lex)
        if found is not None:
            content, holder = found
            out.append(_Cue(i, (doc[i].idx, doc[i].idx + len(doc[i].text)), content, holder.i, "stance:noun"))
    for i in as_quote_tokens(doc, lex, arr):
        found = _characterisation(doc[i], lex)
        if found is not None:
            verb, content, src = found
            out.append(_Cue(verb.i, _cue_span(verb), content, src.i, "characterise-as"))
    for i in according_tokens(doc, lex, arr):
        tok = doc[i]
        content, src = _according_content(tok)
        to = doc[i + 1]
        out.append(_Cue(i, (tok.idx, to.idx + len(to.text)), content, None if src is None else src.i, "according-to"))
    for i in copular_that_tokens(doc, lex, arr):
        found = _copular_content(doc[i], lex)
        if found is not None:
            content, holder, cue = found
            out.append(_Cue(i, (cue.idx, cue.idx + len(cue.text)), content, holder.i, "copular-that"))
    for i in belief_tokens(doc, lex, arr):
        found = _belief_content(doc[i], lex)
        if found is not None:
            content, holder = found
            out.append(_Cue(i, _cue_span(doc[i]), content, holder.i, "belief-adjective"))
    for i in opinion_tokens(doc, lex, arr):
        found = _opinion_content(doc[i], lex)
        if found is not None:
            content, holder, cue = found
            out.append(_Cue(doc[i].head.i, cue, content, holder.i, "opinion-of"))
    out.sort(key=lambda c: c.tok)
    return out


#: Prepositions of phrasal verbs of attack that take their target ("went after", "lashed at").
_TARGET_PREPS = frozenset({"after", "at", "on", "against"})


def _characterisation(prep: Token, lex: Lexicon) -> tuple[Token, tuple[int, int], Token] | None:
    """"Reid has gone after Trump as a “human leech”", "cable spots casting Johnson as an
    “honorable choice”": whoever sets an object beside a quoted description speaks the
    description, whatever the verb (verbs of the cue lexicon have rules of their own).
    Returns the verb, the content (the object and its description) and the source."""
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.i > prep.i or verb.lemma_.lower() in lex.cue_verbs:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is None:  # "has gone after Trump as …", not "worked in Ohio as …"
        obj = next(
            (g for c in verb.rights if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in _TARGET_PREPS
             for g in c.children if g.dep_ == "pobj" and g.i < prep.i),
            None,
        )
    desc = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or desc is None or not any(t.is_quote for t in desc.subtree):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in verb.doc[verb.i + 1 : prep.i]):
        return None  # ("built his campaign on cracking down …, portraying X as “…”": the nearer verb's)
    src = _source_of(verb, lex)
    if src is None or src.i > verb.i or not _speaker_like(src, lex):
        return None
    return verb, (obj.left_edge.idx, desc.right_edge.idx + len(desc.right_edge.text)), src


#: Indefinite pronouns that are no content of "find" ("couldn't find anyone to play …").
_INDEFINITES = frozenset({"anyone", "anybody", "someone", "somebody", "anything", "something", "nothing", "nobody", "everyone"})
_THINGS = frozenset({"it", "that", "this", "what", "which", "prospect", "possibility", "idea"})


def _not_a_holder(verb: Token, src: Token | None) -> bool:
    """Whether a cognition verb is used in a sense that reports no view: "worry" after
    something that cannot hold one ("something that worries Republicans": it causes the
    worry) or "find" before a reflexive or indefinite pronoun ("found themselves
    targeted", "couldn't find anyone to play Cruz")."""
    low = verb.lemma_.lower()
    if low == "worry":
        return src is None or src.lower_ in _INDEFINITES or src.lower_ in _THINGS
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return low == "find" and nxt is not None and (nxt.lower_ in _INDEFINITES or nxt.lower_.endswith(("self", "selves")))


def _discourse_marker(verb: Token) -> bool:
    """"That said," / "That being said," / "Having said that," / "Needless to say,", "and I
    quote,": a connective, not a report."""
    doc = verb.doc
    i = verb.i
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if verb.lower_ == "quote" and i > 0 and doc[i - 1].lower_ == "i" and nxt is not None and (nxt.is_punct or nxt.is_quote):
        return True  # "Trump said, and I quote, “…”": the writer vouching for the words
    if verb.lower_ != "said" and verb.lower_ != "say":
        return False
    words = [t.lower_ for t in doc[verb.sent.start : i + 1]]
    if nxt is not None and nxt.text == "," and words in (["that", "said"], ["that", "being", "said"], ["needless", "to", "say"]):
        return True
    return words == ["having", "said"] and nxt is not None and nxt.lower_ == "that"


def _asked_not_reported(verb: Token, src: Token) -> bool:
    """A cue in a question with subject-auxiliary inversion ("Do you think ...?", "Did
    Trump say that ...?"): the question reports nothing."""
    if src.i < verb.i - 6 or not any(c.dep_ == "aux" and c.i < src.i for c in verb.children):
        return False  # (checked first: finding the sentence costs more)
    sent = verb.sent
    last = sent[-1] if not sent[-1].is_space else sent[-2] if len(sent) > 1 else sent[-1]
    return last.text == "?"


class _Paragraphs:
    """Paragraph bounds by bisection over the text's line breaks, found once per document."""

    __slots__ = ("breaks", "n")

    def __init__(self, text: str) -> None:
        self.breaks = [m.start() for m in _NEWLINE.finditer(text)]
        self.n = len(text)

    def start(self, pos: int) -> int:
        """Offset of the first character of the paragraph holding ``pos``."""
        k = bisect_left(self.breaks, pos) - 1
        return self.breaks[k] + 1 if k >= 0 else 0

    def end(self, pos: int) -> int:
        """Offset of the line break ending the paragraph holding ``pos`` (or the text end)."""
        k = bisect_left(self.breaks, pos)
        return self.breaks[k] if k < len(self.breaks) else self.n


_NEWLINE = regex.compile(r"\n")


def _within_paragraph(text: str, span: tuple[int, int], anchor: int) -> tuple[int, int]:
    """Clip a content span to the paragraph of its cue (parses sometimes run across)."""
    s, e = span
    if "\n" not in text[s:e]:
        return s, e
    if s <= anchor < e:
        ps = text.rfind("\n", s, anchor) + 1 if text.rfind("\n", s, anchor) >= 0 else s
        pe = text.find("\n", anchor, e)
        return ps, (e if pe < 0 else pe)
    if anchor >= e:
        cut = text.rfind("\n", s, e)
        return cut + 1, e
    cut = text.find("\n", s, e)
    return s, cut


_MAX_RUN_SENTENCES = 4
_FIRST_PERSON = frozenset({"i", "we", "our", "us", "my", "me", "ours"})


def _first_person_run(doc: Doc, paras: _Paragraphs, s: int, e: int, anchor: int) -> tuple[int, int]:
    """Unmarked direct speech: "A. B. C, the official said." where A and B speak in the
    first person; the content runs back over those sentences of the same paragraph."""
    if anchor < e or not any(t.lower_ in _FIRST_PERSON for t in doc.char_span(s, e, alignment_mode="expand") or ()):
        return s, e
    para_start = paras.start(s)
    first = doc.char_span(s, e, alignment_mode="expand")
    if first is None:
        return s, e
    sent = first[0].sent
    steps = 0
    while sent.start > 0 and steps < _MAX_RUN_SENTENCES:
        steps += 1
        prev = doc[sent.start - 1].sent
        if prev.start_char < para_start or not any(t.lower_ in _FIRST_PERSON for t in prev):
            break
        if any(t.is_quote for t in prev):
            break
        s = prev.start_char
        sent = prev
    return s, e


# "Nor", "Neither", "Both" carry meaning; these only link the sentence to the one before
_LEADING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "or"})


# ", a claim that could not be verified", ", a figure disputed by economists", ", a move
# business groups warned could cost jobs": the writer's comment on the report, set after
# it as an apposition, is not what was said
_WRITERS_COMMENT = regex.compile(
    r"(?:,(''|[\"”’])?|\s+(?:—|–|--))\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:claim|assertion|allegation|accusation|charge|contention|"
    r"figure|estimate|projection|characterization|characterisation|prediction|statement|"
    r"indictment|rebuke|reference|allusion|swipe|jab|dig|nod|broadside|remark|"
    r"move|response|sign|signal|step|departure|reversal|shift|setback|blow|phrase|term)s?\b"
)


def _cut_writers_comment(text: str, s: int, e: int) -> int:
    """End a content before an appositive comment of the writer's on it (", a claim that
    could not be independently verified")."""
    m = _WRITERS_COMMENT.search(text, s, e)
    if m is None or m.start() - s <= 10:
        return e
    return m.end(1) if m.group(1) else m.start()  # (a closing mark after the comma stays: “…,”)


def _drop_dangling_conjunction(doc: Doc, text: str, i: int, s: int, e: int) -> int:
    """End a content before a conjunction left hanging at its end ("... stay and also"),
    where the parse gave the conjunct to the cue."""
    k = i
    while k > 0 and doc[k].idx >= s and doc[k].idx + len(doc[k].text) <= e and doc[k].lower_ in ("also", "then", "even"):
        k -= 1
    if k > 0 and doc[k].idx > s and doc[k].pos_ == "CCONJ" and doc[k].idx + len(doc[k].text) <= e:
        return _trim(text, s, doc[k].idx)[1]
    return e


# "In addition, ...", "As a result, ...": connectives of several words
_LEADING_PHRASE = regex.compile(
    r"(?:in addition|as a result|in fact|of course|at the same time|on the other hand|in other words|"
    r"in turn|after all|above all|in short|by contrast|in contrast|for (?:its|his|her|their) part),\s+",
    regex.IGNORECASE,
)


def _skip_connective(doc: Doc, text: str, i: int, s: int, e: int, lex: Lexicon) -> int:
    """Move a content's start past a leading connective ("But", "However,", "In
    addition,") or a dateline ("WASHINGTON ― "), which tie the report to the text or
    the place and are not part of what was said."""
    m = _LEADING_PHRASE.match(text, s, e)
    if m is None and (s == 0 or text[s - 1] == "\n"):
        m = _DATELINE.match(text, s, e)
    if m is not None and m.end() < e:
        return m.end()
    if not 0 <= i < len(doc) - 1 or doc[i].idx != s:
        return s
    tok, nxt = doc[i], doc[i + 1]
    if (
        (tok.pos_ == "CCONJ" and tok.lower_ in _LEADING_CONJUNCTIONS)
        or (tok.lower_ in lex.connectives and nxt.text == ",")
        # "So it makes sense, strategists said, ...": "so" before the subject links back
        or (tok.lower_ == "so" and tok.dep_ == "advmod" and nxt.left_edge.i == nxt.i and _subject_of(nxt, tok.head))
    ):
        k = i + 1
        while k < len(doc) and (doc[k].text == "," or doc[k].is_space):
            k += 1
        if k < len(doc) and doc[k].idx < e:
            return doc[k].idx
    return s


def _subject_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` starts the subject of ``verb``."""
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.dep_ in ("nsubj", "nsubjpass", "expl")


def _starts_independent_clause(tok: Token) -> bool:
    """Whether ``tok`` opens an independent clause: the left edge of a subject whose head
    is a finite verb ("; they only learned ..."), not an item of a list ("; Sen. Marco Rubio
    at 12 percent")."""
    node = tok
    while node.dep_ not in ("nsubj", "nsubjpass", "expl") and node.head.i != node.i and node.head.i > node.i:
        node = node.head
        if node.left_edge.i != tok.i:
            return False
    verb = node.head
    return node.dep_ in ("nsubj", "nsubjpass", "expl") and node.left_edge.i == tok.i and (
        verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)
    )


def _subject_after_date(pp: Token, clause: Token) -> int | None:
    """Where ``clause`` really starts when ``pp`` is a date phrase ("on Friday") the parser
    hung on it though the clause's subject follows: right after the cue, the date belongs
    to the saying. ``None`` otherwise (not "said on Friday was a holiday")."""
    doc = pp.doc
    rest = [t for t in pp.subtree if t.i != pp.i]
    if pp.dep_ != "prep" or pp.head.i != clause.i or not rest or pp.right_edge.i - pp.i != len(rest):
        return None
    if any(t.ent_type_ not in _WHEN for t in rest):
        return None
    k = pp.right_edge.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return k if subj is not None and subj.left_edge.i == k else None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "--", "(", ".", "?", "!"})
_RUN_ON_STOPS = frozenset({"and", "or", "but", "as", "say", "according", "which", "who", "while", "where", "when"})


def _fragment_runs_on(doc: Doc, text: str, q: MarkedQuote, tok_at) -> int | None:
    """The end of the clause a quoted fragment runs on into ("“how unacceptable” it was that
    …"), when the quotation starts in lower case and a lower-case word follows its closing
    mark in the same sentence; ``None`` otherwise."""
    inner = text[q.start:q.end].strip()
    after = text[q.close_end:q.close_end + 2]
    if not inner or not inner[0].islower() or not inner[-1].isalnum():
        return None  # (“…,” said X: a quotation that ends on punctuation ends its clause)
    if len(after) < 2 or after[0] != " " or not after[1].islower():
        return None
    i = tok_at(q.close_end + 1)
    if doc[i].lemma_.lower() in _RUN_ON_STOPS:
        return None  # "“a disgrace” and “a con”", "“fear” as he put it": the clause ends there
    sent = doc[i].sent
    k = i
    while k + 1 < sent.end and not (doc[k + 1].text in _CLAUSE_BREAKS or doc[k + 1].is_quote or "\n" in doc[k + 1].text):
        k += 1  # up to the first comma, dash or quotation mark: the end of the clause
    end = doc[k]
    while end.i > i and (end.is_punct or end.is_space):
        end = doc[end.i - 1]
    return end.idx + len(end.text) if end.i > i else None


def _fragment_phrase_end(doc: Doc, q: MarkedQuote, tok_at, end: int, lex: Lexicon) -> int:
    """The end of the noun phrase a quoted fragment sits in, when the phrase goes on past
    the closing mark: a quoted modifier before its noun (“his "D-minus" rating from the
    NRA”) or a quoted noun with its own modifiers after it (“a “special meeting” to vote on
    a replacement”). ``end`` otherwise."""
    if q.end <= q.start:
        return end
    i0, i1 = tok_at(q.start), tok_at(q.end - 1)
    if not 0 <= i0 <= i1 < len(doc):
        return end
    roots = [t for t in doc[i0 : i1 + 1] if not i0 <= t.head.i <= i1 and not t.is_punct]
    if len(roots) != 1:
        return end
    node = roots[0]
    if node.dep_ in ("amod", "compound", "nmod", "nummod") and node.head.i > i1 and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # the noun the quoted words modify
    elif node.pos_ not in ("NOUN", "PROPN"):
        return end
    last = node.right_edge
    j = max(i1, tok_at(q.close_end - 1)) if q.close_end > q.end else i1  # the closing mark
    for t in doc[j + 1 : last.i + 1]:
        if t.is_quote or t.text in (";", ":", "—", "–", "--", "(") or "\n" in t.text or t.is_sent_start:
            return end  # (another quotation, or the clause breaks off)
        if t.text == "," or (t.dep_ == "prep" and (t.lower_ == "during" or _occasion(t, lex))):
            last = doc[t.i - 1]  # (not "… “crazy system” during a campaign stop in Flint")
            break
    while last.i > j and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    return max(end, last.idx + len(last.text)) if last.i > j else end


def _only_filler(text: str, s: int, e: int) -> bool:
    """True when text[s:e] holds nothing but punctuation, spaces or a complementizer."""
    chunk = text[s:e].strip(" \t\r\n,.;:—–-“”\"‘’'«»„")
    return chunk == "" or chunk.lower() == "that"


def attribute(
    doc: Doc,
    marked: Sequence[MarkedQuote],
    lex: Lexicon,
    text: str | None = None,
    *,
    noun_phrases: bool = True,
    arr: np.ndarray | None = None,
) -> list[Attribution]:
    """Find every attributed quote of ``doc``; see the module docstring for the rules.

    ``text`` is ``doc.text``, passed in because spaCy rebuilds that string on every access.
    ``noun_phrases`` also reports noun-phrase contents ("denied the allegations",
    "talked about the economy"), with a lower confidence.  ``arr`` is
    :func:`quoteattr.cues.token_array` of ``doc``, when the caller has it already.
    """
    if text is None:
        text = doc.text
    if arr is None:
        arr = token_array(doc)
    starts = arr[:, IDX_COL].tolist()
    paras = _Paragraphs(text)
    cues = _collect_cues(doc, lex, noun_phrases, arr)
    turns = find_turns(text, lex.transcript_non_speakers)
    answers = [] if turns else find_answers(text)
    interviewee = _interviewee(doc, answers[0].label_start) if answers else None
    if interviewee is None:
        answers = []
    all_cue_starts = [c.cue[0] for c in cues]  # (cues are in document order)
    outer = _close_at_inline_cue(doc, text, _outer_quotes(marked, [*turns, *answers]), cues, all_cue_starts, lex, marked)

    def tok_at(char: int) -> int:
        """Index of the token containing or following character ``char``."""
        return max(0, min(len(doc) - 1, bisect_right(starts, char) - 1))

    # 1. cue verbs: drop those inside quotation marks (speech reported within a quote)
    quote_ranges = [(q.open_start, q.close_end) for q in outer]
    qstarts = [r[0] for r in quote_ranges]

    qends = [r[1] for r in quote_ranges]  # outer quotations never overlap: ends ascend too

    def inside_any_quote(char: int) -> bool:
        return _inside(qstarts, qends, char)

    turn_starts = [t.start for t in turns]
    turn_ends = [t.end for t in turns]

    def inside_turn(char: int) -> bool:
        return _inside(turn_starts, turn_ends, char)

    live = [c for c in cues if not inside_any_quote(c.cue[0]) and not inside_turn(c.cue[0])]
    for c in live:
        verb = doc[c.tok]
        if c.source is None and c.rule not in _PHRASE_RULES and (
            verb.tag_ in ("VBD", "VBZ", "VBP")
            or verb.pos_ == "NOUN"
            # a main verb tagged as a participle with no auxiliary is a past tense
            or (verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children))
        ):
            # a finite cue with no subject is a parse failure ("the Washington Post Trump
            # said that ..."): the noun right before it is the best guess
            if not any(ch.dep_ in ("nsubjpass", "auxpass") for ch in verb.children):
                # ("“…,” added the Pentagon": after a quotation the subject follows the cue)
                inverted = c.tok > 0 and (doc[c.tok - 1].is_quote or doc[c.tok - 1].text == ",")
                c.source = _noun_beside(doc, c.tok, inside_any_quote, after=inverted)
                if c.source is None:
                    # "Less than a third agreed that ...": a quantity read as an adverbial
                    c.source = next(
                        (
                            ch.i for ch in verb.lefts
                            if ch.dep_ == "npadvmod" and ch.pos_ in ("NOUN", "NUM", "PROPN") and ch.ent_type_ not in _WHEN
                        ),
                        None,
                    )
        if c.source is not None and inside_any_quote(doc[c.source].idx):
            # the parser took a word of the quotation for the subject ("“… We will …,”
            # Chief Chuck Jordan said"): the source is the noun phrase beside the cue
            c.source = _noun_beside(doc, c.tok, inside_any_quote)

    results: list[Attribution] = []
    used_quotes: set[int] = set()

    # 2a. transcript turns, whose label is the source, and interview answers ("A: …"), the
    # words of the person the interview is with; quotations inside are fragments of them
    framed = [(t, tok_at(t.label_end - 1), (t.label_start, t.label_end), "transcript-turn", 0.75) for t in turns]
    if interviewee is not None:
        whom = (interviewee.root.i, (interviewee.start_char, interviewee.end_char))
        framed += [(t, *whom, "interview-answer", 0.7) for t in answers]
    for t, source, mention, rule, confidence in framed:
        holds = [qi for qi, q in enumerate(outer) if t.start <= q.open_start and q.close_end <= t.end]
        used_quotes.update(holds)
        kind = QuoteKind.MIXED if holds else QuoteKind.INDIRECT
        results.append(Attribution(t.start, t.end, kind, None, source, rule, confidence, mention=mention))

    # 2. indirect and mixed: each cue with content outside the quotes
    for c in live:
        if c.content is None or (c.source is None and c.rule not in _PHRASE_RULES and c.rule != "asked-question"):
            continue  # "it was reported that", "think Brexit": no source to attribute to
        if paras.start(c.content[0]) > c.cue[1] or paras.end(c.content[1] - 1) < c.cue[0]:
            continue  # the parse ran into another paragraph: not this cue's content
        s, e = _within_paragraph(text, c.content, c.cue[0])
        if s >= e:
            continue  # a content the rules cut down to nothing
        s, e = _first_person_run(doc, paras, s, e, c.cue[0])
        if c.source is not None and e <= c.cue[0] and s < doc[c.source].idx < e:
            # "“…,” Brent Bozell III, founder of …, tells": the parse ran the content over
            # its own speaker, who cannot be part of what they said
            s_src = mention_span(doc[c.source])[0]
            if s_src > s:
                e = s_src
        if c.source is not None and s >= c.cue[1] and s <= doc[c.source].idx < e:
            continue  # "“…,” said [Robin Maynard, half joking]": the speaker is not the content
        s, e = _trim(text, s, e)
        if 0 < e < len(text) and text[e - 1].isalnum():
            # a content never ends inside a word ("those who do|n’t")
            while e < len(text) and (
                text[e].isalnum() or (text[e] in "'’" and e + 1 < len(text) and text[e + 1].isalnum())
            ):
                e += 1
        s = _skip_connective(doc, text, tok_at(s), s, e, lex)
        e = _drop_dangling_conjunction(doc, text, tok_at(e - 1), s, e)
        e = _cut_writers_comment(text, s, e)
        semi = text.find("; ", max(s, c.cue[1]), e)
        if semi > s and not inside_any_quote(semi) and _starts_independent_clause(doc[tok_at(semi + 2)]):
            # "said the timing was not intentional; they only learned on Friday ...": the
            # next independent clause is the writer's
            e = _trim(text, s, semi)[1]
        if e - s < 2:
            continue
        # widen the content over quotation spans it cuts into
        holds: list[int] = []
        qi = bisect_right(qends, s)
        while qi < len(outer) and outer[qi].open_start < e:
            q = outer[qi]
            holds.append(qi)
            if s - 2 <= q.open_start < s:
                s = q.open_start
            e = max(e, q.close_end)
            qi += 1
        marks = [qi for qi in holds if outer[qi].end <= s < outer[qi].close_end]
        if marks:
            # "“No comment,” was all the spokesman would say": a content that starts on a
            # closing mark is the rest of the sentence after the quotation
            s, e = _trim(text, outer[marks[0]].close_end, e)
            if len(text[s:e].split()) < 3:
                continue
        holds = [qi for qi in holds if _overlap((outer[qi].start, outer[qi].end), (s, e)) > 0]
        if holds and e <= c.cue[0]:
            # "... drug addiction. “We live in Satan's kingdom,” my father often said": the
            # parse ran the content back over the sentence before the quotation that opens
            # a sentence of its own
            first = outer[holds[0]]
            if s < first.open_start and text[s:first.open_start].rstrip().endswith((".", "!", "?", ".”", '."', "?”", "!”")):
                s = first.open_start
        if (
            holds
            and (c.rule in _NP_RULES or _only_filler(text, s, outer[holds[0]].open_start))
            and _nearer_speech_cue(doc, cues, all_cue_starts, c, outer[holds[0]].open_start, lex)
        ):
            # "Simms remembered the day a defendant told him, “…”", "recalled a case in which a
            # defendant told him, “…”": the quotation is the nearer speaker's
            continue
        if holds:
            q0 = outer[holds[0]]
            runs_on = _fragment_runs_on(doc, text, q0, tok_at)
            if runs_on is not None and len(holds) == 1 and _only_filler(text, s, q0.open_start):
                # "by expressing “how unacceptable and irresponsible” it was that China ...":
                # a quoted fragment the sentence goes on after is part of one claim
                e = max(e, runs_on)
            elif len(holds) == 1 and _only_filler(text, s, q0.open_start) and (
                _only_filler(text, q0.close_end, e) or _adverbial_after(doc, text, q0, e, tok_at)
            ):
                # the whole content is one quotation: a direct quote
                if holds[0] in used_quotes or _names_a_work(doc, text, paras, q0, tok_at, lex):
                    continue
                used_quotes.add(holds[0])
                results.append(
                    Attribution(q0.start, q0.end, QuoteKind.DIRECT, c.cue, c.source, "direct:" + c.rule, 0.9, cue_token=c.tok)
                )
                continue
            s = min(s, q0.open_start) if q0.open_start < s else s
            kind = QuoteKind.MIXED
            used_quotes.update(holds)
        else:
            kind = QuoteKind.INDIRECT
        s, e = _trim(text, s, e)
        if e <= s:
            continue
        conf = 0.45 if c.rule.startswith("stance:") else 0.55 if c.rule in _NP_RULES else 0.7 if c.rule == "characterise-as" else 0.8
        results.append(Attribution(s, e, kind, c.cue, c.source, c.rule, conf, cue_token=c.tok))

    # 2b. "The governor added:" closing its paragraph before a paragraph of unmarked speech
    for c in live:
        if c.content is not None or c.source is None:
            continue
        a = _colon_block(doc, text, paras, c, qstarts)
        if a is not None:
            results.append(a)

    # 3. direct quotes not yet attributed: a cue beside them, a frame, or a continued turn
    live_starts = [c.cue[0] for c in live]
    prev: Attribution | None = None
    direct_by_quote: dict[int, Attribution] = {}
    for a in results:
        if a.kind is QuoteKind.DIRECT:
            for qi, q in enumerate(outer):
                if q.start == a.start and q.end == a.end:
                    direct_by_quote[qi] = a
    # the latest attribution before each quotation is the speaker a new quote paragraph continues
    anchored = sorted(
        (
            (max(a.end, a.cue[1] if a.cue else a.end), i)
            for i, a in enumerate(results)
            if a.source is not None and not is_aside(a.rule)  # "as he called for X": an aside
        ),
    )
    ptr = 0
    reach = 0  # the end of the latest attribution before the quotation, kept as prev or not
    claims: list[Attribution] = []
    for qi, q in enumerate(outer):
        while ptr < len(anchored) and anchored[ptr][0] <= q.open_start:
            nxt = results[anchored[ptr][1]]
            ptr += 1
            reach = max(reach, nxt.end)
            if not (
                prev is not None
                and prev.kind is QuoteKind.DIRECT
                and nxt.kind is not QuoteKind.DIRECT
                and prev.cue_token is not None
                and nxt.cue_token is not None
                and doc[prev.cue_token].sent.start == doc[nxt.cue_token].sent.start
            ):
                # (a report inside the attribution of a direct quote, "“…,” Trump said,
                # two hours after news outlets declared him the victor", does not take
                # over the turn that the next quotation continues)
                prev = nxt
        if qi in direct_by_quote:
            prev = direct_by_quote[qi]
            continue
        if qi in used_quotes:
            continue
        if _names_a_work(doc, text, paras, q, tok_at, lex):
            continue
        a = _direct_beside(doc, text, paras, q, live, live_starts, tok_at, lex, outer[qi + 1 : qi + 4])
        if a is None:
            a = _introduced(doc, text, q, live, live_starts, lex)
        if a is None:
            a = _message_from(doc, text, paras, q, tok_at, lex)
        if a is None:
            a = _direct_continued(doc, text, q, tok_at, prev, reach)
        if a is None:
            continue
        used_quotes.add(qi)
        if a.kind is QuoteKind.MIXED and a.cue_token is not None:
            claims.append(a)
        results.append(a)
        prev = a
    if claims:
        # a cue's noun-phrase content that stopped at the quotation its claim now covers
        # (indices into ``results`` are no longer needed here)
        results = [
            r for r in results
            if not any(r is not m and r.cue_token == m.cue_token and m.start <= r.start and r.end <= m.end for m in claims)
        ]
    results.sort(key=lambda a: (a.start, -a.end))
    return results


_MAX_INTRO_TOKENS = 16


def _introduced(
    doc: Doc, text: str, q: MarkedQuote, live: list[_Cue], live_starts: list[int], lex: Lexicon
) -> Attribution | None:
    """"Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are …”": a
    short sentence whose cue takes no content of its own, right before the quotation in the
    same paragraph, or alone in the paragraph before it ("Jones responded on Twitter."),
    says who speaks next."""
    k = bisect_right(live_starts, q.open_start) - 1
    if k < 0:
        return None
    c = live[k]
    if c.content is not None or c.source is None:
        return None
    verb = doc[c.tok]
    sent = verb.sent
    last = sent.end - 1
    while last > sent.start and doc[last].is_space:
        last -= 1  # (the paragraph break the sentence ends with)
    gap = text[doc[last].idx + len(doc[last].text) : q.open_start]
    para_start = text.rfind("\n", 0, sent.start_char) + 1
    alone = gap.count("\n") >= 1 and "\n\n\n" not in gap.replace("\r", "") and not text[para_start : sent.start_char].strip()
    if (
        verb.dep_ != "ROOT"
        or len(sent) > _MAX_INTRO_TOKENS
        or gap.strip()
        or ("\n" in gap and not alone)
        or doc[last].text not in (".", "!")
        or not sent.start <= c.source < sent.end
        or any(
            ch.dep_ in ("dobj", "ccomp", "xcomp") or (ch.dep_ == "prep" and not _occasion(ch, lex))
            for ch in verb.children
        )  # ("responded on Twitter": an occasion is no content)
    ):
        return None
    return Attribution(q.start, q.end, QuoteKind.DIRECT, c.cue, c.source, "direct:introduced", 0.8, cue_token=c.tok)


def _message_from(doc: Doc, text: str, paras: _Paragraphs, q: MarkedQuote, tok_at, lex: Lexicon) -> Attribution | None:
    """"“We're not going anywhere.” ¶ That was the message Tuesday from Maria Lopez, …": a
    quotation alone in its paragraph, named by the next sentence as someone's words
    ("That was the message from X", "Those were the words of X")."""
    p_start, p_end = paras.start(q.open_start), paras.end(q.close_end)
    if text[p_start : q.open_start].strip() or text[q.close_end : p_end].strip(" .\t\r"):
        return None
    k = tok_at(p_end) if p_end < len(text) else len(doc)
    while k < len(doc) and (doc[k].is_space or doc[k].idx < p_end):
        k += 1
    if k + 3 >= len(doc) or doc[k].lower_ not in ("that", "those", "this", "such") or doc[k + 1].lemma_ != "be":
        return None
    sent = doc[k].sent
    noun = next((t for t in doc[k + 2 : min(sent.end, k + 8)] if t.lemma_.lower() in lex.speech_nouns or t.lower_ == "words"), None)
    if noun is None:
        return None
    prep = next((t for t in doc[noun.i + 1 : min(sent.end, noun.i + 6)] if t.lower_ in ("from", "of") and t.dep_ == "prep"), None)
    src = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if src is None or not (src.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or _speaker_like(src, lex)):
        return None
    return Attribution(
        q.start, q.end, QuoteKind.DIRECT, (noun.idx, noun.idx + len(noun.text)), src.i, "direct:message-from", 0.75, cue_token=noun.i
    )


_ADDRESSEE_DEPS = frozenset({"dative", "dobj", "npadvmod", "advmod"})
_CUE_WINDOW = 1500
_DASHES = ("—", "–", "―", "--", "-")
_SENT_END = frozenset({".", "?", "!", "…"})


def _spaced_dash(tok: Token) -> bool:
    """A dash set off by spaces (an aside's mark), not a hyphen inside a word."""
    return tok.text in _DASHES and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _closes_dash_aside(doc: Doc, cue: int) -> bool:
    """Whether a spaced dash opens an aside before the cue in its sentence ("A - “…,” one ad
    declared - B"): a dash after the cue then closes it."""
    first = doc[cue].sent.start
    return any(_spaced_dash(t) for t in doc[first:cue])


def _breaks(tok: Token) -> bool:
    """A token that ends a sentence or opens another quotation."""
    return tok.text in _SENT_END or tok.is_quote or "\n" in tok.text


_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from is as vs".split())


def _looks_like_title(text: str, q: MarkedQuote) -> bool:
    """A short quotation in title case ("Meet the Press", “Good Morning America”): after a
    broadcaster's possessive or "on"/"with" it names a programme, not a fragment of a claim."""
    words = [w.strip(".,;:!?()'’\"") for w in text[q.start:q.end].split()]
    words = [w for w in words if w]
    if not 1 <= len(words) <= 7:
        return False
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS or not w[:1].isalpha() for w in words
    ) and sum(w[:1].isupper() for w in words) >= max(1, len(words) - 2)


_WORK_BEFORE = regex.compile(r"(\w+)[\s,:]*$")
_WORD_AFTER = regex.compile(r"[ \t]+[\p{L}]")
# "said on CBS's “Face the Nation”", "told NBC News' “Meet the Press”": a broadcaster's programme
_ON_BROADCASTER = regex.compile(r"\b(?:on|to)\s+(?:[\p{Lu}][\w.&-]*\s+){0,2}[\p{Lu}][\w.&-]*(?:'s|’s|'|’)\s*$")
# "said on “Meet the Press”", "appeared on “Fox News Sunday”"
_TITLE_PREPS = frozenset({"on"})


_BYLINE_AFTER = regex.compile(r",?[ \t]+by[ \t]+\p{Lu}")


def _names_a_work(doc: Doc, text: str, paras: _Paragraphs, q: MarkedQuote, tok_at, lex: Lexicon) -> bool:
    """A quotation in title case that names a work, not words someone said: right after
    a noun for one ("In his 2002 book, ''Make Your Kid a Millionaire,''", "a paper
    titled “How to Foster ...”"), or alone in its paragraph (a section heading); in any
    case, one with a byline after it ("“Posthumous books could come with …,” by Boston
    Globe's Joseph P. Kahn")."""
    if _BYLINE_AFTER.match(text, q.close_end) is not None:
        return True
    if not _looks_like_title(text, q):
        return False
    para_start = paras.start(q.open_start)
    if not text[para_start:q.open_start].strip() and not text[q.close_end:paras.end(q.close_end)].strip(" \t.\r"):
        return True
    m = _WORK_BEFORE.search(text, max(para_start, q.open_start - 40), q.open_start)
    if m is not None and (m.group(1).lower() in lex.work_nouns or m.group(1).lower() in _TITLE_PREPS):
        return True
    if _ON_BROADCASTER.search(text, max(para_start, q.open_start - 60), q.open_start) is not None:
        return True
    # "“Broad City” star Arturo Castro": a name of two words or more modifying the noun after it
    inner = text[q.start:q.end].rstrip()
    if not inner or inner[-1] in _QUOTE_END_PUNCT or len(inner.split()) < 2 or _WORD_AFTER.match(text, q.close_end) is None:
        return False
    after = doc[tok_at(q.close_end + 1)]
    return after.idx > q.close_end and after.pos_ in ("NOUN", "PROPN")


#: Titles and ranks written abbreviated ("Brig. Gen. Pat Ryder"), whose period the
#: tokenizer may split off as a sentence end.
_ABBREVIATED_TITLES = frozenset("brig maj gen col lt capt cmdr adm sgt cpl pvt rep sen gov dr mr mrs ms prof rev".split())


def _after_abbreviation(tok: Token) -> bool:
    """A period that closes an abbreviated title before a name, not a sentence."""
    doc = tok.doc
    return (
        tok.text == "."
        and tok.i > 0
        and doc[tok.i - 1].lower_ in _ABBREVIATED_TITLES
        and doc[tok.i - 1].is_title
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].is_title
    )


def _interrupted(tokens) -> bool:
    """Whether a stretch between a quotation and its cue holds a sentence end or another
    quotation; a short quoted name inside an apposition ("wearing “Ted Cruz” pins") does not
    count."""
    marks = [t.i for t in tokens if t.is_quote]
    if any((t.text in _SENT_END and not _after_abbreviation(t)) or "\n" in t.text for t in tokens):
        return True
    if not marks:
        return False
    if len(marks) % 2 or marks[0] == tokens[0].i:
        return True
    return any(b - a > _MAX_SCARE_TOKENS + 1 for a, b in zip(marks[::2], marks[1::2]))


def _colon_block(doc: Doc, text: str, paras: _Paragraphs, c: _Cue, quote_starts: list[int]) -> Attribution | None:
    """"The governor added:" ending its paragraph, then a paragraph with no quotation
    marks: that paragraph is what was said (unmarked speech, kind indirect)."""
    end = paras.end(c.cue[1])
    tail = text[c.cue[1]:end].rstrip()
    if not tail.endswith(":") or len(tail) > 40 or any(ch in tail[:-1] for ch in ".;!?“”\""):
        return None
    nxt = end
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    if nxt >= len(text) or nxt - end > 4 or text[nxt] in quote_mark_chars:
        return None
    block_end = paras.end(nxt)
    k = bisect_left(quote_starts, nxt)
    if k < len(quote_starts) and quote_starts[k] < block_end:
        return None  # it holds quotations of its own: attributed by them
    s, e = _trim(text, nxt, block_end)
    if e - s < 20 or e - s > 2000:
        return None
    return Attribution(s, e, QuoteKind.INDIRECT, c.cue, c.source, "colon-block", 0.7, cue_token=c.tok)


#: The mark closing an aside set in the middle of a clause → the mark that opened it.
_ASIDE_CLOSERS = {"-": "-", "—": "—", "–": "–", "--": "--", ")": "("}


def _noun_beside(doc: Doc, cue: int, quoted, *, after: bool = True) -> int | None:
    """The head of the noun phrase right before the cue ("Chief Chuck Jordan said") or right
    after it ("said Chief Chuck Jordan"), outside quotation marks; ``None`` if there is none."""
    i = cue - 1
    if i >= 0 and doc[i].pos_ in ("PROPN", "NOUN", "PRON") and not quoted(doc[i].idx):
        return i
    if i > 0 and doc[i].text in _ASIDE_CLOSERS:
        # "Mr. Bush - in a line aimed at Mr. Trump - declared ...": the name before the aside
        m = i - 1
        while m > 0 and i - m <= 40 and doc[m].text != _ASIDE_CLOSERS[doc[i].text] and not doc[m].is_sent_start:
            m -= 1
        if m > 0 and doc[m].text == _ASIDE_CLOSERS[doc[i].text] and doc[m - 1].pos_ in ("PROPN", "NOUN") and not quoted(doc[m - 1].idx):
            return m - 1
    if i > 0 and doc[i].text == ",":
        # "Brent Bozell III, founder of the Media Research Center, tells ...": the name
        # before an apposition set off by commas
        m = i - 1
        while (
            m > 0
            and i - m <= 16
            and doc[m].text != ","
            and doc[m].tag_ not in ("VBD", "VBZ", "VBP", "MD")
            and "\n" not in doc[m].text
        ):
            m -= 1  # (a participle or a quoted name may stand in the apposition)
        if doc[m].text == "," and m > 0 and doc[m - 1].pos_ == "PROPN" and not quoted(doc[m - 1].idx):
            return m - 1
    if not after:
        return None
    j = cue + 1
    while j < len(doc) and doc[j].pos_ in ("PROPN", "NOUN", "DET", "ADJ") and not quoted(doc[j].idx):
        if j + 1 >= len(doc) or doc[j + 1].pos_ not in ("PROPN", "NOUN"):
            return j if doc[j].pos_ in ("PROPN", "NOUN") else None
        j += 1
    return None


_WITHHOLDING = frozenset({"decline", "refuse", "fail", "wo", "hesitate"})


def _withheld(verb: Token) -> bool:
    """"declined to comment", "did not say", "refused to say": speech withheld, which
    introduces no quotation."""
    doc = verb.doc
    for c in verb.children:
        lo, hi = sorted((c.i, verb.i))
        if c.dep_ == "neg" and hi - lo <= 3 and not any(t.is_quote or t.is_punct for t in doc[lo:hi]):
            return True  # (not the "not" of “Absolutely not,” he said, hung on the cue)
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WITHHOLDING


def _opens_clause(tok: Token) -> bool:
    """True when a quotation right after ``tok`` starts a new stretch of speech."""
    return _breaks(tok) or tok.text in (":", "—", "–", "-", "--", ",", ";", "(") or tok.is_space


def _words_in(text: str, q: MarkedQuote) -> int:
    return sum(1 for w in text[q.start:q.end].split() if any(ch.isalnum() for ch in w))


def _adverbial_after(doc: Doc, text: str, q: MarkedQuote, e: int, tok_at) -> bool:
    """Whether a content that opens with a whole quotation (“…,”) goes on only with an
    adverbial clause of the writer's ("said, “and we will do so,” after China said …")."""
    if not text[q.start:q.end].rstrip().endswith((",", ".", "!", "?")):
        return False
    k = tok_at(q.close_end)
    while k < len(doc) and (doc[k].idx < q.close_end or doc[k].is_punct or doc[k].is_space):
        k += 1
    return k < len(doc) and doc[k].idx < e and doc[k].dep_ == "mark" and doc[k].lower_ in _ADVERBIAL_MARKS


def _direct_beside(
    doc: Doc,
    text: str,
    paras: _Paragraphs,
    q: MarkedQuote,
    cues: list[_Cue],
    cue_starts: list[int],
    tok_at,
    lex: Lexicon,
    following: Sequence[MarkedQuote] = (),
) -> Attribution | None:
    """A cue in the stretch right after or right before the quotation, in its sentence."""
    n_words = _words_in(text, q)
    after_i = tok_at(q.close_end) if q.close_end < len(text) else len(doc)
    while after_i < len(doc) and doc[after_i].idx < q.close_end:
        after_i += 1
    before_i = tok_at(q.open_start)
    while before_i >= 0 and doc[before_i].idx + len(doc[before_i].text) > q.open_start:
        before_i -= 1
    para_end = paras.end(q.close_end)
    para_start = paras.start(q.open_start)

    ends_open = q.end > q.start and text[q.end - 1] in _QUOTE_END_PUNCT
    # a quotation preceded by words of its own sentence is part of a clause (a title, a
    # scare quote or a mixed quote), not a free-standing direct quote
    embedded = before_i >= 0 and not _opens_clause(doc[before_i])
    best: tuple[int, _Cue] | None = None
    reports_own: int | None = None  # where a cue after the quotation reports words of its own
    # cues of the paragraph, and never further than a long sentence away
    lo = bisect_left(cue_starts, max(para_start, q.open_start - _CUE_WINDOW))
    hi = bisect_left(cue_starts, min(para_end, q.close_end + _CUE_WINDOW))
    for c in cues[lo:hi]:
        if c.source is None or c.rule == "copular-that":
            continue  # ("Her argument is that …" reports its own clause, never a quotation beside it)
        cs = c.cue[0]
        if q.close_end <= cs < para_end:
            if _withheld(doc[c.tok]):
                continue  # "“…” Officials declined to comment.": no one said it
            if reports_own is not None and cs >= reports_own:
                continue  # "“…” Smith added that the Fed wants ...": nor "wants" in what he added
            if (
                c.content is not None
                and c.rule == "clausal-complement"  # (not "said about McCain's effort")
                and c.content[0] >= c.cue[1]
                and text[q.start:q.close_end].rstrip("”’\"' ")[-1:] in ".!?"
            ):
                reports_own = cs
                continue  # "“…” Smith added that ...": a new sentence reporting its own words
            # after: “…,” X said / “…,” said X — only within that sentence
            between = doc[after_i:c.tok]
            if len(between) > (40 if ends_open else 12) or _interrupted(between):
                continue
            if any(t.dep_ == "mark" and t.lower_ in _ADVERBIAL_MARKS for t in between):
                continue  # "“…,” after Fallon expressed his support": a cue in an adverbial clause
            if embedded:
                claim = _claim_before_cue(doc, q, c, between)
                if claim is not None:
                    return claim
                continue
            score = len(between)
        elif para_start <= cs < q.open_start:
            # before: X said: “…” / X said, “…” / X told NBC “…”
            if doc[c.tok].lemma_.lower() in ("comment", "respond") and _withheld(doc[c.tok]):
                continue  # "declined to comment on “speculation”": nothing said
            if (
                c.tok == before_i
                and doc[c.tok].lemma_.lower() in lex.addressee_verbs
                and _words_in(text, q) >= 2
                and text[q.start:q.end].rstrip()[-1:] not in ".!?,"
                and _looks_like_title(text, q)
            ):
                continue  # 'told "Fox and Friends" after ...': whom it was told, a programme
            between = doc[c.tok + 1:before_i + 1]
            if len(between) > 15 or any(_breaks(t) for t in between):
                continue
            if any(_spaced_dash(t) for t in between) and _closes_dash_aside(doc, c.tok):
                continue  # "- “…,” one ad declared - or denouncing him as a “psycho”": outside the aside
            if embedded and c.content is not None and c.content[1] <= q.open_start and _own_claim_noun(between, c.content[1], lex):
                continue  # "insisted that C, despite claims from unions that … “…”": another's claim
            words = [t for t in between if not t.is_punct and t.lower_ != "that"]
            if embedded and _looks_like_title(text, q) and (
                doc[before_i].lower_ in ("'s", "’s", "on", "with") or doc[before_i].ent_type_ == "ORG"
            ):
                continue  # "told ABC’s “Good Morning America” that ...": a programme, not a claim
            if embedded and c.rule not in _PHRASE_RULES and c.tok < c.source < before_i + 1:
                continue  # "“…,” said Ramos, whose book features “rebellious” ...": the speaker, not a claim
            if embedded and not all(t.head.i == c.tok and t.dep_ in _ADDRESSEE_DEPS for t in words):
                # "called the response “absurd”", "criticized the act as a “crazy system”":
                # the words after the cue and the quoted fragment are one reported claim,
                # running on to the end of the cue's phrase ("“disgusting” and “a con”")
                start_tok = words[0]
                if c.rule in _PHRASE_RULES:
                    # "according to X, the move reeks of “fear”": the claim starts after X
                    commas = [t for t in between if t.text == ","]
                    if not commas:
                        continue
                    start_tok = doc[commas[0].i + 1]
                else:
                    thats = [t for t in between if t.lower_ == "that"]
                    if thats and thats[-1].i + 1 < len(doc):
                        start_tok = doc[thats[-1].i + 1]
                    while start_tok.pos_ in ("ADP", "PART") and start_tok.i + 1 < before_i + 1:
                        start_tok = doc[start_tok.i + 1]  # "agreed to a 30-minute interview"
                # the claim ends with its quotation, or with a chain of them ("“a con” and “a fraud”")
                end = q.close_end
                last = q
                for nxt in following:
                    gap = text[end:nxt.open_start]
                    if len(gap) > 30 or any(ch in gap for ch in ",.;:!?\n"):
                        break
                    if text[last.start : last.end].rstrip()[-1:] in (".", "!", "?"):
                        break  # 'said the textbooks “distort history.” “The government …”': a new sentence
                    if any(
                        t.dep_ == "conj" and t.head.i == c.tok and _is_verbish(t)
                        for t in doc[tok_at(end) : tok_at(nxt.open_start)]
                    ):
                        break  # "called the bill “a betrayal” and said it would “lock in” ...": the cue's next act
                    end = nxt.close_end
                    last = nxt
                end = _fragment_phrase_end(doc, q, tok_at, end, lex)
                s0, e0 = _trim(text, start_tok.idx, end)
                return Attribution(s0, e0, QuoteKind.MIXED, c.cue, c.source, "mixed:cue-fragment", 0.7, cue_token=c.tok)
            score = len(between) + 3
        else:
            continue
        if best is None or score < best[0]:
            best = (score, c)
    if best is not None:
        c = best[1]
        if c.cue[0] < q.open_start:
            subject = _subject_before_aside(doc, text, q, c, before_i)
            if subject is not None:
                # "The requirement, she wrote, “would fall hardest on …”": the quotation is the
                # predicate of a clause whose subject opens the sentence before the aside
                s0, e0 = _trim(text, subject, q.close_end)
                return Attribution(s0, e0, QuoteKind.MIXED, c.cue, c.source, "mixed:parenthetical", 0.8, cue_token=c.tok)
        return Attribution(q.start, q.end, QuoteKind.DIRECT, c.cue, c.source, "direct:adjacent-cue", 0.85, cue_token=c.tok)
    if ends_open and not embedded:
        plain = _plain_verb_after(doc, q, after_i, lex)
        if plain is not None:
            return plain
    # "He said:" closing the paragraph before a quotation that opens its own paragraph
    if not text[para_start:q.open_start].strip() and para_start > 0:
        prev_end = para_start - 1
        while prev_end > 0 and text[prev_end - 1].isspace():
            prev_end -= 1
        if prev_end > 0 and text[prev_end - 1] == ":":
            lo = bisect_left(cue_starts, max(paras.start(prev_end - 1), prev_end - 300))
            hi = bisect_left(cue_starts, prev_end)
            for c in reversed(cues[lo:hi]):
                if c.source is not None:
                    return Attribution(
                        q.start, q.end, QuoteKind.DIRECT, c.cue, c.source, "direct:colon-paragraph", 0.8, cue_token=c.tok
                    )
            framed = _speech_noun_frame(doc, tok_at(prev_end - 1) - 1, lex)
            if framed is not None:
                return Attribution(q.start, q.end, QuoteKind.DIRECT, framed[0], framed[1], "direct:colon-paragraph", 0.75)
        elif prev_end > 0 and text[prev_end - 1] in ".!":
            framed = _framing_paragraph(doc, paras.start(prev_end - 1), tok_at(prev_end - 1), lex)
            if framed is not None:
                # "Judge Simms had a warning for the young lawyers. ¶ “Don't mistake …”": a
                # paragraph that only announces what someone has to say
                return Attribution(q.start, q.end, QuoteKind.DIRECT, framed[0], framed[1], "direct:frame-paragraph", 0.7)
    # X: “…”  and  “…” — X
    before = text[para_start:q.open_start].rstrip()
    if before.endswith(":") and n_words >= 3 and not (
        _looks_like_title(text, q) and text[q.start:q.end].rstrip()[-1:] not in ".!?"
    ):
        # (not "listed an NBC show as his guilty pleasure: “Saturday Night Live”": a title)
        i = tok_at(len(before) - 1 + para_start) - 1
        framed = _speech_noun_frame(doc, i, lex)
        if framed is not None:
            # "Sanders made the following comment: “…”": the one who made it speaks
            return Attribution(q.start, q.end, QuoteKind.DIRECT, framed[0], framed[1], "direct:colon-frame", 0.75)
        if 0 <= i < len(doc) and doc[i].pos_ in ("PROPN", "NOUN", "PRON", "VERB", "ADJ"):
            verb = doc[i]
            while verb.dep_ in ("pobj", "prep", "dobj", "compound", "amod", "conj", "attr", "acomp") and verb.head.i != verb.i:
                verb = verb.head
            src = _source_of(verb, lex) if verb.pos_ in ("VERB", "AUX") else None
            if src is not None and _speaker_like(src, lex):
                # "Kasich resisted:", "he returned to his familiar lines:", "Kennedy was
                # blunter:": the verb's subject
                if verb.pos_ == "AUX":  # a copula is no cue
                    return Attribution(q.start, q.end, QuoteKind.DIRECT, None, src.i, "direct:colon-frame", 0.7)
                cue = (verb.idx, verb.idx + len(verb.text))
                return Attribution(q.start, q.end, QuoteKind.DIRECT, cue, src.i, "direct:colon-frame", 0.7, cue_token=verb.i)
            if doc[i].pos_ != "VERB":
                speaker = doc[i]
                if not _speaker_like(speaker, lex) and speaker.dep_ in ("pobj", "dobj"):
                    # "Clinton … recalled the freeze on federal pay rates: “…”": not the rates,
                    # but the sentence's first subject that can speak
                    speaker = next(
                        (t for t in doc[speaker.sent.start : i] if t.dep_ == "nsubj" and _speaker_like(t, lex)),
                        src if src is not None and src.i < i else speaker,  # ("The piece used … as its headline:")
                    )
                return Attribution(q.start, q.end, QuoteKind.DIRECT, None, speaker.i, "direct:colon-frame", 0.7)
    after = text[q.close_end:para_end]
    stripped = after.lstrip()
    if stripped[:1] in _DASHES and n_words >= 3:
        j = tok_at(q.close_end + (len(after) - len(stripped)) + 1)
        while j < len(doc) and (doc[j].is_punct or doc[j].is_space):
            j += 1
        if j < len(doc) and doc[j].pos_ in ("PROPN", "NOUN"):
            # the head of that noun phrase
            h = doc[j]
            while h.dep_ in ("compound", "amod", "det") and h.head.i > h.i and (
                doc[j].ent_type_ != "PERSON" or h.head.ent_type_ == "PERSON"
            ):
                h = h.head  # (not out of a name: "— Ursula von der Leyen, European Commission President")
            return Attribution(q.start, q.end, QuoteKind.DIRECT, None, h.i, "direct:dash-frame", 0.7)
    return None


def _subject_before_aside(doc: Doc, text: str, q: MarkedQuote, c: _Cue, before_i: int) -> int | None:
    """Where the subject opens its sentence in "The requirement, she wrote, “would fall …”":
    the cue clause set off by commas right before a quotation that begins in lower case with
    its verb, after a verbless noun phrase that starts the sentence; ``None`` for any other
    shape."""
    if before_i < 0 or doc[before_i].text != "," or not text[q.start : q.start + 1].islower():
        return None
    src = doc[c.source]
    if not (src.i < c.tok < before_i) or any(t.pos_ in ("VERB", "AUX") and t.i != c.tok for t in doc[src.i : before_i]):
        return None
    comma = src.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    first = doc[comma].sent.start
    words = doc[first:comma]
    if not words or any(t.pos_ in ("VERB", "AUX") or t.is_quote or t.text in _SENT_END for t in words):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in words) or len(words) > 12:
        return None
    k = before_i + 2  # (past the comma and the opening mark)
    while k < len(doc) and (doc[k].is_quote or doc[k].pos_ in ("ADV", "PART")):
        k += 1
    if k >= len(doc) or doc[k].pos_ not in ("VERB", "AUX"):
        return None  # ("At the same time, the person added, “you saw …”": the quotation has its own subject)
    return words[0].idx


def _claim_before_cue(doc: Doc, q: MarkedQuote, c: _Cue, between: Span) -> Attribution | None:
    """He would be better than Clinton “no matter what,” one user commented.: a sentence
    that ends in a quoted fragment, followed only by its cue clause, is one mixed claim.

    Only when nothing but the speaker stands between the quotation and the cue, and
    nothing but the end of the sentence follows the cue."""
    if len(between) > 8 or any(not (t.is_punct or t.pos_ in _SUBJECT_POS) for t in between):
        return None
    cue = doc[c.tok]
    k = c.tok + 1
    while k < len(doc) and not (doc[k].text in _SENT_END or "\n" in doc[k].text):
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].is_quote or k - c.tok > 8:
            return None
        k += 1
    sent = _sentence_around(cue, _MAX_PARENTHETICAL_SENT)
    if sent is None or doc[sent.start].idx >= q.open_start:
        return None
    first = doc[sent.start]
    while first.i < cue.i and (first.is_punct or first.is_space or first.is_quote):
        first = doc[first.i + 1]
    if first.idx >= q.open_start or any(t.is_quote for t in doc[first.i:cue.i] if t.idx < q.open_start):
        return None  # (another quotation opens the sentence: direct speech, matched elsewhere)
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[first.i:cue.i] if t.idx < q.open_start):
        return None  # 'state Del. Marcia "Cia" Price shouted': a nickname, not a claim
    return Attribution(first.idx, q.close_end, QuoteKind.MIXED, c.cue, c.source, "mixed:before-cue", 0.7, cue_token=c.tok)


_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "attr", "acomp", "oprd"})


def _plain_verb_after(doc: Doc, q: MarkedQuote, after_i: int, lex: Lexicon) -> Attribution | None:
    """“What was the pivot point?” Beck questioned.: a verb outside the cue lexicon that
    makes up, with its speaker-like subject, the whole clause after the quotation, and
    takes no object of its own, introduces it."""
    toks: list[Token] = []
    j = after_i
    while j < len(doc) and not (doc[j].text in _SENT_END or "\n" in doc[j].text or doc[j].is_quote):
        toks.append(doc[j])
        j += 1
        if len(toks) > 10:
            return None
    if j < len(doc) and doc[j].is_quote:
        return None
    words = [t for t in toks if not (t.is_punct or t.is_space)]
    verbs = [t for t in words if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP")]
    if not verbs and 3 <= len(words) <= 4 and words[0].pos_ == "DET":
        # "“…,” the editorial read.": the tagger made the cue a noun and its subject an
        # adjective; a source noun and a cue word closing the clause still frame the quotation
        cue, subj = words[-1], words[-2]
        nouns = (lex.document_nouns, lex.people_nouns, lex.role_nouns, lex.org_heads)
        if cue.pos_ == "NOUN" and cue.lower_ in lex.cue_verbs and any(subj.lower_ in n for n in nouns):
            return Attribution(
                q.start, q.end, QuoteKind.DIRECT, (cue.idx, cue.idx + len(cue.text)), subj.i, "direct:adjacent-verb",
                0.7, cue_token=cue.i,
            )
    if not words or len(verbs) != 1:
        return None
    verb = verbs[0]
    if any(c.dep_ in _OBJECT_DEPS and c.i > verb.i for c in verb.children):
        return None  # "“…” Trump tweeted a photo": an act, not the quotation's frame
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i >= after_i), None)
    if subj is None or not _speaker_like(subj, lex) or words[0].i not in (subj.left_edge.i, verb.i):
        return None
    return Attribution(
        q.start, q.end, QuoteKind.DIRECT, (verb.idx, verb.idx + len(verb.text)), subj.i, "direct:adjacent-verb", 0.7,
        cue_token=verb.i,
    )


def _framing_paragraph(doc: Doc, para_start: int, last: int, lex: Lexicon) -> tuple[tuple[int, int], int] | None:
    """For a paragraph of one short sentence (starting at character ``para_start`` and
    ending at token ``last``) whose main verb has a speech noun for its object ("Simms had a
    warning for the young lawyers."), the cue phrase and the token of its source."""
    sent = doc[last].sent
    if sent.start_char > para_start or len(sent) > _MAX_INTRO_TOKENS + 6:
        return None
    root = sent.root
    noun = next((c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.speech_nouns), None)
    if noun is None or any(t.is_quote for t in sent):
        return None
    return _speech_noun_frame(doc, noun.i, lex)


def _speech_noun_frame(doc: Doc, i: int, lex: Lexicon) -> tuple[tuple[int, int], int] | None:
    """For a colon after a speech noun that is the object of a verb ("Sanders made the
    following comment:", "the ministry issued a statement:"), the cue phrase and the token
    of the verb's source; ``None`` otherwise."""
    if not 0 <= i < len(doc):
        return None
    noun = doc[i]
    if noun.pos_ == "NOUN" and noun.lower_ == "words" and noun.dep_ == "pobj" and noun.head.lower_ == "in":
        # "In her words:", "In the words of one aide:": the holder of the words speaks
        found = _view_holder(noun, lex)
        return None if found is None else ((noun.head.idx, noun.idx + len(noun.text)), found[0].i)
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.speech_nouns or noun.dep_ != "dobj":
        return None
    verb = noun.head
    src = _source_of(verb, lex) if _is_verbish(verb) else None
    if src is None or not _speaker_like(src, lex):
        return None
    return (verb.idx, noun.idx + len(noun.text)), src.i


def _direct_continued(
    doc: Doc, text: str, q: MarkedQuote, tok_at, prev: Attribution | None, reach: int = 0
) -> Attribution | None:
    """A quotation with no cue of its own that continues the previous speaker's turn.

    A short one only counts as speech when it is a whole sentence right after the
    attribution ("“I would,” Melanie said. “I would, Donald.”"), not a scare-quoted word.
    ``reach`` is where the latest attribution before it ends, when a report inside the
    previous quote's attribution sentence lies between them.
    """
    if prev is None:
        return None
    last_end = max(prev.end, reach)
    if _words_in(text, q) <= _MAX_SCARE_TOKENS:
        body = text[q.start:q.end].strip()
        gap = text[last_end:q.open_start]
        line_end = text.find("\n", q.close_end)
        line_start = text.rfind("\n", 0, q.open_start) + 1
        own_paragraph = (
            prev.kind is QuoteKind.DIRECT
            and prev.start > 0
            and text[prev.start - 1] == text[q.start - 1]  # (the turn's marks: not a 'Subheading.')
            and "\n" in gap
            and "\n" not in gap.strip()  # (the turn's paragraph is the one right before)
            and not text[line_start : q.open_start].strip()
            and not text[q.close_end : len(text) if line_end < 0 else line_end].strip()
        )  # ("“…,” Smith said.\n\n“He never had one.”": a paragraph of its own right after the turn)
        if not (
            body[:1].isupper()
            and body[-1:] in ".!?…"
            and ("\n" not in gap or own_paragraph)
            and len(gap) <= 160
            and (gap.rstrip().endswith((".", "!", "?")) or own_paragraph)
        ):
            return None
    if q.open_start - last_end > 2000:
        return None
    i = tok_at(q.open_start)
    while i >= 0 and doc[i].idx >= q.open_start:
        i -= 1
    if i >= 0 and not _opens_clause(doc[i]):
        return None  # "who was described as being “…”": a fragment inside a new clause
    between = text[last_end:q.open_start]
    # only the previous quote's attribution may stand between them: at most two line breaks
    if between.count("\n") > 2 and between.strip("\n \t\r\u00a0”\"") and len(between) > 400:
        return None
    # a new paragraph that opens with the quote, or the same paragraph right after the attribution
    para_start = max(text.rfind("\n", last_end, q.open_start) + 1, last_end)
    opens_paragraph = not text[para_start:q.open_start].strip()
    sentence_break = any(p in between for p in (". ", "? ", "! ", ".\n", ".”", '."'))
    if not (opens_paragraph or sentence_break):
        return None
    other_text = between.strip()
    if len(other_text) > 200:
        return None
    if i >= 0 and not opens_paragraph:
        subject = _named_subject_before(doc, text, doc[i], q, prev)
        if subject is not None:
            return Attribution(q.start, q.end, QuoteKind.DIRECT, None, subject.i, "direct:introduced", 0.6)
    return Attribution(
        q.start, q.end, QuoteKind.DIRECT, None, prev.source, "direct:continuation", 0.6, follows=prev
    )


def _named_subject_before(doc: Doc, text: str, last: Token, q: MarkedQuote, prev: Attribution) -> Token | None:
    """"Clinton touted her credentials. “We need to ...”": a person named as the subject of
    the sentence right before the quotation, in its paragraph, who is not the previous
    speaker, speaks it (not the previous speaker of the article)."""
    sent = last.sent
    if "\n" in text[sent.end_char : q.open_start] or text[sent.end_char : q.open_start].strip():
        return None
    if any(t.is_quote for t in sent) or doc[sent.end - 1].text not in (".", "!"):
        return None
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_ != "PERSON" or prev.source is None:
        return None
    before = doc[prev.source]
    if before.ent_type_ == "PERSON":
        a, b = _name_words(before), _name_words(subj)
        if a[-1] == b[-1] and (len(a) < 2 or len(b) < 2 or a == b):
            return None  # the previous speaker (but "Betsy Ebeling" after "Tom Ebeling" is another)
    return subj


def _name_words(tok: Token) -> tuple[str, ...]:
    """The lower-case words of the name ``tok`` belongs to ("hillary", "clinton")."""
    s, e = _entity_extent(tok)
    return tuple(t.lower_ for t in tok.doc[s:e])
