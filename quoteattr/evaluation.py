"""Score extracted quotes and speakers against gold annotations.

The formats and the metric definitions are those of the shared evaluation kit
(``eval/README.md``, ``eval/score.py``): this module gives the same figures on the same
files, so users can score quoteattr (or anything else) on their own annotated data.

>>> from quoteattr.evaluation import score_files, format_table
>>> print(format_table(score_files("gold.jsonl", "pred.jsonl"), by_kind=True))  # doctest: +SKIP

In short: quote spans are normalised on both sides (whitespace, quotation marks, a leading
"that ", trailing ``, . ; :``), matched one-to-one and greedily by largest overlap at two
levels (``exact`` and ``overlap`` >= 50 % of both spans), and overlap-matched pairs are
then checked for the speaker mention, the speaker name (strict and lenient) and the whole
attribution (``end_to_end``).  :func:`score_documents` returns every figure as a dict;
:func:`align_documents` returns the per-document matching, for error analysis.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence, Union

import attrs

if TYPE_CHECKING:
    from .extractor import Extractor
    from .model import Quote

__all__ = [
    "GOLD_KINDS",
    "KIND_ORDER",
    "NAME_SUFFIXES",
    "NAME_TITLES",
    "QUOTE_MARKS",
    "TRAILING_PUNCT",
    "CharSpan",
    "DocumentAlignment",
    "GoldDocument",
    "GoldQuote",
    "InputError",
    "MatchedPair",
    "PredictedQuote",
    "align_documents",
    "evaluate",
    "format_table",
    "main",
    "names_match",
    "normalize_name",
    "normalize_span",
    "predict",
    "prediction_record",
    "quotes_from_gold",
    "read_jsonl",
    "score_alignments",
    "score_documents",
    "score_files",
]

# ---------------------------------------------------------------------------------------
# Constants (identical to the shared scorer's)

#: Quotation marks stripped from both ends of a quote span before matching.
QUOTE_MARKS: frozenset[str] = frozenset(
    '"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\'\u2039\u203a\u201f\u201a'
)
#: Punctuation stripped from the end of a quote span before matching.
TRAILING_PUNCT: frozenset[str] = frozenset(",.;:")
#: Kinds a gold quote may carry; ``null`` in the data is reported as ``"unknown"``.
GOLD_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
#: Display order of kinds; other predicted kinds follow, alphabetically.
KIND_ORDER: tuple[str, ...] = ("direct", "indirect", "mixed", "unknown")
#: Leading title / honorific tokens dropped from speaker names (after casefolding).
NAME_TITLES: frozenset[str] = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend
    president vice secretary minister prime premier chancellor
    senator sen rep representative congressman congresswoman
    gov governor mayor judge justice gen general ambassador former the
    """.split()
)
#: Trailing suffix tokens dropped from speaker names.
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr"})

_APOSTROPHES = frozenset("'\u2019\u2018`\u02bc")
_EXACT, _OVERLAP = "exact", "overlap"

#: Documents as accepted by :func:`score_documents`: a sequence of dicts, of
#: ``(line_number, dict)`` pairs (as :func:`read_jsonl` returns), or an ``{id: dict}`` map.
Documents = Union[Iterable[Any], Mapping[str, Any]]
PathLike = Union[str, "os.PathLike[str]"]


class InputError(ValueError):
    """Bad gold or prediction input; the message names the file, the line and the problem."""


# ---------------------------------------------------------------------------------------
# Result values


