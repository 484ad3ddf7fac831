"""A standalone HTML view of who said what in one text.

:func:`render_html` turns a text and its quotes into one self-contained page (inline CSS and
JavaScript, no external resources): quotes highlighted by kind, one colour per speaker,
cues underlined, details on hover and a side table of speakers with their quote counts.

Quotes may nest or overlap, so the text is cut at every quote, cue and mention boundary and
rendered as properly nested elements; a quote crossing a paragraph break or an overlapping
quote's edge is split into several elements that share its ``data-quote-index``.
"""

from __future__ import annotations

import bisect
import colorsys
import html
import json
from typing import TYPE_CHECKING, Iterable, Sequence

import regex

from .model import Mention, Quote, QuoteKind
from .speakers_summary import SpeakerSummary, summarize_speakers

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["render_html"]

#: A blank line (possibly holding spaces) separates paragraphs.
_PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*\n\s*")
#: In a text whose lines are paragraphs, any line break does.
_LINE_BREAK = regex.compile(r"\n\s*")
#: Lines longer than this (median) are paragraphs, not hard-wrapped lines.
_WRAP_WIDTH = 100

#: Distinct, readable colours for the most quoted speakers; later ones are generated.
_PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#17becf",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#393b79",
    "#637939",
    "#843c39",
)
#: Quotes whose speaker was not found are grey.
_NO_SPEAKER_COLOUR = "#7f7f7f"

_KIND_LABEL = {
    QuoteKind.DIRECT: "direct quote",
    QuoteKind.INDIRECT: "indirect quote",
    QuoteKind.MIXED: "mixed quote",
}


def render_html(
    text_or_doc: str | Doc,
    quotes: Iterable[Quote] | None = None,
    *,
    title: str | None = None,
) -> str:
    """Return a standalone HTML page that shows the quotes of a text and their speakers.

    Args:
        text_or_doc: The text, or a spaCy ``Doc`` of it (its ``text`` is shown).
        quotes: The quotes to show, with offsets into the text.  ``None`` extracts them:
            with :func:`quoteattr.extract` for a string; for a ``Doc``, the quotes the
            ``quoteattr`` component stored (``doc._.quotes``) or, if it has not run, fresh
            ones with the default options.
        title: The page title; defaults to "Who said what".

    Returns:
        A complete HTML document.  Each quote is drawn by one or more elements with the
        class ``q`` and the attribute ``data-quote-index`` (its position in ``quotes``).

    Raises:
        TypeError: ``text_or_doc`` is neither a string nor a ``Doc``.
        ValueError: A quote's offsets fall outside the text or do not match its ``text``.
    """
    text, doc = _text_of(text_or_doc)
    if quotes is None:
        quotes = _extract(text, doc)
    qs = list(quotes)
    for i, q in enumerate(qs):
        _check_quote(i, q, text)
    summaries = summarize_speakers(qs)
    speaker_index = {s.name: k for k, s in enumerate(summaries)}
    colours = [_speaker_colour(k, s) for k, s in enumerate(summaries)]
    q_speaker = [speaker_index[q.speaker_name] for q in qs]
    body = _Body(text, qs, q_speaker).render()
    page_title = "Who said what" if title is None else title
    return _PAGE.format(
        title=_esc(page_title),
        style=_STYLE + _speaker_css(colours),
        stats=_stats(qs, summaries),
        kinds_legend=_KINDS_LEGEND,
        body=body,
        n_quotes=len(qs),
        speakers=_speakers_table(summaries, colours),
        data=_json_for_script([_quote_data(i, q, q_speaker[i]) for i, q in enumerate(qs)]),
        script=_SCRIPT,
    )


# -- input ------------------------------------------------------------------------------
def _text_of(text_or_doc: object) -> tuple[str, Doc | None]:
    if isinstance(text_or_doc, str):
        return text_or_doc, None
    from spacy.tokens import Doc

    if isinstance(text_or_doc, Doc):
        return text_or_doc.text, text_or_doc
    raise TypeError(f"expected a str or a spaCy Doc, got {type(text_or_doc).__name__}")


