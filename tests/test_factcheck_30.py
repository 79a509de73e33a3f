"""A thirtieth fact-check, in English: misstatements of the real briefing's passages (content/pakistan-afghanistan-war/
against seeds/) and of two topics of our own (a merger, a court case), each with honest rewordings. Now refused: a
place added where the cited passage, and the paragraph holding it, name none ("clashes in Kurram"; places.py: a place
the passage's paragraph names, as the Ostmark recount's sentence before, still builds); "conceded" or "admitted" for
"denied today that" (polarity.py read "today" as what was denied), a denial added where the passage's other clause
names its speaker, and an admission the passage restated does not give ("The Taliban conceded" citing "has said";
decisions.py); "all", "every" or "every one of" for "19 of the 22" or "19 posts", and "most" or "the majority" for
"a third of", "nearly half of", "many" (proportions.py); "approved" or "signed" for "blocked" or "vetoed"
(outcomes.py); "X called the talks a failure" where the passage gives those words to Y (called_by.py); and an amount
told as another measure: profit as revenue, sales as earnings, debt as assets (money_measures.py). "Accepted" for
"rejected", "won" for "lost", "upheld" for "overturned", "confirmed" for "did not confirm", and a rate told as a count
("12 per cent of voters" for "12 voters") were refused already: they are kept here, both ways, as the report asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import REAL_BRIEFING, Sentence, SentencesChecked, assert_summary_outcome, minimal_project, problems_after


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck30") / "project")


@pytest.fixture(scope="module")
def checked(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    return SentencesChecked(fixture_root,
                            [Sentence(given, written, REAL_PARTIES, quote)
                             for given, written, _, quote in [(*case, None)[:4] for case in PLACES]]
                            + [Sentence(given, written, REAL_PARTIES) for given, written, _ in DENIALS + PROPORTIONS]
                            + [Sentence(given, written, DEAL_PARTIES) for given, written, _ in OUTCOMES]
                            + [Sentence(given, written, parties)
                               for given, written, _, parties in [(*case, REAL_PARTIES)[:4] for case in CALLED]]
                            + [Sentence(given, written, DEAL_PARTIES) for given, written, _ in MEASURES]
                            + [Sentence(given, written) for given, written, _ in RATES])


def _ids(cases):
    return [f"{written[:45]} ({given[:25]})" for given, written, *_ in cases]


REAL_PARTIES = "  - id: pakistan\n    name: Pakistan\n  - id: taliban\n    name: Afghanistan (Taliban)\n"
DEAL_PARTIES = "  - id: harbor\n    name: Harbor Foods\n  - id: grainline\n    name: Grainline Holdings\n"

# The real report's sentences (seeds/000_bd91349fafd64fe6.txt)
RETALIATION = ("Hours prior to the commencement of airstrikes and heavier clashes, Afghan Taliban forces reportedly "
               "attacked Pakistani border troops Thursday night in retaliation for Pakistani airstrikes earlier in the "
               "week.")
ATTACKED = "Afghan Taliban forces reportedly attacked Pakistani border troops Thursday night"
PAKISTAN_TOLL = ("A Pakistani military spokesman has said that 274 Taliban fighters have been killed and more than 400 "
                 "injured by Pakistani strikes, adding that 74 Taliban posts were destroyed and 18 captured - and "
                 "counting.")
TALIBAN_TOLL = ("The Taliban for its part has said that 55 Pakistani soldiers were killed and 19 posts seized. Kabul "
                "have acknowledged Taliban fighters killed, 11 wounded, and 13 civilians injured in the mountainous "
                "northwest border region where the line of fighting is concentrated.")
TTP = ("Islamabad accuses Afghanistan of sheltering Tehrik-i-Taliban Pakistan (TTP) militants who carry out "
       "cross-border attacks.")
FORCE = ("It remains that Pakistan's army has total force domination; however, the Taliban can still inflict pain "
         "through acts of terrorism, which Pakistani cities have suffered immensely under.")
TERROR = ("Acts of terror by Islamist groups have become almost a regular occurrence in Pakistan - with many suspected "
          "of having support through Afghanistan.")
HAKIM = ("Pakistan spent decades backing and sheltering the Afghan Taliban - its defense minister acknowledged that "
         "to me on camera.")
ISOLATION = ("The Taliban's international isolation has meant that it cannot modernize its military - but still, there "
             "have been reports of drone usage against Pakistan positions.")
OSTMARK = "The recount in the Ostmark district was completed on Friday. The margin shrank to 269 votes from 412."
MARGIN = "The margin shrank to 269 votes from 412."

NO_PLACE = "where its cited passages, and the paragraphs holding them, name no place"
PLACES = [
    # (the source, the briefing's sentence, "ok" or what the error says, the words cited if not all)
    (RETALIATION, "Afghan Taliban forces reportedly attacked Pakistani border troops in Kurram on Thursday night.",
     f"this sentence names 'Kurram' {NO_PLACE}: \"Afghan Taliban forces reportedly attacked Pakistani border troops in "
     "Kurram on Thursday night.\" (keep to the places the source names, or cite a passage that names this one)",
     ATTACKED),
    (TALIBAN_TOLL, "The Taliban said that 55 Pakistani soldiers were killed in Kurram and 19 posts seized.",
     f"names 'Kurram' {NO_PLACE}", "The Taliban for its part has said that 55 Pakistani soldiers were killed and 19 "
                                   "posts seized."),
    (PAKISTAN_TOLL, "A Pakistani military spokesman said 74 Taliban posts were destroyed in Khost.",
     f"names 'Khost' {NO_PLACE}"),
    (TTP, "Islamabad accuses Afghanistan of sheltering TTP militants who carry out attacks in Peshawar.",
     f"names 'Peshawar' {NO_PLACE}"),
    ("Clashes broke out overnight and continued into the morning.",
     "Clashes broke out overnight in Kurram and continued into the morning.", f"names 'Kurram' {NO_PLACE}"),
    ("Fighting flared in Kurram district on Thursday.\n\nClashes broke out overnight and continued into the morning.",
     "Clashes broke out overnight in Kurram and continued into the morning.", f"names 'Kurram' {NO_PLACE}",
     "Clashes broke out overnight and continued into the morning."),
    ("The recount was completed on Friday. The margin shrank to 269 votes from 412.",
     "The recount cut the margin in Ostmark to 269 votes from 412.", f"names 'Ostmark' {NO_PLACE}", MARGIN),
    ("The merged company will employ 4,000 people.", "The merged company will employ 4,000 people in Ohio.",
     f"names 'Ohio' {NO_PLACE}"),
    ("The court heard the case on Monday.", "The court in Delaware heard the case on Monday.",
     f"names 'Delaware' {NO_PLACE}"),
    # honest: the place the paragraph gives, in the sentence before or after the passage; a party; no place at all
    (OSTMARK, "The recount cut the margin in Ostmark to 269 votes from 412.", "ok", MARGIN),
    ("Fighting flared in Kurram district on Thursday. Clashes broke out overnight and continued into the morning.",
     "Clashes broke out overnight in Kurram and continued into the morning.", "ok",
     "Clashes broke out overnight and continued into the morning."),
    ("Clashes broke out overnight and continued into the morning. Kurram's hospitals took in the wounded.",
     "Clashes broke out overnight in Kurram and continued into the morning.", "ok",
     "Clashes broke out overnight and continued into the morning."),
    ("Clashes broke out overnight and continued into the morning, officials in Kurram said.",
     "Clashes broke out overnight in Kurram and continued into the morning, officials said.", "ok"),
    (RETALIATION, "Afghan Taliban forces reportedly attacked Pakistani border troops in Pakistan on Thursday night.",
     "ok", ATTACKED),
    (RETALIATION, "Afghan Taliban forces reportedly attacked Pakistani border troops on Thursday night.", "ok", ATTACKED),
    ("Harbor Foods is based in Ohio. The merged company will employ 4,000 people.",
     "The merged company will employ 4,000 people in Ohio.", "ok", "The merged company will employ 4,000 people."),
    ("The court heard the case on Monday, 2 March.", "The court heard the case in March.", "ok"),
    ("The court heard the case on Monday.", "In the end, the court heard the case on Monday.", "ok"),
]

DROPS = "this sentence drops the negation of its cited passage"
DENIED = "The ministry denied today that its forces had shelled the village."
DESTROYED = "Meridian denied today that it had destroyed the documents."
APPROACHED = "Harbor Foods denied today that it had approached Grainline."
ADMISSION = "this sentence gives an admission ('{}') where its cited passages give none"
# A denial told as an admission of what follows "that" is named once, as the stance turned, where it was named as a
# negation dropped before (tests/test_factcheck_117.py: the same refusal, naming the word turned)
TURNED = "this sentence says '{}' where its cited passages say 'denied'"
DENIALS = [
    (DENIED, "The ministry conceded that its forces had shelled the village.",
     f"{TURNED.format('conceded')} ('The ministry denied today that its forces had shelled the village'): \"The "
     "ministry conceded that its forces had shelled the village.\" (keep the source's word"),
    (DENIED, "The ministry acknowledged that its forces had shelled the village.", TURNED.format("acknowledged")),
    (DENIED, "The ministry admitted today that its forces had shelled the village.", TURNED.format("admitted")),
    (DESTROYED, "Meridian admitted that it had destroyed the documents.", TURNED.format("admitted")),
    (DESTROYED, "Meridian conceded that it had destroyed the documents.", TURNED.format("conceded")),
    (APPROACHED, "Harbor Foods conceded that it had approached Grainline.", TURNED.format("conceded")),
    ("Harbor Foods flatly denied that it had approached Grainline.",
     "Harbor Foods admitted that it had approached Grainline.", TURNED.format("admitted")),
    ("The ministry did not confirm that its forces had shelled the village.",
     "The ministry confirmed that its forces had shelled the village.", DROPS),
    ("The judge did not confirm that the trial would start in May.",
     "The judge confirmed that the trial would start in May.", DROPS),
    (TALIBAN_TOLL, "Kabul denied that 13 civilians were injured in the mountainous northwest border region.",
     "this sentence adds a negation to its cited passage"),
    (HAKIM, "Pakistan's defense minister denied on camera that Pakistan spent decades backing and sheltering the Afghan "
            "Taliban.", "this sentence adds a negation to its cited passage"),
    # an admission the passage restated does not give: it says only that they said so
    (TALIBAN_TOLL, "The Taliban conceded that 55 Pakistani soldiers were killed.",
     ADMISSION.format("conceded") + ": \"The Taliban conceded that 55 Pakistani soldiers were killed.\" (say what was "
                                    "said, as the source does, or cite a passage that gives the admission)"),
    (TALIBAN_TOLL, "The Taliban admitted that 19 posts were seized.", ADMISSION.format("admitted")),
    (FORCE, "Pakistan conceded that the Taliban can still inflict pain through acts of terrorism.",
     ADMISSION.format("conceded")),
    ("Grainline's chief executive said the offer was too low.",
     "Grainline's chief executive admitted the offer was too low.", ADMISSION.format("admitted")),
    ("Meridian's lawyers said the documents were lost in 2019.",
     "Meridian's lawyers conceded the documents were lost in 2019.", ADMISSION.format("conceded")),
    # honest: the denial kept; an admission the passage gives; a negated admission
    (DENIED, "The ministry denied that its forces had shelled the village.", "ok"),
    (DENIED, "The ministry rejected claims today that its forces had shelled the village.", "ok"),
    (DENIED, "Its forces had not shelled the village, the ministry said today.", "ok"),
    (DESTROYED, "Meridian denied destroying the documents.", "ok"),
    (DESTROYED, "Meridian said today it had not destroyed the documents.", "ok"),
    (APPROACHED, "Harbor Foods denied that it had approached Grainline.", "ok"),
    ("Harbor Foods flatly denied that it had approached Grainline.",
     "Harbor Foods denied having approached Grainline.", "ok"),
    ("The ministry did not confirm that its forces had shelled the village.",
     "The ministry would not confirm that its forces had shelled the village.", "ok"),
    ("Harbor Foods did not confirm that it had approached Grainline.",
     "Harbor Foods declined to confirm that it had approached Grainline.", "ok"),
    (TALIBAN_TOLL, "Kabul acknowledged that 13 civilians were injured in the northwest border region.", "ok"),
    (TALIBAN_TOLL, "Kabul conceded that 13 civilians were injured in the northwest border region.", "ok"),
    (TALIBAN_TOLL, "The Taliban said 55 Pakistani soldiers were killed and 19 posts seized.", "ok"),
    (HAKIM + " Yalda Hakim reported this.",
     "Pakistan's defense minister admitted on camera that Pakistan spent decades backing the Afghan Taliban, Hakim "
     "says.", "ok"),
    ("Meridian admitted that it had destroyed the documents.", "Meridian conceded that it had destroyed the documents.",
     "ok"),
    ("Meridian denied that it had destroyed the documents.", "Meridian did not admit that it had destroyed the documents.",
     "ok"),
    ("Meridian's lawyers accepted that the documents were lost in 2019.",
     "Meridian's lawyers conceded the documents were lost in 2019.", "ok"),
]

POSTS = "Of the 22 border posts, 19 were seized by Taliban fighters."
PLANTS = "Of the 22 plants, 19 will stay open after the merger."
SAYS = "this sentence says '{}' where its cited passages say '{}'"
PROPORTIONS = [
    (TALIBAN_TOLL, "The Taliban said that 55 Pakistani soldiers were killed and all posts seized.",
     SAYS.format("all posts", "19 posts") + ": \"The Taliban said that 55 Pakistani soldiers were killed and all posts "
                                            "seized.\" (keep the source's proportion, or cite a passage that says all)"),
    (POSTS, "All of the 22 border posts were seized by Taliban fighters.",
     SAYS.format("All of the 22 border", "19 of the 22")),
    (POSTS, "Every one of the 22 border posts was seized by Taliban fighters.",
     SAYS.format("Every one of the 22 border", "19 of the 22")),
    (POSTS, "None of the 22 border posts was seized by Taliban fighters.",
     "this sentence adds a negation to its cited passage"),
    (PLANTS, "All 22 plants will stay open after the merger.", SAYS.format("All 22 plants", "19 of the 22")),
    (PLANTS, "Every plant will stay open after the merger.", SAYS.format("Every plant", "19 of the 22")),
    ("Meridian settled 19 of the 22 claims.", "Meridian settled all of the 22 claims.",
     SAYS.format("all of the 22 claims", "19 of the 22")),
    ("A third of the posts were destroyed in the strikes.", "Most of the posts were destroyed in the strikes.",
     SAYS.format("Most of the posts", "A third of the posts") + ": \"Most of the posts were destroyed in the "
                                                                "strikes.\" (keep the source's proportion, or cite a "
                                                                "passage that says most)"),
    ("Nearly half of the residents fled the border town.", "The majority of the residents fled the border town.",
     SAYS.format("The majority of the residents", "Nearly half of the residents")),
    ("Nearly half of the residents fled the border town.", "Most of the residents fled the border town.",
     SAYS.format("Most of the residents", "Nearly half of the residents")),
    ("A third of shareholders opposed the deal.", "Most shareholders opposed the deal.",
     SAYS.format("Most shareholders", "A third of shareholders")),
    ("Nearly half of shareholders opposed the deal.", "More than half of shareholders opposed the deal.",
     SAYS.format("More than half of shareholders", "Nearly half of shareholders")),
    (TERROR, "Acts of terror by Islamist groups have become almost a regular occurrence in Pakistan - with most "
             "suspected of having support through Afghanistan.", SAYS.format("most suspected", "many suspected")),
    ("Some of the plants will close after the merger.", "Most of the plants will close after the merger.",
     SAYS.format("Most of the plants", "Some of the plants")),
    # honest: the count or the part kept, "most" for "19 of the 22", "nearly all"; a whole the passage gives
    (TALIBAN_TOLL, "The Taliban said 55 Pakistani soldiers were killed and 19 posts seized.", "ok"),
    (POSTS, "Taliban fighters seized 19 of the 22 border posts.", "ok"),
    (POSTS, "Most of the 22 border posts were seized by Taliban fighters.", "ok"),
    (POSTS, "Nearly all of the 22 border posts were seized by Taliban fighters.", "ok"),
    ("All 22 border posts were seized by Taliban fighters.", "Taliban fighters seized all 22 border posts.", "ok"),
    ("Taliban fighters seized 19 posts and all of the 19 posts were burned.",
     "All 19 posts were burned after Taliban fighters seized them.", "ok"),
    ("Meridian settled 19 of the 22 claims in May.", "Meridian settled 19 of the 22 claims, all of them in May.",
     "ok"),
    ("All 274 Taliban fighters were killed by Pakistani strikes.", "Pakistani strikes killed all 274 Taliban fighters.",
     "ok"),
    ("Police arrested 40 protesters at the plant; all protesters were later released.",
     "All protesters were later released.", "ok"),
    ("A third of the posts were destroyed in the strikes.", "The strikes destroyed a third of the posts.", "ok"),
    ("Nearly half of the residents fled the border town.", "Almost half of the residents fled the border town.", "ok"),
    ("Most of the residents fled the border town, and a third of the shops closed.",
     "Most of the residents fled the border town.", "ok"),
    ("Nearly half of shareholders opposed the deal, though most analysts backed it.", "Most analysts backed the deal.",
     "ok"),
    (TERROR, "Acts of terror by Islamist groups are almost a regular occurrence in Pakistan, many suspected of having "
             "support through Afghanistan.", "ok"),
    ("Many shareholders opposed the deal.", "A good many shareholders opposed the deal.", "ok"),
]

OUTCOME = "this sentence says '{}' where its cited passages say '{}'"
OUTCOMES = [
    ("The competition regulator blocked the merger in March.",
     "The competition regulator approved the merger in March.",
     OUTCOME.format("approved", "blocked") + " ('The competition regulator blocked the merger in March')"),
    ("The governor vetoed the merger bill on Friday.", "The governor approved the merger bill on Friday.",
     OUTCOME.format("approved", "vetoed")),
    ("The governor vetoed the merger bill on Friday.", "The governor signed the merger bill on Friday.",
     OUTCOME.format("signed", "vetoed")),
    ("The council approved the plan to close the road.", "The council blocked the plan to close the road.",
     OUTCOME.format("blocked", "approved")),
    ("The president signed the sanctions bill into law on Tuesday.",
     "The president vetoed the sanctions bill on Tuesday.", OUTCOME.format("vetoed", "signed")),
    # refused already, kept both ways: accepted / rejected, won / lost, upheld / overturned
    ("Pakistan rejected the ceasefire offer on Friday.", "Pakistan accepted the ceasefire offer on Friday.", DROPS),
    ("Grainline's board rejected the $3 billion offer from Harbor Foods.",
     "Grainline's board accepted the $3 billion offer from Harbor Foods.", DROPS),
    ("The judge rejected Meridian's motion to dismiss.", "The judge accepted Meridian's motion to dismiss.", DROPS),
    ("The Taliban lost the battle for the border post.", "The Taliban won the battle for the border post.",
     OUTCOME.format("won", "lost")),
    ("Meridian lost the case in the High Court.", "Meridian won the case in the High Court.",
     OUTCOME.format("won", "lost")),
    ("The appeals court overturned the verdict against Meridian on Monday.",
     "The appeals court upheld the verdict against Meridian on Monday.", OUTCOME.format("upheld", "overturned")),
    # honest
    ("The competition regulator blocked the merger in March.",
     "The merger was blocked by the competition regulator in March.", "ok"),
    ("The governor vetoed the merger bill on Friday.", "The merger bill was vetoed by the governor on Friday.", "ok"),
    ("Lawmakers approved the merger bill, but the governor vetoed it on Friday.",
     "The governor vetoed the merger bill on Friday.", "ok"),
    ("Lawmakers approved the merger bill, but the governor vetoed it on Friday.", "Lawmakers approved the merger bill.",
     "ok"),
    ("The president signed the sanctions bill into law on Tuesday.",
     "On Tuesday the president signed the sanctions bill into law.", "ok"),
    ("The regulator cleared the merger in March.", "The regulator approved the merger in March.", "ok"),
    ("Shareholders approved the deal on Monday after the board signed it in May.", "The board signed the deal in May.",
     "ok"),
    ("Pakistan rejected the ceasefire offer on Friday.", "On Friday Pakistan turned down the ceasefire offer.", "ok"),
    ("The Taliban lost the battle for the border post.",
     "The Taliban were defeated in the battle for the border post.", "ok"),
    ("The appeals court overturned the verdict against Meridian on Monday.",
     "On Monday the appeals court threw out the verdict against Meridian.", "ok"),
]

GIVES = "this sentence gives the words to {}, but its cited passages give them to {}"
CALLED = [
    ("Afghan officials called the talks a failure on Friday, while Pakistan said they had made progress.",
     "Pakistan called the talks a failure on Friday.",
     GIVES.format("Pakistan", "Afghan officials") + ": \"Pakistan called the talks a failure on Friday.\" (name the "
                                                     "speaker the source names, or cite the passage that gives the "
                                                     "words to this one)", REAL_PARTIES),
    ("Analysts at Baird called the deal overpriced, while Grainline's chief executive said it was fair.",
     "Grainline's chief executive called the deal overpriced.",
     GIVES.format("Grainline's chief executive", "Baird"), DEAL_PARTIES),
    ("The plaintiffs' lawyer Ana Ruiz called the ruling a disgrace, while Meridian said it was fair.",
     "Meridian called the ruling a disgrace.", GIVES.format("Meridian", "Ana Ruiz")),
    ("Grainline's chief executive Tom Hale described the offer as too low.",
     "Harbor Foods described the offer as too low.", GIVES.format("Harbor Foods", "Grainline's chief executive Tom Hale"),
     DEAL_PARTIES),
    # honest: the words kept to whom the passage gives them; "called for", "a group called", "so-called"
    ("Afghan officials called the talks a failure on Friday, while Pakistan said they had made progress.",
     "Afghan officials called the talks a failure on Friday.", "ok", REAL_PARTIES),
    ("Afghan officials called the talks a failure on Friday, while Pakistan said they had made progress.",
     "Pakistan said the talks had made progress.", "ok", REAL_PARTIES),
    ("Kabul called the strikes a violation of its sovereignty.",
     "Kabul called the strikes a violation of Afghan sovereignty.", "ok"),
    ("Analysts at Baird called the deal overpriced, while Grainline's chief executive said it was fair.",
     "Analysts at Baird called the deal overpriced.", "ok", DEAL_PARTIES),
    ("The plaintiffs' lawyer Ana Ruiz called the ruling a disgrace, while Meridian said it was fair.",
     "Ana Ruiz, the plaintiffs' lawyer, called the ruling a disgrace.", "ok"),
    ("Grainline's chief executive Tom Hale described the offer as too low.", "Tom Hale called the offer too low.",
     "ok", DEAL_PARTIES),
    ("Pakistan called for talks on Friday, Kabul said.", "Kabul said Pakistan called for talks on Friday.", "ok"),
    ("A group called Tehrik-i-Taliban Pakistan carried out the attack, Islamabad said.",
     "Islamabad said a group called Tehrik-i-Taliban Pakistan carried out the attack.", "ok"),
    ("The so-called Durand Line divides the two countries, Pakistan says.",
     "Pakistan says the so-called Durand Line divides the two countries.", "ok"),
]

MEASURED = "this sentence gives {} as '{}' where its cited passages give it as '{}'"
MEASURES = [
    ("Harbor Foods reported a profit of $40 million for the year.",
     "Harbor Foods reported revenue of $40 million for the year.",
     MEASURED.format("40 million", "revenue", "profit") + ": \"Harbor Foods reported revenue of $40 million for the "
                                                          "year.\" (give each amount the measure the source gives it, "
                                                          "or cite the passage that says this)"),
    ("Harbor Foods reported a profit of $40 million for the year.",
     "Harbor Foods reported sales of $40 million for the year.", MEASURED.format("40 million", "sales", "profit")),
    ("Harbor Foods reported a profit of $40 million for the year.",
     "Harbor Foods reported a loss of $40 million for the year.", MEASURED.format("40 million", "loss", "profit")),
    ("Harbor Foods' revenue rose to $2.1 billion last year.", "Harbor Foods' profit rose to $2.1 billion last year.",
     MEASURED.format("2.1 billion", "profit", "revenue")),
    ("Harbor Foods' revenue rose to $2.1 billion last year.", "Harbor Foods' net income rose to $2.1 billion last year.",
     MEASURED.format("2.1 billion", "net income", "revenue")),
    ("Grainline's assets were valued at $900 million.", "Grainline's revenue was $900 million.",
     MEASURED.format("900 million", "revenue", "assets")),
    ("Grainline's annual turnover was $900 million.", "Grainline's annual earnings were $900 million.",
     MEASURED.format("900 million", "earnings", "turnover")),
    ("Grainline's operating profit fell to $12 million.", "Grainline's revenue fell to $12 million.",
     MEASURED.format("12 million", "revenue", "profit")),
    ("Meridian's revenue was $2 billion, the filing showed.", "Meridian's profit was $2 billion, the filing showed.",
     MEASURED.format("2 billion", "profit", "revenue")),
    ("Grainline had $3bn of debt when the deal was announced.",
     "Grainline had $3bn of assets when the deal was announced.", MEASURED.format("3 billion", "assets", "debt")),
    ("Grainline made £12m in sales last year.", "Grainline made a £12m profit last year.",
     MEASURED.format("12 million", "profit", "sales")),
    # honest: the measure kept, or a word of its kind; two amounts each with its own measure; none named
    ("Harbor Foods reported a profit of $40 million for the year.",
     "For the year, Harbor Foods reported profit of $40 million.", "ok"),
    ("Harbor Foods reported a profit of $40 million for the year.", "Harbor Foods earned $40 million for the year.",
     "ok"),
    ("Harbor Foods' revenue rose to $2.1 billion last year.", "Harbor Foods' sales rose to $2.1 billion last year.",
     "ok"),
    ("Grainline's annual turnover was $900 million.", "Grainline's annual revenue was $900 million.", "ok"),
    ("Grainline's net income was $12 million.", "Grainline's net profit was $12 million.", "ok"),
    ("Grainline's revenue was $900 million and its profit $12 million.",
     "Grainline made a profit of $12 million on revenue of $900 million.", "ok"),
    ("Grainline's revenue was $900 million and its profit $12 million.",
     "Grainline's profit was $12 million, on $900 million of revenue.", "ok"),
    ("Harbor Foods offered $3 billion for Grainline, whose sales were $900 million.",
     "Harbor Foods offered $3 billion for Grainline.", "ok"),
    ("Grainline had $3bn of debt when the deal was announced.",
     "When the deal was announced Grainline owed $3bn in debt.", "ok"),
    ("Meridian's revenue was $2 billion, the filing showed.", "Meridian's sales were $2 billion, the filing showed.",
     "ok"),
]

RATES = [
    # a rate told as a count and a count as a rate: refused already by the figures check, kept here both ways
    ("The poll found 12 voters backed the war.", "The poll found 12 per cent of voters backed the war.",
     'figure "12 per cent" is not in the passages this sentence cites'),
    ("The poll found 12% of voters backed the war.", "The poll found 12 voters backed the war.",
     'figure "12" is not in the passages this sentence cites'),
    ("The merger will close 3 plants, the company said.", "The merger will close 3% of plants, the company said.",
     'figure "3%" is not in the passages this sentence cites'),
    ("Unemployment rose to 7% in March.", "Unemployment rose to 7 people in March.",
     'figure "7" is not in the passages this sentence cites'),
    ("The poll found 12 voters backed the war.", "According to the poll, 12 voters backed the war.", "ok"),
    ("The poll found 12% of voters backed the war.", "According to the poll, 12% of voters backed the war.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome,quote", [(*case, None)[:4] for case in PLACES], ids=_ids(PLACES))
def test_a_place_added_where_the_passage_and_its_paragraph_name_none_is_refused(checked, given, written, outcome,
                                                                                 quote):
    assert_summary_outcome(checked(given, written, REAL_PARTIES, quote), outcome)


@pytest.mark.parametrize("given,written,outcome", DENIALS, ids=_ids(DENIALS))
def test_a_denial_told_as_an_admission_or_an_admission_invented_is_refused(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written, REAL_PARTIES), outcome)


@pytest.mark.parametrize("given,written,outcome", PROPORTIONS, ids=_ids(PROPORTIONS))
def test_a_part_told_as_all_or_most_is_refused(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written, REAL_PARTIES), outcome)


@pytest.mark.parametrize("given,written,outcome", OUTCOMES, ids=_ids(OUTCOMES))
def test_an_outcome_turned_is_refused(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written, DEAL_PARTIES), outcome)


@pytest.mark.parametrize("given,written,outcome,parties", [(*case, REAL_PARTIES)[:4] for case in CALLED],
                         ids=_ids(CALLED))
def test_words_called_by_one_speaker_given_to_another_are_refused(checked, given, written, outcome, parties):
    assert_summary_outcome(checked(given, written, parties), outcome)


@pytest.mark.parametrize("given,written,outcome", MEASURES, ids=_ids(MEASURES))
def test_an_amount_told_as_another_measure_is_refused(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written, DEAL_PARTIES), outcome)


@pytest.mark.parametrize("given,written,outcome", RATES, ids=_ids(RATES))
def test_a_rate_told_as_a_count_is_refused(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


REAL_EDITS = [
    # (file, the words edited, the misstatement, the problem's start)
    ("timeline.yaml", "Afghan Taliban forces reportedly attack Pakistani border troops in retaliation, hours",
     "Afghan Taliban forces reportedly attack Pakistani border troops in Kurram in retaliation, hours",
     f"timeline.yaml:25: `what`: this sentence names 'Kurram' {NO_PLACE}"),
    ("claims.yaml", "says: 55 Pakistani soldiers were killed and 19 posts seized.",
     "says: 55 Pakistani soldiers were killed and all posts seized.",
     "claims.yaml:26: `says`: " + SAYS.format("all posts", "19 posts")),
    ("briefing.yaml", "Overnight, Pakistan launched airstrikes across Afghanistan, including on Kabul",
     "Overnight, Pakistan admitted it launched airstrikes across Afghanistan, including on Kabul",
     "briefing.yaml:4: `summary`: " + ADMISSION.format("admitted")),
]


@pytest.mark.parametrize("file,old,new,problem", REAL_EDITS, ids=[edit[0] for edit in REAL_EDITS])
def test_the_misstatement_in_the_real_briefing_is_refused_on_its_line(project: Path, file, old, new, problem):
    problems = problems_after(project, file, old, new)
    assert any(found.startswith(f"{REAL_BRIEFING}/{problem}") for found in problems), problems
