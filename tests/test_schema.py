"""docs/quote.schema.json: current with the attrs classes, and true of real output."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr.io import prediction
from quoteattr.model import Mention, Quote, Speaker
from quoteattr.testing.strategies import quotes as quote_strategy

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a test dependency: pip install jsonschema")

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FILE = ROOT / "docs" / "quote.schema.json"


def _load_generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("quoteattr_gen_schema", ROOT / "scripts" / "gen_schema.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen_schema = _load_generator()
SCHEMA = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

TEXT = "“We will respond,” Secretary Blinken said. He added that the balloon was civilian."


def full_quote() -> Quote:
    """A quote with every field filled, so every part of the schema is exercised."""
    name = Mention.from_text(TEXT, 29, 36)
    he = Mention.from_text(TEXT, 43, 45)
    return Quote(
        text=TEXT[1:17], start=1, end=17, kind="direct",
        speaker=Speaker(name="Antony Blinken", kind="person", named=True, mention=name, mentions=[name, he]),
        cue=Mention.from_text(TEXT, 37, 41), confidence=0.93, evidence=["quote_marks", "cue_after"],
    )  # fmt: skip


def test_committed_schema_is_generated_from_the_model() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == gen_schema.dumps(gen_schema.generate()), (
        "docs/quote.schema.json is out of date: run python scripts/gen_schema.py"
    )


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_every_model_field_is_in_the_schema() -> None:
    import attrs

    for cls in (quoteattr.Quote, quoteattr.Speaker, quoteattr.Mention):
        props = SCHEMA["$defs"][cls.__name__]["properties"]
        assert list(props) == [f.name for f in attrs.fields(cls)]
        assert all(p.get("description") for p in props.values()), cls.__name__
    assert SCHEMA["$defs"]["QuoteKind"]["enum"] == [k.value for k in quoteattr.QuoteKind]
    assert SCHEMA["$defs"]["SpeakerKind"]["enum"] == [k.value for k in quoteattr.SpeakerKind]


def test_full_record_validates() -> None:
    record = json.loads(json.dumps(prediction("doc-1", [full_quote()])))
    VALIDATOR.validate(record)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("kind",), "quoted"),
        (("start",), -1),
        (("confidence",), 1.5),
        (("speaker", "kind"), "alien"),
        (("speaker", "mention", "end"), "12"),
        (("cue",), "said"),
        (("evidence",), "quote_marks"),
        (("surprise",), 1),
    ],
)
def test_schema_rejects_bad_values(path: tuple[str, ...], value: object) -> None:
    record = prediction("doc-1", [full_quote()])
    bad = copy.deepcopy(record)
    target = bad["quotes"][0]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert not VALIDATOR.is_valid(bad)


def test_schema_rejects_a_missing_field() -> None:
    record = prediction("doc-1", [full_quote()])
    del record["quotes"][0]["speaker"]
    assert not VALIDATOR.is_valid(record)


def test_extractor_output_on_the_seeds_validates(extractor: quoteattr.Extractor, seed_gold: list[dict]) -> None:
    texts = [doc["text"] for doc in seed_gold]
    for doc, quotes in zip(seed_gold, extractor.pipe(texts)):
        record = json.loads(json.dumps(prediction(doc["id"], quotes), ensure_ascii=False))
        errors = sorted(VALIDATOR.iter_errors(record), key=str)
        assert not errors, f"{doc['id']}: {errors[0].message} at {list(errors[0].absolute_path)}"


def test_cli_json_output_validates(tmp_path: Path) -> None:
    from quoteattr._cli import main

    out = tmp_path / "out.json"
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    assert main([str(seed), "--format", "json", "-o", str(out)]) == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    assert len(records) == 1
    for record in records:
        VALIDATOR.validate(record)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(quote_strategy(within=TEXT), max_size=4), st.one_of(st.text(max_size=8), st.integers()))
def test_any_quote_serialises_to_a_valid_record(quotes: list[Quote], doc_id: str | int) -> None:
    record = json.loads(json.dumps(prediction(doc_id, quotes)))
    VALIDATOR.validate(record)