def _extract(text: str, doc: Doc | None) -> list[Quote]:
    if doc is None:
        from .extractor import extract

        return extract(text)
    from .component import ATTRS_KEY, get_quotes
    from .engine import quotes_from_doc

    if any(ATTRS_KEY in group.attrs for group in doc.spans.values()):
        return get_quotes(doc)  # the quoteattr component has run: keep its settings
    return quotes_from_doc(doc)


def _check_quote(i: int, q: object, text: str) -> None:
    if not isinstance(q, Quote):
        raise TypeError(f"quotes[{i}] is a {type(q).__name__}, not a Quote")
    if q.end > len(text):
        raise ValueError(
            f"quotes[{i}] spans [{q.start}, {q.end}) but the text has only {len(text)} characters"
        )
    if text[q.start : q.end] != q.text:
        raise ValueError(
            f"quotes[{i}].text {q.text[:40]!r} does not match the text at [{q.start}, {q.end}): "
            f"{text[q.start : q.end][:40]!r}; were the quotes extracted from another text?"
        )


# -- colours ----------------------------------------------------------------------------
def _speaker_colour(k: int, summary: SpeakerSummary) -> str:
    if summary.name is None:
        return _NO_SPEAKER_COLOUR
    if k < len(_PALETTE):
        return _PALETTE[k]
    r, g, b = colorsys.hls_to_rgb((k * 0.381966) % 1.0, 0.42, 0.55)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _speaker_css(colours: Sequence[str]) -> str:
    return "".join(
        f".sp-{k}{{--c:{c};--bg:{_rgba(c, 0.22)};--bg2:{_rgba(c, 0.08)}}}\n"
        for k, c in enumerate(colours)
    )


