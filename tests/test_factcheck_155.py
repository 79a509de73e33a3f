"""Levels, parts of a month and names, fact-checked again (projects written here, as tests/test_factcheck_148.py's):

Misstatements that built, now refused:
- a level now and the level before told the other way round, with no word of rise or fall: "Die Wahlbeteiligung lag bei
  61,8 Prozent, nach 58,9 Prozent" of "... lag bei 58,9 Prozent, nach 61,8 Prozent"; French ", contre 61,8 % en 2021"
  and Spanish "frente al 61,8 %" alike (level_sides.py, level_ratios.level_pairs);
- a `when` whose French, Spanish or German part of a month no passage gives: "Début juin 2025", "Mediados de junio de
  2025", "Ende Mai 2025" of a passage giving another day or only the month (month_parts.py).

Not refused, on purpose: a sentence's first word that no source holds in any case ("Norvia walked out of the talks").
Read as a name, it refused four of eleven honest paraphrases opening with a noun their sources word otherwise
("Drought struck the region" of "A dry spell hit the region"): a name nowhere written mid-sentence is left unread.

Honest wording that was refused, now built: "Turnout rose by 2.9 points" citing "Turnout was 61.8%. In 2021 it was
58.9%.", the change's two ends in two sentences of one passage (levels_apart.py).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from support import findings_in_language, minimal_project, one_sentence_checked

from conftest import run_build
from explainer.attribution import Cited

OK = "ok"
SWAPPED = "as the level and"


def outcome_in(language: str, text: str, passage: str, expected: str) -> None:
    """Assert a sentence in `language` citing `passage` builds ("ok") or is refused with `expected` in a finding."""
    findings = findings_in_language(language, text, passage)
    assert (findings == []) if expected == OK else any(expected in finding for finding in findings), findings


# 1. A level now and the level before, kept on their sides

DE = "Die Wahlbeteiligung lag bei 58,9 Prozent, nach 61,8 Prozent."
FR = "La participation était de 58,9 %, contre 61,8 % en 2021."
ES = "La participación fue del 58,9 %, frente al 61,8 %."


@pytest.mark.parametrize("language, text, passage, expected", [
    ("de", "Die Wahlbeteiligung lag bei 61,8 Prozent, nach 58,9 Prozent.", DE, SWAPPED),
    ("de", "Die Wahlbeteiligung lag bei 61,8 Prozent, nach zuvor 58,9 Prozent.", DE, SWAPPED),
    ("de", "Die Wahlbeteiligung betrug 61,8 Prozent gegenüber 58,9 Prozent.", DE, SWAPPED),
    ("de", "Die Wahlbeteiligung lag bei 58,9 Prozent, nach 61,8 Prozent.", DE, OK),
    ("de", "Die Wahlbeteiligung betrug 58,9 Prozent gegenüber 61,8 Prozent.", DE, OK),
    ("fr", "La participation était de 61,8 %, contre 58,9 % en 2021.", FR, SWAPPED),
    ("fr", "La participation a été de 61,8 % contre 58,9 % en 2021.", FR, SWAPPED),
    ("fr", "La participation était de 58,9 %, contre 61,8 % en 2021.", FR, OK),
    # each level with the year the passage gives it alone: told in another order, not turned round
    ("fr", "La participation était de 61,8 % en 2021, contre 58,9 % cette année.", FR, OK),
    ("es", "La participación fue del 61,8 %, frente al 58,9 %.", ES, SWAPPED),
    ("es", "La participación fue del 61,8 %, frente a un 58,9 %.", ES, SWAPPED),
    ("es", "La participación fue del 58,9 %, frente al 61,8 %.", ES, OK),
    ("es", "La participación fue del 58,9 %, frente a un 61,8 %.", ES, OK),
    # a level set against a level of another thing: each kept with the name the passage gives it
    ("fr", "Le Sud a obtenu 41 %, contre 52 % pour le Nord.", "Le Nord a obtenu 52 %, contre 41 % pour le Sud.", OK),
    ("fr", "Le Nord a obtenu 41 %, contre 52 % pour le Sud.", "Le Nord a obtenu 52 %, contre 41 % pour le Sud.",
     SWAPPED),
])
def test_two_levels_set_against_each_other_keep_their_sides(language: str, text: str, passage: str, expected: str):
    outcome_in(language, text, passage, expected)


def test_the_finding_names_both_levels():
    findings = findings_in_language("de", "Die Wahlbeteiligung lag bei 61,8 Prozent, nach 58,9 Prozent.", DE)
    assert ("this sentence gives 61,8 Prozent as the level and 58,9 Prozent as the one it is set against, where its "
            "cited passages give 58,9 Prozent as the level and 61,8 Prozent as the one before or beside it") \
        in findings[0], findings


def test_a_level_set_against_another_gives_a_rise_or_a_fall_to_its_word():
    """level_directions.py reads the pair level_ratios.py now gives: "stieg ... gegenüber" of its own fall."""
    outcome_in("fr", "La participation a augmenté à 58,9 %, contre 61,8 % en 2021.", FR, "its own two levels give as")
    outcome_in("fr", "La participation a baissé à 58,9 %, contre 61,8 % en 2021.", FR, OK)


# 2. A change's two ends in two sentences of one passage

APART = "Turnout was 61.8%. In 2021 it was 58.9%."


@pytest.mark.parametrize("text, passage, expected", [
    ("Turnout rose by 2.9 points.", APART, OK),
    ("Turnout rose by 2.9 percentage points.", APART, OK),
    ("Turnout rose 2.9 points.", APART, OK),
    ("Turnout rose by 2.9 points.", "Turnout was 61.8%. In 2021, turnout was 58.9%.", OK),
    ("Turnout rose by 3.9 points.", APART, 'figure "3.9" is not in the passages'),
    ("Turnout fell by 2.9 points.", APART, 'figure "2.9" is not in the passages'),
    # what "it" is: the measure of the level before, not another
    ("Turnout rose by 2.9 points.", "Support was 61.8%. In 2021 it was 58.9%.", 'figure "2.9" is not in the passages'),
    # two levels with no year between them give no change
    ("Turnout rose by 2.9 points.", "Turnout was 61.8%. Turnout was 58.9%.", 'figure "2.9" is not in the passages'),
])
def test_a_changes_ends_in_two_sentences_of_one_passage(text: str, passage: str, expected: str):
    outcome_in("en", text, passage, expected)


def test_a_level_with_no_date_is_not_later_than_a_year_the_report_is_published_in():
    from explainer.levels_apart import levels_apart
    from decimal import Decimal
    passage = Cited(APART, "en", published="2021-05-01")
    assert not levels_apart({Decimal("2.9")}, "%", "Turnout rose by 2.9 points.", True, [passage])
    assert levels_apart({Decimal("2.9")}, "%", "Turnout rose by 2.9 points.", True, [passage._replace(
        published="2026-05-01")])


# 3. A timeline's part of a month in French, Spanish and German

SOURCES = {
    "fr": ("Les négociations reprennent\n\nLa Norvanie a relevé son droit de douane à 25 % le 3 juin 2025. La Kestrie a "
           "répondu fin mai 2025 par un droit de 15 %. Un panel de trois juges s'est réuni en juin 2025.\n"),
    "es": ("Se reanudan las negociaciones\n\nNorvania subió su arancel al 25 % el 3 de junio de 2025. Kestria respondió "
           "a finales de mayo de 2025 con un arancel del 15 %. Un panel de tres jueces se reunió en junio de 2025.\n"),
    "de": ("Die Gespräche beginnen wieder\n\nNorvania erhöhte seinen Zoll am 3. Juni 2025 auf 25 Prozent. Kestria "
           "antwortete Ende Mai 2025 mit einem Zoll von 15 Prozent. Ein Gremium aus drei Richtern tagte im Juni 2025.\n"),
}
RAISED = {"fr": "le 3 juin 2025", "es": "el 3 de junio de 2025", "de": "am 3. Juni 2025"}
ANSWERED = {"fr": "répondu fin mai 2025", "es": "a finales de mayo de 2025", "de": "Ende Mai 2025"}
PANEL = {"fr": "s'est réuni en juin 2025", "es": "se reunió en junio de 2025", "de": "tagte im Juni 2025"}
WHAT = {"fr": "Les deux pays relèvent leurs droits.", "es": "Los dos países suben sus aranceles.",
        "de": "Die beiden Länder erhöhen ihre Zölle."}
BRIEFING = """title: Les droits
summary: |
  {summary}
