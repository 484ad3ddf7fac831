"""Render a seed article with quoteattr and screenshot it in headless Chromium for the docs.

    python scripts/screenshot_seed.py                       # docs/img/seed-article.png
    python scripts/screenshot_seed.py --seed 003 --gold     # the gold quotes instead

The page is written next to the image (``.html``) only with ``--keep-html``.  One quote is
hovered so that the tooltip shows in the picture.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import chromium  # noqa: E402

import quoteattr  # noqa: E402
from quoteattr.evaluation import quotes_from_gold  # noqa: E402
from quoteattr.render import render_html  # noqa: E402


gold_quotes = quotes_from_gold


def main(argv: list[str] | None = None) -> int:
    """Write the screenshot; print what was rendered."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", default="000", help="the seed's number prefix (default 000)")
    ap.add_argument("--gold", action="store_true", help="show the gold quotes, not the extractor's")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=0, help="crop to this height (0: whole page)")
    ap.add_argument("--hover", type=int, default=1, help="index of the quote to hover (-1: none)")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "img" / "seed-article.png")
    ap.add_argument("--keep-html", action="store_true")
    args = ap.parse_args(argv)

    (path,) = sorted((ROOT / "seeds").glob(f"{args.seed}_*.txt"))
    text = path.read_text(encoding="utf-8")
    if args.gold:
        gold = {d["id"]: d for d in map(json.loads, (ROOT / "seeds" / "gold.jsonl").open(encoding="utf-8"))}
        quotes = gold_quotes(gold[path.stem])
    else:
        quotes = quoteattr.extract(text)
    page = render_html(text, quotes, title=f"seeds/{path.name}")
    with tempfile.TemporaryDirectory() as tmp:
        html_path = Path(tmp) / "page.html"
        html_path.write_text(page, encoding="utf-8")
        with chromium.Chromium(width=args.width, height=args.height or 900) as browser:
            browser.open(html_path.as_uri())
            if 0 <= args.hover < len(quotes):
                rect = browser.evaluate(
                    f"(() => {{ const r = document.querySelector('mark.q[data-quote-index=\"{args.hover}\"]')"
                    ".getClientRects()[0]; return {x: r.left + Math.min(r.width / 2, 60), y: r.top + r.height / 2}; })()"
                )
                browser.mouse_move(rect["x"], rect["y"])
            png = browser.screenshot(full_page=not args.height)
            errors = browser.errors()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(png)
    if args.keep_html:
        args.output.with_suffix(".html").write_text(page, encoding="utf-8")
    print(f"{args.output}: {len(quotes)} quotes of {path.name} ({'gold' if args.gold else 'extracted'})")
    for err in errors:
        print("console error:", err, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