@attrs.frozen
class CharSpan:
    """A ``[start, end)`` character range of a document text.

    Attributes:
        start: Offset of the first character.
        end: Offset just past the last character.
    """

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlap(self, other: CharSpan) -> int:
        """Number of characters shared with ``other`` (0 when disjoint)."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))


@attrs.frozen(kw_only=True)
class GoldQuote:
    """One validated gold quote.

    Attributes:
        raw: The span as annotated.
        norm: The span after :func:`normalize_span`.
        kind: ``direct``, ``indirect``, ``mixed`` or ``unknown``.
        speaker: Canonical speaker name, or ``None`` when not annotated.
        mention: The annotated speaker mention, or ``None``.
    """

    raw: CharSpan
    norm: CharSpan
    kind: str
    speaker: str | None
    mention: CharSpan | None


@attrs.frozen(kw_only=True)
class PredictedQuote:
    """One validated predicted quote.

    Attributes:
        raw: The span as predicted.
        norm: The span after :func:`normalize_span`.
        kind: Lowercased predicted kind, or ``unknown`` when none was given.
        kind_given: Whether the prediction carried a kind.
        name: Predicted speaker name (the mention text when only a mention was given).
        mention: Predicted speaker mention, or ``None``.
    """

    raw: CharSpan
    norm: CharSpan
    kind: str
    kind_given: bool
    name: str | None
    mention: CharSpan | None


@attrs.frozen(kw_only=True)
class GoldDocument:
    """A validated gold document.

    Attributes:
        id: The document id.
        text: The document text.
        quotes: Its gold quotes, in file order.
    """

    id: str
    text: str
    quotes: tuple[GoldQuote, ...]


@attrs.frozen(kw_only=True)
class MatchedPair:
    """An overlap-matched gold/prediction pair and how its attribution was judged.

    Attributes:
        gold: Index of the gold quote in its document.
        pred: Index of the predicted quote in its document.
        mention_correct: Whether the predicted mention overlaps the gold one; ``None``
            when the gold quote has no mention.
        name_strict: Strict name match; ``None`` when the gold quote has no speaker name.
        name_lenient: Lenient name match; ``None`` when the gold quote has no speaker name.
        correct: End-to-end attribution judgement.
    """

    gold: int
    pred: int
    mention_correct: bool | None
    name_strict: bool | None
    name_lenient: bool | None
    correct: bool


@attrs.frozen(kw_only=True)
class DocumentAlignment:
    """How one document's predictions were matched to its gold quotes.

    Attributes:
        document: The gold document.
        predictions: Its predicted quotes (empty when the document has no prediction line).
        has_prediction: Whether the prediction file had a line for this document.
        exact: Exact-level matches as ``(gold index, pred index)`` pairs, sorted.
        overlap: Overlap-level matches with their attribution judgements, sorted by gold index.
    """

    document: GoldDocument
    predictions: tuple[PredictedQuote, ...]
    has_prediction: bool
    exact: tuple[tuple[int, int], ...]
    overlap: tuple[MatchedPair, ...]

    @property
    def missed(self) -> tuple[int, ...]:
        """Indices of gold quotes without an overlap match (false negatives)."""
        hit = {m.gold for m in self.overlap}
        return tuple(i for i in range(len(self.document.quotes)) if i not in hit)

    @property
    def false_positives(self) -> tuple[int, ...]:
        """Indices of predicted quotes without an overlap match (false positives)."""
        hit = {m.pred for m in self.overlap}
        return tuple(i for i in range(len(self.predictions)) if i not in hit)


# ---------------------------------------------------------------------------------------
# Reading and validation


def read_jsonl(path: PathLike) -> list[tuple[int, Any]]:
    """Read a JSONL file into ``(line_number, object)`` pairs, skipping blank lines.

    Raises:
        InputError: when the file cannot be opened, is not UTF-8, or holds invalid JSON.
    """
    out: list[tuple[int, Any]] = []
    try:
        fh = open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{os.fspath(path)}: cannot open: {exc.strerror or exc}") from None
    with fh:
        try:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(
                        f"{os.fspath(path)} line {lineno}: invalid JSON: {exc.msg} (column {exc.colno})"
                    ) from None
                out.append((lineno, obj))
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{os.fspath(path)}: not valid UTF-8 ({exc.reason} at byte {exc.start})"
            ) from None
    return out


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _where(src: str, lineno: int, doc_id: Any = None) -> str:
    loc = f"{src} line {lineno}"
    if isinstance(doc_id, str):
        loc += f" (id {doc_id!r})"
    return loc


def _check_span(obj: Any, what: str, text: str, loc: str, *, check_text: bool) -> CharSpan:
    if not isinstance(obj, Mapping):
        raise InputError(f"{loc}: {what} must be an object with start/end, got {type(obj).__name__}")
    start: Any = obj.get("start")
    end: Any = obj.get("end")
    if not _is_int(start) or not _is_int(end):
        raise InputError(f"{loc}: {what}.start and {what}.end must be integers, got {start!r} and {end!r}")
    if not 0 <= start <= end <= len(text):
        raise InputError(
            f"{loc}: {what} offsets [{start}, {end}) are not within the document text "
            f"(length {len(text)}) or start > end"
        )
    if check_text and obj.get("text") is not None:
        if not isinstance(obj["text"], str):
            raise InputError(f"{loc}: {what}.text must be a string")
        if obj["text"] != text[start:end]:
            raise InputError(
                f"{loc}: {what}.text {obj['text'][:60]!r} differs from the document text at "
                f"[{start}, {end}): {text[start:end][:60]!r}"
            )
    return CharSpan(start, end)


def _records(docs: Documents) -> list[tuple[int, Any]]:
    """Turn any accepted document collection into ``(line_number, object)`` pairs."""
    if isinstance(docs, Mapping):
        items = []
        for i, (doc_id, doc) in enumerate(docs.items(), 1):
            d = dict(doc) if isinstance(doc, Mapping) else doc
            if isinstance(d, dict):
                d.setdefault("id", doc_id)
            items.append((i, d))
        return items
    out = []
    for i, d in enumerate(docs, 1):
        if isinstance(d, tuple) and len(d) == 2 and _is_int(d[0]):
            out.append(d)
        else:
            out.append((i, d))
    return out


def _doc_id(obj: Any, loc: str) -> str:
    if not isinstance(obj, Mapping):
        raise InputError(f"{loc}: expected a JSON object per line, got {type(obj).__name__}")
    doc_id = obj.get("id")
    if not isinstance(doc_id, str) or not doc_id:
        raise InputError(f"{loc}: 'id' must be a non-empty string, got {doc_id!r}")
    return doc_id


def _parse_gold_quote(q: Any, text: str, qloc: str) -> GoldQuote:
    if not isinstance(q, Mapping):
        raise InputError(f"{qloc} must be an object")
    raw = _check_span(q, "quote", text, qloc, check_text=True)
    kind = q.get("kind")
    if kind == "unknown":
        kind = None
    if kind is not None and kind not in GOLD_KINDS:
        raise InputError(f"{qloc}: kind must be one of {list(GOLD_KINDS)} or null, got {kind!r}")
    speaker = q.get("speaker")
    if speaker is not None and not isinstance(speaker, str):
        raise InputError(f"{qloc}: speaker must be a string or null, got {type(speaker).__name__}")
    mention = q.get("speaker_mention")
    mspan = None if mention is None else _check_span(mention, "speaker_mention", text, qloc, check_text=True)
    if q.get("cue") is not None:
        _check_span(q["cue"], "cue", text, qloc, check_text=True)
    return GoldQuote(
        raw=raw,
        norm=normalize_span(text, raw.start, raw.end),
        kind=kind or "unknown",
        speaker=(speaker.strip() if speaker else None) or None,
        mention=mspan,
    )


def _parse_gold(records: Sequence[tuple[int, Any]], src: str) -> dict[str, GoldDocument]:
    docs: dict[str, GoldDocument] = {}
    for lineno, obj in records:
        doc_id = _doc_id(obj, _where(src, lineno))
        loc = _where(src, lineno, doc_id)
        if doc_id in docs:
            raise InputError(f"{loc}: duplicate document id")
        text = obj.get("text")
        if not isinstance(text, str):
            raise InputError(f"{loc}: 'text' must be a string (the document text)")
        quotes = obj.get("quotes")
        if not isinstance(quotes, list):
            raise InputError(f"{loc}: 'quotes' must be a list")
        docs[doc_id] = GoldDocument(
            id=doc_id,
            text=text,
            quotes=tuple(_parse_gold_quote(q, text, f"{loc}: quotes[{qi}]") for qi, q in enumerate(quotes)),
        )
    return docs


def _parse_pred_speaker(spk: Any, text: str, loc: str) -> tuple[str | None, CharSpan | None]:
    if spk is None:
        return None, None
    if isinstance(spk, str):
        return (spk.strip() or None), None
    if not isinstance(spk, Mapping):
        raise InputError(f"{loc}: speaker must be a string, null or an object, got {type(spk).__name__}")
    name = spk.get("name")
    if name is not None and not isinstance(name, str):
        raise InputError(f"{loc}: speaker.name must be a string or null, got {type(name).__name__}")
    mention = spk.get("mention")
    mspan = None if mention is None else _check_span(mention, "speaker.mention", text, loc, check_text=False)
    name = name.strip() if name else None
    if not name and mspan is not None:
        name = text[mspan.start : mspan.end].strip() or None
    return name, mspan


def _parse_pred_quote(q: Any, text: str, qloc: str) -> PredictedQuote:
    if not isinstance(q, Mapping):
        raise InputError(f"{qloc} must be an object")
    raw = _check_span(q, "quote", text, qloc, check_text=False)
    kind = q.get("kind")
    if kind is not None and not isinstance(kind, str):
        raise InputError(f"{qloc}: kind must be a string or null, got {type(kind).__name__}")
    kind_given = bool(kind and kind.strip())
    name, mspan = _parse_pred_speaker(q.get("speaker"), text, qloc)
    if mspan is None and q.get("speaker_mention") is not None:
        # A gold-style quote-level mention, so that a gold file can be scored as a prediction.
        mspan = _check_span(q["speaker_mention"], "speaker_mention", text, qloc, check_text=False)
        if not name:
            name = text[mspan.start : mspan.end].strip() or None
    return PredictedQuote(
        raw=raw,
        norm=normalize_span(text, raw.start, raw.end),
        kind=kind.strip().lower() if kind_given else "unknown",  # type: ignore[union-attr]
        kind_given=kind_given,
        name=name,
        mention=mspan,
    )


def _parse_pred(
    records: Sequence[tuple[int, Any]], src: str, gold: Mapping[str, GoldDocument]
) -> dict[str, list[PredictedQuote]]:
    preds: dict[str, list[PredictedQuote]] = {}
    first_line: dict[str, int] = {}
    unknown: list[str] = []
    for lineno, obj in records:
        doc_id = _doc_id(obj, _where(src, lineno))
        loc = _where(src, lineno, doc_id)
        if doc_id in first_line:
            raise InputError(f"{loc}: duplicate document id (first seen on line {first_line[doc_id]})")
        first_line[doc_id] = lineno
        if doc_id not in gold:
            unknown.append(f"line {lineno}: {doc_id!r}")
            continue
        quotes = obj.get("quotes")
        if not isinstance(quotes, list):
            raise InputError(f"{loc}: 'quotes' must be a list")
        text = gold[doc_id].text
        preds[doc_id] = [_parse_pred_quote(q, text, f"{loc}: quotes[{qi}]") for qi, q in enumerate(quotes)]
    if unknown:
        shown = "; ".join(unknown[:10]) + (f"; ... ({len(unknown) - 10} more)" if len(unknown) > 10 else "")
        raise InputError(f"{src}: {len(unknown)} document id(s) not present in the gold file: {shown}")
    return preds


# ---------------------------------------------------------------------------------------
# Normalisation


def normalize_span(text: str, start: int, end: int) -> CharSpan:
    """Shrink ``[start, end)`` past whitespace, quote marks, a leading "that " and trailing ``,.;:``.

    Only offsets move (the text is never edited), repeatedly until nothing changes, so
    ``that “we will respond,”`` and ``we will respond`` become the same span.  If nothing
    would remain, the whitespace-trimmed span (or the span itself) is returned.
    """
    s, e = start, end
    while True:
        s0, e0 = s, e
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while s < e and text[s] in QUOTE_MARKS:
            s += 1
        while e > s and text[e - 1] in QUOTE_MARKS:
            e -= 1
        if e - s > 5 and text[s : s + 4].casefold() == "that" and text[s + 4].isspace():
            s += 5
        while e > s and text[e - 1] in TRAILING_PUNCT:
            e -= 1
        if (s, e) == (s0, e0):
            break
    if s < e:
        return CharSpan(s, e)
    ts, te = start, end
    while ts < te and text[ts].isspace():
        ts += 1
    while te > ts and text[te - 1].isspace():
        te -= 1
    return CharSpan(ts, te) if ts < te else CharSpan(start, end)


def normalize_name(name: str | None) -> tuple[str, ...]:
    """Return the comparable tokens of a speaker name.

    Casefolds, removes accents and apostrophes, turns other punctuation into spaces, then
    drops leading titles (:data:`NAME_TITLES`) and trailing Jr/Sr, keeping at least one token.
    """
    if not name:
        return ()
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = "".join(ch if ch.isalnum() else " " for ch in s if ch not in _APOSTROPHES)
    toks = s.split()
    while len(toks) > 1 and toks[0] in NAME_TITLES:
        toks.pop(0)
    while len(toks) > 1 and toks[-1] in NAME_SUFFIXES:
        toks.pop()
    return tuple(toks)


def names_match(gold: str | None, pred: str | None) -> tuple[bool, bool]:
    """Return ``(strict, lenient)`` equality of two speaker names.

    Strict: the normalised token sequences are equal.  Lenient: strict, or every token of
    the shorter name occurs in the longer one and both end in the same token
    ("Blinken" ~ "Antony Blinken", but not "Anthony Blinken" ~ "Antony Blinken").
    """
    g, p = normalize_name(gold), normalize_name(pred)
    if not g or not p:
        return False, False
    if g == p:
        return True, True
    short, long_ = (g, p) if len(g) <= len(p) else (p, g)
    return False, short[-1] == long_[-1] and set(short) <= set(long_)


# ---------------------------------------------------------------------------------------
# Matching


def _greedy(gold: Sequence[GoldQuote], pred: Sequence[PredictedQuote], level: str) -> dict[int, int]:
    """One-to-one greedy matching by largest overlap, then smaller union, then order."""
    cands = []
    for gi, g in enumerate(gold):
        gl = len(g.norm)
        for pi, p in enumerate(pred):
            ov = g.norm.overlap(p.norm)
            if ov <= 0:
                continue
            pl = len(p.norm)
            ok = g.norm == p.norm if level == _EXACT else (2 * ov >= gl and 2 * ov >= pl)
            if ok:
                cands.append((-ov, gl + pl - ov, gi, pi))
    cands.sort()
    used: set[int] = set()
    match: dict[int, int] = {}
    for _, _, gi, pi in cands:
        if gi not in match and pi not in used:
            match[gi] = pi
            used.add(pi)
    return match


def _judge(gi: int, pi: int, g: GoldQuote, p: PredictedQuote) -> MatchedPair:
    mention_correct = None
    if g.mention is not None:
        mention_correct = p.mention is not None and g.mention.overlap(p.mention) > 0
    strict = lenient = None
    if g.speaker:
        strict, lenient = names_match(g.speaker, p.name)
    if lenient is not None:
        correct = lenient
    elif mention_correct is not None:
        correct = mention_correct
    else:
        correct = p.name is None and p.mention is None
    return MatchedPair(
        gold=gi, pred=pi, mention_correct=mention_correct, name_strict=strict, name_lenient=lenient, correct=correct
    )


def align_documents(
    gold_docs: Documents,
    pred_docs: Documents,
    *,
    gold_name: str = "gold",
    pred_name: str = "pred",
) -> list[DocumentAlignment]:
    """Validate both sides and match each gold document's quotes to its predictions.

    Args:
        gold_docs: Gold documents (dicts in the gold format, ``(line, dict)`` pairs or ``{id: dict}``).
        pred_docs: Prediction documents, in the prediction format; ids must be gold ids.
        gold_name: How error messages name the gold input.
        pred_name: How error messages name the prediction input.

    Returns:
        One alignment per gold document, sorted by document id.

    Raises:
        InputError: on malformed input; the message names the input, line, id and problem.
    """
    gold = _parse_gold(_records(gold_docs), gold_name)
    preds = _parse_pred(_records(pred_docs), pred_name, gold)
    out = []
    for doc_id in sorted(gold):
        doc = gold[doc_id]
        pq = preds.get(doc_id, [])
        exact = _greedy(doc.quotes, pq, _EXACT)
        over = _greedy(doc.quotes, pq, _OVERLAP)
        out.append(
            DocumentAlignment(
                document=doc,
                predictions=tuple(pq),
                has_prediction=doc_id in preds,
                exact=tuple(sorted(exact.items())),
                overlap=tuple(_judge(gi, pi, doc.quotes[gi], pq[pi]) for gi, pi in sorted(over.items())),
            )
        )
    return out


# ---------------------------------------------------------------------------------------
# Scoring


def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def _prf(tp: int, n_gold: int, n_pred: int, tp_name: str = "tp") -> dict[str, Any]:
    return {
        tp_name: tp,
        "n_gold": n_gold,
        "n_pred": n_pred,
        "precision": _ratio(tp, n_pred),
        "recall": _ratio(tp, n_gold),
        "f1": _ratio(2 * tp, n_gold + n_pred),
    }


def _kind_key(kind: str) -> tuple[int, str]:
    return (KIND_ORDER.index(kind), "") if kind in KIND_ORDER else (len(KIND_ORDER), kind)


def _counter() -> dict[str, int]:
    return {"exact_tp": 0, "overlap_tp": 0, "e2e_correct": 0}


def score_alignments(alignments: Sequence[DocumentAlignment]) -> dict[str, Any]:
    """Aggregate per-document alignments into the figures :func:`score_documents` returns."""
    n_gold = n_pred = 0
    tp = {_EXACT: 0, _OVERLAP: 0}
    e2e = matched = 0
    mention_n = mention_ok = name_n = strict_ok = lenient_ok = name_missing = 0
    gold_empty = 0
    any_pred_kind = False
    gk: dict[str, dict[str, int]] = {k: {"n_gold": 0, **_counter()} for k in KIND_ORDER}
    pk: dict[str, dict[str, int]] = {}
    confusion: dict[str, dict[str, int]] = {}

    for al in alignments:
        gq, pq = al.document.quotes, al.predictions
        n_gold += len(gq)
        n_pred += len(pq)
        gold_empty += sum(1 for g in gq if g.norm.start == g.norm.end)
        for g in gq:
            gk.setdefault(g.kind, {"n_gold": 0, **_counter()})["n_gold"] += 1
        for p in pq:
            any_pred_kind |= p.kind_given
            pk.setdefault(p.kind, {"n_pred": 0, **_counter()})["n_pred"] += 1
        tp[_EXACT] += len(al.exact)
        tp[_OVERLAP] += len(al.overlap)
        for gi, pi in al.exact:
            gk[gq[gi].kind]["exact_tp"] += 1
            pk[pq[pi].kind]["exact_tp"] += 1
        for m in al.overlap:
            g, p = gq[m.gold], pq[m.pred]
            matched += 1
            gk[g.kind]["overlap_tp"] += 1
            pk[p.kind]["overlap_tp"] += 1
            if p.kind_given:
                row = confusion.setdefault(g.kind, {})
                row[p.kind] = row.get(p.kind, 0) + 1
            if m.mention_correct is not None:
                mention_n += 1
                mention_ok += m.mention_correct
            if m.name_lenient is not None:
                name_n += 1
                name_missing += not p.name
                strict_ok += bool(m.name_strict)
                lenient_ok += m.name_lenient
            if m.correct:
                e2e += 1
                gk[g.kind]["e2e_correct"] += 1
                pk[p.kind]["e2e_correct"] += 1

    by_gold = {
        k: dict(
            c,
            exact_recall=_ratio(c["exact_tp"], c["n_gold"]),
            overlap_recall=_ratio(c["overlap_tp"], c["n_gold"]),
            e2e_recall=_ratio(c["e2e_correct"], c["n_gold"]),
        )
        for k, c in sorted(gk.items(), key=lambda kv: _kind_key(kv[0]))
    }
    by_pred = {
        k: dict(
            c,
            exact_precision=_ratio(c["exact_tp"], c["n_pred"]),
            overlap_precision=_ratio(c["overlap_tp"], c["n_pred"]),
            e2e_precision=_ratio(c["e2e_correct"], c["n_pred"]),
        )
        for k, c in sorted(pk.items(), key=lambda kv: _kind_key(kv[0]))
    }
    return {
        "documents": {
            "gold": len(alignments),
            "pred": sum(1 for al in alignments if al.has_prediction),
            "gold_missing_from_pred": sum(1 for al in alignments if not al.has_prediction),
        },
        "quotes": {"gold": n_gold, "pred": n_pred, "gold_empty_after_normalisation": gold_empty},
        "detection": {lvl: _prf(tp[lvl], n_gold, n_pred) for lvl in (_EXACT, _OVERLAP)},
        "attribution": {
            "matched_pairs": matched,
            "mention": {"n": mention_n, "correct": mention_ok, "accuracy": _ratio(mention_ok, mention_n)},
            "name_strict": {"n": name_n, "correct": strict_ok, "accuracy": _ratio(strict_ok, name_n)},
            "name_lenient": {"n": name_n, "correct": lenient_ok, "accuracy": _ratio(lenient_ok, name_n)},
            "name_pred_missing": name_missing,
        },
        "end_to_end": _prf(e2e, n_gold, n_pred, tp_name="correct"),
        "by_kind": {
            "gold": by_gold,
            "pred": by_pred,
            "pred_kind_given": any_pred_kind,
            "kind_confusion_on_matched": {
                g: dict(sorted(row.items(), key=lambda kv: _kind_key(kv[0])))
                for g, row in sorted(confusion.items(), key=lambda kv: _kind_key(kv[0]))
            },
        },
    }


def score_documents(
    gold_docs: Documents,
    pred_docs: Documents,
    *,
    gold_name: str = "gold",
    pred_name: str = "pred",
) -> dict[str, Any]:
    """Score predicted quotes against gold quotes and return every figure as a dict.

    Args:
        gold_docs: Gold documents (dicts in the gold format, ``(line, dict)`` pairs as
            :func:`read_jsonl` returns, or an ``{id: dict}`` mapping).
        pred_docs: Prediction documents in the prediction format.
        gold_name: How error messages name the gold input.
        pred_name: How error messages name the prediction input.

    Returns:
        ``documents``, ``quotes``, ``detection`` (exact/overlap P/R/F1), ``attribution``
        (mention, name strict/lenient), ``end_to_end`` and ``by_kind``; ratios with a zero
        denominator are ``None``.

    Raises:
        InputError: on malformed input.
    """
    return score_alignments(align_documents(gold_docs, pred_docs, gold_name=gold_name, pred_name=pred_name))


def score_files(gold_path: PathLike, pred_path: PathLike) -> dict[str, Any]:
    """Read a gold and a prediction JSONL file and score them (see :func:`score_documents`)."""
    return score_documents(
        read_jsonl(gold_path),
        read_jsonl(pred_path),
        gold_name=os.fspath(gold_path),
        pred_name=os.fspath(pred_path),
    )


# ---------------------------------------------------------------------------------------
# Running an Extractor


def prediction_record(doc_id: str, quotes: Iterable[Quote]) -> dict[str, Any]:
    """One line of the prediction format for ``quotes`` found in document ``doc_id``."""
    return {"id": doc_id, "quotes": [q.to_dict() for q in quotes]}


def _gold_dicts(gold_docs: Documents) -> list[Mapping[str, Any]]:
    out = []
    for lineno, obj in _records(gold_docs):
        doc_id = _doc_id(obj, _where("gold", lineno))
        text = obj.get("text")
        if not isinstance(text, str):
            raise InputError(f"{_where('gold', lineno, doc_id)}: 'text' must be a string (the document text)")
        out.append(obj)
    return out


def predict(
    extractor: Extractor, gold_docs: Documents, *, batch_size: int = 32, n_process: int = 1
) -> Iterator[dict[str, Any]]:
    """Run ``extractor.pipe`` over the gold texts; yield one prediction record per document."""
    docs = _gold_dicts(gold_docs)
    texts = (d["text"] for d in docs)
    for doc, quotes in zip(docs, extractor.pipe(texts, batch_size=batch_size, n_process=n_process)):
        yield prediction_record(doc["id"], quotes)


def evaluate(
    extractor: Extractor, gold_docs: Documents, *, batch_size: int = 32, n_process: int = 1
) -> dict[str, Any]:
    """Extract quotes from every gold document's text and score them against the gold.

    Args:
        extractor: A :class:`quoteattr.Extractor` (anything with a compatible ``pipe``).
        gold_docs: Gold documents, as for :func:`score_documents`.
        batch_size: Passed to ``Extractor.pipe``.
        n_process: Passed to ``Extractor.pipe``.

    Returns:
        The figures of :func:`score_documents`.
    """
    docs = _gold_dicts(gold_docs)
    preds = list(predict(extractor, docs, batch_size=batch_size, n_process=n_process))
    return score_documents(docs, preds)


# ---------------------------------------------------------------------------------------
# Output


def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_table(result: Mapping[str, Any], by_kind: bool = False) -> str:
    """Render a :func:`score_documents` result as an aligned text table (as the shared scorer)."""
    d, q = result["documents"], result["quotes"]
    lines = [
        f"documents: gold {d['gold']}, pred {d['pred']} (gold documents without predictions: "
        f"{d['gold_missing_from_pred']})",
        f"quotes:    gold {q['gold']}, pred {q['pred']}",
        "",
        f"{'detection':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>8}{'gold':>8}{'pred':>8}",
    ]
    for lvl in (_EXACT, _OVERLAP):
        m = result["detection"][lvl]
        lines.append(
            f"  {lvl:<16}{_f(m['precision']):>7}{_f(m['recall']):>7}{_f(m['f1']):>7}"
            f"{m['tp']:>8}{m['n_gold']:>8}{m['n_pred']:>8}"
        )
    a = result["attribution"]
    lines += ["", f"{'attribution':<18}{'acc':>7}{'ok':>8}{'n':>8}   (on {a['matched_pairs']} overlap-matched pairs)"]
    for key, label in (("mention", "mention"), ("name_strict", "name strict"), ("name_lenient", "name lenient")):
        m = a[key]
        lines.append(f"  {label:<16}{_f(m['accuracy']):>7}{m['correct']:>8}{m['n']:>8}")
    e = result["end_to_end"]
    lines += [
        "",
        f"{'end-to-end':<18}{'P':>7}{'R':>7}{'F1':>7}{'correct':>8}{'gold':>8}{'pred':>8}",
        f"  {'attribution':<16}{_f(e['precision']):>7}{_f(e['recall']):>7}{_f(e['f1']):>7}"
        f"{e['correct']:>8}{e['n_gold']:>8}{e['n_pred']:>8}",
    ]
    if by_kind:
        bk = result["by_kind"]
        lines += ["", f"{'by gold kind':<18}{'n':>7}{'exactR':>8}{'overlR':>8}{'e2eR':>8}"]
        for k, m in bk["gold"].items():
            if m["n_gold"]:
                lines.append(
                    f"  {k:<16}{m['n_gold']:>7}{_f(m['exact_recall']):>8}"
                    f"{_f(m['overlap_recall']):>8}{_f(m['e2e_recall']):>8}"
                )
        if bk["pred_kind_given"]:
            lines += ["", f"{'by predicted kind':<18}{'n':>7}{'exactP':>8}{'overlP':>8}{'e2eP':>8}"]
            for k, m in bk["pred"].items():
                lines.append(
                    f"  {k:<16}{m['n_pred']:>7}{_f(m['exact_precision']):>8}"
                    f"{_f(m['overlap_precision']):>8}{_f(m['e2e_precision']):>8}"
                )
        else:
            lines += ["", "(predictions carry no kind: no split by predicted kind)"]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m quoteattr.evaluation --gold G.jsonl --pred P.jsonl``.

    Returns 0 on success and 2 on bad input, as the shared scorer does.
    """
    ap = argparse.ArgumentParser(
        prog="python -m quoteattr.evaluation",
        description="Score quote extraction and attribution against gold JSONL.",
    )
    ap.add_argument("--gold", required=True, help="gold JSONL (one document per line)")
    ap.add_argument("--pred", required=True, help="prediction JSONL (one document per line)")
    ap.add_argument("--json", metavar="OUT.json", help="also write all figures to this JSON file")
    ap.add_argument("--by-kind", action="store_true", help="split recall by gold kind and precision by predicted kind")
    args = ap.parse_args(argv)
    try:
        result = score_files(args.gold, args.pred)
    except InputError as exc:
        print(f"quoteattr.evaluation: error: {exc}", file=sys.stderr)
        return 2
    print(format_table(result, by_kind=args.by_kind))
    if args.json:
        try:
            with open(args.json, "w", encoding="utf-8") as fh:
                json.dump(result, fh, indent=1, sort_keys=True, ensure_ascii=False)
                fh.write("\n")
        except OSError as exc:
            print(f"quoteattr.evaluation: error: cannot write {args.json}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())


def quotes_from_gold(doc: Mapping[str, Any]) -> list[Quote]:
    """The gold quotes of one document in the gold format, as :class:`~quoteattr.Quote` objects.

    Useful to render or compare annotations with the same tools as predictions; a gold
    quote without a kind is read as direct.
    """
    from .model import Mention, Quote, Speaker

    out = []
    for g in doc["quotes"]:
        men = g.get("speaker_mention")
        spk = Speaker(
            name=g.get("speaker"),
            named=bool(g.get("speaker_named", g.get("speaker") is not None)),
            mention=None if men is None else Mention.from_dict({**men, "text": doc["text"][men["start"] : men["end"]]}),
        )
        cue = g.get("cue")
        out.append(
            Quote(
                text=doc["text"][g["start"] : g["end"]],
                start=g["start"],
                end=g["end"],
                kind=g.get("kind") or "direct",
                speaker=spk,
                cue=None if cue is None else Mention.from_dict({**cue, "text": doc["text"][cue["start"] : cue["end"]]}),
            )
        )
    return out
