"""A fact-checker's misstatements of a court's act told as done where the source gives only a party's intent, request or
plan to go to court, in the stadium-lease briefing (tests/fixtures/newuser_90: "We will ask the court to quash a
decision ...", "would seek a judicial review") and in single sentences, each of which built.

Refused now, each on its line:
- a court acting where a passage only asks it to, plans to go to it or has filed a claim: "The court quashed the
  council's decision" citing "We will ask the court to quash a decision ..." (the two share one content word, and
  unsettled.py needs two), "A judge overturned ...", "The High Court struck down ...", "The court has set aside ...",
  "The council's decision was quashed", "The court ruled against the council" / "The court sided with the club" citing
  "The club will take the case to the High Court", "plans to appeal" or "has filed a claim" (court_recourse.py); in
  French, Spanish and German too ("Le tribunal a annulé la décision" citing "Nous demanderons au tribunal d'annuler
  ...", "El tribunal anuló ..." citing "pediremos al tribunal que anule ...", "Das Gericht hob ... auf" citing "Wir
  werden das Gericht bitten ...");
- a quote's context "Reacting to the ruling." (or "After the verdict.", "Following the judgment.", with a court named or
  without) where a cited passage only takes the case to court and none gives a ruling (unbacked_deeds.py reads a bare
  court's noun there, and "ask the court to quash" no longer backs it).
The honest twins build: the request or plan kept ("The club will ask the court to quash the decision."), the court's
act a passage gives ("The court quashed the decision on Monday", "the judge ruled ..."), the act negated or to come,
"Reacting to the ruling." of "plans to appeal" (an appeal comes after a ruling), and a context with no recourse cited
(newuser_77's "Reacting to the ruling." of a statement its other passages put after a ruling).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.court_recourse import going_to_court
from explainer.model import Party
from support import checked_fixture_project, findings_in_language, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_90"
FIRE = REPO / "tests" / "fixtures" / "newuser_92"
FOLDER = Path("content") / "stadium-lease"
PARTIES = (Party(id="club", name="Harlow City Football Club", short_name="Harlow City", role="side",
                 aliases=("the club",)),
           Party(id="council", name="Harlow Borough Council", short_name="the council", role="side",
                 aliases=("the council",)))
ASK = '"We will ask the court to quash a decision that was taken without proper consultation."'
REVIEW = "The club said on Wednesday that it would seek a judicial review of the decision."
FILE = "Lawyers for the club said they expected to file the claim for judicial review within the next two weeks."
TAKE = "The club will take the case to the High Court."
APPEAL = "The club plans to appeal."
FILED = "The club has filed a claim against the council."
QUASHED = "The court quashed the decision on Monday."
RULED = "The judge ruled that the council had failed to consult the club."
SUMMARY = "The club says it will seek a judicial review;\n  the council says it will defend its decision.[^review][^defend]"
CONTEXT = "Reacting to the cabinet's vote.[^review]"
COURT_ACT = "a court's act"


def found(sentence: str, *passages: str) -> list[str]:
    """Return the findings of an English sentence citing passages, of the stadium dispute's parties."""
    return sentence_findings(sentence, passages, "en", PARTIES, published="2026-11-19")


REFUSED = [
    pytest.param("The court quashed the council's decision.", (ASK,), "('court quashed')", id="court-quashed"),
    pytest.param("A judge quashed the council's decision.", (ASK,), "('judge quashed')", id="judge-quashed"),
    pytest.param("A judge overturned the council's decision.", (ASK,), "('judge overturned')", id="overturned"),
    pytest.param("The High Court struck down the council's decision.", (ASK,), "('Court struck down')",
                 id="struck-down"),
    pytest.param("A judge annulled the council's decision.", (ASK,), "('judge annulled')", id="annulled"),
    pytest.param("The court has set aside the council's decision.", (ASK,), "('court has set aside')",
                 id="has-set-aside"),
    pytest.param("The decision was quashed by the High Court.", (ASK,), "('was quashed by the High Court')",
                 id="passive-by-the-court"),
    pytest.param("The council's decision was quashed.", (ASK,), "('was quashed')", id="passive-no-court"),
    pytest.param("The court ruled against the council.", (TAKE,), "('take the case to the High Court')",
                 id="ruled-against-of-taking-the-case"),
    pytest.param("The court sided with the club.", (TAKE,), "('court sided with')", id="sided-with"),
    pytest.param("The court ruled against the council.", (APPEAL,), "('to appeal')", id="ruled-of-plans-to-appeal"),
    pytest.param("The court sided with the club.", (FILED,), "('filed a claim')", id="sided-of-a-claim-filed"),
    pytest.param("The tribunal threw out the council's defence.", (FILED,), "('tribunal threw out')",
                 id="threw-out"),
    pytest.param("The judge has ruled in the club's favour.", (FILE,), "('file the claim')", id="has-ruled"),
    pytest.param("The justices sided with the club, which had sued the council.", ("The club sued the council.",),
                 "('sued')", id="sued"),
    pytest.param("A judge awarded the club its costs.", (REVIEW,), "('seek a judicial review')",
                 id="awarded-of-a-review-sought"),
]


