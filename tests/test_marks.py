"""Quotation marks → quotation spans (quoteattr.marks); no spaCy pipeline needed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteattr.marks import QUOTE_MARKS, MarkedQuote, find_quotes, quote_mark_chars


def contents(text: str) -> list[str]:
    """The content of each quotation found, in result order."""
    return [text[q.start : q.end] for q in find_quotes(text)]


def check_invariants(text: str, quotes: list[MarkedQuote]) -> None:
    """Properties every result must have, whatever the input."""
    assert quotes == sorted(quotes, key=lambda q: (q.open_start, -q.close_end))
    containers: list[MarkedQuote] = []
    for q in quotes:
        assert 0 <= q.open_start <= q.start <= q.end <= q.close_end <= len(text)
        assert q.paragraphs >= 1
        assert text[q.start : q.end].strip()  # never blank
        assert text.startswith(q.open_mark, q.open_start) and q.open_mark in QUOTE_MARKS
        if q.closed:
            assert text[q.end : q.close_end] == q.close_mark and q.close_mark in QUOTE_MARKS
        else:
            assert q.end == q.close_end and q.close_mark == ""
        while containers and containers[-1].close_end <= q.open_start:
            containers.pop()
        if containers:  # nested: entirely inside the innermost open container
            assert q.close_end <= containers[-1].close_end
        assert q.depth == len(containers)
        containers.append(q)


# --------------------------------------------------------------------------- styles

STYLES = [
    pytest.param(
        "“This chapter should be closed,” Blinken said.",
        ["This chapter should be closed,"],
        id="curly-double",
    ),
    pytest.param('"I love cats," Burton said.', ["I love cats,"], id="straight-double"),
    pytest.param(
        "Rubio said he was ‘Little Marco’ no more.", ["Little Marco"], id="curly-single-scare-quote"
    ),
    pytest.param(
        "Sanders: Clinton needs to 'get away from it all.'",
        ["get away from it all."],
        id="straight-single-headline",
    ),
    pytest.param(
        "« Nous sommes prêts », a dit le ministre.", [" Nous sommes prêts "], id="guillemets-french"
    ),
    pytest.param("»Wir sind bereit«, sagte der Minister.", ["Wir sind bereit"], id="guillemets-reversed"),
    pytest.param("„Wir sind bereit“, sagte er.", ["Wir sind bereit"], id="low9-german"),
    pytest.param("„Jesteśmy gotowi”, powiedział.", ["Jesteśmy gotowi"], id="low9-polish"),
    pytest.param("‹Prêts›, dit-il.", ["Prêts"], id="single-guillemets"),
    pytest.param(
        "``This isn't tax reform,'' said the economist.", ["This isn't tax reform,"], id="tex-backticks"
    ),
    pytest.param(
        "''This isn't tax reform,'' said the economist. ''It's anti-reform.''",
        ["This isn't tax reform,", "It's anti-reform."],
        id="nyt-two-apostrophes",
    ),
    pytest.param(
        "“Ultimately, there is no substitute,” Blinken said. “This is especially true in China.”",
        ["Ultimately, there is no substitute,", "This is especially true in China."],
        id="split-by-attribution",
    ),
    pytest.param(
        "Republicans said it would be “absolutely irresponsible” and “not something we throw away.”",
        ["absolutely irresponsible", "not something we throw away."],
        id="fragments",
    ),
    pytest.param("He said “hi”“there”", ["hi", "there"], id="adjacent"),
    pytest.param("(“Not now,” he said.)", ["Not now,"], id="in-brackets"),
    pytest.param("The president said—“We are ready.”", ["We are ready."], id="after-dash"),
]


@pytest.mark.parametrize(("text", "expected"), STYLES)
def test_styles(text: str, expected: list[str]) -> None:
    assert contents(text) == expected
    check_invariants(text, find_quotes(text))


NESTED = [
    pytest.param(
        "“When that group said, ‘We think he would be a good president,’ that ignited something,” he said.",
        [
            ("When that group said, ‘We think he would be a good president,’ that ignited something,", 0),
            ("We think he would be a good president,", 1),
        ],
        id="curly-single-in-double",
    ),
    pytest.param(
        "He said \"I told him 'no way' yesterday,\" she said.",
        [("I told him 'no way' yesterday,", 0), ("no way", 1)],
        id="straight-single-in-double",
    ),
    pytest.param(
        "''Lawmakers keep saying, 'We'll bomb them,''' said Senator McCain.",
        [("Lawmakers keep saying, 'We'll bomb them,'", 0), ("We'll bomb them,", 1)],
        id="nyt-three-apostrophes-close",
    ),
    pytest.param(
        "''' Tis true,' she wrote,'' he said.",
        [("' Tis true,' she wrote,", 0)],
        id="nyt-three-apostrophes-open",
    ),
    pytest.param(
        '"Trump called it "a disaster" on Monday," she said.',
        [('Trump called it "a disaster" on Monday,', 0), ("a disaster", 1)],
        id="straight-double-in-straight-double",
    ),
    pytest.param(
        "« Il a dit “jamais” hier », note-t-il.",
        [(" Il a dit “jamais” hier ", 0), ("jamais", 1)],
        id="double-in-guillemets",
    ),
    pytest.param(
        "“She told me, ‘He said “no” twice,’ and left,” Kelly said.",
        [("She told me, ‘He said “no” twice,’ and left,", 0), ("He said “no” twice,", 1), ("no", 2)],
        id="three-levels",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NESTED)
def test_nested(text: str, expected: list[tuple[str, int]]) -> None:
    quotes = find_quotes(text)
    assert [(text[q.start : q.end], q.depth) for q in quotes] == expected
    check_invariants(text, quotes)


def test_offsets_include_and_exclude_marks() -> None:
    text = "Wang called it “absurd and hysterical” on Saturday."
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "absurd and hysterical"
    assert text[q.open_start : q.close_end] == "“absurd and hysterical”"
    assert (q.open_mark, q.close_mark, q.opened, q.closed, q.depth, q.paragraphs) == (
        "“",
        "”",
        True,
        True,
        0,
        1,
    )


# --------------------------------------------------------------------------- apostrophes

APOSTROPHES = [
    pytest.param(
        "Blinken’s trip was postponed, and he doesn’t plan another.", id="possessive-and-contraction"
    ),
    pytest.param("It’s the Smiths’ house and the Joneses’ car.", id="plural-possessives"),
    pytest.param("the players' union and the Joneses' lawyer", id="straight-plural-possessives"),
    pytest.param("Music of the ’90s, rock ’n’ roll, at five o’clock: let ’em dance.", id="elisions-curly"),
    pytest.param("Music of the '90s, rock 'n' roll, at five o'clock: let 'em dance.", id="elisions-straight"),
    pytest.param(
        "He was born in the ‘60s and ‘em folks knew it, the Smiths’ friend said.",
        id="wrongly-curled-elisions",
    ),
    pytest.param("'Tis the season for the Joneses' party.", id="tis-and-possessive"),
    pytest.param("He is 6’2” tall and weighs 200 lbs.", id="feet-and-inches"),
]


@pytest.mark.parametrize("text", APOSTROPHES)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("He said 'no' to the Joneses' offer.", ["no"], id="quote-then-possessive"),
        pytest.param(
            "“We don’t pull any punches and I certainly didn’t pull any punches,” he said.",
            ["We don’t pull any punches and I certainly didn’t pull any punches,"],
            id="contractions-inside",
        ),
        pytest.param("“‘Tis the season,” he said.", ["‘Tis the season,"], id="elision-inside"),
        pytest.param(
            "“It was ‘great’ for the Smiths’ house,” she said.",
            ["It was ‘great’ for the Smiths’ house,", "great"],
            id="scare-quote-then-possessive",
        ),
        pytest.param("He said “he’s like 6’2”,” and laughed.", ["he’s like 6’2”,"], id="inches-inside-quote"),
    ],
)
def test_apostrophes_next_to_quotes(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_long_single_pair_at_depth_0_needs_a_single_quote_paragraph() -> None:
    # In a paragraph that also uses double quotes, a long span between two single marks at
    # depth 0 is more likely two apostrophes than a quotation.
    mixed = "The critics' case, which he called “weak,” rests on the 'fair share' the Smiths' lawyer cited."
    assert contents(mixed) == ["weak,", "fair share"]
    risky = "It's 'a long way from the old days of the Smiths' house,” he said."
    assert "a long way from the old days of the Smiths" not in contents(risky)
    british = "'We will fight them on the beaches and we shall never surrender,' he said."
    assert contents(british) == ["We will fight them on the beaches and we shall never surrender,"]


# --------------------------------------------------------------------------- unbalanced

SEED_002 = (
    "On Thursday, Biden stated that he would like to speak with Xi about the balloon. He remarked, "
    "“I hope we will figure things out, but I make no apologies for pulling down that balloon.\n"
    "The State Department official claimed that Blinken brought up a potential discussion."
)
SEED_003 = (
    "Blinken stated the Biden administration took necessary action, which says it was an unmanned "
    "civilian blimp that veered off course.” We said what we needed to say and clarify, what we needed "
    "to clarify in terms of making sure it doesn’t happen again, and until it does, this chapter should "
    "be closed,” Blinken said.\n\n“But it’s something we’re very vigilant about,” he added."
)


def test_missing_closing_mark_runs_to_paragraph_end() -> None:
    quotes = find_quotes(SEED_002)
    assert [SEED_002[q.start : q.end] for q in quotes] == [
        "I hope we will figure things out, but I make no apologies for pulling down that balloon."
    ]
    assert quotes[0].closed is False and quotes[0].close_end == quotes[0].end
    assert quotes[0].open_mark == "“" and quotes[0].close_mark == ""


def test_closing_mark_used_as_opener() -> None:
    quotes = find_quotes(SEED_003)
    assert [SEED_003[q.start : q.end] for q in quotes] == [
        "We said what we needed to say and clarify, what we needed to clarify in terms of making sure it "
        "doesn’t happen again, and until it does, this chapter should be closed,",
        "But it’s something we’re very vigilant about,",
    ]
    assert quotes[0].open_mark == "”" and quotes[0].closed


UNBALANCED = [
    pytest.param(
        "He said the plan was bad,” Blinken said. “We will respond,” he added.",
        ["We will respond,"],
        id="stray-closer-dropped",
    ),
    pytest.param(
        "He said “I hope.\nNext, he left. “Fine,” she said.",
        ["I hope.", "Fine,"],
        id="missing-closer-contained",
    ),
    pytest.param(
        "“One of them never closes.\nA new paragraph with “a quote” in it.",
        ["One of them never closes.", "a quote"],
        id="no-leak-into-next-paragraph",
    ),
    pytest.param(
        "He said, “They see that. “\nNext.", ["They see that. "], id="opener-at-paragraph-end-closes"
    ),
    pytest.param("He said, “They see that.“ And left.", ["They see that."], id="left-mark-used-as-closer"),
    pytest.param("He said,“Let’s go,” and left.", ["Let’s go,"], id="opener-without-space"),
    pytest.param("“Let’s go,”he said.", ["Let’s go,"], id="closer-without-space"),
    pytest.param("He said “a “b” c” today.", ["a “b” c", "b"], id="same-glyph-nesting"),
    pytest.param("He said ” stray and left.", [], id="spaced-stray-closer"),
    pytest.param("He said ” stray and “ spaced.", ["spaced."], id="spaced-opener-unclosed"),
    pytest.param("”", [], id="lone-closer"),
    pytest.param("“", [], id="lone-opener"),
    pytest.param("“”", [], id="empty-pair"),
    pytest.param("a “ ” b “\t” c", [], id="blank-pairs"),
    pytest.param("He said “we will go”.” and then “later”", ["we will go", "later"], id="extra-closer"),
]


@pytest.mark.parametrize(("text", "expected"), UNBALANCED)
def test_unbalanced(text: str, expected: list[str]) -> None:
    assert [c.strip() for c in contents(text)] == [e.strip() for e in expected]
    check_invariants(text, find_quotes(text))


def test_unclosed_in_one_paragraph_does_not_swallow_the_document() -> None:
    paragraphs = ["He said “this never closes."] + [f"Paragraph {i} has “quote {i}” here." for i in range(50)]
    text = "\n\n".join(paragraphs)
    assert contents(text) == ["this never closes."] + [f"quote {i}" for i in range(50)]


# --------------------------------------------------------------------------- paragraphs

MULTI = [
    pytest.param(
        "Kirby said: “We will fight.\n\n“We will win,” he said.",
        ["We will fight.\n\n“We will win,"],
        [2],
        id="two-paragraphs",
    ),
    pytest.param(
        "“One.\n\n“Two.\n\n“Three,” he said. Then “four.”",
        ["One.\n\n“Two.\n\n“Three,", "four."],
        [3, 1],
        id="three-paragraphs",
    ),
    pytest.param("“One.\r\n\r\n  “Two” x", ["One.\r\n\r\n  “Two"], [2], id="crlf-and-indent"),
    pytest.param("“One.\r\r“Two.”", ["One.\r\r“Two."], [2], id="cr-only"),
    pytest.param(
        "“One.\n\nHe said.\n\n“Two,” she said.",
        ["One.", "Two,"],
        [1, 1],
        id="not-continued-without-opening-mark",
    ),
    pytest.param("“One.\n\n‘Two,’ she said.", ["One.", "Two,"], [1, 1], id="not-continued-by-another-kind"),
    pytest.param("''It is over.\n\n''We won,'' he said.", ["It is over.\n\n''We won,"], [2], id="nyt-style"),
    pytest.param("“One.\n\n“Two.", ["One.\n\n“Two."], [2], id="continued-and-unclosed"),
]


@pytest.mark.parametrize(("text", "expected", "paragraphs"), MULTI)
def test_multi_paragraph(text: str, expected: list[str], paragraphs: list[int]) -> None:
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == expected
    assert [q.paragraphs for q in quotes] == paragraphs
    check_invariants(text, quotes)


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"])
def test_every_line_break_is_a_paragraph_break(sep: str) -> None:
    text = f"He said “never closed{sep}and “this” is separate."
    assert contents(text) == ["never closed", "this"]


# --------------------------------------------------------------------------- odd input

ODD = [
    pytest.param("“lone \ud800 surrogate”", ["lone \ud800 surrogate"], id="surrogate"),
    pytest.param("\x00“nul\x00 byte”\x00", ["nul\x00 byte"], id="nul"),
    pytest.param("\u200b“zero width”\u200b said he", ["zero width"], id="zero-width-space"),
    pytest.param("He said\xa0“non-breaking”\xa0today", ["non-breaking"], id="nbsp"),
    pytest.param(
        "\u202a”Sorry Sarah, you should have said so!!” posted a reader.",
        ["Sorry Sarah, you should have said so!!"],
        id="bidi-control-before-opener",
    ),
    pytest.param("قال “مرحبا بكم” أمس", ["مرحبا بكم"], id="rtl"),
    pytest.param("“cafe\u0301 au lait”", ["cafe\u0301 au lait"], id="combining"),
    pytest.param("“We won 🎉🇺🇸” she posted 👍", ["We won 🎉🇺🇸"], id="emoji"),
    pytest.param("“\u200f”", [], id="invisible-content"),
]


@pytest.mark.parametrize(("text", "expected"), ODD)
def test_odd_input(text: str, expected: list[str]) -> None:
    assert contents(text) == expected
    check_invariants(text, find_quotes(text))


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="bytes"):
        find_quotes(b"\xe2\x80\x9chi\xe2\x80\x9d")  # type: ignore[arg-type]


def test_deep_nesting_is_capped() -> None:
    text = "x “a ‘b " * 2500 + "c’ d” " * 2500
    quotes = find_quotes(text)
    assert [q.depth for q in quotes] == [0, 1, 2, 3]
    check_invariants(text, quotes)


@pytest.mark.parametrize(
    "text", ["“" * 10_000, "a.” " * 10_000, " 'a" * 10_000, '"' * 10_001, "“a\n" * 10_000]
)
def test_many_unbalanced_marks(text: str) -> None:
    quotes = find_quotes(text)
    assert len(quotes) <= 10_000
    check_invariants(text, quotes)


def test_quote_mark_chars_come_from_the_table() -> None:
    assert quote_mark_chars == frozenset("".join(QUOTE_MARKS))
    assert set("“”„‟\"«»‹›‘’‚‛'`") == quote_mark_chars
    assert all(len(g) in (1, 2) for g in QUOTE_MARKS)


# --------------------------------------------------------------------------- seeds


def test_seed_direct_quotes_are_all_found(seed_gold: list[dict]) -> None:  # type: ignore[type-arg]
    direct = 0
    for doc in seed_gold:
        text = doc["text"]
        found = {text[q.start : q.end].strip() for q in find_quotes(text)}
        for gold in doc["quotes"]:
            if gold["kind"] == "direct":
                direct += 1
                assert gold["text"].strip() in found, (doc["id"], gold["text"])
        check_invariants(text, find_quotes(text))
    assert direct == 22


# --------------------------------------------------------------------------- properties

_MARKS = [*sorted(quote_mark_chars), "''", "``", "'''"]
_any_char = st.one_of(st.characters(exclude_categories=()), st.characters(categories=["Cs"]))
_newsy = st.lists(
    st.one_of(
        st.sampled_from(_MARKS),
        st.sampled_from([" ", "\n", "\n\n", "\r\n", "\r", "\xa0", "\u200b", ".", ",", "—", "(", ")"]),
        st.sampled_from(["a", "said", "s", "90", "n", "em", "Tis", "é", "\u0301", "😀", "مرحبا"]),
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_any_char))
def test_property_arbitrary_unicode(text: str) -> None:
    quotes = find_quotes(text)
    check_invariants(text, quotes)
    assert find_quotes(text) == quotes  # deterministic


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(_newsy)
def test_property_mark_heavy_text(text: str) -> None:
    quotes = find_quotes(text)
    check_invariants(text, quotes)
    assert find_quotes(text) == quotes


@settings(max_examples=200)
@given(_newsy, _newsy)
def test_property_paragraphs_are_independent_without_continuation(first: str, second: str) -> None:
    # A paragraph after a break that does not start with a mark is scanned on its own.
    second = "x " + second.replace("\n", " ").replace("\r", " ")
    text = first + "\n" + second
    offset = len(first) + 1
    alone = [(q.start + offset, q.end + offset, q.depth) for q in find_quotes(second)]
    together = [(q.start, q.end, q.depth) for q in find_quotes(text) if q.open_start >= offset]
    assert together == alone


def test_continuation_needs_a_mark_of_the_same_family() -> None:
    # an excerpt in straight marks, then a paragraph that opens a curly quotation of its own
    text = '"Kevin was snoring.\n\n“Here he is, babe,” she said. “Donald’s here, babe.”'
    assert [text[q.start : q.end] for q in find_quotes(text)] == [
        "Kevin was snoring.",
        "Here he is, babe,",
        "Donald’s here, babe.",
    ]
    # the same family continues, as newspapers write multi-paragraph quotes
    text = "“The first paragraph.\n\n“The second one,” he said."
    (q,) = find_quotes(text)
    assert q.paragraphs == 2 and text[q.start : q.end] == "The first paragraph.\n\n“The second one,"


def test_marks_inside_markup_tags_are_not_quotations() -> None:
    text = 'Trump tweeted.<tweet id="694285" author="@GideonResnick" datetime="2016-07-23">He said “this is fine.”</tweet>'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["this is fine."]
    # a "<" in prose is not a tag
    text = 'He said "a < b" and "c > d".'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["a < b", "c > d"]


def test_a_plural_possessive_inside_a_single_quoted_quotation_is_no_closer():
    text = "'We're getting closer. The unions' demands aren't unreasonable,' she said. The 'Brexit boys' left."
    got = [text[q.start : q.end] for q in find_quotes(text)]
    assert got == ["We're getting closer. The unions' demands aren't unreasonable,", "Brexit boys"]
