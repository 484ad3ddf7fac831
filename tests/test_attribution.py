"""One test per attribution rule, with real news sentences (mostly from the seed articles)."""

from __future__ import annotations

import pytest

from quoteattr import QuoteKind


def only(quotes, kind=None):
    qs = [q for q in quotes if kind is None or q.kind is kind]
    assert len(qs) == 1, [(q.kind.value, q.text) for q in quotes]
    return qs[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue", "rule"),
    [
        ("“We will respond,” Blinken said.", "We will respond,", "Blinken", "said", "direct:"),
        ("“We will respond,” said Antony Blinken, the secretary of state.", "We will respond,", "Antony Blinken", "said", "direct:"),
        ("Antony Blinken said: “We will respond to this violation.”", "We will respond to this violation.", "Antony Blinken", "said", "direct:"),
        ("“Are we where we need to be? Probably not,” Ms. Moore said.", "Are we where we need to be? Probably not,", "Moore", "said", "direct:"),
        ("Rep. Jim Clyburn: “These are howls. These are not whistles.”", "These are howls. These are not whistles.", "Jim Clyburn", None, "direct:colon-frame"),
    ],
)
def test_direct_quote_with_adjacent_attribution(extractor, text, content, speaker, cue, rule):
    q = only(extractor.extract(text), QuoteKind.DIRECT)
    assert q.text == content
    assert text[q.start:q.end] == content
    assert q.speaker is not None and q.speaker.name == speaker
    assert (q.cue.text if q.cue else None) == cue
    assert q.evidence[0].startswith(rule)


def test_direct_quote_with_a_name_and_apposition_before_the_cue(extractor):
    # the parser hangs the name on the quotation and leaves "tells" without a subject
    text = (
        "Blackwell endorsed Cruz last week.\n\n"
        "“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media Research Center, tells Breitbart News."
    )
    q = only(extractor.extract(text))
    assert q.kind is QuoteKind.DIRECT and q.text == "Yes, I support Ted Cruz,"
    assert q.speaker.name == "Brent Bozell III"


def test_apposition_with_a_participle_and_a_quoted_name_before_the_cue(extractor):
    text = (
        "Not everyone was claiming success.\n\n“We’ve had more successful conventions than this one,” Texas "
        "delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly."
    )
    q = next(q for q in extractor.extract(text) if q.kind is QuoteKind.DIRECT)
    assert q.text == "We’ve had more successful conventions than this one,"
    assert q.speaker.name == "Bill Eastland" and q.cue.text == "said"


def test_inverted_cue_with_an_organisation_after_it(extractor):
    text = "The agency posed no risk, Andrew Mitchell says.\n\n\"There is still a lot of work to do,\" added the Pentagon."
    q = next(q for q in extractor.extract(text) if q.kind is QuoteKind.DIRECT)
    assert q.speaker.name == "Pentagon" and q.cue.text == "added"


def test_split_quote_gives_two_quotes_with_one_speaker(extractor):
    text = "“This chapter should be closed,” Blinken said. “But it’s a good and I think an important start.”"
    quotes = extractor.extract(text)
    assert [q.text for q in quotes] == ["This chapter should be closed,", "But it’s a good and I think an important start."]
    assert {q.speaker.name for q in quotes} == {"Blinken"}
    assert quotes[1].evidence[0] == "direct:continuation"


def test_split_quote_around_the_attribution(extractor):
    text = "Antony Blinken met Wang Yi. “Of course this is nothing new,” he said, “it’s something that’s been going on for years.”"
    quotes = extractor.extract(text)
    assert [q.text for q in quotes] == ["Of course this is nothing new,", "it’s something that’s been going on for years."]
    assert all(q.speaker.name == "Antony Blinken" and q.speaker.mention.text == "he" for q in quotes)


def test_quote_paragraph_continues_previous_speaker(extractor):
    text = "“I hope we will figure things out,” Biden said.\n\n“But I make no apologies for pulling down that balloon.”"
    quotes = extractor.extract(text)
    assert len(quotes) == 2
    assert quotes[1].speaker.name == "Biden" and quotes[1].cue is None


def test_short_second_half_of_a_split_quote(extractor):
    quotes = extractor.extract("“I would,” Melanie said to the TV. “I would, Donald.”")
    assert [q.text for q in quotes] == ["I would,", "I would, Donald."]
    assert quotes[1].speaker.name == "Melanie" and quotes[1].evidence[0] == "direct:continuation"
    # a short quoted title after a sentence is not speech
    assert extractor.extract("Blinken spoke on Friday. The film “Top Gun” was shown.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It\'s not over," the coach said after the game. "We\'ll be back next year." Smith, who scored '
         "twice, added that the team had never lost hope.", "the coach"),
        # nor a cue inside what the next sentence reports
        ("“She has two chances now,” said Megan Greene, chief economist at Manulife. “They have been laying "
         "down sign posts everywhere.” Greene added that the Fed very much wants to get out of the way.",
         "Megan Greene"),
    ],
)
def test_a_cue_reporting_its_own_clause_in_the_next_sentence_does_not_take_the_quote(extractor, text, speaker):
    q = extractor.extract(text)[1]
    assert q.evidence == ("direct:continuation", "speaker:continuation")
    assert q.speaker.name == speaker


def test_a_cue_after_the_quote_with_only_a_topic_still_takes_it(extractor):
    text = (
        'Bush\'s approval rating dipped, according to Gallup.\n\n"Why in the world would you try to cozy up '
        'to George W. Bush?" Lichtman said about McCain\'s effort to downplay his connections with Bush.'
    )
    q = next(q for q in extractor.extract(text) if q.kind is QuoteKind.DIRECT)
    assert q.speaker.name == "Lichtman" and q.evidence[0] == "direct:adjacent-cue"


def test_continuation_skips_a_noun_phrase_aside(extractor):
    text = (
        "“God will hold the slave drivers of our day accountable,” Francis said in a speech, as he called for "
        "greater ethics in business. “The flow of capital cannot decide the flow and life of people.”"
    )
    q = extractor.extract(text)[-1]
    assert q.evidence[0] == "direct:continuation" and q.speaker.mention.text == "Francis"


def test_scare_quotes_and_titles_are_not_quotes(extractor):
    assert extractor.extract("The film was shown on “Meet the Press” on Sunday.") == []
    text = "On this weekend’s broadcast of “Fox News Sunday,” Mike Pence said his running mate was mocking the campaign."
    assert all(q.kind is not QuoteKind.DIRECT for q in extractor.extract(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("The minister told NBC that the balloon was a civilian airship.", "the balloon was a civilian airship", "The minister", "told"),
        ("The talks will resume next week, officials said.", "The talks will resume next week", "officials", "said"),
        ("According to John Kirby, Washington wants to keep channels open.", "Washington wants to keep channels open.", "John Kirby", "According to"),
        ("Washington wants to keep channels open, according to John Kirby.", "Washington wants to keep channels open", "John Kirby", "according to"),
        ("China accused the US of seriously damaging relations.", "seriously damaging relations", "China", "accused"),
        ("Wang Yi urged the US to mend the damage to relations.", "mend the damage to relations", "Wang Yi", "urged"),
        ("Beijing has said the airship was a weather balloon.", "the airship was a weather balloon", "China", "said"),
    ],
)
def test_indirect_patterns(extractor, text, content, speaker, cue):
    q = next(q for q in extractor.extract(text) if q.cue and q.cue.text == cue)
    assert q.kind is QuoteKind.INDIRECT
    assert q.text.rstrip(".") == content.rstrip(".")
    assert q.speaker.name == speaker


def test_quoted_as_saying(extractor):
    q = only(extractor.extract("The minister was quoted as saying that the balloon was a civilian airship."))
    assert q.text == "the balloon was a civilian airship" and q.speaker.mention.text == "The minister"


def test_asked_if_is_the_question_asked(extractor):
    q = only(extractor.extract("Scarborough also asked Clinton if Trump benefits from a double standard."))
    assert q.text == "if Trump benefits from a double standard" and q.speaker.mention.text == "Scarborough"


def test_who_stands_for_the_people_not_the_place(extractor):
    text = "The change may placate nervous Democrats on Capitol Hill, who have argued that it helps candidates."
    q = only(extractor.extract(text))
    assert q.speaker.mention.text == "nervous Democrats on Capitol Hill"


def test_colon_then_a_paragraph_of_unmarked_speech(extractor):
    text = (
        "“She’s a disgrace,” Governor Pat McCrory said.\n\nThe governor added:\n\n"
        "It’s typical of Hillary Clinton. She knows nothing, but the mouth never stops.\n\n"
        "Clinton’s comments drew criticism."
    )
    q = next(q for q in extractor.extract(text) if q.evidence[0] == "colon-block")
    assert q.text == "It’s typical of Hillary Clinton. She knows nothing, but the mouth never stops"
    assert q.kind is QuoteKind.INDIRECT and q.speaker.name == "Pat McCrory"
    # a colon inside a longer sentence is not a frame
    assert not any(q.evidence[0] == "colon-block" for q in extractor.extract("He said the plan had two parts: taxes and spending.\n\nThe plan failed."))


def test_passive_report_points_back_to_previous_sentence(extractor):
    text = "The US does not seek conflict with China. This was stated by the coordinator John Kirby at a briefing."
    q = only(extractor.extract(text))
    assert q.text == "The US does not seek conflict with China"
    assert q.evidence[0] == "passive-anaphor"
    assert q.speaker.name == "John Kirby"


def test_mixed_quote_is_one_quote_covering_the_clause(extractor):
    text = "The Chinese Defense Ministry said the US had “seriously violated international practices” in shooting down the balloon."
    q = only(extractor.extract(text))
    assert q.kind is QuoteKind.MIXED
    assert q.text.startswith("the US had “seriously violated")
    assert q.speaker.name == "Chinese Defense Ministry"


def test_programme_title_after_a_broadcaster_is_not_part_of_the_claim(extractor):
    q = only(extractor.extract("Sanders told ABC’s “Good Morning America” that he agrees Trump is a “total opportunist.”"))
    assert q.kind is QuoteKind.MIXED and q.text == "he agrees Trump is a “total opportunist.”"
    # a nickname in a claim is still a quoted fragment
    q = only(extractor.extract("Clinton cited Trump’s past references to Machado as “Miss Piggy” as an example."))
    assert "“Miss Piggy”" in q.text


def test_a_fragment_in_another_sources_claim_is_not_the_cues(extractor):
    text = (
        "The Prime Minister, Keir Starmer, has insisted that the NHS will not be privatised, despite claims "
        "from unions that ministers are \"quietly selling off\" hospital services."
    )
    quotes = extractor.extract(text)
    assert [q.text for q in quotes] == ["the NHS will not be privatised"]


def test_a_chain_of_fragments_stops_at_the_cues_next_act(extractor):
    text = 'He called the bill "a betrayal" and said it would "lock in" record levels of migration.'
    assert [q.text for q in extractor.extract(text)] == [
        'the bill "a betrayal"',
        'it would "lock in" record levels of migration',
    ]
    # a chain of fragments within one characterisation stays one claim
    [q] = extractor.extract('Trump called her "a con" and "a fraud."')
    assert q.text == 'her "a con" and "a fraud."'


def test_a_that_clause_after_people_addressed_is_the_complement_not_a_relative(extractor):
    # the parser reads "clients that supply constraints would ease" as a relative clause
    text = "Analysts at Morgan Stanley wrote in a note to clients that supply constraints would ease by mid-2025."
    [q] = extractor.extract(text)
    assert q.text == "supply constraints would ease by mid-2025" and q.cue.text == "wrote"


@pytest.mark.parametrize(
    "text",
    [
        # people who find someone with something came upon them: no claim
        "Officers responded to reports of gunfire and found two men with gunshot wounds.",
        # a passive expectation has no one who expects, least of all its subject
        "Both men were taken to a hospital and were expected to survive.",
    ],
)
def test_no_report_without_someone_who_holds_it(extractor, text):
    assert extractor.extract(text) == []


def test_a_finding_about_someone_is_still_a_claim(extractor):
    [q] = extractor.extract("The survey found Clinton with a five-point lead.")
    assert q.text == "Clinton with a five-point lead" and q.speaker.mention.text == "The survey"


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            '"We have to really increase the bombings," the nominee told "Fox and Friends" after he was asked '
            "about the attack.",
            ["We have to really increase the bombings,"],
        ),
        # words said to someone right after "told" stay a quote
        ('The coach told "Nobody is safe here." Then he left.', ["Nobody is safe here."]),
    ],
)
def test_a_programme_told_is_whom_it_was_told(extractor, text, quotes):
    assert [q.text for q in extractor.extract(text)] == quotes


@pytest.mark.parametrize(
    "text",
    [
        # "call" with an object and a to-infinitive is a phone call
        "After the debate, she called Sanders to congratulate him.",
        "Years later, the governor called her to get together again.",
        # a participle naming the noun before it
        "He and his two older sisters joined a resistance movement called the Ethiopian People's Revolutionary Party.",
    ],
)
def test_call_that_names_or_phones_is_no_report(extractor, text):
    assert extractor.extract(text) == []


def test_call_on_someone_to_act_stays_a_report(extractor):
    [q] = extractor.extract("Hillary Clinton plans to call on young people to participate in national service.")
    assert q.text == "young people to participate in national service"


@pytest.mark.parametrize(
    "text",
    [
        "Americans are mad, and I agree with them.",
        "Congress can change the law at any point, regardless of how many officials assure respondents to the contrary.",
        "The fans' language moved into the spotlight again, a word Trump then repeated.",
    ],
)
def test_a_comma_clause_that_is_no_aside_reports_nothing(extractor, text):
    assert extractor.extract(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The plan, Clinton's spokesman Brian Fallon said, is dead.", "The plan, Clinton's spokesman Brian Fallon said, is dead"),
        ("Such cases, as POLITICO has reported, included aggravating circumstances.",
         "Such cases, as POLITICO has reported, included aggravating circumstances"),
    ],
)
def test_a_comma_aside_with_its_source_still_reports(extractor, text, content):
    [q] = extractor.extract(text)
    assert q.text == content


def test_called_object_and_quoted_predicate_is_mixed(extractor):
    q = only(extractor.extract("Wang Yi called the response “absurd and hysterical.”"))
    assert q.kind is QuoteKind.MIXED
    assert q.text == "the response “absurd and hysterical.”"


def test_unquoted_called_with_a_fronted_object_is_the_clause_with_its_gap(extractor):
    q = only(extractor.extract("The drills were held in the South China Sea, which the US has called dangerous."))
    assert q.text == "dangerous" and q.speaker.name == "US"


def test_free_relative_with_its_own_cue_is_the_report(extractor):
    text = "Wang Yi met Blinken. Wang acknowledged what he called an “informal” meeting with Blinken on Saturday."
    q = only(extractor.extract(text))
    assert q.kind is QuoteKind.MIXED and q.text.startswith("an “informal” meeting")
    assert q.cue.text == "called" and q.speaker.name == "Wang Yi"


def test_closing_referring_clause_deep_in_the_content_is_cut(extractor):
    text = (
        "Blinken said it was essential that this communication be restored, referring to recent "
        "meetings in the Taiwan Strait."
    )
    q = next(q for q in extractor.extract(text) if q.cue.text == "said")
    assert q.text == "it was essential that this communication be restored"


def test_relative_clause_source(extractor):
    text = "Officials tracked the balloon, which Washington says is part of a surveillance program."
    q = next(q for q in extractor.extract(text) if q.cue and q.cue.text == "says")
    assert q.text == "is part of a surveillance program"
    assert q.speaker.name == "United States"


def test_document_sources_are_an_option(nlp):
    import quoteattr

    text = "A new poll shows that most voters favor the plan."
    with_docs = quoteattr.Extractor(nlp).extract(text)
    assert [q.speaker.kind.value for q in with_docs] == ["document"]
    assert quoteattr.Extractor(nlp, include_documents=False).extract(text) == []


def test_nested_report_by_same_speaker_is_not_repeated(extractor):
    text = "Blinken told NBC that he told Wang the balloon was unacceptable."
    quotes = extractor.extract(text)
    assert len(quotes) == 1 and quotes[0].cue.text == "told" and quotes[0].start == text.index("he told")


def test_speech_inside_a_quote_is_not_a_new_quote(extractor):
    text = "“I told him that we would respond,” Blinken said."
    q = only(extractor.extract(text))
    assert q.kind is QuoteKind.DIRECT and q.speaker.name == "Blinken"


def test_noun_phrase_contents_are_an_option_with_lower_confidence(nlp):
    import quoteattr

    text = "The Pentagon denied the allegations on Friday."
    q = only(quoteattr.Extractor(nlp).extract(text))
    assert q.text == "the allegations" and q.confidence < 0.6 and q.evidence[0] == "object"
    assert quoteattr.Extractor(nlp, noun_phrases=False).extract(text) == []
    assert quoteattr.Extractor(nlp, min_confidence=0.6).extract(text) == []


def test_noun_phrase_of_an_unreported_act_is_not_a_quote(extractor):
    # an infinitive or a modal describes a speech act that has not happened
    assert extractor.extract("Clinton would need a Senate majority to confirm Supreme Court justices.") == []
    assert extractor.extract("The Pentagon will confirm the details.") == []
    q = only(extractor.extract("The Pentagon confirmed the details on Friday."))
    assert q.text == "the details"


def test_report_enclosing_its_cue_covers_the_sentence(extractor):
    text = "Back in Virginia, Mr. Clarke said, he decided to take aim at the coal industry."
    q = only(extractor.extract(text))
    assert q.evidence[0] == "parenthetical"
    assert q.text.startswith("Back in Virginia") and q.text.rstrip(".").endswith("coal industry")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # the parser hangs "he told me" on the subject noun, not on a verb
        ("The difference now, he told me on Friday, is that he is the anchor of a news program.", "The difference", "he"),
        # "said" is the root and the content is split around it
        ("Though that transition was relatively seamless, he said, replacing Clinton would be much harder.", "Though", "he"),
        # the name is read as an apposition of the noun before the comma
        ("To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum.", "To understand", "Chief Justice Roberts"),
    ],
)
def test_cue_clause_set_off_by_commas_inside_its_report(extractor, text, start, speaker):
    q = only(extractor.extract(text))
    assert q.evidence[0] == "parenthetical" and q.kind is QuoteKind.INDIRECT
    assert q.text.startswith(start) and text.rstrip(".").endswith(q.text.rstrip("."))
    assert q.speaker.mention.text == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Dr. Abernathy joined the hospital in 1958, when, she later recalled, some patients refused to let a woman operate on them.",
            "some patients refused to let a woman operate on them",
        ),
        (
            "The mayor resigned in 2019, after, he told reporters, his family had received threats.",
            "his family had received threats",
        ),
    ],
)
def test_an_aside_inside_a_subordinate_clause_reports_that_clause(extractor, text, content):
    [q] = [q for q in extractor.extract(text) if q.evidence[0] == "parenthetical"]
    assert q.text == content


