"""Doc → candidate cue tokens: reporting verbs and "according to".

One vectorised pass over the Doc's lemma and POS arrays finds the verbs of the cue
lexicon, so the cost per document is a numpy lookup plus a loop over the few hits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import numpy as np
from spacy.attrs import IDX, IS_ALPHA, IS_STOP, LEMMA, LOWER, POS
from spacy.symbols import ADJ, AUX, NOUN, VERB

from .lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["COLUMNS", "CueSet", "is_in", "token_array", "cue_tokens", "according_tokens", "as_quote_tokens", "stance_noun_tokens", "opinion_tokens", "belief_tokens", "has_name_particle", "phrasal_particle_tokens"]

#: The token attributes the engine reads as arrays, in column order (one ``to_array`` per Doc).
COLUMNS = (LEMMA, POS, LOWER, IDX, IS_ALPHA, IS_STOP)
LEMMA_COL, POS_COL, LOWER_COL, IDX_COL, ALPHA_COL, STOP_COL = range(len(COLUMNS))


def token_array(doc: Doc) -> np.ndarray:
    """Every column of :data:`COLUMNS` for every token of ``doc``, read once."""
    return doc.to_array(list(COLUMNS))


def is_in(values: np.ndarray, sorted_ids: np.ndarray) -> np.ndarray:
    """Whether each value is one of ``sorted_ids`` (ascending): ``np.isin``'s answer by
    binary search, several times faster for the engine's short word lists."""
    if len(sorted_ids) == 0:
        return np.zeros(len(values), dtype=bool)
    idx = np.searchsorted(sorted_ids, values)
    idx[idx == len(sorted_ids)] = 0
    return sorted_ids[idx] == values


@attrs.frozen
class CueSet:
    """Lexicon lemmas turned into spaCy hash arrays for one vocabulary's string store
    (each ascending, for :func:`is_in`)."""

    lemma_hashes: np.ndarray
    according_hash: int
    as_hash: int
    that_hash: int = 0
    noun_hashes: np.ndarray = attrs.field(factory=lambda: np.array([], dtype=np.uint64))
    opinion_hashes: np.ndarray = attrs.field(factory=lambda: np.array([], dtype=np.uint64))
    belief_hashes: np.ndarray = attrs.field(factory=lambda: np.array([], dtype=np.uint64))
    particle_hashes: np.ndarray = attrs.field(factory=lambda: np.array([], dtype=np.uint64))
    phrasal_hashes: np.ndarray = attrs.field(factory=lambda: np.array([], dtype=np.uint64))

    @classmethod
    def from_lexicon(cls, doc: Doc, lex: Lexicon) -> CueSet:
        """Hash the cue lemmas with the Doc's string store (hashes are stable across vocabs)."""
        strings = doc.vocab.strings
        hashes = np.array(sorted(strings.add(w) for w in lex.cue_verbs | lex.light_verbs), dtype=np.uint64)
        nouns = np.array(sorted(strings.add(w) for w in lex.stance_nouns), dtype=np.uint64)
        opinions = np.array(sorted(strings.add(w) for w in lex.opinion_nouns), dtype=np.uint64)
        beliefs = np.array(sorted(strings.add(w) for w in lex.cognition_adjectives), dtype=np.uint64)
        particles = np.array(sorted(strings.add(w) for w in lex.name_particles), dtype=np.uint64)
        phrasal = np.array(sorted(strings.add(w) for w in lex.phrasal_cues), dtype=np.uint64)
        return cls(
            lemma_hashes=hashes,
            according_hash=strings.add("according"),
            as_hash=strings.add("as"),
            that_hash=strings.add("that"),
            noun_hashes=nouns,
            opinion_hashes=opinions,
            belief_hashes=beliefs,
            particle_hashes=particles,
            phrasal_hashes=phrasal,
        )


_CACHE: dict[tuple[str, bool], CueSet] = {}


def _cue_set(doc: Doc, lex: Lexicon) -> CueSet:
    key = (lex.lang, bool(lex.stance_verbs))
    cs = _CACHE.get(key)
    if cs is None:
        cs = _CACHE[key] = CueSet.from_lexicon(doc, lex)
    return cs


def cue_tokens(doc: Doc, lex: Lexicon, arr: np.ndarray | None = None) -> list[int]:
    """Indices of tokens that are verbs (or auxiliaries) whose lemma is a cue verb or a
    light verb (the caller checks a light verb's shape)."""
    if len(doc) == 0:
        return []
    cs = _cue_set(doc, lex)
    if arr is None:
        arr = token_array(doc)
    lemmas = arr[:, LEMMA_COL]
    pos = arr[:, POS_COL]
    known = is_in(lemmas, cs.lemma_hashes)
    hits = np.flatnonzero(known & ((pos == VERB) | (pos == AUX))).tolist()
    if lex.misread_lemmas:
        # "hoping" is lemmatized "hop"; "hopped" is hop, not hope
        hits = [i for i in hits if not _other_verb(doc[i], lex)]
    # "But Trump claims that he ...": a verb tagged as a noun still heads a subject and a
    # clause; the few such nouns are checked one by one
    nouns = np.flatnonzero(known & (pos == NOUN)).tolist()
    if nouns:
        hits.extend(i for i in nouns if _misparsed_verb(doc[i]))
        hits.sort()
    return hits


def _other_verb(tok, lex: Lexicon) -> bool:
    """A token whose lemma is a misread cue lemma but whose form is the other verb ("hopped")."""
    other = lex.misread_lemmas.get(tok.lemma_.lower())
    return bool(other) and tok.lower_.startswith(other)


