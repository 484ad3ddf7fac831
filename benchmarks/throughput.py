"""Throughput and memory: ``Extractor.pipe`` docs/s and tokens/s with n_process=1 and 2,
and resident memory over a stream of 10,000 documents.

    python benchmarks/throughput.py                        # 40 PolNeAR dev texts; 10,000-doc stream
    python benchmarks/throughput.py --limit 84 --runs 2    # all dev texts, two runs each
    python benchmarks/throughput.py --seeds --repeat 20    # seed articles x20 instead
    python benchmarks/throughput.py --skip-throughput --stream-n-process 2

Throughput: the same texts through ``Extractor.pipe`` (parse and quoteattr, end to end)
with ``n_process=1`` then ``n_process=2``; worker start-up is included (spaCy starts the
workers on each ``pipe`` call).  Tokens are counted with the tokenizer alone.

Memory: a stream of ``--stream-docs`` documents (default 10,000) through one
``Extractor.pipe`` call; the documents are the sentences of the PolNeAR dev texts (or of
the seeds), cycled, so each is short and the stream stays within a few minutes.  VmRSS and
VmHWM (peak) are read from /proc at document 1,000, every 1,000 after, and at the end.  With
``--stream-n-process 2`` the parse runs in two child processes, so their memory is read
too (through /proc) and reported both separately and summed with the parent's; quoteattr's
own work always runs in the parent.
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import cycle, islice
from typing import Any, Sequence

import regex
from _common import (
    child_pids,
    corpus,
    default_limit,
    machine,
    median,
    peak_rss_mb,
    polnear_dev_texts,
    rss_mb,
    seed_texts,
)

import quoteattr

_SENTENCE_END = regex.compile(r"(?<=[.!?][\"'”’]?)\s+(?=[\"“‘A-Z0-9])")


def sentences(texts: Sequence[str]) -> list[str]:
    """Sentences (roughly) of the texts, paragraph by paragraph; empty pieces dropped."""
    out = []
    for text in texts:
        for para in text.split("\n"):
            out.extend(s.strip() for s in _SENTENCE_END.split(para) if s.strip())
    return out


def throughput(extractor: Any, texts: list[str], tokens: int, n_process: int, runs: int, batch_size: int) -> dict[str, float]:
    times, quotes = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        quotes = sum(len(q) for q in extractor.pipe(texts, batch_size=batch_size, n_process=n_process))
        times.append(time.perf_counter() - t)
    s = median(times)
    return {"seconds": s, "docs_s": len(texts) / s, "tokens_s": tokens / s, "quotes": quotes}


def reset_peak() -> bool:
    """Reset this process's VmHWM (Linux: write 5 to /proc/self/clear_refs); ``True`` if done."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        return False
    return True


def memory_stream(extractor: Any, docs: list[str], n_docs: int, n_process: int, batch_size: int) -> list[tuple[int, float, float, float, float]]:
    """``(doc number, parent RSS, parent peak, children RSS, children peak)`` in MB at checkpoints."""
    rows = []
    if reset_peak():
        print(f"  peak RSS reset before the stream (RSS now {rss_mb() or 0:.1f} MB)")
    stream = islice(cycle(docs), n_docs)
    t = time.perf_counter()
    for i, _quotes in enumerate(extractor.pipe(stream, batch_size=batch_size, n_process=n_process), 1):
        if i % 1000 == 0 or i == n_docs:
            kids = child_pids() if n_process != 1 else []
            c_rss = sum(rss_mb(p) or 0.0 for p in kids)
            c_peak = sum(peak_rss_mb(p) or 0.0 for p in kids)
            rows.append((i, rss_mb() or 0.0, peak_rss_mb() or 0.0, c_rss, c_peak))
            print(
                f"  doc {i:>6,}: RSS {rows[-1][1]:7.1f} MB, peak {rows[-1][2]:7.1f} MB"
                + (f"; {len(kids)} children RSS {c_rss:7.1f} MB, peak {c_peak:7.1f} MB" if n_process != 1 else "")
                + f"  ({time.perf_counter() - t:.0f} s)",
                flush=True,
            )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Extractor.pipe throughput and memory over a long stream.")
    ap.add_argument("--seeds", action="store_true", help="use the seed articles instead of PolNeAR dev")
    ap.add_argument("--repeat", type=int, default=10, help="with --seeds: copies of the seed articles")
    ap.add_argument(
        "--limit", type=int, metavar="N", help="throughput texts (default: 40 dev texts, all seeds; 0 = all)"
    )
    ap.add_argument("--runs", type=int, default=1, help="throughput runs per n_process; the median is reported")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--n-process", type=int, nargs="+", default=[1, 2], help="values to compare (default 1 2)")
    ap.add_argument("--stream-docs", type=int, default=10_000, help="documents in the memory stream")
    ap.add_argument("--stream-n-process", type=int, default=1, help="n_process for the memory stream")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--skip-stream", action="store_true")
    args = ap.parse_args(argv)

    desc, texts = corpus(seeds=args.seeds, repeat=args.repeat, limit=default_limit(args.limit, seeds=args.seeds))
    nlp = quoteattr.load_pipeline()
    extractor = quoteattr.Extractor(nlp)
    print(f"machine: {machine()}")
    print(f"pipeline: {nlp.meta['lang']}_{nlp.meta['name']} {nlp.pipe_names}")
    list(extractor.pipe(texts[:2]))  # warm up

    if not args.skip_throughput:
        tokens = sum(len(nlp.tokenizer(t)) for t in texts)
        print(f"throughput corpus: {desc}, {sum(map(len, texts)) / 1000:.0f} K characters, {tokens:,} tokens")
        results = {}
        for n in args.n_process:
            r = throughput(extractor, texts, tokens, n, args.runs, args.batch_size)
            results[n] = r
            print(
                f"  n_process={n}: {r['seconds']:.1f} s, {r['docs_s']:.2f} docs/s, {r['tokens_s']:,.0f} tokens/s, "
                f"{r['quotes']} quotes",
                flush=True,
            )
        if 1 in results and 2 in results:
            print(f"  speed-up n_process=2 / 1: {results[2]['docs_s'] / results[1]['docs_s']:.2f}x (target >= 1.6x)")

    if not args.skip_stream:
        pool = sentences(seed_texts() if args.seeds else polnear_dev_texts())
        avg = sum(map(len, pool)) / len(pool)
        print(
            f"memory stream: {args.stream_docs:,} documents cycling over {len(pool):,} distinct sentences "
            f"(mean {avg:.0f} characters), n_process={args.stream_n_process}"
        )
        rows = memory_stream(extractor, pool, args.stream_docs, args.stream_n_process, args.batch_size)
        first = next((r for r in rows if r[0] >= 1000), rows[0])
        last = rows[-1]
        print(
            f"  parent RSS doc {first[0]:,} -> {last[0]:,}: {first[1]:.1f} -> {last[1]:.1f} MB "
            f"({last[1] - first[1]:+.1f} MB); peak {first[2]:.1f} -> {last[2]:.1f} MB ({last[2] - first[2]:+.1f} MB; "
            "target < +50 MB)"
        )
        if args.stream_n_process != 1:
            print(
                f"  children RSS {first[3]:.1f} -> {last[3]:.1f} MB ({last[3] - first[3]:+.1f} MB); "
                f"parent + children peak {first[2] + first[4]:.1f} -> {last[2] + last[4]:.1f} MB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
