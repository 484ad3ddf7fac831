"""Text → quotation spans from paired, curly or unbalanced quotation marks.

One compiled regex pass finds every candidate mark and line break. Each mark gets a role
(open, close, either, or none = apostrophe/stray) from its glyph and its two neighbours,
then a stack walk pairs the marks paragraph by paragraph. Everything is linear in the
length of the text: each mark is pushed and popped at most once.

Rules, in short:

* Paragraphs are separated by line breaks (``\\n``, ``\\r\\n``, a lone ``\\r`` and the other
  :meth:`str.splitlines` separators). Pairing never crosses a paragraph, except that a
  quotation left open at the end of a paragraph continues when the next non-blank
  paragraph starts with an opening mark of the same kind and typographic family
  (the newspaper convention; a straight ``"`` is not continued by a curly ``“``).
* A mark preceded by a space (or a paragraph start, an opening bracket, a dash, another
  quote mark) and followed by a non-space opens; one preceded by a non-space and followed
  by a space or punctuation closes. Context wins over glyph, so a ``”`` used as an opener
  still opens, and a ``“`` used as a closer still closes.
* A double quotation still open at the end of its paragraph runs to that end
  (``closed=False``). A stray closing mark followed by text may be an opener written the
  wrong way round (``course.” We said ...,” Blinken said``): it is kept as a tentative
  opener and yields a quotation only if a later closing mark pairs with it. Other stray
  marks are dropped, and so are blank quotations (``“”``).
* Single marks (``‘ ’ '``) double as apostrophes, so they only pair when the opener is at
  a word start (not an elision like ``’90s``, ``’em``, ``’n’``) and the closer at a word
  end, the closer only closes the innermost open quotation, and at depth 0 (outside any
  double quotation) a pair is only kept if the closer follows punctuation (``'Mocking.'``),
  the paragraph has no double marks (headlines, British-style text), or the content is short.
* Depth is counted among the quotations reported; those nested more than four deep are
  left out, so pathological input cannot produce a quadratic amount of output.
* Marks inside an HTML/XML tag left in the text (``<tweet author="@x">``) quote attribute
  values, not speech, and are skipped.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs
import regex

__all__ = ["QUOTE_MARKS", "MarkedQuote", "QuoteMark", "find_quotes", "quote_mark_chars"]

# Kinds: marks of the same kind pair with each other.
DOUBLE = "double"  #: “ ” „ ‟ " `` ''
GUILLEMET = "guillemet"  #: « »
SINGLE = "single"  #: ‘ ’ ‚ ‛ ' `
SINGLE_GUILLEMET = "single-guillemet"  #: ‹ ›

_OPEN, _CLOSE, _EITHER = "open", "close", "either"


@attrs.frozen
class QuoteMark:
    """One quotation-mark glyph and what it may do.

    Attributes:
        glyph: The mark as written; two apostrophes or two backticks are one NYT/TeX-style
            double mark.
        kind: Marks of the same kind pair with each other (``double``, ``guillemet``,
            ``single``, ``single-guillemet``).
        opens: Whether the glyph may open a quotation (when its context says so).
        closes: Whether the glyph may close a quotation (when its context says so).
        prefer: The role used when the context is ambiguous: ``open``, ``close`` or
            ``either`` (straight marks: close if a quotation of the kind is open, else open).
    """

    glyph: str
    kind: str
    opens: bool
    closes: bool
    prefer: str


#: Every quotation mark the scanner knows, keyed by glyph. The single source of truth for
#: which characters are quotation marks.
QUOTE_MARKS: Mapping[str, QuoteMark] = MappingProxyType(
    {
        m.glyph: m
        for m in (
            QuoteMark("“", DOUBLE, True, True, _OPEN),
            QuoteMark("”", DOUBLE, True, True, _CLOSE),
            QuoteMark("„", DOUBLE, True, False, _OPEN),
            QuoteMark("‟", DOUBLE, True, False, _OPEN),
            QuoteMark('"', DOUBLE, True, True, _EITHER),
            QuoteMark("``", DOUBLE, True, False, _OPEN),
            QuoteMark("''", DOUBLE, True, True, _EITHER),
            QuoteMark("«", GUILLEMET, True, True, _OPEN),
            QuoteMark("»", GUILLEMET, True, True, _CLOSE),
            QuoteMark("‹", SINGLE_GUILLEMET, True, True, _OPEN),
            QuoteMark("›", SINGLE_GUILLEMET, True, True, _CLOSE),
            QuoteMark("‘", SINGLE, True, True, _OPEN),
            QuoteMark("’", SINGLE, False, True, _CLOSE),
            QuoteMark("‚", SINGLE, True, False, _OPEN),
            QuoteMark("‛", SINGLE, True, False, _OPEN),
            QuoteMark("'", SINGLE, True, True, _EITHER),
            QuoteMark("`", SINGLE, True, False, _OPEN),
        )
    }
)

#: All characters that can be (part of) a quotation mark.
quote_mark_chars: frozenset[str] = frozenset("".join(QUOTE_MARKS))

_PRIMARY = frozenset({DOUBLE, GUILLEMET})  # kinds that hold a quotation at depth 0
_MAX_DEPTH = 4  # quotations nested deeper than this are not reported
_SHORT = 40  # a depth-0 single-quoted content this short is kept (scare quotes, titles)

_ONE_CHAR = "".join(g for g in QUOTE_MARKS if len(g) == 1 and g not in "'`")
_BREAK = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # paragraph separators, as str.splitlines
_SPACE_CLASS = r"[\s\p{Cf}\x1c-\x1f]"  # white space and invisible format characters
# One pass finds marks and paragraph breaks. A break token swallows the blank lines and
# indentation after it, so the next token at its end is at the start of a paragraph.
_SCAN = regex.compile(
    rf"(?P<nl>[{_BREAK}]{_SPACE_CLASS}*)|(?P<ap>'+)|(?P<bt>`+)|(?P<mk>[{regex.escape(_ONE_CHAR)}])"
)
_NONSPACE = regex.compile(r"[^\s\p{Cf}\x1c-\x1f]")
# An HTML/XML tag left in the text: its attribute values are quoted, but they are not speech.
_TAG = regex.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'|[^\s<>\"']+))*\s*/?>")
_NEXT = regex.compile(rf"[^\s\p{{Cf}}\x1c-\x1f]|[{_BREAK}]")  # next text or paragraph end
_LAST_NONSPACE = regex.compile(r"(?r)[^\s\p{Cf}\x1c-\x1f]")  # searched backwards
# "the unions' demands": after an s and before a lowercase word, a single closer may be a
# plural possessive; it is one when a closer after punctuation ends the quotation later in
# the paragraph, with no single mark that could open in between
_POSSESSIVE_RUN = regex.compile(
    r"(?:\w['’]\w|[^'’‘\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])*?\p{P}['’](?=\s|\p{P}|$)"
)  # (an apostrophe inside a word, "aren't", is no mark)
# After a word-start apostrophe: a year (’90s) or a common elision (’em, rock ’n’ roll).
_ELISIONS = "em n til till cause cos cuz bout tis twas twere round nuff kay cept fraid gainst neath tween"
_ELISION = regex.compile(r"\d|(?i:" + "|".join(_ELISIONS.split()) + r")\b")
# A double mark after feet and inches (6’2”) is a unit, not a quotation mark.
_INCHES = regex.compile(r"\d['’]\d{1,2}\Z")


@attrs.frozen(kw_only=True)
class MarkedQuote:
    """One quotation found from its marks.

    Attributes:
        start: Offset of the first content character (just after the opening mark).
        end: Offset just past the last content character (just before the closing mark).
        open_start: Offset of the opening mark (``== start`` when it is missing).
        close_end: Offset just past the closing mark (``== end`` when it is missing).
        opened: Whether an opening mark was found (always, so far: a quotation is never
            inferred from a closing mark alone).
        closed: Whether a closing mark was found.
        depth: 0 for an outermost quotation, 1 for one nested inside it, and so on.
        paragraphs: How many paragraphs the quotation runs over (>= 1).
        open_mark: The opening mark as written (``""`` when missing).
        close_mark: The closing mark as written (``""`` when missing).
    """

    start: int
    end: int
    open_start: int
    close_end: int
    opened: bool = True
    closed: bool = True
    depth: int = 0
    paragraphs: int = 1
    open_mark: str = ""
    close_mark: str = ""


# --------------------------------------------------------------------------- classify

# Bits describing a neighbour of a mark.
_LEFT = 1  # a mark after it may open: space, start, opening bracket, dash, quote mark
_RIGHT = 2  # a mark before it may close: space, end, punctuation, quote mark
_WORD = 4  # letter, digit or combining mark
_PUNCT = 8  # punctuation (a single closer after it is no possessive)
_BLANK = 16  # white space, invisible format character, or the start/end of the text


class _Classes(dict[str, int]):
    """Character → neighbour bits, computed on first use."""

    def __missing__(self, ch: str) -> int:
        cat = unicodedata.category(ch)
        if ch.isspace() or cat == "Cf":
            c = _LEFT | _RIGHT | _BLANK
        elif ch in quote_mark_chars or cat in ("Pi", "Pf", "Pd"):
            c = _LEFT | _RIGHT | _PUNCT
        elif cat == "Ps":
            c = _LEFT | _PUNCT
        elif cat[0] == "P":
            c = _RIGHT | _PUNCT
        elif cat[0] in "LNM":
            c = _WORD
        else:
            c = 0
        if len(self) < 4096:
            self[ch] = c
        return c


_CLASSES = _Classes({"": _LEFT | _RIGHT | _BLANK})


def _role(text: str, pos: int, end: int, qm: QuoteMark) -> tuple[str, bool] | None:
    """The role of the mark ``text[pos:end]`` from its context, or None if it is no mark.

    Returns ``(role, strong)``; ``strong`` says a single closer follows punctuation, so it
    cannot be a possessive apostrophe.
    """
    prev = _CLASSES[text[pos - 1] if pos else ""]
    nxt = _CLASSES[text[end : end + 1]]
    if prev & _WORD:
        if nxt & _WORD and (qm.kind == SINGLE or qm.glyph == "''"):
            return None  # don't, Blinken’s, it''s
        if qm.glyph in '"”' and _INCHES.search(text, max(0, pos - 4), pos):
            return None  # 6’2”
    left, right = prev & _LEFT, nxt & _RIGHT
    if left and not right:
        if qm.kind == SINGLE and _ELISION.match(text, end):
            return None  # ’90s, ’em
        role = _OPEN
    elif right and not left:
        role = _CLOSE
    elif qm.kind == SINGLE:
        return None  # single marks need a clear context
    else:
        role = qm.prefer
    if (role == _OPEN and not qm.opens) or (role == _CLOSE and not qm.closes):
        return None
    return role, bool(prev & _PUNCT)


def _split_run(text: str, pos: int, end: int, ch: str) -> list[tuple[int, int, QuoteMark]]:
    """Marks in a run of apostrophes or backticks: three are a single and a double mark."""
    n = end - pos
    if n <= 2:
        return [(pos, end, QUOTE_MARKS[ch * n])]
    if n == 3:
        one, two = QUOTE_MARKS[ch], QUOTE_MARKS[ch * 2]
        if _CLASSES[text[pos - 1] if pos else ""] & _BLANK:  # opening a quote in a quote
            return [(pos, pos + 2, two), (pos + 2, end, one)]
        return [(pos, pos + 1, one), (pos + 1, end, two)]  # closing a quote in a quote
    return []  # four or more: not quotation marks


# --------------------------------------------------------------------------- pairing

# A stack entry (an open quotation): [open_start, start, kind, weak, paragraphs, mark].
# ``weak`` marks a closing mark kept as a tentative opener. A found quotation is the tuple
# (open_start, start, end, close_end, paragraphs, open_mark, close_mark).
_Found = tuple[int, int, int, int, int, str, str]
_Entry = list[Any]


def find_quotes(text: str) -> list[MarkedQuote]:
    """Find the quotations of ``text`` from their quotation marks.

    Never raises on odd input: unbalanced, mis-oriented or stray marks are recovered or
    dropped paragraph by paragraph (see the module docstring for the rules).

    Args:
        text: Any string.

    Returns:
        The quotations sorted by ``(open_start, -close_end)``, outer before nested. Quotations
        with blank content and those nested more than four deep are left out.

    Raises:
        TypeError: If ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quotes expects a str, got {type(text).__name__}")
    return _Scanner(text).run()


