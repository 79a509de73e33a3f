"""Two speakers' counts in one sentence, the second turn gapped (explainer/speaker_turns.py).

"Organisers said 5,000 people marched in York and police said 3,000": the police's turn is its figure alone and says
the organisers' words of it. Read before as the organisers' words running to the sentence's end (no comma before
"and"), and the police's as "3,000" only, the honest "Police said 3,000 people marched in York" was refused as words
given to the police that the passage gives the organisers (found by factcheck171), and "Organisers said 3,000 people
marched in York" built. Now a clause ends where another speaker's turn opens with its figure, and a turn of a figure
alone takes the turn before's words.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

PASSAGES = ("Organisers said 5,000 people marched in York and police said 3,000.",
            "Organisers said 5,000 people marched in York, and police said 3,000.",
            "Organisers said 5,000 people marched in York but police said 3,000.")
GIVEN_TO_ANOTHER = "this sentence gives the words to"


@pytest.mark.parametrize("passage", PASSAGES)
@pytest.mark.parametrize("sentence", [
    "Police said 3,000 people marched in York.",
    "Police said 3,000 marched in York.",
    "According to police, 3,000 people marched in York.",
    "Organisers said 5,000 people marched in York.",
])
def test_each_speaker_given_its_own_count_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


@pytest.mark.parametrize("passage", PASSAGES)
@pytest.mark.parametrize("sentence", [
    "Police said 5,000 people marched in York.",
    "Organisers said 3,000 people marched in York.",
])
def test_a_count_given_to_the_other_speaker_is_refused(sentence: str, passage: str):
    assert any(found.startswith(GIVEN_TO_ANOTHER) for found in sentence_findings(sentence, (passage,), "en", ()))
