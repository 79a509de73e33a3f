"""Spanish, German and French misstatements that built, now refused by general rules, with their honest twins still
built.

- A party's own word told as fact where the passage's speaker tells of itself without its name: Spanish "Vantor
  estudia recurrir" citing "Vantor dijo que estudiaba recurrir" (a verb straight after "que"), German "Vantor prüft
  eine Berufung" citing "Vantor sagte, es prüfe eine Berufung" (party_word.py).
- An offer or a threat told as certain: "Southland va réduire" / "réduira" citing "a proposé de réduire", "reducirá"
  citing "ofreció reducir", "wird ... senken" citing "bot an, ... zu senken" (offers_languages.py).
- A German party after its verb, or with its verb's prefix standing last, swapped: "Beim Landgericht Freiburg hat die
  Stadt Klage eingereicht", "Die Stadt reichte Klage ... ein" citing "Die RSV hat dagegen Klage ... eingereicht";
  and one whose deed is the infinitive after its comma: "Die Stadt kündigte an, weitere Rechnungen vorzulegen"
  (swapped.py, swapped_languages.py).
- German opposites made by "un": "unwahrscheinlich" for "wahrscheinlich", "unwirksam" for "wirksam"
  (prefixed_opposites.py).
- An order turned: "die letzte neue Straßenbahnlinie" for "die erste", "la última" for "la primera"; "in den letzten
  Jahren" tells a time, no order, and "der letzte Streik war 2011" restates "der erste Streik seit 2011"
  (opposites.py, opposites_languages.py).
"""

from __future__ import annotations

import pytest

from conftest import REPO
from explainer.model import Party
from support import line_opening, read_as_project_locale, sentence_findings

SOURCE = (REPO / "tests" / "fixtures" / "newuser_82" / "seeds" / "strassenbahn-lindenau.txt").read_text(encoding="utf-8")

CITY = Party(id="stadt", name="Stadt Lindenau", short_name="Lindenau", role="Stadt",
             aliases=("die Stadt", "Katrin Vogel", "Vogel", "die Oberbürgermeisterin", "Thomas Weber", "der Kämmerer"))
RSV = Party(id="rsv", name="Rheintal Schienenverkehr AG", short_name="RSV", role="Verkehrsbetreiber",
            aliases=("das Unternehmen", "Martin Brandt", "Brandt"))
LINDENAU = (CITY, RSV)
COURT = (Party(id="halden", name="Halden Medical", short_name="Halden", role="plaintiff"),
         Party(id="vantor", name="Vantor Systems", short_name="Vantor", role="defendant"))
TRADE = (Party(id="northland", name="Government of Northland", short_name="Northland", role="side"),
         Party(id="southland", name="Government of Southland", short_name="Southland", role="side"))


def paragraph(opening: str) -> str:
    """Return the source's paragraph that opens with `opening`."""
    return line_opening(SOURCE, opening)


P_OPEN = paragraph("Die Stadt Lindenau und die Rheintal")
P_CONTRACT = paragraph("Der Vertrag über Bau")
P_SPENT = paragraph("Auch darüber")
P_OFFER = paragraph("Am 18. Februar")
P_EXPERT = paragraph("Der Verkehrsökonom")

STUDIES_ES = "Vantor dijo que estudiaba recurrir."
WEIGHS_DE = "Vantor sagte, das Unternehmen prüfe eine Berufung gegen das Urteil."
WEIGHS_DE_SHORT = "Vantor sagte, es prüfe eine Berufung."
OFFER_FR = "Southland a proposé de réduire ses exportations d'acier."
OFFER_ES = "Southland ofreció reducir sus exportaciones de acero."
OFFER_DE = "Southland bot an, seine Stahlexporte zu senken."
OFFER_DE_PERFECT = "Southland hat angeboten, seine Stahlexporte zu senken."

