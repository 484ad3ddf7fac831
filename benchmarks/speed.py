"""Engine speed: quoteattr's own work as a fraction of the spaCy parse of the same texts.

    python benchmarks/speed.py                 # first 40 PolNeAR dev texts (read from ../shared), 3 runs
    python benchmarks/speed.py --limit 0       # all 84 dev texts
    python benchmarks/speed.py --seeds         # the seed articles repeated (--repeat 10)
    python benchmarks/speed.py --runs 5 --profile 25

Each run parses the corpus once with ``nlp.pipe`` (timed: the parse), then times
``quoteattr.engine.quotes_from_doc`` over those Docs, twice: plainly (the headline total)
and with every function and method of the stage modules (``quoteattr.marks``, ``.cues``,
``.attribution``, ``.speakers``; any that is missing is skipped) wrapped in a timer, which
gives each stage's own time: time inside a stage's functions minus time spent in other
stages they call.  What is left of the instrumented total is reported as ``engine (other)``
(glue in engine.py, building the Quote objects, lexicon look-ups).  Figures are medians over
the runs, all measured in one process, so the ratios compare like with like.  The wrapper
adds a little overhead to the instrumented pass; the headline total comes from the plain pass.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import inspect
import io
import pstats
import sys
import time
from collections import defaultdict
from types import ModuleType
from typing import Any, Callable, Iterator, Sequence

from _common import corpus, default_limit, machine, median

import quoteattr
from quoteattr import engine

STAGES: tuple[str, ...] = ("marks", "cues", "attribution", "speakers")


# -- stage instrumentation ------------------------------------------------------------------


class StageTimer:
    """Wraps the functions of the stage modules to accumulate each stage's own time.

    A call into stage A from stage B counts for A and is subtracted from B; calls within the
    same stage are not re-timed.  Functions imported by name into other ``quoteattr``
    modules (``from .marks import find_quotes``) are replaced there too.
    """

    def __init__(self, stage_names: Sequence[str]) -> None:
        self.modules: dict[str, ModuleType] = {}
        self.missing: list[str] = []
        for name in stage_names:
            try:
                self.modules[name] = importlib.import_module(f"quoteattr.{name}")
            except ImportError as exc:
                self.missing.append(f"{name} ({exc})")
        self.own: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[list[Any]] = []  # [stage, start, child_time]
        self._undo: list[Callable[[], None]] = []
        self.wrapped: dict[str, list[str]] = defaultdict(list)

    # wrapping -----------------------------------------------------------------------------
    def _wrap(self, stage: str, func: Callable[..., Any]) -> Callable[..., Any]:
        stack, own, calls, clock = self._stack, self.own, self.calls, time.perf_counter

        def enter() -> list[Any] | None:
            if stack and stack[-1][0] == stage:
                return None  # already inside this stage: counted by the outer call
            frame = [stage, clock(), 0.0]
            stack.append(frame)
            return frame

        def leave(frame: list[Any] | None) -> None:
            if frame is None:
                return
            elapsed = clock() - frame[1]
            stack.pop()
            own[stage] += elapsed - frame[2]
            calls[stage] += 1
            if stack:
                stack[-1][2] += elapsed

        if inspect.isgeneratorfunction(func):
            # time each step of the generator, where its work actually happens

            def timed_gen(*args: Any, **kwargs: Any) -> Iterator[Any]:
                gen = func(*args, **kwargs)
                while True:
                    frame = enter()
                    try:
                        item = next(gen)
                    except StopIteration as stop:
                        return stop.value
                    finally:
                        leave(frame)
                    yield item

            timed: Callable[..., Any] = timed_gen
        else:

            def timed_call(*args: Any, **kwargs: Any) -> Any:
                frame = enter()
                try:
                    return func(*args, **kwargs)
                finally:
                    leave(frame)

            timed = timed_call

        timed.__wrapped__ = func  # type: ignore[attr-defined]
        timed.__name__ = getattr(func, "__name__", "timed")
        return timed

    def _set(self, owner: Any, attr: str, value: Any) -> None:
        old = owner.__dict__[attr] if isinstance(owner, type) else getattr(owner, attr)
        setattr(owner, attr, value)
        self._undo.append(lambda: setattr(owner, attr, old))

    def __enter__(self) -> StageTimer:
        replaced: dict[int, Callable[..., Any]] = {}
        for stage, mod in self.modules.items():
            modname = mod.__name__
            for attr, obj in list(vars(mod).items()):
                if getattr(obj, "__module__", None) != modname:
                    continue
                if inspect.isclass(obj):
                    self._wrap_class(stage, obj)
                elif inspect.isfunction(obj) or hasattr(obj, "cache_info"):  # plain or lru_cache'd
                    wrapper = self._wrap(stage, obj)
                    replaced[id(obj)] = wrapper
                    self._set(mod, attr, wrapper)
                    self.wrapped[stage].append(attr)
        # functions imported by name into other quoteattr modules (engine, other stages)
        for modname, mod in list(sys.modules.items()):
            if not modname.startswith("quoteattr") or mod is None:
                continue
            for attr, obj in list(vars(mod).items()):
                wrapper = replaced.get(id(obj))
                if wrapper is not None and vars(mod)[attr] is not wrapper:
                    self._set(mod, attr, wrapper)
        return self

    def _wrap_class(self, stage: str, cls: type) -> None:
        for attr, member in list(vars(cls).items()):
            if attr.startswith("__") and attr not in ("__init__", "__call__"):
                continue
            if isinstance(member, (staticmethod, classmethod)):
                kind = type(member)
                self._set(cls, attr, kind(self._wrap(stage, member.__func__)))
            elif inspect.isfunction(member):
                self._set(cls, attr, self._wrap(stage, member))
            else:
                continue
            self.wrapped[stage].append(f"{cls.__name__}.{attr}")

    def __exit__(self, *exc: object) -> None:
        while self._undo:
            self._undo.pop()()

    def reset(self) -> None:
        self.own.clear()
        self.calls.clear()


# -- measurement ----------------------------------------------------------------------------


def _engine_pass(docs: Sequence[Any], options: Any) -> tuple[float, int]:
    quotes = 0
    t = time.perf_counter()
    for doc in docs:
        quotes += len(engine.quotes_from_doc(doc, options=options))
    return time.perf_counter() - t, quotes


def _parse(nlp: Any, texts: Sequence[str], batch_size: int) -> tuple[float, list[Any]]:
    t = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    return time.perf_counter() - t, docs


def run(args: argparse.Namespace) -> dict[str, Any]:
    desc, texts = corpus(seeds=args.seeds, repeat=args.repeat, limit=default_limit(args.limit, seeds=args.seeds))
    nlp = quoteattr.load_pipeline()
    extractor = quoteattr.Extractor(nlp, stances=args.stances)
    options = extractor.options
    timer = StageTimer(args.stages)
    print(f"corpus: {desc}, {sum(map(len, texts)) / 1000:.0f} K characters")
    print(f"pipeline: {nlp.meta['lang']}_{nlp.meta['name']} {nlp.pipe_names}")
    if timer.missing:
        print("stages not timed (module missing): " + ", ".join(timer.missing))
    # warm up: lazy lexicon loading, Matcher construction, first-call caches
    warm = list(nlp.pipe(texts[:3]))
    for doc in warm:
        engine.quotes_from_doc(doc, options=options)

    parse_t: list[float] = []
    plain_t: list[float] = []
    instr_t: list[float] = []
    stage_t: dict[str, list[float]] = defaultdict(list)
    tokens = quotes = 0
    for r in range(args.runs):
        pt, docs = _parse(nlp, texts, args.batch_size)
        tokens = sum(len(d) for d in docs)
        et, quotes = _engine_pass(docs, options)
        timer.reset()
        with timer:
            it, _ = _engine_pass(docs, options)
        parse_t.append(pt)
        plain_t.append(et)
        instr_t.append(it)
        for stage in timer.modules:
            stage_t[stage].append(timer.own.get(stage, 0.0))
        stage_t["engine (other)"].append(it - sum(timer.own.values()))
        print(
            f"  run {r + 1}/{args.runs}: parse {pt:.2f} s ({tokens / pt:,.0f} tokens/s), "
            f"quoteattr {et:.3f} s = {et / pt:.1%} of parse (instrumented {it:.3f} s)"
        )
        if r == 0 and args.profile:
            prof = cProfile.Profile()
            prof.enable()
            _engine_pass(docs, options)
            prof.disable()
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(args.profile)
            profile_text = out.getvalue()
        stale = sum(1 for d in docs if d.user_data or len(d.spans))
        if stale and r == 0:
            print(f"  note: the engine left data on {stale} Docs (user_data/spans); later passes may reuse it")
        del docs

    parse = median(parse_t)
    total = median(plain_t)
    print()
    print(f"median of {args.runs} runs, {len(texts)} docs, {tokens:,} tokens, {quotes} quotes found")
    print(f"{'':<22}{'seconds':>10}{'% of parse':>12}{'ms/doc':>9}{'calls/run':>11}")
    print(f"  {'spaCy parse':<20}{parse:>10.3f}{1:>12.1%}{parse / len(texts) * 1000:>9.2f}")
    print(f"  {'quoteattr total':<20}{total:>10.3f}{total / parse:>12.2%}{total / len(texts) * 1000:>9.2f}")
    for stage, values in stage_t.items():
        v = median(values)
        calls = timer.calls.get(stage, "")
        print(f"    {stage:<18}{v:>10.3f}{v / parse:>12.2%}{v / len(texts) * 1000:>9.2f}{calls:>11}")
    ratios = [e / p for e, p in zip(plain_t, parse_t)]
    print(
        f"  ratio per run: {', '.join(f'{x:.2%}' for x in ratios)} (median {median(ratios):.2%}); "
        f"instrumented total {median(instr_t):.3f} s"
    )
    print(f"machine: {machine()}")
    if args.profile:
        print()
        print(profile_text)
    if args.verbose:
        for stage, names in timer.wrapped.items():
            print(f"{stage}: {', '.join(sorted(set(names)))}")
    return {"parse": parse, "total": total, "stages": {k: median(v) for k, v in stage_t.items()}}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Time quoteattr's own stages against the spaCy parse.")
    ap.add_argument("--seeds", action="store_true", help="use the seed articles repeated instead of PolNeAR dev")
    ap.add_argument("--repeat", type=int, default=10, help="with --seeds: how many copies (default 10)")
    ap.add_argument(
        "--limit", type=int, metavar="N", help="only the first N documents (default: 40 dev texts, all seeds; 0 = all)"
    )
    ap.add_argument("--runs", type=int, default=3, help="parse + engine runs; medians are reported (default 3)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--stances", action="store_true", help="time the engine with stances (Extractor(stances=True))")
    ap.add_argument("--stages", nargs="+", default=list(STAGES), help=f"stage modules (default {' '.join(STAGES)})")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="also print the top N cProfile entries")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the wrapped functions")
    run(ap.parse_args(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
