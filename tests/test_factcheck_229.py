"""Whose word it is, in a new user's English bus-fares briefing (tests/fixtures/factcheck_229: Lynx Transit raises
Brackford's single fare from £2.00 to £2.15; Brackford City Council, which pays it £4.2 million a year, says it was not
consulted; a passenger group collects 3,200 signatures). Of the 37 misstatements /work/tasks/busfares/mutate.py makes,
these built and are now refused:

1. The company's word told as fact, "Lynx says" dropped: "Its fuel and wage costs rose by about 18% over two years."
   (and "Passenger numbers have not yet returned to pre-pandemic levels.", "According to the company," dropped) citing
   "The company said the increase was needed because its fuel and wage costs had grown by about 18% over two years,
   and that passenger numbers had not yet recovered ...", a paragraph opening on "The company said", whose business
   no sentence before it names. Such a paragraph's noun now names the briefing's one party a business noun can stand
   for, where every other party is a council, a union or another body no business noun stands for
   (explainer/company_noun_speakers.py, read so by party_word.py alone: speakers.py does not read every other speaker
   of such a passage, "The Board accepts that figure but says" of newuser_42).
2. A deed given to the other party: the timeline's "The council announces the rise." citing "the company announced on
   Monday", of the source sentence "Lynx Transit, which runs most of Brackford's bus routes, will raise ..., the
   company announced on Monday.": "..., the company announced" closing a sentence is now read as the subject the
   sentence opens on (same module).
3. A speaker swapped for a party: "A petition against the rise gathered 3,200 signatures in four days, according to
   the council." citing "A passenger group, Brackford Bus Users, said it had collected 3,200 signatures ...": the
   group's "Brackford" was read as a word of Brackford City Council, and the council's alias, a noun, as one that may
   speak for anyone. A group's name ("... Users", "... Residents", "... Forum") is now a body of its own, and a noun the
   editor gave a party as its alias names that party where the passages give the words to such a body
   (explainer/speakers.py).

Each on this fixture and on a twin of another topic, with honest twins that must build ("Lynx says its costs rose",
"According to Lynx, ...", "The company says ...", "Brackford Bus Users says it collected ...").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph

FIXTURE = REPO / "tests" / "fixtures" / "factcheck_229"
SLUG = "bus-fares"
REPORT = (FIXTURE / "seeds" / "report.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="lynx", name="Lynx Transit", aliases=("Lynx",)),
           Party(id="council", name="Brackford City Council", aliases=("the council",)))
QUOTES = {
    "COSTS": "The company said the increase was needed because its fuel and wage costs had grown by about 18% over two "
             "years, and that passenger numbers had not yet recovered to their level before the pandemic.",
    "PETITION": "A passenger group, Brackford Bus Users, said it had collected 3,200 signatures on a petition against "
                "the rise in four days.",
    "ANNOUNCED": "the company announced on Monday",
    "ROUTES": "The company said it was reviewing three evening services in the north of the city but that no decision "
              "had been taken.",
    "PASSES": "Concessionary passes for people over 66 are not affected by the rise, the company said.",
}

# Twins of other topics: a water company and a district council; a dock operator and a union
WATER = ("Halden Water, which supplies 1.2 million homes, will raise bills by 8% from April, the company "
         "announced on Tuesday. It is the largest rise in a decade.\n\n"
         "The company said its energy and chemical costs had doubled since 2022. A residents' group, Marlow Residents "
         "Forum, said it had collected 1,500 objections in a week.")
WATER_PARTIES = (Party(id="halden", name="Halden Water", aliases=("Halden",)),
                 Party(id="council", name="Marlow District Council", aliases=("the council",)))
DOCK = ("The strike began on Tuesday.\n\n"
        "The operator said its wage bill had risen by 12% since 2022, and that trade volumes were falling.")
DOCK_PARTIES = (Party(id="alder", name="Alder Terminals"), Party(id="union", name="Dockworkers' Union",
                                                                   aliases=("the union",)))


def findings(sentence: str, quote: str, source: str = REPORT, parties=PARTIES) -> list[str]:
    """Return the build's findings of one sentence citing `quote` of `source`, read as a build reads a passage: with
    the source's sentence holding it and its paragraph."""
    from explainer.attribution import Cited, check_prose
    from explainer.checked import Passages
    from explainer.cite import _reworded
    from explainer.owners import party_words
    from explainer.pdf_text import as_checked
    from explainer.places import paragraph_around

    at = source.index(quote)
    stop = source.rfind(". ", 0, at)
    start = max(stop + 2 if stop >= 0 else 0, source.rfind("\n", 0, at) + 1)
    stop = source.find(". ", at + len(quote) - 1)
    holding = source[start:stop + 1 if stop >= 0 else len(source)].strip()
    cited = [Cited(as_checked(quote), "en", as_checked(holding), paragraph_around(source, at, at + len(quote)))]
    words = tuple((party.id, party_words(party, "en")) for party in parties)
    found = (check_prose(sentence + "[^k]", lambda key: cited, "en", 2)
             + _reworded(sentence, Passages(cited), 0, "en", Passages(), words, ()))
    return [finding.message for finding in found]


