"""What a fact-checker found reading the trade dispute's briefing (tests/fixtures/newuser_100) against its wire
report, once more: the panel's ruling given to the appeals body, an empty appeals body told as full, a ruling held up
told as overturned, a span between two dated events reckoned wrong, talks with no date to resume told as due to, a
duty kept until the tariff is lifted told as lifted first, a hope told as a forecast, an estimate told as proven and
dissenters miscounted. Each is refused by a general rule, in other words, tenses and (where the module reads them)
French, Spanish and German, and its honest twin builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import sentence_findings
from test_newuser_100 import FIXTURE, edited_check, found

LEAD = ("A World Trade Organization dispute panel ruled on Tuesday that Norvania's tariffs on Kestrian steel breach two "
        "of the three trade rules Kestria had cited, but it rejected Kestria's claim that the tariffs were a disguised "
        "subsidy to Norvanian mills.")
APPEALS_BODY = ("Because the WTO's appeals body has had no members since 2019, an appeal would leave the ruling without "
                "effect for the time being.")
TARIFF = ("Norvania raised its tariff on Kestrian steel to 25 percent in March 2025, from 10 percent, saying that cheap "
          "imports threatened 14,000 jobs at its mills.")
DAIRY = ("Kestria answered in June 2025 with a 15 percent duty on Norvanian dairy products, worth about 640 million "
         "euros a year.")
TALKS = "Talks between the two governments broke off in August without a date to resume them."
REYES = ("Kestria's economy minister, Tomas Reyes, welcomed the ruling and said Kestria would keep its dairy duties "
         "until the steel tariff was lifted.")
SECURITY = ("The panel found that the steel tariff was not justified on grounds of national security, as Norvania had "
            "argued, and asked Norvania to bring the measure into line with its obligations. It did not set a deadline.")
COMMISSION = ("A spokesperson for the European Commission, which is not a party to the dispute, said it hoped the two "
              "sides would return to the table.")
ASSOCIATION = ("The Norvanian Dairy Farmers' Association estimates that the Kestrian duties have cost its members about "
               "120 million euros in lost sales.")
SPLIT = ("The panel's report runs to 212 pages; the three panellists were unanimous on the security defence and split "
         "two to one on the second breach.")


def outcome_of(findings: list[str], words: str) -> str:
    """Return "refused" where a finding holds `words`, "ok" where there is none, else the findings."""
    if not findings:
        return "ok"
    return "refused" if any(words in finding for finding in findings) else f"other: {findings}"


@pytest.mark.parametrize("sentence, outcome", [
    ("The WTO's appeals body ruled that Norvania's tariffs breach two trade rules.", "refused"),
    ("The WTO's Appellate Body has ruled that Norvania's tariffs breach two trade rules.", "refused"),
    ("A WTO appeals panel found that Norvania's tariffs breach two trade rules.", "refused"),
    ("A WTO tribunal ruled that Norvania's tariffs breach two trade rules.", "refused"),
    ("Norvania's tariffs breach two trade rules, the WTO's appeals body ruled.", "refused"),
    ("A WTO panel ruled that Norvania's tariffs breach two trade rules.", "ok"),
    ("A WTO dispute panel ruled on Tuesday that Norvania's tariffs breach two trade rules.", "ok"),
    ("A WTO body ruled that Norvania's tariffs breach two trade rules.", "ok"),
    ("The WTO ruled that Norvania's tariffs breach two trade rules.", "ok"),
])
def test_a_decision_given_to_another_body_is_refused(sentence: str, outcome: str):
    """The deciding body's noun, and whether it is an appeals body, must be the passage's."""
    assert outcome_of(found(sentence, LEAD), "gives the decision to") == outcome


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("en", "The European Court of Human Rights ruled that the ban breached the convention.",
     "A chamber of the European Court of Human Rights ruled on Tuesday that the ban breached the convention.", "refused"),
    ("en", "The Grand Chamber ruled that the ban breached the convention.",
     "A chamber of the European Court of Human Rights ruled on Tuesday that the ban breached the convention.", "refused"),
    ("en", "A chamber of the European Court of Human Rights ruled that the ban breached the convention.",
     "A chamber of the European Court of Human Rights ruled on Tuesday that the ban breached the convention.", "ok"),
    ("en", "The company's board approved the merger.",
     "The company's audit committee approved the merger on Monday.", "refused"),
    ("en", "The audit committee has approved the merger.",
     "The company's audit committee approved the merger on Monday.", "ok"),
    ("fr", "L'organe d'appel de l'OMC a statué mardi que les droits de douane de la Norvanie violent deux règles.",
     "Un groupe spécial de l'OMC a statué mardi que les droits de douane de la Norvanie violent deux règles.", "refused"),
    ("fr", "Un groupe spécial de l'OMC a statué mardi que les droits de douane de la Norvanie violent deux règles.",
     "Un groupe spécial de l'OMC a statué mardi que les droits de douane de la Norvanie violent deux règles.", "ok"),
    ("es", "El órgano de apelación de la OMC dictaminó el martes que los aranceles de Norvania violan dos normas.",
     "Un grupo especial de la OMC dictaminó el martes que los aranceles de Norvania violan dos normas.", "refused"),
    ("es", "Un grupo especial de la OMC dictaminó el martes que los aranceles de Norvania violan dos normas.",
     "Un grupo especial de la OMC dictaminó el martes que los aranceles de Norvania violan dos normas.", "ok"),
    ("de", "Das Berufungsgremium der WTO entschied am Dienstag, dass die Zölle Norvanias gegen zwei Regeln verstoßen.",
     "Ein Streitschlichtungspanel der WTO entschied am Dienstag, dass die Zölle Norvanias gegen zwei Regeln verstoßen.",
     "refused"),
    ("de", "Ein Panel der WTO entschied am Dienstag, dass die Zölle Norvanias gegen zwei Regeln verstoßen.",
     "Ein Streitschlichtungspanel der WTO entschied am Dienstag, dass die Zölle Norvanias gegen zwei Regeln verstoßen.",
     "ok"),
])
def test_bodies_are_kept_in_any_organisation_and_language(language: str, sentence: str, passage: str, outcome: str):
    assert outcome_of(sentence_findings(sentence, (passage,), language, ()), "gives the decision to") == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("The WTO's appeals body, full since 2019, cannot hear the appeal.", "refused"),
    ("The WTO's appeals body, which has had members since 2019, would leave the ruling without effect.", "refused"),
    ("The WTO's appeals body has been fully staffed since 2019.", "refused"),
    ("The WTO's appeals body, empty since 2019, cannot hear the appeal.", "ok"),
    ("The WTO's appeals body, without members since 2019, cannot hear the appeal.", "ok"),
    ("The WTO's appeals body has not been full since 2019.", "ok"),
])
def test_an_absence_told_as_presence_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, APPEALS_BODY), "say is without") == outcome


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "L'organe d'appel, au complet depuis 2019, ne peut pas examiner l'appel.",
     "Comme l'organe d'appel n'a plus de membres depuis 2019, un appel laisserait la décision sans effet.", "refused"),
    ("es", "El órgano de apelación, completo desde 2019, no puede examinar el recurso.",
     "Como el órgano de apelación no tiene miembros desde 2019, un recurso dejaría el fallo en suspenso.", "refused"),
    ("es", "El órgano de apelación, sin miembros desde 2019, no puede examinar el recurso.",
     "Como el órgano de apelación no tiene miembros desde 2019, un recurso dejaría el fallo en suspenso.", "ok"),
    ("de", "Das Berufungsgremium, seit 2019 voll besetzt, kann die Berufung nicht prüfen.",
     "Da das Berufungsgremium seit 2019 keine Mitglieder hat, würde eine Berufung das Urteil ohne Wirkung lassen.",
     "refused"),
    ("de", "Das Berufungsgremium, seit 2019 ohne Mitglieder, kann die Berufung nicht prüfen.",
     "Da das Berufungsgremium seit 2019 keine Mitglieder hat, würde eine Berufung das Urteil ohne Wirkung lassen.", "ok"),
])
def test_an_absence_is_kept_in_other_languages(language: str, sentence: str, passage: str, outcome: str):
    assert outcome_of(sentence_findings(sentence, (passage,), language, ()), "say is without") == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("An appeal would overturn the ruling.", "refused"),
    ("An appeal would annul the ruling.", "refused"),
    ("An appeal would set the ruling aside.", "refused"),
    ("Norvania's appeal could quash the ruling.", "refused"),
    ("An appeal would suspend the ruling.", "ok"),
    ("An appeal would put the ruling on hold for now.", "ok"),
    ("An appeal would leave the ruling without effect for the time being.", "ok"),
])
def test_a_ruling_held_up_told_as_undone_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, APPEALS_BODY), "only hold up") == outcome


@pytest.mark.parametrize("sentence", [
    "An appeal would leave the ruling without effect for good.",
    "An appeal would leave the ruling permanently without effect.",
])
def test_for_the_time_being_told_as_lasting_stays_refused(sentence: str):
    assert any("makes lasting" in finding for finding in found(sentence, APPEALS_BODY))


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Un appel annulerait la décision.",
     "Comme l'organe d'appel n'a plus de membres depuis 2019, un appel laisserait la décision sans effet pour "
     "l'instant.", "refused"),
    ("fr", "Un appel suspendrait la décision pour l'instant.",
     "Comme l'organe d'appel n'a plus de membres depuis 2019, un appel laisserait la décision sans effet pour "
     "l'instant.", "ok"),
    ("es", "Un recurso anularía el fallo.",
     "Como el órgano de apelación no tiene miembros desde 2019, un recurso dejaría el fallo en suspenso por ahora.",
     "refused"),
    ("de", "Eine Berufung würde das Urteil aufheben.",
     "Da das Berufungsgremium seit 2019 keine Mitglieder hat, würde eine Berufung das Urteil vorerst ohne Wirkung "
     "lassen.", "refused"),
])
def test_a_ruling_held_up_in_other_languages(language: str, sentence: str, passage: str, outcome: str):
    assert outcome_of(sentence_findings(sentence, (passage,), language, ()), "only hold up") == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("Norvania raised its tariff in March 2025, and Kestria answered a year later.", "refused"),
    ("Norvania raised its tariff in March 2025, and Kestria answered a month later.", "refused"),
    ("Kestria answered a year after Norvania raised its tariff.", "refused"),
    ("Norvania raised its tariff in March 2025; Kestria answered the following year.", "refused"),
    ("Norvania raised its tariff in March 2025, and Kestria answered months later.", "ok"),
    ("Norvania raised its tariff in March 2025, and Kestria answered a few months later.", "ok"),
    ("Norvania raised its tariff in March 2025, and Kestria answered in June 2025.", "ok"),
])
def test_a_span_between_two_dated_events_is_reckoned(sentence: str, outcome: str):
    assert outcome_of(found(sentence, TARIFF, DAIRY), "lie apart by no such span") == outcome


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Kestria a répondu un an plus tard.",
     "La Norvanie a relevé son droit de douane en mars 2025. La Kestria a répondu en juin 2025.", "refused"),
    ("es", "Kestria respondió un año después.",
     "Norvania subió su arancel en marzo de 2025. Kestria respondió en junio de 2025.", "refused"),
    ("es", "Kestria respondió meses después.",
     "Norvania subió su arancel en marzo de 2025. Kestria respondió en junio de 2025.", "ok"),
    ("de", "Kestria antwortete ein Jahr später.",
     "Norvania erhöhte seinen Zoll im März 2025. Kestria antwortete im Juni 2025.", "refused"),
    ("en", "The strike began in May 2024 and the union settled a year later.",
     "The strike began in May 2024. The union settled in June 2025.", "ok"),
])
def test_a_span_is_reckoned_in_other_languages_and_stories(language: str, sentence: str, passage: str, outcome: str):
    assert outcome_of(sentence_findings(sentence, (passage,), language, ()), "no such span") == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("Talks between the two governments are due to resume.", "refused"),
    ("Talks between the two governments will resume.", "refused"),
    ("Talks between the two governments are set to restart.", "refused"),
    ("Talks between the two governments broke off in August without a date to resume them.", "ok"),
    ("Talks between the two governments broke off in August, and no date has been set to resume them.", "ok"),
    ("The two governments hope talks will resume.", "ok"),
])
def test_no_date_set_told_as_scheduled_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, TALKS), "has no date") == outcome


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Les négociations doivent reprendre bientôt.",
     "Les négociations entre les deux gouvernements ont été rompues en août sans date de reprise.", "refused"),
    ("fr", "Les négociations ont été rompues sans date de reprise.",
     "Les négociations entre les deux gouvernements ont été rompues en août sans date de reprise.", "ok"),
    ("es", "Las negociaciones se reanudarán pronto.",
     "Las negociaciones entre los dos gobiernos se rompieron en agosto sin fecha para reanudarlas.", "refused"),
])
def test_no_date_set_in_other_languages(language: str, sentence: str, passage: str, outcome: str):
    assert outcome_of(sentence_findings(sentence, (passage,), language, ()), "has no date") == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("Reyes said Kestria would lift its dairy duties before the steel tariff was lifted.", "refused"),
    ("Reyes said Kestria would lift its dairy duties first.", "refused"),
    ("Reyes said Kestria would drop its dairy duties ahead of Norvania's tariff.", "refused"),
    ("Reyes said Kestria would keep its dairy duties after the steel tariff was lifted.", "refused"),
    ("Reyes said Kestria would keep its dairy duties until the steel tariff was lifted.", "ok"),
    ("Reyes said Kestria would lift its dairy duties once the steel tariff was lifted.", "ok"),
    ("Reyes said Kestria would lift its dairy duties only after the steel tariff was lifted.", "ok"),
])
def test_a_measure_kept_until_an_end_told_as_ended_first_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, REYES), "keep until then") == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("Reyes said Kestria would drop its dairy duties once the ruling takes effect.", "refused"),
    ("Reyes said Kestria would lift its dairy duties as soon as the panel's report is adopted.", "refused"),
    ("Reyes said Kestria would drop its dairy duties once Norvania lifts its steel tariff.", "ok"),
])
def test_a_measure_ended_at_another_event_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, REYES), "at another event") == outcome


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Kestria lèverait ses droits sur les produits laitiers avant la levée du droit sur l'acier.",
     "Kestria maintiendrait ses droits sur les produits laitiers jusqu'à la levée du droit sur l'acier.", "refused"),
    ("fr", "Kestria lèverait ses droits sur les produits laitiers après la levée du droit sur l'acier.",
     "Kestria maintiendrait ses droits sur les produits laitiers jusqu'à la levée du droit sur l'acier.", "ok"),
    ("es", "Kestria levantaría sus aranceles lácteos antes de que se levantara el arancel al acero.",
     "Kestria mantendría sus aranceles lácteos hasta que se levantara el arancel al acero.", "refused"),
])
def test_an_order_kept_in_other_languages(language: str, sentence: str, passage: str, outcome: str):
    assert outcome_of(sentence_findings(sentence, (passage,), language, ()), "keep until then") == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("The European Commission said the two sides would return to the table.", "refused"),
    ("The European Commission predicted that the two sides would return to the table.", "refused"),
    ("The European Commission, which is not a party to the dispute, expects the two sides to return to the table.",
     "refused"),
    ("The European Commission said it hoped the two sides would return to the table.", "ok"),
    ("The European Commission said it hopes the two sides will return to the table.", "ok"),
])
def test_a_hope_told_as_a_forecast_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, COMMISSION), "only as hoped for") == outcome


def test_a_hope_told_as_a_forecast_in_french_is_refused():
    findings = sentence_findings("La Commission a déclaré que les deux parties reviendraient à la table.",
                                 ("La Commission a dit qu'elle espérait que les deux parties reviendraient à la table "
                                  "des négociations.",), "fr", ())
    assert outcome_of(findings, "only as hoped for") == "refused"


@pytest.mark.parametrize("sentence, outcome", [
    ("The association proved that the duties cost its members about 120 million euros in lost sales.", "refused"),
    ("The association showed that the duties cost its members about 120 million euros in lost sales.", "refused"),
    ("The association estimates that the duties cost its members about 120 million euros in lost sales.", "ok"),
])
def test_an_estimate_told_as_proven_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, ASSOCIATION), "only 'estimates'") == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("Two panellists dissented on the second breach.", "refused"),
    ("Two of the three panellists dissented on the second breach.", "refused"),
    ("Two of the three panellists dissented on the security defence.", "refused"),
    ("One panellist dissented on the second breach.", "ok"),
])
def test_dissenters_are_kept_to_the_split_and_its_question(sentence: str, outcome: str):
    findings = found(sentence, SPLIT)
    assert (findings == []) == (outcome == "ok"), findings
    assert outcome == "ok" or any("dissented" in finding for finding in findings), findings


def test_as_kestria_had_argued_stays_refused():
    """The "as X had argued" aside given to the other party was refused before this change, and stays so."""
    sentence = ("The panel found that the steel tariff was not justified on grounds of national security, as Kestria "
                "had argued.")
    assert any("gives the words to Kestria" in finding for finding in found(sentence, SECURITY))
    assert found(sentence.replace("Kestria", "Norvania"), SECURITY) == []


@pytest.mark.parametrize("file, old, new, expected", [
    ("background.yaml", "      The panel found that the steel tariff", "      The WTO's appeals body found that the steel "
     "tariff", "background.yaml:16:"),
    ("briefing.yaml", "with the appeals body empty since 2019", "with the appeals body full since 2019",
     "briefing.yaml:5:"),
    ("briefing.yaml", "that would leave\n  the ruling without effect for now", "that would overturn\n  the ruling",
     "briefing.yaml:5:"),
    ("background.yaml", "Kestria\n      answered in June 2025 with", "Kestria\n      answered a year later with",
     "background.yaml:6:"),
    ("timeline.yaml", "what: Talks between the two governments break off, without a date to resume them.",
     "what: Talks between the two governments broke off and are due to resume.", "timeline.yaml:9:"),
    ("claims.yaml", "says: Kestria will keep its dairy duties until the steel tariff is lifted.",
     "says: Kestria will lift its dairy duties before the steel tariff is lifted.", "claims.yaml:13:"),
])
def test_the_misstatements_are_refused_on_their_line(tmp_path: Path, file: str, old: str, new: str, expected: str):
    result = edited_check(tmp_path, file, old, new)
    assert result.code == 1 and expected in result.err, result.err
