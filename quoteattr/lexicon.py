"""The lexicons: every word list the extractor reads, in one documented place.

Each lexicon is typed module data keyed by language (only ``"en"`` today), following
textacy's ``constants.py``.  :func:`get` returns the lexicon of one language and raises a
``ValueError`` listing the supported ones.  The ``@misc`` registrations let a spaCy config
name a lexicon (``{"@misc": "quoteattr.reporting_verbs.v1"}``).
"""

from __future__ import annotations

from typing import Mapping

import attrs

__all__ = [
    "Lexicon",
    "SUPPORTED_LANGUAGES",
    "get",
    "SPEECH_VERBS",
    "COGNITION_VERBS",
    "EVIDENCE_VERBS",
    "TITLE_ROLES",
    "NAME_PARTICLES",
    "NATIONAL_NOUNS",
    "ROLE_QUALIFIERS",
    "NICKNAMES",
    "GIVEN_NAMES",
    "NP_CUE_VERBS",
    "OBJECT_CONTENT_VERBS",
    "ADDRESSEE_VERBS",
    "INFINITIVE_VERBS",
    "GERUND_VERBS",
    "STANCE_VERBS",
    "STANCE_INFINITIVE_VERBS",
    "MISREAD_LEMMAS",
    "STANCE_NOUNS",
    "NATIONALITY_WORDS",
    "PROPOSITION_NOUNS",
    "SUMMARY_NOUNS",
    "LIGHT_VERBS",
    "TITLES",
    "ROLE_NOUNS",
    "ORG_HEADS",
    "DOCUMENT_NOUNS",
    "CAPITALS",
    "COUNTRY_ALIASES",
    "PRONOUNS",
    "TRANSCRIPT_NON_SPEAKERS",
    "PEOPLE_NOUNS",
    "QUANTIFIERS",
    "CONNECTIVES",
    "SPEECH_EVENTS",
    "SPEECH_NOUNS",
    "WORK_NOUNS",
    "PHRASAL_CUES",
    "FAMILY_NOUNS",
    "TITLE_ABBREVIATIONS",
    "PARTY_WORDS",
]


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


#: Verbs of saying: their subject is a speaker and their clausal complement is what was said.
SPEECH_VERBS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        say tell add state declare announce claim insist argue warn deny acknowledge confirm
        explain note report write tweet post remark reply respond answer ask recall stress
        emphasize emphasise reiterate repeat suggest assert allege admit concede contend
        maintain predict promise pledge vow threaten agree disagree complain joke quip
        observe point caution testify tout boast brag mention reveal disclose indicate
        imply hint signal urge accuse blame charge criticize criticise call describe label
        dub characterize characterise concede counter retort shout yell scream whisper
        exclaim proclaim announce affirm aver reassure assure inform advise brief
        admonish lament bemoan decry denounce condemn demand request plead beg order
        propose recommend conclude summarize summarise continue elaborate interject
        muse wonder speculate estimate calculate forecast project guarantee swear
        certify attest acknowledge recount relate narrate reason theorize theorise
        hypothesize hypothesise posit opine editorialize editorialise encourage remind
        blog email text message telegraph cable write publish quote cite express voice share
        comment chant sing put rule refer reference
        mutter mumble murmur grumble stammer stutter snarl hiss holler bellow scoff sneer
        gush rave fume rant marvel
        press riff demur interrupt chide scold snap concur heckle question dispute highlight echo allude
        """
    ),
}

#: Verbs of thinking and knowing: PolNeAR counts "X believes that ..." as an attribution.
COGNITION_VERBS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        believe think feel hope fear worry expect know suspect doubt reckon suppose assume
        guess imagine consider understand realize realise recognize recognise learn
        conclude decide determine judge figure presume trust wish want prefer
        surmise remember
        """
    ),
}

#: Verbs whose subject may be a non-human source: "a poll shows", "the report found".
EVIDENCE_VERBS: Mapping[str, frozenset[str]] = {
    "en": _words("show find suggest indicate reveal report conclude estimate predict state say read demonstrate"),
}

#: Cue verbs that take a noun phrase plus a predicate: "called it absurd", "accused Y of ...",
#: "urged Y to ...", "described X as ...", "dismissed the report as “fake news”",
#: "likened the rules to “burning the Constitution”".  Their
#: content is the object's complement; with no complement they report nothing ("slammed
#: the door", "hailed a cab").
NP_CUE_VERBS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        call accuse urge describe label dub brand characterize characterise blame dismiss hail
        deride ridicule slam blast lambaste mock portray depict liken compare equate
        """
    ),
}

#: Cue verbs whose direct object, a noun phrase, is itself what was said ("denied the
#: allegations", "cited a study", "announced a plan"); for other cue verbs an object is
#: usually not a report ("answered questions", "showed a video", "continued the talks").
OBJECT_CONTENT_VERBS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        mention cite deny confirm disclose propose promise reveal predict announce express
        voice repeat reiterate tout stress emphasize emphasise acknowledge admit concede
        allege echo demand request pledge vow claim dispute question report note recall
        warn threaten suggest estimate forecast recount describe highlight blame criticize
        criticise condemn decry denounce lament praise signal indicate insist reject
        """
    ),
}

