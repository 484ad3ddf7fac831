"""Doc → quotes: the one-way flow marks → cues → attribution → speaker resolution."""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

import attrs
import numpy as np
from spacy.symbols import PROPN

from .attribution import Attribution, attribute, is_aside, mention_span
from .cues import ALPHA_COL, POS_COL, STOP_COL, token_array
from .entities import mend_person_names
from .phrasal import read_phrasal_cues
from .lexicon import get as get_lexicon
from .marks import find_quotes
from .model import Mention, Quote, QuoteKind, Speaker, SpeakerKind
from .speakers import Entity, Registry

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Options", "quotes_from_doc"]


@attrs.frozen(kw_only=True)
class Options:
    """Extraction settings shared by the Extractor, the component and the CLI.

    Attributes:
        include_documents: Return quotes whose source is a document ("a poll shows").
        noun_phrases: Also report noun-phrase contents of speech verbs ("denied the
            allegations", "talked about the economy"), with confidence 0.55.
        stances: Also report positions taken with a stance verb ("X supports Y", "X plans
            to ...", "X attacked Y"), as PolNeAR annotates; confidence 0.45, evidence
            ``stance``.  Off by default: such positions are not reported speech.
        min_confidence: Drop quotes below this confidence.
        lang: Lexicon language.
    """

    include_documents: bool = True
    noun_phrases: bool = True
    stances: bool = False
    min_confidence: float = attrs.field(default=0.0)
    lang: str = "en"


def quotes_from_doc(doc: Doc, *, options: Options = Options()) -> list[Quote]:
    """Return the quotes of a parsed ``Doc`` in document order (offsets index ``doc.text``).

    The engine allocates many small objects with no reference cycles, so the cyclic garbage
    collector, whose passes cost more as the heap grows, is paused while one document is
    processed; this keeps the time per KB flat from 10 KB to 1 MB.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _quotes_from_doc(doc, options)
    finally:
        if paused:
            gc.enable()


def _quotes_from_doc(doc: Doc, options: Options) -> list[Quote]:
    text = doc.text
    if not text or not text.strip() or len(doc) == 0:
        return []
    lex = get_lexicon(options.lang, stances=options.stances)
    arr = token_array(doc)  # one read of the token attributes, shared by every stage
    mended = mend_person_names(doc, lex, arr)  # (a copy when there is a name to mend)
    if mended is not doc:
        doc, arr = mended, token_array(mended)
    read = read_phrasal_cues(doc, lex, arr)  # (a copy when a verb and particle mean a cue)
    if read is not doc:
        doc, arr = read, token_array(read)
    marked = find_quotes(text)
    attributions = attribute(doc, marked, lex, text, noun_phrases=options.noun_phrases, arr=arr)
    if not attributions:
        return []
    registry = Registry(doc, lex, text, arr)
    quotes = _drop_partial_overlaps(_drop_duplicates(_to_quotes(doc, attributions, registry, options)))
    if quotes and _english_share(arr) < (_MIN_ENGLISH if len(doc) >= 40 else _MIN_ENGLISH / 2):
        # (a sentence or two of English news can run low on stop words: "KYIV, Ukraine (AP)
        # — Russian forces shelled the city overnight, officials said.")
        # the parser reads foreign text as (bad) English: keep what it found, but say how
        # little that is worth
        quotes = [
            attrs.evolve(q, confidence=round(q.confidence * 0.4, 4), evidence=q.evidence + ("not-english",))
            for q in quotes
        ]
        quotes = [q for q in quotes if q.confidence >= options.min_confidence]
    return quotes


#: Share of English stop words among alphabetic tokens below which a text is not English
#: (English news runs at 0.4 to 0.5; German, French or Arabic text near 0 to 0.1).
_MIN_ENGLISH = 0.2


def _english_share(arr: np.ndarray) -> float:
    """The share of English stop words among the alphabetic tokens (a :func:`token_array`)
    that are not proper nouns: names belong to no language, and a short English passage
    full of them ("said Brett O’Donnell, chief strategist for Michele Bachmann") is English."""
    alphabetic = arr[:, ALPHA_COL] == 1
    words = alphabetic & (arr[:, POS_COL] != PROPN)
    if int(words.sum()) < 6:
        if int(alphabetic.sum()) < 12:
            return 1.0  # one short sentence ("Trump mocked Jeb Bush as low energy") tells nothing
        words = alphabetic  # foreign text the tagger read as a run of names
    alpha = int(words.sum())
    if alpha < 6:
        return 1.0
    return float((words & (arr[:, STOP_COL] == 1)).sum()) / alpha


def _to_quotes(doc: Doc, attributions: list[Attribution], registry: Registry, options: Options) -> list[Quote]:
    text = registry.text
    resolved: dict[int, tuple[Entity | None, tuple[int, int] | None, str]] = {}
    previous: Entity | None = None
    out: list[Quote] = []
    # resolve in text order of the cue/mention so that "previous speaker" means what a reader means
    for a in sorted(attributions, key=lambda a: (a.cue[0] if a.cue else a.start)):
        ent: Entity | None = None
        span: tuple[int, int] | None = None
        rule = "no-source"
        if a.follows is not None and id(a.follows) in resolved:
            ent, span, _ = resolved[id(a.follows)]
            rule = "continuation"
        elif a.source is not None:
            tok = doc[a.source]
            span = a.mention or mention_span(tok)
            clause = None
            if a.cue_token is not None:
                verb = doc[a.cue_token]
                clause = (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text))
            res = registry.resolve(
                tok, span, previous=previous, clause=clause, label=a.mention is not None, content=(a.start, a.end)
            )
            ent, rule = res.entity, res.rule
        resolved[id(a)] = (ent, span, rule)
        if ent is not None:
            previous = ent
    nested = _nested_same_speaker(attributions, resolved)
    mentions_of: dict[int, tuple[Mention, ...]] = {}
    for a in attributions:
        if id(a) in nested:
            continue
        ent, span, rule = resolved[id(a)]
        speaker = None
        if span is not None or ent is not None:
            mention = None if span is None else Mention.from_text(text, *span)
            if ent is not None:
                speaker = Speaker(
                    name=ent.name,
                    kind=ent.kind,
                    named=ent.named,
                    mention=mention,
                    mentions=_entity_mentions(ent, text, mentions_of),
                )
            else:
                speaker = Speaker(name=None, kind=SpeakerKind.UNKNOWN, named=False, mention=mention, mentions=[mention] if mention else [])
        if speaker is not None and speaker.kind is SpeakerKind.DOCUMENT and not options.include_documents:
            continue
        conf = a.confidence * (1.0 if ent is not None else 0.8)
        if conf < options.min_confidence:
            continue
        out.append(
            Quote(
                text=text[a.start:a.end],
                start=a.start,
                end=a.end,
                kind=a.kind,
                speaker=speaker,
                cue=None if a.cue is None else Mention.from_text(text, *a.cue),
                confidence=round(conf, 4),
                evidence=(a.rule, "speaker:" + rule),
            )
        )
    return out


_MAX_REPORT_CHARS = 20_000


def _nested_same_speaker(attributions: list[Attribution], resolved: dict) -> set[int]:
    """Reports nested in another report's content by the same (or an unknown) speaker.

    "Blinken told NBC that he told Wang ..." is one quote: the inner report repeats the
    outer speaker.  An inner report by a different speaker is kept.
    """
    drop: set[int] = set()
    outer = sorted((a for a in attributions if a.kind is not QuoteKind.DIRECT), key=lambda a: a.start)
    starts = [a.start for a in outer]
    for a in attributions:
        if a.cue is None or a.kind is QuoteKind.DIRECT:
            continue
        # candidates start before the cue, and no report runs over more than a paragraph
        hi = bisect_right(starts, a.cue[0])
        lo = bisect_left(starts, a.cue[0] - _MAX_REPORT_CHARS)
        for b in outer[lo:hi]:
            if b is a or not (b.start <= a.cue[0] < b.end) or a.start < b.start or (b.start, b.end) == (a.start, a.end):
                continue
            ea, eb = resolved[id(a)][0], resolved[id(b)][0]
            longer = (a.end - a.start) >= (b.end - b.start)
            # an inner report may run past its container when the parses disagree; it is
            # the same report only when both resolve to one speaker
            if is_aside(b.rule) and not is_aside(a.rule):
                continue  # a noun-phrase content does not swallow a clause reported inside it
            if b.rule == "interview-answer":
                continue  # an answer runs over paragraphs; what its speaker reports in it stands
            if (ea is None and not longer) or (ea is not None and ea is eb):
                drop.add(id(a))
                break
    return drop


def _entity_mentions(ent: Entity, text: str, cache: dict[int, tuple[Mention, ...]]) -> tuple[Mention, ...]:
    """The entity's mentions as Mention values, built once per entity and document."""
    got = cache.get(id(ent))
    if got is None:
        got = cache[id(ent)] = tuple(Mention.from_text(text, s, e) for s, e in sorted(ent.mentions))
    return got


