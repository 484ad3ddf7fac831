"""The command line: formats, JSONL in and out, standard input, bad input and exit codes."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import quoteattr
from quoteattr import Extractor, Quote
from quoteattr._cli import _extract_all, _progress, format_table, main
from quoteattr.io import InputProblem, InputRecord

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED = SEEDS[0]  # John Kirby's briefing
BLINKEN = "“We will respond,” Blinken said."
SCORE_CANDIDATES = [ROOT.parent / "shared" / "eval" / "score.py", Path("/work/shared/eval/score.py")]
SCORE = next((p for p in SCORE_CANDIDATES if p.is_file()), None)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def set_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def jsonl_input(tmp_path: Path, lines: list[str | dict]) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text(
        "".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n" for x in lines),
        encoding="utf-8",
    )
    return path


def seed_records() -> list[dict]:
    with open(ROOT / "seeds" / "gold.jsonl", encoding="utf-8") as fh:
        return [{"id": d["id"], "text": d["text"]} for d in map(json.loads, fh) if d]


def check_prediction(obj: dict, text: str) -> None:
    assert set(obj) == {"id", "quotes"}
    for d in obj["quotes"]:
        q = Quote.from_dict(d)
        assert text[q.start : q.end] == q.text


# -- table -------------------------------------------------------------------------------
def test_table_per_file(capsys) -> None:
    code, out, err = run(capsys, *SEEDS)
    assert code == 0, err
    for path in SEEDS:
        assert f"{path}: " in out
    assert out.count("SPEAKER") == len(SEEDS)
    assert "John Kirby" in out and "direct" in out
    assert err == ""


def test_table_layout_and_truncation() -> None:
    text = "“" + "word " * 80 + "end,” Blinken said.\n\nAnd\nmore."
    q = Quote(text=text[1:406], start=1, end=406, kind="direct", confidence=1.0)
    table = format_table(InputRecord(id="a.txt", text=text, source="a.txt"), [q], width=80)
    lines = table.splitlines()
    assert lines[0] == "a.txt: 1 quote"
    assert lines[1].split() == ["SPEAKER", "KIND", "CUE", "TEXT"]
    assert all(len(line) <= 80 for line in lines)
    assert lines[2].endswith("…") and "\n" not in lines[2]
    assert lines[2].split()[:3] == ["-", "direct", "-"]


def test_table_without_quotes(capsys, tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Nothing was said today.\n", encoding="utf-8")
    code, out, _ = run(capsys, path)
    assert code == 0
    assert out == f"{path}: 0 quotes\n"


# -- json / jsonl ------------------------------------------------------------------------
def test_json_format(capsys, extractor) -> None:
    code, out, _ = run(capsys, SEEDS[0], SEEDS[1], "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [d["id"] for d in data] == [str(SEEDS[0]), str(SEEDS[1])]
    for d, path in zip(data, SEEDS[:2]):
        text = path.read_text(encoding="utf-8")
        check_prediction(d, text)
        assert d["quotes"] == [q.to_dict() for q in extractor.extract(text)]
        assert d["quotes"], "each seed article holds quotes"


def test_json_format_with_only_bad_input_is_still_valid_json(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, tmp_path / "missing.txt", "--format", "json")
    assert code == 1
    assert json.loads(out) == []
    assert "missing.txt: no such file" in err


def test_jsonl_format_for_files(capsys) -> None:
    code, out, _ = run(capsys, *SEEDS, "-f", "jsonl")
    assert code == 0
    lines = [json.loads(x) for x in out.splitlines()]
    assert [x["id"] for x in lines] == [str(p) for p in SEEDS]


def test_jsonl_in_and_out(capsys, tmp_path: Path, extractor) -> None:
    records = seed_records()
    src = jsonl_input(tmp_path, records + [{"id": 7, "text": BLINKEN}, {"text": "No id here."}])
    out_path = tmp_path / "pred.jsonl"
    code, out, err = run(capsys, "--jsonl", src, "-o", out_path, "--batch-size", "2")
    assert (code, out, err) == (0, "", "")
    lines = [json.loads(x) for x in out_path.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == [r["id"] for r in records] + [7, "7"]
    for line, rec in zip(lines, records):
        check_prediction(line, rec["text"])
        assert line["quotes"] == [q.to_dict() for q in extractor.extract(rec["text"])]
    (blinken,) = lines[-2]["quotes"]
    assert blinken["kind"] == "direct" and blinken["speaker"]["name"] == "Blinken"


def test_jsonl_from_stdin(capsys, monkeypatch) -> None:
    data = (json.dumps({"id": "a", "text": BLINKEN}) + "\n" + json.dumps({"id": "b", "text": "Nothing."}) + "\n").encode()
    set_stdin(monkeypatch, data)
    code, out, err = run(capsys, "--jsonl", "-")
    assert code == 0, err
    lines = [json.loads(x) for x in out.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert len(lines[0]["quotes"]) == 1 and lines[1]["quotes"] == []


def test_text_from_stdin(capsys, monkeypatch) -> None:
    set_stdin(monkeypatch, BLINKEN.encode())
    code, out, _ = run(capsys, "-", "--format", "jsonl")
    assert code == 0
    (line,) = [json.loads(x) for x in out.splitlines()]
    assert line["id"] == "<stdin>" and len(line["quotes"]) == 1


@pytest.mark.skipif(SCORE is None, reason="the shared evaluation kit (score.py) is not on this machine")
def test_jsonl_output_is_scored_by_the_evaluation_kit(capsys, tmp_path: Path) -> None:
    src = jsonl_input(tmp_path, seed_records())
    pred = tmp_path / "pred.jsonl"
    assert run(capsys, "--jsonl", src, "-o", pred)[0] == 0
    scores = tmp_path / "scores.json"
    done = subprocess.run(
        [sys.executable, str(SCORE), "--gold", str(ROOT / "seeds" / "gold.jsonl"), "--pred", str(pred), "--json", str(scores)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "detection" in done.stdout
    result = json.loads(scores.read_text())
    assert json.dumps(result)  # a complete, JSON-serialisable result
    n_pred = sum(len(json.loads(x)["quotes"]) for x in pred.read_text(encoding="utf-8").splitlines())
    assert str(n_pred) in done.stdout


# -- options -----------------------------------------------------------------------------
def test_min_confidence_filters(capsys) -> None:
    _, out_all, _ = run(capsys, *SEEDS, "-f", "jsonl")
    code, out_high, _ = run(capsys, *SEEDS, "-f", "jsonl", "--min-confidence", "0.9")
    assert code == 0
    all_q = [q for x in out_all.splitlines() for q in json.loads(x)["quotes"]]
    high_q = [q for x in out_high.splitlines() for q in json.loads(x)["quotes"]]
    assert all(q["confidence"] >= 0.9 for q in high_q)
    assert [q for q in all_q if q["confidence"] >= 0.9] == high_q


def test_no_documents_leaves_out_document_sources(capsys) -> None:
    code, out, _ = run(capsys, *SEEDS, "-f", "jsonl", "--no-documents")
    assert code == 0
    kinds = {q["speaker"]["kind"] for x in out.splitlines() for q in json.loads(x)["quotes"] if q["speaker"]}
    assert "document" not in kinds


def test_explicit_model_name(capsys, nlp) -> None:
    from quoteattr.doc import DEFAULT_PIPELINES

    name = next(n for n in DEFAULT_PIPELINES if importlib.util.find_spec(n) is not None)
    code, out, _ = run(capsys, SEED, "--model", name, "--n-process", "1")
    assert code == 0 and "John Kirby" in out


def test_html_format(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, SEED, "--format", "html")
    assert code == 0
    assert out.lstrip().lower().startswith("<!doctype html")
    code, _, err = run(capsys, *SEEDS[:2], "--format", "html")
    assert code == 2 and "needs -o DIR" in err
    pages = tmp_path / "pages"
    code, _, _ = run(capsys, *SEEDS[:2], "--format", "html", "-o", pages)
    assert code == 0
    assert sorted(p.name for p in pages.iterdir()) == sorted(f"{p.stem}.html" for p in SEEDS[:2])


def test_output_file(capsys, tmp_path: Path) -> None:
    out_path = tmp_path / "table.txt"
    code, out, _ = run(capsys, SEED, "-o", out_path)
    assert code == 0 and out == ""
    assert out_path.read_text(encoding="utf-8").startswith(f"{SEED}: ")


# -- bad input ---------------------------------------------------------------------------
def test_bad_files_are_reported_and_good_ones_processed(capsys, tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("«Oui», a dit le ministre au café.".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, missing, SEED, tmp_path, latin1, SEEDS[1], "-f", "jsonl")
    assert code == 1
    assert [json.loads(x)["id"] for x in out.splitlines()] == [str(SEED), str(SEEDS[1])]
    assert f"{missing}: no such file" in err
    assert f"{tmp_path}: is a directory" in err
    assert f"{latin1}:1: not valid UTF-8" in err
    assert "3 input problems; 2 documents processed" in err
    assert "Traceback" not in err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(capsys, tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(BLINKEN, encoding="utf-8")
    locked.chmod(0)
    code, _, err = run(capsys, locked)
    assert code == 1 and f"{locked}: permission denied" in err


def test_bad_jsonl_lines_are_reported_at_the_end(capsys, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b'{"id": "a", "text": "\xe2\x80\x9cYes,\xe2\x80\x9d Blinken said."}\n'
        b"{broken\n"
        b'{"id": "c"}\n'
        b'{"id": "d", "text": "caf\xe9"}\n'
        b'{"id": "e", "text": "Nothing."}\n'
    )
    code, out, err = run(capsys, "--jsonl", src)
    assert code == 1
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["a", "e"]
    problems = [line for line in err.splitlines() if line.startswith("quoteattr: error:")]
    assert [p.split(": ")[2] for p in problems] == [f"{src}:2", f"{src}:3", f"{src}:4"]
    assert "invalid JSON" in problems[0] and 'missing "text"' in problems[1] and "UTF-8" in problems[2]


def test_missing_jsonl_file_and_directory(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "--jsonl", tmp_path / "nope.jsonl")
    assert (code, out) == (1, "") and "nope.jsonl: no such file" in err
    code, out, err = run(capsys, "--jsonl", tmp_path)
    assert (code, out) == (1, "") and "is a directory" in err


def test_extraction_failure_on_one_document_does_not_lose_the_others(nlp) -> None:
    class Flaky(Extractor):
        def extract_doc(self, doc):  # type: ignore[no-untyped-def]
            if "BOOM" in doc.text:
                raise RuntimeError("boom")
            return super().extract_doc(doc)

    texts = [BLINKEN, "BOOM here.", "Nothing.", "“Yes,” Kirby said.", "BOOM again", BLINKEN]
    records = iter([InputRecord(id=i, text=t, source="in.jsonl", line=i + 1) for i, t in enumerate(texts)])
    problems: list[InputProblem] = []
    results = list(_extract_all(Flaky(nlp), records, batch_size=2, n_process=1, problems=problems))
    assert [r.id for r, _ in results] == [0, 2, 3, 5]
    assert [len(q) for _, q in results] == [1, 0, 1, 1]
    assert [str(p).split(": ")[0] for p in problems] == ["in.jsonl:2", "in.jsonl:5"]
    assert all("RuntimeError: boom" in p.message for p in problems)


# -- usage errors ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "nothing to read"),
        (["a.txt", "--jsonl", "b.jsonl"], "not both"),
        (["a.txt", "--batch-size", "0"], "positive integer"),
        (["a.txt", "--n-process", "0"], "positive integer or -1"),
        (["a.txt", "--min-confidence", "2"], "within [0, 1]"),
        (["a.txt", "--min-confidence", "high"], "within [0, 1]"),
        (["a.txt", "--format", "xml"], "invalid choice"),
        (["-", "-"], "only once"),
    ],
)
def test_usage_errors_exit_2(capsys, argv: list[str], message: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert message in capsys.readouterr().err


def test_unknown_model(capsys) -> None:
    code, out, err = run(capsys, SEED, "--model", "no_such_pipeline_xyz")
    assert (code, out) == (2, "")
    assert "no_such_pipeline_xyz" in err and "pip install" in err and "Traceback" not in err


def test_output_to_a_directory_is_a_usage_error(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, SEED, "-o", tmp_path)
    assert code == 2 and "is a directory" in err


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith(f"quoteattr {quoteattr.__version__} (spaCy 3.")


# -- progress bar ------------------------------------------------------------------------
class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal() -> None:
    items = iter(range(3))
    assert _progress(items, total=3, stream=io.StringIO()) is items
    term = FakeTerminal()
    assert list(_progress(iter(range(3)), total=3, stream=term)) == [0, 1, 2]
    assert "quoteattr" in term.getvalue() and "/3" in term.getvalue()


# -- as a program ------------------------------------------------------------------------
def program(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "quoteattr", *args], cwd=ROOT, input=stdin, capture_output=True, timeout=300, check=False
    )


def test_python_m_quoteattr_on_a_seed_file() -> None:
    done = program(str(SEED.relative_to(ROOT)))
    assert done.returncode == 0, done.stderr.decode()
    out = done.stdout.decode("utf-8")
    assert out.startswith(f"{SEED.relative_to(ROOT)}: ") and "John Kirby" in out
    assert done.stderr == b""  # no progress bar when stderr is not a terminal


def test_python_m_quoteattr_stdin_with_a_bad_line() -> None:
    data = (json.dumps({"id": "a", "text": BLINKEN}) + "\nnot json\n").encode()
    done = program("--jsonl", "-", stdin=data)
    assert done.returncode == 1
    (line,) = done.stdout.decode().splitlines()
    assert json.loads(line)["id"] == "a"
    err = done.stderr.decode()
    assert "<stdin>:2: invalid JSON" in err and "Traceback" not in err


def test_installed_script_if_present(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "quoteattr"
    if not script.exists():
        pytest.skip("the quoteattr script is not installed in this environment")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    done = subprocess.run([str(script), str(bad)], capture_output=True, timeout=300, check=False)
    assert done.returncode == 1
    assert f"{bad}:1: not valid UTF-8".encode() in done.stderr and b"Traceback" not in done.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "json", "table", "html"])
def test_lone_surrogates_from_json_input(capsys, tmp_path: Path, fmt: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "s", "text": "\\u201cWe will \\ud800 respond,\\u201d Blinken said."}\n', encoding="utf-8")
    out_path = tmp_path / "out"
    code, _, err = run(capsys, "--jsonl", src, "-f", fmt, "-o", out_path)
    assert code == 0, err
    if fmt == "html":  # HTML for a JSONL batch is one page per document in the -o directory
        (out_path,) = out_path.iterdir()
    written = out_path.read_bytes().decode("utf-8")  # valid UTF-8
    if fmt == "jsonl":
        assert json.loads(written)["id"] == "s"


@pytest.mark.parametrize("fmt", ["jsonl", "json", "table"])
def test_lone_surrogate_in_an_id(capsys, tmp_path: Path, fmt: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "s\\udfff", "text": "\\u201cWe will respond,\\u201d Blinken said."}\n', encoding="utf-8")
    out_path = tmp_path / "out"
    code, _, err = run(capsys, "--jsonl", src, "-f", fmt, "-o", out_path)
    assert code == 0, err
    written = out_path.read_bytes().decode("utf-8")
    assert "Blinken" in written
