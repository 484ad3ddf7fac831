"""Throughput of one process, ``n_process=2`` and a 2-worker Dask LocalCluster on one corpus.

The corpus is the seed articles plus documents recombined from their paragraphs (no outside
text).  Every mode must give the same records; the script checks it and exits 1 if not.

    .venv/bin/python benchmarks/dask_throughput.py                 # 400 generated documents
    .venv/bin/python benchmarks/dask_throughput.py --docs 1000 --json out.json

Each mode runs ``--repeat`` times, interleaved, with the pipeline already loaded; reported are
the best and median docs/s, docs/s end to end for the first run (start-up included), the
per-worker start-up cost (cluster start, pipeline load inside each worker) and the CPU time
per document.  Timings on a shared machine are noisy: the load average is printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
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


def _summary(n: int, walls: list[float]) -> dict[str, Any]:
    rates = sorted(n / w for w in walls)
    return {
        "docs_per_s_best": rates[-1],
        "docs_per_s_median": statistics.median(rates),
        "run_s": [round(w, 3) for w in walls],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=400, help="generated documents (plus the 5 seeds)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--partitions", type=int, default=16, help="bag partitions for the Dask run")
    ap.add_argument("--repeat", type=int, default=3, help="runs per mode, interleaved (best and median kept)")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = ap.parse_args(argv)

    import dask.bag as db
    from distributed import Client, LocalCluster

    import quoteattr.dask as qd

    corpus = make_corpus(args.docs)
    texts = [d["text"] for d in corpus]
    n = len(corpus)
    words = sum(len(t.split()) for t in texts)
    load_before = os.getloadavg()

    t0 = time.perf_counter()
    ext = quoteattr.Extractor()
    main_load = time.perf_counter() - t0

    t0 = time.perf_counter()
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    cluster_start = time.perf_counter() - t0
    t0 = time.perf_counter()
    worker_load = qd.warm_up(client)  # seconds per worker, measured inside the worker
    warm_up = time.perf_counter() - t0

    walls: dict[str, list[float]] = {"one": [], "n2": [], "dask": []}
    cpu_one: list[float] = []
    same = True
    differing = {"n_process_2": 0, "dask_local_2_workers": 0}
    try:
        for _ in range(args.repeat):  # interleaved, so a change of machine load hits every mode
            t0, c0 = time.perf_counter(), time.process_time()
            ref = records(corpus, ext.pipe(texts, batch_size=args.batch_size))
            walls["one"].append(time.perf_counter() - t0)
            cpu_one.append(time.process_time() - c0)

            t0 = time.perf_counter()  # spaCy starts its 2 child processes inside every call
            out_mp = records(corpus, ext.pipe(texts, batch_size=args.batch_size, n_process=2))
            walls["n2"].append(time.perf_counter() - t0)

            bag = db.from_sequence(corpus, npartitions=args.partitions)
            t0 = time.perf_counter()
            out_dask = qd.extract_bag(bag, batch_size=args.batch_size).compute(scheduler=client)
            walls["dask"].append(time.perf_counter() - t0)

            differing["n_process_2"] += sum(a != b for a, b in zip(ref, out_mp))
            differing["dask_local_2_workers"] += sum(a != b for a, b in zip(ref, out_dask))
            same = same and ref == out_mp == out_dask
        stats = client.run(qd.worker_stats)
    finally:
        client.close()
        cluster.close()

    worker_docs = sum(s["documents"] for s in stats.values())
    worker_cpu = sum(s["extract_cpu_seconds"] for s in stats.values())
    figures = {
        "documents": n,
        "words": words,
        "quotes": sum(len(r["quotes"]) for r in ref),
        "cores": os.cpu_count(),
        "repeat": args.repeat,
        "partitions": args.partitions,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "identical_results": same,
        "documents_differing_from_one_process": differing,
        "one_process": {
            **_summary(n, walls["one"]),
            "docs_per_s_end_to_end": n / (main_load + walls["one"][0]),
            "pipeline_load_s": main_load,
            "cpu_ms_per_doc": 1000 * min(cpu_one) / n,
        },
        "n_process_2": {**_summary(n, walls["n2"]), "note": "start-up of the 2 children is inside every run"},
        "dask_local_2_workers": {
            **_summary(n, walls["dask"]),
            "docs_per_s_end_to_end": n / (cluster_start + warm_up + walls["dask"][0]),
            "cluster_start_s": cluster_start,
            "warm_up_s": warm_up,
            "worker_pipeline_load_s": sorted(worker_load.values()),
            "pipeline_loads_per_worker": sorted(int(s["pipeline_loads"]) for s in stats.values()),
            "partitions_per_worker": sorted(int(s["partitions"]) for s in stats.values()),
            "worker_cpu_ms_per_doc": 1000 * worker_cpu / max(worker_docs, 1),
        },
    }
    one, n2, dk = figures["one_process"], figures["n_process_2"], figures["dask_local_2_workers"]
    print(
        f"corpus: {n} documents, {words} words, {figures['quotes']} quotes; {args.repeat} interleaved runs "
        f"per mode; load average before/after: {figures['load_average_before']} / {figures['load_average_after']}"
    )
    print(f"{'mode':<30}{'best docs/s':>12}{'median':>9}{'e2e docs/s':>12}")
    print(f"{'1 process (Extractor.pipe)':<30}{one['docs_per_s_best']:>12.1f}{one['docs_per_s_median']:>9.1f}"
          f"{one['docs_per_s_end_to_end']:>12.1f}")
    print(f"{'n_process=2':<30}{n2['docs_per_s_best']:>12.1f}{n2['docs_per_s_median']:>9.1f}"
          f"{n2['docs_per_s_best']:>12.1f}")
    print(f"{'Dask LocalCluster 2x1 thread':<30}{dk['docs_per_s_best']:>12.1f}{dk['docs_per_s_median']:>9.1f}"
          f"{dk['docs_per_s_end_to_end']:>12.1f}")
    print(
        f"start-up: pipeline load in the main process {main_load:.2f} s; cluster start (2 workers) "
        f"{cluster_start:.2f} s; pipeline load per worker "
        f"{', '.join(f'{x:.2f}' for x in dk['worker_pipeline_load_s'])} s (loads per worker: "
        f"{dk['pipeline_loads_per_worker']}, partitions per worker: {dk['partitions_per_worker']})"
    )
    print(f"CPU per document: 1 process {one['cpu_ms_per_doc']:.1f} ms, Dask workers {dk['worker_cpu_ms_per_doc']:.1f} ms")
    print(f"identical results in all modes and runs: {same} (documents differing from 1 process: {differing})")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
