"""A new user's German briefing of a rail strike (tests/fixtures/newuser_123: the union GSV against the rail operator
Nordbahn AG; the union's 9,5 Prozent, at least 450 Euro, against the operator's 4,8 Prozent; three strike days and
4.200 of 6.100 trains cancelled; an arbitrator's 6,2 Prozent; the operator's cost of the demands corrected from 1,4 to
1,1 Milliarden Euro; the Landesarbeitsgericht turning down the operator's request to stop the strike), written from the
README alone, from a news report they wrote, with every content file: background, timeline, comparisons, claims,
quotes, caveats and a log with an update and a correction.

Of about 70 misstatements tried against one paragraph each (`found` below), 28 built before this work; now 13 build,
each a LEFTOVER. Of about 80 honest sentences, 10 were refused; now 4 are, and 2 more of fix 7 (LEFTOVER). 22 of the
tests below fail before this work. Fixed:

1. A German day joined to its part ("Donnerstagabend", "Samstagmorgen") read as its day (german_weekday_compounds.py,
   read by attribution.py's days): the timeline's `date_basis` "der Donnerstag vor dem Bericht vom Freitag,
   2026-11-20" citing "wies am Donnerstagabend den Eilantrag ... ab" was refused; "am Mittwochabend" citing it built.
2. A first-person pronoun between a party and a figure gives the figure to the speaker's side (party_figures.py):
   the claim "Die Forderungen der GSV würden die Nordbahn rund 1,1 Milliarden Euro im Jahr kosten" citing Hertel's
   "Die Forderungen der GSV würden uns rund 1,1 Milliarden Euro im Jahr kosten" was refused as the GSV's figure.
3. A change "von 1,4 auf 1,1 Milliarden Euro" ("from 1.4 to 1.1 billion") may fall (numbers.py): its bare 1,4 was
   read as 1.4, no passage's "1,4 Milliarden", and "sank von 1,4 auf 1,1 Milliarden" as a rise.
4. An announcement's reported clause (german_plans.py): "Die GSV hat den Streik bereits beendet" citing "Kolbe
   kündigte an, die Gewerkschaft werde den Streik ... beenden" built ("die Gewerkschaft" is the GSV's anaphor), and
   "Die GSV beendet den Streik laut Kolbe am Samstagmorgen" (German's present for a future) was refused.
5. An outcome turned (german_outcomes.py, through german_plans.py): "Das Landesarbeitsgericht hat den Streik
   untersagt" citing "wies ... den Eilantrag des Unternehmens ab, den Ausstand zu untersagen", and "Der Streik der
   GSV ist beendet" citing "Der Streik ... geht weiter", both built.
6. German ordinals in words (german_ordinals.py, read by ranks.py): "Es ist der zweite Ausstand in dieser
   Tarifrunde" citing "Es ist bereits der dritte Ausstand in dieser Tarifrunde" built; an elliptical "ein zweiter"
   ranks the noun its passage ranks before it.
7. A German qualifier with "aber" or "jedoch" before its figure (qualifiers.py): "Die Gewerkschaft fordert 9,5 Prozent
   mehr Lohn, höchstens aber 450 Euro mehr im Monat" and "Die GSV fordert 450 Euro mehr im Monat" citing "mindestens
   aber 450 Euro" built.

LEFTOVER (misstatements still built, sentence <- passage):
- "Die Gewerkschaft fordert 9,5 Prozent mehr Lohn bei einer Laufzeit von 30 Monaten" <- the offer's 30 Monate in the
  same paragraph; "Die Nordbahn bietet 4,8 Prozent bei einer Laufzeit von zwölf Monaten" likewise.
- "Die Nordbahn bietet eine Inflationsprämie von 450 Euro" <- "mindestens aber 450 Euro" (the demand's).
- "Die Gewerkschaft hat ihre Forderung von 9,5 Prozent fallen gelassen" <- "Die Gewerkschaft fordert 9,5 Prozent".
- "Die Nordbahn lehnt eine Senkung der Arbeitszeit nicht ab" <- "lehnt das Unternehmen ab" (negation modules').
- "Weitere Streiks schloss Kolbe aus" <- "Weitere Streiks schloss er nicht aus" (negation modules').
- "Nach Angaben der Nordbahn fielen am Donnerstag 4.200 Züge aus" <- Wednesday's 4.200, Thursday's 4.650.
- "Die Nordbahn korrigierte die Zahl von 1,1 auf 1,4 Milliarden Euro" <- "korrigierte ... diese Zahl auf 1,1".
- "Der Vorschlag dürfte die Grundlage eines Abschlusses werden" <- "Nach Einschätzung des Arbeitsmarktforschers
  Jens Ohlsen ... dürfte" (de.yaml's `according_to` lacks "nach Einschätzung").
- "Der Schaden für die Industrie beträgt bis zu 100 Millionen Euro pro Streiktag" <- "Der Verband ... schätzt den
  Schaden ... auf bis zu 100 Millionen"; "Im Güterverkehr stehen rund 2.000 Güterzüge still" <- "nach Angaben des
  Verbands" (a non-party's word told as fact).
- "Eine Einigung vor Weihnachten ist sicher" <- "Ob es noch vor Weihnachten eine Einigung gibt, ist offen".
LEFTOVER (honest sentences still refused): none of those this work found is refused now. "für drei Tage" of three
named days, "mehr als zwei Drittel" of "4.200 von 6.100", "nicht weniger als 450 Euro", "einen Mindestbetrag von 450
Euro", "Der erste Tag ... war ein Mittwoch" and "wie geplant" build since factcheck209 and factcheck211
(tests/test_factcheck_209.py, tests/test_factcheck_211.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import (checked_fixture_project, edit, item_findings, paragraph, read_as_project_locale,
                     sentence_findings)

FIXTURE = REPO / "tests" / "fixtures" / "newuser_123"
BRIEFING = FIXTURE / "content" / "bahnstreik"
REPORT = (FIXTURE / "seeds" / "bahnstreik.txt").read_text(encoding="utf-8")
PARTIES = (
    Party(id="gsv", name="Gewerkschaft Schiene und Verkehr", short_name="GSV", role="Gewerkschaft",
          aliases=("die Gewerkschaft",)),
    Party(id="nordbahn", name="Nordbahn AG", short_name="Nordbahn", role="Bahnunternehmen", aliases=("das Unternehmen",)),
    Party(id="gericht", name="Landesarbeitsgericht Mainfurt", short_name="Landesarbeitsgericht", role="Gericht"),
)


@pytest.fixture(autouse=True)
def german_locale(reading_without_project_locales):
    """Read German as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "de")