#: Cue verbs whose direct object is the person spoken to, not what was said ("told
#: reporters", "urged the US").
ADDRESSEE_VERBS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        tell ask urge warn remind inform assure reassure brief advise thank call accuse blame
        criticize criticise
        """
    ),
}

#: Cue verbs whose to-infinitive is a reported commitment or request ("vowed to ...",
#: "urged Y to ...").
INFINITIVE_VERBS: Mapping[str, frozenset[str]] = {
    "en": _words(
        "promise pledge vow threaten agree urge ask hope plan expect refuse decline demand call propose suggest "
        "recommend tell advise encourage warn remind"
    ),
}

#: Cue verbs whose -ing complement is a reported proposition: "denied taking the money"
#: (that he took it), "admitted lying to investigators", "reported spending $6 million",
#: "recalled seeing her".  Its subject is the speaker's own act or the matter reported.
GERUND_VERBS: Mapping[str, frozenset[str]] = {
    "en": _words("deny admit acknowledge confess report recall mention"),
}

#: Verbs of stance, evaluation and intention, read as cues only when stances are asked
#: for (``stances=True``).  Annotation schemes such as PolNeAR's count "X supports Y",
#: "X attacked Y's record", "X plans to ..." and "X talked about Y" as attributions of a
#: position to X; reported speech in the narrow sense (``seeds/GUIDELINES.md`` §4) does
#: not.  Grouped by Levin's verb classes: support and opposition, judgement, desire and
#: intention, regard, discussion, emotion.  Their object, to-infinitive or topic is the content.
#: Verbs of effort and action (try, need, push, raise, address) are left out: their object is
#: something done, not a position held.  The list was checked against PolNeAR's train split
#: (never its dev or test split): verbs whose returned stances matched an annotation less
#: than 30 % of the time there (favor, view, cast, target, care ...) are left out, and verbs
#: annotated as cues in at least 35 % of their uses with a subject and a complement there
#: (offer, issue, release, credit, liken, distance ...) are in.
STANCE_VERBS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        support back endorse oppose champion advocate applaud welcome sponsor vote
        campaign vouch disavow repudiate rebuff resist side distance balk
        praise commend hail laud salute congratulate thank credit cheer criticize criticise
        blame attack slam blast
        assail lambaste lash bash mock ridicule deride dismiss disparage belittle insult
        scold rebuke chastise castigate fault rail boo protest question challenge dispute
        reject rebut refute contradict defend
        want wish seek plan intend aim refuse decline hesitate vow contemplate
        regard see deem portray depict envision interpret liken attribute single
        discuss debate talk speak highlight underscore invoke focus weigh dwell pivot
        articulate clarify reaffirm recite trumpet outline detail list present compare
        contrast echo offer issue release unveil identify promote press brush persuade
        convince
        like despise admire resent fear trust distrust apologize apologise
        """
    ),
}

#: The stance verbs whose to-infinitive is the content ("plans to run", "refused to say").
STANCE_INFINITIVE_VERBS: Mapping[str, frozenset[str]] = {
    "en": _words("want wish seek plan intend aim refuse decline hesitate like prefer contemplate"),
}

#: Nouns of stance, read as cues only with ``stances=True``: "his criticism of Y", "Trump's
#: plan to build a wall", "her support for the bill".  The possessor holds the stance; the
#: object of the preposition (or the to-infinitive) is its content.  Nouns of plans and
#: acts ("his plan to ...", "her bid for ...", "the decision to ...") are left out: what
#: they hold is a thing done, not a position.
STANCE_NOUNS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        criticism endorsement support backing opposition objection praise attack defense
        defence rejection approval disapproval disdain contempt admiration call demand
        pledge promise vow desire wish hope fear concern complaint intention insistence
        """
    ),
}

#: Lemmas spaCy's English lemmatizer gives some cue verbs: the lemma it writes → (the cue
#: verb, the start of the forms that really belong to the written lemma).  "hoping",
#: "hoped" and "hopes" are lemmatized "hop" ("hopped" and "hopping" are hop); "hated" is
#: "hat"; "lambasted" is "lambast".  Every verb list holding the cue verb also holds the lemma.
MISREAD_LEMMAS: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "en": {"hop": ("hope", "hopp"), "hat": ("hate", "hatt"), "lambast": ("lambaste", ""), "texte": ("text", "")},
}

#: Nouns that carry a proposition after a light verb: "shared his opinion that ...",
#: "voiced regret that ...", "expressed the hope that ...".
PROPOSITION_NOUNS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        opinion view belief regret disappointment concern hope fear conviction confidence
        doubt worry assessment position claim assurance warning expectation sense feeling
        case argument point observation assertion allegation accusation prediction admission
        promise contention complaint conclusion theory suggestion defense pitch message
        """
    ),
}

#: Nouns that sum up the clause before them in a closing apposition with a relative clause,
#: the writer's comment on what was reported: "…, one that will likely dominate the
#: meeting", "…, a move that could trigger …", "…, a charge that his office disputes".
SUMMARY_NOUNS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        one something move step decision claim charge sign idea development assertion
        allegation accusation suggestion prospect notion remark comment statement
        """
    ),
}

#: Words that make a role another office: "Shadow chancellor Mel Stride" is not "the
#: chancellor", nor "Deputy Secretary Kurt Campbell" "the secretary".
ROLE_QUALIFIERS: Mapping[str, frozenset[str]] = {
    "en": _words("shadow deputy vice assistant associate under junior"),
}

#: Verbs that report only through their object: "made the case that ...", "made it clear
#: that ...".  Unlike the cue verbs above, they are cues only in that shape.
LIGHT_VERBS: Mapping[str, frozenset[str]] = {
    "en": _words("make"),
}

#: Country names and demonyms, lower-cased, each with the country it names: they qualify
#: an organisation ("China's defense ministry" and "the Chinese Defense Ministry" are one
#: body; Russia's and Ukraine's defense ministries are two).
NATIONALITY_WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        **dict.fromkeys(("china", "chinese"), "china"),
        **dict.fromkeys(("us", "u.s.", "america", "american", "united", "states"), "us"),
        **dict.fromkeys(("russia", "russian"), "russia"),
        **dict.fromkeys(("uk", "u.k.", "britain", "british"), "uk"),
        **dict.fromkeys(("france", "french"), "france"),
        **dict.fromkeys(("germany", "german"), "germany"),
        **dict.fromkeys(("japan", "japanese"), "japan"),
        **dict.fromkeys(("india", "indian"), "india"),
        **dict.fromkeys(("iran", "iranian"), "iran"),
        **dict.fromkeys(("israel", "israeli"), "israel"),
        **dict.fromkeys(("ukraine", "ukrainian"), "ukraine"),
        **dict.fromkeys(("korea", "korean"), "korea"),
        **dict.fromkeys(("canada", "canadian"), "canada"),
        **dict.fromkeys(("mexico", "mexican"), "mexico"),
    },
}

#: Titles and honorifics that precede a name ("Secretary of State Antony Blinken").
#: Keys are lower-cased single words; used to read titles and to tell speakers' gender.
TITLES: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend
        president vice secretary minister prime premier chancellor senator sen rep
        representative congressman congresswoman gov governor mayor judge justice
        gen general adm admiral col colonel lt capt captain sgt ambassador spokesman
        spokeswoman spokesperson director chairman chairwoman chair chief commissioner
        attorney sheriff speaker leader king queen prince princess pope father sister
        coordinator envoy counselor adviser advisor ag
        sergeant lieutenant corporal commander detective inspector alderman
        maj cpl pvt cmdr det insp supt msgr brig ald atty fr hon spc amb pres sens reps gens
        """
    ),
}

