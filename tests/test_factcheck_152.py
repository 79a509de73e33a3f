"""A hundred-and-fifty-second fact-check: negation by "nor", and whose word a second "that" clause or an assurance is.

- A clause opened by "nor" before its auxiliary, with no comma before it ("Neither the mediator imposed a settlement
  nor did the government order ...", "cannot impose a settlement nor can the government ..."), is a clause of its own
  and negated (explainer/polarity.py `_NOR_VERB`); one clause read both as one negation of the first, and "The
  government can order the union back to work" built. German's clause-opening "noch" after a negated clause (",
  noch kann die Regierung ...") negates as "nor" does (`_NOCH_OPENS`: read as "still", the honest "kann ... nicht"
  was refused as a negation added), and "weder ... noch" denies each subject as "neither ... nor" does.
- A second clause joined by ", and that" (", et que", ", y que", ", und dass") goes on with what was said
  (explainer/party_word.py `_NEXT_CLAUSE`): told as the writer's fact, it built.
- An assurance is someone's word as "insists" is (explainer/attribution.py `_ASSURES`, `dropped_assurance`, read after
  party_word.py so that a party's assurance is still named as that party's word): English "assures"/"assured ...
  that", French "assure que"/"a assuré que"/"a affirmé que", German "versichert,"/"beteuert, ... dass"; "assure la
  sécurité" (ensures) and "ist versichert" (insured) pass no word on.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from explainer.model import Party
from support import found_in_language, read_as_project_locale, sentence_findings

DROPPED = "this sentence drops the negation of its cited passage"
WORD_AS_FACT = "the source gives this as someone's word"
PARTY_AS_FACT = "this sentence states as fact what its cited passages give only as the word of"

NOR = "Neither the mediator imposed a settlement nor did the government order the union back to work."
NOR_NO_COMMA = "The mediator cannot impose a settlement nor can the government order the union back to work."
NOCH = ("Der Schlichter kann keine Einigung erzwingen, noch kann die Regierung die Gewerkschaft zur Arbeit "
        "zurückbeordern.")
WEDER = "Weder der Schlichter noch die Regierung kann die Gewerkschaft zur Arbeit zurückbeordern."

# (language, sentence, passage): a negation dropped, refused
NEGATION_DROPPED = {
    "en-neither-nor-did": ("en", "The government ordered the union back to work.", NOR),
    "en-nor-can-no-comma": ("en", "The government can order the union back to work.", NOR_NO_COMMA),
    "en-nor-will-no-comma": ("en", "The government will order the union back to work.",
                             "The mediator will not impose a settlement nor will the government order the union back "
                             "to work."),
    "de-komma-noch": ("de", "Die Regierung kann die Gewerkschaft zur Arbeit zurückbeordern.", NOCH),
    "de-weder-noch": ("de", "Die Regierung kann die Gewerkschaft zur Arbeit zurückbeordern.", WEDER),
    "de-weder-kann-noch-kann": ("de", "Die Regierung kann die Gewerkschaft zur Arbeit zurückbeordern.",
                                "Weder kann der Schlichter eine Einigung erzwingen, noch kann die Regierung die "
                                "Gewerkschaft zur Arbeit zurückbeordern."),
    "de-noch-hat": ("de", "Die Regierung hat die Gewerkschaft angehört.",
                    "Die Gewerkschaft hat das Angebot nicht angenommen, noch hat die Regierung die Gewerkschaft "
                    "angehört."),
}
# ... and the same passages' honest restatements, built
NEGATION_KEPT = {
    "en-neither-nor-did": ("en", "The government did not order the union back to work.", NOR),
    "en-nor-can-no-comma": ("en", "The government cannot order the union back to work.", NOR_NO_COMMA),
    "de-komma-noch": ("de", "Die Regierung kann die Gewerkschaft nicht zur Arbeit zurückbeordern.", NOCH),
    "de-weder-noch": ("de", "Die Regierung kann die Gewerkschaft nicht zur Arbeit zurückbeordern.", WEDER),
    "de-noch-still": ("de", "Die Gespräche mit der Regierung laufen noch.", "Die Gespräche mit der Regierung laufen noch."),
    "de-noch-immer-after-a-negation": ("de", "Die Gewerkschaft verhandelt noch immer mit der Regierung.",
                                       "Die Regierung hat nicht eingelenkt, noch immer verhandelt die Gewerkschaft "
                                       "mit der Regierung."),
    "en-neither-nor-subjects": ("en", "Neither the mediator nor the government can impose a settlement.",
                                "Neither the mediator nor the government can impose a settlement."),
}
# ... and the first clause still refused when its own negation is dropped
FIRST_CLAUSE_DROPPED = {
    "en-neither": ("en", "The mediator imposed a settlement.", NOR),
    "en-cannot": ("en", "The mediator can impose a settlement.", NOR_NO_COMMA),
    "de-keine": ("de", "Der Schlichter kann eine Einigung erzwingen.", NOCH),
    "de-weder-first-subject": ("de", "Der Schlichter kann die Gewerkschaft zur Arbeit zurückbeordern.", WEDER),
}

PARTIES = (Party(id="union", name="Norland Rail Workers' Union", short_name="Union", role="union of rail workers",
                 aliases=("the union", "NRWU", "Ada Okafor", "Okafor")),
           Party(id="operator", name="Norland Rail", short_name="Norland Rail", role="state rail operator",
                 aliases=("the operator", "the company")))

# (language, sentence, passage): a second "that" clause told as the writer's fact, refused
AND_THAT_AS_FACT = {
    "en-and-that": ("en", "Talks with the company are over.",
                    "Union leader Ada Okafor said the offer was final, and that talks with the company were over."),
    "fr-et-que": ("fr", "Les négociations avec la direction sont terminées.",
                  "La dirigeante syndicale Ada Okafor a déclaré que l'offre était définitive, et que les négociations "
                  "avec la direction étaient terminées."),
    "es-y-que": ("es", "Las negociaciones con la empresa han terminado.",
                 "La dirigente sindical Ada Okafor dijo que la oferta era definitiva, y que las negociaciones con la "
                 "empresa habían terminado."),
    "de-und-dass": ("de", "Die Verhandlungen mit dem Unternehmen sind beendet.",
                    "Die Gewerkschaftschefin Ada Okafor sagte, das Angebot sei endgültig, und dass die Verhandlungen "
                    "mit dem Unternehmen beendet seien."),
}
# ... told as hers, or a clause of the outlet's own joined by ", and", built
AND_THAT_KEPT = {
    "en-okafor-said": ("en", "Okafor said talks with the company were over.",
                       "Union leader Ada Okafor said the offer was final, and that talks with the company were over."),
    "fr-selon": ("fr", "Selon Ada Okafor, les négociations avec la direction sont terminées.",
                 "La dirigeante syndicale Ada Okafor a déclaré que l'offre était définitive, et que les négociations "
                 "avec la direction étaient terminées."),
    "en-outlets-own-clause": ("en", "The company published its accounts.",
                              "Union leader Ada Okafor said the offer was final, and the company published its "
                              "accounts."),
}

# (language, sentence, passage): an assurance told as fact, refused
ASSURANCE_AS_FACT = {
    "de-versichert": ("de", "Das Werk ist sicher.", "Der Minister versichert, das Werk sei sicher."),
    "de-versicherte-den-anwohnern": ("de", "Das Werk ist sicher.",
                                     "Der Minister versicherte den Anwohnern, das Werk sei sicher."),
    "de-versichert-dass": ("de", "Das Werk ist sicher.", "Der Minister versichert, dass das Werk sicher ist."),
    "de-beteuert": ("de", "Das Werk ist sicher.", "Der Minister beteuert, das Werk sei sicher."),
    "fr-assure-que": ("fr", "L'usine est sûre.", "Le ministre assure que l'usine est sûre."),
    "fr-a-assure-aux-habitants": ("fr", "L'usine est sûre.",
                                  "Le ministre a assuré aux habitants que l'usine était sûre."),
    "es-asegura": ("es", "La planta es segura.", "El ministro asegura que la planta es segura."),
    "en-assures": ("en", "The plant is safe.", "The minister assures residents the plant is safe."),
    "en-assured-that": ("en", "The plant is safe.", "The minister assured reporters that the plant was safe."),
}
# ... told as the speaker's word, or "assure"/"versichert" in another sense, built
ASSURANCE_KEPT = {
    "de-versichert-as-his": ("de", "Der Minister versichert, dass das Werk sicher ist.",
                             "Der Minister versichert, dass das Werk sicher ist."),
    "de-laut": ("de", "Laut dem Minister ist das Werk sicher.", "Der Minister versichert, das Werk sei sicher."),
    "de-insured": ("de", "Das Werk beschäftigt 300 Menschen.",
                   "Das Werk ist versichert, es beschäftigt 300 Menschen."),
    "fr-assure-as-his": ("fr", "Le ministre assure que l'usine est sûre.", "Le ministre assure que l'usine est sûre."),
    "fr-selon": ("fr", "Selon le ministre, l'usine est sûre.", "Le ministre assure que l'usine est sûre."),
    "fr-ensures": ("fr", "L'entreprise emploie 300 personnes.",
                   "L'entreprise assure la sécurité du site et emploie 300 personnes."),
    "en-said": ("en", "The minister said the plant is safe.",
                "The minister assured reporters that the plant was safe."),
    "en-assured-funding": ("en", "The plant has funding until 2030.", "The plant has assured funding until 2030."),
}


def _with_parties(language: str, sentence: str, passage: str) -> list[str]:
    read_as_project_locale(REPO, language)
    return sentence_findings(sentence, (passage,), language, PARTIES)


@pytest.mark.parametrize("case", sorted(NEGATION_DROPPED))
def test_a_clause_opened_by_nor_is_negated(case):
    language, sentence, passage = NEGATION_DROPPED[case]
    findings = found_in_language(language, sentence, passage)
    assert any(finding.startswith(DROPPED) for finding in findings), findings


@pytest.mark.parametrize("case", sorted(NEGATION_KEPT))
def test_its_honest_twin_builds(case):
    language, sentence, passage = NEGATION_KEPT[case]
    assert found_in_language(language, sentence, passage) == []


@pytest.mark.parametrize("case", sorted(FIRST_CLAUSE_DROPPED))
def test_the_first_clause_keeps_its_own_negation(case):
    language, sentence, passage = FIRST_CLAUSE_DROPPED[case]
    findings = found_in_language(language, sentence, passage)
    assert any(finding.startswith(DROPPED) for finding in findings), findings


@pytest.mark.parametrize("case", sorted(AND_THAT_AS_FACT))
def test_a_second_that_clause_stays_the_speakers_word(case):
    findings = _with_parties(*AND_THAT_AS_FACT[case])
    assert any(finding.startswith(PARTY_AS_FACT) for finding in findings), findings


@pytest.mark.parametrize("case", sorted(AND_THAT_KEPT))
def test_told_as_the_speakers_or_the_outlets_own_it_builds(case):
    assert _with_parties(*AND_THAT_KEPT[case]) == []


@pytest.mark.parametrize("case", sorted(ASSURANCE_AS_FACT))
def test_an_assurance_told_as_fact_is_refused(case):
    language, sentence, passage = ASSURANCE_AS_FACT[case]
    findings = found_in_language(language, sentence, passage)
    assert any(finding.startswith(WORD_AS_FACT) for finding in findings), findings


@pytest.mark.parametrize("case", sorted(ASSURANCE_KEPT))
def test_an_assurance_kept_as_the_speakers_builds(case):
    language, sentence, passage = ASSURANCE_KEPT[case]
    assert found_in_language(language, sentence, passage) == []
