"""What a fact-checker found reading the trade dispute's briefing (tests/fixtures/newuser_100) against its wire report
once more, and small sources of other stories: a minister's quote paraphrased into its opposite ("buys its steel
abroad" of "makes its own steel"), talks broken off with no date to resume told as postponed, an absence since 2019
given in years the dates allow ("for the past seven years", "nearly eight years") refused, a word given to two sides
of which only one used it, a party's insistence told as fact, anonymous sources' claim told as fact, and an undertaking
to raise a matter told as done in other words. Each is refused by a general rule, in other words, tenses and (where the
module reads them) French, Spanish and German, and its honest twin builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project, findings_in_language, sentence_findings, sides_and_firms
from test_factcheck_134 import APPEALS_BODY, TALKS, outcome_of
from test_factcheck_142 import STRAND
from test_newuser_100 import FIXTURE, PARTIES, edited_check, found


def found_in(published: str, sentence: str, *passages: str) -> list[str]:
    """Return the findings of a sentence citing passages of the dispute's wire report, published that day."""
    return sentence_findings(sentence, passages, "en", PARTIES, published=published)


def other_story(sentence: str, *passages: str, language: str = "en") -> list[str]:
    """Return the findings of a sentence citing small one-file sources of a story of two sides at odds."""
    return sentence_findings(sentence, passages, language, sides_and_firms(), published="2026-11-18")


# 1. A quote's paraphrase turned to its opposite: bought in for made at home
@pytest.mark.parametrize("sentence, outcome", [
    ("Strand said the panel had misread what security means for a country that buys its steel abroad.", "refused"),
    ("Strand said the panel had misread what security means for a country that buys its steel.", "refused"),
    ("Strand says the panel misread what security means for a country that purchases its steel abroad.", "refused"),
    ("Strand said the panel had misread what security means for a country that bought its steel.", "refused"),
    ("Strand said the panel had misread what security means for a country that makes its own steel.", "ok"),
    ("Strand said the panel had misread what security means for a country that produces its own steel.", "ok"),
    ("Strand said the panel misunderstood what security means for a steel-making country.", "ok"),
])
def test_a_quotes_paraphrase_buying_for_making_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, STRAND), "where its cited passages say") == outcome


FR_STRAND = ("« Ce groupe spécial a mal compris ce que la sécurité signifie pour un pays qui fabrique son propre acier », "
             "a-t-elle dit.")
ES_STRAND = "«Este grupo ha malinterpretado lo que significa la seguridad para un país que fabrica su propio acero», dijo."
DE_STRAND = ("„Dieses Panel hat verkannt, was Sicherheit für ein Land bedeutet, das seinen eigenen Stahl herstellt“, "
             "sagte sie.")


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Strand dit que le groupe spécial a mal compris ce que la sécurité signifie pour un pays qui achète son "
           "acier.", FR_STRAND, "refused"),
    ("fr", "Strand dit que le groupe spécial a mal compris ce que la sécurité signifie pour un pays qui fabrique son "
           "acier.", FR_STRAND, "ok"),
    ("es", "Strand dijo que el grupo había malinterpretado lo que significa la seguridad para un país que compra su "
           "acero.", ES_STRAND, "refused"),
    ("es", "Strand dijo que el grupo había malinterpretado lo que significa la seguridad para un país que fabrica su "
           "acero.", ES_STRAND, "ok"),
    ("de", "Strand sagte, das Panel habe verkannt, was Sicherheit für ein Land bedeute, das seinen Stahl kauft.",
     DE_STRAND, "refused"),
    ("de", "Strand sagte, das Panel habe verkannt, was Sicherheit für ein Land bedeute, das seinen Stahl herstellt.",
     DE_STRAND, "ok"),
])
def test_buying_for_making_in_other_languages(language: str, sentence: str, passage: str, outcome: str):
    findings = sentence_findings(sentence, (passage,), language, ())
    assert outcome_of(findings, "where its cited passages say") == outcome


# 2. No date to resume told as put off to a later one
PUT_OFF = "has no date"