#: Abbreviated titles the English tokenizer splits from their full stop ("Sgt." → "Sgt",
#: "."), so that the parser ends a sentence before the name ("police spokesman Sgt. Mike
#: Torres said"). Pipelines quoteattr loads itself keep them whole.
TITLE_ABBREVIATIONS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        Sgt. Lt. Capt. Col. Cmdr. Maj. Cpl. Pvt. Spc. Det. Insp. Supt. Msgr. Brig. Ald. Atty.
        Fr. Hon. Pres. Amb. Asst. Sens. Reps. Gens. Sr.
        """
    ),
}

#: Roles a title stands for: "Sen. Marco Rubio" is the one "the senator" and "the lawmaker"
#: refer back to.
TITLE_ROLES: Mapping[str, Mapping[str, frozenset[str]]] = {
    "en": {
        "sen": _words("senator lawmaker"),
        "senator": _words("lawmaker"),
        "rep": _words("representative congressman congresswoman lawmaker"),
        "representative": _words("congressman congresswoman lawmaker"),
        "congressman": _words("representative lawmaker"),
        "congresswoman": _words("representative lawmaker"),
        "gov": _words("governor"),
        "gen": _words("general"),
        "adm": _words("admiral"),
        "col": _words("colonel"),
        "lt": _words("lieutenant"),
        "capt": _words("captain"),
        "sgt": _words("sergeant"),
        "pres": _words("president"),
        "sens": _words("senator senators lawmaker"),
        "reps": _words("representative lawmaker"),
        "gens": _words("general"),
        "maj": _words("major"),
        "cpl": _words("corporal"),
        "cmdr": _words("commander"),
        "det": _words("detective"),
        "insp": _words("inspector"),
        "supt": _words("superintendent"),
        "ald": _words("alderman"),
        "prof": _words("professor"),
        "dr": _words("doctor"),
        "justice": _words("judge"),
        "atty": _words("attorney"),
        "ag": _words("attorney"),
        "amb": _words("ambassador"),
        "spokesman": _words("spokesperson"),
        "spokeswoman": _words("spokesperson"),
        "chairman": _words("chair"),
        "chairwoman": _words("chair"),
    },
}

#: Lower-case particles inside personal names ("Ursula von der Leyen", "Ludwig van
#: Beethoven"): the NER often ends a name at them and tags the rest as a place.
NAME_PARTICLES: Mapping[str, frozenset[str]] = {
    "en": _words("von van der den de da di du del della dos das ter ten bin ibn al el la le"),
}

#: Phrasal verbs of reply: particle → verb lemma → the cue verb the pair means.  "Mendes shot
#: back that …" and "fired back, saying …" report as "retorted" does; the parser gives the
#: verb its literal lemma, so the pair is read before attribution (:mod:`quoteattr.phrasal`).
PHRASAL_CUES: Mapping[str, Mapping[str, Mapping[str, str]]] = {
    # ("shot": the tagger's noun reading of the verb, lemma and all)
    "en": {"back": {"shoot": "retort", "shot": "retort", "fire": "retort", "hit": "retort", "snap": "retort"}},
}

#: Words for a member of a political party, each with the party: "the Democrat" after
#: "The Texas Republican said" is another person; "Republican Tom Harkness", "(R-Texas)".
PARTY_WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "democrat": "democratic", "democratic": "democratic", "dem": "democratic",
        "republican": "republican", "gop": "republican",
        # ("conservative" is also a stance: "Conservative economist Aparna Mathur")
        "labour": "labour", "tory": "conservative", "tories": "conservative",
    },
}

#: Close family whose given name alone, set after a named relative, takes that relative's
#: surname by news convention: "Becker's wife, Linda," is Linda Becker.
FAMILY_NOUNS: Mapping[str, frozenset[str]] = {
    "en": _words("wife husband son daughter brother sister father mother"),
}

#: Nouns for one national ("the Dutchman said", "the Briton added"): an epithet for the
#: person the text is about, never the country's government.
NATIONAL_NOUNS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman irishwoman
        welshman welshwoman scotsman scotswoman briton brit scot spaniard swede dane finn pole
        turk kiwi aussie american german russian italian brazilian argentine argentinian
        australian canadian mexican norwegian belgian austrian croatian serbian ukrainian
        portuguese greek egyptian nigerian kenyan ghanaian african israeli palestinian
        iranian iraqi syrian saudi indian pakistani afghan colombian venezuelan chilean
        peruvian uruguayan cuban jamaican estonian latvian lithuanian hungarian romanian
        bulgarian slovak slovenian czech georgian armenian
        """
    ),
}

#: Offices of several words and the broader role each implies: "the top US diplomat" is the
#: Secretary of State named before. Keys are lower-case, as written before a name.
ROLE_PHRASES: Mapping[str, Mapping[str, frozenset[str]]] = {
    "en": {
        "secretary of state": _words("diplomat"),
        "foreign minister": _words("diplomat"),
        "foreign secretary": _words("diplomat"),
        "minister of foreign affairs": _words("diplomat"),
        "ambassador": _words("diplomat"),
        "envoy": _words("diplomat"),
        "defense secretary": _words("chief"),
        "secretary of defense": _words("chief"),
        "defence secretary": _words("chief"),
        "defense minister": _words("chief"),
        "defence minister": _words("chief"),
    },
}

#: Short forms of given names: "Bill Clinton" may be "William Clinton", never "Hillary
#: Clinton".  Each line is one name and its short forms.
NICKNAMES: Mapping[str, tuple[frozenset[str], ...]] = {
    "en": tuple(
        _words(line)
        for line in """
        william bill billy will
        robert bob bobby rob
        michael mike
        james jim jimmy
        joseph joe
        thomas tom tommy
        edward ted ed eddie
        bernard bernie
        richard dick rick
        christopher chris
        daniel dan danny
        stephen steven steve
        anthony antony tony
        alexander alex
        nicholas nick
        benjamin ben
        samuel sam
        elizabeth liz beth betsy
        katherine catherine kate kathy
        jennifer jen jenny
        patricia pat patty
        charles charlie chuck
        john jack johnny jeb
        lawrence larry
        gerald jerry
        kenneth ken
        ronald ron
        donald don
        timothy tim
        andrew andy
        matthew matt
        gregory greg
        jeffrey jeff
        david dave
        douglas doug
        frederick fred
        theodore ted teddy
        margaret maggie meg peggy
        susan sue
        deborah debbie deb
        rebecca becky
        hillary hilary
        """.strip().splitlines()
    ),
}

