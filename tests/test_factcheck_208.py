"""Honest English sentences that were refused, each now built, its misstatement twins kept refused:

1. "Kabul rejected the proposal" citing "A spokesman for Kabul said the proposal was unacceptable" was a negation added
   (polarity.py): a thing rejected and the same thing judged unacceptable (or "unworkable", "out of the question") by
   the same subject restate each other; "The proposal was rejected by Kabul" too (explainer/refusals_in_other_words.py).
2. "The council turned down the offer" citing "The council voted against accepting the offer" was 'turned down' of
   'accepting' (opposite_deeds.py): a verb after "voted against" ("decided against") tells no deed of its side.
3. "The union boycotted the meeting" citing "Union members stayed away from the meeting in protest" was a negation
   dropped (polarity.py): a boycott is staying away, or refusing to attend; since factcheck213 staying away with no
   protest named backs it too, and "stayed away from the meeting" of "boycotted the meeting" builds
   (refusals_in_other_words.py).
   labour_events.py still refuses it as an event no passage gives (not this branch's module).
4. "The union is threatening an indefinite strike" citing "The union said it would strike indefinitely if the offer was
   not improved" was a condition dropped (conditions.py): a threat keeps a condition that is a demand unmet ("unless",
   "if ... not") (explainer/threatened_conditions.py).
5. newuser_122: "Any vote ordered by the judges in Eastbrook is to be held within 60 days" citing "If the court orders
   a new vote ..." was the condition told done (conditions_done.py): a participle after "any" and its noun tells none
   done. "Professor Hartley said winning would be difficult" of her quoted "that will be difficult" was a forecast
   made certain (forecasts.py, the passage's "could have changed" read): a reported "would" of the speaker's own "will"
   keeps her word.
6. newuser_112: "The lost-profits award was $161 million before the court reduced it" was the size of a fall
   (direction.py read the "lost" of "lost-profits"): a hyphenated compound's first word gives no way. newuser_69: "The
   jury ordered Chirpline to pay $725 million" was a level reached (start_levels.py, of "cut ... from $725 million to
   $410 million") and an order no passage gives (decisions.py, of "awarded $725 million in statutory damages"): a past
   order told of the jury or as first made is the start, and an award of damages gives an order.
7. newuser_122: "The election office puts turnout at 41.2 percent of the 50,116 registered voters" gave 'election'
   turnout's figure (moved_figures.py): a figure's own noun said in the sentence's piece keeps it there.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from explainer.model import Party
from support import found_in_language, paragraph, read_as_project_locale, sentence_findings

FIXTURES = REPO / "tests" / "fixtures"
PARTIES = {
    "newuser_122": (Party(id="marsh", name="Delia Marsh", short_name="Marsh", aliases=("Ms Marsh",)),
                    Party(id="pryce", name="Owen Pryce", short_name="Pryce", aliases=("Mr Pryce",)),
                    Party(id="office", name="Harrowfield election office", short_name="election office",
                          aliases=("Janet Okafor", "Ms Okafor"))),
    "newuser_112": (Party(id="halvorsen", name="Halvorsen Pharma Inc.", short_name="Halvorsen",
                          aliases=("Halvorsen Pharma",)),
                    Party(id="brightwell", name="Brightwell Labs LLC", short_name="Brightwell",
                          aliases=("Brightwell Labs",))),
    "newuser_69": (Party(id="plaintiffs", name="The plaintiffs", short_name="Plaintiffs",
                         aliases=("Harlow Finch", "Priya Raman", "Raman")),
                   Party(id="chirpline", name="Chirpline Inc.", short_name="Chirpline", aliases=("Evan Marsh", "Marsh")),
                   Party(id="court", name="Court of Appeals for the Fourteenth Circuit", short_name="The appeals court",
                         aliases=("the panel", "the majority", "Robert Tanaka", "Judge Tanaka", "Tanaka"))),
}
SEEDS = {"newuser_122": "wire.txt", "newuser_112": "court.txt", "newuser_69": "ledger-chirpline.txt"}


def fixture_findings(fixture: str, words: str, sentence: str) -> list[str]:
    """Return the findings of an English sentence citing the paragraph of a fixture's seed that holds `words`."""
    text = (FIXTURES / fixture / "seeds" / SEEDS[fixture]).read_text(encoding="utf-8")
    read_as_project_locale(REPO, "en")
    return sentence_findings(sentence, (paragraph(text, words),), "en", PARTIES[fixture])


UNACCEPTABLE = "A spokesman for Kabul said the proposal was unacceptable."
AGAINST = "The council voted against accepting the offer."
STAYED_AWAY = "Union members stayed away from the meeting in protest."
THREAT = "The union said it would strike indefinitely if the offer was not improved."

