"""A hundred-and-twentieth fact-check: leftovers of the last two rounds (tests/test_factcheck_117.py, _118.py), each read
as a general rule, with its twin kept.

Honest sentences that were refused, now built:
- a speaker of one side of "both sides": "Norlandia's industry groups said the quota was too low" (or "Norlandian
  industry groups", "Industry groups from Norlandia", German "Die Industrieverbände Norlandias") citing "Industry groups
  on both sides said ..." (both_sides_speakers.py); another kind of speaker stays another;
- a judgement's word negated for its opposite: "Judge Castell did not call the contract legally sound" citing "Judge
  Castell called the contract legally flawed" ("did not find the bridge safe" of "unsafe", "not legal" of "illegal":
  negated_opposites.py); "did not call it legally flawed" of "legally flawed" stays a negation added.
One clear error where there were two:
- "agreed that" of "denied that" is the stance turned, not a deed unbacked besides; "accepted that" of "rejected claims
  that" is the stance turned, not a claim vouched for besides (cite.py);
- "Only Norlandia's industry groups said" is one side told as the only one, not a speaker swapped besides;
- "The fine was the highest the law allows" is the maximum told, not a superlative unbacked besides (a bound's
  superlative restates a passage's bound: maximum_penalties.py);
- Spanish "Vantor hará una oferta" citing "Vantor dijo que estudiaba hacer una oferta" is the party's word told as fact,
  not also a step weighed told as certain (as in English).
Misstatements that built, now refused:
- "Meridian accepted that ..." citing "The company denied that ..." where Meridian alone is a company by its role or
  name (opposite_deeds.py, owners.py);
- a plan told as certain: Spanish "recurrirá" of "planea recurrir" ("tiene previsto", "pretende"), French "fera appel" of
  "a l'intention de faire appel", German "wird ... einlegen" of "plant, ... einzulegen" (offers_languages.py);
- French first and last of a named period: "Au premier trimestre" of "Au dernier trimestre" (opposites.py);
- prefixed opposites of short words, "inégal" of "égal", and Portuguese and Italian, "inconstitucional" of
  "constitucional", "incostituzionale" of "costituzionale" (prefixed_opposites.py);
- Italian and Portuguese futures, irregular ones too, told for an offer, a step weighed or planned: "farà" of "ha
  offerto di fare", "fará" of "ofereceu fazer", "dirá" of "estuda dizer" (offers_languages.py).
Round 117's English rules in French, Spanish and German:
- a fine told as its bound's maximum: "l'amende maximale", "la multa máxima", "die Höchststrafe" of a 4% fine "up to
  10%" (maximum_penalties_languages.py);
- one side told as the only one of "both sides": "Seuls ...", "Solo ...", "Nur ...", "les seuls à", "los únicos que",
  "als einzige" (alone_for_both.py);
- a running cost told whole: "a coûté" of "a coûté jusqu'ici", "costó" of "ha costado hasta ahora", "kostete" or "hat
  ... gekostet" of "hat bisher ... gekostet" (running_costs_languages.py); Spanish "ha costado" is "has cost", built.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from explainer.model import Party
from support import read_as_project_locale, sentence_findings
from test_newuser_87 import COURT, TRADE

SPILL = (Party(id="meridian", name="Meridian Energy", short_name="Meridian", role="operator"),
         Party(id="regulator", name="National environment regulator", short_name="the regulator", role="regulator"),
         Party(id="bluecoast", name="Blue Coast", short_name="Blue Coast", role="environmental group"))
SPILL_COMPANY = (Party(id="meridian", name="Meridian Energy", short_name="Meridian", role="company"),) + SPILL[1:]
SPILL_NAMED = (Party(id="meridian", name="Meridian Energy Company", short_name="Meridian", role="operator"),) + SPILL[1:]

BOTH = "Industry groups on both sides said the quota was too low."
BOTH_DE = "Die Industrieverbände beider Seiten sagten, die Quote sei zu niedrig."
FLAWED = "Judge Castell called the contract legally flawed."
DENIED = "Meridian denied that the spill was larger than first reported."
REJECTED_CLAIMS = "Meridian rejected claims that the spill was larger than first reported."
COMPANY_DENIED = "The company denied that the spill was larger than first reported."
FINED = "The regulator fined Meridian 4% of its annual turnover. The law allows fines of up to 10% of turnover."
FINED_MOST = "The regulator fined Meridian 10% of its annual turnover. The law allows fines of up to 10% of turnover."
BID_ES = "Vantor dijo que estudiaba hacer una oferta."
PLANS_ES = "Vantor planea recurrir la sentencia."
QUARTER_FR = "Au dernier trimestre, les ventes de Vantor ont baissé."
FINED_FR = ("Le régulateur a infligé à Meridian une amende de 4 % de son chiffre d'affaires. La loi prévoit des amendes "
            "allant jusqu'à 10 % du chiffre d'affaires.")
FINED_ES = "El regulador multó a Meridian con el 4 % de su facturación. La ley permite multas de hasta el 10 % de la facturación."
FINED_DE = ("Die Behörde verhängte gegen Meridian eine Strafe von 4 Prozent des Umsatzes. Das Gesetz erlaubt Strafen bis "
            "zu 10 Prozent des Umsatzes.")
BOTH_FR = "Les groupes industriels des deux côtés ont dit que le quota était trop bas."
BOTH_ES = "Los grupos industriales de ambos lados dijeron que la cuota era demasiado baja."
RUNNING_FR = "Le nettoyage a coûté jusqu'ici 14 millions de dollars et se poursuit."
RUNNING_ES = "La limpieza ha costado hasta ahora 14 millones de dólares y continúa."
RUNNING_DE = "Die Reinigung hat bisher 14 Millionen Dollar gekostet und dauert an."

# (language, parties, sentence, passage)
HONEST = {
    "one-side-of-both": ("en", (), "Norlandia's industry groups said the quota was too low.", BOTH),
    "one-side-adjective": ("en", (), "Norlandian industry groups said the quota was too low.", BOTH),
    "one-side-from": ("en", (), "Industry groups from Norlandia said the quota was too low.", BOTH),
    "one-side-of-both-countries": ("en", (), "Norlandia's industry groups said the quota was too low.",
                                   "Industry groups from both countries said the quota was too low."),
    "one-side-de": ("de", (), "Die Industrieverbände Norlandias sagten, die Quote sei zu niedrig.", BOTH_DE),
    "not-sound-of-flawed": ("en", (), "Judge Castell did not call the contract legally sound.", FLAWED),
    "never-called-sound": ("en", (), "Judge Castell never called the contract legally sound.", FLAWED),
    "was-not-sound": ("en", (), "The contract was not legally sound.", "The contract was legally flawed."),
    "not-safe-of-unsafe": ("en", (), "Inspectors did not find the bridge structurally safe.",
                           "Inspectors found the bridge structurally unsafe."),
    "not-legal-of-illegal": ("en", (), "The court did not find the contract legal.",
                             "The court found the contract illegal."),
    "not-fit-of-unfit": ("en", (), "The board did not find him fit to serve.", "The board found him unfit to serve."),
    "not-sufficient": ("en", (), "The panel did not find the evidence sufficient.",
                       "The panel found the evidence insufficient."),
    "highest-the-law-allows": ("en", SPILL, "The fine was the highest the law allows.", FINED_MOST),
    "company-denied-kept": ("en", SPILL_COMPANY, "Meridian denied that the spill was larger than first reported.",
                            COMPANY_DENIED),
    "es-planea-kept": ("es", (), PLANS_ES, PLANS_ES),
    "es-recurrira-stated": ("es", (), "Vantor recurrirá la sentencia.", "Vantor recurrirá la sentencia."),
    "es-tiene-previsto": ("es", (), "Vantor tiene previsto recurrir la sentencia.",
                          "Vantor planea recurrir la sentencia."),
    "de-plant-kept": ("de", (), "Vantor plant, gegen das Urteil Berufung einzulegen.",
                      "Vantor plant, gegen das Urteil Berufung einzulegen."),
    "fr-premier-kept": ("fr", (), "Au premier trimestre, les ventes de Vantor ont baissé.",
                        "Au premier trimestre, les ventes de Vantor ont baissé."),
    "fr-trimestre-dernier": ("fr", (), "Au trimestre dernier, les ventes de Vantor ont baissé.",
                             "Au premier trimestre, les ventes de Vantor ont baissé."),
    "fr-premier-of-dernier-mois": ("fr", (), "Au premier trimestre, les ventes de Vantor ont baissé.",
                                   "Le dernier mois, les ventes de Vantor ont baissé."),
    "fr-ces-derniers-mois": ("fr", (), "Ces derniers mois, les ventes de Vantor ont baissé.",
                             "Les premiers mois, les ventes de Vantor ont baissé."),
    "fr-inegal-kept": ("fr", (), "Le tribunal a jugé le partage inégal.", "Le tribunal a jugé le partage inégal."),
    "pt-inconstitucional-kept": ("pt", (), "O tribunal declarou a reforma inconstitucional.",
                                 "O tribunal declarou a reforma inconstitucional."),
    "pt-tribunal-constitucional": ("pt", (), "O Tribunal Constitucional declarou a reforma inconstitucional.",
                                   "O Tribunal Constitucional anulou a reforma."),
    "pt-imposto": ("pt", (), "O imposto sobre a reforma subiu.", "O posto sobre a reforma subiu."),
    "it-corte-costituzionale": ("it", (), "La Corte costituzionale ha dichiarato la riforma incostituzionale.",
                                "La Corte costituzionale ha annullato la riforma."),
    "it-offer-kept": ("it", TRADE, "Southland ha offerto di fare concessioni sull'acciaio.",
                      "Southland ha offerto di fare concessioni sull'acciaio."),
    "it-fara-stated": ("it", TRADE, "Southland farà concessioni sull'acciaio.",
                       "Southland farà concessioni sull'acciaio."),
    "it-fara-if": ("it", TRADE, "Southland farà concessioni sull'acciaio se Northland taglierà i dazi.",
                   "Southland ha offerto di fare concessioni sull'acciaio."),
    "pt-fara-stated": ("pt", TRADE, "Southland fará concessões sobre o aço.", "Southland fará concessões sobre o aço."),
    "pt-pondera-kept": ("pt", (), "Vantor pondera recorrer da sentença.", "Vantor pondera recorrer da sentença."),
    "pt-fara-if": ("pt", (), "Vantor fará uma oferta se o preço baixar.", "Vantor estuda fazer uma oferta."),
    # round 117 in French, Spanish and German
    "fr-maximale-of-maximum": ("fr", SPILL, "Meridian a reçu l'amende maximale.", FINED_FR.replace("de 4 %", "de 10 %")),
    "fr-below-the-maximum": ("fr", SPILL, "L'amende de Meridian est inférieure à l'amende maximale.", FINED_FR),
    "fr-bound-kept": ("fr", SPILL, "La loi prévoit des amendes allant jusqu'à 10 % du chiffre d'affaires.", FINED_FR),
    "es-maxima-of-maximum": ("es", SPILL, "Meridian recibió la multa máxima.", FINED_ES.replace("el 4 %", "el 10 %")),
    "es-below-the-maximum": ("es", SPILL, "La multa de Meridian quedó por debajo del máximo permitido.", FINED_ES),
    "de-hoechststrafe-of-maximum": ("de", SPILL, "Meridian erhielt die Höchststrafe.",
                                    FINED_DE.replace("von 4 Prozent", "von 10 Prozent")),
    "de-below-the-maximum": ("de", SPILL, "Die Strafe für Meridian lag unter dem Höchstmaß.", FINED_DE),
    "fr-one-side": ("fr", (), "Les groupes industriels de Norlandia ont dit que le quota était trop bas.", BOTH_FR),
    "fr-seuls-of-seuls": ("fr", (), "Seuls les groupes industriels de Norlandia ont dit que le quota était trop bas.",
                          "Seuls les groupes industriels de Norlandia ont dit que le quota était trop bas, tandis que "
                          "les gouvernements des deux pays l'ont défendu."),
    "es-one-side": ("es", (), "Los grupos industriales de Norlandia dijeron que la cuota era demasiado baja.", BOTH_ES),
    "de-one-side": ("de", (), "Die Industrieverbände Norlandias sagten, die Quote sei zu niedrig.", BOTH_DE),
    "de-both-kept": ("de", (), BOTH_DE, BOTH_DE),
    "fr-running-kept": ("fr", SPILL, "Le nettoyage a coûté jusqu'ici 14 millions de dollars.", RUNNING_FR),
    "fr-running-a-ce-jour": ("fr", SPILL, "Le nettoyage a coûté 14 millions de dollars à ce jour.", RUNNING_FR),
    "fr-cost-of-cost": ("fr", SPILL, "Le nettoyage a coûté 14 millions de dollars.",
                        "Le nettoyage a coûté 14 millions de dollars."),
    "fr-cost-to-come": ("fr", SPILL, "Les réparations coûteront 14 millions de dollars.",
                        "Les réparations coûteront 14 millions de dollars ; 3 millions ont été dépensés jusqu'ici."),
    "es-ha-costado": ("es", SPILL, "La limpieza ha costado 14 millones de dólares.", RUNNING_ES),
    "es-running-kept": ("es", SPILL, "La limpieza ha costado hasta ahora 14 millones de dólares.", RUNNING_ES),
    "es-cost-of-cost": ("es", SPILL, "La limpieza costó 14 millones de dólares.",
                        "La limpieza costó 14 millones de dólares."),
    "de-running-kept": ("de", SPILL, "Die Reinigung hat bisher 14 Millionen Dollar gekostet.", RUNNING_DE),
    "de-bislang": ("de", SPILL, "Die Reinigung kostete bislang 14 Millionen Dollar.", RUNNING_DE),
    "de-cost-of-cost": ("de", SPILL, "Die Reinigung kostete 14 Millionen Dollar.",
                        "Die Reinigung kostete 14 Millionen Dollar."),
    "de-hat-not-a-cost": ("de", (), "Die Stadt hat 14 Millionen Einwohner.",
                          "Die Stadt hat bisher 14 Millionen Einwohner, die Kosten steigen."),
}

# (language, parties, sentence, passage, what the finding names)
MISSTATED = {
    "another-kind-of-speaker": ("en", (), "Norlandia's environmental groups said the quota was too low.", BOTH,
                                "gives the words to Norlandia's environmental groups"),
    "one-side-of-another": ("en", (), "Norlandia's industry groups said the quota was too low.",
                            "Industry groups in Sudland said the quota was too low.",
                            "gives the words to Norlandia's industry groups"),
    "not-flawed-of-flawed": ("en", (), "Judge Castell did not call the contract legally flawed.", FLAWED,
                             "adds a negation"),
    "sound-of-flawed": ("en", (), "Judge Castell called the contract legally sound.", FLAWED,
                        "says 'sound' where its cited passages say 'flawed'"),
    "not-sound-of-another-thing": ("en", (), "Judge Castell did not call the loan legally sound.", FLAWED,
                                   "adds a negation"),
    "not-sound-of-not-flawed": ("en", (), "Judge Castell did not call the contract legally sound.",
                                "Judge Castell did not call the contract legally flawed.",
                                "says 'sound' where its cited passages say 'flawed'"),
    "highest-without-a-bound": ("en", SPILL, "The fine was the highest the law allows.",
                                "The regulator fined Meridian 4% of its annual turnover.", 'superlative "highest"'),
    "company-by-role": ("en", SPILL_COMPANY, "Meridian accepted that the spill was larger than first reported.",
                        COMPANY_DENIED, "says 'accepted' where its cited passages say 'denied' ('The company denied"),
    "company-by-name": ("en", SPILL_NAMED, "Meridian accepted that the spill was larger than first reported.",
                        COMPANY_DENIED, "says 'accepted' where its cited passages say 'denied'"),
    "company-conceded": ("en", SPILL_COMPANY, "Meridian conceded that the spill was larger than first reported.",
                         COMPANY_DENIED, "says 'conceded' where its cited passages say 'denied'"),
    "es-recurrira-planned": ("es", (), "Vantor recurrirá la sentencia.", PLANS_ES,
                             "tells as certain ('recurrirá') what its cited passages give only as planned "
                             "('planea recurrir')"),
    "es-va-a-previsto": ("es", (), "Vantor va a recurrir la sentencia.", "Vantor tiene previsto recurrir la sentencia.",
                         "tells as certain ('va a recurrir')"),
    "es-hara-pretende": ("es", (), "Vantor hará una oferta.", "Vantor pretende hacer una oferta.",
                         "tells as certain ('hará')"),
    "fr-intention": ("fr", (), "Vantor fera appel du jugement.", "Vantor a l'intention de faire appel du jugement.",
                     "tells as certain ('fera')"),
    "de-plant": ("de", (), "Vantor wird gegen das Urteil Berufung einlegen.",
                 "Vantor plant, gegen das Urteil Berufung einzulegen.", "only as planned"),
    "fr-premier-trimestre": ("fr", (), "Au premier trimestre, les ventes de Vantor ont baissé.", QUARTER_FR,
                             "says 'premier' where its cited passages say 'dernier'"),
    "fr-dernier-trimestre": ("fr", (), "Au dernier trimestre, les ventes de Vantor ont baissé.",
                             "Au premier trimestre, les ventes de Vantor ont baissé.",
                             "says 'dernier' where its cited passages say 'premier'"),
    "fr-premier-semestre": ("fr", (), "Les ventes ont baissé au cours du premier semestre.",
                            "Les ventes ont baissé au cours du dernier semestre.", "says 'premier'"),
    "fr-premiere-semaine": ("fr", (), "La première semaine de mars, les ventes ont baissé.",
                            "La dernière semaine de mars, les ventes ont baissé.", "says 'première'"),
    "fr-inegal": ("fr", (), "Le tribunal a jugé le partage inégal.", "Le tribunal a jugé le partage égal.",
                  "says 'inégal' where its cited passages say 'égal'"),
    "fr-egal": ("fr", (), "Le tribunal a jugé le partage égal.", "Le tribunal a jugé le partage inégal.",
                "says 'égal' where its cited passages say 'inégal'"),
    "pt-inconstitucional": ("pt", (), "O tribunal declarou a reforma inconstitucional.",
                            "O tribunal declarou a reforma constitucional.",
                            "says 'inconstitucional' where its cited passages say 'constitucional'"),
    "pt-constitucional": ("pt", (), "O tribunal declarou a reforma constitucional.",
                          "O tribunal declarou a reforma inconstitucional.",
                          "says 'constitucional' where its cited passages say 'inconstitucional'"),
    "it-incostituzionale": ("it", (), "La corte ha dichiarato la riforma incostituzionale.",
                            "La corte ha dichiarato la riforma costituzionale.",
                            "says 'incostituzionale' where its cited passages say 'costituzionale'"),
    "it-fara": ("it", TRADE, "Southland farà concessioni sull'acciaio.",
                "Southland ha offerto di fare concessioni sull'acciaio.",
                "tells as certain ('farà') what its cited passages give only as offered ('ha offerto di fare')"),
    "it-dira": ("it", TRADE, "Southland dirà di sì all'accordo.", "Southland valuta di dire di sì all'accordo.",
                "tells as certain ('dirà') what its cited passages give only as weighed ('valuta di dire')"),
    "it-tagliera": ("it", (), "Vantor taglierà le esportazioni di acciaio.",
                    "Vantor ha proposto di tagliare le esportazioni di acciaio.", "tells as certain ('taglierà')"),
    "pt-fara": ("pt", TRADE, "Southland fará concessões sobre o aço.", "Southland ofereceu fazer concessões sobre o aço.",
                "tells as certain ('fará') what its cited passages give only as offered ('ofereceu fazer')"),
    "pt-dira": ("pt", (), "Vantor dirá que aceita o acordo.", "Vantor estuda dizer que aceita o acordo.",
                "tells as certain ('dirá') what its cited passages give only as weighed ('estuda dizer')"),
    "pt-vai": ("pt", (), "Vantor vai recorrer da sentença.", "Vantor pondera recorrer da sentença.",
               "tells as certain ('vai recorrer')"),
    "pt-planeja": ("pt", (), "Vantor recorrerá da sentença.", "Vantor planeja recorrer da sentença.",
                   "only as planned ('planeja recorrer')"),
    # round 117 in French, Spanish and German
    "fr-amende-maximale": ("fr", SPILL, "Meridian a reçu l'amende maximale.", FINED_FR,
                           "tells the penalty as the maximum ('amende maximale'), but its cited passages give it as 4 % "
                           "and its bound as 'jusqu'à 10 %'"),
    "fr-maximum-prevu": ("fr", SPILL, "L'amende infligée à Meridian est le maximum prévu par la loi.", FINED_FR,
                         "('le maximum prévu')"),
    "es-multa-maxima": ("es", SPILL, "Meridian recibió la multa máxima.", FINED_ES,
                        "tells the penalty as the maximum ('multa máxima'), but its cited passages give it as 4 % and "
                        "its bound as 'hasta el 10 %'"),
    "es-mas-alta-posible": ("es", SPILL, "La multa de Meridian fue la más alta posible.", FINED_ES,
                            "('la más alta posible')"),
    "de-hoechststrafe": ("de", SPILL, "Meridian erhielt die Höchststrafe.", FINED_DE,
                         "tells the penalty as the maximum ('Höchststrafe'), but its cited passages give it as 4 "
                         "Prozent and its bound as 'bis zu 10 Prozent'"),
    "de-hoechstmoegliche": ("de", SPILL, "Gegen Meridian wurde das höchstmögliche Bußgeld verhängt.", FINED_DE,
                            "('höchstmögliche Bußgeld')"),
    "fr-seuls": ("fr", (), "Seuls les groupes industriels de Norlandia ont dit que le quota était trop bas.", BOTH_FR,
                 "gives to one side alone ('Seuls') what its cited passages say of 'des deux côtés'"),
    "fr-les-seuls-a": ("fr", (), "Les groupes industriels de Norlandia ont été les seuls à dire que le quota était trop "
                       "bas.", BOTH_FR, "('les seuls à')"),
    "es-solo": ("es", (), "Solo los grupos industriales de Norlandia dijeron que la cuota era demasiado baja.", BOTH_ES,
                "gives to one side alone ('Solo') what its cited passages say of 'de ambos lados'"),
    "es-los-unicos": ("es", (), "Los grupos industriales de Norlandia fueron los únicos que dijeron que la cuota era "
                      "demasiado baja.", BOTH_ES, "('los únicos que')"),
    "de-als-einzige": ("de", (), "Die Industrieverbände Norlandias sagten als einzige, die Quote sei zu niedrig.", BOTH_DE,
                       "('als einzige') what its cited passages say of 'beider Seiten'"),
    "fr-a-coute": ("fr", SPILL, "Le nettoyage a coûté 14 millions de dollars.", RUNNING_FR,
                   "gives a count as final ('a coûté') where its cited passages give it as still open ('jusqu'ici')"),
    "fr-cout-s-eleve": ("fr", SPILL, "Le coût du nettoyage s'élève à 14 millions de dollars.", RUNNING_FR,
                        "('coût du nettoyage s'élève à')"),
    "es-costo": ("es", SPILL, "La limpieza costó 14 millones de dólares.", RUNNING_ES,
                 "gives a count as final ('costó') where its cited passages give it as still open ('hasta ahora')"),
    "es-cuesta": ("es", SPILL, "La limpieza cuesta 14 millones de dólares.", RUNNING_ES, "('cuesta')"),
    "es-coste-ascendio": ("es", SPILL, "El coste de la limpieza ascendió a 14 millones de dólares.", RUNNING_ES,
                          "('coste de la limpieza ascendió a')"),
    "de-kostete": ("de", SPILL, "Die Reinigung kostete 14 Millionen Dollar.", RUNNING_DE,
                   "gives a count as final ('kostete') where its cited passages give it as still open ('bisher')"),
    "de-hat-gekostet": ("de", SPILL, "Die Reinigung hat 14 Millionen Dollar gekostet.", RUNNING_DE,
                        "('hat ... gekostet')"),
    "de-kosten-beliefen": ("de", SPILL, "Die Kosten der Reinigung beliefen sich auf 14 Millionen Dollar.", RUNNING_DE,
                           "('Kosten der Reinigung beliefen sich auf')"),
}

# One finding where there were two: (language, parties, sentence, passage, what the one finding names)
ONCE = {
    "agreed-that": ("en", SPILL, "Meridian agreed that the spill was larger than first reported.", DENIED,
                    "says 'agreed' where its cited passages say 'denied'"),
    "accepted-rejected-claims": ("en", SPILL, "Meridian accepted that the spill was larger than first reported.",
                                 REJECTED_CLAIMS, "says 'accepted' where its cited passages say 'rejected'"),
    "only-one-side": ("en", (), "Only Norlandia's industry groups said the quota was too low.", BOTH,
                      "gives to one side alone ('Only')"),
    "highest-the-law-allows": ("en", SPILL, "The fine was the highest the law allows.", FINED,
                               "tells the penalty as the maximum ('fine was the highest the law')"),
    "largest-allowed": ("en", SPILL, "The fine was the largest allowed.", FINED,
                        "tells the penalty as the maximum ('fine was the largest allowed')"),
    "es-hara-said-weighed": ("es", COURT, "Vantor hará una oferta.", BID_ES, "only as the word of Vantor"),
    "fr-fera-said-weighed": ("fr", COURT, "Vantor fera une offre.", "Vantor a dit envisager de faire une offre.",
                             "only as the word of Vantor"),
    "de-nur": ("de", (), "Nur die Industrieverbände Norlandias sagten, die Quote sei zu niedrig.", BOTH_DE,
               "gives to one side alone ('Nur') what its cited passages say of 'beider Seiten'"),
}

def found(language: str, parties: tuple, sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence citing one passage, read as a build reads its language."""
    if language in ("en", "fr", "es", "de"):
        read_as_project_locale(REPO, language)
    return sentence_findings(sentence, (passage,), language, parties)


@pytest.mark.parametrize("language, parties, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(language: str, parties: tuple, sentence: str, passage: str):
    assert found(language, parties, sentence, passage) == []


@pytest.mark.parametrize("language, parties, sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(language: str, parties: tuple, sentence: str, passage: str, named: str):
    findings = found(language, parties, sentence, passage)
    assert any(named in finding for finding in findings), findings


@pytest.mark.parametrize("language, parties, sentence, passage, named", ONCE.values(), ids=ONCE.keys())
def test_one_slip_is_named_once(language: str, parties: tuple, sentence: str, passage: str, named: str):
    findings = found(language, parties, sentence, passage)
    assert len(findings) == 1 and named in findings[0], findings
