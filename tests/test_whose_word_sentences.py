"""A summary's sentence held to what an item cited as a whole is held to since factcheck_204: whose word a figure is,
clause by clause, and who said it where a second passage is cited (explainer/item_whose_word.py, called by cite.py's
`_reworded` as by `_reworded_item`). Over tests/fixtures/factcheck_204 (a dock strike: the walkout, and the operator's
"31 ships" passage), each of these built as a summary's sentence citing both passages with its markers:

1. "About 2,400 dockworkers began a 48-hour strike; 31 ships were waiting to berth." (the operator's figure told as
   fact beside a fact its own "About" hedges);
2. "The union said 31 ships were waiting to berth." (the operator's words given to the union: the walkout passage's
   "dockworkers" backed the speaker).

Honest twins, the same events factcheck_204 keeps building as a timeline's, build as the summary's sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, error_lines
from test_factcheck_204 import HONEST_EVENTS

FIXTURE = REPO / "tests" / "fixtures" / "factcheck_204"
BRIEFING = "content/port-strike/briefing.yaml"
MEDIATOR_LINE = "  A government mediator has invited both sides to talks on Thursday.[^mediator]\n"


def _summary_with(desk: Path, sentences: list[str]) -> None:
    """Put `sentences` (each with its markers) at the summary's end, after its mediator sentence."""
    edit(desk / BRIEFING, MEDIATOR_LINE, MEDIATOR_LINE + "".join(f"  {sentence}\n" for sentence in sentences))


def _with_markers(sentence: str, keys: str) -> str:
    """Return `sentence` with a marker for each of `keys` ("walkout, ships") before its full stop."""
    return sentence[:-1] + "".join(f"[^{key.strip()}]" for key in keys.split(",")) + "."


@pytest.mark.parametrize("sentence, told", [
    ("About 2,400 dockworkers began a 48-hour strike; 31 ships were waiting to berth.[^walkout][^ships]",
     "states as fact a figure (31) that its cited passages give only as the word of the operator"),
    ("The union said 31 ships were waiting to berth.[^walkout][^ships]",
     "gives the words to The union, but its cited passages give them to The operator"),
])
def test_the_operator_s_word_in_a_summary_sentence_citing_two_passages_is_refused(tmp_path: Path, sentence: str,
                                                                                   told: str):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    _summary_with(desk, [sentence])
    result = run_build(desk, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert any(line.startswith(f"{BRIEFING}:6: `summary`: this sentence ") and told in line
               for line in error_lines(result)), result.err


def test_the_honest_events_build_as_summary_sentences(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    # each event of one sentence (a summary's sentence of two needs a marker in each)
    _summary_with(desk, [_with_markers(sentence, keys) for sentence, keys in HONEST_EVENTS if ". " not in sentence])
    result = run_build(desk, "check")
    assert result.code == 0, result.err