@pytest.mark.parametrize("sentence, outcome", [
    ("Talks between the two governments have been postponed.", "refused"),
    ("Talks between the two governments were adjourned in August.", "refused"),
    ("Talks between the two governments have been delayed.", "refused"),
    ("The talks were put off in August.", "refused"),
    ("The talks were deferred.", "refused"),
    ("The governments postponed the talks.", "refused"),
    ("Talks between the two governments broke off in August.", "ok"),
    ("Talks between the two governments were suspended in August.", "ok"),
    ("Talks broke off in August without a date to resume them.", "ok"),
    ("Talks have stalled.", "ok"),
])
def test_no_date_to_resume_told_as_postponed_is_refused(sentence: str, outcome: str):
    assert outcome_of(found(sentence, TALKS), PUT_OFF) == outcome


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Les négociations ont été reportées.",
     "Les négociations entre les deux gouvernements ont été rompues en août sans date de reprise.", "refused"),
    ("fr", "Les négociations ont été reportées sine die.",
     "Les négociations entre les deux gouvernements ont été rompues en août sans date de reprise.", "ok"),
    ("es", "Las negociaciones fueron aplazadas.",
     "Las negociaciones entre los dos gobiernos se rompieron en agosto sin fecha para reanudarlas.", "refused"),
    ("es", "Las negociaciones se rompieron sin fecha para reanudarlas.",
     "Las negociaciones entre los dos gobiernos se rompieron en agosto sin fecha para reanudarlas.", "ok"),
    ("de", "Die Gespräche wurden vertagt.", "Die Gespräche zwischen den beiden Regierungen wurden im August ohne Termin "
                                            "für die Wiederaufnahme abgebrochen.", "refused"),
    ("de", "Die Gespräche wurden auf unbestimmte Zeit vertagt.", "Die Gespräche zwischen den beiden Regierungen wurden "
                                                                 "im August ohne Termin für die Wiederaufnahme "
                                                                 "abgebrochen.", "ok"),
])
def test_postponed_in_other_languages(language: str, sentence: str, passage: str, outcome: str):
    assert outcome_of(sentence_findings(sentence, (passage,), language, ()), PUT_OFF) == outcome


# 3. An absence "since 2019" given in the years the report's date allows
@pytest.mark.parametrize("published, sentence", [
    ("2026-10-14", "The appeals body has had no members for the past seven years."),
    ("2026-10-14", "The appeals body has had no members for the last six years."),
    ("2026-10-14", "The appeals body has had no members for nearly eight years."),
    ("2026-10-14", "The appeals body has had no members for almost eight years."),
    ("2026-10-14", "The appeals body has had no members for about seven years."),
    ("2026-10-14", "The appeals body has been empty for seven straight years."),
    ("2026-10-14", "The appeals body has had no members for seven years."),
    ("2027-03-01", "The appeals body has had no members for eight years."),
    ("2027-03-01", "The appeals body has had no members for the last eight years."),
    ("2027-03-01", "The appeals body has had no members for more than eight years."),
])
def test_a_span_the_dates_allow_builds(published: str, sentence: str):
    assert found_in(published, sentence, APPEALS_BODY) == []


@pytest.mark.parametrize("published, sentence, words", [
    ("2026-10-14", "The appeals body has had no members for a decade.", "spans at most"),
    ("2026-10-14", "The appeals body has had no members for the past decade.", "spans at most"),
    ("2026-10-14", "The appeals body has had no members for nearly a decade.", "spans at most"),
    ("2026-10-14", "The appeals body has had no members for eight years.", 'figure "eight"'),
    ("2026-10-14", "The appeals body has had no members for the past eight years.", 'figure "eight"'),
    ("2026-10-14", "The appeals body has had no members for nearly nine years.", 'figure "nine"'),
    ("2026-10-14", "The appeals body has had no members for more than eight years.", 'figure "eight"'),
    ("2026-10-14", "The appeals body has had no members for five years.", 'figure "five"'),
    ("2027-03-01", "The appeals body has had no members for a decade.", "spans at most"),
    ("2027-03-01", "The appeals body has had no members for six years.", 'figure "six"'),
])
def test_a_span_the_dates_do_not_allow_stays_refused(published: str, sentence: str, words: str):
    assert outcome_of(found_in(published, sentence, APPEALS_BODY), words) == "refused"


FR_BODY = "Comme l'organe d'appel n'a plus de membres depuis 2019, un appel laisserait la décision sans effet."
ES_BODY = "Como el órgano de apelación no tiene miembros desde 2019, un recurso dejaría el fallo en suspenso."
DE_BODY = "Da das Berufungsgremium seit 2019 keine Mitglieder hat, würde eine Berufung das Urteil ohne Wirkung lassen."


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "L'organe d'appel n'a plus de membres depuis près de huit ans.", FR_BODY, "ok"),
    ("fr", "L'organe d'appel n'a plus de membres depuis près de neuf ans.", FR_BODY, "refused"),
    ("es", "El órgano de apelación no tiene miembros desde hace casi ocho años.", ES_BODY, "ok"),
    ("es", "El órgano de apelación no tiene miembros desde hace casi una década.", ES_BODY, "refused"),
    ("de", "Das Berufungsgremium hat seit fast acht Jahren keine Mitglieder.", DE_BODY, "ok"),
    ("de", "Das Berufungsgremium hat seit fast zehn Jahren keine Mitglieder.", DE_BODY, "refused"),
])
def test_a_span_in_other_languages(language: str, sentence: str, passage: str, outcome: str):
    findings = sentence_findings(sentence, (passage,), language, (), published="2026-10-14")
    assert (findings == []) == (outcome == "ok"), findings


