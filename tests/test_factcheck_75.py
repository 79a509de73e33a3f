"""A seventy-fifth fact-check: who did what to whom, and honest figures written as words.

Built before: "Southland put tariffs on up to $1.5bn of Northland goods" citing "Southland threatened to impose
tariffs ..." (a threat told done in another verb: threatened_deeds.py; and "sanctioned" citing "threatened to impose
sanctions": unbacked_deeds.py's threat with its verb between), "Southland has asked China to mediate" citing "China
has offered to mediate" (asked_offered.py), "Qatar brokered the ceasefire" citing "Qatar and Turkey brokered the
ceasefire" (joint_acts.py, now for doers who are no party), "The ceasefire has held since October" citing "... has
repeatedly been broken" (truces_held.py) and "Northland left the talks without signing the accord" citing "Northland
signed the accord before leaving the talks" (without_deeds.py).

Refused before, and honest: "One in four hospitals" citing "A quarter of hospitals" (fractions_said.backed_fraction
reads the passage's fraction in words) and "closed for seven days" citing "closed for a week" (decades.py reads "a
week", "a fortnight", "a day" after a word of length). "One in five" for "a quarter" and "eight days" for "a week"
stay refused.

"For years the two countries have traded" citing "For decades the two countries have traded, and for years they have
argued" stays refused (spans.py): "years" understates "decades", and a reader of "for years" takes a span of less
than one, as test_factcheck_23 decided of the real briefing's "spent decades backing"; write "for decades".

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))

TARIFFS = "Southland threatened to impose tariffs on up to $1.5bn of Northland goods."
MEDIATE = "China has offered to mediate."
BROKERED = "Qatar and Turkey brokered the ceasefire."
BROKEN = "The ceasefire agreed in October has repeatedly been broken."
SIGNED = "Northland signed the accord before leaving the talks."
QUARTER = "A quarter of hospitals have closed a ward."
WEEK = "The airport was closed for a week."
DECADES = "For decades the two countries have traded, and for years they have argued."

REFUSED = {
    "threat-put": ("Southland put tariffs on up to $1.5bn of Northland goods.", TARIFFS,
                   "this sentence tells as done ('put tariffs') what its cited passages give only as threatened "
                   "('threatened to impose')"),
    "vow-slapped": ("Southland slapped tariffs on Northland goods.", "Southland vowed to impose tariffs on Northland goods.",
                    "this sentence tells as done ('slapped tariffs') what its cited passages give only as threatened "
                    "('vowed to impose')"),
    "threat-sanctioned": ("Southland sanctioned Northland.", "Southland threatened to impose sanctions on Northland.",
                          "this sentence tells a deed ('sanctioned') that no passage it cites gives"),
    "warned-blockaded": ("Southland blockaded the port.", "Southland warned it would blockade the port.",
                         "this sentence tells a deed ('blockaded') that no passage it cites gives"),
    "asked-for-offered": ("Southland has asked China to mediate.", MEDIATE,
                          "this sentence says Southland asked China to mediate where its cited passages say China "
                          "offered to (who asked whom)"),
    "offered-for-asked": ("China has offered to mediate.", "Southland has asked China to mediate.",
                          "this sentence says China offered to mediate where its cited passages say China was asked "
                          "to (who asked whom)"),
    "joint-to-one": ("Qatar brokered the ceasefire.", BROKERED,
                     "this sentence gives 'brokered' to Qatar alone where its cited passages give it to several "
                     "together ('Qatar and Turkey brokered')"),
    "held-for-broken": ("The ceasefire has held since October.", BROKEN,
                        "this sentence tells the truce 'has held' where its cited passages tell it 'broken'"),
    "broken-for-held": ("Northland broke the ceasefire.", "The ceasefire has held since October.",
                        "this sentence tells the truce 'broke' where its cited passages tell it 'has held'"),
    "without-for-done": ("Northland left the talks without signing the accord.", SIGNED,
                         "this sentence says 'without signing the accord' where its cited passages say 'signed the "
                         "accord'"),
    "done-for-without": ("Northland signed the accord.", "Northland left the talks without signing the accord.",
                         "this sentence says 'signed the accord' where its cited passages say 'without signing the "
                         "accord'"),
    "one-in-five-for-a-quarter": ("One in five hospitals has closed a ward.", QUARTER,
                                  'figure "five" is not in the passages'),
    "eight-days-for-a-week": ("The airport was closed for eight days.", WEEK, 'figure "eight" is not in the passages'),
    "seven-days-for-more-than-a-week": ("The airport was closed for seven days.",
                                        "The airport was closed for more than a week.",
                                        'figure "seven" is not in the passages'),
    "years-for-decades": ("For years the two countries have traded.", DECADES,
                          "this sentence says 'For years' where its cited passages say 'For decades'"),
}


@pytest.mark.parametrize("sentence, passage, expected", REFUSED.values(), ids=REFUSED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, expected: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(expected) for message in found), found


BUILDS = {
    "threat-kept": ("Southland threatened to impose tariffs on up to $1.5bn of Northland goods.", TARIFFS),
    "threat-paraphrased": ("Southland has threatened tariffs on up to $1.5bn of Northland goods.", TARIFFS),
    "threat-to-come": ("Southland may put tariffs on up to $1.5bn of Northland goods.", TARIFFS),
    "done-and-threatened": ("Southland put tariffs on Northland goods in May.",
                            "Southland imposed tariffs on Northland goods in May and threatened to impose more."),
    "offer-kept": ("China has offered to mediate.", MEDIATE),
    "offer-as-willing": ("China has said it is willing to mediate.", MEDIATE),
    "request-kept": ("Southland has asked China to mediate.", "Southland has asked China to mediate between them."),
    "offer-at-a-request": ("Southland has asked China to mediate.",
                           "At Southland's request, China has offered to mediate."),
    "helped-broker": ("Qatar helped broker the ceasefire.", BROKERED),
    "with-turkey": ("Qatar, with Turkey, brokered the ceasefire.", BROKERED),
    "both-brokered": ("Qatar and Turkey brokered the ceasefire.", BROKERED),
    "broken-paraphrased": ("The ceasefire agreed in October has been violated repeatedly.", BROKEN),
    "not-held": ("The ceasefire has not held.", BROKEN),
    "largely-held": ("The ceasefire has largely held since October.",
                     "The ceasefire has largely held since October, despite sporadic violations."),
    "held-then-collapsed": ("The ceasefire held for three days.", "The ceasefire held for three days before it collapsed."),
    "signed-kept": ("Northland signed the accord before it left the talks.", SIGNED),
    "without-kept": ("Northland left the talks without signing the accord.",
                     "Northland left the talks without signing the accord."),
    "without-for-refused": ("Northland left the talks without signing the accord.",
                            "Northland refused to sign the accord and left the talks."),
    "one-in-four": ("One in four hospitals has closed a ward.", QUARTER),
    "one-in-three": ("One in three hospitals has closed a ward.", "A third of hospitals have closed a ward."),
    "half-for-one-in-two": ("Half of hospitals have closed a ward.", "One in two hospitals has closed a ward."),
    "three-in-four": ("Three in four hospitals have closed a ward.", "Three-quarters of hospitals have closed a ward."),
    "more-than-one-in-four": ("More than one in four hospitals has closed a ward.",
                              "More than a quarter of hospitals have closed a ward."),
    "seven-days": ("The airport was closed for seven days.", WEEK),
    "fourteen-days": ("The airport was closed for 14 days.", "The airport was closed for a fortnight."),
    "two-weeks": ("The airport was closed for two weeks.", "The airport was closed for a fortnight."),
    "twenty-four-hours": ("The airport was closed for 24 hours.", "The airport was closed for a day."),
    "twelve-months": ("The airport was closed for 12 months.", "The airport was closed for a year."),
    "decades-kept": ("For decades the two countries have traded.", DECADES),
    "years-of-argument": ("For years they have argued.", DECADES),
}


@pytest.mark.parametrize("sentence, passage", BUILDS.values(), ids=BUILDS.keys())
def test_an_honest_neighbour_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


def test_a_rate_per_day_states_no_span():
    found = sentence_findings("The airport was closed for 24 hours.", ("Two flights a day landed at the airport.",),
                              "en", PARTIES)
    assert any(message.startswith('figure "24" is not in the passages') for message in found), found


def test_a_truce_that_held_until_it_broke_down_is_told_either_way():
    assert sentence_findings("The ceasefire broke down in March.", ("The ceasefire held until March.",), "en",
                             PARTIES) == []
