"""A German new user's misstatements that still built (tests/fixtures/newuser_141, its LEFTOVER list), each with a
twin on another German topic and honest German sentences that must build:

1. "Im Stadtrat stimmten 51 von 70 Mitgliedern für die Regelung" citing "... 41 von 70 Mitgliedern ..." built: a
   ratio "X von Y" is read as a rounded share (fractions_german.py), which fractions_said.backed_fraction said was a
   fraction to hold, and misstated_fractions held a hedged share to percentages only, which the passage gives none of.
   A ratio written in two counts of digits over a whole no share is rounded to (not 2 to 10, 20 or 100) is counts,
   where the passages give no percentage: the figure checks hold "51" and "70" to the passage
   (explainer/fractions_said.py). "Neun von 10", "6 von 10" stay shares.
2. "Das Land hat sich zu dem Fall geäußert" citing "Das Land hat sich zu dem Fall bisher nicht geäußert" built: "sich
   äußern" is a verb of saying, left by the negation checks. A comment told made ("geäußert", "äußerte sich", "nahm
   Stellung") where every cited clause telling one tells it negated, of a clause sharing a noun, is refused
   (explainer/german_unsaid_comments.py, run from cite.py through german_sentence_checks.py).
3. "Der Mieterverein sagt, die Angebotsmieten seien seit 2019 um 31 Prozent gesunken" citing "... um 31 Prozent seit
   2019 gestiegen" built: German puts "seit 2019" between the figure and its participle, where direction.py read the
   word right after the figure only. "seit"/"gegenüber" and a year are read past (explainer/german_change_after.py).
4. "Der Mieterverein begrüßte die Entscheidung" citing "kritisierte" built: opposites.py folds its forms ("begrüsste")
   and searched the text with them, which never matched "begrüßte"; the forms casefold spells otherwise are searched
   as written too (explainer/opposites.py, a line outside this branch's modules).
5. "Die Mieten sind seit 2019 um 31 Prozent gestiegen" citing "Der Mieterverein ... Nach seinen Berechnungen sind die
   Angebotsmieten um 31 Prozent seit 2019 gestiegen" built: a possessive's reckoning ("nach seinen/ihren/eigenen
   Berechnungen", "Schätzungen", "Zählungen") gives the clause to the sentence before's subject; a sentence restating
   it (a figure and a word) that says nobody's word and names no word of the giver is refused
   (explainer/german_own_reckonings.py).
"""

from __future__ import annotations

import pytest

from support import found_in_language, paragraph, sentence_findings
from test_newuser_141 import PARTIES, REPORT

NOT_IN = "is not in the passages"
SILENCE = "tells a comment made"
FALL = "is given as a fall"
RISE = "is given as a rise"
TURNED = "where its cited passages say 'kritisi"
RECKONING = "give only as the reckoning of"
MIETEN = ("Der Mieterverein kritisierte das Urteil. Nach seinen Berechnungen sind die Angebotsmieten um 31 Prozent "
          "seit 2019 gestiegen.")
PENDLER = "Die Gewerkschaft warnte vor Staus. Nach ihren Zählungen ist die Zahl der Pendler um 12.000 gestiegen."
SCHADEN = "Der Bauernverband schlug Alarm. Nach eigenen Schätzungen beträgt der Schaden 4,5 Millionen Euro."
LAND = "Das Land hat sich zu dem Fall bisher nicht geäußert."
RAT = "Im Rat stimmten 41 von 70 Mitgliedern dafür."


def found(words: str, sentence: str) -> list[str]:
    """Return the findings of a German sentence citing the fixture report's paragraph that holds `words`."""
    return sentence_findings(sentence, (paragraph(REPORT, words),), "de", PARTIES, published="2026-03-12")


# The fixture's own misstatements (each fix), against the paragraph the new user cited
@pytest.mark.parametrize("words, sentence, told", [
    ("Im Stadtrat stimmten", "Im Stadtrat stimmten 51 von 70 Mitgliedern für die Regelung.", NOT_IN),
    ("Im Stadtrat stimmten", "Im Stadtrat stimmten 41 von 80 Mitgliedern für die Regelung.", NOT_IN),
    ("Im Stadtrat stimmten", "Das Land hat sich zu dem Fall geäußert.", SILENCE),
    ("um 31 Prozent seit 2019", "Der Mieterverein sagt, die Angebotsmieten seien seit 2019 um 31 Prozent gesunken.",
     FALL),
    ("um 31 Prozent seit 2019", "Der Mieterverein begrüßte die Entscheidung des Gerichts.", TURNED),
    ("um 31 Prozent seit 2019", "Die Mieten sind seit 2019 um 31 Prozent gestiegen.", RECKONING),
])
def test_the_fixture_misstatement_is_refused(words: str, sentence: str, told: str):
    findings = found(words, sentence)
    assert any(told in finding for finding in findings), findings


