"""A hundred-and-third fact-check: English leftovers of the court and fishing stories (tests/test_factcheck_101.py,
tests/test_factcheck_102.py).

Misstatements that built, now refused:
- "Marsh said Chirpline had sold users' data" citing '"We sold no user data," said Marsh.': a "no" before an object
  of short words has no predicate polarity.py reads (explainer/no_objects.py);
- "The class action was settled." citing "The commission settled its own investigation": another thing's ending
  backed any (explainer/ended_things.py, read by case_endings.py);
- "Three judges ruled that the award was too high." citing "Two of the three judges ruled ...": a count in words
  (wholes_as_parts.py read digits only);
- "The team was fined." citing "Only the captain was fined, the league said.": a leading "Only" limits its doer
  (explainer/only_doers.py);
- "According to the majority, Chirpline had given up the point." citing the dissent's argument (dissent_words.py read
  a speaker before a verb of saying only);
- "The minister will resign." citing "The minister said he would resign.": a person's own step said ahead
  (stated_intentions.py read acts against another only).
An honest sentence that was refused now builds:
- "Ardania has seized seven Veskland vessels since January 2026" citing "since the start of the year" in a passage
  published on 2026-03-12 (year_ends.py reads the passage's publication year).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="plaintiffs", name="The plaintiffs", short_name="Plaintiffs", role="class of Chirpline users",
                 aliases=("Harlow Finch", "Priya Raman", "Raman")),
           Party(id="chirpline", name="Chirpline Inc.", short_name="Chirpline", role="social-media company",
                 aliases=("Evan Marsh", "Marsh")),
           Party(id="court", name="Court of Appeals for the Fourteenth Circuit", short_name="The appeals court",
                 role="court", aliases=("the panel", "the majority", "Robert Tanaka", "Judge Tanaka", "Tanaka")),
           Party(id="veskland", name="Government of Veskland", short_name="Veskland", role="side"),
           Party(id="ardania", name="Government of Ardania", short_name="Ardania", role="side"))

NO_DATA = '"We sold no user data," said Marsh.'
NO_TAX = "The company paid no tax on the profits."
NO_DEAL = "The two sides made no deal on Monday."
INQUIRY = "The commission settled its own investigation of Chirpline in October 2024."
APPEAL_DISMISSED = "The judge dismissed the appeal in May."
TWO_OF_THREE = "Two of the three judges ruled that the award was too high."
FIVE_OF_SEVEN = "Five of the seven members voted for the motion."
CAPTAIN = "Only the captain was fined, the league said."
NORTHLAND = "Only Northland voted against the resolution."
GAVE_UP = "Judge Ellison dissented. She argued that Chirpline had given up the point."
MAJORITY_CUT = "The majority cut the award to $410 million."
RESIGN = "The minister said he would resign."
STEP_DOWN = "The minister said on Friday that he would step down in June."
RETIRE = "Marsh told staff he would retire next year."
SEVEN = ("Veskland's fisheries ministry said on Wednesday that Ardania had seized seven Veskland vessels since the start "
         "of the year, including the Marta Lind.")

DROPS = "this sentence drops the negation of its cited passage"
TO_MAJORITY = "this sentence gives to the majority what its cited passages tell of the dissent (Ellison)"
CERTAIN = "this sentence tells as certain what its cited passages give only as a stated intention"
LIMITED = "this sentence gives to others what its cited passages limit to one"


def found(sentence: str, passages: tuple[str, ...], published: str = "") -> list[str]:
    """Return the findings of an English sentence citing `passages`, of the court and fishing stories' parties."""
    return sentence_findings(sentence, passages, "en", PARTIES, published=published)


