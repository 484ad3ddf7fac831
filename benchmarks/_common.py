"""Shared helpers for the benchmark scripts: corpora, machine description, memory, timing.

PolNeAR texts are read from the shared evaluation kit at run time and never written into
the repository; the seed articles (in ``seeds/``) are the only texts stored here.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
from pathlib import Path
from typing import Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

SEEDS = ROOT / "seeds"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
POLNEAR_DEV = SHARED_EVAL / "data" / "polnear-dev.jsonl"


def seed_texts() -> list[str]:
    """The five seed articles, in file-name order."""
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def polnear_dev_texts(limit: int | None = None, path: Path = POLNEAR_DEV) -> list[str]:
    """The PolNeAR dev texts (read from the shared kit; never copied into the repository)."""
    if not path.is_file():
        raise SystemExit(f"{path} not found: pass --seeds to benchmark on the seed articles instead")
    texts = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                texts.append(json.loads(line)["text"])
                if limit is not None and len(texts) >= limit:
                    break
    return texts


def corpus(*, seeds: bool, repeat: int, limit: int | None) -> tuple[str, list[str]]:
    """``(description, texts)``: the seed articles repeated, or the PolNeAR dev texts."""
    if seeds:
        texts = seed_texts() * repeat
        return f"seed articles x{repeat} ({len(texts)} docs)", texts[:limit] if limit else texts
    texts = polnear_dev_texts(limit)
    return f"PolNeAR dev ({len(texts)} docs, read from {POLNEAR_DEV.parent})", texts


def default_limit(limit: int | None, *, seeds: bool, dev_default: int = 40) -> int | None:
    """``--limit`` as given (0 = no limit), else 40 PolNeAR dev texts or all the seed copies."""
    if limit is None:
        return None if seeds else dev_default
    return limit or None


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> str:
    """One line describing the machine and the versions the figures were measured with."""
    import spacy

    import quoteattr

    try:
        nlp_meta = quoteattr.load_pipeline().meta
        model = f"{nlp_meta.get('lang')}_{nlp_meta.get('name')} {nlp_meta.get('version')}"
    except Exception as exc:  # pragma: no cover - reported, not fatal
        model = f"? ({exc})"
    return (
        f"{os.cpu_count()} cores ({cpu_model()}), Python {platform.python_version()}, "
        f"spaCy {spacy.__version__}, {model}, quoteattr {quoteattr.__version__}, load avg {load_average()}"
    )


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


# -- memory -----------------------------------------------------------------------------------


def _status_kb(pid: int | str, field: str) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def rss_mb(pid: int | str = "self") -> float | None:
    """Current resident set size (VmRSS) in MB, or ``None`` off Linux."""
    kb = _status_kb(pid, "VmRSS")
    return None if kb is None else kb / 1024


def peak_rss_mb(pid: int | str = "self") -> float | None:
    """Peak resident set size so far (VmHWM) in MB, or ``None`` off Linux."""
    kb = _status_kb(pid, "VmHWM")
    return None if kb is None else kb / 1024


def child_pids(pid: int | None = None) -> list[int]:
    """Live descendants of ``pid`` (default: this process), found through /proc."""
    root = os.getpid() if pid is None else pid
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        for child in parents.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def tree_rss_mb(pids: Iterable[int] | None = None) -> tuple[float, float]:
    """``(rss, peak)`` in MB summed over this process and its live children."""
    ids: list[int | str] = ["self", *(child_pids() if pids is None else pids)]
    rss = sum(rss_mb(p) or 0.0 for p in ids)
    peak = sum(peak_rss_mb(p) or 0.0 for p in ids)
    return rss, peak
