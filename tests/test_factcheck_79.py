"""A seventy-ninth fact-check: the real briefing's own sentences turned into misstatements that built.

A fact-checker rewrote sentences of the briefing on the Pakistan–Afghanistan war into misstatements of the passages
they cite, and each built:
- a name swapped for one the passage does not give there ("its main defense partner India" for "... China"):
  explainer/swapped_names.py;
- a deed turned into its opposite toward the same thing ("fighting" for "backing and sheltering the Afghan Taliban",
  "reduce" for "expand its armed forces", "suffer from poor" for "benefit from good recruitment"):
  explainer/turned_toward.py;
- a comparison given to the party the passage does not give it to ("The Taliban's military is stronger" for
  "thinner", "The Taliban has more active personnel than Pakistan"): explainer/party_comparisons.py;
- a harm the passage says there was none of told as done ("the drones caused casualties" for "no casualties were
  reported"): explainer/denied_harms.py;
- an acknowledgement given to the reporter who tells of it, not the minister who made it:
  explainer/stance_speakers.py;
- what the passage gives after "rather than" told as what was done ("the first time Pakistan has directly targeted
  alleged TTP positions"): explainer/alternatives_as_done.py.
Each is refused; the same words, a paraphrase, a name the passage gives elsewhere, an adjective form, a comparison
kept, a negation kept, the right speaker and honest sentences of other topics build.

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="pakistan", name="Pakistan"), Party(id="taliban", name="Afghanistan (Taliban)"))
OTHERS = (Party(id="north", name="Northland", short_name="Northland", role="side"),
          Party(id="south", name="Southland", short_name="Southland", role="side"))

# the real briefing's passages (seeds/000_bd91349fafd64fe6.txt)
PARTNER = ("Pakistan's armed forces benefit from good recruitment and retention, bolstered by equipment from its main "
           "defense partner China.")
PAKISTAN = ("Pakistan has 660,000 active personnel in its defense forces, of whom 560,000 are in the army, 70,000 are "
            "in the air force, and 30,000 are in the navy.")
THINNER = "The strength of the Afghan Taliban's military is thinner, with only 172,000 active personnel."
EXPAND = "The group has, however, announced plans to expand its armed forces to 200,000 personnel."
TARAR = ("Pakistan’s Information Minister Attaullah Tarar said Pakistani Taliban militants attempted to deploy drones "
         "against targets within Pakistan, but air defense systems intercepted them and no casualties were reported.")
HAKIM = ("Sky News' Yalda Hakim points out that \"Pakistan spent decades backing and sheltering the Afghan Taliban - "
         "its defense minister acknowledged that to me on camera.")
ANALYSTS = ("Analysts say the latest escalation marks the first time Pakistan has directly targeted Taliban government "
            "sites, or essentially going all out against Kabul, rather than limiting strikes to alleged TTP positions.")
INDIA = "As is typical, Pakistan points the finger at Israel and India for fomenting instability in the region:"

MISSTATED = {
    # a name swapped
    "partner-india": ("Pakistan's armed forces are bolstered by equipment from its main defense partner India.",
                      (PARTNER,), PARTIES, "this sentence names 'India' where its cited passages name 'China'"),
    "supplier-other-topic": ("The plant buys its turbines from its main supplier Siemens.",
                             ("The plant buys its turbines from its main supplier Vestas.",), OTHERS,
                             "this sentence names 'Siemens' where its cited passages name 'Vestas'"),
    # a deed turned toward the same thing
    "fighting-for-backing": ("Pakistan spent decades fighting the Afghan Taliban, its defense minister acknowledged.",
                             (HAKIM,), PARTIES, "this sentence says 'fighting' where its cited passages say 'backing' "
                                                "of the same 'Afghan Taliban'"),
    "attacked-for-armed": ("Northland attacked the rebel militias for years.",
                           ("Northland arming the rebel militias for years drew protests.",), OTHERS,
                           "this sentence says 'attacked' where its cited passages say 'arming'"),
    "reduce-for-expand": ("The Taliban plans to reduce its armed forces.", (EXPAND,), PARTIES,
                          "this sentence says 'reduce' where its cited passages say 'expand' of the same "
                          "'armed forces'"),
    "cut-for-raise": ("The council voted to cut the parking fees.",
                      ("The council voted to raise the parking fees in the city centre.",), OTHERS,
                      "this sentence says 'cut' where its cited passages say 'raise'"),
    "suffer-for-benefit": ("Pakistan's armed forces suffer from poor recruitment and retention.", (PARTNER,), PARTIES,
                           "this sentence says 'suffer' where its cited passages say 'benefit' of the same "
                           "'recruitment'"),
    "benefit-for-suffer": ("The airline benefited from high fuel costs last year.",
                           ("The airline suffered from high fuel costs last year.",), OTHERS,
                           "this sentence says 'benefited' where its cited passages say 'suffered'"),
    # a comparison given to the other party
    "stronger-for-thinner": ("The Taliban's military is stronger, with 172,000 active personnel.", (THINNER,),
                             PARTIES, "this sentence says 'stronger' of Taliban where its cited passages say "
                                      "'thinner'"),
    "more-than-pakistan": ("The Taliban has more active personnel than Pakistan.", (PAKISTAN, THINNER), PARTIES,
                           "this sentence says 'more' of Taliban where its cited passages say 'thinner'"),
    "stronger-navy": ("Southland has a stronger navy, with 12 ships.",
                      ("Southland's navy is weaker, with only 12 ships.",), OTHERS,
                      "this sentence says 'stronger' of Southland where its cited passages say 'weaker'"),
    # a harm the passage says there was none of
    "caused-casualties": ("Tarar said the drones caused casualties.", (TARAR,), PARTIES,
                          "this sentence tells as done 'casualties' where its cited passages say 'no casualties'"),
    "passengers-hurt": ("The ferry operator said passengers were hurt when the vessel struck the pier.",
                        ("The ferry operator said the vessel struck the pier at low speed while docking in heavy fog, "
                         "and nobody was hurt.",), OTHERS,
                        "this sentence tells as done 'hurt' where its cited passages say 'nobody was hurt'"),
    "storm-injuries": ("The mayor said there were injuries after the storm.",
                       ("The mayor said crews worked through the night after the storm to clear fallen trees from the "
                        "roads, and no injuries were reported.",), OTHERS,
                       "this sentence tells as done 'injuries' where its cited passages say 'no injuries'"),
    # the reporter given the minister's acknowledgement
    "reporter-acknowledged": ("Sky News' Yalda Hakim acknowledged that Pakistan spent decades backing and sheltering "
                              "the Afghan Taliban.", (HAKIM,), PARTIES,
                              "this sentence gives 'acknowledged' to a speaker who, in its cited passages, only tells "
                              "of it"),
    "columnist-admitted": ("Columnist Dana Reyes admitted that the agency lost the files.",
                           ("Columnist Dana Reyes writes that the agency lost the files, which its director admitted "
                            "last week.",), OTHERS,
                           "this sentence gives 'admitted' to a speaker who, in its cited passages, only tells of it"),
    # the course not taken told as taken
    "rather-than-ttp": ("Analysts say this is the first time Pakistan has directly targeted alleged TTP positions.",
                        (ANALYSTS,), PARTIES, "this sentence tells as done what its cited passages give as not done "
                                              "('rather than limiting strikes to alleged TTP positions')"),
    "instead-of-demolishing": ("The council voted to demolish the historic library building.",
                               ("The council voted to renovate the library instead of demolishing the historic "
                                "building.",), OTHERS,
                               "this sentence tells as done what its cited passages give as not done ('instead of "
                               "demolishing the historic building')"),
}


@pytest.mark.parametrize("sentence, passages, parties, expected", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_of_the_briefings_kind_is_refused(sentence: str, passages: tuple, parties: tuple,
                                                          expected: str):
    found = sentence_findings(sentence, passages, "en", parties)
    assert any(message.startswith(expected) for message in found), found


HONEST = {
    # names
    "same-name": ("Pakistan's armed forces are bolstered by equipment from its main defense partner China.",
                  (PARTNER,), PARTIES),
    "adjective-form": ("Pakistan's armed forces are bolstered by Chinese equipment.", (PARTNER,), PARTIES),
    "name-given-elsewhere": ("Pakistan points the finger at Israel and India.", (INDIA, PARTNER), PARTIES),
    "party-alias": ("The Afghan Taliban's military has only 172,000 active personnel.", (THINNER,), PARTIES),
    # deeds
    "same-deed": ("Pakistan spent decades backing and sheltering the Afghan Taliban, its defense minister "
                  "acknowledged.", (HAKIM,), PARTIES),
    "paraphrased-deed": ("Pakistan's defense minister acknowledged that Pakistan spent decades supporting the Afghan "
                         "Taliban.", (HAKIM,), PARTIES),
    "expand-kept": ("The Taliban plans to enlarge its armed forces to 200,000 personnel.", (EXPAND,), PARTIES),
    "two-deeds-two-objects": ("Expanding the bus network reduced congestion.",
                              ("The city expanded the bus network in 2023, and congestion fell.",), OTHERS),
    "whose-deed-unread": ("Most analysts backed the deal.",
                          ("Nearly half of shareholders opposed the deal, though most analysts backed it.",), OTHERS),
    "benefit-kept": ("Pakistan's armed forces benefit from good recruitment and retention.", (PARTNER,), PARTIES),
    "never-fought": ("Northland never fought the rebel militias it armed.",
                     ("Northland backed the rebel militias for a decade.",), OTHERS),
    # comparisons
    "thinner-kept": ("The Taliban's military is thinner, with only 172,000 active personnel.", (THINNER,), PARTIES),
    "fewer-than-pakistan": ("The Taliban has fewer active personnel than Pakistan.", (PAKISTAN, THINNER), PARTIES),
    "more-of-the-other": ("Pakistan has more active personnel than the Taliban.", (PAKISTAN, THINNER), PARTIES),
    "each-its-own-way": ("Northland's economy is weaker, but its army is larger.",
                         ("Northland's army is larger, though its economy is weaker than Southland's.",), OTHERS),
    "elliptical-more": ("Pakistan reported more injuries than Afghanistan.",
                        ("Pakistan reported fewer deaths than Afghanistan, but more injuries.",), PARTIES),
    # harms
    "no-casualties-kept": ("Tarar said no casualties were reported.", (TARAR,), PARTIES),
    "no-casualties-after": ("Tarar said no casualties were reported after the drones were intercepted.", (TARAR,),
                            PARTIES),
    "harm-given-elsewhere": ("The shelling killed two soldiers.",
                             ("The drones caused no casualties.", "The shelling killed two soldiers on Monday."),
                             OTHERS),
    # speakers
    "minister-acknowledged": ("Pakistan's defense minister acknowledged that Pakistan spent decades backing the Afghan "
                              "Taliban, Yalda Hakim reports.", (HAKIM,), PARTIES),
    "reporter-reports": ("Sky News' Yalda Hakim reported that Pakistan's defense minister acknowledged the backing.",
                         (HAKIM,), PARTIES),
    # rather than
    "rather-than-kept": ("Analysts say it is the first time Pakistan has directly targeted Taliban government sites "
                         "rather than alleged TTP positions.", (ANALYSTS,), PARTIES),
    "before-now": ("Before now, Pakistan limited its strikes to alleged TTP positions.", (ANALYSTS,), PARTIES),
    "renovate-kept": ("The council voted to renovate the library.",
                      ("The council voted to renovate the library instead of demolishing the historic building.",),
                      OTHERS),
}


@pytest.mark.parametrize("sentence, passages, parties", HONEST.values(), ids=HONEST.keys())
def test_an_honest_neighbour_builds(sentence: str, passages: tuple, parties: tuple):
    assert sentence_findings(sentence, passages, "en", parties) == []


@pytest.mark.parametrize("sentence, passage", [
    ("Pakistan supported the plan.", "Pakistan opposed the plan."),
    ("The council backed the plan.", "The council opposed the plan."),
])
def test_a_deed_turned_that_two_checks_read_is_named_once(sentence: str, passage: str):
    # opposite_deeds.py and turned_toward.py both read "supported" against "opposed": one fault, one message
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert len(found) == 1 and "where its cited passages say 'opposed'" in found[0], found


def test_one_lines_equal_findings_are_one_problem_wherever_they_stand():
    # checks chained apart may each name the same fault ("names Southland where its cited passages name Northland"
    # came three times); a run of equal findings was one problem, equal findings apart were not
    from types import SimpleNamespace

    from explainer.attribution import Finding
    from explainer.cite import FileCiter

    citer = SimpleNamespace(file=SimpleNamespace(shown="content/b/claims.yaml"), problems=[])
    item = SimpleNamespace(says="Southland is the larger of the two.", line_at=lambda field, offset: 7)
    swapped, other = Finding(0, "names Southland", "name Northland"), Finding(0, "another fault", "mend it")
    FileCiter.report(citer, item, "says", [swapped, other, swapped, swapped])
    assert [(problem.line, problem.message) for problem in citer.problems] == [
        (7, "`says`: names Southland"), (7, "`says`: another fault")]
