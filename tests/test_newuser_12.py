"""A merger lawsuit in English and a rail strike in French, written from scratch as the README tells a new editor to.

English sources: a wire report of a regulator suing to block a supermarket merger ("$24.6 billion", "£1.2bn a
year", market shares "up from 22%") and the judge's interim ruling ("must not complete the merger before 30
September 2026"). French: a wire report of a strike ("plus de 1,5 million", « au moins jusqu'au 10 mars », "par
jour"). What they met: an honest "until at least" refused, and a ruling's "must not ... before" read as a ceiling
(so "must complete by" built); a claim figure's missing unit not named; a traceback where the environment was not
activated; and misstatements let through: a level reached restated as a change ("rise by 38%" for "38%, up from
22%"), a rate's period changed ("a month" for "a year", "par semaine" for "par jour"), a French negation dropped
("a débouché sur un accord" for "s'est tenue sans SUD-Rail et n'a débouché sur aucun accord"), French "retombé"
turned into "remonté", and words given to another speaker where the cited passage starts at its reporting verb.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, run_build
from support import deal_project, error_lines, refused_with

MERGER = (
    "REGULATOR SUES TO BLOCK HARBOR-GRAINLINE SUPERMARKET MERGER\n\n"
    "By Amelia Crane and Tom Okoro\n\n"
    "LONDON, March 3 (Meridian Wire) - The regulator on Tuesday asked the High Court to block Harbor's $24.6 billion "
    "takeover of Grainline.\n\n"
    "The regulator said the combined chain would control 38% of the grocery market, up from Harbor's 22% share "
    "today.\n\n"
    "Its chief executive, Daniel Reyes, told reporters the deal would cut prices by 5% within two years and save "
    "£1.2bn a year in costs.\n\n"
    "Harbor shares fell 4.1% in London trading on Tuesday.\n\n"
    "5. The respondents must not complete the merger before 30 September 2026, or until trial, whichever\n"
    "is later.\n")
STRIKE = (
    "Grève à la SNCF : le trafic fortement perturbé\n\n"
    "PARIS, 3 mars (Agence Horizon) — Plus de 1,5 million de voyageurs ont vu leur train supprimé mardi.\n\n"
    "Le taux de grévistes s'élevait à 31,5 % à la mi-journée. Il est retombé à 22 % vendredi.\n\n"
    "« Nous ne lâcherons rien tant que le gouvernement ne retirera pas son projet », a déclaré Laurent Brun, "
    "secrétaire général de la CGT-Cheminots. Il a ajouté que la grève serait reconduite « au moins jusqu'au 10 mars ».\n\n"
    "La direction estime le coût de la grève à environ 20 millions d'euros par jour.\n\n"
    "La réunion de jeudi s'est tenue sans SUD-Rail et n'a débouché sur aucun accord.\n")


def merger(tmp_path: Path, summary: str, quote: str, files: dict[str, str] | None = None) -> Path:
    return deal_project(tmp_path, summary, quote, MERGER, files=files)


def strike(tmp_path: Path, summary: str, quote: str) -> Path:
    return deal_project(tmp_path, summary, quote, STRIKE, language="fr")


def builds(root: Path) -> None:
    result = run_build(root, "check")
    assert result.code == 0, result.err


RULING = "The respondents must not complete the merger before 30 September 2026"


@pytest.mark.parametrize("summary", [
    "The judge barred the merger until at least 30 September 2026.",
    "The judge barred completion of the merger before 30 September 2026.",
    "Harbor may not complete the merger before 30 September 2026.",
])
def test_a_ruling_that_forbids_before_a_date_restated_as_a_floor_builds(tmp_path: Path, summary: str):
    builds(merger(tmp_path, summary, RULING))


@pytest.mark.parametrize("summary", [
    "Harbor must complete the merger by 30 September 2026.",
    "Harbor must complete the merger no later than 30 September 2026.",
])
def test_a_ruling_that_forbids_before_a_date_restated_as_a_deadline_is_refused(tmp_path: Path, summary: str):
    refused_with(merger(tmp_path, summary, RULING), "briefing.yaml:3:", "turns the other way the bound of")


def test_a_french_until_at_least_is_a_floor(tmp_path: Path):
    quote = "Il a ajouté que la grève serait reconduite « au moins jusqu'au 10 mars »."
    builds(strike(tmp_path / "kept", "La grève serait reconduite au moins jusqu'au 10 mars.", quote))
    refused_with(strike(tmp_path / "dropped", "La grève sera reconduite jusqu'au 10 mars.", quote),
                 "turns the other way the bound of")


CLAIM_WITHOUT_UNIT = """topics:
  - id: savings
    title: Savings
    claims:
      - claimant: Daniel Reyes
        says: The deal would cut prices.
        figures:
          - {measure: Price cut, value: 5}
          - {measure: Cost savings a year, value: 1.2}
        status: claim
        cite: [a]
