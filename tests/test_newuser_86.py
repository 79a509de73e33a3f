"""German misstatements that built, from the Lindenau tram-line report of tests/fixtures/newuser_82 (a city and a rail
operator, RSV, in court over a cancelled line), now refused by general rules, with their honest twins still built.

- A place swapped after an institution's noun: "beim Landgericht Karlsruhe" citing "beim Landgericht Freiburg", "von
  der Hochschule Freiburg" citing "Hochschule Karlsruhe", "Neubaugebiet Oststadt" for "Weststadt" (german_places.py).
- The party that filed the suit swapped: "Die Stadt hat Klage ... eingereicht" citing "Die RSV hat dagegen Klage ...
  eingereicht" (swapped.py read "dagegen" as the party's place; a sentence adverb now holds none, and a perfect's
  participle holds one: swapped_languages.py, swapped.py).
- A party's own figure told as fact: "Die RSV hat bereits 29,8 Mio. Euro ausgegeben" citing "Die RSV beziffert ihre
  Ausgaben auf 29,8 Mio. Euro" (party_claims.py); Spanish "cifra ... en" alike.
- A number word opening a hyphenated compound is a figure: "im Fünf-Minuten-Takt" citing "im Zehn-Minuten-Takt"
  (spelled.py; its unit, "Minuten", is read too: numbers.py).
- German opposites: "Überschuss" for "Defizit", "lobte" for "kritisierte", "längere" for "kürzere", "verlängern" for
  "verkürzen" (opposites_languages.py); Spanish "superávit" for "déficit".
"""

from __future__ import annotations

import pytest

from conftest import REPO
from explainer.model import Party
from support import read_as_project_locale, sentence_findings
# the German tram dispute's source, parties and paragraphs, as test_newuser_82 reads them
from test_newuser_82 import P_CONTRACT, P_EXPERT, P_OFFER, P_OPEN, P_SPENT, P_TALKS, P_VOTE, PARTIES, paragraph

P_BUS = paragraph("Für die Fahrgäste")

HONEST = {
    # the place as the source gives it, in other orders and words
    "court": ("Die RSV hat Klage beim Landgericht Freiburg eingereicht.", P_OPEN),
    "court-in": ("Die RSV hat beim Landgericht in Freiburg geklagt.", P_OPEN),
    "court-adjective": ("Die RSV hat Klage beim Freiburger Landgericht eingereicht.", P_OPEN),
    "court-date": ("Das Landgericht Freiburg verhandelt am 12. Mai.", P_OPEN),
    "university": ("Hoffmann von der Hochschule Karlsruhe hält einen Vergleich für wahrscheinlich.", P_EXPERT),
    "quarter": ("Die Linie sollte den Hauptbahnhof mit dem Neubaugebiet Weststadt verbinden.", P_CONTRACT),
    # who filed the suit, kept, with or without an adverb, the participle anywhere
    "suit-filer": ("Die RSV hat dagegen Klage beim Landgericht Freiburg eingereicht.", P_OPEN),
    "suit-filer-order": ("Die RSV hat beim Landgericht Freiburg Klage eingereicht.", P_OPEN),
    "suit-filer-bereits": ("Die RSV hat bereits Klage beim Landgericht Freiburg eingereicht.", P_OPEN),
    # the party's figure given as its own
    "nach-angaben": ("Nach Angaben der RSV hat sie 29,8 Mio. Euro ausgegeben.", P_SPENT),
    "beziffert": ("Die RSV beziffert ihre Ausgaben auf 29,8 Mio. Euro.", P_SPENT),
    "laut": ("Laut RSV wurden bereits 29,8 Mio. Euro ausgegeben.", P_SPENT),
    "nach-eigenen-angaben": ("Nach eigenen Angaben hat die RSV 29,8 Mio. Euro ausgegeben.", P_SPENT),
    "gibt-an": ("Die RSV gibt ihre Ausgaben mit 29,8 Mio. Euro an.", P_SPENT),
    "spricht-von": ("Die RSV spricht von Ausgaben in Höhe von 29,8 Mio. Euro.", P_SPENT),
    "angegeben": ("Die Ausgaben der RSV werden mit 29,8 Mio. Euro angegeben.", P_SPENT),
    "other-party-figure": ("Die Stadt erkennt davon nur 8,3 Mio. Euro an.", P_SPENT),
    # a compound's count as the source gives it, in digits or in words
    "takt": ("Die Buslinie 17 fährt weiter im Zehn-Minuten-Takt.", P_BUS),
    "takt-digits": ("Die Buslinie 17 fährt weiter im 10-Minuten-Takt.", P_BUS),
    "takt-apart": ("Die Buslinie 17 fährt weiter alle zehn Minuten.", P_BUS),
    # the source's side of each pair
    "defizit": ("Die Stadt rechnet für 2025 mit einem Defizit von 23 Mio. Euro.", P_VOTE),
    "defizit-inverted": ("Für 2025 erwartet die Stadt ein Defizit von 23 Mio. Euro.", P_VOTE),
    "anstieg": ("Die RSV bestreitet diese Zahl und spricht von einem Anstieg um 14,2 Prozent.",
                paragraph("Umstritten ist")),
    "kritisierte": ("Der Fahrgastverband Pro Bahn kritisierte die Absage.", P_BUS),
    "kuerzere": ("Die kürzere Strecke hätte die Stadt nach Angaben der RSV rund 39 Mio. Euro gekostet.", P_OFFER),
    "verkuerzen": ("Die RSV war bereit, die Strecke auf 6,1 Kilometer zu verkürzen.", P_OFFER),
}

