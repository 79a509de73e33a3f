"""A thirty-seventh fact-check: election misstatements that still built in the new user's Spanish briefing of round 33
(tests/test_newuser_33.py), each with misstatements of the same shape in English and on other topics (a vote in a
parliament, a union ballot), and honest wordings of each that must still build.

- A campaign's word told as fact: "según su campaña" or "la campaña afirma que" dropped (explainer/party_word.py
  reads a campaign, named or not, as a side's voice, as it reads a named party's).
- A lead told as a win: "ganó" for "lidera el recuento preliminar", "won" for "leads" or "is ahead in the
  preliminary count", a motion "passed" for one ahead in the early count (explainer/leads.py).
- Figures swapped within a table's row: "Garrido obtuvo el 52,4 %" citing "Ibarra 1.402.110 votos (52,4 %); Garrido
  1.156.004 votos (43,2 %)" (explainer/party_figures.py reads a figure in brackets after a party's figure as the
  party's too, and reads Spanish results).
- A place of the same kind told for another: "en la Región Norte" citing "la mayoría en la Región Sur" (explainer/
  places.py no longer reads the kind of place, "Región", "County", as naming it).
- A cause given as possible told as fact: "se deben a" for "podrían deberse a", "are due to" for "could be due to"
  (explainer/likelihood.py); and preliminary results told as final ("definitivos", "final": explainer/opposites.py).
- A runoff on a condition told as certain: "Habrá segunda vuelta" citing "Si ningún candidato supera ese umbral, se
  celebrará una segunda vuelta" (explainer/conditions.py reads Spanish conditions now), and English "There will be a
  runoff on May 24", which built because the month "May" was read as the modal that keeps a condition.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import functools

import pytest
from support import sentence_findings

from conftest import REPO


@functools.cache
def _built_in_locales():
    from explainer.locale import load_locales

    return load_locales(REPO)[0]


def findings(sentence: str, passage: str, language: str) -> list[str]:
    """Return what the build's sentence checks say of one sentence citing one passage, in `language`, in a briefing
    whose parties are the election's two candidates, a parliament's two parties and a union ballot's two lists."""
    from explainer.locale import read_as_written
    from explainer.model import Party

    read_as_written(_built_in_locales())  # Spanish is read with its built-in locale's words, as the build does
    return sentence_findings(sentence, (passage,), language, (
        Party(id="ibarra", name="Marta Ibarra", aliases=("Renovación Nacional",)),
        Party(id="garrido", name="Tomás Garrido", aliases=("Alianza Cívica",)),
        Party(id="labour", name="Labour"), Party(id="conservatives", name="Conservatives"),
        Party(id="unido", name="Sindicato Unido"), Party(id="obrero", name="Frente Obrero")))


CAMPAIGN_ES = ("Según su campaña, en al menos 1.200 mesas de la Región Sur las actas registran más votos que electores "
               "inscritos.")
CAMPAIGN_SAYS_ES = ("La campaña afirma que esas irregularidades afectan a unos 350.000 votos, una cifra superior a la "
                    "diferencia entre los dos candidatos.")
CAMPAIGN_EN = "According to his campaign, at least 1,200 polling stations in the South recorded more votes than voters."
LEAD_ES = ("Con el 97,3 % de las actas escrutadas, Marta Ibarra lidera el recuento preliminar con el 48,7 % de los "
           "votos.")
LEAD_EN = "With 97.3% of ballots counted, Marta Ibarra leads the preliminary count with 48.7% of the votes."
RUNOFF_ES = ("Si ningún candidato supera ese umbral, se celebrará una segunda vuelta entre los dos candidatos más "
             "votados el 24 de mayo de 2026.")
