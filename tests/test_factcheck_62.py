"""A sixty-second fact-check: a place told by its verb alone ("Northland ranks second") changed, and a change told
the other way without a figure ("Unemployment fell" for "rose").

"Northland ranks second." citing "Northland ranks third." built: explainer/ranks.py read a spelled ordinal only
before the noun it ranks ("the third round"), and the figure check leaves "second" alone (a unit of time too). A
place told by a verb of placing ("ranks", "ranked", "came", "finished", "placed") and no noun is now read against the
passages' places told so; a place the passage gives too still builds.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))

CHANGED = {
    "ranks": ("Northland ranks second.", "Northland ranks third.", "'ranks second'"),
    "ranked-in-a-list": ("Northland ranked fourth.", "Northland ranked fifth among 30 countries.", "'ranked fourth'"),
    "came": ("Southland came first.", "Southland came third.", "'came first'"),
    "finished": ("The Southland team finished second.", "The Southland team finished sixth.", "'finished second'"),
}


@pytest.mark.parametrize("sentence, passage, said", CHANGED.values(), ids=CHANGED.keys())
def test_a_place_told_by_its_verb_changed_is_refused(sentence: str, passage: str, said: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence says {said} where its cited passages say") for message in found), \
        found


KEPT = {
    "same": ("Northland ranks third.", "Northland ranked third in 2025."),
    "one-of-two-places": ("Southland finished first.", "Northland came second to Southland, which finished first."),
    "no-place-in-the-passage": ("Northland came second.", "Northland came second in the vote."),
}


@pytest.mark.parametrize("sentence, passage", KEPT.values(), ids=KEPT.keys())
def test_a_place_the_passage_gives_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


TURNED = {
    "vote-share": ("Labour's vote share rose.", "Labour's vote share fell.", "'rose'", "'fell'"),
    "unemployment": ("Unemployment fell.", "Unemployment rose.", "'fell'", "'rose'"),
    "exports": ("Northland's exports to Southland increased.", "Northland's exports to Southland decreased.",
                "'increased'", "'decreased'"),
}


@pytest.mark.parametrize("sentence, passage, said, given", TURNED.values(), ids=TURNED.keys())
def test_a_change_told_the_other_way_without_a_figure_is_refused(sentence: str, passage: str, said: str, given: str):
    """"Unemployment fell." citing "Unemployment rose." built: direction.py reads a change's way by its figure, and
    opposites.py's pairs held no verbs of change. With a figure, direction.py names it, once."""
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence says {said} where its cited passages say {given}")
               for message in found), found


def test_a_change_with_its_figure_is_named_once():
    found = sentence_findings("Prices rose 4% in March.", ("Prices fell 4% in March.",), "en", PARTIES)
    assert len(found) == 1 and found[0].startswith('figure "4%" is given as a rise'), found


def test_one_change_of_two_told_alone_builds():
    assert sentence_findings("Exports rose.", ("Exports rose while imports fell.",), "en", PARTIES) == []


def test_a_wins_margin_turned_is_refused():
    found = sentence_findings("Northland's ruling party won the vote in a landslide.",
                              ("Northland's ruling party won the vote narrowly.",), "en", PARTIES)
    assert any(message.startswith("this sentence says 'landslide' where its cited passages say 'narrowly'")
               for message in found), found