@pytest.mark.parametrize("sentence, passages, shown", REFUSED)
def test_a_courts_act_of_a_party_going_to_court_is_refused(sentence: str, passages: tuple, shown: str):
    messages = found(sentence, *passages)
    assert any(COURT_ACT in message and shown in message for message in messages), messages


@pytest.mark.parametrize("sentence, passage, message", [
    pytest.param("The court blocked the sale.", "The club said it will ask the court to block the sale.",
                 "only as asked of another ('ask the court to block')", id="blocked-restating-its-request"),
    pytest.param("The High Court ruled against the council.", "The club is heading for the High Court.",
                 "tells as reached ('The High Court ruled')", id="a-court-the-case-is-taken-to"),
    pytest.param("A judge ordered the council to pay the club's costs.", REVIEW, "gives an order ('ordered')",
                 id="an-order-given-by-no-passage"),
])
def test_a_courts_act_another_check_names_is_named_once(sentence: str, passage: str, message: str):
    """A court's act another check refuses already ("The court blocked the sale" of "will ask the court to block the
    sale", restating the passage: unsettled.py; a court the case is on its way to: next_stages.py; an order no
    passage gives: decisions.py) is named once, by that check, not again as a court's act."""
    messages = found(sentence, passage)
    assert len(messages) == 1 and message in messages[0], messages


BUILT = [
    pytest.param("The club will ask the court to quash the decision.", (ASK,), id="will-ask-kept"),
    pytest.param("The club said it would ask a court to quash the decision.", (ASK,), id="would-ask-kept"),
    pytest.param("The club has asked the court to quash the decision.",
                 ("The club has asked the court to quash the decision.",), id="has-asked-kept"),
    pytest.param("The court quashed the decision.", (QUASHED,), id="quashed-given"),
    pytest.param("The court quashed the decision.", (ASK, QUASHED), id="quashed-given-beside-the-request"),
    pytest.param("The judge ruled that the council had failed to consult the club.", (APPEAL, RULED),
                 id="ruled-given-beside-an-appeal"),
    pytest.param("The court has not yet ruled on the club's claim.", (FILED,), id="not-yet-ruled"),
    pytest.param("The club hopes the court will quash the decision.", (ASK,), id="will-quash-hoped"),
    pytest.param("The club wants a judge to quash the decision.", (ASK,), id="wants-a-judge-to"),
    pytest.param("The club is heading for the High Court.", (TAKE,), id="heading-for-court"),
    pytest.param("The club will take the case to the High Court.", (TAKE,), id="taking-the-case-kept"),
]


@pytest.mark.parametrize("sentence, passages", BUILT)
def test_the_honest_twin_builds(sentence: str, passages: tuple):
    assert found(sentence, *passages) == []


IN_LANGUAGES = [
    pytest.param("fr", "Le tribunal a annulé la décision.",
                 "« Nous demanderons au tribunal d'annuler la décision », a dit le club.", "('tribunal a annulé')",
                 id="fr-annule"),
    pytest.param("fr", "Le tribunal administratif a donné raison au club.",
                 "Le club va saisir le tribunal administratif.", "('saisir le tribunal')", id="fr-donne-raison"),
    pytest.param("fr", "La cour a cassé le jugement.", "Le club fera appel.", "('fera appel')", id="fr-casse"),
    pytest.param("es", "El tribunal anuló la decisión.",
                 "«Pediremos al tribunal que anule la decisión», dijo el club.", "('tribunal anuló')", id="es-anulo"),
    pytest.param("es", "El tribunal ha anulado la decisión.", "El club presentará un recurso contra la decisión.",
                 "('presentará un recurso')", id="es-ha-anulado"),
    pytest.param("es", "El juez dio la razón al club.", "El club recurrirá la decisión ante los tribunales.",
                 "('juez dio la razón')", id="es-dio-la-razon"),
    pytest.param("de", "Das Gericht hob die Entscheidung auf.",
                 "«Wir werden das Gericht bitten, die Entscheidung aufzuheben», sagte der Verein.", "('Gericht hob')",
                 id="de-hob-auf"),
    pytest.param("de", "Das Gericht hat die Entscheidung aufgehoben.", "Der Verein will Klage einreichen.",
                 "('Klage einreichen')", id="de-aufgehoben"),
    pytest.param("de", "Das Verwaltungsgericht kippte den Beschluss.", "Der Verein legte Berufung ein.",
                 "('Verwaltungsgericht kippte')", id="de-kippte"),
]


