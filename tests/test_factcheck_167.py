"""Honest figures refused, English first, and a count's day:

1. A gapped second member: "5,000 people marched in Leeds." citing "Police said 3,000 people marched in York and 5,000
   in Leeds." was refused ("pairs 5,000 with 'people marched in'"): the second member, "5,000 in Leeds", shares what
   the first says before its own "in" ("people marched"), so the first is named by "York" alone
   (explainer/paired_lists.py); "5,000 people marched in York" stays refused.
2. A ratio's "every": "Seven in every ten members backed the deal." (and "Seven of every ten") citing "70% of members
   backed the deal." was refused ("says 'every ten members'"): "every" after a count and "in", "of" or "out of" is a
   ratio's, no whole (explainer/proportions.py); "Seven in every ten" of "52%" stays refused (fractions_said.py).
3. A growth forecast's ends: "The bank had forecast growth of 1.8% before revising it." citing "The bank revised its
   growth forecast to 2.1% from 1.8%." was refused ("given as the size of a rise"): growth told as a level ("growth
   of 1.8%", "1.8% growth") of a passage's growth forecast is that forecast's level (explainer/direction.py). "The
   forecast was revised to 2.1% from 1.8%." was refused ("as the estimate of 'The'"): a word after an article, or an
   estimate's noun before "to" and a figure ("its growth forecast to 2.1%"), names no speaker
   (explainer/figure_speakers.py). "The forecast was revised to 1.8% from 2.1%." stays refused: a passive revision
   told swapped, which no check of a change's two ends reads, is revised.py's.
4. A multiple in words: "Le chômage est deux fois la moyenne." citing "le double de la moyenne" was refused ("deux" in
   no passage); so was Spanish "dos veces" of "el doble de". A plain number before "fois", "veces" is the noun's factor
   (explainer/multiples_romance.py); "trois fois" of "le double", "dos veces" of "más del doble" stay refused.
5. A miss: "The ministry's count on Monday was 980." citing "On Monday the ministry counted 1,250 dead; on Tuesday it
   revised the toll to 980." built. A count's noun dated to a day ("the count on Monday was 980", "Monday's toll was
   980", "On Monday, the toll stood at 980") is refused where the passages give the figure only in a clause of another
   day and give this day another figure (explainer/day_counts.py).

Each with its honest twins, which must build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import found_in_language, minimal_project, one_sentence_checked
from test_factcheck_134 import outcome_of

MARCH = "Police said 3,000 people marched in York and 5,000 in Leeds."
BANK = "The bank revised its growth forecast to 2.1% from 1.8%."
TOLL = "On Monday the ministry counted 1,250 dead; on Tuesday it revised the toll to 980."


# 1. A gapped second member
@pytest.mark.parametrize("sentence, words, outcome", [
    ("5,000 people marched in Leeds.", "", "ok"),
    ("In Leeds, 5,000 people marched.", "", "ok"),
    ("About 5,000 marched in Leeds.", "", "ok"),
    ("3,000 people marched in York.", "", "ok"),
    ("5,000 in Leeds and 3,000 in York marched.", "", "ok"),
    ("5,000 people marched in York.", "Leeds", "refused"),
    ("5,000 in York.", "pairs 5,000 with 'in York'", "refused"),
    ("3,000 people marched in Leeds and 5,000 in York.", "pairs 3,000", "refused"),
])
def test_a_gapped_second_member(sentence, words, outcome):
    assert outcome_of(found_in_language("en", sentence, MARCH), words) == outcome


# 2. A ratio's "every"
@pytest.mark.parametrize("sentence, passage, words, outcome", [
    ("Seven in every ten members backed the deal.", "70% of members backed the deal.", "", "ok"),
    ("Seven of every ten members backed the deal.", "70% of members backed the deal.", "", "ok"),
    ("Seven out of every ten members backed the deal.", "70% of members backed the deal.", "", "ok"),
    ("Seven of every ten members voted for the deal.", "70% of members backed the deal.", "", "ok"),
    ("Seven in every ten members backed the deal.", "52% of members backed the deal.", "about 70%", "refused"),
    ("Every member backed the deal.", "70% of members backed the deal.", "'Every member'", "refused"),
    ("All members backed the deal.", "70% of members backed the deal.", "'All members'", "refused"),
])
def test_a_ratio_every(sentence, passage, words, outcome):
    findings = found_in_language("en", sentence, passage)
    assert outcome_of(findings, words) == outcome, findings
    assert all("says 'every ten" not in finding for finding in findings)


# 3. A growth forecast's ends
@pytest.mark.parametrize("sentence, words, outcome", [
    ("The bank had forecast growth of 1.8% before revising it.", "", "ok"),
    ("The bank earlier projected growth of 1.8%.", "", "ok"),
    ("Before the revision, the bank expected growth of 1.8%.", "", "ok"),
    ("The bank's forecast of 1.8% growth was raised.", "", "ok"),
    ("The bank now expects growth of 2.1%.", "", "ok"),
    ("The bank forecast growth of 2.1% after first forecasting 1.8%.", "", "ok"),
    ("Growth of 1.8% had been forecast.", "", "ok"),
    ("The forecast was revised to 2.1% from 1.8%.", "", "ok"),
    ("The forecast was revised from 1.8% to 2.1%.", "", "ok"),
    ("The growth forecast was raised to 2.1% from 1.8%.", "", "ok"),
    ("The forecast, revised to 2.1% from 1.8%, was welcomed.", "", "ok"),
    ("The forecast was lifted to 2.1% from 1.8%.", "", "ok"),
    ("The forecast was revised to 1.8% from 2.1%.", "the other way round", "refused"),
    ("The estimate was revised from 2.1% to 1.8%.", "level reached", "refused"),
    ("The bank's growth forecast rose by 1.8%.", "size of a rise", "refused"),
    ("The economy grew 1.8%.", "size of a rise", "refused"),
])
def test_a_growth_forecasts_ends(sentence, words, outcome):
    findings = found_in_language("en", sentence, BANK)
    assert outcome_of(findings, words) == outcome, findings
    assert len(findings) <= 2, findings


def test_a_passive_revision_told_swapped_is_named_once():
    assert len(found_in_language("en", "The toll was revised to 1,250 from 980.", TOLL)) == 1
    assert found_in_language("en", "The toll was revised to 980 from 1,250.", TOLL) == []
    assert len(found_in_language("en", "The bank revised its forecast to 1.8% from 2.1%.", BANK)) == 1


# 4. A multiple in words
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Le chômage est deux fois la moyenne.", "Le chômage atteint le double de la moyenne.", "ok"),
    ("fr", "Le chômage atteint deux fois la moyenne nationale.", "Le chômage est le double de la moyenne nationale.",
     "ok"),
    ("fr", "Le chômage représente deux fois la moyenne.", "Le chômage atteint le double de la moyenne.", "ok"),
    ("es", "El paro es dos veces la media.", "El paro alcanza el doble de la media.", "ok"),
    ("es", "El desempleo llega a dos veces la media.", "El paro alcanza el doble de la media.", "ok"),
    ("es", "La cifra es tres veces la prevista.", "La cifra es el triple de lo previsto.", "ok"),
    ("de", "Die Arbeitslosigkeit ist zweimal so hoch wie der Durchschnitt.",
     "Die Arbeitslosigkeit erreicht das Doppelte des Durchschnitts.", "ok"),
    ("fr", "Le chômage est trois fois la moyenne.", "Le chômage atteint le double de la moyenne.", "refused"),
    ("fr", "Le chômage est deux fois la moyenne.", "Le chômage atteint le triple de la moyenne.", "refused"),
    ("fr", "Le chômage est deux fois la moyenne.", "Le chômage atteint plus du double de la moyenne.", "refused"),
    ("es", "El paro es tres veces la media.", "El paro alcanza el doble de la media.", "refused"),
    ("es", "El paro es dos veces la media.", "El paro alcanza más del doble de la media.", "refused"),
])
def test_a_multiple_in_words(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert outcome_of(findings, "is not in the passages") == outcome, findings


# 5. A count's day
@pytest.mark.parametrize("sentence, passage, outcome", [
    ("The ministry's count on Monday was 980.", TOLL, "refused"),
    ("The toll on Monday was 980.", TOLL, "refused"),
    ("Monday's official toll was 980.", TOLL, "refused"),
    ("On Monday, the toll stood at 980.", TOLL, "refused"),
    ("The toll on Monday was 1,250.", "Officials gave a toll of 980 on Monday. On Tuesday they counted 1,250.",
     "refused"),
    # honest twins
    ("The ministry's count on Monday was 1,250.", TOLL, "ok"),
    ("The toll on Tuesday was 980.", TOLL, "ok"),
    ("Tuesday's revised toll was 980.", TOLL, "ok"),
    ("On Tuesday the toll was 980.", TOLL, "ok"),
    ("The count on Monday, 1,250, was revised to 980.", TOLL, "ok"),
    ("The ministry's figure on Tuesday was 980, down from 1,250.", TOLL, "ok"),
    ("The toll on Monday was 980.", "Officials gave a toll of 980 on Monday. On Tuesday they counted 1,250.", "ok"),
    # a clause naming two days is not read
    ("The toll on Monday was 980.",
     "The toll on Sunday was 980; on Monday it rose to 1,250 and on Tuesday officials confirmed it.", "ok"),
    ("Monday's tally was 40.", "Rescuers found 40 bodies on Monday and 12 on Tuesday.", "ok"),
])
def test_a_counts_day(sentence, passage, outcome):
    findings = found_in_language("en", sentence, passage)
    assert outcome_of(findings, "as the figure of") == outcome, findings


def test_the_build_names_the_count_given_another_day(tmp_path: Path):
    lines = one_sentence_checked(minimal_project(tmp_path / "refused"), TOLL, "The ministry's count on Monday was 980.")
    assert any("gives 980 as the figure of Monday" in line and "Tuesday" in line for line in lines), lines
    assert one_sentence_checked(minimal_project(tmp_path / "honest"), MARCH, "5,000 people marched in Leeds.") == []
