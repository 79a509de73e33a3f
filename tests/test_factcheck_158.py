"""A hundred-and-fifty-eighth fact-check: without, nor, and who spoke.

- "without X" is refused where a cited passage names X in a clause that denies, seeks or awaits nothing ("put the
  strike to a ballot of its members", "held a ballot"), and "after X"/"following X" gives X as had
  (explainer/with_without.py `_named_as_had`, `_AFTER`).
- A speaker named by name ("Union leader Ada Okafor said", "Okafor said") whom no cited passage names, where a passage
  gives the words to one it leaves unnamed ("A senior union official said", "Officials said", "according to
  officials", French "Un responsable syndical a déclaré", Spanish "Un dirigente sindical dijo", German "Ein
  Gewerkschaftsvertreter sagte"), is refused (explainer/unnamed_speakers.py `_name_given_to_the_unnamed`); a named
  speaker told as "a union official" builds.
- A short sentence ("Talks are over") restating a party's word by dropped_attribution's rule for one (every word of
  four letters or more of it, two at least) is that party's word told as fact (explainer/party_word.py
  `_short_sentence_party`).
- A "nor", "noch" or "ni" that opens a second thing denied, with no comma before it, is a clause of its own, itself
  its negation (explainer/paired_negations.py): "ni el gobierno puede ordenar ...", "neither accepted the offer nor
  rejected it", "hat weder verhandelt noch eingelenkt".
"""

from __future__ import annotations

import pytest

from conftest import REPO
from explainer.model import Party
from support import found_in_language, read_as_project_locale, sentence_findings

DROPPED = "this sentence drops the negation of its cited passage"
TURNED = "this sentence says '"
UNNAMED = "this sentence gives the words to"
PARTY_AS_FACT = "this sentence states as fact what its cited passages give only as the word of"

PARTIES = (Party(id="union", name="Norland Rail Workers' Union", short_name="Union", role="union of rail workers",
                 aliases=("the union", "NRWU", "Ada Okafor", "Okafor")),
           Party(id="operator", name="Norland Rail", short_name="Norland Rail", role="state rail operator",
                 aliases=("the operator", "the company")))

BALLOTED = "The union put the strike to a ballot of its members."
NO_BALLOT = "The union called the strike without a ballot."

# (sentence, passage): a thing had told as lacked, or lacked told as had, refused
HAD_TURNED = {
    "without-of-put-to-a-ballot": (NO_BALLOT, BALLOTED),
    "without-of-held-a-ballot": (NO_BALLOT, "The union held a ballot and called the strike."),
    "after-of-without": ("The union called the strike after a ballot.", NO_BALLOT),
    "following-of-without": ("The union called the strike following a ballot.", NO_BALLOT),
    "without-of-signed-an-agreement": ("The talks ended without an agreement.",
                                       "The talks ended and both sides signed an agreement."),
}
# ... and their honest twins, built
HAD_KEPT = {
    "without-of-without-of-members": (NO_BALLOT, "The union called the strike without a ballot of members."),
    "after-of-put-to-a-ballot": ("The union called the strike after a ballot.", BALLOTED),
    "without-of-called-for": (NO_BALLOT, "The union called for a ballot before the strike."),
    "without-of-did-not-hold": (NO_BALLOT, "The union did not hold a ballot before it called the strike."),
    "without-of-another-clause": (NO_BALLOT, "The union called the strike; members were angry about the ballot rules."),
    "without-of-sought": ("The talks ended without an agreement.", "The two sides sought an agreement in the talks."),
}