NORTH_ES = "Región Norte: Ibarra 1.402.110 votos (52,4 %); Garrido 1.156.004 votos (43,2 %); participación del 70,1 %."
NORTH_EN = "North: Ibarra 1,402,110 votes (52.4%); Garrido 1,156,004 votes (43.2%); turnout 70.1%."
DIVISION = "Second reading: Labour 212 votes (53.1%); Conservatives 187 votes (46.9%)."
UNION = "Delegados: Sindicato Unido 4.210 votos (61,3 %); Frente Obrero 2.658 votos (38,7 %)."
DELAYS_ES = ("La Misión observó retrasos en la apertura de 86 centros de votación, la mayoría en la Región Sur.")
DELAYS_EN = "The Mission saw delays at 86 polling stations, most of them in the South Region."
CAUSE_ES = "Las inconsistencias detectadas en las actas en revisión podrían deberse a errores de transcripción."
CAUSE_EN = "The inconsistencies found in the tally sheets under review could be due to transcription errors."
RUNOFF_EN = "If no candidate passes that threshold, a runoff between the two leading candidates will be held on May 24."

MISSTATED = {
    # a campaign's word told as fact
    "campaign-es": ("En al menos 1.200 mesas de la Región Sur las actas registran más votos que electores inscritos.",
                    CAMPAIGN_ES, "es", "only as the word of su campaña"),
    "campaign-says-es": ("Las irregularidades afectan a unos 350.000 votos.", CAMPAIGN_SAYS_ES, "es",
                         "only as the word of la campaña"),
    "campaign-en": ("At least 1,200 polling stations in the South recorded more votes than voters.", CAMPAIGN_EN, "en",
                    "only as the word of his campaign"),
    "campaign-says-en": ("The union's ballot papers were sent to former members.",
                         "The campaign said the union's ballot papers were sent to former members.", "en",
                         "only as the word of the campaign"),
    "campaign-union-es": ("Las papeletas del sindicato se enviaron a antiguos afiliados.",
                          "Según la campaña, las papeletas del sindicato se enviaron a antiguos afiliados.", "es",
                          "only as the word of la campaña"),
    # a lead told as a win
    "won-for-leads-es": ("Ibarra ganó el recuento preliminar con el 48,7 % de los votos.", LEAD_ES, "es",
                         "only as a lead ('lidera')"),
    "won-the-election-es": ("Ibarra ganó la elección con el 48,7 % de los votos.",
                            "Según el recuento preliminar, Ibarra obtuvo el 48,7 % de los votos válidos.", "es",
                            "only as a lead ('recuento preliminar')"),
    "won-for-leads-en": ("Ibarra won the preliminary count with 48.7% of the votes.", LEAD_EN, "en",
                         "only as a lead ('leads')"),
    "won-for-ahead-en": ("Ibarra won the election.", "Ibarra is ahead in the preliminary count.", "en",
                         "told as a win ('won')"),
    "motion-passed-en": ("The motion passed with 212 votes.",
                         "The motion is ahead in the early count, with 212 votes for it.", "en",
                         "told as a win ('passed')"),
    "union-ballot-es": ("El sí ganó la votación del sindicato.",
                        "El sí va por delante en el escrutinio parcial de la votación del sindicato.", "es",
                        "told as a win ('ganó')"),
    # a runoff on a condition told as certain
    "runoff-es": ("Habrá una segunda vuelta el 24 de mayo de 2026.", RUNOFF_ES, "es", "only on a condition"),
    "runoff-held-es": ("La segunda vuelta se celebrará el 24 de mayo.", RUNOFF_ES, "es", "only on a condition"),
    "runoff-en": ("There will be a runoff on May 24.", RUNOFF_EN, "en", "only on a condition"),
    "second-reading-en": ("The bill will return to the chamber on May 12.",
                          "If the committee amends it, the bill will return to the chamber on May 12.", "en",
                          "only on a condition"),
    "strike-es": ("La huelga comenzará el 3 de marzo.",
                  "La huelga comenzará el 3 de marzo salvo que la empresa mejore su oferta.", "es",
                  "only on a condition"),
    # figures swapped within a table's row
    "row-swapped-es": ("En la Región Norte, Garrido obtuvo el 52,4 %.", NORTH_ES, "es",
                       "gives Garrido 52,4 % where its cited passages give Garrido 43,2 % and Ibarra 52,4 %"),
    "row-swapped-en": ("In the North, Garrido won 52.4%.", NORTH_EN, "en",
                       "gives Garrido 52.4% where its cited passages give Garrido 43.2% and Ibarra 52.4%"),
    "division-en": ("The Conservatives won 53.1% of the votes cast.", DIVISION, "en",
                    "gives Conservatives 53.1% where its cited passages give Conservatives 46.9% and Labour 53.1%"),
    "union-es": ("El Frente Obrero obtuvo el 61,3 % de los votos.", UNION, "es",
                 "gives Frente Obrero 61,3 % where its cited passages give Frente Obrero 38,7 %"),
    # a place of the same kind told for another
    "region-es": ("La Misión observó retrasos en 86 centros de votación, la mayoría en la Región Norte.", DELAYS_ES,
                  "es", "names 'Región Norte' where its cited passages name 'Región Sur'"),
    "region-en": ("Delays hit 86 polling stations, most of them in the North Region.", DELAYS_EN, "en",
                  "names 'North Region' where its cited passages name 'South Region'"),
    "county-en": ("Flooding closed 12 schools in Kent County.", "Flooding closed 12 schools in Essex County.", "en",
                  "names 'Kent County' where its cited passages name 'Essex County'"),
    "province-es": ("La huelga del sindicato paralizó 30 minas en la Provincia Oriental.",
                    "La huelga del sindicato paralizó 30 minas en la Provincia Occidental.", "es",
                    "names 'Provincia Oriental'"),
    # a cause given as possible told as fact
    "cause-es": ("Las inconsistencias se deben a errores de transcripción.", CAUSE_ES, "es", "'podrían deberse'"),
    "cause-en": ("The inconsistencies are due to transcription errors.", CAUSE_EN, "en", "'could be due'"),
    "cause-strike-en": ("The walkout stems from the pay freeze.",
                        "The walkout may stem from the pay freeze imposed in March.", "en", "'may stem'"),
    "cause-vote-es": ("El retraso de la votación se debe a la falta de quórum.",
                      "El retraso de la votación puede deberse a la falta de quórum en la cámara.", "es",
                      "'puede deberse'"),
    # preliminary results told as final
    "final-en": ("The final results give Ibarra 48.7%.", "The preliminary results give Ibarra 48.7%.", "en",
                 "says 'final' where its cited passages say 'preliminary'"),
    "definitivos-es": ("Según los resultados definitivos, Ibarra obtuvo el 48,7 % de los votos.",
                       "Según el recuento preliminar, Ibarra obtuvo el 48,7 % de los votos.", "es",
                       "says 'definitivos' where its cited passages say 'preliminar'"),
    "final-ballot-en": ("The final tally of the union ballot shows 61% for the strike.",
                        "The provisional tally of the union ballot shows 61% for the strike.", "en",
                        "says 'final' where its cited passages say 'provisional'"),
}


