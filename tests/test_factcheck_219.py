"""A German rail-strike briefing's leftovers (tests/test_newuser_123.py, fixture tests/fixtures/newuser_123), each
refused narrowly, with honest twins that build:

1. An offer's figure given to a demand, or a demand's to an offer (explainer/german_offer_demand_figures.py): "Die
   Gewerkschaft fordert 9,5 Prozent mehr Lohn bei einer Laufzeit von 30 Monaten" citing "fordert 9,5 Prozent ... bei
   einer Laufzeit von zwölf Monaten ... Die Nordbahn bietet bisher 4,8 Prozent ... bei einer Laufzeit von 30
   Monaten" built; so did "Die Nordbahn bietet eine Inflationsprämie von mindestens 450 Euro" of the demand's 450.
2. A demand made told as given up (explainer/german_dropped_demands.py): "Die Gewerkschaft hat ihre Forderung von
   9,5 Prozent fallen gelassen" citing "Die Gewerkschaft fordert 9,5 Prozent mehr Lohn" built.
3. A figure moved to another day of the week (explainer/german_weekday_figures.py): "Nach Angaben der Nordbahn
   fielen am Donnerstag 4.200 Züge aus" citing "fielen am Mittwoch 4.200 von 6.100 geplanten Zügen aus, am
   Donnerstag waren es 4.650" built.
4. A correction told the wrong way round (explainer/corrected_from_to_german.py): "Die Nordbahn korrigierte die Zahl
   von 1,1 auf 1,4 Milliarden Euro" citing "korrigierte das Unternehmen diese Zahl auf 1,1 Milliarden Euro" built.
5. An open question told as settled (explainer/german_open_questions.py): "Eine Einigung vor Weihnachten ist
   sicher" citing "Ob es noch vor Weihnachten eine Einigung gibt, ist offen" built.
6. An estimate told as fact (explainer/german_estimates.py): "Der Schaden für die Industrie beträgt bis zu 100
   Millionen Euro pro Streiktag" citing "Der Verband ... schätzt den Schaden für die Industrie auf bis zu 100
   Millionen Euro pro Streiktag" built.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, found_in_language, paragraph

FIXTURE = REPO / "tests" / "fixtures" / "newuser_123"
REPORT = (FIXTURE / "seeds" / "bahnstreik.txt").read_text(encoding="utf-8")
PARTIES = (
    Party(id="gsv", name="Gewerkschaft Schiene und Verkehr", short_name="GSV", role="Gewerkschaft",
          aliases=("die Gewerkschaft",)),
    Party(id="nordbahn", name="Nordbahn AG", short_name="Nordbahn", role="Bahnunternehmen", aliases=("das Unternehmen",)),
    Party(id="gericht", name="Landesarbeitsgericht Mainfurt", short_name="Landesarbeitsgericht", role="Gericht"),
)
DEMAND = "Die Gewerkschaft fordert 9,5"
TRAINS = "Nach Angaben der Nordbahn fielen"
COST = "Am Mittwoch hatte die Nordbahn"
OPEN = "Ob es noch vor Weihnachten"
DAMAGE = "Auch die Wirtschaft klagt"


def found(words: str, sentence: str) -> list[str]:
    """Return the findings of a German sentence citing the report's paragraph that holds `words`."""
    return found_in_language("de", sentence, paragraph(REPORT, words), PARTIES, published="2026-11-20")