def test_the_fixture_reads_as_the_report_does():
    """The quotes above are the report's words, and the paragraph of the costs opens on "The company said"."""
    for quote in QUOTES.values():
        assert quote in REPORT, quote
    assert paragraph(REPORT, "fuel and wage costs").startswith("The company said")


def test_the_briefing_builds(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("file, old, new, told", [
    ("background.yaml", "Lynx says its fuel", "Its fuel", "only as the word of Lynx"),
    ("background.yaml", "According to the company, passenger", "Passenger", "only as the word of Lynx"),
    ("background.yaml", "according to Brackford Bus Users", "according to the council",
     "give them to Brackford Bus Users"),
    ("timeline.yaml", "Lynx announces the rise", "The council announces the rise", "give them to Lynx Transit"),
])
def test_the_misstatements_that_built_are_refused_on_their_line(tmp_path: Path, file: str, old: str, new: str,
                                                                 told: str):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / file, old, new)
    result = run_build(desk, "check")
    assert result.code == 1 and f"content/{SLUG}/{file}:" in result.err and told in result.err, result.err


@pytest.mark.parametrize("key, sentence, told", [
    # 1
    ("COSTS", "Its fuel and wage costs rose by about 18% over two years.", "only as the word of Lynx"),
    ("COSTS", "Passenger numbers have not yet returned to pre-pandemic levels.", "only as the word of Lynx"),
    ("COSTS", "Fuel and wage costs have grown by about 18% in two years.", "only as the word of Lynx"),
    # 2
    ("ANNOUNCED", "The council announces the rise.", "give them to Lynx Transit"),
    ("ANNOUNCED", "The council announced the rise on Monday.", "give them to Lynx Transit"),
    # 3
    ("PETITION", "A petition against the rise gathered 3,200 signatures in four days, according to the council.",
     "give them to Brackford Bus Users"),
    ("PETITION", "The council says it collected 3,200 signatures against the rise in four days.",
     "give them to Brackford Bus Users"),
])
def test_whose_word_it_is_is_kept(key: str, sentence: str, told: str):
    assert any(told in finding for finding in findings(sentence, QUOTES[key])), findings(sentence, QUOTES[key])


@pytest.mark.parametrize("key, sentence", [
    ("COSTS", "Lynx says its fuel and wage costs rose by about 18% over two years."),
    ("COSTS", "According to Lynx, its fuel and wage costs rose by about 18% over two years."),
    ("COSTS", "The company says its fuel and wage costs grew by about 18% in two years."),
    ("COSTS", "According to the company, passenger numbers have not yet returned to pre-pandemic levels."),
    ("COSTS", "The company said passenger numbers had not yet recovered to pre-pandemic levels."),
    ("COSTS", "Its fuel and wage costs have grown by about 18% over two years, Lynx said."),
    ("COSTS", "Passenger numbers have not yet recovered to their pre-pandemic level, according to Lynx."),
    ("COSTS", "Lynx Transit blames the rise on fuel and wage costs, which it says grew by about 18% over two years."),
    ("COSTS", "The operator said fuel and wage costs had risen by about 18% over two years."),
    ("COSTS", "In Lynx's words, the increase was needed because its fuel and wage costs had grown."),
    ("ANNOUNCED", "Lynx announces the rise."),
    ("ANNOUNCED", "The company announces the rise."),
    ("ANNOUNCED", "Lynx Transit announced the rise on Monday."),
    ("ANNOUNCED", "The rise was announced on Monday."),
    ("ROUTES", "Lynx is reviewing three evening services in the north of the city, though it says no decision has "
               "been taken."),
    ("PASSES", "Passes for people over 66 will not be affected, the company said."),
    ("PETITION", "A petition against the rise gathered 3,200 signatures in four days, according to Brackford Bus "
                 "Users."),
    ("PETITION", "Brackford Bus Users says it collected 3,200 signatures on a petition against the rise in four days."),
    ("PETITION", "Brackford Bus Users, a passenger group, said it had collected 3,200 signatures in four days."),
    ("PETITION", "A passenger group says it collected 3,200 signatures against the rise in four days."),
    ("PETITION", "According to a passenger group, a petition against the rise gathered 3,200 signatures."),
])
def test_the_honest_twins_build(key: str, sentence: str):
    assert findings(sentence, QUOTES[key]) == [], sentence


