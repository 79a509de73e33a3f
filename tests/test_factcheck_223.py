"""False refusals in German and French (fixtures newuser_123 and newuser_125), each made to build narrowly, what each
module was made for kept refused:

1. A cost of a party's demands given to that party (explainer/party_figures.py): "Die Nordbahn korrigierte die Zahl
   von 1,4 auf 1,1 Milliarden Euro" (also "revidierte", "senkte", "hat ihre Schätzung ... gesenkt") citing "Am
   Mittwoch hatte die Nordbahn noch mitgeteilt, die Forderungen der Gewerkschaft würden jährlich 1,4 Milliarden Euro
   kosten. Am Donnerstag korrigierte das Unternehmen diese Zahl auf 1,1 Milliarden Euro" was refused, the 1,4 read as
   the union's: a party named in the genitive after a noun, its clause ending in "kosten" after the figure, is given
   no figure.
2. A figure named as offered, demanded or compared with (explainer/party_figures.py): "Die GSV verlangt mehr als die
   gebotenen 4,8 Prozent" citing "Die Nordbahn bietet bisher 4,8 Prozent" was refused as the GSV's 4,8; "die
   gebotenen", "die geforderten" and "mehr als die" before a figure give the party before it none.
3. French "contre" read as a content word (explainer/polarity.py): "La majorité des 412 contributions étaient
   défavorables au projet" citing "... 412 contributions, dont une majorité d'avis défavorables ... Le conseil
   municipal de Valmorel, qui s'était prononcé contre le projet ..." was refused as a negation dropped, "contre"
   sharing "contr" with "contributions"; it is no content word now, as English "against" is not.
4. An open question answered as plain fact (explainer/german_open_questions.py): "Es wird vor Weihnachten eine
   Einigung geben" and "Vor Weihnachten gibt es eine Einigung" citing "Ob es noch vor Weihnachten eine Einigung gibt,
   ist offen" built; refused now, their hedged twins ("Es könnte ... geben", "Vielleicht gibt es ...") build.

Checked and left refused, rightly: "En plus des 142 éoliennes en service, 35 projets sont en cours d'instruction"
citing "La préfecture précise que le département compte déjà 142 éoliennes en service et que 35 autres sont en cours
d'instruction" is the préfecture's word told as fact ("Selon la préfecture, ..." builds).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, found_in_language, paragraph

GERMAN = REPO / "tests" / "fixtures" / "newuser_123"
BERICHT = (GERMAN / "seeds" / "bahnstreik.txt").read_text(encoding="utf-8")
FRENCH = REPO / "tests" / "fixtures" / "newuser_125"
ARTICLE = (FRENCH / "seeds" / "eolien-valmorel.txt").read_text(encoding="utf-8")
GERMAN_PARTIES = (
    Party(id="gsv", name="Gewerkschaft Schiene und Verkehr", short_name="GSV", role="Gewerkschaft",
          aliases=("die Gewerkschaft",)),
    Party(id="nordbahn", name="Nordbahn AG", short_name="Nordbahn", role="Bahnunternehmen", aliases=("das Unternehmen",)),
    Party(id="gericht", name="Landesarbeitsgericht Mainfurt", short_name="Landesarbeitsgericht", role="Gericht"),
)
FRENCH_PARTIES = (
    Party(id="commune", name="Commune de Valmorel", short_name="Valmorel", role="commune, requérante",
          aliases=("le conseil municipal", "la commune", "la maire")),
    Party(id="prefet", name="Préfet de la Haute-Marne", short_name="Préfet", role="État, auteur de l'autorisation",
          aliases=("la préfecture", "le cabinet du préfet", "les services de l'État")),
    Party(id="ventalis", name="Ventalis Énergies", short_name="Ventalis", role="promoteur", aliases=("le promoteur",)),
    Party(id="association", name="Vent de Valmorel", role="association de riverains", aliases=("l'association",)),
)
COST = "Am Mittwoch hatte die Nordbahn"
OFFER = "Die Nordbahn bietet bisher"
OPEN = "Ob es noch vor Weihnachten"
INQUIRY = "Le préfet de la Haute-Marne avait signé"
PREFECTURE = "Du côté de la préfecture"


def german(words: str, sentence: str) -> list[str]:
    """Return the findings of a German sentence citing the report's paragraph that holds `words`."""
    return found_in_language("de", sentence, paragraph(BERICHT, words), GERMAN_PARTIES, published="2026-11-20")


def french(words: str, sentence: str) -> list[str]:
    """Return the findings of a French sentence citing the article's paragraph that holds `words`."""
    return found_in_language("fr", sentence, paragraph(ARTICLE, words), FRENCH_PARTIES, published="2026-05-12")


