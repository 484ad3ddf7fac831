"""The ``quoteattr`` spaCy component: results, storage in doc.spans, serialisation, settings."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

import quoteattr
from quoteattr import Quote
from quoteattr.component import ATTRS_KEY, QuoteAttributor, get_quotes
from quoteattr.doc import DEFAULT_PIPELINES, UNUSED_COMPONENTS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
BLINKEN = "“We will respond,” Blinken said."


def _model_name() -> str:
    return next(n for n in DEFAULT_PIPELINES if importlib.util.find_spec(n) is not None)


@pytest.fixture(scope="module")
def qnlp():
    """A separately loaded pipeline with the component (the shared session pipeline stays clean).

    Like the pipelines quoteattr loads itself, it starts a sentence after every line break, so
    its results equal the Extractor's.
    """
    nlp = spacy.load(_model_name(), exclude=list(UNUSED_COMPONENTS))
    nlp.add_pipe("quoteattr_paragraph_breaks", before="parser")
    nlp.add_pipe("quoteattr")
    return nlp


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS]


def dicts(quotes: list[Quote]) -> list[dict]:
    return [q.to_dict() for q in quotes]


# -- results -----------------------------------------------------------------------------
def test_add_pipe_sets_doc_quotes(qnlp) -> None:
    assert qnlp.pipe_names[-1] == "quoteattr"
    doc = qnlp(BLINKEN)
    quotes = doc._.quotes
    assert len(quotes) == 1
    (q,) = quotes
    assert q.kind is quoteattr.QuoteKind.DIRECT
    assert BLINKEN[q.start : q.end] == q.text
    assert q.text.rstrip(",") == "We will respond"  # the words between the marks
    assert q.speaker is not None and q.speaker.name is not None and "Blinken" in q.speaker.name
    assert q.cue is not None and q.cue.text == "said"


def test_spans_are_token_aligned_and_labelled_with_the_kind(qnlp) -> None:
    doc = qnlp(BLINKEN)
    group = doc.spans["quotes"]
    assert [s.label_ for s in group] == ["direct"]
    (span,) = group
    (q,) = doc._.quotes
    assert span.start_char <= q.start and span.end_char >= q.end
    assert "We will respond" in span.text


def test_component_agrees_with_the_extractor(qnlp, extractor, seed_texts) -> None:
    for text in seed_texts:
        doc = qnlp(text)
        assert doc._.quotes, "the seed articles all hold quotes"
        assert dicts(doc._.quotes) == dicts(extractor.extract_doc(doc))
        assert dicts(doc._.quotes) == dicts(extractor.extract(text))
        for q in doc._.quotes:
            assert text[q.start : q.end] == q.text


def test_nlp_pipe_gives_the_same_as_extractor_pipe(qnlp, extractor, seed_texts) -> None:
    docs = list(qnlp.pipe(seed_texts, batch_size=2))
    expected = list(extractor.pipe(seed_texts, batch_size=2))
    assert [dicts(d._.quotes) for d in docs] == [dicts(e) for e in expected]


def test_unprocessed_doc_has_no_quotes(nlp) -> None:
    doc = nlp.make_doc(BLINKEN)
    assert doc._.quotes == []


def test_pipeline_analysis_finds_no_problem(qnlp) -> None:
    analysis = qnlp.analyze_pipes()
    assert analysis["problems"]["quoteattr"] == []
    assert "doc._.quotes" in analysis["attrs"]


# -- storage and serialisation ----------------------------------------------------------
def test_exact_char_offsets_survive_token_expansion(nlp) -> None:
    text = "Blinken's remarks were brief."
    doc = nlp.make_doc(text)
    component = QuoteAttributor(nlp, "quoteattr")
    quote = Quote(text=text[2:12], start=2, end=12, kind="indirect", confidence=0.25, evidence=["test"])
    component.set_annotations(doc, [quote])
    assert doc._.quotes == [quote]
    (span,) = doc.spans["quotes"]
    assert (span.start_char, span.end_char) == (0, 17)  # expanded to whole tokens
    assert span.label_ == "indirect"


def test_doc_bytes_round_trip(qnlp, seed_texts) -> None:
    doc = qnlp(seed_texts[0])
    expected = dicts(doc._.quotes)
    assert expected
    back = Doc(qnlp.vocab).from_bytes(doc.to_bytes())
    assert dicts(back._.quotes) == expected
    fresh = Doc(Vocab()).from_bytes(doc.to_bytes())  # labels travel with the bytes
    assert dicts(fresh._.quotes) == expected
    assert [s.label_ for s in fresh.spans["quotes"]] == [s.label_ for s in doc.spans["quotes"]]


def test_docbin_round_trip(qnlp, seed_texts) -> None:
    docs = list(qnlp.pipe(seed_texts))
    data = DocBin(docs=docs).to_bytes()  # store_user_data=False: results must live in doc.spans
    back = list(DocBin().from_bytes(data).get_docs(Vocab()))
    assert [dicts(d._.quotes) for d in back] == [dicts(d._.quotes) for d in docs]
    assert [[(s.start, s.end, s.label_) for s in d.spans["quotes"]] for d in back] == [
        [(s.start, s.end, s.label_) for s in d.spans["quotes"]] for d in docs
    ]


def test_doc_copy_keeps_quotes(qnlp) -> None:
    doc = qnlp(BLINKEN)
    assert dicts(doc.copy()._.quotes) == dicts(doc._.quotes)


def test_nlp_to_disk_and_spacy_load(tmp_path: Path, seed_texts) -> None:
    nlp = spacy.load(_model_name(), exclude=list(UNUSED_COMPONENTS))
    nlp.add_pipe("quoteattr", config={"spans_key": "q", "min_confidence": 0.3, "include_documents": False})
    nlp.to_disk(tmp_path / "pipeline")
    assert json.loads((tmp_path / "pipeline" / "quoteattr" / "cfg").read_text()) == {
        "spans_key": "q",
        "overwrite": True,
        "include_documents": False,
        "noun_phrases": True,
        "stances": False,
        "min_confidence": 0.3,
    }
    loaded = spacy.load(tmp_path / "pipeline")
    component = loaded.get_pipe("quoteattr")
    assert isinstance(component, QuoteAttributor)
    assert (component.spans_key, component.options.min_confidence, component.options.include_documents) == (
        "q",
        0.3,
        False,
    )
    text = seed_texts[3]
    doc, again = nlp(text), loaded(text)
    assert "q" in again.spans and "quotes" not in again.spans
    assert dicts(again._.quotes) == dicts(doc._.quotes)
    assert all(q.confidence >= 0.3 for q in again._.quotes)


def test_component_bytes_round_trip(nlp) -> None:
    a = QuoteAttributor(nlp, "quoteattr", spans_key="k", overwrite=False, min_confidence=0.5)
    b = QuoteAttributor(nlp, "quoteattr").from_bytes(a.to_bytes())
    assert (b.spans_key, b.overwrite, b.options) == (a.spans_key, a.overwrite, a.options)


# -- settings ----------------------------------------------------------------------------
def test_min_confidence_and_include_documents_match_the_extractor(nlp, seed_texts) -> None:
    strict = QuoteAttributor(nlp, "quoteattr", min_confidence=0.8, include_documents=False)
    extractor = quoteattr.Extractor(nlp, min_confidence=0.8, include_documents=False)
    for text in seed_texts:
        doc = strict(nlp(text))
        assert dicts(doc._.quotes) == dicts(extractor.extract(text))
        assert all(q.confidence >= 0.8 for q in doc._.quotes)


def test_overwrite_false_appends(nlp) -> None:
    doc = nlp(BLINKEN)
    QuoteAttributor(nlp, "quoteattr")(doc)
    n = len(doc._.quotes)
    assert n == 1
    QuoteAttributor(nlp, "quoteattr", overwrite=False)(doc)
    assert len(doc._.quotes) == len(doc.spans["quotes"]) == 2 * n
    QuoteAttributor(nlp, "quoteattr")(doc)
    assert len(doc._.quotes) == n


@pytest.mark.parametrize(
    ("config", "error", "message"),
    [
        ({"min_confidence": 1.5}, ValueError, "min_confidence must be within"),
        ({"min_confidence": -1}, ValueError, "min_confidence must be within"),
        ({"spans_key": ""}, ValueError, "spans_key must be a non-empty str"),
    ],
)
def test_bad_settings_are_rejected(qnlp, config: dict, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        qnlp.add_pipe("quoteattr", name="bad", config=config)
    assert "bad" not in qnlp.pipe_names


def test_pipeline_without_parser_is_rejected() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(quoteattr.PipelineError, match="parser"):
        nlp.add_pipe("quoteattr")


def test_foreign_extension_is_not_overwritten(nlp) -> None:
    saved = Doc.get_extension("quotes")
    Doc.remove_extension("quotes")
    try:
        Doc.set_extension("quotes", default=None)
        with pytest.raises(ValueError, match="already registered by another package"):
            QuoteAttributor(nlp, "quoteattr")
    finally:
        Doc.remove_extension("quotes")
        Doc.set_extension("quotes", getter=saved[2])
    assert Doc.get_extension("quotes")[2] is get_quotes


def test_stored_records_are_plain_json(qnlp) -> None:
    doc = qnlp(BLINKEN)
    records = doc.spans["quotes"].attrs[ATTRS_KEY]
    assert json.loads(json.dumps(records)) == records


# -- the entry point ---------------------------------------------------------------------
def _entry_point_installed() -> bool:
    try:
        eps = importlib.metadata.entry_points(group="spacy_factories")
    except TypeError:  # pragma: no cover - importlib.metadata before Python 3.10
        return False
    return any(ep.name == "quoteattr" and ep.value == "quoteattr.component:make_quoteattr" for ep in eps)


@pytest.mark.skipif(not _entry_point_installed(), reason="quoteattr is not pip-installed (no entry point)")
def test_entry_point_registers_the_factory_without_import(tmp_path: Path) -> None:
    code = (
        "import spacy\n"  # no `import quoteattr`: spaCy finds the factory through the entry point
        f"nlp = spacy.load({_model_name()!r})\n"
        "nlp.add_pipe('quoteattr')\n"
        f"doc = nlp({BLINKEN!r})\n"
        "print(len(doc._.quotes), doc.spans['quotes'][0].label_)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-c", code], check=False, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "direct"]


@pytest.mark.skipif(not _entry_point_installed(), reason="quoteattr is not pip-installed (no entry point)")
def test_paragraph_breaks_component_through_its_entry_point(tmp_path: Path) -> None:
    code = (
        "import spacy\n"  # no `import quoteattr`: both factories come from entry points
        f"nlp = spacy.load({_model_name()!r})\n"
        "nlp.add_pipe('quoteattr_paragraph_breaks', before='parser')\n"
        "nlp.add_pipe('quoteattr')\n"
        "doc = nlp('Health officials urge caution\\n\\n“We are watching,” John Smith said.')\n"
        "print([q.speaker.name for q in doc._.quotes])\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-c", code], check=False, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['John Smith']"
