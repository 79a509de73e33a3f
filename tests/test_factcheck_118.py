"""French, Spanish and German misstatements that built, now refused by general rules, with their honest twins still
built.

- An order turned in French: "la dernière nouvelle ligne de tramway depuis 1978" for "la première" (opposites.py,
  opposites_languages.py); "ces dernières années", "l'an dernier", "ce dernier", "le Premier ministre" tell no order.
- Opposites made by "in", "im", "il", "ir" in French and Spanish: "inconstitutionnelle" for "constitutionnelle",
  "injusto" for "justo" and back (prefixed_opposites.py); "important", "informe", "intérêt", "ilustre", "impuesto"
  are not read as prefixed.
- An irregular future told for an offer: "Southland fera des concessions" citing "a proposé de faire des
  concessions", "pondrá fin" citing "ofreció poner fin" (offers_languages.py); and a party's word given by an
  infinitive after its verb of saying, "Vantor a dit envisager un appel", told as fact: "Vantor fera appel",
  "Vantor envisage un appel" (party_word.py); a step weighed told as certain, "Vantor recurrirá" citing "Vantor
  estudia recurrir", "fera appel" citing "envisage de faire appel", "wird ... Berufung einlegen" citing "erwägt, ...
  Berufung einzulegen" (offers_languages.py).
- A German day's stop, "am 25. Februar", no longer ends a clause: "Die Stadt hat am 25. Februar Klage eingereicht"
  citing "Die RSV hat am 25. Februar Klage eingereicht" (swapped.py), and "Die Stadt hat das Angebot der RSV am 25.
  Februar abgelehnt" is no negation dropped (polarity.py through german_split_verbs.py).
- "unwahrscheinlich" for "wahrscheinlich" is named once, as the opposite, not also as a doubt dropped (likelihood.py).
"""

from __future__ import annotations

import pytest

from conftest import REPO
from support import read_as_project_locale, sentence_findings
from test_newuser_87 import COURT, LINDENAU, TRADE

TRAM_FR = "C'était la première nouvelle ligne de tramway depuis 1978."
APPEAL_FR = "Vantor a dit envisager un appel."
BID_ES = "Vantor dijo que estudiaba hacer una oferta."
OFFER_FR = "Southland a proposé de faire des concessions sur l'acier."
OFFER_ES = "Southland ofreció poner fin a los aranceles del acero."
OFFER_ES_MAKE = "Southland ofreció hacer concesiones sobre el acero."
WEIGHS_ES = "Vantor estudia recurrir la sentencia."
WEIGHS_FR = "Vantor envisage de faire appel du jugement."
WEIGHS_DE = "Vantor erwägt, gegen das Urteil Berufung einzulegen."
SUIT_DE = "Die RSV hat am 25. Februar Klage eingereicht."
REFUSAL_DE = "Am 25. Februar lehnte die Stadt das Angebot der RSV ab."

