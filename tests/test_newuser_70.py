"""Spanish and German new users: a party's claim stated as fact, a condition dropped, counts and differences.

A Spanish desk covering a hospital strike and a German one covering a rail strike found four gaps:
- "El Gobierno incumplió el acuerdo." citing "El sindicato afirma que el Gobierno incumplió el acuerdo." built, as
  did "Die Bahn hat den Vertrag gebrochen." citing "Die GDL wirft der Bahn vor, ...": a party's claim stated as fact,
  which English ("claims") and French ("affirme") refuse (explainer/spanish_german_claims.py). German Konjunktiv I,
  "Die Bahn habe den Vertrag gebrochen", is reported speech and builds.
- "Die GDL werde an den Verhandlungstisch zurückkehren, sagte Weselsky." citing "„Wir werden nur mit einem
  verbesserten Angebot an den Verhandlungstisch zurückkehren“ ..." built: the terms dropped
  (explainer/only_on_terms.py).
- "Las dos propuestas están muy lejos." citing a union's demand and a ministry's offer was refused, "dos" read as a
  figure no passage gives (explainer/counted_proposals.py).
- "El ministerio ofrece nueve puntos menos que el sindicato." citing "12 %" and "3 %" was refused: a difference in
  points (explainer/arithmetic_words.py's POINTS).

Each sentence is checked in-process against its cited passages, in its language's built-in locale, as `check` does.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from explainer import numbers
from support import findings_in_language as findings, item_findings, read_as_project_locale


@pytest.fixture(autouse=True)
def no_locale_after():
    """Leave text read with no locale after each case, as conftest's reset does before it."""
    yield
    numbers.read_as_locales({})



AFIRMA = "El sindicato afirma que el Gobierno incumplió el acuerdo."
ACUSA = "El sindicato acusa al Gobierno de incumplir el acuerdo."
AMYTS = "El sindicato Amyts afirma que el 80 % de los facultativos secundó el paro el primer día."
SANIDAD = "La consejería de Sanidad cifra el seguimiento en un 45 % y asegura que se atendieron todas las urgencias."
RIESGO = "El consejero de Sanidad acusa al sindicato de poner en riesgo a los pacientes."
WIRFT = "Die GDL wirft der Bahn vor, den Vertrag gebrochen zu haben."
BEHAUPTET = "GDL-Chef Claus Weselsky behauptet, die Bahn habe kein verhandlungsfähiges Angebot vorgelegt."
ABGEBROCHEN = "Die Bahn beschuldigt die GDL, die Verhandlungen ohne Not abgebrochen zu haben."

CLAIMS_AS_FACT = {
    "afirma": ("es", "El Gobierno incumplió el acuerdo.", (AFIRMA,), "afirma"),
    "acusa": ("es", "El Gobierno incumplió el acuerdo.", (ACUSA,), "acusa"),
    "denuncia": ("es", "El Gobierno incumplió el acuerdo.",
                 ("El sindicato denuncia que el Gobierno incumplió el acuerdo.",), "denuncia"),
    "afirma-figure": ("es", "El 80 % de los facultativos secundó el paro el primer día.", (AMYTS,), "afirma"),
    "asegura": ("es", "Se atendieron todas las urgencias del hospital.", (SANIDAD,), "asegura"),
    "acusa-of-risk": ("es", "El sindicato pone en riesgo a los pacientes.", (RIESGO,), "acusa"),
    "wirft-vor": ("de", "Die Bahn hat den Vertrag gebrochen.", (WIRFT,), "wirft"),
    "behauptet": ("de", "Die Bahn hat kein verhandlungsfähiges Angebot vorgelegt.", (BEHAUPTET,), "behauptet"),
    "beschuldigt": ("de", "Die GDL hat die Verhandlungen ohne Not abgebrochen.", (ABGEBROCHEN,), "beschuldigt"),
    "alega": ("es", "La consejería mintió sobre el seguimiento.",
              ("El sindicato alega que la consejería mintió sobre el seguimiento.",), "alega"),
    "beteuert": ("de", "Die Bahn hat die Gespräche abgebrochen.",
                 ("Die GDL beteuert, die Bahn habe die Gespräche abgebrochen.",), "beteuert"),
}


@pytest.mark.parametrize("language, sentence, passages, word", CLAIMS_AS_FACT.values(), ids=CLAIMS_AS_FACT.keys())
def test_a_partys_claim_stated_as_fact_is_refused(language: str, sentence: str, passages: tuple[str, ...], word: str):
    found = findings(language, sentence, passages)
    assert any(message.startswith(f"the source gives this as someone's word ('{word}'), but it is worded as fact")
               for message in found), found


