"""An eighty-ninth fact-check: a process told as its outcome.

Misstatements built: "The talks broke down." citing "The talks have stalled." (a halt told as a collapse); "The talks
succeeded." citing "The talks are set to resume next week."; "Police charged the suspect." citing "Police arrested
the suspect." (stages.py read only "charged ... with"); "The regulator fined Acme." citing "The regulator is
investigating Acme." (an investigation told as its penalty); "Acme completed the takeover of Bolt." citing "Acme is in
talks to buy Bolt." and "Acme settled the case." citing "Acme is in settlement talks over the case." (talks told as a
deal done); "The ban was overturned." citing "Acme appealed against the ban." (an appeal told as won); "Exports have
recovered." citing "Exports are recovering." (a process under way told as complete): explainer/process_outcomes.py.
Honest wordings refused: "The jury found Acme liable." citing "Bolt claimed Acme was liable, and the jury found Acme
liable in March." (the hedge check read the other clause's "claimed": plain_clauses.py); "The government faces a
no-confidence vote." citing "The government faces a confidence vote." (read as a negation added: polarity.py).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="acme", name="Acme Corp", short_name="Acme", role="buyer"),
           Party(id="bolt", name="Bolt Industries", short_name="Bolt", role="target"),
           Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))

HALTED = "what its cited passages give only as going on, halted or to resume"
CASE = "what its cited passages give only as a case under way"
TALKS = "what its cited passages give only as talks, a bid or an offer"
APPEAL = "what its cited passages give only as an appeal or a challenge"
UNDER_WAY = "what its cited passages give only as under way"

MISSTATED = {
    "stalled-broke-down": ("The talks broke down.", "The talks have stalled.",
                           f"this sentence tells as an outcome ('broke down') {HALTED} ('stalled')"),
    "deadlocked-fell-apart": ("The talks fell apart.", "The talks are deadlocked.",
                              f"this sentence tells as an outcome ('fell apart') {HALTED} ('deadlocked')"),
    "to-resume-succeeded": ("The talks succeeded.", "The talks are set to resume next week.",
                            f"this sentence tells as an outcome ('succeeded') {HALTED} ('set to resume')"),
    "on-hold-abandoned": ("The project was abandoned.", "The project is on hold.",
                          f"this sentence tells as an outcome ('was abandoned') {HALTED} ('on hold')"),
    "ongoing-concluded": ("The inquiry concluded.", "The inquiry into the crash is ongoing.",
                          f"this sentence tells as an outcome ('concluded') {HALTED} ('ongoing')"),
    "arrested-charged": ("Police charged the suspect.", "Police arrested the suspect.",
                         f"this sentence tells as an outcome ('charged') {CASE} ('arrested')"),
    "detained-charged": ("The suspect was charged.", "The suspect was detained by police.",
                         f"this sentence tells as an outcome ('charged') {CASE} ('detained')"),
    "investigating-fined": ("The regulator fined Acme.", "The regulator is investigating Acme.",
                            f"this sentence tells as an outcome ('fined') {CASE} ('investigating')"),
    "investigation-penalised": ("The regulator penalised Acme.", "The regulator opened an investigation into Acme.",
                                f"this sentence tells as an outcome ('penalised') {CASE} ('investigation')"),
    "under-investigation-fined": ("Acme was fined.", "Acme is under investigation by the regulator.",
                                  f"this sentence tells as an outcome ('fined') {CASE} ('under investigation')"),
    "talks-completed": ("Acme completed the takeover of Bolt.", "Acme is in talks to buy Bolt.",
                        f"this sentence tells as an outcome ('completed') {TALKS} ('in talks')"),
    "offer-bought": ("Acme bought Bolt.", "Acme made an offer for Bolt.",
                     f"this sentence tells as an outcome ('bought') {TALKS} ('an offer')"),
    "bid-acquired": ("Acme acquired Bolt.", "Acme has launched a bid for Bolt.",
                     f"this sentence tells as an outcome ('acquired') {TALKS} ('a bid')"),
    "considering-took-over": ("Acme took over Bolt.", "Acme is considering a bid for Bolt.",
                              f"this sentence tells as an outcome ('took over') {TALKS} ('is considering')"),
    "merger-talks-merged": ("Acme and Bolt merged.", "Acme and Bolt are in merger talks.",
                            f"this sentence tells as an outcome ('merged') {TALKS} ('in merger talks')"),
    "settlement-talks-settled": ("Acme settled the case.", "Acme is in settlement talks over the case.",
                                 f"this sentence tells as an outcome ('settled') {TALKS} ('in settlement talks')"),
    "appealed-overturned": ("The ban was overturned.", "Acme appealed against the ban.",
                            f"this sentence tells as an outcome ('overturned') {APPEAL} ('appealed')"),
    "appealed-upheld": ("The ban was upheld.", "Acme appealed against the ban.",
                        f"this sentence tells as an outcome ('upheld') {APPEAL} ('appealed')"),
    "appealed-quashed": ("The ruling was quashed.", "Acme has appealed the ruling.",
                         f"this sentence tells as an outcome ('quashed') {APPEAL} ('appealed')"),
    "challenging-lifted": ("The ban was lifted.", "Acme is challenging the ban in court.",
                           f"this sentence tells as an outcome ('lifted') {APPEAL} ('is challenging')"),
    "recovering-recovered": ("Exports have recovered.", "Exports are recovering.",
                             f"this sentence tells as an outcome ('recovered') {UNDER_WAY} ('recovering')"),
    "recovering-said": ("The patient has recovered, the hospital said.",
                        "The patient is recovering well, the hospital said.",
                        f"this sentence tells as an outcome ('recovered') {UNDER_WAY} ('recovering')"),
    "healing-healed": ("The wound has healed.", "The wound is healing.",
                       f"this sentence tells as an outcome ('healed') {UNDER_WAY} ('healing')"),
    "being-rebuilt": ("The town has been rebuilt.", "The town is being rebuilt.",
                      f"this sentence tells as an outcome ('rebuilt') {UNDER_WAY} ('being rebuilt')"),
}


@pytest.mark.parametrize("sentence, passage, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_process_told_as_its_outcome_is_refused(sentence: str, passage: str, message: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(finding.startswith(message) for finding in found), found
    assert len(found) == 1, found  # named once


# Misstatements of the same family that other checks name: named by them, and not again as an outcome
NAMED_ELSEWHERE = {
    "adjourned-failed": ("The talks failed.", "The talks were adjourned until Monday.", "tells as over ('failed')"),
    "arrested-convicted": ("The suspect was convicted.", "Police arrested the suspect.",
                           "takes it further ('convicted')"),
    "investigating-indicted": ("Prosecutors indicted the mayor.", "Prosecutors are investigating the mayor.",
                               "takes it further ('indicted')"),
    "repairing-repaired": ("The bridge was repaired.", "Workers are repairing the bridge.",
                           "tells as done ('repaired')"),
    "appealed-won": ("Acme won its appeal.", "Acme appealed against the ruling.", "tells as decided ('won its appeal')"),
}


@pytest.mark.parametrize("sentence, passage, named", NAMED_ELSEWHERE.values(), ids=NAMED_ELSEWHERE.keys())
def test_an_outcome_another_check_names_is_named_once(sentence: str, passage: str, named: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(named in finding for finding in found), found
    assert not any("tells as an outcome" in finding for finding in found), found


HONEST = {
    "jury-found-beside-claim": ("The jury found Acme liable.",
                                ("Bolt claimed Acme was liable, and the jury found Acme liable in March.",)),
    "no-confidence-vote": ("The government faces a no-confidence vote.", ("The government faces a confidence vote.",)),
    "vote-of-no-confidence": ("The government faces a vote of no confidence.",
                              ("The government faces a confidence vote.",)),
    "same-words-stalled": ("The talks have stalled.", ("The talks have stalled.",)),
    "paraphrase-on-hold": ("The talks are on hold.", ("The talks have stalled.",)),
    "outcome-given-later": ("The talks broke down.", ("The talks stalled in May and broke down in June.",)),
    "kept-possible": ("The talks could collapse.", ("The talks are deadlocked.",)),
    "kept-to-resume": ("The talks are due to resume next week.", ("The talks are set to resume next week.",)),
    "ended-given": ("The talks ended on Friday with no deal.",
                    ("The talks, under way since Monday, ended on Friday with no deal.",)),
    "succession": ("Smith succeeded Jones as chair.", ("Jones was suspended in May and Smith succeeded him.",)),
    "detained-for-arrested": ("Police detained the suspect.", ("Police arrested the suspect.",)),
    "charged-given": ("Police charged two men.", ("Police arrested three men and charged two of them.",)),
    "yet-to-be-charged": ("Acme is yet to be charged.", ("Police arrested Acme's chief.",)),
    "inquiry-for-investigating": ("The regulator opened an inquiry into Acme.",
                                  ("The regulator is investigating Acme.",)),
    "fine-given": ("The regulator fined Acme.", ("The regulator investigated Acme and fined it.",)),
    "negotiating-for-talks": ("Acme is negotiating to buy Bolt.", ("Acme is in talks to buy Bolt.",)),
    "not-bought": ("Acme has not bought Bolt.", ("Acme is in talks to buy Bolt.",)),
    "bought-before": ("Acme bought Bolt in 2020.", ("Acme, which bought Bolt in 2020, is in talks to buy Dax.",)),
    "completed-after-talks": ("Acme completed the takeover of Bolt.",
                              ("Acme completed the takeover of Bolt after months of talks.",)),
    "settlement-talks-kept": ("Acme is in talks to settle the case.", ("Acme is in settlement talks over the case.",)),
    "appealing-kept": ("Acme is appealing against the ban.", ("Acme appealed against the ban.",)),
    "overturned-given": ("The ban was overturned.", ("Acme appealed against the ban, which was overturned in May.",)),
    "upheld-beside-appeal": ("The court upheld the ban.", ("The court upheld the ban, which Acme is appealing.",)),
    "lifted-elsewhere": ("Acme lifted its forecast.", ("Acme, which is appealing a fine, raised its forecast.",)),
    "recovering-kept": ("Exports are recovering.", ("Exports are recovering.",)),
    "begun-to-recover": ("Exports have started to recover.", ("Exports are recovering.",)),
    "partly-recovered": ("Exports have partly recovered.", ("Exports are recovering.",)),
    "improved-for-improving": ("Exports have improved.", ("Exports are improving.",)),
    "eased-for-easing": ("Inflation has eased.", ("Inflation is easing.",)),
    "being-rebuilt-kept": ("The town is being rebuilt.", ("The town is being rebuilt.",)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_a_process_kept_where_it_stands_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []


def test_a_claim_beside_the_fact_is_still_someones_word():
    found = sentence_findings("Acme broke the contract.",
                              ("Bolt claimed Acme broke the contract, and that Acme misled investors.",), "en", PARTIES)
    assert any(finding.startswith("the source gives this as someone's word ('claimed')") for finding in found), found


def test_no_confidence_in_a_minister_is_still_a_negation():
    found = sentence_findings("The party has no confidence in the minister.",
                              ("The party has confidence in the minister.",), "en", PARTIES)
    assert any(finding.startswith("this sentence adds a negation") for finding in found), found


def test_an_item_cited_as_a_whole_is_read_too():
    from support import item_findings

    found = item_findings("Acme bought Bolt. Its shares rose.", ("Acme made an offer for Bolt.",), "en",
                          PARTIES)
    assert any(finding.startswith(f"this sentence tells as an outcome ('bought') {TALKS}") for finding in found), found