class _Scanner:
    """The stack walk of :func:`find_quotes` over one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[_Found] = []
        self.stack: list[_Entry] = []
        self.by_kind: dict[str, list[_Entry]] = {k: [] for k in (DOUBLE, GUILLEMET, SINGLE, SINGLE_GUILLEMET)}
        self.n_primary = 0  # non-weak double or guillemet quotations on the stack
        self.para_start = 0
        self.has_primary = False  # the paragraph has double or guillemet marks
        self.singles: list[_Found] = []  # depth-0 single quotations kept only if not has_primary
        self.pending = -1  # end of a paragraph whose open quotation may continue

    def run(self) -> list[MarkedQuote]:
        text = self.text
        tags = [m.span() for m in _TAG.finditer(text)] if "<" in text else []
        tag_starts = [t[0] for t in tags]
        for m in _SCAN.finditer(text):
            group = m.lastgroup
            if group == "nl":
                self.end_paragraph(m.start())
                self.para_start = m.end()
                continue
            pos, end = m.span()
            if tags:
                k = bisect_right(tag_starts, pos) - 1
                if k >= 0 and pos < tags[k][1]:
                    continue  # an attribute value in markup (<tweet author="@x">), not a quotation
            if group == "mk":
                self.mark(pos, end, QUOTE_MARKS[text[pos]])
            else:
                for p, e, qm in _split_run(text, pos, end, text[pos]):
                    self.mark(p, e, qm)
        self.end_paragraph(len(text))
        self.resolve(-1, None)
        return _nest(self.found)

    def push(self, entry: _Entry) -> None:
        self.stack.append(entry)
        self.by_kind[entry[2]].append(entry)
        self.n_primary += entry[2] in _PRIMARY and not entry[3]

    def pop(self) -> _Entry:
        entry = self.stack.pop()
        self.by_kind[entry[2]].pop()
        self.n_primary -= entry[2] in _PRIMARY and not entry[3]
        return entry

    def follows(self, end: int) -> int:
        """Offset of the next non-blank character in the paragraph after ``end``, or -1."""
        m = _NEXT.search(self.text, end)
        return -1 if m is None or m.group() in _BREAK else m.start()

    def mark(self, pos: int, end: int, qm: QuoteMark) -> None:
        """Pair or push one mark."""
        text = self.text
        decided = _role(text, pos, end, qm)
        if decided is None:
            return
        role, strong = decided
        kind = qm.kind
        if self.pending >= 0 and self.resolve(pos, qm if role == _OPEN else None):
            return  # the opening mark of a continued paragraph
        same = self.by_kind[kind]
        if role == _EITHER:
            role = _CLOSE if same else _OPEN
        if kind in _PRIMARY:
            self.has_primary = True
        if role == _OPEN:
            if qm.closes and _CLASSES[text[end : end + 1]] & _BLANK and self.follows(end) < 0:
                role = _CLOSE  # nothing follows in the paragraph: `… see that. “`
            else:
                self.push([pos, end, kind, False, 1, text[pos:end]])
                return
        if (
            same
            and kind == SINGLE
            and not strong
            and text[pos - 1 : pos] in ("s", "S")
            and text[end : end + 1] == " "
            and text[end + 1 : end + 2].islower()
            and _POSSESSIVE_RUN.match(text, end)
        ):
            return  # "'… The unions' demands aren't unreasonable.'": a plural possessive
        if same and (kind != SINGLE or self.stack[-1] is same[-1]):
            target = same[-1]
            while True:  # unclosed quotations nested inside the target are dropped
                entry = self.pop()
                if entry is target:
                    break
            q = (entry[0], entry[1], pos, end, entry[4], entry[5], text[pos:end])
            if kind == SINGLE and not self.n_primary and not strong and pos - entry[1] > _SHORT:
                self.singles.append(q)  # depth 0: kept only in a paragraph without doubles
            else:
                self.emit(q)
        elif kind in _PRIMARY:
            # A stray closer followed by text may be an opener written the wrong way round
            # (course.” We said ...,” Blinken said): keep it as a tentative opener that only
            # yields a quotation if a later closer pairs with it.
            start = self.follows(end)
            if start >= 0:
                self.push([pos, start, kind, True, 1, text[pos:end]])

    def emit(self, q: _Found) -> None:
        if q[2] > q[1] and _NONSPACE.search(self.text, q[1], q[2]):
            self.found.append(q)

    def end_paragraph(self, end: int) -> None:
        """Close the paragraph ending at ``end``: open quotations end here, or may continue."""
        if self.pending >= 0:
            self.resolve(-1, None)  # the paragraph in between did not start with a mark
        if not self.has_primary:
            for q in self.singles:
                self.emit(q)
        self.singles.clear()
        self.has_primary = False
        outer = next((e for e in self.stack if e[2] in _PRIMARY and not e[3]), None)
        if outer is not None:
            last = _LAST_NONSPACE.search(self.text, outer[1], end)
            end = last.end() if last else outer[1]
            reported = 1
            for e in self.stack[self.stack.index(outer) + 1 :]:
                if e[2] in _PRIMARY and not e[3] and reported < _MAX_DEPTH:
                    reported += 1
                    self.emit((e[0], e[1], end, end, e[4], e[5], ""))
            self.pending = end
        self.stack.clear()
        for entries in self.by_kind.values():
            entries.clear()
        self.n_primary = 0
        if outer is not None:
            self.push(outer)

    def resolve(self, pos: int, opener: QuoteMark | None) -> bool:
        """Decide whether the quotation left open by the last paragraph continues.

        It continues (and True is returned) when the mark at ``pos`` is an ``opener`` of its
        kind at the very start of the paragraph; otherwise it ends where its paragraph did.
        """
        if self.pending < 0:
            return False
        outer = self.stack[0]
        if (
            opener is not None
            and pos == self.para_start
            and opener.kind == outer[2]
            and _style(opener.glyph) == _style(outer[5])
        ):
            outer[4] += 1
            self.pending = -1
            self.has_primary = True
            return True
        end, self.pending = self.pending, -1
        self.emit((outer[0], outer[1], end, end, outer[4], outer[5], ""))
        self.pop()
        return False


def _style(glyph: str) -> str:
    """The typographic family of a mark: a quotation continues into the next paragraph
    only with a mark of its own family (a straight-quoted excerpt is not continued by a
    curly quotation that opens the next paragraph)."""
    if glyph == '"':
        return "straight"
    if glyph in ("``", "''"):
        return "tex"
    return "typographic"


def _nest(found: list[_Found]) -> list[MarkedQuote]:
    """Sort outer before nested, set each depth, and drop too-deep (or overlapping) ones."""
    found.sort(key=lambda q: (q[0], -q[3]))
    out: list[MarkedQuote] = []
    ends: list[int] = []
    for open_start, start, end, close_end, paragraphs, open_mark, close_mark in found:
        while ends and ends[-1] <= open_start:
            ends.pop()
        if ends and close_end > ends[-1]:
            continue  # would partly overlap its container: cannot happen, but never report it
        if len(ends) < _MAX_DEPTH:
            out.append(
                MarkedQuote(
                    start=start,
                    end=end,
                    open_start=open_start,
                    close_end=close_end,
                    closed=bool(close_mark),
                    depth=len(ends),
                    paragraphs=paragraphs,
                    open_mark=open_mark,
                    close_mark=close_mark,
                )
            )
        ends.append(close_end)
    return out
