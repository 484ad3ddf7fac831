"""End to end on the five seed articles against seeds/gold.jsonl, asserting figures.

The floors sit a little under what the extractor measured when they were set (see the
closing notes of the issues), so a regression fails the suite.
"""

from __future__ import annotations

import pytest

from quoteattr.evaluation import score_documents


@pytest.fixture(scope="module")
def seed_scores(extractor, seed_gold):
    preds = [
        {"id": d["id"], "quotes": [q.to_dict() for q in quotes]}
        for d, quotes in zip(seed_gold, extractor.pipe([d["text"] for d in seed_gold]))
    ]
    return score_documents(seed_gold, preds)


def test_every_direct_quote_found_with_speaker(seed_scores):
    direct = seed_scores["by_kind"]["gold"]["direct"]
    assert direct["n_gold"] == 22
    assert direct["overlap_recall"] >= 0.95
    assert direct["e2e_recall"] >= 0.95


def test_direct_precision(seed_scores):
    assert seed_scores["by_kind"]["pred"]["direct"]["overlap_precision"] >= 0.93


def test_overall_detection(seed_scores):
    overlap = seed_scores["detection"]["overlap"]
    assert overlap["f1"] >= 0.955  # 0.964 (P 0.941, R 0.988) at the seventh session's end
    assert overlap["recall"] >= 0.975
    assert seed_scores["detection"]["exact"]["f1"] >= 0.905  # 0.910 (76 of 81) at the twelfth session


def test_speaker_names(seed_scores):
    assert seed_scores["attribution"]["name_lenient"]["accuracy"] >= 0.97
    assert seed_scores["end_to_end"]["f1"] >= 0.93
    # 74 of 80 at the fourteenth session; the six others are gold offsets that fall inside
    # another word or on another mention of the name (seeds 002-004: "t{{he}}")
    assert seed_scores["attribution"]["mention"]["correct"] >= 74


def test_indirect_and_mixed_found(seed_scores):
    gold = seed_scores["by_kind"]["gold"]
    assert gold["indirect"]["overlap_recall"] >= 0.97
    assert gold["mixed"]["overlap_recall"] >= 0.95
