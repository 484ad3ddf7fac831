"""Interview transcripts: "NAME: words" paragraphs are turns spoken by the named person."""

from __future__ import annotations

from quoteattr import QuoteKind
from quoteattr.lexicon import get
from quoteattr.transcripts import find_answers, find_turns

NON_SPEAKERS = get().transcript_non_speakers

WRAPPED = (
    "Senator Jane Holloway defended the bill on Sunday.\n\n"
    "Partial transcript as follows:\n\n"
    '"BARTLETT: Senator, thank you for joining us. Will the bill pass this week?\n\n'
    '"HOLLOWAY: I believe it will. We have the votes, and the governor called it “a good start.”\n\n'
    '"We have worked on this for two years.\n\n'
    '"(CROSSTALK.)\n\n'
    '"BARTLETT: Let me stop you there.\n\n'
    '"HOLLOWAY: Of course."\n'
)

UNWRAPPED = (
    "The mayor spoke to the station on Friday.\n\n"
    "DANA REYES: Are the roads safe tonight?\n\n"
    "(BEGIN VIDEO CLIP.)\n\n"
    "ORTIZ: Crews have been out since noon.\n\n"
    "We expect the main routes to be clear by midnight.\n\n"
    "REYES: Thank you, Mayor.\n"
)


def test_wrapped_transcript_turns_and_their_extent():
    turns = find_turns(WRAPPED, NON_SPEAKERS)
    labels = [WRAPPED[t.label_start:t.label_end] for t in turns]
    assert labels == ["BARTLETT", "HOLLOWAY", "BARTLETT", "HOLLOWAY"]
    texts = [WRAPPED[t.start:t.end] for t in turns]
    assert texts[0] == "Senator, thank you for joining us. Will the bill pass this week?"
    # a turn left open runs on into the next quoted paragraph, up to the stage direction
    assert texts[1].startswith("I believe it will.") and texts[1].endswith("We have worked on this for two years.")
    # the closing mark of the wrapping quotation is not part of the last turn
    assert texts[3] == "Of course."


def test_unwrapped_transcript_runs_to_the_next_label():
    turns = find_turns(UNWRAPPED, NON_SPEAKERS)
    texts = [UNWRAPPED[t.start:t.end] for t in turns]
    assert texts == [
        "Are the roads safe tonight?",
        "Crews have been out since noon.\n\nWe expect the main routes to be clear by midnight.",
        "Thank you, Mayor.",
    ]


def test_labels_alone_do_not_make_a_transcript():
    # one repeated label, and labels that name no speaker
    assert find_turns("UPDATE: The vote was delayed.\n\nUPDATE: It passed.\n\nUPDATE: Signed.", NON_SPEAKERS) == []
    assert find_turns("WASHINGTON: Talks resumed.\n\nBEIJING: Talks resumed.", NON_SPEAKERS) == []
    # interviewer and answer letters name nobody
    assert find_turns("Q: Why now?\n\nA: Because.\n\nQ: And then?\n\nA: We wait.", NON_SPEAKERS) == []
    assert find_turns("", NON_SPEAKERS) == []


def test_transcript_turns_are_quotes_of_the_named_person(extractor):
    quotes = [q for q in extractor.extract(WRAPPED) if q.evidence[0] == "transcript-turn"]
    assert len(quotes) == 4
    holloway = quotes[1]
    assert holloway.speaker.name == "Jane Holloway" and holloway.speaker.mention.text == "HOLLOWAY"
    # a quoted fragment inside a turn makes it mixed; the fragment is not a quote of its own
    assert holloway.kind is QuoteKind.MIXED
    assert not any(q.text == "a good start." for q in extractor.extract(WRAPPED))
    assert quotes[0].kind is QuoteKind.INDIRECT and quotes[0].speaker.mention.text == "BARTLETT"
    # speech verbs inside a turn are part of the turn, not new quotes ("the governor called it")
    assert not any(q.cue and q.cue.text == "called" for q in extractor.extract(WRAPPED))


def test_unwrapped_transcript_end_to_end(extractor):
    quotes = extractor.extract(UNWRAPPED)
    assert [(q.speaker.mention.text, q.text[:20]) for q in quotes] == [
        ("DANA REYES", "Are the roads safe t"),
        ("ORTIZ", "Crews have been out "),
        ("REYES", "Thank you, Mayor."),
    ]
    assert quotes[0].speaker is not None and quotes[0].speaker.named


QA_TEXT = (
    "In an interview with The Guardian, the novelist Zadie Smith spoke about her new book.\n\n"
    "Q: Why return to the 19th century?\n"
    "A: Because the arguments we're having now were already being had then. Nothing is new.\n\n"
    "Q: Are you hopeful about the election?\n"
    "A: Hopeful is a strong word.\n\n"
    "Smith lives in London. She said she writes every morning."
)


def test_find_answers_of_a_question_and_answer_interview():
    answers = find_answers(QA_TEXT)
    assert [QA_TEXT[t.start : t.end] for t in answers] == [
        "Because the arguments we're having now were already being had then. Nothing is new.",
        "Hopeful is a strong word.",
    ]
    assert [QA_TEXT[t.label_start : t.label_end] for t in answers] == ["A", "A"]
    # an answer before any question, or answers alone, make no interview
    assert find_answers("A: Hopeful is a strong word.\n\nQ: Why?\n") == []
    assert find_answers("A. J. Foyt won the race.\n\nA. N. Other came second.") == []


def test_interview_answers_are_the_interviewees_words(extractor):
    got = [(q.text, q.speaker.name, q.evidence[0]) for q in extractor.extract(QA_TEXT) if q.evidence[0] == "interview-answer"]
    assert got == [
        ("Because the arguments we're having now were already being had then. Nothing is new.", "Zadie Smith", "interview-answer"),
        ("Hopeful is a strong word.", "Zadie Smith", "interview-answer"),
    ]
