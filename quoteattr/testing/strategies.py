"""Hypothesis strategies for property-based tests of quotation extraction.

Three families:

* :func:`news_texts` builds news-like articles (names, titles, organisations, cue verbs,
  the common direct, indirect and mixed quote patterns, filler sentences) and returns a
  :class:`GeneratedArticle` that knows every quote it contains: exact content offsets,
  kind, speaker name and mention, and cue.  A property can therefore check that an
  extractor *finds* the quotes, not only that it does not crash.
* :func:`quotes`, :func:`speakers` and :func:`mentions` build result objects, either
  standalone (offsets consistent with the text's length) or slicing a given string.
* :func:`unicode_noise` builds hostile text: lone surrogates, NUL and other control
  characters, right-to-left marks, combining characters, emoji, CR and CRLF line ends,
  non-breaking and zero-width spaces, stray quotation marks.

Requires the hypothesis package (``pip install 'quoteattr[testing]'``)::

    from hypothesis import given
    from quoteattr.testing import strategies as qst

    @given(qst.news_texts(min_size=1, max_size=4))
    def test_offsets(article):
        for q in my_extract(article.text):
            assert article.text[q.start:q.end] == q.text
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

import attrs
import regex

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as exc:  # pragma: no cover - exercised only without hypothesis
    raise ImportError(
        "quoteattr.testing.strategies requires the hypothesis package; "
        "install it with `pip install 'quoteattr[testing]'` or `pip install hypothesis`"
    ) from exc

from ..model import Mention, Quote, QuoteKind, Speaker, SpeakerKind

__all__ = [
    "PATTERNS",
    "QUOTE_STYLES",
    "GeneratedArticle",
    "mentions",
    "news_texts",
    "quotes",
    "register_type_strategies",
    "speakers",
    "unicode_noise",
]

# --------------------------------------------------------------------------------------
# Vocabulary.  Invented people; real institutions only as generic speakers.
# --------------------------------------------------------------------------------------

_FEMALE = (
    "Maria", "Sarah", "Emily", "Laura", "Anna", "Rachel", "Helen", "Claire", "Fatima", "Priya",
    "Elena", "Grace", "Olivia", "Jessica", "Nadia", "Ingrid", "Sofia", "Hannah", "Rebecca",
    "Margaret", "Julia", "Amina", "Karen", "Lucy",
)
_MALE = (
    "John", "David", "Michael", "James", "Robert", "Daniel", "Thomas", "Ahmed", "Carlos", "Peter",
    "Mark", "Paul", "Richard", "Samuel", "Kenji", "Luis", "Andrew", "Steven", "George", "William",
    "Omar", "Victor", "Henry", "Martin",
)
_SURNAMES = (
    "Smith", "Johnson", "Williams", "Garcia", "Martinez", "Anderson", "Thompson", "Robinson",
    "Clarke", "Hughes", "Patel", "Nguyen", "Kowalski", "Schneider", "Rossi", "Okafor", "Haddad",
    "Fischer", "Larsen", "Morales", "Bennett", "Foster", "Harrison", "Sullivan", "Reyes",
    "Campbell", "Mitchell", "Turner", "Phillips", "Evans", "Collins", "Stewart", "Murphy",
    "Cooper", "Bailey", "Kelly", "Howard", "Sanders", "Henderson", "Coleman", "Jenkins",
    "Powell", "Alvarez", "Novak", "Lindqvist", "Tanaka", "Mensah", "Dubois",
)
_TITLES = (
    "a spokesperson for the Ministry of Defence",
    "the company's chief executive",
    "a senior economist at the central bank",
    "the mayor of Springfield",
    "a professor of political science at Columbia University",
    "a lawyer representing the families",
    "the union's general secretary",
    "a member of the city council",
    "the head of the regional health authority",
    "a researcher at the University of Toronto",
    "the opposition leader",
    "a former ambassador to Japan",
)
#: (canonical name, article used in a mention, kind, pronoun-free)
_ORGS: tuple[tuple[str, str, SpeakerKind], ...] = (
    ("Ministry of Defence", "the", SpeakerKind.GOVERNMENT),
    ("World Health Organization", "the", SpeakerKind.ORGANIZATION),
    ("European Commission", "the", SpeakerKind.GOVERNMENT),
    ("Pentagon", "the", SpeakerKind.GOVERNMENT),
    ("Red Cross", "the", SpeakerKind.ORGANIZATION),
    ("Federal Reserve", "the", SpeakerKind.GOVERNMENT),
    ("United Nations", "the", SpeakerKind.ORGANIZATION),
    ("Greenpeace", "", SpeakerKind.ORGANIZATION),
    ("Microsoft", "", SpeakerKind.ORGANIZATION),
    ("Department of Justice", "the", SpeakerKind.GOVERNMENT),
)

_Q_SUBJECTS = (
    "We", "I", "We", "They", "The workers", "Our members", "Many families", "My colleagues and I",
    "Both sides", "The people of this city",
)
_Q_VERBS = (
    "will not accept", "have always supported", "cannot ignore", "remain deeply concerned about",
    "will keep fighting for", "welcome", "stand ready to discuss", "must protect", "never wanted",
    "need to see", "will carefully review", "strongly oppose",
)
_Q_OBJECTS = (
    "these tariffs", "a fair deal for workers", "the new housing plan", "the results of the inquiry",
    "a ceasefire", "more investment in schools", "the decision by the court", "any further delays",
    "the safety of our citizens", "an open and honest debate", "the proposed merger", "cleaner air",
)
_Q_TAILS = (
    "", " this year", " at any cost", " in the coming weeks", " right now", " without conditions",
    " for the long term", " as soon as possible",
)
_Q_STOCK = (
    "This is a historic day for our country",
    "That is simply not good enough",
    "There is still a lot of work to do",
    "Nobody expected the numbers to be this bad",
    "The situation on the ground is getting worse every day",
    "We have been waiting for this moment for a long time",
    "Our doors remain open",
    "It is too early to draw any conclusions",
)
_Q_CONTRACTIONS = (
    "We don{a}t have the money",
    "It{a}s a difficult time for everyone",
    "I{a}m confident that we will find a solution",
    "They haven{a}t told us anything",
)
_Q_QUESTIONS = ("Why would we wait any longer", "What else can we do", "Who is going to pay for this")

_I_SUBJECTS = (
    "the government", "the company", "the city", "the ministry", "the agency", "the council",
    "the airline", "the police", "the factory", "the investigation", "the hospital", "the bank",
)
_I_PREDICATES = (
    "would cut 200 jobs by March", "had not received any formal complaint",
    "was prepared to resume negotiations", "would be reviewed next year",
    "did not pose a risk to the public", "had acted within the law",
    "was expected to grow by 2 percent", "needed more time", "would reopen on Monday",
    "had been warned several times", "could not confirm the figures", "was working with local officials",
)
_MIXED = (
    ("the proposal was", "a serious mistake"),
    ("the decision would", "hurt ordinary families"),
    ("the report was", "deeply flawed"),
    ("the new law marked", "a turning point"),
    ("the agreement was", "the best deal on the table"),
    ("the company had shown", "a total lack of respect"),
)
_FILLER = (
    "The meeting lasted more than two hours.",
    "Talks are scheduled to continue on Thursday.",
    "The city has a population of about 300,000.",
    "Prices rose sharply last year.",
    "The decision follows months of negotiations.",
    "Several hundred people gathered outside the building.",
    "The vote is expected next week.",
    "Heavy rain fell across the region on Sunday.",
    "The plant employs about 1,200 people.",
    "Shares in the company fell 3 percent in early trading.",
)
_HEADLINES = (
    "City council approves new budget",
    "Talks resume after weeks of deadlock",
    "Factory closure sparks protests",
    "Regulators open inquiry into merger",
    "Health officials urge caution",
)
_INTRO_ACTS = (
    "visited the site on Monday",
    "spoke at a press conference in the capital",
    "met residents at a town hall on Tuesday",
    "appeared before a parliamentary committee",
    "took questions from journalists after the meeting",
)

_DIRECT_AFTER_CUES = (("said", ""), ("said", ""), ("said", ""), ("added", ""), ("told", " reporters"),
                      ("explained", ""), ("warned", ""), ("says", ""), ("wrote", ""))
_INVERTED_CUES = ("said", "said", "added", "wrote")
_COLON_CUES = (("said", ":"), ("said", ","), ("told", " reporters:"), ("wrote", ":"), ("added", ":"), ("declared", ":"))
_INDIRECT_CUES = (("said", ""), ("said", ""), ("says", ""), ("told", " reporters"), ("warned", ""),
                  ("argued", ""), ("insisted", ""), ("stated", ""), ("claimed", ""))

#: Quotation-mark styles: name -> (open, close, apostrophe).
QUOTE_STYLES: dict[str, tuple[str, str, str]] = {
    "curly": ("\u201c", "\u201d", "\u2019"),
    "straight": ('"', '"', "'"),
}

#: The sentence patterns :func:`news_texts` can use; one per paragraph.
PATTERNS: tuple[str, ...] = (
    "quote_then_speaker",  # “A,” X said.
    "quote_then_inverted",  # “A,” said X.
    "quote_then_apposition",  # “A,” said X, a title.
    "speaker_then_quote",  # X said: “A.”
    "split_quote",  # “A,” X said, “B.”
    "pronoun_quote",  # X, a title, visited ... . “A,” she said.
    "indirect_that",  # X said (that) C.
    "indirect_after",  # C, X said.
    "according_to",  # According to X, C.
    "mixed_fragment",  # X said the plan was “a mistake.”
    "filler",  # sentences without quotes
)

_PERSON_PATTERNS = frozenset({"quote_then_apposition", "pronoun_quote"})

# Hostile fragments for unicode_noise() and noisy news_texts().
_HOSTILE = (
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029",
    "\ud800", "\udfff", "\ud83d", "\ude00", "\ud83d\ude00x\ude00",
    "\u202e", "\u202d", "\u200f", "\u200e", "\u2066", "\u2069", "\u061c",
    "שלום עולם", "مرحبا بالعالم", "e\u0301", "a\u0300\u0301\u0302\u0303\u0304", "\u0301",
    "\U0001f600", "\U0001f44d\U0001f3fd", "\U0001f469\u200d\U0001f469\u200d\U0001f467", "\U0001f1fa\U0001f1f8",
    "\r\n", "\r", "\n", "\r\r\n", "\t", "\u00a0", "\u200b", "\u200c", "\u200d", "\ufeff", "\u3000",
    "\u2009", "\u202f", "\ufffd", "\uffff", "\U0010ffff",
    '"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u201e", "\u201f", "\u00ab", "\u00bb",
    "\u2039", "\u203a", "\u300c", "\u300d", "``", "''", "\u201c\u201c\u201c", "\u201d\u201d",
)
# The subset that cannot change which quotes a news text holds (no quotation marks).
_SAFE_NOISE = tuple(
    f for f in _HOSTILE if not any(c in f for c in "\"'\u201c\u201d\u2018\u2019\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d`")
    and not any(c in f for c in "\r\n\u2028\u2029\x85")
)
_NOISY_SENTENCE_SEPS = (" ", " ", "  ", "\u00a0", " \u200b", "\t", " \ufeff")
_NOISY_PARAGRAPH_SEPS = ("\n\n", "\n", "\r\n\r\n", "\r\r", "\r\n", "\n \n", "\n\u00a0\n", "\n\n\n")

# --------------------------------------------------------------------------------------
# Matching expected quotes against predictions (used by GeneratedArticle.missed).
# --------------------------------------------------------------------------------------

_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a"
_NAME_TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "rev", "reverend", "president", "vice", "secretary", "minister", "prime", "premier",
        "chancellor", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "gov",
        "governor", "mayor", "judge", "justice", "gen", "general", "ambassador", "former", "the",
    }
)
_PUNCT = regex.compile(r"[\p{P}\p{S}]+")


def _normalised(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace, quotation marks, a leading "that " and trailing ,.;: until stable."""
    while True:
        s, e = start, end
        while s < e and (text[s].isspace() or text[s] in _MARKS):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in _MARKS or text[e - 1] in ",.;:"):
            e -= 1
        if text[s : s + 5].casefold() == "that ":
            s += 5
        if (s, e) == (start, end):
            return s, e
        start, end = s, e


