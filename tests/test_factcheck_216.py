"""Misstatements that still built, each refused narrowly, with honest twins that must build:

1. A figure given to a speaker the passages never name: "The Alliance said the efficacy was 82%." citing "The company
   reported an efficacy of 82% ... The Agency's own analysis ... gives an efficacy of 68%" built, as estimate_owners.py
   refuses only a speaker the passages give figures of its own (explainer/figure_of_an_unnamed_speaker.py, called by
   according_to.py).
2. A part's suspension told as the whole's: "El Supremo ha suspendido el Real Decreto 212/2026." citing "El Tribunal
   Supremo ha suspendido de forma cautelar el artículo 4 del Real Decreto 212/2026" built (tests/fixtures/newuser_124);
   English and French alike (explainer/part_suspended_as_whole.py, called by legal_status.py).
3. A doubt told as a finding: "Le juge des référés a jugé l'autorisation illégale." citing "a estimé qu'il existait « un
   doute sérieux » sur la légalité de l'autorisation" built (newuser_125); English and Spanish alike
   (explainer/doubt_as_illegality.py, called by legal_status.py).
4. A suspension told as a revocation: "The authority has revoked the Corrow mine's discharge permit." citing "has
   suspended the discharge permit of the Corrow copper mine for 30 days" built (newuser_126); French "révoqué" alike
   (explainer/suspended_as_revoked.py, called by legal_status.py).
5. The dock strike (tests/fixtures/factcheck_204): a quote's `context` "Okafor on the government's offer of 4.5%."
   citing "Alder Terminals has offered 4.5%" (explainer/offer_givers.py, called by according_to.py); a caveat "Every
   figure here has been confirmed by both sides." citing the report's dateline (explainer/confirmed_caveats.py, read
   by plan.py's caveat check); a comparison row whose `measure` is "Pay rise agreed" over the union's demand of 9%
   and the operator's offer of 4.5% (explainer/agreed_figures.py, read by comparisons.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.attribution import Cited
from explainer.agreed_figures import agreed_not_given
from explainer.confirmed_caveats import confirmed_without_backing
from explainer.model import Party
from support import (checked_fixture_project, edit, error_lines, found_in_language, paragraph, read_as_project_locale,
                     sentence_findings)
import test_newuser_119 as vaccine
import test_newuser_124 as transfer
import test_newuser_125 as windfarm
import test_newuser_126 as river

STRIKE = REPO / "tests" / "fixtures" / "factcheck_204"
LEAD = paragraph(river.REPORT, "has suspended the discharge permit")
GAP = ("The Dockworkers' Union is demanding a pay rise of 9% this year. Alder Terminals has offered 4.5%, which it says "
       "is \"the most the business can bear\".")
DOCK_PARTIES = (Party(id="union", name="Dockworkers' Union"), Party(id="operator", name="Alder Terminals"))


def _in(language: str, found, *args) -> list[str]:
    """Return a test module's `found(*args)`, read with the built-in locale of `language`."""
    read_as_project_locale(REPO, language)
    return found(*args)


# 1. A figure given to a speaker the passages never name
@pytest.mark.parametrize("sentence", [
    "The Alliance said the efficacy was 82%.",
    "The Alliance said the vaccine's efficacy was 82%.",
    "The Alliance says the vaccine is 82% effective.",
    "The group claimed the efficacy was 82%.",
])
def test_a_figure_said_by_an_unnamed_speaker_is_refused(sentence: str):
    findings = _in("en", vaccine.found, sentence, vaccine.EFF)
    assert any("never name alliance" in finding for finding in findings), findings


@pytest.mark.parametrize("sentence", [
    "The company said the efficacy was 82%.",
    "Halden said the vaccine's efficacy was 82%.",
    "Halden says the vaccine is 82% effective.",
    "The Alliance said the company reported an efficacy of 82%.",
    "The Alliance said Halden's figure of 82% was too high.",
    "The Alliance said 82% was the company's figure.",
    "The Alliance said efficacy was 82% by the company's count.",
    "The Alliance noted that the company reported 82%.",
    "The Agency said the efficacy was 68%.",
    "According to Halden, the vaccine is 82% effective.",
])
def test_a_figure_said_by_its_giver_or_given_as_its_givers_builds(sentence: str):
    assert _in("en", vaccine.found, sentence, vaccine.EFF) == []


