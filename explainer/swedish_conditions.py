"""Where a Swedish condition opening its sentence ends, without the comma English puts there.

Swedish writes "Om förslaget avvisas väntas lockouten träda i kraft den 17 mars": no comma, and the main clause
opens with its verb (the subject after it). Unread, "Lockouten väntas träda i kraft den 17 mars" citing it built, the
condition dropped (conditions.py reads a condition's end at a comma or "then"). The main clause is read as opening
at its first modal or verb of expectation after the condition's own verb: "kan", "ska", "måste", "väntas", "kommer",
"skulle", "bör", "får", "blir" (a condition whose main clause opens with another verb, "avslutas konflikten", is not
read). "Om" is "about" too ("varslar om lockout"): conditions.py reads it only opening a clause.
"""

from __future__ import annotations

import re

from . import patterns

_MAIN_VERB = patterns.compile(r"(?<!\w)(?:så|kan|kunde|ska|skall|skulle|måste|väntas|förväntas|kommer|bör|får|blir"
                              r"|beräknas|riskerar)(?!\w)", re.IGNORECASE)
_WORDS_BEFORE = 2  # "Om förslaget avvisas": "om", its subject and its verb at least


def main_clause(sentence: str, after: int, end: int) -> re.Match | None:
    """Return the modal opening the main clause after a Swedish "om" condition ending at `after`, before `end`, past
    the condition's subject and verb; None where none stands there."""
    turn = _MAIN_VERB.search(sentence, after, end)
    if turn is None or len(sentence[after:turn.start()].split()) < _WORDS_BEFORE:
        return None
    return turn
