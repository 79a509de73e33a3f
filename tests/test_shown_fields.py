"""Short fields a reader sees outside the prose (names, roles, measures, units, labels) state nothing unchecked."""

from __future__ import annotations

from pathlib import Path

from conftest import run_build
from support import edit, error_lines, line_of

BRIEFING = "content/pakistan-afghanistan-war/"
CHECKED = "(checked: 42 passages) (cite the passage that gives this figure, or correct it to the source's)"


def test_figures_in_names_roles_measures_units_and_labels_must_stand_in_a_cited_passage(project: Path):
    """Each field is shown on the page like a heading and cites nothing: "Pakistan, 9000 dead" as a party's
    name stated a toll no check read."""
    content = project / BRIEFING
    edit(content / "briefing.yaml", "    name: Pakistan", "    name: Pakistan, 9000 dead\n    role: side since 1999")
    edit(content / "briefing.yaml", "  comparisons: Forces compared", "  comparisons: Forces compared, 9000 dead")
    edit(content / "quotes.yaml", "    role: Pakistan's Defense Minister", "    role: Pakistan's Defense Minister of 9000 days")
    edit(content / "comparisons.yaml", "      - measure: Army\n        unit: personnel",
         "      - measure: Army of 9000\n        unit: personnel in 1999")
    labels_line = line_of(content / "briefing.yaml", "  comparisons: Forces compared")
    result = run_build(project, "check")
    assert result.code == 1
    assert error_lines(result) == [
        f'{BRIEFING}briefing.yaml:13: `name`: figure "9000" is not in the passages this briefing cites: '
        f'"Pakistan, 9000 dead" {CHECKED}',
        f'{BRIEFING}briefing.yaml:14: `role`: figure "1999" is not in the passages this briefing cites: '
        f'"side since 1999" {CHECKED}',
        f'{BRIEFING}briefing.yaml:{labels_line}: `labels` \'comparisons\': figure "9000" is not in the passages this briefing '
        f'cites: "Forces compared, 9000 dead" {CHECKED}',
        f'{BRIEFING}comparisons.yaml:18: `measure`: figure "9000" is not in the passages this briefing cites: '
        f'"Army of 9000" {CHECKED}',
        f'{BRIEFING}comparisons.yaml:19: `unit`: figure "1999" is not in the passages this briefing cites: '
        f'"personnel in 1999" {CHECKED}',
        f'{BRIEFING}quotes.yaml:5: `role`: figure "9000" is not in the passages this briefing cites: '
        f'"Pakistan\'s Defense Minister of 9000 days" {CHECKED}',
    ]


def test_a_claim_figure_measure_states_only_what_a_cited_passage_gives(built_minimal: Path):
    root = built_minimal
    edit(root / "content/flood/claims.yaml", "{measure: River rise, value: 3}", "{measure: River rise in 9000 places, value: 3}")
    result = run_build(root, "check")
    [line] = error_lines(result)  # checked against the claim's own passages, once
    assert line.startswith('content/flood/claims.yaml:9: `measure`: figure "9000" is not in the passages this item '
                           'cites: "River rise in 9000 places')