#: Common given names that are (almost) always one gender, so that "she" does not go to
#: "Bill Clinton" nor "he" to "Hillary Clinton", and so that a two-word name the NER took
#: for an organisation ("Carly Fiorina") is a person.  Names used for both ("Jordan",
#: "Taylor", "Alex", "Jean", "Lindsey", "Sidney", "Andrea", "Lynn") and names that are also
#: places or brands ("Georgia", "Austin", "Mercedes") are left out; a name not listed
#: tells nothing.
GIVEN_NAMES: Mapping[str, Mapping[str, frozenset[str]]] = {
    "en": {
        "male": _words(
            """
            aaron adam adrian alan albert alexander andrew angelo anthony antony antonio arthur
            barack barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley
            brandon brian bruce bryan carl carlos charles charlie chuck colin craig dan daniel
            darren dave david dean dennis derek dick don donald doug douglas duncan dwight
            earl ed eddie edward emmanuel eric ernest eugene frank franklin fred frederick
            gary george gerald gordon graham greg gregory harold harry henry howard hugh ian
            isaac ivan jack jacob james jason jeb jeff jeffrey jeremy jerry jim jimmy joe joel
            john johnny jon jonathan jorge jose joseph josh joshua juan justin keith ken
            kenneth kevin larry lawrence luis marco mark martin matt matthew michael mike
            mitch mitt muhammad mohammed nathan ned neil nicholas nick nigel oliver omar oscar
            patrick paul pedro peter phil philip rafael ralph randy raymond reince richard rick
            rob robert roger ronald roy rudy russell ryan sam samuel scott sean sergei seth
            stephen steve steven stuart ted terrence thomas tim timothy todd tom tony victor
            vladimir walter warren wayne william xi yuri zachary

            abdullah abraham ahmed ahmad akira alberto alejandro alexei alexey alfred ali allen
            alvin amir andre andres antoine archie arnold benny bernardo bert boyd
            brent brett bryce byron calvin carlton cecil cedric chester christopher
            clarence clark claude clay clayton clifford clint cody conrad cory curtis dale damian
            damon danny darrell darryl devin dmitri dmitry dominic donnie duane dustin dylan
            edgar edmund eduardo elijah elliot elliott elon emilio enrique erik ernesto ethan
            evan everett federico felipe felix fernando floyd francisco franz fredrick friedrich
            gabriel garrett gavin gene geoffrey gerard gerhard gilbert giovanni giuseppe glenn
            gonzalo guillermo gustavo hank hans harvey hassan hector helmut herbert herman
            hiroshi horace hossein hugo humberto igor ignacio irving isaiah ismael 
            jair jake jamal jared javier jay jeffery jens jerome jesse jesus joaquin joey johan
            jonah julian julio karl keir kirk kurt kyle lamar lance leo leon leonard leroy lester
            lewis lloyd lorenzo louis lucas luiz luke lyndon mahmoud malcolm manuel marcus mario
             marvin mason maurice mauricio max maxwell melvin micah miguel mikhail milton
            mitchell mohamed morris moses narendra nathaniel neal nelson newt nicolas nikita
            nikolai noah norman olaf orlando otto pablo percy perry pete pierre preston quentin
            rahul ramon randall raul reggie reginald rex ricardo ricky rishi rodney rodrigo roland
            rolando roman ron ronnie ruben rudolph rupert salvador sanjay santiago saul
            sebastian sergey sergio shane shawn sheldon shinzo simon spencer stefan
             sylvester theodore trevor troy tyler vernon vicente viktor vince vincent
            volodymyr wade wallace wesley wilbur willard willie wolfgang xavier yevgeny
            yusuf zach
            """
        ),
        "female": _words(
            """
            abigail alice alicia amanda amy angela ann anna anne barbara betsy betty
            beth brenda carly carmen carol caroline catherine charlotte cheryl christina
            christine claire claudia cynthia deborah debbie diana diane donna dorothy elaine
            elena elizabeth ellen emily emma erin eva evelyn frances gabrielle gina grace
            hannah heather helen hillary hilary huma ivanka jacqueline jane janet janice jennifer
            jessica jill joan joanne josephine joyce judith judy julia julie karen kate katherine
            kathleen kathryn kathy kayleigh kelly kellyanne laura lauren linda lisa liz lori
            louise lucy madeleine margaret maria marie marilyn martha mary megan meghan
            melania melissa michelle nancy natalie nicole nikki olivia pamela patricia paula
            rachel rebecca rosa rose ruth sally samantha sandra sarah sharon shirley sofia sophia
            stephanie sue susan susana tammy teresa theresa tina valerie victoria virginia wendy

            adriana agnes alexandra alexandria alison allison alyssa amelia ana angelina
            anita annie antonia arlene audrey ava ayanna beatrice belinda bernadette beverly
            bonnie brianna bridget brittany brooke camila candace cara carla carolyn cassandra
            cecilia celeste chelsea chloe christy cindy clara colleen connie constance courtney
              danielle daphne darlene debra delores denise dianne dolores doris
            edith eileen eleanor elise eliza ella eloise elsa esther ethel eunice felicia
            fiona gail giorgia geraldine gladys gloria gwen gwendolyn harriet
             heidi helena ida ilhan irene isabel isabella jacinda jeanne jeannie jenna
            jenny joanna jocelyn jodi josefina juanita kamala karina karla katharine katie kayla
            kirsten kristen kristin kristina kristi kyrsten lana leah leticia lila lillian lily
              liza lois lorena lorraine lucia lucille luisa lydia mabel maggie
            mallory marcia margarita margo marian marina marisa marjorie marlene marsha maureen
            maxine mazie melanie mia michele mildred miriam molly monica muriel nadia
            naomi natasha nina nora norma olga paige patsy patty paulette pauline peggy penelope
             phyllis priscilla rachael ramona rashida regina renee rhonda rita roberta
            rochelle rosalind rosemary roxanne sabrina sara selena serena sheila sherry shelley
            silvia simone sonia sonya stacey stacy stella suzanne sylvia tamara tanya tara tatiana
            tiffany tonya tulsi ursula vanessa vera veronica vicki vickie vivian wanda
            whitney yolanda yvonne zoe
            """
        ),
    },
}

