"""quoteattr.render.render_html: escaping, nesting, counts and the speakers table."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr.model import Mention, Quote, Speaker
from quoteattr.render import render_html
from quoteattr.testing.strategies import quotes

VOID = {"br", "meta", "link", "img", "hr", "input"}


class Page(HTMLParser):
    """A strict little DOM walker: checks nesting and collects what the tests look at."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.quote_elems: list[dict[str, str]] = []  # attrs of each quote element
        self.parents: dict[int, set[int]] = {}  # quote index -> indices of enclosing quotes
        self.paragraphs: list[tuple[int, str]] = []  # (data-start, text)
        self.rows: list[tuple[dict[str, str], list[str]]] = []  # speakers table rows
        self.cue_of: list[str] = []
        self.mention_of: list[str] = []
        self.scripts = 0
        self.urls: list[str] = []
        self._para: list[str] | None = None
        self._cells: list[str] | None = None
        self.feed(source)
        self.close()
        assert not self.stack, f"unclosed elements: {self.stack}"

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k: v or "" for k, v in attrs_list}
        self.urls += [attrs[k] for k in ("src", "href") if k in attrs]
        if tag == "script":
            self.scripts += 1
        if "data-quote-index" in attrs and tag == "mark":
            i = int(attrs["data-quote-index"])
            self.quote_elems.append(attrs)
            enclosing = {int(a["data-quote-index"]) for _, a in self.stack if "data-quote-index" in a}
            self.parents.setdefault(i, set()).update(enclosing - {i})
        if "data-cue-of" in attrs:
            self.cue_of.append(attrs["data-cue-of"])
        if "data-mention-of" in attrs:
            self.mention_of.append(attrs["data-mention-of"])
        if tag == "p" and "data-start" in attrs:
            self._para = []
        if tag == "tr" and "speaker" in attrs.get("class", ""):
            self._cells = []
            self.rows.append((attrs, self._cells))
        if tag == "td" and self._cells is not None:
            self._cells.append("")
        if tag not in VOID:
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        open_tag, attrs = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        if tag == "p" and "data-start" in attrs and self._para is not None:
            self.paragraphs.append((int(attrs["data-start"]), "".join(self._para)))
            self._para = None
        if tag == "tr":
            self._cells = None

    def handle_data(self, data: str) -> None:
        if self._para is not None:
            self._para.append(data)
        if self._cells:
            self._cells[-1] += data

    @property
    def quote_indices(self) -> set[int]:
        return {int(a["data-quote-index"]) for a in self.quote_elems}


