"""Run quoteattr over a corpus on a Dask cluster, with the same results as one process.

Requires the ``dask`` extra: ``pip install 'quoteattr[dask]'`` (``dask[bag]``, ``distributed``,
``pandas``, ``pyarrow``), imported on first use; the per-partition functions
:func:`extract_records` and :func:`iter_records` need only quoteattr, so they also serve
Spark's ``mapPartitions``.

Records in are ``{"id", "text"}``; records out are ``{"id", "quotes": [Quote.to_dict(), ...]}``
(the prediction format), or ``{"id", "error": "..."}`` for a document that could not be
processed: one bad document never fails the job.

The spaCy pipeline and the :class:`~quoteattr.Extractor` are built lazily, once per worker
process, and cached in this module; each partition is processed with
:meth:`Extractor.pipe <quoteattr.Extractor.pipe>`, so batching works as on one machine.

>>> import quoteattr.dask as qd                                     # doctest: +SKIP
>>> summary = qd.run("corpus/*.jsonl", output="out/")              # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import json
import posixpath
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from quoteattr.extractor import Extractor

if TYPE_CHECKING:
    import dask.bag as db
    from distributed import Client
    from spacy.language import Language

__all__ = [
    "FORMATS",
    "RunSummary",
    "extract_bag",
    "extract_records",
    "iter_records",
    "read_jsonl",
    "run",
    "run_cli",
    "warm_up",
    "worker_stats",
    "write_jsonl",
    "write_parquet",
]

#: Output formats understood by :func:`run` and the command line.
FORMATS: tuple[str, ...] = ("jsonl", "parquet")

#: Default size of a JSONL read partition (uncompressed files are split at line ends).
DEFAULT_BLOCKSIZE = "16MiB"

_PART_NAME = "part-{:05d}.{}"


def _require_dask() -> Any:
    """Import ``dask.bag`` (and with it ``dask`` and ``fsspec``) or say how to install it.

    Imported on use, not with this module, so that :func:`iter_records` (pure Python) also
    serves other engines, e.g. Spark's ``mapPartitions``, without Dask installed.
    """
    try:
        import dask.bag as bag_module
        import fsspec  # noqa: F401 - a dependency of dask.bag; checked here for a clear message
    except ImportError as exc:
        raise ImportError(
            f"quoteattr.dask needs Dask ({exc.name} is missing); install it with "
            "`pip install 'quoteattr[dask]'`"
        ) from exc
    return bag_module

# -- per-process pipeline cache ------------------------------------------------------------
# Lives in the worker process: populated on first use by a task, reused by every later task
# (and every thread) of that process.  Never shipped with the task graph.

_lock = threading.Lock()
_pipelines: dict[str | None, Language] = {}
_extractors: dict[tuple[str | None, bool, float], Extractor] = {}
_stats: dict[str, float] = {
    "pipeline_loads": 0,
    "load_seconds": 0.0,
    "partitions": 0,
    "documents": 0,
    "extract_seconds": 0.0,
    "extract_cpu_seconds": 0.0,
}


def _load_nlp(model: str | None) -> Language:
    from quoteattr.doc import UNUSED_COMPONENTS, load_pipeline

    if model is not None and Path(model).is_dir():
        import spacy

        return spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    return load_pipeline(model)


def _extractor(
    model: str | None, include_documents: bool, min_confidence: float, noun_phrases: bool = True, stances: bool = False
) -> Extractor:
    """The process-wide Extractor for these settings, built (and its pipeline loaded) once."""
    key = (model, include_documents, min_confidence, noun_phrases, stances)
    with _lock:
        ext = _extractors.get(key)
        if ext is None:
            nlp = _pipelines.get(model)
            if nlp is None:
                t0 = time.perf_counter()
                nlp = _load_nlp(model)
                _stats["load_seconds"] += time.perf_counter() - t0
                _stats["pipeline_loads"] += 1
                _pipelines[model] = nlp
            ext = Extractor(
                nlp,
                include_documents=include_documents,
                noun_phrases=noun_phrases,
                stances=stances,
                min_confidence=min_confidence,
            )
            _extractors[key] = ext
        return ext


def worker_stats() -> dict[str, float]:
    """This process's counters: pipeline loads, partitions, documents and the time spent.

    Keys: ``pipeline_loads``, ``load_seconds``, ``partitions``, ``documents``,
    ``extract_seconds`` (wall clock) and ``extract_cpu_seconds``.

    Run it on every worker with ``client.run(quoteattr.dask.worker_stats)``.
    """
    with _lock:
        return dict(_stats)


def _warm(
    model: str | None, include_documents: bool, min_confidence: float, noun_phrases: bool = True, stances: bool = False
) -> float:
    t0 = time.perf_counter()
    _extractor(model, include_documents, min_confidence, noun_phrases, stances)
    return time.perf_counter() - t0


def warm_up(
    client: Client,
    *,
    model: str | None = None,
    include_documents: bool = True,
    noun_phrases: bool = True,
    stances: bool = False,
    min_confidence: float = 0.0,
) -> dict[str, float]:
    """Load the pipeline on every current worker now; return the seconds each one took.

    Optional: workers load it lazily on their first task anyway.  Warming up moves that
    start-up cost out of the first tasks (and measures it).
    """
    return client.run(_warm, model, include_documents, min_confidence, noun_phrases, stances)


# -- records -------------------------------------------------------------------------------


def _error(record_id: Any, message: str) -> dict[str, Any]:
    return {"id": record_id, "error": message}


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _classify(rec: Any) -> tuple[dict[str, Any] | None, Any, str]:
    """``(error record, None, "")`` for a record that cannot be processed, else ``(None, id, text)``."""
    if not isinstance(rec, Mapping):
        return _error(None, f"record is not a JSON object: got {type(rec).__name__}"), None, ""
    rid = rec.get("id")
    if "text" not in rec:
        return (dict(rec) if "error" in rec else _error(rid, "record has no 'text' field")), rid, ""
    text = rec["text"]
    if not isinstance(text, str):
        return _error(rid, f"TypeError: 'text' must be a str, got {type(text).__name__}"), rid, ""
    return None, rid, text


def _finish(
    ext: Extractor, items: list[tuple[dict[str, Any] | None, Any, str]], batch_size: int
) -> Iterator[dict[str, Any]]:
    texts = [text for done, _, text in items if done is None]
    try:
        results: Iterator[list[Any]] | None = iter(list(ext.pipe(texts, batch_size=batch_size)))
    except Exception:  # noqa: BLE001 - redo one by one below to isolate the failing document
        results = None
    for done, rid, text in items:
        if done is not None:
            yield done
            continue
        if results is not None:
            quotes = next(results)
        else:
            try:
                quotes = ext.extract(text)
            except Exception as exc:  # noqa: BLE001 - one bad document must not fail the job
                yield _error(rid, _describe(exc))
                continue
        yield {"id": rid, "quotes": [q.to_dict() for q in quotes]}


def iter_records(
    records: Iterable[Any],
    *,
    model: str | None = None,
    include_documents: bool = True,
    noun_phrases: bool = True,
    stances: bool = False,
    min_confidence: float = 0.0,
    batch_size: int = 32,
) -> Iterator[dict[str, Any]]:
    """Stream ``{"id", "text"}`` records → prediction or error records, in input order.

    Reads ``batch_size`` documents at a time, so memory stays bounded on any partition size
    (the lazy form of :func:`extract_records`, e.g. for Spark's ``mapPartitions``).  Uses this
    process's cached Extractor and :meth:`Extractor.pipe`.  A record that is not a mapping,
    lacks ``text`` or has a non-string ``text`` becomes an error record; so does a document
    whose extraction raises (its batch is then redone one document at a time).  Records that
    already carry an ``error`` and no ``text`` (e.g. a bad JSON line) pass through.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    ext = _extractor(model, include_documents, float(min_confidence), noun_phrases, stances)
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    items: list[tuple[dict[str, Any] | None, Any, str]] = []
    todo = 0
    for rec in records:
        item = _classify(rec)
        items.append(item)
        todo += item[0] is None
        if todo >= batch_size:
            yield from _finish(ext, items, batch_size)
            n += len(items)
            items, todo = [], 0
    yield from _finish(ext, items, batch_size)
    n += len(items)
    with _lock:
        _stats["partitions"] += 1
        _stats["documents"] += n
        _stats["extract_seconds"] += time.perf_counter() - t0
        _stats["extract_cpu_seconds"] += time.process_time() - c0


def extract_records(
    records: Iterable[Any],
    *,
    model: str | None = None,
    include_documents: bool = True,
    noun_phrases: bool = True,
    stances: bool = False,
    min_confidence: float = 0.0,
    batch_size: int = 32,
) -> list[dict[str, Any]]:
    """Process one partition: ``{"id", "text"}`` records → a list of prediction or error records.

    What :func:`extract_bag` maps over each partition; see :func:`iter_records` for the rules.
    """
    return list(
        iter_records(
            records,
            model=model,
            include_documents=include_documents,
            noun_phrases=noun_phrases,
            stances=stances,
            min_confidence=min_confidence,
            batch_size=batch_size,
        )
    )


def extract_bag(
    bag: db.Bag,
    *,
    model: str | None = None,
    include_documents: bool = True,
    noun_phrases: bool = True,
    stances: bool = False,
    min_confidence: float = 0.0,
    batch_size: int = 32,
) -> db.Bag:
    """Map a bag of ``{"id", "text"}`` records to a bag of prediction (or error) records.

    Args:
        bag: Records as read by :func:`read_jsonl` or built with ``dask.bag.from_sequence``.
        model: An installed spaCy pipeline package name or a pipeline directory, loaded on
            each worker; ``None`` picks quoteattr's default English pipeline.
        include_documents: As in :class:`~quoteattr.Extractor`.
        noun_phrases: As in :class:`~quoteattr.Extractor`.
        stances: As in :class:`~quoteattr.Extractor`.
        min_confidence: As in :class:`~quoteattr.Extractor`.
        batch_size: Texts per ``nlp.pipe`` batch inside a partition.

    Returns:
        A lazy bag, in input order, of ``{"id", "quotes": [...]}`` or ``{"id", "error"}``.
        A pipeline that cannot be loaded on a worker fails the computation: that is a
        set-up error, not a document's.
    """
    db = _require_dask()
    if not isinstance(bag, db.Bag):
        raise TypeError(f"bag must be a dask.bag.Bag, got {type(bag).__name__}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    if not 0.0 <= min_confidence <= 1.0:
        raise ValueError(f"min_confidence must be within [0, 1], got {min_confidence}")
    if model is not None and not isinstance(model, str):
        raise TypeError(
            f"model must be a pipeline name or directory (str), got {type(model).__name__}; "
            "a loaded Language is not shipped to workers: each worker loads its own"
        )
    return bag.map_partitions(
        extract_records,
        model=model,
        include_documents=include_documents,
        noun_phrases=noun_phrases,
        stances=stances,
        min_confidence=float(min_confidence),
        batch_size=batch_size,
    )


# -- input ---------------------------------------------------------------------------------


def _parse_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    for line in lines:
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as exc:
            yield _error(None, f"invalid JSON line ({exc}): {line.strip()[:80]!r}")


def read_jsonl(
    paths: str | Path | Sequence[str | Path],
    *,
    blocksize: int | str | None = DEFAULT_BLOCKSIZE,
    storage_options: Mapping[str, Any] | None = None,
) -> db.Bag:
    """Read JSONL files (a path, a glob, a URL or a list of them) into a bag of records.

    Uncompressed files are split into partitions of about ``blocksize`` bytes at line ends;
    compressed files (``.gz``, ``.bz2``, ...) are one partition each.  Blank lines are skipped;
    a line that is not valid JSON becomes an error record ``{"id": None, "error": ...}``.

    Raises:
        FileNotFoundError: when nothing matches ``paths``.
    """
    db = _require_dask()
    import fsspec
    from fsspec.utils import infer_compression

    urls = [str(p) for p in paths] if isinstance(paths, (list, tuple)) else [str(paths)]
    expanded: list[str] = []
    for url in urls:
        _, _, found = fsspec.core.get_fs_token_paths(url, storage_options=dict(storage_options or {}))
        if not found:
            raise FileNotFoundError(f"no JSONL file matches {url!r}")
        protocol = url.split("://", 1)[0] + "://" if "://" in url else ""
        expanded.extend(protocol + f if protocol and "://" not in f else f for f in found)
    if any(infer_compression(p) for p in expanded):
        blocksize = None
    lines = db.read_text(
        expanded, blocksize=blocksize, encoding="utf-8", storage_options=dict(storage_options or {})
    )
    return lines.map_partitions(_parse_lines)


# -- output --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class RunSummary:
    """What a write produced.

    Attributes:
        files: The files written, one per partition, in order.
        documents: Records written (predictions and errors).
        errors: Error records among them.
        quotes: Quotes in the prediction records.
    """

    files: tuple[str, ...] = attrs.field(converter=tuple)
    documents: int
    errors: int
    quotes: int


def _parquet_schema():  # type: ignore[no-untyped-def]
    import pyarrow as pa

    mention = pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
    speaker = pa.struct(
        [
            ("name", pa.string()),
            ("kind", pa.string()),
            ("named", pa.bool_()),
            ("mention", mention),
            ("mentions", pa.list_(mention)),
        ]
    )
    quote = pa.struct(
        [
            ("text", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("kind", pa.string()),
            ("speaker", speaker),
            ("cue", mention),
            ("confidence", pa.float64()),
            ("evidence", pa.list_(pa.string())),
        ]
    )
    return pa.schema([("id", pa.string()), ("quotes", pa.list_(quote)), ("error", pa.string())])


def _write_part(records: list[dict[str, Any]], url: str, fmt: str) -> tuple[int, int, int]:
    import fsspec

    fs, path = fsspec.core.url_to_fs(url)
    fs.makedirs(posixpath.dirname(path) or ".", exist_ok=True)
    errors = sum(1 for r in records if "error" in r)
    quotes = sum(len(r.get("quotes") or ()) for r in records)
    if fmt == "jsonl":
        with fs.open(path, "w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False))
                fh.write("\n")
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [
            {
                "id": None if r.get("id") is None else str(r["id"]),
                "quotes": r.get("quotes"),
                "error": r.get("error"),
            }
            for r in records
        ]
        table = pa.Table.from_pylist(rows, schema=_parquet_schema())
        with fs.open(path, "wb") as fh:
            pq.write_table(table, fh)
    return len(records), errors, quotes


def _write(
    bag: db.Bag, out_dir: str | Path, fmt: str, overwrite: bool, scheduler: Any = None
) -> RunSummary:
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
    db = _require_dask()
    import dask
    import fsspec

    if not isinstance(bag, db.Bag):
        raise TypeError(f"bag must be a dask.bag.Bag, got {type(bag).__name__}")
    base = str(out_dir).rstrip("/") or "/"
    fs, root = fsspec.core.url_to_fs(base)
    stale = fs.glob(posixpath.join(root, f"part-*.{fmt}")) if fs.exists(root) else []
    if stale:
        if not overwrite:
            raise FileExistsError(
                f"{base!r} already holds {len(stale)} part-*.{fmt} file(s) from an earlier run; "
                "remove them, choose another output directory, or pass overwrite=True"
            )
        fs.rm(stale)
    fs.makedirs(root, exist_ok=True)
    urls = [posixpath.join(base, _PART_NAME.format(i, fmt)) for i in range(bag.npartitions)]
    tasks = [dask.delayed(_write_part)(part, url, fmt) for part, url in zip(bag.to_delayed(), urls)]
    counts = dask.compute(*tasks, scheduler=scheduler)
    return RunSummary(
        files=tuple(urls),
        documents=sum(c[0] for c in counts),
        errors=sum(c[1] for c in counts),
        quotes=sum(c[2] for c in counts),
    )


def write_jsonl(bag: db.Bag, out_dir: str | Path, *, overwrite: bool = False) -> RunSummary:
    """Compute ``bag`` and write it as ``out_dir/part-NNNNN.jsonl``, one file per partition.

    ``out_dir`` may be a local directory or any fsspec URL the workers can reach.

    Raises:
        FileExistsError: when ``out_dir`` holds part files already and ``overwrite`` is false.
    """
    return _write(bag, out_dir, "jsonl", overwrite)


def write_parquet(bag: db.Bag, out_dir: str | Path, *, overwrite: bool = False) -> RunSummary:
    """Compute ``bag`` and write it as ``out_dir/part-NNNNN.parquet``, one file per partition.

    Columns: ``id`` (string; other ids are converted with ``str``), ``quotes`` (a list of
    structs shaped like :meth:`Quote.to_dict <quoteattr.Quote.to_dict>`) and ``error`` (null
    for documents that were processed).  Read it back with ``pandas.read_parquet(out_dir)``.
    """
    return _write(bag, out_dir, "parquet", overwrite)


# -- one call --------------------------------------------------------------------------------


def run(
    paths: str | Path | Sequence[str | Path],
    *,
    output: str | Path,
    scheduler: str | Client | None = None,
    format: Literal["jsonl", "parquet"] = "jsonl",
    model: str | None = None,
    include_documents: bool = True,
    noun_phrases: bool = True,
    stances: bool = False,
    min_confidence: float = 0.0,
    batch_size: int = 32,
    n_workers: int | None = None,
    overwrite: bool = False,
) -> RunSummary:
    """Read JSONL documents, extract their quotes on a Dask cluster, write the predictions.

    Args:
        paths: JSONL files of ``{"id", "text"}`` records: a path, a glob, a URL, or a list.
        output: Directory (or fsspec URL) for the ``part-NNNNN.<format>`` files.
        scheduler: A scheduler address (``"tcp://host:8786"``) or a ``distributed.Client``;
            ``None`` starts a ``distributed.LocalCluster`` of single-threaded worker processes
            (``n_workers`` of them, default one per core) for the duration of the call.
        format: ``"jsonl"`` or ``"parquet"``.
        model: As in :func:`extract_bag`.
        include_documents: As in :func:`extract_bag`.
        noun_phrases: As in :func:`extract_bag`.
        stances: As in :func:`extract_bag`.
        min_confidence: As in :func:`extract_bag`.
        batch_size: As in :func:`extract_bag`.
        n_workers: Workers of the local cluster (ignored with a scheduler).
        overwrite: Replace part files left in ``output`` by an earlier run.

    Returns:
        The files written and the counts of documents, errors and quotes.
    """
    _require_dask()
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ImportError(
            f"quoteattr.dask.run needs dask.distributed ({exc.name} is missing); install it with "
            "`pip install 'quoteattr[dask]'`"
        ) from exc

    if format not in FORMATS:
        raise ValueError(f"unknown output format {format!r}; choose one of {', '.join(FORMATS)}")
    bag = read_jsonl(paths)
    cluster = None
    if isinstance(scheduler, Client):
        client = scheduler
        own_client = False
    else:
        if scheduler is None:
            cluster = LocalCluster(
                n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
        else:
            client = Client(scheduler)
        own_client = True
    try:
        threads = sum(client.nthreads().values()) or 1
        if bag.npartitions < 2 * threads:
            bag = bag.repartition(npartitions=2 * threads)
        preds = extract_bag(
            bag,
            model=model,
            include_documents=include_documents,
            noun_phrases=noun_phrases,
            stances=stances,
            min_confidence=min_confidence,
            batch_size=batch_size,
        )
        return _write(preds, output, format, overwrite, scheduler=client)
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()


def run_cli(args: argparse.Namespace, *, prog: str = "quoteattr") -> int:
    """The Dask path of the command line: ``--jsonl GLOB -o DIR [--scheduler ADDRESS]``.

    Reads the options the ``quoteattr`` parser defines; prints a summary (or the error) on
    stderr.  Returns the exit status: 0 ok, 1 some documents became error records, 2 usage.
    """
    from quoteattr.doc import PipelineError

    def fail(message: str) -> int:
        print(f"{prog}: error: {message}", file=sys.stderr)
        return 2

    output = getattr(args, "output", None)
    if not output or output == "-":
        return fail("a Dask run writes part files: give the output directory with -o DIR")
    if args.jsonl in (None, "-"):
        return fail("a Dask run reads files, not standard input: give --jsonl PATH or GLOB")
    if getattr(args, "format", None) not in (None, "jsonl"):
        return fail(f"-f {args.format} is not available with Dask; use --output-format jsonl|parquet")
    if getattr(args, "n_process", 1) != 1:
        return fail("--n-process does not apply with Dask; use --workers N for a local cluster")
    scheduler = getattr(args, "scheduler", None)
    try:
        summary = run(
            args.jsonl,
            output=output,
            scheduler=None if scheduler in (None, "", "local") else scheduler,
            format=getattr(args, "output_format", None) or "jsonl",
            model=getattr(args, "model", None),
            include_documents=not getattr(args, "no_documents", False),
            noun_phrases=not getattr(args, "no_noun_phrases", False),
            stances=getattr(args, "stances", False),
            min_confidence=getattr(args, "min_confidence", 0.0),
            batch_size=getattr(args, "batch_size", 32),
            n_workers=getattr(args, "workers", None),
        )
    except (FileNotFoundError, FileExistsError, PipelineError, ValueError, OSError, ImportError) as exc:
        return fail(str(exc))
    print(
        f"{prog}: {summary.documents} documents, {summary.quotes} quotes, {summary.errors} errors; "
        f"{len(summary.files)} part files in {output}",
        file=sys.stderr,
    )
    if summary.errors:
        print(f'{prog}: the documents that could not be processed have an "error" field', file=sys.stderr)
        return 1
    return 0
