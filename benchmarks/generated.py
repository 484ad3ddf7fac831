"""Recall on generated articles: quotes found with the right speaker, clean and noisy.

    python benchmarks/generated.py [--examples 300] [--seed 12345]

Draws articles from :func:`quoteattr.testing.strategies.news_texts` (which know their
quotes, kinds and speakers) with a fixed hypothesis seed, runs the extractor on each, and
counts the expected direct, indirect and mixed quotes that no prediction matches with the
right speaker (:meth:`GeneratedArticle.missed`).  Prints one line per setting and the
misses of the clean run, so a regression shows which pattern broke.
"""

from __future__ import annotations

import argparse

from _common import machine
from hypothesis import HealthCheck, Phase, given, seed, settings

from quoteattr import Extractor, load_pipeline
from quoteattr.testing.strategies import news_texts

KINDS = ("direct", "indirect", "mixed")


def measure(extractor: Extractor, *, noise: bool, examples: int, rng_seed: int) -> tuple[int, int, list[str]]:
    """Expected quotes, missed quotes and a description of each miss, over ``examples`` articles."""
    counts = [0, 0]
    misses: list[str] = []

    @seed(rng_seed)
    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate],
    )
    @given(news_texts(noise=noise))
    def run(article) -> None:
        predicted = extractor.extract(article.text)
        counts[0] += len(article.of_kind(*KINDS))
        for q in article.missed(predicted, kinds=KINDS):
            counts[1] += 1
            misses.append(f"{q.kind.value}: {q.text[:70]!r} (speaker {q.speaker.name if q.speaker else None!r})")

    run()
    return counts[0], counts[1], misses


def main() -> None:
    """Parse the arguments, measure clean and noisy text, print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=300, help="articles per setting (default 300)")
    ap.add_argument("--seed", type=int, default=12345, help="hypothesis seed (default 12345)")
    args = ap.parse_args()
    extractor = Extractor(load_pipeline())
    for noise in (False, True):
        expected, missed, misses = measure(extractor, noise=noise, examples=args.examples, rng_seed=args.seed)
        recall = 1 - missed / expected if expected else float("nan")
        label = "noisy" if noise else "clean"
        print(f"{label}: {args.examples} articles, {expected} expected quotes, {missed} missed: recall with speaker {recall:.4f}")
        if not noise:
            for m in sorted(set(misses)):
                print(f"  missed {m}")
    print(f"machine: {machine()}")


if __name__ == "__main__":
    main()
