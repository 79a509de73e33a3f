"""A denial the source says was not found backs no denial: "The panel found that she bore no fault" may not cite "the
panel found that she bore no significant fault or negligence. The panel did not find that she bore no fault at all".

widened_denials.py refuses "no fault" where the cited passages deny only "no significant fault", unless a passage
denies the noun as plainly; a passage saying that plain denial was *not* made ("did not find that she bore no fault",
"has not ruled that there was no fault", "stopped short of finding no fault") backed it, and the swap a sports
tribunal's ruling turns on built (tests/test_newuser_139.py). Here such a plain denial, and one the sentence itself
puts under the same kind of negation, is left out, and widened_denials.py asks again. A negated deciding or saying
verb ("not find", "not rule", "not conclude", "not accept", "not establish", "not say", "stopped short of finding")
within eight words before the "no" is read, and so is "not no" or "a finding of no" in the sentence; a sentence telling
the denial as a possibility ("would", "if") is not read. English text is. A plain denial worded without "no" ("cleared
Orell of any fault", "she was not at fault") is read as one (denials_in_other_words.py, tests/test_factcheck_249.py).
"""

from __future__ import annotations

import dataclasses
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .denials_in_other_words import denials_as_no
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
    if not in_english(language) or not passages or _POSSIBLE.search(text):
        return []
    worded = denials_as_no(text)
    if worded != text:  # "cleared Orell of any fault", "not at fault": a plain denial without "no"
        passages = [passage._replace(text=denials_as_no(passage.text)) for passage in passages]
        return _told_as_written(_unfound_denial_widened(worded, passages, offset, language, True), worded, text)
    return _unfound_denial_widened(text, passages, offset, language)


def _unfound_denial_widened(text: str, passages: list[Cited], offset: int, language: str,
                            worded: bool = False) -> list[Finding]:
    """Return denial_widened's finding of text against passages with each denial not made left out; where text is
    worded by denials_as_no, also where nothing is left out (denial_widened has not read that text)."""
    if "no " not in text.casefold():
        return []
    kept = [passage._replace(text=_unfound_blanked(passage.text)) for passage in passages]
    if not worded and all(new.text == old.text for new, old in zip(kept, passages)):
        return []  # denial_widened has read these passages as they are
    return denial_widened(_unfound_blanked(_unfound_blanked(text), _NAMED), kept, offset, language)


def _told_as_written(findings: list[Finding], worded: str, text: str) -> list[Finding]:
    """Return findings of the worded text quoting the sentence's own words ("not at fault"), not the "no" they were
    read as."""
    own = _DENYING_WORDS.search(text)
    if own is None:
        return findings
    phrase = " ".join(own.group().split())
    return [dataclasses.replace(finding, message=re.sub(r"this sentence says 'no [^']*'",
                                                        lambda _: f"this sentence says '{phrase}'", finding.message, 1)
                                .replace(clipped(worded), clipped(text)))
            for finding in findings]


# the words of a plain denial worded without "no", with its noun: "not at fault", "cleared Orell of any fault"
_DENYING_WORDS = patterns.compile(r"(?<![\w'’-])(?:not\s+at|(?:cleared|absolved|exonerated|free)(?:\s+[\w'’-]+){0,3}?"
                                  r"\s+of(?:\s+any|\s+all)?)\s+[a-z]{4,}(?![\w'’-])", re.IGNORECASE)


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