MISSTATED = {
    # a place swapped after an institution's noun
    "court": ("Die RSV hat Klage beim Landgericht Karlsruhe eingereicht.", P_OPEN,
              "this sentence names 'Karlsruhe' where its cited passages name 'Freiburg'"),
    "court-in": ("Die RSV hat Klage beim Landgericht in Karlsruhe eingereicht.", P_OPEN,
                 "names 'Karlsruhe' where its cited passages name 'Freiburg'"),
    "court-other-kind": ("Die RSV hat Klage beim Verwaltungsgericht Karlsruhe eingereicht.", P_OPEN,
                         "names 'Karlsruhe' where"),
    "court-date": ("Das Landgericht Karlsruhe verhandelt am 12. Mai.", P_OPEN, "names 'Karlsruhe' where"),
    "university": ("Der Verkehrsökonom Jürgen Hoffmann von der Hochschule Freiburg hält einen Vergleich für "
                   "wahrscheinlich.", P_EXPERT, "names 'Freiburg' where its cited passages name 'Karlsruhe'"),
    "quarter": ("Die Linie sollte den Hauptbahnhof mit dem Neubaugebiet Oststadt verbinden.", P_CONTRACT,
                "names 'Oststadt' where its cited passages name 'Weststadt'"),
    # who filed the suit swapped
    "suit-filer": ("Die Stadt hat Klage beim Landgericht Freiburg eingereicht.", P_OPEN,
                   "this sentence names Stadt where its cited passages name RSV ('RSV hat dagegen Klage')"),
    "suit-filer-dagegen": ("Die Stadt hat dagegen Klage beim Landgericht Freiburg eingereicht.", P_OPEN,
                           "names Stadt where its cited passages name RSV"),
    "suit-filer-order": ("Die Stadt hat beim Landgericht Freiburg Klage eingereicht.", P_OPEN,
                         "names Stadt where its cited passages name RSV"),
    "orders-filer": ("Die Stadt hat seit Dezember keine neuen Aufträge mehr vergeben.", P_TALKS,
                     "names Stadt where its cited passages name RSV"),
    # a party's own figure told as fact
    "spent": ("Die RSV hat bereits 29,8 Mio. Euro ausgegeben.", P_SPENT,
              "the source gives 29,8 only as a party's own figure ('beziffert'), but it is worded as fact"),
    "spent-amount": ("Die Ausgaben der RSV belaufen sich auf 29,8 Mio. Euro.", P_SPENT, "only as a party's own figure"),
    "spent-passive": ("Für die Linie wurden bereits 29,8 Mio. Euro ausgegeben.", P_SPENT,
                      "only as a party's own figure"),
    "spent-then-an": ("Die RSV hat 29,8 Mio. Euro für Material ausgegeben und gibt an, weitere Rechnungen vorzulegen.",
                      P_SPENT, "only as a party's own figure"),
    # a number word in a hyphenated compound
    "takt": ("Die Buslinie 17 fährt weiter im Fünf-Minuten-Takt.", P_BUS, 'figure "Fünf" is not in the passages'),
    "takt-twenty": ("Die Buslinie 17 fährt weiter im Zwanzig-Minuten-Takt.", P_BUS, 'figure "Zwanzig" is not in'),
    "takt-digits": ("Die Buslinie 17 fährt weiter im 5-Minuten-Takt.", P_BUS, 'figure "5" is not in'),
    "takt-apart": ("Die Buslinie 17 fährt weiter alle fünf Minuten.", P_BUS, 'figure "fünf" is not in'),
    # German opposites
    "ueberschuss": ("Die Stadt rechnet für 2025 mit einem Überschuss von 23 Mio. Euro.", P_VOTE,
                    "this sentence says 'Überschuss' where its cited passages say 'Defizit'"),
    "ueberschuss-inverted": ("Für 2025 erwartet die Stadt einen Überschuss von 23 Mio. Euro.", P_VOTE,
                             "says 'Überschuss' where its cited passages say 'Defizit'"),
    "lobte": ("Der Fahrgastverband Pro Bahn lobte die Absage.", P_BUS,
              "says 'lobte' where its cited passages say 'kritisierte'"),
    "laengere": ("Die längere Strecke hätte die Stadt nach Angaben der RSV rund 39 Mio. Euro gekostet.", P_OFFER,
                 "says 'längere' where its cited passages say 'kürzere'"),
    "verlaengern": ("Die RSV war bereit, die Strecke auf 6,1 Kilometer zu verlängern.", P_OFFER,
                    "says 'verlängern' where its cited passages say 'verkürzen'"),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    read_as_project_locale(REPO, "de")  # as a build reads German: "am 12. Mai" ends no sentence
    assert sentence_findings(sentence, (passage,), "de", PARTIES) == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, named: str):
    read_as_project_locale(REPO, "de")
    found = sentence_findings(sentence, (passage,), "de", PARTIES)
    assert any(named in message for message in found), found


