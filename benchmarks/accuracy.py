"""Accuracy: run the extractor over a gold file and print the scorer's table.

    python benchmarks/accuracy.py                                   # seeds/gold.jsonl
    python benchmarks/accuracy.py --gold ../shared/eval/data/polnear-dev.jsonl --by-kind
    python benchmarks/accuracy.py --gold ../shared/eval/data/polnear-dev.jsonl \
        --errors /tmp/polnear-dev-errors.txt --pred-out /tmp/polnear-dev-pred.jsonl
    python benchmarks/accuracy.py --wrap 72                         # the seeds, hard-wrapped

Scoring is :mod:`quoteattr.evaluation` (same figures as the shared ``eval/score.py``).
``--errors`` writes a readable error analysis: gold quotes missed, predictions that match
nothing, and matched quotes whose speaker mention or name is wrong, each with its context.
Those files quote the documents, so for any gold file outside this repository (PolNeAR is
copyrighted) they must be written outside the repository; the script refuses otherwise.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import json
import sys
import time
from pathlib import Path
from typing import Any, Sequence

from _common import ROOT, SEEDS, machine

from quoteattr import Extractor, load_pipeline
from quoteattr.layout import hard_wrap
from quoteattr.evaluation import (
    DocumentAlignment,
    InputError,
    align_documents,
    format_table,
    predict,
    read_jsonl,
    score_alignments,
)

CONTEXT = 160  # characters of context shown on each side
MAX_SPAN = 700  # longer spans are shown with their middle elided


def _inside_repo(path: Path) -> bool:
    try:
        path.resolve().relative_to(ROOT)
    except ValueError:
        return False
    return True


def _check_output(path: str | None, option: str, gold: Path, *, always: bool = False) -> None:
    if path is None:
        return
    if _inside_repo(Path(path)) and (always or not _inside_repo(gold)):
        raise SystemExit(
            f"{option} {path}: refusing to write document text inside the repository ({ROOT}); "
            "write it elsewhere, e.g. /tmp"
        )


# -- error analysis ---------------------------------------------------------------------------


def _squash(s: str) -> str:
    s = s.replace("\n", " ⏎ ")
    if len(s) > MAX_SPAN:
        s = s[: MAX_SPAN // 2] + " […] " + s[-MAX_SPAN // 2 :]
    return s


def _context(text: str, marks: Sequence[tuple[int, int, str, str]]) -> str:
    """``text`` around the marked spans; each mark is ``(start, end, open, close)``."""
    marks = [m for m in marks if m[0] is not None]
    lo = max(0, min(m[0] for m in marks) - CONTEXT)
    hi = min(len(text), max(m[1] for m in marks) + CONTEXT)
    inserts: list[tuple[int, int, str]] = []
    for start, end, opening, closing in marks:
        inserts.append((start, 1, opening))
        inserts.append((end, 0, closing))
    pieces, pos = [], lo
    for at, _, tag in sorted(inserts):
        pieces.append(_squash(text[pos:at]) if at - pos > 0 else "")
        pieces.append(tag)
        pos = max(pos, at)
    pieces.append(text[pos:hi].replace("\n", " ⏎ "))
    return ("…" if lo > 0 else "") + "".join(pieces) + ("…" if hi < len(text) else "")


def _gold_marks(q: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    marks = [(q["start"], q["end"], "[[", "]]")]
    if q.get("speaker_mention"):
        marks.append((q["speaker_mention"]["start"], q["speaker_mention"]["end"], "{{", "}}"))
    if q.get("cue"):
        marks.append((q["cue"]["start"], q["cue"]["end"], "<<", ">>"))
    return marks


def _pred_marks(q: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    marks = [(q["start"], q["end"], "[[", "]]")]
    spk = q.get("speaker")
    if isinstance(spk, dict) and spk.get("mention"):
        marks.append((spk["mention"]["start"], spk["mention"]["end"], "{{", "}}"))
    if q.get("cue"):
        marks.append((q["cue"]["start"], q["cue"]["end"], "<<", ">>"))
    return marks


def _pred_speaker(q: dict[str, Any]) -> str:
    spk = q.get("speaker")
    if spk is None:
        return "no speaker"
    if isinstance(spk, str):
        return repr(spk)
    m = spk.get("mention")
    return f"name={spk.get('name')!r} mention={m['text'] if m else None!r} kind={spk.get('kind')}"


def _gold_speaker(q: dict[str, Any]) -> str:
    m = q.get("speaker_mention")
    return f"name={q.get('speaker')!r} mention={m['text'] if m else None!r}"


def _why(q: dict[str, Any]) -> str:
    ev = ",".join(q.get("evidence") or ())
    return f"kind={q.get('kind')} conf={q.get('confidence')} evidence={ev}"


def write_errors(
    path: str, alignments: list[DocumentAlignment], gold: dict[str, dict], preds: dict[str, dict]
) -> dict[str, int]:
    """Write the error analysis to ``path``; return the count of each error type."""
    counts = collections.Counter[str]()
    missed_by_cue = collections.Counter[str]()
    missed_by_kind = collections.Counter[str]()
    fp_by_rule = collections.Counter[str]()
    fp_by_cue = collections.Counter[str]()
    wrong_mentions = collections.Counter[str]()
    sections: list[str] = []
    for al in alignments:
        doc_id, text = al.document.id, al.document.text
        gq = gold[doc_id]["quotes"]
        pq = preds.get(doc_id, {"quotes": []})["quotes"]
        lines: list[str] = []
        for gi in al.missed:
            g = gq[gi]
            counts["missed"] += 1
            missed_by_kind[g.get("kind") or "unknown"] += 1
            cue = g.get("cue")
            missed_by_cue[(cue["text"] if cue else "(no cue)").lower()] += 1
            near = [
                pi
                for pi, p in enumerate(al.predictions)
                if p.norm.overlap(al.document.quotes[gi].norm) > 0
            ]
            lines.append(f"MISSED {g.get('kind')} [{g['start']}:{g['end']}] speaker {_gold_speaker(g)}")
            lines.append("   gold: " + _context(text, _gold_marks(g)))
            for pi in near[:2]:
                lines.append(f"   partial prediction ({_why(pq[pi])}): " + _context(text, _pred_marks(pq[pi])))
        for pi in al.false_positives:
            p = pq[pi]
            counts["false_positive"] += 1
            fp_by_rule[(p.get("evidence") or ["?"])[0]] += 1
            fp_by_cue[(p["cue"]["text"] if p.get("cue") else "(no cue)").lower()] += 1
            lines.append(f"FALSE POSITIVE [{p['start']}:{p['end']}] {_why(p)} speaker {_pred_speaker(p)}")
            lines.append("   pred: " + _context(text, _pred_marks(p)))
        for m in al.overlap:
            g, p = gq[m.gold], pq[m.pred]
            bad_mention = m.mention_correct is False
            bad_name = m.name_lenient is False
            if not (bad_mention or bad_name or not m.correct):
                continue
            label = "WRONG MENTION" if bad_mention else "WRONG NAME" if bad_name else "SPEAKER FOR IMPLICIT SOURCE"
            counts[label.lower().replace(" ", "_")] += 1
            if bad_mention:
                spk = p.get("speaker")
                got = spk.get("mention") if isinstance(spk, dict) else None
                wrong_mentions[f"{(got or {}).get('text', '(none)')!s} <- gold {g['speaker_mention']['text']}"] += 1
            lines.append(
                f"{label} [{g['start']}:{g['end']}] gold {_gold_speaker(g)} | pred {_pred_speaker(p)} | {_why(p)}"
            )
            lines.append("   gold: " + _context(text, _gold_marks(g)))
            lines.append("   pred: " + _context(text, _pred_marks(p)))
        if lines:
            sections.append(f"=== {doc_id} ({len(gq)} gold, {len(pq)} predicted)\n" + "\n".join(lines))

    def top(counter: collections.Counter[str], n: int = 25) -> str:
        return "\n".join(f"  {c:5d}  {k}" for k, c in counter.most_common(n)) or "  (none)"

    header = [
        "quoteattr error analysis",
        "marks: [[quote]]  {{speaker mention}}  <<cue>>   ⏎ = newline",
        "",
        "counts: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())),
        "",
        "missed gold quotes by gold kind:\n" + top(missed_by_kind),
        "missed gold quotes by gold cue (top 25):\n" + top(missed_by_cue),
        "false positives by first evidence rule:\n" + top(fp_by_rule),
        "false positives by predicted cue (top 25):\n" + top(fp_by_cue),
        "wrong mentions, predicted <- gold (top 25):\n" + top(wrong_mentions),
        "",
    ]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(header) + "\n" + "\n\n".join(sections) + "\n")
    return dict(counts)


# -- main -------------------------------------------------------------------------------------


def _wrapped(doc: dict[str, Any], width: int) -> dict[str, Any]:
    """A gold document laid out hard-wrapped at ``width``: its paragraphs separated by a blank
    line (one is added after each lone line break, and the gold offsets moved with it), then
    its lines broken one character for one."""
    text = doc["text"]
    lone = [i for i, ch in enumerate(text) if ch == "\n" and text[i - 1 : i] != "\n" and text[i + 1 : i + 2] != "\n"]

    def moved(pos: int) -> int:
        return pos + bisect.bisect_left(lone, pos)

    def move(obj: Any) -> Any:
        if isinstance(obj, dict):
            out = {k: move(v) for k, v in obj.items()}
            if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
                out["start"], out["end"] = moved(obj["start"]), moved(obj["end"])
                if isinstance(obj.get("text"), str):
                    out["text"] = wrapped[out["start"] : out["end"]]
            if isinstance(obj.get("fragments"), list):
                out["fragments"] = [[moved(a), moved(b)] for a, b in obj["fragments"]]
            return out
        if isinstance(obj, list):
            return [move(v) for v in obj]
        return obj

    breaks = set(lone)
    spaced = "".join(ch + ("\n" if i in breaks else "") for i, ch in enumerate(text))
    wrapped = hard_wrap(spaced, width)
    return {**move({k: v for k, v in doc.items() if k != "text"}), "text": wrapped}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Run quoteattr over a gold JSONL file and score it.")
    ap.add_argument("--gold", default=str(SEEDS / "gold.jsonl"), help="gold JSONL (default: seeds/gold.jsonl)")
    ap.add_argument("--by-kind", action="store_true", help="also split the figures by quote kind")
    ap.add_argument("--limit", type=int, metavar="N", help="only the first N gold documents")
    ap.add_argument("--pred-out", metavar="FILE", help="write the predictions (JSONL) here")
    ap.add_argument("--errors", metavar="FILE", help="write an error analysis here (outside the repository)")
    ap.add_argument("--json", metavar="FILE", help="write all figures and timings as JSON here")
    ap.add_argument("--stances", action="store_true", help="also report stances (Extractor(stances=True))")
    ap.add_argument("--wrap", type=int, metavar="WIDTH", help="lay the texts out hard-wrapped at WIDTH first")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--n-process", type=int, default=1)
    args = ap.parse_args(argv)

    gold_path = Path(args.gold)
    _check_output(args.pred_out, "--pred-out", gold_path)
    _check_output(args.errors, "--errors", gold_path, always=True)
    try:
        records = read_jsonl(gold_path)
    except InputError as exc:
        print(f"accuracy.py: error: {exc}", file=sys.stderr)
        return 2
    if args.limit is not None:
        records = records[: args.limit]
    if args.wrap is not None:
        records = [(where, _wrapped(obj, args.wrap)) for where, obj in records]
    gold_docs = [obj for _, obj in records]

    t0 = time.perf_counter()
    extractor = Extractor(load_pipeline(), stances=args.stances)
    t1 = time.perf_counter()
    try:
        preds = list(predict(extractor, records, batch_size=args.batch_size, n_process=args.n_process))
    except InputError as exc:
        print(f"accuracy.py: error: {exc}", file=sys.stderr)
        return 2
    t2 = time.perf_counter()
    alignments = align_documents(records, preds, gold_name=str(gold_path), pred_name="predictions")
    result = score_alignments(alignments)
    t3 = time.perf_counter()

    chars = sum(len(d["text"]) for d in gold_docs)
    print(f"gold: {gold_path} ({len(gold_docs)} documents, {chars / 1000:.1f} K characters)")
    print(format_table(result, by_kind=args.by_kind))
    print()
    print(
        f"time: pipeline load {t1 - t0:.1f} s, extraction (parse + quoteattr) {t2 - t1:.1f} s "
        f"({len(gold_docs) / (t2 - t1):.1f} docs/s, {chars / 1000 / (t2 - t1):.1f} KB/s), scoring {t3 - t2:.2f} s"
    )
    print(f"machine: {machine()}")

    if args.pred_out:
        with open(args.pred_out, "w", encoding="utf-8") as fh:
            for p in preds:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
        print(f"predictions written to {args.pred_out}")
    if args.errors:
        counts = write_errors(
            args.errors, alignments, {d["id"]: d for d in gold_docs}, {p["id"]: p for p in preds}
        )
        print(f"error analysis written to {args.errors}: {counts}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(
                {"gold": str(gold_path), "documents": len(gold_docs), "scores": result,
                 "seconds": {"load": t1 - t0, "extract": t2 - t1, "score": t3 - t2}},
                fh, indent=1, sort_keys=True,
            )
            fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
