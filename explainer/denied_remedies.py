"""A remedy a court refused, kept refused: "Judge Marsh ordered a permanent injunction" may not cite "The court denied
Halvorsen's motion for a permanent injunction ... the court ordered Brightwell to pay an ongoing royalty".

A ruling often refuses one remedy and orders another in one paragraph, so a sentence telling the refused one as
ordered finds its verb ("ordered") in the passage, and its noun too. A passage refuses a remedy by "denied",
"refused", "rejected" or "dismissed" a motion, request, application or petition for it ("denied Halvorsen's motion for
a permanent injunction"), or by "refused" or "declined" to order, grant or issue it. A sentence tells it given by
"ordered", "granted", "issued" or "imposed" right before it ("ordered a permanent injunction", "granted an
injunction", "granted Halvorsen's request for an injunction"), not after "to", "not", "if" or "would". It is refused
where a cited passage refuses that remedy (its noun, the word before "for" aside) and none gives it. English text is
read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked
from .wordset import may_hold

_ARTICLE = r"(?:(?:an?|the)\s+)?"
_OWNER = r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?\s+)?"  # "Halvorsen's", "the claimants'"
_ASKED = r"(?:motion|request|application|petition|bid|demand)s?\s+for\s+"
# "a permanent injunction", "an injunction", "a new trial": the remedies a court is asked for, by name
_REMEDY = (r"(?:[a-z-]+\s+)?(?P<remedy>injunctions?|stay|retrial|trial|bail|recusal|extension|exemption|waiver"
           r"|refund|licen[cs]e|permit|asylum|pardon|parole|release)")
_REFUSED = patterns.compile(
    rf"(?<![\w-])(?:(?:denied|refused|rejected|dismissed|turned\s+down)\s+(?:the\s+)?{_OWNER}{_ASKED}"
    rf"|(?:refused|declined|refuses|declines)\s+to\s+(?:order|grant|issue|impose)\s+){_ARTICLE}{_REMEDY}(?![\w-])")
_GIVEN = patterns.compile(
    rf"(?<![\w-])(?P<verb>ordered|granted|issued|imposed)\s+(?:the\s+)?(?:{_OWNER}{_ASKED})?{_ARTICLE}{_REMEDY}"
    r"(?![\w-])")
# a remedy supposed, a condition written as a question's order: "Had the court granted an injunction, ..."
_SUPPOSED = patterns.compile(r"(?:^|[.;:,]\s+)Had\s+(?:[\w'’-]+\s+){1,4}$")
_GIVEN_WORDS = frozenset({"ordered", "granted", "issued", "imposed"})
# a remedy asked for, refused or supposed, not given: "asked the court to order", "had not granted", "if it granted"
_NOT_GIVEN_BEFORE = patterns.compile(r"(?<![\w-])(?:to|not|never|n['’]t|if|would|could|might|whether)\s+(?:\w+\s+)?$",
                                     re.IGNORECASE)


def refused_remedy_told_given(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as given a remedy its cited passages give only as refused."""
    if not in_english(language) or not may_hold(text, _GIVEN_WORDS):
        return []
    refused = {match["remedy"].casefold() for passage in passages for match in _REFUSED.finditer(passage.text)}
    if not refused:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for match in _GIVEN.finditer(spoken):
        remedy = match["remedy"].casefold()
        if (remedy not in refused or inside(quoted, match.start())
                or _NOT_GIVEN_BEFORE.search(spoken, max(0, match.start() - 24), match.start())
                or _SUPPOSED.search(spoken, max(0, match.start() - 40), match.start())):
            continue
        if any(_gives(passage.text, remedy) for passage in passages):
            continue
        return [Finding(offset, f"this sentence tells as {match['verb']} a {remedy} its cited passages give only as "
                                f"refused: {clipped(text)}",
                        "keep the remedy refused, as the source does, or cite a passage that gives it")]
    return []


def _gives(text: str, remedy: str) -> bool:
    """Say whether a passage tells `remedy` given, in words not after "to", "not" or "if"."""
    return any(match["remedy"].casefold() == remedy
               and not _NOT_GIVEN_BEFORE.search(text, max(0, match.start() - 24), match.start())
               for match in _GIVEN.finditer(text))