#: Gendered titles: a mention's title tells the pronoun it can take.
MALE_TITLES: frozenset[str] = _words("mr sir lord king prince father congressman spokesman chairman")
FEMALE_TITLES: frozenset[str] = _words("mrs ms miss dame lady queen princess sister congresswoman spokeswoman chairwoman")

#: Role nouns: a definite description ("the secretary") refers back to the person who
#: was introduced with that role ("Secretary of State Antony Blinken").
ROLE_NOUNS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        secretary minister president official spokesman spokeswoman spokesperson
        senator governor mayor ambassador director chairman chairwoman chair chief
        commissioner attorney leader diplomat envoy coordinator adviser advisor aide
        general admiral colonel representative congressman congresswoman candidate
        nominee lawmaker executive ceo founder analyst expert economist professor
        researcher scientist lawyer judge justice officer premier chancellor king queen
        prince pope sheriff prosecutor inspector manager head strategist consultant
        pollster organizer organiser staffer operative commentator columnist reporter
        journalist editor correspondent historian author physician pastor bishop rabbi
        superintendent principal treasurer comptroller auditor coroner warden
        imam priest
        sergeant lieutenant captain corporal commander detective alderman
        """
    ),
}

#: Head nouns of organisations: "the ministry" refers back to "China's Foreign Ministry".
ORG_HEADS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        ministry department agency government administration office embassy council
        committee commission pentagon company firm campaign party court parliament
        congress senate house military army navy police bureau service authority
        authorities organization organisation union group coalition foundation institute
        university newspaper network channel board association team leadership caucus
        panel bank magazine station insurer lender carmaker automaker retailer airline
        manufacturer chipmaker broadcaster publisher studio conglomerate startup
        supplier distributor
        logistics holdings partners systems solutions industries enterprises properties
        technologies motors pharmaceuticals laboratories ventures
        """
    ),
}

#: Non-human sources: a quote from these gets speaker kind ``document``.
DOCUMENT_NOUNS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        poll polls survey surveys report reports study studies statement statements readout communique
        analysis data datum document documents memo letter release filing complaint lawsuit
        indictment ruling record records article story editorial research figures
        estimate estimates census review investigation audit email emails tweet post
        website page book paper papers transcript video footage brief ad advertisement
        affidavit suit opinion note column movie film documentary polling projection ranking
        tally summary memoir clip clips recording recordings
        """
    ),
}

#: Capitals and seats of government that stand for their governments ("Beijing said",
#: "Downing Street said") → the country.
CAPITALS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "Beijing": "China",
        "Washington": "United States",
        "Moscow": "Russia",
        "Kremlin": "Russia",
        "Downing Street": "United Kingdom",
        "Whitehall": "United Kingdom",
        "Elysee": "France",
        "Élysée": "France",
        "Kyiv": "Ukraine",
        "Kiev": "Ukraine",
        "London": "United Kingdom",
        "Paris": "France",
        "Berlin": "Germany",
        "Tokyo": "Japan",
        "Seoul": "South Korea",
        "Pyongyang": "North Korea",
        "Tehran": "Iran",
        "Taipei": "Taiwan",
        "New Delhi": "India",
        "Islamabad": "Pakistan",
        "Ankara": "Turkey",
        "Brussels": "European Union",
        "Jerusalem": "Israel",
        "Riyadh": "Saudi Arabia",
        "Ottawa": "Canada",
        "Canberra": "Australia",
        "Havana": "Cuba",
        "Caracas": "Venezuela",
        "Damascus": "Syria",
        "Baghdad": "Iraq",
        "Kabul": "Afghanistan",
        "Cairo": "Egypt",
        "Rome": "Italy",
        "Madrid": "Spain",
        "Warsaw": "Poland",
        "Minsk": "Belarus",
        "Manila": "Philippines",
        "Hanoi": "Vietnam",
    },
}

#: Other names of a country; a document's own fullest form wins ("US" vs "United States").
COUNTRY_ALIASES: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "en": {
        "United States": ("United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"),
        "United Kingdom": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
        "China": ("China", "People's Republic of China", "PRC"),
        "Russia": ("Russia", "Russian Federation"),
        "European Union": ("European Union", "EU", "E.U."),
    },
}

#: The world's states, each its own government when a text names it as a source ("Israel
#: said", "Colombia confirmed"); their other names are in ``COUNTRY_ALIASES``.
COUNTRY_NAMES: Mapping[str, tuple[str, ...]] = {
    "en": tuple(
        name.strip()
        for name in """
        Afghanistan, Albania, Algeria, Andorra, Angola, Antigua and Barbuda, Argentina, Armenia,
        Australia, Austria, Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium,
        Belize, Benin, Bhutan, Bolivia, Bosnia and Herzegovina, Botswana, Brazil, Brunei, Bulgaria,
        Burkina Faso, Burundi, Cambodia, Cameroon, Canada, Cape Verde, Central African Republic,
        Chad, Chile, Colombia, Comoros, Costa Rica, Croatia, Cuba, Cyprus, Czech Republic,
        Denmark, Djibouti, Dominica, Dominican Republic, East Timor, Ecuador, Egypt, El Salvador,
        Equatorial Guinea, Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland, France, Gabon,
        Gambia, Georgia, Germany, Ghana, Greece, Grenada, Guatemala, Guinea, Guinea-Bissau, Guyana,
        Haiti, Honduras, Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland, Israel, Italy,
        Ivory Coast, Jamaica, Japan, Jordan, Kazakhstan, Kenya, Kiribati, Kosovo, Kuwait,
        Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho, Liberia, Libya, Liechtenstein, Lithuania,
        Luxembourg, Madagascar, Malawi, Malaysia, Maldives, Mali, Malta, Marshall Islands,
        Mauritania, Mauritius, Mexico, Micronesia, Moldova, Monaco, Mongolia, Montenegro, Morocco,
        Mozambique, Myanmar, Namibia, Nauru, Nepal, Netherlands, New Zealand, Nicaragua, Niger,
        Nigeria, North Korea, North Macedonia, Norway, Oman, Pakistan, Palau, Palestine, Panama,
        Papua New Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia,
        Rwanda, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines, Samoa,
        San Marino, Sao Tome and Principe, Saudi Arabia, Senegal, Serbia, Seychelles,
        Sierra Leone, Singapore, Slovakia, Slovenia, Solomon Islands, Somalia, South Africa,
        South Korea, South Sudan, Spain, Sri Lanka, Sudan, Suriname, Sweden, Switzerland, Syria,
        Taiwan, Tajikistan, Tanzania, Thailand, Togo, Tonga, Trinidad and Tobago, Tunisia, Turkey,
        Turkmenistan, Tuvalu, Uganda, Ukraine, United Arab Emirates, United Kingdom,
        United States, Uruguay, Uzbekistan, Vanuatu, Vatican, Venezuela, Vietnam, Yemen, Zambia,
        Zimbabwe
        """.split(",")
    ),
}

#: Occasions of speaking.  A participle on one reports for whoever held it: "she said at
#: a news conference announcing that ..." is her announcement, not the conference's.
SPEECH_EVENTS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        conference briefing interview speech remarks address hearing rally debate
        appearance call session testimony
        """
    ),
}

