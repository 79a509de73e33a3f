"""README promises that no other test held (a third audit, of the rules added last: date bounds, directions, signs,
whose words, negations by meaning, noncharacters, CSV cells, signals, locales, `ratio_of`): each test quotes the
promise it holds and builds a small project (or runs a real command) to show the code keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import error_lines
from test_newuser_7 import news_project


def checked(tmp_path: Path, source: str, summary: str, language: str = "en") -> list[str]:
    """Build a project whose one source is the sentence `source`, cited whole by a summary (line 3) of one sentence,
    in `language` (the site's, the briefing's and the source's); return `check`'s error lines ([] when it builds)."""
    root = news_project(tmp_path, summary, source, source=f"Report\n\n{source}\n", site_language=language)
    result = run_build(root, "check")
    assert "Traceback" not in result.err
    return error_lines(result) if result.code else []


def assert_refused(lines: list[str], *pieces: str) -> None:
    """Assert the summary was refused on its line, by one error holding every one of `pieces`."""
    assert any(line.startswith("content/deal/briefing.yaml:3: ") and all(p in line for p in pieces)
               for line in lines), lines


# --- Date bounds kept ----------------------------------------------------------------------------------------------

DATE_BOUNDS_REFUSED = [
    # "a floor (... "not until", ..., "after", ...) or a ceiling (..., "not after", ..., "at the latest"; French
    # ... "au plus tard", "d'ici")": each listed bound is read, and leaving it out or turning it is refused.
    ("en", "Voting begins not until 3 March 2026.", "Voting begins on 3 March 2026.", "leaves out the bound of"),
    ("en", "The vote will be held after 3 March 2026.", "The vote will be held on 3 March 2026.", "leaves out"),
    ("en", "The vote will be held not after 3 March 2026.", "The vote will be held on 3 March 2026.", "leaves out"),
    ("en", "The plant will open in 2028 at the latest.", "The plant will open in 2028.",
     'date "2028" leaves out the bound of "2028 at the latest"'),
    ("en", "The vote will be held no later than 3 March 2026.", "The vote will be held after 3 March 2026.",
     'turns the other way the bound of "no later than 3 March 2026"'),
    ("fr", "Le vote aura lieu au plus tard le 3 mars 2026.", "Le vote aura lieu le 3 mars 2026.",
     'leaves out the bound of "au plus tard le 3 mars 2026"'),
    ("fr", "L'usine ouvrira d'ici 2028.", "L'usine ouvrira en 2028.", "leaves out the bound of \"d'ici 2028\""),
    # French floors: "pas avant", "au plus tôt", and a negation before "avant" ("n'aura pas lieu avant"), which read
    # as a ceiling (so "d'ici", by, built on a passage saying "not before").
    ("fr", "Le vote aura lieu pas avant le 3 mars 2026.", "Le vote aura lieu d'ici le 3 mars 2026.",
     "turns the other way"),
    ("fr", "L'usine ouvrira en 2028 au plus tôt.", "L'usine ouvrira d'ici 2028.", "turns the other way"),
    ("fr", "Le vote n'aura pas lieu avant le 3 mars 2026.", "Le vote aura lieu d'ici le 3 mars 2026.",
     "turns the other way the bound of"),
    # "("since at least 2019" is a figure's qualifier, above)"
    ("en", "The group has operated in the region since at least 2019.",
     "The group has operated in the region since 2019.", 'figure "2019" leaves out the qualifier of "at least 2019"'),
]


@pytest.mark.parametrize("language, source, summary, message", DATE_BOUNDS_REFUSED,
                         ids=[s[:40] for _, _, s, _ in DATE_BOUNDS_REFUSED])
def test_every_date_bound_the_readme_lists_is_kept(tmp_path: Path, language, source, summary, message):
    assert_refused(checked(tmp_path, source, summary, language), message)


DATE_BOUNDS_KEPT = [
    ("en", "The plant will open before March 2027.", "The plant will open no later than March 2027."),
    ("en", "The vote will be held after 3 March 2026.", "The vote will be held not before 3 March 2026."),
    ("fr", "Le vote n'aura pas lieu avant le 3 mars 2026.", "Le vote aura lieu au plus tôt le 3 mars 2026."),
    ("fr", "Le vote aura lieu pas avant le 3 mars 2026.", "Le vote n'aura pas lieu avant le 3 mars 2026."),
]


@pytest.mark.parametrize("language, source, summary", DATE_BOUNDS_KEPT, ids=[s[:40] for _, _, s in DATE_BOUNDS_KEPT])
def test_a_date_bound_kept_in_other_words_builds(tmp_path: Path, language, source, summary):
    assert checked(tmp_path, source, summary, language) == []
