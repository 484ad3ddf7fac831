"""Repairs of the NER's person names before attribution reads them.

The small English pipelines end a name at a lower-case particle and tag the rest as a place
("Ursula von der" PERSON, "Leyen" GPE).  :func:`mend_person_names` joins such names; the
user's ``Doc`` is never changed: a repaired copy is returned when there is something to mend.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .cues import has_name_particle

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc

    from .lexicon import Lexicon

__all__ = ["mend_person_names"]


def mend_person_names(doc: Doc, lex: Lexicon, arr: np.ndarray | None = None) -> Doc:
    """``doc``, or a copy whose person names run on over name particles ("von der Leyen").

    ``arr`` is the doc's :func:`~quoteattr.cues.token_array`; the entities are read only
    when a particle occurs at all, which most texts never have.
    """
    if not has_name_particle(doc, lex, arr):
        return doc
    ents = doc.ents
    mends: dict[int, int] = {}  # entity index -> new end token
    for k, ent in enumerate(ents):
        if ent.label_ != "PERSON":
            continue
        end = _end_after_particles(doc, ent, lex)
        if end > ent.end:
            mends[k] = end
    if not mends:
        return doc
    copy = doc.copy()
    out: list[Span] = []
    covered = -1
    for k, ent in enumerate(ents):
        if ent.start < covered:
            continue  # ("Leyen", tagged a place, is now part of the name)
        end = mends.get(k, ent.end)
        out.append(Span(copy, ent.start, end, label=ent.label_))
        covered = end
    copy.ents = out
    return copy


def _end_after_particles(doc: Doc, ent: Span, lex: Lexicon) -> int:
    """The end of ``ent`` taken on over particles and the capitalised word after them."""
    i = ent.end
    particles = 0
    while ent.end - particles - 1 > ent.start and doc[ent.end - particles - 1].text in lex.name_particles:
        particles += 1  # the NER kept the particles: "Ursula von der" + "Leyen"
    while i < len(doc) and doc[i].text in lex.name_particles and particles < 3:
        i += 1
        particles += 1
    if particles == 0 or i >= len(doc):
        return ent.end
    last = doc[i]
    if not (last.is_title and last.is_alpha and last.pos_ == "PROPN"):
        return ent.end
    return i + 1
