"""quoteattr.dask on a real 2-process LocalCluster: same results as one process, one load per worker."""

from __future__ import annotations

import json
import os
import random
import re

import pytest

pytest.importorskip("dask.bag", reason="quoteattr.dask needs the dask extra: pip install 'quoteattr[dask]'")
pytest.importorskip("distributed", reason="quoteattr.dask needs the dask extra: pip install 'quoteattr[dask]'")
pytest.importorskip("pyarrow", reason="the Parquet writer needs the dask extra: pip install 'quoteattr[dask]'")

import dask.bag as db
import pyarrow.parquet as pq
from distributed import Client, LocalCluster

import quoteattr.dask as qd
from quoteattr import Mention, Quote, QuoteKind, Speaker, SpeakerKind

N_GENERATED = 240
N_PARTITIONS = 8  # > 2 workers, so per-partition loading would show in the counters


def generated_corpus(seed_texts: list[str], n: int, *, seed: int = 8) -> list[dict[str, str]]:
    """``n`` documents of 1-4 seed paragraphs recombined (no text from outside the seeds)."""
    paragraphs = [p.strip() for t in seed_texts for p in re.split(r"\n+", t) if len(p.split()) >= 5]
    rng = random.Random(seed)
    return [
        {"id": f"gen-{i:04d}", "text": "\n\n".join(rng.sample(paragraphs, rng.randint(1, 4)))}
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def corpus(seed_gold):
    seeds = [{"id": d["id"], "text": d["text"]} for d in seed_gold]
    return seeds + generated_corpus([d["text"] for d in seed_gold], N_GENERATED)


@pytest.fixture(scope="module")
def client():
    """One 2-worker, 1-thread-per-worker process cluster shared by the module (start-up is slow)."""
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def cluster_results(client, corpus):
    bag = db.from_sequence(corpus, npartitions=N_PARTITIONS)
    return qd.extract_bag(bag).compute(scheduler=client)


def expected_records(extractor, records):
    return [
        {"id": r["id"], "quotes": [q.to_dict() for q in quotes]}
        for r, quotes in zip(records, extractor.pipe([r["text"] for r in records]))
    ]


def test_cluster_results_identical_to_one_process(cluster_results, corpus, extractor):
    assert len(corpus) == 5 + N_GENERATED
    assert cluster_results == expected_records(extractor, corpus)
    # The identity means something only if quotes were found (the seeds have 81 gold quotes).
    assert sum(len(r["quotes"]) for r in cluster_results) > 0


def test_pipeline_loaded_once_per_worker_process(client, cluster_results):
    stats = client.run(qd.worker_stats)
    pids = client.run(os.getpid)
    assert len(stats) == 2
    assert os.getpid() not in pids.values()  # the work ran in other processes
    assert sum(s["partitions"] for s in stats.values()) >= N_PARTITIONS
    assert sum(s["documents"] for s in stats.values()) >= len(cluster_results)
    # At least one worker ran several partitions, yet every worker loaded the pipeline once.
    assert max(s["partitions"] for s in stats.values()) >= 2
    for s in stats.values():
        assert s["pipeline_loads"] == (1 if s["partitions"] else 0)


def test_non_string_text_yields_an_error_record(client):
    records = [
        {"id": "ok-1", "text": "“We will respond,” Blinken said."},
        {"id": "bad", "text": 42},
        {"id": "ok-2", "text": "Officials said that it was civilian."},
        {"id": "no-text"},
        ["not", "a", "record"],
    ]
    out = qd.extract_bag(db.from_sequence(records, npartitions=2)).compute(scheduler=client)
    assert [r["id"] for r in out] == ["ok-1", "bad", "ok-2", "no-text", None]
    assert out[1] == {"id": "bad", "error": "TypeError: 'text' must be a str, got int"}
    assert "quotes" not in out[3] and "'text'" in out[3]["error"]
    assert "not a JSON object" in out[4]["error"]
    assert isinstance(out[0]["quotes"], list) and isinstance(out[2]["quotes"], list)


def test_failing_document_is_isolated_from_its_batch(monkeypatch, nlp):
    """An engine failure on one document redoes the batch one by one: only that one errs."""
    ext = qd._extractor(None, True, 0.0)  # this process's cached Extractor (sync scheduler)
    real = ext.extract_doc

    def flaky(doc):
        if "BOOM" in doc.text:
            raise RuntimeError("engine failed on BOOM")
        return real(doc)

    monkeypatch.setattr(ext, "extract_doc", flaky)
    texts = ["“We will respond,” Blinken said.", "BOOM, he said.", "Officials said that it was civilian."]
    records = [{"id": i, "text": t} for i, t in enumerate(texts)]
    out = qd.extract_bag(db.from_sequence(records, npartitions=1), batch_size=8).compute(scheduler="sync")
    assert out[1] == {"id": 1, "error": "RuntimeError: engine failed on BOOM"}
    assert out[0] == {"id": 0, "quotes": [q.to_dict() for q in real(nlp(texts[0]))]}
    assert out[2] == {"id": 2, "quotes": [q.to_dict() for q in real(nlp(texts[2]))]}


def test_iter_records_streams_in_batches(nlp):
    consumed = []

    def source():
        for i in range(10):
            consumed.append(i)
            yield {"id": i, "text": "Officials said that it was civilian." if i % 3 else 7}

    stream = qd.iter_records(source(), batch_size=2)
    first = next(stream)
    assert first["id"] == 0 and "error" in first
    assert len(consumed) == 3  # two texts (ids 1, 2) make a batch; id 0 was an error record
    rest = list(stream)
    assert [r["id"] for r in [first, *rest]] == list(range(10))
    assert [("error" in r) for r in rest] == [i % 3 == 0 for i in range(1, 10)]
    with pytest.raises(ValueError, match="batch_size must be >= 1, got 0"):
        next(qd.iter_records([], batch_size=0))


def test_a_pipeline_that_cannot_load_fails_the_job():
    from quoteattr import PipelineError

    bag = qd.extract_bag(db.from_sequence([{"id": 1, "text": "A."}]), model="no_such_pipeline_xyz")
    with pytest.raises(PipelineError, match="no_such_pipeline_xyz"):
        bag.compute(scheduler="sync")


def test_read_jsonl_glob_blank_and_bad_lines(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "1", "text": "A."}\n\n{"id": "2", "text": "B."}\n', "utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "3", "text": "C."}\nnot json\n', "utf-8")
    out = qd.read_jsonl(str(tmp_path / "*.jsonl")).compute(scheduler="sync")
    assert [r["id"] for r in out] == ["1", "2", "3", None]
    assert out[0] == {"id": "1", "text": "A."}
    assert out[3]["error"].startswith("invalid JSON line") and "not json" in out[3]["error"]
    with pytest.raises(FileNotFoundError, match="nothing-here"):
        qd.read_jsonl(str(tmp_path / "nothing-here*.jsonl"))