def _name_tokens(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.replace("'", "").replace("\u2019", "")
    tokens: list[str] = _PUNCT.sub(" ", folded).split()
    while tokens and tokens[0] in _NAME_TITLES:
        tokens.pop(0)
    while tokens and tokens[-1] in ("jr", "sr"):
        tokens.pop()
    return tokens


def _same_speaker(expected: str, predicted: str | None) -> bool:
    if predicted is None:
        return False
    a, b = _name_tokens(expected), _name_tokens(predicted)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return short[-1] == long_[-1] and set(short) <= set(long_)


def _overlaps(text: str, gold: Quote, pred: Quote) -> bool:
    gs, ge = _normalised(text, gold.start, gold.end)
    ps, pe = _normalised(text, min(pred.start, len(text)), min(pred.end, len(text)))
    if ge <= gs or pe <= ps:
        return (gs, ge) == (ps, pe)
    inter = min(ge, pe) - max(gs, ps)
    return inter * 2 >= ge - gs and inter * 2 >= pe - ps


# --------------------------------------------------------------------------------------
# The generated article.
# --------------------------------------------------------------------------------------


def _quote_tuple(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(quotes)


@attrs.frozen(kw_only=True)
class GeneratedArticle:
    """A generated news text and the quotes it is known to contain.

    Attributes:
        text: The article.
        expected: Its quotes in document order, as :class:`~quoteattr.Quote` objects with
            exact offsets into ``text``: ``kind``, ``speaker`` (canonical ``name``, ``kind``,
            ``named`` and the ``mention`` as written, e.g. "he" or "Garcia"), ``cue`` and
            ``evidence`` = ``(pattern,)``, the name of the pattern in :data:`PATTERNS`
            that produced the quote.
        style: The quotation-mark style, a key of :data:`QUOTE_STYLES`.
        noisy: Whether noise characters were mixed in.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    expected: tuple[Quote, ...] = attrs.field(converter=_quote_tuple)
    style: str = "curly"
    noisy: bool = False

    def of_kind(self, *kinds: QuoteKind | str) -> tuple[Quote, ...]:
        """The expected quotes of the given kinds (all of them when none is given)."""
        wanted = {QuoteKind(k) for k in kinds}
        return tuple(q for q in self.expected if not wanted or q.kind in wanted)

    def missed(
        self,
        predicted: Iterable[Quote],
        *,
        kinds: Sequence[QuoteKind | str] = (QuoteKind.DIRECT,),
        check_speaker: bool = True,
    ) -> list[Quote]:
        """The expected quotes of ``kinds`` that no prediction matches.

        A prediction matches when, after trimming quotation marks, whitespace, a leading
        "that" and trailing punctuation, it overlaps at least half of the expected span and
        at least half of it lies in the expected span; with ``check_speaker``, its speaker
        name (or mention text when unnamed) must also match the expected name leniently:
        "Garcia" and "Ms. Maria Garcia" match "Maria Garcia".  Each prediction matches at
        most one expected quote.
        """
        wanted = {QuoteKind(k) for k in kinds}
        pool = list(predicted)
        missing: list[Quote] = []
        for gold in self.expected:
            if gold.kind not in wanted:
                continue
            hit = None
            for i, pred in enumerate(pool):
                if not _overlaps(self.text, gold, pred):
                    continue
                if check_speaker and gold.speaker is not None and gold.speaker.name is not None:
                    spk = pred.speaker
                    name = None
                    if spk is not None:
                        name = spk.name if spk.name else (spk.mention.text if spk.mention else None)
                    if not _same_speaker(gold.speaker.name, name):
                        continue
                hit = i
                break
            if hit is None:
                missing.append(gold)
            else:
                pool.pop(hit)
        return missing


# --------------------------------------------------------------------------------------
# Building articles piece by piece with exact offsets.
# --------------------------------------------------------------------------------------


@attrs.define
class _Source:
    name: str  #: canonical name
    kind: SpeakerKind
    first: str  #: mention on first use ("Maria Garcia", "the Pentagon")
    later: str  #: mention on later uses ("Garcia", "the Pentagon")
    pronoun: str | None  #: "he" / "she" for people, None for organisations
    used: bool = False

    def mention(self) -> str:
        text = self.later if self.used else self.first
        self.used = True
        return text


@attrs.define
class _Builder:
    style: str
    noisy: bool
    draw: st.DrawFn
    parts: list[str] = attrs.Factory(list)
    pos: int = 0
    quotes: list[Quote] = attrs.Factory(list)
    people: list[_Source] = attrs.Factory(list)
    orgs: list[_Source] = attrs.Factory(list)

    @property
    def open(self) -> str:
        return QUOTE_STYLES[self.style][0]

    @property
    def close(self) -> str:
        return QUOTE_STYLES[self.style][1]

    @property
    def apostrophe(self) -> str:
        return QUOTE_STYLES[self.style][2]

    def add(self, piece: str) -> Mention:
        start = self.pos
        self.parts.append(piece)
        self.pos += len(piece)
        return Mention(text=piece, start=start, end=self.pos)

    def sentence_sep(self) -> None:
        self.add(self.draw(st.sampled_from(_NOISY_SENTENCE_SEPS)) if self.noisy else " ")

    def paragraph_sep(self) -> None:
        if not self.noisy:
            self.add("\n\n")
            return
        self.add(self.draw(st.sampled_from(_NOISY_PARAGRAPH_SEPS)))
        if self.draw(st.booleans()):
            junk = self.draw(st.lists(st.sampled_from(_SAFE_NOISE), min_size=1, max_size=3))
            self.add("".join(junk))
            self.add(self.draw(st.sampled_from(_NOISY_PARAGRAPH_SEPS)))

    def noise(self, text: str) -> str:
        """Maybe put a non-breaking or zero-width space into ``text`` (noisy mode only)."""
        if not self.noisy or " " not in text or not self.draw(st.booleans()):
            return text
        spaces = [i for i, c in enumerate(text) if c == " "]
        i = self.draw(st.sampled_from(spaces))
        repl = self.draw(st.sampled_from(("\u00a0", " \u200b", "\u202f", "  ")))
        return text[:i] + repl + text[i + 1 :]

    def source(self, *, person: bool) -> _Source:
        draw = self.draw
        pool = self.people if person else self.orgs
        if pool and draw(st.integers(0, 9)) < 4:
            return draw(st.sampled_from(pool))
        if person:
            female = draw(st.booleans())
            firsts = [f for f in (_FEMALE if female else _MALE) if all(p.first.split()[0] != f for p in pool)]
            lasts = [s for s in _SURNAMES if all(p.later != s for p in pool)]
            if not firsts or not lasts:
                return draw(st.sampled_from(pool))
            first, last = draw(st.sampled_from(firsts)), draw(st.sampled_from(lasts))
            src = _Source(f"{first} {last}", SpeakerKind.PERSON, f"{first} {last}", last,
                          "she" if female else "he")
        else:
            fresh = [o for o in _ORGS if all(p.name != o[0] for p in pool)]
            if not fresh:
                return draw(st.sampled_from(pool))
            name, article, kind = draw(st.sampled_from(fresh))
            full = f"{article} {name}" if article else name
            src = _Source(name, kind, full, full, None)
        pool.append(src)
        return src

    def pick_source(self) -> _Source:
        return self.source(person=self.draw(st.integers(0, 9)) < 8)

    def quote(self, content: Mention, kind: QuoteKind, src: _Source, mention: Mention,
              cue: Mention | None, pattern: str) -> None:
        speaker = Speaker(name=src.name, kind=src.kind, named=True, mention=mention)
        self.quotes.append(Quote(text=content.text, start=content.start, end=content.end,
                                 kind=kind, speaker=speaker, cue=cue, confidence=1.0,
                                 evidence=(pattern,)))

    def add_mention(self, src: _Source, *, capital: bool) -> Mention:
        text = src.mention()
        if capital:
            text = text[:1].upper() + text[1:]
        return self.add(text)

    # -- content ------------------------------------------------------------------------
    def direct_sentence(self) -> str:
        draw = self.draw
        choice = draw(st.integers(0, 9))
        if choice < 5:
            s = f"{draw(st.sampled_from(_Q_SUBJECTS))} {draw(st.sampled_from(_Q_VERBS))} " \
                f"{draw(st.sampled_from(_Q_OBJECTS))}{draw(st.sampled_from(_Q_TAILS))}"
        elif choice < 8:
            s = draw(st.sampled_from(_Q_STOCK))
        else:
            s = draw(st.sampled_from(_Q_CONTRACTIONS)).format(a=self.apostrophe)
        return s

    def direct_content(self, end: str) -> str:
        """One to three sentences; the last ends with ``end`` ("," or ".")."""
        draw = self.draw
        sentences = [self.direct_sentence() + "." for _ in range(draw(st.integers(0, 2)))]
        if draw(st.integers(0, 9)) == 0:
            sentences.append(draw(st.sampled_from(_Q_QUESTIONS)) + "?")
        else:
            sentences.append(self.direct_sentence() + end)
        return self.noise(" ".join(sentences))

    def clause(self) -> str:
        draw = self.draw
        return self.noise(f"{draw(st.sampled_from(_I_SUBJECTS))} {draw(st.sampled_from(_I_PREDICATES))}")

    def cue(self, verb: str, rest: str) -> Mention:
        m = self.add(verb)
        if rest:
            self.add(rest)
        return m

    # -- patterns -----------------------------------------------------------------------
    def pattern(self, name: str) -> None:
        getattr(self, "_p_" + name)(name)

    def _p_quote_then_speaker(self, name: str) -> None:
        src = self.pick_source()
        self.add(self.open)
        content = self.add(self.direct_content(","))
        self.add(self.close + " ")
        mention = self.add_mention(src, capital=False)
        self.add(" ")
        verb, rest = self.draw(st.sampled_from(_DIRECT_AFTER_CUES))
        cue = self.cue(verb, rest)
        self.add(".")
        self.quote(content, QuoteKind.DIRECT, src, mention, cue, name)

    def _p_quote_then_inverted(self, name: str) -> None:
        src = self.pick_source()
        self.add(self.open)
        content = self.add(self.direct_content(","))
        self.add(self.close + " ")
        cue = self.add(self.draw(st.sampled_from(_INVERTED_CUES)))
        self.add(" ")
        mention = self.add_mention(src, capital=False)
        self.add(".")
        self.quote(content, QuoteKind.DIRECT, src, mention, cue, name)

    def _p_quote_then_apposition(self, name: str) -> None:
        src = self.source(person=True)
        self.add(self.open)
        content = self.add(self.direct_content(","))
        self.add(self.close + " ")
        cue = self.add("said")
        self.add(" ")
        was_used = src.used
        mention = self.add_mention(src, capital=False)
        if not was_used:
            self.add(", " + self.draw(st.sampled_from(_TITLES)))
        self.add(".")
        self.quote(content, QuoteKind.DIRECT, src, mention, cue, name)

    def _p_speaker_then_quote(self, name: str) -> None:
        src = self.pick_source()
        mention = self.add_mention(src, capital=True)
        self.add(" ")
        verb, rest = self.draw(st.sampled_from(_COLON_CUES))
        cue = self.cue(verb, rest)
        self.add(" " + self.open)
        content = self.add(self.direct_content("."))
        self.add(self.close)
        self.quote(content, QuoteKind.DIRECT, src, mention, cue, name)

    def _p_split_quote(self, name: str) -> None:
        src = self.pick_source()
        self.add(self.open)
        first = self.add(self.noise(self.direct_sentence() + ","))
        self.add(self.close + " ")
        mention = self.add_mention(src, capital=False)
        self.add(" ")
        cue = self.add(self.draw(st.sampled_from(("said", "added", "said"))))
        rest = self.direct_content(".")
        if self.draw(st.booleans()):  # the sentence goes on: “A,” X said, “b.”
            if not rest.startswith(("I ", "I’", "I'")):
                rest = rest[:1].lower() + rest[1:]
            self.add(", " + self.open)
        else:  # a new sentence: “A,” X said. “B.”
            self.add(".")
            self.sentence_sep()
            self.add(self.open)
        second = self.add(rest)
        self.add(self.close)
        self.quote(first, QuoteKind.DIRECT, src, mention, cue, name)
        self.quote(second, QuoteKind.DIRECT, src, mention, cue, name)

    def _p_pronoun_quote(self, name: str) -> None:
        src = self.source(person=True)
        was_used = src.used
        self.add_mention(src, capital=True)
        if not was_used:
            self.add(", " + self.draw(st.sampled_from(_TITLES)) + ",")
        self.add(" " + self.draw(st.sampled_from(_INTRO_ACTS)) + ".")
        self.sentence_sep()
        self.add(self.open)
        content = self.add(self.direct_content(","))
        self.add(self.close + " ")
        assert src.pronoun is not None
        mention = self.add(src.pronoun)
        self.add(" ")
        cue = self.add(self.draw(st.sampled_from(("said", "added", "said"))))
        self.add(".")
        self.quote(content, QuoteKind.DIRECT, src, mention, cue, name)

    def _p_indirect_that(self, name: str) -> None:
        src = self.pick_source()
        mention = self.add_mention(src, capital=True)
        self.add(" ")
        verb, rest = self.draw(st.sampled_from(_INDIRECT_CUES))
        cue = self.cue(verb, rest)
        self.add(" that " if self.draw(st.booleans()) or verb in ("insisted", "claimed", "argued") else " ")
        content = self.add(self.clause())
        self.add(".")
        self.quote(content, QuoteKind.INDIRECT, src, mention, cue, name)

    def _p_indirect_after(self, name: str) -> None:
        src = self.pick_source()
        clause = self.clause()
        content = self.add(clause[:1].upper() + clause[1:])
        self.add(", ")
        mention = self.add_mention(src, capital=False)
        self.add(" ")
        cue = self.add(self.draw(st.sampled_from(("said", "said", "says", "added"))))
        self.add(".")
        self.quote(content, QuoteKind.INDIRECT, src, mention, cue, name)

    def _p_according_to(self, name: str) -> None:
        src = self.pick_source()
        cue = self.add("According to")
        self.add(" ")
        mention = self.add_mention(src, capital=False)
        self.add(", ")
        content = self.add(self.clause())
        self.add(".")
        self.quote(content, QuoteKind.INDIRECT, src, mention, cue, name)

    def _p_mixed_fragment(self, name: str) -> None:
        src = self.pick_source()
        mention = self.add_mention(src, capital=True)
        self.add(" ")
        cue = self.add(self.draw(st.sampled_from(("said", "said", "says", "argued"))))
        self.add(" that " if self.draw(st.booleans()) else " ")
        head, fragment = self.draw(st.sampled_from(_MIXED))
        content = self.add(f"{head} {self.open}{fragment}.{self.close}")
        self.quote(content, QuoteKind.MIXED, src, mention, cue, name)

    def _p_filler(self, name: str) -> None:
        self.add(self.draw(st.sampled_from(_FILLER)))


# --------------------------------------------------------------------------------------
# Argument checks.
# --------------------------------------------------------------------------------------


def _check_within(within: object, min_size: int) -> None:
    """Fail loudly on a ``within=`` argument that is not a long enough string."""
    if within is not None:
        if not isinstance(within, str):
            raise InvalidArgument(f"within must be a str or None, got {type(within).__name__}")
        if len(within) < min_size:
            raise InvalidArgument(f"within has {len(within)} characters, fewer than min_size={min_size}")


def _check_size(min_size: int, max_size: int | None, *, ceiling: int | None = None) -> None:
    if not isinstance(min_size, int) or isinstance(min_size, bool) or min_size < 0:
        raise InvalidArgument(f"min_size must be an int >= 0, got {min_size!r}")
    if max_size is not None:
        if not isinstance(max_size, int) or isinstance(max_size, bool):
            raise InvalidArgument(f"max_size must be an int or None, got {max_size!r}")
        if max_size < min_size:
            raise InvalidArgument(f"max_size ({max_size}) must be >= min_size ({min_size})")
    if ceiling is not None and max_size is not None and max_size > ceiling:
        raise InvalidArgument(f"max_size must be <= {ceiling}, got {max_size}")


def _check_choices(what: str, values: Sequence[str], valid: Iterable[str]) -> tuple[str, ...]:
    valid = tuple(valid)
    if isinstance(values, str):
        raise InvalidArgument(f"{what} must be a sequence of names, not the string {values!r}")
    values = tuple(values)
    if not values:
        raise InvalidArgument(f"{what} must not be empty; choose from {', '.join(valid)}")
    bad = [v for v in values if v not in valid]
    if bad:
        raise InvalidArgument(f"unknown {what} {bad!r}; choose from {', '.join(valid)}")
    return values


# --------------------------------------------------------------------------------------
# Public strategies.
# --------------------------------------------------------------------------------------


def news_texts(
    *,
    min_size: int = 1,
    max_size: int = 6,
    patterns: Sequence[str] = PATTERNS,
    styles: Sequence[str] = tuple(QUOTE_STYLES),
    headline: bool | None = None,
    noise: bool = False,
) -> st.SearchStrategy[GeneratedArticle]:
    """News-like articles that know their quotes, speakers and cues.

    Each paragraph holds one pattern of :data:`PATTERNS` (``“A,” X said.``,
    ``X said: “A.”``, ``“A,” said X, a title.``, a split ``“A,” X said, “B.”``, a pronoun
    after an introduction, ``X said that C``, ``C, X said``, ``According to X, C``, a
    mixed quote with a quoted fragment, or filler without quotes), sometimes followed by
    a filler sentence.  People get a full name on first mention and their surname later.
    Requires the hypothesis package.

    Args:
        min_size: Fewest paragraphs.
        max_size: Most paragraphs (at most 200).
        patterns: The patterns to draw from, a non-empty subset of :data:`PATTERNS`;
            leave out ``"filler"`` for a quote in every paragraph.
        styles: Quotation-mark styles to draw from, keys of :data:`QUOTE_STYLES`; one
            style is used per article, as newspapers do.
        headline: Start with a headline line (``None``: sometimes).
        noise: Mix in noise that keeps the expected quotes intact: odd line ends (CR,
            CRLF), non-breaking, narrow and zero-width spaces, control characters, lone
            surrogates, emoji, right-to-left and combining text between paragraphs.

    Raises:
        hypothesis.errors.InvalidArgument: on a bad size, an unknown pattern or style.
    """
    _check_size(min_size, max_size, ceiling=200)
    if min_size < 1:
        raise InvalidArgument(f"min_size must be >= 1 (an article has a paragraph), got {min_size}")
    pats = _check_choices("patterns", patterns, PATTERNS)
    stys = _check_choices("styles", styles, QUOTE_STYLES)
    if headline is not None and not isinstance(headline, bool):
        raise InvalidArgument(f"headline must be a bool or None, got {headline!r}")
    if not isinstance(noise, bool):
        raise InvalidArgument(f"noise must be a bool, got {noise!r}")

    @st.composite
    def build(draw: st.DrawFn) -> GeneratedArticle:
        style = draw(st.sampled_from(stys))
        b = _Builder(style=style, noisy=noise, draw=draw)
        if noise and draw(st.booleans()):
            b.add(draw(st.sampled_from(("\ufeff", "\u200b", "\n", "\r\n", " ", "\t"))))
        if headline or (headline is None and draw(st.booleans())):
            b.add(draw(st.sampled_from(_HEADLINES)))
            b.paragraph_sep()
        n = draw(st.integers(min_size, max_size))
        for i in range(n):
            if i:
                b.paragraph_sep()
            b.pattern(draw(st.sampled_from(pats)))
            if draw(st.integers(0, 3)) == 0:
                b.sentence_sep()
                b.add(draw(st.sampled_from(_FILLER)))
        if noise and draw(st.booleans()):
            b.add(draw(st.sampled_from(("\n", "\r\n", "\x00", " \u200b", "\U0001f600"))))
        return GeneratedArticle(text="".join(b.parts), expected=b.quotes, style=style, noisy=noise)

    return build()


def mentions(
    *, within: str | None = None, min_size: int = 0, max_size: int | None = 40
) -> st.SearchStrategy[Mention]:
    """:class:`~quoteattr.Mention` objects, standalone or slicing ``within``.

    Standalone mentions have any text and a start offset; ``end - start == len(text)``.
    With ``within``, ``within[m.start:m.end] == m.text``.  Requires the hypothesis package.

    Args:
        within: A text the mentions must slice, or ``None``.
        min_size: Shortest mention text.
        max_size: Longest mention text (``None``: no limit).

    Raises:
        hypothesis.errors.InvalidArgument: on a bad size, or ``within`` too short for ``min_size``.
    """
    _check_size(min_size, max_size)
    _check_within(within, min_size)

    @st.composite
    def build(draw: st.DrawFn) -> Mention:
        if within is None:
            text = draw(st.text(min_size=min_size, max_size=max_size))
            start = draw(st.integers(0, 10**6))
            return Mention(text=text, start=start, end=start + len(text))
        start, end = draw(_slices(within, min_size, max_size))
        return Mention.from_text(within, start, end)

    return build()


def speakers(*, within: str | None = None) -> st.SearchStrategy[Speaker]:
    """:class:`~quoteattr.Speaker` objects whose mentions are standalone or slice ``within``.

    Requires the hypothesis package.

    Raises:
        hypothesis.errors.InvalidArgument: when ``within`` is not a str.
    """
    if within is not None and not isinstance(within, str):
        raise InvalidArgument(f"within must be a str or None, got {type(within).__name__}")

    @st.composite
    def build(draw: st.DrawFn) -> Speaker:
        kind = draw(st.sampled_from(SpeakerKind))
        named = draw(st.booleans())
        if named:
            if kind is SpeakerKind.PERSON or draw(st.booleans()):
                name: str | None = f"{draw(st.sampled_from(_FEMALE + _MALE))} {draw(st.sampled_from(_SURNAMES))}"
            else:
                name = draw(st.sampled_from(_ORGS))[0]
        else:
            name = draw(st.one_of(st.none(), st.sampled_from(("a senior official", "US officials", "the report"))))
        mention_strategy = mentions(within=within, max_size=40)
        all_mentions = draw(st.lists(mention_strategy, max_size=3))
        if within is not None:
            all_mentions.sort(key=lambda m: (m.start, m.end))
        mention = draw(st.one_of(st.none(), st.sampled_from(all_mentions))) if all_mentions else None
        return Speaker(name=name, kind=kind, named=named, mention=mention, mentions=all_mentions)

    return build()


def quotes(
    *,
    within: str | None = None,
    kinds: Sequence[QuoteKind | str] = tuple(QuoteKind),
    min_size: int = 0,
    max_size: int | None = 200,
) -> st.SearchStrategy[Quote]:
    """:class:`~quoteattr.Quote` objects, standalone or slicing ``within``.

    Standalone quotes (``within=None``) have any content and offsets with
    ``end - start == len(text)``; their speaker mentions and cue are standalone too.  With
    ``within``, the content, the speaker's mentions and the cue all slice ``within``,
    as the extractor's results slice its input.  ``confidence`` has at most four
    decimals, as :meth:`~quoteattr.Quote.to_dict` writes it, so ``Quote.from_dict(q.to_dict())
    == q``.  Requires the hypothesis package.

    Args:
        within: A text the quotes must slice, or ``None``.
        kinds: The kinds to draw from.
        min_size: Shortest content.
        max_size: Longest content (``None``: no limit).

    Raises:
        hypothesis.errors.InvalidArgument: on a bad size, an unknown kind, or ``within``
            too short for ``min_size``.
    """
    _check_size(min_size, max_size)
    valid_kinds = [k.value for k in QuoteKind]
    if isinstance(kinds, str):
        raise InvalidArgument(f"kinds must be a sequence of kinds, not the string {kinds!r}")
    kinds_ = _check_choices("kinds", [k.value if isinstance(k, QuoteKind) else k for k in kinds], valid_kinds)
    _check_within(within, min_size)

    @st.composite
    def build(draw: st.DrawFn) -> Quote:
        if within is None:
            text = draw(st.text(min_size=min_size, max_size=max_size))
            start = draw(st.integers(0, 10**6))
            end = start + len(text)
        else:
            start, end = draw(_slices(within, min_size, max_size))
            text = within[start:end]
        speaker = draw(st.one_of(st.none(), speakers(within=within)))
        cue = draw(st.one_of(st.none(), mentions(within=within, min_size=0, max_size=20)))
        confidence = draw(st.integers(0, 10_000)) / 10_000
        evidence = draw(st.lists(st.sampled_from(_EVIDENCE), max_size=3, unique=True))
        return Quote(text=text, start=start, end=end, kind=QuoteKind(draw(st.sampled_from(kinds_))),
                     speaker=speaker, cue=cue, confidence=confidence, evidence=evidence)

    return build()


_EVIDENCE = ("quote_marks", "cue_after", "cue_before", "according_to", "pronoun", "coref", "continuation")


@st.composite
def _slices(draw: st.DrawFn, text: str, min_size: int, max_size: int | None) -> tuple[int, int]:
    n = len(text)
    hi = n if max_size is None else min(n, max_size)
    length = draw(st.integers(min_size, max(min_size, hi)))
    start = draw(st.integers(0, n - length))
    return start, start + length


def unicode_noise(*, min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Hostile text: a mix of dangerous fragments and arbitrary code points.

    Fragments include lone surrogates, NUL and other control characters, ANSI escapes,
    right-to-left text and direction marks, combining characters, emoji (with skin tones,
    ZWJ sequences and flags), CR and CRLF line ends, non-breaking, zero-width and other
    unusual spaces, non-characters, stray and unbalanced quotation marks of every style,
    and plain words.  Requires the hypothesis package.

    Args:
        min_size: Fewest fragments.
        max_size: Most fragments (at most 10,000).

    Raises:
        hypothesis.errors.InvalidArgument: on a bad size.
    """
    _check_size(min_size, max_size, ceiling=10_000)
    fragment = st.one_of(
        st.sampled_from(_HOSTILE),
        st.text(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=4),
        # st.text() never draws lone surrogates, so draw them as code points.
        st.lists(st.integers(0xD800, 0xDFFF).map(chr), min_size=1, max_size=2).map("".join),
        st.sampled_from(("said", " ", "He said", "Smith", ".", ",", "\n\n", "according to")),
    )
    return st.lists(fragment, min_size=min_size, max_size=max_size).map("".join)


def register_type_strategies() -> None:
    """Make ``st.from_type`` (and ``st.builds`` inference) use :func:`quotes`, :func:`speakers`
    and :func:`mentions` for :class:`~quoteattr.Quote`, :class:`~quoteattr.Speaker` and
    :class:`~quoteattr.Mention`.

    Call it once, e.g. in a ``conftest.py``.  Requires the hypothesis package.
    """
    st.register_type_strategy(Quote, quotes())
    st.register_type_strategy(Speaker, speakers())
    st.register_type_strategy(Mention, mentions())
