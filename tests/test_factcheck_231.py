"""The maritime ruling briefing's leftovers (tests/fixtures/newuser_131, tests/test_newuser_131.py's LEFTOVER) and
negations:

1. Refused though honest: "No date has been set for talks on the gas field." citing "Talks between the two countries
   on sharing the field are expected, but a date has not been set" was "adds a negation": polarity.py read the
   sentence's predicate as "talks", which the passage's short "a date has not been set" lacks. "No N has been V" and
   "a N has not been V" deny alike (explainer/no_subject_denials.py, called in polarity.py); twin: "No date was fixed
   for the strike ballot." of "The union wants a strike ballot, but a date was not fixed."
2. Refused though honest: French "L'Assemblée rejette la motion de censure" citing "... adopté en première lecture à
   l'Assemblée nationale, après le rejet, mardi 17 mars, de la motion de censure" was "adds a negation": a rejection
   told by its noun ("le rejet ... de la motion", "the rejection of the motion") backs one told by its verb
   (explainer/rejection_nouns.py, in polarity.py); twin: "Parliament rejected the motion." of "The bill passed after
   the rejection, on Tuesday, of the motion in parliament." (opposite_deeds.py still reads 'rejette' against
   'adopté' in the French sentence: not this file's.)
3. Built: "Marenia plans to begin drilling in the Halder field before talks with Ostrava." citing "... said it had no
   plans to begin drilling in the Halder field before talks with Ostrava. ... said drilling could begin ... if talks
   succeed": "no plans to begin" denies the plan, not the beginning, which "drilling could begin" was read to back
   (polarity.py); twin: "Acme plans to close the plant this year."
4. Built: "The tribunal adjusted the equidistance line westwards." citing "It adjusted the equidistance line eastwards"
   (explainer/compass_turned.py); twin: "The storm moved southwards overnight." of "northwards".
5. Built: "Legal experts said Ostrava's rejection would change the outcome." citing "... was unlikely to change the
   outcome" (explainer/unlikely_turned.py); twin: "Analysts said the merger would win approval from regulators". And
   "would probably not change the outcome" (or "is not likely to") of it was "adds a negation" (polarity.py: a doubt
   kept with the negation; a bare "would not change" hardens it and stays refused).
6. Built: "Ostrava has asked for an interpretation." (or "... rejected the ruling and has asked for an
   interpretation") citing "either side may ask for an interpretation" or "has 90 days to ask for an interpretation"
   (explainer/requests_told_made.py); twin: "The club requested a review of the ban." of "may ask for a review".
7. Built: "The tribunal adopted Marenia's equidistance line." citing "The tribunal drew neither line. It adjusted the
   equidistance line eastwards ..." (explainer/neither_chosen.py); twin: "The court adopted the union's proposal." of
   "The court adopted neither proposal".

Checks 4 to 7 are called on one line of cite.py. Each with honest twins that must build.
"""

from __future__ import annotations

import pytest

from support import findings_in_language, paragraph, sentence_findings
from test_newuser_131 import PARTIES, PASSAGES, REPORT, found

EAST = paragraph(REPORT, "eastwards")
UNLIKELY = paragraph(REPORT, "unlikely to change")
DRILL = paragraph(REPORT, "no plans")
NEITHER = paragraph(REPORT, "neither line")
DUE_SOUTH = paragraph(REPORT, "due south")
DISSENT = paragraph(REPORT, "further west")
FRENCH = ("Le projet de loi relevant l'âge légal de départ à la retraite de 62 à 64 ans a été adopté en première lecture "
          "à l'Assemblée nationale, après le rejet, mardi 17 mars, de la motion de censure déposée par les groupes "
          "d'opposition.")
BALLOT = "The union wants a strike ballot, but a date was not fixed."
PLANT = "Acme said it had no plans to close the plant this year. The plant could close in 2028 if demand falls."
MERGER = "Analysts said the merger was unlikely to win approval from regulators this year."
CLUB = "The club may ask for a review of the ban within 14 days, the league said."
COURT = "The court adopted neither proposal, and set a wage of its own."


def cited(sentence: str, *passages: str) -> list[str]:
    """Return the findings of a sentence of the maritime briefing citing `passages` (texts of its report)."""
    return sentence_findings(sentence, passages, "en", PARTIES, published="2026-10-09")