REFUSED_BEFORE = [  # honest sentences each refused before this work
    # 1. the cost of the union's demands is no union figure
    (COST, "Die Nordbahn korrigierte die Zahl von 1,4 auf 1,1 Milliarden Euro."),
    (COST, "Die Nordbahn revidierte die Zahl von 1,4 auf 1,1 Milliarden Euro."),
    (COST, "Die Nordbahn senkte die Zahl von 1,4 auf 1,1 Milliarden Euro."),
    (COST, "Die Nordbahn hat ihre Schätzung von 1,4 auf 1,1 Milliarden Euro gesenkt."),
    (COST, "Zunächst nannte die Nordbahn 1,4 Milliarden Euro, dann 1,1 Milliarden Euro."),
    # 2. an offered or demanded figure, or one compared with
    (OFFER, "Die GSV verlangt mehr als die gebotenen 4,8 Prozent."),
    (OFFER, "Die GSV fordert mehr als die angebotenen 4,8 Prozent."),
    (OFFER, "Die GSV hält die gebotenen 4,8 Prozent für zu wenig."),
    (OFFER, "Die GSV findet die angebotenen 4,8 Prozent zu niedrig."),
    (OFFER, "Die Nordbahn bietet weniger als die geforderten 9,5 Prozent."),
    (OFFER, "Die Nordbahn lehnt die geforderten 9,5 Prozent ab."),
    (OFFER, "Die Nordbahn hält die geforderten 9,5 Prozent für nicht finanzierbar."),
]

HONEST_GERMAN = REFUSED_BEFORE + [  # twins that built before and must still
    (COST, "Die Zahl wurde von 1,4 auf 1,1 Milliarden Euro nach unten korrigiert."),
    (COST, "Die Nordbahn bezifferte die Kosten der Forderungen zuerst auf 1,4 Milliarden Euro."),
    (COST, "Die Forderungen der Gewerkschaft würden die Nordbahn laut Unternehmen jährlich 1,1 Milliarden Euro kosten."),
    (COST, "Die Nordbahn beziffert die jährlichen Kosten nun auf 1,1 Milliarden Euro statt 1,4 Milliarden Euro."),
    (OFFER, "Die GSV fordert 9,5 Prozent, die Nordbahn bietet 4,8 Prozent."),
    (OFFER, "Die GSV verlangt mit 9,5 Prozent fast doppelt so viel wie die Nordbahn bietet."),
    # 4. the open question kept open, hedged, asked again, or another thing said to be there
    (OPEN, "Ob es noch vor Weihnachten eine Einigung gibt, ist offen."),
    (OPEN, "Es ist unklar, ob es vor Weihnachten eine Einigung geben wird."),
    (OPEN, "Es könnte vor Weihnachten eine Einigung geben."),
    (OPEN, "Vielleicht gibt es vor Weihnachten eine Einigung."),
    (OPEN, "Möglicherweise wird es vor Weihnachten eine Einigung geben."),
    (OPEN, "Es gibt Hoffnung auf eine Einigung vor Weihnachten."),
    (OPEN, "Gibt es vor Weihnachten eine Einigung?"),
    (OPEN, "Es gibt noch keine Einigung."),
    (OPEN, "Es wird am Dienstag eine Beratung im Bundesvorstand geben."),
    (OPEN, "Es wird eine Einigung vor Weihnachten erwartet."),
]


@pytest.mark.parametrize("words, sentence", HONEST_GERMAN)
def test_an_honest_german_sentence_builds(words: str, sentence: str):
    assert german(words, sentence) == []


MISSTATEMENTS_GERMAN = [  # refused before this work and still, or refused now (4)
    (COST, "Die Nordbahn korrigierte die Zahl von 1,1 auf 1,4 Milliarden Euro.", "corrects from 1,1"),
    (COST, "Die GSV korrigierte die Zahl von 1,4 auf 1,1 Milliarden Euro.", "names GSV"),
    (OFFER, "Die GSV fordert 4,8 Prozent.", "gives GSV 4,8 Prozent"),
    (OFFER, "Die Nordbahn bietet 9,5 Prozent.", "gives Nordbahn 9,5 Prozent"),
    (OFFER, "Die Gewerkschaft fordert 4,8 Prozent mehr Lohn.", "gives Gewerkschaft 4,8 Prozent"),
    (OFFER, "Die Nordbahn hat 9,5 Prozent geboten.", "gives Nordbahn 9,5 Prozent"),
    (OFFER, "Die GSV hat 4,8 Prozent gefordert.", "gives GSV 4,8 Prozent"),
    (OPEN, "Eine Einigung vor Weihnachten ist sicher.", "calls sure"),
    # 4. refused now: they built before
    (OPEN, "Es wird vor Weihnachten eine Einigung geben.", "tells as fact"),
    (OPEN, "Vor Weihnachten gibt es eine Einigung.", "tells as fact"),
    (OPEN, "Es gibt noch vor Weihnachten eine Einigung.", "tells as fact"),
    (OPEN, "Noch vor Weihnachten wird es eine Einigung geben.", "tells as fact"),
]