status: live
language: {language}
updates:
  - date: 2026-10-14
    kind: update
    text: First published.
parties:
  - id: norvania
    name: Norvania
  - id: kestria
    name: Kestria
citations:
  opening:
    source: wire
    quote: {opening}
"""
TIMELINE = """events:
  - when: {when}
    what: {what}
    cite: [event]
citations:
  event:
    source: wire
    quote: {quote}
"""
OPENINGS = {"fr": ("Un panel de trois juges s'est réuni[^opening].", "Un panel de trois juges s'est réuni"),
            "es": ("Un panel de tres jueces se reunió[^opening].", "Un panel de tres jueces se reunió"),
            "de": ("Ein Gremium aus drei Richtern tagte[^opening].", "Ein Gremium aus drei Richtern tagte")}


def checked_when(root: Path, language: str, when: str, quote: str) -> list[str]:
    """Return the error lines of `check` on a briefing in `language` whose one event is `when`, citing `quote`."""
    minimal_project(root)
    text = SOURCES[language]
    (root / "seeds" / "wire.txt").write_text(text, encoding="utf-8")
    with (root / "content" / "sources.yaml").open("a", encoding="utf-8") as sources:
        sources.write(f"  - id: wire\n    file: wire.txt\n    title: {text.splitlines()[0]}\n    publisher: Wire\n"
                      f"    date: 2026-10-14\n    language: {language}\n"
                      f"    sha256: {hashlib.sha256(text.encode()).hexdigest()}\n")
    folder = root / "content" / "droits"
    folder.mkdir()
    summary, opening = OPENINGS[language]
    (folder / "briefing.yaml").write_text(BRIEFING.format(summary=summary, language=language, opening=opening),
                                          encoding="utf-8")
    (folder / "timeline.yaml").write_text(TIMELINE.format(when=when, what=WHAT[language], quote=quote),
                                          encoding="utf-8")
    result = run_build(root, "check")
    lines = [line.removeprefix("error: ") for line in result.err.splitlines() if line.startswith("error: ")]
    assert (result.code == 0) == (lines == []), result.err
    return lines


@pytest.mark.parametrize("language, when, cited, outcome", [
    ("fr", "Début juin 2025", RAISED, OK),
    ("fr", "Fin mai 2025", ANSWERED, OK),
    ("fr", "Juin 2025", PANEL, OK),
    ("fr", "Début juin 2025", PANEL, "'Début juin 2025' names a part of the month that the passages the event cites do "
                                     "not give (they give only the month ('juin'))"),
    ("fr", "Mi-juin 2025", RAISED, "'Mi-juin 2025' names a part of the month that the passages the event cites do not "
                                   "give (they give 3 juin)"),
    ("fr", "Fin juin 2025", RAISED, "'Fin juin 2025' names a part"),
    ("fr", "Début mai 2025", ANSWERED, "they give 21-31 mai"),
    ("es", "Principios de junio de 2025", RAISED, OK),
    ("es", "Finales de mayo de 2025", ANSWERED, OK),
    ("es", "Principios de junio de 2025", PANEL, "they give only the month ('junio')"),
    ("es", "Mediados de junio de 2025", RAISED, "'Mediados de junio de 2025' names a part of the month that the "
                                                "passages the event cites do not give (they give 3 junio)"),
    ("es", "Finales de junio de 2025", RAISED, "names a part"),
    ("de", "Anfang Juni 2025", RAISED, OK),
    ("de", "Ende Mai 2025", ANSWERED, OK),
    ("de", "Anfang Juni 2025", PANEL, "they give only the month ('Juni')"),
    ("de", "Mitte Juni 2025", RAISED, "'Mitte Juni 2025' names a part of the month that the passages the event cites "
                                      "do not give (they give 3 Juni)"),
    ("de", "Ende Juni 2025", RAISED, "names a part"),
    ("de", "Anfang Mai 2025", ANSWERED, "they give 21-31 Mai"),
])
def test_a_when_with_a_part_of_the_month_in_other_languages(tmp_path: Path, language: str, when: str, cited: dict,
                                                             outcome: str):
    lines = checked_when(tmp_path / "p", language, when, cited[language])
    if outcome == OK:
        assert lines == []
    else:
        assert len(lines) == 1 and lines[0].startswith("content/droits/timeline.yaml:2: `when`: ") \
            and outcome in lines[0], lines


@pytest.mark.parametrize("language, when, passage, given", [
    ("fr", "Mi-juin", "Le panel a statué le 15 juin.", True),
    ("fr", "Mi-juin", "Le panel a statué le 3 juin.", False),
    ("fr", "À la mi-juin", "Le panel a statué le 15 juin.", True),
    ("fr", "Fin mai", "Le panel a statué le 28 mai.", True),
    ("fr", "Fin mai", "Le panel a statué du 10 au 25 mai.", True),
    ("fr", "La première quinzaine de juin", "Le panel a statué le 12 juin.", True),
    ("fr", "La seconde quinzaine de juin", "Le panel a statué le 12 juin.", False),
    ("fr", "Début d'avril", "Le panel a statué le 2 avril.", True),
    ("fr", "Début d'avril", "Le panel a statué le 20 avril.", False),
    ("es", "Mediados de junio", "El panel falló el 15 de junio.", True),
    ("es", "A mediados de junio", "El panel falló el 3 de junio.", False),
    ("es", "La primera quincena de junio", "El panel falló el 3 de junio.", True),
    ("es", "Finales de mayo", "El panel falló a finales de mayo.", True),
    ("es", "Fines de mayo", "El panel falló el 5 de mayo.", False),
    ("de", "Mitte Juni", "Das Gremium entschied am 15. Juni.", True),
    ("de", "Mitte Juni", "Das Gremium entschied am 3. Juni.", False),
    ("de", "Ende Mai", "Das Gremium entschied vom 10. bis 25. Mai.", True),
    ("de", "Anfang Juni", "Das Gremium entschied Ende Juni.", False),
])
def test_which_parts_of_a_month_a_passage_gives(language: str, when: str, passage: str, given: bool):
    from explainer.month_parts import when_part_not_given
    findings_in_language(language, "", passage)  # the language's built-in locale, as a build reads it
    assert (when_part_not_given(when, [Cited(passage, language)], 0, language) == []) == given


@pytest.mark.parametrize("language, text, passage, expected", [
    ("fr", "La Norvanie a relevé son droit fin juin 2025.", "La Norvanie a relevé son droit le 3 juin 2025.",
     "this sentence says 'fin juin 2025' where its cited passages give 3 juin"),
    ("fr", "La Norvanie a relevé son droit début juin 2025.", "La Norvanie a relevé son droit le 3 juin 2025.", OK),
    ("es", "Norvania subió su arancel a finales de junio de 2025.", "Norvania subió su arancel el 3 de junio de 2025.",
     "this sentence says 'a finales de junio de 2025' where its cited passages give 3 junio"),
    ("es", "Norvania subió su arancel a principios de junio de 2025.",
     "Norvania subió su arancel el 3 de junio de 2025.", OK),
    ("de", "Norvania erhöhte seinen Zoll Ende Juni 2025.", "Norvania erhöhte seinen Zoll am 3. Juni 2025.",
     "this sentence says 'Ende Juni 2025' where its cited passages give 3 Juni"),
    ("de", "Norvania erhöhte seinen Zoll Anfang Juni 2025.", "Norvania erhöhte seinen Zoll am 3. Juni 2025.", OK),
    ("de", "Norvania erhöhte seinen Zoll Mitte Juni 2025.", "Norvania erhöhte seinen Zoll im Juni 2025.", OK),
])
def test_a_sentences_part_of_a_month_in_other_languages(language: str, text: str, passage: str, expected: str):
    outcome_in(language, text, passage, expected)


# 4. A first word no source holds is not read as a name: honest paraphrases open with such nouns

@pytest.mark.parametrize("sentence", [
    "Drought struck the region in June.",
    "Rainfall reached 300 mm in June.",
    "Morale has fallen since the strike.",
    "Turnout was 58% in the vote.",
    "Violence broke out in the capital on Monday.",
    "Tourism fell by 10% in 2025.",
])
def test_a_first_word_no_source_holds_is_no_name_of_its_own(tmp_path: Path, sentence: str):
    passages = {"Drought": "A dry spell hit the region in June.", "Rainfall": "The region had 300 mm of rain in June.",
                "Morale": "Staff say spirits have fallen since the strike.",
                "Turnout": "Participation reached 58% in the vote.",
                "Violence": "Clashes broke out in the capital on Monday, police said.",
                "Tourism": "Visitor numbers fell by 10% in 2025."}
    root = minimal_project(tmp_path / "p")
    assert one_sentence_checked(root, passages[sentence.split()[0]], sentence) == []
