"""Text → quotation spans from paired, curly or unbalanced quotation marks.

(Temporary simple version; being replaced by the full scanner.)
"""

from __future__ import annotations

import attrs
import regex

__all__ = ["MarkedQuote", "find_quotes"]


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
    """

    start: int
    end: int
    open_start: int
    close_end: int
    opened: bool = True
    closed: bool = True
    depth: int = 0
    paragraphs: int = 1


_PAIR = regex.compile(r'[“"]([^“”"\n]*)[”"]')


def find_quotes(text: str) -> list[MarkedQuote]:
    """Return the quotations of ``text`` sorted by ``(open_start, -close_end)``."""
    out = []
    for m in _PAIR.finditer(text):
        out.append(MarkedQuote(start=m.start(1), end=m.end(1), open_start=m.start(), close_end=m.end()))
    return out
