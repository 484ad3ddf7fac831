"""The stance option: positions taken with a stance verb, returned only when asked for."""

from __future__ import annotations

import pytest

from quoteattr import QuoteKind
from quoteattr import lexicon


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue", "rule"),
    [
        ("Christie endorsed Trump on Friday.", "Trump", "Christie", "endorsed", "stance:object"),
        ("Sen. Heidi Heitkamp opposes a Democratic measure authorizing broader background checks.",
         "a Democratic measure authorizing broader background checks", "Heidi Heitkamp", "opposes", "stance:object"),
        ("The Republican presidential candidate plans to be back in South Carolina later Saturday.",
         "be back in South Carolina later Saturday", None, "plans", "stance:infinitive-complement"),
        ("Sen. Bernie Sanders defended his call to raise the federal minimum wage to $15 an hour.",
         "his call to raise the federal minimum wage to $15 an hour", "Bernie Sanders", "defended", "stance:object"),
        ("O'Malley spoke of a recent visit to a mosque in Northern Virginia.",
         "a recent visit to a mosque in Northern Virginia", "O'Malley", "spoke", "stance:topic"),
    ],
)
def test_a_stance_verb_reports_its_object_infinitive_or_topic(stance_extractor, text, content, speaker, cue, rule):
    qs = stance_extractor.extract(text)
    q = next(q for q in qs if q.cue is not None and q.cue.text == cue)
    assert q.kind is QuoteKind.INDIRECT
    assert q.text == content and text[q.start:q.end] == content
    assert q.evidence[0] == rule
    assert q.confidence < 0.55  # below every reporting rule
    if speaker is not None:
        assert q.speaker is not None and q.speaker.name == speaker
    else:
        assert q.speaker is not None and q.speaker.mention.text == "The Republican presidential candidate"


@pytest.mark.parametrize(
    "text",
    [
        "Christie endorsed Trump on Friday.",
        "Sen. Heidi Heitkamp opposes a Democratic measure authorizing broader background checks.",
        "The Republican presidential candidate plans to be back in South Carolina later Saturday.",
    ],
)
def test_stances_are_off_by_default(extractor, text):
    assert extractor.extract(text) == []


def test_a_stance_extractor_keeps_every_report(extractor, stance_extractor):
    text = (
        "“We will respond,” Blinken said. The Pentagon said the balloon posed no threat. "
        "Christie endorsed Trump."
    )
    plain = [(q.start, q.end, q.kind) for q in extractor.extract(text)]
    broad = [(q.start, q.end, q.kind) for q in stance_extractor.extract(text)]
    assert set(plain) < set(broad)


def test_a_stance_is_never_the_report_a_quote_paragraph_continues(stance_extractor):
    # the quote after the stance continues Sanders's words, not the endorsement
    text = (
        "Sanders said the system is rigged.\n\n"
        "Warren endorsed Clinton.\n\n"
        "“This is a fight we will win.”"
    )
    direct = [q for q in stance_extractor.extract(text) if q.kind is QuoteKind.DIRECT]
    assert direct and direct[0].speaker is not None and direct[0].speaker.name == "Sanders"


def test_the_stance_lexicon_is_a_separate_lexicon():
    plain, broad = lexicon.get("en"), lexicon.get("en", stances=True)
    assert not plain.stance_verbs and "endorse" not in plain.cue_verbs
    assert {"endorse", "oppose", "plan"} <= broad.stance_verbs <= broad.cue_verbs
    assert broad.speech_verbs == plain.speech_verbs
    assert lexicon.get("en", stances=True) is broad  # built once


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Clinton is hoping that voters will forgive her.", "voters will forgive her"),
        ("He hoped the talks would succeed.", "the talks would succeed"),
        ("She hopes to win Iowa.", "win Iowa"),
    ],
)
def test_hope_is_a_cue_though_the_tagger_lemmatizes_it_hop(extractor, text, content):
    q = extractor.extract(text)[0]
    assert q.text == content and q.cue.text.lower().startswith("hop")


def test_hopping_is_not_hoping(nlp, extractor):
    text = "Trump hopped on a plane to Iowa."
    assert [t.lemma_ for t in nlp(text) if t.lower_ == "hopped"] == ["hop"]
    assert extractor.extract(text) == []


def test_lambasted_is_a_cue_though_lemmatized_lambast(extractor, stance_extractor):
    # with a predicate it reports a characterisation; with an object alone, a position
    q = only_one(extractor.extract("Critics lambasted the plan as a giveaway to the rich."))
    assert (q.cue.text, q.evidence[0]) == ("lambasted", "lambaste-as")
    q = only_one(stance_extractor.extract("Critics lambasted the plan on Monday."))
    assert (q.cue.text, q.text) == ("lambasted", "the plan")


ENDORSEMENT = "Christie endorsed Trump on Friday. Clinton said the election would be close."


