"""One told as acting whom the passages say was not there: "the jury found" citing "tried without a jury".

A passage saying a thing was done "without a jury" (or "an", "any": one word after it) names a body that took no part.
A sentence giving that word acting ("the jury found", "a jury ruled": the word after "the" or "a", then a verb's past
or a verb of judging) is refused where no cited passage names it otherwise than after "without". Words in quotation
marks are not read; the sentence's own "without a jury" keeps it absent.
The other way round, a trial a passage gives as before a jury ("tried before a jury", "a jury trial", "trial by
jury") is not one before a judge alone: "The case was tried before a judge alone" (or "by a judge sitting alone",
"without a jury", "a bench trial", "a judge-only trial", "a non-jury trial") is refused where no cited passage gives
a trial so (tests/test_factcheck_173.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_WITHOUT = patterns.compile(r"(?<!\w)without\s+(?:an?|any)\s+(?P<noun>[a-z]{3,})(?!\w)", re.IGNORECASE)
# Idioms whose noun acts nowhere: "without a doubt", "without a hitch".
_IDIOMS = frozenset({"doubt", "hitch", "trace", "word", "fight", "break", "pause", "problem", "hint", "moment"})
_ACTS = r"(?:\w+ed|found|held|heard|ruled|gave|sat|said|chose|took|made|returned|decided|voted|convicted|acquitted)"


def told_as_present(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives acting a body its cited passages say something was done without, or a trial
    before a judge alone that they give before a jury."""
    return _without_told_present(text, passages, offset) or _judge_alone_of_jury_trial(text, passages, offset, language)


def _without_told_present(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text gives acting a body its cited passages say something was done without."""
    absent = {noun for passage in passages if "ithout" in passage.text for noun in _absent(passage.text)}
    if not absent:
        return []  # most passages name nothing done without: found without reading the sentence
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for noun in sorted(absent):
        acting = next((match for match in _acting(noun).finditer(spoken) if not inside(quoted, match.start())), None)
        if acting is None or any(_named_otherwise(passage.text, noun) for passage in passages):
            continue
        shown = next(f"without {' '.join(match.group().split()[1:])}" for passage in passages
                     for match in _WITHOUT.finditer(passage.text) if match["noun"].casefold() == noun)
        return [Finding(offset, f"this sentence gives '{' '.join(acting.group().split())}' where its cited passages "
                                f"say it was done '{shown}': {clipped(text)}",
                        f"keep the source's words ('{shown}'), or cite a passage that names the {noun} acting")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _absent(text: str) -> frozenset[str]:
    """Return the nouns a passage names after "without a", "without an" or "without any"."""
    return frozenset(match["noun"].casefold() for match in _WITHOUT.finditer(text)) - _IDIOMS


@functools.lru_cache(maxsize=256)
def _acting(noun: str) -> re.Pattern:
    """Return the pattern of a body named acting: "the jury found", "a jury ruled"."""
    return re.compile(rf"(?<!\w)(?:the|a|an)\s+{re.escape(noun)}\s+(?:\w+ly\s+)?{_ACTS}(?!\w)", re.IGNORECASE)


def _named_otherwise(text: str, noun: str) -> bool:
    """Say whether a passage names the noun otherwise than after "without": "the jury found" beside "without a
    jury"."""
    blanked = _WITHOUT.sub(" ", text)
    return re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", blanked, re.IGNORECASE) is not None


# a trial before a jury, as a passage gives it: "tried before a jury", "heard by a jury", "a jury trial", "trial by
# jury"
_JURY_TRIAL = patterns.compile(r"(?<!\w)(?:(?:tried|heard|trial|tried\s+the\s+case)\s+(?:before|by)\s+(?:a\s+|the\s+)?"
                               r"jury|jury\s+trial|trial\s+by\s+jury)(?!\w)", re.IGNORECASE)
# a trial before a judge alone, as a sentence may tell it
_JUDGE_ALONE = patterns.compile(r"(?<!\w)(?:(?:before|by)\s+(?:a|the)\s+(?:single\s+)?judge\s+(?:sitting\s+)?alone"
                                r"|(?:before|by)\s+(?:a|the)\s+judge\s+(?:sitting\s+)?without\s+(?:a|any)\s+jury"
                                r"|(?:tried|heard|trial)\s+without\s+(?:a|any)\s+jury|bench\s+trial"
                                r"|judge[-\s]only\s+trial|non-jury\s+trial|no\s+jury)(?!\w)", re.IGNORECASE)


def _judge_alone_of_jury_trial(text: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return a finding when text tells a trial before a judge alone that its cited passages give before a jury."""
    if not in_english(language) or not any("jury" in passage.text.casefold() for passage in passages):
        return []  # most passages name no jury
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    alone = next((match for match in _JUDGE_ALONE.finditer(spoken) if not inside(quoted, match.start())
                  and not _NOT_BEFORE.search(spoken, max(0, match.start() - 24), match.start())), None)
    jury = next((match.group() for passage in passages for match in _JURY_TRIAL.finditer(passage.text)), "")
    if alone is None or not jury or any(_JUDGE_ALONE.search(passage.text) for passage in passages):
        return []
    return [Finding(offset, f"this sentence tells a trial '{' '.join(alone.group().split())}' where its cited "
                            f"passages give it '{' '.join(jury.split())}': {clipped(text)}",
                    f"keep the source's words ('{' '.join(jury.split())}'), or cite a passage that gives the trial "
                    "so")]


_NOT_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|rather\s+than|instead\s+of)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