def _drop_duplicates(quotes: list[Quote]) -> list[Quote]:
    """One quote per span: when two cues report the same words, the more confident
    reading stays, and of equals the one whose speaker has a name."""
    best: dict[tuple[int, int], int] = {}
    for i, q in enumerate(quotes):
        j = best.get((q.start, q.end))
        if j is None:
            best[(q.start, q.end)] = i
            continue
        named = q.speaker is not None and q.speaker.name is not None
        other = quotes[j]
        other_named = other.speaker is not None and other.speaker.name is not None
        if (q.confidence, named) > (other.confidence, other_named):
            best[(q.start, q.end)] = i
    if len(best) == len(quotes):
        return quotes
    keep = set(best.values())
    return [q for i, q in enumerate(quotes) if i in keep]


def _drop_partial_overlaps(quotes: list[Quote]) -> list[Quote]:
    """Quotes either nest or stay apart: of two that cross, the less confident goes.

    One sweep over the quotes in order keeps a stack of the kept quotes that are still
    open; a new quote that starts inside the top of the stack but ends after it crosses it.
    """
    order = sorted(range(len(quotes)), key=lambda i: (quotes[i].start, -quotes[i].end))
    dropped: set[int] = set()
    stack: list[int] = []
    for i in order:
        q = quotes[i]
        while True:
            while stack and quotes[stack[-1]].end <= q.start:
                stack.pop()
            if not stack or quotes[stack[-1]].end >= q.end:
                break  # disjoint from, or nested in, everything still open
            top = quotes[stack[-1]]
            if (q.confidence, q.end - q.start) > (top.confidence, top.end - top.start):
                dropped.add(stack.pop())  # the new quote wins: check it against the next one
                continue
            dropped.add(i)
            break
        if i not in dropped:
            stack.append(i)
    return [q for i, q in enumerate(quotes) if i not in dropped]