def negations(language: str, sentence: str, passage: str) -> list[str]:
    """Return the findings of a negation dropped or added of a sentence citing one passage."""
    return [finding for finding in findings_in_language(language, sentence, passage) if "negation" in finding]


# 1. "No date has been set" of "a date has not been set"
@pytest.mark.parametrize("sentence, passage", [
    ("No date has been set for talks on the gas field.", PASSAGES["TALKS"]),
    ("No date has yet been set for talks on sharing the field.", PASSAGES["TALKS"]),
    ("No date for talks on the field has been set.", PASSAGES["TALKS"]),
    ("No date was fixed for the strike ballot.", BALLOT),
])
def test_no_subject_denied_as_the_passage_denies_it_builds(sentence: str, passage: str):
    assert findings_in_language("en", sentence, passage) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("Talks on the field are expected, though no date has been set.", PASSAGES["TALKS"]),
    ("No agreement has been reached on wages.", "Talks on wages continued on Monday, but an agreement has not been "
                                                "reached."),
    ("No charges have been filed against the driver.", "Police questioned the driver, but charges have not been "
                                                       "filed."),
    ("No decision was taken on the budget.", "Ministers met on the budget, but a decision was not taken."),
    ("No date was set for the hearing.", "The hearing is expected, but the date has not yet been set."),
    ("No winner has been declared in the race.", "Counting in the race went on overnight and the winner has yet to "
                                                 "be declared."),
    ("No successor has been named to lead the bank.", "The governor resigned, and a successor to lead the bank has "
                                                      "not been named."),
    ("No vote has been held on the budget plan.", "Ministers debated the budget plan, but a vote has not been held."),
    ("No deal has been signed for the pipeline.", "Talks on the pipeline went on, but a deal has not been signed."),
    ("No team has been named for the inquiry.", "Ministers promised an inquiry; the team has yet to be named."),
])
def test_other_denials_of_a_subject_still_build(sentence: str, passage: str):
    assert findings_in_language("en", sentence, passage) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("No date has been set for talks on the gas field.", "Talks on the gas field are expected, and a date has been "
                                                         "set."),
    ("No agreement has been reached on wages.", "An agreement on wages has been reached, officials said."),
    ("No charges have been filed against the driver.", "Police filed charges against the driver on Monday."),
])
def test_a_denial_of_what_the_passage_tells_done_stays_refused(sentence: str, passage: str):
    assert findings_in_language("en", sentence, passage), sentence


# 2. A rejection told by its noun
@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "L'Assemblée rejette la motion de censure.", FRENCH),
    ("fr", "L'Assemblée a rejeté la motion de censure.", FRENCH),
    ("fr", "L'Assemblée nationale rejette la motion de censure de l'opposition.", FRENCH),
    ("en", "Parliament rejected the motion.", "The bill passed after the rejection, on Tuesday, of the motion in "
                                              "parliament."),
])
def test_a_rejection_told_by_its_noun_backs_its_verb(language: str, sentence: str, passage: str):
    assert negations(language, sentence, passage) == [], sentence


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "L'Assemblée nationale a rejeté mardi la motion de censure.", FRENCH),
    ("fr", "La motion de censure a été rejetée.", FRENCH),
    ("en", "The council rejected the appeal.", "The council met again after its rejection of the appeal on Monday."),
    ("en", "The board rejected the offer.", "Shares fell after the board's rejection of the offer."),
    ("es", "El Congreso rechazó la enmienda.", "La ley se aprobó en el Congreso tras el rechazo de la enmienda."),
    ("en", "The court rejected the request.", "The court's rejection of the request came on Monday."),
    ("fr", "Le Sénat a rejeté l'amendement.", "Le texte a été voté au Sénat après le rejet de l'amendement du "
                                              "gouvernement."),
])
def test_other_rejections_told_by_nouns_still_build(language: str, sentence: str, passage: str):
    assert negations(language, sentence, passage) == [], sentence


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "L'Assemblée rejette la motion de censure.", "Le projet a été adopté à l'Assemblée nationale, après "
                                                        "l'adoption de la motion de censure."),
    ("en", "The board rejected the offer.", "Shares rose after the board's acceptance of the offer."),
])
def test_a_rejection_of_what_the_passage_accepts_stays_refused(language: str, sentence: str, passage: str):
    assert negations(language, sentence, passage), sentence


