"""A deed a passage tells as done or due in a clause of time, negated: "Results will not be counted" may not cite
"Final results are due on Thursday, after postal ballots are counted".

polarity.py compares a negative clause of a sentence with each clause of its passages, and asks that they share a
word besides the negated one: "after postal ballots are counted" shares none with "Results will not be counted", whose
subject stands in the passage's other clause, so the negation added built. Here a negative clause restates a
positive clause of time ("after", "once", "when", "as soon as", "following", "upon" and what follows, up to a clause's
end) that holds its negated word, where every content word of it is in that passage. "Results are not final until
postal ballots are counted" waits for the clause (not_until.py) and still builds. English text is read
(tests/test_factcheck_99.py).
"""

from __future__ import annotations

import re

from . import patterns

_WHEN = patterns.compile(r"\s*(?:(?:and|but|only|just|shortly|soon|right|immediately|long)\s+)?"
                         r"(?:after|once|when|following|upon|as\s+soon\s+as)\s", re.IGNORECASE)


def told_when(clause: str) -> bool:
    """Say whether a passage's clause is one of time: it tells its deed as done or due before another."""
    return bool(_WHEN.match(clause))
