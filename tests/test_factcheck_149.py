"""A hundred-and-forty-ninth fact-check (a review mend): a figure the source replaces, sets aside or takes back, told
as the figure, is named once, by one module.

Three modules read such a figure and overlapped: set_aside_figures.py ("980, not 1,250", "e non", "et non",
"nicht"), revised.py (which read "not 1,250 as first reported" too) and replaced_figures.py ("28 statt 27 Sitze",
"instead of"). "1,250 people died." citing "980 people died, not 1,250 as previously reported" gave two findings,
"The ministry counted 1,250 deaths." citing "980 deaths rather than 1,250 as initially reported" three, and "27
seats" of "28 instead of 27", "statt", "au lieu de", "en lugar de" two. Now set_aside_figures.py alone names them
(replaced_figures.py merged into it; revised.py reads "as first reported" of a later report only, with
set_aside_figures.reported_aside), one finding each, in English, German, French, Italian and Spanish.

Refused, where each built: "Analysts expected 1,250 deaths." of "not 1,250 as first reported" by the one module (a
word of whose figure it was keeps it only where the passage names that whose); "Die SPD erhält 18 Sitze." of "6
statt rund 18" stays refused, once.
Built, where each was refused: "The SPD had 27 seats before the recount." of "28 seats instead of 27"
(replaced_figures.py knew no "had" nor "before").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.attribution import Cited
from explainer.revised import revised_later
from support import checked_fixture_project, edit, error_lines
from test_factcheck_143 import found  # a sentence citing one passage, read as its locale (Italian too) writes it

ASIDE = "is one the passages this sentence cites set aside"
TOLL = "980 people died, not 1,250 as previously reported."
SEATS = "The SPD gets 28 seats instead of 27."
REVISED = "The toll was revised to 980 from 1,250."

# (language, sentence, passage): each refused by exactly one finding, set_aside_figures.py's
ONCE = {
    "en-not-as-previously-reported": ("en", "1,250 people died.", TOLL),
    "en-not-as-first-reported": ("en", "The ministry counted 1,250 deaths.",
                                 "The ministry counted 980 deaths, not 1,250 as first reported."),
    "en-rather-than-as-initially-reported": ("en", "The ministry counted 1,250 deaths.",
                                             "The ministry counted 980 deaths rather than 1,250 as initially reported."),
    "en-no-kept-figure-before": ("en", "The ministry counted 1,250 deaths.",
                                 "Officials said the toll was lower, not 1,250 as first reported."),
    "en-instead-of": ("en", "The ministry counted 1,250 deaths.", "The ministry counted 980 deaths instead of 1,250."),
    "en-seats-instead-of": ("en", "The SPD has 27 seats.", SEATS),
    "en-expected-of-as-first-reported": ("en", "Analysts expected 1,250 deaths.",
                                         "The ministry counted 980 deaths, not 1,250 as first reported."),
    "de-statt": ("de", "Die SPD erhält 27 Sitze.", "Die SPD erhält 28 statt 27 Sitze."),
    "de-statt-tote": ("de", "Das Ministerium zählte 1.250 Tote.", "Das Ministerium zählte 980 statt 1.250 Tote."),
    "de-nicht-wie-zunaechst": ("de", "Das Ministerium zählte 1.250 Tote.",
                               "Das Ministerium zählte 980 Tote, nicht 1.250 wie zunächst gemeldet."),
    "de-anstelle-von": ("de", "Die SPD erhält 27 Sitze.", "Die SPD erhält 28 Sitze anstelle von 27."),
    "de-statt-rund": ("de", "Die Partei erhält 18 Sitze.", "Die Partei erhält 6 statt rund 18 Sitze."),
    "fr-et-non": ("fr", "Le ministère a compté 1 250 morts.",
                  "Le ministère a compté 980 morts, et non 1 250 comme annoncé initialement."),
    "fr-au-lieu-de": ("fr", "Le ministère a compté 1 250 morts.", "Le ministère a compté 980 morts au lieu de 1 250."),
    "it-e-non": ("it", "Il ministero ha contato 1.250 morti.",
                 "Il ministero ha contato 980 morti, e non 1.250 come riportato inizialmente."),
    "it-invece-di": ("it", "Il ministero ha contato 1.250 morti.", "Il ministero ha contato 980 morti invece di 1.250."),
    "es-y-no": ("es", "El ministerio contó 1.250 muertos.",
                "El ministerio contó 980 muertos, y no 1.250 como se informó inicialmente."),
    "es-en-lugar-de": ("es", "El ministerio contó 1.250 muertos.", "El ministerio contó 980 muertos en lugar de 1.250."),
}

# (language, sentence, passage): honest twins, built
HONEST = {
    "en-the-kept-figure": ("en", "980 people died.", TOLL),
    "en-as-previously-reported": ("en", "The ministry had previously reported 1,250 deaths.", TOLL),
    "en-first-put-it-at": ("en", "Officials first put the toll at 1,250.",
                           "Officials said the toll was lower, not 1,250 as first reported."),
    "en-revised-to": ("en", "The toll was revised to 980.", REVISED),
    "en-revised-from": ("en", "The toll was revised from 1,250 to 980.", REVISED),
    "en-had-before-the-recount": ("en", "The SPD had 27 seats before the recount.", SEATS),
    "en-initially-given": ("en", "The party was initially given 27 seats.", SEATS),
    "en-expected-of-analysts-expected": ("en", "Analysts had forecast inflation of 4%.",
                                         "Inflation rose to 5%, not the 4% analysts expected."),
    "de-im-vorlaeufigen-ergebnis": ("de", "Im vorläufigen Ergebnis hatte die SPD 27 Sitze.",
                                    "Die SPD erhält 28 statt 27 Sitze."),
    "de-zunaechst": ("de", "Das Ministerium hatte zunächst 1.250 Tote gezählt.",
                     "Das Ministerium zählte 980 statt 1.250 Tote."),
    "de-kept": ("de", "Die SPD erhält 28 Sitze.", "Die SPD erhält 28 Sitze anstelle von 27."),
    "fr-d-abord": ("fr", "Le ministère avait d'abord compté 1 250 morts.",
                   "Le ministère a compté 980 morts au lieu de 1 250."),
    "it-inizialmente": ("it", "Il ministero aveva inizialmente contato 1.250 morti.",
                        "Il ministero ha contato 980 morti invece di 1.250."),
    "es-inicialmente": ("es", "El ministerio había contado inicialmente 1.250 muertos.",
                        "El ministerio contó 980 muertos en lugar de 1.250."),
}


@pytest.mark.parametrize("language, sentence, passage", ONCE.values(), ids=ONCE.keys())
def test_a_figure_set_aside_is_named_once(language: str, sentence: str, passage: str):
    findings = found(language, sentence, passage)
    assert len(findings) == 1 and ASIDE in findings[0], findings


@pytest.mark.parametrize("language, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_its_honest_twin_builds(language: str, sentence: str, passage: str):
    assert found(language, sentence, passage) == []


def test_a_revision_stays_revised_py_s_once():
    """revised.py keeps its own revisions ("revised to 980 from 1,250"), which set_aside_figures.py does not read."""
    findings = found("en", "The toll was 1,250.", REVISED)
    assert len(findings) == 1 and "name it as revised or wrong ('revised to 980 from 1,250')" in findings[0], findings


@pytest.mark.parametrize("sentence, refused", [
    ("1,250 people died.", True),
    ("Analysts expected 1,250 deaths.", True),
    ("The ministry first reported 1,250 deaths.", False),
    ("980 people died.", False),
])
def test_a_later_report_s_figure_set_aside_is_read_with_the_same_reader(sentence: str, refused: bool):
    """A later report's "not 1,250 as previously reported" (which the figure check of cited passages never sees) is
    read by revised.py through set_aside_figures.reported_aside."""
    findings = revised_later(sentence, [Cited(TOLL)])
    assert bool(findings) == refused, findings
    if refused:
        assert "'not 1,250 as previously reported'" in findings[0].message, findings


ELECTION = REPO / "tests" / "fixtures" / "newuser_104"
LOSS = "nach dem Endergebnis 3,3 Prozentpunkte.[^spd-minus][^spd-verlust-end]"


@pytest.mark.parametrize("added, refused", [
    (" Nach dem Endergebnis beträgt der Verlust 3,6 Prozentpunkte.[^spd-verlust-end]", True),
    (" Nach dem Endergebnis beträgt der Verlust 3,3 Prozentpunkte.[^spd-verlust-end]", False),
    (" Im vorläufigen Ergebnis hatte die SPD 27 Sitze.[^spd-sitze]", False),
])
def test_a_briefing_s_replaced_figure_gives_one_error_line(tmp_path: Path, added: str, refused: bool):
    """The briefing's own correction note names "27 Sitze" (corrected_figures.py), so the loss "3,3 statt 3,6" is the
    figure replaced that only the source's passage sets aside."""
    desk = checked_fixture_project(ELECTION, tmp_path / "desk")
    edit(desk / "content" / "landtagswahl-nordmark" / "background.yaml", LOSS, LOSS + added)
    result = run_build(desk, "check")
    assert "Traceback" not in result.err, result.err
    if refused:
        assert result.code == 1 and len(error_lines(result)) == 1 and ASIDE in error_lines(result)[0], \
            error_lines(result)
    else:
        assert result.code == 0, result.out + result.err