# (language, parties, sentence, passage, what the finding names)
MISSTATED = {
    # an order turned
    "fr-derniere": ("fr", (), "C'était la dernière nouvelle ligne de tramway depuis 1978.", TRAM_FR,
                    "says 'dernière' where its cited passages say 'première'"),
    "fr-premier": ("fr", (), "C'était le premier tramway de la ville.", "C'était le dernier tramway de la ville.",
                   "says 'premier' where its cited passages say 'dernier'"),
    "fr-seance": ("fr", (), "La dernière séance de négociation a échoué mardi.",
                  "La première séance de négociation a échoué mardi.",
                  "says 'dernière' where its cited passages say 'première'"),
    # a prefixed opposite, French and Spanish, either way
    "fr-inconstitutionnelle": ("fr", (), "Le tribunal a jugé la réforme des retraites inconstitutionnelle.",
                               "Le tribunal a jugé la réforme des retraites constitutionnelle.",
                               "says 'inconstitutionnelle' where its cited passages say 'constitutionnelle'"),
    "fr-constitutionnelle": ("fr", (), "Le tribunal a jugé la réforme des retraites constitutionnelle.",
                             "Le tribunal a jugé la réforme des retraites inconstitutionnelle.",
                             "says 'constitutionnelle' where its cited passages say 'inconstitutionnelle'"),
    "fr-injuste": ("fr", (), "Le tribunal a jugé le licenciement injuste.", "Le tribunal a jugé le licenciement juste.",
                   "says 'injuste' where its cited passages say 'juste'"),
    "fr-irrealiste": ("fr", (), "Selon l'expert, ce calendrier est irréaliste.",
                      "Selon l'expert, ce calendrier est réaliste.", "says 'irréaliste' where its cited passages say"),
    "fr-incertains": ("fr", (), "Les résultats définitifs sont incertains.", "Les résultats définitifs sont certains.",
                      "says 'incertains' where its cited passages say 'certains'"),
    "es-inconstitucional": ("es", (), "El tribunal declaró la reforma de las pensiones inconstitucional.",
                            "El tribunal declaró la reforma de las pensiones constitucional.",
                            "says 'inconstitucional' where its cited passages say 'constitucional'"),
    "es-injusto": ("es", (), "El tribunal consideró el despido injusto.", "El tribunal consideró el despido justo.",
                   "says 'injusto' where its cited passages say 'justo'"),
    "es-justo": ("es", (), "El tribunal consideró el despido justo.", "El tribunal consideró el despido injusto.",
                 "says 'justo' where its cited passages say 'injusto'"),
    "es-inciertos": ("es", (), "Los resultados del escrutinio son inciertos.",
                     "Los resultados del escrutinio son ciertos.", "says 'inciertos' where its cited passages say"),
    "es-ilicita": ("es", (), "La empresa calificó la huelga de ilícita.", "La empresa calificó la huelga de lícita.",
                   "says 'ilícita' where its cited passages say 'lícita'"),
    # an irregular future told for an offer, a party's word given by an infinitive told as fact
    "fr-fera-offer": ("fr", TRADE, "Southland fera des concessions sur l'acier.", OFFER_FR,
                      "tells as certain ('fera') what its cited passages give only as offered ('proposé de faire')"),
    "es-pondra": ("es", TRADE, "Southland pondrá fin a los aranceles del acero.", OFFER_ES,
                  "tells as certain ('pondrá') what its cited passages give only as offered ('ofreció poner')"),
    "es-hara-offer": ("es", TRADE, "Southland hará concesiones sobre el acero.", OFFER_ES_MAKE,
                      "tells as certain ('hará') what its cited passages give only as offered ('ofreció hacer')"),
    "fr-maintiendra": ("fr", TRADE, "Southland maintiendra les droits sur l'acier.",
                       "Southland a proposé de maintenir les droits sur l'acier.", "tells as certain ('maintiendra')"),
    "fr-fera-appeal": ("fr", COURT, "Vantor fera appel.", APPEAL_FR, "only as the word of Vantor"),
    "fr-envisage": ("fr", COURT, "Vantor envisage un appel.", APPEAL_FR, "only as the word of Vantor"),
    "fr-veut": ("fr", COURT, "Vantor veut négocier un accord.", "Vantor a affirmé vouloir négocier un accord.",
                "only as the word of Vantor"),
    "es-hara-bid": ("es", COURT, "Vantor hará una oferta.", BID_ES, "only as the word of Vantor"),
    # a step weighed told as certain, whoever's word it is
    "es-hara-weighed": ("es", (), "Vantor hará una oferta.", BID_ES,
                        "tells as certain ('hará') what its cited passages give only as weighed ('estudiaba hacer')"),
    "es-recurrira": ("es", (), "Vantor recurrirá la sentencia.", WEIGHS_ES, "tells as certain ('recurrirá')"),
    "es-va-a": ("es", (), "Vantor va a recurrir la sentencia.", WEIGHS_ES, "tells as certain ('va a recurrir')"),
    "fr-fera-weighed": ("fr", (), "Vantor fera appel du jugement.", WEIGHS_FR,
                        "tells as certain ('fera') what its cited passages give only as weighed ('envisage de faire')"),
    "fr-contestera": ("fr", (), "Vantor contestera le jugement.", "Vantor envisage de contester le jugement.",
                      "tells as certain ('contestera')"),
    "de-einlegen": ("de", (), "Vantor wird gegen das Urteil Berufung einlegen.", WEIGHS_DE,
                    "tells as certain ('wird gegen das Urteil Berufung einlegen') what its cited passages give only "
                    "as weighed"),
    # a German day's stop ends no clause
    "de-day-swapped": ("de", LINDENAU, "Die Stadt hat am 25. Februar Klage eingereicht.", SUIT_DE,
                       "names Stadt where its cited passages name RSV"),
    "de-day-accepted": ("de", LINDENAU, "Die Stadt hat das Angebot der RSV am 25. Februar angenommen.", REFUSAL_DE,
                        "drops the negation"),
    "de-accepted": ("de", LINDENAU, "Die Stadt hat das Angebot angenommen.", "Die Stadt lehnte das Angebot ab.",
                    "drops the negation"),
}

