"""Who was quoted and how often: group a document's quotes by resolved speaker."""

from __future__ import annotations

from typing import Iterable

import attrs
from attrs import validators as v

from .model import Quote, QuoteKind, Speaker, SpeakerKind

__all__ = ["SpeakerSummary", "summarize_speakers"]


@attrs.frozen(kw_only=True)
class SpeakerSummary:
    """One speaker of a document with its quotes.

    Attributes:
        name: Canonical name (``None`` groups quotes whose source was not found).
        kind: Person, organisation, government, group, document or unknown.
        named: Whether ``name`` is a proper name.
        quotes: The speaker's quotes in document order.
    """

    name: str | None = attrs.field(validator=v.optional(v.instance_of(str)))
    kind: SpeakerKind = attrs.field(converter=SpeakerKind)
    named: bool = attrs.field(validator=v.instance_of(bool))
    quotes: tuple[Quote, ...] = attrs.field(converter=tuple)

    @property
    def count(self) -> int:
        """How many quotes the speaker has."""
        return len(self.quotes)

    def count_by_kind(self) -> dict[QuoteKind, int]:
        """Quote counts split by kind."""
        out = {k: 0 for k in QuoteKind}
        for q in self.quotes:
            out[q.kind] += 1
        return out

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict with the counts and the quotes."""
        return {
            "name": self.name,
            "kind": self.kind.value,
            "named": self.named,
            "count": self.count,
            "by_kind": {k.value: n for k, n in self.count_by_kind().items()},
            "quotes": [q.to_dict() for q in self.quotes],
        }


def summarize_speakers(quotes: Iterable[Quote]) -> list[SpeakerSummary]:
    """Group quotes by speaker name; most quoted first, ties in order of first quote."""
    groups: dict[str | None, list[Quote]] = {}
    first: dict[str | None, Speaker | None] = {}
    for q in quotes:
        key = q.speaker_name
        groups.setdefault(key, []).append(q)
        if first.get(key) is None:
            first[key] = q.speaker
    order = {k: i for i, k in enumerate(groups)}
    out = []
    for key, qs in groups.items():
        spk = first[key]
        out.append(
            SpeakerSummary(
                name=key,
                kind=spk.kind if spk else SpeakerKind.UNKNOWN,
                named=spk.named if spk else False,
                quotes=qs,
            )
        )
    out.sort(key=lambda s: (-s.count, order[s.name]))
    return out