HONEST = [
    # 1
    ("Kabul rejected the proposal.", UNACCEPTABLE),
    ("Kabul has rejected the proposal.", UNACCEPTABLE),
    ("Kabul refused the proposal.", UNACCEPTABLE),
    ("The proposal was rejected by Kabul.", UNACCEPTABLE),
    ("Kabul called the proposal unacceptable.", UNACCEPTABLE),
    ("Kabul rejected the plan.", "Officials in Kabul called the plan unworkable."),
    # 2
    ("The council turned down the offer.", AGAINST),
    ("The council rejected the offer.", AGAINST),
    ("The council turned the offer down.", AGAINST),
    ("The council voted down the offer.", AGAINST),
    ("The council did not accept the offer.", AGAINST),
    # 3 (polarity's part: labour_events.py still names "boycotted the meeting" of a strike's passage)
    ("The union stayed away from the meeting.", "The union boycotted the meeting."),
    ("Union members did not attend the meeting.", STAYED_AWAY),
    ("The union boycotted the meeting.", "The union refused to attend the meeting."),
    ("The union boycotted the meeting.", "Union members stayed away from the meeting."),  # factcheck213
    # 4
    ("The union is threatening an indefinite strike.", THREAT),
    ("The union threatened an indefinite strike.", THREAT),
    ("The union has threatened to strike indefinitely.", THREAT),
    ("The union threatens to strike indefinitely unless the offer improves.", THREAT),
    ("The union threatened an indefinite strike.",
     "The union said it would strike indefinitely unless the offer was improved."),
    ("The union threatened an indefinite strike.", "The union would strike indefinitely if talks fail, it said."),
]
REFUSED = [
    ("Kabul accepted the proposal.", UNACCEPTABLE),
    ("Kabul rejected the proposal.", "A spokesman for Kabul said the proposal was acceptable."),
    ("The council accepted the offer.", AGAINST),
    ("The council voted to accept the offer.", AGAINST),
    ("The union attended the meeting.", STAYED_AWAY),
    ("The union will strike indefinitely.", THREAT),
    ("The union is striking indefinitely.", THREAT),
    ("The bank threatened to cut rates.", "The bank said it would cut rates if inflation falls."),
]


@pytest.mark.parametrize("sentence, passage", HONEST)
def test_a_refusal_told_in_other_words_builds(sentence: str, passage: str):
    assert not found_in_language("en", sentence, passage), sentence


@pytest.mark.parametrize("sentence, passage", REFUSED)
def test_a_refusal_turned_or_a_condition_dropped_is_still_refused(sentence: str, passage: str):
    assert found_in_language("en", sentence, passage), sentence


def test_a_boycott_of_a_strike_meeting_is_polaritys_no_more():
    """3: labour_events.py's finding is the one left (an event no passage gives), no negation dropped."""
    found = found_in_language("en", "The union boycotted the meeting.", STAYED_AWAY)
    assert not any("negation" in finding for finding in found), found


FIXTURE_HONEST = [
    ("newuser_122", "within 60 days", "Any vote ordered by the judges in Eastbrook is to be held within 60 days."),
    ("newuser_122", "within 60 days", "Any new vote the court orders in Eastbrook would be held within 60 days."),
    ("newuser_122", "within 60 days", "Any vote ordered by the court in Eastbrook will take place within 60 days of "
                                      "the ruling."),
    ("newuser_122", "will be difficult", "Professor Hartley said winning would be difficult."),
    ("newuser_122", "will be difficult", "Professor Hartley said a win for the challenge would be difficult."),
    ("newuser_122", "will be difficult", "Professor Hartley said the petition would be difficult to win."),
    ("newuser_112", "from $161 million to", "The lost-profits award was $161 million before the court reduced it."),
    ("newuser_112", "from $161 million to", "The jury's lost-profits award of $161 million was reduced to $34.5 "
                                            "million."),
    ("newuser_69", "awarded $725 million", "The jury ordered Chirpline to pay $725 million."),
    ("newuser_69", "awarded $725 million", "The jury told Chirpline to pay $725 million in statutory damages."),
    ("newuser_69", "cut the damages the company must pay", "Chirpline was originally ordered to pay $725 million."),
    ("newuser_69", "cut the damages the company must pay", "Chirpline had been ordered to pay $725 million."),
    ("newuser_122", "Turnout was 41.2", "The election office puts turnout at 41.2 percent of the 50,116 registered "
                                        "voters."),
    ("newuser_122", "Turnout was 41.2", "The election office gives turnout as 41.2 percent."),
    ("newuser_122", "Turnout was 41.2", "The election office says turnout reached 41.2 percent of registered voters."),
]
FIXTURE_REFUSED = [
    ("newuser_122", "within 60 days", "The court ordered a new vote in the Eastbrook ward."),
    ("newuser_122", "within 60 days", "The new vote ordered by the court in the Eastbrook ward will be held within "
                                      "60 days."),
    ("newuser_122", "will be difficult", "Professor Hartley said the challenge would fail."),
    ("newuser_112", "from $161 million to", "The court reduced the lost-profits award by $161 million."),
    ("newuser_69", "cut the damages the company must pay", "Chirpline must pay $725 million."),
    ("newuser_69", "cut the damages the company must pay", "The appeals court ordered Chirpline to pay $725 million."),
    ("newuser_69", "cut the damages the company must pay", "Chirpline was ordered to pay $725 million."),
    ("newuser_122", "Turnout was 41.2", "The last mayoral election drew 41.2 percent."),
]


@pytest.mark.parametrize("fixture, words, sentence", FIXTURE_HONEST)
def test_a_fixture_s_honest_sentence_builds(fixture: str, words: str, sentence: str):
    assert not fixture_findings(fixture, words, sentence), sentence


@pytest.mark.parametrize("fixture, words, sentence", FIXTURE_REFUSED)
def test_a_fixture_s_misstatement_is_still_refused(fixture: str, words: str, sentence: str):
    assert fixture_findings(fixture, words, sentence), sentence