HONEST = {
    "fr-premiere": ("fr", (), TRAM_FR, TRAM_FR),
    "fr-derniere-date": ("fr", (), "La dernière nouvelle ligne de tramway datait de 1978.", TRAM_FR),
    "fr-ces-dernieres": ("fr", (), "Ces dernières années, la ligne de tramway a perdu des usagers.",
                         "La première ligne de tramway a perdu des usagers."),
    "fr-an-dernier": ("fr", (), "L'an dernier, la ligne de tramway a perdu des usagers.",
                      "La première ligne de tramway a perdu des usagers."),
    "fr-ce-dernier": ("fr", (), "Ce dernier a rejeté la ligne de tramway.", "Le premier a rejeté la ligne de tramway."),
    "fr-premier-ministre": ("fr", (), "Le premier ministre a inauguré la ligne de tramway.",
                            "Le dernier tronçon de la ligne de tramway a été inauguré."),
    "fr-inconstitutionnelle": ("fr", (), "Le tribunal a jugé la réforme des retraites inconstitutionnelle.",
                               "Le tribunal a jugé la réforme des retraites inconstitutionnelle."),
    "fr-conseil": ("fr", (), "Le Conseil constitutionnel a jugé la réforme des retraites inconstitutionnelle.",
                   "Le Conseil constitutionnel a censuré la réforme des retraites."),
    "fr-important": ("fr", (), "Le projet de tramway est important pour la ville.",
                     "Le projet portant sur le tramway de la ville a été validé."),
    "fr-information": ("fr", (), "L'information sur le tramway est arrivée mardi.",
                       "La formation sur le tramway est arrivée mardi."),
    "fr-interet": ("fr", (), "L'intérêt pour le tramway reste fort.", "Le tramway reste fort."),
    "es-injusto": ("es", (), "El tribunal consideró el despido injusto.", "El tribunal consideró el despido injusto."),
    "es-tribunal-constitucional": ("es", (), "El Tribunal Constitucional declaró la reforma inconstitucional.",
                                   "El Tribunal Constitucional anuló la reforma."),
    "es-informe": ("es", (), "El informe del tribunal sobre el despido llegó tarde.",
                   "El tribunal forme parte del despido tarde."),
    "es-ilustre": ("es", (), "El ilustre tribunal revisó el despido.", "El tribunal revisó el lustre del despido."),
    "es-impuesto": ("es", (), "El impuesto sobre el despido subió.", "El puesto sobre el despido subió."),
    "fr-offer": ("fr", TRADE, "Southland propose de faire des concessions sur l'acier.", OFFER_FR),
    "fr-fera-stated": ("fr", TRADE, "Southland fera des concessions sur l'acier.",
                       "Southland fera des concessions sur l'acier."),
    "es-offer": ("es", TRADE, "Southland ofrece poner fin a los aranceles del acero.", OFFER_ES),
    "es-pondra-stated": ("es", TRADE, "Southland pondrá fin a los aranceles del acero.",
                         "Southland pondrá fin a los aranceles del acero."),
    "fr-a-dit": ("fr", COURT, APPEAL_FR, APPEAL_FR),
    "fr-selon": ("fr", COURT, "Selon Vantor, un appel est envisagé.", APPEAL_FR),
    "fr-fera-appel-stated": ("fr", COURT, "Vantor fera appel.", "Vantor fera appel."),
    "es-dijo": ("es", COURT, BID_ES, BID_ES),
    "es-estudia": ("es", (), "Vantor estudia recurrir la sentencia.", WEIGHS_ES),
    "es-considera": ("es", (), "Vantor considera recurrir la sentencia.", WEIGHS_ES),
    "es-recurrira-stated": ("es", (), "Vantor recurrirá la sentencia.", "Vantor recurrirá la sentencia."),
    "es-oferta-si": ("es", (), "Vantor hará una oferta si la empresa baja el precio.", BID_ES),
    "fr-envisage-de": ("fr", (), "Vantor envisage de faire appel du jugement.", WEIGHS_FR),
    "de-erwaegt": ("de", (), "Vantor erwägt, gegen das Urteil Berufung einzulegen.", WEIGHS_DE),
    "de-prueft-offer": ("de", TRADE, "Southland bot an, seine Stahlexporte zu senken.",
                        "Southland bot an, seine Stahlexporte zu senken."),
    "de-day-kept": ("de", LINDENAU, SUIT_DE, SUIT_DE),
    "de-day-moved": ("de", LINDENAU, "Am 25. Februar hat die RSV Klage eingereicht.", SUIT_DE),
    "de-day-refused": ("de", LINDENAU, "Die Stadt hat das Angebot der RSV am 25. Februar abgelehnt.", REFUSAL_DE),
    "de-perfect": ("de", LINDENAU, "Die Stadt hat das Angebot abgelehnt.", "Die Stadt lehnte das Angebot ab."),
    "de-past": ("de", LINDENAU, "Die Stadt lehnte das Angebot ab.", "Die Stadt hat das Angebot abgelehnt."),
}


