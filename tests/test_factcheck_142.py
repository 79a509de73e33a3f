"""What a fact-checker found reading the trade dispute's briefing (tests/fixtures/newuser_100) against its wire report,
a third time: a duty moved to other goods or told as a ban, a call to bring a measure into line told as one to scrap
it, no deadline told as "immediately", an absence since 2019 told as a decade's, orders lost told as profits, a
minister's quote turned round, and a ruling held up told as the case's end. Each is refused by a general rule, in other
words, tenses and (where the module reads them) French, Spanish and German, and its honest twin builds; so do a span
the two dates bear out ("three months later") and a keeping until an event told as no lifting before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import sentence_findings
from test_factcheck_134 import APPEALS_BODY, DAIRY, REYES, SECURITY, TARIFF, outcome_of
from test_newuser_100 import edited_check, found

STEEL_LOSSES = ("Kestria's steelmakers say they have lost orders worth more than 300 million euros, a figure the "
                "Norvanian government disputes.")
STRAND = ("Norvania's trade minister, Elin Strand, said the government would appeal. \"This panel has misread what "
          "security means for a country that makes its own steel,\" she said at a news conference in Varsa.")


@pytest.mark.parametrize("sentence, outcome", [
    ("Kestria answered in June 2025 with a 15 percent duty on Norvanian cheese.", "refused"),
    ("Kestria answered in June 2025 with a 15 percent duty on Norvanian steel.", "refused"),
    ("Kestria has answered with a 15 percent tariff on Norvanian butter.", "refused"),
    ("Kestria answered in June 2025 with a 15 percent duty on Norvanian dairy products.", "ok"),
    ("Kestria answered in June 2025 with a 15 percent tariff on Norvanian dairy products.", "ok"),
    ("Kestria answered in June 2025 with a 15 percent duty on dairy products from Norvania.", "ok"),
])
def test_a_measure_applied_to_other_things_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, DAIRY), "applies a measure") == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("Kestria answered in June 2025 with a ban on Norvanian dairy products.", "refused"),
    ("Kestria answered in June 2025 with an embargo on Norvanian dairy products.", "refused"),
    ("Kestria will answer with a prohibition on Norvanian dairy products.", "refused"),
    ("Kestria answered in June 2025 with a levy on Norvanian dairy products.", "ok"),
])
def test_a_measure_of_another_kind_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, DAIRY), "another kind") == outcome


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("en", "The government imposed a freeze on rents in the capital.",
     "The government imposed a cap on rents in the capital, limiting rises to 2 percent a year.", "refused"),
    ("en", "The government imposed a ceiling on rents in the capital.",
     "The government imposed a cap on rents in the capital, limiting rises to 2 percent a year.", "ok"),
    ("fr", "Le Kestria a répondu par une interdiction sur les produits laitiers.",
     "Le Kestria a répondu par un droit de douane de 15 % sur les produits laitiers norvaniens.", "refused"),
    ("fr", "Le Kestria a répondu par une taxe sur les fromages.",
     "Le Kestria a répondu par un droit de douane de 15 % sur les produits laitiers norvaniens.", "refused"),
    ("fr", "Le Kestria a répondu par une taxe sur les produits laitiers norvaniens.",
     "Le Kestria a répondu par un droit de douane de 15 % sur les produits laitiers norvaniens.", "ok"),
    ("es", "Kestria respondió con una prohibición a los productos lácteos.",
     "Kestria respondió con un arancel del 15 % a los productos lácteos de Norvania.", "refused"),
    ("es", "Kestria respondió con un impuesto a los productos lácteos.",
     "Kestria respondió con un arancel del 15 % a los productos lácteos de Norvania.", "ok"),
    ("de", "Kestria antwortete mit einem Verbot auf Milchprodukte.",
     "Kestria antwortete mit einem Zoll von 15 Prozent auf Milchprodukte aus Norvania.", "refused"),
    ("de", "Kestria antwortete mit einer Abgabe auf Milchprodukte.",
     "Kestria antwortete mit einem Zoll von 15 Prozent auf Milchprodukte aus Norvania.", "ok"),
])
def test_measures_are_kept_in_other_stories_and_languages(language: str, sentence: str, passage: str, outcome: str):
    findings = sentence_findings(sentence, (passage,), language, ())
    assert outcome_of(findings, "measure") == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("The panel asked Norvania to scrap the measure.", "refused"),
    ("The panel has asked Norvania to withdraw the measure.", "refused"),
    ("The panel told Norvania to lift the measure.", "refused"),
    ("The panel asked Norvania to repeal the measure in line with its obligations.", "refused"),
    ("The panel asked Norvania to bring the measure into line with its obligations.", "ok"),
    ("The panel asked Norvania to bring the measure into compliance.", "ok"),
    ("The panel asked Norvania to bring the measure into line with its obligations rather than scrap it.", "ok"),
    ("The panel asked Norvania to amend the measure.", "ok"),
])
def test_a_call_to_comply_told_as_one_to_end_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, SECURITY), "only ask to be brought into line") == outcome


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Le groupe spécial a demandé à la Norvanie de supprimer la mesure.",
     "Le groupe spécial a demandé à la Norvanie de mettre la mesure en conformité avec ses obligations.", "refused"),
    ("fr", "Le groupe spécial a demandé à la Norvanie de mettre la mesure en conformité.",
     "Le groupe spécial a demandé à la Norvanie de mettre la mesure en conformité avec ses obligations.", "ok"),
    ("es", "El grupo especial pidió a Norvania que eliminara la medida.",
     "El grupo especial pidió a Norvania que pusiera la medida en conformidad con sus obligaciones.", "refused"),
    ("de", "Das Panel forderte Norvania auf, die Maßnahme abzuschaffen.",
     "Das Panel forderte Norvania auf, die Maßnahme mit seinen Pflichten in Einklang zu bringen.", "refused"),
])
def test_a_call_to_comply_in_other_languages(language: str, sentence: str, passage: str, outcome: str):
    findings = sentence_findings(sentence, (passage,), language, ())
    assert outcome_of(findings, "only ask to be brought into line") == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("The panel asked Norvania to bring the measure into line with its obligations immediately.", "refused"),
    ("The panel asked Norvania to bring the measure into line with its obligations at once.", "refused"),
    ("The panel asked Norvania to bring the measure into line with its obligations without delay.", "refused"),
    ("The panel ordered Norvania to bring the measure into line with its obligations forthwith.", "refused"),
    ("The panel asked Norvania to bring the measure into line with its obligations, without setting a deadline.",
     "ok"),
])
def test_no_deadline_told_as_at_once_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, SECURITY), "gives a time limit") == outcome


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "Le groupe spécial a demandé à la Norvanie de se conformer immédiatement à ses obligations.",
     "Le groupe spécial a demandé à la Norvanie de se conformer à ses obligations, sans fixer de délai."),
    ("es", "El grupo especial pidió a Norvania que cumpliera de inmediato sus obligaciones.",
     "El grupo especial pidió a Norvania que cumpliera sus obligaciones, sin fijar un plazo."),
    ("de", "Das Panel forderte Norvania auf, seine Pflichten sofort zu erfüllen.",
     "Das Panel forderte Norvania auf, seine Pflichten zu erfüllen, ohne eine Frist zu setzen."),
])
def test_at_once_is_read_in_other_languages(language: str, sentence: str, passage: str):
    findings = sentence_findings(sentence, (passage,), language, ())
    assert outcome_of(findings, "gives a time limit") == "refused"


@pytest.mark.parametrize("sentence, outcome", [
    ("The appeals body has had no members for a decade.", "refused"),
    ("The WTO's appeals body has been empty for more than a decade.", "refused"),
    ("The appeals body has had no members for decades.", "refused"),
    ("The appeals body has had no members for seven years.", "ok"),
    ("The appeals body has had no members for six years.", "ok"),
    ("The appeals body has had no members for years.", "ok"),
])
def test_a_span_longer_than_its_since_allows_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, APPEALS_BODY), "spans at most") == outcome


@pytest.mark.parametrize("sentence", [
    "The appeals body has had no members for seven years.",
    "Norvania raised its tariff in March 2025, and Kestria answered three months later.",
    "Kestria answered three months later.",
])
def test_a_span_the_dates_bear_out_builds(sentence: str):
    assert found(sentence, TARIFF, DAIRY, APPEALS_BODY) == []


@pytest.mark.parametrize("sentence, words", [
    ("Kestria answered six months later.", 'figure "six"'),
    ("Kestria answered a year later.", "no such span"),
    ("The appeals body has had no members for five years.", 'figure "five"'),
])
def test_a_span_the_dates_do_not_bear_out_stays_refused(sentence: str, words: str):
    assert outcome_of(found(sentence, TARIFF, DAIRY, APPEALS_BODY), words) == "refused"


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "L'organe d'appel n'a plus de membres depuis dix ans.",
     "L'organe d'appel n'a plus de membres depuis 2019.", "refused"),
    ("es", "El órgano de apelación no tiene miembros desde hace una década.",
     "El órgano de apelación no tiene miembros desde 2019.", "refused"),
    ("de", "Das Berufungsgremium hat seit einem Jahrzehnt keine Mitglieder.",
     "Das Berufungsgremium hat seit 2019 keine Mitglieder.", "refused"),
])
def test_a_since_span_in_other_languages(language: str, sentence: str, passage: str, outcome: str):
    findings = sentence_findings(sentence, (passage,), language, (), published="2026-10-14")
    assert outcome_of(findings, "spans at most") == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("Kestria's steelmakers say they have lost profits of more than 300 million euros.", "refused"),
    ("Kestria's steelmakers say they have lost sales of more than 300 million euros.", "refused"),
    ("Kestria's steelmakers say their lost earnings exceed 300 million euros.", "refused"),
    ("Kestria's steelmakers say they have lost orders worth more than 300 million euros.", "ok"),
    ("Kestria's steelmakers say they have lost contracts worth more than 300 million euros.", "ok"),
])
def test_a_loss_of_another_kind_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, STEEL_LOSSES), "a loss of another kind") == outcome


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Les aciéristes disent avoir perdu des bénéfices de plus de 300 millions d'euros.",
     "Les aciéristes disent avoir perdu des commandes de plus de 300 millions d'euros.", "refused"),
    ("es", "Las acerías dicen haber perdido beneficios por más de 300 millones de euros.",
     "Las acerías dicen haber perdido pedidos por más de 300 millones de euros.", "refused"),
    ("es", "Las acerías dicen haber perdido contratos por más de 300 millones de euros.",
     "Las acerías dicen haber perdido pedidos por más de 300 millones de euros.", "ok"),
    ("de", "Die Stahlwerke sagen, sie hätten Gewinne von mehr als 300 Millionen Euro verloren.",
     "Die Stahlwerke sagen, sie hätten Aufträge von mehr als 300 Millionen Euro verloren.", "refused"),
])
def test_a_loss_of_another_kind_in_other_languages(language: str, sentence: str, passage: str, outcome: str):
    findings = sentence_findings(sentence, (passage,), language, ())
    assert outcome_of(findings, "a loss of another kind") == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("Strand said the panel had misread what security means for a country that imports its steel.", "refused"),
    ("Strand said the panel has misread what security means for a country that imports its own steel.", "refused"),
    ("Strand said the panel had misread what security means for a country that makes its own steel.", "ok"),
    ("Strand said the panel had misread what security means for a country that produces its own steel.", "ok"),
])
def test_a_quotes_paraphrase_turned_round_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, STRAND), "'imports'") == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("The appeals body has had no members since 2019, so an appeal would end the case.", "refused"),
    ("The appeals body has had no members since 2019, so an appeal would settle the dispute.", "refused"),
    ("Because the appeals body has had no members since 2019, an appeal would put an end to the case.", "refused"),
    ("The appeals body has had no members since 2019, so an appeal would leave the ruling without effect for now.",
     "ok"),
    ("The appeals body has had no members since 2019, so an appeal would not end the case.", "ok"),
])
def test_a_ruling_held_up_told_as_the_cases_end_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, APPEALS_BODY), "only hold up") == outcome


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "Un appel mettrait fin à l'affaire.",
     "Comme l'organe d'appel n'a plus de membres depuis 2019, un appel laisserait l'affaire sans effet pour l'instant."),
    ("es", "Un recurso pondría fin al caso.",
     "Como el órgano de apelación no tiene miembros desde 2019, un recurso dejaría el caso en suspenso por ahora."),
])
def test_the_cases_end_in_other_languages(language: str, sentence: str, passage: str):
    findings = sentence_findings(sentence, (passage,), language, ())
    assert outcome_of(findings, "only hold up") == "refused"


@pytest.mark.parametrize("sentence, outcome", [
    ("Reyes said Kestria would not lift its dairy duties before the steel tariff was lifted.", "ok"),
    ("Reyes said Kestria would not lift its dairy duties until the steel tariff was lifted.", "ok"),
    ("Reyes said Kestria would not keep its dairy duties until the steel tariff was lifted.", "refused"),
    ("Reyes said Kestria would not lift its dairy duties after the steel tariff was lifted.", "refused"),
    ("Reyes said Kestria would lift its dairy duties before the steel tariff was lifted.", "refused"),
])
def test_keeping_until_told_as_no_lifting_before_builds(sentence: str, outcome: str):
    findings = found(sentence, REYES)
    assert (findings == []) == (outcome == "ok"), findings


@pytest.mark.parametrize("file, old, new, expected", [
    ("background.yaml", "15 percent duty on Norvanian dairy products, worth about\n",
     "15 percent duty on Norvanian cheese, worth about\n", "background.yaml:6:"),
    ("background.yaml", "with a 15 percent duty on Norvanian dairy products, worth about\n",
     "with a ban on Norvanian dairy products, worth about\n", "background.yaml:6:"),
    ("background.yaml", "and asked Norvania to bring the measure into line\n      with its obligations, without setting "
     "a deadline", "and asked Norvania to scrap the measure", "background.yaml:16:"),
    ("background.yaml", "with its obligations, without setting a deadline", "with its obligations immediately",
     "background.yaml:16:"),
    ("briefing.yaml", "with the appeals body empty since 2019", "with the appeals body empty for a decade",
     "briefing.yaml:5:"),
    ("claims.yaml", "says: They have lost orders worth more than 300 million euros.",
     "says: They have lost profits of more than 300 million euros.", "claims.yaml:"),
    ("briefing.yaml", "that would leave\n  the ruling without effect for now", "that would end\n  the case",
     "briefing.yaml:5:"),
])
def test_the_misstatements_are_refused_on_their_line(tmp_path: Path, file: str, old: str, new: str, expected: str):
    result = edited_check(tmp_path, file, old, new)
    assert result.code == 1 and expected in result.err, result.err


@pytest.mark.parametrize("file, old, new", [
    ("background.yaml", "Kestria\n      answered in June 2025 with", "Kestria\n      answered three months later with"),
    ("background.yaml", "15 percent duty on Norvanian dairy products, worth about\n",
     "15 percent tariff on Norvanian dairy products, worth about\n"),
    ("claims.yaml", "says: Kestria will keep its dairy duties until the steel tariff is lifted.",
     "says: Kestria will not lift its dairy duties before the steel tariff is lifted."),
])
def test_the_honest_twins_build(tmp_path: Path, file: str, old: str, new: str):
    result = edited_check(tmp_path, file, old, new)
    assert result.code == 0, result.err