# (language, sentence, passage): a named speaker the passages leave unnamed, refused
NAMED_FOR_UNNAMED = {
    "en-union-leader": ("en", "Union leader Ada Okafor said talks were over.",
                        "A senior union official said talks were over."),
    "en-officials": ("en", "Okafor said the company would cut jobs.", "Officials said the company would cut jobs."),
    "en-said-a-senior-official": ("en", "Okafor said the company would cut jobs.",
                                  "The company would cut jobs, said a senior official."),
    "en-according-to-officials": ("en", "Okafor said the company would cut jobs.",
                                  "According to officials, the company would cut jobs."),
    "en-closing": ("en", "Talks were over, Okafor said.", "Talks were over, a union official said."),
    "fr-un-responsable": ("fr", "Ada Okafor a déclaré que les négociations étaient terminées.",
                          "Un responsable syndical a déclaré que les négociations étaient terminées."),
    "es-un-dirigente": ("es", "Ada Okafor dijo que las negociaciones habían terminado.",
                        "Un dirigente sindical dijo que las negociaciones habían terminado."),
    "de-ein-vertreter": ("de", "Ada Okafor sagte, die Gespräche seien beendet.",
                         "Ein Gewerkschaftsvertreter sagte, die Gespräche seien beendet."),
}
# ... and a named speaker told as unnamed (the reader loses only the name), or named as the source names her, built
NAMED_KEPT = {
    "en-an-official-of-okafor": ("en", "A union official said talks were over.",
                                 "Union leader Ada Okafor said talks were over."),
    "en-an-official-of-okafor-jobs": ("en", "An official said the company would cut jobs.",
                                      "Okafor said the company would cut jobs."),
    "en-okafor-of-okafor": ("en", "Okafor said talks were over.", "Union leader Ada Okafor said talks were over."),
    "en-unnamed-of-unnamed": ("en", "A senior union official said talks were over.",
                              "A senior union official said talks were over."),
    "en-named-elsewhere": ("en", "Okafor said talks were over.",
                           "A senior union official said talks were over, and Okafor agreed."),
}

# (sentence, passage): a short sentence told as fact of a party's word, refused
SHORT_AS_FACT = {
    "and-that": ("Talks are over.", "Okafor said the offer was final and that talks were over."),
    "said": ("Talks are over.", "Okafor said talks were over."),
}
# ... told as hers, or of a passage that states it outside any party's words, built
SHORT_KEPT = {
    "told-as-hers": ("Okafor said talks were over.", "Okafor said the offer was final and that talks were over."),
    "a-neutral-speaker": ("Talks are over.", "The mediator said talks were over."),
    "stated-as-fact-too": ("Talks are over.", "Talks were over. Okafor said talks were over."),
}

NI_ES = "El mediador no puede imponer un acuerdo ni el gobierno puede ordenar la vuelta al trabajo."
NI_FR = "Le médiateur ne peut imposer d'accord ni le gouvernement renvoyer les grévistes au travail."
NI_NI = "Ni el mediador ni el gobierno puede ordenar la vuelta al trabajo."
NEITHER = "The union neither accepted the offer nor rejected it."
WEDER = "Die Regierung hat weder verhandelt noch eingelenkt."
NI_LA = "El sindicato no aceptó la oferta ni la rechazó."
NI_ACCEPTE = "Le syndicat n'a ni accepté ni rejeté l'offre."

# (language, sentence, passage): a second thing denied told as done, refused
PAIR_DROPPED = {
    "es-ni-no-comma": ("es", "El gobierno puede ordenar la vuelta al trabajo.", NI_ES),
    "fr-ni-no-comma": ("fr", "Le gouvernement peut renvoyer les grévistes au travail.", NI_FR),
    "es-ni-ni-subjects": ("es", "El gobierno puede ordenar la vuelta al trabajo.", NI_NI),
    "es-ni-after-no-hay": ("es", "Hay luz en las casas.", "No hay agua en el barrio ni luz en las casas."),
    "en-neither-accepted-nor-rejected": ("en", "The union accepted the offer.", NEITHER),
    "en-will-neither-nor-strike": ("en", "The union will strike again.",
                                   "The union will neither accept the offer nor strike again."),
    "de-weder-noch-verbs": ("de", "Die Regierung hat eingelenkt.", WEDER),
    "de-weder-angenommen-noch-abgelehnt": ("de", "Die Gewerkschaft hat das Angebot angenommen.",
                                           "Die Gewerkschaft hat das Angebot weder angenommen noch abgelehnt."),
    "es-ni-la-rechazo": ("es", "El sindicato aceptó la oferta.", NI_LA),
    "fr-ni-accepte-ni-rejete": ("fr", "Le syndicat a accepté l'offre.", NI_ACCEPTE),
}
# ... the first thing denied still refused, and the other denial not backed by the first
PAIR_STILL_REFUSED = {
    "es-first-clause": ("es", "El mediador puede imponer un acuerdo.", NI_ES),
    "fr-first-clause": ("fr", "Le médiateur peut imposer un accord.", NI_FR),
    "en-rejected": ("en", "The union rejected the offer.", NEITHER),
    "de-first-verb": ("de", "Die Regierung hat verhandelt.", WEDER),
    "fr-rejete": ("fr", "Le syndicat a rejeté l'offre.", NI_ACCEPTE),
}
# ... and the honest restatements, built
PAIR_KEPT = {
    "es-ni-no-comma": ("es", "El gobierno no puede ordenar la vuelta al trabajo.", NI_ES),
    "fr-ni-no-comma": ("fr", "Le gouvernement ne peut pas renvoyer les grévistes au travail.", NI_FR),
    "es-ni-ni-subjects": ("es", "El gobierno no puede ordenar la vuelta al trabajo.", NI_NI),
    "en-will-not-strike": ("en", "The union will not strike again.",
                           "The union will neither accept the offer nor strike again."),
    "en-neither-confirmed-nor-denied": ("en", "The ministry did not confirm the report.",
                                        "The ministry neither confirmed nor denied the report."),
    "de-nicht-eingelenkt": ("de", "Die Regierung hat nicht eingelenkt.", WEDER),
    "de-nicht-verhandelt": ("de", "Die Regierung hat nicht verhandelt.", WEDER),
    "es-no-acepto": ("es", "El sindicato no aceptó la oferta.", NI_LA),
    "fr-n-a-pas-accepte": ("fr", "Le syndicat n'a pas accepté l'offre.", NI_ACCEPTE),
    "es-no-hay-agua": ("es", "No hay agua en el barrio.", "No hay agua en el barrio ni luz en las casas."),
    "es-ni-siquiera": ("es", "El sindicato no firmó el acuerdo.",
                       "El sindicato no firmó el acuerdo ni siquiera lo leyó."),
}