# (language, parties, sentence, passage, what the finding names)
MISSTATED = {
    # a party's own word told as fact
    "es-studies": ("es", COURT, "Vantor estudia recurrir.", STUDIES_ES, "only as the word of Vantor"),
    "es-studied": ("es", COURT, "Vantor estudiaba recurrir.", STUDIES_ES, "only as the word of Vantor"),
    "es-plans": ("es", COURT, "Vantor planea recurrir.",
                 "Vantor dijo que planeaba recurrir.", "only as the word of Vantor"),
    "de-weighs": ("de", COURT, "Vantor prüft eine Berufung.", WEIGHS_DE_SHORT, "only as the word of Vantor"),
    "de-weighs-noun": ("de", COURT, "Vantor prüft eine Berufung.", "Vantor sagte, das Unternehmen prüfe eine "
                                                                   "Berufung.", "only as the word of Vantor"),
    "de-weighs-long": ("de", COURT, "Vantor prüft eine Berufung gegen das Urteil.", WEIGHS_DE,
                       "only as the word of Vantor"),
    # an offer told as certain
    "fr-va": ("fr", TRADE, "Southland va réduire ses exportations d'acier.", OFFER_FR,
              "tells as certain ('va réduire') what its cited passages give only as offered ('proposé de réduire')"),
    "fr-future": ("fr", TRADE, "Southland réduira ses exportations d'acier.", OFFER_FR,
                  "tells as certain ('réduira')"),
    "fr-threat": ("fr", TRADE, "Southland va imposer des droits de douane sur l'acier.",
                  "Southland a menacé d'imposer des droits de douane sur l'acier.", "'imposer'"),
    "es-future": ("es", TRADE, "Southland reducirá sus exportaciones de acero.", OFFER_ES,
                  "tells as certain ('reducirá') what its cited passages give only as offered ('ofreció reducir')"),
    "es-va-a": ("es", TRADE, "Southland va a reducir sus exportaciones de acero.", OFFER_ES,
                "tells as certain ('va a reducir')"),
    "de-wird": ("de", TRADE, "Southland wird seine Stahlexporte senken.", OFFER_DE,
                "tells as certain ('wird seine Stahlexporte senken') what its cited passages give only as offered"),
    "de-wird-perfect": ("de", TRADE, "Southland wird seine Stahlexporte senken.", OFFER_DE_PERFECT,
                        "tells as certain"),
    "de-bereit": ("de", LINDENAU, "Die RSV wird die Strecke auf 6,1 Kilometer verkürzen.", P_OFFER,
                  "tells as certain ('wird die Strecke auf 6,1 Kilometer verkürzen')"),
    # a party after its verb, or its verb's prefix apart, swapped
    "suit-inverted": ("de", LINDENAU, "Beim Landgericht Freiburg hat die Stadt Klage eingereicht.", P_OPEN,
                      "names Stadt where its cited passages name RSV"),
    "suit-inverted-other": ("de", LINDENAU, "Vor dem Landgericht Freiburg hat die Stadt Klage eingereicht.", P_OPEN,
                            "names Stadt where its cited passages name RSV"),
    "suit-prefix-apart": ("de", LINDENAU, "Die Stadt reichte Klage beim Landgericht Freiburg ein.", P_OPEN,
                          "names Stadt where its cited passages name RSV"),
    "announced": ("de", LINDENAU, "Die Stadt kündigte an, weitere Rechnungen vorzulegen.", P_SPENT,
                  "names Stadt where its cited passages name RSV"),
    "announced-perfect": ("de", LINDENAU, "Die Stadt hat angekündigt, weitere Rechnungen vorzulegen.", P_SPENT,
                          "names Stadt where its cited passages name RSV"),
    "announced-zu": ("de", LINDENAU, "Die Stadt kündigte an, in Berufung zu gehen.",
                     "Die RSV kündigte an, in Berufung zu gehen.", "names Stadt where its cited passages name RSV"),
    # German "un" opposites
    "unlikely": ("de", LINDENAU, "Hoffmann hält einen Vergleich für unwahrscheinlich.", P_EXPERT,
                 "says 'unwahrscheinlich' where its cited passages say 'wahrscheinlich'"),
    "likely": ("de", LINDENAU, "Hoffmann hält einen Vergleich für wahrscheinlich.",
               "Er hält einen Vergleich für unwahrscheinlich.",
               "says 'wahrscheinlich' where its cited passages say 'unwahrscheinlich'"),
    "void": ("de", LINDENAU, "Das Gericht hielt die Kündigung für unwirksam.",
             "Das Gericht hielt die Kündigung für wirksam.", "says 'unwirksam' where its cited passages say 'wirksam'"),
    # an order turned
    "letzte": ("de", LINDENAU, "Es wäre die letzte neue Straßenbahnlinie der Stadt seit 1978 gewesen.", P_CONTRACT,
               "says 'letzte' where its cited passages say 'erste'"),
    "erstes": ("de", LINDENAU, "Die RSV machte der Stadt ein erstes Angebot.", P_OFFER,
               "says 'erstes' where its cited passages say 'letztes'"),
    "ultima": ("es", (), "Era la última nueva línea de tranvía de la ciudad desde 1978.",
               "Era la primera nueva línea de tranvía de la ciudad desde 1978.",
               "says 'última' where its cited passages say 'primera'"),
}

