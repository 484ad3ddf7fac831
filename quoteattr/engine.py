"""Doc → quotes: the one-way flow marks → cues → attribution → speaker resolution."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .model import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Options", "quotes_from_doc"]


@attrs.frozen(kw_only=True)
class Options:
    """Extraction settings shared by the Extractor, the component and the CLI."""

    include_documents: bool = True
    min_confidence: float = 0.0


def quotes_from_doc(doc: Doc, *, options: Options = Options()) -> list[Quote]:
    """Return the quotes of a parsed ``Doc`` in document order (offsets index ``doc.text``)."""
    return []