MISSTATEMENTS = [  # each built before this work
    # 1. an offer's figure given to a demand, a demand's to an offer
    (DEMAND, "Die Gewerkschaft fordert 9,5 Prozent mehr Lohn bei einer Laufzeit von 30 Monaten.", "only an offer"),
    (DEMAND, "Die GSV fordert 9,5 Prozent, mindestens aber 450 Euro, bei einer Laufzeit von 30 Monaten.",
     "only an offer"),
    (DEMAND, "Die Nordbahn bietet 4,8 Prozent bei einer Laufzeit von zwölf Monaten.", "only a demand"),
    (DEMAND, "Die Nordbahn bietet eine Inflationsprämie von mindestens 450 Euro.", "only a demand"),
    (DEMAND, "Die GSV verlangt eine Inflationsprämie von 1.500 Euro.", "only an offer"),
    # 2. a demand told dropped
    (DEMAND, "Die Gewerkschaft hat ihre Forderung von 9,5 Prozent fallen gelassen.", "as given up"),
    (DEMAND, "Die GSV ließ ihre Forderung von 9,5 Prozent fallen.", "as given up"),
    (DEMAND, "Die GSV ist von ihrer Forderung nach 9,5 Prozent abgerückt.", "as given up"),
    (DEMAND, "Die GSV hat ihre Forderung nach einer kürzeren Arbeitszeit aufgegeben.", "as given up"),
    # 3. a figure moved to another day
    (TRAINS, "Nach Angaben der Nordbahn fielen am Donnerstag 4.200 Züge aus.", "to Donnerstag"),
    (TRAINS, "Laut Nordbahn fielen am Donnerstag 4.200 von 6.100 Zügen aus.", "to Donnerstag"),
    (TRAINS, "Nach Angaben der Nordbahn fielen am Mittwoch 4.650 Züge aus.", "to Mittwoch"),
    # 4. a correction the wrong way round
    (COST, "Die Nordbahn korrigierte die Zahl von 1,1 auf 1,4 Milliarden Euro.", "corrects from 1,1"),
    (COST, "Die Zahl wurde von 1,1 auf 1,4 Milliarden Euro korrigiert.", "corrects from 1,1"),
    (COST, "Korrigiert hat die Nordbahn ihre Zahl am Donnerstag von 1,1 auf 1,4 Milliarden Euro.", "corrects from 1,1"),
    # 5. an open question told settled
    (OPEN, "Eine Einigung vor Weihnachten ist sicher.", "calls sure"),
    (OPEN, "Eine Einigung vor Weihnachten gilt als sicher.", "calls sure"),
    # 6. an estimate told as fact
    (DAMAGE, "Der Schaden für die Industrie beträgt bis zu 100 Millionen Euro pro Streiktag.", "only as estimated"),
    (DAMAGE, "Der Schaden für die Industrie liegt bei bis zu 100 Millionen Euro pro Streiktag.", "only as estimated"),
]


@pytest.mark.parametrize("words, sentence, told", MISSTATEMENTS)
def test_each_misstatement_is_refused(words: str, sentence: str, told: str):
    findings = found(words, sentence)
    assert any(told in finding for finding in findings), findings