@pytest.mark.parametrize(
    "text",
    [
        # participles and conjuncts share the subject of an act
        "Rubio was asked to name an achievement. He basically ducked, pointing to his record in the legislature.",
        "Mr. Obama spoke Hebrew, quoted the Talmud and visited the grave of Theodor Herzl.",
        # a subject that cannot speak
        "But even after the growth cooled, the borrowing continued.",
        # the usual "C, said X, who ...": the report ends before the inverted cue
        "The deal is dead, said the senator, who voted against it.",
        # a participle after the speaker is his own act
        "The talks were productive, said Ned Price, adding that more meetings were planned.",
    ],
)
def test_acts_set_off_by_commas_are_not_reports(extractor, text):
    assert all(q.evidence[0] != "parenthetical" for q in extractor.extract(text))


def test_people_nouns_can_report_in_a_parenthetical(extractor):
    q = only(extractor.extract("The plan, critics say, would cost billions more than promised."))
    assert q.evidence[0] == "parenthetical" and q.speaker.mention.text == "critics"


def test_it_saying_something_reports_in_a_parenthetical(extractor):
    text = "The plan was released on Monday. The average weekly benefit, it says, would be $300."
    q = only(extractor.extract(text))
    assert q.evidence[0] == "parenthetical" and q.text == "The average weekly benefit, it says, would be $300"
    assert q.speaker.mention.text == "it"
    # "it seems" is no source
    assert extractor.extract("The weather, it seems, will be fine on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("After saying her right foot was swollen, she was whisked off to the hospital.", "her right foot was swollen", "she"),
        ("The senator was criticized for saying that the program had failed.", "the program had failed", "The senator"),
    ],
)
def test_a_participle_adjunct_takes_the_passive_subject_above_it(extractor, text, content, mention):
    q = only(extractor.extract(text))
    assert (q.text, q.speaker.mention.text) == (content, mention)


def test_a_passive_subject_that_cannot_speak_is_no_source_of_a_participle(extractor):
    assert extractor.extract("The bill was passed on Tuesday, saying that taxes would fall.") == []


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The economy, said Smith, is stronger than it looks.", "The economy, said Smith, is stronger than it looks", "Smith"),
        (
            "The plan, said John Smith, a senior adviser to the governor, would cost billions.",
            "The plan, said John Smith, a senior adviser to the governor, would cost billions",
            "John Smith",
        ),
        (
            "And Trump, said Sunshine, who remains friendly with her former boss, does not forgive or forget.",
            "Trump, said Sunshine, who remains friendly with her former boss, does not forgive or forget",
            "Sunshine",
        ),
    ],
)
def test_an_inverted_cue_clause_inside_the_report(extractor, text, content, mention):
    q = only(extractor.extract(text))
    assert (q.text, q.speaker.mention.text, q.evidence[0]) == (content, mention, "parenthetical")


def test_a_naming_participle_is_no_inverted_cue(extractor):
    text = "His nonprofit group, called the Virginia Conservation Legacy Fund, will still own the property."
    assert extractor.extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats briefed on the meeting said the talks had stalled.",
        "Officials briefed on the matter said the deal was close.",
    ],
)
def test_a_passive_participle_read_as_a_past_tense_reports_nothing(extractor, text):
    # the diplomats were briefed; only "said" reports, and they are its speaker
    q = only(extractor.extract(text))
    assert (q.cue.text, q.speaker.mention.text) == ("said", text.split(" said")[0])


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # object control: the object of the verb above is the infinitive's subject
        ("The loss prompted Trump to say that the system was rigged.", "Trump"),
        ("This leads many cyber experts to suspect that any release of faked emails would come late.", "many cyber experts"),
        # conjuncts share the passive subject, not the agent
        ("FBI officials were angered by the deal and predicted it would affect the outcome of other cases.", "FBI officials"),
    ],
)
def test_the_subject_a_cue_shares_with_the_verb_above_it(extractor, text, mention):
    assert only(extractor.extract(text)).speaker.mention.text == mention


def test_comma_clause_with_an_object_is_an_act_not_a_cue(extractor):
    text = 'At his cookout, the band leader called Democratic bigwigs to the stage, singing "It\'s Our Time."'
    assert all(q.evidence[0] != "parenthetical" for q in extractor.extract(text))


def test_cue_verb_misread_as_a_noun(extractor):
    # "claims" is tagged NOUN with "Trump" as its compound; it still heads a that-clause
    text = "Trump's running mate plans to release his own returns soon.  But Trump claims that he should be the exception."
    q = only(extractor.extract(text))
    assert q.text == "he should be the exception" and q.cue.text == "claims"
    assert q.speaker.mention.text == "Trump"


def test_unmarked_clause_hung_on_the_cue_as_an_adverbial(extractor):
    text = "Trump said after the convention he would not accept Cruz's endorsement if it were offered."
    q = only(extractor.extract(text))
    assert q.text.endswith("he would not accept Cruz's endorsement if it were offered")
    assert "when" not in q.text
    # an adverbial clause with its own conjunction is not the content
    assert extractor.extract("Trump said nothing when he arrived at the convention.") == []


def test_that_clause_read_as_an_adverbial_is_the_complement(extractor):
    # the parser takes "that" for an adverb and hangs the clause on the cue as an adverbial
    text = (
        "Trump tweeted in the early morning hours that Machado was “disgusting” and “a con” and encouraged "
        "Americans to “check out” her non-existent sex tape."
    )
    q = next(q for q in extractor.extract(text) if q.cue.text == "tweeted")
    assert q.text.startswith("Machado was “disgusting”") and q.kind is QuoteKind.MIXED
    assert q.speaker.name == "Trump" and q.cue.text == "tweeted"


def test_participle_after_a_restrictive_relative_goes_with_the_main_clause(extractor):
    text = (
        "Trump was defensive when forced to defend not paying an architect who said he was stiffed after he "
        "designed a clubhouse, saying, “Maybe he didn’t do a good job.”"
    )
    q = only(extractor.extract(text), QuoteKind.DIRECT)
    assert q.speaker.name == "Trump" and q.cue.text == "saying"
    # the relative's own report stays the architect's
    inner = only(extractor.extract(text), QuoteKind.INDIRECT)
    assert inner.text.startswith("he was stiffed") and inner.speaker.mention.text == "an architect"


def test_complement_after_the_cue_wins_over_one_before_it(extractor):
    text = "Claiming the criticism of Lauer is designed to pressure debate moderators, Trump told Fox that the media were unfair."
    q = only(extractor.extract(text))
    assert q.text == "the media were unfair" and q.speaker.mention.text == "Trump"


def test_subjectless_gerund_cue_takes_the_subject_of_the_clause_above(extractor):
    text = "He refuses to discuss potential appointees, aside from saying he wants a diverse congressional delegation."
    q = only(extractor.extract(text))
    assert q.text == "he wants a diverse congressional delegation" and q.speaker.mention.text == "He"


def test_as_clause_before_the_report(extractor):
    q = only(extractor.extract("As Blinken noted, the balloon violated US sovereignty."))
    assert q.text == "the balloon violated US sovereignty" and q.evidence[0] == "as-clause"
    assert q.speaker.name == "Blinken"
    # "as" telling when, with a verb that does not report here
    assert extractor.extract("As he spoke, protesters gathered outside the embassy.") == []


def test_leading_day_belongs_to_the_telling(extractor):
    q = only(extractor.extract("Kirby told reporters Friday the balloon posed no military threat."))
    assert q.text == "the balloon posed no military threat"


def test_as_parenthetical_after_a_one_word_subject(extractor):
    text = "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back hurricanes."
    q = only(extractor.extract(text))
    assert q.evidence[0] == "parenthetical" and q.text.startswith("Hawaii")
    # a name in the possessive is not the speaker: the advisers are not Mr. Obama
    assert q.speaker.name == "Mr. Obama's climate advisers" and not q.speaker.named


def test_plural_cue_noun_after_a_sentence_initial_name(extractor):
    text = "Trump charges that countries that stand to benefit from the deal donated millions of dollars."
    q = only(extractor.extract(text))
    assert q.text.startswith("countries that stand") and q.speaker.mention.text == "Trump"
    # a real noun keeps its reading
    assert extractor.extract("The senator's charges that the program was rigged were dismissed.") == []


def test_accused_of_hung_on_the_object(extractor):
    text = "Trump will be unable to turn the crowds against the moderators and accuse the audience of being donors."
    q = only(extractor.extract(text))
    assert q.text == "being donors" and q.cue.text == "accuse" and q.speaker.mention.text == "Trump"


def test_told_someone_to_do_something(extractor):
    text = "Mr. Obama told his advisers to figure out how to enact deep emissions cuts without Congress."
    q = only(extractor.extract(text))
    assert q.text == "figure out how to enact deep emissions cuts without Congress" and q.cue.text == "told"
    # an order is an act, not a report (seeds guideline)
    assert extractor.extract("The administration ordered the balloon to be shot down off the coast.") == []


def test_proposal_with_a_gerund(extractor):
    text = "The GOP candidate proposes allowing parents to deduct the cost of child care from their income taxes."
    q = only(extractor.extract(text))
    assert q.text.startswith("allowing parents to deduct") and q.speaker.mention.text == "The GOP candidate"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Polling averages show Clinton with a lead in the low single digits.", "Clinton with a lead in the low single digits"),
        ("A new analysis shows Democratic groups outpacing Republicans in recent weeks.", "Democratic groups outpacing Republicans in recent weeks"),
        # a standing given by a preposition other than "with"
        ("Several polls show Sanders within two points of Clinton.", "Sanders within two points of Clinton"),
        # the parser made the name a clause of its own
        ("A new poll shows Trump at 40 percent in Florida.", "Trump at 40 percent in Florida"),
    ],
)
def test_evidence_verb_with_a_small_clause(extractor, text, content):
    q = only(extractor.extract(text))
    assert q.text == content and q.evidence[0] == "small-clause"


def test_complement_split_in_two_by_the_parser_is_one_content(extractor):
    text = (
        "Secretary of State John Kerry said the Iranians released by the United States were in some "
        "cases close to completing their sentences."
    )
    q = only(extractor.extract(text))
    assert q.text == "the Iranians released by the United States were in some cases close to completing their sentences"


def test_report_split_in_two_before_a_final_cue(extractor):
    text = "Clinton had told police officials that she didn’t want the escort at all, but the NYPD overruled that request, the source added."
    q = next(q for q in extractor.extract(text) if q.cue.text == "added")
    assert q.text == text[: text.index(", the source added")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The AP said it did not include those meetings in its tally because they were part of the daily duties.",
            "it did not include those meetings in its tally because they were part of the daily duties",
        ),
        (
            "For his part, he said he would be honored to serve should the opportunity present itself.",
            "he would be honored to serve should the opportunity present itself",
        ),
        (
            "Ms. Gedrich said she hoped to get her account back, and then would continue to spread her message.",
            "she hoped to get her account back, and then would continue to spread her message",
        ),
    ],
)
def test_finite_clauses_hung_on_the_cue_continue_the_content(extractor, text, content):
    q = only(extractor.extract(text))
    assert q.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a participial adjunct of the telling (seeds guideline §2)
        ("The senator said he would vote against the bill, while failing to provide any evidence.", "he would vote against the bill"),
    ],
)
def test_adjuncts_of_the_telling_stay_out(extractor, text, content):
    q = next(q for q in extractor.extract(text) if q.cue.text == "said")
    assert q.text == content


def test_speaker_next_speech_act_is_not_part_of_the_content(extractor):
    text = "Carson noted that Saturday would have been Ronald Reagan’s 105th birthday and quoted Reagan’s eleventh commandment."
    q = next(q for q in extractor.extract(text) if q.cue.text == "noted")
    assert q.text == "Saturday would have been Ronald Reagan’s 105th birthday"


def test_clause_coordinated_to_the_cue_continues_the_content(extractor):
    text = (
        "The Pentagon then stated that it was a Chinese, presumably intelligence apparatus, "
        "but it did not pose a danger to the population."
    )
    q = only(extractor.extract(text))
    assert q.text.endswith("did not pose a danger to the population")


def test_unmarked_first_person_speech_runs_back_over_its_sentences(extractor):
    text = (
        "Officials met on Monday.\n"
        "He openly expressed our disappointment about the talks. That is unfortunate in our opinion. "
        "Furthermore, that is not how our two sides should be conducting business, the official stated."
    )
    q = next(q for q in extractor.extract(text) if q.cue.text == "stated")
    assert q.text.startswith("He openly expressed our disappointment")


def test_content_never_runs_into_the_next_paragraph(extractor):
    text = "Kirby also recalled the president’s desire to “improve relations.”\n\nOn February 3, a balloon was seen."
    assert all("February" not in q.text for q in extractor.extract(text))


def test_mixed_fragment_chain_ends_with_its_last_quotation(extractor):
    text = "The mayor blasted the plan as “reckless” and “a joke.”"
    q = next(q for q in extractor.extract(text) if q.kind is QuoteKind.MIXED)
    assert q.text == "the plan as “reckless” and “a joke.”"
    assert q.evidence[0] == "mixed:cue-fragment"


def test_described_as_keeps_the_object(extractor):
    text = "Chris Christie described Democratic nominee Hillary Clinton as a “disgrace” on Monday."
    q = next(q for q in extractor.extract(text) if q.kind is QuoteKind.MIXED)
    assert q.text.startswith("Democratic nominee Hillary Clinton as a “disgrace")


@pytest.mark.parametrize(
    ("text", "content", "kind", "speaker"),
    [
        ('The Kremlin dismissed the report as "fake news."', 'the report as "fake news."', QuoteKind.MIXED, "Russia"),
        ("The Kremlin dismissed the report as fake news.", "the report as fake news", QuoteKind.INDIRECT, "Russia"),
        # (a short English sentence with few stop words is not foreign text)
        ('Trump mocked Jeb Bush as "low energy."', 'Jeb Bush as "low energy."', QuoteKind.MIXED, "Trump"),
    ],
)
def test_a_verb_of_judgement_with_as_reports_the_characterisation(extractor, text, content, kind, speaker):
    q = only(extractor.extract(text))
    assert (q.text, q.kind, q.speaker.name) == (content, kind, speaker)
    assert "not-english" not in q.evidence and q.confidence >= 0.8


def test_a_verb_of_judgement_without_a_predicate_reports_nothing(extractor):
    assert extractor.extract("He slammed the door and left. She hailed a cab.") == []


def test_likening_reports_the_comparison_but_a_participle_compared_with_does_not(extractor):
    q = only(extractor.extract("The senator compared the plan to a Ponzi scheme."))
    assert (q.text, q.evidence[0]) == ("the plan to a Ponzi scheme", "compare-to")
    q = only(extractor.extract("Prices rose 3 percent compared with last year, the report said."))
    assert q.cue.text == "said"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "North Korea said the latest test was its biggest yet, although it may take several days to measure it.",
            "the latest test was its biggest yet",
        ),
        (
            "Clinton told the audience she believes the policies must continue, saying that “race still matters.”",
            "she believes the policies must continue",
        ),
    ],
)
def test_content_stops_before_an_aside_or_a_new_report(extractor, text, content):
    q = next(q for q in extractor.extract(text) if q.cue.text in ("said", "told"))
    assert q.text == content


def test_attribution_ending_the_previous_paragraph_with_a_colon(extractor):
    text = (
        "Donald Trump answered the question about Chicago.\n\nDonald Trump said:\n\n"
        "“We have a situation where our inner cities are so dangerous. You walk down the street, you get shot.”"
    )
    q = only(extractor.extract(text), QuoteKind.DIRECT)
    assert q.evidence[0] == "direct:colon-paragraph" and q.speaker.name == "Donald Trump"


def test_subject_taken_from_inside_the_quotation_is_replaced_by_the_name_beside_the_cue(extractor):
    text = (
        "The Justice Department is investigating the shooting.\n"
        "“I will just make this promise to you: We will achieve justice in this case,” "
        "Tulsa police Chief Chuck Jordan said Monday."
    )
    q = only(extractor.extract(text), QuoteKind.DIRECT)
    assert q.speaker.name == "Chuck Jordan"


def test_finite_cue_without_a_parsed_subject_takes_the_noun_before_it(extractor):
    text = (
        "In a March 2016 meeting with the editorial board of the Washington Post Trump said that "
        "U.S. involvement in NATO may need to be significantly diminished in the coming years."
    )
    q = only(extractor.extract(text))
    assert q.text.startswith("U.S. involvement in NATO") and "Trump" in q.speaker.mention.text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Americanist Yuri Rogulev shared with Izvestia his opinion that the destruction of the balloon worsened relations.",
            "the destruction of the balloon worsened relations",
        ),
        (
            "The secretary later voiced regret that Beijing had not held military talks.",
            "Beijing had not held military talks",
        ),
    ],
)
def test_light_verb_with_a_proposition_noun(extractor, text, content):
    q = only(extractor.extract(text))
    assert q.text == content and q.evidence[0] == "light-verb"


def test_a_quoted_fragment_inside_a_new_clause_does_not_continue_the_previous_speaker(extractor):
    text = (
        "“We will respond,” Antony Blinken said.\n"
        "The talks, which were described as being “extremely frank and open throughout the meeting” by an aide, ended."
    )
    quotes = extractor.extract(text)
    assert not any(q.evidence[0] == "direct:continuation" for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        # the clause before a colon is not what "It refers to" reports
        "The jobless rate is a widely used term with a precise definition: It refers to the share of "
        "jobless people who are actively seeking work.",
        # a subordinate cue ("..., that he wants") cannot take the main clause as its content
        "The Republican nominee continues to insist, most recently in an interview with ABC News, that "
        "he really wants to release his returns.",
    ],
)
def test_clause_before_the_cue_that_cannot_be_its_content(extractor, text):
    head = text.split(",")[0].split(":")[0]
    assert not any(q.text.startswith(head) for q in extractor.extract(text))