CLAIMS_KEPT = {
    "segun": ("es", "Según el sindicato, el Gobierno incumplió el acuerdo.", (AFIRMA,)),
    "de-acuerdo-con": ("es", "De acuerdo con el sindicato, el Gobierno incumplió el acuerdo.", (AFIRMA,)),
    "acusa-kept": ("es", "El sindicato acusa al Gobierno de incumplir el acuerdo.", (AFIRMA,)),
    "sostiene": ("es", "El sindicato sostiene que el Gobierno incumplió el acuerdo.", (ACUSA,)),
    "segun-amyts": ("es", "Según Amyts, el 80 % de los facultativos secundó el paro el primer día.", (AMYTS,)),
    "para-el-consejero": ("es", "Para el consejero, el sindicato pone en riesgo a los pacientes.", (RIESGO,)),
    "cifra": ("es", "La consejería cifra el seguimiento en un 45 %.", (SANIDAD,)),
    "dan-cifras": ("es", "Sanidad y el sindicato dan cifras de seguimiento muy distintas: un 45 % frente a un 80 %.",
                   (AMYTS, SANIDAD)),
    "laut": ("de", "Laut GDL hat die Bahn den Vertrag gebrochen.", (WIRFT,)),
    "konjunktiv": ("de", "Die Bahn habe den Vertrag gebrochen.", (WIRFT,)),
    "konjunktiv-sei": ("de", "Die Bahn sei vertragsbrüchig geworden und habe den Vertrag gebrochen.", (WIRFT,)),
    "wirft-kept": ("de", "Die GDL wirft der Bahn vor, den Vertrag gebrochen zu haben.", (WIRFT,)),
    "nach-darstellung": ("de", "Nach Darstellung Weselskys hat die Bahn kein verhandlungsfähiges Angebot vorgelegt.",
                         (BEHAUPTET,)),
    "nach-ansicht": ("de", "Nach Ansicht der Bahn hat die GDL die Verhandlungen ohne Not abgebrochen.", (ABGEBROCHEN,)),
    "behauptet-kept": ("de", "Weselsky behauptet, die Bahn habe kein verhandlungsfähiges Angebot vorgelegt.",
                       (BEHAUPTET,)),
}


@pytest.mark.parametrize("language, sentence, passages", CLAIMS_KEPT.values(), ids=CLAIMS_KEPT.keys())
def test_a_claim_said_to_be_the_partys_builds(language: str, sentence: str, passages: tuple[str, ...]):
    assert findings(language, sentence, passages) == []


def test_a_german_first_person_or_es_sei_denn_is_no_konjunktiv():
    """ "es sei denn" (unless) reports no one's word: the claim stated as fact beside it is refused."""
    found = findings("de", "Die Bahn hat den Vertrag gebrochen, es sei denn, die Klausel gilt nicht.", (WIRFT,))
    assert any("someone's word ('wirft')" in message for message in found), found


WESELSKY = ("„Wir werden nur mit einem verbesserten Angebot an den Verhandlungstisch zurückkehren“, sagte GDL-Chef "
            "Claus Weselsky.")
SOFERN = ("Sofern die Bahn bis Freitag kein neues Angebot vorlegt, will die GDL den Streik auf den Güterverkehr "
          "ausweiten.")
ES_SEI_DENN = "„Wir werden streiken, es sei denn, die Bahn legt ein neues Angebot vor“, sagte Weselsky."
GIMENEZ = "«Solo desconvocaremos la huelga con una oferta por escrito», dijo la portavoz de Amyts, Ana Giménez."

CONDITIONS_DROPPED = {
    "nur-mit": ("de", "Die GDL werde an den Verhandlungstisch zurückkehren, sagte Weselsky.", (WESELSKY,),
                "nur mit einem verbesserten Angebot"),
    "nur-wenn": ("de", "Die GDL werde an den Verhandlungstisch zurückkehren, sagte Weselsky.",
                 ("„Wir werden nur dann an den Verhandlungstisch zurückkehren, wenn die Bahn ein besseres Angebot "
                  "vorlegt“, sagte Weselsky.",), "wenn die Bahn ein besseres Angebot vorlegt"),
    "sofern": ("de", "Die GDL will den Streik auf den Güterverkehr ausweiten.", (SOFERN,),
               "Sofern die Bahn bis Freitag kein neues Angebot vorlegt"),
    "solo-con": ("es", "Amyts desconvocará la huelga, dijo su portavoz.", (GIMENEZ,),
                 "Solo ... con una oferta por escrito"),
    "es-sei-denn": ("de", "Die GDL werde streiken, sagte Weselsky.", (ES_SEI_DENN,),
                    "es sei denn, die Bahn legt ein neues Angebot vor"),
}