HONEST = {
    # the party's word kept its own, or stated by the passage
    "es-dijo": ("es", COURT, STUDIES_ES, STUDIES_ES),
    "es-segun": ("es", COURT, "Según Vantor, estudia recurrir.", STUDIES_ES),
    "es-afirma": ("es", COURT, "Vantor afirma que estudia recurrir.", STUDIES_ES),
    "es-stated": ("es", COURT, "Vantor estudia recurrir.", "Vantor estudia recurrir."),
    "de-sagte": ("de", COURT, "Vantor sagte, es prüfe eine Berufung.", WEIGHS_DE_SHORT),
    "de-eigene-angaben": ("de", COURT, "Nach eigenen Angaben prüft Vantor eine Berufung.", WEIGHS_DE_SHORT),
    "de-stated": ("de", COURT, "Vantor prüft eine Berufung.", "Vantor prüft eine Berufung."),
    # the offer kept an offer, or a passage saying it will be done
    "fr-offer": ("fr", TRADE, OFFER_FR, OFFER_FR),
    "fr-propose": ("fr", TRADE, "Southland propose de réduire ses exportations d'acier.", OFFER_FR),
    "fr-prete": ("fr", TRADE, "Southland se dit prête à réduire ses exportations d'acier.", OFFER_FR),
    "fr-stated": ("fr", TRADE, "Southland va réduire ses exportations d'acier.",
                  "Southland va réduire ses exportations d'acier."),
    "es-offer": ("es", TRADE, OFFER_ES, OFFER_ES),
    "es-dispuesta": ("es", TRADE, "Southland está dispuesta a reducir sus exportaciones de acero.", OFFER_ES),
    "es-stated": ("es", TRADE, "Southland reducirá sus exportaciones de acero.",
                  "Southland reducirá sus exportaciones de acero."),
    "de-offer": ("de", TRADE, OFFER_DE, OFFER_DE),
    "de-bereit": ("de", TRADE, "Southland ist bereit, seine Stahlexporte zu senken.", OFFER_DE),
    "de-stated": ("de", TRADE, "Southland wird seine Stahlexporte senken.", "Southland wird seine Stahlexporte senken."),
    "de-rsv-offer": ("de", LINDENAU, "Die RSV bot an, die Strecke auf 6,1 Kilometer zu verkürzen.", P_OFFER),
    # the party who filed, in every order and tense
    "suit-inverted": ("de", LINDENAU, "Beim Landgericht Freiburg hat die RSV Klage eingereicht.", P_OPEN),
    "suit-prefix-apart": ("de", LINDENAU, "Die RSV reichte Klage beim Landgericht Freiburg ein.", P_OPEN),
    "suit-kept": ("de", LINDENAU, "Die RSV hat dagegen Klage beim Landgericht Freiburg eingereicht.", P_OPEN),
    "announced": ("de", LINDENAU, "Die RSV kündigte an, weitere Rechnungen vorzulegen.", P_SPENT),
    "announced-zu": ("de", LINDENAU, "Die RSV kündigte an, in Berufung zu gehen.",
                     "Die RSV kündigte an, in Berufung zu gehen."),
    "announced-both": ("de", LINDENAU, "Die Stadt kündigte an, weitere Rechnungen vorzulegen.",
                       "Die RSV kündigte an, weitere Rechnungen vorzulegen. Die Stadt kündigte an, weitere Rechnungen "
                       "vorzulegen."),
    # the source's side of each pair, a negation the negation checks read, a word "un" opens that turns nothing
    "likely": ("de", LINDENAU, "Hoffmann hält einen Vergleich für wahrscheinlich.", P_EXPERT),
    "unlikely": ("de", LINDENAU, "Hoffmann hält einen Vergleich für unwahrscheinlich.",
                 "Er hält einen Vergleich für unwahrscheinlich."),
    "ungefaehr": ("de", LINDENAU, "Der Vertrag hat ein Volumen von ungefähr 184 Mio. Euro.",
                  "Der gefährlich teure Vertrag hat ein Volumen von 184 Mio. Euro."),
    "unternehmen": ("de", LINDENAU, "Das Unternehmen verlangt Schadenersatz in Höhe von 47,2 Mio. Euro.",
                    "Die RSV verlangt von der Stadt Schadenersatz in Höhe von 47,2 Mio. Euro."),
    "erste": ("de", LINDENAU, "Es wäre die erste neue Straßenbahnlinie der Stadt seit 1978 gewesen.", P_CONTRACT),
    "letztes": ("de", LINDENAU, "Die RSV machte der Stadt ein letztes Angebot.", P_OFFER),
    "letzten-jahren": ("de", LINDENAU, "In den letzten Jahren sind die Kosten der Strecke gestiegen.",
                       "Die Kosten der Strecke sind im ersten Jahr gestiegen."),
    "primera": ("es", (), "Era la primera nueva línea de tranvía de la ciudad desde 1978.",
                "Era la primera nueva línea de tranvía de la ciudad desde 1978."),
    "primer-ministro": ("es", (), "El primer ministro inauguró la línea de tranvía.",
                        "El último tramo de la línea de tranvía se inauguró."),
}


