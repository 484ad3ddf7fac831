"""Test helpers for code that finds or consumes quotations.

:mod:`quoteattr.testing.strategies` holds Hypothesis strategies: news-like articles that
know their quotes and speakers (:func:`~quoteattr.testing.strategies.news_texts`),
:class:`~quoteattr.Quote` objects (:func:`~quoteattr.testing.strategies.quotes`) and
hostile unicode (:func:`~quoteattr.testing.strategies.unicode_noise`).  That module
requires the hypothesis package (``pip install 'quoteattr[testing]'``), so this package
does not import it; import it explicitly::

    from quoteattr.testing import strategies as qst
"""

from __future__ import annotations

__all__: list[str] = []