def test_inverted_that_clause_belongs_to_the_cue_before_it(extractor):
    text = (
        "The Republican nominee continues to insist, most recently in an interview with ABC News, that "
        "he really wants to release his returns."
    )
    q = only(extractor.extract(text))
    assert q.text == "he really wants to release his returns"
    assert q.cue.text == "insist" and q.speaker.mention.text == "The Republican nominee"


def test_a_fronted_clause_stays_the_content_when_a_title_follows_the_cue(extractor):
    text = 'Castro\'s revolution in 1959 ended plans to return home, Rubio said in his 2012 book, "An American Son."'
    q = next(q for q in extractor.extract(text) if q.kind is QuoteKind.INDIRECT)
    assert q.text == "Castro's revolution in 1959 ended plans to return home" and q.speaker.name == "Rubio"


def test_a_clause_opened_by_an_adverbial_conjunction_is_not_the_content(extractor):
    text = "That was what Liz Wahl said before she resigned from the network."
    assert not any(q.text.startswith("before") for q in extractor.extract(text))


def test_a_noun_phrase_content_ends_before_a_reason_clause(extractor):
    q = only(extractor.extract("The mayor announced the plan because the city had run out of money."))
    assert q.text == "the plan" and q.cue.text == "announced"


def test_a_noun_phrase_content_leaves_out_a_relative_clause_with_its_own_source(extractor):
    text = (
        "Moscow, for its part, has denied any role in the cyberattacks, which U.S. officials say were "
        "carried out by a unit of Russia's military intelligence."
    )
    quotes = extractor.extract(text)
    assert [q.text for q in quotes] == [
        "any role in the cyberattacks",
        "were carried out by a unit of Russia's military intelligence",
    ]
    assert quotes[0].speaker.name == "Russia" and quotes[1].speaker.mention.text == "U.S. officials"


def test_a_closing_apposition_with_another_sources_report_is_cut(extractor):
    text = (
        "Stein said the gold bars found in the couple's home were \"the fruit of corruption,\" a finding the "
        "defense has said it will challenge."
    )
    quotes = extractor.extract(text)
    assert [q.text for q in quotes] == [
        'the gold bars found in the couple\'s home were "the fruit of corruption,"',
        "it will challenge",
    ]
    assert quotes[0].kind is QuoteKind.MIXED and quotes[1].speaker.mention.text == "the defense"


def test_passive_cue_whose_agent_the_parser_hung_on_the_content(extractor):
    text = (
        "Blinken, who was described as being “extremely straight and forthright throughout the meeting” "
        "by a senior State Department official, started the discussion."
    )
    q = only(extractor.extract(text))
    assert q.kind is QuoteKind.MIXED
    assert q.text == "being “extremely straight and forthright throughout the meeting”"
    assert q.speaker.mention.text == "a senior State Department official" and q.cue.text == "described"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator made it clear that she would not run again.", "she would not run again"),
        ("The senator made clear Monday that she would not run again.", "she would not run again"),
        ("Trump has made the argument that the election is rigged.", "the election is rigged"),
    ],
)
def test_light_verb_make_with_a_proposition(extractor, text, content):
    q = only(extractor.extract(text))
    assert q.text == content and q.cue.text == "made" and q.evidence[0] == "light-verb"


def test_light_verb_make_without_a_proposition_reports_nothing(extractor):
    assert extractor.extract("The company made a decision to close the plant.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "But the economic weapons his country has at its disposal, he added, are like nuclear bombs.",
            "the economic weapons his country has at its disposal, he added, are like nuclear bombs",
        ),
        (
            "However, Wang is placing the responsibility of repairing relations on the US, Blinken said.",
            "Wang is placing the responsibility of repairing relations on the US",
        ),
        ("Nor are tariffs likely to bring these jobs back, Smith said.", "Nor are tariffs likely to bring these jobs back"),
    ],
)
def test_a_leading_connective_is_not_part_of_the_content(extractor, text, content):
    q = next(q for q in extractor.extract(text) if q.kind is QuoteKind.INDIRECT)
    assert q.text == content


def test_complement_the_parser_read_as_a_relative_clause(extractor):
    text = (
        "Still, The New York Times reported at the time that the editor in chief, Margarita Simonyan, "
        "told Ms. Martin that her statement was not in line with editorial policy."
    )
    q = next(q for q in extractor.extract(text) if q.cue.text == "reported")
    assert q.text.startswith("the editor in chief, Margarita Simonyan, told Ms. Martin")
    assert q.speaker.mention.text == "The New York Times"
    # with a plural subject the tagger read as the relative clause's verb
    text = 'Abdul-Jabbar told ESPN before the game that records "are made to be broken" and that he was happy.'
    (q,) = extractor.extract(text)
    assert (q.kind, q.text) == (QuoteKind.MIXED, 'records "are made to be broken" and that he was happy')


def test_encourage_and_remind_report_what_they_ask_for(extractor):
    text = (
        "Donald Trump is once again questioning the integrity of the voting system, encouraging his "
        "supporters to visit polling locations on Election Day."
    )
    got = {q.cue.text: (q.text, q.speaker.name) for q in extractor.extract(text)}
    assert got["encouraging"] == ("visit polling locations on Election Day", "Donald Trump")


def test_a_coordinated_report_with_its_own_speaker_ends_the_content(extractor):
    text = (
        "She said fathers who adopt would not be eligible for the paid leave, and when pressed on why the "
        "plan leaves out dads, the 34-year-old mother of three replied, \"It's meant to benefit the mother.\""
    )
    qs = extractor.extract(text)
    said = next(q for q in qs if q.cue.text == "said")
    assert said.kind is QuoteKind.INDIRECT
    assert said.text == "fathers who adopt would not be eligible for the paid leave"
    replied = next(q for q in qs if q.cue.text == "replied")
    assert replied.kind is QuoteKind.DIRECT and replied.speaker.mention.text == "the 34-year-old mother of three"


def test_a_fronted_quote_does_not_run_past_its_cue(extractor):
    text = (
        "“It never crossed my mind that I’m losing it,” she said several months after her release, and a "
        "big reason for this conviction was the rise of Donald Trump."
    )
    q = only(extractor.extract(text))
    assert q.kind is QuoteKind.DIRECT and q.text == "It never crossed my mind that I’m losing it,"


@pytest.mark.parametrize(
    "text",
    [
        "On July 6, 2015, Senator Bernie Sanders made the following comment:\n\n“For young people who are "
        "between the ages of 17 and 20, the real unemployment rate is 51 percent.“\n\nPolitiFact rated it.",
        "The Chinese Foreign Ministry issued a statement: “We firmly oppose the move by the United States.”",
    ],
)
def test_a_colon_after_a_speech_noun_quotes_whoever_made_it(extractor, text):
    q = only(extractor.extract(text), QuoteKind.DIRECT)
    assert q.speaker.name in ("Bernie Sanders", "Chinese Foreign Ministry")
    assert q.evidence[0] in ("direct:colon-paragraph", "direct:colon-frame")


@pytest.mark.parametrize(
    "text",
    [
        "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested looking at the things on "
        "your card statement.",
        "\"I am skeptical he can pull it off,\" Mr. Barrett said.\n\n'Legend in the Coal Fields.'\n\n"
        "Bankruptcy is like a chess game.",
    ],
)
def test_a_title_case_quotation_naming_a_work_is_not_a_quote(extractor, text):
    assert not any(q.kind is QuoteKind.DIRECT and q.text[:1] in "LM" for q in extractor.extract(text))


def test_a_headline_with_a_byline_is_not_a_quote(extractor):
    text = (
        "Mr. Smith said the list was long. “We read everything,” he said.\n\n"
        '—"Posthumous books could come with a lot of dollar signs," by Boston Globe\'s Joseph P. Kahn: http://bit.ly/x.'
    )
    assert [q.text for q in extractor.extract(text)] == ["the list was long", "We read everything,"]


def test_a_short_title_case_quotation_with_a_cue_is_still_a_quote(extractor):
    q = only(extractor.extract("“Thank You America,” Trump said."))
    assert q.kind is QuoteKind.DIRECT and q.speaker.name == "Trump"


def test_the_speaker_after_an_inverted_cue_is_not_a_content(extractor):
    text = "''I'm more skilled with my hands than I am with my brain,'' said Robin Maynard, half joking."
    q = only(extractor.extract(text))
    assert q.kind is QuoteKind.DIRECT and q.speaker.name == "Robin Maynard"


def test_a_name_of_a_work_before_a_noun_is_not_a_quote(extractor):
    text = (
        "In response, the actress pointed out that critics should question the casting.\n\n7\n"
        "“Broad City” Star Asked Actors To Act Whiter To Make A Point.\n\nGetty.\n\n"
        "“Broad City” star Arturo Castro turned the tables when it came to typecasting at auditions."
    )
    assert not any(q.text == "Broad City" for q in extractor.extract(text))


def test_a_programme_after_on_is_not_a_quote(extractor):
    text = (
        "Making the rounds on the Sunday shows, Carson said he was facing a unique level of scrutiny.\n\n"
        "“I have always said that I expect to be vetted,” he said on\xa0“Meet the Press.” “But being vetted "
        "and what is going on with me, I have not seen that with anyone else.”"
    )
    texts = [q.text for q in extractor.extract(text)]
    assert "Meet the Press." not in texts and "I have always said that I expect to be vetted," in texts


def test_light_verb_whose_object_the_parser_lost(extractor):
    text = (
        "On the same day, the director of the Franklin Roosevelt Foundation for the Study of the United States "
        "(MSU), Americanist Yuri Rogulev, shared with Izvestia his opinion that the destruction of the Chinese "
        "balloon by Washington worsened the process of improving relations between countries."
    )
    q = only(extractor.extract(text))
    assert q.text.startswith("the destruction of the Chinese balloon") and q.speaker.name == "Yuri Rogulev"


@pytest.mark.parametrize(
    "text",
    [
        "But in 1992, California flipped from Republican to Democratic, as Mexican-American voters responded "
        "to Republican efforts to crack down on undocumented immigrants.",
        "Commercial real estate is available in the neighborhood at $70 per square foot, although Trump has "
        "charged more than that.",
    ],
)
def test_a_clause_before_a_cue_with_an_object_of_its_own_is_not_reported(extractor, text):
    assert extractor.extract(text) == []


def test_a_clause_before_as_x_suggested_is_still_reported(extractor):
    text = (
        "Bridging that gap means cutting costs wherever savings can be found, as Mr. McDonough suggested at "
        "the meeting with analysts."
    )
    q = only(extractor.extract(text))
    assert q.text == "Bridging that gap means cutting costs wherever savings can be found"


def test_a_content_never_ends_inside_a_word(extractor):
    text = (
        "Donald Trump is drawing criticism after he appeared to suggest that veterans who suffer from PTSD "
        "might not be as strong as those who don’t."
    )
    q = only(extractor.extract(text))
    assert q.text.endswith("those who don’t")


def test_a_fronted_report_of_two_coordinated_clauses(extractor):
    text = (
        "Clinton’s van was supposed to be escorted by an NYPD protective detail, but the Secret Service "
        "whisked her away from Ground Zero before cops could accompany her, another source said."
    )
    q = only(extractor.extract(text))
    assert q.text.startswith("Clinton’s van was supposed") and q.text.endswith("before cops could accompany her")


def test_a_complement_split_at_a_comma_inside_a_list_is_one_report(extractor):
    text = (
        "Schiff told USA TODAY's weekly video newsmaker series it is clear from publicly disclosed information "
        "that computer hacking of the Democratic National Committee, the Democratic Congressional Campaign "
        "Committee and state election offices in Arizona and Illinois can be traced to the Russian government."
    )
    q = only(extractor.extract(text))
    assert q.text.startswith("it is clear from publicly disclosed information")
    assert q.text.endswith("can be traced to the Russian government")


def test_a_contrasting_while_clause_stays_in_the_content(extractor):
    text = (
        "Officials said the Iranians released by the United States were in some cases close to completing "
        "their sentences, while the fugitives were beyond American reach."
    )
    q = only(extractor.extract(text))
    assert q.text.endswith("while the fugitives were beyond American reach")


def test_a_quotation_before_the_cue_is_not_a_parenthetical_of_the_clause_after(extractor):
    # the parser made "after Quick said ..." the root and "Trump said" an aside in it
    text = '"I never said that," Trump said, after Becky Quick said the front-runner had referred to Rubio as a senator.'
    direct = only(extractor.extract(text), QuoteKind.DIRECT)
    assert direct.text == "I never said that," and direct.speaker.mention.text == "Trump"
    inner = only(extractor.extract(text), QuoteKind.INDIRECT)
    assert inner.text == "the front-runner had referred to Rubio as a senator" and inner.speaker.name == "Becky Quick"
    # a quoted fragment before an aside still leaves the clause around it reported
    text = 'Despite his "admittedly brash on-line personality," public defender Shannon S. Quill wrote, Lazar is a devoted father.'
    q = only(extractor.extract(text))
    assert q.text.endswith("Lazar is a devoted father") and q.cue.text == "wrote"


def test_the_second_half_of_a_split_quotation_is_not_taken_by_a_cue_in_an_adverbial_clause(extractor):
    text = (
        "“In breaking news,” Axelrod tweeted last January, “@HillaryClinton wins full-throated endorsement from her "
        "press secretary,” after Clinton spokesman Brian Fallon expressed his general support for his boss online."
    )
    halves = [q for q in extractor.extract(text) if q.kind is QuoteKind.DIRECT]
    assert [q.speaker.mention.text for q in halves] == ["Axelrod", "Axelrod"]
    # nor does the cue's complement run on from the quotation into the writer's adjunct
    text = "“We will respond,” Blinken said on Sunday, “and we will do so firmly,” after China said the balloon was civilian."
    assert [(q.kind, q.text) for q in extractor.extract(text)] == [
        (QuoteKind.DIRECT, "We will respond,"),
        (QuoteKind.DIRECT, "and we will do so firmly,"),
        (QuoteKind.INDIRECT, "the balloon was civilian"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Fallon fired back: “As a guardian of the legacy,” he wrote.",
        "Sen. Claire McCaskill scolded him: “You are a disgrace,” she said.",
    ],
)
def test_a_frame_before_a_colon_and_a_quotation_is_not_reported_by_the_cue_after_it(extractor, text):
    q = only(extractor.extract(text))
    assert q.kind is QuoteKind.DIRECT and q.text == text[text.index("“") + 1 : text.index("”")]


def test_an_infinitive_on_an_object_that_cannot_speak_is_the_subjects_act(extractor):
    text = "In this divisive cycle, companies including Coca-Cola are taking pains to say they are not endorsing any candidate."
    q = only(extractor.extract(text))
    assert q.text == "they are not endorsing any candidate" and q.speaker.mention.text == "companies"


def test_a_verb_conjoined_after_a_list_of_names_is_no_parenthetical_cue(extractor):
    text = (
        "Republicans said the timing was not intentional; they only learned on Friday of the arrangements with Mills, "
        "Samuelson and Bentel and almost immediately disclosed them to the AP, which first reported the story."
    )
    assert [q.speaker.mention.text for q in extractor.extract(text) if q.cue.text != "reported"] == ["Republicans"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the parser makes "for" the infinitive's conjunction ...
        ("Donald Trump called again for President Obama to resign for not calling the attack terrorism.",
         "President Obama to resign for not calling the attack terrorism"),
        # ... or hangs the infinitive on the cue
        ("Sanders called for the DNC chair to step down.", "the DNC chair to step down"),
    ],
)
def test_a_call_for_someone_to_act_is_a_report(extractor, text, content):
    q = only(extractor.extract(text))
    assert (q.text, q.evidence[0], q.cue.text) == (content, "call-for", "called")
    # "too close to call for much of the night" calls for nothing
    assert extractor.extract("The race was too close to call for much of election night.") == []


def test_a_fronted_report_goes_on_after_its_cue_with_a_conjoined_clause(extractor):
    text = (
        "The middle one-fifth paid 8.9 percent, the agency said in a June report, and those in the bottom fifth "
        "of incomes paid 0.8 percent."
    )
    q = only(extractor.extract(text))
    assert q.text.startswith("The middle one-fifth paid") and q.text.endswith("paid 0.8 percent")
    # not after a quotation: what follows it is the writer's
    q = only(extractor.extract("“We will win,” she said, and a big reason was the turnout."))
    assert q.kind is QuoteKind.DIRECT and q.text == "We will win,"


def test_a_finite_verb_conjoined_to_a_promise_is_the_speakers_next_act(extractor):
    text = "Presumptive Democratic presidential nominee Hillary Clinton has vowed to keep abortion legal and celebrated the ruling Monday."
    q = only(extractor.extract(text))
    assert q.text == "keep abortion legal"
    q = only(extractor.extract("He promised to cut taxes and raise spending."))
    assert q.text == "cut taxes and raise spending"


def test_a_quoted_characterisation_ends_before_the_date_after_it(extractor):
    q = only(extractor.extract("Christie blasted Clinton as a “disgrace” Wednesday on The Laura Ingraham Show."))
    assert q.text == "Clinton as a “disgrace”"


def test_finding_it_hard_is_no_finding(extractor):
    assert extractor.extract("Mr. Romney found it difficult to connect with voters.") == []
    q = only(extractor.extract("The study found it likely that prices would rise."))
    assert q.speaker.mention.text == "The study" and q.text.endswith("prices would rise")


def test_a_relative_on_everything_reports_nothing_after_it(extractor):
    # "Everything [Trump says] is a lie": the predicate is the writer's, not what Trump said
    assert extractor.extract("We don't care. Everything Trump says is a lie unless proven otherwise.") == []
    # a determiner before the subject is no such pronoun
    q = only(extractor.extract("All the experts I interviewed said her proposals were more detailed."))
    assert q.text == "her proposals were more detailed"


def test_a_colon_frame_with_no_speaker_in_it_takes_the_frame_verbs_subject(extractor):
    text = "The newspaper ran a feature. The piece used one of the woman’s quotes as its headline: “Finally. Someone who thinks like me.”"
    q = only(extractor.extract(text))
    assert q.speaker.mention.text == "The piece" and q.evidence[0] == "direct:colon-frame"


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "In recent weeks, Reid has gone after Trump as a “human leech who will bleed the country” and a “spoiled brat.”",
            "Trump as a “human leech who will bleed the country” and a “spoiled brat.”",
            "Reid",
        ),
        (
            'The group began an ad buy, with cable spots casting Johnson as an "honorable choice" who favors tolerance.',
            'Johnson as an "honorable choice" who favors tolerance',
            "The group",
        ),
    ],
)
def test_an_object_set_beside_a_quoted_description_is_a_mixed_quote_of_the_subject(extractor, text, content, mention):
    q = only(extractor.extract(text))
    assert (q.kind, q.text, q.speaker.mention.text) == (QuoteKind.MIXED, content, mention)
    assert q.evidence[0] == "characterise-as"


