"""Hard-wrapped text (e-mail, plain-text wire copy, PDF extractions) gives the quotes of
the same text laid out a paragraph per line; other layouts are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.layout import hard_wrap, soft_breaks, unwrap, unwrapped

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def summary(quotes):
    return [
        (q.start, q.end, q.kind, q.cue and (q.cue.start, q.cue.end), q.speaker and q.speaker.name, q.confidence)
        for q in quotes
    ]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_a_wrapped_article_gives_the_quotes_of_the_article(extractor, path):
    # wrapped text needs a blank line (or an indent, or a short last line) between paragraphs
    text = regex.sub(r"(?<!\n)\n(?!\n)", "\n\n", path.read_text(encoding="utf-8"))
    wrapped = hard_wrap(text)
    assert wrapped != text and len(wrapped) == len(text)
    assert unwrapped(wrapped) == text
    got = extractor.extract(wrapped)
    assert summary(got) == summary(extractor.extract(text))
    assert all(q.text == wrapped[q.start : q.end] for q in got)  # the strings are the wrapped text's
    assert any("\n" in q.text for q in got)


def test_wrapped_quotes_pair_across_lines_and_streams_agree(extractor):
    text = (
        "The Bank of England held rates on Thursday. \u201cWe need to see more evidence that\n"
        "inflation is falling before we can cut,\u201d Governor Andrew Bailey told reporters\n"
        "in London, adding that the committee was \u201cnot there yet\u201d and that it would\n"
        "look again at the figures in March.\n"
        "\n"
        "Economists were divided. \u201cThe Bank is being too cautious,\u201d said Sarah\n"
        "Hewin, head of research at Standard Chartered. \u201cMarkets have already priced\n"
        "in two cuts, and they may well be right about that.\u201d\n"
    )
    quotes = extractor.extract(text)
    got = [(q.text, q.speaker.name) for q in quotes if q.kind.value == "direct"]
    assert got == [
        ("We need to see more evidence that\ninflation is falling before we can cut,", "Andrew Bailey"),
        ("The Bank is being too cautious,", "Sarah Hewin"),
        ("Markets have already priced\nin two cuts, and they may well be right about that.", "Sarah Hewin"),
    ]
    assert list(extractor.pipe([text])) == [quotes]
    # Windows line ends and trailing spaces: the break and its spaces are one space to the
    # parser ("Sarah Hewin" stays one name), and the offsets are the original text's
    for variant in (text.replace("\n", "\r\n"), text.replace("\n", "  \n"), text.replace("\n", " \r\n")):
        got = extractor.extract(variant)
        assert [q.speaker.name for q in got] == [q.speaker.name for q in quotes]
        assert [" ".join(q.text.split()) for q in got] == [" ".join(q.text.split()) for q in quotes]
        assert all(q.text == variant[q.start : q.end] for q in got)
        assert all(q.speaker.mention.text == variant[q.speaker.mention.start : q.speaker.mention.end] for q in got)
        assert list(extractor.pipe([variant])) == [got]


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph per line, however short the paragraphs
        "The minister spoke on Friday.\nShe said the plan would work.\nCritics disagreed.\nThe vote is next week.\n",
        # a list of headlines: every line starts with a capital
        "Trump says he will win Iowa\nClinton leads in new poll\nSanders raises $20 million\nCruz attacks Rubio on immigration\n",
        # a transcript: speaker lines
        "HOST: Welcome back to the program.\nSMITH: Thank you for having me today.\nHOST: Let us start with the economy.\n",
        # one line, or lines of very different lengths
        "He said it would rain.",
        "A very long paragraph line that goes on and on about the events of the day in great detail, " * 3
        + "\nshort\n" + "Another long paragraph that the writer stored on one line as news sites do, " * 3,
    ],
)
def test_text_that_is_not_wrapped_is_left_alone(text):
    assert soft_breaks(text) == [] and unwrapped(text) is text


def test_indented_lines_list_items_and_short_last_lines_start_paragraphs():
    text = (
        "The council said on Monday that it would fight the new law in court and that\n"
        "members had voted to fund the challenge from their own pockets this year.\n"
        "    A spokesman for the police said the buyback would go ahead as planned and\n"
        "that officers were ready to collect the weapons from the end of the month.\n"
        "- The minister is expected to speak on Friday, her office said in a note to\n"
        "reporters that gave no further details of what she would say about it all.\n"
        "It was short.\n"
        "Then the mayor added that the city would support the plan in every way it\n"
        "could.\n"
    )
    lines = text.split("\n")
    ends = [sum(len(s) + 1 for s in lines[: i + 1]) - 1 for i in range(len(lines) - 1)]
    # (a full line that ends a sentence goes on: only the short one ends its paragraph)
    assert soft_breaks(text) == [ends[0], ends[2], ends[4], ends[5], ends[7]]


@given(
    st.lists(st.sampled_from(["said", "the", "Minister", "a", "\u201cwe", "will.\u201d", "in", "of"]), min_size=30, max_size=200),
    st.lists(st.sampled_from(["\n", "\r\n", " \n", "  \r\n", "\n\n", "\t\n"]), min_size=1),
    st.integers(min_value=20, max_value=80),
)
def test_unwrapping_maps_every_character_back(words, seps, width):
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + len(w) >= width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    text = "".join(line + seps[k % len(seps)] for k, line in enumerate(lines)) + cur
    out, original = unwrap(text)
    if original is None:  # (not wrapped, or every break a lone "\n": one character for one)
        assert len(out) == len(text)
        assert all(a == b or (a in "\r\n" and b == " ") for a, b in zip(text, out))
        return
    assert original(0) == 0 and original(len(out)) == len(text)
    for i, ch in enumerate(out):
        assert text[original(i)] == ch or (ch == " " and text[original(i)] in " \t\r\n")
        assert original(i) < original(i + 1)


def test_hard_wrap_breaks_lines_one_character_for_one():
    text = "one two three four five six seven eight nine ten\n\nshort\nx  y " + "z" * 30
    out = hard_wrap(text, width=12)
    assert len(out) == len(text)
    assert all(len(line) <= 12 or " " not in line.strip() for line in out.split("\n"))
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, out))
    with pytest.raises(ValueError):
        hard_wrap(text, width=1)
