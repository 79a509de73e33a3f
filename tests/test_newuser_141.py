"""A new user's German briefing of a court case over a city's rent cap (tests/fixtures/newuser_141: the council of
Elmsbrück capped rents "bei 9,80 Euro pro Quadratmeter" for "rund 240.000 Wohnungen"; on the landlords' association's
urgent application the Verwaltungsgericht "hat die Regelung vorläufig gestoppt", ruling on the merits "im Herbst";
the city "will Beschwerde einlegen"; the tenants' association says rents rose "um 31 Prozent seit 2019", the landlords
"bestreiten" it; the mayor's and the association chief's quotes; "nach Angaben der Stadt"; the flats' number corrected
from 260.000 to 240.000), written from the README alone, from a report they wrote, made with `python build.py new
--source bericht` in a project of `language: de`, with every content file.

Of 75 misstatements tried against one paragraph each (`found` below), 36 built before this work; now 24 build, each a
LEFTOVER below. Of 83 honest sentences, 1 is refused, before and after (LEFTOVER). Fixed:

1. A court's interim stop told as lasting (german_interim_stops.py, read by german_outcomes.py): "Das
   Verwaltungsgericht hat die Regelung gestoppt" (or "Das Gericht hat den Mietdeckel gekippt", "hat ... aufgehoben",
   "hob ... auf", "für rechtswidrig erklärt", "Der Mietdeckel ist gestoppt") citing "Das Verwaltungsgericht Elmsbrück
   hat die Regelung vorläufig gestoppt" built. Refused where every stop the passages tell is kept interim
   ("vorläufig", "vorerst", "einstweilig", "bis auf Weiteres") and the sentence keeps no such word ("zunächst",
   "derzeit", "Eilverfahren", "bis zur Entscheidung in der Hauptsache", "solange", a negation) of its own.
2. An infinitive put before its modal is a plan (german_plans.py): "Der Mietdeckel ist am 1. April 2026 in Kraft
   getreten" (or "trat ... in Kraft") citing "In Kraft treten sollte der Mietdeckel am 1. April 2026" built, as only
   "sollte ... in Kraft treten" was read as a plan.

What misled the new user: `new` quoted the dateline "Elmsbrück, 12. März 2026." as the briefing's first citation (the
README says it goes past a news dateline, "BERGEN, 14 November - Talks"; a German one ends with a full stop); a
timeline's `when` "Donnerstag, 12. März 2026" was refused, as the passage says only "am Donnerstag" (the hint to use
`date_basis` is clear); a claim's measure "Anstieg der Bestandsmieten seit 2019" was refused as "2019" stands in the
other association's sentence the passage's "in dieser Zeit" refers to (cite both, fine).

LEFTOVER (honest sentences refused, sentence <- passage):
- "Die Stadt schätzte die Entlastung auf rund 48 Millionen Euro im Jahr" <- "Die Stadt hatte die Entlastung der Mieter
  auf insgesamt rund 48 Millionen Euro im Jahr geschätzt": "Mieter" (tenants) is read as the party Mieterverein, as a
  name's word of five letters or more names it by any word it starts with (owners.is_named, party_figures.py: not
  this branch's modules), so 48 is read as the Mieterverein's figure.
LEFTOVER (misstatements still built, sentence <- passage):
- "Im Stadtrat stimmten 51 von 70 Mitgliedern für die Regelung" (or "41 von 80") <- "41 von 70": a figure of "X von Y
  Mitgliedern" is taken as a fraction the passage backs (attribution._fraction_of_percentages, fractions_said.py).
- "Das Land hat sich zu dem Fall geäußert" <- "... bisher nicht geäußert" (the same paragraph; a negation dropped).
- "Die Opposition hatte eine Klage angekündigt" <- "hatte vor einer Klage gewarnt".
- "Die Mieten sind seit 2019 um 31 Prozent gestiegen" <- "Nach seinen Berechnungen sind die Angebotsmieten ... um 31
  Prozent seit 2019 gestiegen" ("nach seinen Berechnungen" is no attribution the locale lists).
- "Der Mieterverein sagt, die Angebotsmieten seien seit 2019 um 31 Prozent gesunken" <- "gestiegen" (a German rise
  told as a fall is not read).
- "Der Mieterverein sagt, die Bestandsmieten seien nur um 14 Prozent gestiegen" <- the landlords' "erklärte der
  Verband" (a noun after an article names no party: the parties swapped).
- "Der Mieterverein begrüßte die Entscheidung" <- "kritisierte"; "Der Mieterverein fordert die Stadt auf, den
  Mietdeckel aufzugeben" <- "festzuhalten".
- "Hallmann zeigte sich enttäuscht" <- Vollmer's; "Vollmer begrüßte den Beschluss" <- Hallmann's (a person's deed
  given to another).
- "Vollmer sagte, die Stadt gebe auf" <- "Wir geben nicht auf" (a negation inside a quote dropped).
- "Der Mietdeckel ist rechtmäßig" <- "Die Stadt sei überzeugt, dass der Mietdeckel rechtmäßig sei"; "Der Mietdeckel
  ist rechtswidrig" <- "Er hält den Mietdeckel für rechtswidrig"; "Der Mietdeckel ist ein Eingriff in das Eigentum"
  <- Hallmann's quote; "Viele Vermieter haben ... Sanierungen verschoben" <- "hätten ... verschoben" (a party's view
  told as fact).
- "Der Mietdeckel gilt für rund 240.000 Wohnungen" <- "sollte ... gelten" (a plan told as in force, in the present).
- "Der Mietdeckel sollte für Neubauten gelten" <- "Neubauten ... waren ... ausgenommen".
- "Für etwa 85.000 Haushalte ist die Miete mit dem Mietdeckel gesunken" <- "wäre ... gesunken" (Konjunktiv II).
- "Das Oberverwaltungsgericht will im Herbst entscheiden" <- the Verwaltungsgericht's; "Das Oberverwaltungsgericht hat
  über die Beschwerde entschieden" <- "Zuständig wäre dann das Oberverwaltungsgericht".
- "Eine Entscheidung in der Hauptsache fällt im Herbst" <- "wird im Herbst erwartet" (an expectation told certain).
- "Für Mieter ändert sich durch den Beschluss viel" <- "zunächst nichts".
- "Die 31 Prozent beträfen allein neue Mietverträge" <- the landlords' word, its speaker dropped (a Konjunktiv only).
- "Das Verwaltungsgericht hat den Mietdeckel gestoppt", citing the stop's paragraph and another that tells a stop
  outright (the Berlin cap "gekippt"): which stop it restates is not guessed (fix 1 reads none).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_141"
REPORT = (FIXTURE / "seeds" / "mietdeckel.txt").read_text(encoding="utf-8")
PARTIES = (
    Party(id="stadt", name="Stadt Elmsbrück", short_name="Stadt", role="Beklagte", aliases=("die Stadt",)),
    Party(id="eigentuemer", name="Eigentümerverband Elmsbrück", short_name="Eigentümerverband", role="Antragsteller",
          aliases=("der Verband",)),
    Party(id="mieterverein", name="Mieterverein Elmsbrück", short_name="Mieterverein", role="Mieterverband",
          aliases=("der Verein",)),
    Party(id="gericht", name="Verwaltungsgericht Elmsbrück", short_name="Verwaltungsgericht", role="Gericht",
          aliases=("das Gericht",)),
)
STOP = "hat die Regelung vorläufig gestoppt"
CAP = "Der Stadtrat hatte im Dezember"


@pytest.fixture(autouse=True)
def german_locale(reading_without_project_locales):
    """Read German as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "de")