def test_a_change_with_its_figure_is_named_once():
    """"Rückgang" for "Anstieg" beside its figure is the figure's direction turned, named once (not as an opposite
    too)."""
    read_as_project_locale(REPO, "de")
    found = sentence_findings("Die RSV spricht von einem Rückgang um 14,2 Prozent.", (paragraph("Umstritten ist"),),
                              "de", PARTIES)
    assert len(found) == 1 and "given as a fall" in found[0], found


SYNDICATE = Party(id="sindicato", name="Sindicato de Enfermería", short_name="SATSE", role="sindicato",
                  aliases=("el sindicato",))
HEALTH = Party(id="sanidad", name="Consejería de Sanidad", short_name="Sanidad", role="gobierno",
               aliases=("la consejería",))
STRIKE = "El sindicato cifra el seguimiento de la huelga en un 45 %. La consejería tuvo en 2024 un déficit de 12 millones."
SPANISH = {
    "cifra-as-fact": ("El seguimiento de la huelga fue del 45 %.", "only as a party's own figure ('cifra')"),
    "superavit": ("La consejería tuvo en 2024 un superávit de 12 millones.",
                  "says 'superávit' where its cited passages say 'déficit'"),
    "cifra-kept": ("El sindicato cifra el seguimiento de la huelga en un 45 %.", ""),
    "segun-kept": ("Según el sindicato, el seguimiento de la huelga fue del 45 %.", ""),
    "deficit-kept": ("La consejería tuvo en 2024 un déficit de 12 millones.", ""),
}


@pytest.mark.parametrize("sentence, named", SPANISH.values(), ids=SPANISH.keys())
def test_spanish_alike(sentence: str, named: str):
    """Spanish "cifra ... en" gives a party's own figure as "beziffert ... auf" does, and "superávit" is "déficit"
    turned."""
    read_as_project_locale(REPO, "es")
    found = sentence_findings(sentence, (STRIKE,), "es", (SYNDICATE, HEALTH))
    assert any(named in message for message in found) if named else found == [], found


@pytest.mark.parametrize("sentence, passage, refused", [
    ("They rent a three-bedroom flat.", "They rent a two-bedroom flat.", True),
    ("The firm signed a ten-year contract.", "The firm signed a contract for ten years.", False),
    ("Sie mieten eine Drei-Zimmer-Wohnung.", "Sie mieten eine Zwei-Zimmer-Wohnung.", True),
    ("Sie mieten eine Drei-Zimmer-Wohnung.", "Sie mieten eine Wohnung mit drei Zimmern.", False),
], ids=["english-compound", "english-compound-kept", "german-compound", "german-compound-kept"])
def test_a_number_word_in_a_compound(sentence: str, passage: str, refused: bool):
    """A number word opening a hyphenated compound is read as a figure in German as in English."""
    language = "de" if "Sie" in sentence else "en"
    read_as_project_locale(REPO, language)
    found = sentence_findings(sentence, (passage,), language, ())
    assert bool(found) is refused, found
