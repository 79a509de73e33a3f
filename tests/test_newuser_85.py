"""A new user's oil-spill story (an operator, a regulator, an environmental group), read against its source by a
fact-checker.

Misstatements that built, now refused:
- a count backed by a date's day: "Five people were killed" citing "On 5 October, people were killed", and "12
  people died" citing "On 12 March, at least 12 people died" (the date's 12 read as a plain 12, so the qualifier
  seemed dropped by no mention). A date's day backs a date, never a count (attribution._days_only,
  qualifiers.is_date_day);
- an inquiry's question told as its finding: "The regulator found that Meridian delayed reporting the leak" (or
  "Meridian delayed reporting the leak") citing "opened an investigation into whether Meridian delayed reporting the
  leak" (framed_clauses.py: a clause an investigation, inquiry, review or probe looks into, "examining whether",
  "to determine whether", is asked, never told).
Honest wording that was refused, now built: "The regulator has opened an investigation into ..." citing "The
regulator said it had opened an investigation into ...": a deciding body's inquiry it says it has opened is its act,
not its word about itself (own_acts.py, own_deeds.py).
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="meridian", name="Meridian Energy", short_name="Meridian", role="operator"),
           Party(id="regulator", name="National environment regulator", short_name="the regulator", role="regulator"),
           Party(id="bluecoast", name="Blue Coast", short_name="Blue Coast", role="environmental group"))

LEDE = ("PORT ELLIS, 3 October - The oil spill from a ruptured pipeline off the Corwen coast was at least three times "
        "larger than the operator first reported, the national environment regulator said on Friday.")
INQUIRY = ("The regulator said it had opened an investigation into whether Meridian delayed reporting the leak, which "
           "it said may have been detected on 26 September, a day before the company informed the authorities.")
DATED = "On 5 October, people were killed in the clashes."
TOLL = "On 12 March, at least 12 people died."

MISSTATED = {
    "multiple-of-a-dated-lede": ("The spill was three times larger than first reported.", LEDE,
                                 'figure "three" leaves out the qualifier of "at least three"'),
    "count-of-a-day": ("Five people were killed in the clashes.", DATED, 'figure "Five" is not in the passages'),
    "multiple-of-a-day": ("The clashes were five times deadlier.", DATED, 'figure "five" is not in the passages'),
    "floor-of-a-day": ("At least 12 people died.", "On 12 March, 40 people died.", 'figure "12" is not in'),
    "qualifier-beside-a-day": ("12 people died.", TOLL, 'figure "12" leaves out the qualifier of "at least 12"'),
    "inquiry-as-finding": ("The regulator found that Meridian delayed reporting the leak.", INQUIRY,
                           "give only after 'investigation into whether'"),
    "inquiry-as-fact": ("Meridian delayed reporting the leak.", INQUIRY, "give only after 'investigation into whether'"),
    "examined-as-fact": ("Meridian delayed reporting the leak.",
                         "Officials are examining whether Meridian delayed reporting the leak.",
                         "give only after 'examining whether'"),
    "determine-as-fact": ("The valve failed.", "Engineers are working to determine whether the valve failed.",
                          "give only after 'determine whether'"),
}

HONEST = {
    "dated-count": ("On 5 October, five people died.", "On 5 October, five people died."),
    "date-itself": ("The talks ended on 12 March.", "The talks ended on 12 March."),
    "year-of-a-date": ("It happened in 2026.", "It happened on 3 March 2026."),
    "days-joined": ("Talks ended on 3-4 March.", "Talks ended on 3 and 4 March."),
    "floor-kept-beside-a-day": ("At least 12 people died on 12 March.", TOLL),
    "inquiry-opened": ("The regulator has opened an investigation into whether Meridian delayed reporting the leak.",
                       INQUIRY),
    "inquiry-under-way": ("The regulator is investigating whether Meridian delayed reporting the leak.", INQUIRY),
    "inquiry-into-a-delay": ("The regulator has opened an investigation into a possible delay.", INQUIRY),
    "penalty-open": ("The regulator can seek a penalty of up to 50 million dollars.",
                     "Under Corwen law, an operator that fails to report a spill within 24 hours can be fined up to 50 "
                     "million dollars. The regulator has not said whether it will seek the maximum penalty."),
}


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence citing one passage, in English, of the spill story's parties."""
    return sentence_findings(sentence, (passage,), "en", PARTIES, published="2026-10-03")


@pytest.mark.parametrize("sentence, passage, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, said: str):
    findings = found(sentence, passage)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


def test_a_body_that_says_it_did_something_else_keeps_its_word():
    """An army's account of its own deed stays its word: only a deciding body's inquiry it says it opened is its act."""
    assert any("the word of the army about itself" in finding
               for finding in sentence_findings("The army captured the city.",
                                                ("The army said it had captured the city.",), "en", ()))


BLAMED = ("The Norlandia Pelagic Association said prices paid to its members had dropped by about 15 per cent since "
          "the summer, which it blamed on the lack of a deal.")


@pytest.mark.parametrize("sentence, refused", [
    ("Prices paid to fishermen have dropped by about 15% since the summer because of the lack of a deal.", True),
    ("The lack of a deal has led to a fall of about 15% in prices paid to fishermen.", True),
    ("The lack of a deal caused prices to drop by about 15%.", True),
    ("Prices dropped by about 15%, due to the lack of a deal.", True),
    ("The association blamed the lack of a deal for a fall of about 15% in prices.", False),
    ("Prices fell by about 15% because of the lack of a deal, the association said.", False),
    ("According to the association, prices dropped by about 15% because of the lack of a deal.", False),
    ("Prices have dropped by about 15% since the summer.", False),
])
def test_a_cause_given_only_as_someones_blame_is_not_told_as_fact(sentence: str, refused: bool):
    """A passage's "which it blamed on the lack of a deal" gives the association's blame, no cause: told as fact
    ("because of", "led to", "caused", "due to") it is refused, said as the association's word it builds."""
    findings = found(sentence, BLAMED)
    if refused:
        assert any("gives as fact a cause" in finding and "only as someone's blame ('blamed')" in finding
                   for finding in findings), findings
    else:
        assert findings == []


def test_a_cause_a_passage_gives_plainly_beside_a_blame_builds():
    assert found("Prices dropped because of the lack of a deal.",
                 "Prices dropped because of the lack of a deal, which the association blamed on Norlandia.") == []


@pytest.mark.parametrize("sentence, passage, builds", [
    ("The fine would cut annual profit by a third, analysts said.",
     "Analysts estimated that the fine would cut quarterly profit by roughly a third.", False),
    ("Annual sales rose 5%.", "Monthly sales rose 5%.", False),
    ("Quarterly sales rose 5%, and annual sales rose 2%.", "Quarterly sales rose 5%, and annual sales rose 2%.", True),
    ("The annual meeting is in May.", "The yearly meeting is in May.", True),
])
def test_the_period_a_figure_is_reckoned_over_is_kept(sentence: str, passage: str, builds: bool):
    """"annual profit" of "quarterly profit" is refused as another thing of one kind (kinds.py), "yearly" is
    "annual"."""
    assert (found(sentence, passage) == []) == builds
