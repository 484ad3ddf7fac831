"""Scaling: quoteattr's own time per KB on one document of 1 KB, 10 KB, 100 KB and 1 MB,
and on documents holding 10,000 unbalanced quotation marks.

    python benchmarks/scaling.py                       # sizes 1 10 100 1024 KB, 3 engine runs each
    python benchmarks/scaling.py --full-parse          # parse each size document whole (slow, ~4 GB)
    python benchmarks/scaling.py --sizes 1 10 100 --marks 20000 --runs 5

The documents are real article text: the seed articles (``seeds/*.txt``) joined by blank
lines and repeated, whole paragraphs added until the next one would pass the size
(1 KB = 1,024 characters).  ``quoteattr.engine.quotes_from_doc`` is timed on the parsed
Doc (median of ``--runs``), so quoteattr's time excludes the parse.

How the big Docs are parsed.  1 MB exceeds spaCy's default ``nlp.max_length`` (1,000,000
characters).  By default the script parses each distinct seed paragraph once and
assembles every size document from those parsed paragraphs with ``Doc.from_docs``: the
same tokens, tags, dependencies, entities and sentence starts a paragraph-by-paragraph
parse gives, in one Doc whose text is the whole document; ``max_length`` does not apply to
``Doc.from_docs``, and the parse column then shows the seed paragraphs' measured parse
rate times the size (marked "est.").  With ``--full-parse`` it instead loads a *separate*
copy of the pipeline with ``max_length`` raised above the largest document and parses each
document whole, reporting the real parse time (1 MB: about 2 minutes and 3.3 GB peak RSS on
this machine).  Neither mode uses the Extractor's chunking, which would split the 1 MB text
into pieces.

The unbalanced-marks documents are real article text (about 70 KB) with a quotation mark
inserted before each word until there are ``--marks`` of them, parsed whole: ``open`` uses
only opening curly marks (never closed); ``mixed`` draws each mark at random (fixed seed)
from opening curly, closing curly and straight double quotes, so some pair up and many do not.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from typing import Any, Sequence

import regex
from _common import machine, median, peak_rss_mb, seed_texts

import quoteattr
from quoteattr import engine

KB = 1024
_PARAGRAPH = regex.compile(r"[^\n]*\n+|[^\n]+$")


def paragraphs() -> list[str]:
    """The seed articles as paragraphs, each with its trailing newlines (joined: the corpus)."""
    base = "\n\n".join(t.strip("\n") for t in seed_texts()) + "\n\n"
    return _PARAGRAPH.findall(base)


def _take(size: int) -> list[int]:
    """Indices (cycling over :func:`paragraphs`) of the paragraphs that make ``size`` chars."""
    paras = paragraphs()
    out: list[int] = []
    total = 0
    i = 0
    while True:
        n = len(paras[i % len(paras)])
        if out and total + n > size:
            return out
        out.append(i % len(paras))
        total += n
        i += 1


def article_text(size: int) -> str:
    """Real article text of at most ``size`` characters (whole paragraphs; at least one)."""
    paras = paragraphs()
    return "".join(paras[i] for i in _take(size))


def marked_text(n_marks: int, style: str, seed: int = 13) -> str:
    """Article text with a quotation mark before each word until ``n_marks`` are placed."""
    words = article_text(max(KB, n_marks * 7)).split(" ")
    while len(words) < n_marks:
        words = words + words
    rng = random.Random(seed)
    choices = ("\u201c",) if style == "open" else ("\u201c", "\u201c", "\u201d", '"')
    out = []
    for i, word in enumerate(words):
        out.append(rng.choice(choices) + word if i < n_marks else word)
    return " ".join(out)


def separate_pipeline(max_length: int) -> Any:
    """A fresh copy of quoteattr's default pipeline, with ``max_length`` raised if needed."""
    import spacy

    from quoteattr.doc import UNUSED_COMPONENTS

    meta = quoteattr.load_pipeline().meta
    nlp = spacy.load(f"{meta['lang']}_{meta['name']}", exclude=list(UNUSED_COMPONENTS))
    nlp.max_length = max(nlp.max_length, max_length + 1)
    return nlp


def assembled_docs(nlp: Any, sizes: Sequence[int]) -> tuple[list[tuple[str, Any]], float]:
    """Size documents built with ``Doc.from_docs`` from the seed paragraphs, parsed once.

    Returns the ``(label, doc)`` pairs and the paragraphs' parse time in seconds per KB.
    """
    from spacy.tokens import Doc

    paras = paragraphs()
    t = time.perf_counter()
    parsed = list(nlp.pipe(paras))
    rate = (time.perf_counter() - t) / (sum(map(len, paras)) / KB)
    out = []
    for kb in sizes:
        doc = Doc.from_docs([parsed[i] for i in _take(kb * KB)], ensure_whitespace=False, exclude=["tensor", "user_data"])
        assert doc.text == article_text(kb * KB)
        out.append((f"{kb} KB", doc))
    return out, rate


def time_engine(doc: Any, options: Any, runs: int, budget: float) -> tuple[float, int]:
    """Median engine time over ``runs`` (fewer when one run takes over a third of ``budget``)."""
    times, n = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        n = len(engine.quotes_from_doc(doc, options=options))
        times.append(time.perf_counter() - t)
        if times[-1] > budget / 3:
            break
    return median(times), n