def found(words: str, sentence: str) -> list[str]:
    """Return the findings of a German sentence citing the report's paragraph that holds `words`."""
    return sentence_findings(sentence, (paragraph(REPORT, words),), "de", PARTIES, published="2026-11-20")


def test_the_briefing_builds_and_reads_in_german(tmp_path: Path):
    """The whole briefing builds, with German labels, the correction, and its sentences that were refused."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "bahnstreik" / "index.html").read_text(encoding="utf-8").split())
    for words in ("Aktualisierungen und Korrekturen", "Was korrigiert wurde", "Chronik", "Hintergrund", "Vergleiche",
                  "In ihren Worten", "Vorbehalte und Methode", 'href="../sources/bericht.html#passage-',
                  "Donnerstagabend", "der Donnerstag vor dem Bericht vom Freitag", "von 1,4 auf 1,1 Milliarden Euro",
                  "würden die Nordbahn rund 1,1 Milliarden Euro im Jahr kosten", "laut Kolbe am Samstagmorgen",
                  "es ist der dritte Ausstand dieser Runde", "9,5", "4,8", 'lang="de"'):
        assert words in page, words


def test_a_strike_told_over_in_the_summary_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the summary's "der Streik geht weiter" turned into "der Streik ist beendet"."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "bahnstreik" / "briefing.yaml", "der Streik geht weiter.", "der Streik ist beendet.")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:4: `summary`: this sentence tells as over a strike" in result.err, \
        result.err


def test_a_weekday_left_out_of_its_compound_is_refused_in_the_timeline(tmp_path: Path):
    """The timeline's "Donnerstagabend" dated on a Wednesday, its basis naming Wednesday, is refused."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    timeline = desk / "content" / "bahnstreik" / "timeline.yaml"
    edit(timeline, "date_basis: der Donnerstag vor dem Bericht", "date_basis: der Mittwoch vor dem Bericht")
    result = run_build(desk, "check")
    assert result.code == 1 and 'day "Mittwoch" is not in the passages' in result.err, result.err


