"""Whose work kept: "Halden's tests" may not cite "tests by the agency, Halden said".

A passage gives a piece of work its maker by "tests (study, analysis, review, survey, audit, report, findings,
investigation, assessment, inquiry, trial, research) by (carried out by, conducted by, run by,
commissioned by) the agency"; a sentence gives it to a name by "Halden's tests" ("Halden's own tests"). It is
refused where a passage gives that thing (the same word) to another maker, the name stands in a cited passage but
not among that maker's words, and no passage gives the thing to the name ("Halden's tests", "tests by Halden").
English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts

# a piece of work someone makes: "a count by 101 votes", "rose by half" are none
_WORK = (r"tests?|stud(?:y|ies)|analys[ie]s|reviews?|surveys?|audits?|reports?|findings|investigations?|assessments?"
         r"|inquir(?:y|ies)|trials?|research")
_OWNED = patterns.compile(rf"(?<![\w'’])(?P<owner>[A-Z][\w-]+)['’]s\s+(?:own\s+)?(?P<thing>{_WORK})(?!\w)")
_MADE_BY = patterns.compile(rf"(?<!\w)(?P<thing>{_WORK})\s+(?:(?:carried\s+out|conducted|run|commissioned|done)\s+)?"
                            r"by\s+(?:the\s+|an?\s+|its\s+)?(?P<maker>[^\W\d_][\w-]*(?:\s+(?-i:[A-Z])[\w-]+){0,3})",
                            re.IGNORECASE)


def changed_possessors(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a thing to a name where its passages give it to another maker."""
    if not in_english(language) or ("'s" not in text and "’s" not in text):
        return []
    quoted = quoted_parts(text)
    for owned in _OWNED.finditer(text):
        if any(start <= owned.start() < end for start, end in quoted):
            continue
        owner, thing = owned["owner"], owned["thing"]
        made = [match for passage in passages for match in _MADE_BY.finditer(passage.text)
                if match["thing"].casefold() == thing]
        if not made or any(owner in match["maker"].split() for match in made):
            continue
        if not any(re.search(rf"(?<!\w){re.escape(owner)}(?!\w)", passage.text) for passage in passages):
            continue  # the name is not the source's: another way of naming the maker, perhaps
        if any(re.search(rf"(?<!\w){re.escape(owner)}['’]s\s+(?:own\s+)?{re.escape(thing)}(?!\w)", passage.text)
               for passage in passages):
            continue
        shown = " ".join(made[0].group().split())
        return [Finding(offset, f"this sentence says '{owned.group()}' where its cited passages say '{shown}': "
                                f"{clipped(text)}",
                        "give the work to whom the source gives it, or cite a passage that gives it this way")]
    return []