"""


def test_a_claim_figure_without_its_unit_is_told_the_unit_its_passage_gives(tmp_path: Path):
    root = merger(tmp_path, "Daniel Reyes told reporters the deal would cut prices by 5% within two years.",
                  "Its chief executive, Daniel Reyes, told reporters the deal would cut prices by 5% within two years "
                  "and save £1.2bn a year in costs.", {"claims.yaml": CLAIM_WITHOUT_UNIT})
    lines = refused_with(root, "claims.yaml:8: figure 5 (Price cut) is not in the passages cited for it",
                         'the passages give it as 5%: give the figure `unit: "%"`')
    assert any(line.startswith("content/deal/claims.yaml:9: figure 1.2") and "as 1.2 billion" in line
               and "`unit: billion`" in line for line in lines), lines


def test_a_python_without_a_dependency_says_so_in_one_line(tmp_path: Path):
    root = merger(tmp_path, "Harbor shares *fell* 4.1% in London trading on Tuesday.",
                  "Harbor shares fell 4.1% in London trading on Tuesday.")
    # The environment not activated: a Python that cannot import markdown-it, met at the first paragraph that is
    # not plain prose (None in sys.modules makes an import of it fail as a missing package does).
    program = ("import runpy, sys; sys.modules['markdown_it'] = None; "
               f"sys.argv = ['build.py', '--root', {str(root)!r}, 'check']; "
               f"runpy.run_path({str(REPO / 'build.py')!r}, run_name='__main__')")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        f"error: this Python ({sys.executable}) lacks the package markdown_it that build.py needs (activate the "
        "environment the package was installed in, `. .venv/bin/activate`, or install it there: `pip install -e "
        "REPO`)"]


SHARE = "The regulator said the combined chain would control 38% of the grocery market, up from Harbor's 22% share"


@pytest.mark.parametrize("summary, quote", [
    ("The regulator said Harbor's share of the grocery market would rise by 38%.", SHARE),
    ("The regulator said Harbor's share of the grocery market would grow 38%.", SHARE),
])
def test_a_level_reached_restated_as_the_size_of_a_change_is_refused(tmp_path: Path, summary: str, quote: str):
    refused_with(merger(tmp_path, summary, quote), 'figure "38%" is given as the size of a rise',
                 "the level reached")


def test_a_change_restated_as_the_level_reached_is_refused(tmp_path: Path):
    refused_with(merger(tmp_path, "Harbor shares fell to 4.1% in London trading on Tuesday.",
                        "Harbor shares fell 4.1% in London trading on Tuesday."),
                 'figure "4.1%" is given as the level a fall reached')


@pytest.mark.parametrize("summary, quote", [
    ("The regulator said the combined chain's share would rise to 38%.", SHARE),
    ("The regulator said the combined chain would control 38% of the grocery market, up from 22%.", SHARE),
    ("Harbor shares fell by 4.1% in London trading on Tuesday.",
     "Harbor shares fell 4.1% in London trading on Tuesday."),
])
def test_a_level_or_a_change_kept_builds(tmp_path: Path, summary: str, quote: str):
    builds(merger(tmp_path, summary, quote))


@pytest.mark.parametrize("summary, quote, outcome", [
    ("Le taux de grévistes a augmenté de 31,5 %.", "Le taux de grévistes s'élevait à 31,5 % à la mi-journée.",
     "donné comme"),
    ("Le taux de grévistes est remonté à 22 % vendredi.", "Il est retombé à 22 % vendredi.", "donné comme"),
    ("Le taux de grévistes a baissé de 22 % vendredi.", "Il est retombé à 22 % vendredi.", "donné comme"),
    ("Le taux de grévistes est retombé à 22 % vendredi.", "Il est retombé à 22 % vendredi.", "ok"),
    ("Le taux de grévistes s'élevait à 31,5 % à la mi-journée.",
     "Le taux de grévistes s'élevait à 31,5 % à la mi-journée.", "ok"),
])
def test_a_french_level_or_fall_turned_is_refused(tmp_path: Path, summary: str, quote: str, outcome: str):
    root = strike(tmp_path, summary, quote)
    if outcome == "ok":
        builds(root)
    else:
        refused_with(root, "briefing.yaml:3:", 'figure "')


@pytest.mark.parametrize("summary, quote, period", [
    ("Daniel Reyes said the deal would save £1.2bn a month in costs.",
     "Its chief executive, Daniel Reyes, told reporters the deal would cut prices by 5% within two years and save "
     "£1.2bn a year in costs.", "month"),
    ("Daniel Reyes said the deal would save £1.2bn each week.",
     "Its chief executive, Daniel Reyes, told reporters the deal would cut prices by 5% within two years and save "
     "£1.2bn a year in costs.", "week"),
])
def test_a_rate_given_per_another_period_is_refused(tmp_path: Path, summary: str, quote: str, period: str):
    refused_with(merger(tmp_path, summary, quote), f'figure "£1.2bn" is given per {period}',
                 '("£1.2bn a year")')


def test_a_french_rate_given_per_another_period_is_refused(tmp_path: Path):
    quote = "La direction estime le coût de la grève à environ 20 millions d'euros par jour."
    refused_with(strike(tmp_path / "week", "La grève coûte environ 20 millions d'euros par semaine.", quote),
                 'figure "20 millions" is given per week', "par jour")
    builds(strike(tmp_path / "day", "La grève coûte environ 20 millions d'euros par jour.", quote))


@pytest.mark.parametrize("summary", [
    "Daniel Reyes said the deal would save £1.2bn a year in costs.",
    "Daniel Reyes said the deal would save £1.2bn annually.",
    "Daniel Reyes said the deal would cut prices by 5% within two years.",
])
def test_a_rate_kept_builds(tmp_path: Path, summary: str):
    builds(merger(tmp_path, summary, "Its chief executive, Daniel Reyes, told reporters the deal would cut prices by "
                                     "5% within two years and save £1.2bn a year in costs."))


def test_a_french_negation_dropped_beside_a_clause_about_the_same_meeting_is_refused(tmp_path: Path):
    quote = "La réunion de jeudi s'est tenue sans SUD-Rail et n'a débouché sur aucun accord."
    refused_with(strike(tmp_path / "dropped", "La réunion de jeudi a débouché sur un accord.", quote),
                 "briefing.yaml:3:", "drops the negation")
    builds(strike(tmp_path / "kept", "La réunion de jeudi n'a débouché sur aucun accord.", quote))


REYES = "told reporters the deal would cut prices by 5% within two years"


def test_words_given_to_another_speaker_are_refused_where_the_passage_starts_at_its_verb(tmp_path: Path):
    refused_with(merger(tmp_path / "lund", f"Sarah Lund {REYES}.", REYES),
                 "this sentence gives the words to Sarah Lund", "Daniel Reyes")
    builds(merger(tmp_path / "reyes", f"Daniel Reyes {REYES}.", REYES))
    builds(merger(tmp_path / "unnamed", f"Harbor's chief executive {REYES}.", REYES))


def test_a_french_quotation_given_to_another_speaker_is_refused(tmp_path: Path):
    words = "Nous ne lâcherons rien tant que le gouvernement ne retirera pas son projet"
    refused_with(strike(tmp_path / "marchal", f"Étienne Marchal a déclaré : « {words} ».", words),
                 "Étienne Marchal", "Laurent Brun")
    builds(strike(tmp_path / "brun", f"Laurent Brun a déclaré : « {words} ».", words))


def test_a_claimant_is_read_against_the_sentence_holding_its_passage(tmp_path: Path):
    claims = CLAIM_WITHOUT_UNIT.replace("value: 5}", 'value: 5, unit: "%"}').replace(
        "          - {measure: Cost savings a year, value: 1.2}\n", "").replace("Daniel Reyes", "Sarah Lund")
    root = merger(tmp_path, f"Daniel Reyes {REYES}.", REYES, {"claims.yaml": claims})
    refused_with(root, "claims.yaml:5:", "Daniel Reyes")


def test_the_report_of_the_wire_and_the_ruling_together_builds(tmp_path: Path):
    """The honest restatements of this round's two sources build side by side, so a fix that refuses them shows."""
    root = merger(tmp_path, "The regulator said the combined chain would control 38% of the grocery market, up from "
                            "Harbor's 22% share today.", SHARE + " today")
    result = run_build(root, "check")
    assert result.code == 0, error_lines(result)


