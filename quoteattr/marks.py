"""Text → quotation spans from paired, curly or unbalanced quotation marks.

One compiled regex pass finds every candidate mark and line break. Each mark gets a role
(open, close, either, or none = apostrophe/stray) from its glyph and its two neighbours,
then a stack walk pairs the marks paragraph by paragraph. Everything is linear in the
length of the text: each mark is pushed and popped at most once.

Rules, in short:

* Paragraphs are separated by line breaks (``\\n``, ``\\r\\n``, a lone ``\\r`` and the other
  :meth:`str.splitlines` separators). Pairing never crosses a paragraph, except that a
  quotation left open at the end of a paragraph continues when the next non-blank
  paragraph starts with an opening mark of the same kind (the newspaper convention).
* A mark preceded by a space (or a paragraph start, an opening bracket, a dash, another
  quote mark) and followed by a non-space opens; one preceded by a non-space and followed
  by a space or punctuation closes. Context wins over glyph, so a ``”`` used as an opener
  still opens, and a ``“`` used as a closer still closes.
* A double quotation still open at the end of its paragraph runs to that end
  (``closed=False``). A stray closing mark that ends a sentence (``course.” We said ...,”``)
  becomes a tentative opener; it is only kept if a later closing mark pairs with it.
  Other stray marks are dropped.
* Single marks (``‘ ’ '``) double as apostrophes, so they only pair when the opener is at
  a word start (not an elision like ``’90s``, ``’em``, ``’n’``) and the closer at a word
  end, the closer only closes the innermost open quotation, and at depth 0 (outside any
  double quotation) a pair is only kept if the closer follows punctuation (``'Mocking.'``),
  the paragraph has no double marks (headlines, British-style text), or the content is short.
"""

from __future__ import annotations

import unicodedata
from types import MappingProxyType
from typing import Mapping

import attrs
import regex