def test_a_quoted_description_after_a_place_or_another_verb_is_no_characterisation(extractor):
    assert extractor.extract("He worked in Ohio as a “consultant” for years.") == []
    text = 'He built his campaign on cracking down on immigration, portraying Mexican immigrants as "rapists."'
    q = only(extractor.extract(text))
    assert q.text == 'Mexican immigrants as "rapists."' and q.cue.text == "portraying"


def test_verbs_of_dialogue_are_cues(extractor):
    text = (
        "“Would it be negotiable about the 11 million?” Hannity pressed. "
        "“I would say this,” Trump answered."
    )
    assert [(q.text, q.speaker.mention.text) for q in extractor.extract(text)] == [
        ("Would it be negotiable about the 11 million?", "Hannity"),
        ("I would say this,", "Trump"),
    ]


def test_a_parenthetical_report_ends_with_its_sentence(extractor):
    text = (
        "In any case, Mr. DiPietro said, the golf industry was vastly over-supplied with courses. ''It was "
        "just waiting for a recession to knock the hell out of it.''"
    )
    q = next(q for q in extractor.extract(text) if q.kind is QuoteKind.INDIRECT)
    assert q.text.endswith("over-supplied with courses")


def test_a_content_does_not_end_on_a_conjunction(extractor):
    text = (
        "In the survey, 79 percent of Democrats said they were satisfied or very satisfied with Mr. Obama's "
        "presidency and 60 percent said they would like to see the next president continue his policies."
    )
    texts = [q.text for q in extractor.extract(text)]
    assert "they were satisfied or very satisfied with Mr. Obama's presidency" in texts


def test_a_conjunct_the_parser_gave_the_cue_goes_on_with_the_content(extractor):
    text = "Polls show that majorities favor letting people illegally in the U.S. stay and also back tougher deportation laws."
    q = only(extractor.extract(text))
    assert q.text.endswith("stay and also back tougher deportation laws")


def test_light_verb_clause_whose_that_hangs_on_an_auxiliary(extractor):
    text = (
        "He avoided direct criticism of front-runner Trump until recent days, when he expressed concern that "
        "the billionaire businessman was encouraging violence at his rallies."
    )
    q = only(extractor.extract(text))
    assert q.text == "the billionaire businessman was encouraging violence at his rallies"
    assert q.evidence[0] == "light-verb"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He mentioned the question of whether Manafort was up to his job.", "whether Manafort was up to his job"),
        ("Reporters asked him about the question of how the plan would be paid for.", "how the plan would be paid for"),
    ],
)
def test_the_question_of_a_clause_reports_the_clause(extractor, text, content):
    assert only(extractor.extract(text)).text == content


def test_words_after_an_inverted_cue_name_the_speaker_not_a_claim(extractor):
    text = (
        "“Our power, as journalists, is to ask questions,” said Ramos, whose new book features interviews "
        "with powerful politicians and “rebellious” figures."
    )
    [q] = extractor.extract(text)
    assert q.kind is QuoteKind.DIRECT and q.text == "Our power, as journalists, is to ask questions,"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The comment was posted by a pro-Islamic State group that calls itself Asawitiri Media.", None),
        ("He calls himself conservative.", "himself conservative"),
    ],
)
def test_calling_oneself_a_name_is_naming_calling_oneself_a_quality_is_a_claim(extractor, text, expected):
    assert [q.text for q in extractor.extract(text)] == ([expected] if expected else [])


def test_a_title_that_is_a_cues_whole_content_is_not_a_quote(extractor):
    text = "“Being a dad, that’s my job,” Weiner said in May on the podcast “Here’s the Thing.”"
    [q] = extractor.extract(text)
    assert q.text == "Being a dad, that’s my job,"


def test_a_parenthetical_report_leaves_out_a_concessive_aside_and_impersonal_it(extractor):
    text = (
        "The latest test, North Korea said, was its biggest yet, although it may take several days to "
        "determine how powerful it was."
    )
    [q] = extractor.extract(text)
    assert q.text == "The latest test, North Korea said, was its biggest yet" and q.speaker.name == "North Korea"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a second that-clause the parser hung on the main verb is the same report
        (
            "His aides are quick to point out that he has placed second in the last two contests, no matter "
            "how slim the margin, and that polls show he remains the overwhelming second choice for most "
            "Republican voters.",
            "he has placed second in the last two contests, no matter how slim the margin, and that polls "
            "show he remains the overwhelming second choice for most Republican voters",
        ),
        # a subjectless modal conjunct goes on with the reported future
        (
            "Marco Rubio flipped his choice on the spot, saying he was rooting for Peyton Manning but would "
            "now root for North Carolina since Jeb chose Denver.",
            "he was rooting for Peyton Manning but would now root for North Carolina since Jeb chose Denver",
        ),
    ],
)
def test_a_coordinated_continuation_hung_elsewhere_stays_in_the_content(extractor, text, content):
    quotes = extractor.extract(text)
    assert content in [q.text for q in quotes], [q.text for q in quotes]


def test_a_second_report_coordinated_in_the_complement_is_not_part_of_the_first(extractor):
    text = (
        "Six in 10 Virginia Democratic primary voters said Clinton is honest and trustworthy, and "
        "three-quarters said the same of Sanders."
    )
    [q] = extractor.extract(text)
    assert q.text == "Clinton is honest and trustworthy"
    assert q.speaker.mention.text == "Six in 10 Virginia Democratic primary voters"


def test_a_closing_according_to_covers_every_conjunct(extractor):
    text = "Trump received 37 percent, Clinton had 36 percent and Bloomberg snagged 13 percent, according to the poll."
    [q] = extractor.extract(text)
    assert q.text == "Trump received 37 percent, Clinton had 36 percent and Bloomberg snagged 13 percent"
    assert q.speaker.mention.text == "the poll"


def test_a_closing_according_to_reports_the_saying_not_part_of_what_was_said(extractor):
    text = (
        "More than 6 in 10 New York Democratic voters said that Wall Street does more to hurt the economy "
        "than help, according to preliminary exit polling reported by CNN.\n"
    )
    by_cue = {q.cue.text: q for q in extractor.extract(text)}
    assert by_cue["said"].text == "Wall Street does more to hurt the economy than help"
    assert by_cue["according to"].text.startswith("More than 6 in 10 New York Democratic voters said that")
    # in the middle of a clause the phrase does not cut it
    [q] = extractor.extract("That's bad, according to Rubio, because the economy is weak.")
    assert q.text == "That's bad, according to Rubio, because the economy is weak"
    assert q.speaker.name == "Rubio"


def test_a_closing_referring_to_after_a_quoted_fragment_is_the_writers(extractor):
    text = (
        "Trump said things “should be wrapped up by Cleveland,” referring to the party’s July convention, "
        "where Republicans will select a nominee."
    )
    [q] = extractor.extract(text)
    assert q.kind is QuoteKind.MIXED and q.text == "things “should be wrapped up by Cleveland,”"


def test_an_evidence_verb_with_a_pronoun_and_an_adverb_of_manner_is_no_small_clause(extractor):
    assert extractor.extract("Mary Ann said it again.") == []
    [q] = extractor.extract("A new poll shows Clinton ahead in Iowa.")
    assert q.text == "Clinton ahead in Iowa"


def test_a_subject_the_parser_lost_to_a_conjunct_starts_a_report_of_its_own(extractor):
    text = (
        "Republicans said they're increasingly convinced the Justice Department mishandled the investigation "
        "and Democrats accused the GOP of stoking the issue for maximum political damage."
    )
    by_cue = {q.cue.text: q for q in extractor.extract(text)}
    assert by_cue["said"].text == "they're increasingly convinced the Justice Department mishandled the investigation"
    assert by_cue["said"].speaker.mention.text == "Republicans"
    assert by_cue["accused"].text == "stoking the issue for maximum political damage"
    assert by_cue["accused"].speaker.mention.text == "Democrats"


def test_a_report_inside_a_direct_quotes_attribution_does_not_take_over_the_turn(extractor):
    text = (
        "“We are going to win so much,” Trump said at his victory party in Manchester, two hours after news "
        "outlets declared him the victor in the New Hampshire GOP primary. “You are going to be so happy.”"
    )
    last = extractor.extract(text)[-1]
    assert last.text == "You are going to be so happy." and last.speaker.mention.text == "Trump"
    text = (
        "“It’s finished,” she said of the election, in which she was sure Trump would triumph and more "
        "people would at last see the truth. “In my head, anyway.”"
    )
    last = extractor.extract(text)[-1]
    assert last.text == "In my head, anyway." and last.evidence[0] == "direct:continuation"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "John Kasich spoke on Monday. “I don’t care if it’s constitutional,” said Stephen Loomis, president "
            "of the union. Kasich resisted:  “Ohio governors do not have the power to suspend rights.”",
            "Kasich",
        ),
        (
            "Donald Trump spoke in Ohio. Back on American soil, he returned to his familiar lines: “It’s called "
            "America First! There will be no amnesty!”",
            "he",
        ),
        # a bare label keeps its name
        ("Wang Yi: “We will respond to the incident.”", "Wang Yi"),
        # a copula frame: the subject, not its complement
        ("Sen. John Kennedy (R-La.) was blunter: “They should all be fired.”", "Sen. John Kennedy"),
    ],
)
def test_a_colon_after_a_verb_quotes_its_subject(extractor, text, mention):
    last = extractor.extract(text)[-1]
    assert (last.evidence[0], last.speaker.mention.text) == ("direct:colon-frame", mention)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Glenn Beck spoke on Monday. “What was the pivot point to make him change so fundamentally?” Beck pondered.", "Beck"),
        ("“Not now,” the senator sighed, walking away from the reporters.", "the senator"),
        # the tagger made "read" a noun and "editorial" its adjective
        ("“If she wants to be president, Clinton should come to Louisiana,” the editorial read.", "editorial"),
    ],
)
def test_a_verb_outside_the_lexicon_alone_after_a_quotation_introduces_it(extractor, text, mention):
    q = extractor.extract(text)[-1]
    assert (q.kind.value, q.speaker.mention.text, q.evidence[0]) == ("direct", mention, "direct:adjacent-verb")


def test_a_verb_with_an_object_after_a_quotation_is_an_act(extractor):
    text = "Glenn Beck spoke on Monday. “What was the pivot point to make him change so fundamentally?” Beck shook his head."
    assert all(q.evidence[0] != "direct:adjacent-verb" for q in extractor.extract(text))


@pytest.mark.parametrize(
    ("source", "mention"),
    [
        ("a speech Mrs. Clinton delivered in July", "Mrs. Clinton"),
        ("remarks that Mr. Obama made on Tuesday", "Mr. Obama"),
        ("a statement from the White House", "the White House"),
        ("a report released by the Treasury", "the Treasury"),
        ("the Pentagon’s statement", "the Pentagon"),
        # not the one who only carried it, nor a name run on into the next clause, nor a date
        ("a press release carried by CGTN", "a press release carried by CGTN"),
        ("July's Washington Post/ABC News polling", "July's Washington Post/ABC News polling"),
    ],
)
def test_according_to_a_document_names_whoever_issued_it(extractor, source, mention):
    q = only(extractor.extract(f"The tax would curb activist investors, according to {source}."))
    assert q.text == "The tax would curb activist investors" and q.speaker.mention.text == mention
    q = only(extractor.extract("According to a new report by Politico, Democratic party insiders are trying to mobilize voters."))
    assert q.speaker.mention.text == "a new report by Politico"  # (the description with its author)


def test_according_to_keeps_a_subjectless_conjunct_of_its_relative_clause(extractor):
    text = (
        "The FBI is investigating whether she was guilty of public corruption while secretary of state, "
        "according to three intelligence sources who spoke to Fox News but were not authorized to speak on the record."
    )
    q = only(extractor.extract(text))
    assert q.text == (
        "The FBI is investigating whether she was guilty of public corruption while secretary of state"
    )
    assert q.speaker.mention.text == "three intelligence sources"


def test_a_question_verb_with_a_gapped_clause_reports_nothing(extractor):
    assert extractor.extract("Obama’s response to the question nobody asked was downright bellicose, with an admirable moral clarity.") == []
    # real questions keep their content, with or without a wh-word
    assert only(extractor.extract("She asked who was responsible for the attack.")).text == "who was responsible for the attack"
    assert only(extractor.extract("Reporters asked whether the deal was dead.")).text == "whether the deal was dead"


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # a participle set off by a comma goes with the clause, not the noun it was hung on
        (
            "Continuing to explain his perspective, Carson rejected the notion that the episode should be water "
            "under the bridge, saying that if he found something rotten, he would fix it.",
            "if he found something rotten, he would fix it",
            "Carson",
        ),
        # one who cites data did not make it: the data shows
        (
            "He cited polling data showing that working-class white Democrats were roughly as concerned about inequality.",
            "working-class white Democrats were roughly as concerned about inequality",
            "polling data",
        ),
        # one who issues a statement speaks through it
        (
            "His office put out a statement saying the U.S. does not have the capacity to vet every refugee.",
            "the U.S. does not have the capacity to vet every refugee",
            "His office",
        ),
        # the participle after an addressee goes with the message sent to it
        (
            "His campaign sent out a text message to supporters saying that they had won the primary.",
            "they had won the primary",
            "His campaign",
        ),
        # after a noun that cannot speak it goes with the clause
        (
            "He has battled with Guardian over the city’s finances, at one point calling the mayor a liar.",
            "the mayor a liar",
            "He",
        ),
        # a response someone fires back speaks for them
        ("Later that day, Trump fired back a response saying he would not support Ryan’s agenda.", "he would not support Ryan’s agenda", "Trump"),
        # someone's remark speaks for them, not for whoever exploited it
        (
            "The Obama campaign exploited Mr. Clinton’s remark in 2008 describing Mr. Obama’s statement as a fairy tale.",
            "Mr. Obama’s statement as a fairy tale",
            "Mr. Clinton’s remark in 2008",
        ),
        # one who listens is not the speaker
        ("The senator listened to voters saying that the economy was weak.", "the economy was weak", "voters"),
    ],
)
def test_the_source_of_a_participle_on_a_noun(extractor, text, content, mention):
    [q] = [q for q in extractor.extract(text) if q.text == content]
    assert q.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Clinton won with an unexpectedly strong win that led her to declare that the nomination was in sight.", "her"),
        ("The dissolution of the Soviet Union also left many E.U. nations feeling that they faced no obvious threat.", "many E.U. nations"),
        ("The Democratic Leadership Council pushed Democrats to moderate their stance and to say they support gun rights.", "Democrats"),
        # "call" is no control verb: the caller says it
        ("Some Democrats have called her to say they will not vote for Hillary Clinton.", "Some Democrats"),
    ],
)
def test_object_control_names_who_reports(extractor, text, mention):
    q = [q for q in extractor.extract(text) if q.evidence[0] == "clausal-complement"][-1]
    assert q.speaker.mention.text == mention


def test_a_complement_clause_of_the_channel_of_saying_is_the_content(extractor):
    text = (
        "April Mellody, a spokeswoman for the Democratic National Convention, said in a statement that the security "
        'team would work with the Philadelphia police and the Secret Service "to ensure the safety and security of all '
        'of our delegates and participants."'
    )
    q = only(extractor.extract(text))
    assert q.kind.value == "mixed" and q.text.startswith("the security team would work") and q.speaker.name == "April Mellody"


def test_a_complement_clause_of_other_nouns_is_not_the_speakers_claim(extractor):
    text = (
        "Kelli Ward called for the impeachment of Attorney General Loretta Lynch following news that the Department "
        "of Justice would sue North Carolina over its bathroom bill."
    )
    assert all(not q.text.startswith("the Department of Justice") for q in extractor.extract(text))


def test_a_sentence_ending_in_a_quoted_fragment_before_its_cue_is_one_mixed_claim(extractor):
    q = only(extractor.extract('He would be a better president than Clinton "no matter what," one user commented.'))
    assert (q.kind.value, q.text, q.speaker.mention.text) == (
        "mixed", 'He would be a better president than Clinton "no matter what,"', "one user"
    )
    # a nickname inside the speaker's name is no claim
    text = 'The crowd cheered. Scott’s niece, state Del. Marcia "Cia" Price, shouted to the crowd.'
    assert all(q.kind.value != "mixed" for q in extractor.extract(text))


def test_a_subject_the_parser_folded_into_a_relative_clause_before_the_cue(extractor):
    text = (
        "Clinton has many endorsements. Sanders, meanwhile, who sits at zero such endorsements, said that fact "
        'speaks volumes about which candidate is "prepared to take on the establishment."'
    )
    q = only(extractor.extract(text))
    assert q.speaker.mention.text == "Sanders" and q.text.startswith("fact speaks volumes")


@pytest.mark.parametrize(
    "text",
    [
        "In both cases, Eric Trump said, those donations paid for sponsorships at the golf tournament.",
        'Those donations, Eric Trump said, paid for "sponsorships" at the golf tournament.',
    ],
)
def test_a_parenthetical_report_whose_past_tense_was_tagged_a_participle(extractor, text):
    q = only(extractor.extract(text))
    assert q.evidence[0] == "parenthetical" and q.text == text[:-1] and q.speaker.name == "Eric Trump"


def test_a_programme_after_a_broadcasters_possessive_is_a_title(extractor):
    text = (
        "''He views Russia as a foreign power that has its own interests at stake,'' Mr. Manafort said on "
        "CBS's ''Face the Nation.''"
    )
    assert [q.text for q in extractor.extract(text)] == [
        "He views Russia as a foreign power that has its own interests at stake,"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Trump called the decision stupid.", "the decision stupid"),
        ("The senator called the ruling unconstitutional on Monday.", "the ruling unconstitutional"),
    ],
)
def test_a_predicate_adjective_the_parser_hung_on_the_object_of_call(extractor, text, content):
    q = only(extractor.extract(text))
    assert (q.text, q.evidence[0]) == (content, "call-predicate")


