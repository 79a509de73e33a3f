"""A hundred-and-fifty-fourth fact-check: plans, obligations and deeds, in English, French, Spanish and German.

Refused, where each built:
- an obligation told as done in French, Spanish and German, as English's was (factcheck_144): "Les 48 magasins ont
  été cédés." citing "Les 48 magasins doivent être cédés dans les six mois." (a passive after "doivent", "pourraient",
  "devront", its participle in "-é", "-i" or "-u"), "Las 48 tiendas se han vendido." citing "deben venderse" ("tiene
  que", "deben ser vendidas"), "Die 48 Filialen wurden verkauft." citing "müssen ... verkauft werden", and a deed barred
  until a condition is met ("solo podrá completarse cuando", "darf nicht vor ... abgeschlossen werden")
  (possible_done.py, german_plans.py);
- a plan or a wish told as a firm future: "L'entreprise fermera l'usine en 2027." citing "compte fermer", "veut
  fermer", "prévoyait de fermer"; "cerrará" of "quiere cerrar"; "Das Unternehmen wird das Werk 2027 schließen." of
  "plant, das Werk 2027 zu schließen" (the verb's "ß" folded to "ss" matched no sentence), "beabsichtigt", "hat vor",
  "will", and "Das Werk wird 2027 geschlossen."; "will close" of "wants to close", "is closing the plant in 2027" of
  "plans to close" (offers_languages.py, forecasts.py);
- a pause told as an end for good: "The company has ceased operations." citing "The company suspended its operations
  in March."; "a cessé ses activités" of "a suspendu" or "a cessé temporairement", "cesó" of "suspendió", "hat den
  Betrieb eingestellt" of "ausgesetzt" (paused_as_ceased.py);
- an undertaking given to a doer the passage does not name: "Beijing pledged to cut tariffs." citing "Washington
  pledged to cut tariffs on soybeans." where neither is a party ("se comprometió a", "s'est engagé à", "hat zugesagt,
  ... zu") (commitment_doers.py);
- initials of another name: "BT pledged" of "British Petroleum pledged", "The WTA said" of the World Trade
  Organization, a party.

Built, where each was refused: "The WTO said the tariffs broke its rules." of "The World Trade Organization said ..."
where the organisation is a party (its initials are its words: owners.py, initials.py).
Each has its twin: the obligation, the plan, the pause and the doer kept, a passage that tells the deed itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.model import Party
from support import minimal_project, one_sentence_checked
from test_factcheck_143 import found  # a sentence in a language citing one passage, read as its locale writes it

FR_SIX = "Les 48 magasins doivent être cédés dans les six mois."
ES_SIX = "Las 48 tiendas deben venderse en seis meses."
DE_SIX = "Die 48 Filialen müssen innerhalb von sechs Monaten verkauft werden."
PLAN_EN = "The company plans to close the plant in 2027."
PLAN_DE = "Das Unternehmen plant, das Werk 2027 zu schließen."
SUSPENDED = "The company suspended its operations in March."
PLEDGE = "Washington pledged to cut tariffs on soybeans."

MISSTATED = {
    # 1. an obligation (or a possibility) in French, Spanish and German, told as done
    "fr-ont-ete-cedes": ("fr", "Les 48 magasins ont été cédés.", FR_SIX, "tells as done ('ont été cédés')"),
    "fr-sont-cedes": ("fr", "Les 48 magasins sont cédés.", FR_SIX, "tells as done ('sont cédés')"),
    "fr-vendus": ("fr", "Les magasins ont été vendus.", "Les magasins doivent être vendus avant la fin de l'année.",
                  "tells as done ('ont été vendus')"),
    "fr-doit-ceder": ("fr", "La société a cédé 48 magasins.",
                      "La société doit céder 48 magasins avant la fin de l'année.", "tells as done ('a cédé')"),
    "fr-pourraient-etre": ("fr", "Les 48 magasins ont été cédés.", "Les 48 magasins pourraient être cédés cette année.",
                           "give only as possible ('pourraient être cédés')"),
    "fr-devront-etre": ("fr", "Les 48 magasins ont été cédés.", "Les 48 magasins devront être cédés cette année.",
                        "tells as done ('ont été cédés')"),
    "fr-finalisee-avant": ("fr", "La fusion a été finalisée.",
                           "La fusion ne pourra pas être finalisée avant l'approbation d'un acheteur.", "negation"),
    "es-se-han-vendido": ("es", "Las 48 tiendas se han vendido.", ES_SIX,
                          "give only as required ('deben venderse')"),
    "es-fueron-vendidas": ("es", "Las 48 tiendas fueron vendidas.", "Las 48 tiendas deben ser vendidas en seis meses.",
                           "give only as required ('deben ser vendidas')"),
    "es-tiene-que": ("es", "La empresa vendió 48 tiendas.", "La empresa tiene que vender 48 tiendas antes de fin de año.",
                     "give only as required ('tiene que vender')"),
    "es-solo-podra": ("es", "La fusión se completó.", "La fusión solo podrá completarse cuando se apruebe un comprador.",
                      "tells as done ('completó')"),
    "de-wurden-verkauft": ("de", "Die 48 Filialen wurden verkauft.", DE_SIX, "give only as required"),
    "de-verkauft-worden": ("de", "Die 48 Filialen sind verkauft worden.", DE_SIX, "give only as required"),
    "de-muss-verkaufen": ("de", "Das Unternehmen verkaufte 48 Filialen.", "Das Unternehmen muss 48 Filialen verkaufen.",
                          "give only as required ('muss 48 Filialen verkaufen')"),
    "de-darf-nicht-vor": ("de", "Die Fusion ist abgeschlossen.",
                          "Die Fusion darf nicht vor der Genehmigung eines Käufers abgeschlossen werden.",
                          "on a condition not yet met"),
    # 2. a plan or a wish told as a firm future
    "fr-compte": ("fr", "L'entreprise fermera l'usine en 2027.", "L'entreprise compte fermer l'usine en 2027.",
                  "tells as certain ('fermera')"),
    "fr-veut": ("fr", "L'entreprise fermera l'usine en 2027.", "L'entreprise veut fermer l'usine en 2027.",
                "give only as wished ('veut fermer')"),
    "fr-prevoyait": ("fr", "L'entreprise fermera l'usine en 2027.", "L'entreprise prévoyait de fermer l'usine en 2027.",
                     "tells as certain ('fermera')"),
    "es-quiere": ("es", "La empresa cerrará la planta en 2027.", "La empresa quiere cerrar la planta en 2027.",
                  "tells as certain ('cerrará')"),
    "de-plant": ("de", "Das Unternehmen wird das Werk 2027 schließen.", PLAN_DE,
                 "tells as certain ('wird das Werk 2027 schließen')"),
    "de-beabsichtigt": ("de", "Das Unternehmen wird das Werk 2027 schließen.",
                        "Das Unternehmen beabsichtigt, das Werk 2027 zu schließen.", "tells as certain"),
    "de-hat-vor": ("de", "Das Unternehmen wird das Werk 2027 schließen.",
                   "Das Unternehmen hat vor, das Werk 2027 zu schließen.", "tells as certain"),
    "de-will": ("de", "Das Unternehmen wird das Werk 2027 schließen.", "Das Unternehmen will das Werk 2027 schließen.",
                "give only as wished"),
    "de-passive": ("de", "Das Werk wird 2027 geschlossen.", PLAN_DE, "tells as certain ('wird 2027 geschlossen')"),
    "de-stillzulegen": ("de", "Das Unternehmen wird das Werk 2027 stilllegen.",
                        "Das Unternehmen plant, das Werk 2027 stillzulegen.", "tells as certain"),
    "en-wants": ("en", "The company will close the plant in 2027.", "The company wants to close the plant in 2027.",
                 "worded as certain ('will')"),
    "en-is-closing": ("en", "The company is closing the plant in 2027.", PLAN_EN, "worded as certain ('is closing')"),
    "en-will-close": ("en", "The company will close the plant in 2027.", PLAN_EN, "worded as certain"),
    "en-has-closed": ("en", "The company has closed the plant.", PLAN_EN, "tells as done ('closed')"),
    # 3. a pause told as an end for good
    "en-ceased": ("en", "The company has ceased operations.", SUSPENDED, "tells as ended for good ('ceased')"),
    "en-out-of-business": ("en", "The company went out of business.", "The company has suspended trading.",
                           "tells as ended for good ('went out of business')"),
    "fr-cesse-suspendu": ("fr", "L'entreprise a cessé ses activités.", "L'entreprise a suspendu ses activités en mars.",
                          "tells as ended for good ('cessé')"),
    "fr-cesse-temporairement": ("fr", "L'entreprise a cessé ses activités.",
                                "L'entreprise a cessé temporairement ses activités en mars.",
                                "give only as paused ('temporairement')"),
    "es-ceso": ("es", "La empresa cesó sus actividades.", "La empresa suspendió sus actividades en marzo.",
                "tells as ended for good ('cesó')"),
    "de-eingestellt": ("de", "Das Unternehmen hat den Betrieb eingestellt.",
                       "Das Unternehmen hat den Betrieb im März ausgesetzt.", "tells as ended for good ('eingestellt')"),
    "de-stellte-ein": ("de", "Das Unternehmen stellte den Betrieb ein.",
                       "Das Unternehmen hat den Betrieb vorübergehend eingestellt.", "give only as paused ('vorübergehend')"),
    "fr-cessera": ("fr", "L'entreprise a cessé ses activités.", "L'entreprise cessera ses activités en mars.",
                   "tells as done ('cessé')"),
    # 4. an undertaking given to a doer the passage does not name
    "en-beijing": ("en", "Beijing pledged to cut tariffs.", PLEDGE,
                   "gives the commitment ('Beijing pledged to cut') to another than its cited passages do "
                   "('Washington pledged to cut')"),
    "en-promised": ("en", "China has promised to cut tariffs.", "Washington has promised to cut tariffs on soybeans.",
                    "gives the commitment"),
    "en-named-after": ("en", "Beijing pledged to cut tariffs.",
                       "Washington pledged to cut tariffs if Beijing lifted its ban on soybeans.", "gives the commitment"),
    "en-initials-other": ("en", "BT pledged to cut emissions.", "British Petroleum pledged to cut emissions.",
                          "gives the commitment ('BT pledged to cut')"),
    "en-initials-not-its": ("en", "The EC pledged to cut tariffs.", "The European Union pledged to cut tariffs.",
                            "gives the commitment"),
    "fr-pekin": ("fr", "Pékin s'est engagé à réduire les droits de douane.",
                 "Washington s'est engagé à réduire les droits de douane.", "gives the commitment"),
    "es-pekin": ("es", "Pekín se comprometió a reducir los aranceles.",
                 "Washington se comprometió a reducir los aranceles.", "gives the commitment"),
    "de-peking": ("de", "Peking hat zugesagt, die Zölle zu senken.", "Washington hat zugesagt, die Zölle zu senken.",
                  "gives the commitment"),
}

HONEST = {
    # 1. the obligation kept, or a passage that tells the deed done
    "fr-devront": ("fr", "Les 48 magasins devront être cédés.", FR_SIX),
    "fr-doivent": ("fr", "Les 48 magasins doivent être cédés dans les six mois.", FR_SIX),
    "fr-told-done": ("fr", "Les 48 magasins ont été cédés dans les six mois.",
                     "Les 48 magasins ont été cédés dans les six mois, comme l'exigeait la commission."),
    "fr-finalisee-kept": ("fr", "La fusion ne pourra pas être finalisée avant l'approbation d'un acheteur.",
                          "La fusion ne pourra pas être finalisée avant l'approbation d'un acheteur."),
    "es-deberan": ("es", "Las 48 tiendas deberán venderse.", ES_SIX),
    "es-deben-ser": ("es", "Las 48 tiendas deben ser vendidas.", "Las 48 tiendas deben ser vendidas en seis meses."),
    "es-not-sold": ("es", "Las 48 tiendas no se han vendido.", ES_SIX),
    "es-solo-podra-kept": ("es", "La fusión solo podrá completarse cuando se apruebe un comprador.",
                           "La fusión solo podrá completarse cuando se apruebe un comprador."),
    "de-muessen": ("de", "Die 48 Filialen müssen verkauft werden.", DE_SIX),
    "de-muss": ("de", "Das Unternehmen muss 48 Filialen verkaufen.", "Das Unternehmen muss 48 Filialen verkaufen."),
    "de-darf-kept": ("de", "Die Fusion darf nicht vor der Genehmigung eines Käufers abgeschlossen werden.",
                     "Die Fusion darf nicht vor der Genehmigung eines Käufers abgeschlossen werden."),
    # 2. the plan or the wish kept, or a firm future of a firm future
    "fr-veut-kept": ("fr", "L'entreprise veut fermer l'usine en 2027.", "L'entreprise veut fermer l'usine en 2027."),
    "fr-compte-kept": ("fr", "L'entreprise compte fermer l'usine en 2027.", "L'entreprise compte fermer l'usine en 2027."),
    "fr-fermera-of-fermera": ("fr", "L'entreprise fermera l'usine en 2027.", "L'entreprise fermera l'usine en 2027."),
    "es-quiere-kept": ("es", "La empresa quiere cerrar la planta en 2027.", "La empresa quiere cerrar la planta en 2027."),
    "de-plant-kept": ("de", PLAN_DE, PLAN_DE),
    "de-will-kept": ("de", "Das Unternehmen will das Werk 2027 schließen.",
                     "Das Unternehmen will das Werk 2027 schließen."),
    "de-hat-vor-kept": ("de", "Das Unternehmen hat vor, das Werk 2027 zu schließen.",
                        "Das Unternehmen hat vor, das Werk 2027 zu schließen."),
    "de-wird-of-wird": ("de", "Das Werk wird 2027 geschlossen.", "Das Werk wird 2027 geschlossen."),
    "en-wants-kept": ("en", "The company wants to close the plant in 2027.",
                      "The company wants to close the plant in 2027."),
    "en-is-planning": ("en", "The company is planning to close the plant in 2027.", PLAN_EN),
    "en-is-hoping": ("en", "The company is hoping to sell the plant in 2027.",
                     "The company hopes to sell the plant in 2027."),
    "en-is-closing-of-will": ("en", "The company is closing the plant in 2027.",
                              "The company will close the plant in 2027."),
    # 3. the pause kept, or a passage that tells the end apart from the pause
    "en-temporarily-ceased": ("en", "The company temporarily ceased operations.", SUSPENDED),
    "en-not-ceased": ("en", "The company has not ceased operations.", SUSPENDED),
    "en-ceased-later": ("en", "The company has ceased operations.",
                        "The company suspended its operations in March and ceased trading in June."),
    "en-ceased-after": ("en", "The league ceased operations in 2020.",
                        "The league ceased operations in 2020, after suspending its season in March."),
    "fr-provisoirement": ("fr", "L'entreprise a cessé provisoirement ses activités.",
                          "L'entreprise a suspendu ses activités en mars."),
    "fr-suspendu-kept": ("fr", "L'entreprise a suspendu ses activités.", "L'entreprise a suspendu ses activités en mars."),
    "es-temporalmente": ("es", "La empresa cesó temporalmente sus actividades.",
                         "La empresa suspendió sus actividades en marzo."),
    "de-voruebergehend": ("de", "Das Unternehmen hat den Betrieb vorübergehend eingestellt.",
                          "Das Unternehmen hat den Betrieb im März ausgesetzt."),
    "de-nicht-eingestellt": ("de", "Das Unternehmen hat den Betrieb nicht eingestellt.",
                             "Das Unternehmen hat den Betrieb im März ausgesetzt."),
    # 4. the doer kept, named in the passage's words, by its initials, or by no name
    "en-washington": ("en", "Washington pledged to cut tariffs.", PLEDGE),
    "en-us-before": ("en", "The US pledged to cut tariffs.",
                     "US trade representative Katherine Tai pledged to cut tariffs on soybeans."),
    "en-initials": ("en", "The US pledged to cut tariffs.", "The United States pledged to cut tariffs on soybeans."),
    "en-spelled-out": ("en", "The United States pledged to cut tariffs.", "The US pledged to cut tariffs on soybeans."),
    "en-eu": ("en", "The EU pledged to cut tariffs.", "The European Union pledged to cut tariffs."),
    "en-initials-bp": ("en", "BP pledged to cut emissions.", "British Petroleum pledged to cut emissions."),
    "en-both": ("en", "Beijing pledged to cut tariffs.", "Both Washington and Beijing pledged to cut tariffs."),
    "en-government": ("en", "The government pledged to cut tariffs.", PLEDGE),
    "en-officials": ("en", "Officials pledged to cut tariffs.", PLEDGE),
    "fr-washington": ("fr", "Washington s'est engagé à réduire les droits de douane.",
                      "Washington s'est engagé à réduire les droits de douane sur le soja."),
    "es-washington": ("es", "Washington se comprometió a reducir los aranceles.",
                      "Washington se comprometió a reducir los aranceles a la soja."),
    "de-washington": ("de", "Washington hat zugesagt, die Zölle zu senken.",
                      "Washington hat zugesagt, die Zölle auf Soja zu senken."),
    "de-regierung": ("de", "Die Regierung hat zugesagt, die Zölle zu senken.",
                     "Washington hat zugesagt, die Zölle zu senken."),
}


@pytest.mark.parametrize("case", sorted(HONEST))
def test_an_honest_sentence_builds(case):
    language, sentence, passage = HONEST[case]
    assert found(language, sentence, passage) == []


@pytest.mark.parametrize("case", sorted(MISSTATED))
def test_its_misstated_twin_is_refused(case):
    language, sentence, passage, expected = MISSTATED[case]
    findings = found(language, sentence, passage)
    assert any(expected in finding for finding in findings), findings


# 5. A party written as its initials: its words given to it, another's initials not
TRADE = (Party(id="us", name="United States", aliases=("Washington",)), Party(id="china", name="China",
                                                                              aliases=("Beijing",)),
         Party(id="wto", name="World Trade Organization", role="arbiter"))
RULED = "The World Trade Organization said the tariffs broke its rules."


@pytest.mark.parametrize("sentence, passage", [
    ("The WTO said the tariffs broke its rules.", RULED),
    ("According to the WTO, the tariffs broke its rules.", "According to the World Trade Organization, the tariffs "
                                                           "broke its rules."),
    ("The US pledged to cut tariffs.", PLEDGE),  # an alias of the party
    ("Washington pledged to cut tariffs.", "The US pledged to cut tariffs on soybeans."),
])
def test_a_party_written_as_its_initials_is_named(sentence: str, passage: str):
    assert found("en", sentence, passage, TRADE) == []


@pytest.mark.parametrize("sentence, passage, expected", [
    ("The WTA said the tariffs broke its rules.", RULED, "gives the words to The WTA"),
    ("Beijing pledged to cut tariffs.", PLEDGE, "names Beijing where its cited passages name Washington"),
    ("China said it would cut tariffs.", "Washington said it would cut tariffs on soybeans.", "gives the words to China"),
])
def test_another_name_or_its_initials_is_refused(sentence: str, passage: str, expected: str):
    findings = found("en", sentence, passage, TRADE)
    assert any(expected in finding for finding in findings), findings


STEEL = "Brussels pledged to cut tariffs on Canadian steel by half."


def test_a_small_project_refuses_the_undertaking_given_to_another(tmp_path: Path):
    """Through the front door: a one-sentence briefing of two parties neither of whom pledged, citing Brussels's
    pledge, is refused when it gives the pledge to Ottawa, and builds when it keeps it Brussels's."""
    refused = one_sentence_checked(minimal_project(tmp_path / "refused"), STEEL, "Ottawa pledged to cut tariffs.")
    assert any("gives the commitment ('Ottawa pledged to cut') to another than its cited passages do ('Brussels "
               "pledged to cut')" in line for line in refused), refused
    assert one_sentence_checked(minimal_project(tmp_path / "built"), STEEL, "Brussels pledged to cut tariffs.") == []
