"""A transcript's named speaker's turn given to the moderator: "The moderator said the police budget is $410 million."

A debate's or an interview's transcript labels the turns of whoever runs it by a role ("MODERATOR:", "INTERVIEWER:",
"HOST:") and the others' by name ("HARPER:"). A sentence giving the words to the role ("the moderator said", "said the
host", "according to the interviewer") names no one the speaker checks read, so a candidate's figure told as the
moderator's built citing the candidate's turn (tests/test_newuser_96.py). Where every cited passage is the turn of a
speaker labelled by name, and no label of them holds the role, it is refused; a turn labelled by another role
("CHAIR:" for "the moderator") is left alone, as either may name the one who runs it. English, French, Spanish and
German roles and reporting words are read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .transcript_labels import ROLES as _ROLES, labelled_speakers, names_a_role, speaker_of_turn

_ARTICLE = r"(?:the|debate['’]s|le|la|l['’]|el|der|die|den|dem)"
_SAYS = (r"said|says|asked|asks|noted|notes|added|adds|stated|states|cited|cites|told|tells|put|puts|gave|gives"
         r"|claimed|claims|replied|pointed\s+out|a\s+(?:dit|déclaré|affirmé|demandé|rappelé|cité|indiqué)"
         r"|déclare|affirme|demande|rappelle|cite|indique|dijo|afirmó|preguntó|señaló|citó|recordó|dice|afirma"
         r"|sagte|sagt|fragte|fragt|erklärte|nannte|zitierte")
_BEFORE = r"(?:according\s+to|said|says|selon|d['’]après|según|dijo|afirmó|laut|sagte)"
# the role as the subject of a reporting word ("the moderator said", "the moderator, Lena Fischer, said" aside), or
# after one ("said the moderator", "according to the moderator")
_ROLE_SAYS = patterns.compile(
    rf"(?<!\w){_ARTICLE}\s*(?P<role>{_ROLES})(?:\s*,[^,.;]{{1,60}},)?\s+(?:{_SAYS})(?!\w)"
    rf"|(?<!\w){_BEFORE}\s+{_ARTICLE}\s*(?P<after>{_ROLES})(?!\w)", re.IGNORECASE)
_MAY_NAME = ("moder", "modér", "host", "interview", "presen", "anchor", "questioner", "narrator", "animat",
             "entrevist", "gastgeber")


def role_given_a_named_turn(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text gives the words to a transcript's role ("the moderator said") and every cited
    passage is the turn of a speaker its label names, none of them by that role."""
    folded = text.lower()
    if not any(piece in folded for piece in _MAY_NAME):
        return []  # most sentences name no such role: found without the pattern
    said = _ROLE_SAYS.search(text)
    if said is None:
        return []
    labels = [_label_of(passage) for passage in passages]
    if not labels or not all(labels) or any(names_a_role(label) for label in labels):
        return []
    role = said["role"] or said["after"]
    return [Finding(offset + said.start(), f"this sentence gives the words to '{role}', but its cited passages are "
                                           f"the turn of '{labels[0]}' in the transcript: {clipped(text)}",
                    "name the speaker whose turn it is, or cite the turn that gives the words to this one")]


def _label_of(passage: Cited) -> str:
    """Return the label of the transcript's turn holding the passage, as written ("HARPER:"), or "" where none."""
    own = labelled_speakers(passage.text)
    if own and own[0][0] < 40:  # the passage opens on its label: "HARPER: The total police budget ..."
        return passage.text[:passage.text.index(":", own[0][0]) + 1].strip()
    label = speaker_of_turn(passage.paragraph, passage.text)
    return label[0] if label else ""

