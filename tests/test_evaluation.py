"""quoteattr.evaluation: normalisation, name matching, validation, and agreement with the
shared scorer (../shared/eval/score.py) on perturbed predictions."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import evaluation as ev
from quoteattr.model import Mention, Quote, Speaker

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
SEED_GOLD = [json.loads(line) for line in (ROOT / "seeds" / "gold.jsonl").read_text("utf-8").splitlines() if line.strip()]


def _load_shared_scorer() -> ModuleType | None:
    path = SHARED_EVAL / "score.py"
    if not path.is_file():
        return None
    name = "_shared_eval_score"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file executes
    spec.loader.exec_module(module)
    return module


SHARED = _load_shared_scorer()
needs_shared = pytest.mark.skipif(
    SHARED is None, reason=f"the shared scorer is not available at {SHARED_EVAL / 'score.py'}"
)


def _rounded(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, 3)
    if isinstance(obj, dict):
        return {k: _rounded(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_rounded(v) for v in obj]
    return obj


def assert_same_as_shared(gold: list[dict], pred: list[dict]) -> dict:
    """Both scorers give the same figures (to 3 decimals) and the same table."""
    assert SHARED is not None
    ours = ev.score_documents(gold, pred)
    theirs = SHARED.score_documents(gold, pred)
    assert _rounded(ours) == _rounded(theirs)
    assert ev.format_table(ours, by_kind=True) == SHARED.format_table(theirs, by_kind=True)
    assert ev.format_table(ours) == SHARED.format_table(theirs)
    return ours


# -- normalisation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("that “we will respond,”", "we will respond"),
        ("  “We are not looking for a conflict with China,”  ", "We are not looking for a conflict with China"),
        ("That the balloon was civilian.", "the balloon was civilian"),
        ("‘improve relations between the US and China.’", "improve relations between the US and China"),
        ("«Non.»;", "Non"),
        ("that that it was", "it was"),
        ("that", "that"),  # too short to be a complementizer plus content
        ("thatcher said", "thatcher said"),  # "that" must be followed by whitespace
        ("“”", "“”"),  # nothing would remain: the trimmed span is kept
        ("  ,  ", ","),
    ],
)
def test_normalize_span(text: str, expected: str) -> None:
    span = ev.normalize_span(text, 0, len(text))
    assert text[span.start : span.end] == expected


def test_normalize_span_moves_offsets_inside_a_larger_text() -> None:
    text = "Kirby said that “the channels stay open.” Then he left."
    start = text.index("that")
    end = text.index(" Then")
    span = ev.normalize_span(text, start, end)
    assert text[span.start : span.end] == "the channels stay open"
    assert (span.start, span.end) == (text.index("the channels"), text.index(".”"))


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("Antony Blinken", ("antony", "blinken")),
        ("Mr. Blinken", ("blinken",)),
        ("Secretary of State Antony Blinken", ("of", "state", "antony", "blinken")),
        ("President Joe Biden", ("joe", "biden")),
        ("Former President Donald J. Trump", ("donald", "j", "trump")),
        ("Martin Luther King Jr.", ("martin", "luther", "king")),
        ("José Manuel Barroso", ("jose", "manuel", "barroso")),
        ("Beto O’Rourke", ("beto", "orourke")),
        ("Wang Wenbin", ("wang", "wenbin")),
        ("the White House", ("white", "house")),
        ("Chinese Foreign Ministry", ("chinese", "foreign", "ministry")),
        ("President", ("president",)),  # a lone title is kept
        ("", ()),
        (None, ()),
    ],
)
def test_normalize_name(name: str | None, tokens: tuple[str, ...]) -> None:
    assert ev.normalize_name(name) == tokens


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("Antony Blinken", "Antony Blinken", (True, True)),
        ("Antony Blinken", "antony  BLINKEN", (True, True)),
        ("Antony Blinken", "Secretary Antony Blinken", (True, True)),
        ("Antony Blinken", "Blinken", (False, True)),
        ("Antony Blinken", "Mr. Blinken", (False, True)),
        ("Antony Blinken", "Secretary of State Antony Blinken", (False, True)),
        ("Antony Blinken", "Anthony Blinken", (False, False)),
        ("John Kirby", "Kirby", (False, True)),
        ("John Kirby", "John", (False, False)),  # must end in the same token
        ("Xi Jinping", "Xi", (False, False)),
        ("Joe Biden", "Hunter Biden", (False, False)),
        ("Ned Price", "he", (False, False)),
        ("Chinese Defense Ministry", "the ministry", (False, True)),
        ("Chinese Defense Ministry", "China’s defense ministry", (False, False)),
        ("Antony Blinken", None, (False, False)),
        (None, "Antony Blinken", (False, False)),
    ],
)
def test_names_match(gold: str | None, pred: str | None, expected: tuple[bool, bool]) -> None:
    assert ev.names_match(gold, pred) == expected


# -- validation ----------------------------------------------------------------------------

_DOC = {
    "id": "d1",
    "text": "“We will respond,” Blinken said.",
    "quotes": [
        {
            "start": 1,
            "end": 16,
            "kind": "direct",
            "speaker": "Antony Blinken",
            "speaker_mention": {"start": 19, "end": 26, "text": "Blinken"},
        }
    ],
}


@pytest.mark.parametrize(
    ("gold_edit", "pred", "message"),
    [
        (lambda d: d["quotes"][0].update(text="We will"), [], "differs from the document text"),
        (lambda d: d["quotes"][0].update(kind="quoted"), [], "kind must be one of"),
        (lambda d: d["quotes"][0].update(end=999), [], "not within the document text"),
        (lambda d: d.update(id=""), [], "'id' must be a non-empty string"),
        (lambda d: None, [{"id": "nope", "quotes": []}], "not present in the gold file"),
        (lambda d: None, [{"id": "d1", "quotes": [{"start": "1", "end": 3}]}], "must be integers"),
        (lambda d: None, [{"id": "d1", "quotes": [], }, {"id": "d1", "quotes": []}], "duplicate document id"),
        (lambda d: None, [{"id": "d1", "quotes": [{"start": 1, "end": 3, "speaker": 7}]}], "speaker must be"),
    ],
)
def test_bad_input_raises_input_error(gold_edit: Callable[[dict], None], pred: list, message: str) -> None:
    gold = copy.deepcopy(_DOC)
    gold_edit(gold)
    with pytest.raises(ev.InputError, match=message):
        ev.score_documents([gold], pred)


def test_read_jsonl_reports_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "", "quotes": []}\n\n{"id": \n', encoding="utf-8")
    with pytest.raises(ev.InputError, match=r"bad\.jsonl line 3: invalid JSON"):
        ev.read_jsonl(path)


def test_read_jsonl_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ev.InputError, match="cannot open"):
        ev.read_jsonl(tmp_path / "absent.jsonl")


# -- alignments ----------------------------------------------------------------------------


def test_alignment_lists_misses_and_false_positives() -> None:
    gold = SEED_GOLD[0]
    quotes = gold["quotes"]
    pred = {
        "id": gold["id"],
        "quotes": [
            {"start": quotes[1]["start"], "end": quotes[1]["end"], "speaker": "Kirby"},
            {"start": 0, "end": 10, "speaker": None},
        ],
    }
    (al,) = ev.align_documents([gold], [pred])
    assert al.false_positives == (1,)
    assert al.missed == tuple(i for i in range(len(quotes)) if i != 1)
    (pair,) = al.overlap
    assert (pair.gold, pair.pred) == (1, 0)
    assert pair.name_lenient is True and pair.name_strict is False
    assert pair.mention_correct is False  # a prediction without a mention is wrong
    assert pair.correct is True  # gold has a name: the lenient name decides


def test_score_files_matches_score_documents(tmp_path: Path) -> None:
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("\n".join(json.dumps(d) for d in _drop_quotes(SEED_GOLD)) + "\n", encoding="utf-8")
    gold_path = ROOT / "seeds" / "gold.jsonl"
    assert ev.score_files(gold_path, pred_path) == ev.score_documents(SEED_GOLD, _drop_quotes(SEED_GOLD))


def test_main_writes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "scores.json"
    gold = str(ROOT / "seeds" / "gold.jsonl")
    assert ev.main(["--gold", gold, "--pred", gold, "--json", str(out), "--by-kind"]) == 0
    assert json.loads(out.read_text("utf-8"))["end_to_end"]["f1"] == 1.0
    assert "by gold kind" in capsys.readouterr().out
    assert ev.main(["--gold", gold, "--pred", str(tmp_path / "absent.jsonl")]) == 2


# -- perturbed predictions, compared with the shared scorer --------------------------------

_PRONOUNS = ("he", "she", "they", "it", "we")


def _pronoun_span(text: str) -> dict[str, Any] | None:
    for word in _PRONOUNS:
        i = text.find(f" {word} ")
        if i >= 0:
            return {"start": i + 1, "end": i + 1 + len(word), "text": word}
    return None


def _as_pred(gold_docs: list[dict]) -> list[dict]:
    return [{"id": d["id"], "quotes": copy.deepcopy(d["quotes"])} for d in gold_docs]


def _shift_spans(gold_docs: list[dict]) -> list[dict]:
    out = []
    for d in gold_docs:
        n = len(d["text"])
        qs = []
        for i, q in enumerate(d["quotes"]):
            delta = (-12, -3, 4, 25)[i % 4]
            start = min(max(0, q["start"] + delta), n)
            end = min(max(start, q["end"] + delta * (i % 3 - 1)), n)
            qs.append({"start": start, "end": end, "kind": q["kind"], "speaker": q["speaker"]})
        out.append({"id": d["id"], "quotes": qs})
    return out


def _drop_quotes(gold_docs: list[dict]) -> list[dict]:
    return [{"id": d["id"], "quotes": [q for i, q in enumerate(d["quotes"]) if i % 3 != 1]} for d in gold_docs]


def _wrong_names(gold_docs: list[dict]) -> list[dict]:
    variants = ["Blinken", "Anthony Blinken", "Mr. Kirby", "the ministry", "", None, "Joe Biden"]
    out = []
    for d in gold_docs:
        qs = []
        for i, q in enumerate(d["quotes"]):
            name = variants[i % len(variants)]
            spk: Any = name if i % 2 else {"name": name, "mention": q.get("speaker_mention")}
            qs.append({"start": q["start"], "end": q["end"], "kind": (q["kind"] or "").upper(), "speaker": spk})
        out.append({"id": d["id"], "quotes": qs})
    return out


def _pronoun_mentions(gold_docs: list[dict]) -> list[dict]:
    out = []
    for d in gold_docs:
        pron = _pronoun_span(d["text"])
        qs = []
        for i, q in enumerate(d["quotes"]):
            mention = pron if i % 2 == 0 else q.get("speaker_mention")
            qs.append({"start": q["start"], "end": q["end"], "speaker": {"name": None, "mention": mention}})
        out.append({"id": d["id"], "quotes": qs})
    return out


def _extra_and_missing(gold_docs: list[dict]) -> list[dict]:
    out = []
    for d in gold_docs[1:]:  # the first gold document gets no prediction line
        qs = copy.deepcopy(d["quotes"])
        text = d["text"]
        for start in range(0, len(text) - 40, 400):
            qs.append({"start": start, "end": start + 40, "kind": "indirect", "speaker": None})
        qs.append({"start": 5, "end": 5, "kind": "other"})
        out.append({"id": d["id"], "quotes": qs})
    return out


def _no_speakers(gold_docs: list[dict]) -> list[dict]:
    return [
        {"id": d["id"], "quotes": [{"start": q["start"], "end": q["end"]} for q in d["quotes"]]} for d in gold_docs
    ]


PERTURBATIONS: dict[str, Callable[[list[dict]], list[dict]]] = {
    "identity": _as_pred,
    "shifted_spans": _shift_spans,
    "dropped_quotes": _drop_quotes,
    "wrong_names": _wrong_names,
    "pronoun_mentions": _pronoun_mentions,
    "extra_and_missing": _extra_and_missing,
    "no_speakers": _no_speakers,
}


@needs_shared
@pytest.mark.parametrize("perturb", PERTURBATIONS.values(), ids=PERTURBATIONS.keys())
def test_same_figures_as_shared_scorer_on_seeds(perturb: Callable[[list[dict]], list[dict]]) -> None:
    result = assert_same_as_shared(SEED_GOLD, perturb(SEED_GOLD))
    assert result["quotes"]["gold"] == 81


@needs_shared
def test_seed_gold_against_itself_is_perfect() -> None:
    result = assert_same_as_shared(SEED_GOLD, SEED_GOLD)
    for key in ("exact", "overlap"):
        assert result["detection"][key]["f1"] == 1.0
    assert result["attribution"]["name_strict"]["accuracy"] == 1.0
    assert result["end_to_end"]["f1"] == 1.0


@needs_shared
def test_perturbations_change_the_figures() -> None:
    """The perturbations really exercise the metrics (otherwise agreement proves little)."""
    f = {name: ev.score_documents(SEED_GOLD, p(SEED_GOLD)) for name, p in PERTURBATIONS.items()}
    assert f["shifted_spans"]["detection"]["exact"]["tp"] < f["shifted_spans"]["detection"]["overlap"]["tp"] < 81
    assert f["dropped_quotes"]["detection"]["overlap"]["recall"] < 1.0
    assert f["dropped_quotes"]["detection"]["overlap"]["precision"] == 1.0
    assert 0 < f["wrong_names"]["attribution"]["name_lenient"]["correct"] < 81
    assert f["wrong_names"]["by_kind"]["pred_kind_given"] is True
    assert f["pronoun_mentions"]["attribution"]["mention"]["accuracy"] < 1.0
    assert f["extra_and_missing"]["documents"]["gold_missing_from_pred"] == 1
    assert f["no_speakers"]["end_to_end"]["correct"] == 0


POLNEAR_DEV = SHARED_EVAL / "data" / "polnear-dev.jsonl"


@needs_shared
@pytest.mark.skipif(not POLNEAR_DEV.is_file(), reason=f"{POLNEAR_DEV} is not available")
@pytest.mark.parametrize("perturb", [_as_pred, _shift_spans, _pronoun_mentions], ids=["identity", "shifted", "pronouns"])
def test_same_figures_as_shared_scorer_on_polnear_dev(perturb: Callable[[list[dict]], list[dict]]) -> None:
    gold = [obj for _, obj in ev.read_jsonl(POLNEAR_DEV)]
    assert_same_as_shared(gold, perturb(gold))


# -- random predictions over the seed texts --------------------------------------------------

_NAMES = sorted({q["speaker"] for d in SEED_GOLD for q in d["quotes"] if q["speaker"]}) + [
    "Blinken",
    "Mr. Price",
    "Anthony Blinken",
    "he",
    "",
    "  ",
]


@st.composite
def _spans(draw: st.DrawFn, doc: dict) -> dict[str, Any]:
    n = len(doc["text"])
    if doc["quotes"] and draw(st.booleans()):
        q = draw(st.sampled_from(doc["quotes"]))
        start = min(max(0, q["start"] + draw(st.integers(-30, 30))), n)
        end = min(max(start, q["end"] + draw(st.integers(-30, 30))), n)
    else:
        start = draw(st.integers(0, n))
        end = min(n, start + draw(st.integers(0, 400)))
    return {"start": start, "end": end, "text": doc["text"][start:end]}


@st.composite
def _pred_quotes(draw: st.DrawFn, doc: dict) -> dict[str, Any]:
    q: dict[str, Any] = {k: v for k, v in draw(_spans(doc)).items() if k != "text"}
    kind = draw(st.sampled_from([None, "direct", "Indirect", "mixed", " ", "other", "MISSING"]))
    if kind != "MISSING":
        q["kind"] = kind
    choice = draw(st.integers(0, 4))
    if choice == 1:
        q["speaker"] = draw(st.sampled_from(_NAMES))
    elif choice == 2:
        mention = draw(st.one_of(st.none(), _spans(doc)))
        q["speaker"] = {"name": draw(st.one_of(st.none(), st.sampled_from(_NAMES))), "mention": mention}
    elif choice == 3:
        q["speaker"] = None
        q["speaker_mention"] = draw(_spans(doc))
    return q


@st.composite
def _predictions(draw: st.DrawFn) -> list[dict]:
    docs = draw(st.lists(st.sampled_from(SEED_GOLD), unique_by=lambda d: d["id"], max_size=len(SEED_GOLD)))
    return [{"id": d["id"], "quotes": draw(st.lists(_pred_quotes(d), max_size=25))} for d in docs]


@needs_shared
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pred=_predictions())
def test_random_predictions_score_like_shared_scorer(pred: list[dict]) -> None:
    assert_same_as_shared(SEED_GOLD, pred)


# -- running an extractor --------------------------------------------------------------------


class _GoldReplay:
    """An extractor stand-in whose ``pipe`` returns each seed text's gold quotes as Quotes."""

    def __init__(self, gold_docs: list[dict]) -> None:
        self.by_text = {d["text"]: d["quotes"] for d in gold_docs}

    def pipe(self, texts, *, batch_size: int = 32, n_process: int = 1):  # type: ignore[no-untyped-def]
        for text in texts:
            yield [_to_quote(text, q) for q in self.by_text[text]]


