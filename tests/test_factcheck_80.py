"""An eightieth fact-check: English leftovers of the last rounds.

Each of these built: "Acme accepted the demand." citing "Acme turned the demand down." (a particle split off), "Acme's
rejection of the demand was final." (the deed as a noun after its doer) or "Acme declined the demand." ("declined"
before a thing refused, no figure: opposite_deeds.py); "Northland lifted the ban on imports." citing "Northland kept the
ban on imports." (a restriction kept or lifted: opposite_deeds.py); "The talks ended in agreement." citing "The talks
ended without agreement." (with_without.py); "Acme admitted fault." citing "Whether Acme admitted fault remains
disputed." (a "whether" clause opening a sentence: framed_clauses.py); and "Northland has 5,000 more troops than
Southland." citing "Northland has 5,000 troops at the border." (a difference the passage never gives:
added_figures.py). "Southland voted against the resolution." citing "Southland opposed the resolution." was refused
as a negation added (polarity.py), and builds now; "Acme agreed to the terms." citing "Acme refused the terms." was
refused twice (unbacked_deeds.py and opposite_deeds.py), and a negation dropped was named twice: once each now.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from support import item_findings, sentence_findings, sides_and_firms

PARTIES = sides_and_firms()

TURNED = {
    # refused by unbacked_deeds.py ("agreed" no passage gives) as well, before: named once, as turned
    "agreed-to-for-refused": ("Acme agreed to the terms.", "Acme refused the terms.", "agreed", "refused"),
    "particle-split-off": ("Acme accepted the demand.", "Acme turned the demand down.", "accepted", "turned down"),
    "rejection-as-a-noun": ("Acme accepted the demand.", "Acme's rejection of the demand was final.", "accepted",
                            "rejection"),
    "approval-as-a-noun": ("Acme rejected the plan.", "Acme's approval of the plan came on Monday.", "rejected",
                           "approval"),
    "denial-as-a-noun": ("Acme admitted the allegations.", "Acme's swift denial of the allegations surprised no one.",
                         "admitted", "denial"),
    "ban-as-a-noun": ("Northland allowed imports of grain.", "Northland's ban on imports of grain took effect.",
                      "allowed", "ban"),
    "declined-a-thing": ("Acme accepted the demand.", "Acme declined the demand.", "accepted", "declined"),
    "declined-for-accepted": ("Bolt declined the offer.", "Bolt accepted the offer.", "declined", "accepted"),
    "lifted-for-kept": ("Northland lifted the ban on imports.", "Northland kept the ban on imports.", "lifted",
                        "kept"),
    "extended-for-eased": ("Southland extended the curfew.", "Southland eased the curfew.", "extended", "eased"),
    "ended-for-maintained": ("Northland ended sanctions on Southland.", "Northland maintained sanctions on Southland.",
                             "ended", "maintained"),
    "voted-for-for-opposed": ("Southland voted for the resolution.", "Southland opposed the resolution.", "voted for",
                              "opposed"),
}


@pytest.mark.parametrize("sentence, passage, said, theirs", TURNED.values(), ids=TURNED.keys())
def test_a_deed_turned_into_its_opposite_is_refused_once(sentence: str, passage: str, said: str, theirs: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert len(found) == 1 and found[0].startswith(
        f"this sentence says '{said}' where its cited passages say '{theirs}'"), found


ENDED_IN = {
    "in-agreement-for-without": ("The talks ended in agreement.", "The talks ended without agreement.",
                                 "in agreement", "without agreement"),
    "without-a-deal-for-in": ("The talks ended without a deal.", "The talks ended in a deal.", "without a deal",
                              "in a deal"),
}


@pytest.mark.parametrize("sentence, passage, said, theirs", ENDED_IN.values(), ids=ENDED_IN.keys())
def test_an_end_in_a_thing_told_as_without_it_is_refused(sentence: str, passage: str, said: str, theirs: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert found == [f"this sentence says '{said}' where its cited passages say '{theirs}': \"{sentence}\""], found


WHETHER = {
    "opening-whether": ("Acme admitted fault.", "Whether Acme admitted fault remains disputed."),
    "whether-after-a-sentence": ("Northland moved troops to the border.",
                                 "Talks resumed on Monday. Whether Northland moved troops to the border is unknown."),
}


@pytest.mark.parametrize("sentence, passage", WHETHER.values(), ids=WHETHER.keys())
def test_a_clause_a_whether_opens_told_as_fact_is_refused(sentence: str, passage: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert len(found) == 1 and found[0].startswith(
        "this sentence states as fact what its cited passages give only after 'Whether'"), found


DIFFERENCE = {
    "more-than": ("Northland has 5,000 more troops than Southland.", "Northland has 5,000 troops at the border.",
                  "5,000", "5,000 more troops than"),
    "fewer-than": ("Southland has 2,000 fewer tanks than Northland.", "Southland has 2,000 tanks.", "2,000",
                   "2,000 fewer tanks than"),
}


@pytest.mark.parametrize("sentence, passage, figure, shown", DIFFERENCE.values(), ids=DIFFERENCE.keys())
def test_a_total_told_as_a_difference_is_refused(sentence: str, passage: str, figure: str, shown: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert found == [f"this sentence gives {figure} as a difference ('{shown}') where its cited passages give "
                     f"{figure} as a total, compared with nothing: \"{sentence}\""], found


def test_a_negation_dropped_is_named_once():
    found = sentence_findings("Northland withdrew its troops.", ("Northland did not withdraw its troops.",), "en",
                              PARTIES)
    assert len(found) == 1 and found[0].startswith("this sentence drops the negation of its cited passage"), found


def test_a_negation_dropped_in_an_item_cited_whole_is_named_once():
    found = item_findings("Northland withdrew its troops. Talks went on.", ("Northland did not withdraw its troops.",),
                          "en", PARTIES)
    assert len(found) == 1 and found[0].startswith("this sentence drops the negation of its cited passage"), found


def test_a_vote_against_told_as_one_for_stays_refused():
    found = sentence_findings("Southland voted against the resolution.", ("Southland supported the resolution.",),
                              "en", PARTIES)
    assert found == ["this sentence adds a negation to its cited passage ('Southland supported the resolution'): "
                     "\"Southland voted against the resolution\""], found


HONEST = {
    "voted-against-for-opposed": ("Southland voted against the resolution.", "Southland opposed the resolution."),
    "opposed-for-voted-against": ("Southland opposed the resolution.", "Southland voted against the resolution."),
    "split-particle-same-words": ("Acme turned the demand down.", "Acme turned the demand down."),
    "particle-joined": ("Acme turned down the demand.", "Acme turned the demand down."),
    "verb-for-noun": ("Acme rejected the demand.", "Acme's rejection of the demand was final."),
    "refused-for-declined": ("Acme refused the demand.", "Acme declined the demand."),
    "declined-with-a-figure": ("Acme's shares declined 3% after the vote.",
                               "Acme accepted the vote, and Acme's shares declined 3%."),
    "ban-lifted-as-allowed": ("Northland allowed imports of grain.", "Northland lifted its ban on imports of grain."),
    "kept-for-maintained": ("Northland kept the ban on imports.", "Northland maintained the ban on imports."),
    "extended-a-deadline": ("Acme extended the deadline for the offer.",
                            "Acme extended the deadline, and Bolt eased its stance on the offer."),
    "ended-in-a-place": ("The talks ended in Geneva without agreement.", "The talks ended without agreement in Geneva."),
    "ended-in-deadlock": ("The talks ended in deadlock.", "The talks ended without agreement."),
    "ended-in-agreement-same": ("The talks ended in agreement.", "The talks ended with an agreement."),
    "whether-kept": ("Whether Acme admitted fault is disputed.", "Whether Acme admitted fault remains disputed."),
    "dispute-kept": ("Acme's admission of fault remains disputed.", "Whether Acme admitted fault remains disputed."),
    "total-kept": ("Northland has 5,000 troops at the border.", "Northland has 5,000 troops at the border."),
    "difference-given": ("Northland has 5,000 more troops than Southland.",
                         "Northland has 12,000 troops, 5,000 more than Southland."),
    "refused-the-terms": ("Acme refused the terms.", "Acme refused the terms."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_rewording_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
