"""A hundred-and-fifty-third fact-check: figures and their bases.

Refused, where each built:
- a part told as the whole: "The operator employs 14,000 people." citing "The operator employs 21,000 people, of whom
  14,000 are union members" ("including", "among them", "14,000 of them", French "dont", Spanish "de los cuales",
  German "davon": subset_figures.py);
- two givers' counts in the wrong order: "The union and the operator put the figures at 300 and 120(, respectively)."
  citing "The union put the number of cancelled trains at 120, while the operator put it at 300." (counts_by_giver.py
  reads "put the number of ... at" and "put it at", and two givers given two counts in turn);
- instalments' figures and months swapped: "The first instalment, 2%, comes in March; the second, 2.5%, in October."
  or "in March and October, of 2% and 2.5%" citing "a 2.5% rise in March and a further 2% in October"
  (figure_months.py: as many figures as months, paired in turn).
And one wrong figure is one finding: a summary stating a figure its cited passage sets aside ("2,600 employees, not
2,300 as first reported"), which a correction of the log also takes back, is named once (corrected_figures.py).
Each has its honest twin, which builds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project, edit, error_lines
from test_factcheck_143 import found  # a sentence in a language citing one passage, read as its locale writes it
import test_editor_1 as editor

STAFF = "The operator employs 21,000 people, of whom 14,000 are union members."
TRAINS = "The union put the number of cancelled trains at 120, while the operator put it at 300."
RISES = "Staff get a 2.5% rise in March and a further 2% in October."
PAID = "The rise is paid in two instalments: 2.5% in March and 2% in October."

REFUSED = {
    "part-of-whom": ("en", "The operator employs 14,000 people.", STAFF, "only for a part"),
    "part-including": ("en", "The operator has 14,000 staff.",
                       "The operator employs 21,000 people, including 14,000 union members.", "only for a part"),
    "part-among-them": ("en", "The operator employs 14,000 people.",
                        "The operator employs 21,000 people, among them 14,000 union members.", "only for a part"),
    "part-of-them": ("en", "The operator employs 14,000 workers.",
                     "The operator employs 21,000 people, 14,000 of them union members.", "only for a part"),
    "part-fr-dont": ("fr", "L'opérateur emploie 14 000 personnes.",
                     "L'opérateur emploie 21 000 personnes, dont 14 000 syndiqués.", "only for a part"),
    "part-es-de-los-cuales": ("es", "La operadora emplea a 14.000 personas.",
                              "La operadora emplea a 21.000 personas, de los cuales 14.000 están afiliados al "
                              "sindicato.", "only for a part"),
    "part-de-davon": ("de", "Der Betreiber beschäftigt 14.000 Menschen.",
                      "Der Betreiber beschäftigt 21.000 Menschen, davon 14.000 Gewerkschaftsmitglieder.",
                      "only for a part"),
    "givers-in-turn": ("en", "The union and the operator put the figures at 300 and 120.", TRAINS,
                       "gives 300 to 'The union'"),
    "givers-respectively": ("en", "The union and the operator put the figures at 300 and 120, respectively.", TRAINS,
                            "gives 300 to 'The union'"),
    "givers-estimated": ("en", "The union and the operator estimated 300 and 120 cancellations.", TRAINS,
                         "gives 300 to 'The union'"),
    "months-instalments": ("en", "The first instalment, 2%, comes in March; the second, 2.5%, in October.", RISES,
                           "gives 2% to March"),
    "months-and": ("en", "The first instalment, 2%, comes in March and the second, 2.5%, in October.", RISES,
                   "gives 2% to March"),
    "months-respectively": ("en", "The rise is paid in two instalments, in March and October, of 2% and 2.5%.", PAID,
                            "gives 2% to March"),
    "months-es": ("es", "El primer tramo, del 2 %, llega en marzo; el segundo, del 2,5 %, en octubre.",
                  "Una subida del 2,5 % en marzo y otra del 2 % en octubre.", "to March"),
}

BUILT = {
    "part-named": ("en", "14,000 of its 21,000 staff are members.", STAFF),
    "part-named-union": ("en", "14,000 of the operator's 21,000 staff are union members.", STAFF),
    "whole": ("en", "The operator employs 21,000 people.", STAFF),
    "part-engineers": ("en", "The company employs 3,000 engineers.",
                       "The company employs 8,000 people, including 3,000 engineers."),
    "part-fr-kept": ("fr", "L'opérateur emploie 21 000 personnes, dont 14 000 syndiqués.",
                     "L'opérateur emploie 21 000 personnes, dont 14 000 syndiqués."),
    "part-de-named": ("de", "14.000 der 21.000 Beschäftigten sind Gewerkschaftsmitglieder.",
                      "Der Betreiber beschäftigt 21.000 Menschen, davon 14.000 Gewerkschaftsmitglieder."),
    "givers-in-turn": ("en", "The union and the operator put the figures at 120 and 300.", TRAINS),
    "givers-respectively": ("en", "The operator and the union put the figures at 300 and 120, respectively.", TRAINS),
    "months-in-turn": ("en", "The first 2.5% rise comes in March, the second 2% in October.", RISES),
    "months-respectively": ("en", "The rise is paid in two instalments, in March and October, of 2.5% and 2%.", PAID),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_the_misstatements_are_refused(name: str):
    language, sentence, passage, expected = REFUSED[name]
    findings = found(language, sentence, passage)
    assert any(expected in finding for finding in findings), findings


@pytest.mark.parametrize("name", sorted(BUILT))
def test_the_honest_twins_build(name: str):
    language, sentence, passage = BUILT[name]
    assert found(language, sentence, passage) == []


def _corrected_while_set_aside(tmp_path: Path, summary: str) -> list[str]:
    """Return `check`'s errors where the authority's notice sets the first figure aside and a correction is logged."""
    root = checked_fixture_project(editor.FIXTURE, tmp_path / "desk")
    edit(root / "arriving" / "cma-notice.txt", "2,600 employees and",
         "2,600 employees, not 2,300 as first reported, and")
    editor.corrected(root, summary=summary)
    edit(root / editor.BRIEFING, "quote: The combined business would have 2,600 employees\n",
         "quote: The combined business would have 2,600 employees, not 2,300 as first reported\n")
    return error_lines(run_build(root, "check"))


def test_a_figure_set_aside_and_corrected_is_named_once(tmp_path: Path):
    errors = _corrected_while_set_aside(tmp_path, "The combined group would have 2,300 employees.[^size]")
    assert len(errors) == 1 and 'figure "2,300" is one the passages this sentence cites set aside' in errors[0], errors


def test_the_corrected_figure_builds(tmp_path: Path):
    assert _corrected_while_set_aside(tmp_path, editor.NEW_SIZE) == []
