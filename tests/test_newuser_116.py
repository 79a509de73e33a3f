"""A new user's German briefing on a state election (tests/fixtures/newuser_116: the fictional Landtagswahl in Nordmark
of Sunday 8 March 2026; the Union für Nordmark, the Nordmärkische Sozialdemokraten and the Grüne Liste Nordmark as
sides, the Landeswahlleiterin as a neutral body), written from the README alone, with `language: de`, from three
sources of its own: the returning officer's provisional result (9 March 2026), the NSD's press release (9 March 2026, a
`statement_of` source) and a newspaper's report of the final result (12 March 2026) correcting the NSD's share, 27,6
per cent, not 27,8. Every content file is used: background, timeline, comparisons, claims, quotes, caveats and a log
with a correction.

Where the README or an error left the editor stuck:

1. `new` quoted "Katrin Albers, hat in" as the opening of "Die Landeswahlleiterin, Dr. Katrin Albers, hat in der
   Nacht ...": a source's sentence ended at a title's dot. A title before a name ("Dr.", "Prof.", "Mme") ends no
   sentence of a source (sentences.ends_a_title, read by sources.py).
2. A table's loss in points, -2.1 citing "Das sind 2,1 Prozentpunkte weniger als bei der Landtagswahl 2021", was
   refused as "a plain amount" and told to cite a passage giving a fall, which it did: German gives a change's way
   after the figure's unit, "2,1 Prozentpunkte weniger als", "3,6 Prozentpunkte hinzu", "2,1 Prozentpunkte verloren"
   (german_change_after.py, read by direction.py); and the "2021" after "weniger als" is the comparison's base, no
   bound (qualifiers.py).
3. The caveat "Das vorläufige Ergebnis kann sich bis zum amtlichen Endergebnis ändern" citing "dass sich die Zahlen
   bis zur Feststellung des amtlichen Endergebnisses noch ändern können" was refused as the final results told as
   preliminary: "bis zur" (and "vor der") before the final count gives it as to come (elections.py).

Read as a fact-checker, 78 misstatements and 31 honest paraphrases were tried against one paragraph each
(`found` below): 36 misstatements built before this work, 22 after it. Fixed:

4. A German meeting told as held on a day after every report it cites: "Das Sondierungsgespräch fand am Montag, 16.
   März 2026, statt" citing a report of 12 March that it "auf Montag, 16. März 2026, verschoben" had
   (german_held_after_report.py).
5. Gains told as losses and losses as gains, where the passage gives the way past its unit: "Die UNM gewinnt 2,1
   Prozentpunkte hinzu" citing "2,1 Prozentpunkte weniger als bei der Landtagswahl 2021" (german_change_after.py).
6. A turnout told as a party's share: "Die UNM erhielt 68,4 Prozent der Zweitstimmen" citing "Die Wahlbeteiligung
   lag bei 68,4 Prozent" ("der Zweitstimmen", "der Erststimmen" are a share: turnouts.py).
7. The figure a report corrects told as the figure: "Die NSD kommt nach dem amtlichen Endergebnis auf 27,8 Prozent"
   citing "auf 27,6 Prozent der Zweitstimmen, nicht auf 27,8 Prozent" (set_aside_figures.py: "nicht auf", "nicht
   bei", "nicht um").
8. The provisional result told as final where the passage gives the final count as to come "in seiner Sitzung am
   Donnerstag": "Die Landeswahlleiterin hat in der Nacht zum Montag das amtliche Endergebnis bekannt gegeben"
   (elections.py).
9. A press release's words given to another party by a German sentence's opening subject: "Die UNM sieht sich als
   eigentliche Gewinnerin der Landtagswahl" citing the NSD's release (party_word.py); and its honest twins, "Die NSD
   sieht sich als ..." ("bezeichnet", "wertet", "betont") and "Die UNM, so die NSD, hat ...", now say whose word
   they state.

Found here, not fixed (polarity.py is not this work's): "Die Grüne Liste widerspricht der Darstellung, sie habe eine
Koalitionszusage gegeben" was refused in the fixture's first draft as "Die Grüne Liste bestreitet, ..." citing "hat
der Darstellung der NSD widersprochen": "bestreitet" read as a negation added. LEFTOVER, the misstatements that still
build (tests/test_factcheck_188.py refuses four more: "erhält die NSD 31,4 Prozent" of the UNM's, party_figures.py;
"Die Wahlbeteiligung lag bei 63,9 Prozent" of 2021's, turnouts.py; the recount's "Sieg" given to the NSD's candidate,
twice, german_victors.py):

  1. Nach dem amtlichen Endergebnis kommt die NSD auf 27,8 Prozent. (E_NSD)
  2. Die Grüne Liste erhält 14 Sitze. (E_SITZE)
  3. Die Nordmark-Allianz erhält 17 Sitze. (E_SITZE)
  4. Eine Koalition aus NSD und Grüner Liste käme auf 51 Sitze und hätte eine Mehrheit. (E_SITZE)
  5. Für eine Mehrheit sind 51 Sitze erforderlich. (E_SITZE)
  6. Die UNM kann allein regieren. (E_SITZE)
  7. Der Anteil der Briefwähler lag bei 68,4 Prozent. (E_BET)
  8. Im Wahlkreis 14 liegt die Bewerberin der NSD mit 37 Stimmen vor dem Bewerber der UNM. (E_WK)
  9. Die Nachzählung hat die Landeswahlleiterin für alle Wahlkreise angeordnet. (E_WK)
  10. Die Nachzählung kann die Verteilung der Sitze nach Zweitstimmen ändern. (E_WK)
  11. Brandstätter hat die Wahl angefochten. (B_WK)
  12. Die NSD hat das Sondierungsgespräch auf den 16. März verschoben. (B_SOND)
  13. Grund ist ein Übertragungsfehler in der Stadt Lindow, wo Stimmen der UNM doppelt erfasst worden waren. (B_LINDOW)
  14. Die Korrektur kostet die NSD einen Sitz. (B_LINDOW)
  15. Die NSD hat der Darstellung der Grünen Liste widersprochen. (B_GLN)
  16. Ein Bündnis aus NSD, Grüner Liste und Liberaler Partei hätte keine Mehrheit. (B_MEHR)
  17. Prof. Martin Eschenbach rechnet mit kurzen Verhandlungen. (B_PROF)
  18. Der neue Landtag muss spätestens 30 Tage nach der Wahl einen Ministerpräsidenten wählen. (E_FRIST)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, error_lines, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_116"
BRIEFING = Path("content") / "landtagswahl-nordmark"
PARTIES = (
    Party(id="unm", name="Union für Nordmark", short_name="UNM", role="side", aliases=("die Union",)),
    Party(id="nsd", name="Nordmärkische Sozialdemokraten", short_name="NSD", role="side"),
    Party(id="gln", name="Grüne Liste Nordmark", short_name="Grüne Liste", role="side", aliases=("die Grüne Liste",)),
    Party(id="wahlleitung", name="Landeswahlleiterin des Landes Nordmark", short_name="Landeswahlleiterin",
          aliases=("die Landeswahlleiterin",)),
)
RESULT, RELEASE, REPORT = ((FIXTURE / "seeds" / name).read_text(encoding="utf-8")
                           for name in ("ergebnis.txt", "nsd.txt", "bericht.txt"))
STATEMENT_OF = "Nordmärkische Sozialdemokraten"

# the returning officer's paragraphs (E_), the NSD's release's (N_) and the report's (B_), by words each holds
PASSAGES = {
    "E_START": paragraph(RESULT, "3.40 Uhr"), "E_UNM": paragraph(RESULT, "(UNM) 31,4"),
    "E_NSD": paragraph(RESULT, "27,8 Prozent"), "E_GLN": paragraph(RESULT, "14,2 Prozent der Zweitstimmen"),
    "E_SITZE": paragraph(RESULT, "109 Sitze"), "E_BET": paragraph(RESULT, "68,4 Prozent"),
    "E_WK": paragraph(RESULT, "Hafenstadt-Nord) liegt"), "E_ABW": paragraph(RESULT, "aus den Wahlbezirken"),
    "E_FRIST": paragraph(RESULT, "30 Tage nach der Wahl"),
    "N_SIEG": paragraph(RELEASE, "eigentliche Gewinnerin"), "N_SOND": paragraph(RELEASE, "Sondierungsgespräch am Donnerstag"),
    "N_ZUSAGE": paragraph(RELEASE, "Nach Auffassung der NSD"), "N_AFD": paragraph(RELEASE, "Mit der Nordmark-Allianz"),
    "N_ESSEN": paragraph(RELEASE, "94 Millionen"), "N_DIREKT": paragraph(RELEASE, "19 der 52"),
    "B_END": paragraph(REPORT, "27,6 Prozent der"), "B_LINDOW": paragraph(REPORT, "Lindow"),
    "B_WK": paragraph(REPORT, "von 37 auf 41"), "B_GLN": paragraph(REPORT, "Wir haben niemandem"),
    "B_SOND": paragraph(REPORT, "nicht stattgefunden"), "B_UNM": paragraph(REPORT, "Friedrich Hallberg, sagte"),
    "B_MEHR": paragraph(REPORT, "Rechnerisch"), "B_PROF": paragraph(REPORT, "Eschenbach"),
    "B_LT": paragraph(REPORT, "2. April 2026"),
}
PUBLISHED = {"E": "2026-03-09", "N": "2026-03-09", "B": "2026-03-12"}


@pytest.fixture(autouse=True)
def german_locale(reading_without_project_locales):
    """Read German as a build reads it (after conftest's reset)."""
    read_as_project_locale(REPO, "de")


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a German sentence citing one paragraph of a source (the release is the NSD's)."""
    return sentence_findings(sentence, (PASSAGES[key],), "de", PARTIES,
                             statement_of=STATEMENT_OF if key.startswith("N_") else "", published=PUBLISHED[key[0]])


def said(sentence: str, passage: str, published: str = "2026-03-12") -> list[str]:
    """Return the findings of a German sentence citing one passage of a report of `published`."""
    return sentence_findings(sentence, (passage,), "de", PARTIES, published=published)


def test_the_briefing_builds_in_german(tmp_path: Path):
    """The briefing builds whole: German labels, notes leading to all three sources, the correction."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "landtagswahl-nordmark" / "index.html").read_text(encoding="utf-8").split())
    for words in ('href="../sources/ergebnis.html#passage-', 'href="../sources/nsd.html#passage-',
                  'href="../sources/bericht.html#passage-', "27,6", "−2,1", 'lang="de"'):
        assert words in page, words


def test_new_quotes_a_sentence_past_a_title_s_dot(tmp_path: Path):
    """`new` quotes the opening of "Die Landeswahlleiterin, Dr. Katrin Albers, hat in ...", not "Katrin Albers"."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk, "new", "wahl", "--title", "Die Landtagswahl in Nordmark", "--source", "ergebnis")
    assert result.code == 0, result.err
    written = (desk / "content" / "wahl" / "briefing.yaml").read_text(encoding="utf-8")
    assert 'quote: "Die Landeswahlleiterin, Dr. Katrin' in written, written


def test_a_loss_in_points_given_after_its_unit_stands_as_negative(tmp_path: Path):
    """-2.1 builds (the fixture's table); 2.1 written positive is refused, as the passage gives it as a fall."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "comparisons.yaml", "unm: {value: -2.1, cite: [c-unm]}", "unm: {value: 2.1, cite: [c-unm]}")
    result = run_build(desk, "check")
    assert result.code == 1 and any("comparisons.yaml:23: figure 2.1" in line and "only as a fall" in line
                                     for line in error_lines(result)), result.err


def test_a_final_count_still_to_come_is_not_read_as_given():
    """The fixture's caveat "bis zum amtlichen Endergebnis" citing "bis zur Feststellung des amtlichen
    Endergebnisses" builds (above); and a passage giving the final count so gives none, so the provisional share
    told as final is refused."""
    passage = ("Nach dem vorläufigen Ergebnis erhält die UNM 31,4 Prozent. Die Zahlen können sich bis zur Feststellung "
               "des amtlichen Endergebnisses noch ändern.")
    assert said("Das vorläufige Ergebnis kann sich bis zum amtlichen Endergebnis noch ändern.", passage) == []
    assert any("as final" in finding for finding in
               said("Nach dem amtlichen Endergebnis erhält die UNM 31,4 Prozent.", passage))


MISSTATEMENTS = [
    ('E_NSD', 'Die Grüne Liste kommt auf 27,8 Prozent der Zweitstimmen.'),
    ('E_GLN', 'Die UNM erhält 14,2 Prozent der Zweitstimmen.'),
    ('E_GLN', 'Die Grüne Liste verliert 1,1 Prozentpunkte gegenüber 2021.'),
    ('E_GLN', 'Die Grüne Liste erhält 1,1 Prozentpunkte weniger als 2021.'),
    ('E_UNM', 'Die UNM erhält 2,1 Prozentpunkte mehr als bei der Landtagswahl 2021.'),
    ('E_BET', 'Die Wahlbeteiligung sank um 4,5 Prozentpunkte.'),
    ('E_UNM', 'Die UNM verliert 2,1 Prozent.'),
    ('E_NSD', 'Die NSD gewinnt 3,6 Prozent hinzu.'),
    ('E_BET', 'Die Wahlbeteiligung stieg um 4,5 Prozent.'),
    ('E_GLN', 'Die Grüne Liste legt um 1,1 Prozent zu.'),
    ('E_UNM', 'Nach dem amtlichen Endergebnis erhält die UNM 31,4 Prozent der Zweitstimmen.'),
    ('E_SITZE', 'Das amtliche Endergebnis gibt der UNM 38 Sitze.'),
    ('E_START', 'Das Ergebnis ist endgültig.'),
    ('E_SITZE', 'Die UNM erhält 34 Sitze, die NSD 38 Sitze.'),
    ('E_START', 'Die Landtagswahl fand am Sonntag, 9. März 2026, statt.'),
    ('E_START', 'Das amtliche Endergebnis stellt der Landeswahlausschuss am Mittwoch, 12. März 2026, fest.'),
    ('E_WK', 'Die Nachzählung findet am Donnerstag, 11. März 2026, statt.'),
    ('E_WK', 'Die NSD hat für den Wahlkreis 14 eine Nachzählung angeordnet.'),
    ('B_WK', 'Der Vorsprung von Jonas Reinholdt schrumpfte von 41 auf 37 Stimmen.'),
    ('N_SOND', 'Die NSD und die Grüne Liste haben am Donnerstag, 12. März 2026, sondiert.'),
    ('B_SOND', 'Das Sondierungsgespräch zwischen NSD und Grüner Liste hat am Donnerstag stattgefunden.'),
    ('N_ZUSAGE', 'Die Grüne Liste hat im Wahlkampf zugesagt, nach der Wahl zuerst mit der NSD zu verhandeln.'),
    ('N_ZUSAGE', 'Die Grüne Liste hat der NSD versprochen, nicht mit der Union zu regieren.'),
    ('N_SIEG', 'Die NSD ist die eigentliche Gewinnerin der Landtagswahl.'),
    ('N_SIEG', 'Die UNM hat ihr schlechtestes Ergebnis seit 1990 erzielt.'),
    ('N_DIREKT', 'Die NSD hat in 19 der 52 Wahlkreise das Direktmandat gewonnen.'),
    ('N_ESSEN', 'Das kostenlose Mittagessen würde rund 94 Millionen Euro im Jahr kosten.'),
    ('E_NSD', 'Die NSD kommt nach dem vorläufigen Ergebnis auf 27,6 Prozent.'),
    ('B_END', 'Der Zuwachs der NSD beträgt nach dem amtlichen Endergebnis 3,6 Prozentpunkte.'),
    ('B_END', 'Die NSD kommt auf 27,6 Prozent, nicht auf 27,4 Prozent.'),
    ('B_LINDOW', 'Die NSD verliert durch die Korrektur zwei Sitze und behält 32.'),
    ('B_GLN', 'Die Grüne Liste schließt eine Koalition mit der Union aus.'),
    ('B_GLN', 'Svenja Okafor sagte: "Wir haben der NSD etwas versprochen."'),
    ('B_UNM', 'Friedrich Hallberg sagte, die NSD habe als stärkste Partei den Auftrag zur Regierungsbildung.'),
    ('B_MEHR', 'Eine Koalition aus UNM und Grüner Liste käme auf 57 Sitze.'),
    ('B_MEHR', 'Eine Koalition aus UNM und NSD gilt als wahrscheinlich.'),
    ('B_LT', 'Der neue Landtag tritt am 7. April 2026 zu seiner ersten Sitzung zusammen.'),
    ('N_AFD', 'Laut NSD wird es Gespräche mit der Nordmark-Allianz geben.'),
    ('N_SIEG', 'Laut NSD hat die UNM 3,6 Prozentpunkte verloren.'),
    ('E_ABW', 'Abweichungen liegen in der Regel über 0,2 Prozentpunkten.'),
    ('N_SIEG', 'Die UNM sieht sich als eigentliche Gewinnerin der Landtagswahl.'),
    ('B_SOND', 'Das Sondierungsgespräch zwischen NSD und Grüner Liste hat am 16. März 2026 stattgefunden.'),
    # refused since this work
    ('E_UNM', 'Die UNM gewinnt 2,1 Prozentpunkte hinzu.'),
    ('E_UNM', 'Die Union legt um 2,1 Prozentpunkte zu.'),
    ('E_NSD', 'Die NSD verliert 3,6 Prozentpunkte.'),
    ('E_NSD', 'Die NSD hat 3,6 Prozentpunkte verloren.'),
    ('E_START', 'Die Landeswahlleiterin hat in der Nacht zum Montag das amtliche Endergebnis bekannt gegeben.'),
    ('E_BET', 'Die UNM erhielt 68,4 Prozent der Zweitstimmen.'),
    ('N_SOND', 'Laut NSD hat das erste Sondierungsgespräch mit der Grünen Liste am 12. März stattgefunden.'),
    ('B_SOND', 'Das Sondierungsgespräch fand am Montag, 16. März 2026, statt.'),
    ('B_UNM', 'UNM und Grüne Liste haben sich am Dienstag, 17. März 2026, getroffen.'),
    ('B_END', 'Die NSD kommt nach dem amtlichen Endergebnis auf 27,8 Prozent der Zweitstimmen.'),
    ('E_UNM', 'Die Wahlbeteiligung lag bei 31,4 Prozent.'),
    ('B_END', 'Nach dem amtlichen Endergebnis kommt die NSD auf 27,8 Prozent.'),
    ('E_START', 'Das amtliche Endergebnis liegt seit Montag vor.'),
    ('N_SIEG', 'Die Grüne Liste sagt, die NSD sei die eigentliche Gewinnerin der Landtagswahl.'),
]

HONEST = [
    ('E_UNM', 'Nach dem vorläufigen Ergebnis kommt die UNM auf 31,4 Prozent der Zweitstimmen.'),
    ('E_UNM', 'Die UNM verliert 2,1 Prozentpunkte und bleibt stärkste Partei.'),
    ('E_UNM', 'Die UNM hat 2,1 Prozentpunkte eingebüßt.'),
    ('E_UNM', 'Die Union erhält 2,1 Prozentpunkte weniger als 2021.'),
    ('E_NSD', 'Die NSD gewinnt 3,6 Prozentpunkte hinzu.'),
    ('E_NSD', 'Die NSD legt um 3,6 Prozentpunkte zu und kommt auf 27,8 Prozent.'),
    ('E_NSD', 'Nach dem vorläufigen Ergebnis hat die NSD 3,6 Prozentpunkte hinzugewonnen.'),
    ('E_GLN', 'Die Grüne Liste erhält 14,2 Prozent, 1,1 Prozentpunkte mehr als 2021.'),
    ('E_GLN', 'Die Grüne Liste hat um 1,1 Prozentpunkte zugelegt.'),
    ('E_SITZE', 'Die UNM erhält 38 Sitze, die NSD 34 und die Grüne Liste 17.'),
    ('E_SITZE', 'Keine Partei kann allein regieren; für eine Mehrheit sind 55 Sitze nötig.'),
    ('E_SITZE', 'NSD und Grüne Liste kämen zusammen auf 51 Sitze und hätten keine Mehrheit.'),
    ('E_BET', 'Die Wahlbeteiligung stieg um 4,5 Prozentpunkte auf 68,4 Prozent.'),
    ('E_START', 'Das Ergebnis ist vorläufig; das amtliche Endergebnis stellt der Landeswahlausschuss am 12. März 2026 fest.'),
    ('E_WK', 'Die Landeswahlleiterin hat für den Wahlkreis 14 eine Nachzählung angeordnet.'),
    ('E_WK', 'Die Nachzählung findet am Mittwoch, 11. März 2026, statt.'),
    ('E_ABW', 'Bis zum amtlichen Endergebnis können sich die Zahlen noch ändern.'),
    ('N_SOND', 'Laut NSD hat sie die Grüne Liste zu einem ersten Sondierungsgespräch am 12. März eingeladen.'),
    ('N_ZUSAGE', 'Nach Auffassung der NSD hat die Grüne Liste zugesagt, zuerst mit der NSD zu verhandeln.'),
    ('N_SIEG', 'Die NSD bezeichnet sich als eigentliche Gewinnerin der Wahl.'),
    ('B_END', 'Nach dem amtlichen Endergebnis kommt die NSD auf 27,6 Prozent, nicht auf 27,8 Prozent.'),
    ('B_END', 'Der Zuwachs der NSD beträgt 3,4 Prozentpunkte statt 3,6 Prozentpunkten.'),
    ('B_WK', 'Die Nachzählung bestätigte den Sieg von Jonas Reinholdt; sein Vorsprung wuchs von 37 auf 41 Stimmen.'),
    ('B_SOND', 'Das Sondierungsgespräch hat nicht stattgefunden; die Grüne Liste hat es auf den 16. März verschoben.'),
    ('B_GLN', 'Die Grüne Liste widerspricht der NSD und schließt eine Koalition mit der Union nicht aus.'),
    ('B_MEHR', 'Eine Koalition aus UNM und Grüner Liste käme auf genau die nötigen 55 Sitze.'),
    ('B_LINDOW', 'An der Sitzverteilung ändert die Korrektur nichts; die NSD behält 34 Sitze.'),
    ('N_SIEG', 'Die NSD sieht sich als eigentliche Gewinnerin der Wahl.'),
    ('B_WK', 'Die Nachzählung im Wahlkreis 14 hat am Mittwoch stattgefunden.'),
    ('E_ABW', 'Bis zur Feststellung des amtlichen Endergebnisses können sich die Zahlen noch ändern.'),
    ('N_SIEG', 'Die UNM, so die NSD, hat ihr schlechtestes Ergebnis seit 1990 erzielt.'),
]


@pytest.mark.parametrize("key, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


@pytest.mark.parametrize("key, sentence", HONEST)
def test_each_honest_paraphrase_builds(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("sentence, passage, published", [
    ("Das Sondierungsgespräch fand am Montag, 16. März 2026, statt.",
     "Die Grüne Liste hat es auf Montag, 16. März 2026, verschoben.", "2026-03-12"),
    ("UNM und Grüne Liste haben sich am 17. März getroffen.",
     "Ein Treffen von UNM und Grüner Liste ist für Dienstag, 17. März 2026, vorgesehen.", "2026-03-12"),
    ("Am 12. März trafen sich NSD und Grüne Liste im Landeshaus.",
     "Die NSD hat die Grüne Liste zu einem Gespräch am Donnerstag, 12. März 2026, in das Landeshaus eingeladen.",
     "2026-03-09"),
    ("Der Ausschuss tagte am 12. März.", "Der Ausschuss tagt am 12. März.", "2026-03-09"),
])
def test_a_meeting_told_as_held_after_its_report_is_refused(sentence: str, passage: str, published: str):
    assert any("tells as held on" in finding for finding in said(sentence, passage, published))


@pytest.mark.parametrize("sentence, passage, published", [
    ("Die Nachzählung hat am 11. März stattgefunden.", "Die Nachzählung hat am Mittwoch, 11. März, stattgefunden.",
     "2026-03-12"),
    ("Die Sitzung fand am 12. März statt.", "Die Sitzung fand am 12. März statt.", "2026-03-12"),
    ("Das Treffen soll am 17. März stattfinden.", "Ein Treffen ist für den 17. März vorgesehen.", "2026-03-12"),
    ("Das Gespräch ist für den 16. März geplant.", "Das Gespräch wurde auf den 16. März verschoben.", "2026-03-12"),
    ("Die Parteien treffen sich am 17. März.", "Ein Treffen ist für den 17. März vorgesehen.", "2026-03-12"),
    ("Das Gespräch wurde auf den 16. März verschoben und hat nicht stattgefunden.",
     "Das Gespräch hat nicht stattgefunden; es wurde auf den 16. März verschoben.", "2026-03-12"),
    ("Die Wahl fand am 8. März 2026 statt.", "Die Landtagswahl vom 8. März 2026.", "2026-03-09"),
    ("Die NSD fand am 9. März klare Worte.", "Die NSD fand am 9. März klare Worte.", "2026-03-09"),
    ("Die beiden Parteien haben sich am 5. März getroffen.", "Am 5. März trafen sich die Parteien.", "2026-03-09"),
    ("Das amtliche Endergebnis stellt der Ausschuss am 12. März fest.",
     "Das amtliche Endergebnis stellt der Landeswahlausschuss in seiner Sitzung am Donnerstag, 12. März 2026, fest.",
     "2026-03-09"),
])
def test_a_meeting_held_by_its_report_s_day_or_kept_planned_builds(sentence: str, passage: str, published: str):
    assert said(sentence, passage, published) == []


@pytest.mark.parametrize("sentence, passage", [
    ("Die SPD verlor 2,1 Prozentpunkte.", "Die SPD kommt auf 20 Prozent, 2,1 Prozentpunkte weniger als 2021."),
    ("Die SPD büßt 2,1 Prozentpunkte ein.", "Die SPD kommt auf 20 Prozent, 2,1 Prozentpunkte weniger als 2021."),
    ("Die SPD hat 2,1 Prozentpunkte eingebüßt.", "Die SPD hat 2,1 Prozentpunkte verloren."),
    ("Die SPD verliert 2,1 Prozentpunkte.", "Die SPD erhält 2,1 Prozentpunkte weniger als 2021."),
    ("Die Grünen gewinnen 1,1 Prozentpunkte hinzu.", "Die Grünen kommen auf 14 Prozent, 1,1 Prozentpunkte mehr als 2021."),
    ("Die Grünen legen um 1,1 Prozentpunkte zu.", "Die Grünen haben 1,1 Prozentpunkte hinzugewonnen."),
    ("Die Grünen erhalten 3 Sitze mehr als bisher.", "Die Grünen gewinnen 3 Sitze hinzu."),
    ("Die Partei erhielt 30 Prozent mehr Stimmen als 2021.", "Die Partei erhielt 30 Prozent mehr Stimmen als 2021."),
    ("Die Partei hat mehr als 30 Prozent erreicht.", "Die Partei kam auf 31 Prozent."),
    ("Die Union bleibt mit 2,1 Prozentpunkten Vorsprung vorn.", "Die Union liegt 2,1 Prozentpunkte vor der SPD."),
    ("Die Union erhält 2,1 Prozentpunkte weniger als 2021.", "Die Union erhält 2,1 Prozentpunkte weniger als 2021."),
])
def test_a_change_s_way_kept_past_its_unit_builds(sentence: str, passage: str):
    assert said(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage", [
    ("Die SPD kommt auf 27,6 Prozent, nicht auf 27,8 Prozent.", "Die SPD kommt auf 27,6 Prozent, nicht auf 27,8 Prozent."),
    ("Vorläufig lag die SPD bei 27,8 Prozent.", "Die SPD kommt nach dem Endergebnis auf 27,6 Prozent, nicht auf 27,8 Prozent."),
    ("Die SPD kommt auf 27,6 Prozent statt auf 27,8 Prozent.", "Die SPD kommt auf 27,6 Prozent, nicht auf 27,8 Prozent."),
    ("Zunächst war von 27,8 Prozent die Rede.", "Die SPD kommt auf 27,6 Prozent, nicht auf 27,8 Prozent."),
    ("Die SPD erhält 27,8 Prozent der Zweitstimmen.", "Die SPD kommt auf 27,8 Prozent der Zweitstimmen."),
    ("27,8 Prozent der Zweitstimmen gingen an die SPD.", "Die SPD erhielt 27,8 Prozent der Zweitstimmen."),
    ("Die Wahlbeteiligung lag bei 68,4 Prozent.",
     "Die Wahlbeteiligung lag bei 68,4 Prozent; die SPD erhielt 27,8 Prozent der Zweitstimmen."),
    ("Das amtliche Endergebnis liegt vor.", "Der Landeswahlausschuss stellte am Donnerstag das amtliche Endergebnis fest."),
    ("Nach dem amtlichen Endergebnis kommt die SPD auf 27,6 Prozent.",
     "Der Landeswahlausschuss hat am Donnerstag das amtliche Endergebnis festgestellt: Die SPD kommt auf 27,6 Prozent."),
])
def test_a_set_aside_figure_a_share_and_a_count_s_stage_kept_build(sentence: str, passage: str):
    assert said(sentence, passage) == []
