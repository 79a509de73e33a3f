"""README promises, round six: what the README said this session without a test showing it.

Outcomes: "kept fighting", "kept from", "kept quiet" are no "kept". Conditions: "nobody knows when" is none. Date
bounds: "until at least" (and "at least until") a floor no negation turns. A level reached ("stood at") is no change's
size. Rates: a passage giving the figure plainly lets any period pass. French months named alone after "en",
"début", "mi-". A briefing with only its title in another language is not named as written in it. The home page's
corrections of a day: two listed, more than two the newest and "N more corrections that day" (every built-in locale
has the label). A Python lacking a package build.py imports at once says so in one line. German and Spanish rates and "until at least"
("pro Jahr", "al año", "mindestens bis", "al menos hasta") are read as the README lists them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import REPO, run_build
from support import (assert_summary_outcome, deal_project, error_lines, minimal_project, one_sentence_checked,
                     refused_with)
from test_newuser_12 import STRIKE


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("promises6") / "project")


def _ids(cases):
    return [f"{written[:45]} ({given[:25]})" for given, written, _ in cases]


# (the source's sentence, the briefing's, "ok" or what the error says)
SENTENCES = [
    # "kept" of another sense is no outcome (README: not "kept fighting", "kept from", "kept quiet")
    ("The council scrapped the levy on Monday.", "The council kept fighting the levy and scrapped it on Monday.",
     "ok"),
    ("The council scrapped the levy on Monday.", "The council kept quiet about the levy it scrapped on Monday.", "ok"),
    ("The council scrapped the levy on Monday.",
     "The council kept from the press the news that it scrapped the levy on Monday.", "ok"),
    ("The council kept the levy on Monday.", "The council scrapped the levy on Monday.",
     "says 'scrapped' where its cited passages say 'kept'"),
    # "nobody knows when" is no condition; a "when" of a future is
    ("The port will reopen on Monday, though nobody knows when the ships will return.",
     "The port will reopen on Monday.", "ok"),
    ("The port will reopen on Monday when the strike ends.", "The port will reopen on Monday.",
     "only on a condition"),
    # "until at least" is a floor, of the past too, and no negation turns it
    ("The curfew will stay in place until at least 30 September 2026.",
     "The curfew will stay in place until 30 September 2026.", "turns the other way the bound of"),
    ("The curfew will stay in place at least until 30 September 2026.",
     "The curfew will stay in place no later than 30 September 2026.", "turns the other way the bound of"),
    ("The curfew will not be lifted until at least 30 September 2026.",
     "The curfew will not be lifted before 30 September 2026.", "ok"),
    ("The curfew will stay in place until at least 30 September 2026.",
     "The curfew will stay in place until at least 30 September 2026.", "ok"),
    # a verb that forbids turns a bound, a noun of the same letters does not ("the ban will stay ... until")
    ("The ban will stay in place until at least 30 September 2026.",
     "The ban will stay in place until 30 September 2026.", "turns the other way the bound of"),
    ("The bar will stay open until at least 30 September 2026.",
     "The bar will stay open until 30 September 2026.", "turns the other way the bound of"),
    ("The court will ban the merger until 30 September 2026.",
     "The court will ban the merger until 30 September 2026.", "ok"),
    # a level reached ("stood at") is no change's size
    ("Unemployment stood at 38% in March.", "Unemployment rose 38% in March.", "is given as the size of a rise"),
    ("Unemployment stood at 38% in March.", "Unemployment was 38% in March.", "ok"),
    # "as" is no party's place ("as many casualties as Pakistan")
    ("Pakistan had as many casualties as Afghanistan on Friday.",
     "Afghanistan had as many casualties as Pakistan on Friday.", "ok"),
    # a figure the passage gives plainly lets any period pass
    ("The deal would save £1.2bn in costs.", "The deal would save £1.2bn a year in costs.", "ok"),
    ("The deal would save £1.2bn a year in costs.", "The deal would save £1.2bn a week in costs.",
     'figure "£1.2bn" is given per week'),
]


@pytest.mark.parametrize("given, written, outcome", SENTENCES, ids=_ids(SENTENCES))
def test_a_readme_sentence_is_read_as_the_readme_says(fixture_root: Path, given, written, outcome):
    assert_summary_outcome(one_sentence_checked(fixture_root, given, written), outcome)


# --- French months named alone after a word that dates them -------------------------------------------------------

MONTH_QUOTE = "Le taux de grévistes s'élevait à 31,5 % à la mi-journée, contre 18 % lors du mouvement de janvier."


@pytest.mark.parametrize("dated", ["en février", "début février", "mi-février"])
def test_a_french_month_after_en_debut_or_mi_is_read(tmp_path: Path, dated: str):
    source = STRIKE.replace("Le taux de grévistes s'élevait à 31,5 % à la mi-journée.", MONTH_QUOTE)
    refused_with(deal_project(tmp_path, f"Le taux de grévistes atteignait 18 % {dated}.", MONTH_QUOTE, source,
                              language="fr"), 'month "février" is not in the passages it cites')


# --- German and Spanish rates and "until at least" -----------------------------------------------------------------

IN_OTHER_LANGUAGES = [
    # (language, the source's sentence, the briefing's, "ok" or what the error says)
    ("de", "Die Fusion spart 1,2 Milliarden Euro pro Jahr.", "Die Fusion spart 1,2 Milliarden Euro pro Monat.",
     'figure "1,2 Milliarden" is given per month'),
    ("de", "Die Fusion spart 1,2 Milliarden Euro pro Jahr.", "Die Fusion spart 1,2 Milliarden Euro jährlich.", "ok"),
    ("es", "La fusión ahorrará 1.200 millones de euros al año.",
     "La fusión ahorrará 1.200 millones de euros al mes.", 'figure "1.200 millones" is given per month'),
    ("es", "La fusión ahorrará 1.200 millones de euros al año.",
     "La fusión ahorrará 1.200 millones de euros al año.", "ok"),
    ("de", "Die Sperre gilt mindestens bis 30. September 2026.", "Die Sperre gilt bis 30. September 2026.",
     "turns the other way the bound of \"mindestens bis 30. September 2026\""),
    ("de", "Die Sperre gilt mindestens bis 30. September 2026.",
     "Die Sperre gilt mindestens bis 30. September 2026.", "ok"),
    ("es", "La prohibición seguirá al menos hasta el 30 de septiembre de 2026.",
     "La prohibición seguirá hasta el 30 de septiembre de 2026.", "turns the other way the bound of \"al menos hasta"),
    ("es", "La prohibición seguirá al menos hasta el 30 de septiembre de 2026.",
     "La prohibición seguirá al menos hasta el 30 de septiembre de 2026.", "ok"),
]


@pytest.mark.parametrize("language, given, written, outcome", IN_OTHER_LANGUAGES,
                         ids=[f"{language}: {written[:40]}" for language, _, written, _ in IN_OTHER_LANGUAGES])
def test_a_german_or_spanish_rate_or_floor_is_kept(tmp_path: Path, language, given, written, outcome):
    root = deal_project(tmp_path, written, given.rstrip("."), given + "\n", language=language)
    if outcome == "ok":
        result = run_build(root, "check")
        assert result.code == 0, result.err
    else:
        refused_with(root, "briefing.yaml:3:", outcome)


# --- a briefing's language line: its title alone written in another language names nothing ----------------------

def test_an_english_briefing_with_a_french_title_is_not_named_as_french(tmp_path: Path):
    # read with its English summary, the briefing is English: "the", "of", "and", "was" outnumber the title's words
    said = "The shares of Harbor fell 4.1% on Tuesday and the union said this was the worst day"
    root = deal_project(tmp_path, said + ".", said, said + ".\n")
    briefing = root / "content" / "deal" / "briefing.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace(
        "title: The deal", "title: Pourquoi les actions de Harbor ont baissé et ce que disent les syndicats"),
        encoding="utf-8")
    assert run_build(root, "check").code == 0
    briefing.write_text(briefing.read_text(encoding="utf-8").replace("fell 4.1%", "fell 4.7%", 1), encoding="utf-8")
    result = run_build(root, "check")
    assert result.code == 1
    assert error_lines(result) and not [line for line in error_lines(result) if "this briefing is written in" in line]


# --- the home page's corrections of the latest day ----------------------------------------------------------------

def _corrected(root: Path, count: int) -> str:
    """Give the minimal briefing `count` corrections on its latest log day, build, and return the home page."""
    briefing = root / "content" / "flood" / "briefing.yaml"
    fixes = "".join(f"  - date: 2026-03-04\n    kind: correction\n    text: The river rose on Monday (fix {letter}).\n"
                    f"    wrong: We said it rose on Sunday (fix {letter}).\n"  # a letter: a log's figure is checked
                    for letter in "abcdefghijklmnopqrstuvwxyz"[:count])
    text = briefing.read_text(encoding="utf-8")
    text = re.sub(r"(    text: First published\.\n)(?:  - date: 2026-03-04\n(?:    .*\n)+)*", r"\g<1>" + fixes.replace(
        "\\", "\\\\"), text, count=1)
    briefing.write_text(text, encoding="utf-8")
    built = run_build(root)
    assert built.code == 0, built.err
    return (root / "site" / "index.html").read_text(encoding="utf-8")


def test_the_home_page_lists_two_corrections_and_of_more_the_newest_and_a_count(tmp_path: Path):
    root = minimal_project(tmp_path / "project")
    two = _corrected(root, 2)
    assert "(fix a)" in two and "(fix b)" in two and "more corrections that day" not in two
    # two links named alike would lead apart: each is numbered, and named with its briefing's title
    # (the link's own text is its accessible name: the number and title in words only a screen reader shows)
    names = [re.sub(r"<[^>]+>", "", link) for link in re.findall(r'<a href="flood/#update-[^"]*">(.*?)</a>', two)]
    assert names == ["Correction 1 (The flood)", "Correction 2 (The flood)"]
    four = _corrected(root, 4)
    listed = re.findall(r"\(fix [a-z]\)", four)
    assert set(listed) == {"(fix d)"}, listed  # the newest only: the log lists the day's newest first
    more = re.findall(r'<a href="[^"]*flood/#updates"[^>]*>(.*?)</a>', four)
    assert [re.sub(r"<[^>]+>", "", link) for link in more] == [
        "3 more corrections that day: see Updates and corrections (The flood)"], more


def test_every_built_in_locale_names_the_corrections_left_to_the_log():
    for path in sorted((REPO / "explainer" / "locales").glob("*.yaml")):
        label = yaml.safe_load(path.read_text(encoding="utf-8")).get("more_corrections")
        assert isinstance(label, str) and "{count}" in label, path.name


# --- a Python without a package build.py imports at once -----------------------------------------------------------

@pytest.mark.parametrize("package", ["jinja2", "yaml"])
def test_a_python_without_a_package_imported_at_start_says_so_in_one_line(tmp_path: Path, package: str):
    root = minimal_project(tmp_path / "project")
    program = (f"import runpy, sys; sys.modules[{package!r}] = None; "
               f"sys.argv = ['build.py', '--root', {str(root)!r}, 'check']; "
               f"runpy.run_path({str(REPO / 'build.py')!r}, run_name='__main__')")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stderr.splitlines()) == (1, [
        f"error: this Python ({sys.executable}) lacks the package {package} that build.py needs (activate the "
        "environment the package was installed in, `. .venv/bin/activate`, or install it there: `pip install -e "
        "REPO`)"])