def test_eight_years_builds_in_a_report_of_2027(tmp_path: Path):
    """The fixture's report is of 14 October 2026; dated 2027, "since 2019" spans eight years, which the briefing may
    say, and not ten."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    sources = desk / "content" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8").replace("date: 2026-10-14", "date: 2027-03-01"),
                       encoding="utf-8")
    briefing = desk / "content" / "steel-dairy" / "briefing.yaml"
    text = briefing.read_text(encoding="utf-8")
    briefing.write_text(text.replace("empty since 2019", "without members for the last eight years"), encoding="utf-8")
    result = run_build(desk, "check")
    assert result.code == 0, result.err
    briefing.write_text(text.replace("empty since 2019", "without members for a decade"), encoding="utf-8")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:5:" in result.err and "spans at most 9 years" in result.err, result.err


# 4. A word given to both sides that only one of them used
NORTH = "Northland says the talks failed."
SOUTH = "Southland says the talks were paused."


@pytest.mark.parametrize("sentence, passages, outcome", [
    ("Northland and Southland both said the talks had failed.", (NORTH, SOUTH), "refused"),
    ("Northland and Southland say the talks failed.", (NORTH, SOUTH), "refused"),
    ("Both sides said the talks had failed.", (NORTH, SOUTH), "refused"),
    ("Northland and Southland both said the ceasefire was holding.",
     ("Northland said the ceasefire was holding.", "Southland said the ceasefire had collapsed."), "refused"),
    ("Northland said the talks had failed; Southland said they were paused.", (NORTH, SOUTH), "ok"),
    ("Northland and Southland disagree on whether the talks failed.", (NORTH, SOUTH), "ok"),
    ("Northland and Southland both said the talks had failed.", (NORTH, "Southland says the talks failed badly."), "ok"),
    ("Northland and Southland both said the talks had failed.", (NORTH, "Southland said the negotiations failed."),
     "ok"),
    ("Northland and Southland both said the ceasefire was holding.",
     ("Northland said the ceasefire was holding.", "Southland said the ceasefire was holding in the south."), "ok"),
])
def test_a_word_given_to_both_that_one_used_is_refused(sentence: str, passages: tuple, outcome: str):
    assert outcome_of(other_story(sentence, *passages), "alone") == outcome


# 5. A party's insistence told as fact
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("en", "The plant is safe.", "The operator insists the plant is safe.", "refused"),
    ("en", "The plant was safe.", "The operator insisted that the plant was safe.", "refused"),
    ("en", "The plant is safe.", "The operator maintains the plant is safe.", "refused"),
    ("en", "The plant is safe.", "The operator claims the plant is safe.", "refused"),
    ("en", "The operator insists the plant is safe.", "The operator insists the plant is safe.", "ok"),
    ("en", "According to the operator, the plant is safe.", "The operator insists the plant is safe.", "ok"),
    ("en", "The plant is safe.", "Inspectors found the plant is safe.", "ok"),
    ("fr", "La centrale est sûre.", "L'exploitant affirme que la centrale est sûre.", "refused"),
    ("fr", "L'exploitant affirme que la centrale est sûre.", "L'exploitant affirme que la centrale est sûre.", "ok"),
    ("es", "La planta es segura.", "El operador insiste en que la planta es segura.", "refused"),
    ("es", "El operador insiste en que la planta es segura.", "El operador insiste en que la planta es segura.", "ok"),
    ("de", "Die Anlage ist sicher.", "Der Betreiber beharrt darauf, dass die Anlage sicher ist.", "refused"),
    ("de", "Der Betreiber beharrt darauf, dass die Anlage sicher ist.",
     "Der Betreiber beharrt darauf, dass die Anlage sicher ist.", "ok"),
])
def test_an_insistence_told_as_fact_is_refused(language: str, sentence: str, passage: str, outcome: str):
    assert outcome_of(other_story(sentence, passage, language=language), "someone's word") == outcome


# 6. Anonymous sources' claim told as fact
SHELLED = "The army shelled the village."


@pytest.mark.parametrize("passage", [
    "Sources close to the ministry say the army shelled the village.",
    "According to people familiar with the matter, the army shelled the village.",
    "Officials who asked not to be named said the army shelled the village.",
    "The army shelled the village, a security official said, speaking on condition of anonymity.",
    "The army shelled the village, two sources told the agency.",
    "According to diplomatic sources, the army shelled the village.",
])
def test_anonymous_sources_told_as_fact_are_refused(passage: str):
    assert outcome_of(other_story(SHELLED, passage), "the source gives this only as") == "refused"


@pytest.mark.parametrize("sentence, passage", [
    ("The army shelled the village, sources say.", "Sources close to the ministry say the army shelled the village."),
    ("The army reportedly shelled the village.", "Sources close to the ministry say the army shelled the village."),
    ("According to unnamed officials, the army shelled the village.",
     "Officials who asked not to be named said the army shelled the village."),
    ("The army shelled the village.", "The ministry said the army shelled the village."),
    ("The army shelled the village.", "The army shelled the village, the source of the fire said."),
])
def test_anonymous_sources_kept_build(sentence: str, passage: str):
    assert other_story(sentence, passage) == []


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "L'armée a bombardé le village.", "Selon des sources proches du ministère, l'armée a bombardé le village.",
     "refused"),
    ("fr", "L'armée a bombardé le village.",
     "L'armée a bombardé le village, a indiqué un responsable sous couvert d'anonymat.", "refused"),
    ("fr", "Selon des sources proches du ministère, l'armée a bombardé le village.",
     "Selon des sources proches du ministère, l'armée a bombardé le village.", "ok"),
    ("es", "El ejército bombardeó la aldea.",
     "Fuentes cercanas al ministerio dicen que el ejército bombardeó la aldea.", "refused"),
    ("es", "Según fuentes cercanas al ministerio, el ejército bombardeó la aldea.",
     "Fuentes cercanas al ministerio dicen que el ejército bombardeó la aldea.", "ok"),
    ("de", "Die Armee hat das Dorf beschossen.", "Aus Regierungskreisen hieß es, die Armee habe das Dorf beschossen.",
     "refused"),
    ("de", "Die Armee hat das Dorf beschossen.",
     "Die Armee hat das Dorf beschossen, sagten Beamte, die nicht genannt werden wollten.", "refused"),
    ("de", "Laut Regierungskreisen hat die Armee das Dorf beschossen.",
     "Aus Regierungskreisen hieß es, die Armee habe das Dorf beschossen.", "ok"),
])
def test_anonymous_sources_in_other_languages(language: str, sentence: str, passage: str, outcome: str):
    findings = findings_in_language(language, sentence, passage)
    assert outcome_of(findings, "the source gives this only as") == outcome


# 7. An undertaking to raise a matter told done in other words
RAISE = '"I will raise it with ministers," Lindqvist said.'


@pytest.mark.parametrize("sentence, outcome", [
    ("Lindqvist has taken the matter up with ministers.", "refused"),
    ("Lindqvist took the matter up with ministers.", "refused"),
    ("Lindqvist has brought the matter up with ministers.", "refused"),
    ("Lindqvist has discussed the matter with ministers.", "refused"),
    ("Lindqvist has put the matter to ministers.", "refused"),
    ("Lindqvist flagged the issue to ministers.", "refused"),
    ("Lindqvist said she would take the matter up with ministers.", "ok"),
    ("Lindqvist promised to raise it with ministers.", "ok"),
    ("Lindqvist has taken questions from ministers.", "ok"),
])
def test_an_undertaking_to_raise_told_done_is_refused(sentence: str, outcome: str):
    assert outcome_of(other_story(sentence, RAISE), "undertaking") == outcome


def test_a_reported_undertaking_to_raise_told_done_is_refused():
    findings = other_story("Lindqvist has raised the matter with ministers.",
                           "Lindqvist said she would bring it up with ministers.")
    assert outcome_of(findings, "undertaking") == "refused"


# The briefing itself: each misstatement refused on its line, each honest twin built
@pytest.mark.parametrize("file, old, new, expected", [
    ("claims.yaml", "for a country that makes its own steel; the government will appeal.",
     "for a country that buys its steel abroad; the government will appeal.", "claims.yaml:8:"),
    ("timeline.yaml", "Talks between the two governments break off, without a date to resume them.",
     "Talks between the two governments are postponed.", "timeline.yaml:9:"),
    ("briefing.yaml", "with the appeals body empty since 2019", "with the appeals body empty for the past decade",
     "briefing.yaml:5:"),
])
def test_the_misstatements_are_refused_on_their_line(tmp_path: Path, file: str, old: str, new: str, expected: str):
    result = edited_check(tmp_path, file, old, new)
    assert result.code == 1 and expected in result.err, result.err


@pytest.mark.parametrize("file, old, new", [
    ("claims.yaml", "for a country that makes its own steel; the government will appeal.",
     "for a country that produces its own steel; the government will appeal."),
    ("timeline.yaml", "Talks between the two governments break off, without a date to resume them.",
     "Talks between the two governments break off."),
    ("briefing.yaml", "with the appeals body empty since 2019", "with the appeals body empty for the past seven years"),
    ("briefing.yaml", "with the appeals body empty since 2019", "with the appeals body empty for nearly eight years"),
])
def test_the_honest_twins_build(tmp_path: Path, file: str, old: str, new: str):
    result = edited_check(tmp_path, file, old, new)
    assert result.code == 0, result.err