def test_jsonl_writer_round_trip(client, cluster_results, tmp_path):
    bag = db.from_sequence(cluster_results + [{"id": "bad", "error": "TypeError: x"}], npartitions=3)
    summary = qd.write_jsonl(bag, tmp_path / "out")
    assert [os.path.basename(f) for f in summary.files] == [f"part-0000{i}.jsonl" for i in range(3)]
    lines = []
    for f in summary.files:
        with open(f, encoding="utf-8") as fh:
            lines.extend(json.loads(line) for line in fh)
    assert lines == cluster_results + [{"id": "bad", "error": "TypeError: x"}]
    assert (summary.documents, summary.errors) == (len(cluster_results) + 1, 1)
    assert summary.quotes == sum(len(r["quotes"]) for r in cluster_results)
    with pytest.raises(FileExistsError, match="part-"):
        qd.write_jsonl(bag, tmp_path / "out")
    assert qd.write_jsonl(bag.repartition(1), tmp_path / "out", overwrite=True).files == (
        str(tmp_path / "out" / "part-00000.jsonl"),
    )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["part-00000.jsonl"]


def full_quote() -> Quote:
    """A quote with every field set, so a column missing from the Parquet schema shows."""
    text = "“We will respond,” Antony Blinken said. He added that it was civilian."
    blinken = Mention.from_text(text, 19, 33)
    return Quote(
        text=text[1:17],
        start=1,
        end=17,
        kind=QuoteKind.DIRECT,
        speaker=Speaker(
            name="Antony Blinken",
            kind=SpeakerKind.PERSON,
            named=True,
            mention=blinken,
            mentions=(blinken, Mention.from_text(text, 40, 42)),
        ),
        cue=Mention.from_text(text, 34, 38),
        confidence=0.875,
        evidence=("marks", "cue:say"),
    )