def found(words: str, sentence: str) -> list[str]:
    """Return the findings of a German sentence citing the report's paragraph that holds `words`."""
    return sentence_findings(sentence, (paragraph(REPORT, words),), "de", PARTIES, published="2026-03-12")


def test_the_briefing_builds_and_reads_in_german(tmp_path: Path):
    """The whole briefing builds, with German labels, the correction, and what a reader needs of the case."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "mietdeckel" / "index.html").read_text(encoding="utf-8").split())
    for words in ("Aktualisierungen und Korrekturen", "Was korrigiert wurde", "Chronik", "Hintergrund", "Vergleiche",
                  'href="../sources/bericht.html#passage-', 'lang="de"', "hat die Regelung vorläufig gestoppt",
                  "bei 9,80 Euro pro Quadratmeter", "rund 240.000 Wohnungen", "rund 260.000 Wohnungen",
                  "im Herbst entscheiden", "Die Stadt will Beschwerde einlegen", "bestreitet die Zahl",
                  "Nach Angaben der Stadt", "Wir geben nicht auf"):
        assert words in page, words


def test_the_stop_told_as_lasting_in_the_summary_is_refused_on_its_line(tmp_path: Path):
    """Through the front door (fix 1): the summary's "vorläufig" dropped."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "mietdeckel" / "briefing.yaml", "vorläufig gestoppt.[^gestoppt]", "gekippt.[^gestoppt]")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:5: `summary`: this sentence tells as lasting ('gekippt')" in result.err, \
        result.err


