"""Text → interview-transcript turns ("WALLACE: Let's start with ...").

Newspapers print interviews and debate excerpts as paragraphs that open with the speaker's
name in capitals and a colon, often without quotation marks around the words.  Each such
paragraph is a turn: the words after the label, spoken by the person the label names.

A label alone is weak evidence ("UPDATE:", "WASHINGTON:"), so a document only counts as
holding a transcript when at least three paragraphs open with labels, at least two of
them different, and one of them repeats: the back-and-forth of an exchange.  Labels that
name no speaker are data in :mod:`quoteattr.lexicon` (``transcript_non_speakers``).
"""

from __future__ import annotations

from collections import Counter

import attrs
import regex

from .marks import quote_mark_chars

__all__ = ["Turn", "find_answers", "find_turns"]

# A paragraph-initial label: optional opening quotation mark, one to four words written in
# capitals (initials and "MR." allowed).  "Q:" and "A:" name nobody, so they are not labels.
_LABEL = regex.compile(
    r"""(?m)^[^\S\n]*(?:''|``|["“”‘’«])?[^\S\n]*
    (?P<label>[A-Z][A-Z'’.\-]+(?:[^\S\n]+[A-Z][A-Z'’.\-]*){0,3})
    [^\S\n]*:[^\S\n]+(?=\S)""",
    regex.VERBOSE,
)
_CLOSING = ("”", "''", '"')
_MIN_TURNS = 3
_STAGE = regex.compile(r"""["“”'`]*\s*[(\[][^)\]]*[)\]]\.?\s*["”'`]*""")


@attrs.frozen
class Turn:
    """One transcript turn: the label naming the speaker and the words that follow it."""

    label_start: int
    label_end: int
    start: int
    end: int


def _unpaired(seg: str, mark: str) -> bool:
    """Whether the closing ``mark`` that ends ``seg`` has no opening mark inside it."""
    if mark == "”":
        return seg.count("”") > seg.count("“")
    if mark == "''":
        return seg.count("''") > seg.count("``") and seg.count("''") % 2 == 1
    return seg.count('"') % 2 == 1


def _paragraph_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def _run_to_label(text: str, e: int, nxt_label: int, *, stop_at_stage: bool) -> int:
    """Extend a turn ending at ``e`` over the unlabelled paragraphs before the next label
    at ``nxt_label`` (with ``stop_at_stage``, up to a stage direction: "(BEGIN VIDEO CLIP.)")."""
    while True:
        nxt = e
        while nxt < nxt_label and text[nxt].isspace():
            nxt += 1
        if nxt >= nxt_label:
            return e
        para_end = min(_paragraph_end(text, nxt), nxt_label)
        if stop_at_stage and _STAGE.fullmatch(text[nxt:para_end].strip()):
            return e
        e = para_end


def find_turns(text: str, non_speakers: frozenset[str] = frozenset()) -> list[Turn]:
    """Every turn of the transcript in ``text``, or ``[]`` when it holds none.

    A turn ends with its paragraph; a closing quotation mark that ends the paragraph
    belongs to the quotation wrapping the transcript and is left out.
    """
    if ":" not in text:
        return []
    found = []
    for m in _LABEL.finditer(text):
        label = m.group("label")
        if label.upper().rstrip(".") in non_speakers or not any(ch.isalpha() for ch in label):
            continue
        found.append(m)
    if len(found) < _MIN_TURNS:
        return []
    counts = Counter(m.group("label").split()[-1] for m in found)  # "JAKE TAPPER" and "TAPPER" are one
    if len(counts) < 2 or counts.most_common(1)[0][1] < 2:
        return []
    turns = []
    label_starts = {m.start() + len(m.group(0)) - len(m.group(0).lstrip()) for m in found}
    for k, m in enumerate(found):
        s = m.end()
        e = _paragraph_end(text, s)
        wrapped = m.group(0).strip()[:1] in quote_mark_chars
        if not wrapped and k + 1 < len(found):
            # unquoted transcript: the paragraphs up to the next label are this turn's,
            # up to a stage direction ("(BEGIN VIDEO CLIP.)")
            e = _run_to_label(text, e, found[k + 1].start(), stop_at_stage=True)
        while wrapped:
            # a quoted turn left open at its paragraph end goes on in the next paragraph
            # when that one opens with a quotation mark and no label of its own
            body = text[s:e].rstrip()
            if not body or body.endswith(_CLOSING) and _unpaired(body, next(c for c in _CLOSING if body.endswith(c))):
                break
            nxt = e
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            if nxt >= len(text) or nxt in label_starts or text[nxt] not in quote_mark_chars:
                break
            para = text[nxt:_paragraph_end(text, nxt)]
            if _STAGE.fullmatch(para.strip()):
                break  # "(CROSSTALK.)": a stage direction ends the turn
            e = _paragraph_end(text, nxt)
        while e > s and text[e - 1].isspace():
            e -= 1
        for mark in _CLOSING:
            if text.endswith(mark, s, e) and _unpaired(text[s:e], mark):
                e -= len(mark)
                break
        if e > s:
            turns.append(Turn(m.start("label"), m.end("label"), s, e))
    return turns


# A question-and-answer interview: paragraphs that open with "Q:" / "A:" (or "Q." / "A.",
# "Question:" / "Answer:").  The questions are the interviewer's; the answers are the words
# of the person interviewed, whom the labels do not name.
_QA_LABEL = regex.compile(r"(?m)^[^\S\n]*(?P<label>Q|A|Question|Answer)[^\S\n]*[:.][^\S\n]+(?=\S)")


def find_answers(text: str) -> list[Turn]:
    """The answers of a question-and-answer interview in ``text``, or ``[]`` when it holds
    none (at least one question and one answer, every answer after a question).

    An answer runs to the next label; the last one ends with its paragraph, after which
    the article usually goes on in its own voice.  Its label is the "A:" it opens with.
    """
    if ":" not in text and "." not in text:
        return []
    found = list(_QA_LABEL.finditer(text))
    kinds = [m.group("label")[0] for m in found]
    if "Q" not in kinds or "A" not in kinds or kinds.index("Q") > kinds.index("A"):
        return []
    answers = []
    for k, m in enumerate(found):
        if kinds[k] != "A":
            continue
        s = m.end()
        e = _paragraph_end(text, s)
        if k + 1 < len(found):
            e = _run_to_label(text, e, found[k + 1].start(), stop_at_stage=False)
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            answers.append(Turn(m.start("label"), m.end("label"), s, e))
    return answers
