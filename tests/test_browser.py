"""render_html in a real browser: headless Chromium counts the quotes, hovers, clicks, screenshots.

Needs a Chromium binary (Debian package ``chromium``; or set QUOTEATTR_CHROMIUM); the tests
are skipped when none is installed.  The browser is driven over the DevTools pipe by
scripts/chromium.py (standard library only).
"""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path

import pytest

import quoteattr
from quoteattr.evaluation import quotes_from_gold
from quoteattr.model import Quote, Speaker
from quoteattr.render import render_html

ROOT = Path(__file__).resolve().parent.parent


def _load_driver():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("quoteattr_chromium", ROOT / "scripts" / "chromium.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


chromium = _load_driver()

COUNT_QUOTES = "new Set([...document.querySelectorAll('mark.q[data-quote-index]')].map(e => e.dataset.quoteIndex)).size"


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    """One headless Chromium for the module."""
    binary = chromium.find_chromium()
    if binary is None:
        pytest.skip("no Chromium binary found: apt-get install chromium, or set QUOTEATTR_CHROMIUM")
    with chromium.Chromium(binary, width=1280, height=900) as b:
        yield b


def open_page(browser, tmp_path: Path, page: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    browser.events.clear()
    browser.open(path.as_uri())
    return browser


gold_quotes = quotes_from_gold


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_seed_article_with_the_extractor(browser, tmp_path: Path, extractor, seed_gold) -> None:  # type: ignore[no-untyped-def]
    doc = seed_gold[3]
    quotes = extractor.extract(doc["text"])
    b = open_page(browser, tmp_path, render_html(doc["text"], quotes, title=doc["id"]))
    assert b.evaluate(COUNT_QUOTES) == len(quotes)
    assert b.evaluate("document.querySelectorAll('tr.speaker').length") == len(
        quoteattr.summarize_speakers(quotes)
    )
    assert b.evaluate("document.querySelector('article').innerText").split() == doc["text"].split()
    assert b.errors() == []
    shot = b.screenshot()
    width, height = png_size(shot)
    assert width == 1280 and height >= 900
    (tmp_path / "seed.png").write_bytes(shot)


def test_gold_page_hover_and_speaker_focus(browser, tmp_path: Path, seed_gold) -> None:  # type: ignore[no-untyped-def]
    doc = seed_gold[2]  # holds nested reports
    quotes = gold_quotes(doc)
    b = open_page(browser, tmp_path, render_html(doc["text"], quotes))
    assert b.evaluate(COUNT_QUOTES) == len(quotes)
    nested = "document.querySelectorAll('mark.q mark.q').length"
    assert b.evaluate(nested) >= 5

    # hover the first direct quote: the tooltip names its speaker and its cue lights up
    i = next(n for n, q in enumerate(quotes) if q.kind is quoteattr.QuoteKind.DIRECT and q.cue)
    rect = b.evaluate(
        f"(() => {{ const el = document.querySelector('mark.q[data-quote-index=\"{i}\"]');"
        "el.scrollIntoView({block: 'center'}); const r = el.getClientRects()[0];"
        "return {x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2}; })()"
    )
    b.mouse_move(rect["x"], rect["y"])
    tip = b.evaluate("(() => { const t = document.getElementById('tip');"
                     "return {shown: getComputedStyle(t).display, text: t.innerText}; })()")  # fmt: skip
    assert tip["shown"] == "block"
    assert quotes[i].speaker_name in tip["text"]
    assert "direct quote" in tip["text"]
    assert b.evaluate(f"document.querySelector('[data-cue-of~=\"{i}\"]').classList.contains('hl')")

    # click the first speaker: only that speaker's quotes stay highlighted
    b.evaluate("document.querySelector('tr.speaker').click()")
    undimmed = b.evaluate(
        "[...document.querySelectorAll('article mark.q:not(.dim)')].map(e => e.dataset.speakerIndex)"
    )
    top = quoteattr.summarize_speakers(quotes)[0]
    assert len(set(undimmed)) == 1 and undimmed
    shown = "new Set([...document.querySelectorAll('article mark.q:not(.dim)')].map(e => e.dataset.quoteIndex)).size"
    assert b.evaluate(shown) == top.count
    b.evaluate("document.querySelector('tr.speaker').click()")
    assert b.evaluate("document.querySelectorAll('mark.q.dim').length") == 0
    assert b.errors() == []


def test_hostile_text_runs_no_script(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = 'He said “<img src=x onerror="document.title=1"><script>document.title=2</script>”.'
    start, end = text.index("“") + 1, text.index("”")
    q = Quote(text=text[start:end], start=start, end=end, kind="direct",
              speaker=Speaker(name="<script>document.title=3</script>"))  # fmt: skip
    b = open_page(browser, tmp_path, render_html(text, [q], title="safe"))
    assert b.evaluate("document.title") == "safe"
    assert b.evaluate("document.querySelectorAll('article img, article script').length") == 0
    assert b.evaluate(COUNT_QUOTES) == 1
    assert b.errors() == []
