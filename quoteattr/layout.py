"""Text layout: which line breaks end a paragraph.

News is usually stored one paragraph per line, and then every line break ends a
paragraph.  Hard-wrapped text (e-mail, plain-text wire copy, text taken out of a PDF)
breaks its lines at a fixed width inside the paragraphs, and only a blank line, an
indented line or a short line that ends a sentence starts a new one.  Quotation marks
pair within a paragraph and the parser starts a sentence at every line break, so the
line breaks inside a wrapped paragraph, with the spaces around them, are turned into
single spaces before parsing (a double space would split a name for the tagger), and the
offsets found are mapped back to the original text.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Callable

import regex

__all__ = ["hard_wrap", "soft_breaks", "unwrap", "unwrapped"]

#: Hard-wrapped text breaks its lines at no more than this many characters.
WRAP_WIDTH = 120
#: Fewest line breaks inside paragraphs for a text to count as hard-wrapped.
_MIN_SOFT = 2
#: Share of the lines followed by another that must fill at least half the wrap width.
_MIN_FULL_SHARE = 0.75
#: Share of wrapped lines that must go on with a lower-case word, as prose does mid-sentence
#: (a list of headlines or of speaker lines starts every line with a capital).
_MIN_LOWER_SHARE = 0.2
#: A line this much shorter than the wrap width that ends a sentence ends its paragraph.
_SHORT_LINE = 0.7

_LINE = regex.compile(r"[^\n]*\n|[^\n]+$")
_SENTENCE_END = regex.compile(r"[.!?:\"”’')\]]$")
_BULLET = regex.compile(r"(?:[-*•–—]|\d{1,2}[.)])\s")


def soft_breaks(text: str) -> list[int]:
    """Offsets of the line breaks (``\\n``, with the ``\\r`` of a ``\\r\\n`` before it) that
    fall inside the paragraphs of a hard-wrapped text; empty for any other text."""
    if text.count("\n") < _MIN_SOFT:
        return []
    lines = [(m.start(), m.group().rstrip("\r\n")) for m in _LINE.finditer(text)]
    # the lines followed by another in the same paragraph: in wrapped text, nearly all of
    # them fill the width up to the wrap column; a paragraph per line has no such column
    runs = sorted(len(a.rstrip()) for (_, a), (_, b) in zip(lines, lines[1:]) if a.strip() and b.strip())
    if len(runs) < _MIN_SOFT:
        return []
    width = runs[(len(runs) * 9) // 10]
    if width > WRAP_WIDTH or sum(n >= width / 2 for n in runs) < _MIN_FULL_SHARE * len(runs):
        return []
    soft: list[int] = []
    lower = 0
    for (start, line), (_, nxt) in zip(lines, lines[1:]):
        body = line.rstrip()
        if not body.strip() or not nxt.strip() or nxt[0].isspace() or _BULLET.match(nxt):
            continue  # a blank line, an indented paragraph or a list item
        if _SENTENCE_END.search(body) and len(body) < _SHORT_LINE * width:
            continue  # the short last line of a paragraph
        soft.append(start + len(line))
        lower += nxt[0].islower()
    if len(soft) < _MIN_SOFT or lower < _MIN_LOWER_SHARE * len(soft):
        return []
    return soft


def unwrap(text: str) -> tuple[str, Callable[[int], int] | None]:
    """``text`` with each line break inside a wrapped paragraph, and the spaces around it,
    turned into one space; and a map from offsets into the result back to offsets into
    ``text`` (``None`` when the two are the same length, offsets then being equal).
    ``text`` itself is returned when it is not hard-wrapped."""
    breaks = soft_breaks(text)
    if not breaks:
        return text, None
    parts: list[str] = []
    starts: list[int] = [0]  # offsets into the result from which ...
    shifts: list[int] = [0]  # ... this much is added to reach the original
    pos = 0
    for k in breaks:
        a = k
        while a > pos and text[a - 1] in " \t":
            a -= 1
        b = k + (2 if text[k] == "\r" else 1)
        while b < len(text) and text[b] in " \t":
            b += 1
        parts.append(text[pos:a])
        parts.append(" ")
        if b - a > 1:  # the run [a, b) became one space: from just after it, b - a - 1 more
            starts.append(a + 1 - shifts[-1])
            shifts.append(shifts[-1] + b - a - 1)
        pos = b
    parts.append(text[pos:])
    out = "".join(parts)
    if len(starts) == 1:
        return out, None

    def original(offset: int) -> int:
        return offset + shifts[bisect_right(starts, offset) - 1]

    return out, original


def unwrapped(text: str) -> str:
    """``text`` with the line breaks inside its wrapped paragraphs turned into spaces (see
    :func:`unwrap`); ``text`` itself when it is not hard-wrapped."""
    return unwrap(text)[0]


def hard_wrap(text: str, width: int = 72) -> str:
    """``text`` laid out hard-wrapped, one character for one: each line is broken at the
    last single space before ``width``.  For tests and benchmarks of wrapped input, whose
    gold offsets then stay valid."""
    if width < 2:
        raise ValueError(f"width must be at least 2, got {width}")
    out = []
    for line in text.split("\n"):
        chars = list(line)
        start = 0
        while len(chars) - start > width:
            k = next(
                (i for i in range(start + width - 1, start, -1) if chars[i] == " " and chars[i - 1] != " " and chars[i + 1] != " "),
                -1,
            )
            if k < 0:
                break  # (a word longer than the width stays on its line)
            chars[k] = "\n"
            start = k + 1
        out.append("".join(chars))
    return "\n".join(out)
