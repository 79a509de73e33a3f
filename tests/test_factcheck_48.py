"""A forty-eighth fact-check: English misstatements a fact-checker found by probing.

A state told as going on that the passage ends ("The border remains closed" citing "The border was closed in
February and reopened in March"), and an event told as over that the passage gives as going on ("The strike ended on
Tuesday" citing "The strike entered its second week on Tuesday") are refused by explainer/ended_states.py. "Both
sides agreed to talks" citing "Northland agreed to talks; Southland has not responded" is refused by
explainer/one_side.py, which read only the other way round (one party named where the source says both). A
quotation cut joining a negated clause to words of the next ('"we will not negotiate … with the council"' citing
'"We will not negotiate with terrorists, but we remain open to talks with the council"') is refused by
explainer/cut_negations.py.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))
BORDER = "The border was closed in February and reopened in March."
STRIKE = "The strike entered its second week on Tuesday."
VOTE = "Southland's president survived a vote to remove him."
GOING_ON = "this sentence tells as going on"
OVER = "this sentence tells as over"

MISSTATED = {
    "remains-closed": ("The border remains closed.", BORDER, GOING_ON),
    "closed-since": ("The border has been closed since February.", BORDER, GOING_ON),
    "strike-still-going-on": ("The strike is still going on.", "The strike ended on Tuesday.", GOING_ON),
    "still-detained": ("The journalist is still detained.", "The journalist was detained in May and released in June.",
                       GOING_ON),
    "strike-ended": ("The strike ended on Tuesday.", STRIKE, OVER),
    "president-resigned": ("Southland's president resigned.", VOTE, OVER),
    "talks-ended": ("The talks ended on Friday.", "The talks continued into a third day on Friday.", OVER),
}


@pytest.mark.parametrize("sentence, passage, what", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_state_ended_or_an_event_going_on_misstated_is_refused(sentence: str, passage: str, what: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert [message for message in found if message.startswith(what)], found


HONEST = {
    "was-closed": ("The border was closed in February.", BORDER),
    "reopened": ("The border reopened in March.", BORDER),
    "remains-open": ("The border remains open.", BORDER),
    "closed-again": ("The border remains closed.", "The border reopened in March but was closed again in May."),
    "strike-ended": ("The strike ended on Tuesday.", "The strike ended on Tuesday."),
    "entered-its-second-week": ("The strike entered its second week on Tuesday.", STRIKE),
    "went-on": ("The strike went on into a second week.", STRIKE),
    "ended-after-going-on": ("The strike ended on Tuesday.",
                             "The strike, which entered its second week on Monday, ended on Tuesday."),
    "survived": ("Southland's president survived a vote to remove him.", VOTE),
    "kept-his-job": ("Southland's president kept his job.", VOTE),
    "another-subject-ended": ("The ceasefire ended the fighting.", "The fighting continued until the ceasefire."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_a_state_or_event_told_as_the_passage_tells_it_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


TALKS = "Northland agreed to talks; Southland has not responded."
ONE_ALONE = "where its cited passages say it of one side alone"


@pytest.mark.parametrize("sentence, passage", [
    ("Both sides agreed to talks.", TALKS),
    ("Both sides have agreed to talks.", TALKS),
    ("The two countries signed the accord.",
     "Southland signed the accord on Monday, while Northland said it needed more time."),
], ids=["both-agreed", "both-have-agreed", "two-countries-signed"])
def test_both_sides_told_of_what_one_did_is_refused(sentence: str, passage: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert [message for message in found if ONE_ALONE in message], found


@pytest.mark.parametrize("sentence, passage", [
    ("Northland agreed to talks.", TALKS),
    ("Both sides agreed to talks.", "Northland and Southland agreed to talks."),
    ("Both sides agreed to talks.", "Northland agreed to talks on Monday, and Southland agreed on Tuesday."),
    ("Both sides agreed to talks.", "Both sides agreed to talks on Monday."),
    ("Qatar urged both sides to agree to talks.", TALKS),
], ids=["one-named", "both-named", "each-in-turn", "both-in-the-source", "both-as-object"])
def test_both_sides_kept_where_the_source_gives_both_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


MINISTER = 'The minister said: "We will not negotiate with terrorists, but we remain open to talks with the council."'
UNION = 'The union said: "We will not strike before the talks end, but we will walk out this winter if they fail."'
JOINED = "this quotation's cut joins"


@pytest.mark.parametrize("sentence, passage", [
    ('The minister said "we will not negotiate … with the council".', MINISTER),
    ('The union said it "will not strike … this winter".', UNION),
], ids=["negotiate-with-the-council", "strike-this-winter"])
def test_a_cut_joining_a_negated_clause_to_the_next_is_refused(sentence: str, passage: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert [message for message in found if message.startswith(f"{JOINED} '")
            and "after 'but'" in message], found


@pytest.mark.parametrize("sentence, passage", [
    ('The minister said "we will not negotiate …".', MINISTER),
    ('The minister said "we will not negotiate … with terrorists".',
     'The minister said: "We will not negotiate, now or ever, with terrorists, but we remain open to talks."'),
    ('The minister said "we remain open to talks with the council".', MINISTER),
    ('The minister said "we will not negotiate with terrorists … we remain open to talks".', MINISTER),
], ids=["cut-at-the-end", "cut-inside-one-clause", "uncut-second-clause", "second-clause-its-own"])
def test_a_cut_that_keeps_each_clause_its_own_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


RAISED = {
    "destroyed-for-damaged": ("The refinery was destroyed.", "The refinery was damaged.", "damaged", "destroyed"),
    "killed-for-wounded": ("Twelve villagers were killed in the strike.", "Twelve villagers were wounded in the strike.",
                           "wounded", "killed"),
    "arrested-for-questioned": ("Police arrested the mayor on Monday.", "Police questioned the mayor on Monday.",
                                "questioned", "arrested"),
    "banned-for-restricted": ("The city banned protests downtown.", "The city restricted protests downtown.",
                              "restricted", "banned"),
}


@pytest.mark.parametrize("sentence, passage, weaker, stronger", RAISED.values(), ids=RAISED.keys())
def test_a_degree_raised_is_refused(sentence: str, passage: str, weaker: str, stronger: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert f"this sentence raises its cited passages' '{weaker}' to '{stronger}': \"{sentence}\"" in found, found


@pytest.mark.parametrize("sentence, passage", [
    ("The refinery was damaged.", "The refinery was damaged."),
    ("The refinery was damaged and later destroyed.", "The refinery was damaged."),
    ("The refinery was not destroyed.", "The refinery was damaged."),
    ("The refinery was destroyed.", "The refinery was damaged on Monday and destroyed on Friday."),
    # no figure: "Twelve villagers were wounded" of "Twelve ... killed" gives the figure another act (figure_acts.py)
    ("Villagers were wounded in the strike.", "Villagers were killed in the strike."),
], ids=["same-word", "both-degrees", "negated", "both-in-the-source", "lowered"])
def test_a_degree_kept_or_lowered_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
