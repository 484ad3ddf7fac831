"""Typed, immutable results: ``Quote``, ``Speaker``, ``Mention`` and their enums.

Every offset is a Python ``str`` index into the original input text, end exclusive, so
``text[q.start:q.end] == q.text`` always holds.  The classes hold no spaCy objects, so
they pickle, compare and serialise to JSON (``to_dict`` / ``from_dict``) without a pipeline.
"""

from __future__ import annotations

import enum
from typing import Any, Iterable, Mapping

import attrs
from attrs import validators as v

__all__ = ["Mention", "Span", "Quote", "QuoteKind", "Speaker", "SpeakerKind"]


class QuoteKind(str, enum.Enum):
    """How the quoted content is marked in the text."""

    DIRECT = "direct"  #: words between quotation marks
    INDIRECT = "indirect"  #: reported speech without quotation marks
    MIXED = "mixed"  #: a reported clause that holds a quoted fragment

    def __str__(self) -> str:
        return self.value


class SpeakerKind(str, enum.Enum):
    """What sort of source a speaker is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GOVERNMENT = "government"
    GROUP = "group"  #: unnamed plural sources: "US officials", "some observers"
    DOCUMENT = "document"  #: non-human sources: a poll, a report, a statement
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


def _non_negative(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _end_after_start(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < instance.start:
        raise ValueError(f"end ({value}) must be >= start ({instance.start})")


def _mentions(value: Iterable[Mention]) -> tuple[Mention, ...]:
    """Converter: any iterable of mentions to a tuple (a tuple passes through as is)."""
    return value if type(value) is tuple else tuple(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    """Converter: any iterable of strings to a tuple."""
    return value if type(value) is tuple else tuple(value)


_CHECKED_MENTIONS: dict[int, tuple[object, ...]] = {}


def _mention_tuple(instance: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    """Every item must be a Mention.  A document's quotes share their entity's mention
    tuple, so a tuple already checked is not walked again (keeps big documents linear)."""
    if _CHECKED_MENTIONS.get(id(value)) is value:
        return
    for m in value:
        if not isinstance(m, Mention):
            raise TypeError(f"{attribute.name} must hold Mention objects, got {type(m).__name__}")
    if len(_CHECKED_MENTIONS) > 256:
        _CHECKED_MENTIONS.clear()
    _CHECKED_MENTIONS[id(value)] = value


def _unit_interval(instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must be within [0, 1], got {value}")


@attrs.frozen(kw_only=True)
class Mention:
    """A stretch of the input text: a speaker mention, a cue, or any other span.

    Attributes:
        text: The characters ``input[start:end]``.
        start: Offset of the first character.
        end: Offset just past the last character.
    """

    text: str = attrs.field(validator=v.instance_of(str))
    start: int = attrs.field(validator=[v.instance_of(int), _non_negative])
    end: int = attrs.field(validator=[v.instance_of(int), _end_after_start])

    @classmethod
    def from_text(cls, text: str, start: int, end: int) -> Mention:
        """Build the mention of ``text[start:end]``."""
        return cls(text=text[start:end], start=start, end=end)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready ``{"text", "start", "end"}`` dict."""
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        """Inverse of :meth:`to_dict`."""
        return cls(text=data["text"], start=data["start"], end=data["end"])


#: Alias: a cue or any other span of the input has the same shape as a mention.
Span = Mention


def _opt_mention(data: Mapping[str, Any] | None) -> Mention | None:
    return None if data is None else Mention.from_dict(data)


@attrs.frozen(kw_only=True)
class Speaker:
    """The source of a quote, resolved to one entity of the document.

    Attributes:
        name: Canonical name: the most complete proper name of the entity, or the
            noun phrase as written for an unnamed source; ``None`` when unresolved.
        kind: Person, organisation, government, group, document or unknown.
        named: ``True`` when ``name`` is a proper name, ``False`` for unnamed sources
            such as "a senior official".
        mention: The words nearest the quote that name the source ("he" in "he said").
        mentions: Every mention of the entity in the document, in document order.
    """

    name: str | None = attrs.field(validator=v.optional(v.instance_of(str)))
    kind: SpeakerKind = attrs.field(
        default=SpeakerKind.UNKNOWN, converter=SpeakerKind, validator=v.instance_of(SpeakerKind)
    )
    named: bool = attrs.field(default=False, validator=v.instance_of(bool))
    mention: Mention | None = attrs.field(default=None, validator=v.optional(v.instance_of(Mention)))
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_mentions, validator=_mention_tuple, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``{"name", "kind", "named", "mention", "mentions"}``."""
        return {
            "name": self.name,
            "kind": self.kind.value,
            "named": self.named,
            "mention": None if self.mention is None else self.mention.to_dict(),
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Speaker:
        """Inverse of :meth:`to_dict`; missing optional keys take their defaults."""
        return cls(
            name=data.get("name"),
            kind=data.get("kind", "unknown"),
            named=bool(data.get("named", False)),
            mention=_opt_mention(data.get("mention")),
            mentions=[Mention.from_dict(m) for m in data.get("mentions", ())],
        )


@attrs.frozen(kw_only=True)
class Quote:
    """One quotation: its content, its kind, who said it and how we know.

    Attributes:
        text: The content, ``input[start:end]``.  For a direct quote, the words
            between the quotation marks; for indirect and mixed quotes, the reported clause.
        start: Offset of the content's first character in the original input.
        end: Offset just past the content's last character.
        kind: Direct, indirect or mixed.
        speaker: The resolved source, or ``None`` when no source was found.
        cue: The reporting verb or phrase ("said", "according to"), or ``None``.
        confidence: How sure the extractor is, in [0, 1].
        evidence: The names of the rules that produced the quote and linked its speaker.
    """

    text: str = attrs.field(validator=v.instance_of(str))
    start: int = attrs.field(validator=[v.instance_of(int), _non_negative])
    end: int = attrs.field(validator=[v.instance_of(int), _end_after_start])
    kind: QuoteKind = attrs.field(converter=QuoteKind, validator=v.instance_of(QuoteKind))
    speaker: Speaker | None = attrs.field(default=None, validator=v.optional(v.instance_of(Speaker)))
    cue: Mention | None = attrs.field(default=None, validator=v.optional(v.instance_of(Mention)))
    confidence: float = attrs.field(default=1.0, converter=float, validator=_unit_interval)
    evidence: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=v.deep_iterable(v.instance_of(str)))

    @property
    def speaker_name(self) -> str | None:
        """The canonical speaker name, or ``None``."""
        return None if self.speaker is None else self.speaker.name

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict in the prediction format that ``quoteattr.evaluation`` scores."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "cue": None if self.cue is None else self.cue.to_dict(),
            "confidence": round(self.confidence, 4),
            "evidence": list(self.evidence),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """Inverse of :meth:`to_dict`."""
        spk = data.get("speaker")
        return cls(
            text=data["text"],
            start=data["start"],
            end=data["end"],
            kind=data["kind"],
            speaker=None if spk is None else Speaker.from_dict(spk),
            cue=_opt_mention(data.get("cue")),
            confidence=data.get("confidence", 1.0),
            evidence=data.get("evidence", ()),
        )