@pytest.mark.parametrize("language, parties, sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(language: str, parties: tuple, sentence: str, passage: str, named: str):
    read_as_project_locale(REPO, language)  # as a build reads it: "am 18. Februar" ends no sentence
    found = sentence_findings(sentence, (passage,), language, parties)
    assert any(named in message for message in found), found


@pytest.mark.parametrize("language, parties, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(language: str, parties: tuple, sentence: str, passage: str):
    read_as_project_locale(REPO, language)
    assert sentence_findings(sentence, (passage,), language, parties) == []


@pytest.mark.parametrize("language, sentence, passage, refused", [
    ("de", "Der letzte Streik der Stadt war im Jahr 2011.", "Es ist der erste Streik der Stadt seit 2011.", False),
    ("de", "Es ist der erste Streik der Stadt seit 2011.", "Der letzte Streik der Stadt war im Jahr 2011.", False),
    ("de", "Es ist der letzte Streik der Stadt seit 2011.", "Es ist der erste Streik der Stadt seit 2011.", True),
    ("es", "La última huelga de la ciudad fue en 2011.", "Es la primera huelga de la ciudad desde 2011.", False),
    ("es", "Es la última huelga de la ciudad desde 2011.", "Es la primera huelga de la ciudad desde 2011.", True),
], ids=["de-last-was", "de-first-since-of-last", "de-last-since", "es-last-was", "es-last-since"])
def test_the_first_since_tells_when_the_last_was(language: str, sentence: str, passage: str, refused: bool):
    """"The first since 2011" says the last one was in 2011: an order turned only where both, or neither, say since
    when."""
    read_as_project_locale(REPO, language)
    assert bool(sentence_findings(sentence, (passage,), language, ())) is refused