def test_parquet_writer_round_trip(client, tmp_path):
    q = full_quote()
    records = [
        {"id": "d1", "quotes": [q.to_dict(), Quote(text="x", start=0, end=1, kind="indirect").to_dict()]},
        {"id": 7, "quotes": []},
        {"id": "bad", "error": "TypeError: 'text' must be a str, got int"},
    ]
    summary = qd.write_parquet(db.from_sequence(records, npartitions=2), tmp_path / "pq")
    assert (summary.documents, summary.errors, summary.quotes) == (3, 1, 2)
    rows = [row for f in summary.files for row in pq.read_table(f).to_pylist()]
    assert [r["id"] for r in rows] == ["d1", "7", "bad"]  # ids are stored as strings
    assert rows[0]["quotes"][0] == q.to_dict()
    assert Quote.from_dict(rows[0]["quotes"][0]) == q
    assert rows[0]["error"] is None and rows[1]["quotes"] == []
    assert rows[2]["quotes"] is None and rows[2]["error"] == records[2]["error"]


def test_run_on_a_scheduler_address(client, corpus, cluster_results, tmp_path):
    src = tmp_path / "corpus"
    src.mkdir()
    for name, part in (("a", corpus[:20]), ("b", corpus[20:40])):
        with open(src / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in part)
    summary = qd.run(str(src / "*.jsonl"), output=tmp_path / "out", scheduler=client.scheduler.address)
    assert len(summary.files) >= 4  # repartitioned to at least 2 partitions per worker thread
    got = []
    for f in summary.files:
        with open(f, encoding="utf-8") as fh:
            got.extend(json.loads(line) for line in fh)
    assert got == cluster_results[:40]
    assert (summary.documents, summary.errors) == (40, 0)


def test_bad_arguments_are_named():
    bag = db.from_sequence([{"id": "1", "text": "A."}])
    with pytest.raises(ValueError, match="batch_size must be >= 1, got 0"):
        qd.extract_bag(bag, batch_size=0)
    with pytest.raises(TypeError, match="model must be a pipeline name or directory"):
        qd.extract_bag(bag, model=object())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got list"):
        qd.extract_bag([{"id": "1", "text": "A."}])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'csv'.*jsonl, parquet"):
        qd.run("x.jsonl", output="out", format="csv")  # type: ignore[arg-type]


def test_command_line_on_a_scheduler(client, corpus, cluster_results, tmp_path, capsys):
    from quoteattr._cli import main

    src = tmp_path / "corpus"
    src.mkdir()
    with open(src / "a.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus[:6])
        fh.write(json.dumps({"id": "bad", "text": ["not", "text"]}) + "\n")
    glob = str(src / "*.jsonl")
    address = client.scheduler.address
    code = main(["--jsonl", glob, "--scheduler", address, "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1 and "7 documents" in err and "1 errors" in err  # an error record: exit 1
    parts = sorted((tmp_path / "out").glob("part-*.jsonl"))
    got = [json.loads(line) for f in parts for line in f.read_text("utf-8").splitlines()]
    assert got == cluster_results[:6] + [{"id": "bad", "error": "TypeError: 'text' must be a str, got list"}]

    code = main(["--jsonl", str(src / "a.jsonl"), "--scheduler", address, "--output-format", "parquet",
                 "-o", str(tmp_path / "pq")])
    assert code == 1
    ids = [r["id"] for f in sorted((tmp_path / "pq").glob("part-*.parquet")) for r in pq.read_table(f).to_pylist()]
    assert ids == [r["id"] for r in corpus[:6]] + ["bad"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--jsonl", "-", "--scheduler", "tcp://127.0.0.1:9", "-o", "o/"], "not standard input"),
        (["--jsonl", "x.jsonl", "--scheduler", "tcp://127.0.0.1:9"], "-o DIR"),
        (["--jsonl", "x.jsonl", "--scheduler", "tcp://127.0.0.1:9", "-o", "o/", "-f", "html"], "--output-format"),
        (["--jsonl", "x.jsonl", "-o", "o/", "--n-process", "2"], "--workers"),
        (["--jsonl", "nothing-here-*.jsonl", "-o", "o/"], "no JSONL file matches"),
    ],
)
def test_command_line_usage_errors(extra, message, capsys, tmp_path, monkeypatch):
    from quoteattr._cli import main

    monkeypatch.chdir(tmp_path)
    assert main(extra) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_extract_records_needs_no_dask(tmp_path):
    """The per-partition functions (for Spark's mapPartitions too) import without Dask."""
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['dask'] = sys.modules['dask.bag'] = None\n"
        "import quoteattr.dask as qd\n"
        "assert callable(qd.extract_records) and callable(qd.iter_records)\n"
        "try:\n"
        "    qd.read_jsonl('x.jsonl')\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "pip install 'quoteattr[dask]'" in done.stdout