def test_a_french_briefing_moved_into_an_english_site_without_its_language_is_named(tmp_path: Path):
    root = strike(tmp_path, "Plus de 1,5 million de voyageurs ont vu leur train supprimé mardi.",
                  "Plus de 1,5 million de voyageurs ont vu leur train supprimé mardi.")
    (root / "content" / "site.yaml").write_text("title: Desk\ndescription: Cited explainers.\nlanguage: en\n",
                                                encoding="utf-8")
    folder = root / "content" / "deal"
    (folder / "briefing.yaml").write_text((folder / "briefing.yaml").read_text(encoding="utf-8").replace(
        "title: The deal", "title: Pourquoi les trains ne circulent pas et ce que disent les syndicats"),
        encoding="utf-8")
    sources = root / "content" / "sources.yaml"  # moved with it, the source says its language, as `new` wants
    sources.write_text(sources.read_text(encoding="utf-8").replace("    date: unknown\n", "    date: unknown\n"
                                                                   "    language: fr\n"), encoding="utf-8")
    result = run_build(root, "check")
    assert result.code == 1
    assert "1,5 million" in result.err  # misread, as its own line says
    assert [line for line in error_lines(result) if "this briefing is written in" in line] == [
        "content/deal/briefing.yaml:1: this briefing is written in French but read as English, the site's "
        "language (its figures and dates would be misread: \"1,5 million\" as 1 and 5 million) (add `language: fr` "
        "to briefing.yaml)"]
    (folder / "briefing.yaml").write_text("language: fr\n" + (folder / "briefing.yaml").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    builds(root)


def test_a_french_month_named_alone_is_read(tmp_path: Path):
    quote = "Le taux de grévistes s'élevait à 31,5 % à la mi-journée, contre 18 % lors du mouvement de janvier."
    source = STRIKE.replace("Le taux de grévistes s'élevait à 31,5 % à la mi-journée.", quote)
    refused_with(deal_project(tmp_path / "feb", "Le taux de grévistes atteignait 18 % lors du mouvement de février.",
                              quote, source, language="fr"), 'month "février" is not in the passages it cites')
    builds(deal_project(tmp_path / "jan", "Le taux de grévistes atteignait 18 % lors du mouvement de janvier.", quote,
                        source, language="fr"))