def test_the_timeline_telling_the_cap_in_force_is_refused(tmp_path: Path):
    """Through the front door (fix 2): the timeline's "sollte ... in Kraft treten" told as done."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "mietdeckel" / "timeline.yaml", "Der Mietdeckel sollte an diesem Tag in Kraft treten.",
         "Der Mietdeckel ist an diesem Tag in Kraft getreten.")
    result = run_build(desk, "check")
    assert result.code == 1 and "this sentence tells as done ('getreten')" in result.err, result.err


BUILT_BEFORE = [  # misstatements that built before this work (fixes 1 and 2)
    (STOP, "Das Verwaltungsgericht hat die Regelung gestoppt."),
    (STOP, "Das Gericht hat den Mietdeckel gekippt."),
    (STOP, "Das Verwaltungsgericht hat den Mietdeckel für rechtswidrig erklärt."),
    (STOP, "Das Gericht erklärte den Mietdeckel für unwirksam."),
    (STOP, "Der Mietdeckel ist gestoppt."),
    (STOP, "Das Gericht stoppte den Mietdeckel."),
    (STOP, "Das Verwaltungsgericht hob den Mietdeckel auf."),
    (STOP, "Das Verwaltungsgericht hat den Mietdeckel aufgehoben."),
    (STOP, "Der Mietdeckel der Stadt Elmsbrück ist vom Gericht gekippt worden."),
    (CAP, "Der Mietdeckel ist am 1. April 2026 in Kraft getreten."),
    (CAP, "Der Mietdeckel trat am 1. April 2026 in Kraft."),
    (CAP, "Am 1. April 2026 ist der Mietdeckel in Kraft getreten."),
]

MISSTATEMENTS = BUILT_BEFORE + [  # and those refused already, kept refused
    (STOP, "Das Verwaltungsgericht hat den Mietdeckel endgültig gestoppt."),
    ("Das Gericht gab dem Eilantrag", "Das Gericht hat entschieden, dass der Mietdeckel rechtswidrig ist."),
    ("Das Gericht gab dem Eilantrag", "Das Gericht hat den Eilantrag abgelehnt."),
    ("Die Stadt will Beschwerde", "Die Stadt hat Beschwerde eingelegt."),
    ("Die Stadt will Beschwerde", "Die Stadt legte Beschwerde gegen den Beschluss ein."),
    ("Die Stadt will Beschwerde", "Die Stadt will keine Beschwerde einlegen."),
    ("Die Stadt will Beschwerde", "Der Eigentümerverband will Beschwerde einlegen."),
    (CAP, "Der Stadtrat deckelte die Mieten bei 9,80 Euro pro Quadratmeter für 240.000 Wohnungen."),
    (CAP, "Der Stadtrat deckelte die Mieten bei 9,90 Euro pro Quadratmeter für rund 240.000 Wohnungen."),
    (CAP, "Der Stadtrat deckelte die Mieten bei 9,80 Euro pro Quadratmeter für mehr als 240.000 Wohnungen."),
    (CAP, "Etwa zwei Drittel aller Mietwohnungen in Elmsbrück sind betroffen."),
    (CAP, "Neubauten waren von der Regelung nicht ausgenommen."),
    ("um 31 Prozent seit 2019", "Laut Eigentümerverband sind die Angebotsmieten um 31 Prozent seit 2019 gestiegen."),
    ("um 31 Prozent seit 2019", "Der Mieterverein sagt, die Angebotsmieten seien seit 2018 um 31 Prozent gestiegen."),
    ("Der Eigentümerverband bestreitet", "Der Eigentümerverband bestätigt die Zahl des Mietervereins."),
    ("Der Eigentümerverband bestreitet", "Der Mieterverein bestreitet die Zahl des Eigentümerverbands."),
    ("Der Eigentümerverband bestreitet", "Die Bestandsmieten sind nur um 14 Prozent gestiegen."),
    ("Nach Angaben der Stadt liegt", "Die durchschnittliche Nettokaltmiete in Elmsbrück liegt bei 10,60 Euro pro "
                                     "Quadratmeter."),
    ("Nach Angaben der Stadt liegt", "Nach Angaben des Mietervereins liegt die durchschnittliche Nettokaltmiete bei "
                                     "10,60 Euro pro Quadratmeter."),
    ("Wann das Oberverwaltungsgericht", "Das Verwaltungsgericht will im Frühjahr in der Hauptsache entscheiden."),
    ("Wann das Oberverwaltungsgericht", "Das Verwaltungsgericht hat im Herbst in der Hauptsache entschieden."),
    ("Für Mieter ändert sich", "Der Mietdeckel war bereits in Kraft getreten."),
]


@pytest.mark.parametrize("words, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(words: str, sentence: str):
    assert found(words, sentence), sentence


HONEST = [  # twins of each fix, and the briefing's own restatements, which must build
    (STOP, "Das Verwaltungsgericht hat den Mietdeckel vorläufig gestoppt."),
    (STOP, "Das Gericht hat den Mietdeckel vorerst gestoppt."),
    (STOP, "Vorerst ist der Mietdeckel gestoppt."),
    (STOP, "Im Eilverfahren stoppte das Gericht den Mietdeckel."),
    (STOP, "Bis zur Entscheidung in der Hauptsache ist der Mietdeckel gestoppt."),
    (STOP, "Der Mietdeckel ist einstweilen gestoppt."),
    (STOP, "Das Gericht hat den Mietdeckel nicht endgültig gekippt."),
    (STOP, "Der Mietdeckel ist bis auf Weiteres gestoppt."),
    (STOP, "Das Gericht stoppte den Mietdeckel vorläufig."),
    (STOP, "Der Mietdeckel ist zunächst gestoppt."),
    (STOP, "Derzeit ist der Mietdeckel gestoppt."),
    (STOP, "Der Mietdeckel bleibt gestoppt, bis das Gericht im Herbst entscheidet."),
    (STOP, "Solange das Gericht nicht entschieden hat, ist der Mietdeckel gestoppt."),
    (STOP, "Das Verwaltungsgericht hat die Regelung vorübergehend ausgesetzt."),
    (STOP, "Gekippt ist der Mietdeckel noch nicht."),
    (STOP, "Eine Gerichtssprecherin teilte am Donnerstag mit, die Regelung sei vorläufig gestoppt."),
    (STOP, "Vorerst darf der Mietdeckel nicht angewendet werden."),
    ("Ähnliche Regelungen gibt", "Der Berliner Mietendeckel war 2021 vom Bundesverfassungsgericht gekippt worden."),
    ("Ähnliche Regelungen gibt", "Das Bundesverfassungsgericht kippte 2021 den Berliner Mietendeckel."),
    ("Gegen die Regelung hatte", "Der Verband hält den Mietdeckel für rechtswidrig."),
    (CAP, "Der Mietdeckel sollte am 1. April 2026 in Kraft treten."),
    (CAP, "In Kraft treten sollte der Mietdeckel am 1. April 2026."),
    (CAP, "Geplant war, dass der Mietdeckel am 1. April 2026 in Kraft tritt."),
    (CAP, "Der Mietdeckel hätte am 1. April 2026 in Kraft treten sollen."),
    (CAP, "Der Mietdeckel sollte ab dem 1. April 2026 gelten."),
    (CAP, "Der Stadtrat beschloss, dass der Mietdeckel am 1. April 2026 in Kraft treten soll."),
    (CAP, "Die Obergrenze sollte für rund 240.000 Wohnungen gelten."),
    (CAP, "Nach Angaben der Stadt sind das etwa zwei Drittel aller Mietwohnungen."),
    ("Für Mieter ändert sich", "Der Mietdeckel ist noch nicht in Kraft getreten."),
    ("Für Mieter ändert sich", "In Kraft getreten war der Mietdeckel noch nicht."),
    ("Die Stadt will Beschwerde", "Die Stadt kündigte an, Beschwerde einzulegen."),
    ("Die Stadt will Beschwerde", "Eingelegt hat die Stadt die Beschwerde noch nicht."),
    ("Das Gericht gab dem Eilantrag", "Über die Rechtmäßigkeit hat das Gericht noch nicht entschieden."),
    ("um 31 Prozent seit 2019", "Nach Berechnungen des Mietervereins sind die Angebotsmieten seit 2019 um 31 Prozent "
                                "gestiegen."),
    ("um 31 Prozent seit 2019", "Laut Mieterverein sind die Angebotsmieten um 31 Prozent seit 2019 gestiegen."),
    ("Der Eigentümerverband bestreitet", "Der Eigentümerverband widerspricht: Die Bestandsmieten seien nur um 14 "
                                         "Prozent gestiegen."),
    ("Der Eigentümerverband bestreitet", "Der Verband bestreitet, dass die Mieten um 31 Prozent gestiegen sind."),
    ("Wann das Oberverwaltungsgericht", "Im Herbst will das Verwaltungsgericht entscheiden."),
]


@pytest.mark.parametrize("words, sentence", HONEST)
def test_each_honest_sentence_builds(words: str, sentence: str):
    assert not found(words, sentence), sentence
