"""The public Hypothesis strategies in quoteattr.testing.strategies."""

from __future__ import annotations

import subprocess
import sys

import attrs
import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from quoteattr import Mention, Quote, QuoteKind, Speaker
from quoteattr.testing import strategies as qst

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPEN_MARKS = {"\u201c", '"'}
CLOSE_MARKS = {"\u201d", '"'}


def _slices(text: str, m: Mention | Quote) -> bool:
    return 0 <= m.start <= m.end <= len(text) and text[m.start : m.end] == m.text


# -- news_texts ----------------------------------------------------------------------------


@SETTINGS
@given(qst.news_texts(min_size=1, max_size=8))
def test_news_text_offsets_slice_the_text(article):
    starts = [q.start for q in article.expected]
    assert starts == sorted(starts)
    for q in article.expected:
        assert _slices(article.text, q)
        assert q.text.strip() == q.text and q.text
        assert q.speaker is not None and q.speaker.name and q.speaker.named
        assert q.speaker.mention is not None and _slices(article.text, q.speaker.mention)
        assert q.cue is not None and _slices(article.text, q.cue)
        assert len(q.evidence) == 1 and q.evidence[0] in qst.PATTERNS


@SETTINGS
@given(qst.news_texts(min_size=1, max_size=6, noise=True))
def test_noisy_news_text_offsets_slice_the_text(article):
    assert article.noisy
    for q in article.expected:
        assert _slices(article.text, q)
        assert _slices(article.text, q.speaker.mention)
        assert _slices(article.text, q.cue)


@SETTINGS
@given(qst.news_texts(min_size=1, max_size=6))
def test_quote_kinds_match_their_marks(article):
    open_, close, _ = qst.QUOTE_STYLES[article.style]
    for q in article.expected:
        if q.kind is QuoteKind.DIRECT:
            assert article.text[q.start - 1] == open_
            assert article.text[q.end] == close
            assert open_ not in q.text and close not in q.text
        elif q.kind is QuoteKind.INDIRECT:
            assert open_ not in q.text and close not in q.text
        else:
            assert open_ in q.text and q.text.endswith(close)


@SETTINGS
@given(qst.news_texts(min_size=1, max_size=4, styles=["curly"], headline=False))
def test_curly_style_uses_no_straight_double_quotes(article):
    assert '"' not in article.text
    assert article.style == "curly"


@SETTINGS
@given(qst.news_texts(min_size=2, max_size=4, patterns=["split_quote"]))
def test_split_quotes_share_speaker_and_cue(article):
    direct = article.of_kind(QuoteKind.DIRECT)
    assert len(direct) % 2 == 0 and direct
    for a, b in zip(direct[::2], direct[1::2]):
        assert a.speaker == b.speaker and a.cue == b.cue and a.end < b.start


@SETTINGS
@given(qst.news_texts(min_size=1, max_size=3, patterns=["pronoun_quote"]))
def test_pronoun_quotes_name_the_antecedent(article):
    for q in article.expected:
        assert q.speaker.mention.text in ("he", "she")
        assert q.speaker.name.split()[-1] in article.text[: q.start]


@SETTINGS
@given(qst.news_texts(min_size=3, max_size=6, patterns=["filler"], headline=False))
def test_filler_only_articles_have_no_quotes(article):
    assert article.expected == ()


def test_patterns_restrict_the_output():
    article = find(
        qst.news_texts(min_size=3, max_size=3, patterns=["according_to"]), lambda a: len(a.expected) == 3
    )
    assert {q.evidence for q in article.expected} == {("according_to",)}
    assert all(q.cue.text == "According to" for q in article.expected)


@SETTINGS
@given(st.sampled_from(qst.PATTERNS).flatmap(
    lambda p: st.tuples(st.just(p), qst.news_texts(min_size=1, max_size=1, patterns=[p], headline=False))
))
def test_each_pattern_yields_its_own_quotes(pattern_and_article):
    pattern, article = pattern_and_article
    if pattern == "filler":
        assert article.expected == ()
    else:
        assert article.expected and {q.evidence for q in article.expected} == {(pattern,)}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"min_size": -1},
        {"min_size": 0},
        {"min_size": 3, "max_size": 2},
        {"max_size": 201},
        {"min_size": 1.5},
        {"patterns": ["no_such_pattern"]},
        {"patterns": []},
        {"patterns": "filler"},
        {"styles": ["fancy"]},
        {"headline": "yes"},
        {"noise": 1},
    ],
)
def test_news_texts_rejects_bad_arguments_eagerly(kwargs):
    with pytest.raises(InvalidArgument):
        qst.news_texts(**kwargs)


def test_bad_argument_message_lists_valid_choices():
    with pytest.raises(InvalidArgument, match="split_quote"):
        qst.news_texts(patterns=["nope"])


# -- GeneratedArticle.missed ---------------------------------------------------------------


@SETTINGS
@given(qst.news_texts(min_size=1, max_size=5))
def test_missed_is_empty_for_the_expected_quotes_themselves(article):
    kinds = list(QuoteKind)
    assert article.missed(article.expected, kinds=kinds) == []
    assert article.missed([], kinds=kinds) == list(article.expected)
    assert article.missed([]) == list(article.of_kind(QuoteKind.DIRECT))


def _article_with_one_direct_quote() -> qst.GeneratedArticle:
    return find(
        qst.news_texts(min_size=1, max_size=1, patterns=["quote_then_speaker"]),
        lambda a: len(a.expected) == 1 and a.expected[0].speaker.kind.value == "person",
    )


