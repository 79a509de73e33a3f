"""One yet to be approved is not approved: "The Authority has approved a rival airline" may not cite an offer of
slots "to a rival airline approved by the Authority".

A passage's "to a NOUN PARTICIPLE by DOER" ("to a rival airline approved by the Authority", "to an auditor appointed
by the court"), opened by "a", "an" or "any", its participle one of approving ("approved", "appointed", "selected",
...), in a sentence telling it to come ("offered to", "will", "must", "plans", "if"), names whichever one the doer
will approve: none is approved yet ("a report commissioned by the ministry found" is not read). A sentence
whose subject is that doer (by its last word) and whose verb is that participle, "has" or "had" before it at most,
with an object holding the noun ("The Authority has approved a rival airline"), tells the act done. It is refused
where no cited passage tells the doer doing it itself ("the Authority approved", "has approved") and the sentence
negates nothing before the verb. "the rival airline approved by the Authority" (one named) is not read. English text
is read; words in quotation marks are not (factcheck_195).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked, sentence_of

_DOER = r"(?:[Tt]he\s+[a-z]{3,}(?!\w)|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"  # "the regulator", "the Authority"
# after "to", as whom a thing goes to: "a report commissioned by the ministry found" tells one commissioned
_APPROVALS = r"approved|authori[sz]ed|appointed|accredited|licensed|nominated|selected|designated|vetted|cleared"
_YET_TO_BE = patterns.compile(
    r"(?<!\w)to\s+(?:an?|any)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{3,})\s+"
    rf"(?P<part>{_APPROVALS})\s+by\s+(?P<doer>{_DOER})", re.IGNORECASE)
# the passage's sentence tells the going to come: "offered to give up 14 slot pairs to a rival airline approved by"
_TO_COME = patterns.compile(r"(?<!\w)(?:offer\w*|propos\w*|pledge\w*|promis\w*|will|would|must|should|could|may"
                            r"|plans?|planned|intends?|if|any)(?!\w)", re.IGNORECASE)
_DONE = patterns.compile(
    rf"(?P<doer>{_DOER})\s+(?:has\s+|have\s+|had\s+)?(?:already\s+|now\s+|also\s+)?(?P<part>[a-z]{{3,}}ed)\s+"
    r"(?P<object>(?:an?|the|one|two|three|its|their)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)")
_NEGATED = patterns.compile(r"(?<!\w)(?:not|never|no)\s+(?:\S+\s+)?$|n['’]t\s+$", re.IGNORECASE)


def approval_told_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells a doer's act done that its cited passages give only as whichever one it
    will approve ("a rival airline approved by the Authority")."""
    if not in_english(language) or not any(" by " in passage.text for passage in passages):
        return []  # most passages have no "by": found by one substring search each
    yet = [found for passage in passages if in_english(passage.language)
           for found in _YET_TO_BE.finditer(passage.text)
           if _TO_COME.search(sentence_of(passage.text, found.start()))]
    if not yet:
        return []
    spoken = unquoted(markers_blanked(text))
    for done in _DONE.finditer(spoken):
        if _NEGATED.search(spoken, max(0, done.start("part") - 20), done.start("part")):
            continue
        for theirs in yet:
            if (_last_word(done["doer"]) == _last_word(theirs["doer"])
                    and done["part"].casefold() == theirs["part"].casefold()
                    and theirs["noun"].casefold() in done["object"].casefold().split()
                    and not _told_done(theirs, passages)):
                told = " ".join(spoken[done.start():done.end("part")].split())
                return [Finding(offset + done.start(), f"this sentence tells as done ('{told}') what its cited "
                                                       f"passages give only as yet to be done "
                                                       f"('{' '.join(theirs.group().split())}'): {clipped(text)}",
                                "keep the source's words (\"a ... approved by\"), or cite a passage that says it was "
                                "done")]
    return []


def _last_word(name: str) -> str:
    return name.split()[-1].casefold() if name.split() else ""


def _told_done(theirs: re.Match, passages: list[Cited]) -> bool:
    """Say whether a passage tells the doer doing the act itself: "the Authority has approved"."""
    return any(_last_word(done["doer"]) == _last_word(theirs["doer"])
               and done["part"].casefold() == theirs["part"].casefold()
               and not _NEGATED.search(passage.text, max(0, done.start("part") - 20), done.start("part"))
               for passage in passages for done in _DONE.finditer(passage.text))