def test_a_complement_clause_read_as_a_relative_on_the_addressee(extractor):
    text = (
        "In Honolulu last week, he told a meeting of Pacific Island leaders that few people understood the "
        "stakes of climate change better than residents of their part of the planet."
    )
    q = only(extractor.extract(text))
    assert q.text == "few people understood the stakes of climate change better than residents of their part of the planet"
    assert q.speaker.mention.text == "he" and q.cue.text == "told"


def test_a_relative_clause_on_the_addressee_is_no_report(extractor):
    text = "She told the reporters who had waited outside nothing at all."
    assert extractor.extract(text) == []


def test_the_speaker_before_an_aside_set_off_by_dashes(extractor):
    text = (
        "On his way out of the campaign, Mr. Bush - in a line that seemed squarely directed at "
        "Mr. Trump's divisive brand of politics - declared that a president must tend to all corners of the country."
    )
    q = only(extractor.extract(text))
    assert q.text == "a president must tend to all corners of the country"
    assert q.speaker.name == "Bush" and q.speaker.mention.text == "Mr. Bush"


def test_a_share_read_as_an_adverbial_is_the_source_and_a_contrast_stays_out(extractor):
    # the tagger reads "agreed" as a participle and "a third" as an adverbial of it
    text = "Less than a third agreed with the President that Britain would have to wait its turn, while 13 percent were unsure."
    q = only(extractor.extract(text))
    assert q.text == "Britain would have to wait its turn"
    assert q.speaker.mention.text == "Less than a third" and q.speaker.kind.value == "group"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It is a two-person race," said Craig Robinson, an editor.  Iowa State University\'s Dianne Bystrom '
         'agreed. "Mainstream Republicans are running out of time to find an alternative."', "Dianne Bystrom"),
        ('"We will win," Trump said. Cruz disagreed. "He will lose."', "Cruz"),
    ],
)
def test_a_short_sentence_with_a_bare_cue_introduces_the_next_quotation(extractor, text, speaker):
    q = extractor.extract(text)[-1]
    assert q.kind is QuoteKind.DIRECT and q.evidence[0] == "direct:introduced"
    assert q.speaker.name == speaker


def test_a_sentence_about_something_else_does_not_introduce_the_quotation(extractor):
    text = '"We will win," Trump said. The rally ended at noon. "He will lose."'
    last = extractor.extract(text)[-1]
    assert last.evidence[0] == "direct:continuation" and last.speaker.name == "Trump"


def test_an_adjunct_before_that_belongs_to_the_reporting_and_citing_a_source_is_no_quote(extractor):
    text = "TASS reported, citing a source in the security services, that the suspects had been detained."
    q = only(extractor.extract(text))
    assert q.text == "the suspects had been detained" and q.speaker.name == "TASS"


def test_a_quotation_before_a_name_with_abbreviated_ranks(extractor):
    # the pipeline quoteattr loads keeps "Brig." whole (the English tokenizer knows "Gen."
    # only), so the cue clause is parsed as one sentence with its quotation
    text = (
        "The Pentagon on Thursday said it was tracking a balloon. \"The balloon is currently traveling at an "
        "altitude well above commercial air traffic,\" Pentagon press secretary Brig. Gen. Pat Ryder said in a statement."
    )
    q = only(extractor.extract(text), QuoteKind.DIRECT)
    assert q.speaker.name == "Pat Ryder" and q.evidence[0] == "direct:clausal-complement"


def test_a_readout_is_a_document(extractor):
    text = "Wang told Blinken that the US must face up to the damage, according to a Chinese readout."
    q = next(q for q in extractor.extract(text) if q.cue.text.lower() == "according to")
    assert q.speaker.kind.value == "document"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('"This is unacceptable, Blinken said. The United States will respond.', "This is unacceptable,", "Blinken"),
        ("“We will not give up, said the minister. We have never given up.", "We will not give up,", "the minister"),
    ],
)
def test_a_quotation_left_open_ends_at_the_cue_set_inside_it(extractor, text, content, speaker):
    q = only(extractor.extract(text))
    assert q.kind is QuoteKind.DIRECT and q.text == content and q.speaker.name == speaker


def test_a_cue_in_a_subordinate_clause_does_not_close_an_open_quotation(extractor):
    assert extractor.extract('"When Smith said we were done, he was wrong. We were not.') == []


@pytest.mark.parametrize(
    "text",
    [
        'The protest grew on Monday. "We will not leave." Officials in Berlin declined to comment.',
        'The protest grew on Monday. "We will not leave." Police did not say how many people were arrested.',
    ],
)
def test_speech_withheld_after_a_quotation_does_not_attribute_it(extractor, text):
    assert not any(q.kind is QuoteKind.DIRECT for q in extractor.extract(text))


def test_a_not_inside_the_quotation_does_not_withhold_the_cue(extractor):
    q = only(extractor.extract('"Absolutely not," he said.'))
    assert q.kind is QuoteKind.DIRECT and q.cue.text == "said"


@pytest.mark.parametrize(
    "text",
    [
        "Q: Do you think the balloon was spying?\nA: Absolutely.",
        "Did Trump say that Mexico would pay for the wall? He did.",
    ],
)
def test_a_question_reports_nothing(extractor, text):
    assert extractor.extract(text) == []


def test_an_aside_between_commas_is_not_the_charge(extractor):
    q = only(extractor.extract("Washington, for its part, accused Moscow of violating the treaty."))
    assert q.text == "violating the treaty" and q.speaker.name in ("United States", "US", "America")


def test_a_clause_read_as_an_object_noun_with_that_is_a_clause(extractor):
    text = (
        "The Chinese side firmly opposes this, Chinese Ambassador Xie Feng said, adding that Beijing "
        "reserves the right to take countermeasures."
    )
    q = next(q for q in extractor.extract(text) if q.cue.text == "adding")
    assert q.text == "Beijing reserves the right to take countermeasures" and q.evidence[0] == "clausal-complement"


def test_a_quoted_fragment_the_clause_runs_on_after_is_one_mixed_claim(extractor):
    text = (
        "Blinken started the discussion by expressing “how unacceptable and irresponsible” it was that "
        "China had flown the balloon into US territory. The official said more."
    )
    q = next(q for q in extractor.extract(text) if q.cue.text == "expressing")
    assert q.kind is QuoteKind.MIXED
    assert q.text == "“how unacceptable and irresponsible” it was that China had flown the balloon into US territory"


def test_a_quotation_that_ends_its_clause_does_not_run_on(extractor):
    q = only(extractor.extract("“We will respond,” Blinken said on Monday."))
    assert q.kind is QuoteKind.DIRECT and q.text == "We will respond,"
    q = only(extractor.extract("He called the response “absurd and hysterical” and “an abuse of force.”"))
    assert q.text == "the response “absurd and hysterical” and “an abuse of force.”"


def test_a_title_after_a_colon_is_no_quote_but_a_title_case_headline_quote_is(extractor):
    text = "Trump listed an NBC show as his guilty pleasure: “Saturday Night Live” — and more specifically his last appearance."
    assert extractor.extract(text) == []
    q = only(extractor.extract("Trump Praises Reporter Matthew Boyle: ‘Very Good Reporter.’"))
    assert q.kind is QuoteKind.DIRECT and q.text == "Very Good Reporter."


def test_speaking_on_condition_of_anonymity_has_no_topic(extractor, stance_extractor):
    assert extractor.extract("The aide commented on condition of anonymity.") == []
    quotes = stance_extractor.extract("Two officials spoke on condition of anonymity to discuss the plan.")
    assert [q.text for q in quotes] == ["the plan"]  # what they discussed, not how they spoke


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Asked whether he would speak with Xi, Biden said he expected to.", "whether he would speak with Xi"),
        # (the tagger reads this "Asked" as a past tense)
        ("Asked what made James special, Biden said his longevity was unmatched.", "what made James special"),
    ],
)
def test_a_question_put_to_someone_has_no_speaker(extractor, text, question):
    quotes = extractor.extract(text)
    asked = next(q for q in quotes if q.cue.text == "Asked")
    assert asked.text == question and asked.speaker is None
    assert asked.evidence[0] == "asked-question"
    said = next(q for q in quotes if q.cue.text == "said")
    assert said.speaker.name == "Biden"


@pytest.mark.parametrize(
    "text",
    [
        "He is campaigning in Wisconsin. That said, Cruz cannot realistically get enough delegates.",
        "Having said that, the senator will vote no.",
    ],
)
def test_a_connective_with_said_reports_nothing(extractor, text):
    assert extractor.extract(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Russia's defense ministry claimed its forces had captured a village near Bakhmut, a claim that "
            "could not be independently verified.",
            "its forces had captured a village near Bakhmut",
        ),
        ("He said the economy grew 3 percent, a figure disputed by economists.", "the economy grew 3 percent"),
        ('Cruz said the contest had been "rigged" against him, a charge that party leaders denied.',
         'the contest had been "rigged" against him'),
    ],
)
def test_the_writers_appositive_comment_on_a_report_is_not_its_content(extractor, text, content):
    assert only(extractor.extract(text)).text == content


def test_a_person_named_as_subject_right_before_a_quotation_speaks_it_not_the_previous_speaker(extractor):
    text = (
        'Sanders said workers were losing ground. "It\'s time for low-wage workers to organize."\n\n'
        'Clinton touted her credentials as an original co-sponsor of the legislation. "We need to find ways '
        'to support workers."'
    )
    quotes = [q for q in extractor.extract(text) if q.kind is QuoteKind.DIRECT]
    assert [(q.speaker.name, q.evidence[0]) for q in quotes] == [
        ("Sanders", "direct:continuation"),
        ("Clinton", "direct:introduced"),
    ]


def test_a_that_clause_the_parser_hung_on_a_noun_after_told_is_the_content(extractor):
    # the parser made the clause a relative on "condition", though a second object fills its gap
    text = "A Pentagon official told The Washington Post on condition of anonymity that the balloon carried antennas."
    q = only(extractor.extract(text))
    assert (q.text, q.speaker.name) == ("the balloon carried antennas", "A Pentagon official")


def test_asking_for_anonymity_is_not_a_report(extractor):
    text = '"It\'s a disaster," one Republican lawmaker, who requested anonymity to speak candidly, told Politico.'
    q = only(extractor.extract(text))
    assert (q.kind, q.speaker.name) == (QuoteKind.DIRECT, "one Republican lawmaker")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("In addition, the plan would cut taxes for the rich, the report found.", "the plan would cut taxes for the rich"),
        ("WASHINGTON ― The economy is slowing, the Fed said on Tuesday.", "The economy is slowing"),
        ("KYIV, Ukraine (AP) — Russian forces shelled the city overnight, officials said.",
         "Russian forces shelled the city overnight"),
        # a hyphenated compound is no dateline
        ("NATO - led forces will stay, the general said.", "NATO - led forces will stay"),
        # a wire dateline with a date and the agency
        ("LONDON, Feb 3 (Reuters) - Britain's economy will shrink this year, the Bank of England said on Thursday.",
         "Britain's economy will shrink this year"),
        ("Beijing, Feb 9 (EFE).- The US had overreacted, China's defense ministry said.", "The US had overreacted"),
        ("NEW DELHI, Feb 6 (IANS) India is monitoring the situation, the external affairs ministry said.",
         "India is monitoring the situation"),
        # a title-case word with no date before its dash is no dateline
        ("Obama - The Movie will open in May, the studio said.", "Obama - The Movie will open in May"),
    ],
)
def test_a_leading_connective_phrase_or_dateline_is_not_content(extractor, text, content):
    q = only(extractor.extract(text))
    assert q.text == content and "not-english" not in q.evidence


def test_a_content_before_the_cue_does_not_run_back_over_the_sentence_before_its_quotation(extractor):
    text = (
        "The paranoia remained but found other points of focus, such as the devil's hand in my brother's "
        'drug addiction. "We live in Satan\'s kingdom," my father often said.'
    )
    q = only(extractor.extract(text))
    assert (q.kind, q.text, q.speaker.name) == (QuoteKind.DIRECT, "We live in Satan's kingdom,", "my father")


def test_a_passive_make_before_a_dash_is_no_causative_for_the_next_clause(nlp):
    # the parse the small English pipeline gives a long sentence from the news, built by
    # hand so the rule is tested whatever the model's version: "... his returns were made
    # public ― Smith boasted": "boasted" hangs on "made" as a complement with two subjects
    from spacy.tokens import Doc

    from quoteattr.attribution import _source_of
    from quoteattr.lexicon import get

    words = ["his", "returns", "were", "made", "public", "―", "Smith", "boasted", "."]
    heads = [1, 3, 3, 3, 5, 7, 7, 3, 3]
    deps = ["poss", "nsubjpass", "auxpass", "ROOT", "amod", "nsubj", "nsubj", "ccomp", "punct"]
    pos = ["PRON", "NOUN", "AUX", "VERB", "ADJ", "PUNCT", "PROPN", "VERB", "PUNCT"]
    lemmas = ["his", "return", "be", "make", "public", "―", "Smith", "boast", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert _source_of(doc[7], get()).text == "Smith"


def test_a_cue_after_a_description_in_a_that_clause_read_as_adverbial_is_the_reporters(nlp):
    # the parse the small English pipeline gives a sentence from the news, built by hand:
    # "Trump tweeted that Rosie was “a loser” and encouraged Americans to look": the
    # that-clause is read as an adverbial clause, "tweeted" as a participle, and
    # "encouraged" hangs on "was"; a description does no encouraging, the tweeter does
    from spacy.tokens import Doc

    from quoteattr.attribution import _source_of
    from quoteattr.lexicon import get

    words = ["Trump", "tweeted", "that", "Rosie", "was", "a", "loser", "and", "encouraged", "Americans", "to", "look", "."]
    heads = [1, 1, 4, 4, 1, 6, 4, 4, 4, 8, 11, 8, 1]
    deps = ["nsubj", "ROOT", "advmod", "nsubj", "advcl", "det", "attr", "cc", "conj", "dobj", "aux", "xcomp", "punct"]
    pos = ["PROPN", "VERB", "PRON", "PROPN", "AUX", "DET", "NOUN", "CCONJ", "VERB", "PROPN", "PART", "VERB", "PUNCT"]
    tags = ["NNP", "VBN", "WDT", "NNP", "VBD", "DT", "NN", "CC", "VBD", "NNPS", "TO", "VB", "."]
    lemmas = ["Trump", "tweet", "that", "Rosie", "be", "a", "loser", "and", "encourage", "Americans", "to", "look", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert _source_of(doc[8], get()).text == "Trump"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # where or when the report was made is not what was said
        ("Another host, Abby Martin, had previously denounced the annexation in an on-air diatribe.", "the annexation"),
        ("The company confirmed the layoffs in a statement on Friday.", "the layoffs"),
        ("The senator repeated her opposition in a separate CNN interview.", "her opposition"),
        ("Clinton has not mentioned Machado since the Monday night debate.", "Machado"),
        # nor who carried it
        ("Mr. Ailes denied the charges through his lawyer.", "the charges"),
        # a phrase that belongs to the content stays
        ("Clinton cited remarks Trump had made about Machado as examples of his disrespect for women.",
         "remarks Trump had made about Machado as examples of his disrespect for women"),
    ],
)
def test_a_noun_phrase_content_ends_before_the_occasion_of_the_report(extractor, text, content):
    q = only(extractor.extract(text))
    assert q.text == content


def test_who_after_an_aside_in_dashes_is_the_people_before_the_aside(extractor):
    # the parser hangs "who said" on "letter"; "who" stands for people, and the aside
    # between the dashes is skipped
    text = (
        "The campaign released a letter from 40 former ambassadors and diplomats -- many of whom had "
        "served under both parties -- who said that the nominee lacked the temperament for the job."
    )
    q = only(q for q in extractor.extract(text) if q.cue.text == "said")
    assert q.text == "the nominee lacked the temperament for the job"
    assert q.speaker.mention.text.startswith("40 former ambassadors")


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Sen. Claire McCaskill scolded him: “The scientific community is almost monolithic against you "
            "in terms of the efficacy of the products you called ‘miracles,’” she said.",
            "The scientific community is almost monolithic against you in terms of the efficacy of the products "
            "you called ‘miracles,’",
            "Claire McCaskill",
        ),
        (
            'The sheriff saw his words differently: "When he says he will die a free man, I don\'t take that '
            'as a joke," Sheriff Dave Ward said.',
            "When he says he will die a free man, I don't take that as a joke,",
            "Dave Ward",
        ),
    ],
)
def test_a_fronted_quotation_after_a_colon_leaves_the_frame_out(extractor, text, content, name):
    q = only(q for q in extractor.extract(text) if q.cue is not None and q.cue.text == "said")
    assert q.text == content and q.kind is QuoteKind.DIRECT
    assert q.speaker.name == name


def test_a_fronted_quotation_in_doubled_single_marks_after_a_colon(extractor):
    text = (
        "The group is raising money to print the book: ''Publish the book that the senator doesn't want "
        "you to read,'' the pitch on its website says."
    )
    q = only(extractor.extract(text))
    assert q.text == "Publish the book that the senator doesn't want you to read,"
    assert q.speaker.mention.text == "the pitch on its website"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"We were robbed," the coach muttered as he left the pitch.', "muttered"),
        ('The fans hollered, "Bring back the manager!"', "hollered"),
    ],
)
def test_verbs_of_manner_of_speaking_are_cues(extractor, text, cue):
    q = only(extractor.extract(text))
    assert q.cue.text == cue and q.kind is QuoteKind.DIRECT


def test_a_verb_of_manner_of_speaking_takes_a_that_clause(extractor):
    q = only(extractor.extract("The minister mumbled that he had never seen the report."))
    assert q.text == "he had never seen the report" and q.speaker.mention.text == "The minister"


def test_a_participle_after_an_aside_in_dashes_goes_with_the_interrupted_clause(extractor):
    text = (
        "Small groups of protesters continued to call for more information about the shooting, looping the "
        "streets around the stadium - where the Panthers played the Vikings - while chanting, "
        '"Hands up, don\'t shoot."'
    )
    q = only(q for q in extractor.extract(text) if q.kind is QuoteKind.DIRECT)
    assert q.text == "Hands up, don't shoot."
    assert q.speaker.mention.text == "Small groups of protesters"