# 3. "No plans to begin" denies the plan
@pytest.mark.parametrize("sentence, passage", [
    ("Marenia plans to begin drilling in the Halder field before talks with Ostrava.", DRILL),
    ("Acme plans to close the plant this year.", PLANT),
])
def test_a_plan_the_source_denies_is_refused(sentence: str, passage: str):
    assert any("drops the negation" in finding for finding in findings_in_language("en", sentence, passage)), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("Marenia has no plans to begin drilling in the Halder field before talks with Ostrava.", DRILL),
    ("Marenia says it does not plan to drill in the Halder field before talks.", DRILL),
    ("Drilling could begin within three years if talks succeed, a Marenian official said.", DRILL),
    ("Marenia plans no drilling in the Halder field before talks with Ostrava.", DRILL),
    ("The plant could close in 2028 if demand falls.", PLANT),
    ("Acme has no plans to close the plant this year, though it could close in 2028.", PLANT),
    ("Acme does not intend to close the plant this year.", PLANT),
    ("Acme said it had no plans to close the plant this year.", PLANT),
    ("No one was injured and no plans to rebuild the school have been made.", "No one was injured. The council said "
                                                                               "it had no plans to rebuild the school."),
])
def test_a_plan_denied_or_a_deed_possible_builds(sentence: str, passage: str):
    assert findings_in_language("en", sentence, passage) == [], sentence


# 4. Compass ways
@pytest.mark.parametrize("sentence, passages", [
    ("The tribunal adjusted the equidistance line westwards.", (EAST,)),
    ("The tribunal moved the line further west.", (EAST,)),
    ("The storm moved southwards overnight.", ("The storm moved northwards overnight, forecasters said.",)),
])
def test_a_way_turned_is_refused(sentence: str, passages: tuple):
    assert any("where its cited passages say" in finding for finding in cited(sentence, *passages)), sentence


@pytest.mark.parametrize("sentence, passages", [
    ("The tribunal adjusted the equidistance line eastwards.", (EAST,)),
    ("The tribunal shifted the line east to account for three islands.", (EAST,)),
    ("Judge Venn said the line should have run further west.", (DISSENT,)),
    ("The line was adjusted eastwards, though Judge Venn would have run it further west.", (EAST, DISSENT)),
    ("Ostrava argued for a line running due south from the land border.", (DUE_SOUTH,)),
    ("The storm moved northwards overnight.", ("The storm moved north overnight, forecasters said.",)),
    ("Troops advanced further south.", ("Troops advanced southwards on Tuesday.",)),
    ("The pipeline will run west from the coast.", ("The pipeline will run westwards from the coast.",)),
    ("The fire spread north-eastwards.", ("The fire spread south-west on Monday.",)),
    ("Prices in the west rose.", ("Prices rose in the east and west.",)),
])
def test_a_way_kept_builds(sentence: str, passages: tuple):
    assert not any("where its cited passages say" in finding for finding in cited(sentence, *passages)), sentence


# 5. Unlikely told as likely
@pytest.mark.parametrize("sentence, passage", [
    ("Legal experts said Ostrava's rejection would change the outcome.", UNLIKELY),
    ("Ostrava's rejection changed the outcome.", UNLIKELY),
    ("Analysts said the merger would win approval from regulators this year.", MERGER),
])
def test_unlikely_told_as_likely_is_refused(sentence: str, passage: str):
    assert any("give as unlikely" in finding for finding in cited(sentence, passage)), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("Legal experts said Ostrava's rejection was unlikely to change the outcome.", UNLIKELY),
    ("Legal experts said the rejection would probably not change the outcome.", UNLIKELY),
    ("Ostrava's rejection is not likely to change the outcome.", UNLIKELY),
    ("Experts said the rejection would likely not change the outcome.", UNLIKELY),
    ("Experts doubted that Ostrava's rejection would change the outcome.", UNLIKELY),
    ("Ostrava's rejection is not expected to change the outcome, experts said.", UNLIKELY),
    ("Experts said there was little chance the rejection would change the outcome.", UNLIKELY),
    ("Experts said Ostrava's rejection was unlikely to alter the outcome.", UNLIKELY),
    ("Legal experts said the outcome would stand despite Ostrava's rejection.", UNLIKELY),
    ("Analysts said the merger was unlikely to win approval this year.", MERGER),
    ("Analysts doubted the merger would win approval from regulators this year.", MERGER),
    ("Analysts said regulators would probably not approve the merger this year.", MERGER),
])
def test_the_doubt_kept_builds(sentence: str, passage: str):
    assert cited(sentence, passage) == [], sentence