def mention(text: str, needle: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Mention.from_text(text, start, start + len(needle))


def quote(text: str, needle: str, kind: str, who: str | None = None, cue: str | None = None,
          **kw: object) -> Quote:  # fmt: skip
    m = mention(text, needle)
    spk = None if who is None else Speaker(name=who, kind="person", named=True, mention=mention(text, who))
    return Quote(text=m.text, start=m.start, end=m.end, kind=kind, speaker=spk,
                 cue=None if cue is None else mention(text, cue), **kw)  # fmt: skip


def gold_quotes(doc: dict) -> list[Quote]:
    """Quote objects from a gold document of seeds/gold.jsonl."""
    out = []
    for g in doc["quotes"]:
        men = g.get("speaker_mention")
        spk = None
        if g["speaker"] is not None or men is not None:
            spk = Speaker(
                name=g["speaker"],
                named=bool(g.get("speaker_named")),
                mention=None if men is None else Mention.from_dict(men),
            )
        cue = None if g.get("cue") is None else Mention.from_dict(g["cue"])
        out.append(Quote(text=g["text"], start=g["start"], end=g["end"], kind=g["kind"], speaker=spk, cue=cue))
    return out


def check_text_kept(page: Page, text: str) -> None:
    """Every paragraph shows exactly its slice of the input text."""
    assert page.paragraphs
    for (start, shown), (_, following) in zip(page.paragraphs, page.paragraphs[1:] + [(len(text), "")]):
        assert text[start : start + len(shown)] == shown
    shown_all = "".join(shown for _, shown in page.paragraphs)
    assert re.sub(r"\s+", "", shown_all) == re.sub(r"\s+", "", text)


TEXT = "“We will respond,” Blinken said. Officials said that it was civilian."


def test_one_element_group_per_quote_and_text_kept() -> None:
    qs = [
        quote(TEXT, "We will respond,", "direct", "Blinken", "said"),
        quote(TEXT, "it was civilian.", "indirect", None, "said that"),
    ]
    page = Page(render_html(TEXT, qs))
    assert page.quote_indices == {0, 1}
    assert len(page.quote_elems) == 2
    assert {a["data-kind"] for a in page.quote_elems} == {"direct", "indirect"}
    check_text_kept(page, TEXT)
    assert "0" in page.cue_of and "1" in page.cue_of
    assert page.mention_of == ["0"]


def test_everything_is_escaped() -> None:
    text = 'Tom & Jerry said <b>“</script><script>alert(1)</script>”</b> loudly.'
    start = text.index("</script>")
    end = text.index("”")
    bad = '"><img src=x onerror=alert(1)> </script>'
    spk = Speaker(name=bad, kind="person", named=True, mention=Mention.from_text(text, 0, 11))
    q = Quote(text=text[start:end], start=start, end=end, kind="direct", speaker=spk,
              cue=Mention.from_text(text, 12, 16), evidence=["</script>"])  # fmt: skip
    out = render_html(text, [q], title="<title> & co")
    page = Page(out)
    assert page.scripts == 2  # the quote data and the page script, nothing injected
    assert "<img" not in out and "<b>“" not in out
    assert "&lt;title&gt; &amp; co" in out
    assert "Tom &amp; Jerry" in out
    check_text_kept(page, text)
    data = re.search(r'<script type="application/json" id="quote-data">(.*?)</script>', out, re.S)
    assert data is not None
    assert json.loads(data.group(1))[0]["speaker"] == bad
    assert json.loads(data.group(1))[0]["evidence"] == ["</script>"]


def test_nested_quotes_are_nested_elements() -> None:
    text = "Blinken said that China “must explain itself” and said he would go. Fine."
    outer = quote(text, "China “must explain itself” and said he would go", "mixed", "Blinken", "said")
    inner = quote(text, "must explain itself", "direct", "Blinken")
    page = Page(render_html(text, [outer, inner]))
    assert page.quote_indices == {0, 1}
    assert page.parents[1] == {0}
    assert page.parents[0] == set()
    (outer_el,) = [a for a in page.quote_elems if a["data-quote-index"] == "0"]
    assert "padding-bottom" in outer_el.get("style", "")  # room for the inner underline
    check_text_kept(page, text)


def test_overlapping_quotes_are_split_and_well_formed() -> None:
    text = "one two three four five six seven"
    a = Quote(text=text[0:13], start=0, end=13, kind="indirect")
    b = Quote(text=text[8:23], start=8, end=23, kind="indirect")
    page = Page(render_html(text, [a, b]))  # Page asserts the nesting is well formed
    assert page.quote_indices == {0, 1}
    assert sum(e["data-quote-index"] == "1" for e in page.quote_elems) == 2
    check_text_kept(page, text)


def test_quote_across_paragraphs_and_line_breaks() -> None:
    text = "“First part.\n\nSecond part,” she said.\nNext line."
    q = Quote(text=text[1:26], start=1, end=26, kind="direct")
    out = render_html(text, [q])
    page = Page(out)
    assert len(page.paragraphs) == 2
    assert page.quote_indices == {0}
    assert len(page.quote_elems) == 2
    assert "said.<br>" in out
    check_text_kept(page, text)


def test_empty_and_whitespace_quotes_still_have_an_element() -> None:
    text = "He said: \n\n \nOK."
    qs = [Quote(text="", start=3, end=3, kind="indirect"), Quote(text=text[9:12], start=9, end=12, kind="direct")]
    page = Page(render_html(text, qs))
    assert page.quote_indices == {0, 1}
    assert all("q-empty" in e["class"] for e in page.quote_elems if e["data-quote-index"] == "1")


def test_speakers_table_and_stats() -> None:
    text = "A said x. B said y. A said z. Someone said w."
    qs = [
        quote(text, "x", "indirect", "A", "said"),
        quote(text, "y", "direct", "B"),
        Quote(text="z", start=text.index("z"), end=text.index("z") + 1, kind="mixed",
              speaker=Speaker(name="A", named=True)),  # fmt: skip
        Quote(text="w", start=text.index("w"), end=text.index("w") + 1, kind="indirect"),
    ]
    out = render_html(text, qs)
    page = Page(out)
    names = [cells[1] for _, cells in page.rows]
    assert names[0].startswith("A") and names[1].startswith("B") and names[2].startswith("no speaker")
    assert [cells[2:] for _, cells in page.rows] == [["2", "0", "1", "1"], ["1", "1", "0", "0"], ["1", "0", "1", "0"]]
    stats = re.sub(r"<[^>]+>", "", re.search(r'<div class="stats">(.*?)</div>', out).group(1))
    assert "4 quotes" in stats and "1 direct" in stats and "2 indirect" in stats and "1 mixed" in stats
    assert "2 speakers" in stats
    # each speaker's quotes carry its colour class
    sp = {a["data-quote-index"]: a["data-speaker-index"] for a in page.quote_elems}
    assert sp["0"] == sp["2"] == "0" and sp["1"] == "1" and sp["3"] == "2"


def test_many_speakers_get_distinct_colours() -> None:
    words = [f"w{i}" for i in range(20)]
    text = " ".join(words)
    qs = []
    for i, w in enumerate(words):
        s = text.index(w + " ") if i < 19 else text.rindex(w)
        qs.append(Quote(text=w, start=s, end=s + len(w), kind="direct", speaker=Speaker(name=f"S{i}")))
    out = render_html(text, qs)
    colours = re.findall(r"\.sp-\d+\{--c:(#[0-9a-f]{6})", out)
    assert len(colours) == 20 == len(set(colours))


def test_hover_text_names_speaker_kind_confidence() -> None:
    qs = [quote(TEXT, "We will respond,", "direct", "Blinken", "said", confidence=0.875)]
    (el,) = Page(render_html(TEXT, qs)).quote_elems
    assert el["title"] == "Blinken · direct quote · confidence 0.88 · cue “said”"


def test_standalone_page() -> None:
    out = render_html(TEXT, [quote(TEXT, "We will respond,", "direct", "Blinken")])
    page = Page(out)
    assert page.urls == ["data:,"]
    assert out.startswith("<!DOCTYPE html>")


def test_no_quotes() -> None:
    page = Page(render_html("Nothing to see here.", []))
    assert page.quote_indices == set()
    assert page.rows == []


@pytest.mark.parametrize(
    ("bad", "error", "match"),
    [
        (Quote(text="x", start=100, end=101, kind="direct"), ValueError, r"only 5 characters"),
        (Quote(text="xyz", start=0, end=3, kind="direct"), ValueError, r"does not match"),
        ("not a quote", TypeError, r"quotes\[0\] is a str"),
    ],
)
def test_bad_quotes_are_named(bad: object, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        render_html("Hello", [bad])  # type: ignore[list-item]


def test_bad_input_type() -> None:
    with pytest.raises(TypeError, match="got int"):
        render_html(42)  # type: ignore[arg-type]


def test_gold_quotes_of_every_seed(seed_gold: list[dict]) -> None:
    for doc in seed_gold:
        qs = gold_quotes(doc)
        page = Page(render_html(doc["text"], qs))
        assert page.quote_indices == set(range(len(qs))), doc["id"]
        assert len(page.rows) == len(quoteattr.summarize_speakers(qs))
        check_text_kept(page, doc["text"])
    # seed 002 holds nested reports: five quote elements sit inside another one
    nested = Page(render_html(seed_gold[2]["text"], gold_quotes(seed_gold[2])))
    assert sum(bool(p) for p in nested.parents.values()) == 5


def test_real_extractor_on_a_seed(extractor: quoteattr.Extractor, seed_gold: list[dict]) -> None:
    text = seed_gold[3]["text"]
    qs = extractor.extract(text)
    page = Page(render_html(text, qs, title="Seed 003"))
    assert page.quote_indices == set(range(len(qs)))
    check_text_kept(page, text)


def test_doc_input_extracts_from_the_doc(nlp, seed_gold: list[dict]) -> None:  # type: ignore[no-untyped-def]
    from quoteattr.engine import quotes_from_doc

    doc = nlp(seed_gold[0]["text"])
    page = Page(render_html(doc))
    assert page.quote_indices == set(range(len(quotes_from_doc(doc))))
    check_text_kept(page, doc.text)
    first = quotes_from_doc(doc)[0].start
    assert html.escape(doc.text[:first].strip()) in render_html(doc)  # the text before the first quote, as is


PARAGRAPHS = "“A plan,” he said.\n\nShe said that B & <c> hold.\nThen “D.”\n\n \n\nEnd — “E”."


@settings(max_examples=80, deadline=None)
@given(st.lists(quotes(within=PARAGRAPHS), max_size=6))
def test_any_quotes_render_to_well_formed_html(qs: list[Quote]) -> None:
    page = Page(render_html(PARAGRAPHS, qs))  # asserts that every element is closed in order
    assert page.quote_indices == set(range(len(qs)))
    check_text_kept(page, PARAGRAPHS)
    for i, q in enumerate(qs):  # an element only sits inside quotes that share its characters
        assert page.parents.get(i, set()) <= {j for j, o in enumerate(qs) if o.start < q.end and q.start < o.end}


def test_doc_processed_by_the_component_shows_its_quotes(nlp, seed_gold: list[dict]) -> None:  # type: ignore[no-untyped-def]
    import copy

    from quoteattr.component import ATTRS_KEY

    text = seed_gold[0]["text"]
    pipe = copy.deepcopy(nlp)
    pipe.add_pipe("quoteattr", config={"min_confidence": 0.99})
    doc = pipe(text)
    stored = doc._.quotes
    assert all(q.confidence >= 0.99 for q in stored)
    from quoteattr.engine import quotes_from_doc

    assert len(quotes_from_doc(doc)) > len(stored)  # so the page shows which ones it used
    assert any(ATTRS_KEY in g.attrs for g in doc.spans.values())
    page = Page(render_html(doc))
    assert page.quote_indices == set(range(len(stored)))


def test_long_lines_are_paragraphs_short_lines_are_wrapped() -> None:
    long_line = "Officials said that the balloon was a civilian airship blown off course, " * 2
    per_line = f"{long_line}\n{long_line}\n{long_line}"
    out = render_html(per_line, [])
    assert len(Page(out).paragraphs) == 3 and "<br>" not in out
    wrapped = "He said that the talks\nwould resume soon.\n\nNext paragraph here."
    out = render_html(wrapped, [])
    assert len(Page(out).paragraphs) == 2 and "talks<br>" in out
