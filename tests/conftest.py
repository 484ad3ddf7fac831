"""Shared fixtures: one real spaCy pipeline and one Extractor per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quoteattr

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    """The default English pipeline, loaded once."""
    return quoteattr.load_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp):
    """An Extractor sharing the session pipeline."""
    return quoteattr.Extractor(nlp)


@pytest.fixture(scope="session")
def stance_extractor(nlp):
    """An Extractor that also returns stances, sharing the session pipeline."""
    return quoteattr.Extractor(nlp, stances=True)


@pytest.fixture(scope="session")
def seed_gold():
    """The seed articles' gold documents (list of dicts with id, text, quotes)."""
    with open(SEEDS / "gold.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