def test_an_as_clause_with_a_topic_of_its_own_does_not_report_the_main_clause(extractor):
    text = "As the White House hints at what some of its plans might include, the governor is not having any of it."
    assert not any(q.evidence[0] == "as-clause" for q in extractor.extract(text))
    q = only(extractor.extract("As Blinken noted on Sunday, the balloon violated US sovereignty."))
    assert q.text == "the balloon violated US sovereignty" and q.evidence[0] == "as-clause"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "China's foreign ministry said on Friday the airship was a civilian research vessel that had strayed off course.",
            "the airship was a civilian research vessel that had strayed off course",
        ),
        ("The Pentagon said on Thursday the balloon was flying over Montana.", "the balloon was flying over Montana"),
    ],
)
def test_a_date_right_after_the_cue_dates_the_saying_not_the_content(extractor, text, content):
    q = only(extractor.extract(text))
    assert q.text == content and q.cue.text == "said"


@pytest.mark.parametrize(
    ("text", "content", "name", "cue"),
    [
        (
            "As the Russian Foreign Minister Sergey Lavrov pointed out, Washington is trying to shift the blame. "
            "In his opinion, the incident was used as a pretext.",
            "the incident was used as a pretext",
            "Sergey Lavrov",
            "In his opinion",
        ),
        ("In the view of the ministry, the sanctions are illegal.", "the sanctions are illegal", "the ministry", "In the view of"),
        (
            "The sanctions are illegal, in the view of Russian officials.",
            "The sanctions are illegal",
            "Russian officials",
            "in the view of",
        ),
        (
            "In Putin's view, the West has ignored Russia's concerns for decades.",
            "the West has ignored Russia's concerns for decades",
            "Putin",
            "In Putin's view",
        ),
    ],
)
def test_an_opinion_phrase_set_off_by_a_comma_names_its_holder(extractor, text, content, name, cue):
    q = extractor.extract(text)[-1]
    assert (q.text, q.speaker.name, q.cue.text, q.evidence[0]) == (content, name, cue, "opinion-of")


@pytest.mark.parametrize(
    "text",
    [
        "In my view, the sanctions are illegal.",  # the writer's own view
        "In the view of the mountains, we had lunch.",  # no one holds it
        "In his view the sanctions are illegal.",  # not set off
    ],
)
def test_an_opinion_phrase_without_a_third_person_holder_set_off_is_no_cue(extractor, text):
    assert extractor.extract(text) == []


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "Political scientist Ivan Petrov is convinced that the incident will not affect trade.",
            "the incident will not affect trade",
            "Political scientist Ivan Petrov",
        ),
        (
            "People briefed on the reshuffling were adamant that Mr. Trump's children would seek to block a return "
            "by Mr. Lewandowski.",
            "Mr. Trump's children would seek to block a return by Mr. Lewandowski",
            "People briefed on the reshuffling",
        ),
        (
            "McConnell met with her and other Burmese leaders and came away convinced that concrete reforms from "
            "the military regime were underway.",
            "concrete reforms from the military regime were underway",
            "McConnell",
        ),
        ("Some Democrats are hopeful they can even threaten the GOP's lead in the House.",
         "they can even threaten the GOP's lead in the House", "Some Democrats"),
    ],
)
def test_a_belief_adjective_with_a_clause_reports_its_holder(extractor, text, content, mention):
    q = next(q for q in extractor.extract(text) if q.evidence[0] == "belief-adjective")
    assert (q.text, q.speaker.mention.text, q.kind) == (content, mention, QuoteKind.INDIRECT)


@pytest.mark.parametrize(
    "text",
    [
        "It is clear that he lied.",  # no holder
        "Democrats are worried about the debt.",  # no clause
        "She was so sure of herself that she never checked.",  # a result clause
        "You can be sure that the price will rise.",  # anyone, not a source
        "Trump could embrace the policy, but only if he can be convinced that it’s a good business decision.",
    ],
)
def test_a_belief_adjective_without_holder_or_clause_is_no_cue(extractor, text):
    assert not any(q.evidence[0] == "belief-adjective" for q in extractor.extract(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Forbes magazine started the rich-list craze in 1982, when it published its first ''400'' list of the "
            "400 richest Americans.",
            "its first ''400'' list of the 400 richest Americans",
        ),
        (
            "If she did, party procedures give the chair of the DNC authority to call a “special meeting” to vote on "
            "a replacement nominee.",
            "a “special meeting” to vote on a replacement nominee",
        ),
        # the phrase stops before the occasion of the saying
        (
            "Former Governor Jim Hale criticized the new tax law as a “giveaway” during a presidential campaign stop "
            "in Dayton, Ohio, for his party's nominee.",
            "the new tax law as a “giveaway”",
        ),
    ],
)
def test_a_quoted_fragment_runs_to_the_end_of_its_noun_phrase(extractor, text, content):
    q = next(q for q in extractor.extract(text) if q.kind is QuoteKind.MIXED)
    assert q.text == content


def test_an_as_clause_after_the_subject_leaves_the_subject_in_the_report(extractor):
    (q,) = extractor.extract("The American side, as the newspaper writes, intends to continue the investigation.")
    assert (q.text, q.speaker.mention.text, q.evidence[0]) == (
        "The American side, as the newspaper writes, intends to continue the investigation",
        "the newspaper",
        "as-clause",
    )


def test_a_mention_never_ends_on_a_conjunction_the_parser_hung_on_its_object(extractor):
    text = (
        "On Tuesday’s episode of the show, the former secretary of state and current Democratic presidential "
        "nominee said she wanted to speak to voters directly."
    )
    q = extractor.extract(text)[0]
    assert not q.speaker.mention.text.endswith(" and")


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # the parser hangs "called" on the name as a modifier and leaves no verb at the root
        ("Beruff, a Scott ally, called Florida’s standards “strong.”", "Florida’s standards “strong.”", "Beruff"),
        # or on the last name of an aside on the subject
        (
            "Analysts at Wedbush, led by Dan Ives, called the recall \"a black eye\" for the company.",
            "the recall \"a black eye\"",
            "Analysts at Wedbush",
        ),
        # and a writer's comment after the quotation is not part of the report
        (
            "Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called Donald J. Trump's "
            "remarks about a Latino judge ''racist,'' an extraordinary indictment that generated a fresh wave of "
            "criticism.",
            "Donald J. Trump's remarks about a Latino judge ''racist,''",
            "Speaker Paul D. Ryan",
        ),
    ],
)
def test_a_cue_the_parser_hung_on_its_subject_still_reports(extractor, text, content, mention):
    (q,) = extractor.extract(text)
    assert (q.text, q.speaker.mention.text, q.kind) == (content, mention, QuoteKind.MIXED)


def test_a_fronted_report_before_records_show(extractor):
    q = next(q for q in extractor.extract("The company agreed to sell it to Mr. Trump in 2010, records show.") if q.cue.text == "show")
    assert (q.text, q.speaker.mention.text) == ("The company agreed to sell it to Mr. Trump in 2010", "records")


def test_a_dash_after_the_cue_opens_an_aside_not_the_content(extractor):
    text = "Such a move could alienate his backers, Clinton allies believe — backers she will need come November."
    (q,) = extractor.extract(text)
    assert (q.text, q.speaker.mention.text) == ("Such a move could alienate his backers", "Clinton allies")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the gap clause read as a predicate of the cue
        (
            "The drawdown of troops in Iraq, which they say left a vacuum for terrorist activity to grow, was a mistake.",
            "left a vacuum for terrorist activity to grow",
        ),
        (
            "Wilcox said he was “a big advocate” of the principle of common standards, which he argued help ease "
            "educational disruptions for students who transfer often across state lines.",
            "help ease educational disruptions for students who transfer often across state lines",
        ),
        # the reported clause's subject read as the cue's object, its predicate hung elsewhere
        (
            "Other Republicans echoed those comments, saying Obama's strategy -- airstrikes against Islamic State "
            "positions in Iraq and Syria and training local ground forces -- is inadequate to the threat.",
            "Obama's strategy -- airstrikes against Islamic State positions in Iraq and Syria and training local "
            "ground forces -- is inadequate to the threat",
        ),
    ],
)
def test_a_report_the_parser_split_is_whole(extractor, text, content):
    assert content in [q.text for q in extractor.extract(text)]


def test_an_apposition_in_dashes_read_as_a_second_subject_is_not_the_speaker(extractor):
    text = (
        "A spokeswoman for the brand - a 12-employee business pitched as \"the ultimate destination for Women Who "
        "Work\" - noted that the company offers new mothers eight weeks of paid leave."
    )
    (q,) = extractor.extract(text)
    assert q.speaker.mention.text == "A spokeswoman for the brand"


def test_a_gerund_subject_the_parser_hung_on_the_cue_stays_in_the_content(extractor):
    text = "President Obama rebuked critics, saying calling the Islamic State by another name will do nothing to defeat it."
    (q,) = extractor.extract(text)
    assert q.text == "calling the Islamic State by another name will do nothing to defeat it"


def test_a_content_starting_on_a_closing_mark_is_no_report(extractor):
    quotes = extractor.extract("“No comment,” was all the spokesman would say.")
    assert [(q.kind, q.text) for q in quotes] == [(QuoteKind.DIRECT, "No comment,")]


def test_in_her_words_before_a_colon_names_the_holder(extractor):
    q = extractor.extract("Sen. Jane Hale spoke in Ohio. In her words: “We will not give up.”")[-1]
    assert (q.text, q.speaker.name, q.cue.text) == ("We will not give up.", "Jane Hale", "In her words")


def test_a_report_after_its_cue_ends_at_a_semicolon(extractor):
    text = (
        "Republicans said the timing of the immunity news was not intentional; they only learned on Friday of "
        "the arrangements."
    )
    (q,) = extractor.extract(text)
    assert q.text == "the timing of the immunity news was not intentional"


def test_a_list_with_semicolons_is_not_cut(extractor):
    text = (
        "The campaign said Thiel is scheduled to speak next Thursday, along with Tim Tebow; Rep. Marsha "
        "Blackburn; and Ivanka Trump."
    )
    (q,) = extractor.extract(text)
    assert q.text.endswith("and Ivanka Trump")


def test_a_quote_paragraph_after_a_short_response_sentence_is_introduced_by_it(extractor):
    text = (
        'Smith criticized Jones on Monday. "He has no plan," Smith said.\n\n"He never had one."\n\n'
        'Jones responded on Twitter.\n\n"Smith is lying. Everyone knows it."'
    )
    got = [(q.text, q.speaker.name, q.evidence[0]) for q in extractor.extract(text)]
    assert got == [
        ("He has no plan,", "Smith", "direct:clausal-complement"),
        ("He never had one.", "Smith", "direct:continuation"),
        ("Smith is lying. Everyone knows it.", "Jones", "direct:introduced"),
    ]


def test_an_infinitive_is_the_content_before_a_later_clause_the_parser_hung_on_the_cue(extractor):
    text = (
        "On Thursday, however, Trump spoke to a gathering of fracking industry leaders, promising to lift "
        "environmental regulations and open more federal land to drilling ― probably not exactly what "
        "Graham had in mind."
    )
    (q,) = extractor.extract(text)
    assert q.cue.text == "promising" and q.text.startswith("lift environmental regulations and open")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the parser hangs the second bare verb on the main clause, outside the infinitive
        (
            "Mrs. Clinton has embraced Mr. Obama's go-it-alone approach, promising to meet and in some cases "
            "exceed his goals without trying to pass cap-and-trade legislation.",
            "meet and in some cases exceed his goals without trying to pass cap-and-trade legislation",
        ),
        (
            "Mr. Clarke promised to revitalize flagging ticket sales to the bridge, then hand over the "
            "property as a state park.",
            "revitalize flagging ticket sales to the bridge, then hand over the property as a state park",
        ),
        # a verb with its own subject is a new clause, not a second infinitive
        ("The mayor promised to cut taxes and voters cheered.", "cut taxes"),
    ],
)
def test_a_bare_verb_coordinated_with_an_infinitive_is_part_of_it(extractor, text, content):
    q = next(q for q in extractor.extract(text) if q.cue.text.startswith("promis"))
    assert q.text == content


def test_a_subordinate_cue_keeps_the_complement_the_parser_gave_the_main_clause(extractor):
    text = (
        "While he acknowledged funding was a major reason he felt demoralized serving under Obama, Ham also "
        "noted several “intangibles” left him further disillusioned."
    )
    got = {q.cue.text: q.text for q in extractor.extract(text)}
    assert got == {
        "acknowledged": "funding was a major reason he felt demoralized serving under Obama",
        "noted": "several “intangibles” left him further disillusioned",
    }


def test_a_report_in_a_relative_clause_ends_before_the_main_verb_the_parser_hung_inside_it(extractor):
    (q,) = extractor.extract("The plan, which officials say will save 2 billion dollars, passed on Monday.")
    assert (q.text, q.speaker.mention.text) == ("will save 2 billion dollars", "officials")


def test_the_antecedent_compounded_onto_a_reduced_relatives_subject_is_not_the_speaker(extractor):
    q = extractor.extract("It was a decision critics said would hurt the poor.")[0]
    assert (q.text, q.speaker.mention.text) == ("would hurt the poor", "critics")


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Donald Trump is once again questioning the integrity of the voting system.",
            "the integrity of the voting system",
            "questioning",
        ),
        (
            "A memorable Hillary Clinton ad in 2008 questioned whether then-rival Barack Obama was prepared to "
            "face emergencies.",
            "whether then-rival Barack Obama was prepared to face emergencies",
            "questioned",
        ),
        ("Nunes disputed the account given by the White House.", "the account given by the White House", "disputed"),
        (
            "Sanders echoed the call for a higher minimum wage, saying the economy was rigged.",
            "the call for a higher minimum wage",
            "echoed",
        ),
    ],
)
def test_question_dispute_and_echo_report_what_they_take_up(extractor, text, content, cue):
    assert any((q.text, q.cue.text) == (content, cue) for q in extractor.extract(text))


def test_a_second_cue_hung_on_the_report_ends_it_and_reports_on_its_own(extractor):
    text = (
        "Chris Brownell, an audience member, said he makes $41,000 a year and questioned how he would be "
        "helped by Sanders' plan to raise taxes."
    )
    got = {q.cue.text: (q.text, q.speaker.name) for q in extractor.extract(text)}
    assert got == {
        "said": ("he makes $41,000 a year", "Chris Brownell"),
        "questioned": ("how he would be helped by Sanders' plan to raise taxes", "Chris Brownell"),
    }


def test_a_move_after_a_report_is_the_writers_comment(extractor):
    text = "The Treasury said the minimum wage would rise by 7% next April, a move that would cost small firms dearly."
    q = next(q for q in extractor.extract(text) if q.cue.text == "said")
    assert q.text == "the minimum wage would rise by 7% next April"


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The IMF pointed to Britain's decision to leave the European Union as an example of rising sentiment "
            "against globalization.",
            "Britain's decision to leave the European Union as an example of rising sentiment against globalization",
            "pointed",
        ),
        ("Admiral Harris refers to those islands as Chinese bases.", "those islands as Chinese bases", "refers"),
        ("Clinton hinted at a change in staffing on Monday.", "a change in staffing", "hinted"),
    ],
)
def test_refer_to_point_to_and_hint_at_report_their_topic(extractor, text, content, cue):
    assert any((q.text, q.cue.text) == (content, cue) for q in extractor.extract(text))


def test_pointing_out_to_someone_is_no_topic(extractor):
    text = "As William Birdthistle pointed out to me, the rules changed in 2014."
    assert not any(q.text == "me" for q in extractor.extract(text))


def test_a_phrase_after_a_dash_is_the_writers_comment(extractor):
    text = (
        'Last month he told an investor conference that the company was "laser-focused on efficiency" — a '
        "phrase critics have mocked."
    )
    q = next(q for q in extractor.extract(text) if q.cue.text == "told")
    assert q.text == 'the company was "laser-focused on efficiency"'


def test_a_short_quotation_after_a_long_attribution_continues_the_turn(extractor):
    text = (
        "“This is a company that used to pride itself on never firing anyone,” said Margaret O’Mara, a "
        "historian at the University of Washington who studies the tech industry. “That era is over.”"
    )
    quotes = extractor.extract(text)
    assert [q.text for q in quotes][-1] == "That era is over."
    assert {q.speaker.name for q in quotes} == {"Margaret O’Mara"}


def test_a_gerund_coordinated_to_a_gerund_object_is_more_of_the_object(extractor):
    text = (
        "Trump has mentioned refinancing student loans and forcing universities to spend more from their "
        "endowments to help students."
    )
    (q,) = extractor.extract(text)
    assert q.text == (
        "refinancing student loans and forcing universities to spend more from their endowments to help students"
    )


def test_an_object_runs_on_over_a_sentence_break_the_parser_made_without_punctuation(extractor):
    text = (
        "At Monday’s presidential debate, Democrat Hillary Clinton mentioned disparaging remarks Trump had made "
        "about Machado as examples of his disrespect for women."
    )
    q = next(q for q in extractor.extract(text) if q.cue.text == "mentioned")
    assert q.text == "disparaging remarks Trump had made about Machado as examples of his disrespect for women"


@pytest.mark.parametrize(
    "header",
    [" date 2023-02-14 ", "WASHINGTON — "],
)
def test_this_was_stated_by_leaves_a_date_line_or_dateline_out_of_the_sentence_before(extractor, header):
    text = header + "The US does not seek conflict with China. This was stated by John Kirby at a briefing on Tuesday."
    (q,) = extractor.extract(text)
    assert (q.text, q.speaker.name) == ("The US does not seek conflict with China", "John Kirby")


def test_a_report_the_parser_split_in_two_drops_its_complementizer(extractor):
    text = (
        "President Joe Biden he said last month that the agreement he and Xi had made to keep communications open "
        "had also been derailed by “this stupid balloon”."
    )
    (q,) = extractor.extract(text)
    assert q.text.startswith("the agreement he and Xi had made")


def test_an_as_clause_on_a_pronoun_goes_on_with_a_report_before_its_cue(extractor):
    text = (
        "However, Wang is placing the responsibility of repairing relations on the US, as he told Blinken the US "
        "needs to address its “abuse of force,” the Chinese government said in a statement."
    )
    q = next(q for q in extractor.extract(text) if q.cue.text == "said")
    assert q.text.endswith("as he told Blinken the US needs to address its “abuse of force,”")


@pytest.mark.parametrize(
    "text",
    ["Beijing has refuted those assertions.", "The Pentagon confirmed its existence on Thursday."],
)
def test_a_bare_noun_pointing_back_is_no_content(extractor, text):
    assert extractor.extract(text) == []