@pytest.mark.parametrize("sentence, passage, language, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_an_election_misstatement_is_refused(sentence: str, passage: str, language: str, named: str):
    found = findings(sentence, passage, language)
    assert any(named in message for message in found), found


HONEST = {
    # whose word it is, kept
    "campaign-kept-es": ("Según su campaña, en al menos 1.200 mesas las actas registran más votos que electores "
                         "inscritos.", CAMPAIGN_ES, "es"),
    "campaign-says-kept-es": ("La campaña de Garrido sostiene que las irregularidades afectan a unos 350.000 votos.",
                              CAMPAIGN_SAYS_ES, "es"),
    "campaign-kept-en": ("His campaign says at least 1,200 polling stations in the South recorded more votes than "
                         "voters.", CAMPAIGN_EN, "en"),
    "campaign-without-word-en": ("The campaign visited 40 towns in the South.",
                                 "The campaign visited 40 towns in the South, its busiest week.", "en"),
    # the lead kept
    "lidera-es": ("Ibarra lidera el recuento preliminar con el 48,7 % de los votos.", LEAD_ES, "es"),
    "va-por-delante-es": ("Ibarra va por delante en el recuento preliminar.", LEAD_ES, "es"),
    "ahead-en": ("Ibarra is ahead in the preliminary count, with 48.7% of the votes.", LEAD_EN, "en"),
    "won-votes-en": ("In the preliminary count, Ibarra won 48.7% of the votes.", LEAD_EN, "en"),
    "won-backed-en": ("Ibarra won the first round.",
                      "Ibarra won the first round and leads the preliminary count of the runoff.", "en"),
    "not-won-es": ("Ibarra no ganó la elección en primera vuelta.", LEAD_ES, "es"),
    # the condition kept
    "runoff-if-es": ("Si ningún candidato supera ese umbral, habrá una segunda vuelta el 24 de mayo de 2026.",
                     RUNOFF_ES, "es"),
    "runoff-could-es": ("Una segunda vuelta podría celebrarse el 24 de mayo.", RUNOFF_ES, "es"),
    "runoff-follows-en": ("If no candidate passes that threshold, a runoff follows on May 24.", RUNOFF_EN, "en"),
    "runoff-would-en": ("A runoff would be held on May 24.", RUNOFF_EN, "en"),
    "question-es": ("El país no sabe todavía si habrá segunda vuelta.",
                    "Valdoria no sabe todavía quién será su próximo presidente ni si habrá segunda vuelta.", "es"),
    "strike-salvo-es": ("La huelga comenzará el 3 de marzo, salvo que la empresa mejore su oferta.",
                        "La huelga comenzará el 3 de marzo salvo que la empresa mejore su oferta.", "es"),
    "runoff-on-50-en": ("If no candidate passes 50%, a runoff follows.",
                        "The vote would go to a runoff if no candidate passes 50%.", "en"),
    # each figure of a row kept with its party
    "row-kept-es": ("En la Región Norte, Ibarra obtuvo el 52,4 % y Garrido el 43,2 %.", NORTH_ES, "es"),
    "row-votes-kept-en": ("In the North, Ibarra won 1,402,110 votes, or 52.4%.", NORTH_EN, "en"),
    "division-kept-en": ("Labour won 53.1% of the votes cast at second reading.", DIVISION, "en"),
    "union-kept-es": ("El Frente Obrero obtuvo 2.658 votos, el 38,7 %.", UNION, "es"),
    # the place kept
    "region-kept-es": ("La mayoría de los 86 centros con retrasos estaban en la Región Sur.", DELAYS_ES, "es"),
    "region-kept-en": ("Most of the 86 delayed polling stations were in the South Region.", DELAYS_EN, "en"),
    "county-kept-en": ("In Essex County, flooding closed 12 schools.", "Flooding closed 12 schools in Essex County.",
                       "en"),
    # the cause's doubt kept
    "cause-kept-es": ("Las inconsistencias podrían deberse a errores de transcripción.", CAUSE_ES, "es"),
    "cause-conditional-es": ("Según la Misión, las inconsistencias se deberían a errores de transcripción.", CAUSE_ES,
                             "es"),
    "cause-kept-en": ("The inconsistencies may be due to transcription errors.", CAUSE_EN, "en"),
    "cause-plain-en": ("The strike was called over the pay freeze.",
                       "The strike was called over the pay freeze, which may be lifted in May.", "en"),
    # the standing kept
    "preliminary-kept-en": ("The preliminary results give Ibarra 48.7%.", "The preliminary results give Ibarra 48.7%.",
                            "en"),
    "definitivos-later-es": ("El CNE publicará los resultados definitivos el 30 de abril.",
                             "El CNE publicará los resultados definitivos el 30 de abril de 2026.", "es"),
}


@pytest.mark.parametrize("sentence, passage, language", HONEST.values(), ids=HONEST.keys())
def test_an_honest_election_wording_builds(sentence: str, passage: str, language: str):
    assert findings(sentence, passage, language) == []