@pytest.mark.parametrize("language, sentence, passage, shown", IN_LANGUAGES)
def test_a_courts_act_of_a_party_going_to_court_is_refused_in_languages(language: str, sentence: str, passage: str,
                                                                          shown: str):
    messages = findings_in_language(language, sentence, passage)
    assert any(COURT_ACT in message and shown in message for message in messages), messages


BUILT_IN_LANGUAGES = [
    pytest.param("fr", "Le club demandera au tribunal d'annuler la décision.",
                 "« Nous demanderons au tribunal d'annuler la décision », a dit le club.", id="fr-demandera"),
    pytest.param("fr", "Le tribunal n'a pas annulé la décision.",
                 "« Nous demanderons au tribunal d'annuler la décision », a dit le club.", id="fr-n-a-pas-annule"),
    pytest.param("fr", "Le tribunal a annulé la décision.", "Le tribunal a annulé la décision lundi.",
                 id="fr-annule-given"),
    pytest.param("es", "El club pedirá al tribunal que anule la decisión.",
                 "«Pediremos al tribunal que anule la decisión», dijo el club.", id="es-pedira"),
    pytest.param("es", "El tribunal no anuló la decisión.",
                 "«Pediremos al tribunal que anule la decisión», dijo el club.", id="es-no-anulo"),
    pytest.param("es", "El tribunal anuló la decisión.", "El tribunal anuló la decisión el lunes.",
                 id="es-anulo-given"),
    pytest.param("de", "Der Verein will das Gericht bitten, die Entscheidung aufzuheben.",
                 "«Wir werden das Gericht bitten, die Entscheidung aufzuheben», sagte der Verein.", id="de-bitten"),
    pytest.param("de", "Das Gericht hat die Entscheidung nicht aufgehoben.", "Der Verein will Klage einreichen.",
                 id="de-nicht-aufgehoben"),
    pytest.param("de", "Das Gericht hob die Entscheidung auf.", "Das Gericht hob die Entscheidung am Montag auf.",
                 id="de-hob-given"),
]


@pytest.mark.parametrize("language, sentence, passage", BUILT_IN_LANGUAGES)
def test_the_honest_twin_builds_in_languages(language: str, sentence: str, passage: str):
    assert [message for message in findings_in_language(language, sentence, passage)
            if COURT_ACT in message] == []


CONTEXTS = [
    pytest.param("Reacting to the ruling.", (REVIEW,), "('ruling')", id="ruling-of-a-review-sought"),
    pytest.param("Reacting to the court's ruling.", (ASK,), "('ruling')", id="courts-ruling-of-a-request"),
    pytest.param("Reacting to the ruling.", (ASK,), "('ruling')", id="ruling-of-a-request"),
    pytest.param("After the verdict.", (FILE,), "('verdict')", id="verdict-of-a-claim-to-file"),
    pytest.param("Following the judgment.", (TAKE,), "('judgment')", id="judgment-of-a-case-to-take"),
    pytest.param("Following the High Court's judgment.", (TAKE,), "('judgment')", id="high-courts-judgment"),
]


@pytest.mark.parametrize("context, passages, shown", CONTEXTS)
def test_a_ruling_before_a_case_is_heard_is_refused(context: str, passages: tuple, shown: str):
    messages = found(context, *passages)
    assert any(f"tells a deed {shown}" in message for message in messages), messages


@pytest.mark.parametrize("context, passages", [
    pytest.param("Reacting to the ruling.", (REVIEW, RULED), id="ruling-given"),
    pytest.param("Reacting to the ruling.", (APPEAL,), id="ruling-of-an-appeal"),
    pytest.param("After the verdict.", ("The jury's verdict was read out on Monday.", FILED), id="verdict-given"),
    pytest.param("Reacting to the ruling.", ("Its chief executive, Tom Reyes, said the delay could add $200 million "
                                             "to the cost of the project.",), id="no-recourse-cited"),
])
def test_a_ruling_a_passage_gives_or_leaves_open_builds(context: str, passages: tuple):
    assert found(context, *passages) == []