@pytest.mark.parametrize("language, parties, sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(language: str, parties: tuple, sentence: str, passage: str, named: str):
    read_as_project_locale(REPO, language)  # as a build reads it: "am 25. Februar" ends no sentence
    found = sentence_findings(sentence, (passage,), language, parties)
    assert any(named in message for message in found), found


@pytest.mark.parametrize("language, parties, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(language: str, parties: tuple, sentence: str, passage: str):
    read_as_project_locale(REPO, language)
    assert sentence_findings(sentence, (passage,), language, parties) == []


@pytest.mark.parametrize("language, sentence, passage", [
    ("de", "Hoffmann hält einen Vergleich für unwahrscheinlich.", "Er hält einen Vergleich für wahrscheinlich."),
    ("fr", "Le tribunal a qualifié le contrat d'illégal.", "Le tribunal a qualifié le contrat de légal."),
    ("es", "El tribunal calificó el contrato de ilegal.", "El tribunal calificó el contrato de legal."),
    ("en", "The tribunal called the blockade illegal.", "The tribunal called the blockade legal."),
], ids=["de-unlikely", "fr-illegal", "es-ilegal", "en-illegal"])
def test_a_word_turned_is_named_once(language: str, sentence: str, passage: str):
    """A likelihood turned round is no doubt dropped besides, and a pair both opposites.py and prefixed_opposites.py
    read is named by one of them."""
    read_as_project_locale(REPO, language)
    found = sentence_findings(sentence, (passage,), language, ())
    assert len(found) == 1 and "where its cited passages say" in found[0], found