def test_missed_checks_the_speaker_leniently():
    article = _article_with_one_direct_quote()
    gold = article.expected[0]
    surname = gold.speaker.name.split()[-1]
    titled = attrs.evolve(gold, speaker=Speaker(name=f"Dr. {gold.speaker.name}"))
    by_mention = attrs.evolve(gold, speaker=Speaker(name=None, mention=Mention(text=surname, start=0, end=len(surname))))
    wrong = attrs.evolve(gold, speaker=Speaker(name="Someone Else"))
    nobody = attrs.evolve(gold, speaker=None)
    assert article.missed([titled]) == []
    assert article.missed([by_mention]) == []
    assert article.missed([wrong]) == [gold]
    assert article.missed([nobody]) == [gold]
    assert article.missed([wrong], check_speaker=False) == []


def test_missed_accepts_spans_with_marks_and_trailing_punctuation():
    article = _article_with_one_direct_quote()
    gold = article.expected[0]
    with_marks = attrs.evolve(gold, start=gold.start - 1, end=gold.end + 1, text=article.text[gold.start - 1 : gold.end + 1])
    half = attrs.evolve(gold, end=gold.start + 3, text=article.text[gold.start : gold.start + 3])
    assert article.missed([with_marks]) == []
    assert article.missed([half]) == [gold]


# -- quotes, speakers, mentions ------------------------------------------------------------


@SETTINGS
@given(qst.quotes())
def test_standalone_quotes_are_consistent_and_round_trip(q):
    assert q.end - q.start == len(q.text)
    assert 0.0 <= q.confidence <= 1.0
    assert Quote.from_dict(q.to_dict()) == q
    if q.speaker is not None:
        for m in (q.speaker.mention, *q.speaker.mentions):
            if m is not None:
                assert m.end - m.start == len(m.text)


@SETTINGS
@given(st.data())
def test_quotes_within_a_text_slice_it(data):
    text = data.draw(st.text(min_size=1, max_size=300))
    q = data.draw(qst.quotes(within=text, min_size=1))
    assert _slices(text, q)
    if q.cue is not None:
        assert _slices(text, q.cue)
    if q.speaker is not None:
        for m in (q.speaker.mention, *q.speaker.mentions):
            if m is not None:
                assert _slices(text, m)


@SETTINGS
@given(qst.quotes(kinds=["direct"], min_size=2, max_size=5))
def test_quote_kinds_and_sizes_are_respected(q):
    assert q.kind is QuoteKind.DIRECT
    assert 2 <= len(q.text) <= 5


@SETTINGS
@given(qst.speakers(within="Maria Garcia said so, according to officials."))
def test_speaker_mentions_slice_within(speaker):
    text = "Maria Garcia said so, according to officials."
    assert all(_slices(text, m) for m in speaker.mentions)
    assert speaker.mention is None or speaker.mention in speaker.mentions


@SETTINGS
@given(qst.mentions(min_size=1, max_size=3))
def test_standalone_mentions(m):
    assert 1 <= len(m.text) <= 3 and m.end - m.start == len(m.text)


@pytest.mark.parametrize(
    "factory",
    [
        lambda: qst.quotes(kinds=["quoted"]),
        lambda: qst.quotes(kinds=[]),
        lambda: qst.quotes(kinds="direct"),
        lambda: qst.quotes(min_size=-1),
        lambda: qst.quotes(min_size=5, max_size=4),
        lambda: qst.quotes(within=b"bytes"),
        lambda: qst.quotes(within="abc", min_size=4),
        lambda: qst.mentions(within=3),
        lambda: qst.mentions(max_size="10"),
        lambda: qst.speakers(within=["x"]),
        lambda: qst.unicode_noise(min_size=-2),
        lambda: qst.unicode_noise(max_size=10_001),
    ],
)
def test_other_strategies_reject_bad_arguments(factory):
    with pytest.raises(InvalidArgument):
        factory()


# -- unicode_noise -------------------------------------------------------------------------


@SETTINGS
@given(qst.unicode_noise(min_size=1, max_size=10))
def test_unicode_noise_is_text(text):
    assert isinstance(text, str) and text


@pytest.mark.parametrize(
    "predicate",
    [
        lambda s: any(0xD800 <= ord(c) <= 0xDFFF for c in s),
        lambda s: "\x00" in s,
        lambda s: "\r\n" in s,
        lambda s: "\u200b" in s,
        lambda s: "\u202e" in s,
        lambda s: "\u201c" in s,
    ],
    ids=["surrogate", "nul", "crlf", "zero-width", "rtl-override", "curly-quote"],
)
def test_unicode_noise_reaches_the_hostile_characters(predicate):
    find(qst.unicode_noise(min_size=1), predicate, settings=settings(max_examples=2000, database=None))


def test_register_type_strategies_enables_from_type():
    qst.register_type_strategies()
    quote = find(st.from_type(Quote), lambda q: q.speaker is not None)
    assert isinstance(quote, Quote) and quote.end - quote.start == len(quote.text)
    assert isinstance(find(st.from_type(Mention), lambda m: True), Mention)
    assert isinstance(find(st.from_type(Speaker), lambda s: True), Speaker)


# -- packaging -----------------------------------------------------------------------------


def test_importing_quoteattr_testing_does_not_import_hypothesis():
    code = "import sys, quoteattr, quoteattr.testing; print('hypothesis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
