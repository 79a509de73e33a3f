"""Words given by a participle after a comma: "The union is demanding a 9% raise, arguing that salaries have fallen
behind inflation" gives the clause after "arguing" to the union, the subject of the clause before the comma.

No reporting word of speakers.py read it ("arguing", "insisting" were none, and ", saying" named whom the words after
it are about): the passage named only the speaker of its next sentence, and "The union says salaries have fallen
behind inflation" was refused as the school board's words. Here each of these participles after a comma, outside
quotation marks, is read with the clauses before it in its sentence, latest first (after "and", "but", ";", or the
sentence's start): speakers.py takes the subject of the first that names someone. English text is read.
"""

from __future__ import annotations

from . import patterns
from .attribution import quoted_parts
from .sentences import inside

# A participle of saying set off by a comma: its words are the main clause's subject's.
_PARTICIPLE = patterns.compile(
    r",\s+(?P<verb>arguing|insisting|saying|claiming|contending|maintaining|asserting|alleging|stressing"
    r"|noting|adding|warning|complaining)(?=\s+\S)")
PARTICIPLES = frozenset({"arguing", "insisting", "saying", "claiming", "contending", "maintaining", "asserting",
                         "alleging", "stressing", "noting", "adding", "warning", "complaining"})  # _PARTICIPLE's verbs
# What each participle above holds: looked for first, most sentences hold none
_HOLDS = ("ing ",)
# Where a clause whose subject may be the participle's opens, read back from the comma before it
_SENTENCE_OPENS = patterns.compile(r"[.;!?]\s+(?=\S)")
# ("..., though the alliance disputes that forecast, saying it ignores ...": the alliance's words, not the officials'
# whose estimate the sentence opens with)
_CLAUSE_OPENS = patterns.compile(r"\s(?:and|but|while|whereas|though|although)\s+(?=\S)")
_NEAR = 300  # a sentence's main clause is read this far back, no farther


def main_clauses(text: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Return where each participle of saying after a comma stands in text, with the clauses before it in its
    sentence, latest first: whose subject says the words after it."""
    if not any(held in text for held in _HOLDS) or ", " not in text:
        return ()  # the common case: two substring searches
    quoted = quoted_parts(text)
    found = []
    for participle in _PARTICIPLE.finditer(text):
        if inside(quoted, participle.start("verb")):
            continue
        low = max(0, participle.start() - _NEAR)
        starts = [match.end() for match in _SENTENCE_OPENS.finditer(text, low, participle.start())]
        first = starts[-1] if starts else low
        opens = [first, *(match.end() for match in _CLAUSE_OPENS.finditer(text, first, participle.start()))]
        clauses = tuple(text[at:participle.start()] for at in reversed(opens))
        found.append((participle.start("verb"), clauses))
    return tuple(found)