@pytest.mark.parametrize("language, sentence, passages, condition", CONDITIONS_DROPPED.values(),
                         ids=CONDITIONS_DROPPED.keys())
def test_a_dropped_condition_is_refused(language: str, sentence: str, passages: tuple[str, ...], condition: str):
    found = findings(language, sentence, passages)
    assert f"the source gives this only on a condition ('{condition}'), but it is stated as plain fact: " \
           f'"{sentence}"' in found, found


CONDITIONS_KEPT = {
    "nur-mit-kept": ("de", "Die GDL werde nur mit einem besseren Angebot an den Verhandlungstisch zurückkehren, sagte "
                           "Weselsky.", (WESELSKY,)),
    "angebot-kept": ("de", "Ohne ein verbessertes Angebot will die GDL nicht an den Verhandlungstisch zurückkehren.",
                     (WESELSKY,)),
    "falls-kept": ("de", "Die GDL droht, den Streik auf den Güterverkehr auszuweiten, falls die Bahn bis Freitag kein "
                         "neues Angebot vorlegt.", (SOFERN,)),
    "inverted": ("de", "Legt die Bahn bis Freitag kein neues Angebot vor, will die GDL den Streik auf den Güterverkehr "
                       "ausweiten.", (SOFERN,)),
    "solo-con-kept": ("es", "El sindicato solo desconvocará la huelga con una oferta por escrito, según su portavoz.",
                      (GIMENEZ,)),
    "si-kept": ("es", "Amyts desconvocará la huelga si recibe una oferta por escrito, dijo su portavoz.", (GIMENEZ,)),
    "es-sei-denn-kept": ("de", "Die GDL werde streiken, es sei denn, die Bahn lege ein neues Angebot vor, sagte "
                               "Weselsky.", (ES_SEI_DENN,)),
    "plain-elsewhere": ("de", "Die GDL hat für Mittwoch einen Warnstreik angekündigt.",
                        ("Die GDL hat für Mittwoch einen Warnstreik angekündigt. Nur mit einem neuen Angebot will sie "
                         "verhandeln.",)),
}


@pytest.mark.parametrize("language, sentence, passages", CONDITIONS_KEPT.values(), ids=CONDITIONS_KEPT.keys())
def test_a_condition_kept_builds(language: str, sentence: str, passages: tuple[str, ...]):
    assert findings(language, sentence, passages) == []


def test_an_item_cited_whole_keeps_its_condition_sentence_by_sentence():
    read_as_project_locale(REPO, "de")
    found = item_findings("Die GDL hat einen Warnstreik angekündigt. Die GDL werde an den Verhandlungstisch "
                          "zurückkehren, sagte Weselsky.", (WESELSKY,), "de", ())
    assert any("only on a condition ('nur mit einem verbesserten Angebot')" in message for message in found), found


OFFERS = "El sindicato pide una subida del 12 %; el ministerio ofrece un 3 %."
DEMAND, OFFER = "El sindicato pide una subida del 12 %.", "El ministerio ofrece un 3 %."
RANGE = "La consejería ofrece entre 24 y 28 euros por hora; el sindicato reclama 35 euros."
GDL, BAHN = "Die GDL fordert 12 Prozent mehr Lohn.", "Die Bahn bietet 3 Prozent."
TARIFF = "Die GDL fordert 555 Euro mehr im Monat; die Bahn bietet 4,8 Prozent."

COUNTED = {
    "dos-propuestas": ("es", "Las dos propuestas están muy lejos.", (OFFERS,)),
    "dos-partes": ("es", "Las dos partes están muy lejos.", (OFFERS,)),
    "dos-cifras": ("es", "Las dos cifras están muy lejos.", (OFFERS,)),
    "dos-propuestas-7": ("es", "Las dos propuestas están separadas por al menos 7 euros por hora.", (RANGE,)),
    "zwei-angebote": ("de", "Die zwei Angebote liegen weit auseinander.", (TARIFF,)),
    "nueve-puntos-menos": ("es", "El ministerio ofrece nueve puntos menos que el sindicato.", (DEMAND, OFFER)),
    "puntos-porcentuales": ("es", "El ministerio ofrece nueve puntos porcentuales menos que el sindicato.",
                            (DEMAND, OFFER)),
    "diferencia-de-nueve": ("es", "La diferencia entre ambas propuestas es de nueve puntos.", (DEMAND, OFFER)),
    "por-debajo": ("es", "La oferta de la consejería está entre 7 y 11 euros por debajo de lo que pide el sindicato.",
                   (RANGE,)),
    "prozentpunkte-weniger": ("de", "Die Bahn bietet neun Prozentpunkte weniger als die GDL.", (GDL, BAHN)),
    "abstand": ("de", "Der Abstand zwischen beiden Angeboten beträgt neun Prozentpunkte.", (GDL, BAHN)),
}