@pytest.mark.parametrize("words, sentence, found", MISSTATEMENTS_GERMAN)
def test_a_german_misstatement_is_refused(words: str, sentence: str, found: str):
    findings = german(words, sentence)
    assert any(found in finding for finding in findings), findings


def test_an_open_question_answered_elsewhere_in_a_cited_passage_builds():
    """A passage that tells there was a deal, besides the open question, backs the sentence."""
    passage = ("Ob es noch vor Weihnachten eine Einigung gibt, ist offen. Am Abend gab es dann doch eine Einigung.")
    assert found_in_language("de", "Vor Weihnachten gibt es eine Einigung.", passage, GERMAN_PARTIES) == []


HONEST_FRENCH = [
    # 3. refused before: "contre" shared "contr" with "contributions"
    (INQUIRY, "La majorité des 412 contributions étaient défavorables au projet."),
    (INQUIRY, "La plupart des 412 contributions étaient défavorables au projet."),
    (INQUIRY, "Une majorité des contributions à l'enquête publique étaient hostiles au projet."),
    # built before, and must still
    (INQUIRY, "L'enquête publique a recueilli 412 contributions, en majorité défavorables au projet."),
    (INQUIRY, "Le conseil municipal s'était prononcé contre le projet."),
    (INQUIRY, "Le conseil municipal a voté contre le projet par 11 voix contre 4."),
    (INQUIRY, "Le conseil municipal a rejeté le projet par 11 voix contre 4."),
    (PREFECTURE, "Selon la préfecture, en plus des 142 éoliennes en service, 35 autres sont en cours d'instruction."),
]


@pytest.mark.parametrize("words, sentence", HONEST_FRENCH)
def test_an_honest_french_sentence_builds(words: str, sentence: str):
    assert french(words, sentence) == []


MISSTATEMENTS_FRENCH = [
    (INQUIRY, "Le conseil municipal s'était prononcé pour le projet.", "drops the negation"),
    (INQUIRY, "Le conseil municipal a soutenu le projet.", "drops the negation"),
    (INQUIRY, "Le conseil municipal a approuvé le projet par 11 voix contre 4.", "drops the negation"),
    (INQUIRY, "Le conseil municipal était favorable au projet.", "drops the negation"),
    # the préfecture's word told as fact: rightly refused
    (PREFECTURE, "En plus des 142 éoliennes en service, 35 projets sont en cours d'instruction.", "La préfecture"),
]


@pytest.mark.parametrize("words, sentence, found", MISSTATEMENTS_FRENCH)
def test_a_french_misstatement_is_refused(words: str, sentence: str, found: str):
    findings = french(words, sentence)
    assert any(found in finding for finding in findings), findings


def test_the_correction_told_from_and_to_builds_in_the_briefing(tmp_path: Path):
    """Through the front door: the background's correction retold with "die Zahl" and no day."""
    desk = checked_fixture_project(GERMAN, tmp_path / "desk")
    edit(desk / "content" / "bahnstreik" / "background.yaml",
         "Die Nordbahn korrigierte ihre Zahl am Donnerstag von 1,4 auf 1,1 Milliarden Euro.",
         "Die Nordbahn revidierte die Zahl von 1,4 auf 1,1 Milliarden Euro.")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_an_open_question_answered_as_fact_is_refused_in_the_briefing(tmp_path: Path):
    """Through the front door: the background's sentence says there will be a deal before Christmas."""
    desk = checked_fixture_project(GERMAN, tmp_path / "desk")
    background = desk / "content" / "bahnstreik" / "background.yaml"
    edit(background, "Die GSV beendet\n      den Streik laut Kolbe am Samstagmorgen um 2 Uhr.[^ende]",
         "Die GSV beendet\n      den Streik laut Kolbe am Samstagmorgen um 2 Uhr.[^ende] Es wird vor Weihnachten "
         "eine Einigung geben.[^offen]")
    edit(background, "citations:\n", "citations:\n  offen:\n    source: bericht\n    quote: \"Ob es noch vor "
                                     "Weihnachten eine Einigung gibt, ist offen.\"\n")
    result = run_build(desk, "check")
    assert result.code == 1 and "background.yaml:27:" in result.err and "tells as fact" in result.err, result.err
