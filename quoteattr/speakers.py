"""Mention → canonical speaker, by coreference heuristics over one document.

A :class:`Registry` is built once per Doc from its named entities: person names are
clustered by surname (with spelling variants), organisations by their head words, and
capitals and country names are folded into governments.  Each source mention is then
resolved in order: a name, a country or capital, an organisation, a pronoun (recent
compatible entity), a definite role ("the secretary") or organisation ("the ministry"),
or else an unnamed source kept as written ("a senior official").
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import regex

import numpy as np
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN

from .attribution import coordinated_subject, mention_span
from .cues import LEMMA_COL, LOWER_COL, POS_COL, is_in, token_array
from .lexicon import FEMALE_TITLES, GIVEN_NAMES, MALE_TITLES, Lexicon
from .model import SpeakerKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Entity", "Registry", "Resolution"]

_POSSESSIVE = ("’s", "'s", "’", "'")
_HYPHENS = regex.compile(r"[-‐‑–]+")
# Quotation marks that cannot be an apostrophe ("Reuters' Joel Pollak" keeps its possessive).
_QUOTE_CHARS = frozenset("\"“”„‟«»‹›‘")
#: Heads of a definite description that may take up the organisation just named ("Boeing
#: said ... The company declined ..."); "the government", "the administration" and "the
#: campaign" usually mean a body the text never names.
_BODY_NOUNS = frozenset({"company", "firm", "corporation", "bank", "newspaper", "network", "bureau", "foundation", "university", "agency"})
# "the agency" stands only for a public body: one whose name ends in one of these words
# (not the newspaper or the think tank mentioned last).
_AGENCY_WORDS = frozenset(
    {
        "administration", "agency", "department", "bureau", "office", "service", "commission", "authority",
        "enforcement", "treasury", "state", "pentagon", "cia", "fbi", "nsa", "epa", "irs", "fda", "cdc",
        "nasa", "ice", "dhs", "doj", "faa", "sec", "ftc", "fcc", "usda", "nhtsa", "tsa", "atf", "dea",
    }
)
_ORG_REACH = 800  # characters back that "the company" looks for the body it stands for
_TAIL_CHARS = 300  # characters of a closing clause after a report that still count as reported
_COUNTRY_MARK = "@"  # marks the country word of an organisation key ("@russia")
_OPENING_MARKS = frozenset("\"'“‘«‹„‚「『")
# Honorifics before a person's name (a name the NER left untagged after one is still a name).
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sen", "rep", "gov", "rev", "sir", "dame", "lady", "lord", "gen", "adm", "col", "lt", "capt", "sgt"}
)
_HONORIFIC_IDS = np.array(sorted({get_string_id(w + dot) for w in _HONORIFICS for dot in ("", ".")}), dtype=np.uint64)
# Legal forms that end a company's name and are dropped from its key ("Tesla Inc." = "Tesla").
_LEGAL_FORMS = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "lp", "llp", "ag", "sa", "nv", "gmbh"})
# Name endings whose full stop is part of the name ("Martin Luther King Jr.", "Acme Inc.").
_ABBREVIATED_ENDINGS = frozenset({"jr", "sr", "inc", "co", "corp", "ltd", "bros", "llc", "plc", "st", "mt", "ft"})
_WORD_BREAK = regex.compile(r"[\s\-‐‑–]+")
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Documents issued by someone ("the statement said" speaks for whoever issued it).
_ISSUED = frozenset({"statement", "release", "communique", "readout", "letter", "post", "tweet", "email"})
#: Verbs whose subject (or by/from agent) issues such a text: "Obama released a statement".
_ISSUING_VERBS = frozenset({"issue", "release", "send", "post", "publish", "put", "write", "circulate", "distribute"})
#: How far back (characters) an epithet ("the business mogul") looks for the person it names.
_EPITHET_REACH = 1500
#: Person nouns too general to be an epithet for someone named ("the man", "the voter").
_GENERIC_PEOPLE = frozenset(
    "people person man woman men women guy girl boy resident voter worker member citizen source "
    "friend neighbor neighbour relative parent student witness victim observer someone everyone "
    "designer narrator employee employer customer caller reader viewer".split()
)
#: Roles any office holder quoted may also be described by ("the candidate", "the nominee").
_ANY_POLITICIAN = frozenset({"candidate", "nominee"})
#: Roles of people who work for a politician, never "the candidate" themselves.
_STAFF_ROLES = frozenset(
    "manager spokesman spokeswoman spokesperson aide adviser advisor strategist consultant pollster "
    "staffer operative organizer organiser chairman chairwoman chair".split()
)
#: Offices held by one person the text names when it means them ("the pope", "the king").
_UNIQUE_OFFICES = frozenset("pope king queen prince chancellor premier judge justice sheriff ambassador".split())
#: Person nouns with a gender, for agreement with "he" and "she" (the rest take either).
_NOUN_GENDER = {
    **dict.fromkeys("woman girl mother wife daughter sister grandmother aunt widow actress spokeswoman chairwoman congresswoman businesswoman".split(), "female"),
    **dict.fromkeys("man boy father husband son brother grandfather uncle widower actor spokesman chairman congressman businessman".split(), "male"),
}
# nouns for a share of people ("55 percent of voters", "a number of Democrats")
_SHARES = frozenset(
    {"percent", "%", "number", "share", "proportion", "plurality", "fraction", "percentage", "half", "third", "quarter", "fifth", "two-thirds", "three-quarters"}
)


_WORD_IDS: dict[tuple[str, str], np.ndarray] = {}


def _word_ids(lex: Lexicon, field: str) -> np.ndarray:
    """A lexicon word list (``"role_nouns"``, ``"org_heads"``) as string-store ids,
    computed once per language."""
    key = (lex.lang, field)
    ids = _WORD_IDS.get(key)
    if ids is None:
        ids = _WORD_IDS[key] = np.array(sorted(get_string_id(w) for w in getattr(lex, field)), dtype=np.uint64)
    return ids


_NOUN_SETS: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}


def _noun_sets(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Nouns for people; those that describe a person in apposition ("leader" is said of
    companies too: "a leader in ..."); singular nouns "they" can take up (a share of
    people or a body). Computed once per language."""
    sets = _NOUN_SETS.get(lex.lang)
    if sets is None:
        people = lex.role_nouns | lex.people_nouns
        sets = _NOUN_SETS[lex.lang] = (
            people,
            people - {"leader", "head", "chief", "executive"},
            lex.quantifiers["group"] | lex.org_heads | _SHARES,
        )
    return sets


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _edit1(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion or substitution."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    return a[i + (la == lb):] == b[i + 1:]


def _surface(tokens: Sequence[Token], toks: list[str]) -> str | None:
    """How the text writes the name whose words are ``toks`` (a run of ``tokens``, less
    hyphens): "Ban Ki-moon", "University of California, Berkeley"."""
    if all(t.whitespace_ for t in tokens[:-1]) and not any(t.is_space or t.is_punct for t in tokens):
        return None  # written as its words joined by spaces: nothing to keep
    words = [t for t in tokens if not t.is_space and not _HYPHENS.fullmatch(t.text)]
    n = len(toks)
    for k in range(len(words) - n + 1):
        run = words[k : k + n]
        if all(a.text == b for a, b in zip(run[:-1], toks[:-1])) and run[-1].text.startswith(toks[-1]):
            # (joined from the tokens: spaCy rebuilds ``Doc.text`` from every token on access)
            written = "".join(t.text_with_ws for t in run[0].doc[run[0].i : run[-1].i + 1])
            return written[: run[-1].idx + len(toks[-1]) - run[0].idx]
    return None


def _name_words(text: str) -> list[str]:
    """A name's words: split at spaces and hyphens, as the tokenizer splits
    "Shanklin-Hawkins", so that every spelling of a name folds the same way."""
    return [w for w in _WORD_BREAK.split(text) if w]


def _clean_name(name: str) -> str:
    """A name as one line with single spaces, no leading dash or bullet
    ("― Christina Olidem", "Donald Trump\n"), and composed accents (NFC), so that one
    name counts as one however the text encoded it."""
    clean = unicodedata.normalize("NFC", " ".join(name.split())).lstrip("―—–-•·*|:;, ").rstrip(",;:—–- ")
    return clean or name


def _counts(names: object) -> dict[str, int]:
    out: dict[str, int] = {}
    for n in names:  # type: ignore[attr-defined]
        n = _clean_name(n)
        out[n] = out.get(n, 0) + 1
    return out


@attrs.define(eq=False)
class Entity:
    """One speaker entity of a document: its names, kind, roles and mentions.

    ``names`` counts each spelling in order of first appearance; ``mentions`` are
    character spans, each recorded once.
    """

    kind: SpeakerKind
    named: bool
    names: dict[str, int] = attrs.field(factory=dict, converter=_counts)
    mentions: list[tuple[int, int]] = attrs.field(factory=list)
    roles: set[str] = attrs.field(factory=set)
    places: set[str] = attrs.field(factory=set)  # "Florida" of "Florida Sen. Marco Rubio"
    gender: str | None = None
    party: str | None = None  # "republican" of "Republican Tom Harkness" or "the Texas Republican"
    head: str = ""  # head noun (lower-case) of an unnamed source or organisation
    display: dict[str, str] = attrs.field(factory=dict)  # a spelling as written ("Ban Ki-moon")
    _seen: set[tuple[int, int]] = attrs.field(factory=set, init=False, repr=False)
    _starts: list[int] = attrs.field(factory=list, init=False, repr=False)  # mention starts, sorted

    @property
    def first(self) -> int:
        """Where the entity is first mentioned (a huge number before any mention)."""
        return self._starts[0] if self._starts else 1 << 62

    @property
    def name(self) -> str:
        """The most complete name: most tokens, then most frequent, then first seen."""
        first = next(iter(self.names))
        if not self.named:
            return first
        order = {n: i for i, n in enumerate(self.names)}
        best = max(self.names, key=lambda n: (len(n.split()), n[:1].isupper(), self.names[n], -order[n]))
        # an epithet before a full name the text uses more often ("Crooked Hillary Clinton",
        # quoted from a rally) is not part of the name; a given name is ("Justin Ki Hong")
        words = best.split()
        plain = [
            n for n in self.names
            if self.kind is SpeakerKind.PERSON
            and len(n.split()) == len(words) - 1 > 1
            and len(self.display.get(n, n).split()) > 1  # (a hyphenated surname is one word: "Abdul-Jabbar")
            and best.endswith(" " + n)
            and self.names[n] > self.names[best]
            and _fold(words[0]) not in _GIVEN_NAMES
            and words[1][:1].isupper()
        ]
        if plain:
            best = max(plain, key=lambda n: (len(n.split()), self.names[n], -order[n]))
        return self.display.get(best, best)

    def add_name(self, name: str, display: str | None = None) -> None:
        """Count one more use of a spelling of the entity's name (its tokens joined by
        spaces), and keep how the text writes it when that differs."""
        name = _clean_name(name)
        self.names[name] = self.names.get(name, 0) + 1
        if display is not None and display != name:
            self.display.setdefault(name, _clean_name(display))

    def add_mention(self, span: tuple[int, int]) -> None:
        """Record a mention's character span once."""
        if span not in self._seen:
            self._seen.add(span)
            self.mentions.append(span)
            insort(self._starts, span[0])


#: How far after an indefinite description ("A federal judge") the person it stands for may
#: be named, in characters: about the lede and the paragraph after it.
_NAMED_AFTER_REACH = 1200


def _last_before(e: Entity, char: int) -> int:
    """Where the entity was last mentioned before ``char`` (-1 when it was not); a binary
    search, since a long text mentions its main people thousands of times."""
    k = bisect_left(e._starts, char)
    return e._starts[k - 1] if k > 0 else -1


#: String ids of the gendered titles, with and without their full stop ("mr", "mr.").
_TITLE_IDS = np.array(
    sorted({get_string_id(w + dot) for w in MALE_TITLES | FEMALE_TITLES for dot in ("", ".")}), dtype=np.uint64
)

#: An age that marks a description as someone already named ("the 64-year-old retired teacher").
_AGED = regex.compile(r"\b\d{1,3}-year-old\b")

#: Characters of a text that make its opening, where its main subjects are named.
_OPENING = 400
#: "(R-Texas)", ", D-N.Y.," right after a name: the party.
_PARTY_AFTER = regex.compile(r"\s*[,(]\s*([RD])-[A-Z][A-Za-z.]*[,)]")
#: Bare quantifiers that stand for part of a group named just before ("Analysts were
#: divided. Some said …; others warned …").
_PARTITIVE_SINGLES = frozenset({"one", "another"})
_PARTITIVES = frozenset({"some", "others", "many", "most", "several", "both", "few"}) | _PARTITIVE_SINGLES
#: How many sentences back "Her husband, Daniel," looks for the person "her" is.
_KIN_REACH = 6

#: Given names of every language, lower-case: a word no epithet is ("Justin Ki Hong").
_GIVEN_NAMES = frozenset().union(*(names for genders in GIVEN_NAMES.values() for names in genders.values()))


@attrs.frozen
class Resolution:
    """The entity a mention resolved to and the rule that linked them."""

    entity: Entity | None
    rule: str


#: Parts of speech that never begin a name ("Neither Cruz nor Christie", "Telling Jeb Bush").
_NOT_NAME_POS = frozenset({"DET", "CCONJ", "SCONJ", "ADP", "PRON", "ADV", "VERB", "AUX", "PART"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})  # (not NORP: "the Democratic senator" names a party)
#: Entity labels the NER gives a lone surname it does not know ("Mendes" a product).
_MISREAD_NAME_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "FAC", "LOC", "EVENT", "LAW", "LANGUAGE"})
#: Labels a company's name in apposition may carry ("The insurer, Granite Mutual,": a work of art).
_APPOSED_ORG_LABELS = _MISREAD_NAME_LABELS | {"ORG", ""}
#: Entities that do not narrow a description down to one person: places and times.
_NOT_QUALIFYING = _PLACE_LABELS | {"DATE", "TIME"}