__all__ = ["MarkedQuote", "QuoteMark", "QUOTE_MARKS", "find_quotes", "quote_mark_chars"]

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
        glyph: The mark as written (one or two characters: ``''`` and ``````` are NYT/TeX style).
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
_SCAN = regex.compile(
    r"(?P<nl>\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])|(?P<ap>'+)|(?P<bt>`+)|(?P<mk>["
    + regex.escape(_ONE_CHAR)
    + r"])"
)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_NONSPACE = regex.compile(r"[^\s" + _ZERO_WIDTH + r"]")
# After a word-start apostrophe: a year (’90s) or a common elision (’em, rock ’n’ roll).
_ELISION = regex.compile(r"\d|(?i:em|n|til|till|cause|cos|cuz|bout|tis|twas|round|nuff|kay)\b")
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
        opened: Whether an opening mark was found.
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

_CLASS_CACHE: dict[str, int] = {}
_SPACE, _OPENER_LEFT, _PUNCT, _WORD, _OTHER = 1, 2, 4, 8, 16


def _char_class(ch: str) -> int:
    """Bit set describing ``ch`` as a neighbour of a mark (cached per character)."""
    c = _CLASS_CACHE.get(ch)
    if c is None:
        cat = unicodedata.category(ch)
        if ch.isspace() or cat == "Cf":  # format characters (bidi, zero-width) are transparent
            c = _SPACE | _OPENER_LEFT | _PUNCT
        elif ch in quote_mark_chars or cat in ("Pi", "Pf"):
            c = _OPENER_LEFT | _PUNCT
        elif cat in ("Ps", "Pd"):
            c = _OPENER_LEFT | _PUNCT if cat == "Pd" else _OPENER_LEFT
        elif cat[0] == "P":
            c = _PUNCT
        elif cat[0] in "LNM":
            c = _WORD
        else:
            c = _OTHER
        if len(_CLASS_CACHE) < 4096:
            _CLASS_CACHE[ch] = c
    return c


def _role(text: str, pos: int, end: int, qm: QuoteMark) -> tuple[str, bool] | None:
    """The role of the mark ``text[pos:end]`` from its context, or None if it is no mark.

    Returns ``(role, strong)``; ``strong`` says a single closer follows punctuation, so it
    cannot be a possessive apostrophe.
    """
    prev = _char_class(text[pos - 1]) if pos else _SPACE | _OPENER_LEFT | _PUNCT
    nxt = _char_class(text[end]) if end < len(text) else _SPACE | _PUNCT
    left = bool(prev & _OPENER_LEFT)  # preceded by space, start, bracket, dash, quote
    right = bool(nxt & _PUNCT)  # followed by space, end or punctuation
    if qm.glyph in "\"”" and prev & _WORD and _INCHES.search(text, max(0, pos - 4), pos):
        return None
    if qm.kind == SINGLE or qm.glyph == "''":
        if prev & _WORD and nxt & _WORD:
            return None  # don't, Blinken’s, it''s
        if qm.kind == SINGLE:
            if left and not right:
                if qm.opens and not _ELISION.match(text, end):
                    return _OPEN, False
                return None
            if right and not left:
                return (_CLOSE, bool(prev & _PUNCT)) if qm.closes else None
            return None
    if left and not right:
        role = _OPEN
    elif right and not left:
        role = _CLOSE
    else:
        role = qm.prefer
    if (role == _OPEN and not qm.opens) or (role == _CLOSE and not qm.closes):
        return None
    return role, False


def _marks(text: str, pos: int, end: int, glyph: str) -> list[tuple[int, int, QuoteMark]]:
    """Split a run of apostrophes or backticks into marks (``'''`` = ``'`` + ``''`` or back)."""
    n = end - pos
    if n <= 2:
        return [(pos, end, QUOTE_MARKS[glyph * n])]
    if n == 3:
        one, two = QUOTE_MARKS[glyph], QUOTE_MARKS.get(glyph * 2)
        if two is None:
            return []
        if pos and not _char_class(text[pos - 1]) & _SPACE:  # closing: 'no.''' → ' then ''
            return [(pos, pos + 1, one), (pos + 1, end, two)]
        return [(pos, pos + 2, two), (pos + 2, end, one)]  # opening: '''Tis → '' then '
    return []  # four or more: not quotation marks


# --------------------------------------------------------------------------- pairing


class _Open:
    """A quotation opened and not yet closed (one stack entry)."""

    __slots__ = ("open_start", "start", "qm", "weak", "paragraphs", "mark")

    def __init__(self, open_start: int, start: int, qm: QuoteMark, mark: str, weak: bool) -> None:
        self.open_start, self.start, self.qm, self.mark, self.weak = open_start, start, qm, mark, weak
        self.paragraphs = 1


def _paragraphs(text: str) -> list[tuple[int, int, list[tuple[int, int, QuoteMark, str, bool]]]]:
    """Split ``text`` into paragraphs ``(start, end, marks)`` with each mark's role decided."""
    paras: list[tuple[int, int, list[tuple[int, int, QuoteMark, str, bool]]]] = []
    marks: list[tuple[int, int, QuoteMark, str, bool]] = []
    para_start = 0
    for m in _SCAN.finditer(text):
        kind = m.lastgroup
        if kind == "nl":
            paras.append((para_start, m.start(), marks))
            marks, para_start = [], m.end()
            continue
        if kind == "mk":
            found = [(m.start(), m.end(), QUOTE_MARKS[m.group()])]
        else:
            found = _marks(text, m.start(), m.end(), m.group()[0])
        for pos, end, qm in found:
            role = _role(text, pos, end, qm)
            if role is not None:
                marks.append((pos, end, qm, role[0], role[1]))
    paras.append((para_start, len(text), marks))
    return paras


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
    paras = _paragraphs(text)
    found: list[MarkedQuote] = []
    first_nonspace: dict[int, int] = {}

    def nonspace(i: int) -> int:
        """Offset of the first non-space character of paragraph ``i`` (-1 if blank)."""
        if i not in first_nonspace:
            s, e, _ = paras[i]
            m = _NONSPACE.search(text, s, e)
            first_nonspace[i] = m.start() if m else -1
        return first_nonspace[i]

    def trim_end(start: int, end: int) -> int:
        while end > start and (text[end - 1].isspace() or text[end - 1] in _ZERO_WIDTH):
            end -= 1
        return end

    def emit(o: _Open, end: int, close_end: int, close_mark: str) -> None:
        if end > o.start and _NONSPACE.search(text, o.start, end):
            found.append(
                MarkedQuote(
                    start=o.start,
                    end=end,
                    open_start=o.open_start,
                    close_end=close_end,
                    closed=bool(close_mark),
                    paragraphs=o.paragraphs,
                    open_mark=o.mark,
                    close_mark=close_mark,
                )
            )

    stack: list[_Open] = []
    carried: _Open | None = None
    skip = -1  # offset of a continuation mark that must not open a new quotation
    resume = 0  # paragraphs before this one are blank lines a carried quotation skips
    for i, (p_start, p_end, marks) in enumerate(paras):
        if i < resume:
            continue
        stack = [carried] if carried else []
        by_kind: dict[str, list[_Open]] = {DOUBLE: [], GUILLEMET: [], SINGLE: [], SINGLE_GUILLEMET: []}
        n_primary = 0
        if carried:
            by_kind[carried.qm.kind].append(carried)
            n_primary = 1
        has_primary = any(m[2].kind in _PRIMARY for m in marks)
        for pos, end, qm, role, strong in marks:
            if pos == skip:
                continue
            same = by_kind[qm.kind]
            if role == _EITHER:
                role = _CLOSE if same else _OPEN
            if role == _OPEN and not _NONSPACE.search(text, end, p_end) and qm.closes:
                role = _CLOSE  # nothing follows in the paragraph: `… see that. “`
            if role == _OPEN:
                o = _Open(pos, end, qm, text[pos:end], weak=False)
                stack.append(o)
                same.append(o)
                n_primary += qm.kind in _PRIMARY
                continue
            if same and (qm.kind != SINGLE or stack[-1] is same[-1]):
                target = same[-1]
                while True:  # drop the unclosed quotations nested inside the target
                    o = stack.pop()
                    by_kind[o.qm.kind].pop()
                    n_primary -= o.qm.kind in _PRIMARY and not o.weak
                    if o is target:
                        break
                if qm.kind == SINGLE and not n_primary:  # depth 0: be conservative
                    if not (strong or not has_primary or pos - o.start <= _SHORT):
                        continue
                emit(o, pos, end, text[pos:end])
            elif qm.kind in _PRIMARY:
                # A stray closer followed by text may be an opener written the wrong way
                # round (course.” We said ...,” Blinken said): keep it as a tentative opener
                # that only yields a quotation if a later closer pairs with it.
                m = _NONSPACE.search(text, end, p_end)
                if m:
                    o = _Open(pos, m.start(), qm, text[pos:end], weak=True)
                    stack.append(o)
                    same.append(o)
        # End of paragraph: carry the outermost open quotation on if the next non-blank
        # paragraph starts with an opening mark of its kind; the others end here.
        outer = next((o for o in stack if o.qm.kind in _PRIMARY and not o.weak), None)
        carried = None
        if outer is not None:
            j = i + 1
            while j < len(paras) and nonspace(j) < 0:
                j += 1
            if j < len(paras):
                first = paras[j][2]
                if (
                    first
                    and first[0][0] == nonspace(j)
                    and first[0][3] == _OPEN
                    and first[0][2].kind == outer.qm.kind
                ):
                    carried, skip, resume = outer, first[0][0], j
                    outer.paragraphs += 1
            end = trim_end(p_start, p_end)
            for o in stack:
                if o is not carried and o.qm.kind in _PRIMARY and not o.weak:
                    emit(o, end, end, "")
    return _nest(found)


def _nest(found: list[MarkedQuote]) -> list[MarkedQuote]:
    """Sort outer before nested, set each depth, and drop too-deep (or overlapping) ones."""
    found.sort(key=lambda q: (q.open_start, -q.close_end))
    out: list[MarkedQuote] = []
    ends: list[int] = []
    for q in found:
        while ends and ends[-1] <= q.open_start:
            ends.pop()
        if ends and q.close_end > ends[-1]:
            continue  # would partly overlap its container: cannot happen, but never report it
        if len(ends) < _MAX_DEPTH:
            out.append(q if not ends else attrs.evolve(q, depth=len(ends)))
        ends.append(q.close_end)
    return out