def checked(tmp_path: Path, name: str, old: str, new: str, fixture: Path = FIXTURE, folder: Path = FOLDER):
    """Return `check`'s run of a fixture briefing with `old` replaced by `new` in one of its files."""
    desk = checked_fixture_project(fixture, tmp_path / "desk")
    path = desk / folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return run_build(desk, "check")


IN_THE_BRIEFING = [
    pytest.param("briefing.yaml", SUMMARY, SUMMARY + " The court quashed the council's decision.[^oyelaran]",
                 "briefing.yaml:6: `summary`: this sentence tells as done a court's act ('court quashed') where its "
                 "cited passages give only a party's recourse to a court ('ask the court to quash')", id="quashed"),
    pytest.param("briefing.yaml", SUMMARY, SUMMARY + " A judge has struck down the council's decision.[^oyelaran]",
                 "briefing.yaml:6: `summary`: this sentence tells as done a court's act ('judge has struck down')",
                 id="struck-down"),
    pytest.param("briefing.yaml", SUMMARY, SUMMARY + " The High Court sided with the club.[^review]",
                 "briefing.yaml:6: `summary`: this sentence tells as done a court's act ('Court sided with') where its "
                 "cited passages give only a party's recourse to a court ('seek a judicial review')", id="sided-with"),
    pytest.param("quotes.yaml", CONTEXT, "Reacting to the ruling.[^review]",
                 "quotes.yaml:8: `context`: this sentence tells a deed ('ruling') that no passage it cites gives",
                 id="context-ruling-no-court"),
    pytest.param("quotes.yaml", CONTEXT, "After the verdict.[^review]",
                 "quotes.yaml:8: `context`: this sentence tells a deed ('verdict')", id="context-verdict"),
    pytest.param("quotes.yaml", CONTEXT, "Following the judgment.[^review]",
                 "quotes.yaml:8: `context`: this sentence tells a deed ('judgment')", id="context-judgment"),
    pytest.param("quotes.yaml", CONTEXT, "Reacting to the court's ruling.[^oyelaran]",
                 "quotes.yaml:8: `context`: this sentence tells a deed ('ruling')", id="context-courts-ruling-of-ask"),
]


@pytest.mark.parametrize("name, old, new, error", IN_THE_BRIEFING)
def test_a_courts_act_is_refused_on_its_line(tmp_path: Path, name: str, old: str, new: str, error: str):
    result = checked(tmp_path, name, old, new)
    assert result.code == 1 and error in result.err, result.err


@pytest.mark.parametrize("name, old, new", [
    pytest.param("briefing.yaml", SUMMARY,
                 SUMMARY + " The club will ask the court to quash the council's decision.[^oyelaran]",
                 id="will-ask"),
    pytest.param("briefing.yaml", SUMMARY,
                 SUMMARY + " The club said it would ask a court to quash the decision.[^oyelaran]",
                 id="said-it-would-ask"),
    pytest.param("briefing.yaml", SUMMARY, SUMMARY + " A judge has not yet ruled on the claim.[^review]",
                 id="not-yet-ruled"),
    pytest.param("quotes.yaml", CONTEXT, "Reacting to the council's decision.[^review]", id="context-decision"),
])
def test_the_honest_twin_builds_in_the_briefing(tmp_path: Path, name: str, old: str, new: str):
    result = checked(tmp_path, name, old, new)
    assert result.code == 0, result.err


def test_only_a_party_going_to_court_is_read_as_recourse():
    """Of the stadium report's paragraphs, those taking the case to court are read as recourse (each one's first:
    "heading for the High Court", "seek a judicial review", then "ask the court to quash"; "file the claim"); of the
    fire reports (newuser_92), none is: a claim withdrawn, an inquiry widened and firefighters who "judged" a
    site safe take nothing to court."""
    stadium = [going_to_court(part) for part in (FIXTURE / "seeds" / "stadium.txt").read_text(
        encoding="utf-8").split("\n\n")]
    assert [found for found in stadium if found] == [
        "heading for the High Court", "seek a judicial review", "file the claim"], stadium
    fires = sorted((FIRE / "seeds").glob("*.txt"))
    assert len(fires) == 3
    assert [part for fire in fires for part in fire.read_text(encoding="utf-8").split("\n\n")
            if going_to_court(part)] == []