def _misparsed_verb(tok) -> bool:
    """A noun with a clausal complement and a subject (or a name compounded to it), or a
    plural noun right after a sentence-initial name and right before "that" ("Trump
    charges that ..."): a verb the tagger read as a noun."""
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > tok.i for c in tok.children):
        # ("The candidate plans to be back ...": a subject and an infinitive, too)
        return any(c.dep_ == "nsubj" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in tok.lefts)
    doc = tok.doc
    if tok.dep_ == "ROOT" and any(
        c.dep_ == "ccomp" and c.i < tok.i and doc[c.right_edge.i + 1].text == "," for c in tok.children
    ):
        return True  # "The company agreed to sell it in 2010, records show.": a fronted report
    if tok.tag_ != "NNS" or tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "that":
        return False
    prev = doc[tok.i - 1]
    return (prev.pos_ == "PROPN" or prev.is_title or prev.ent_type_ in ("PERSON", "ORG")) and doc[prev.left_edge.i].is_sent_start


def stance_noun_tokens(doc: Doc, lex: Lexicon, arr: np.ndarray | None = None) -> list[int]:
    """Indices of nouns of the stance lexicon (empty unless the lexicon has stances)."""
    if len(doc) == 0 or not lex.stance_nouns:
        return []
    cs = _cue_set(doc, lex)
    if arr is None:
        arr = token_array(doc)
    hits = is_in(arr[:, LEMMA_COL], cs.noun_hashes) & (arr[:, POS_COL] == NOUN)
    return np.flatnonzero(hits).tolist()


def as_quote_tokens(doc: Doc, lex: Lexicon, arr: np.ndarray | None = None) -> list[int]:
    """Indices of "as" tokens with a quotation mark among the next three tokens ("cast
    Johnson as an “honorable choice”"): candidates for a characterisation in quotes."""
    if len(doc) == 0:
        return []
    if arr is None:
        arr = token_array(doc)
    idx = np.flatnonzero(arr[:, LOWER_COL] == _cue_set(doc, lex).as_hash).tolist()
    return [i for i in idx if any(t.is_quote for t in doc[i + 1 : i + 4])]


def according_tokens(doc: Doc, lex: Lexicon, arr: np.ndarray | None = None) -> list[int]:
    """Indices of "according" tokens followed by "to" (the "according to X" cue)."""
    if len(doc) == 0:
        return []
    cs = _cue_set(doc, lex)
    if arr is None:
        arr = token_array(doc)
    idx = np.flatnonzero(arr[:, LOWER_COL] == cs.according_hash).tolist()
    return [i for i in idx if i + 1 < len(doc) and doc[i + 1].lower_ == "to"]


def opinion_tokens(doc: Doc, lex: Lexicon, arr: np.ndarray | None = None) -> list[int]:
    """Indices of opinion nouns governed by "in" ("In his view", "in the opinion of"):
    candidates for a source phrase set off from its clause."""
    if len(doc) == 0 or not lex.opinion_nouns:
        return []
    cs = _cue_set(doc, lex)
    if arr is None:
        arr = token_array(doc)
    idx = np.flatnonzero(is_in(arr[:, LOWER_COL], cs.opinion_hashes)).tolist()
    return [i for i in idx if doc[i].dep_ == "pobj" and doc[i].head.lower_ == "in" and doc[i].head.i < i]


def belief_tokens(doc: Doc, lex: Lexicon, arr: np.ndarray | None = None) -> list[int]:
    """Indices of adjectives or participles of a held belief ("convinced", "adamant"):
    candidates for "X is convinced that C"."""
    if len(doc) == 0 or not lex.cognition_adjectives:
        return []
    cs = _cue_set(doc, lex)
    if arr is None:
        arr = token_array(doc)
    pos = arr[:, POS_COL]
    hits = is_in(arr[:, LOWER_COL], cs.belief_hashes) & ((pos == ADJ) | (pos == VERB))
    return np.flatnonzero(hits).tolist()


def has_name_particle(doc: Doc, lex: Lexicon, arr: np.ndarray | None = None) -> bool:
    """Whether any token is a name particle ("von", "van der"): only then can a person's
    name the NER cut at one need mending."""
    if len(doc) == 0 or not lex.name_particles:
        return False
    if arr is None:
        arr = token_array(doc)
    return bool(is_in(arr[:, LOWER_COL], _cue_set(doc, lex).particle_hashes).any())


def phrasal_particle_tokens(doc: Doc, lex: Lexicon, arr: np.ndarray | None = None) -> list[int]:
    """Indices of the particles of the lexicon's phrasal cues ("back" of "shot back"): only
    where one occurs can a verb and its particle mean a cue verb."""
    if len(doc) == 0 or not lex.phrasal_cues:
        return []
    if arr is None:
        arr = token_array(doc)
    return np.flatnonzero(is_in(arr[:, LOWER_COL], _cue_set(doc, lex).phrasal_hashes)).tolist()


def copular_that_tokens(doc: Doc, lex: Lexicon, arr: np.ndarray | None = None) -> list[int]:
    """Indices of forms of "be" whose complement is a that-clause ("Her argument is that
    C", "What he said was that C"): candidates for a proposition stated through a copula."""
    if len(doc) == 0:
        return []
    if arr is None:
        arr = token_array(doc)
    out = []
    for i in np.flatnonzero(arr[:, LOWER_COL] == _cue_set(doc, lex).that_hash).tolist():
        tok = doc[i]
        clause = tok.head
        if tok.dep_ == "mark" and clause.dep_ == "ccomp" and clause.head.lemma_ == "be" and clause.head.i < i:
            out.append(clause.head.i)
    return out