MISSTATED = {
    # 1. a "no" before a short object dropped
    "sold-users-data": ("Marsh said Chirpline had sold users' data.", (NO_DATA,), DROPS),
    "sold-user-data": ("Marsh said Chirpline sold user data.", (NO_DATA,), DROPS),
    "sells-user-data": ("Chirpline sells user data, Marsh said.", (NO_DATA,), DROPS),
    "paid-tax": ("The company paid tax on the profits.", (NO_TAX,), DROPS),
    "made-a-deal": ("The two sides made a deal.", (NO_DEAL,), DROPS),
    # 2. another thing's ending
    "class-action-settled": ("The class action was settled.", (INQUIRY,),
                             "this sentence tells the class action as settled ('settled'), where its cited passages "
                             "tell only the investigation settled"),
    "settled-the-class-action": ("Chirpline settled the class action.", (INQUIRY,),
                                 "this sentence tells the class action as settled ("),
    "lawsuit-settled": ("The lawsuit was settled.", (INQUIRY,), "this sentence tells the lawsuit as settled"),
    "lawsuit-dismissed": ("The lawsuit was dismissed.", (APPEAL_DISMISSED,),
                          "this sentence tells the lawsuit as dismissed ('dismissed'), where its cited passages tell "
                          "only the appeal dismissed"),
    # 3. a whole's count in words given as the part's
    "three-judges": ("Three judges ruled that the award was too high.", (TWO_OF_THREE,),
                     "this sentence gives the whole ('Three') as the count its cited passages give a part of ('Two of "
                     "the three')"),
    "the-three-judges": ("The three judges ruled that the award was too high.", (TWO_OF_THREE,),
                         "this sentence gives the whole ('three')"),
    "3-judges": ("3 judges ruled that the award was too high.", (TWO_OF_THREE,), "this sentence gives the whole ('3')"),
    "seven-members": ("Seven members voted for the motion.", (FIVE_OF_SEVEN,),
                      "this sentence gives the whole ('Seven')"),
    # 4. a doer a leading "Only" limits, given to others
    "whole-team-fined": ("The whole team was fined.", (CAPTAIN,),
                         f"{LIMITED} ('Only the captain was fined')"),
    "team-fined": ("The team was fined.", (CAPTAIN,), LIMITED),
    "players-fined": ("The players were fined, the league said.", (CAPTAIN,), LIMITED),
    "league-fined-team": ("The league fined the team.", (CAPTAIN,), LIMITED),
    "both-voted-against": ("Both sides voted against the resolution.", (NORTHLAND,),
                           f"{LIMITED} ('Only Northland voted')"),
    # 5. a dissent's argument given to the majority without a verb of saying
    "according-to-majority": ("According to the majority, Chirpline had given up the point.", (GAVE_UP,), TO_MAJORITY),
    "according-to-panel": ("According to the panel, Chirpline had given up the point.", (GAVE_UP, MAJORITY_CUT),
                           TO_MAJORITY),
    "majoritys-view": ("In the majority's view, Chirpline had given up the point.", (GAVE_UP,), TO_MAJORITY),
    "view-of-the-court": ("In the view of the court, Chirpline had given up the point.", (GAVE_UP,), TO_MAJORITY),
    # 6. a person's own step said ahead, told as certain
    "will-resign": ("The minister will resign.", (RESIGN,), f"{CERTAIN} ('said he would resign')"),
    "will-step-down": ("The minister will step down.", (STEP_DOWN,),
                       f"{CERTAIN} ('said on Friday that he would step down')"),
    "will-retire": ("Marsh will retire next year.", (RETIRE,), f"{CERTAIN} ('told staff he would retire')"),
    "will-run": ("The senator will run for governor.", ("The senator said she would run for governor.",),
                 f"{CERTAIN} ('said she would run')"),
}