@pytest.mark.parametrize("source, parties, quote, sentence, told", [
    (WATER, WATER_PARTIES, "the company announced on Tuesday", "The council announces the rise in bills.",
     "give them to Halden Water"),
    (WATER, WATER_PARTIES, "The company said its energy and chemical costs had doubled since 2022.",
     "Its energy and chemical costs have doubled since 2022.", "only as the word of Halden"),
    (WATER, WATER_PARTIES, "A residents' group, Marlow Residents Forum, said it had collected 1,500 objections in a "
     "week.", "The council says it collected 1,500 objections in a week.", "give them to Marlow Residents Forum"),
    (DOCK, DOCK_PARTIES, "The operator said its wage bill had risen by 12% since 2022, and that trade volumes were "
     "falling.", "Its wage bill has risen by 12% since 2022.", "only as the word of Alder"),
])
def test_the_same_on_other_topics(source: str, parties, quote: str, sentence: str, told: str):
    found = findings(sentence, quote, source, parties)
    assert any(told in finding for finding in found), found


@pytest.mark.parametrize("source, parties, quote, sentence", [
    (WATER, WATER_PARTIES, "the company announced on Tuesday", "Halden announces the rise in bills."),
    (WATER, WATER_PARTIES, "the company announced on Tuesday", "The company announced the rise on Tuesday."),
    (WATER, WATER_PARTIES, "The company said its energy and chemical costs had doubled since 2022.",
     "Halden Water says its energy and chemical costs have doubled since 2022."),
    (WATER, WATER_PARTIES, "The company said its energy and chemical costs had doubled since 2022.",
     "According to the company, its energy and chemical costs have doubled since 2022."),
    (WATER, WATER_PARTIES, "A residents' group, Marlow Residents Forum, said it had collected 1,500 objections in a "
     "week.", "Marlow Residents Forum says it collected 1,500 objections in a week."),
    (DOCK, DOCK_PARTIES, "The operator said its wage bill had risen by 12% since 2022, and that trade volumes were "
     "falling.", "Alder Terminals says its wage bill has risen by 12% since 2022."),
    (DOCK, DOCK_PARTIES, "The operator said its wage bill had risen by 12% since 2022, and that trade volumes were "
     "falling.", "The operator says trade volumes are falling."),
])
def test_the_honest_twins_on_other_topics_build(source: str, parties, quote: str, sentence: str):
    assert findings(sentence, quote, source, parties) == [], sentence


@pytest.mark.parametrize("source, parties, quote, sentence", [
    # two businesses: "the company" names neither
    (DOCK, (Party(id="alder", name="Alder Terminals"), Party(id="bolt", name="Bolt Shipping")),
     "The operator said its wage bill had risen by 12% since 2022, and that trade volumes were falling.",
     "Bolt Shipping says its wage bill has risen by 12% since 2022."),
    # a person's words given to the council's noun: the noun may stand for its official
    ("Councillor Tom Ashby said the council would review its contract.", PARTIES,
     "Councillor Tom Ashby said the council would review its contract.", "The council said it would review its "
     "contract."),
])
def test_no_business_and_no_body_is_read_where_none_is_named(source: str, parties, quote: str, sentence: str):
    assert not any("give them to" in finding for finding in findings(sentence, quote, source, parties)), sentence
