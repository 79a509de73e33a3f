"""A denial the source says was not found backs no denial: "The panel found that she bore no fault" may not cite "the
panel found that she bore no significant fault or negligence. The panel did not find that she bore no fault at all".

widened_denials.py refuses "no fault" where the cited passages deny only "no significant fault", unless a passage
denies the noun as plainly; a passage saying that plain denial was *not* made ("did not find that she bore no fault",
"has not ruled that there was no fault", "stopped short of finding no fault") backed it, and the swap a sports
tribunal's ruling turns on built (tests/test_newuser_139.py). Here such a plain denial, and one the sentence itself
puts under the same kind of negation, is left out, and widened_denials.py asks again. A negated deciding or saying
verb ("not find", "not rule", "not conclude", "not accept", "not establish", "not say", "stopped short of finding")
within eight words before the "no" is read, and so is "not no" or "a finding of no" in the sentence; a sentence telling
the denial as a possibility ("would", "if") is not read. English text is.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, in_english
from .widened_denials import denial_widened

# "did not find that she bore | no fault", "has not ruled there was | no ...", "stopped short of finding | no ..."
_UNFOUND = patterns.compile(
    r"(?<![\w-])(?:(?:not|n['’]t|never)\s+(?:\w+\s+)?(?:find|found|finding|rule|ruled|ruling|conclude|concluded"
    r"|accept|accepted|establish|established|say|said|hold|held|decide|decided)|stopped\s+short\s+of\s+"
    r"(?:finding|ruling|concluding|saying))(?:\s+[\w'’,-]+){0,8}?\s+(?=no\s)", re.IGNORECASE)
# in the sentence, a denial named, or set against another, not told: "a finding of | no fault", "not | no fault"
_NAMED = patterns.compile(r"(?<![\w-])(?:(?:finding|ruling|verdict|conclusion)\s+of|not)(?=\s+no\s)", re.IGNORECASE)
# a denial told as a possibility, not as found: "A finding of no fault would have cleared her"
_POSSIBLE = patterns.compile(r"(?<![\w-])(?:would|could|might|if|unless|whether)(?![\w-])", re.IGNORECASE)


def unfound_denial_widened(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return widened_denials.py's finding of text against its passages with each denial they say was not made (and
    each text says was not made) left out, where leaving them out is what changes the answer."""
    if not in_english(language) or not passages or "no " not in text.casefold() or _POSSIBLE.search(text):
        return []
    kept = [passage._replace(text=_unfound_blanked(passage.text)) for passage in passages]
    if all(new.text == old.text for new, old in zip(kept, passages)):
        return []  # denial_widened has read these passages as they are
    return denial_widened(_unfound_blanked(_unfound_blanked(text), _NAMED), kept, offset, language)


def _unfound_blanked(text: str, unfound: re.Pattern = _UNFOUND) -> str:
    """Return text with the "no" of each denial it says was not made blanked, at the offsets it has in it."""
    return "".join(_blanked_pieces(text, unfound))


def _blanked_pieces(text: str, unfound: re.Pattern):
    """Yield text in pieces, each "no" right after a negated finding written as spaces ("  ")."""
    at = 0
    for found in unfound.finditer(text):
        rest = text[found.end():]
        start = found.end() + len(rest) - len(rest.lstrip())  # the "no" after the finding's words, past any spaces
        yield text[at:start]
        yield "  "
        at = start + 2
    yield text[at:]
