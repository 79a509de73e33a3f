"""A dispute between two German states over water from the Spree, written in German from scratch as the README tells a
new editor to: a ministry's press release ("bis zu 3,5 Kubikmeter", "mindestens 1.250 Beschäftigte", "bis zu 240 Mio.
Euro") and a newspaper's report ("etwa 2,1 Kubikmeter", "frühestens 2028", "für den 9. Juni 2026 angesetzt").

What it met: a German timeline's `when` opens with its date ("19. Juni 2026"), which the sentence reader took for a
numbered list starting at 19 and left out, so only "Juni 2026" was checked: a hearing moved from the 9th to the 19th
of June built, as did any plain field (a claimant, a measure, a title) opening with a day. "Der Pegel wird
Niedrigwasser erreichen" built citing "Sollte der Sommer trocken werden, könnte der Pegel ...", its "werden" read as a
certain future; "nicht zu erwarten" was no expectation; a caveat's "laut" in one sentence excused the next one's
"wird"; and German ranges did not share their unit and scale ("3 Prozent bis 5 Prozent" citing "3 bis 5 Prozent" was
refused, "2 bis 3 Mio. Euro" citing "2 Euro ... 3 Mio. Euro" built).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import deal_project, refused_with

REPORT = ("Das Verwaltungsgericht Cottbus bestätigte den Eingang der Klage. Eine mündliche Verhandlung ist für den "
          "9. Juni 2026 angesetzt.\n")
HEARING = "Eine mündliche Verhandlung ist für den 9. Juni 2026 angesetzt."


def builds(root: Path) -> None:
    result = run_build(root, "check")
    assert result.code == 0, result.err


def with_timeline(tmp_path: Path, when: str, date: str) -> Path:
    timeline = ("events:\n"
                f"  - when: {when}\n    date: {date}\n    what: Mündliche Verhandlung angesetzt.\n    cite: [a]\n")
    return deal_project(tmp_path, "Das Gericht hat eine Verhandlung angesetzt.", HEARING, REPORT, language="de",
                        files={"timeline.yaml": timeline})


@pytest.mark.parametrize("when, date", [("19. Juni 2026", "2026-06-19"), ("  19. Juni 2026", "2026-06-19")])
def test_a_german_when_opening_with_another_day_is_refused(tmp_path: Path, when: str, date: str):
    refused_with(with_timeline(tmp_path, f'"{when}"', date), "timeline.yaml:2:", '`when`: date "19',
                 "is not in the passages this item cites")


def test_a_german_when_opening_with_the_sources_day_builds(tmp_path: Path):
    builds(with_timeline(tmp_path, "9. Juni 2026", "2026-06-09"))


def test_a_claimant_opening_with_another_figure_is_refused(tmp_path: Path):
    claims = ("topics:\n  - id: gericht\n    title: Gericht\n    claims:\n"
              "      - claimant: 12. Kammer des Verwaltungsgerichts\n        says: Die Verhandlung ist angesetzt.\n"
              "        status: reported\n        cite: [a]\n")
    root = deal_project(tmp_path, "Das Gericht hat eine Verhandlung angesetzt.", HEARING, REPORT, language="de",
                        files={"claims.yaml": claims})
    refused_with(root, "claims.yaml:5:", '`claimant`: figure "12', "is not in the passages this item cites")


def test_a_title_opening_with_another_day_is_refused(tmp_path: Path):
    root = deal_project(tmp_path, "Das Gericht hat eine Verhandlung angesetzt.", HEARING, REPORT, language="de")
    briefing = root / "content" / "deal" / "briefing.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace("title: The deal",
                                                                     "title: 19. Juni 2026 vor Gericht"),
                        encoding="utf-8")
    refused_with(root, "briefing.yaml:1:", '19. Juni 2026')
    briefing.write_text(briefing.read_text(encoding="utf-8").replace("19. Juni", "9. Juni"), encoding="utf-8")
    builds(root)


PEGEL = "Sollte der Sommer trocken werden, könnte der Pegel Leibsch jedoch Niedrigwasser erreichen."
HERBST = "Ein Gerichtssprecher sagte, eine Entscheidung sei vor dem Herbst nicht zu erwarten."


def german(tmp_path: Path, summary: str, source: str) -> Path:
    return deal_project(tmp_path, summary, source, source + "\n", language="de")


def test_a_german_werden_after_an_expectation_states_no_certain_future(tmp_path: Path):
    """"trocken werden" under "Sollte" is "become dry": the passage states nothing as certain, so its "könnte"
    must be kept."""
    refused_with(german(tmp_path, "Der Pegel Leibsch wird Niedrigwasser erreichen.", PEGEL),
                 "briefing.yaml:3:", "only as expected", "'wird'")


@pytest.mark.parametrize("written", ["Der Pegel Leibsch könnte Niedrigwasser erreichen.",
                                     "Sollte der Sommer trocken werden, könnte der Pegel Niedrigwasser erreichen."])
def test_a_german_forecast_kept_builds(tmp_path: Path, written: str):
    builds(german(tmp_path, written, PEGEL))


def test_a_german_nicht_zu_erwarten_is_no_certain_date(tmp_path: Path):
    refused_with(german(tmp_path, "Das Gericht wird im Herbst entscheiden.", HERBST),
                 "briefing.yaml:3:", "only as expected ('erwarten')")


def test_a_german_expected_decision_kept_builds(tmp_path: Path):
    builds(german(tmp_path, "Eine Entscheidung ist vor dem Herbst nicht zu erwarten.", HERBST))


@pytest.mark.parametrize("source, written", [
    ("Die Löhne steigen um 3 bis 5 Prozent.", "Die Löhne steigen um 3 Prozent bis 5 Prozent."),
    ("Die Löhne steigen um 3 Prozent bis 5 Prozent.", "Die Löhne steigen um 3 bis 5 Prozent."),
    ("Die Kosten liegen zwischen 2 und 3 Mio. Euro.", "Die Kosten liegen zwischen 2 Mio. und 3 Mio. Euro."),
    ("Die Kosten liegen bei 2 bis 3 Mio. Euro.", "Die Kosten liegen bei 2 Mio. bis 3 Mio. Euro."),
    ("Die Kosten liegen bei 2 Mio. bis 3 Mio. Euro.", "Die Kosten liegen bei 2 bis 3 Mio. Euro."),
])
def test_a_german_range_writes_its_unit_and_scale_once_or_twice(tmp_path: Path, source: str, written: str):
    builds(german(tmp_path, written, source))


def test_a_german_range_takes_its_scale_from_its_high_end(tmp_path: Path):
    """"2 bis 3 Mio. Euro" is two and three million: a passage's "2 Euro" backs no such low end."""
    refused_with(german(tmp_path, "Die Kosten liegen bei 2 bis 3 Mio. Euro.",
                        "Die Kosten liegen bei 2 Euro, der Anteil bei 3 Mio. Euro."),
                 "briefing.yaml:3:", 'figure "2" is not in the passages')


