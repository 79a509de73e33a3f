"""A choice the source says was of neither option may not be told as one of them.

"The tribunal adopted Marenia's equidistance line" citing "The tribunal drew neither line. It adjusted the equidistance
line eastwards ..." built (tests/test_factcheck_231.py): "neither line" negates the drawing, which polarity.py pairs
with no "adopted", and every other word stands in the passage.

A passage's choice of neither ("drew neither line", "adopted neither proposal", "accepted neither of the plans", "did
not adopt either line") is read with its noun. A sentence choosing one such thing by a verb of choosing ("adopted",
"accepted", "chose", "endorsed", "backed", "approved", "upheld", "followed", "sided with", "drew") is refused where the
thing is named as one of the options (by a possessor, "Marenia's line", "the union's proposal", or by the word the
passages put before it, "the equidistance line"; not "the boundary line"), not as one of the chooser's own ("a new line", "its own line", "a compromise line"), and the sentence's clause negates nothing
before it. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_CHOOSE = r"(?:adopt(?:ed|s)?|accept(?:ed|s)?|cho(?:se|oses?|sen)|endorse[sd]?|back(?:ed|s)?|approve[sd]?|uph(?:e|o)ld|followed|follows|drew|draws|sided\s+with|sides\s+with)"
_NEITHER = patterns.compile(
    rf"(?<![\w'’-])(?:{_CHOOSE}\s+neither\s+(?:of\s+(?:the|their|its)\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"|(?:did|does|would)\s+not\s+(?:adopt|accept|choose|endorse|back|approve|follow|draw|side\s+with)\s+either\s+"
    r"(?:of\s+(?:the|their|its)\s+)?(?:[\w'’-]+\s+){0,2}?)(?P<noun>[^\W\d_]{3,}?)(?:s|es)?(?![\w'’-])",
    re.IGNORECASE)
_CHOSEN = patterns.compile(
    rf"(?<![\w'’-])(?P<verb>{_CHOOSE})\s+(?P<which>(?:the|[^\W\d_]+['’]s?|its|their|his|her|a|an|one\s+of\s+the)\s+"
    r"(?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.IGNORECASE)
_OWN = patterns.compile(r"(?<![\w'’-])(?:a|an|its|their|his|her|new|own|different|compromise|third|adjusted|modified"
                        r"|revised|separate)(?![\w'’-])", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<![\w'’-])(?:not|never|n['’]t|no|nor|neither|rather\s+than|instead\s+of"
                                   r"|without)\W+(?:[\w'’-]+\W+){0,6}$", re.IGNORECASE)


def _an_option(before: list[str], noun: str, passages: list[Cited]) -> bool:
    """Say whether the words before a chosen noun name it as one of the options: a possessor ("Marenia's line") or a
    word the cited passages put right before that noun ("the equidistance line"); "the boundary line" names none."""
    if any(re.search(r"['’]s?$", word) for word in before):
        return True
    named = before[-1:] if before and before[-1] not in ("the", "a", "an") else []
    return bool(named) and any(re.search(rf"(?<![\w'’-]){re.escape(named[0])}\s+{re.escape(noun)}(?![\w'’-])",
                                         passage.text, re.IGNORECASE) for passage in passages)


def _singular(word: str) -> str:
    """Return a word without its plural's "s" or "es" ("lines", "proposals"), as _NEITHER reads its noun."""
    return re.sub(r"(?:e?s)$", "", word) if len(word) > 4 else word


def one_told_of_neither(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells chosen one of the things its cited passages say neither of was chosen."""
    if not in_english(language) or not any("neither" in passage.text or "either" in passage.text
                                           for passage in passages):
        return []  # a str search: most passages choose neither of nothing
    nouns = {_singular(match["noun"].casefold()): " ".join(match.group().split())
             for passage in passages for match in _NEITHER.finditer(passage.text)}
    if not nouns:
        return []
    own = unquoted(markers_blanked(text))
    for chosen in _CHOSEN.finditer(own):
        words = chosen["which"].casefold().split()
        at = next((index for index, word in enumerate(words) if _singular(word) in nouns), None)
        clause = re.split(r"[,;]", own[:chosen.start()])[-1]
        if at is None or _OWN.search(" ".join(words[:at])) or _NEGATED_BEFORE.search(clause) or not _an_option(
                words[:at], words[at], passages):
            continue
        said = nouns[_singular(words[at])]
        return [Finding(offset, f"this sentence tells one chosen ('{' '.join(chosen.group().split())}') where its cited "
                                f"passages say '{said}': {clipped(text)}",
                        "say that neither was chosen, as the source does, or cite the words that tell this one")]
    return []