def time_marks(text: str, runs: int) -> float | None:
    try:
        from quoteattr.marks import find_quotes
    except ImportError:
        return None
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        find_quotes(text)
        times.append(time.perf_counter() - t)
    return median(times)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="quoteattr time per KB from 1 KB to 1 MB, and unbalanced marks.")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100, 1024], metavar="KB")
    ap.add_argument("--runs", type=int, default=3, help="engine runs per document; the median is reported")
    ap.add_argument("--marks", type=int, default=10_000, help="quotation marks in the unbalanced documents")
    ap.add_argument("--styles", nargs="*", default=["open", "mixed"], choices=["open", "mixed"])
    ap.add_argument(
        "--budget", type=float, default=60.0, metavar="S",
        help="skip a size document whose engine time, extrapolated from the smaller sizes, exceeds S seconds",
    )
    ap.add_argument(
        "--full-parse", action="store_true",
        help="parse each size document whole with a separate pipeline whose max_length is raised",
    )
    args = ap.parse_args(argv)

    marked = [(f"{args.marks:,} marks, {s}", marked_text(args.marks, s)) for s in args.styles]
    longest = max([kb * KB for kb in args.sizes] + [len(t) for _, t in marked])
    nlp = separate_pipeline(longest if args.full_parse else 0)
    options = quoteattr.Extractor(nlp).options
    how = (
        f"each document parsed whole by a separate pipeline copy with max_length {nlp.max_length:,}"
        if args.full_parse
        else "size documents assembled with Doc.from_docs from the parsed seed paragraphs"
    )
    print(f"pipeline: {nlp.meta['lang']}_{nlp.meta['name']}; {how}")
    engine.quotes_from_doc(nlp(article_text(2 * KB)), options=options)  # warm up

    print(
        f"{'document':<22}{'chars':>10}{'tokens':>9}{'quotes':>8}{'parse s':>10}{'parse ms/KB':>12}"
        f"{'qa s':>9}{'qa ms/KB':>10}{'marks ms':>10}{'vs 10 KB':>9}"
    )
    per_kb: dict[str, float] = {}
    qa_time: dict[str, float] = {}

    def too_slow(chars: int) -> str:
        """A note when this size's engine time, extrapolated from the last two sizes, is over budget."""
        sizes = [(len_, qa_time[lb]) for lb, len_ in seen if lb.endswith(" KB")]
        if not sizes:
            return ""
        (n1, t1), (n0, t0) = sizes[-1], (sizes[-2] if len(sizes) > 1 else (0, 0.0))
        import math

        k = 1.0
        if n0 and t0 > 0 and t1 > t0:
            k = max(1.0, math.log(t1 / t0) / math.log(n1 / n0))
        estimate = t1 * (chars / n1) ** k
        if estimate <= args.budget:
            return ""
        return f"skipped: extrapolated engine time {estimate:,.0f} s (growth ~ size^{k:.1f}) > --budget {args.budget:.0f} s"

    seen: list[tuple[str, int]] = []

    def report(label: str, doc: Any, parse: float, estimated: bool) -> None:
        qa, n_quotes = time_engine(doc, options, args.runs, args.budget)
        seen.append((label, len(doc.text)))
        scan = time_marks(doc.text, args.runs)
        kbs = len(doc.text) / KB
        per_kb[label], qa_time[label] = qa / kbs, qa
        ref = per_kb.get("10 KB")
        rel = f"{per_kb[label] / ref:.2f}x" if ref and label.endswith(" KB") else ""
        parse_s = f"{parse:.2f}{'e' if estimated else ''}"
        print(
            f"{label:<22}{len(doc.text):>10,}{len(doc):>9,}{n_quotes:>8}{parse_s:>10}{parse / kbs * 1000:>12.1f}"
            f"{qa:>9.3f}{qa / kbs * 1000:>10.2f}{'-' if scan is None else f'{scan * 1000:.1f}':>10}{rel:>9}",
            flush=True,
        )

    if args.full_parse:
        for kb in args.sizes:
            text = article_text(kb * KB)
            note = too_slow(len(text))
            if note:
                print(f"{kb} KB: {note}")
                continue
            t = time.perf_counter()
            doc = nlp(text)
            report(f"{kb} KB", doc, time.perf_counter() - t, estimated=False)
            del doc
    else:
        docs, rate = assembled_docs(nlp, args.sizes)
        for label, doc in docs:
            note = too_slow(len(doc.text))
            if note:
                print(f"{label}: {note}")
                continue
            report(label, doc, rate * len(doc.text) / KB, estimated=True)
        del docs
    for label, text in marked:
        t = time.perf_counter()
        doc = nlp(text)
        report(label, doc, time.perf_counter() - t, estimated=False)
        del doc

    big = f"{max(args.sizes)} KB"
    if "10 KB" in per_kb and big in per_kb and big != "10 KB":
        print(f"time per KB at {big} / at 10 KB: {per_kb[big] / per_kb['10 KB']:.2f}x (target <= 1.3x)")
    for label, _ in marked:
        print(f"{label}: quoteattr's own time {qa_time[label]:.3f} s (target < 2 s)")
    if not args.full_parse:
        print("parse s marked 'e': the seed paragraphs' measured parse rate times the document size")
    print(f"qa = quoteattr.engine.quotes_from_doc, median of {args.runs} runs; marks = quoteattr.marks.find_quotes")
    print(f"peak RSS {peak_rss_mb() or 0:.0f} MB; machine: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
