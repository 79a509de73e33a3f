"""A name no cited source names anywhere (explainer/swapped_names.py, `names_unbacked`), in one-sentence briefings.

"Talks between Norvania and Germany break off" citing "Talks between the two governments broke off" built, of a wire
that never names Germany (tests/test_newuser_100.py has that briefing's cases). Here: a first name, a news agency,
a person or a country added to a passage that names none of them is refused; a name the source gives elsewhere,
in its title or publisher, a party's name or a word beginning as one does ("Afghan" of the party "Afghanistan"),
a capital after a colon or a quotation mark, and a name a quotation holds still build."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import Sentence, SentencesChecked, assert_summary_outcome, minimal_project

from explainer.attribution import Cited
from explainer.swapped_names import names_unbacked, source_words

UNBACKED = "which no source it cites names"
PARTIES = "  - id: alpha\n    name: Alpha\n  - id: beta\n    name: Betania\n"

CASES = [
    # (the source's text, the briefing's sentence, "ok" or what the error says)
    ("Okafor said the harbour strike would continue.",
     "The union's leader, Dev Okafor, said the harbour strike would continue.", f"names 'Dev', {UNBACKED}"),
    ("Dev Okafor said the harbour strike would continue.", "The harbour strike would continue, Okafor told Reuters.",
     f"names 'Reuters', {UNBACKED}"),
    ("Talks between the two governments broke off in August.", "Talks between Alpha and Germany broke off in August.",
     f"names 'Germany', {UNBACKED}"),
    ("The court found that the spills were the main source of the pollution.",
     "Judge Mara Quist found that the spills were the main source of the pollution.", f"names 'Mara', {UNBACKED}"),
    # honest: the source names it elsewhere, a party or its adjective, a capital that opens a clause, a quotation
    ("Dev Okafor led the union. Okafor said the harbour strike would continue.",
     "Dev Okafor said the harbour strike would continue.", "ok"),
    ("Talks between the two governments broke off in August.",
     "Talks between Alpha and Betania broke off in August.", "ok"),
    ("Talks between the two governments broke off in August.",
     "Talks between the Alphan and Betanian governments broke off in August.", "ok"),
    ("Talks between the two governments broke off in August.",
     "One thing is plain: Talks between the two governments broke off in August.", "ok"),
    ('Okafor said the strike "will continue until Marrow Bay reopens".',
     'Okafor said the strike "will continue until Marrow Bay reopens".', "ok"),
]


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    root = minimal_project(tmp_path_factory.mktemp("factcheck140") / "project")
    return SentencesChecked(root, [Sentence(given, written, PARTIES) for given, written, _ in CASES])


@pytest.mark.parametrize("given, written, outcome", CASES, ids=[w[:50] for _, w, _ in CASES])
def test_a_name_no_cited_source_names_is_refused_and_one_it_names_builds(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written, PARTIES), outcome)


def test_the_sources_title_and_publisher_back_a_name():
    words = source_words("Talks between the two governments broke off.", "Trade talks collapse", "Northgate Wire", "")
    passage = [Cited("Talks between the two governments broke off.")]
    assert names_unbacked("Talks broke off, Northgate Wire reports.", passage, 0, "en", (), words) == []
    assert UNBACKED in names_unbacked("Talks broke off, Reuters reports.", passage, 0, "en", (), words)[0].message
