"""A newsroom's merger and court briefings, written by a new user as the README sets a project up.

A figure given as a rise may not cite a passage that gives it only as a fall ("Harbor's organic sales grew 2.4%"
citing "fell 2.4%" built); a speaker named in letters outside ASCII ("Aydın", "Özdemir") is a name, so words given to
them that the source gives to another are refused; a site whose language has no locale is named on site.yaml's
line, alone (the error named the briefing's title line, under date errors the missing locale caused); and "Harbor
expects" says whose word a forecast is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import deal_project, edit, error_lines, refused_with

MERGER = ("Harbor agrees to buy Grainline\n\n"
          "In the third quarter of fiscal 2025, Harbor's organic sales fell 2.4%, its third consecutive quarterly "
          "decline, while Grainline's rose 1.8%.\n\n"
          "Grainline shares rose 24% to $40.10 on Tuesday. Harbor shares fell 6.2%.\n\n"
          "Harbor reported net sales of $11.2 billion in fiscal 2024.\n\n"
          "Harbor's net sales were $11.2 billion and Grainline's $4.6 billion in fiscal 2024.\n\n"
          "Harbor's sales fell to $4 billion in 2023 and rose to $4.6 billion in 2024.\n\n"
          "Harbor claims the deal will generate annual cost savings of $350 million by the end of fiscal 2027.\n\n"
          "Managing director Markus Lenz said the company had \"billed in good faith\".\n")


def news_project(tmp_path: Path, summary: str, quote: str, source: str = MERGER, site_language: str = "en",
                 extra: dict[str, str] | None = None) -> Path:
    """Return support.deal_project with the merger report as its source unless told another."""
    return deal_project(tmp_path, summary, quote, source, site_language, extra)


def check(root: Path):
    return run_build(root, "check")


Q3 = "Harbor's organic sales fell 2.4%, its third consecutive quarterly decline, while Grainline's rose 1.8%."
SHARES = "Grainline shares rose 24% to $40.10 on Tuesday. Harbor shares fell 6.2%."


@pytest.mark.parametrize("summary, quote, figure", [
    ("Harbor's organic sales grew 2.4% in the third quarter.", Q3, '"2.4%" is given as a rise'),
    ("Grainline's organic sales fell 1.8% in the third quarter.", Q3, '"1.8%" is given as a fall'),
    ("Harbor's organic sales posted a 2.4% increase.", Q3, '"2.4%" is given as a rise'),
    ("Grainline shares jumped 24% on Tuesday, while Harbor's rose 6.2%.", SHARES, '"6.2%" is given as a rise'),
    ("Harbor shares were up 6.2% on Tuesday.", SHARES, '"6.2%" is given as a rise'),
    ("Grainline shares fell to $40.10 on Tuesday.", SHARES, '"$40.10" is given as a fall'),
])
def test_a_figure_given_as_a_rise_may_not_cite_a_passage_that_gives_it_only_as_a_fall(
        tmp_path: Path, summary: str, quote: str, figure: str):
    refused_with(news_project(tmp_path, summary, quote), "briefing.yaml:3:", figure,
                 "give the change the way the source does")


@pytest.mark.parametrize("summary, quote", [
    ("Harbor's organic sales fell 2.4% in the third quarter.", Q3),
    ("Grainline's organic sales rose 1.8%, while Harbor's fell 2.4%.", Q3),
    ("Harbor shares were down 6.2% on Tuesday, and Grainline's closed at $40.10, a 24% gain.", SHARES),
    ("Harbor's net sales were $11.2 billion in fiscal 2024, up from the year before.",
     "Harbor reported net sales of $11.2 billion in fiscal 2024."),
    ("Harbor shares moved up to 6.2% on Tuesday.", SHARES),
    ("Harbor's sales rose from $4 billion to $4.6 billion.",
     "Harbor's sales fell to $4 billion in 2023 and rose to $4.6 billion in 2024."),
])
def test_a_change_given_the_way_its_passage_gives_it_builds(tmp_path: Path, summary: str, quote: str):
    result = check(news_project(tmp_path, summary, quote))
    assert result.code == 0, result.err


def test_a_french_rise_may_not_cite_a_french_fall(tmp_path: Path):
    source = "Fusion\n\nAu troisième trimestre, les ventes de Harbor ont baissé de 2,4 %.\n"
    root = news_project(tmp_path, "Les ventes de Harbor ont augmenté de 2,4 % au troisième trimestre.",
                        "les ventes de Harbor ont baissé de 2,4 %", source=source, site_language="fr")
    refused_with(root, "briefing.yaml:3:", '"2,4 %" is given as a rise')
    edit(root / "content" / "deal" / "briefing.yaml", "ont augmenté de", "ont baissé de")
    assert check(root).code == 0


LENZ = 'Managing director Markus Lenz said the company had "billed in good faith".'


@pytest.mark.parametrize("speaker", ["Aydın", "Özdemir", "Wałęsa", "Émile Durand"])
def test_a_speaker_named_in_letters_beyond_ascii_is_held_to_the_passages_speaker(tmp_path: Path, speaker: str):
    summary = f'{speaker} said the company had "billed in good faith".'
    refused_with(news_project(tmp_path, summary, LENZ), "briefing.yaml:3:", f"gives the words to {speaker}")


def test_the_speaker_the_passage_names_still_builds(tmp_path: Path):
    result = check(news_project(tmp_path, 'Lenz said the company had "billed in good faith".', LENZ))
    assert result.code == 0, result.err


COURT = "Urteil in München\n\nDie Klage war am 14. Februar 2024 eingereicht worden.\n"


def test_a_site_language_without_a_locale_is_named_on_site_yaml_alone(tmp_path: Path):
    timeline = ("events:\n  - when: 14. Februar 2024\n    date: 2024-02-14\n    what: Die Klage wird eingereicht.\n"
                "    cite: [a]\n")
    root = news_project(tmp_path, "Die Klage wurde am 14. Februar 2024 eingereicht.",
                        "Die Klage war am 14. Februar 2024 eingereicht worden.", source=COURT, site_language="nl",
                        extra={"timeline.yaml": timeline})
    result = check(root)
    assert result.code == 1
    assert error_lines(result) == ["content/site.yaml:3: no locale for language 'nl' (use one of ar, de, en, es, fr, or add "
                                   "locales/nl.yaml translated from explainer/locales/en.yaml)"], result.err


def test_a_briefing_of_its_own_language_without_a_locale_is_named_on_its_language_line(tmp_path: Path):
    root = news_project(tmp_path, "Harbor reported net sales of $11.2 billion in fiscal 2024.",
                        "Harbor reported net sales of $11.2 billion in fiscal 2024.")
    briefing = root / "content" / "deal" / "briefing.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace("title: The deal\n",
                                                                     "title: The deal\nlanguage: pl\n"),
                        encoding="utf-8")
    refused_with(root, "content/deal/briefing.yaml:2: no locale for language 'pl'")


CLAIMED = "Harbor claims the deal will generate annual cost savings of $350 million by the end of fiscal 2027."


def test_a_verb_of_belief_says_whose_word_it_is(tmp_path: Path):
    summary = "Harbor expects annual cost savings of $350 million from the deal by the end of fiscal 2027."
    result = check(news_project(tmp_path, summary, CLAIMED))
    assert result.code == 0, result.err


def test_the_same_words_as_fact_are_still_refused(tmp_path: Path):
    summary = "Annual cost savings of $350 million from the deal come by the end of fiscal 2027."
    refused_with(news_project(tmp_path, summary, CLAIMED), "briefing.yaml:3:", "the source gives this as someone's word")


SALES = "Harbor's net sales were $11.2 billion and Grainline's $4.6 billion in fiscal 2024."
TABLE = ("comparisons:\n  - id: size\n    title: Sales\n    rows:\n      - measure: Net sales, fiscal 2024\n"
         "        unit: US$ billion\n        values:\n          harbor: {value: 11.2, cite: [a]}\n"
         "          grainline: {value: 4.6, cite: [a]}\n    ratio_of: [Net sales, fiscal 2024]\n")


def test_a_measure_with_a_comma_split_by_a_flow_list_is_named_whole_with_the_quotes_it_needs(tmp_path: Path):
    root = news_project(tmp_path, SALES, SALES, extra={"comparisons.yaml": TABLE})
    lines = refused_with(root, "comparisons.yaml:10: `ratio_of` names 'Net sales' and 'fiscal 2024': the measure "
                               "'Net sales, fiscal 2024' split at its comma",
                         'put the measure in quotation marks: ratio_of: ["Net sales, fiscal 2024"]')
    assert len(lines) == 1, lines
    edit(root / "content" / "deal" / "comparisons.yaml", "[Net sales, fiscal 2024]", '["Net sales, fiscal 2024"]')
    assert check(root).code == 0, check(root).err