def test_a_noun_phrase_with_content_of_its_own_is_still_reported(extractor):
    (q,) = extractor.extract("The Pentagon confirmed the existence of a second balloon over Latin America.")
    assert q.text == "the existence of a second balloon over Latin America"


def test_according_to_reports_the_whole_clause_after_the_sources_apposition(extractor):
    text = (
        "According to a press release carried by CGTN, a Chinese state media outlet, Wang acknowledged what he "
        "called an “informal” meeting with Blinken on Saturday and urged the US to mend the “damage” to the "
        "countries’ relations."
    )
    q = next(q for q in extractor.extract(text) if q.cue.text == "According to")
    assert q.text == (
        "Wang acknowledged what he called an “informal” meeting with Blinken on Saturday and urged the US to "
        "mend the “damage” to the countries’ relations"
    )
    assert q.speaker.mention.text == "a press release carried by CGTN"


def test_a_closing_according_to_covers_every_conjunct_before_a_paragraph_break(extractor):
    text = (
        "Blinken “directly spoke to the unacceptable violation of US sovereignty and international law” in a "
        "meeting in Munich, and he emphasized that incidents like the balloon “must never occur again,” according "
        "to a statement from the State Department’s Ned Price.\nBlinken left Munich on Sunday."
    )
    q = next(q for q in extractor.extract(text) if q.cue.text == "according to")
    assert q.text.startswith("Blinken “directly spoke") and q.speaker.name == "Ned Price"


def test_according_to_before_an_adverbial_clause_closes_the_report(extractor):
    text = (
        "FRANKFURT, March 3 (Reuters) - Volkswagen is in talks to sell a stake in its battery unit to an outside "
        "investor, according to two people familiar with the matter, as the carmaker seeks to fund its costly "
        "shift to electric vehicles."
    )
    (q,) = extractor.extract(text)
    assert q.text == "Volkswagen is in talks to sell a stake in its battery unit to an outside investor"


def test_a_subject_the_parser_read_as_a_relative_on_the_channel_noun_stays_in_the_report(extractor):
    (q,) = extractor.extract('His office said in a statement that claims to the contrary were "false and malicious."')
    assert q.text == 'claims to the contrary were "false and malicious."'


def test_a_conjunct_with_a_modal_goes_on_with_the_report(extractor):
    text = (
        "A spokeswoman for the state Department of Transportation, Kelly Marsh, said the agency was "
        '"reviewing the circumstances" and would not comment further.'
    )
    (q,) = extractor.extract(text)
    assert q.text == 'the agency was "reviewing the circumstances" and would not comment further'


def test_a_focusing_adverb_before_the_complementizer_is_the_reportings(extractor):
    (q,) = extractor.extract("Clinton said only that her statements in a closed-door FBI interview were truthful.")
    assert q.text == "her statements in a closed-door FBI interview were truthful"


def test_a_copula_with_a_comparative_before_a_colon_frames_the_quotation(extractor):
    text = 'Her Republican colleague, Sen. John Kennedy of Louisiana, was more blunt: "I think somebody ought to go to jail."'
    (q,) = extractor.extract(text)
    assert (q.text, q.speaker.name) == ("I think somebody ought to go to jail.", "John Kennedy")


@pytest.mark.parametrize("before", ["", "Ruth Perez said hello.\n\n"])
def test_a_question_put_to_the_speaker_in_an_aside_has_no_asker(extractor, before):
    text = before + 'Kennedy, asked whether he would support new legislation, said he was "open to anything that works."'
    got = {q.cue.text: (q.text, q.speaker.name if q.speaker else None) for q in extractor.extract(text) if q.cue}
    assert got["asked"] == ("whether he would support new legislation", None)
    assert got["said"] == ('he was "open to anything that works."', "Kennedy")


def test_a_trailing_cue_clause_reports_its_sentence_when_a_quotation_opens_the_next(extractor):
    # the parser hung "she said" on the content as an adverbial clause; the quotation that
    # opens the next sentence is no part of this cue clause
    text = (
        "The Internet has also made it possible for people with like-minded, if bogus, ideas and theories "
        "to organize into communities and reach others, she said. "
        '"If you think the moon landing was faked, you can find friends," she said.'
    )
    q = only(extractor.extract(text), QuoteKind.INDIRECT)
    assert q.text.startswith("The Internet has also made it possible")
    assert q.text.endswith("reach others")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The official said the FBI had secured the cooperation of Bryan Pagliano, who worked on the "
            "campaign before setting up the server in 2009.",
            "the FBI had secured the cooperation of Bryan Pagliano",
        ),
        (
            "The lawsuit said Trump had defrauded thousands of students through Trump University, which was "
            "never licensed as an educational institution.",
            "Trump had defrauded thousands of students through Trump University",
        ),
        # also at the end of a chain of infinitives and gerunds
        (
            "Lawmakers said they are not trying to avoid appearing beside Hillary Clinton, who has been battered "
            "in recent weeks by the fallout from the investigation.",
            "they are not trying to avoid appearing beside Hillary Clinton",
        ),
    ],
)
def test_a_closing_description_of_someone_named_is_the_writers_background(extractor, text, content):
    q = only(extractor.extract(text), QuoteKind.INDIRECT)
    assert q.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He said there is an active conversation within the group about the proper response to Trump, one "
            "that will likely dominate the group's annual meeting in Las Vegas next month.",
            "there is an active conversation within the group about the proper response to Trump",
        ),
        (
            "Officials said Britain could leave the European Union, a move that could trigger the "
            "disintegration of the bloc.",
            "Britain could leave the European Union",
        ),
    ],
)
def test_a_closing_apposition_that_sums_up_the_report_is_the_writers(extractor, text, content):
    q = next(q for q in extractor.extract(text) if q.cue.text == "said")
    assert q.text == content


def test_a_closing_relative_clause_that_holds_a_quotation_is_the_speakers(extractor):
    text = 'She said the senator misread the mood of Florida, which is "a problem for all of us."'
    q = only(extractor.extract(text))
    assert q.text.endswith("all of us.\"")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ms. Toretti and other prominent bundlers said their networks of potential donors, almost "
            "exclusively men until just a few years ago, were now composed mostly of other women.",
            "their networks of potential donors, almost exclusively men until just a few years ago, were now "
            "composed mostly of other women",
        ),
        (
            "Judge Jane Stranch, in her dissent, said just because discrimination was not obvious did not mean "
            "it was not there.",
            "just because discrimination was not obvious did not mean it was not there",
        ),
    ],
)
def test_a_subject_the_parser_hung_on_the_cue_starts_the_content(extractor, text, content):
    q = only(extractor.extract(text), QuoteKind.INDIRECT)
    assert q.text == content


def test_put_without_it_is_no_report_of_its_own_and_so_links_back(extractor):
    text = "So it makes sense, strategists said, for Democrats to put the concept in the public's mind now."
    q = only(extractor.extract(text), QuoteKind.INDIRECT)
    assert q.text == "it makes sense, strategists said, for Democrats to put the concept in the public's mind now"
    assert q.speaker is not None and q.speaker.mention.text == "strategists"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He's leaning toward Kasich, he said, because he prizes electability.",
            "He's leaning toward Kasich, he said, because he prizes electability",
        ),
        (
            "There is no chance of that level of violence, officials in both cities insist, because modern "
            "policing has evolved.",
            "There is no chance of that level of violence, officials in both cities insist, because modern "
            "policing has evolved",
        ),
        (
            "The two candidates are now tied, the new poll indicates, with each receiving 40 percent of the vote.",
            "The two candidates are now tied, the new poll indicates, with each receiving 40 percent of the vote",
        ),
    ],
)
def test_a_reason_after_a_cue_set_off_by_commas_goes_on_with_the_report(extractor, text, content):
    q = only(extractor.extract(text), QuoteKind.INDIRECT)
    assert q.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the speaker's own concession goes on with the report
        (
            "Weingarten said she sees teachers lining up behind Clinton, though there's still lingering Sanders support.",
            "she sees teachers lining up behind Clinton, though there's still lingering Sanders support",
        ),
        # the writer's: about someone the content does not name, or with a source of its own
        (
            "Trump said paying no income taxes was smart, although he again refused to release his tax returns.",
            "paying no income taxes was smart",
        ),
        (
            "Officials said Beijing could sell its bonds if the bill becomes law, even though many observers doubt "
            "it would take such a step.",
            "Beijing could sell its bonds if the bill becomes law",
        ),
        # a hedge on "it is" and an adjective, after a comma or a dash
        (
            "Supporters said he will almost certainly seek reelection in 2018 - though it is unclear whether "
            "either will translate into more muscle on Capitol Hill.",
            "he will almost certainly seek reelection in 2018",
        ),
        (
            "Aides said the senator would run again, although it is not clear when she will decide.",
            "the senator would run again",
        ),
    ],
)
def test_a_closing_concession_is_the_speakers_unless_it_is_the_writers(extractor, text, content):
    q = next(q for q in extractor.extract(text) if q.cue.text == "said")
    assert q.text == content


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a gerund subject read as the cue's complement
        (
            "Manny Gomez said seeing so many police officers at Pride was a welcome sight.",
            "seeing so many police officers at Pride was a welcome sight",
            "Manny Gomez",
        ),
        # a complement read as a relative clause two prepositional phrases down
        (
            "Christian Estrosi, a former mayor of Nice, said in one of a series of Twitter messages that the truck "
            "was carrying arms and explosives.",
            "the truck was carrying arms and explosives",
            "Christian Estrosi",
        ),
        # a closing inverted cue read as a conjunct of the sentence it reports
        (
            "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense pressure from "
            "Asian imports, said the company's chief executive, John J. Ferriola.",
            "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense pressure from "
            "Asian imports",
            "John J. Ferriola",
        ),
        # the speaker read as the subject of a clause made of the apposition
        (
            "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and other rabbis "
            "were alarmed about Trump's behavior.",
            "he and other rabbis were alarmed about Trump's behavior",
            "Jeffrey Salkin",
        ),
    ],
)
def test_reports_the_parser_broke_are_still_found(extractor, text, content, speaker):
    q = only(extractor.extract(text), QuoteKind.INDIRECT)
    assert q.text == content
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Obama made no effort to introduce a carbon tax, which he favors but says would never win support in "
            "the current Congress.",
            "would never win support in the current Congress",
            "says",
        ),
        (
            "The critics pointed to the decision -- a decision they say allowed terrorist activity to multiply.",
            "allowed terrorist activity to multiply",
            "say",
        ),
    ],
)
def test_a_relative_cue_reports_the_gapped_clause_the_parser_hung_elsewhere(extractor, text, content, cue):
    q = next(q for q in extractor.extract(text) if q.cue.text == cue)
    assert q.text == content
    assert "relative-gap" in q.evidence


def test_the_main_verb_after_a_subject_that_holds_a_question_is_no_gapped_report(extractor):
    text = "Obama's response to the question nobody asked was downright bellicose, with an appeal to calm."
    assert [q for q in extractor.extract(text) if q.cue and q.cue.text == "asked"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator denied taking the money.", "taking the money"),
        ("The aide admitted to lying to investigators.", "lying to investigators"),
        ("Conservative outside groups reported spending $6 million attacking Clinton.", "spending $6 million attacking Clinton"),
    ],
)
def test_the_gerund_of_deny_admit_and_report_is_what_was_said(extractor, text, content):
    q = only(extractor.extract(text), QuoteKind.INDIRECT)
    assert q.text == content
    assert q.evidence[0] == "gerund-complement"


def test_a_gerund_before_its_noun_is_no_gerund_complement(extractor):
    q = only(extractor.extract("The agency reported rising prices."))
    assert q.evidence[0] == "object"


def test_a_cue_the_parser_hung_on_its_own_content_reports_from_the_subject_it_took_for_an_object(extractor):
    text = (
        "Still, Clinton campaign aides believe her efforts as a New York senator for eight years, promoting "
        "economic development in communities such as Buffalo, will offset Sanders' potential advantage."
    )
    q = only(extractor.extract(text), QuoteKind.INDIRECT)
    assert q.text.startswith("her efforts as a New York senator") and q.text.endswith("potential advantage")
    assert q.speaker is not None and q.speaker.mention.text == "Clinton campaign aides"


def test_a_second_cue_after_a_first_report_in_one_sentence_reports_the_clause_between(extractor):
    text = (
        "In Seattle, marchers honored the Orlando victims with white roses held aloft, KING-TV reported, while "
        "in Chicago the parade began with a moment of silence, the Chicago Sun-Times reported."
    )
    got = {q.speaker.name: q.text for q in extractor.extract(text)}
    assert got == {
        "KING-TV": "In Seattle, marchers honored the Orlando victims with white roses held aloft",
        "Chicago Sun-Times": "in Chicago the parade began with a moment of silence",
    }


def test_a_clause_hung_on_where_the_interview_ran_is_the_speakers(extractor):
    text = "Sanders said in an interview that aired Sunday that he would stay in the race until the convention."
    q = only(extractor.extract(text), QuoteKind.INDIRECT)
    assert q.text == "he would stay in the race until the convention"
    assert q.cue.text == "said" and q.speaker.mention.text == "Sanders"


def test_a_message_that_showed_something_still_reports_it(extractor):
    text = "The group posted a campaign message on Twitter that showed fighters warning of an attack."
    assert any(q.cue.text == "showed" for q in extractor.extract(text))


def test_a_closing_according_to_covers_a_contrast_the_parser_hung_it_on(extractor):
    text = (
        "Hillary Clinton has raised $2.7 million from tech donors since beginning her campaign, while Bernie "
        "Sanders has raised $6 million, according to new Crowdpac research."
    )
    q = only(extractor.extract(text), QuoteKind.INDIRECT)
    assert q.text.startswith("Hillary Clinton has raised") and q.text.endswith("has raised $6 million")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a verbless tail after the phrase is the writer's comment
        (
            "Some 59 percent of registered voters view her unfavorably, according to an ABC News-Washington Post "
            "poll last week - virtually the same as Mr. Trump's 60 percent.",
            "Some 59 percent of registered voters view her unfavorably",
        ),
        (
            "Trump is lagging behind Clinton by nine points, according to the polling average, despite winning "
            "the primary there in February.",
            "Trump is lagging behind Clinton by nine points",
        ),
        # the object after the phrase is still the report's
        (
            "G4S receives, according to one report, $234 million in security contracts from the department.",
            "G4S receives, according to one report, $234 million in security contracts from the department",
        ),
    ],
)
def test_according_to_before_a_verbless_tail_closes_the_report(extractor, text, content):
    q = only(extractor.extract(text), QuoteKind.INDIRECT)
    assert q.text == content


@pytest.mark.parametrize(
    ("text", "content", "cue", "mention"),
    [
        (
            "The most telling promise Mrs. Clinton has made in clinching the nomination is that she will not "
            "overpromise.",
            "she will not overpromise",
            "promise",
            "Mrs. Clinton",
        ),
        (
            "Sanders's argument on Sunday was that superdelegates should consider switching their allegiance to him.",
            "superdelegates should consider switching their allegiance to him",
            "argument",
            "Sanders",
        ),
        ("What he said was that the plan would fail.", "the plan would fail", "said", "he"),
    ],
)
def test_a_proposition_stated_through_a_copula_is_reported(extractor, text, content, cue, mention):
    q = only(extractor.extract(text), QuoteKind.INDIRECT)
    assert (q.text, q.cue.text, q.speaker.mention.text) == (content, cue, mention)
    assert q.evidence[0] == "copular-that"


@pytest.mark.parametrize(
    "text",
    [
        "The problem is that turnout is low in the state.",  # no holder
        "The argument is that taxes are too high.",
    ],
)
def test_a_copular_proposition_without_a_holder_is_not_reported(extractor, text):
    assert extractor.extract(text) == []


def test_a_quotation_before_a_copular_proposition_is_not_its_report(extractor):
    text = (
        "Mrs. Clinton shares more with the campaign than their common slogan, ''Stronger Together.'' Her "
        "fundamental argument is that Americans should value stability."
    )
    assert not [q for q in extractor.extract(text) if q.cue and q.cue.text == "argument" and q.kind is QuoteKind.DIRECT]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In particular, Will wrote, Christie can challenge Hillary Clinton.",
            "In particular, Will wrote, Christie can challenge Hillary Clinton",
        ),
        (
            'After the debate, Will described Trump as a "caricature of democracy."',
            'Trump as a "caricature of democracy."',
        ),
    ],
)
def test_a_name_read_as_a_modal_is_the_speaker(extractor, text, content):
    q = only(extractor.extract(text))
    assert q.text == content and q.speaker.mention.text == "Will"


def test_a_real_modal_is_no_name(extractor):
    assert not [q for q in extractor.extract("Next year the board Will decide the budget.") if q.speaker]


def test_an_inverted_cue_with_an_apposition_reports_a_clause_that_holds_a_quotation(extractor):
    text = (
        "The paradox of Nancy, says Carl Anthony, historian at the National First Ladies Library, is that she "
        'was "one of the most powerful first ladies," not for her policy influence.'
    )
    q = only(extractor.extract(text))
    assert q.kind is QuoteKind.MIXED and q.speaker.name == "Carl Anthony"
    assert q.text.startswith("The paradox of Nancy") and q.text.endswith("policy influence")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'The rejection of the treaty signals "the beginning of the end" for the EU, said Geert Wilders, '
            "founder of the right-wing Dutch Party for Freedom.",
            'The rejection of the treaty signals "the beginning of the end" for the EU',
            "Geert Wilders",
        ),
        (
            'Couple global exposure with a "candidate who is a lightning rod" and Clevelanders get nervous, said '
            "Christine Link, executive director of the American Civil Liberties Union in Ohio.",
            'Couple global exposure with a "candidate who is a lightning rod" and Clevelanders get nervous',
            "Christine Link",
        ),
    ],
)
def test_a_quoted_fragment_marks_a_report_before_a_closing_cue_the_tagger_left_without_a_verb(
    extractor, text, content, speaker
):
    q = only(extractor.extract(text))
    assert q.kind is QuoteKind.MIXED and q.text == content and q.speaker.name == speaker


def test_a_numbered_subject_read_as_the_subject_of_a_clause_of_its_apposition_is_the_speaker(extractor):
    text = (
        "One attendee, who like others spoke on the condition of anonymity to discuss the private meeting, said "
        'the message was that "this is not going to be over in February."'
    )
    q = only(extractor.extract(text))
    assert q.speaker is not None and q.speaker.mention.text == "One attendee"