# 2. A part's suspension told as the whole's
PART = "suspend only a part of it"
EN_DECREE = "The court suspended article 4 of the decree on Monday. The rest of the decree remains in force."
FR_DECREE = "Le Conseil d'État a suspendu l'article 4 du décret lundi. Le reste du décret reste en vigueur."


@pytest.mark.parametrize("sentence", [
    "El Supremo ha suspendido el Real Decreto 212/2026.",
    "El Supremo ha suspendido el decreto.",
    "El Tribunal Supremo suspendió el Real Decreto 212/2026.",
])
def test_a_parts_suspension_told_as_the_wholes_is_refused(sentence: str):
    findings = _in("es", transfer.found, "AUTO", sentence)
    assert any(PART in finding for finding in findings), findings


@pytest.mark.parametrize("language, sentence, passage", [
    ("en", "The court suspended the decree.", EN_DECREE),
    ("en", "The decree was suspended by the court.", EN_DECREE),
    ("fr", "Le Conseil d'État a suspendu le décret.", FR_DECREE),
    ("fr", "Le décret a été suspendu lundi.", FR_DECREE),
])
def test_a_parts_suspension_told_as_the_wholes_is_refused_in_other_languages(language, sentence, passage):
    assert any(PART in finding for finding in found_in_language(language, sentence, passage))


@pytest.mark.parametrize("sentence", [
    "El Supremo ha suspendido el artículo 4 del Real Decreto 212/2026.",
    "El Supremo ha suspendido parcialmente el Real Decreto.",
    "El Supremo ha suspendido parte del Real Decreto 212/2026.",
    "El Supremo ha suspendido cautelarmente un artículo del decreto.",
    "El Supremo ha suspendido el recorte del trasvase.",
    "El Supremo ha suspendido la aplicación del artículo 4 del Real Decreto.",
    "El artículo 4 del Real Decreto ha sido suspendido.",
    "El Real Decreto ha sido suspendido en parte.",
    "El resto del decreto sigue en vigor tras la suspensión de su artículo 4.",
])
def test_a_parts_suspension_told_as_the_parts_builds(sentence: str):
    assert _in("es", transfer.found, "AUTO", sentence) == []


@pytest.mark.parametrize("language, sentence, passage", [
    ("en", "The court suspended article 4 of the decree.", EN_DECREE),
    ("en", "The court suspended part of the decree.", EN_DECREE),
    ("en", "The decree was partly suspended.", EN_DECREE),
    ("en", "Article 4 of the decree was suspended.", EN_DECREE),
    ("fr", "Le Conseil d'État a suspendu une partie du décret.", FR_DECREE),
    ("fr", "L'article 4 du décret a été suspendu.", FR_DECREE),
])
def test_a_parts_suspension_told_as_the_parts_builds_in_other_languages(language, sentence, passage):
    assert found_in_language(language, sentence, passage) == []


# 3. A doubt told as a finding
DOUBT = "only doubt the legality of"
EN_DOUBT = "The judge found a serious doubt as to the legality of the permit, without ruling on the merits."
ES_DOUBT = "El juez apreció serias dudas sobre la legalidad de la licencia, sin pronunciarse sobre el fondo."


@pytest.mark.parametrize("sentence", [
    "Le juge des référés a jugé l'autorisation illégale.",
    "Le juge des référés a estimé que l'autorisation était illégale.",
    "Le tribunal a jugé l'autorisation illégale.",
])
def test_a_doubt_told_as_a_finding_is_refused(sentence: str):
    findings = _in("fr", windfarm.found, "SUSP", sentence)
    assert any(DOUBT in finding for finding in findings), findings


@pytest.mark.parametrize("language, sentence, passage", [
    ("en", "The judge ruled the permit illegal.", EN_DOUBT),
    ("en", "The judge found the permit unlawful.", EN_DOUBT),
    ("es", "El juez declaró ilegal la licencia.", ES_DOUBT),
    ("es", "El juez consideró que la licencia era ilegal.", ES_DOUBT),
])
def test_a_doubt_told_as_a_finding_is_refused_in_other_languages(language, sentence, passage):
    assert any(DOUBT in finding for finding in found_in_language(language, sentence, passage))