def _with_parties(language: str, sentence: str, passage: str) -> list[str]:
    read_as_project_locale(REPO, language)
    return sentence_findings(sentence, (passage,), language, PARTIES)


@pytest.mark.parametrize("case", sorted(HAD_TURNED))
def test_a_thing_had_told_as_lacked_is_refused(case):
    findings = found_in_language("en", *HAD_TURNED[case])
    assert any(finding.startswith(TURNED) for finding in findings), findings


@pytest.mark.parametrize("case", sorted(HAD_KEPT))
def test_a_thing_kept_as_had_or_lacked_builds(case):
    assert found_in_language("en", *HAD_KEPT[case]) == []


@pytest.mark.parametrize("case", sorted(NAMED_FOR_UNNAMED))
@pytest.mark.parametrize("with_parties", [False, True])
def test_a_name_given_to_an_unnamed_speaker_is_refused(case, with_parties):
    language, sentence, passage = NAMED_FOR_UNNAMED[case]
    findings = (_with_parties(language, sentence, passage) if with_parties
                else found_in_language(language, sentence, passage))
    assert any(finding.startswith(UNNAMED) for finding in findings), findings


def test_the_message_names_whom_the_source_gives_the_words():
    language, sentence, passage = NAMED_FOR_UNNAMED["en-union-leader"]
    assert found_in_language(language, sentence, passage) == [
        "this sentence gives the words to Union leader Ada Okafor, whom its cited passages do not name: they give "
        "them to 'A senior union official': \"Union leader Ada Okafor said talks were over.\""]


@pytest.mark.parametrize("case", sorted(NAMED_KEPT))
@pytest.mark.parametrize("with_parties", [False, True])
def test_an_unnamed_or_the_same_speaker_builds(case, with_parties):
    language, sentence, passage = NAMED_KEPT[case]
    findings = (_with_parties(language, sentence, passage) if with_parties
                else found_in_language(language, sentence, passage))
    assert findings == []


@pytest.mark.parametrize("case", sorted(SHORT_AS_FACT))
def test_a_short_sentence_of_a_partys_word_is_refused(case):
    findings = _with_parties("en", *SHORT_AS_FACT[case])
    assert any(finding.startswith(PARTY_AS_FACT) for finding in findings), findings


@pytest.mark.parametrize("case", sorted(SHORT_KEPT))
def test_a_short_sentence_told_as_hers_or_of_a_fact_builds(case):
    assert _with_parties("en", *SHORT_KEPT[case]) == []


@pytest.mark.parametrize("case", sorted(PAIR_DROPPED))
def test_a_second_thing_denied_is_negated(case):
    findings = found_in_language(*PAIR_DROPPED[case])
    assert any(finding.startswith(DROPPED) for finding in findings), findings


@pytest.mark.parametrize("case", sorted(PAIR_STILL_REFUSED))
def test_the_first_thing_denied_stays_refused(case):
    assert found_in_language(*PAIR_STILL_REFUSED[case]) != []


@pytest.mark.parametrize("case", sorted(PAIR_KEPT))
def test_the_honest_restatement_of_a_pair_builds(case):
    assert found_in_language(*PAIR_KEPT[case]) == []
