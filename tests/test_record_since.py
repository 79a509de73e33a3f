"""A record's span read from a passage's "since 2019" and its source's publication date (explainer/record_spans.py):
"the worst in a decade" may not cite "the worst since 2019" in a report of 2026, seven years on."""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import TWO_PARTIES, minimal_project, sentence_findings, write_one_sentence

PARTIES = [Party(id="northland", name="Northland"), Party(id="southland", name="Southland")]
PASSAGE = "The fighting along the border is the worst since 2019, officials said."
PUBLISHED = "2026-02-27"


@pytest.mark.parametrize("sentence", [
    "The fighting along the border is the worst in a decade, officials said.",
    "The fighting along the border is the worst in decades, officials said.",
    "The fighting along the border is the worst in a generation, officials said.",
])
def test_a_record_since_a_year_widened_past_the_years_to_its_report_is_refused(sentence):
    (found,) = sentence_findings(sentence, [PASSAGE], "en", PARTIES, published=PUBLISHED)
    assert "widens a record to" in found and "'since 2019'" in found


@pytest.mark.parametrize("sentence", [
    "The fighting along the border is the worst since 2019, officials said.",
    "The fighting along the border is the worst in years, officials said.",
    "The fighting along the border is the worst in recent years, officials said.",
])
def test_a_record_kept_within_the_years_since_builds(sentence):
    assert sentence_findings(sentence, [PASSAGE], "en", PARTIES, published=PUBLISHED) == []


def test_a_span_since_early_in_a_year_is_read_and_one_reaching_back_far_enough_builds():
    passage = "Officials said the flooding was the worst since early 1990."
    assert sentence_findings("Officials said the flooding was the worst in decades.", [passage], "en", PARTIES,
                             published=PUBLISHED) == []
    (found,) = sentence_findings("Officials said the flooding was the worst in a century.", [passage], "en", PARTIES,
                                 published=PUBLISHED)
    assert "'since early 1990'" in found


def test_without_a_publication_date_the_years_since_are_not_counted():
    assert sentence_findings("The fighting along the border is the worst in a decade, officials said.", [PASSAGE],
                             "en", PARTIES) == []


@pytest.mark.parametrize("date, refused", [(PUBLISHED, True), ("unknown", False)])
def test_a_build_reads_the_years_since_from_the_date_sources_yaml_gives(tmp_path, date, refused):
    from explainer.pipeline import load
    from explainer.problems import ContentError
    from explainer.project import Project

    root = minimal_project(tmp_path / "project")
    write_one_sentence(root, PASSAGE, "The fighting along the border is the worst in a decade, officials said.",
                       TWO_PARTIES, None, None)
    library = root / "content" / "sources.yaml"
    library.write_text(library.read_text(encoding="utf-8").replace("date: unknown", f"date: {date}"), encoding="utf-8")
    try:
        load(Project.at(root))
        problems = []
    except ContentError as error:
        problems = [str(problem) for problem in error.problems]
    assert any("widens a record to 'in a decade'" in problem and "flood/briefing.yaml" in problem
               for problem in problems) == refused, problems