def test_the_component_takes_stances_from_its_config(nlp):
    from quoteattr.component import QuoteAttributor

    plain = QuoteAttributor(nlp, "quoteattr")
    broad = QuoteAttributor(nlp, "quoteattr", stances=True)
    assert not plain.options.stances and broad.options.stances
    restored = QuoteAttributor(nlp, "quoteattr").from_bytes(broad.to_bytes())
    assert restored.options == broad.options
    with pytest.raises(TypeError, match="stances must be a bool"):
        QuoteAttributor(nlp, "quoteattr", stances="yes")
    assert [q.text for q in plain(nlp(ENDORSEMENT))._.quotes] == ["the election would be close"]
    stances = [q.text for q in broad(nlp(ENDORSEMENT))._.quotes if q.evidence[0].startswith("stance:")]
    assert stances == ["Trump"]


def test_the_command_line_takes_stances(tmp_path, capsys):
    import json

    from quoteattr._cli import main

    path = tmp_path / "a.txt"
    path.write_text(ENDORSEMENT, encoding="utf-8")
    assert main([str(path), "-f", "jsonl"]) == 0
    plain = json.loads(capsys.readouterr().out)["quotes"]
    assert main([str(path), "-f", "jsonl", "--stances"]) == 0
    broad = json.loads(capsys.readouterr().out)["quotes"]
    assert [q["text"] for q in plain] == ["the election would be close"]
    assert sorted(q["text"] for q in broad) == ["Trump", "the election would be close"]


def test_dask_records_take_stances():
    from quoteattr import dask as qd

    recs = [{"id": 1, "text": ENDORSEMENT}]
    plain = list(qd.iter_records(recs))[0]["quotes"]
    broad = list(qd.iter_records(recs, stances=True))[0]["quotes"]
    assert len(broad) == len(plain) + 1
    assert any(q["evidence"][0] == "stance:object" for q in broad)


@pytest.mark.parametrize(
    ("text", "content", "holder"),
    [
        ("Clinton renewed her criticism of the trade deal on Monday.", "the trade deal", "Clinton"),
        ("Sanders has made clear his opposition to the Keystone pipeline.", "the Keystone pipeline", None),
    ],
)
def test_a_stance_noun_with_a_possessor(stance_extractor, extractor, text, content, holder):
    q = next(q for q in stance_extractor.extract(text) if q.evidence[0] == "stance:noun")
    assert q.text == content
    assert q.speaker is not None and q.speaker.mention.text in ("her", "his")
    if holder is not None:
        assert q.speaker.name == holder
    assert not any(q.evidence[0] == "stance:noun" for q in extractor.extract(text))


def test_a_stance_noun_needs_someone_holding_it(stance_extractor):
    # no possessor: a debate in general, not a position someone took
    assert stance_extractor.extract("The criticism of the trade deal grew louder in Ohio.") == []


def test_a_noun_phrase_content_leaves_out_the_aside_on_its_object(stance_extractor):
    text = "He voted for Ben Carson, a neurosurgeon who has never held federal political office."
    q = stance_extractor.extract(text)[0]
    assert q.text == "Ben Carson" and q.evidence[0] == "stance:topic"


def test_a_passive_report_with_an_agent_reports_its_subject(extractor, stance_extractor):
    q = only_one(extractor.extract("The meeting was first reported by Politico."))
    assert (q.text, q.kind, q.speaker.name) == ("The meeting", QuoteKind.INDIRECT, "Politico")
    text = "These policy proposals have been applauded by Wall Street critics, including Paul Krugman."
    assert extractor.extract(text) == []  # applaud is a stance
    q = only_one(stance_extractor.extract(text))
    assert q.text == "These policy proposals" and q.speaker.mention.text.startswith("Wall Street critics")


def only_one(quotes):
    assert len(quotes) == 1, [(q.kind.value, q.text) for q in quotes]
    return quotes[0]


def test_a_stance_after_a_verb_that_reports_nothing_is_still_held(stance_extractor):
    text = "Those whose top issue was health care tended to support Clinton."
    q = only_one(stance_extractor.extract(text))
    assert q.text == "Clinton" and q.evidence[0] == "stance:object"


def test_a_stance_under_a_reporting_verb_is_part_of_its_content(stance_extractor):
    q = only_one(stance_extractor.extract("Sanders refused to endorse Clinton."))
    assert q.text == "endorse Clinton" and q.cue.text == "refused"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Cruz criticized Trump, calling his plan a fraud.", "Trump"),
        ("O'Malley spoke at the forum on Sunday, and criticized Sanders and Clinton.", "Sanders and Clinton"),
        ("Clinton thanked the volunteers.", "the volunteers"),
    ],
)
def test_the_target_of_a_judgement_is_a_stance(extractor, stance_extractor, text, content):
    # the person criticized is not what was said
    assert all(q.text != content for q in extractor.extract(text))
    q = next(q for q in stance_extractor.extract(text) if q.text == content)
    assert q.evidence[0] == "stance:object" and q.confidence == 0.45


def test_a_stance_inside_the_reported_clause_stays_in_it(stance_extractor):
    # "refused" is a stance verb in this mode, but the clause's own: not the police's next act
    text = "Police say he posed a deadly threat and refused to drop the gun."
    q = next(q for q in stance_extractor.extract(text) if q.cue.text == "say")
    assert q.text == "he posed a deadly threat and refused to drop the gun"