def _to_quote(text: str, q: dict) -> Quote:
    m = q.get("speaker_mention")
    mention = None if m is None else Mention.from_text(text, m["start"], m["end"])
    return Quote(
        text=text[q["start"] : q["end"]],
        start=q["start"],
        end=q["end"],
        kind=q["kind"],
        speaker=Speaker(name=q["speaker"], mention=mention),
    )


def test_evaluate_scores_the_extractor_output() -> None:
    result = ev.evaluate(_GoldReplay(SEED_GOLD), SEED_GOLD)  # type: ignore[arg-type]
    assert result["documents"] == {"gold": 5, "pred": 5, "gold_missing_from_pred": 0}
    assert result["detection"]["exact"]["f1"] == 1.0
    assert result["attribution"]["mention"]["accuracy"] == 1.0
    assert result["end_to_end"]["f1"] == 1.0


def test_evaluate_with_the_real_extractor(extractor: quoteattr.Extractor) -> None:
    preds = list(ev.predict(extractor, SEED_GOLD))
    assert [p["id"] for p in preds] == [d["id"] for d in SEED_GOLD]
    for p, d in zip(preds, SEED_GOLD):
        for q in p["quotes"]:
            assert d["text"][q["start"] : q["end"]] == q["text"]
    result = ev.evaluate(extractor, SEED_GOLD)
    assert result == ev.score_documents(SEED_GOLD, preds)
    assert result["quotes"]["gold"] == 81


def test_quotes_from_gold_round_trips_the_seed_annotations(seed_gold) -> None:
    from quoteattr.evaluation import quotes_from_gold

    for doc in seed_gold:
        quotes = quotes_from_gold(doc)
        assert [(q.start, q.end, q.kind.value) for q in quotes] == [(g["start"], g["end"], g["kind"]) for g in doc["quotes"]]
        assert all(doc["text"][q.start : q.end] == q.text for q in quotes)
        assert [q.speaker.name for q in quotes] == [g["speaker"] for g in doc["quotes"]]
