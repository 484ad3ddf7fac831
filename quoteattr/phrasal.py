"""Phrasal cue verbs read before attribution.

A verb and its particle can mean a reporting verb the verb alone does not: "Mendes shot back
that …", "the governor fired back, saying …".  :func:`read_phrasal_cues` gives such a verb
the lemma of the cue it stands for (:data:`~quoteattr.lexicon.PHRASAL_CUES`), so every rule
reads it as that cue.  The user's ``Doc`` is never changed: a copy is returned when there is
a pair to read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import phrasal_particle_tokens

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc, Token

    from .lexicon import Lexicon

__all__ = ["read_phrasal_cues"]


def read_phrasal_cues(doc: Doc, lex: Lexicon, arr: np.ndarray | None = None) -> Doc:
    """``doc``, or a copy in which each verb of a phrasal cue ("shot back") has the lemma of
    the cue verb it means ("retort").

    The particle must follow its verb directly and hang on it, and a clause or quotation
    must follow the particle ("that", a comma, a colon or a quotation mark): "fired back at
    the gunmen" and "fired back in March" keep their lemma.  ``arr`` is the doc's
    :func:`~quoteattr.cues.token_array`.
    """
    found: list[tuple[int, str]] = []
    for i in phrasal_particle_tokens(doc, lex, arr):
        particle = doc[i]
        verb = particle.head
        if particle.dep_ not in ("prt", "advmod") or verb.i != i - 1 or i + 1 >= len(doc):
            continue
        if verb.pos_ != "VERB" and not _verb_read_as_noun(verb):
            continue
        after = doc[i + 1]
        if not (after.lower_ == "that" or after.text in (",", ":") or after.is_quote):
            continue  # ("fired back at George Will", "fired back in March, attacking …")
        cue = lex.phrasal_cues[particle.lower_].get(verb.lemma_.lower())
        if cue is not None:
            found.append((verb.i, cue))
    if not found:
        return doc
    copy = doc.copy()
    for i, cue in found:
        copy[i].lemma_ = cue
        if copy[i].pos_ != "VERB":
            copy[i].pos_ = "VERB"  # ("The latter shot back that …": the tagger took "shot" for a noun)
            copy[i].tag_ = "VBD"
    return copy


def _verb_read_as_noun(tok: Token) -> bool:
    """Whether ``tok``, tagged a singular noun, heads a clause with a subject of its own, as a
    past-tense verb would ("The latter shot back that …")."""
    return (
        tok.tag_ == "NN"
        and tok.dep_ in ("ROOT", "ccomp", "conj")
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
    )
