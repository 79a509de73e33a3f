"""An item cited as a whole held to what a sentence with its marker is held to: whose word it is and who said it
(tests/fixtures/factcheck_204: a new user's English briefing of a 48-hour dock strike at Port Alder, from one wire
report, seeds/strike.txt). A timeline event's `what` with its `cite` list built where the same sentence in the
summary with a marker was refused. Fixed (explainer/item_whose_word.py, called by cite.py's `_unattributed_in_item`
and `_reworded_item`):

1. A party's figure told as fact: "31 ships were waiting to berth." citing "The operator said 31 ships were waiting
   to berth on Tuesday morning." built as an event; the item's checks never read reported_figures.py, which the
   summary's sentence reads. They now do, sentence by sentence ("the operator said", "according to the operator",
   "the operator put the number at" build).
2. The same beside a fact its own hedge qualifies: "About 2,400 dockworkers began a 48-hour strike; 31 ships were
   waiting to berth." citing the walkout and the operator's "31 ships" built: the "About" of the first clause was
   read as hedging the whole sentence. Where the sentence says no one's word, each clause after a semicolon is read
   again on its own ("...; the operator said 31 ships ..." builds).
3. Words given to another speaker where a second passage is cited: "The union said 31 ships were waiting to berth."
   citing the operator's "31 ships" alone was refused, but with the walkout ("About 2,400 dockworkers ...") beside it
   built: any cited passage could back the speaker. A sentence naming one speaker is now read against the passages
   holding every figure it gives after that speaker, where those are some of the cited passages, not all, and none
   gives that speaker words ("The union said the strike could be extended, with 31 ships waiting" builds).

Each with honest twins that must build: the operator's word told as its word, a fact beside a party's word, a claim's
`says` by its claimant, and honest events of newuser_118, newuser_119, newuser_122 and the real briefing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.attribution import Cited
from explainer.checked import Passages
from explainer.cite import _reworded_item, _unattributed_in_item
from explainer.model import Party
from explainer.owners import party_words
from explainer.pdf_text import as_checked
from explainer.places import paragraph_around
from explainer.speakers import sentence_around
from support import checked_fixture_project, edit, error_lines

FIXTURE = REPO / "tests" / "fixtures" / "factcheck_204"
TIMELINE = "content/port-strike/timeline.yaml"
EVENT = "what: About 2,400 dockworkers began a 48-hour strike; the operator said 31 ships were waiting to berth."
CITED = "cite: [walkout, ships]"
REPORT = (FIXTURE / "seeds" / "strike.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="union", name="Dockworkers' Union"), Party(id="operator", name="Alder Terminals"))
PASSAGES = {"walkout": "About 2,400 dockworkers at Port Alder began a 48-hour strike on Tuesday",
            "ships": "The operator said 31 ships were waiting to berth on Tuesday morning.",
            "talks": "after talks with the port operator, Alder Terminals, broke down late on Monday",
            "gap": "The Dockworkers' Union is demanding a pay rise of 9% this year. Alder Terminals has offered 4.5%",
            "extend": "The union said the strike could be extended if no new offer was made by Friday.",
            "insult": ('Union leader Ruth Okafor said the offer was "an insult to people who kept the port open '
                       'through the pandemic".'),
            "mediator": "A government mediator, Paul Hennessy, has invited both sides to talks on Thursday."}


def _cited(key: str) -> Cited:
    """Return a passage of the report as the build reads it: with the sentence and the paragraph holding it."""
    text = PASSAGES[key]
    start = REPORT.index(text)
    end = start + len(text)
    return Cited(as_checked(text), "en", as_checked(sentence_around(REPORT, start, end)),
                 paragraph_around(REPORT, start, end))


def item_found(text: str, *keys: str, by_claimant: bool = False) -> list[str]:
    """Return what the build's checks of an item cited as a whole say of `text` citing the report's `keys`."""
    passages = Passages(_cited(key) for key in keys)
    words = tuple((party.id, party_words(party, "en")) for party in PARTIES)
    found = _reworded_item(text, passages, "en", words, by_claimant)
    if not by_claimant:
        found = found + _unattributed_in_item(text, passages, "en", Passages(), words)
    return [finding.message for finding in found]


# The fixture, as its editor wrote it


def test_the_briefing_builds(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("what, cite, told", [
    ("what: 31 ships were waiting to berth.", "cite: [ships]",
     "states as fact a figure (31) that its cited passages give only as the word of the operator"),
    ("what: The union said 31 ships were waiting to berth.", CITED,
     "gives the words to The union, but its cited passages give them to The operator"),
    ("what: About 2,400 dockworkers began a 48-hour strike; 31 ships were waiting to berth.", CITED,
     "states as fact a figure (31) that its cited passages give only as the word of the operator"),
])
def test_the_operator_s_word_in_an_event_is_refused_on_its_line(tmp_path: Path, what: str, cite: str, told: str):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / TIMELINE, f"{EVENT}\n    {CITED}", f"{what}\n    {cite}")
    result = run_build(desk, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert any(line.startswith(f"{TIMELINE}:6: `what`: this sentence ") and told in line
               for line in error_lines(result)), result.err


HONEST_EVENTS = [
    ("The operator said 31 ships were waiting to berth.", "ships"),
    ("According to the operator, 31 ships were waiting to berth.", "ships"),
    ("The operator put the number of ships waiting to berth at 31.", "ships"),
    ("31 ships were waiting to berth, the operator said.", "ships"),
    ("Alder Terminals said 31 ships were waiting to berth on Tuesday morning.", "ships"),
    ("The operator reported 31 ships waiting to berth.", "ships"),
    ("About 2,400 dockworkers began a 48-hour strike, and the operator said 31 ships were waiting to berth.",
     "walkout, ships"),
    ("About 2,400 dockworkers began a 48-hour strike. The operator said 31 ships were waiting to berth.",
     "walkout, ships"),
    ("About 2,400 dockworkers began a 48-hour strike; according to the operator, 31 ships were waiting to berth.",
     "walkout, ships"),
    ("Some 2,400 dockworkers walked out for 48 hours; 31 ships were waiting to berth, the operator said.",
     "walkout, ships"),
    ("The operator said 31 ships were waiting to berth as about 2,400 dockworkers began a 48-hour strike.",
     "walkout, ships"),
    ("The union wants 9%; the operator has offered 4.5%.", "walkout, gap"),
    ("About 2,400 dockworkers began a 48-hour strike; talks with Alder Terminals had broken down.", "walkout, talks"),
    ("About 2,400 dockworkers walked out; the mediator invited both sides to talks on Thursday.",
     "walkout, mediator"),
]


def test_the_operator_s_word_told_as_its_word_builds(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    events = "".join(f"  - when: Tuesday\n    what: \"{what}\"\n    cite: [{keys}]\n" for what, keys in HONEST_EVENTS)
    edit(desk / TIMELINE, "events:\n", f"events:\n{events}")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


# 1. and 2. A party's figure told as fact, in a sentence or in a clause of its own


@pytest.mark.parametrize("text, keys", [
    ("31 ships were waiting to berth.", ("ships",)),
    ("On Tuesday morning 31 ships were waiting to berth.", ("ships",)),
    ("About 2,400 dockworkers began a 48-hour strike; 31 ships were waiting to berth.", ("walkout", "ships")),
    ("Some 2,400 dockworkers walked out; 31 ships were left waiting to berth.", ("walkout", "ships")),
    ("The strike began. 31 ships were waiting to berth.", ("walkout", "ships")),
])
def test_a_party_s_figure_told_as_fact_in_an_item_is_refused(text: str, keys: tuple[str, ...]):
    assert any("states as fact a figure (31) that its cited passages give only as the word of the operator" in message
               for message in item_found(text, *keys)), item_found(text, *keys)


@pytest.mark.parametrize("text, keys", [
    ("The operator said 31 ships were waiting to berth.", ("ships",)),
    ("According to the operator, 31 ships were waiting to berth.", ("ships",)),
    ("The operator put the number of ships waiting to berth at 31.", ("ships",)),
    ("By the operator's count, 31 ships were waiting to berth.", ("ships",)),
    ("About 2,400 dockworkers began a 48-hour strike; the operator said 31 ships were waiting to berth.",
     ("walkout", "ships")),
    ("About 2,400 dockworkers began a 48-hour strike; according to the operator, 31 ships were waiting.",
     ("walkout", "ships")),
    ("The union wants 9%; the operator has offered 4.5%.", ("gap",)),
    ("The union is demanding a 9% rise; about 2,400 dockworkers began a 48-hour strike.", ("walkout", "gap")),
])
def test_a_party_s_figure_told_as_its_word_builds(text: str, keys: tuple[str, ...]):
    assert item_found(text, *keys) == []


def test_a_claim_s_says_by_its_claimant_is_its_word_by_design():
    assert item_found("31 ships are waiting to berth.", "ships", by_claimant=True) == []


# 3. Words given to another speaker, where a second passage names that speaker's side


@pytest.mark.parametrize("text, keys", [
    ("The union said 31 ships were waiting to berth.", ("walkout", "ships")),
    ("The union said 31 ships were waiting to berth.", ("ships",)),
    ("The Dockworkers' Union says 31 ships were waiting to berth.", ("walkout", "ships")),
    ("Ruth Okafor said 31 ships were waiting to berth.", ("walkout", "ships")),
    ("About 2,400 dockworkers began a 48-hour strike. The union said 31 ships were waiting.", ("walkout", "ships")),
])
def test_a_figure_given_to_another_speaker_is_refused(text: str, keys: tuple[str, ...]):
    assert any("gives the words to" in message and "give them to The operator" in message
               for message in item_found(text, *keys)), item_found(text, *keys)


@pytest.mark.parametrize("text, keys", [
    ("Alder Terminals said 31 ships were waiting to berth.", ("walkout", "ships")),
    ("The operator said 31 ships were waiting to berth as about 2,400 dockworkers began a 48-hour strike.",
     ("walkout", "ships")),
    ("The union said the 48-hour strike could be extended if no new offer was made by Friday.", ("walkout", "extend")),
    ("The union said the strike by 2,400 dockworkers could be extended if no new offer was made by Friday.",
     ("walkout", "extend")),
    ("The union said the strike could be extended, with 31 ships waiting, if no new offer was made by Friday.",
     ("ships", "extend")),
    ("Ruth Okafor said the offer of 4.5% was an insult.", ("gap", "insult")),
    ("Union leader Ruth Okafor called the 4.5% offer \"an insult to people who kept the port open through the "
     "pandemic\".", ("gap", "insult")),
])
def test_a_figure_given_to_its_own_speaker_builds(text: str, keys: tuple[str, ...]):
    assert item_found(text, *keys) == []
