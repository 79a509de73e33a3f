"""An Arabic briefing written from scratch, as the README tells a new editor to: a water dispute between two states
over a dam on a shared river, with an African Union mediator.

Sources (tests/fixtures/newuser_20/seeds/): a report (filling began "يوم الأحد ١٥ مارس ٢٠٢٦", a first stage of "٣٫٥
مليار متر مكعب", the downstream state's share of "55.5 مليار متر مكعب" in Western digits, "بنسبة ٢٥٪" less flow, a
minister's «...» and another's "...", a mediator's proposal that filling "وألا يتجاوز 4 مليارات متر مكعب في العام", a
caveat) and a follow-up correcting the first stage to "٤٫٢ مليار متر مكعب" ("أفادت التقارير" ...).

What the new editor met: a figure's `unit` in Arabic, `unit: مليار متر مكعب` (billion cubic metres), was refused
("give the figure a unit that says so (`unit: billion`...)"), as Arabic scale words counted in prose but not in a
unit, so the chart and table would have said "billion" in English on an Arabic page; the mediator's cap dropped
("أن يبلغ الملء 4 مليارات", the claim's `bound: up to` left out) or turned into a floor ("ألا يقل الملء عن 4
مليارات") built, as Arabic's "does not exceed" and "not less than" were no qualifiers; a fall turned into a rise
("سيزيد تدفق النهر ... ٢٥٪" citing "سيخفض") built, as no Arabic word of rise or fall was read; and a quote's
`context: [key]` was answered "put the value in quotes", which would publish the brackets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, refused_with


FIXTURE = REPO / "tests" / "fixtures" / "newuser_20"
BRIEFING = "content/dam-dispute/briefing.yaml"
CLAIMS = "content/dam-dispute/claims.yaml"
QUOTES = "content/dam-dispute/quotes.yaml"
CAP = "اقترح الاتحاد الأفريقي ألا يتجاوز الملء 4 مليارات متر مكعب في العام."



@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the dam project, checked once, with the real templates and assets; returns its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def test_the_dam_briefing_builds_with_its_units_in_arabic(desk: Path):
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "dam-dispute" / "index.html").read_text(encoding="utf-8")
    assert 'dir="rtl"' in page and "مليار متر مكعب" in page and "billion" not in page


@pytest.mark.parametrize("says", [
    "اقترح الاتحاد الأفريقي ألا يتجاوز 4 مليارات متر مكعب في العام.",  # the figure right after the verb
    "اقترح الاتحاد الأفريقي سقفًا سنويًا للملء لا يزيد على 4 مليارات متر مكعب.",
], ids=["verb-then-figure", "no-more-than"])
def test_an_arabic_cap_kept_builds(desk: Path, says: str):
    edit(desk / CLAIMS, CAP, says)
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_an_arabic_cap_dropped_from_a_figure_is_refused(desk: Path):
    edit(desk / CLAIMS, ", bound: up to}", "}")
    refused_with(desk, f"{CLAIMS}:18: figure 4 (سقف الملء السنوي) is given as 'exact', but the passages cited for it "
                       'say "وألا يتجاوز 4 مليارات" (write `bound: up to`')


@pytest.mark.parametrize("says, what", [
    ("اقترح الاتحاد الأفريقي أن يبلغ الملء 4 مليارات متر مكعب في العام.", "leaves out the qualifier of"),
    ("اقترح الاتحاد الأفريقي ألا يقل الملء عن 4 مليارات متر مكعب في العام.", "contradicts"),
], ids=["dropped", "turned-to-a-floor"])
def test_an_arabic_cap_dropped_or_turned_in_prose_is_refused(desk: Path, says: str, what: str):
    edit(desk / CLAIMS, CAP, says)
    refused_with(desk, f"{CLAIMS}:16: `says`: figure", f'{what} "وألا يتجاوز 4 مليارات"')


def test_an_arabic_fall_told_as_a_rise_is_refused(desk: Path):
    edit(desk / BRIEFING, "سيخفض تدفق النهر", "سيزيد تدفق النهر")
    refused_with(desk, f'{BRIEFING}:6: `summary`: figure "٢٥٪" is given as a rise, but the passages this cites give '
                       "it as a fall")


def test_a_list_where_text_is_wanted_names_what_to_write(desk: Path):
    edit(desk / QUOTES, "context: قالها في رد على بدء الملء.[^haddad-ctx]", "context: [haddad-ctx]")
    refused_with(desk, f"{QUOTES}:7: quotes[0].context: expected text, found a list (write it as text, not a list: "
                       "When and where it was said; cite it with [^key].)")


@pytest.mark.parametrize("file, old, new, line, mine, theirs", [
    (BRIEFING, "وتقول دولة الجنوب إن الملء", "وتقول دولة الشمال إن الملء", 6, "دولة الشمال", "دولة الجنوب"),
    ("content/dam-dispute/timeline.yaml", "اقترح الاتحاد الأفريقي أن", "اقترحت دولة الشمال أن", 8, "دولة الشمال",
     "الوسيط الإقليمي الاتحاد الأفريقي"),
], ids=["a-claim-given-to-the-other-state", "the-mediators-proposal-given-to-a-state"])
def test_words_given_to_another_party_in_arabic_are_refused(desk: Path, file: str, old: str, new: str, line: int,
                                                            mine: str, theirs: str):
    edit(desk / file, old, new)
    refused_with(desk, f"{file}:{line}: ", f"this sentence gives the words to {mine}, but its cited passages give "
                                           f"them to {theirs}")


def test_words_given_to_their_own_party_in_arabic_build(desk: Path):
    edit(desk / "content/dam-dispute/timeline.yaml", "اقترح الاتحاد الأفريقي أن",
         "قال الوسيط، الاتحاد الأفريقي، إن على دولة الشمال أن")  # the mediator, named as the source names it
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_quote_given_to_another_arabic_speaker_is_refused(desk: Path):
    edit(desk / QUOTES, "speaker: سامي الحداد", "speaker: ليلى منصور")
    refused_with(desk, f"{QUOTES}:5: `speaker`: the source names no ليلى منصور in the sentence that holds these words "
                       "or the one before, nor in a passage the `context` cites")


def test_a_quote_given_to_its_arabic_speaker_by_surname_builds(desk: Path):
    edit(desk / QUOTES, "speaker: سامي الحداد", "speaker: الحداد")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_claim_given_to_the_other_arabic_state_is_refused(desk: Path):
    edit(desk / CLAIMS, "      - claimant: دولة الجنوب\n        parties: [south]",
         "      - claimant: دولة الشمال\n        parties: [north]")
    lines = refused_with(desk, f"{CLAIMS}:5: `claimant`: the cited passages give these words to دولة الجنوب, not to "
                               "دولة الشمال")
    assert any(line.startswith(f"{CLAIMS}:6: `parties`: the cited passages give these words to دولة الجنوب, of none "
                               "of the parties listed (north)") for line in lines), lines


def test_a_quotes_arabic_role_naming_the_other_state_is_refused(desk: Path):
    edit(desk / QUOTES, "role: وزير الخارجية في دولة الجنوب", "role: وزير الخارجية في دولة الشمال")
    refused_with(desk, f"{QUOTES}:6: `role`: names الشمال, but the source names سامي الحداد with الجنوب, never الشمال")