@pytest.mark.parametrize(
    "text",
    [
        "That's something that worries Republican elected officials trying to hold fast to their majorities.",
        "The leading candidates found themselves increasingly targeted Sunday by challengers.",
        "Unfortunately, the Democrats couldn't find anyone to play the role of Sen. Ted Cruz.",
        "It's implied that he won't stand in Clinton's way.",
    ],
)
def test_senses_that_hold_no_view_are_not_reported(extractor, text):
    assert extractor.extract(text) == []


def test_worry_and_find_with_a_holder_still_report(extractor):
    got = [q.text for q in extractor.extract("Environmentalists worry that the cost could fall to taxpayers. The study found that rates fell.")]
    assert got == ["the cost could fall to taxpayers", "rates fell"]


@pytest.mark.parametrize(
    "text",
    [
        "In her post, she reminded Trump of the actions of John Hinckley Jr., who shot President Reagan in 1981.",
        'Before dropping out, Ted Cruz responded with vitriol, promoting a "Stop Trump" movement that focused on '
        "defeating an opponent.",
        "The race is neck-and-neck, so he won't be able to brag about his polling advantage.",
    ],
)
def test_a_cue_with_a_topic_or_a_participle_after_it_is_no_parenthetical(extractor, text):
    assert not [q for q in extractor.extract(text) if "parenthetical" in q.evidence]


def test_a_gerund_subject_after_a_parenthetical_cue_goes_on_with_the_report(extractor):
    text = "Though that transition was relatively seamless, he said, replacing Clinton would be much more acrimonious."
    q = only(extractor.extract(text))
    assert q.text.endswith("would be much more acrimonious")


def test_a_participle_naming_a_group_before_its_verb_is_no_call_predicate(extractor):
    assert extractor.extract("A newly formed super PAC called Future 45 ran its first ad on Tuesday.") == []


def test_a_while_participle_closing_a_charge_goes_with_the_accusing(extractor):
    # GUIDELINES §2: "while failing to provide any supporting documentation" attaches to the cue
    text = (
        "China accused the US of violating its airspace by ballooning there without authorization while failing "
        "to provide any supporting documentation."
    )
    q = only(extractor.extract(text))
    assert q.text == "violating its airspace by ballooning there without authorization"


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            'Sen. Rand Paul, R-Ky., told reporters that polls could be "way off," and have been unreliable in past races.',
            "unreliable in past races",
        ),
        (
            'Clinton said her family "came out of the White House not only dead broke, but in debt," and "struggled '
            'to piece together the resources for mortgages."',
            'resources for mortgages."',
        ),
    ],
)
def test_a_conjunct_the_parser_hung_on_the_cue_goes_on_when_quoted_or_not_agreeing(extractor, text, end):
    q = only(extractor.extract(text))
    assert q.kind is QuoteKind.MIXED and q.text.endswith(end)


def test_a_conjunct_with_an_expletive_subject_is_a_clause_of_its_own(extractor):
    text = (
        "The Saudis have said for years that they would support the release of the pages, but there is growing "
        "anger in Saudi circles over the push."
    )
    q = only(extractor.extract(text))
    assert q.text == "they would support the release of the pages"


def test_and_i_quote_is_the_writer_vouching_not_a_report(extractor):
    q = only(extractor.extract('No wonder Trump said, and I quote, "We love the poorly educated."'))
    assert q.speaker.mention.text == "Trump" and q.cue.text == "said"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Last month, when I asked Bernie Sanders if he would ever endorse Hillary Clinton, he looked straight "
            "into my camera.",
            "if he would ever endorse Hillary Clinton",
        ),
        ("He was echoing Ryan, who used the same words when asked in May if he would endorse Trump.", "if he would endorse Trump"),
    ],
)
def test_a_question_the_parser_read_as_a_condition_is_the_askings(extractor, text, content):
    q = next(q for q in extractor.extract(text) if q.cue and q.cue.text == "asked")
    assert q.text == content


@pytest.mark.parametrize(
    "text",
    [
        "A spokeswoman for the agency, who asked not to be named because she was not authorized to speak "
        "publicly, said the investigation remained open.",
        "The official, who asked not to be identified, said the investigation remained open.",
        "The official, who asked that her name not be used, said the investigation remained open.",
    ],
)
def test_a_request_not_to_be_named_is_no_report(extractor, text):
    q = only(extractor.extract(text))
    assert (q.cue.text, q.text) == ("said", "the investigation remained open")


def test_a_clause_before_a_quotation_with_its_own_participle_is_not_the_cues_content(extractor):
    text = (
        "Vice President Joe Biden weighed in as well, telling Mic in an interview published on Monday, "
        "\u201cBut gosh almighty, they\u2019re both qualified,\u201d he said."
    )
    (q,) = extractor.extract(text)
    assert (q.kind, q.text, q.speaker.name) == (QuoteKind.DIRECT, "But gosh almighty, they\u2019re both qualified,", "Joe Biden")
    # a fragment the fronted report runs into is still part of it
    (q,) = extractor.extract("The plan will fail, \u201cand everyone knows it,\u201d he said.")
    assert (q.kind, q.text) == (QuoteKind.MIXED, "The plan will fail, \u201cand everyone knows it,\u201d")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an object that cannot be told anything is the complement's subject
        ("Business groups warned the changes could hurt the economy.", "the changes could hurt the economy"),
        # after an addressee, the last object starts the complement
        (
            "Gov. Rick Scott told POLITICO Florida the state's own standards are not perfect.",
            "the state's own standards are not perfect",
        ),
        # a person told stays the addressee
        ("Business groups warned lawmakers the changes could hurt the economy.", "the changes could hurt the economy"),
    ],
)
def test_the_subject_of_a_complement_after_a_telling_verb(extractor, text, content):
    (q,) = extractor.extract(text)
    assert q.text == content


def test_declining_to_comment_on_a_quoted_word_says_nothing(extractor):
    assert extractor.extract("A Home Office spokesperson declined to comment on \u201cspeculation.\u201d") == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Mendes shot back that Russo had approved luxury towers while rents doubled.", "Russo had approved luxury towers while rents doubled", "shot"),
        ("The coach fired back that his players had never stopped running.", "his players had never stopped running", "fired"),
    ],
)
def test_a_phrasal_verb_of_reply_is_a_cue(extractor, text, content, cue):
    [q] = extractor.extract(text)
    assert (q.text, q.cue.text) == (content, cue + " back")


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fired back at the gunmen from the roof.",
        "The striker hit back with a goal in the second half.",
        "The senator fired back in March, attacking the governor for \u201cthe greed\u201d of his campaign.",
    ],
)
def test_a_phrasal_verb_of_reply_without_content_reports_nothing(extractor, text):
    assert extractor.extract(text) == []


def test_reading_a_phrasal_cue_leaves_the_users_doc_alone(nlp):
    from quoteattr.engine import quotes_from_doc

    doc = nlp("The coach fired back that his players had never stopped running.")
    [q] = quotes_from_doc(doc)
    assert q.cue.text == "fired back" and doc[2].lemma_ == "fire"


def test_a_belief_participle_read_as_a_copulas_complement_is_a_cue(extractor):
    text = "The expert is convinced that the White House wants to look tough before the elections."
    [q] = extractor.extract(text)
    assert (q.text, q.speaker.mention.text, q.evidence[0]) == (
        "the White House wants to look tough before the elections",
        "The expert",
        "belief-adjective",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the head of the Duma defence committee, Andrei Kartapolov, Russia will respond symmetrically.",
            "Russia will respond symmetrically",
        ),
        (
            "As noted by the head of the Duma defence committee, Andrei Kartapolov, Russia will respond in good time.",
            "Russia will respond in good time",
        ),
    ],
)
def test_a_name_set_off_after_a_described_source_is_the_source(extractor, text, content):
    [q] = extractor.extract(text)
    assert (q.text, q.speaker.name) == (content, "Andrei Kartapolov")


def test_names_the_parser_joined_to_the_source_are_the_reports_subject(extractor):
    [q] = extractor.extract("According to the poll, Trump, Clinton and Sanders are tied.")
    assert (q.text, q.speaker.mention.text) == ("Trump, Clinton and Sanders are tied", "the poll")


def test_a_closing_description_with_another_sources_view_is_not_the_content(extractor):
    text = (
        "Border Patrol agents cannot hear smugglers digging and do not know how many tunnels there are, "
        "a gap in border security that homeland security experts say renders talk of a wall moot."
    )
    know, say = extractor.extract(text)
    assert know.text == "how many tunnels there are"
    assert (say.text, say.speaker.mention.text) == ("renders talk of a wall moot", "homeland security experts")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Part of the problem in detecting tunnels, say experts like Paul Bauman, a Canadian geophysicist, is the ground itself.",
            "experts",
        ),
        ("The plan, said a spokesman for the ministry, would cost billions.", "a spokesman for the ministry"),
    ],
)
def test_an_inverted_aside_whose_speaker_has_a_prepositional_phrase(extractor, text, mention):
    [q] = extractor.extract(text)
    assert (q.evidence[0], q.speaker.mention.text) == ("parenthetical", mention)
    assert text.startswith(q.text[:12])


def test_a_quotation_after_a_dash_is_reported_by_the_cue_after_it_not_the_clause_before(extractor):
    text = (
        "Mrs. Clinton and her surrogates are responding, painting Mr. Trump as a sympathizer of white supremacists - "
        "\u201cIf Trump wins, they could be running the country,\u201d one Clinton ad declared - or denouncing him as a \u201cpsycho.\u201d"
    )
    quotes = extractor.extract(text)
    direct = next(q for q in quotes if q.kind is QuoteKind.DIRECT)
    assert (direct.text, direct.speaker.mention.text, direct.cue.text) == (
        "If Trump wins, they could be running the country,",
        "one Clinton ad",
        "declared",
    )
    assert not any(q.cue.text == "declared" and "psycho" in q.text for q in quotes)


def test_a_quotation_broken_by_a_dash_aside_stays_one_quote(extractor):
    text = '"We never thought the plan" -- a tax on sugary drinks -- "would pass so easily," the mayor said.'
    [q] = extractor.extract(text)
    assert q.text.startswith('"We never thought') and q.text.endswith('easily,"')


def test_a_clause_hung_on_the_channel_comes_before_a_relative_read_as_a_clause(extractor):
    text = (
        "U.S. District Judge Karen Walsh wrote in a 40-page opinion that the state had offered "
        "\u201cno evidence whatsoever\u201d of the fraud the law was meant to prevent."
    )
    [q] = extractor.extract(text)
    assert q.kind is QuoteKind.MIXED
    assert q.text == "the state had offered \u201cno evidence whatsoever\u201d of the fraud the law was meant to prevent"


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        (
            "Walsh ruled against the state. The requirement, she wrote, \u201cwould fall hardest on the poor.\u201d",
            QuoteKind.MIXED,
            "The requirement, she wrote, \u201cwould fall hardest on the poor.\u201d",
        ),
        # a quotation that opens with a capital is a sentence of its own, and so is one with its own subject
        ("The plan, the senator said, \u201cWill cost billions.\u201d", QuoteKind.DIRECT, "Will cost billions."),
        (
            "At the same time, the aide added, \u201cyou saw the endorsements he had.\u201d",
            QuoteKind.DIRECT,
            "you saw the endorsements he had.",
        ),
    ],
)
def test_a_quoted_predicate_after_an_aside_makes_the_clause_a_mixed_quote(extractor, text, kind, content):
    q = extractor.extract(text)[-1]
    assert (q.kind, q.text) == (kind, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Last week the superintendent told us that class sizes would rise again next year.", "class sizes would rise again next year"),
        (
            "Transportation Secretary Pete Buttigieg wrote on social media that airlines \u201cmust take care of stranded passengers.\u201d",
            "airlines \u201cmust take care of stranded passengers.\u201d",
        ),
    ],
)
def test_a_that_read_as_a_determiner_or_an_object_is_the_complementizer(extractor, text, content):
    [q] = extractor.extract(text)
    assert q.text == content


def test_a_cue_after_a_whose_phrase_the_parser_hung_elsewhere_is_that_phrases(extractor):
    text = (
        "The company's warning echoed comments from rival Kestrel Systems, whose finance chief, Paul Wexler, "
        "said last week that customers were \u201choarding chips like toilet paper.\u201d"
    )
    [q] = extractor.extract(text)
    assert q.speaker.name == "Paul Wexler"
    assert q.text == "customers were \u201choarding chips like toilet paper.\u201d"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "\u201cWe're not going anywhere.\u201d\n\nThat was the message Tuesday from Maria Lopez, president of the "
            "nurses' union, as the strike entered its second week.",
            "Maria Lopez",
        ),
        ("\u201cWe will rebuild every house.\u201d\n\nThose were the words of the mayor at a vigil on Sunday.", "the mayor"),
    ],
)
def test_a_quotation_alone_in_its_paragraph_named_as_someones_words_after_it(extractor, text, speaker):
    q = extractor.extract(text)[0]
    assert q.kind is QuoteKind.DIRECT and q.evidence[0] == "direct:message-from"
    assert q.speaker.mention.text == speaker


def test_a_quotation_alone_followed_by_a_sentence_about_something_else_has_no_speaker_from_it(extractor):
    text = "\u201cWe're not going anywhere.\u201d\n\nThat was the year the plant closed for good."
    assert all(q.evidence[0] != "direct:message-from" for q in extractor.extract(text))


def test_a_closing_cue_of_another_source_the_parser_hung_in_the_complement_is_left_out(extractor):
    text = (
        "Interior Minister Karl Brenner said the new border checks would \u201cend within a month,\u201d "
        "the state broadcaster reported."
    )
    said = next(q for q in extractor.extract(text) if q.cue.text == "said")
    assert said.speaker.name == "Karl Brenner"
    assert said.text == "the new border checks would \u201cend within a month,\u201d"


def test_finding_something_somewhere_is_no_claim_about_it(extractor):
    text = "The mayor warned that the school board would now have to find the money elsewhere."
    [q] = extractor.extract(text)
    assert q.cue.text == "warned"


def test_a_quotation_after_an_inline_cue_in_an_unclosed_quotation_is_its_own(extractor):
    text = (
        "The storm knocked out power to 40,000 homes.\n\n"
        "\"Our crews are working around the clock, said Dana Price, a spokeswoman for the utility. "
        "\"But some customers could be in the dark until Wednesday.\""
    )
    quotes = extractor.extract(text)
    assert [q.text for q in quotes] == [
        "Our crews are working around the clock,",
        "But some customers could be in the dark until Wednesday.",
    ]
    assert all(q.speaker.name == "Dana Price" for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned after it emerged that she had claimed \u00a314,000 in expenses for a flat.",
        "The flooding claimed 12 lives in three counties.",
    ],
)
def test_claiming_money_or_lives_reports_nothing(extractor, text):
    assert extractor.extract(text) == []


def test_a_closing_identification_of_something_named_is_the_writers(extractor):
    text = (
        "Critics say the money would be better spent through Interpol, the international police "
        "organisation based in Lyon."
    )
    [q] = extractor.extract(text)
    assert q.text == "the money would be better spent through Interpol"


def test_the_first_word_of_a_paragraph_after_a_headline_stays_in_its_sentence(extractor):
    text = (
        "Teachers vote to strike\n\n"
        "Teachers in the Riverside Unified School District voted overwhelmingly Monday to authorize a strike, "
        "union leaders said."
    )
    [q] = extractor.extract(text)
    assert q.text == "Teachers in the Riverside Unified School District voted overwhelmingly Monday to authorize a strike"


def test_no_sentence_ends_inside_an_abbreviated_title(extractor):
    text = (
        "Officers found three victims with gunshot wounds, police spokesman Sgt. Mike Torres said. "
        "All three were taken to the hospital."
    )
    [q] = extractor.extract(text)
    assert q.text == "Officers found three victims with gunshot wounds"
    assert q.speaker.name == "Mike Torres"


def test_a_quoted_fragment_that_ends_a_sentence_is_not_chained_to_the_next_quotation(extractor):
    text = (
        "The Foreign Ministry summoned the ambassador and said the textbooks \"distort history.\" "
        "\"We demand that they be withdrawn,\" spokeswoman Ana Ruiz told a briefing."
    )
    quotes = extractor.extract(text)
    assert [q.text for q in quotes] == [
        "the textbooks \"distort history.\"",
        "We demand that they be withdrawn,",
    ]


def test_a_phrasal_cue_whose_verb_the_tagger_read_as_a_noun(extractor):
    text = "Ortiz disagreed.\n\nThe latter shot back that he had a record of showing up."
    [q] = extractor.extract(text)
    assert q.cue.text == "shot back"
    assert q.text == "he had a record of showing up"


@pytest.mark.parametrize(
    "text",
    [
        "He recalled a case in which a defendant told him, \"Judge, you are the first person who ever asked me what happened.\"",
        "Simms remembered the day a defendant told him, \"Judge, you are the first person who ever asked me what happened.\"",
    ],
)
def test_a_quotation_right_after_a_nearer_cue_in_a_relative_clause_is_that_speakers(extractor, text):
    [q] = extractor.extract(text)
    assert q.kind is QuoteKind.DIRECT
    assert q.cue.text == "told" and q.speaker.mention.text == "a defendant"


def test_a_paragraph_that_announces_what_someone_has_to_say_frames_the_quotation_after_it(extractor):
    text = (
        "Judge Harold Simms had a warning for the young lawyers who packed his courtroom.\n\n"
        "\u201cDon't mistake speed for justice. Most of the time that's fine.\n\n"
        "\u201cBut every file on your desk is somebody's life.\u201d"
    )
    [q] = extractor.extract(text)
    assert q.evidence[0] == "direct:frame-paragraph"
    assert q.speaker.name == "Harold Simms"
    assert q.text.endswith("somebody's life.")


def test_a_paragraph_about_an_event_frames_no_quotation(extractor):
    text = "The council met for six hours on Tuesday.\n\n\u201cWe will not back down.\u201d"
    assert all(q.evidence[0] != "direct:frame-paragraph" for q in extractor.extract(text))


def test_a_closing_summary_that_another_source_echoed_is_the_writers(extractor):
    text = "The union leader said ministers should negotiate, a message echoed by several Conservative MPs."
    [q] = extractor.extract(text)
    assert q.text == "ministers should negotiate"
