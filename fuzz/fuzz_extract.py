#!/usr/bin/env python
"""Fuzz target for quoteattr: on any input, no exception, valid offsets, the same result twice.

Run it for a set time with one command (from the repository root)::

    python fuzz/fuzz_extract.py --seconds 60                        # atheris if installed, else hypothesis
    python fuzz/fuzz_extract.py --seconds 600 --engine hypothesis
    python fuzz/fuzz_extract.py --seconds 600 --engine atheris -- -jobs=2   # extra libFuzzer flags after --
    python fuzz/fuzz_extract.py --runs 300 --engine hypothesis --seed 7    # a fixed number of inputs

Engines:

* ``atheris`` (``pip install atheris``): coverage-guided libFuzzer over the ``quoteattr``
  modules, seeded with the seed articles and given a dictionary of quotation marks, cue
  verbs and hostile characters.
* ``hypothesis``: random byte buffers fed to a Hypothesis test through
  ``fuzz_one_input``; the test draws raw bytes decoded four ways, generated news articles
  (``quoteattr.testing.strategies.news_texts``), hostile unicode (``unicode_noise``) and
  news wrapped in noise.  Needs nothing beyond the ``testing`` extra.

Each input is checked by :func:`check_text`: ``extract`` returns a list of ``Quote``; every
quote, speaker mention and cue slices the input; quotes are in order and disjoint or
nested; confidences lie in [0, 1]; every 8th input is extracted twice and must give the
same result.  A failure is printed and saved as a JSON string (lone surrogates survive)
under ``fuzz/crashes/`` (libFuzzer also writes its raw ``crash-*`` unit there); the exit
status is then non-zero.  libFuzzer stops at the first failure; add ``-- -fork=2
-ignore_crashes=1`` to keep going.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quoteattr import Extractor, Quote

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CRASH_DIR = HERE / "crashes"

#: Pieces the structured decoder (and libFuzzer's dictionary) splices together.
FRAGMENTS: tuple[str, ...] = (
    # quotation marks of every style
    "\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "\u00ab", "\u00bb", "\u201e", "\u201f",
    "\u2039", "\u203a", "\u300c", "\u300d", "``", "''",
    # words, names, cues
    "We will not accept this", " said", " says", " told reporters", " added", "According to ",
    " that ", "Maria Garcia", " he", " she", " the ministry", " officials", "Smith", ", a spokesperson,",
    ".", ",", ":", "?", " ", "  ", "the plan was",
    # separators and hostile characters
    "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u200b", "\u200d", "\ufeff", "\u202e", "\u200f",
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\u0301", "\U0001f600",
    "\U0001f469\u200d\U0001f467", "\ud800", "\udfff", "\ud83d", "\u0645\u0631\u062d\u0628\u0627",
)


def text_from_bytes(data: bytes) -> str:
    """Turn fuzzer bytes into a ``str``; the first byte picks one of four decodings.

    0: UTF-8 with ``surrogateescape`` (bad bytes become lone surrogates); 1: UTF-16-LE with
    ``surrogatepass`` (any code point, lone surrogates included); 2: Latin-1 (controls,
    NBSP, soft hyphen); 3: structured, each byte picks a piece of :data:`FRAGMENTS`.
    """
    if not data:
        return ""
    mode, body = data[0] % 4, data[1:]
    if mode == 0:
        return body.decode("utf-8", "surrogateescape")
    if mode == 1:
        return body[: len(body) // 2 * 2].decode("utf-16-le", "surrogatepass")
    if mode == 2:
        return body.decode("latin-1")
    return "".join(FRAGMENTS[b % len(FRAGMENTS)] for b in body)


def _spans(q: Quote) -> list[Any]:
    spans: list[Any] = [q] + ([] if q.cue is None else [q.cue])
    if q.speaker is not None:
        spans += [m for m in (q.speaker.mention, *q.speaker.mentions) if m is not None]
    return spans


def check_text(extractor: Extractor, text: str, *, twice: bool = False) -> None:
    """Extract from ``text`` and assert the invariants; raises ``AssertionError`` on a violation."""
    from quoteattr import Quote

    quotes = extractor.extract(text)
    assert isinstance(quotes, list), f"extract returned {type(quotes).__name__}, not a list"
    for q in quotes:
        assert isinstance(q, Quote), f"extract returned a {type(q).__name__} in its list"
        for span in _spans(q):
            assert 0 <= span.start <= span.end <= len(text), f"offsets {span.start}:{span.end} out of range in {q!r}"
            assert text[span.start : span.end] == span.text, f"{span!r} does not slice the input ({q!r})"
        assert 0.0 <= q.confidence <= 1.0, f"confidence {q.confidence} outside [0, 1]"
    starts = [q.start for q in quotes]
    assert starts == sorted(starts), f"quotes out of order: {starts}"
    for i, a in enumerate(quotes):
        for b in quotes[i + 1 :]:
            disjoint = a.end <= b.start or b.end <= a.start
            nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
            assert disjoint or nested, f"quotes overlap without nesting: {a!r} / {b!r}"
    if twice:
        again = extractor.extract(text)
        assert [q.to_dict() for q in again] == [q.to_dict() for q in quotes], "second run differs"


def save_crash(text: str, error: BaseException) -> Path:
    """Write the failing input (as a JSON string) and the error under fuzz/crashes/."""
    CRASH_DIR.mkdir(exist_ok=True)
    blob = json.dumps(text)
    digest = hashlib.sha1(blob.encode("ascii")).hexdigest()[:12]
    path = CRASH_DIR / f"crash-{digest}.json"
    path.write_text(
        json.dumps({"text": text, "error": f"{type(error).__name__}: {error}"}, indent=1) + "\n", encoding="ascii"
    )
    return path


# -- hypothesis engine ---------------------------------------------------------------------


def run_hypothesis(
    extractor: Extractor,
    *,
    seconds: float | None = None,
    runs: int | None = None,
    seed: int = 0,
    save: bool = True,
    log: Callable[[str], None] = print,
) -> list[tuple[str, str]]:
    """Feed seeded random buffers to a Hypothesis test until ``seconds`` or ``runs`` is reached.

    Returns the failures as ``(repr of the input, error)`` pairs, one per distinct error
    (exception type and the line that raised it).
    """
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from quoteattr.testing import strategies as qst

    if seconds is None and runs is None:
        raise ValueError("give seconds or runs (or both) to bound the run")
    news = qst.news_texts(min_size=1, max_size=4).map(lambda a: a.text)
    noisy = qst.news_texts(min_size=1, max_size=4, noise=True).map(lambda a: a.text)
    texts = st.one_of(
        st.binary(max_size=2048).map(text_from_bytes),
        news,
        noisy,
        qst.unicode_noise(max_size=80),
        st.tuples(qst.unicode_noise(max_size=10), news, qst.unicode_noise(max_size=10)).map("".join),
    )
    state: dict[str, Any] = {"n": 0, "text": ""}

    @settings(database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(texts)
    def target(text: str) -> None:
        state["n"] += 1
        state["text"] = text
        check_text(extractor, text, twice=state["n"] % 8 == 0)

    rng = random.Random(seed)
    deadline = None if seconds is None else time.monotonic() + seconds
    failures: dict[str, tuple[str, str]] = {}
    done = 0
    while (runs is None or done < runs) and (deadline is None or time.monotonic() < deadline):
        buf = rng.randbytes(rng.choice((16, 64, 256, 1024, 4096)))
        done += 1
        try:
            target.hypothesis.fuzz_one_input(buf)
        except Exception as exc:  # noqa: BLE001 - a fuzz target reports every failure
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            key = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}"
            if key not in failures:
                text = state["text"]
                failures[key] = (repr(text)[:300], f"{key}: {str(exc)[:200]}")
                where = f" (saved to {save_crash(text, exc)})" if save else ""
                log(f"FAIL on {repr(text)[:200]}: {failures[key][1]}{where}")
    log(f"hypothesis engine: {done} buffers, {state['n']} inputs checked, {len(failures)} distinct failures")
    return list(failures.values())


# -- atheris engine ------------------------------------------------------------------------


def run_atheris(seconds: float, extra: Sequence[str]) -> None:  # pragma: no cover - needs atheris
    """Coverage-guided fuzzing with libFuzzer; never returns (libFuzzer exits the process)."""
    import atheris

    with atheris.instrument_imports(include=["quoteattr"]):
        import quoteattr

    extractor = quoteattr.Extractor()
    work = Path(tempfile.mkdtemp(prefix="quoteattr-fuzz-"))
    corpus = work / "corpus"
    corpus.mkdir()
    for i, path in enumerate(sorted((ROOT / "seeds").glob("*.txt"))):
        for j, para in enumerate(path.read_text(encoding="utf-8").split("\n\n")):
            if para.strip():
                (corpus / f"seed-{i}-{j}").write_bytes(b"\x00" + para.encode("utf-8"))
    dictionary = work / "quoteattr.dict"
    # libFuzzer dictionary: one "\xNN..." entry per fragment, as the UTF-8 decoder (mode 0) reads it.
    entries = ("".join(f"\\x{b:02x}" for b in f.encode("utf-8", "surrogatepass")) for f in FRAGMENTS)
    dictionary.write_text("".join(f'"{e}"\n' for e in entries), encoding="ascii")
    count = [0]

    def one_input(data: bytes) -> None:
        text = text_from_bytes(data)
        count[0] += 1
        try:
            check_text(extractor, text, twice=count[0] % 8 == 0)
        except Exception as exc:
            print(f"FAIL on {repr(text)[:200]}: {type(exc).__name__}: {exc} (saved to {save_crash(text, exc)})")
            raise

    CRASH_DIR.mkdir(exist_ok=True)
    args = [sys.argv[0], f"-max_total_time={int(seconds)}", "-max_len=8192", f"-dict={dictionary}",
            f"-artifact_prefix={CRASH_DIR}/",
            "-print_final_stats=1", *extra, str(corpus)]
    atheris.Setup(args, one_input)
    atheris.Fuzz()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz (default 60)")
    parser.add_argument("--runs", type=int, default=None, help="stop after this many inputs (hypothesis engine)")
    parser.add_argument("--engine", choices=("auto", "atheris", "hypothesis"), default="auto")
    parser.add_argument("--seed", type=int, default=None, help="random seed (hypothesis engine; default: time)")
    parser.add_argument("extra", nargs="*", help="extra libFuzzer flags, after --")
    args = parser.parse_args(argv)
    if args.seconds <= 0:
        parser.error(f"--seconds must be > 0, got {args.seconds}")
    if args.runs is not None and args.runs < 1:
        parser.error(f"--runs must be >= 1, got {args.runs}")
    sys.path.insert(0, str(ROOT))
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
        except ImportError:
            engine = "hypothesis"
        else:
            engine = "atheris" if args.runs is None else "hypothesis"
    if engine == "atheris":
        run_atheris(args.seconds, args.extra)
        return 0  # pragma: no cover - libFuzzer exits first
    import quoteattr

    seed = args.seed if args.seed is not None else int(time.time())
    print(f"hypothesis engine, seed {seed}, up to {args.seconds:g} s" + (f" / {args.runs} inputs" if args.runs else ""))
    failures = run_hypothesis(quoteattr.Extractor(), seconds=args.seconds, runs=args.runs, seed=seed)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