@pytest.mark.parametrize("sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    findings = found(sentence, passages)
    assert any(finding.startswith(message) for finding in findings), findings


HONEST = {
    # 1. the "no" kept, or told as denied
    "no-kept": ("Marsh said Chirpline sold no user data.", (NO_DATA,)),
    "never-sold": ("Marsh said Chirpline had never sold users' data.", (NO_DATA,)),
    "did-not-sell": ("Marsh said Chirpline did not sell user data.", (NO_DATA,)),
    "denied-selling": ("Marsh denied that Chirpline had sold users' data.", (NO_DATA,)),
    "quoted-whole": (NO_DATA, (NO_DATA,)),
    "sold-told-elsewhere": ("Chirpline sold user data to advertisers, the court found.",
                            (NO_DATA, "The court found that Chirpline sold user data to advertisers.")),
    "another-verb": ("Marsh said Chirpline collects user data.", (NO_DATA,)),
    "said-no-to": ("The council said no to the plan.", ("The council said no to the plan.",)),
    "another-object": ("The company paid its tax.", ("The company paid no dividend this year.",)),
    # 2. the ending of the thing that ended, or of a suit however named
    "inquiry-settled": ("The commission settled its investigation.", (INQUIRY,)),
    "inquiry-was-settled": ("The commission's investigation was settled.", (INQUIRY,)),
    "lawsuit-of-class-action": ("The class action was settled.", ("Chirpline settled the lawsuit for $10 million.",)),
    "case-of-class-action": ("The case was settled.", ("Chirpline settled the class action in May.",)),
    "sides-settled": ("The class action was settled.", ("The two sides settled in May.",)),
    "agreed-to-pay": ("The class action was settled.", ("Chirpline agreed to pay $10 million to end the class action.",)),
    "appeal-dismissed": ("The appeal was dismissed.", (APPEAL_DISMISSED,)),
    # 3. the part's count, or the whole as the whole
    "two-of-three": (TWO_OF_THREE, (TWO_OF_THREE,)),
    "two-judges": ("Two judges ruled that the award was too high.", (TWO_OF_THREE,)),
    "panel-of-three": ("The panel had three judges.", (TWO_OF_THREE,)),
    "majority-of-three": ("A majority of the three judges ruled that the award was too high.", (TWO_OF_THREE,)),
    "three-told": ("Three judges ruled that the award was too high.",
                   ("Three judges ruled that the award was too high.",)),
    # 4. the limit kept, or the doer named
    "only-kept": ("Only the captain was fined.", (CAPTAIN,)),
    "captain-fined": ("The captain was fined, the league said.", (CAPTAIN,)),
    "fined-only-the-captain": ("The league fined only the captain.", (CAPTAIN,)),
    "league-fined-captain": ("The league fined the captain.", (CAPTAIN,)),
    "teams-captain": ("The team's captain was fined.", (CAPTAIN,)),
    "not-fined": ("The players were not fined.", (CAPTAIN,)),
    "the-fine-a-noun": ("The team paid the fine.", (CAPTAIN,)),
    "northland-alone": ("Northland alone voted against the resolution.", (NORTHLAND,)),
    "team-fined-elsewhere": ("The team was fined.", (CAPTAIN, "The team was fined in 2020 for a late start.")),
    "only-a-count": ("Workers went on strike.", ("Only 40 of the 120 workers went on strike.",)),
    # 5. the dissent kept to the dissent
    "according-to-ellison": ("According to Ellison, Chirpline had given up the point.", (GAVE_UP,)),
    "according-to-the-dissent": ("According to the dissent, Chirpline had given up the point.", (GAVE_UP,)),
    "according-to-majority-own": ("According to the majority, the award should be cut to $410 million.",
                                  (GAVE_UP, MAJORITY_CUT)),
    # 6. the step kept as said, a step told as certain, or a body's own act
    "said-would-resign": ("The minister said he would resign.", (RESIGN,)),
    "will-resign-he-said": ("The minister will resign, he said.", (RESIGN,)),
    "plans-to-resign": ("The minister plans to resign.", (RESIGN,)),
    "certain-in-passage": ("The minister will resign.", ("The minister will resign on Friday, his office announced.",)),
    "union-suspends": ("The union will suspend the strike.", ("The union said it would suspend the strike.",)),
    "company-runs-port": ("The company will run the port.", ("The company said it would run the port.",)),
    # 7. a month of the year's start, in the year the passage was published
    "since-january-2026": ("Ardania has seized seven Veskland vessels since January 2026, Veskland's ministry says.",
                           (SEVEN,), "2026-03-12"),
    "since-january-published": ("Ardania has seized seven Veskland vessels since January, Veskland's ministry says.",
                                (SEVEN,), "2026-03-12"),
}


@pytest.mark.parametrize("sentence, passages, published",
                         [(case + ("",))[:3] for case in HONEST.values()], ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passages: tuple[str, ...], published: str):
    assert found(sentence, passages, published) == []


REFUSED_STILL = {
    # a January of another year than the passage's publication's
    "january-2025": ("Ardania has seized seven Veskland vessels since January 2025, Veskland's ministry says.", (SEVEN,),
                     "2026-03-12", 'date "January 2025" is not in the passages'),
    # a passage whose publication date is not known names no year
    "undated": ("Ardania has seized seven Veskland vessels since January 2026, Veskland's ministry says.", (SEVEN,), "",
                'date "January 2026" is not in the passages'),
    # a day of January is no start of the year
    "a-day-of-january": ("Ardania has seized seven Veskland vessels since 12 January 2026, Veskland's ministry says.",
                         (SEVEN,), "2026-03-12", 'date "12 January 2026" is not in the passages'),
    # December is the year's end, not its start
    "december": ("Ardania has seized seven Veskland vessels since December 2026, Veskland's ministry says.", (SEVEN,),
                 "2026-03-12", 'date "December 2026" is not in the passages'),
}


@pytest.mark.parametrize("sentence, passages, published, message", REFUSED_STILL.values(), ids=REFUSED_STILL.keys())
def test_what_the_new_readings_leave_is_still_refused(sentence: str, passages: tuple[str, ...], published: str,
                                                      message: str):
    findings = found(sentence, passages, published)
    assert any(message in finding for finding in findings), findings