def _in_compound_modifier(ent: Span) -> bool:
    """Whether a name is glued by a hyphen into a modifier: "Oscar-winning", "Trump-backed",
    "anti-Clinton".  Such a word describes something else; nobody is introduced by it."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if (
        after is not None
        and after.text in ("-", "\u2010", "\u2011")
        and not ent[-1].whitespace_
        and not after.whitespace_
        and ent.end + 1 < len(doc)
        and doc[ent.end + 1].is_lower
    ):
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.text in ("-", "\u2010", "\u2011")
        and not before.whitespace_
        and ent.start > 1
        and not doc[ent.start - 2].whitespace_
        and doc[ent.start - 2].is_lower
    )


def _place_words(tok: Token) -> set[str]:
    """The lower-cased words of the place entity ``tok`` belongs to ("south", "carolina")."""
    doc = tok.doc
    lo = hi = tok.i
    while lo > 0 and doc[lo - 1].ent_type_ == tok.ent_type_ and doc[lo].ent_iob_ != "B":
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
        hi += 1
    return {t.lower_ for t in doc[lo : hi + 1] if t.is_alpha}


def _places_of(noun: Token) -> set[str]:
    """Places that qualify a role noun: "the Florida senator", "a senator from Florida"."""
    out: set[str] = set()
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in _PLACE_LABELS:
            out |= _place_words(c)
        elif c.dep_ == "prep" and c.lower_ in ("from", "of"):
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ in _PLACE_LABELS:
                    out |= _place_words(g)
    return out


def _given_name_gender(word: str, lex: Lexicon) -> str | None:
    """The gender a given name tells (``lex.given_names``, folded word), or ``None``."""
    return next((g for g, names in lex.given_names.items() if word in names), None)


def _qualifier_words(tok: Token) -> set[str]:
    """The nouns and names that narrow a description down, places and times aside: "State"
    and "Department" of "a State Department spokesman", none of "A New York judge on Friday"."""
    return {
        t.lower_
        for t in tok.subtree
        if t.i != tok.i and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _NOT_QUALIFYING
    }


def _role_qualifier(doc: Doc, i: int, lex: Lexicon) -> str:
    """The word before the role at ``i`` that makes it another office ("shadow", "deputy",
    "vice-"), or ""."""
    k = i - 1
    if k >= 1 and doc[k].text == "-":
        k -= 1
    if k >= 0 and doc[k].lower_ in lex.role_qualifiers:
        return doc[k].lower_
    return ""


def _named_after_attachment(role: Token) -> Token | None:
    """The name in apposition at the end of a role's attachments: "A spokeswoman for Meta,
    Jane Roe," and "A lawyer for the family of Tyre Nichols, Ben Crump," name the
    spokeswoman and the lawyer, though the parser hangs the name on the last noun."""
    node = role
    for _ in range(3):
        obj = next(
            (o for p in node.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"),
            None,
        )
        if obj is None:
            return None
        name = next((a for a in obj.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"), None)
        if name is not None:
            return name
        node = obj
    return None


def _name_run_on(ent: Span, lex: Lexicon) -> Span:
    """``ent``, or the longer span up to the capitalised untagged word the parser makes its
    head: the NER ends "Andrés Manuel López Obrador" at "López", the parser does not (but
    "the Joe Biden Administration" is no longer name)."""
    doc = ent.doc
    end = ent.end
    while (
        end < len(doc)
        and end - ent.start < 6
        and doc[end].ent_iob_ == "O"
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and not _describes(doc[end].lower_, lex)
    ):
        end += 1
    return ent if end == ent.end else doc[ent.start : end]


def _describes(word: str, lex: Lexicon) -> bool:
    """Whether a lower-cased word names a body, an office, a kind of person or a work rather
    than part of someone's name."""
    return (
        word in lex.org_heads
        or word in lex.role_nouns
        or word in lex.people_nouns
        or word in lex.titles
        or word in lex.document_nouns
        or word in lex.work_nouns
    )


def _issuing_subject(text_noun: Token) -> Token | None:
    """Who issued a statement, letter or email that is the object of an issuing verb ("Obama
    released a statement", "…, releasing a statement") or its passive subject ("an email was
    sent from the club's director"), or ``None``."""
    verb = text_noun.head
    if text_noun.dep_ == "nsubjpass":
        return next(
            (
                o for p in verb.children if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "from")
                for o in p.children if o.dep_ == "pobj"
            ),
            None,
        )
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("advcl", "conj", "xcomp"):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # (a participle: the clause's subject)
    return subj