@pytest.mark.parametrize("words, sentence", [
    ("Im Stadtrat stimmten", "Im Stadtrat stimmten 41 von 70 Mitgliedern für die Regelung."),
    ("Im Stadtrat stimmten", "Das Land hat sich zu dem Fall bisher nicht geäußert."),
    ("Im Stadtrat stimmten", "Zu dem Fall hat sich das Land noch nicht geäußert."),
    ("um 31 Prozent seit 2019", "Der Mieterverein sagt, die Angebotsmieten seien seit 2019 um 31 Prozent gestiegen."),
    ("um 31 Prozent seit 2019", "Der Mieterverein kritisierte die Entscheidung des Gerichts."),
    ("um 31 Prozent seit 2019", "Nach Berechnungen des Mietervereins sind die Angebotsmieten seit 2019 um 31 Prozent "
                                "gestiegen."),
    ("Der Vorsitzende des Eigentümerverbands", "Hallmann begrüßte den Beschluss."),
])
def test_the_fixture_honest_sentence_builds(words: str, sentence: str):
    assert not found(words, sentence), sentence


# Twins on other German topics: each fix's misstatement refused, its honest restatements built
@pytest.mark.parametrize("sentence, passage, told", [
    ("Im Rat stimmten 51 von 70 Mitgliedern dafür.", RAT, NOT_IN),
    ("Im Parlament votierten 98 von 150 Abgeordneten mit Ja.", "Im Parlament votierten 89 von 150 Abgeordneten mit Ja.",
     NOT_IN),
    ("Das Land hat sich zu dem Fall geäußert.", LAND, SILENCE),
    ("Die Bahn äußerte sich zu dem Unfall.", "Die Bahn äußerte sich zu dem Unfall zunächst nicht.", SILENCE),
    ("Die Mieten sind um 31 Prozent seit 2019 gesunken.", "Die Mieten sind in der Stadt um 31 Prozent seit 2019 "
                                                          "gestiegen.", FALL),
    ("Die Preise sind seit 2020 um 12 Prozent gestiegen.", "Die Preise sind um 12 Prozent seit 2020 gesunken.", RISE),
    ("Der Betriebsrat begrüßte den Plan.", "Der Betriebsrat kritisierte den Plan scharf.", TURNED),
    ("Die Gewerkschaft hat den Kompromiss begrüßt.", "Die Gewerkschaft hat den Kompromiss kritisiert.", TURNED),
    ("Die Mieten sind seit 2019 um 31 Prozent gestiegen.", MIETEN, RECKONING),
    ("Die Zahl der Pendler ist um 12.000 gestiegen.", PENDLER, RECKONING),
    ("Der Schaden beträgt 4,5 Millionen Euro.", SCHADEN, RECKONING),
])
def test_the_twin_misstatement_is_refused(sentence: str, passage: str, told: str):
    findings = found_in_language("de", sentence, passage)
    assert any(told in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    # 1: counts kept, and shares said of them
    ("Im Rat stimmten 41 von 70 Mitgliedern dafür.", RAT),
    ("Mehr als die Hälfte der 70 Mitglieder stimmte dafür.", RAT),
    ("Eine Mehrheit von 41 der 70 Ratsmitglieder stimmte zu.", RAT),
    ("Rund sechs von zehn Mitgliedern stimmten dafür.", RAT),
    ("Knapp 6 von 10 Mitgliedern stimmten dafür.", RAT),
    ("Neun von 10 Befragten sind zufrieden.", "Rund 91 Prozent der Befragten sind zufrieden."),
    ("Zwölf von 16 Ländern machen mit.", "Zwölf von 16 Ländern machen mit."),
    ("Das Risiko ist gering: etwa 1 von 790 Geimpften erkrankte.", "Das Risiko blieb klein, bei rund 1 von 800 "
                                                                   "Geimpften."),
    # 2: a silence kept, a comment another's
    ("Das Land hat sich zu dem Fall nicht geäußert.", LAND),
    ("Das Land äußerte sich bislang nicht.", LAND),
    ("Geäußert hat sich das Land bisher nicht.", LAND),
    ("Eine Stellungnahme des Landes gibt es bisher nicht.", LAND),
    ("Das Land schweigt bislang zu dem Fall.", LAND),
    ("Ob sich das Land zu dem Fall geäußert hat, ist unklar.", LAND),
    ("Das Land hat keine Stellung genommen.", LAND),
    ("Die Stadt äußerte sich enttäuscht.", "Die Stadt äußerte sich enttäuscht. " + LAND),
    ("Die Stadt hat sich zu dem Urteil geäußert.", "Die Stadt hat sich zu dem Urteil geäußert, das Land hat sich "
                                                   "bisher nicht geäußert."),
    ("Der Verband nahm zu dem Bericht Stellung.", "Der Verband nahm zu dem Bericht ausführlich Stellung."),
    # 3: the way kept, in any word order
    ("Die Mieten sind seit 2019 um 31 Prozent gestiegen.", "Die Mieten sind um 31 Prozent seit 2019 gestiegen."),
    ("Seit 2019 stiegen die Mieten um 31 Prozent.", "Die Mieten sind um 31 Prozent seit 2019 gestiegen."),
    ("Die Mieten legten seit 2019 um 31 Prozent zu.", "Die Mieten sind um 31 Prozent seit 2019 gestiegen."),
    ("Die Mieten sind um 31 Prozent seit 2019 angestiegen.", "Die Mieten sind um 31 Prozent seit 2019 gestiegen."),
    ("Die Preise sind um 12 Prozent seit 2020 gesunken.", "Die Preise sind seit 2020 um 12 Prozent zurückgegangen."),
    ("Die Zahl der Unfälle ist um 8 Prozent seit 2021 gesunken.", "Die Zahl der Unfälle ging seit 2021 um 8 Prozent "
                                                                  "zurück."),
    ("Die Kosten sind gegenüber 2023 um 5 Prozent gestiegen.", "Die Kosten sind um 5 Prozent gegenüber 2023 "
                                                               "gestiegen."),
    # 4: a welcome kept
    ("Der Betriebsrat begrüßte den Plan.", "Der Betriebsrat begrüßte den Plan ausdrücklich."),
    ("Der Verband begrüßte den Beschluss.", "Hallmann begrüßte den Beschluss. Der Mieterverein kritisierte die "
                                            "Entscheidung."),
    ("Die Gewerkschaft hat den Kompromiss begrüßt.", "Die Gewerkschaft zeigte sich zufrieden und begrüßte ihn."),
    # 5: the reckoning given to its giver, in any form
    ("Laut Mieterverein sind die Angebotsmieten um 31 Prozent gestiegen.", MIETEN),
    ("Der Mieterverein hat einen Anstieg der Angebotsmieten um 31 Prozent errechnet.", MIETEN),
    ("Der Mieterverein sagt, die Angebotsmieten seien um 31 Prozent gestiegen.", MIETEN),
    ("Dem Mieterverein zufolge stiegen die Angebotsmieten um 31 Prozent.", MIETEN),
    ("Die Angebotsmieten sind nach Rechnung des Mietervereins um 31 Prozent gestiegen.", MIETEN),
    ("Der Mieterverein geht von einem Anstieg der Angebotsmieten um 31 Prozent aus.", MIETEN),
    ("Die Angebotsmieten stiegen um 31 Prozent, rechnet der Mieterverein vor.", MIETEN),
    ("Die Angebotsmieten sind um 31 Prozent gestiegen.", "Die Angebotsmieten sind um 31 Prozent gestiegen. Nach seinen "
                                                         "Berechnungen liegt der Anstieg bei 31 Prozent."),
    ("Die Gewerkschaft zählte 12.000 Pendler mehr.", PENDLER),
    ("Den Schaden schätzt der Bauernverband auf 4,5 Millionen Euro.", SCHADEN),
    ("Der Bauernverband beziffert den Schaden auf 4,5 Millionen Euro.", SCHADEN),
    ("Die Bauern rechnen mit einem Schaden von 4,5 Millionen Euro.", SCHADEN),
])
def test_the_honest_german_sentence_builds(sentence: str, passage: str):
    assert not found_in_language("de", sentence, passage), sentence

