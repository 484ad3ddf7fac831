"""Throughput of one process, ``n_process=2`` and a 2-worker Dask LocalCluster on one corpus.

The corpus is the seed articles plus documents recombined from their paragraphs (no outside
text).  Every mode must give the same records; the script checks it and exits 1 if not.

    .venv/bin/python benchmarks/dask_throughput.py                 # 400 generated documents
    .venv/bin/python benchmarks/dask_throughput.py --docs 1000 --json out.json

Reported: docs/s with the pipeline already loaded ("warm") and end to end (start-up included),
and the per-worker start-up cost: worker process start and pipeline load inside the worker.
Timings on a shared machine are noisy: the load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import quoteattr


def make_corpus(n: int, *, seed: int = 8) -> list[dict[str, str]]:
    """The 5 seed articles plus ``n`` documents of 2-6 seed paragraphs recombined."""
    with open(ROOT / "seeds" / "gold.jsonl", encoding="utf-8") as fh:
        seeds = [json.loads(line) for line in fh if line.strip()]
    paragraphs = [p.strip() for d in seeds for p in re.split(r"\n+", d["text"]) if len(p.split()) >= 5]
    rng = random.Random(seed)
    docs = [{"id": d["id"], "text": d["text"]} for d in seeds]
    docs += [
        {"id": f"gen-{i:05d}", "text": "\n\n".join(rng.sample(paragraphs, rng.randint(2, 6)))}
        for i in range(n)
    ]
    return docs


def records(corpus: list[dict[str, str]], results: Any) -> list[dict[str, Any]]:
    return [{"id": d["id"], "quotes": [q.to_dict() for q in qs]} for d, qs in zip(corpus, results)]


def bench_single(corpus: list[dict[str, str]], batch_size: int) -> tuple[dict[str, float], list[Any]]:
    t0 = time.perf_counter()
    ext = quoteattr.Extractor()
    load = time.perf_counter() - t0
    texts = [d["text"] for d in corpus]
    t1 = time.perf_counter()
    out = records(corpus, ext.pipe(texts, batch_size=batch_size))
    run = time.perf_counter() - t1
    return {"load_s": load, "run_s": run}, out


def bench_n_process(corpus: list[dict[str, str]], batch_size: int) -> tuple[dict[str, float], list[Any]]:
    ext = quoteattr.Extractor()  # already loaded by bench_single: the parent's cost is not counted
    texts = [d["text"] for d in corpus]
    t0 = time.perf_counter()
    out = records(corpus, ext.pipe(texts, batch_size=batch_size, n_process=2))
    # spaCy starts its 2 child processes (and ships the pipeline to them) inside every call
    return {"run_s": time.perf_counter() - t0}, out


def bench_dask(
    corpus: list[dict[str, str]], batch_size: int, npartitions: int
) -> tuple[dict[str, Any], list[Any]]:
    import dask.bag as db
    from distributed import Client, LocalCluster

    import quoteattr.dask as qd

    t0 = time.perf_counter()
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as client:
        start = time.perf_counter() - t0
        t1 = time.perf_counter()
        loads = qd.warm_up(client)  # seconds per worker, measured inside the worker
        warm = time.perf_counter() - t1
        bag = db.from_sequence(corpus, npartitions=npartitions)
        t2 = time.perf_counter()
        out = qd.extract_bag(bag, batch_size=batch_size).compute(scheduler=client)
        run = time.perf_counter() - t2
        stats = client.run(qd.worker_stats)
    return {
        "cluster_start_s": start,
        "warm_up_s": warm,
        "worker_load_s": sorted(loads.values()),
        "run_s": run,
        "partitions_per_worker": sorted(int(s["partitions"]) for s in stats.values()),
        "pipeline_loads_per_worker": sorted(int(s["pipeline_loads"]) for s in stats.values()),
    }, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=400, help="generated documents (plus the 5 seeds)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--partitions", type=int, default=8, help="bag partitions for the Dask run")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = ap.parse_args(argv)

    corpus = make_corpus(args.docs)
    n = len(corpus)
    words = sum(len(d["text"].split()) for d in corpus)
    load_before = os.getloadavg()

    single, ref = bench_single(corpus, args.batch_size)
    multi, out_mp = bench_n_process(corpus, args.batch_size)
    dsk, out_dask = bench_dask(corpus, args.batch_size, args.partitions)
    same = ref == out_mp == out_dask
    differing = {
        "n_process_2": sum(a != b for a, b in zip(ref, out_mp)),
        "dask_local_2_workers": sum(a != b for a, b in zip(ref, out_dask)),
    }

    dask_e2e = dsk["cluster_start_s"] + dsk["warm_up_s"] + dsk["run_s"]
    figures = {
        "documents": n,
        "words": words,
        "quotes": sum(len(r["quotes"]) for r in ref),
        "cores": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "identical_results": same,
        "documents_differing_from_one_process": differing,
        "one_process": {
            "docs_per_s_warm": n / single["run_s"],
            "docs_per_s_end_to_end": n / (single["load_s"] + single["run_s"]),
            **single,
        },
        "n_process_2": {"docs_per_s_end_to_end": n / multi["run_s"], **multi},
        "dask_local_2_workers": {
            "docs_per_s_warm": n / dsk["run_s"],
            "docs_per_s_end_to_end": n / dask_e2e,
            **dsk,
        },
    }
    print(f"corpus: {n} documents, {words} words, {figures['quotes']} quotes; "
          f"load average before/after: {figures['load_average_before']} / {figures['load_average_after']}")
    print(f"{'mode':<24}{'docs/s warm':>12}{'docs/s e2e':>12}")
    print(f"{'1 process (pipe)':<24}{figures['one_process']['docs_per_s_warm']:>12.1f}"
          f"{figures['one_process']['docs_per_s_end_to_end']:>12.1f}")
    print(f"{'n_process=2':<24}{'-':>12}{figures['n_process_2']['docs_per_s_end_to_end']:>12.1f}")
    print(f"{'Dask 2 workers':<24}{figures['dask_local_2_workers']['docs_per_s_warm']:>12.1f}"
          f"{figures['dask_local_2_workers']['docs_per_s_end_to_end']:>12.1f}")
    print(f"pipeline load, main process: {single['load_s']:.2f} s; cluster start (2 workers): "
          f"{dsk['cluster_start_s']:.2f} s; pipeline load per worker: "
          f"{', '.join(f'{s:.2f}' for s in dsk['worker_load_s'])} s; "
          f"loads per worker: {dsk['pipeline_loads_per_worker']}; "
          f"partitions per worker: {dsk['partitions_per_worker']}")
    print(f"identical results in all modes: {same} (documents differing from 1 process: {differing})")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
