"""A hundred-and-fifth fact-check: English misstatements that still built.

Misstatements that built, now refused:
- "Marsh said Chirpline had sold user information." citing '"We sold no user data," said Marsh.': a speaker's quoted
  "no" retold under the speaker's name, its object in other words (explainer/no_objects.py reads the verb alone);
- "The judges ruled that the award was too high." citing "Two of the three judges ruled ...": a part told of the whole
  with no figure (explainer/unnamed_parts.py; wholes_as_parts.py needs a count);
- "The minister is to resign." citing "The minister said he would resign.": "is to", "is set to" as a certain future
  (explainer/stated_intentions.py);
- "A year earlier there were four times as many cases." citing "1,240 cases in 2025, up from 310 a year earlier": a
  rise's multiple said of its start, the wrong way round (explainer/earlier_multiples.py);
- "Dr Brandt said 600 families had withdrawn their children." citing his "could not confirm the parents' group's claim
  that 600 families had withdrawn their children": another's claim, unconfirmed, told as the speaker's own word
  (explainer/relayed_claims.py).

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
           Party(id="ministry", name="Ministry of Education", short_name="The ministry", role="ministry",
                 aliases=("Dr Brandt", "Brandt")))

NO_DATA = '"We sold no user data," said Marsh.'
NO_FEES = 'Raman said: "We charged no hidden fees."'
TWO_OF_THREE = "Two of the three judges ruled that the award was too high."
FIVE_OF_SEVEN = "Five of the seven members voted for the motion."
RESIGN = "The minister said he would resign."
CASES = "Health officials recorded 1,240 cases in 2025, up from 310 a year earlier."
CASES_DATED = "Cases rose from 310 in 2024 to 1,240 in 2025."
BRANDT = ("Dr Brandt said the ministry could not confirm the parents' group's claim that 600 families had withdrawn "
          "their children.")
BRIBES = "The minister told parliament that the opposition's allegation that 40 officials had taken bribes was false."

DROPS = "this sentence drops the negation of its cited passage"
CERTAIN = "this sentence tells as certain what its cited passages give only as a stated intention"
PART = "what its cited passages tell of a part only ("
EARLIER = "this sentence gives the multiple ("
RELAYED = "'s own word what its cited passages give as another's claim relayed ("


def found(sentence: str, passages: tuple[str, ...]) -> list[str]:
    """Return the findings of an English sentence citing `passages`."""
    return sentence_findings(sentence, passages, "en", PARTIES)


MISSTATED = {
    # 1. a speaker's quoted "no" retold under the speaker's name, its object in other words
    "sold-user-information": ("Marsh said Chirpline had sold user information.", (NO_DATA,), DROPS),
    "sold-customer-data": ("Marsh said Chirpline sold customer data.", (NO_DATA,), DROPS),
    "charged-fees-before": ("Raman said the plaintiffs were charged fees.", (NO_FEES,), DROPS),
    # 2. a part told of the whole, no figure
    "the-judges": ("The judges ruled that the award was too high.", (TWO_OF_THREE,), f"this sentence tells of 'The "
                   f"judges' {PART}'Two of the three judges')"),
    "the-members": ("The members voted for the motion.", (FIVE_OF_SEVEN,), "this sentence tells of 'The members'"),
    # 3. "is to", "is set to" as a certain future
    "is-to-resign": ("The minister is to resign.", (RESIGN,), f"{CERTAIN} ('said he would resign')"),
    "is-set-to-resign": ("The minister is set to resign.", (RESIGN,), CERTAIN),
    "is-going-to-resign": ("The minister is going to resign.", (RESIGN,), CERTAIN),
    # 4. a rise's multiple said of its start
    "a-year-earlier": ("A year earlier there were four times as many cases.", (CASES,),
                       f"{EARLIER}'four times as many') to the earlier count ('A year earlier')"),
    "previous-year": ("The previous year saw four times as many cases.", (CASES,), EARLIER),
    "in-2024": ("In 2024 there were four times as many cases.", (CASES_DATED,), f"{EARLIER}'four times as many') to "
                "the earlier count ('2024')"),
    # 5. another's claim told as the speaker's own word
    "brandt-said": ("Dr Brandt said 600 families had withdrawn their children.", (BRANDT,),
                    f"this sentence gives as Brandt{RELAYED}"),
    "brandt-said-after": ("600 families had withdrawn their children, Dr Brandt said.", (BRANDT,), RELAYED),
    "minister-said-bribes": ("The minister said 40 officials had taken bribes.", (BRIBES,), RELAYED),
}


@pytest.mark.parametrize("sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    findings = found(sentence, passages)
    assert any(message in finding for finding in findings), findings


HONEST = {
    # 2. the body the counted members make up acts by its majority: its decision
    "the-panel": ("The panel ruled that the award was too high.", (TWO_OF_THREE,)),
    "the-committee": ("The committee voted for the motion.", (FIVE_OF_SEVEN,)),
    # 1. the "no" kept, another verb, or a speaker not named
    "no-kept": ("Marsh said Chirpline sold no user information.", (NO_DATA,)),
    "not-sold": ("Marsh said Chirpline had not sold user information.", (NO_DATA,)),
    "denied": ("Marsh denied that Chirpline had sold user information.", (NO_DATA,)),
    "another-verb": ("Marsh said Chirpline collects user information.", (NO_DATA,)),
    "quoted-whole": (NO_DATA, (NO_DATA,)),
    "sold-told-elsewhere": ("Marsh said Chirpline sold customer data.",
                            (NO_DATA, "Marsh said in 2019 that Chirpline sold customer data to advertisers.")),
    # 2. the part kept, or the whole a passage tells
    "two-of-three": (TWO_OF_THREE, (TWO_OF_THREE,)),
    "two-judges": ("Two judges ruled that the award was too high.", (TWO_OF_THREE,)),
    "majority-of-the-judges": ("A majority of the judges ruled that the award was too high.", (TWO_OF_THREE,)),
    "most-of-the-judges": ("Most of the judges ruled that the award was too high.", (TWO_OF_THREE,)),
    "two-of-the-judges": ("Two of the judges ruled that the award was too high.", (TWO_OF_THREE,)),
    "another-deed": ("The judges heard the appeal in May.", (TWO_OF_THREE, "The judges heard the appeal in May.")),
    "whole-told": ("The judges ruled that the award was too high.",
                   (TWO_OF_THREE, "The judges ruled in March that the award was too high.")),
    "majority-of-members": ("A majority of the members voted for the motion.", (FIVE_OF_SEVEN,)),
    # 3. the intention kept as said
    "said-would-resign": (RESIGN, (RESIGN,)),
    "plans-to-resign": ("The minister plans to resign.", (RESIGN,)),
    "set-to-in-passage": ("The minister is set to resign.", ("The minister is set to resign on Friday.",)),
    # 4. the multiple kept at the later end
    "as-a-year-earlier": ("There were four times as many cases in 2025 as a year earlier.", (CASES,)),
    "recorded-as": ("Four times as many cases were recorded in 2025 as a year earlier.", (CASES,)),
    "compared-with": ("Compared with a year earlier, there were four times as many cases.", (CASES,)),
    "earlier-count": ("A year earlier there were 310 cases.", (CASES,)),
    "as-in-2024": ("In 2025 there were four times as many cases as in 2024.", (CASES_DATED,)),
    # 5. whose claim it is, or that it is unconfirmed
    "group-claimed": ("Dr Brandt said a parents' group claimed 600 families had withdrawn their children.", (BRANDT,)),
    "could-not-confirm": ("Dr Brandt said the ministry could not confirm that 600 families had withdrawn their "
                          "children.", (BRANDT,)),
    "group-said": ("A parents' group said 600 families had withdrawn their children.", (BRANDT,)),
    "brandt-whole": (BRANDT, (BRANDT,)),
    "brandt-own-word": ("Dr Brandt said 600 families had withdrawn their children.",
                        ("Dr Brandt said that 600 families had withdrawn their children.",)),
    "allegation-false": ("The minister said the opposition's allegation that 40 officials had taken bribes was "
                         "false.", (BRIBES,)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passages: tuple[str, ...]):
    assert found(sentence, passages) == []