#: Channels and written forms a report is made in ("denounced it in an op-ed", "in a
#: statement", "on Twitter").  With the occasions of speaking, a phrase headed by one after a
#: noun-phrase content says where it was said, and is not part of what was said.
CHANNEL_NOUNS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        statement statements comments tweet tweets message email e-mail letter op-ed column
        editorial essay memo diatribe broadside rant video podcast filing book report post
        blog twitter facebook instagram youtube tiktok
        """
    ),
}

#: Quantifying heads of an unnamed source ("Some of Clinton's allies said", "One in three
#: voters said", "those surveyed said"): the phrase as written names the source.  Words
#: for a single person are in ``"single"``, the rest stand for groups.
QUANTIFIERS: Mapping[str, Mapping[str, frozenset[str]]] = {
    "en": {
        "group": _words(
            """
            some many most several few all both those half majority minority plenty dozens
            hundreds thousands millions
            """
        ),
        "single": _words("one another each either neither someone somebody"),
    },
}

#: Nouns for something said.  As the object of a verb before a colon they frame a
#: quotation: "Sanders made the following comment: “…”" quotes Sanders.
SPEECH_NOUNS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        comment comments remark remarks statement statements words message tweet tweets post
        note response answer reply explanation warning question quote quotes speech advice
        """
    ),
}

#: Adjectives (and passive participles) of a held belief whose clause is what the holder
#: thinks: "is convinced that C", "were adamant that C", "came away convinced that C".
#: Only with a clause: "worried about the debt" reports no proposition.
COGNITION_ADJECTIVES: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        convinced unconvinced confident hopeful optimistic pessimistic adamant certain sure unsure
        aware unaware afraid fearful worried concerned skeptical sceptical doubtful positive
        insistent emphatic clear
        """
    ),
}

#: Nouns of a held view that name their holder as a source in a phrase set off from the
#: clause: "In his opinion, …", "In the view of the ministry, …", "In her words, …".
OPINION_NOUNS: Mapping[str, frozenset[str]] = {
    "en": _words("view opinion words estimation assessment judgment judgement telling"),
}

#: Words that introduce the title of a work.  A title-case quotation right after one
#: names the work ("In his 2002 book, ''Make Your Kid a Millionaire,''"); nobody says it.
WORK_NOUNS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        book books film films movie movies show shows series song songs album column
        article essay op-ed memoir novel documentary play poem podcast program programme
        episode paper report study titled entitled headlined dubbed
        """
    ),
}