HONEST = [  # paraphrases that must build
    # 1.
    (DEMAND, "Die GSV fordert 9,5 Prozent bei zwölf Monaten Laufzeit, die Nordbahn bietet 4,8 Prozent bei 30 Monaten."),
    (DEMAND, "Die Gewerkschaft verlangt 9,5 Prozent bei zwölf Monaten Laufzeit."),
    (DEMAND, "Die Nordbahn hat 4,8 Prozent in zwei Stufen über 30 Monate angeboten."),
    (DEMAND, "Die Nordbahn bot eine einmalige Inflationsprämie von 1.500 Euro an."),
    (DEMAND, "Die GSV fordert 9,5 Prozent, die Nordbahn 4,8 Prozent."),
    (DEMAND, "Die GSV fordert zwölf Monate Laufzeit, die Nordbahn 30 Monate."),
    (DEMAND, "Die GSV fordert, das Angebot von 4,8 Prozent deutlich zu verbessern."),
    (DEMAND, "Die GSV fordert 9,5 Prozent statt 4,8 Prozent."),
    (DEMAND, "Während die GSV 9,5 Prozent fordert, bietet die Nordbahn 4,8 Prozent."),
    (DEMAND, "Die GSV fordert mindestens 450 Euro im Monat, die Nordbahn bietet einmalig 1.500 Euro."),
    (DEMAND, "Die Gewerkschaft verlangt, die Arbeitszeit von 38 auf 35 Stunden zu senken."),
    # 2.
    (DEMAND, "Die Gewerkschaft hält an ihrer Forderung von 9,5 Prozent fest."),
    (DEMAND, "Die Gewerkschaft hat ihre Forderung von 9,5 Prozent nicht fallen gelassen."),
    (DEMAND, "Von ihrer Forderung nach 9,5 Prozent ist die GSV nicht abgerückt."),
    (DEMAND, "Die Nordbahn verlangt, dass die GSV ihre Forderung von 9,5 Prozent fallen lässt."),
    (DEMAND, "Die GSV gab ihre Forderung auf einer Pressekonferenz bekannt."),
    (DEMAND, "Die GSV hat ihre Forderung von 9,5 Prozent aufrechterhalten."),
    (DEMAND, "Die Nordbahn hat die Forderung nach 35 Stunden zurückgewiesen."),
    # 3.
    (TRAINS, "Nach Angaben der Nordbahn fielen am Mittwoch 4.200 Züge aus."),
    (TRAINS, "Nach Angaben der Nordbahn fielen am Donnerstag 4.650 Züge aus."),
    (TRAINS, "Laut Nordbahn fielen am Mittwoch 4.200 und am Donnerstag 4.650 Züge aus."),
    (TRAINS, "Laut der Nordbahn waren es am Donnerstag 4.650 ausgefallene Züge, am Mittwoch 4.200."),
    (TRAINS, "Laut Nordbahn fiel am Mittwochabend der Großteil der Züge aus: 4.200 von 6.100."),
    (TRAINS, "Laut Nordbahn fiel am Donnerstag mehr als die Hälfte der 6.100 Züge aus."),
    (TRAINS, "Die Nordbahn meldete für Mittwoch 4.200 Ausfälle."),
    # 4.
    (COST, "Die Nordbahn korrigierte ihre Schätzung am Donnerstag von 1,4 Milliarden auf 1,1 Milliarden Euro."),
    (COST, "Die Zahl wurde von 1,4 auf 1,1 Milliarden Euro berichtigt."),
    (COST, "Die Nordbahn korrigierte die Zahl auf 1,1 Milliarden Euro."),
    # 5.
    (OPEN, "Ob es vor Weihnachten eine Einigung gibt, ist offen."),
    (OPEN, "Offen ist, ob es vor Weihnachten eine Einigung gibt."),
    (OPEN, "Es ist unklar, ob vor Weihnachten eine Einigung gelingt."),
    (OPEN, "Eine Einigung vor Weihnachten ist nicht sicher."),
    (OPEN, "Eine Einigung vor Weihnachten ist möglich, aber nicht sicher."),
    (OPEN, "Sicher ist nur, dass die GSV am Dienstag über den Schlichtervorschlag berät."),
    (OPEN, "Hertel ist sicher, dass eine Antwort spätestens Ende nächster Woche kommt."),
    (OPEN, "Klar ist: Der Bundesvorstand der GSV berät am Dienstag."),
    # 6.
    (DAMAGE, "Laut dem Verband der Güterverkehrskunden beträgt der Schaden bis zu 100 Millionen Euro pro Streiktag."),
    (DAMAGE, "Den Schaden für die Industrie beziffert der Verband auf bis zu 100 Millionen Euro am Tag."),
    (DAMAGE, "Der geschätzte Schaden liegt bei bis zu 100 Millionen Euro pro Streiktag."),
    (DAMAGE, "Dem Verband zufolge entsteht der Industrie ein Schaden von bis zu 100 Millionen Euro pro Tag."),
    (DAMAGE, "Der Verband warnt vor einem Schaden von bis zu 100 Millionen Euro pro Streiktag."),
    (DAMAGE, "Der Schaden beträgt nach Verbandsangaben bis zu 100 Millionen Euro täglich."),
]


@pytest.mark.parametrize("words, sentence", HONEST)
def test_each_honest_paraphrase_builds(words: str, sentence: str):
    assert not found(words, sentence), sentence


@pytest.mark.parametrize("words, passage, sentence", [
    # a passage that tells the thing itself: the sentence is backed
    ("", "Die GSV hat ihre Forderung von 9,5 Prozent fallen gelassen.",
     "Die Gewerkschaft hat ihre Forderung von 9,5 Prozent fallen gelassen."),
    ("", "Eine Einigung vor Weihnachten ist sicher, sagte Kolbe. Ob es im Januar weitere Streiks gibt, ist offen.",
     "Eine Einigung vor Weihnachten ist laut Kolbe sicher."),
    ("", "Die Nordbahn korrigierte die Zahl von 1,1 auf 1,4 Milliarden Euro.",
     "Die Nordbahn korrigierte die Zahl von 1,1 auf 1,4 Milliarden Euro."),
])
def test_a_passage_telling_it_backs_the_sentence(words: str, passage: str, sentence: str):
    assert not found_in_language("de", sentence, passage, PARTIES), sentence


def test_a_correction_turned_round_in_the_log_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the background's correction told from 1,1 to 1,4 names its file and line."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    background = desk / "content" / "bahnstreik" / "background.yaml"
    edit(background, "von 1,4 auf 1,1 Milliarden Euro", "von 1,1 auf 1,4 Milliarden Euro")
    result = run_build(desk, "check")
    assert result.code == 1 and "background.yaml:" in result.err and "corrects from 1,1" in result.err, result.err