# -- body -------------------------------------------------------------------------------
def _esc(s: str) -> str:
    return html.escape(s, quote=True)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each paragraph.

    Blank lines always separate paragraphs.  A single line break does too when the lines
    are long (a paragraph per line, as many news texts are stored); in hard-wrapped text it
    stays a line break inside the paragraph.
    """
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    one_per_line = bool(lengths) and lengths[len(lengths) // 2] > _WRAP_WIDTH
    pattern = _LINE_BREAK if one_per_line else _PARAGRAPH_BREAK
    out = []
    pos = 0
    for m in pattern.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if b > a] or [(0, len(text))]


class _Body:
    """Cuts the text into elementary pieces and writes them as nested elements."""

    def __init__(self, text: str, quotes: Sequence[Quote], q_speaker: Sequence[int]) -> None:
        self.text = text
        self.quotes = quotes
        self.q_speaker = q_speaker
        self.paras = _paragraphs(text)
        self.para_starts = [ps for ps, _ in self.paras]
        self.para_ends = [pe for _, pe in self.paras]
        self.height = self._heights()
        # decorations: (start, end, kind, quote index)
        decor: list[tuple[int, int, str, int]] = []
        for i, q in enumerate(quotes):
            if q.cue is not None:
                decor.append((q.cue.start, q.cue.end, "cue", i))
            mention = q.speaker.mention if q.speaker is not None else None
            if mention is not None:
                decor.append((mention.start, mention.end, "mention", i))
        # what touches each paragraph, so that long texts stay linear
        self.q_in: list[list[int]] = [[] for _ in self.paras]
        self.d_in: list[list[tuple[int, int, str, int]]] = [[] for _ in self.paras]
        self.markers: dict[tuple[int, int], list[int]] = {}
        for i, q in enumerate(quotes):
            spread = self._overlapping(q.start, q.end)
            for n in spread:
                self.q_in[n].append(i)
            if not spread:  # no visible character: a thin marker where the quote starts
                n = max(0, bisect.bisect_right(self.para_starts, q.start) - 1)
                ps, pe = self.paras[n]
                self.markers.setdefault((n, min(max(q.start, ps), pe)), []).append(i)
        for d in decor:
            for n in self._overlapping(d[0], d[1]):
                self.d_in[n].append(d)

    def _overlapping(self, start: int, end: int) -> range:
        """Indices of the paragraphs that share at least one character with [start, end)."""
        if start >= end:
            return range(0)
        return range(bisect.bisect_right(self.para_ends, start), bisect.bisect_left(self.para_starts, end))

    def _heights(self) -> list[int]:
        """Nesting height of each quote: 0 when it holds no other quote."""
        qs = self.quotes
        by_start = sorted(range(len(qs)), key=lambda i: (qs[i].start, -qs[i].end, i))
        inner: list[list[int]] = [[] for _ in qs]
        for p, i in enumerate(by_start):
            for k in range(p + 1, len(by_start)):
                j = by_start[k]
                if qs[j].start >= qs[i].end:
                    break
                if qs[j].end <= qs[i].end and (qs[j].start, qs[j].end) != (qs[i].start, qs[i].end):
                    inner[i].append(j)
        height = [0] * len(qs)
        for i in sorted(range(len(qs)), key=lambda i: qs[i].end - qs[i].start):
            height[i] = max((height[j] + 1 for j in inner[i]), default=0)
        return height

    def render(self) -> str:
        return "\n".join(
            f'<p data-start="{ps}">{self._paragraph(n, ps, pe)}</p>'
            for n, (ps, pe) in enumerate(self.paras)
        )

    def _paragraph(self, n: int, ps: int, pe: int) -> str:
        qs, here, decor = self.quotes, self.q_in[n], self.d_in[n]
        cuts = {ps, pe}
        for i in here:
            cuts.update(x for x in (qs[i].start, qs[i].end) if ps < x < pe)
        for s, e, _, _ in decor:
            cuts.update(x for x in (s, e) if ps < x < pe)
        for _, pos in (key for key in self.markers if key[0] == n):
            cuts.add(pos)
        points = sorted(cuts)
        out: list[str] = []
        stack: list[int] = []
        for a, b in zip(points, points[1:]):
            active = sorted(
                (i for i in here if qs[i].start <= a and b <= qs[i].end),
                key=lambda i: (qs[i].start, -qs[i].end, i),
            )
            keep = 0
            while keep < min(len(stack), len(active)) and stack[keep] == active[keep]:
                keep += 1
            out.append("</mark>" * (len(stack) - keep))
            out.extend(self._marker(i) for i in self.markers.get((n, a), ()))
            out.extend(self._open(i) for i in active[keep:])
            stack = active
            out.append(self._leaf(a, b, decor))
        out.append("</mark>" * len(stack))
        out.extend(self._marker(i) for i in self.markers.get((n, pe), ()))
        return "".join(out)

    def _marker(self, i: int) -> str:
        return self._open(i, extra=" q-empty") + "</mark>"

    def _open(self, i: int, *, extra: str = "") -> str:
        q = self.quotes[i]
        k = self.q_speaker[i]
        pad = f' style="padding-bottom:{1 + 4 * self.height[i]}px"' if self.height[i] else ""
        return (
            f'<mark class="q q-{q.kind.value} sp-{k}{extra}" data-quote-index="{i}" '
            f'data-speaker-index="{k}" data-kind="{q.kind.value}" title="{_esc(_hover(q))}"{pad}>'
        )

    def _leaf(self, a: int, b: int, decor: Sequence[tuple[int, int, str, int]]) -> str:
        piece = _esc(self.text[a:b]).replace("\n", "<br>\n")
        cues = [i for s, e, kind, i in decor if kind == "cue" and s <= a and b <= e]
        mentions = [i for s, e, kind, i in decor if kind == "mention" and s <= a and b <= e]
        if mentions:
            k = self.q_speaker[mentions[0]]
            ids = " ".join(map(str, sorted(set(mentions))))
            piece = f'<span class="mention sp-{k}" data-mention-of="{ids}">{piece}</span>'
        if cues:
            k = self.q_speaker[cues[0]]
            ids = " ".join(map(str, sorted(set(cues))))
            piece = f'<span class="cue sp-{k}" data-cue-of="{ids}">{piece}</span>'
        return piece


def _hover(q: Quote) -> str:
    who = q.speaker_name or "no speaker found"
    parts = [who, _KIND_LABEL[q.kind], f"confidence {q.confidence:.2f}"]
    if q.cue is not None:
        parts.append(f"cue “{q.cue.text}”")
    return " · ".join(parts)


def _mention_dict(m: Mention | None) -> dict[str, object] | None:
    return None if m is None else {"text": m.text, "start": m.start, "end": m.end}


def _quote_data(i: int, q: Quote, k: int) -> dict[str, object]:
    spk = q.speaker
    return {
        "index": i,
        "speaker": q.speaker_name,
        "speakerIndex": k,
        "speakerKind": None if spk is None else spk.kind.value,
        "mention": None if spk is None else _mention_dict(spk.mention),
        "kind": q.kind.value,
        "confidence": round(q.confidence, 2),
        "cue": None if q.cue is None else q.cue.text,
        "evidence": list(q.evidence),
    }


def _json_for_script(data: object) -> str:
    """JSON that is safe inside a ``<script>`` element."""
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        s.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


# -- side panels ------------------------------------------------------------------------
def _stats(qs: Sequence[Quote], summaries: Sequence[SpeakerSummary]) -> str:
    by_kind = {k: sum(q.kind is k for q in qs) for k in QuoteKind}
    named = sum(s.name is not None for s in summaries)
    return (
        f'<span class="stat"><b>{len(qs)}</b> quote{"s" if len(qs) != 1 else ""}</span>'
        f'<span class="stat"><b>{by_kind[QuoteKind.DIRECT]}</b> direct</span>'
        f'<span class="stat"><b>{by_kind[QuoteKind.INDIRECT]}</b> indirect</span>'
        f'<span class="stat"><b>{by_kind[QuoteKind.MIXED]}</b> mixed</span>'
        f'<span class="stat"><b>{named}</b> speaker{"s" if named != 1 else ""}</span>'
    )


def _speakers_table(summaries: Sequence[SpeakerSummary], colours: Sequence[str]) -> str:
    if not summaries:
        return '<p class="none">No quotes found.</p>'
    rows = []
    for k, s in enumerate(summaries):
        by_kind = s.count_by_kind()
        name = _esc(s.name) if s.name is not None else "<i>no speaker found</i>"
        unnamed = "" if s.named or s.name is None else ' <span class="tag">unnamed</span>'
        rows.append(
            f'<tr class="speaker sp-{k}" data-speaker-index="{k}" tabindex="0">'
            f'<td><span class="swatch"></span></td>'
            f'<td class="name">{name}{unnamed}<div class="skind">{_esc(s.kind.value)}</div></td>'
            f'<td class="num count">{s.count}</td>'
            f'<td class="num">{by_kind[QuoteKind.DIRECT]}</td>'
            f'<td class="num">{by_kind[QuoteKind.INDIRECT]}</td>'
            f'<td class="num">{by_kind[QuoteKind.MIXED]}</td></tr>'
        )
    return (
        '<table class="speakers"><thead><tr><th></th><th>Speaker</th>'
        '<th class="num" title="all quotes">Quotes</th><th class="num" title="direct">D</th>'
        '<th class="num" title="indirect">I</th><th class="num" title="mixed">M</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
        '<p class="hint">Click a speaker to show only their quotes.</p>'
    )


_KINDS_LEGEND = (
    '<span class="key"><mark class="q q-direct sp-x">direct</mark></span>'
    '<span class="key"><mark class="q q-indirect sp-x">indirect</mark></span>'
    '<span class="key"><mark class="q q-mixed sp-x">mixed</mark></span>'
    '<span class="key"><span class="cue sp-x">cue</span></span>'
    '<span class="key"><span class="mention sp-x">speaker</span></span>'
)

_STYLE = """
:root{--fg:#1d2329;--muted:#5c6670;--line:#e3e6ea;--paper:#fff;--bgpage:#f5f6f8}
*{box-sizing:border-box}
body{margin:0;background:var(--bgpage);color:var(--fg);
 font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header{padding:18px 28px 12px;background:var(--paper);border-bottom:1px solid var(--line)}
.wrap{max-width:1184px;margin:0 auto}
h1{font-size:20px;margin:0 0 6px;font-weight:650}
.stats{color:var(--muted);font-size:14px}
.stat{margin-right:14px}.stat b{color:var(--fg)}
.legend{margin-top:8px;font-size:13px;color:var(--muted)}
.key{margin-right:12px}
.sp-x{--c:#555;--bg:rgba(85,85,85,.2);--bg2:rgba(85,85,85,.07)}
.layout{display:flex;gap:24px;align-items:flex-start;padding:20px 28px;max-width:1240px;margin:0 auto}
article{flex:1 1 640px;min-width:0;background:var(--paper);border:1px solid var(--line);
 border-radius:8px;padding:10px 30px;font:17px/2 Georgia,"Times New Roman",serif;max-width:760px}
article p{margin:14px 0}
aside{flex:0 0 330px;position:sticky;top:12px;background:var(--paper);border:1px solid var(--line);
 border-radius:8px;padding:14px 16px;font-size:14px}
aside h2{font-size:15px;margin:0 0 8px}
@media (max-width:900px){.layout{flex-direction:column}aside{position:static;width:100%}}
mark.q{color:inherit;background:none;border-radius:3px;padding:1px 0;
 -webkit-box-decoration-break:clone;box-decoration-break:clone;transition:background .1s,opacity .1s}
mark.q-direct{background:var(--bg);border-bottom:2px solid var(--c)}
mark.q-indirect{background:var(--bg2);border-bottom:2px dashed var(--c)}
mark.q-mixed{background:repeating-linear-gradient(-45deg,var(--bg) 0 5px,var(--bg2) 5px 10px);
 border-bottom:3px double var(--c)}
mark.q-empty{display:inline-block;width:6px;height:1em;border-left:2px solid var(--c)}
.cue{text-decoration:underline 2px var(--c);text-underline-offset:3px;font-style:italic}
.mention{color:var(--c);font-weight:700}
mark.q.hl{outline:2px solid var(--c);outline-offset:1px}
.cue.hl,.mention.hl{background:var(--bg);border-radius:3px}
article.focus mark.q.dim{background:none;border-bottom-color:transparent}
article.focus .cue.dim{text-decoration-color:transparent}
article.focus .mention.dim{color:inherit;font-weight:inherit}
table.speakers{border-collapse:collapse;width:100%}
.speakers th{font-weight:600;color:var(--muted);font-size:12px;text-align:left;
 border-bottom:1px solid var(--line);padding:4px}
.speakers td{padding:6px 4px;border-bottom:1px solid var(--line);vertical-align:top}
.speakers tr.speaker{cursor:pointer}
.speakers tr.speaker:hover,.speakers tr.speaker.active{background:var(--bg2)}
.speakers .num{text-align:right;font-variant-numeric:tabular-nums}
.speakers .count{font-weight:700}
.swatch{display:inline-block;width:12px;height:12px;border-radius:3px;background:var(--c);margin-top:4px}
.skind{font-size:12px;color:var(--muted)}
.tag{font-size:11px;color:var(--muted);border:1px solid var(--line);border-radius:8px;padding:0 5px}
.hint,.none{color:var(--muted);font-size:12px;margin:8px 0 0}
#tip{position:fixed;z-index:10;display:none;max-width:340px;background:#1d2329;color:#fff;
 font:13px/1.45 system-ui,sans-serif;padding:8px 10px;border-radius:6px;
 box-shadow:0 4px 14px rgba(0,0,0,.25);pointer-events:none}
#tip .who{font-weight:700}#tip .dot{display:inline-block;width:9px;height:9px;border-radius:50%;
 margin-right:6px;background:var(--c)}
#tip .meta{color:#c9d1d9}
footer{padding:0 28px 20px;color:var(--muted);font-size:12px;max-width:1240px;margin:0 auto}
"""

_SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("quote-data").textContent);
  var article = document.querySelector("article");
  var tip = document.getElementById("tip");
  var marks = article.querySelectorAll("mark.q");
  for (var n = 0; n < marks.length; n++) {
    marks[n].setAttribute("data-title", marks[n].getAttribute("title") || "");
    marks[n].removeAttribute("title");
  }
  function related(i) {
    return article.querySelectorAll('[data-quote-index="' + i + '"], [data-cue-of~="' + i +
      '"], [data-mention-of~="' + i + '"]');
  }
  function esc(s) {
    var d = document.createElement("div");
    d.textContent = s;
    return d.innerHTML;
  }
  var current = null;
  function show(i, ev) {
    if (current !== i) {
      hide();
      current = i;
      var els = related(i);
      for (var n = 0; n < els.length; n++) els[n].classList.add("hl");
      var q = data[i];
      var lines = '<div class="who sp-' + q.speakerIndex + '"><span class="dot"></span>' +
        esc(q.speaker === null ? "no speaker found" : q.speaker) + "</div>" +
        '<div class="meta">' + esc(q.kind) + " quote · confidence " + q.confidence.toFixed(2) +
        "</div>";
      if (q.cue !== null) lines += '<div class="meta">cue: ' + esc(q.cue) + "</div>";
      if (q.mention !== null) lines += '<div class="meta">mention: ' + esc(q.mention.text) + "</div>";
      if (q.evidence.length) lines += '<div class="meta">evidence: ' + esc(q.evidence.join(", ")) + "</div>";
      tip.innerHTML = lines;
      tip.style.display = "block";
    }
    var x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    var y = ev.clientY + 18;
    if (y + tip.offsetHeight > window.innerHeight) y = ev.clientY - tip.offsetHeight - 12;
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hide() {
    if (current === null) return;
    var els = related(current);
    for (var n = 0; n < els.length; n++) els[n].classList.remove("hl");
    current = null;
    tip.style.display = "none";
  }
  article.addEventListener("mousemove", function (ev) {
    var m = ev.target.closest ? ev.target.closest("mark.q") : null;
    if (m) show(Number(m.getAttribute("data-quote-index")), ev); else hide();
  });
  article.addEventListener("mouseleave", hide);
  var focused = null;
  function focus(k, row) {
    var rows = document.querySelectorAll("tr.speaker");
    for (var n = 0; n < rows.length; n++) rows[n].classList.remove("active");
    var els = article.querySelectorAll("mark.q, .cue, .mention");
    focused = focused === k ? null : k;
    article.classList.toggle("focus", focused !== null);
    for (var n = 0; n < els.length; n++) {
      var on = focused === null || els[n].classList.contains("sp-" + focused);
      els[n].classList.toggle("dim", !on);
    }
    if (focused !== null) row.classList.add("active");
  }
  var rows = document.querySelectorAll("tr.speaker");
  for (var n = 0; n < rows.length; n++) {
    (function (row) {
      var k = row.getAttribute("data-speaker-index");
      row.addEventListener("click", function () { focus(k, row); });
      row.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); focus(k, row); }
      });
    })(rows[n]);
  }
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quoteattr">
<link rel="icon" href="data:,">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<header><div class="wrap">
<h1>{title}</h1>
<div class="stats">{stats}</div>
<div class="legend">{kinds_legend}</div>
</div></header>
<div class="layout">
<article data-quote-count="{n_quotes}">
{body}
</article>
<aside>
<h2>Speakers</h2>
{speakers}
</aside>
</div>
<footer>Highlighted by quoteattr. Hover a quote for its speaker, kind and confidence.</footer>
<div id="tip" role="tooltip"></div>
<script type="application/json" id="quote-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""