def test_a_german_range_end_alone_is_refused(tmp_path: Path):
    refused_with(german(tmp_path, "Die Kosten liegen bei 2 Mio. Euro.", "Die Kosten liegen bei 2 bis 3 Mio. Euro."),
                 "briefing.yaml:3:", 'leaves out the qualifier of "2 bis 3 Mio"')


def caveat(text: str) -> dict[str, str]:
    return {"caveats.yaml": f"caveats:\n  - kind: omission\n    text: {text}\n"}


def test_an_items_attribution_keeps_only_its_own_sentences_forecast(tmp_path: Path):
    """An item is cited as a whole, but "laut einem Sprecher" in its first sentence says nothing of the second's."""
    root = deal_project(tmp_path, "Eine Entscheidung ist nicht vor dem Herbst zu erwarten.", HERBST, HERBST + "\n",
                        language="de", files=caveat("Laut einem Sprecher ist nichts entschieden.[^a] "
                                                    "Das Gericht wird im Herbst entscheiden.[^a]"))
    refused_with(root, "caveats.yaml:3:", "only as expected ('erwarten')", "Das Gericht wird im Herbst")


def test_an_items_sentence_saying_whose_forecast_builds(tmp_path: Path):
    root = deal_project(tmp_path, "Eine Entscheidung ist nicht vor dem Herbst zu erwarten.", HERBST, HERBST + "\n",
                        language="de", files=caveat("Das Gericht wird laut einem Sprecher nicht vor dem Herbst "
                                                    "entscheiden.[^a]"))
    builds(root)