REFUSED_BEFORE_HONEST = [  # honest sentences refused before this work (fixes 1, 3 and 4)
    ("Am Mittwoch hatte die Nordbahn", "Die Nordbahn korrigierte ihre Zahl am Donnerstag von 1,4 auf 1,1 Milliarden "
                                       "Euro."),
    ("Am Mittwoch hatte die Nordbahn", "Die Zahl sank von 1,4 auf 1,1 Milliarden Euro."),
    ("Kolbe kündigte an", "Die GSV beendet den Streik laut Kolbe am Samstagmorgen um 2 Uhr."),
    # "Samstag" of the passage's "Samstagmorgen" (fix 1)
    ("Kolbe kündigte an", "Die GSV beendet den Streik wie geplant am Samstag."),
    ("Kolbe kündigte an", "Die GSV hat angekündigt, den Streik am Samstag zu beenden."),
    ("Kolbe kündigte an", "Die Gewerkschaft beendet ihren Streik am Samstag, kündigte Kolbe an."),
]

HONEST = REFUSED_BEFORE_HONEST + [  # twins of each fix, which must build
    ("Das Landesarbeitsgericht Mainfurt wies", "Am Donnerstagabend wies das Landesarbeitsgericht den Eilantrag ab."),
    ("Nordbahn-Personalvorständin", "Die Forderungen der GSV würden die Nordbahn rund 1,1 Milliarden Euro im Jahr "
                                    "kosten, sagte Hertel."),
    ("Die Gewerkschaft fordert 9,5", "Die GSV verlangt 9,5 Prozent mehr Lohn, mindestens aber 450 Euro mehr im Monat."),
    ("Die Gewerkschaft fordert 9,5", "Das Angebot der Nordbahn liegt bei 4,8 Prozent, die Forderung der GSV bei 9,5 "
                                     "Prozent."),
    ("Die Gewerkschaft fordert 9,5", "Eine kürzere Arbeitszeit lehnt die Nordbahn ab."),
    ("Die Gewerkschaft fordert 9,5", "Die GSV fordert mindestens 450 Euro mehr im Monat."),
    ("Die Gewerkschaft fordert 9,5", "Die GSV verlangt 9,5 Prozent, wenigstens aber 450 Euro im Monat."),
    ("Die Gewerkschaft fordert 9,5", "Die GSV verlangt 9,5 Prozent, mindestens jedoch 450 Euro im Monat."),
    ("Die Gewerkschaft fordert 9,5", "Die Forderung: 9,5 Prozent, aber mindestens 450 Euro mehr im Monat."),
    ("Die Gewerkschaft fordert 9,5", "Mindestens 450 Euro mehr im Monat verlangt die GSV."),
    ("Bewegung könnte", "Der Schlichter schlug 6,2 Prozent vor, mindestens 300 Euro."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Das Landesarbeitsgericht hat den Streik nicht untersagt."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Das Gericht lehnte es ab, den Ausstand zu untersagen."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Die Nordbahn wollte den Streik untersagen lassen."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Kein Gericht hat den Streik untersagt."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Untersagt ist der Streik damit nicht."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Mit ihrem Versuch, den Streik untersagen zu lassen, ist die Nordbahn "
                                               "gescheitert."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Der Streik ist nicht beendet."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Der Streik läuft weiter."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Der Streik ist noch nicht vorbei."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Der Rechtsstreit um den Streik ist in zweiter Instanz beendet."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Das Gericht hat den Rechtsstreit um den Streik beendet."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Der Streik geht weiter, das Verfahren ist beendet."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Die Hoffnung der Nordbahn, den Streik zu beenden, ist vorbei."),
    ("Kolbe kündigte an", "Die GSV will den Streik am Samstagmorgen beenden."),
    ("Kolbe kündigte an", "Kolbe kündigte an, die GSV werde den Streik am Samstagmorgen beenden."),
    ("Die GSV hatte ihre rund 14.000", "Es ist der dritte Ausstand in dieser Tarifrunde."),
    ("Die GSV hatte ihre rund 14.000", "Zum dritten Mal in dieser Tarifrunde streikt die GSV."),
    ("Die GSV hatte ihre rund 14.000", "Mit dem dritten Ausstand erhöht die GSV den Druck."),
    ("Der letzte große Bahnstreik", "Der erste Streik fand am 12. Oktober statt."),
    ("Der letzte große Bahnstreik", "Den zweiten Streik gab es am 4. und 5. November."),
    ("Am Mittwoch hatte die Nordbahn", "Die frühere Zahl von 1,4 Milliarden Euro umfasste laut Nordbahn irrtümlich auch "
                                       "Beschäftigte von Tochterfirmen."),
    ("Bewegung könnte", "Schlichter Lindner schlug am Montag 6,2 Prozent mehr Lohn in zwei Stufen vor, mindestens 300 "
                        "Euro."),
    ("Die Nordbahn erklärte, sie halte", "Die GSV hat den Schlichtervorschlag noch nicht angenommen."),
]


def test_a_figure_the_speaker_bears_is_not_the_party_named_before_it():
    """Fix 2: Hertel's "Die Forderungen der GSV würden uns rund 1,1 Milliarden Euro im Jahr kosten" gives the cost to
    "uns", her company: the claim naming the Nordbahn builds; one giving it to the GSV is still refused."""
    words = "Die Forderungen der GSV würden uns rund 1,1 Milliarden Euro im Jahr kosten."
    honest = "Die Forderungen der GSV würden die Nordbahn rund 1,1 Milliarden Euro im Jahr kosten."
    assert not sentence_findings(honest, (words,), "de", PARTIES)
    assert not item_findings(honest, (words,), "de", PARTIES, by_claimant=True)
    assert sentence_findings("Die Nordbahn würde die GSV 1,4 Milliarden Euro kosten.", (words,), "de", PARTIES)


@pytest.mark.parametrize("words, sentence", HONEST)
def test_each_honest_sentence_builds(words: str, sentence: str):
    assert not found(words, sentence), sentence


BUILT_BEFORE = [  # misstatements that built before this work (fixes 1, 4, 5, 6)
    ("Das Landesarbeitsgericht Mainfurt wies", "Das Gericht wies am Mittwochabend den Eilantrag ab."),
    ("Kolbe kündigte an", "Kolbe kündigte an, die Gewerkschaft werde den Streik am Freitagmorgen beenden."),
    ("Kolbe kündigte an", "Die GSV hat den Streik bereits beendet."),
    ("Kolbe kündigte an", "Die GSV beendete den Streik."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Das Landesarbeitsgericht Mainfurt hat den Streik untersagt."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Der Streik der GSV ist beendet."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Der Streik ist vorbei."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Die GSV hat den Streik nach dem Urteil beendet."),
    ("Die GSV hatte ihre rund 14.000", "Es ist der zweite Ausstand in dieser Tarifrunde."),
    ("Der letzte große Bahnstreik", "Der dritte Streik fand am 12. Oktober statt."),
    ("Die Gewerkschaft fordert 9,5", "Die Gewerkschaft fordert 9,5 Prozent mehr Lohn, höchstens aber 450 Euro mehr im "
                                     "Monat."),
    ("Die Gewerkschaft fordert 9,5", "Die GSV fordert 450 Euro mehr im Monat."),
]

MISSTATEMENTS = BUILT_BEFORE + [  # and those the build refused already, kept refused
    ("Das Landesarbeitsgericht Mainfurt wies", "Der Ausstand wurde am Donnerstag beendet."),
    ("Die Gewerkschaft fordert 9,5", "Die Nordbahn bietet 9,5 Prozent mehr Lohn."),
    ("Die Gewerkschaft fordert 9,5", "Die Gewerkschaft fordert 4,8 Prozent mehr Lohn."),
    ("Die Gewerkschaft fordert 9,5", "Die Gewerkschaft fordert 450 Prozent mehr Lohn, mindestens aber 9,5 Euro."),
    ("Die Gewerkschaft fordert 9,5", "Die Nordbahn hat einer Senkung der Arbeitszeit zugestimmt."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Das Landesarbeitsgericht gab dem Eilantrag der Nordbahn statt."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Der Streik sei unverhältnismäßig, urteilten die Richter."),
    ("Das Landesarbeitsgericht Mainfurt wies", "Eine Revision ließ das Gericht zu."),
    ("Gegen das Urteil des Landesarbeitsgerichts", "Gegen das Urteil ist ein weiteres Rechtsmittel möglich."),
    ("Nach Angaben der Nordbahn fielen", "Am Mittwoch fielen 4.200 von 6.100 geplanten Zügen aus."),
    ("Nach Angaben der Nordbahn fielen", "Laut GSV fielen am Mittwoch 4.200 von 6.100 geplanten Zügen aus."),
    ("Jeder Streiktag koste", "Jeder Streiktag kostet das Unternehmen etwa 25 Millionen Euro."),
    ("Jeder Streiktag koste", "Jeder Streiktag kostet das Unternehmen 25 Millionen Euro, sagte Hertel."),
    ("Jeder Streiktag koste", "Die Forderungen der GSV kosten die Nordbahn rund 1,1 Milliarden Euro im Jahr."),
    ("Jeder Streiktag koste", "Laut Kolbe würden die Forderungen die Nordbahn rund 1,1 Milliarden Euro im Jahr kosten."),
    ("Am Mittwoch hatte die Nordbahn", "Am Donnerstag korrigierte die GSV die Zahl auf 1,1 Milliarden Euro."),
    ("Am Mittwoch hatte die Nordbahn", "Die Zahl stieg von 1,4 auf 1,1 Milliarden Euro."),
    ("Bewegung könnte", "Der Schlichter schlug 6,2 Prozent mehr Lohn, höchstens 300 Euro, vor."),
    ("Bewegung könnte", "Der Schlichter legte am Dienstag einen Vorschlag vor."),
    ("Die Nordbahn erklärte, sie halte", "Die GSV hat den Vorschlag angenommen."),
    ("Die Nordbahn erklärte, sie halte", "Der Vorschlag wird die Grundlage eines Abschlusses werden."),
    ("Die Nordbahn erklärte, sie halte", "Die Arbeitszeitfrage ist verhandelbar, sagte Kolbe."),
    ("Auch die Wirtschaft klagt", "Der Schaden für die Industrie beträgt 100 Millionen Euro pro Streiktag."),
    ("Die GSV hatte ihre rund 14.000", "Die GSV hat 14.000 Mitglieder bei der Nordbahn."),
    ("Ob es noch vor Weihnachten", "Die GSV hat am Dienstag über den Schlichtervorschlag beraten."),
]


@pytest.mark.parametrize("words, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(words: str, sentence: str):
    assert found(words, sentence), sentence
