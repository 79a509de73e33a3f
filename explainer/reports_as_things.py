"""A report as a thing, not a reporting word: "The school hid the report" says no one's word.

"The school hid the report" citing "Parents had claimed that the school hid the report" built: "report" was read as a
reporting word ("reports of casualties", "the report found"), so the sentence seemed to say whose word it states and
the parents' claim was told as fact (and so was a passage's "allegedly hid"). A "report" or "reports" after an article
or a possessive, itself after a word that is no preposition, and ending its clause or followed by a preposition (not
"by", "of", "from" or "that"), is the object of a deed ("hid the report", "published its annual reports in May"): it
is blanked before the checks look for a reporting word. "The report found", "in the report", "according to the
report", "a report by inspectors", "the report's figures", "a report that ..." and "read the full report" still
say whose word follows (tests/test_factcheck_106.py).
"""

from __future__ import annotations

import re

from . import patterns

_OBJECT = patterns.compile(
    r"(?<![\w'’])(?P<before>[a-z]+)\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+(?:[a-z-]+\s+)?"
    r"(?P<report>reports?)(?![\w'’])"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|with|until|for|before|after|in|on|at|into|over|during|when|because|and|or|but"
    r"|last|this|early|late)(?!\w))", re.IGNORECASE)
# a preposition or a word of citing before the article: "in the report", "according to the report", "cited a report"
_NAMING = frozenset({"in", "by", "from", "to", "of", "per", "under", "on", "with", "within", "through", "at", "about",
                     "into", "cited", "cites", "citing", "cite", "quoted", "quotes", "quoting", "as",
                     # "Read the full report": the report a reader is sent to is the source reporting it
                     "read", "see"})


def reports_blanked(text: str) -> str:
    """Return text with each "report" that is the object of a deed blanked, every offset kept."""
    if "eport" not in text:  # a str search: most sentences name no report
        return text
    return _OBJECT.sub(_blanked_object, text)


def _blanked_object(match: re.Match) -> str:
    """Return the match with its "report" blanked, unless a preposition or a word of citing stands before it."""
    if match["before"].casefold() in _NAMING:
        return match.group()
    start, end = match.span("report")
    return match.group()[:start - match.start()] + " " * (end - start) + match.group()[end - match.start():]