# 6. A request told made
@pytest.mark.parametrize("sentence, passages", [
    ("Ostrava has asked for an interpretation.", (PASSAGES["VOTE"],)),
    ("Ostrava rejected the ruling and has asked for an interpretation.", (PASSAGES["REJ"], PASSAGES["NINETY"])),
    ("Ostrava has asked the tribunal for an interpretation of the ruling.", (PASSAGES["NINETY"],)),
    ("The club requested a review of the ban.", (CLUB,)),
])
def test_a_request_told_made_is_refused(sentence: str, passages: tuple):
    assert any("request" in finding and "only as possible" in finding for finding in cited(sentence, *passages)), sentence


@pytest.mark.parametrize("sentence, passages", [
    ("Either side may ask for an interpretation.", (PASSAGES["VOTE"],)),
    ("Ostrava could still ask for an interpretation of the ruling.", (PASSAGES["VOTE"],)),
    ("Ostrava has 90 days to ask for an interpretation.", (PASSAGES["NINETY"],)),
    ("Ostrava has not asked for an interpretation.", (PASSAGES["VOTE"],)),
    ("Ostrava has yet to ask for an interpretation.", (PASSAGES["NINETY"],)),
    ("Ostrava may yet ask the tribunal for an interpretation.", (PASSAGES["VOTE"], PASSAGES["REJ"])),
    ("Marenia had asked the tribunal to draw a line at equal distance from both coasts.", (DUE_SOUTH,)),
    ("The club may seek a review of the ban.", (CLUB,)),
    ("The club is entitled to ask for a review of the ban.", (CLUB,)),
    ("The club has asked for a review of the ban.", ("The club has asked for a review of the ban. It may ask for a "
                                                     "hearing too.",)),
    ("The club will ask for a review of the ban.", (CLUB,)),
])
def test_a_request_kept_possible_or_told_made_builds(sentence: str, passages: tuple):
    assert not any("request" in finding and "only as possible" in finding
                   for finding in cited(sentence, *passages)), sentence


# 7. One of neither chosen
@pytest.mark.parametrize("sentence, passage", [
    ("The tribunal adopted Marenia's equidistance line.", NEITHER),
    ("The tribunal accepted the equidistance line.", NEITHER),
    ("The tribunal drew Ostrava's line.", NEITHER),
    ("The court adopted the union's proposal.", COURT),
])
def test_one_told_chosen_of_neither_is_refused(sentence: str, passage: str):
    assert any("tells one chosen" in finding for finding in cited(sentence, passage)), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("The tribunal drew neither line.", NEITHER),
    ("The tribunal adopted neither country's line.", NEITHER),
    ("The tribunal rejected both proposed lines and adjusted the equidistance line eastwards.", NEITHER),
    ("Instead of either line, the tribunal drew its own.", NEITHER),
    ("The tribunal did not adopt Marenia's line.", NEITHER),
    ("The tribunal took the equidistance line as its starting point and moved it eastwards.", NEITHER),
    ("The tribunal drew a new line, adjusting the equidistance line eastwards.", NEITHER),
    ("The tribunal chose a compromise line.", NEITHER),
    ("The tribunal drew the boundary line on Thursday.", NEITHER),
    ("The court adopted neither proposal.", COURT),
    ("The court set a wage of its own rather than adopt the union's proposal.", COURT),
    ("The court adopted its own proposal.", COURT),
])
def test_neither_kept_builds(sentence: str, passage: str):
    assert not any("tells one chosen" in finding for finding in cited(sentence, passage)), sentence


def test_the_leftovers_of_the_briefing_are_read():
    """The fixture's own wording: the talks' date denied, and each misstatement of the LEFTOVER list refused."""
    assert found("TALKS", "No date has been set for talks on the gas field.") == []
    for key, sentence in [("REJ", "Ostrava rejected the ruling and has asked for an interpretation.")]:
        assert cited(sentence, PASSAGES[key], PASSAGES["NINETY"]), sentence