@pytest.mark.parametrize("sentence", [
    "Le juge des référés a estimé qu'il existait un doute sérieux sur la légalité de l'autorisation.",
    "Le juge doute de la légalité de l'autorisation.",
    "Le juge n'a pas jugé l'autorisation illégale.",
    "Le juge n'a pas encore dit si l'autorisation était illégale.",
    "Selon le juge, l'autorisation pourrait être illégale.",
    "Le tribunal a suspendu l'autorisation sans la juger illégale.",
    "Le juge a relevé un doute sérieux quant à la légalité de l'autorisation.",
    "Le tribunal a suspendu l'arrêté préfectoral.",
])
def test_a_doubt_told_as_a_doubt_builds(sentence: str):
    assert _in("fr", windfarm.found, "SUSP", sentence) == []


@pytest.mark.parametrize("language, sentence, passage", [
    ("en", "The judge found a serious doubt about the legality of the permit.", EN_DOUBT),
    ("en", "The judge did not rule the permit illegal.", EN_DOUBT),
    ("en", "The judge has not decided whether the permit is illegal.", EN_DOUBT),
    ("en", "The permit could be illegal, the judge said.", EN_DOUBT),
    ("en", "The judge suspended the permit without finding it unlawful.", EN_DOUBT),
    ("es", "El juez no declaró ilegal la licencia.", ES_DOUBT),
    ("es", "La licencia podría ser ilegal, según el juez.", ES_DOUBT),
    ("es", "El juez duda de la legalidad de la licencia.", ES_DOUBT),
])
def test_a_doubt_told_as_a_doubt_builds_in_other_languages(language, sentence, passage):
    assert found_in_language(language, sentence, passage) == []


# 4. A suspension told as a revocation
REVOKED = "only suspend"
FR_PERMIT = "L'autorité a suspendu le permis de la mine pour 30 jours."


@pytest.mark.parametrize("sentence", [
    "The authority has revoked the Corrow mine's discharge permit.",
    "The authority has revoked the permit.",
    "The authority revoked the mine's discharge permit on Tuesday.",
])
def test_a_suspension_told_as_a_revocation_is_refused(sentence: str):
    read_as_project_locale(REPO, "en")
    findings = sentence_findings(sentence, (LEAD,), "en", river.PARTIES)
    assert any(REVOKED in finding for finding in findings), findings


def test_a_suspension_told_as_a_revocation_is_refused_in_french():
    findings = found_in_language("fr", "L'autorité a révoqué le permis de la mine.", FR_PERMIT)
    assert any(REVOKED in finding for finding in findings), findings


@pytest.mark.parametrize("sentence", [
    "The authority has suspended the permit for 30 days.",
    "The permit was suspended, not revoked.",
    "The authority suspended, rather than revoked, the permit.",
    "The authority stopped short of revoking the permit.",
    "The authority did not revoke the discharge permit.",
    "The authority could revoke the permit later.",
    "The authority has not yet revoked the mine's permit.",
    "The authority suspended the permit without revoking it.",
    "The permit has been suspended, but not revoked.",
])
def test_a_suspension_told_as_a_suspension_builds(sentence: str):
    read_as_project_locale(REPO, "en")
    assert sentence_findings(sentence, (LEAD,), "en", river.PARTIES) == []


@pytest.mark.parametrize("sentence", [
    "L'autorité a suspendu le permis de la mine pour 30 jours.",
    "L'autorité n'a pas révoqué le permis de la mine.",
    "L'autorité pourrait révoquer le permis de la mine.",
    "Le permis de la mine est suspendu, sans être révoqué.",
])
def test_a_suspension_told_as_a_suspension_builds_in_french(sentence: str):
    assert found_in_language("fr", sentence, FR_PERMIT) == []


# 5. The dock strike: an offer's giver in a quote's context, a caveat's confirmation, a row's agreement
@pytest.mark.parametrize("file, old, new, words", [
    ("quotes.yaml", "context: Okafor on the operator's offer of 4.5%.", "context: Okafor on the government's offer of 4.5%.",
     "quotes.yaml:7: `context`: this sentence gives an offer to 'government'"),
    ("caveats.yaml", "text: Every figure here comes from one wire report.",
     "text: Every figure here has been confirmed by both sides.", "caveats.yaml:3: `text`: calls the figures 'confirmed'"),
    ("comparisons.yaml", "measure: Pay rise sought or offered this year", "measure: Pay rise agreed",
     "comparisons.yaml:5: `measure`: 'Pay rise agreed' calls its figures 'agreed'"),
])
def test_the_dock_strikes_misstatements_are_refused_on_their_lines(tmp_path: Path, file, old, new, words):
    root = checked_fixture_project(STRIKE, tmp_path / "project")
    edit(root / "content" / "port-strike" / file, old, new)
    result = run_build(root, "check")
    assert result.code == 1 and any(line.startswith(f"content/port-strike/{words}") for line in error_lines(result)), (
        result.err)


