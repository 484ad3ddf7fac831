"""quoteattr: find the quotations in a text and who said each one.

>>> import quoteattr
>>> quotes = quoteattr.extract("“We will respond,” Blinken said.")  # doctest: +SKIP
"""

from __future__ import annotations

from . import component as _component  # noqa: F401  (registers the "quoteattr" spaCy factory)
from .doc import PipelineError, load_pipeline
from .extractor import Extractor, extract
from .model import Mention, Quote, QuoteKind, Span, Speaker, SpeakerKind
from .render import render_html
from .speakers_summary import SpeakerSummary, summarize_speakers

__version__ = "0.1.0"

__all__ = [
    "Extractor",
    "Mention",
    "PipelineError",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "SpeakerKind",
    "SpeakerSummary",
    "__version__",
    "extract",
    "load_pipeline",
    "render_html",
    "summarize_speakers",
]
