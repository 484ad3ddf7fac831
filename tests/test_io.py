"""JSONL input (good records, bad lines reported with file and line) and prediction output."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from quoteattr import Mention, Quote, Speaker
from quoteattr.io import (
    InputError,
    InputProblem,
    JsonlReader,
    decode_text,
    prediction,
    prediction_line,
    read_jsonl,
    read_text_file,
    write_predictions,
)


def read(data: bytes, source: str = "in.jsonl") -> tuple[list, list[str]]:
    reader = JsonlReader(io.BytesIO(data), source=source)
    records = list(reader)
    return records, [str(p) for p in reader.problems]


def test_reads_good_lines_in_order() -> None:
    records, problems = read(b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two.", "extra": 1}\n')
    assert problems == []
    assert [(r.id, r.text, r.line, r.source) for r in records] == [
        ("a", "One.", 1, "in.jsonl"),
        ("b", "Two.", 2, "in.jsonl"),
    ]


def test_blank_lines_are_skipped_and_last_line_needs_no_newline() -> None:
    records, problems = read(b'\n  \n{"id": "a", "text": "One."}\n\n{"id": "b", "text": "Two."}')
    assert problems == []
    assert [(r.id, r.line) for r in records] == [("a", 3), ("b", 5)]


def test_unicode_text_and_crlf_lines() -> None:
    records, problems = read('{"id": "é", "text": "“Oui,” a-t-il dit."}\r\n'.encode())
    assert problems == []
    assert records[0].text == "“Oui,” a-t-il dit." and records[0].id == "é"


def test_utf8_bom_on_the_first_line_is_ignored() -> None:
    records, problems = read(b'\xef\xbb\xbf{"id": "a", "text": "One."}\n')
    assert problems == [] and records[0].id == "a"


def test_missing_id_takes_the_line_number_and_ids_are_echoed() -> None:
    records, problems = read(b'{"text": "One."}\n{"id": 7, "text": "Two."}\n{"id": null, "text": "3"}\n')
    assert problems == []
    assert [r.id for r in records] == ["1", 7, "3"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"not json", "in.jsonl:2: invalid JSON: Expecting value (column 1)"),
        (b'{"id": "x", "text": "unterminated}', "in.jsonl:2: invalid JSON: Unterminated string starting at (column 21)"),
        (b'["a", "b"]', 'in.jsonl:2: expected a JSON object {"id", "text"}, got list'),
        (b'"just a string"', "in.jsonl:2: expected a JSON object"),
        (b'{"id": "x"}', "in.jsonl:2: missing \"text\" (keys: ['id'])"),
        (b'{"id": "x", "text": 42}', 'in.jsonl:2: "text" must be a string, got int 42'),
        (b'{"id": "x", "text": null}', 'in.jsonl:2: "text" must be a string, got NoneType null'),
        (b'{"id": ["x"], "text": "t"}', 'in.jsonl:2: "id" must be a string or an integer, got list'),
        (b'{"id": true, "text": "t"}', 'in.jsonl:2: "id" must be a string or an integer, got bool'),
        (b'{"id": "x", "text": "caf\xe9"}', "in.jsonl:2: not valid UTF-8 (byte 0xe9 at column 25)"),
    ],
)
def test_bad_lines_are_reported_and_reading_goes_on(line: bytes, message: str) -> None:
    data = b'{"id": "a", "text": "One."}\n' + line + b'\n{"id": "c", "text": "Three."}\n'
    records, problems = read(data)
    assert [r.id for r in records] == ["a", "c"]
    assert len(problems) == 1
    assert problems[0].startswith(message), problems[0]


def test_every_bad_line_is_reported() -> None:
    data = b"x\n" + b'{"id": "a", "text": "One."}\n' + b"y\n" * 3
    records, problems = read(data)
    assert [r.id for r in records] == ["a"]
    assert [p.split(":")[1] for p in problems] == ["1", "3", "4", "5"]


def test_reader_counts_good_records() -> None:
    reader = JsonlReader(io.BytesIO(b'{"text": "a"}\nbad\n{"text": "b"}\n'), source="s")
    assert sum(1 for _ in reader) == 2 and reader.count == 2 and len(reader.problems) == 1


def test_problem_str_names_source_and_line() -> None:
    assert str(InputProblem(source="f.jsonl", line=3, message="bad")) == "f.jsonl:3: bad"
    assert str(InputProblem(source="f.txt", message="no such file")) == "f.txt: no such file"


# -- files -------------------------------------------------------------------------------
def test_read_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_bytes(b'{"id": "a", "text": "One."}\n{oops\n')
    records, problems = read_jsonl(path)
    assert [r.id for r in records] == ["a"]
    assert [str(p) for p in problems] == [f"{path}:2: invalid JSON: Expecting property name enclosed in double quotes (column 2)"]


def test_read_jsonl_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_jsonl(tmp_path / "nope.jsonl")


def test_read_text_file_like_read_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("“Yes,” he said.\r\nNext line.\rLast".encode())
    text = read_text_file(path)
    assert text == path.read_text(encoding="utf-8")
    assert text == "“Yes,” he said.\nNext line.\nLast"


def test_read_text_file_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        read_text_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_text_file(tmp_path)
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"line one\nline two\ncaf\xe9\n")
    with pytest.raises(InputError) as info:
        read_text_file(bad)
    assert str(info.value).startswith(f"{bad}:3: not valid UTF-8 (byte 0xe9 at column 4)")
    assert info.value.problem.line == 3


def test_decode_text_reports_the_line() -> None:
    with pytest.raises(InputError, match=r"^<stdin>:2: not valid UTF-8"):
        decode_text(b"ok\n\xff\n", source="<stdin>")


# -- output ------------------------------------------------------------------------------
def quote() -> Quote:
    text = "“Sí,” dijo Blinken."
    return Quote(
        text="Sí",
        start=1,
        end=3,
        kind="direct",
        speaker=Speaker(name="Antony Blinken", kind="person", named=True, mention=Mention.from_text(text, 11, 18)),
        cue=Mention.from_text(text, 6, 10),
        confidence=0.8,
    )


def test_prediction_line_is_one_json_object() -> None:
    line = prediction_line("doc-1", [quote()])
    assert line.endswith("\n") and line.count("\n") == 1
    assert "Sí" in line  # UTF-8, not \u escapes
    obj = json.loads(line)
    assert obj == {"id": "doc-1", "quotes": [quote().to_dict()]}
    assert Quote.from_dict(obj["quotes"][0]) == quote()


def test_prediction_without_quotes() -> None:
    assert prediction(3, []) == {"id": 3, "quotes": []}


def test_write_predictions() -> None:
    out = io.StringIO()
    assert write_predictions(out, [("a", [quote()]), ("b", [])]) == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["a", "b"]


def test_lone_surrogates_are_escaped_not_fatal() -> None:
    q = Quote(text="a\ud800b", start=1, end=4, kind="direct")
    line = prediction_line("s\udfff", [q])
    line.encode("utf-8")  # always encodable
    obj = json.loads(line)
    assert obj["id"] == "s\udfff" and Quote.from_dict(obj["quotes"][0]) == q
    assert "é" in prediction_line("é", [])  # ordinary text stays readable
