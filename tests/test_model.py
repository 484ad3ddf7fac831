"""The result model: validators, immutability and the JSON round-trip."""

from __future__ import annotations

import json
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr import Mention, Quote, QuoteKind, Span, Speaker, SpeakerKind

TEXT = "“We will respond,” Blinken said."


def blinken_quote() -> Quote:
    speaker = Speaker(
        name="Antony Blinken",
        kind="person",
        named=True,
        mention=Mention.from_text(TEXT, 19, 26),
        mentions=[Mention.from_text(TEXT, 19, 26)],
    )
    return Quote(
        text=TEXT[1:16],
        start=1,
        end=16,
        kind="direct",
        speaker=speaker,
        cue=Mention.from_text(TEXT, 27, 31),
        confidence=0.9,
        evidence=["marks", "cue-after"],
    )


# -- strategies (st.builds with explicit, valid arguments) ------------------------------
@st.composite
def mentions(draw: st.DrawFn) -> Mention:
    start = draw(st.integers(min_value=0, max_value=10_000))
    text = draw(st.text(max_size=30))
    end = draw(st.integers(min_value=start, max_value=start + 200))
    return Mention(text=text, start=start, end=end)


speakers = st.builds(
    Speaker,
    name=st.none() | st.text(max_size=40),
    kind=st.sampled_from(SpeakerKind),
    named=st.booleans(),
    mention=st.none() | mentions(),
    mentions=st.lists(mentions(), max_size=4),
)


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    start = draw(st.integers(min_value=0, max_value=100_000))
    end = draw(st.integers(min_value=start, max_value=start + 5_000))
    return draw(
        st.builds(
            Quote,
            text=st.text(max_size=200),
            start=st.just(start),
            end=st.just(end),
            kind=st.sampled_from(QuoteKind),
            speaker=st.none() | speakers,
            cue=st.none() | mentions(),
            confidence=st.floats(min_value=0.0, max_value=1.0, allow_nan=False),
            evidence=st.lists(st.text(max_size=20), max_size=4),
        )
    )


# -- the prediction format ---------------------------------------------------------------
def test_to_dict_has_the_evaluated_shape() -> None:
    d = blinken_quote().to_dict()
    assert d["text"] == "We will respond"
    assert (d["start"], d["end"], d["kind"]) == (1, 16, "direct")
    assert d["speaker"]["name"] == "Antony Blinken"
    assert d["speaker"]["kind"] == "person"
    assert d["speaker"]["mention"] == {"text": "Blinken", "start": 19, "end": 26}
    assert d["cue"] == {"text": "said", "start": 27, "end": 31}
    assert d["confidence"] == 0.9
    assert isinstance(d["confidence"], float)


def test_to_dict_without_speaker_or_cue() -> None:
    q = Quote(text="it was civilian", start=0, end=15, kind=QuoteKind.INDIRECT)
    d = q.to_dict()
    assert d["speaker"] is None and d["cue"] is None
    assert Quote.from_dict(d) == q


def test_round_trip_through_json_text() -> None:
    q = blinken_quote()
    assert Quote.from_dict(json.loads(json.dumps(q.to_dict()))) == q


def test_from_dict_accepts_minimal_records() -> None:
    q = Quote.from_dict({"text": "x", "start": 3, "end": 4, "kind": "mixed"})
    assert q.kind is QuoteKind.MIXED and q.speaker is None and q.confidence == 1.0 and q.evidence == ()


@given(quotes())
def test_round_trip_property(q: Quote) -> None:
    d = q.to_dict()
    back = Quote.from_dict(json.loads(json.dumps(d)))
    # confidence is rounded to 4 decimals in the JSON form; everything else is exact
    assert attrs.evolve(back, confidence=q.confidence) == q
    assert abs(back.confidence - q.confidence) <= 5e-5
    assert back.to_dict() == d


@given(quotes())
def test_pickle_round_trip(q: Quote) -> None:
    assert pickle.loads(pickle.dumps(q)) == q


