"""Property-based tests of the real pipeline, driven by quoteattr.testing.strategies.

Properties: offsets always slice the input (quote, speaker mentions, cue); no exception on
arbitrary unicode; the same result on a second run; quotes do not overlap unless nested;
and on generated news the known direct quotes are found with the right speaker.
"""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from quoteattr import Quote, QuoteKind
from quoteattr.cues import is_in
from quoteattr.testing import strategies as qst

#: Moderate example counts: every example runs spaCy.
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Lowest acceptable share of generated quotes found with the right speaker.  Measured with
#: the engine of commit 4b0554d, derandomised: direct 387/398 = 0.972 and all kinds
#: 656/672 = 0.976 on the 200 clean articles the test draws (0.962 / 0.967 on 500); noisy:
#: 261/278 = 0.939 on the 100 the test draws (0.948 all kinds on 500).  Floors sit below.
DIRECT_RECALL_FLOOR = 0.90
ALL_KINDS_RECALL_FLOOR = 0.90
NOISY_RECALL_FLOOR = 0.85

#: Any code point; lone surrogates come from the integer branch (st.characters() rarely draws them).
ANY_UNICODE = st.text(
    st.one_of(st.characters(codec=None, exclude_categories=()), st.integers(0xD800, 0xDFFF).map(chr)), max_size=300
)


def check_offsets(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert isinstance(q, Quote)
        assert 0 <= q.start <= q.end <= len(text), q
        assert text[q.start : q.end] == q.text, q
        spans = [] if q.cue is None else [q.cue]
        if q.speaker is not None:
            spans += [m for m in (q.speaker.mention, *q.speaker.mentions) if m is not None]
        for m in spans:
            assert 0 <= m.start <= m.end <= len(text), (q, m)
            assert text[m.start : m.end] == m.text, (q, m)


def check_no_partial_overlap(quotes: list[Quote]) -> None:
    """Two quotes are disjoint, or one lies inside the other; no span is returned twice."""
    assert len({(q.start, q.end) for q in quotes}) == len(quotes), quotes
    for i, a in enumerate(quotes):
        for b in quotes[i + 1 :]:
            disjoint = a.end <= b.start or b.end <= a.start
            nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
            assert disjoint or nested, (a, b)


def check_order(quotes: list[Quote]) -> None:
    starts = [q.start for q in quotes]
    assert starts == sorted(starts)


# -- offsets and structure -----------------------------------------------------------------


@SETTINGS
@given(qst.news_texts(min_size=1, max_size=6))
def test_offsets_slice_generated_news(extractor, article):
    quotes = extractor.extract(article.text)
    check_offsets(article.text, quotes)
    check_no_partial_overlap(quotes)
    check_order(quotes)


@SETTINGS
@given(qst.news_texts(min_size=1, max_size=5, noise=True))
def test_offsets_slice_noisy_news(extractor, article):
    quotes = extractor.extract(article.text)
    check_offsets(article.text, quotes)
    check_no_partial_overlap(quotes)


@SETTINGS
@given(ANY_UNICODE)
def test_no_exception_on_arbitrary_unicode(extractor, text):
    quotes = extractor.extract(text)
    check_offsets(text, quotes)
    check_no_partial_overlap(quotes)


@SETTINGS
@given(qst.unicode_noise(max_size=60))
def test_no_exception_on_unicode_noise(extractor, text):
    quotes = extractor.extract(text)
    check_offsets(text, quotes)
    check_no_partial_overlap(quotes)


@SETTINGS
@given(st.tuples(qst.unicode_noise(max_size=15), qst.news_texts(min_size=1, max_size=3), qst.unicode_noise(max_size=15)))
def test_no_exception_on_news_wrapped_in_noise(extractor, parts):
    head, article, tail = parts
    text = head + article.text + tail
    check_offsets(text, extractor.extract(text))


@SETTINGS
@given(st.one_of(qst.news_texts(min_size=1, max_size=5).map(lambda a: a.text), ANY_UNICODE))
def test_stances_keep_every_property(stance_extractor, text):
    quotes = stance_extractor.extract(text)
    check_offsets(text, quotes)
    check_no_partial_overlap(quotes)
    check_order(quotes)
    assert stance_extractor.extract(text) == quotes


# -- determinism ---------------------------------------------------------------------------


@settings(SETTINGS, max_examples=25)
@given(st.one_of(qst.news_texts(min_size=1, max_size=5).map(lambda a: a.text), qst.unicode_noise(max_size=40)))
def test_second_run_gives_the_same_result(extractor, text):
    first = extractor.extract(text)
    second = extractor.extract(text)
    assert first == second
    assert [q.to_dict() for q in first] == [q.to_dict() for q in second]


@settings(SETTINGS, max_examples=15)
@given(st.lists(qst.news_texts(min_size=1, max_size=3).map(lambda a: a.text), min_size=1, max_size=5))
def test_pipe_matches_extract(extractor, texts):
    piped = list(extractor.pipe(texts, batch_size=2))
    assert [[q.to_dict() for q in qs] for qs in piped] == [[q.to_dict() for q in extractor.extract(t)] for t in texts]


# -- recall on generated news --------------------------------------------------------------


def _recall(extractor, *, noise: bool, examples: int) -> dict[str, tuple[int, int]]:
    """(found, total) per kind, and for all kinds, over derandomised generated articles."""
    counts = {kind.value: [0, 0] for kind in QuoteKind}

    @settings(max_examples=examples, deadline=None, derandomize=True, database=None,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(qst.news_texts(min_size=1, max_size=6, noise=noise))
    def run(article: qst.GeneratedArticle) -> None:
        predicted = extractor.extract(article.text)
        missed = {id(q) for q in article.missed(predicted, kinds=list(QuoteKind))}
        for q in article.expected:
            counts[q.kind.value][1] += 1
            counts[q.kind.value][0] += id(q) not in missed

    run()
    result = {k: (v[0], v[1]) for k, v in counts.items()}
    result["all"] = (sum(v[0] for v in counts.values()), sum(v[1] for v in counts.values()))
    return result


def test_known_quotes_are_found_with_their_speaker(extractor):
    recall = _recall(extractor, noise=False, examples=200)
    found, total = recall["direct"]
    assert total > 200
    assert found / total >= DIRECT_RECALL_FLOOR, f"direct recall {found}/{total} = {found / total:.3f}; {recall}"
    found, total = recall["all"]
    assert found / total >= ALL_KINDS_RECALL_FLOOR, f"recall {found}/{total} = {found / total:.3f}; {recall}"


def test_known_quotes_are_found_in_noisy_text(extractor):
    recall = _recall(extractor, noise=True, examples=100)
    found, total = recall["all"]
    assert total > 100
    assert found / total >= NOISY_RECALL_FLOOR, f"noisy recall {found}/{total} = {found / total:.3f}; {recall}"


@given(
    st.lists(st.integers(min_value=0, max_value=2**64 - 1), max_size=40),
    st.lists(st.integers(min_value=0, max_value=2**64 - 1), max_size=40),
)
def test_is_in_answers_as_numpy_isin(values, ids):
    col = np.array(values, dtype=np.uint64)
    sorted_ids = np.array(sorted(set(ids)), dtype=np.uint64)
    assert is_in(col, sorted_ids).tolist() == np.isin(col, sorted_ids).tolist()
