"""JSONL input and output: read ``{"id", "text"}`` lines, write ``{"id", "quotes"}`` lines.

Input lines are read as bytes and decoded one at a time, so one bad line (not UTF-8, not
JSON, no text) is reported with its file name and line number and the rest of the file is
still read.  The output lines are the prediction format scored by the evaluation kit
(``score.py``): ``{"id": ..., "quotes": [Quote.to_dict(), ...]}``.

Input rules:

- Blank lines are skipped.
- ``text`` is required and must be a string.
- ``id`` is optional: a string or an integer, echoed unchanged in the output.  A line
  without an ``id`` (or with ``"id": null``) gets its 1-based line number, as a string.
- Any other key is ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO

import attrs
import regex

from .model import Quote

__all__ = [
    "InputError",
    "InputProblem",
    "InputRecord",
    "JsonlReader",
    "decode_text",
    "prediction",
    "prediction_line",
    "read_jsonl",
    "read_text_file",
    "to_json",
    "write_predictions",
]

_BOM = b"\xef\xbb\xbf"
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


@attrs.frozen(kw_only=True)
class InputRecord:
    """One document to process.

    Attributes:
        id: The document id (echoed in the output).
        text: The document text; quote offsets index this string.
        source: Where it came from: a file name, or ``"<stdin>"``.
        line: The 1-based line of a JSONL input, or ``None`` for a whole file.
    """

    id: str | int
    text: str
    source: str
    line: int | None = None


@attrs.frozen(kw_only=True)
class InputProblem:
    """A piece of input that could not be read; ``str()`` gives ``source:line: message``."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


class InputError(Exception):
    """Raised by :func:`read_text_file`; carries the :class:`InputProblem`."""

    def __init__(self, problem: InputProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _decode_error(data: bytes, exc: UnicodeDecodeError) -> str:
    column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
    return f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at column {column}); quoteattr reads UTF-8 text only"


def _describe(value: Any) -> str:
    return f"{type(value).__name__} {json.dumps(value, ensure_ascii=False)[:40]}"


class JsonlReader:
    """Iterate over the good records of a JSONL input, collecting the bad lines.

    Iterating yields :class:`InputRecord` objects; every bad line is appended to
    :attr:`problems` instead of stopping the iteration.

    Args:
        stream: A binary file object (``open(path, "rb")``, ``sys.stdin.buffer``).
        source: The name used in messages (the file name or ``"<stdin>"``).

    Example:
        >>> import io
        >>> reader = JsonlReader(io.BytesIO(b'{"id": "a", "text": "Hi."}\\nnot json\\n'), source="in.jsonl")
        >>> [r.id for r in reader]
        ['a']
        >>> str(reader.problems[0])[:28]
        'in.jsonl:2: invalid JSON: Ex'
    """

    def __init__(self, stream: BinaryIO | IO[bytes], *, source: str) -> None:
        self.stream = stream
        self.source = source
        self.problems: list[InputProblem] = []
        self.count = 0

    def _problem(self, lineno: int, message: str) -> None:
        self.problems.append(InputProblem(source=self.source, line=lineno, message=message))

    def __iter__(self) -> Iterator[InputRecord]:
        for lineno, raw in enumerate(self.stream, 1):
            if lineno == 1 and raw.startswith(_BOM):
                raw = raw[len(_BOM) :]
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                self._problem(lineno, _decode_error(raw, exc))
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                self._problem(lineno, f"invalid JSON: {exc.msg} (column {exc.colno})")
                continue
            record = self._record(lineno, obj)
            if record is not None:
                self.count += 1
                yield record

    def _record(self, lineno: int, obj: Any) -> InputRecord | None:
        if not isinstance(obj, dict):
            self._problem(lineno, f'expected a JSON object {{"id", "text"}}, got {_describe(obj)}')
            return None
        if "text" not in obj:
            self._problem(lineno, f'missing "text" (keys: {sorted(obj)})')
            return None
        text = obj["text"]
        if not isinstance(text, str):
            self._problem(lineno, f'"text" must be a string, got {_describe(text)}')
            return None
        doc_id = obj.get("id")
        if doc_id is None:
            doc_id = str(lineno)
        elif isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
            self._problem(lineno, f'"id" must be a string or an integer, got {_describe(doc_id)}')
            return None
        return InputRecord(id=doc_id, text=text, source=self.source, line=lineno)


def read_jsonl(path: str | Path) -> tuple[list[InputRecord], list[InputProblem]]:
    """Read a whole JSONL file: its good records and its problems.

    Raises:
        InputError: when the file cannot be opened at all.
    """
    source = str(path)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise InputError(InputProblem(source=source, message=_os_message(exc))) from None
    with fh:
        reader = JsonlReader(fh, source=source)
        try:
            records = list(reader)
        except OSError as exc:
            raise InputError(InputProblem(source=source, message=_os_message(exc))) from None
    return records, reader.problems


def _os_message(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read: {exc.strerror or exc}"


def read_text_file(path: str | Path) -> str:
    """Read a UTF-8 text file the way ``Path.read_text(encoding="utf-8")`` does.

    Newlines are translated (``\\r\\n`` and ``\\r`` become ``\\n``), so quote offsets index
    the same string as ``Path(path).read_text(encoding="utf-8")``.

    Raises:
        InputError: when the file is missing, a directory, unreadable or not UTF-8; the
            problem names the file (and the line of the first bad byte).
    """
    source = str(path)
    p = Path(path)
    if p.is_dir():
        raise InputError(InputProblem(source=source, message="is a directory, not a file"))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(InputProblem(source=source, message=_os_message(exc))) from None
    return decode_text(data, source=source)


def decode_text(data: bytes, *, source: str) -> str:
    """Decode UTF-8 bytes with universal newlines; :class:`InputError` names the bad line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(InputProblem(source=source, line=line, message=_decode_error(data, exc))) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def prediction(doc_id: str | int, quotes: Sequence[Quote]) -> dict[str, Any]:
    """The prediction record ``{"id", "quotes": [Quote.to_dict(), ...]}`` of one document."""
    return {"id": doc_id, "quotes": [q.to_dict() for q in quotes]}


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """JSON text that can always be written as UTF-8.

    Characters are written as themselves, except when the data holds lone surrogates
    (``"\\ud800"`` in a JSON input decodes to one): then the whole value is ASCII-escaped,
    which keeps them exact instead of failing to encode.
    """
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    if _SURROGATE.search(text):
        text = json.dumps(obj, indent=indent)
    return text


def prediction_line(doc_id: str | int, quotes: Sequence[Quote]) -> str:
    """One JSONL prediction line, newline included (UTF-8 text, see :func:`to_json`)."""
    return to_json(prediction(doc_id, quotes)) + "\n"


def write_predictions(out: TextIO, results: Iterable[tuple[str | int, Sequence[Quote]]]) -> int:
    """Write one prediction line per ``(id, quotes)`` pair; returns the number written."""
    n = 0
    for doc_id, quotes in results:
        out.write(prediction_line(doc_id, quotes))
        n += 1
    return n