# -- enums -------------------------------------------------------------------------------
def test_kinds_are_str_enums() -> None:
    assert [k.value for k in QuoteKind] == ["direct", "indirect", "mixed"]
    assert str(QuoteKind.DIRECT) == "direct"
    assert QuoteKind("direct") is QuoteKind.DIRECT
    assert str(SpeakerKind.GOVERNMENT) == "government"


def test_span_is_mention() -> None:
    assert Span is Mention


# -- validators --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"start": -1}, ValueError, "start must be >= 0"),
        ({"start": 5, "end": 4}, ValueError, "end (4) must be >= start (5)"),
        ({"start": "1"}, TypeError, "start"),
        ({"end": 2.5}, TypeError, "end"),
        ({"kind": "quote"}, ValueError, "quote"),
        ({"kind": None}, ValueError, "None"),
        ({"confidence": 1.5}, ValueError, "confidence must be within [0, 1], got 1.5"),
        ({"confidence": -0.1}, ValueError, "confidence"),
        ({"confidence": float("nan")}, ValueError, "confidence"),
        ({"confidence": "high"}, ValueError, "high"),
        ({"text": None}, TypeError, "text"),
        ({"speaker": "Blinken"}, TypeError, "speaker"),
        ({"cue": (27, 31)}, TypeError, "cue"),
        ({"evidence": [1, 2]}, TypeError, "evidence"),
    ],
)
def test_quote_validators_reject(changes: dict, error: type[Exception], message: str) -> None:
    args = {"text": "We will respond", "start": 1, "end": 16, "kind": "direct"}
    args.update(changes)
    with pytest.raises(error, match=_escape(message)):
        Quote(**args)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ({"text": "x", "start": -3, "end": 1}, ValueError),
        ({"text": "x", "start": 4, "end": 3}, ValueError),
        ({"text": 3, "start": 0, "end": 1}, TypeError),
        ({"text": "x", "start": None, "end": 1}, TypeError),
    ],
)
def test_mention_validators_reject(args: dict, error: type[Exception]) -> None:
    with pytest.raises(error):
        Mention(**args)


def test_speaker_validators_reject() -> None:
    with pytest.raises(ValueError, match="alien"):
        Speaker(name="X", kind="alien")
    with pytest.raises(TypeError):
        Speaker(name=42)
    with pytest.raises(TypeError):
        Speaker(name="X", named="yes")
    with pytest.raises(TypeError):
        Speaker(name="X", mentions=["Blinken"])


def test_validators_run_on_evolve() -> None:
    with pytest.raises(ValueError):
        attrs.evolve(blinken_quote(), confidence=2.0)


def test_empty_span_is_allowed() -> None:
    q = Quote(text="", start=7, end=7, kind="direct")
    assert q.end == q.start


def _escape(message: str) -> str:
    import re

    return re.escape(message)


# -- immutability ------------------------------------------------------------------------
def test_quote_is_frozen_and_slotted() -> None:
    q = blinken_quote()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.start = 3  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.speaker.name = "Someone"  # type: ignore[misc, union-attr]
    assert not hasattr(q, "__dict__")
    assert isinstance(q.evidence, tuple) and isinstance(q.speaker.mentions, tuple)  # type: ignore[union-attr]


def test_quotes_are_hashable_and_comparable() -> None:
    assert blinken_quote() == blinken_quote()
    assert hash(blinken_quote()) == hash(blinken_quote())
    assert len({blinken_quote(), blinken_quote()}) == 1


def test_evolve_makes_changed_copies() -> None:
    q = blinken_quote()
    r = attrs.evolve(q, kind=QuoteKind.MIXED)
    assert r.kind is QuoteKind.MIXED and q.kind is QuoteKind.DIRECT


def test_speaker_name_property() -> None:
    assert blinken_quote().speaker_name == "Antony Blinken"
    assert Quote(text="x", start=0, end=1, kind="direct").speaker_name is None