#: Discourse connectives that link a report to the text before it and are not part of
#: what was said: "However, Wang is placing ..., Blinken said" reports "Wang is placing ...".
#: A coordinating conjunction ("But", "And") at the start of a content is dropped as well.
CONNECTIVES: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        however still meanwhile instead nevertheless nonetheless moreover furthermore
        indeed besides yet thus therefore hence consequently likewise similarly conversely
        anyway regardless additionally
        """
    ),
}

#: Nouns for people who may be a source without holding a role ("critics say", "voters
#: said"); together with the roles, organisations and documents they tell a subject that
#: can report from one that cannot ("the borrowing continued").
PEOPLE_NOUNS: Mapping[str, frozenset[str]] = {
    "en": _words(
        """
        people person man woman men women observer critic voter resident source supporter
        rapper quarterback host anchor producer writer novelist poet filmmaker banker
        developer architect chef billionaire mogul celebrity
        opponent member citizen worker protester activist expert analyst economist scholar
        researcher scientist witness victim parent student teacher doctor lawyer attorney
        friend relative neighbor neighbour family everyone everybody someone somebody
        anyone many most some others few both all none ally rival delegate donor fan
        follower backer loyalist insider colleague employee customer user reader viewer
        listener participant respondent attendee advocate defender skeptic sceptic
        detractor investor owner businessman businesswoman entrepreneur farmer nurse
        soldier veteran mother father son daughter wife husband brother sister mom dad
        child kid teenager boy girl politician pundit conservative liberal progressive
        moderate independent republican democrat millennial immigrant refugee patient
        survivor partner spouse constituent taxpayer consumer volunteer chemist physicist
        engineer biologist pilot driver officeholder challenger contender confidant
        confidante front-runner frontrunner surgeon neurosurgeon designer employer gunman
        narrator speechwriter anthropologist sociologist psychologist comedian actor
        actress singer artist musician athlete player coach lecturer chaplain
        striker midfielder goalkeeper goalie pitcher catcher shortstop linebacker referee
        umpire jockey golfer sprinter swimmer skier boxer wrestler cyclist gymnast batsman
        skater runner racer rookie teammate champion trainer firefighter miner
        forecaster meteorologist climatologist epidemiologist virologist cardiologist
        psychiatrist dentist pharmacist veterinarian paramedic detective trooper
        """
    ),
}

#: Paragraph labels ("UPDATE:") that name no speaker, so they never open a transcript turn
#: (upper case, without a final full stop).
TRANSCRIPT_NON_SPEAKERS: Mapping[str, frozenset[str]] = {
    "en": frozenset(
        {
            "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "CLARIFICATION",
            "BREAKING", "BREAKING NEWS", "DEVELOPING", "WATCH", "LISTEN", "READ", "READ MORE", "MORE",
            "RELATED", "SEE ALSO", "SOURCE", "SOURCES", "PHOTO", "PHOTOS", "VIDEO", "AUDIO", "GRAPHIC",
            "CLAIM", "VERDICT", "RATING", "FACT CHECK", "THE FACTS", "THE FACT", "WHY IT MATTERS",
            "WHAT'S NEXT", "WHAT’S NEXT", "BACKGROUND", "CONTEXT", "ANALYSIS", "OPINION", "EXCLUSIVE",
            "TIMELINE", "TRANSCRIPT", "SUBSCRIBE", "ADVERTISEMENT", "EMAIL", "TWITTER", "FACEBOOK",
            "PS", "P.S", "NB", "N.B",
        }
    ),
}

#: Pronouns by the kind of antecedent they can take.
PRONOUNS: Mapping[str, Mapping[str, frozenset[str]]] = {
    "en": {
        "male": _words("he him his himself"),
        "female": _words("she her hers herself"),
        "plural": _words("they them their theirs themselves"),
        "neuter": _words("it its itself"),
        "first": _words("i me my we us our"),
        "relative": _words("who whom whose which that"),
    },
}


@attrs.frozen(kw_only=True)
class Lexicon:
    """All the word lists of one language, ready for lookup.

    Attributes:
        lang: Language code.
        speech_verbs, cognition_verbs, evidence_verbs, np_cue_verbs: Cue verb lemmas.
        object_content_verbs: Cue verbs whose noun-phrase object is what was said.
        addressee_verbs: Cue verbs whose object is the person spoken to.
        infinitive_verbs: Cue verbs whose to-infinitive is what was said.
        gerund_verbs: Cue verbs whose -ing complement is what was said.
        nationality_words: Country names and demonyms that qualify an organisation → the
            country they name.
        proposition_nouns: Nouns whose that-clause is the content after a light verb.
        light_verbs: Verbs that are cues only with a proposition noun or "clear" and a clause.
        titles, role_nouns, org_heads, document_nouns: Lower-cased words.
        title_roles: Title (lower-case, no period) → the role nouns it stands for.
        role_phrases: Office of several words (lower-case) → the broader roles it implies.
        nicknames: Given name (lower-case) → the given names it may also be written as.
        given_names: ``"male"``/``"female"`` → given names (lower-case) of that gender.
        capitals: Capital → country.
        country_aliases: Canonical country → its variant names.
        pronouns: Pronoun class → words.
        transcript_non_speakers: Paragraph labels that name no speaker ("UPDATE:").
        people_nouns: Nouns for people who may be a source ("critics", "voters").
        quantifiers: Quantifying heads of unnamed sources, by ``"group"`` and ``"single"``.
        connectives: Sentence connectives left out of a content ("However,").
        speech_events: Occasions of speaking ("a news conference announcing ...").
        channel_nouns: Channels and written forms a report is made in ("in an op-ed").
        speech_nouns: Nouns for something said ("made the following comment:").
        opinion_nouns: Nouns of a held view whose holder is a source ("In his opinion, …").
        cognition_adjectives: Adjectives of a held belief with a clause ("is convinced that").
        name_particles: Lower-case particles inside personal names ("von der",
            :data:`NAME_PARTICLES`).
        national_nouns: Nouns for one national ("the Dutchman"; :data:`NATIONAL_NOUNS`).
        phrasal_cues: Particle → verb lemma → the cue verb the pair means ("shot back" is
            "retorted"; :data:`PHRASAL_CUES`).
        family_nouns: Close family whose given name alone takes a named relative's surname
            ("Becker's wife, Linda"; :data:`FAMILY_NOUNS`).
        party_words: A party member's word → the party ("the Democrat"; :data:`PARTY_WORDS`).
        role_qualifiers: Words before a role that make it another office ("shadow
            chancellor", "deputy secretary"; :data:`ROLE_QUALIFIERS`).
        summary_nouns: Nouns that sum up a reported clause in a closing apposition ("…, a move
            that could …"), the writer's comment (:data:`SUMMARY_NOUNS`).
        issued_nouns: Derived: document nouns, speech events and speech nouns together.
        role_phrase_ends: Derived: the last word of each role phrase.
        work_nouns: Words before the title of a work ("book", "titled").
        misread_lemmas: Lemmas the tagger gives cue verbs (:data:`MISREAD_LEMMAS`) → the
            start of the surface forms that are really that lemma ("hopp").
        stance_verbs: The stance verbs (:data:`STANCE_VERBS`) this lexicon reads as cues
            beyond the reporting verbs; empty unless built with ``stances=True``.
        stance_nouns: The stance nouns (:data:`STANCE_NOUNS`); empty unless built with
            ``stances=True``.
    """

    lang: str
    speech_verbs: frozenset[str]
    cognition_verbs: frozenset[str]
    evidence_verbs: frozenset[str]
    np_cue_verbs: frozenset[str]
    object_content_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    infinitive_verbs: frozenset[str]
    nationality_words: Mapping[str, str]
    proposition_nouns: frozenset[str]
    light_verbs: frozenset[str]
    titles: frozenset[str]
    title_roles: Mapping[str, frozenset[str]]
    nicknames: Mapping[str, frozenset[str]]
    given_names: Mapping[str, frozenset[str]]
    role_nouns: frozenset[str]
    org_heads: frozenset[str]
    document_nouns: frozenset[str]
    capitals: Mapping[str, str]
    country_aliases: Mapping[str, tuple[str, ...]]
    pronouns: Mapping[str, frozenset[str]]
    transcript_non_speakers: frozenset[str]
    people_nouns: frozenset[str]
    quantifiers: Mapping[str, frozenset[str]]
    connectives: frozenset[str]
    speech_events: frozenset[str]
    channel_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    work_nouns: frozenset[str]
    role_phrases: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    opinion_nouns: frozenset[str] = frozenset()
    cognition_adjectives: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    stance_nouns: frozenset[str] = frozenset()
    gerund_verbs: frozenset[str] = frozenset()
    summary_nouns: frozenset[str] = frozenset()
    role_qualifiers: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    national_nouns: frozenset[str] = frozenset()
    phrasal_cues: Mapping[str, Mapping[str, str]] = attrs.field(factory=dict)
    family_nouns: frozenset[str] = frozenset()
    party_words: Mapping[str, str] = attrs.field(factory=dict)
    #: Misread lemma → the start of the forms that are not the cue verb (:data:`MISREAD_LEMMAS`).
    misread_lemmas: Mapping[str, str] = attrs.field(factory=dict)
    #: Every verb lemma that can introduce reported content (computed once: the rules ask often).
    cue_verbs: frozenset[str] = attrs.field(init=False)
    #: Nouns for what a source issues or says something in: documents, speech events and
    #: things said ("a statement from the White House", "a speech Mrs. Clinton delivered").
    issued_nouns: frozenset[str] = attrs.field(init=False)
    #: The last words of the role phrases: a name's context is searched for a phrase only
    #: when one of them stands near it.
    role_phrase_ends: frozenset[str] = attrs.field(init=False)

    @cue_verbs.default
    def _all_cue_verbs(self) -> frozenset[str]:
        return self.speech_verbs | self.cognition_verbs | self.evidence_verbs | self.np_cue_verbs

    @issued_nouns.default
    def _all_issued_nouns(self) -> frozenset[str]:
        return self.document_nouns | self.speech_events | self.speech_nouns

    @role_phrase_ends.default
    def _role_phrase_last_words(self) -> frozenset[str]:
        return frozenset(phrase.split()[-1] for phrase in self.role_phrases)


def _nickname_map(groups: tuple[frozenset[str], ...]) -> dict[str, frozenset[str]]:
    """Each given name → every name it shares a line with ("ted": edward and theodore)."""
    out: dict[str, set[str]] = {}
    for group in groups:
        for name in group:
            out.setdefault(name, set()).update(group)
    return {k: frozenset(v) for k, v in out.items()}


SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(sorted(SPEECH_VERBS))

_cache: dict[tuple[str, bool], Lexicon] = {}


def get(lang: str = "en", *, stances: bool = False) -> Lexicon:
    """Return the lexicon of ``lang``; with ``stances`` the stance verbs are cues too.

    Raises:
        ValueError: for a language without lexicons; the message lists the supported ones.
    """
    lex = _cache.get((lang, stances))
    if lex is not None:
        return lex
    misread = MISREAD_LEMMAS.get(lang, {})

    def verbs(words: frozenset[str]) -> frozenset[str]:
        """The verb list with the misread lemmas of its verbs."""
        return words | {alias for alias, (lemma, _) in misread.items() if lemma in words}

    if stances:
        base = get(lang)
        extra = verbs(STANCE_VERBS.get(lang, frozenset())) - base.cue_verbs
        lex = attrs.evolve(
            base,
            cognition_verbs=base.cognition_verbs | extra,
            object_content_verbs=base.object_content_verbs | verbs(STANCE_VERBS.get(lang, frozenset())),
            # "criticized Trump", "thanked the voters": the person is the stance's target
            addressee_verbs=base.addressee_verbs - STANCE_VERBS.get(lang, frozenset()),
            infinitive_verbs=base.infinitive_verbs | verbs(STANCE_INFINITIVE_VERBS.get(lang, frozenset())),
            stance_verbs=extra,
            stance_nouns=STANCE_NOUNS.get(lang, frozenset()),
        )
        _cache[(lang, stances)] = lex
        return lex
    if lang not in SPEECH_VERBS:
        raise ValueError(f"no quoteattr lexicon for language {lang!r}; supported: {', '.join(SUPPORTED_LANGUAGES)}")
    lex = Lexicon(
        lang=lang,
        speech_verbs=verbs(SPEECH_VERBS[lang]),
        cognition_verbs=verbs(COGNITION_VERBS[lang]),
        evidence_verbs=verbs(EVIDENCE_VERBS[lang]),
        np_cue_verbs=verbs(NP_CUE_VERBS[lang]),
        object_content_verbs=verbs(OBJECT_CONTENT_VERBS[lang]),
        addressee_verbs=verbs(ADDRESSEE_VERBS[lang]),
        infinitive_verbs=verbs(INFINITIVE_VERBS[lang]),
        gerund_verbs=verbs(GERUND_VERBS.get(lang, frozenset())),
        summary_nouns=SUMMARY_NOUNS.get(lang, frozenset()),
        role_qualifiers=ROLE_QUALIFIERS.get(lang, frozenset()),
        name_particles=NAME_PARTICLES.get(lang, frozenset()),
        national_nouns=NATIONAL_NOUNS.get(lang, frozenset()),
        phrasal_cues=PHRASAL_CUES.get(lang, {}),
        family_nouns=FAMILY_NOUNS.get(lang, frozenset()),
        party_words=PARTY_WORDS.get(lang, {}),
        nationality_words=NATIONALITY_WORDS[lang],
        proposition_nouns=PROPOSITION_NOUNS[lang],
        light_verbs=verbs(LIGHT_VERBS[lang]),
        titles=TITLES[lang],
        title_roles=TITLE_ROLES[lang],
        nicknames=_nickname_map(NICKNAMES[lang]),
        given_names=GIVEN_NAMES[lang],
        role_nouns=ROLE_NOUNS[lang],
        org_heads=ORG_HEADS[lang],
        document_nouns=DOCUMENT_NOUNS[lang],
        capitals=CAPITALS[lang],
        country_aliases={**{name: (name,) for name in COUNTRY_NAMES[lang]}, **COUNTRY_ALIASES[lang]},
        pronouns=PRONOUNS[lang],
        transcript_non_speakers=TRANSCRIPT_NON_SPEAKERS[lang],
        people_nouns=PEOPLE_NOUNS[lang],
        quantifiers=QUANTIFIERS[lang],
        connectives=CONNECTIVES[lang],
        speech_events=SPEECH_EVENTS[lang],
        channel_nouns=CHANNEL_NOUNS[lang],
        speech_nouns=SPEECH_NOUNS[lang],
        work_nouns=WORK_NOUNS[lang],
        role_phrases=ROLE_PHRASES.get(lang, {}),
        opinion_nouns=OPINION_NOUNS.get(lang, frozenset()),
        cognition_adjectives=COGNITION_ADJECTIVES.get(lang, frozenset()),
        misread_lemmas={alias: other for alias, (_, other) in misread.items()},
    )
    _cache[(lang, stances)] = lex
    return lex


def _register() -> None:
    """Register the lexicons with spaCy's ``misc`` registry, if spaCy is importable."""
    try:
        from spacy.util import registry
    except ImportError:  # pragma: no cover - spaCy is a hard dependency
        return

    @registry.misc("quoteattr.reporting_verbs.v1")
    def reporting_verbs(lang: str = "en") -> Lexicon:
        return get(lang)


_register()
