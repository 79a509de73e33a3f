"""A sixtieth fact-check: a deed or a degree told stronger than the source's.

"Southland expelled two diplomats." citing "Southland summoned two diplomats." built: opposites.py read a degree
raised for four pairs only ("destroyed" for "damaged", ...). Now the deeds of a graded kind are one ordered list each
(explainer/deed_scales.py: summoned < expelled, eased < lifted, initialled < signed < ratified, postponed < cancelled,
suspended < fired, warned < censured < fined, restricted < closed, surrounded < seized, damaged < collapsed), read one way only with the same
guards. Besides, these built and are now refused: a change told the other way where the source gives it only slowed
("shrank" for "grew more slowly": slowed_changes.py), a process begun told as done ("has withdrawn" for "has begun
withdrawing": begun_as_done.py), a limit dropped or made whole ("held" for "largely held", "fully complied" for
"partly complied": dropped_limits.py), a target reached that the source puts only near ("hit a hospital" for "hit
near a hospital": near_targets.py), people named as civilians that the source gives as mostly soldiers
(mostly_groups.py), and a plan told as standing that the source says was postponed (called_off_plans.py). The
weaker word for the stronger one is a softening, and builds.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))
RAISES = "this sentence raises its cited passages'"
SLOWED = "where its cited passages say the"
DONE = "this sentence tells as done"
DROPS = "this sentence drops its cited passages'"
NEAR = "where its cited passages say only"
OTHERS = "where its cited passages give most of them as others"
CALLED_OFF = "this sentence tells as still to come"

MISSTATED = {
    # 1. a deed a rung up its scale
    "expelled-for-summoned": ("Southland expelled two diplomats.", "Southland summoned two diplomats.",
                              f"{RAISES} 'summoned' to 'expelled'"),
    "fined-for-warned": ("The regulator fined the airline.", "The regulator warned the airline.",
                         f"{RAISES} 'warned' to 'fined'"),
    "lifted-for-eased": ("Northland lifted the ban.", "Northland eased the ban.", f"{RAISES} 'eased' to 'lifted'"),
    "signed-for-initialled": ("The deal was signed on Monday.", "The deal was initialled on Monday.",
                              f"{RAISES} 'initialled' to 'signed'"),
    "ratified-for-signed": ("The treaty was ratified on Monday.", "The treaty was signed on Monday.",
                            f"{RAISES} 'signed' to 'ratified'"),
    "cancelled-for-postponed": ("The summit was cancelled.", "The summit was postponed.",
                                f"{RAISES} 'postponed' to 'cancelled'"),
    "fired-for-suspended": ("The minister was fired.", "The minister was suspended.",
                            f"{RAISES} 'suspended' to 'fired'"),
    "closed-for-restricted": ("Northland closed the border crossing.", "Northland restricted the border crossing.",
                              f"{RAISES} 'restricted' to 'closed'"),
    "seized-for-surrounded": ("Northland's troops seized the town.", "Northland's troops surrounded the town.",
                              f"{RAISES} 'surrounded' to 'seized'"),
    "collapsed-for-damaged": ("The bridge collapsed.", "The bridge was damaged.", f"{RAISES} 'damaged' to 'collapsed'"),
    "expels-another-form": ("Southland expels the envoy.", "Southland summons the envoy over the shelling.",
                            f"{RAISES} 'summons' to 'expels'"),
    # 2. a change slowed told as its opposite
    "shrank-for-grew-more-slowly": ("Northland's economy shrank.", "Northland's economy grew more slowly.",
                                    f"this sentence says 'shrank' {SLOWED} rise only slowed"),
    "fell-for-rise-slowed": ("Unemployment fell.", "The rise in unemployment slowed.",
                             f"this sentence says 'fell' {SLOWED} rise only slowed"),
    "rose-for-decline-slowed": ("Exports rose in May.", "The decline in exports slowed in May.",
                                f"this sentence says 'rose' {SLOWED} fall only slowed"),
    # 3. a process begun told as done
    "withdrawn-for-begun": ("Northland has withdrawn its troops.", "Northland has begun withdrawing its troops.",
                            f"{DONE} ('withdrawn') what its cited passages give as under way ('begun withdrawing')"),
    "withdrew-for-in-process": ("Northland withdrew its troops.",
                                "Northland is in the process of withdrawing its troops.",
                                f"{DONE} ('withdrew') what its cited passages give as under way ('in the process of "
                                "withdrawing')"),
    "repaid-for-started-to": ("Southland has repaid the loan.", "Southland has started to repay the loan.",
                              f"{DONE} ('repaid') what its cited passages give as under way ('started to repay')"),
    # 4. a limit dropped or made whole
    "held-for-largely-held": ("The ceasefire has held since March.", "The ceasefire has largely held since March.",
                              f"{DROPS} 'largely' ('largely held')"),
    "lifted-for-partially-lifted": ("The blockade was lifted.", "The blockade was partially lifted.",
                                    f"{DROPS} 'partially' ('partially lifted')"),
    "fully-for-partly": ("Northland fully complied.", "Northland partly complied.",
                         "this sentence says 'fully complied' where its cited passages say 'partly complied'"),
    "hit-for-hit-near": ("The strike hit a hospital.", "The strike hit near a hospital.",
                         f"this sentence has 'hit a hospital' {NEAR} 'hit near a hospital'"),
    "landed-on-for-landed-outside": ("The shells landed on the school.", "The shells landed outside the school.",
                                     f"this sentence has 'landed on the school' {NEAR} 'landed outside the school'"),
    "civilian-for-mostly-soldiers": ("Civilian deaths rose to 40.", "Deaths rose to 40, most of them soldiers.",
                                     f"this sentence names 'Civilian' {OTHERS} ('most of them soldiers')"),
    "soldiers-for-mostly-civilians": ("The 300 people detained on Monday were soldiers.",
                                      "Some 300 people were detained on Monday, most of them civilians.",
                                      f"this sentence names 'soldiers' {OTHERS} ('most of them civilians')"),
    # 5. a plan called off told as standing
    "scheduled-for-postponed": ("Talks are scheduled for Monday.",
                                "Talks were scheduled for Monday but were postponed.",
                                f"{CALLED_OFF} ('are scheduled for') what its cited passages say were postponed"),
    "will-take-place-for-cancelled": ("The vote will take place on 3 March.",
                                      "The vote, set for 3 March, has been cancelled.",
                                      f"{CALLED_OFF} ('will take place') what its cited passages say has been "
                                      "cancelled"),
}


@pytest.mark.parametrize("sentence, passage, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_deed_or_degree_told_stronger_is_refused(sentence: str, passage: str, message: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(found_message.startswith(message) for found_message in found), found


HONEST = {
    # the weaker word for the stronger one is a softening
    "summoned-for-expelled": ("Southland summoned two diplomats.", "Southland expelled two diplomats."),
    "warned-for-fined": ("The regulator warned the airline.", "The regulator fined the airline."),
    "initialled-for-signed": ("The deal was initialled on Monday.", "The deal was signed on Monday."),
    "postponed-for-cancelled": ("The summit was postponed.", "The summit was cancelled."),
    # a passage giving the stronger word too, in any of its forms
    "summoned-then-expelled": ("Southland expelled two diplomats.",
                               "Southland summoned two diplomats and later expelled them."),
    "shut-for-closed": ("Northland shut the crossing.", "Northland closed the crossing."),
    # another sense of a scale's word, a negation, a quotation
    "fired-rockets": ("Northland's troops fired at the town's outskirts.",
                      "Northland suspended its offensive on the town's outskirts."),
    "close-to": ("Northland's troops are close to the town.", "Northland restricted access to the town."),
    "not-ratified": ("The treaty was not ratified.", "The treaty was signed on Monday."),
    # a change slowed kept as such, or the rate's own fall
    "grew-for-grew-more-slowly": ("Northland's economy grew.", "Northland's economy grew more slowly."),
    "growth-slowed": ("Export growth slowed.", "Export growth slowed in May."),
    "inflation-fell": ("Inflation fell.", "Inflation slowed."),
    "other-subject": ("Northland's exports fell.", "Northland's import growth slowed."),
    # a process kept under way, or said done by the source too
    "is-withdrawing": ("Northland is withdrawing its troops.", "Northland has begun withdrawing its troops."),
    "begun-then-done": ("Northland has withdrawn its troops.",
                        "Northland began withdrawing its troops in May and had withdrawn them by June."),
    "shelled-no-end": ("Northland shelled the town.", "Northland began shelling the town."),
    # a limit kept, or another limit of the same reach
    "largely-kept": ("The ceasefire has mostly held since March.", "The ceasefire has largely held since March."),
    "partly-for-fully": ("Northland partly complied.", "Northland fully complied."),
    "in-part-for-partly": ("Northland complied in part with the order.", "Northland partly complied with the order."),
    "near-kept": ("The strike hit close to a hospital.", "The strike hit near a hospital."),
    "hit-itself-too": ("The strike hit a hospital.",
                       "The first strike hit near a hospital; the second hit the hospital itself."),
    "mostly-soldiers-kept": ("Deaths rose to 40, mostly soldiers.", "Deaths rose to 40, most of them soldiers."),
    "no-kind-named": ("Deaths rose to 40.", "Deaths rose to 40, most of them soldiers."),
    # a plan kept as called off, or as set anew
    "postponed-kept": ("Talks were postponed.", "Talks were scheduled for Monday but were postponed."),
    "set-anew": ("Talks are now scheduled for Friday.",
                 "Talks were scheduled for Monday but were postponed; they are now set for Friday."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_a_deed_or_degree_kept_or_softened_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
