"""An eighty-first fact-check: leftovers other fact-check helpers found.

Honest sentences refused: "Southland was the first to sign." citing "Northland was the first to attack, and
Southland signed first." (swapped.py read any "the first" as one rank: a rank is now restated only by what it ranks);
"Prime Minister Ana Ruiz" citing "Premier Ana Ruiz" (roles.py read two words for one office as two roles:
office_words.py reads them as one); "for 30 days" citing "for a month", "for more than seven days" citing "for more
than a week" (decades.py). Misstatements built: a deed told undone that the source tells done in other words
("did not reject" for "Acme's rejection of": undone_deeds.py); a record's span backed by a span of another sentence
("the worst in a decade" by "has grown for ten years": record_spans.py); police for soldiers, aircraft for tanks
(kinds.py); "asked China for mediation" for "China has offered to mediate" (asked_offered.py).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="acme", name="Acme Corp", short_name="Acme", role="buyer"),
           Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))

MISSTATED = {
    "rank-of-another": ("Southland was the first to attack.",
                        ("Northland was the first to attack, and Southland signed first.",),
                        "this sentence names Southland where its cited passages name Northland"),
    "rank-alone-swapped": ("Southland is the larger of the two.", ("Northland is the larger of the two.",),
                           "this sentence names Southland where its cited passages name Northland"),
    "office-another": ("President Ana Ruiz met the envoy.", ("Premier Ana Ruiz met the envoy.",),
                       "this sentence calls Ruiz 'President' where its cited passages call them 'Premier'"),
    "refusal-undone-noun": ("Acme did not reject the demand.", ("Acme's rejection of the demand was final.",),
                            "this sentence says 'did not reject' where its cited passages say 'rejection'"),
    "vote-against-undone": ("Southland did not vote against the resolution.", ("Southland opposed the resolution.",),
                            "this sentence says 'did not vote against' where its cited passages say 'opposed'"),
    "never-opposed": ("Southland never opposed the resolution.", ("Southland voted against the resolution.",),
                      "this sentence says 'never opposed' where its cited passages say 'voted against'"),
    "support-undone": ("Northland has not backed the plan.", ("Northland supported the plan in March.",),
                       "this sentence says 'has not backed' where its cited passages say 'supported'"),
    "record-span-elsewhere": ("The fighting is the worst in a decade.",
                              ("The fighting is the worst in years.", "Trade between them has grown for ten years."),
                              "this sentence widens a record to 'in a decade' where its cited passages keep it to "
                              "'in years'"),
    "police-for-soldiers": ("Police fired tear gas at the crowd.", ("Soldiers fired tear gas at the crowd.",),
                            "this sentence says 'Police' where its cited passages say 'Soldiers'"),
    "riot-police-for-troops": ("Riot police fired tear gas at the crowd.", ("Troops fired tear gas at the crowd.",),
                               "this sentence says 'Riot police' where its cited passages say 'Troops'"),
    "aircraft-for-tanks": ("Northland's aircraft struck the convoy.", ("Northland's tanks struck the convoy.",),
                           "this sentence says 'aircraft' where its cited passages say 'tanks'"),
    "aircraft-for-artillery": ("Northland's aircraft shelled the town.", ("Northland's artillery shelled the town.",),
                               "this sentence says 'aircraft' where its cited passages say 'artillery'"),
    "asked-for-offered": ("Southland asked China for mediation.", ("China has offered to mediate.",),
                          "this sentence says Southland asked China for mediation where its cited passages say China "
                          "offered to (who asked whom)"),
    "offered-noun-for-asked": ("China offered mediation.", ("Southland asked China to mediate.",),
                               "this sentence says China offered mediation where its cited passages say China was "
                               "asked to (who asked whom)"),
    "month-not-31": ("The airport was closed for 31 days.", ("The airport was closed for a month.",),
                     'figure "31" is not in the passages this sentence cites'),
    "week-qualifier-dropped": ("The airport was closed for seven days.",
                               ("The airport was closed for more than a week.",),
                               'figure "seven" is not in the passages this sentence cites'),
    "week-qualifier-added": ("The airport was closed for more than seven days.",
                             ("The airport was closed for a week.",),
                             'figure "seven" is not in the passages this sentence cites'),
}


@pytest.mark.parametrize("sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    found = sentence_findings(sentence, passages, "en", PARTIES)
    assert any(finding.startswith(message) for finding in found), found


HONEST = {
    "first-to-sign": ("Southland was the first to sign.",
                      ("Northland was the first to attack, and Southland signed first.",)),
    "rank-kept": ("Northland is the larger of the two.", ("Northland is the larger of the two.",)),
    "prime-minister-for-premier": ("Prime Minister Ana Ruiz met the envoy.", ("Premier Ana Ruiz met the envoy.",)),
    "premier-apposed": ("Ana Ruiz, the prime minister, met the envoy.", ("Ana Ruiz, the premier, met the envoy.",)),
    "ceo-for-chief-executive": ("Acme's CEO, Bo Lin, met the envoy.",
                                ("Acme's chief executive, Bo Lin, met the envoy.",)),
    "not-accepted-for-rejected": ("Acme did not accept the demand.", ("Acme's rejection of the demand was final.",)),
    "undone-as-told": ("Acme did not reject the demand.", ("Acme did not reject the demand, and talks go on.",)),
    "undone-another-party": ("Southland did not oppose the resolution.", ("Northland opposed the resolution.",)),
    "undone-no-deed-told": ("Southland did not vote against the resolution.",
                            ("Southland abstained on the resolution.",)),
    "record-span-kept": ("The fighting is the worst in years.",
                         ("The fighting is the worst in years.", "Trade between them has grown for ten years.")),
    "record-span-given": ("The fighting is the worst in a decade.",
                          ("The fighting is the worst in years.",
                           "Officials said it was the worst fighting in a decade.")),
    "police-telling": ("Police said soldiers fired tear gas at the crowd.",
                       ("Soldiers fired tear gas at the crowd, police said.",)),
    "according-to-police": ("According to police, soldiers fired tear gas at the crowd.",
                            ("Soldiers fired tear gas at the crowd, police said.",)),
    "police-kept": ("Police officers fired tear gas at the crowd.", ("Policemen fired tear gas at the crowd.",)),
    "aircraft-for-drones": ("Northland's aircraft struck the convoy.", ("Northland's drones struck the convoy.",)),
    "aircraft-for-warplanes": ("Northland's aircraft struck the convoy.",
                               ("Northland's warplanes struck the convoy.",)),
    "aircraft-carrier": ("Northland's aircraft carrier shelled the port.", ("Northland's warship shelled the port.",)),
    "asked-as-told": ("Southland asked China for mediation.", ("Southland asked China to mediate.",)),
    "offer-kept": ("China offered to mediate.", ("China has offered to mediate.",)),
    "offer-on-request": ("Southland asked China for mediation.",
                         ("At Southland's request, China offered to mediate.",)),
    "month-as-30-days": ("The airport was closed for 30 days.", ("The airport was closed for a month.",)),
    "more-than-a-week": ("The airport was closed for more than seven days.",
                         ("The airport was closed for more than a week.",)),
    "over-a-fortnight": ("The airport was closed for over 14 days.",
                         ("The airport was closed for more than a fortnight.",)),
    "plain-week": ("The airport was closed for seven days.", ("The airport was closed for a week.",)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_sentence_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []
