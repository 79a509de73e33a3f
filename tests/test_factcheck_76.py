"""A seventy-sixth fact-check: misstatements a fact-checker still found building.

"About 10,000 people have fled the fighting" citing "About 10,000 people have been displaced by the fighting"
(displaced_people.py, read by figure_acts.py: "fled", "made homeless", "refugees", "fled abroad" tell more than
"displaced"; "forced from their homes" builds, "fled their homes" only where the passage says they fled); "Southland
is the larger country" citing "Northland, the larger country" (party_attributes.py); "the worst in a decade" citing
"the worst in years" (record_spans.py); "Northland struck the capital" citing "struck targets on the outskirts of the
capital", and "reached the centre" citing "reached the outskirts" (struck_places.py); "Northland sent 5,000 more
troops" citing "Northland has 5,000 troops at the border" (added_figures.py); "Northland has declared war" citing a
minister's "open war" (unbacked_deeds.py's formal acts); and "The two countries have traded for years" citing "For
decades the two countries have traded, and for years they have argued", which built where "For years the two
countries have traded" was refused: spans.py now reads a length with its clause's deed, before it or after it, so
both are refused, as test_factcheck_75 decided ("years" understates "decades").

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))

DISPLACED = "About 10,000 people have been displaced by the fighting, according to the UN."
INTERNALLY = "About 10,000 people have been internally displaced by the fighting, according to the UN."
LARGER = "Northland, the larger country, has 240 million people."
TRADED = "For decades the two countries have traded, and for years they have argued."
WAR = 'Northland\'s defence minister said the two countries were in "open war".'

REFUSED = {
    "fled-for-displaced": ("About 10,000 people have fled the fighting.", DISPLACED,
                           "this sentence gives 10000 as 'fled' where its cited passages give it as 'displaced'"),
    "fled-their-homes-for-displaced": ("About 10,000 people have fled their homes.", DISPLACED,
                                       "this sentence gives 10000 as 'fled' where"),
    "homeless-for-displaced": ("About 10,000 people have been made homeless by the fighting.", DISPLACED,
                               "this sentence gives 10000 as 'made homeless' where"),
    "fled-abroad-for-displaced": ("About 10,000 people have fled abroad.", DISPLACED,
                                  "this sentence gives 10000 as 'fled abroad' where"),
    "refugees-for-internally-displaced": ("About 10,000 people have become refugees.", INTERNALLY,
                                          "this sentence gives 10000 as 'refugees' where"),
    "larger-given-to-the-other": ("Southland is the larger country.", LARGER,
                                  "this sentence calls Southland 'the larger' where its cited passages call Northland "
                                  "'the larger'"),
    "bigger-given-to-the-other": ("Southland is the bigger country.", LARGER, "this sentence calls Southland"),
    "richer-given-to-the-other": ("Southland is the richer country.", "Northland, the richer country, has oil.",
                                  "this sentence calls Southland 'the richer'"),
    "only-given-to-the-other": ("Southland is the only country with nuclear weapons.",
                                "Northland is the only country with nuclear weapons.",
                                "this sentence calls Southland 'the only'"),
    "decade-for-years": ("The fighting is the worst in a decade.", "The fighting is the worst in years.",
                         "this sentence widens a record to 'in a decade' where its cited passages keep it to "
                         "'in years'"),
    "generation-for-years": ("The fighting is the worst in a generation.", "The fighting is the worst in years.",
                             "this sentence widens a record to 'in a generation'"),
    "decades-for-a-decade": ("Turnout was the highest in decades.", "Turnout was the highest in a decade.",
                             "this sentence widens a record to 'in decades'"),
    "struck-the-capital-for-its-outskirts": ("Northland struck the capital.",
                                             "Northland struck targets on the outskirts of the capital.",
                                             "this sentence has 'struck the capital' where its cited passages put it "
                                             "only 'on the outskirts of the capital'"),
    "struck-the-capital-for-its-suburbs": ("Northland struck the capital.",
                                           "Northland struck targets in the suburbs of the capital.",
                                           "this sentence has 'struck the capital' where"),
    "shelled-the-town-for-north-of-it": ("Northland shelled Kabul.", "Northland shelled villages north of Kabul.",
                                         "this sentence has 'shelled Kabul' where its cited passages put it only "
                                         "'north of Kabul'"),
    "centre-for-outskirts": ("Northland forces reached the centre of the capital.",
                             "Northland forces reached the outskirts of the capital.",
                             "this sentence has 'reached the centre of the capital' where"),
    "more-for-a-stock": ("Northland sent 5,000 more troops.", "Northland has 5,000 troops at the border.",
                         "this sentence tells '5,000 more' as an increase where its cited passages give 5,000 as a "
                         "total"),
    "another-for-a-stock": ("Northland sent another 5,000 troops to the border.",
                            "Northland has 5,000 troops at the border.", "this sentence tells 'another 5,000'"),
    "extra-for-a-stock": ("The plant hired 200 extra staff.", "The plant employs 200 staff.",
                          "this sentence tells '200 extra'"),
    "declared-war-for-open-war": ("Northland has declared war on Southland.", WAR,
                                  "this sentence tells a deed ('declared war') that no passage it cites gives"),
    "declared-war-for-airstrikes": ("Northland declared war on Southland on Monday.",
                                    "On Monday Northland launched airstrikes on Southland.",
                                    "this sentence tells a deed ('declared war')"),
    "emergency-for-an-emergency-faced": ("Northland declared a state of emergency.",
                                         "Northland's president said the country faced an emergency.",
                                         "this sentence tells a deed ('declared a state of emergency')"),
    "martial-law-for-control": ("Northland imposed martial law.", "Northland's army took control of the streets.",
                                "this sentence tells a deed ('martial law')"),
    "annexed-for-occupied": ("Northland annexed the region.", "Northland troops occupied the region.",
                             "this sentence tells a deed ('annexed')"),
    "ties-severed-for-an-envoy-recalled": ("Northland severed diplomatic ties with Southland.",
                                           "Northland recalled its ambassador from Southland.",
                                           "this sentence tells a deed ('severed diplomatic ties')"),
    "years-after-the-deed-for-decades": ("The two countries have traded for years.", TRADED,
                                         "this sentence says 'for years' where its cited passages say 'For decades'"),
    "decades-for-years-of-the-other-deed": ("For decades the two countries have argued.", TRADED,
                                            "this sentence says 'For decades' where its cited passages say "
                                            "'for years'"),
}


@pytest.mark.parametrize("sentence, passage, expected", REFUSED.values(), ids=REFUSED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, expected: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(expected) for message in found), found


HONEST = {
    "displaced-kept": ("About 10,000 people have been displaced by the fighting.", DISPLACED),
    "forced-from-their-homes": ("About 10,000 people have been forced from their homes.", DISPLACED),
    "displaced-for-fled": ("About 10,000 people have been displaced.", "About 10,000 people have fled the fighting."),
    "fled-for-refugees": ("About 10,000 people have fled.", "About 10,000 refugees have crossed into Southland."),
    "larger-kept": ("Northland is the larger country.", LARGER),
    "bigger-for-larger": ("Northland is the bigger country.", LARGER),
    "attribute-of-another-thing": ("Southland is the larger economy.",
                                   "Northland, the larger country, has the smaller economy of the two."),
    "years-for-a-decade": ("The fighting is the worst in years.", "The fighting is the worst in a decade."),
    "past-decade-for-a-decade": ("The fighting is the worst in the past decade.",
                                 "The fighting is the worst in a decade."),
    "near-the-capital": ("Northland struck targets near the capital.",
                         "Northland struck targets on the outskirts of the capital."),
    "the-capitals-outskirts": ("Northland struck the capital's outskirts.",
                               "Northland struck targets on the outskirts of the capital."),
    "the-outskirts-of-the-capital": ("Northland struck the outskirts of the capital.",
                                     "Northland struck targets on the outskirts of the capital."),
    "reached-for-reached-the-outskirts": ("Northland forces reached the capital.",
                                          "Northland forces reached the outskirts of the capital."),
    "struck-the-capital-itself": ("Northland struck the capital.",
                                  "Northland struck targets near the capital, then struck the capital itself."),
    "stock-kept": ("Northland has 5,000 troops at the border.", "Northland has 5,000 troops at the border."),
    "more-for-another": ("Northland sent 5,000 more troops.", "Northland sent another 5,000 troops."),
    "more-for-reinforced": ("Northland sent 5,000 more troops.",
                            "Northland has reinforced the border with 5,000 troops."),
    "more-for-gained": ("Labour won 12 more seats.", "Labour gained 12 seats."),
    "open-war-quoted": ("Northland's defence minister said the two countries were in 'open war'.", WAR),
    "war-not-declared": ("Northland has not declared war on Southland.", WAR),
    "declared-war-kept": ("Northland declared war on Southland.", "Northland formally declared war on Southland."),
    "annexation-for-annexed": ("Northland annexed the region.", "Northland announced the annexation of the region."),
    "cut-ties-for-severed": ("Northland cut diplomatic ties with Southland.", "Northland severed ties with Southland."),
    "decades-after-the-deed": ("The two countries have traded for decades.", TRADED),
    "decades-before-the-deed": ("For decades the two countries have traded.", TRADED),
    "years-of-argument": ("The two countries have argued for years.", TRADED),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