def _apposed_names(group: Token) -> tuple[Token, Token] | None:
    """Tokens of the first and last of two or more people named in apposition to a plural
    noun ("The two council members who backed it, Ed Novak and Priya Shah,"), or ``None``."""
    first = next((c for c in group.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if first is None or not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
        return None
    conjs = [c for c in first.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    if not conjs:
        return None
    last = conjs[-1]
    while (more := [c for c in last.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]):
        last = more[-1]
    return first, last


def _modifier_not_naming(mod: Token) -> bool:
    """An adjective or participle after a description that relates it to someone else
    ("familiar with the Clinton campaign", "involved in the Trump inquiry"), rather than
    naming it ("known as Bob") or its author ("conducted by Elena Sadovskaya")."""
    if mod.dep_ == "amod":
        return True
    return mod.dep_ == "acl" and not any(
        g.dep_ in ("agent", "oprd", "attr") or (g.dep_ == "prep" and g.lower_ == "as") for g in mod.children
    )


def _asked_about(tok: Token) -> bool:
    """Whether ``tok`` is in the question of an "Asked whether/about ..." clause."""
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            return False
        if node.dep_ == "advcl" and node.lemma_.lower() == "ask" and node.tag_ == "VBN":
            return True
        node = node.head
    return False


def _stray_full_stop(word: str) -> bool:
    """Whether a name's last word carries a full stop that is not its own: not an
    initial ("J."), an abbreviation ("U.S.") or an abbreviated ending ("Jr.")."""
    stem = word[:-1]
    return (
        word.endswith(".")
        and sum(ch.isalpha() for ch in stem) >= 2
        and "." not in stem
        and stem.lower() not in _ABBREVIATED_ENDINGS
    )


_COUNTRY_INDEX: dict[str, tuple[dict[str, str], dict[str, list[tuple[str, str]]]]] = {}
_CAPITALISED = regex.compile(r"[A-Z][\w.]*")  # a capitalised word, with the stops of "U.S."


def _country_index(lex: Lexicon) -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
    """Every name of a country → the country, and the first word of each name → (name,
    country), computed once per language (a name is looked for in a text only when its first
    word is there)."""
    found = _COUNTRY_INDEX.get(lex.lang)
    if found is None:
        by_name: dict[str, str] = {}
        by_first: dict[str, list[tuple[str, str]]] = {}
        for canon, aliases in lex.country_aliases.items():
            for a in aliases:
                by_name[a] = canon
                by_first.setdefault(a.split()[0], []).append((a, canon))
        found = _COUNTRY_INDEX[lex.lang] = (by_name, by_first)
    return found


def _strip_name(tokens: list[str], lex: Lexicon) -> list[str]:
    """The name's tokens without whitespace tokens, a possessive or leading titles."""
    # "Donald Trump\n": the NER took the line break in; "Shanklin - Hawkins": two words
    out = [t for t in tokens if not t.isspace() and not _HYPHENS.fullmatch(t)]
    while out and not any(ch.isalnum() for ch in out[0]):
        out.pop(0)  # "― Christina Olidem": a dash before a byline is not part of the name
    mark = next(
        (k for k in range(1, len(out)) if out[k] in ("''", "``") or (out[k] and all(ch in _QUOTE_CHARS for ch in out[k]))),
        None,
    )
    if mark is not None:
        out = out[:mark]  # "Ted Cruz “Lyin'": the NER ran the name into a quoted nickname
    while out and not any(ch.isalnum() for ch in out[-1]):
        out.pop()  # "Donald Trump ''doesn't want …": the NER took the quotation mark in
    mid = next((k for k in range(1, len(out) - 1) if out[k] in _POSSESSIVE), None)
    if mid is not None:
        # "Breitbart’s Joel Pollak": the person after the possessive; "Obama’s ‘pivot":
        # the one before it
        after = out[mid + 1 :]
        out = after if len(after) >= 2 and all(t[:1].isupper() for t in after) else out[:mid]
    if out and out[-1] in _POSSESSIVE:
        out.pop()
    if out:
        for p in _POSSESSIVE[:2]:
            if out[-1].endswith(p):
                out[-1] = out[-1][: -len(p)]
    while len(out) > 1 and out[0].lower().rstrip(".") in lex.titles:
        out.pop(0)
    if out and _stray_full_stop(out[-1]):
        out[-1] = out[-1][:-1]  # "José Martí.": the tokenizer left the sentence's full stop on
    while len(out) > 2 and out[0].istitle() and (out[0].lower() in lex.role_nouns or out[0].lower() in lex.people_nouns):
        out.pop(0)  # "Comedian Sarah Silverman": the NER took the occupation into the name
    while len(out) > 1 and out[-1].lower() in lex.issued_nouns:
        out.pop()  # "President Obama Speech at …": the NER took the event into the name
    return [t for t in out if t]


class Registry:
    """Every speaker entity of one Doc; resolves source mentions to entities."""

    def __init__(self, doc: Doc, lex: Lexicon, text: str | None = None, arr: np.ndarray | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text
        self._arr = token_array(doc) if arr is None else arr
        self._fold_cache: dict[int, tuple[int, list[tuple[str, ...]]]] = {}
        self.lex = lex
        self._people_words, self._person_words, self._collective_words = _noun_sets(lex)
        self._by_token: dict[int, Entity] = {}  # source token -> the entity it resolved to
        self._reported: list[tuple[int, int]] = []  # contents of the quotes resolved so far
        self.persons: list[Entity] = []
        self._bearers: dict[str, list[Entity]] = {}  # folded name word -> the persons whose names hold it
        self.orgs: list[Entity] = []
        self.governments: dict[str, Entity] = {}
        self._unnamed_by: dict[str, list[Entity]] = {}
        # (char offset, entity) of every entity mention, in text order, for pronouns
        self.timeline: list[tuple[int, Entity, bool]] = []
        self._country_form = self._country_forms()
        self._build()

    # ------------------------------------------------------------------ building
    def _country_forms(self) -> dict[str, str]:
        """Canonical country → the fullest form this document itself uses."""
        text = self.text
        out: dict[str, str] = {}
        index = _country_index(self.lex)[1]
        present: dict[str, list[str]] = {}
        for word in set(_CAPITALISED.findall(text)):
            for a, canon in index.get(word, ()):
                if a == word or a in text:
                    present.setdefault(canon, []).append(a)
        for canon, names in present.items():
            out[canon] = max(names, key=lambda a: (len(a.split()), len(a), a))
        return out

    def country(self, canon: str) -> Entity:
        """The government entity of a country, named as the document names it."""
        ent = self.governments.get(canon)
        if ent is None:
            name = self._country_form.get(canon, canon)
            ent = self.governments[canon] = Entity(SpeakerKind.GOVERNMENT, True, [name])
        return ent

    def _country_of(self, text: str) -> str | None:
        t = text.strip()
        for p in ("the ", "The "):
            if t.startswith(p):
                t = t[len(p):]
        if t in self.lex.capitals:
            return self.lex.capitals[t]
        return _country_index(self.lex)[0].get(t)

    def _build(self) -> None:
        lex = self.lex
        singles: list[tuple[Span, list[str]]] = []
        org_singles: list[tuple[Span, list[str]]] = []
        misc_singles: list[Span] = []
        self._ents = list(self.doc.ents)  # spaCy rebuilds the spans on every .ents access
        self._groups: dict[str, Entity] = {}  # coordinated sources by name
        self._unknown_words: set[str] = set()  # one-word names no person bears, once persons are known
        self._titled: dict[str, dict[str, int]] | None = None  # surname → gender → "Mr."/"Mrs." uses
        self._named_persons: list[Span] = []  # person names found inside other entities
        self._trimmed: dict[int, list[str]] = {}  # entity start -> its name cut back out of a headline
        self._known: set[tuple[str, ...]] | None = None  # see _headline_name
        self._ent_starts = [e.start for e in self._ents]
        self._multi_last: set[str] | None = None  # see _surnames_of_names
        self._person_last: set[str] | None = None  # last words of PERSON entities, built once when needed
        self._ent_chars = [e.start_char for e in self._ents]
        self._described_words = {
            _fold(ent[-1].text)
            for ent in self._ents
            if ent.label_ in ("ORG", "GPE") and self._described_as_person(ent.root, ent.start)
        }
        for ent in self._ents:
            label = ent.label_
            if label in ("ORG", "GPE") and self._person_named_otherwise(ent, singles):
                continue
            if label == "PERSON":
                if _in_compound_modifier(ent):
                    continue  # "Oscar-winning director", "anti-Trump voters": a modifier, not someone in the story
                if len(ent) == 1 and ent[0].is_title and ent[0].lower_ in lex.party_words:
                    self._note_org(ent)  # "Labour called for an inquiry", tagged PERSON: the party
                    continue
                while len(ent) > 1 and (ent[0].pos_ in _NOT_NAME_POS or ent[0].tag_.startswith("VB") or ent[0].is_lower):
                    ent = ent[1:]  # "Telling Jeb Bush" in a headline: the name starts later
                ent = _name_run_on(ent, lex)
                toks = _strip_name([t.text for t in ent], lex)
                if not toks:
                    continue
                if len(toks) > 1:
                    whole = ent
                    ent, toks = self._headline_name(ent, toks)
                    if ent is not whole:
                        self._trimmed[whole.start] = toks
                if len(toks) == 1:
                    singles.append((ent, toks))
                    continue
                self._note(ent, self._named_person(toks, _surface(ent, toks), at=ent.start_char))
            elif label in ("GPE", "NORP"):
                canon = self._country_of(ent.text)
                if canon is not None and label == "GPE" and len(ent) == 1 and ent.root.dep_ in ("nsubj", "nsubjpass"):
                    org_singles.append((ent, [ent.text.strip()]))  # "Jordan said": Jim Jordan, if the text names him
                    continue
                if canon is None and label == "GPE":
                    canon = ent.text.strip()
                    if canon.startswith("the "):
                        canon = canon[4:]
                    if len(ent) == 1 and canon[:1].isupper() and ent.root.dep_ in ("nsubj", "nsubjpass"):
                        org_singles.append((ent, [canon]))  # "Nefzi said", tagged GPE: decided later
                        continue
                if canon:
                    self._note(ent, self.country(canon), subject=False)
            elif label == "ORG":
                canon = self._country_of(ent.text)
                if canon is not None:
                    self._note(ent, self.country(canon), subject=False)
                    continue
                toks = _strip_name([t.text for t in ent], lex)
                if len(toks) > 1:
                    head_ent, head_toks = self._headline_name(ent, toks)
                    if len(head_toks) < len(toks):
                        # "Marco Rubio Responds To Question", tagged ORG in a headline
                        self._trimmed[ent.start] = head_toks
                        self._note(head_ent, self._named_person(head_toks, _surface(head_ent, head_toks), at=head_ent.start_char))
                        continue
                person = self._person_after_possessive(ent) or self._person_after_org_head(ent)
                if person is not None:
                    # "the State Department’s Ned Price", "the Pentagon Lloyd Austin", tagged
                    # as one ORG by the NER
                    toks = [t.text for t in person]
                    self._note(person, self._named_person(toks, _surface(person, toks), at=person.start_char))
                    self._named_persons.append(person)
                    continue
                if (
                    2 <= len(toks) <= 3
                    and _given_name_gender(_fold(toks[0]), lex) is not None
                    and all(t[:1].isupper() for t in toks)
                    and not any(_fold(t) in lex.org_heads for t in toks)
                ):
                    # "Carly Fiorina" tagged ORG: a given name makes it a person
                    self._note(ent, self._named_person(toks, _surface(ent, toks), at=ent.start_char))
                    continue
                if len(toks) == 1 and toks[0][:1].isupper():
                    org_singles.append((ent, toks))  # decided once the people are known
                    continue
                self._note_org(ent)
            elif label in _MISREAD_NAME_LABELS and len(ent) == 1 and ent[0].is_title:
                misc_singles.append(ent)  # "Mendes shot back", tagged a product: decided below
            elif label in _MISREAD_NAME_LABELS and 2 <= len(ent) <= 3 and all(t.is_title for t in ent) and (
                person := self._person_for([t.text for t in ent], create=False)
            ) is not None and person.kind is SpeakerKind.PERSON:
                self._note(ent, person)  # "López Obrador", tagged a work of art, after "Andrés Manuel López Obrador"
            elif label in _MISREAD_NAME_LABELS and self._misread_full_name(ent):
                # "Chair Jerome Powell said", tagged a work of art; "Eleanor Park", a place
                toks = _strip_name([t.text for t in ent], lex)
                self._note(ent, self._named_person(toks, _surface(ent, toks), at=ent.start_char))
        orgs_named = self._mostly_organisations(singles, org_singles)
        for ent, toks in singles:
            if _fold(toks[0]) in orgs_named and ent.label_ == "PERSON":
                org_singles.append((ent, toks))  # "Tesla has been beta-testing", tagged PERSON once
                continue
            gender = self._title_gender(ent.start, ent.end)
            surname = self._shared_surname(ent, toks[0])
            if surname is not None:
                # "Becker's wife, Linda,": Linda Becker
                self._note(ent, self._named_person([toks[0], surname], at=ent.start_char, gender=gender))
                continue
            self._note(ent, self._named_person(toks, _surface(ent, toks), at=ent.start_char, gender=gender))
        for ent, toks in org_singles:
            person = self._person_for(toks, create=False)
            if person is not None and person.kind is SpeakerKind.PERSON:
                # "Trump" tagged ORG in an article that names Donald Trump: the person
                self._note(ent, person)
            elif ent.label_ == "GPE":
                self._note(ent, self.country(self._country_of(ent.text) or ent.text.strip()), subject=False)
            else:
                self._note_org(ent)
        for ent in misc_singles:
            person = self._person_for([ent.text], create=False)
            if person is not None and person.kind is SpeakerKind.PERSON:
                self._note(ent, person)  # a surname of someone named, whatever the NER took it for
        self._note_untagged_full_names()
        self._note_untagged_names_and_sources()
        self.timeline.sort(key=lambda x: x[0])
        self._tl_pos = [c for c, _, _ in self.timeline]

    def _misread_full_name(self, ent: Span) -> bool:
        """Whether ``ent``, whatever label the NER gave it, is a given name and a surname, all
        capitalised, after a title ("Chair Jerome Powell") or with a surname the NER took for
        a person's elsewhere ("Eleanor Park wakes at 3 a.m." … "Park said")."""
        if not 2 <= len(ent) <= 5 or not all(t.is_title or t.text.endswith(".") for t in ent):
            return False
        toks = _strip_name([t.text for t in ent], self.lex)
        if not (
            2 <= len(toks) <= 3
            and _given_name_gender(_fold(toks[0]), self.lex) is not None
            and not any(_fold(t) in self.lex.org_heads for t in toks)
        ):
            return False
        if len(toks) < len(ent) and _fold(ent[0].text.rstrip(".")) in self.lex.titles:
            return True
        if self._person_last is None:
            self._person_last = {e[-1].text for e in self._ents if e.label_ == "PERSON"}
        return toks[-1] in self._person_last

    def _shared_surname(self, ent: Span, given: str) -> str | None:
        """The surname a lone given name takes from the named relative it is set after ("Tom
        Becker's wife, Linda," → "Becker"; :data:`~quoteattr.lexicon.FAMILY_NOUNS`) or shares
        with the name after "and" ("John and Mary Keller"), or ``None``."""
        if _given_name_gender(_fold(given), self.lex) is None:
            return None
        doc = ent.doc
        k = ent.end
        if k + 2 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "B":
            # "John and Mary Keller": two given names before one surname
            other = self._ent(doc[k + 1])
            if other is not None and len(other) == 2 and _given_name_gender(_fold(other[0].text), self.lex) is not None:
                return other[-1].text
            return None
        root = ent.root
        kin = root.head
        if root.dep_ != "appos" or kin.i >= root.i or kin.lemma_.lower() not in self.lex.family_nouns:
            return None
        owner = next((c for c in kin.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lower_ in ("his", "her"))), None)
        if owner is not None and owner.lower_ in ("his", "her"):
            return self._only_surname_before(kin, "male" if owner.lower_ == "his" else "female")
        if owner is None or not owner.is_title or not any(c.dep_ == "case" for c in owner.children):
            return None
        return owner.text

    def _only_surname_before(self, kin: Token, gender: str) -> str | None:
        """"Her husband, Daniel,": the surname of the last person named before ``kin`` within a
        few sentences, when that person is named in full and may be of ``gender``; ``None``
        otherwise (the "her" is then someone the text does not name in full)."""
        doc = kin.doc
        floor = kin.sent.start
        for _ in range(_KIN_REACH):
            if floor == 0:
                break
            floor = doc[floor - 1].sent.start
        last = None
        for e in self._ents:
            if e.start >= kin.i:
                break
            if e.label_ == "PERSON" and e.start >= floor:
                last = e
        if last is None or len(last) < 2 or not all(t.is_title for t in last):
            return None
        if _given_name_gender(_fold(last[0].text), self.lex) not in (None, gender):
            return None
        return last[-1].text

    def _relative_of(self, tok: Token, head: str, det: str, previous: Entity | None) -> Entity | None:
        """"Her husband said": the one other person named with the surname of the person
        "her" stands for, of the gender the noun tells ("John and Mary Keller … Mrs. Keller
        said … Her husband said" is John Keller), or ``None``."""
        owner = self._recent_person(tok.idx, "male" if det == "his" else "female", previous, sent_start=tok.sent.start_char)
        if owner is None or not owner.named:
            return None
        surname = _fold(owner.name.split()[-1])
        gender = _NOUN_GENDER.get(head)
        found = []
        for e in self.persons:
            if e is owner or not e.named or e.gender not in (None, gender):
                continue
            words = e.name.split()
            if len(words) > 1 and _fold(words[-1]) == surname:
                found.append(e)
        return found[0] if len(found) == 1 else None

    def _mostly_organisations(
        self, singles: list[tuple[Span, list[str]]], org_singles: list[tuple[Span, list[str]]]
    ) -> set[str]:
        """One-word names (folded) the NER tags as an organisation more often than as a
        person, and that end no name of several words: "Tesla" in an article about the
        company, tagged PERSON once ("Tesla has been beta-testing ...")."""
        votes: dict[str, int] = {}
        for ent, toks in singles:
            if ent.label_ == "PERSON":
                w = _fold(toks[0])
                votes[w] = votes.get(w, 0) - 1
        if not votes:
            return set()
        for ent, toks in org_singles:
            w = _fold(toks[0])
            if ent.label_ == "ORG" and w in votes:
                votes[w] += 1
        found = {w for w, n in votes.items() if n > 0}
        # "Corvane said", tagged PERSON, after "Corvane Semiconductor": the first word of an
        # organisation's name is the organisation
        firsts = {_fold(e[0].text) for e in self._ents if e.label_ == "ORG" and len(e) > 1 and e[1].text not in _POSSESSIVE}
        found |= {w for w in votes if w in firsts}
        return found - self._surnames_of_names() if found else found

    def _surnames_of_names(self) -> set[str]:
        """The last words (folded) of the document's entities of several words, once."""
        if self._multi_last is None:
            self._multi_last = {_fold(e[-1].text) for e in self._ents if len(e) > 1}
        return self._multi_last

    def _person_named_otherwise(self, ent: Span, singles: list[tuple[Span, list[str]]]) -> bool:
        """A name the NER tagged as an organisation or a place but the text describes as
        a person ("said Concord resident Whit Symms", "Nefzi, a chemistry professor"):
        noted as a person (one-word names with the other surnames, once all are known)."""
        if self._country_of(ent.text) is not None and (len(ent) > 1 or _fold(ent[-1].text) not in self._surnames_of_names()):
            return False  # (a country, unless it is the surname of a name in the text: "Jim Jordan")
        if _fold(ent[-1].text) not in self._described_words:
            return False  # (described here, or "Witold Chrabaszcz" is the Chrabaszcz described elsewhere)
        doc = self.doc
        s = ent.start
        while s > 0 and ent.start - s < 2 and doc[s - 1].pos == PROPN and doc[s - 1].is_title and not doc[s - 1].ent_type_:
            s -= 1  # "Joh Husted, Ohio Secretary of State": the NER left the given name out
        ent = doc[s : ent.end]
        toks = _strip_name([t.text for t in ent], self.lex)
        if not toks or not all(t[:1].isupper() for t in toks) or any(_fold(t) in self.lex.org_heads for t in toks):
            return False
        if len(toks) == 1:
            singles.append((ent, toks))
        else:
            self._note(ent, self._named_person(toks, _surface(ent, toks), at=ent.start_char))
        return True

    def _described_as_person(self, root: Token, start: int) -> bool:
        """Whether a name the NER took for an organisation (or missed) is described as a
        person: a person noun in apposition ("Nefzi, a chemistry professor"), a person noun it
        is in apposition to ("Germany's chancellor, Olaf Scholz"), before it ("Concord
        resident Whit Symms") or a "who" clause ("Nefzi, who ...")."""
        words = self._person_words
        if (
            root.dep_ == "appos"
            and root.head.i < root.i
            and root.head.pos_ == "NOUN"
            and root.head.lemma_.lower() in words
            and root.head.tag_ not in _PLURAL_TAGS
        ):
            return True  # "Germany's chancellor, Olaf Scholz, said": the name of the person described
        for c in root.children:
            if c.i <= root.i:
                continue
            if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() in words:
                return True
            if c.dep_ == "relcl" and c.left_edge.lower_ == "who" and c.left_edge.i == root.i + 2:
                return True
        if start > 0:
            prev = self.doc[start - 1]
            if prev.pos_ == "NOUN" and prev.is_lower and prev.lemma_.lower() in words and prev.head.i >= start:
                return True
        return False

    def _note_org(self, ent: Span) -> None:
        """Register an ORG entity as an organisation, with the roles it is described by."""
        e = self._org_for(ent)
        self._note(ent, e, subject=False)
        self._read_org_roles(ent, e)

    def _headline_name(self, ent: Span, toks: list[str]) -> tuple[Span, list[str]]:
        """A name the NER ran on into a title-case headline ("Ted Cruz Apologizes To Ben
        Carson"): cut back to the longest part the article names on its own ("Ted Cruz")."""
        doc = self.doc
        nxt = ent.end
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if nxt < len(doc) and not (doc[nxt].is_title or doc[nxt].is_upper):
            return ent, toks  # "Mary Ann Smith said": running text, the name is whole
        if self._known is None:
            # every PERSON name of the article, folded (built once, and only when needed)
            self._known = {
                tuple(_fold(t) for t in _strip_name([t.text for t in e], self.lex))
                for e in self._ents
                if e.label_ == "PERSON"
            }
        known = self._known
        words = [t for t in ent if not t.is_space and not _HYPHENS.fullmatch(t.text)]
        for k in range(len(toks) - 1, 0, -1):
            part = tuple(_fold(t) for t in toks[:k])
            if (k > 1 and part in known) or (k == 1 and any(len(n) > 1 and n[-1] == part[0] for n in known)):
                # (one word stands for a name only as someone's surname: "Trump Wants ...")
                keep = words[: len(words) - (len(toks) - k)]
                return doc[keep[0].i : keep[-1].i + 1], toks[:k]
        return ent, toks

    def _note_untagged_full_names(self) -> None:
        """Full names the NER missed that open with a common given name ("Elon Musk wrote
        ...": no entity at all), so that the name speaks and "he" can refer back to it."""
        doc = self.doc
        arr = self._arr
        pos = arr[:, POS_COL]
        free = np.ones(len(pos), dtype=bool)  # tokens outside every entity
        for ent in self._ents:
            free[ent.start : ent.end] = False
        # a proper noun outside the entities, before another one: only then test the name list
        maybe = (pos == PROPN) & free
        maybe[:-1] &= maybe[1:]
        maybe[-1:] = False
        after_title = np.zeros(len(pos), dtype=bool)
        after_title[1:] = is_in(arr[:-1, LOWER_COL], _HONORIFIC_IDS)
        for i in np.flatnonzero((pos == PROPN) & free & after_title).tolist():
            # a name after an honorific the NER left untagged: "Dr. I-Min Lee of Harvard said"
            if not doc[i - 1].is_title or not doc[i].is_title:
                continue
            j = i
            while j < len(doc) and j - i < 5 and free[j] and (
                (doc[j].pos == PROPN and doc[j].is_title)
                or (_HYPHENS.fullmatch(doc[j].text) and j + 1 < len(doc) and doc[j + 1].pos == PROPN and j > i)
            ):
                j += 1
            while j > i and _HYPHENS.fullmatch(doc[j - 1].text):
                j -= 1
            toks = [t.text for t in doc[i:j] if not _HYPHENS.fullmatch(t.text)]
            if toks and not any(_fold(t) in self.lex.org_heads or t.lower().rstrip(".") in self.lex.titles for t in toks):
                name = doc[i:j]
                self._note(name, self._named_person(toks, _surface(name, toks), at=name.start_char))
                free[i:j] = False
        for i in np.flatnonzero(maybe & free).tolist():
            tok = doc[i]
            if _given_name_gender(tok.lower_, self.lex) is None:
                continue
            if not tok.is_title or (i > 0 and doc[i - 1].pos == PROPN and doc[i - 1].is_title):
                continue
            j = i + 1
            while j < len(doc) and j - i < 3 and doc[j].pos == PROPN and doc[j].is_title and not doc[j].ent_type_:
                j += 1
            if j - i < 2:
                continue
            name = doc[i:j]
            toks = [t.text for t in name]
            if any(_fold(t) in self.lex.org_heads for t in toks):
                continue
            self._note(name, self._named_person(toks, _surface(name, toks), at=name.start_char))

    def _note_untagged_names_and_sources(self) -> None:
        """Surnames the NER missed ("Wang" tagged ORG) and indefinite sources anywhere.

        "a senior State Department official" introduced in a passive phrase must still be
        there for "the official" to refer back to.
        """
        lex = self.lex
        doc = self.doc
        known = {x.lower() for e in self.persons for n in e.names for x in _name_words(n)}
        noted = {m[0] for e in self.persons for m in e.mentions}
        # one vectorised pass picks the few tokens worth a look
        arr = self._arr
        known_ids = np.array(sorted(get_string_id(w) for w in known), dtype=np.uint64)
        role_ids = _word_ids(lex, "role_nouns")
        pos = arr[:, POS_COL]
        hits = ((pos == PROPN) & is_in(arr[:, LOWER_COL], known_ids)) | (
            (pos == NOUN) & is_in(arr[:, LEMMA_COL], role_ids)
        )
        owned = (pos == NOUN) & is_in(arr[:, LEMMA_COL], _word_ids(lex, "org_heads"))
        for i in np.flatnonzero(owned & ~hits).tolist():
            tok = doc[i]
            if tok.tag_ not in _PLURAL_TAGS and any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in tok.children):
                # "Hillary Clinton's campaign held a rally": there for "the campaign" to refer to
                span = mention_span(tok)
                e = self._org_by_head(tok, span)
                if e is not None:
                    e.add_mention(span)
        titled = (pos == PROPN) & is_in(arr[:, LOWER_COL], role_ids)
        for i in np.flatnonzero(titled).tolist():
            self._untagged_name_by_role(doc[i], noted)  # "Joh Husted, Ohio Secretary of State"
        for i in np.flatnonzero(hits).tolist():
            tok = doc[i]
            if tok.pos == PROPN:
                if tok.ent_type_ == "PERSON" or tok.idx in noted:
                    continue
                ent = self._ent(tok) if tok.ent_type_ else None
                if (
                    ent is not None
                    and any(t.i != tok.i and t.pos_ in ("PROPN", "NOUN") for t in ent)
                    and self._person_for([t.text for t in ent if t.pos_ == "PROPN"], create=False) is None
                ):
                    continue  # "a Trump White House": a word of another entity's name, not the person

                e = self._person_for([tok.text], create=False)
                if e is not None:
                    e.add_mention((tok.idx, tok.idx + len(tok.text)))
                    self.timeline.append((tok.idx, e, tok.dep_ in ("nsubj", "nsubjpass")))
                continue
            if self._untagged_name_by_role(tok, noted):
                continue
            head = tok.head
            det = next((c.lower_ for c in tok.children if c.dep_ == "det"), "")
            plural = tok.tag_ in _PLURAL_TAGS
            if tok.dep_ == "appos" and head.ent_type_ == "PERSON" and not plural:
                continue  # "Marco Rubio, a senator from Florida": his role, not another source
            if det in ("a", "an", "some") or (plural and not det):
                span = mention_span(tok)
                head = tok.lemma_.lower()
                if self._unnamed_by_head(head, span[0] + 1) is None:
                    kind = SpeakerKind.GROUP if plural else SpeakerKind.PERSON
                    e = Entity(kind, False, [self.text[span[0]:span[1]]], head=head)
                    e.add_mention(span)
                    self._add_unnamed(e)

    def _untagged_name_by_role(self, tok: Token, noted: set[int]) -> bool:
        """"Jessica Nguyen, a spokesperson for the ministry, ...": a name the NER missed,
        made a person by the role in apposition (``tok``); True when one was noted."""
        head = tok.head
        if not (tok.dep_ == "appos" and head.pos == PROPN and not head.ent_type_ and head.i < tok.i):
            return False
        doc = self.doc
        s = head.i
        while s > 0 and doc[s - 1].pos == PROPN and doc[s - 1].is_title and head.i - s < 3:
            s -= 1
        name = doc[s : head.i + 1]
        toks = _strip_name([t.text for t in name], self.lex)
        if not toks or not all(t[:1].isupper() for t in toks) or name.start_char in noted:
            return False
        e = self._named_person(toks, _surface(name, toks))
        e.roles.add(tok.lemma_.lower())
        self._note(name, e)
        noted.add(name.start_char)
        return True

    def _add_unnamed(self, e: Entity) -> None:
        self._unnamed_by.setdefault(e.head, []).append(e)

    def _note(self, ent: Span, e: Entity, subject: bool | None = None) -> None:
        start, end = ent.start_char, ent.end_char
        while end > start and self.text[end - 1].isspace():
            end -= 1
        e.add_mention((start, end))
        if subject is None:
            root = ent.root
            # (or the name in apposition to the subject: "The victim's mother, Katie Wright, wept")
            subject = root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass") and root.head.i < root.i
            )
        self.timeline.append((ent.start_char, e, subject))
        if e.kind is SpeakerKind.PERSON:
            self._read_roles(ent, e)

    def _read_roles(self, ent: Span, e: Entity) -> None:
        """Titles before the name ("Secretary of State Antony Blinken") and appositions."""
        doc = self.doc
        lex = self.lex
        for t in ent:  # a title the NER took into the name ("Spokeswoman Mao Ning")
            low = t.lower_.rstrip(".")
            if low not in lex.titles and low not in lex.role_nouns:
                break
            self._add_role(e, low)
        lo = max(0, ent.start - 5)
        if lex.role_phrases and any(t.lower_ in lex.role_phrase_ends for t in doc[lo : ent.start + 3]):
            before = doc[lo : ent.start + 3].text.lower()
            for phrase, roles in lex.role_phrases.items():
                if phrase in before:
                    e.roles.update(roles)  # "Secretary of State Antony Blinken" is a diplomat
        i = ent.start - 1
        steps = 0
        while i >= 0 and steps < 8:
            t = doc[i]
            low = t.lower_.rstrip(".")
            if low in lex.titles or low in lex.role_nouns:
                qualifier = _role_qualifier(doc, i, lex)
                if qualifier:
                    e.roles.add(f"{qualifier} {low}")  # "Shadow chancellor Mel Stride": another office
                else:
                    self._add_role(e, low)
                if low in MALE_TITLES:
                    e.gender = e.gender or "male"
                elif low in FEMALE_TITLES:
                    e.gender = e.gender or "female"
            elif not (t.is_title or t.is_upper or low in ("of", "the", "for", "and", "at")):
                break
            elif low == "for" and (i + 1 == ent.start or doc[i + 1].lower_.rstrip(".") in lex.titles):
                break  # "a spokesman for (Mayor) Frank G. Jackson" serves him
            elif low in lex.party_words and e.party is None:
                e.party = lex.party_words[low]  # "Republican Tom Harkness"
            elif t.ent_type_ in _PLACE_LABELS:
                if i >= 2 and doc[i - 1].lower_ in ("of", "from") and doc[i - 2].ent_type_ == "PERSON":
                    break  # "Sen. Bernie Sanders of Vermont and Sen. Elizabeth Warren": his state
                e.places.add(t.lower_)
            i -= 1
            steps += 1
        k = ent.end
        if k + 1 < len(doc) and doc[k].lower_ in ("of", "from") and doc[k + 1].ent_type_ in _PLACE_LABELS:
            e.places.update(_place_words(doc[k + 1]))  # "Sen. Marco Rubio of Florida"
        after = _PARTY_AFTER.match(self.text, ent.end_char)
        if after is not None and e.party is None:
            e.party = "republican" if after.group(1) == "R" else "democratic"  # "Ted Cruz (R-Texas)"
        root = ent.root
        for other in [root.head] + list(root.children):
            if other.i == root.i:
                continue
            if (other.dep_ == "appos" and other.head.i == root.i) or (root.dep_ == "appos" and other.i == root.head.i):
                low = other.lemma_.lower()
                if low in lex.role_nouns:
                    qualifier = _role_qualifier(doc, other.i, lex)
                    self._add_role(e, f"{qualifier} {low}" if qualifier else low)
                    e.places.update(_places_of(other))  # "a senator from Florida"
                for c in other.children:
                    if c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.role_nouns:
                        e.roles.add(c.lemma_.lower())

    def _titled_gender(self, surname: str) -> str | None:
        """The gender the text's own titles give a surname when they agree most of the
        time ("Mr. Obama" nine times, "Mrs. Obama" once: a bare "President Obama" is he)."""
        if self._titled is None:
            self._titled = {}
            doc = self.doc
            # (one array lookup for the gendered titles, then a loop over the few hits)
            hits = np.flatnonzero(is_in(self._arr[:-1, LOWER_COL], _TITLE_IDS)).tolist() if len(doc) > 1 else []
            for i in hits:
                low = doc[i].lower_.rstrip(".")
                gender = "male" if low in MALE_TITLES else "female"
                nxt = doc[i + 1]
                if nxt.pos_ == "PROPN":
                    counts = self._titled.setdefault(_fold(nxt.text), {})
                    counts[gender] = counts.get(gender, 0) + 1
        counts = self._titled.get(surname)
        if not counts:
            return None
        gender, n = max(counts.items(), key=lambda kv: kv[1])
        return gender if n >= 2 * (sum(counts.values()) - n) + 1 else None

    def _title_gender(self, start: int, end: int) -> str | None:
        """The gender a title right before the name's last word gives ("Mrs." of "Mrs.
        Clinton", inside the entity ``start``..``end`` or not), if any; never the name
        itself ("King" is a surname, not a title)."""
        doc = self.doc
        for t in doc[max(0, start - 2) : end - 1]:
            low = t.lower_.rstrip(".")
            if low in MALE_TITLES:
                return "male"
            if low in FEMALE_TITLES:
                return "female"
        return None

    def _add_role(self, e: Entity, role: str) -> None:
        """Give ``e`` a role and the roles its title stands for ("Sen." is a senator and a lawmaker)."""
        e.roles.add(role)
        e.roles.update(self.lex.title_roles.get(role, ()))

    def _read_org_roles(self, ent: Span | Token, e: Entity) -> None:
        """A description in apposition to an organisation's name ("Teck, the Canadian
        mining company, ..."), so that "the company" can later refer back to it."""
        root = ent.root if hasattr(ent, "root") else ent  # a Span, or a Token the NER missed
        others = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            others.append(root.head)
        for other in others:
            low = other.lemma_.lower()
            if low in self.lex.org_heads and other.pos_ == "NOUN":
                e.roles.add(low)

    def _named_person(
        self, toks: list[str], display: str | None = None, *, at: int | None = None, gender: str | None = None
    ) -> Entity:
        """The person these name tokens name (created if new), counting this spelling;
        ``at`` is where the name is written, for choosing among people who share a word;
        ``gender`` is what a title before the name says ("Mrs. Clinton")."""
        # (a title tells the gender only of a person the name picks out alone: "Ms. Khan"
        # may be the mother or the son of the article)
        alone = len(toks) > 1 or len(self._bearers.get(_fold(toks[-1]), ())) <= 1
        e = self._person_for(toks, create=True, at=at, gender=gender)
        assert e is not None
        e.add_name(" ".join(toks), display)
        if e.gender is None and len(toks) > 1:
            given = _fold(toks[0])  # "Hillary Clinton" is a she, "Bill Clinton" a he
            e.gender = _given_name_gender(given, self.lex)
        if e.gender is None and alone:
            e.gender = gender
        self._unknown_words.clear()  # (a new name may be a letter away from one asked for)
        for w in toks:
            for x in _name_words(w):
                bearers = self._bearers.setdefault(_fold(x), [])
                if e not in bearers:
                    bearers.append(e)
        return e

    def _person_for(
        self, toks: list[str], *, create: bool, at: int | None = None, gender: str | None = None
    ) -> Entity | None:
        """The person these name tokens name; a one-word name with a gendered title
        (``gender``) is never a person of the other gender ("Mrs. Clinton" is not Bill)."""
        folded = [_fold(t) for t in toks]
        last = folded[-1]
        best = None
        if len(folded) > 1:
            for e in self.persons:
                for nt in self._folded_names(e):
                    if len(nt) > 1 and (
                        (nt[-1] == last and self._same_given_names(nt[:-1], folded[:-1]))
                        or (
                            len(last) >= 5
                            and _edit1(nt[-1], last)
                            and _edit1(nt[0], folded[0])
                            and not self._other_gender(nt[0], folded[0])  # ("Mary" is no misspelt "Mark")
                        )
                    ):
                        best = e
                        break
                if best:
                    break
        else:
            # one word of a name: of several people who bear it ("Hillary" and "Bill
            # Clinton"), one whose surname it is before one whose middle name it is
            # ("Maryanne Trump Barry"), then the one the article names in full most often,
            # then the one it introduced first
            bearers = self._bearers.get(last, [])
            if not bearers and len(last) >= 5 and last not in self._unknown_words:
                # "Blinkin said" after "Antony Blinken": a misspelt surname, when only one
                # person's surname is one letter away
                near = [e for e in self.persons if any(len(nt) > 1 and _edit1(nt[-1], last) for nt in self._folded_names(e))]
                bearers = near if len(near) == 1 else []
                if not bearers and not create:
                    self._unknown_words.add(last)  # (asked again for "CNN" or "Tuesday": no scan)
            if gender is not None:
                bearers = [e for e in bearers if self._given_gender(e) in (None, gender)]
            if bearers:
                titled = self._titled_gender(last) if gender is None and len(bearers) > 1 else None

                def last_before(e: Entity) -> int:
                    # the latest mention before ``at``: of two equally known people whose
                    # family name comes first, the one just written about ("Wang Yi …,
                    # spokesman Wang Wenbin …, Wang said"); a surname written last keeps the
                    # article's main bearer ("Trump" is not the brother mentioned once)
                    if any(nt[-1] == last for nt in self._folded_names(e)):
                        return 0
                    return _last_before(e, at) if at is not None else -1

                best = max(
                    bearers,
                    key=lambda e: (
                        any(nt[-1] == last for nt in self._folded_names(e)),
                        # not one of the other gender than the text's "Mr." or "Mrs." for this surname
                        titled is None or self._given_gender(e) in (None, titled),
                        # the one the opening names (not "Bill Clinton" brought up in the 40th
                        # paragraph of a story on Hillary Clinton, however often)
                        e.first < _OPENING,
                        sum(c for c, nt in zip(e.names.values(), self._folded_names(e)) if len(nt) > 1),
                        last_before(e),
                        -self.persons.index(e),
                    ),
                )
        if best is None and create:
            best = Entity(SpeakerKind.PERSON, True)
            self.persons.append(best)
        return best

    def _given_gender(self, e: Entity) -> str | None:
        """The gender the given name of ``e``'s full name tells ("Bill Clinton": male), not
        one guessed from a pronoun, which may have gone to the wrong bearer of a surname."""
        return next(
            (g for nt in self._folded_names(e) if len(nt) > 1 and (g := _given_name_gender(nt[0], self.lex))), None
        )

    def _same_given_names(self, a: tuple[str, ...], b: Sequence[str]) -> bool:
        """Whether two names' given names can be one person's: each given name of the
        shorter one is in the longer as written, as an initial, a spelling variant
        ("Anthony"/"Antony") or a short form ("Bill"/"William"), never another name
        ("Bill" and "Hillary" Clinton, "Jeb" and "George W." Bush)."""
        if len(a) > len(b):
            a, b = b, a
        nick = self.lex.nicknames
        for g in a:
            g0 = g.rstrip(".")
            if not any(
                g0 == h.rstrip(".")
                or (len(g0) == 1 and h.startswith(g0))
                or (len(h.rstrip(".")) == 1 and g0.startswith(h.rstrip(".")))
                or (min(len(g0), len(h)) >= 4 and _edit1(g0, h) and not self._other_gender(g0, h))
                or h in nick.get(g0, ())
                for h in b
            ):
                return False
        return True

    def _other_gender(self, a: str, b: str) -> bool:
        """Whether two given names are known names of different genders ("Mary", "Mark"):
        then one is no misspelling of the other."""
        ga, gb = _given_name_gender(a, self.lex), _given_name_gender(b, self.lex)
        return ga is not None and gb is not None and ga != gb

    def _folded_names(self, e: Entity) -> list[tuple[str, ...]]:
        """The entity's names as folded token tuples, cached until it gains a name."""
        cached = self._fold_cache.get(id(e))
        if cached is None or cached[0] != len(e.names):
            cached = (len(e.names), [tuple(_fold(x) for x in _name_words(n)) for n in e.names])
            self._fold_cache[id(e)] = cached
        return cached[1]

    def _org_key(self, words: list[str]) -> tuple[str, ...]:
        """An organisation's key: its last two words, head last, after the country that
        qualifies it ("russia", "defense", "ministry" for "Russia's defense ministry")."""
        out = []
        country = None
        for w in words:
            w = _fold(w)
            for p in ("’s", "'s"):
                if w.endswith(p):
                    w = w[: -len(p)]
            if w in ("the", "a", "an", "’s", "'s", ""):
                continue
            if w in self.lex.nationality_words:
                country = country or self.lex.nationality_words[w]
                continue
            out.append(w)
        while len(out) > 1 and out[-1].rstrip(".") in _LEGAL_FORMS:
            out.pop()  # "Tesla Inc." is the Tesla of the next sentence
        if "of" in out[1:-1]:
            # "Department of Education" is keyed as "the Education Department": the head last
            # (so "School of Education" is another body, and "the department" is this one)
            k = out.index("of")
            out = out[k + 1 :] + out[:k]
        tail = tuple(out[-2:])
        return (_COUNTRY_MARK + country,) + tail if country and tail else tail

    @staticmethod
    def _org_matches(head: str, key: tuple[str, ...]) -> bool:
        """Whether an organisation with this head is the one ``key`` names: the same words,
        or fewer ("the ministry"), and never another country's ("Ukraine's defense ministry"
        is not Russia's)."""
        have = tuple(head.split())
        if not have or not key:
            return False
        if have == key:
            return True
        mine = have[0] if have[0].startswith(_COUNTRY_MARK) else None
        theirs = key[0] if key[0].startswith(_COUNTRY_MARK) else None
        if mine and theirs and mine != theirs:
            return False
        have = have[1:] if mine else have
        key = key[1:] if theirs else key
        return have == key or (len(key) == 1 and have[-1:] == key)

    def _org_for(self, span: Span | list[Token]) -> Entity:
        tokens = [t for t in span if not t.is_space]
        while tokens and tokens[0].lower_ in ("the", "a", "an"):
            tokens = tokens[1:]
        doc = self.doc
        i0 = tokens[0].i if tokens else 0
        if i0 >= 2 and doc[i0 - 1].text in _POSSESSIVE and _fold(doc[i0 - 2].text) in self.lex.nationality_words:
            # "Russia's defense ministry", of which the NER tagged only "defense ministry":
            # the country tells it from Ukraine's
            tokens = [doc[i0 - 2], doc[i0 - 1], *tokens]
        for k in range(1, len(tokens)):
            t = tokens[k]
            if (t.pos_ in ("VERB", "AUX") and t.is_lower) or (
                t.is_punct and t.text in ("-", "–", "—", ",") and k + 1 < len(tokens) and tokens[k + 1].is_lower
            ):
                tokens = tokens[:k]  # the NER ran on: "The Tax Policy Center - half", "Trump told ..."
                break
        while len(tokens) > 1 and tokens[-1].pos_ == "ADV" and tokens[-1].is_lower:
            tokens = tokens[:-1]  # nor "Russia's defense ministry later said"
        words = [t.text for t in tokens]
        key = self._org_key(words)
        kept = [w for w in words if w not in _POSSESSIVE and not _HYPHENS.fullmatch(w)]  # (written back by _surface)
        name = " ".join(kept)
        display = _surface(tokens, kept) if kept else None
        if len(tokens) > 2 and tokens[1].text in _POSSESSIVE:
            display = self.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]  # "Russia's defense ministry"
        for e in self.orgs:
            if e.head and key and self._org_matches(e.head, key):
                e.add_name(name, display)
                return e
        named = self._org_named_first(tokens[0]) if len(tokens) == 1 else None
        if named is not None:
            named.add_name(name, display)
            return named
        e = Entity(SpeakerKind.ORGANIZATION, True, head=" ".join(key))
        e.add_name(name, display)
        self.orgs.append(e)
        return e

    def _org_named_first(self, tok: Token) -> Entity | None:
        """"Corvane said" after "Corvane Semiconductor": the one organisation whose name of
        several words starts with this capitalised word, when it is nobody's surname and not
        a place."""
        if not tok.is_title or tok.ent_type_ not in ("ORG", "PERSON") or not self.orgs:
            return None
        if _fold(tok.text) in self._surnames_of_names():
            return None
        first = tok.text + " "
        found = [
            e for e in self.orgs
            if any(
                n.startswith(first)
                and all(w[:1].isupper() for w in n.split())  # (not "Politico, Democratic party": a run-on)
                and not any(p in e.display.get(n, n) for p in (*_POSSESSIVE, ","))
                for n in e.names
            )
            and (e.head or "").rsplit(" ", 1)[-1] not in self.lex.document_nouns  # (not "Rubio's press release")
        ]
        return found[0] if len(found) == 1 else None

    # ------------------------------------------------------------------ resolving
    def resolve(
        self,
        tok: Token,
        span: tuple[int, int],
        *,
        previous: Entity | None = None,
        clause: tuple[int, int] | None = None,
        label: bool = False,
        content: tuple[int, int] | None = None,
    ) -> Resolution:
        """Resolve the source mention headed by ``tok`` (character span ``span``).

        ``previous`` is the speaker of the previous quote; ``clause`` the character span of
        the cue's clause, whose other names cannot be the pronoun's antecedent ("he told
        Blinken": he is not Blinken).  ``label`` marks a transcript label ("PENCE:").
        ``content`` is the span of what was said: no antecedent of "they" lies in it.
        """
        res = self._resolve(tok, span, previous=previous, clause=clause, label=label, content=content)
        if res.entity is not None:
            self._by_token.setdefault(tok.i, res.entity)  # so that "they" can take it up
        if content is not None:
            if clause is not None and content[0] <= clause[1] <= content[1] + _TAIL_CHARS and span[0] < content[0]:
                # "Axelrod said the attention helped Clinton, who need not prove it as Obama
                # did": a closing clause the report leaves out is still no antecedent after it
                content = (content[0], clause[1])
            self._reported.append(content)
        return res

    def _in_reported(self, char: int) -> bool:
        """Whether ``char`` lies in the content of a quote resolved before (the last few)."""
        return any(s <= char < e for s, e in self._reported[-12:])

    def _resolve(
        self,
        tok: Token,
        span: tuple[int, int],
        *,
        previous: Entity | None,
        clause: tuple[int, int] | None,
        label: bool,
        content: tuple[int, int] | None,
    ) -> Resolution:
        lex = self.lex
        if label:
            return self._resolve_label(self.text[span[0]:span[1]], span)
        if coordinated_subject(tok) is not None:
            return Resolution(self._group_of(tok, span), "coordinated")
        if tok.lower_ in _PARTITIVES and not any(c.dep_ in ("prep", "compound", "amod", "acl", "relcl") for c in tok.children):
            e = self._partitive_group(tok)
            if e is not None:
                e.add_mention(span)
                return Resolution(e, "unnamed-source")
        if tok.lower_ in ("former", "latter") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
            e = self._former_or_latter(tok)
            if e is not None:
                e.add_mention(span)
                return Resolution(e, "former-latter")
        if tok.tag_ not in _PLURAL_TAGS and (tok.lower_.rstrip(".") in lex.titles or tok.lemma_.lower() in lex.role_nouns):
            # "Former Pennsylvania Gov. and DNC Chairman Ed Rendell said", "lobbyist and GOP
            # strategist Charlie Black": two titles or roles, one person
            person = next((c for c in tok.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
            if person is not None:
                tok = person
        doc = self.doc
        k = tok.i + 1
        if k < len(doc) and doc[k].text == ".":
            k += 1
        if tok.lower_.rstrip(".") in lex.titles and tok.is_title and k < len(doc) and doc[k].ent_type_ == "PERSON":
            # "said Pentagon spokesman Navy Capt. Jeff Davis": the sentence splitter broke
            # after the abbreviated title; the name after it is the speaker
            tok = doc[k]
            while tok.head.i != tok.i and tok.head.ent_type_ == "PERSON" and tok.head.i > tok.i:
                tok = tok.head
        if tok.tag_ in _PLURAL_TAGS and tok.pos_ == "NOUN":
            names = _apposed_names(tok)
            first, last = (self._ent(t) for t in names) if names is not None else (None, None)
            if first is not None and last is not None:
                # "The two council members who backed it, Ed Novak and Priya Shah, said": the
                # people named in apposition, together (from the first name to the last)
                return Resolution(self._group_of(first.root, (first.start_char, last.end_char)), "coordinated")
        if tok.ent_type_ != "PERSON":
            # "the coordinator for ... at the Council John Kirby": a description that holds
            # the name; the name decides who speaks (not for people: "people close to Sanders")
            # a name in apposition comes first: "Trump’s Indiana chairman, Rex Early" is Rex Early
            person = next(
                (
                    c for c in tok.children
                    if c.dep_ == "appos"
                    and (
                        c.ent_type_ == "PERSON"
                        # (a name the NER took for an organisation, known as a person by now)
                        or (c.pos_ == "PROPN" and self._person_for(self._name_tokens(c) or [c.text], create=False))
                    )
                ),
                None,
            )
            if person is None and tok.tag_ not in _PLURAL_TAGS and (
                tok.lemma_.lower() in lex.role_nouns or tok.lemma_.lower() in lex.people_nouns
            ):
                person = _named_after_attachment(tok)
            if person is None:
                person = None if tok.tag_ in _PLURAL_TAGS and tok.pos_ == "NOUN" else self._person_in(span)
                if person is not None and (
                    self._served_by(person, tok)
                    or any(
                        c.left_edge.i <= person.i <= c.right_edge.i and _modifier_not_naming(c)
                        for c in tok.rights
                    )
                ):
                    # "A spokesman for Donald Trump" is not Trump, nor is "one Democrat
                    # familiar with the Clinton campaign" Clinton (but "the base chief known
                    # as Bob" is Bob, and "a survey conducted by X" speaks for X)
                    person = None
            if person is None:  # or in apposition: "the coordinator, John Kirby"
                person = next(
                    (
                        c for c in tok.children
                        if (c.dep_ == "appos" or (c.dep_ == "compound" and c.i > tok.i)) and c.ent_type_ == "PERSON"
                    ),
                    None,
                )  # (not "Clinton insiders": people of hers)
            if person is None and (tok.lemma_.lower() in lex.document_nouns or tok.lemma_.lower() in lex.speech_nouns):
                # "Ivana Trump's brief said", "Mr. Clinton's remark describing ...": a
                # person's document or words speak for their author
                person = next((c for c in tok.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"), None)
            if person is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.people_nouns:
                # "The developer, Keystone Logistics, said": a company doing what people do
                person = next(
                    (c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "ORG" and _fold(c.text) in lex.org_heads),
                    None,
                )
            if person is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.org_heads:
                # "The company, Pinewood Paper, said": the body's name in apposition
                person = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "ORG"), None)
                named = next(
                    (
                        c for c in tok.children
                        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.is_title and c.ent_type_ in _APPOSED_ORG_LABELS
                    ),
                    None,
                )
                if person is None and named is not None:
                    # "The insurer, Granite Mutual, said", the name tagged a work of art
                    ent = self._ent(named)
                    e = self._org_for(ent if ent is not None else [t for t in named.subtree if t.pos_ == "PROPN"])
                    e.add_mention(span)
                    return Resolution(e, "organisation-name")
            if person is not None:
                tok = person
        low = tok.lower_
        text = self.text[span[0]:span[1]]
        if (
            low in lex.national_nouns
            and tok.tag_ not in _PLURAL_TAGS
            and tok.dep_ not in ("compound", "amod")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        ):
            # "“It's three points,” the Dutchman said": one national, the person the text is
            # about (not the Netherlands)
            quoted = content if content is not None and self.text[content[0] - 1 : content[0]] in _OPENING_MARKS else None
            gender = "female" if low.endswith("woman") else "male" if low.endswith("man") else None
            e = self._recent_subject_person(span[0], gender, quoted)
            if e is not None:
                e.add_mention(span)
                return Resolution(e, "epithet")
        # capitals and countries stand for governments
        if tok.ent_type_ in ("GPE", "NORP", "ORG", "") or tok.pos_ == "PROPN":
            ent_text = self._ent_text(tok)
            canon = self._country_of(ent_text) if ent_text else None
            if canon is None and tok.pos_ == "PROPN":
                canon = self._country_of(text)
            if canon is not None and tok.ent_type_ == "PERSON" and self._person_for([tok.text], create=False):
                canon = None  # "Jordan said" after "Rep. Jim Jordan"
            if canon is not None:
                e = self.country(canon)
                e.add_mention(span)
                return Resolution(e, "capital-or-country")
        if tok.ent_type_ == "PERSON" or (
            (tok.pos_ == "PROPN" or (tok.is_title and tok.ent_type_ not in ("PERSON", "DATE", "TIME")))
            and self._person_for([tok.text], create=False)
        ):  # ("Sanders" tagged a noun, "Trump" an organisation, "Mendes" a product, by a pipeline that knows Bernie Sanders)
            toks = self._name_tokens(tok)
            ent = self._ent(tok)
            first, last = (ent.start, ent.end) if ent is not None else (tok.i, tok.i + 1)
            gender = self._title_gender(first, last) if len(toks) == 1 else None
            e = self._person_for(toks, create=False, at=span[0], gender=gender) if toks else None
            if e is not None:
                e.add_mention(span)
                return Resolution(e, "name" if len(toks) > 1 else "surname")
        if tok.ent_type_ == "ORG":
            ent = self._ent(tok)
            if ent is not None:
                e = self._org_for(ent)
                e.add_mention(span)
                return Resolution(e, "organisation-name")
        pron = lex.pronouns
        if low in pron["male"] or low in pron["female"]:
            gender = "male" if low in pron["male"] else "female"
            e = self._governing_description(tok, gender) or self._reporting_description(tok, gender)
            if e is not None:
                e.add_mention(span)
                return Resolution(e, "pronoun")
            e = self._resumed_name(tok, gender)
            if e is None:
                e = self._recent_person(
                    span[0], gender, previous, clause=clause, sent_start=tok.sent.start_char, content=content
                )
            if e is None:
                e = self._described_antecedent(tok, gender, content)
            if e is not None:
                if e.gender is None:
                    e.gender = gender
                e.add_mention(span)
                return Resolution(e, "pronoun")
            return Resolution(None, "pronoun-unresolved")
        if low in pron["plural"]:
            ante = self._plural_antecedent(tok, content)
            if ante is not None:
                found = self._by_token.get(ante.i) or self.resolve(ante, mention_span(ante)).entity
                if found is not None:
                    found.add_mention(span)
                    return Resolution(found, "pronoun")
        if low in pron["plural"] or low in pron["neuter"] or low in ("we", "us", "our"):
            if low in ("we", "us", "our") and previous is not None and previous.kind is SpeakerKind.DOCUMENT:
                previous = None  # a poll or a report does not say "we"
            e = self._recent_group(span[0], previous, plural=low in pron["plural"] or low == "we", content=content)
            if low in pron["neuter"] and (previous is None or previous.kind is SpeakerKind.PERSON):
                e = self._subject_antecedent(tok, e) or e
            if e is not None:
                e.add_mention(span)
                return Resolution(e, "pronoun")
            return Resolution(None, "pronoun-unresolved")
        if low in ("i", "me", "my"):
            if previous is None:
                labelled = self._line_label(tok)
                if labelled is not None:
                    labelled.add_mention(span)
                    return Resolution(labelled, "first-person")
            return Resolution(previous, "first-person") if previous else Resolution(None, "pronoun-unresolved")
        head = tok.lemma_.lower()
        det = next((c.lower_ for c in tok.children if c.dep_ in ("det", "poss")), "")
        plural = tok.tag_ in _PLURAL_TAGS
        qualifier = _role_qualifier(self.doc, tok.i, lex)
        role = f"{qualifier} {head}" if qualifier else head  # "the deputy secretary" is not the secretary
        if (
            tok.lower_ == "old"
            and tok.pos_ == "ADJ"
            and "the " in (self.text[max(0, span[0] - 4) : span[0]].lower(), self.text[span[0] : span[0] + 4].lower())
            and _AGED.search(self.text, span[0], span[1])
        ):
            # "the 76-year-old told reporters", the age alone: the person last named
            e = self._last_named_person(span[0], None, content)
            if e is not None:
                e.add_mention(span)
                return Resolution(e, "epithet")
        if head in lex.family_nouns and not plural and det in ("his", "her"):
            e = self._relative_of(tok, head, det, previous)
            if e is not None:
                e.add_mention(span)
                return Resolution(e, "relative")
        if head in lex.org_heads and not plural:
            e = self._org_of_owner(tok, span, det, previous) if det in ("his", "her") else None
            if e is None:
                e = self._org_by_head(tok, span)
            if e is not None:
                e.add_mention(span)
                return Resolution(e, "organisation-description")
        if head in lex.role_nouns or head in lex.document_nouns or head in lex.org_heads or tok.pos_ in ("NOUN", "PROPN"):
            definite = det in ("the", "this", "that", "these", "those") or det.endswith("s") or det in ("his", "her", "its", "their")
            if definite and det in ("the", "this", "that") and not plural and head in lex.speech_nouns | _ISSUED:
                e = self._issuer_of(tok, head)
                if e is not None:
                    e.add_mention(span)
                    return Resolution(e, "issuer")
            if (
                not plural
                and head in _ISSUED
                and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in _ISSUING_VERBS
                and not any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in tok.children)
            ):  # (not "released a letter from his doctor": the doctor wrote it)
                # "Sanders …, releasing a statement that accused …": the one releasing it
                subj = _issuing_subject(tok)
                if subj is not None and subj.i != tok.i:
                    e = self._by_token.get(subj.i) or self.resolve(subj, mention_span(subj)).entity
                    if e is not None and e.kind is not SpeakerKind.DOCUMENT:
                        e.add_mention(span)
                        return Resolution(e, "issuer")
            if definite and det == "the" and not plural and _AGED.search(self.text, span[0], span[1]):
                e = None
                if head in lex.role_nouns:
                    # "the 52-year-old lawmaker": of the people named lately, the one who holds
                    # the office, when one does
                    e = self._person_by_role(role, span[0], _places_of(tok))
                    if e is not None and span[0] - _last_before(e, span[0]) > _EPITHET_REACH:
                        e = None
                if e is None:
                    e = self._last_named_person(span[0], _NOUN_GENDER.get(head), content)
                if e is not None:
                    e.add_mention(span)
                    return Resolution(e, "epithet")
            if definite:
                e = self._unnamed_by_head(head, span[0], plural if head in lex.role_nouns else None)
                if e is not None and head in lex.role_nouns and not plural:
                    # "a report from the State Department's inspector general ... the inspector
                    # general, Steve Linick, ... The inspector general found": the one named
                    # with the role since the description was last used is meant
                    named = self._person_by_role(role, span[0], _places_of(tok))
                    if named is not None and _last_before(named, span[0]) > _last_before(e, span[0]):
                        e = named
                if e is not None:
                    e.add_mention(span)
                    return Resolution(e, "description-unnamed")
                if head in lex.role_nouns and not plural and det not in ("his", "her", "their", "its"):
                    # (not "His lawyer" after "Clinton's lawyer Cheryl Mills": his is another's)
                    places = _places_of(tok)
                    e = self._person_by_role(role, span[0], places)
                    if e is not None:
                        e.add_mention(span)
                        return Resolution(e, "role")
                    if (
                        previous is not None
                        and previous.kind is SpeakerKind.PERSON
                        and previous.named
                        and previous.roles
                        and not (places and previous.places and not places & previous.places)
                        and (head not in lex.titles or head in previous.roles or not previous.roles & lex.titles)
                        and not any(r.endswith(" " + head) and r != role for r in previous.roles)
                    ):
                        # "the US official" after quotes of "Secretary of State Antony Blinken"
                        # (not "the former president" after quotes of a governor: one known by
                        # another office does not hold this one)
                        previous.add_mention(span)
                        return Resolution(previous, "role-previous-speaker")
                if (
                    det == "the"
                    and not plural
                    and (head in lex.role_nouns or (head in self._people_words and head not in _GENERIC_PEOPLE))
                    and tok.dep_ != "poss"
                    and not any(
                        c.dep_ in ("appos", "case")
                        or (c.dep_ == "prep" and (c.lower_ != "of" or any(g.ent_type_ for g in c.subtree)))
                        for c in tok.children
                    )
                ):
                    # "the Vermont senator", "the business mogul", "the retired neurosurgeon":
                    # an epithet for the person the text is about, whose office or trade it had
                    # not named (not "the man in the crowd", "the director of the Centre, X")
                    quoted = content if content is not None and self.text[content[0] - 1 : content[0]] in _OPENING_MARKS else None
                    places = _places_of(tok)
                    party = next(
                        (lex.party_words[w.lower_] for w in (tok, *tok.children) if w.lower_ in lex.party_words), None
                    )
                    # "The Massachusetts Democrat": the person of that place, if the text gave one
                    e = self._recent_person_of(places, span[0]) if places else None
                    if e is None:
                        e = self._recent_subject_person(span[0], _NOUN_GENDER.get(head), quoted, party)
                    if e is not None and party is not None and e.party is None:
                        e.party = party  # ("The Texas Republican said …. The Democrat said …": two people)
                    if e is not None and head not in _UNIQUE_OFFICES and (
                        head not in lex.role_nouns
                        or not e.roles
                        or head in e.roles
                        or (head in _ANY_POLITICIAN and not e.roles & _STAFF_ROLES)
                    ):
                        # (a role the person is known not to hold is someone else's: "the
                        # candidate" is not the campaign manager)
                        e.add_mention(span)
                        return Resolution(e, "epithet")
            if det in ("a", "an") and not plural and head in lex.role_nouns:
                e = self._named_just_after(role, span, _places_of(tok), _qualifier_words(tok))
                if e is not None:
                    e.add_mention(span)
                    return Resolution(e, "named-after")
            kind = (
                SpeakerKind.DOCUMENT if head in lex.document_nouns or tok.lower_ in lex.document_nouns  # ("figures")
                else SpeakerKind.ORGANIZATION if head in lex.org_heads
                else SpeakerKind.GROUP if plural
                else SpeakerKind.PERSON if head in self._people_words  # "another person", "one Trump confidant"
                else SpeakerKind.UNKNOWN
            )
            if kind is SpeakerKind.UNKNOWN and (head in _SHARES or head in lex.quantifiers["group"]):
                kind = SpeakerKind.GROUP  # "Some 55 percent of voters", "a majority of Americans"
            if kind is SpeakerKind.UNKNOWN and tok.ent_type_ == "NORP":
                # "a New Hampshire Republican", "one Democrat": a member, not the party
                kind = SpeakerKind.GROUP if plural else SpeakerKind.PERSON
            if tok.pos_ == "PROPN" and kind is SpeakerKind.UNKNOWN:
                # a name the NER missed: the phrase as written, less the words of a parse
                # that ran on into the clause ("Trump assured Jones", "Said Comey")
                doc = self.doc
                words_of = list(doc.char_span(*span, alignment_mode="expand") or [tok])
                while words_of and words_of[0].i < tok.i and words_of[0].lemma_.lower() in lex.cue_verbs:
                    words_of = words_of[1:]  # ("Will Doyle" keeps his name)
                cut = next(
                    (k for k, t in enumerate(words_of) if t.i > tok.i and t.pos_ in ("VERB", "AUX") and t.is_lower),
                    len(words_of),
                )
                words_of = words_of[:cut]
                first = words_of[0].i if words_of else tok.i
                last = words_of[-1].i if words_of else tok.i
                name = [t for t in words_of if t.is_title or t.is_upper]
                if name and self._described_as_person(tok, name[0].i):
                    words = [t.text for t in name]
                    e = self._named_person(words, _surface(name, words))
                    e.add_mention(span)
                    return Resolution(e, "name" if len(words) > 1 else "surname")
                key = self._org_key([t.text for t in doc[first : last + 1]])
                e = next((o for o in self.orgs if o.head and key and self._org_matches(o.head, key)), None)
                if e is None and first == last:
                    e = self._org_named_first(doc[first])
                if e is not None:
                    # "Nvidia", untagged, after "Nvidia Corp.": the body named before
                    e.add_mention(span)
                    return Resolution(e, "organisation-name")
                e = Entity(SpeakerKind.ORGANIZATION, True, [self.text[doc[first].idx : doc[last].idx + len(doc[last])]], head=head)
                self.orgs.append(e)
                self._read_org_roles(tok, e)
            else:
                e = Entity(kind, False, [text], head=head)
                self._add_unnamed(e)
            e.add_mention(span)
            return Resolution(e, "unnamed-source")
        if tok.is_title and tok.pos_ in ("ADV", "ADJ", "VERB") and not tok.is_sent_start and " " not in text:
            # "“…,” said Skelly.": a surname the tagger read as another word
            e = self._named_person([tok.text])
            e.add_mention(span)
            return Resolution(e, "surname")
        quantified = self._quantified_source(tok, text)
        if quantified is not None:
            quantified.add_mention(span)
            return Resolution(quantified, "unnamed-source")
        return Resolution(None, "unresolved")

    def _quantified_source(self, tok: Token, text: str) -> Entity | None:
        """"Some of Clinton's allies", "One in three voters", "those surveyed": an unnamed
        source headed by a quantifier or a number, named by the phrase as written (a bare
        "some" or "many" names nobody)."""
        low = tok.lower_
        quantifiers = self.lex.quantifiers
        if not (low in quantifiers["group"] or low in quantifiers["single"] or tok.like_num):
            return None
        words = text.split()
        cut = next((k for k, w in enumerate(words) if k > 0 and w.lower() in ("that", "who", "whom", "which")), len(words))
        words = words[:cut]
        if len(words) < 2:
            return None
        name = " ".join(words).rstrip(",;:")
        kind = SpeakerKind.PERSON if low in quantifiers["single"] or low == "one" else SpeakerKind.GROUP
        for e in self._unnamed_by.get(low, ()):
            if e.names and e.name.lower() == name.lower():
                return e  # the same phrase again is the same source
        e = Entity(kind, False, [name], head=low)
        self._add_unnamed(e)
        return e

    def _resolve_label(self, label: str, span: tuple[int, int]) -> Resolution:
        """A transcript label names a person: the article's person with that name if there
        is one ("PENCE" → Mike Pence), else a person named by the label itself."""
        toks = _strip_name([w.capitalize() for w in label.split()], self.lex)
        e = self._person_for(toks, create=False) or self._named_person(toks)
        e.add_mention(span)
        return Resolution(e, "transcript-label")

    def _person_after_org_head(self, ent: Span) -> Span | None:
        """The "First Last" closing an ORG entity right after an organisation's head word
        ("the head of the Pentagon Lloyd Austin"): a translated style that names the
        official after the body. The first word must be a known given name."""
        for n in (2, 3):
            if len(ent) <= n:
                return None
            tail = ent[-n:]
            if not all(x.pos_ == "PROPN" and x.is_title and _fold(x.text) not in self.lex.org_heads for x in tail):
                return None
            if _fold(ent[-n - 1].text) in self.lex.org_heads and _given_name_gender(_fold(tail[0].text), self.lex):
                return tail  # (a known given name: not "the State Department Refugee Processing Center")
        return None

    def _person_after_possessive(self, ent: Span) -> Span | None:
        """The "First Last" after a possessive inside an ORG entity, if it looks like a name."""
        for k, t in enumerate(ent):
            if t.text in _POSSESSIVE and k + 1 < len(ent):
                tail = ent[k + 1 :]
                if (
                    2 <= len(tail) <= 4
                    and all(x.pos_ == "PROPN" and x.is_title for x in tail)
                    and tail[-1].lower_ not in self.lex.org_heads
                ):
                    return tail
        return None

    def _served_by(self, person: Token, head: Token) -> bool:
        """Whether ``person`` is only the object of the description ``head`` ("a spokesman
        for Donald Trump", "a person close to the Clintons", "one Clinton aide"), not a
        name set after it ("the coordinator ... at the National Security Council John
        Kirby")."""
        if person.dep_ == "compound" and person.head.i == head.i and person.i < head.i and head.pos == NOUN:
            return True  # "one Clinton aide", "a former Clinton pollster": someone of hers
        node = person
        while node.dep_ in ("pobj", "prep", "amod") and node.head.i != node.i:  # ("close to")
            node = node.head
            if node.i == head.i:
                break
        if node.i != head.i or person.dep_ != "pobj":
            return False
        lemma = head.lemma_.lower()
        if lemma in self.lex.document_nouns or lemma in self.lex.speech_nouns:
            return False  # "a post from Arianna Huffington", "a clip of McCain" speak for them
        ent = self._ent(person)
        start = ent.start if ent is not None else person.i
        inner = next((p for p in self._named_persons if p.start <= person.i < p.end), None)
        if inner is not None:
            start = inner.start  # (the name closing an ORG entity: "the Pentagon Lloyd Austin")
        left = person.left_edge.i
        if person.head.dep_ == "prep" and person.head.i < left:
            # a second object of the preposition: "the representative of the Chinese Foreign
            # Ministry Wang Wenbin", the name parsed beside the body it follows
            left = min(left, person.head.i + 1)
        before = self.doc[left:start]
        return not any(t.pos in (NOUN, PROPN) and t.lower_.rstrip(".") not in self.lex.titles for t in before)

    def _person_in(self, span: tuple[int, int]) -> Token | None:
        """The root of the last PERSON entity inside a character span, if any; not one
        in the possessive ("Mr. Obama's climate advisers" are not Mr. Obama)."""
        doc = self.doc

        def possessive(ent: Span) -> bool:
            if doc[ent.end - 1].text in _POSSESSIVE:  # the NER often keeps the "'s" in the name
                return ent.end_char < span[1] - 1
            return ent.end < len(doc) and doc[ent.end].text in _POSSESSIVE and doc[ent.end].idx < span[1] - 2

        for person in self._named_persons:
            if span[0] <= person.start_char and person.end_char <= span[1] and not possessive(person):
                return person.root
        k = bisect_right(self._ent_chars, span[1]) - 1
        while k >= 0 and self._ents[k].start_char >= span[0]:
            ent = self._ents[k]
            if ent.label_ == "PERSON" and ent.end_char <= span[1] and not possessive(ent):
                return ent.root
            k -= 1
        return None

    def _ent(self, tok: Token) -> Span | None:
        k = bisect_right(self._ent_starts, tok.i) - 1
        if k >= 0 and tok.i < self._ents[k].end:
            return self._ents[k]
        return None

    def _ent_text(self, tok: Token) -> str:
        ent = self._ent(tok)
        return "" if ent is None else ent.text

    def _name_tokens(self, tok: Token) -> list[str]:
        """The words of the name ``tok`` belongs to, without titles ("President")."""
        ent = self._ent(tok)
        if ent is not None and ent.start in self._trimmed:
            return self._trimmed[ent.start]  # a name cut back out of a headline
        if ent is None and tok.pos_ == "PROPN":
            # a name the NER missed: the proper nouns compounded right before the word
            # ("Ivanka Trump, the nominee's daughter, noted …" is not a bare "Trump")
            k = tok.i
            while k > 0 and tok.doc[k - 1].dep_ == "compound" and tok.doc[k - 1].pos_ == "PROPN" and tok.doc[k - 1].head.i == tok.i:
                k -= 1
            if k < tok.i:
                return _strip_name(_name_words(tok.doc[k : tok.i + 1].text), self.lex)
        return _strip_name(_name_words(self._ent_text(tok) or tok.text), self.lex)

    def _resumed_name(self, tok: Token, gender: str) -> Entity | None:
        """The person named right before a pronoun that resumes it ("President Joe Biden
        he said"): nothing else can be meant."""
        i = tok.i - 1
        doc = tok.doc
        if i < 0 or doc[i].ent_type_ != "PERSON" or doc[i].is_punct:
            return None
        toks = self._name_tokens(doc[i])
        e = self._person_for(toks, create=False) if toks else None
        return e if e is not None and e.gender in (None, gender) else None

    def _recent_subject_person(
        self, char: int, gender: str | None, content: tuple[int, int] | None = None, party: str | None = None
    ) -> Entity | None:
        """The named person last mentioned as a clause subject before ``char``, outside what
        was reported (before, or in the quotation being attributed: "“What Rubio has done
        ...,” the Senate minority leader said") and within a few sentences, agreeing with
        ``gender`` when it is known and never of another ``party`` than the one given."""

        def candidate(c: int, e: Entity, subj: bool, subject_only: bool) -> bool:
            return (
                (subj or not subject_only)
                and e.kind is SpeakerKind.PERSON
                and e.named
                and (party is None or e.party in (None, party))
                and not (content is not None and content[0] <= c < content[1])
            )

        found = self._recent_in_timeline(char, _EPITHET_REACH, lambda c, e, subj: candidate(c, e, subj, True))
        if found is None and party is not None:
            # "Sen. John Cornyn and Rep. Henry Cuellar toured …. The Texas Republican said ….
            # The Democrat said …": the other one named, subject or not
            found = self._recent_in_timeline(char, _EPITHET_REACH, lambda c, e, subj: candidate(c, e, subj, False))
        return found if found is None or gender is None or found.gender in (None, gender) else None

    def _recent_in_timeline(self, char: int, reach: int, wanted) -> Entity | None:
        """The entity of the latest mention before ``char``, within ``reach`` characters and
        outside what was reported, for which ``wanted(char, entity, is_subject)`` holds."""
        tl = self.timeline
        here = bisect_left(self._tl_pos, char)
        for c, e, subj in reversed(tl[max(0, here - 60):here]):
            if char - c > reach:
                break
            if wanted(c, e, subj) and not self._in_reported(c):
                return e
        return None

    def _group_of(self, tok: Token, span: tuple[int, int]) -> Entity:
        """"Donald Trump and Mike Pence said": the sources together, one group named as
        written; the same words later are the same group."""
        name = _clean_name(self.text[span[0]:span[1]])
        e = self._groups.get(name)
        if e is None:
            named = tok.pos_ == "PROPN" or bool(tok.ent_type_)
            e = self._groups[name] = Entity(SpeakerKind.GROUP, named, [name])
        e.add_mention(span)
        return e

    def _recent_org(self, char: int, public: bool = False) -> Entity | None:
        """The named organisation last mentioned before ``char``, within a few sentences
        and outside what was reported (a public body only, with ``public``)."""
        return self._recent_in_timeline(
            char,
            _ORG_REACH,
            lambda c, e, subj: e.kind is SpeakerKind.ORGANIZATION
            and e.named
            and (not public or (e.head or "").rsplit(" ", 1)[-1] in _AGENCY_WORDS),
        )

    def _line_label(self, tok: Token) -> Entity | None:
        """"Mark Cuban: I'd consider ...": the person named before a colon that opens the
        line, for whom "I" in the rest of the line speaks."""
        text = self.text
        line_start = text.rfind("\n", 0, tok.idx) + 1
        colon = text.find(":", line_start, tok.idx)
        if colon < 0 or colon - line_start > 60:
            return None
        doc = self.doc
        for t in doc[tok.sent.start : tok.i]:
            if t.idx >= colon:
                break
            if t.ent_type_ == "PERSON" and t.idx >= line_start:
                toks = self._name_tokens(t)
                return self._person_for(toks, create=False, at=t.idx) if toks else None
        return None

    def _issuer_of(self, tok: Token, head: str) -> Entity | None:
        """"The ministry said in a statement that …. “We regret it,” the statement said.": the
        statement speaks for whoever was said to speak in it, a few sentences before."""
        doc = self.doc
        first = tok.sent.start
        for _ in range(4):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        for t in reversed(doc[first : tok.i]):
            if t.lemma_.lower() != head:
                continue
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "through", "via"):
                subj = next((c for c in t.head.head.children if c.dep_ == "nsubj"), None)  # "said in a statement"
            elif t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _ISSUING_VERBS:
                subj = _issuing_subject(t)
            else:
                continue
            if subj is None or subj.i == tok.i:
                return None
            found = self._by_token.get(subj.i) or self.resolve(subj, mention_span(subj)).entity
            return found if found is not None and found.kind is not SpeakerKind.DOCUMENT else None
        return None

    def _described_antecedent(self, tok: Token, gender: str, content: tuple[int, int] | None) -> Entity | None:
        """"The minister spoke for an hour. “…,” she said.": with no named person to refer
        to, the nearest person described as a clause subject in this or the three
        sentences before, outside what is quoted, agreeing in gender."""
        doc = self.doc
        lex = self.lex
        lo, hi = content if content is not None else (0, 0)
        sent = tok.sent
        first = sent.start
        for _ in range(3):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        for cand in reversed(doc[first : tok.i]):
            if cand.dep_ not in ("nsubj", "nsubjpass") or cand.tag_ in _PLURAL_TAGS:
                continue
            if cand.pos_ != "NOUN" and not (cand.pos_ == "PROPN" and cand.is_upper and not cand.ent_type_):
                continue  # (an acronym the tagger made a name: "The CEO")
            low = cand.lemma_.lower()
            if not (low in lex.people_nouns or low in lex.role_nouns) or lo <= cand.idx < hi:
                continue
            if _NOUN_GENDER.get(low, gender) != gender or (
                low not in lex.role_nouns and any(c.dep_ == "poss" for c in cand.children)
            ):
                continue  # ("his father" is someone's relative, named elsewhere or not at all)
            if cand.sent.start == sent.start and _asked_about(cand):
                continue  # "Asked whether the player would stay, he said": not the one asked about
            return self._by_token.get(cand.i) or self.resolve(cand, mention_span(cand)).entity
        return None

    def _described_person(self, subj: Token, gender: str) -> bool:
        """Whether ``subj`` is a singular person noun that can take a pronoun of ``gender``
        ("a spokesman" takes "he", "a witness" either)."""
        low = subj.lemma_.lower()
        return (
            subj.pos_ == "NOUN"
            and subj.tag_ not in _PLURAL_TAGS
            and (low in self.lex.people_nouns or low in self.lex.role_nouns)
            and _NOUN_GENDER.get(low, gender) == gender
        )

    def _governing_description(self, tok: Token, gender: str) -> Entity | None:
        """"A 29-year-old Berlin woman received probation after she had posted ...": the
        person just introduced (an indefinite description) as the subject of the clause
        governing the pronoun's clause, when no name stands between them and the gender agrees."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = tok.head
        for _ in range(4):
            # (not through a reported clause: "a former speechwriter said she demanded ..." may
            # be about anyone)
            if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
                return None
            verb = verb.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
            if subj is None:
                continue
            if (
                not self._described_person(subj, gender)
                # only someone new: "the candidate" may be a name said before
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in subj.children)
                or any(t.ent_type_ == "PERSON" for t in subj.subtree)
                or any(t.ent_type_ == "PERSON" for t in self.doc[subj.i + 1 : tok.i])
            ):
                return None
            return self.resolve(subj, mention_span(subj)).entity
        return None

    def _reporting_description(self, tok: Token, gender: str) -> Entity | None:
        """"Denver's coach said he expected Lee to start", "A spokeswoman said she …": the
        subject of a clause reported by a person described with a possessor or a gendered
        noun, in the same sentence, is that person, when no name stands between them (a name
        would be the nearer antecedent)."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            return None
        verb = tok.head.head
        lex = self.lex
        if verb.lemma_.lower() not in lex.speech_verbs:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None:
            return None
        low = subj.lemma_.lower()
        if (
            not self._described_person(subj, gender)
            or any(t.ent_type_ == "PERSON" for t in self.doc[subj.left_edge.i : tok.i])
            # (a definite description mostly takes up someone named: "The Supreme Court
            # justice … said she regretted …" is Ginsburg, resolved the usual way)
            or any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)
            # (and "a former speechwriter said she demanded …" may be about anyone, the person
            # the text is about most of all: only a possessor or the noun's own gender settles it)
            or not (_NOUN_GENDER.get(low) == gender or any(c.dep_ == "poss" for c in subj.children))
        ):
            return None
        return self._by_token.get(subj.i) or self.resolve(subj, mention_span(subj)).entity

    def _partitive_group(self, tok: Token) -> Entity | None:
        """"Analysts were divided. Some said …; others warned …": a bare "some" or "others"
        is part of the people the nearest plural subject before it names, in this sentence
        or the one before ("Some analysts", "other analysts"), or ``None``."""
        doc = self.doc
        lex = self.lex
        first = tok.sent.start
        if first > 0:
            first = doc[first - 1].sent.start
        for cand in reversed(doc[first : tok.i]):
            if cand.dep_ not in ("nsubj", "nsubjpass") or cand.tag_ != "NNS" or cand.lower_ in _PARTITIVES:
                continue
            if self._in_reported(cand.idx) or any(t.is_quote for t in cand.sent):
                continue  # (people named in what was said are not who the text goes on about)
            low = cand.lemma_.lower()
            if low not in lex.people_nouns and low not in lex.role_nouns:
                return None  # (the nearest is not people: "Prices rose. Some said …")
            noun = cand.text.lower()
            if tok.lower_ in _PARTITIVE_SINGLES:
                name = f"{tok.text} {cand.lemma_.lower()}"  # ("One economist", "another economist")
            elif tok.lower_ == "others":
                name = f"{tok.text[:5]} {noun}"  # ("Other analysts")
            else:
                name = f"{tok.text} {noun}"
            for e in self._unnamed_by.get(tok.lower_, ()):
                if e.names and e.name.lower() == name.lower():
                    return e
            kind = SpeakerKind.PERSON if tok.lower_ in _PARTITIVE_SINGLES else SpeakerKind.GROUP
            e = Entity(kind, False, [name], head=tok.lower_)
            self._add_unnamed(e)
            return e
        return None

    def _former_or_latter(self, tok: Token) -> Entity | None:
        """"Tom Harkness and Michael Ortiz met …. The former said …": the first (or, for "the
        latter", the second) of the two people named in the nearest of the three sentences
        before that names exactly two, or ``None``."""
        doc = self.doc
        sent = tok.sent
        for _ in range(3):
            if sent.start == 0:
                return None
            sent = doc[sent.start - 1].sent
            lo = bisect_left(self._tl_pos, sent.start_char)
            hi = bisect_left(self._tl_pos, sent.end_char)
            people: list[Entity] = []
            for _, e, _ in self.timeline[lo:hi]:
                if e.kind is SpeakerKind.PERSON and e.named and all(e is not p for p in people):
                    people.append(e)
            if len(people) == 2:
                return people[0] if tok.lower_ == "former" else people[1]
            if people:
                return None
        return None

    def _recent_person_of(self, places: set[str], char: int) -> Entity | None:
        """The named person last mentioned before ``char`` whose place the text gave as one
        of ``places`` ("Sen. Elizabeth Warren of Massachusetts" for "the Massachusetts Democrat")."""
        return self._recent_in_timeline(
            char, 3000, lambda c, e, subj: e.kind is SpeakerKind.PERSON and e.named and bool(e.places & places)
        )

    def _last_named_person(self, char: int, gender: str | None, content: tuple[int, int] | None) -> Entity | None:
        """The person last named before ``char`` (within 1,500 characters, outside what was
        said), for a description that re-introduces someone: "the 64-year-old retired teacher"."""
        lo, hi = content if content is not None else (0, 0)
        for c, e, _ in reversed(self.timeline[: bisect_left(self._tl_pos, char)]):
            if char - c > 1500:
                break
            if lo <= c < hi or e.kind is not SpeakerKind.PERSON or not e.named:
                continue
            return e if gender is None or e.gender in (None, gender) else None
        return None

    def _recent_person(
        self,
        char: int,
        gender: str,
        previous: Entity | None,
        *,
        clause: tuple[int, int] | None = None,
        sent_start: int = 0,
        content: tuple[int, int] | None = None,
    ) -> Entity | None:
        tl = self.timeline
        here = bisect_left(self._tl_pos, char)  # timeline[:here] lies before the pronoun
        # the people named in what was said are not who said it ("“I was disturbed that
        # he was criticized for accepting the Purple Heart,” she said")
        lo, hi = content if content is not None and content[0] < char else (0, 0)
        barred = set()
        if clause is not None:
            # names after the pronoun in its own clause are its objects: "he told Blinken"
            end = bisect_left(self._tl_pos, clause[1])
            barred = {id(e) for c, e, _ in tl[here:end] if c > char}
        # a person named as a subject earlier in the pronoun's own sentence ("Wang is placing
        # the responsibility on the US, as he told Blinken ...")
        for c, e, subj in reversed(tl[max(0, here - 50):here]):
            if c < sent_start:
                break
            if lo <= c < hi or (subj and self._in_reported(c)):
                continue  # (nor one named inside a quotation: "“My adviser, John Holdren, …,” he said")
            if subj and e.kind is SpeakerKind.PERSON and e.gender in (None, gender) and id(e) not in barred:
                return e
        if previous is not None and id(previous) in barred:
            previous = None
        if (
            previous is not None
            and previous.kind is SpeakerKind.PERSON
            and (previous.named or _NOUN_GENDER.get(previous.head) == gender)
            and previous.gender in (None, gender)
        ):
            # (an unnamed speaker only when its noun gives the gender: "A studio spokesman
            # said … He declined to say …")
            # the previous speaker wins unless another person was named as a subject since
            # its last mention (looked for within the last few hundred entity mentions)
            newer = False
            # (an unnamed speaker is not on the timeline: its last mention bounds the look-back)
            since = -1 if previous.named else _last_before(previous, char)
            for c, e, subj in reversed(tl[max(0, here - 300):here]):
                if e is previous or c < since:
                    break
                if lo <= c < hi or self._in_reported(c):
                    # ("Khalif said Trump is a bigot. But he said ...": Trump is what Khalif
                    # talked about, not a new speaker)
                    continue
                if e.kind is SpeakerKind.PERSON and subj and e.gender in (None, gender):
                    newer = True
                    break
            if not newer:
                return previous
        fallback = None
        for c, e, subj in reversed(tl[:here]):
            if e.kind is not SpeakerKind.PERSON or e.gender not in (None, gender) or id(e) in barred or lo <= c < hi:
                continue
            if char - c > 3000:
                break
            if subj:
                return e
            if fallback is None:
                fallback = e
        return fallback

    def _subject_antecedent(self, tok: Token, found: Entity | None) -> Entity | None:
        """"The ministry issued a statement. It said ...": the nearest body or document that
        was a clause subject in this or the two sentences before, when it comes after the
        last organisation the entity timeline knows (which holds names, not descriptions)."""
        lex = self.lex
        doc = tok.doc
        sent = tok.sent
        first = sent.start
        for _ in range(2):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        last_known = -1
        if found is not None:
            last_known = _last_before(found, tok.idx)
        for i in range(tok.i - 1, max(first, 0) - 1, -1):
            cand = doc[i]
            if cand.idx <= last_known:
                return None
            if cand.dep_ not in ("nsubj", "nsubjpass") or cand.pos_ not in ("NOUN", "PROPN") or cand.tag_ in _PLURAL_TAGS:
                continue
            head = cand.lemma_.lower()
            if head not in lex.org_heads and head not in lex.document_nouns:
                continue
            if cand.ent_type_ and cand.ent_type_ not in ("ORG", "NORP", "GPE"):
                continue
            return self.resolve(cand, mention_span(cand)).entity
        return None

    def _plural_antecedent(self, tok: Token, content: tuple[int, int] | None) -> Token | None:
        """The plural subject "they" takes up: the nearest one before it, in its sentence
        or the two before ("Workers objected to the move. They also said ..."), that can
        be a source (people, a body, a document); not a place ("Massachusetts")."""
        doc = self.doc
        lex = self.lex
        sent = tok.sent
        start = sent.start
        for _ in range(2):
            if start > 0:
                start = doc[start - 1].sent.start
        plural_pron = lex.pronouns["plural"]

        def said_in(t: Token) -> bool:
            return content is not None and content[0] <= t.idx < content[1]

        head = tok.head
        while head.head.i != head.i:
            head = head.head
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
            if subj is None or subj.lower_ in plural_pron or said_in(subj):
                continue
            low = subj.lemma_.lower()
            if (
                subj.pos_ == "NUM"
                or low in self._collective_words
                or (subj.tag_ in _PLURAL_TAGS and (self._can_report(subj) or head.lemma_.lower() in lex.cue_verbs))
            ):
                return subj  # "three denizens of Trump World told me they believed ..."
        # a subject inside what was reported before gives way to the source of that report in
        # its sentence ("Analysts at Jefferies estimate that PowerCo could be … “…,” they wrote")
        reported: Token | None = None
        for i in range(tok.i - 1, start - 1, -1):
            t = doc[i]
            if reported is not None and t.sent.start != reported.sent.start:
                return reported
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.i == tok.head.i or said_in(t):
                continue  # (not a co-argument of its own verb, nor a word of what was said)
            if t.lower_ in plural_pron:
                if reported is not None and t.i in self._by_token:
                    # "They said the companies had not promised …, and they called on …": the
                    # "they" who reported is the one meant, not the subject of their report
                    return t
                continue  # a "they" before: look further back for what both take up
            low = t.lemma_.lower()
            if t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "MONEY"):
                continue
            if (t.tag_ in _PLURAL_TAGS and self._can_report(t)) or (
                t.tag_ not in _PLURAL_TAGS and (low in self._collective_words or t.ent_type_ == "ORG")
            ):  # ("55 percent of voters said they ...", "the campaign said they ...")
                if reported is None and self._in_reported(t.idx):
                    reported = t
                    continue
                return t
        if reported is not None:
            return reported
        # no subject: people named as an object ("has angered some Democrats on the left.
        # They have made the case ...")
        for i in range(tok.i - 1, start - 1, -1):
            t = doc[i]
            if t.dep_ in ("dobj", "pobj") and t.tag_ in _PLURAL_TAGS and not said_in(t) and (
                t.ent_type_ == "NORP" or t.lemma_.lower() in self._people_words
            ):
                return t
        return None

    def _can_report(self, t: Token) -> bool:
        """Whether a plural noun names people, bodies or documents that can be a source."""
        low = t.lemma_.lower()
        return (
            t.ent_type_ in ("NORP", "ORG", "PERSON")
            or low in self._people_words
            or low in self.lex.org_heads
            or low in self.lex.document_nouns
        )

    def _recent_group(
        self, char: int, previous: Entity | None, *, plural: bool, content: tuple[int, int] | None = None
    ) -> Entity | None:
        """The organisation or government last mentioned before ``char`` within 1,500
        characters, outside the quote being attributed ("“The US side must stop its hype,”
        it said" is not the US) and what was reported before."""
        if previous is not None and previous.kind is not SpeakerKind.PERSON:
            return previous
        for c, e, _ in reversed(self.timeline[: bisect_left(self._tl_pos, char)]):
            if char - c >= 1500:
                break
            if (content is not None and content[0] <= c < content[1]) or self._in_reported(c):
                continue
            if e.kind is SpeakerKind.ORGANIZATION:
                return e
            if e.kind is SpeakerKind.GOVERNMENT and not (plural and self._mere_place(e)):
                return e  # ("they" is no city or state the article mentions in passing)
        return None

    def _mere_place(self, e: Entity) -> bool:
        """A government entity made from a place name that is no country ("Baltimore")."""
        aliases = self.lex.country_aliases
        capitals = self.lex.capitals.values()
        return not any(ent is e and (canon in aliases or canon in capitals) for canon, ent in self.governments.items())

    def _org_by_head(self, tok: Token, span: tuple[int, int]) -> Entity | None:
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"), None)
        if owner is not None:
            # "Presidential candidate Marco Rubio's campaign": the campaign of Marco Rubio
            start = self._ent(owner)
            span = (max(span[0], start.start_char if start is not None else owner.idx), span[1])
        words = self.text[span[0]:span[1]].split()
        key = self._org_key(words)
        if owner is not None:  # Trump's and Clinton's presidential campaigns are two bodies
            key = (_fold(owner.text), tok.lemma_.lower())
        matches = [e for e in self.orgs if e.head and key and self._org_matches(e.head, key)]
        if matches:
            # the body last mentioned before: "The campaign says" after Clinton's campaign
            e = max(matches, key=lambda e: _last_before(e, span[0]))
            e.add_name(" ".join(w for w in words if w.lower() not in ("the", "a", "an")))
            return e
        if key and words[0].lower() in ("the", "this", "that"):
            # "the company" after "Teck, the Canadian mining company": the one so described
            described = [e for e in self.orgs if key[-1] in e.roles and e.mentions and e.mentions[0][0] < span[0]]
            if described:
                return max(described, key=lambda e: _last_before(e, span[0]))
            if len(key) == 1 and key[0] in _BODY_NOUNS and tok.tag_ not in _PLURAL_TAGS:
                # "Boeing said ... The company declined to say ...": the body the text is about
                recent = self._recent_org(span[0], public=key[0] == "agency")
                if recent is not None:
                    return recent
        if len(key) >= 2 or any(w[:1].isupper() for w in words[1:]):
            e = Entity(SpeakerKind.ORGANIZATION, True, [" ".join(w for w in words if w.lower() not in ("the", "a", "an"))], head=" ".join(key))
            self.orgs.append(e)
            return e
        return None

    def _org_of_owner(self, tok: Token, span: tuple[int, int], det: str, previous: Entity | None) -> Entity | None:
        """"Gov. Phil Scott said …. His office added …": the body of the person "his" or "her"
        stands for, named for them ("Phil Scott's office"), or ``None``."""
        gender = "male" if det == "his" else "female"
        owner = self._recent_person(tok.idx, gender, previous, sent_start=tok.sent.start_char)
        if owner is None or not owner.named or owner.kind is not SpeakerKind.PERSON or owner.gender != gender:
            return None  # (only one known to be of the pronoun's gender: a wrong owner is worse than none)
        owner_word = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == det), None)
        if owner_word is None:
            return None
        noun = self.text[owner_word.idx + len(owner_word.text) : span[1]].strip()
        key = (_fold(owner.name.split()[-1]), tok.lemma_.lower())
        for e in self.orgs:
            if e.head and self._org_matches(e.head, key):
                return e  # ("Trump's campaign … his campaign")
        e = Entity(SpeakerKind.ORGANIZATION, True, [f"{owner.name}'s {noun}"], head=" ".join(key))
        self.orgs.append(e)
        return e

    def _unnamed_by_head(self, head: str, char: int, plural: bool | None = None) -> Entity | None:
        for e in reversed(self._unnamed_by.get(head, ())):
            if e.mentions and e.mentions[0][0] < char:
                if plural is not None and (e.kind is SpeakerKind.GROUP) != plural:
                    continue  # "the US official" is not "officials for both countries"
                return e
        return None

    def _named_just_after(
        self, role: str, span: tuple[int, int], places: set[str], qualifiers: set[str]
    ) -> Entity | None:
        """The one person named with ``role`` soon after an indefinite description of it, when
        nobody with that role was named before: "A federal judge has ordered the release ...
        The ruling, in which Judge Gonzalo Curiel cited ..." (a lede names its subject later).

        The words that qualify the description must recur where the person is introduced:
        "a State Department spokesman" is not "Clinton's spokesman, Brian Fallon".
        """
        holders = [e for e in self.persons if role in e.roles and not (places and e.places and not places & e.places)]
        if any(e.first < span[0] for e in holders):
            return None
        later = [e for e in holders if e.first < span[1] + _NAMED_AFTER_REACH]
        if len(later) != 1:
            return None
        if qualifiers:
            at = self.doc.char_span(later[0].first, later[0].first + 1, alignment_mode="expand")
            if at is None or not qualifiers & {t.lower_ for t in at[0].sent}:
                return None
        return later[0]

    def _person_by_role(self, role: str, char: int, places: set[str]) -> Entity | None:
        """The person last mentioned with this role; "the Florida senator" (``places``) must
        also be from Florida when someone is."""
        best = None
        best_pos = -1
        holders = [e for e in self.persons if role in e.roles]
        if places:
            holders = [e for e in holders if places & e.places] or [e for e in holders if not e.places]
        for e in holders:
            pos = _last_before(e, char)
            if pos > best_pos:
                best, best_pos = e, pos
        return best