@pytest.mark.parametrize("sentence", [
    "The government offered 4.5%.",
    "The government's offer of 4.5% was rejected.",
    "The mediator offered 4.5%.",
])
def test_an_offer_given_to_an_unnamed_body_is_refused(sentence: str):
    read_as_project_locale(REPO, "en")
    findings = sentence_findings(sentence, (GAP,), "en", DOCK_PARTIES)
    assert any("which its cited passages never name" in finding for finding in findings), findings


@pytest.mark.parametrize("sentence", [
    "Okafor on the operator's offer of 4.5%.",
    "Okafor on the 4.5% offer from Alder Terminals.",
    "The operator has offered 4.5%, against the union's demand of 9%.",
    "The union rejected the 4.5% offer.",
    "Alder Terminals offered 4.5%; the government has not commented.",
    "The state of the talks: 9% asked, 4.5% offered.",
])
def test_an_offer_given_to_its_maker_builds(sentence: str):
    read_as_project_locale(REPO, "en")
    assert sentence_findings(sentence, (GAP,), "en", DOCK_PARTIES) == []


def test_an_offer_given_to_a_body_the_passages_name_builds():
    read_as_project_locale(REPO, "en")
    passages = (GAP, "A government mediator, Paul Hennessy, has invited both sides to talks on Thursday.")
    assert sentence_findings("The government mediator will discuss the 4.5% offer with both sides on Thursday.",
                             passages, "en", DOCK_PARTIES) == []


DATELINE = [Cited("PORT ALDER, 3 March 2026")]


@pytest.mark.parametrize("caveat", [
    "Every figure here comes from one wire report.",
    "No figure here has been confirmed by both sides.",
    "The figures have not been independently verified.",
    "Neither side has confirmed the other's figures.",
    "The operator's figures could not be verified.",
    "Each side's figures are its own; none was confirmed independently.",
    "La stima non è stata verificata in modo indipendente.",
    "La crónica no ha podido verificar ninguna de las dos cifras.",
    "Unconfirmed figures are marked.",
    "Les chiffres n'ont pas été vérifiés de manière indépendante.",
])
def test_a_caveat_calling_no_figure_confirmed_builds(caveat: str):
    assert confirmed_without_backing(caveat, DATELINE) == ""


def test_a_caveat_calling_figures_confirmed_builds_where_a_passage_confirms_them():
    assert confirmed_without_backing("Every figure here has been confirmed by both sides.", DATELINE) == "confirmed"
    assert confirmed_without_backing("The ship count was confirmed by the port authority.",
                                     [Cited("The port authority confirmed 31 ships were waiting.")]) == ""


DEMAND_AND_OFFER = [Cited("The Dockworkers' Union is demanding a pay rise of 9% this year."),
                    Cited("Alder Terminals has offered 4.5%")]


@pytest.mark.parametrize("measure", [
    "Pay rise sought or offered this year",
    "Pay rise demanded or offered",
    "Pay rise not agreed",
    "Pay rise on the table",
    "Pay rise: no deal yet",
    "Pay rise proposed",
    "Subida salarial pedida u ofrecida",
    "Hausse salariale revendiquée ou proposée",
    "Pay rise in the agreed-upon year",
    "Deal value",
])
def test_a_measure_of_a_demand_and_an_offer_builds(measure: str):
    assert agreed_not_given(measure, DEMAND_AND_OFFER) == ("", "")


def test_a_measure_calling_figures_agreed_builds_where_a_passage_tells_the_agreement():
    assert agreed_not_given("Pay rise agreed", DEMAND_AND_OFFER) == ("agreed", "demanding")
    assert agreed_not_given("Pay rise agreed", [Cited("The union and the operator agreed a pay rise of 6%.")]) == ("", "")