@pytest.mark.parametrize("language, sentence, passages", COUNTED.values(), ids=COUNTED.keys())
def test_a_count_or_difference_the_passages_give_builds(language: str, sentence: str, passages: tuple[str, ...]):
    assert findings(language, sentence, passages) == []


MISCOUNTED = {
    "tres-propuestas": ("es", "Las tres propuestas están muy lejos.", (OFFERS,), "tres"),
    "tres-cifras": ("es", "Las tres cifras están muy lejos.", (OFFERS,), "tres"),
    "cuatro-partes": ("es", "Las cuatro partes están lejos.",
                      ("El sindicato pide 35 euros; la consejería ofrece 28 euros.",), "cuatro"),
    "drei-angebote": ("de", "Die drei Angebote liegen weit auseinander.", (TARIFF,), "drei"),
    "diez-puntos-menos": ("es", "El ministerio ofrece diez puntos menos que el sindicato.", (DEMAND, OFFER), "diez"),
    "zehn-prozentpunkte": ("de", "Die Bahn bietet zehn Prozentpunkte weniger als die GDL.", (GDL, BAHN), "zehn"),
    "nine-without-comparing": ("es", "El ministerio ofrece nueve puntos.", (DEMAND, OFFER), "nueve"),
}


@pytest.mark.parametrize("language, sentence, passages, figure", MISCOUNTED.values(), ids=MISCOUNTED.keys())
def test_a_count_or_difference_the_passages_do_not_give_is_refused(language: str, sentence: str,
                                                                    passages: tuple[str, ...], figure: str):
    found = findings(language, sentence, passages)
    assert any(message.startswith(f'figure "{figure}" is not in the passages this sentence cites')
               for message in found), found


HUELGA = ("Los médicos del Hospital General iniciaron el lunes una huelga indefinida para reclamar 35 euros por hora "
          "de guardia.")
WARNSTREIK = ("Die Lokführergewerkschaft GDL hat für Mittwoch einen 24-stündigen Warnstreik im Personenverkehr "
              "angekündigt.")
FORDERUNG = "Die GDL fordert 555 Euro mehr im Monat und eine Senkung der Wochenarbeitszeit von 38 auf 35 Stunden."
AUSFALL = "Laut Bahn fallen rund 80 Prozent der Fernzüge aus."

PARAPHRASES = {
    "huelga-desde-el-lunes": ("es", "Los médicos del Hospital General están en huelga indefinida desde el lunes.",
                              (HUELGA,)),
    "reclaman-35": ("es", "Los médicos reclaman 35 euros por hora de guardia.", (HUELGA,)),
    "asegura-kept": ("es", "La consejería asegura que se atendieron todas las urgencias.", (SANIDAD,)),
    "acusa-kept-riesgo": ("es", "El consejero acusa al sindicato de poner en riesgo a los pacientes.", (RIESGO,)),
    "diferencia-7": ("es", "Entre la oferta más alta de la consejería y la reclamación del sindicato hay 7 euros de "
                           "diferencia.", (RANGE,)),
    "warnstreik": ("de", "Die GDL hat für Mittwoch einen Warnstreik von 24 Stunden angekündigt.", (WARNSTREIK,)),
    "verlangt": ("de", "Die Gewerkschaft verlangt 555 Euro mehr pro Monat.", (FORDERUNG,)),
    "drei-stunden": ("de", "Die GDL will die Wochenarbeitszeit um drei Stunden senken.", (FORDERUNG,)),
    "zufolge": ("de", "Der Bahn zufolge fallen rund 80 Prozent der Fernzüge aus.", (AUSFALL,)),
    "nach-angaben": ("de", "Nach Angaben der Bahn fallen etwa 80 Prozent der Fernzüge aus.", (AUSFALL,)),
    "bis-angebot": ("de", "Die GDL will streiken, bis die Bahn ein verbessertes Angebot vorlegt.",
                    ("„Wir streiken so lange, bis die Bahn ein verbessertes Angebot vorlegt“, sagte Weselsky.",)),
    "beide-seiten": ("de", "Die beiden Seiten liegen weit auseinander.",
                     (FORDERUNG, "Die Bahn bietet 11 Prozent mehr Lohn bei einer Laufzeit von 32 Monaten.")),
}


@pytest.mark.parametrize("language, sentence, passages", PARAPHRASES.values(), ids=PARAPHRASES.keys())
def test_an_honest_paraphrase_of_a_strike_builds(language: str, sentence: str, passages: tuple[str, ...]):
    assert findings(language, sentence, passages) == []
