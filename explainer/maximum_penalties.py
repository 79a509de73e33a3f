"""A penalty not told as its bound's maximum where the passages give the two different figures: "The fine is the
maximum the law allows" may not cite "The regulator fined Meridian 4% of its annual turnover. The law allows fines of
up to 10% of turnover."

Such a sentence gives no figure, so no figure check read it, and every word of it stood in the passage (the
qualifier check reads "maximum" as "up to": qualifiers.py). A sentence tells a penalty as its maximum where a fine's,
penalty's or sentence's noun is, was or amounted to "the maximum" ("the legal maximum", "the ceiling", "the highest
allowed"), where it was "fined the maximum", or where one "received" ("imposed", "was handed") "the maximum fine". It
is refused where a cited passage fines (or penalises) with a figure, gives a bound with another figure ("up to 10%",
"a maximum of", "capped at") and fines with none of the bound's figures. Sentences with a figure of their own are the
figure checks'. English text is read; words in quotation marks are not (tests/test_factcheck_117.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_PENALTY = (r"(?:fines?|penalt(?:y|ies)|sanctions?|(?:prison\s+|jail\s+)?sentences?|(?:prison|jail)\s+terms?"
            r"|bans?|suspensions?|damages|compensation|payouts?|awards?)")
_TOP = (r"(?:the\s+|a\s+)?(?:legal\s+|statutory\s+|permitted\s+|allowed\s+|full\s+)?(?:maximum|ceiling|upper\s+limit"
        r"|(?:highest|largest|biggest|most|heaviest|toughest|longest|stiffest)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:allowed|permitted|possible|allowable|available|the\s+law|under\s+the\s+law))(?!\w)")
_AT_TOP = patterns.compile(
    rf"(?<!\w){_PENALTY}(?:\s+[\w'’-]+){{0,6}}?\s+(?:is|was|are|were|will\s+be|would\s+be|amounts?\s+to"
    rf"|amounted\s+to|equals|equalled|equaled|matches|matched|reached|reaches|hit|hits|came\s+to|set\s+at)\s+{_TOP}"
    # "fined Meridian the maximum", "was fined the maximum allowed"
    rf"|(?<!\w)(?:fined|penali[sz]ed|sentenced)\s+(?:[\w'’-]+\s+){{0,3}}?(?:to\s+|at\s+)?{_TOP}"
    # "received the maximum fine", "imposed the maximum penalty", "was handed the maximum sentence"
    rf"|(?<!\w)(?:received|receives|got|gets|imposed|imposes|handed|given|issued|issues|levied|levies)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_TOP}\s+(?:possible\s+)?{_PENALTY}(?!\w)", re.IGNORECASE)
_MAY_TELL = ("maximum", "Maximum", "ceiling", "limit", "highest", "largest", "biggest", "most", "heaviest", "toughest",
             "longest", "stiffest")
_FIGURE = (r"(?P<shown>(?:[$€£]\s?)?(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
           r"(?:\s*%|\s+(?:percent|per\s+cent|million|billion)(?!\w))?)")
_BOUND_WORDS = (r"up\s+to|as\s+(?:much|many|long)\s+as|(?:a|the)\s+maximum\s+(?:of|is|was)|maximum\s+(?:[\w-]+\s+)?"
                r"(?:is|was|of)|capped\s+at|a\s+(?:cap|ceiling|limit)\s+of|at\s+most|no\s+more\s+than|not\s+exceeding"
                r"|not\s+more\s+than")
_BOUND = patterns.compile(rf"(?<!\w)(?:{_BOUND_WORDS})\s+{_FIGURE}", re.IGNORECASE)
# the act of fining and its figure, a few words on ("fined Meridian 4%", "a fine of $2 million"), not a bound's
_FINED = patterns.compile(
    rf"(?<!\w)(?:fined|penali[sz]ed|ordered\s+(?:[\w'’-]+\s+){{0,2}}?to\s+pay|(?:a|the|its)\s+(?:[\w-]+\s+)?"
    rf"(?:fine|penalty)\s+of)\s+(?P<between>(?:[\w'’-]+\s+){{0,4}}?){_FIGURE}", re.IGNORECASE)
_BOUND_BETWEEN = patterns.compile(rf"(?<!\w)(?:{_BOUND_WORDS}|up|maximum|much|many|most)(?!\w)", re.IGNORECASE)


def told_as_maximum(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a penalty as its bound's maximum where a cited passage fines another figure
    than the bound's."""
    if not in_english(language) or not any(word in text for word in _MAY_TELL) or any(c.isdigit() for c in text):
        return []  # most sentences call nothing a maximum: found by a plain search
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    told = next((match for match in _AT_TOP.finditer(spoken) if not inside(quoted, match.start())), None)
    if told is None:
        return []
    for passage in passages:
        for fined, bound in _fined_below_bound(passage.text):
            return [maximum_finding(text, offset, told.group(), fined, bound)]
    return []


def maximum_finding(text: str, offset: int, told: str, fined: str, bound: str) -> Finding:
    """Return the finding of a sentence telling a penalty as the maximum (`told`) where its passages fine `fined`
    under the bound `bound`, in any language read."""
    return Finding(offset, f"this sentence tells the penalty as the maximum ('{' '.join(told.split())}'), but its "
                           f"cited passages give it as {fined} and its bound as '{bound}': {clipped(text)}",
                   "give the penalty's own figure, or say it was below the maximum")


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _fined_below_bound(text: str) -> tuple[tuple[str, str], ...]:
    """Return a passage's figure fined and its bound's figure, as written, where it fines none of its bounds' figures:
    none where it gives no fine's figure or no bound."""
    if not any(c.isdigit() for c in text):
        return ()
    bounds = {_plain(match["figure"]): " ".join(match.group().split()) for match in _BOUND.finditer(text)}
    fined = {_plain(match["figure"]): " ".join(match["shown"].split()) for match in _FINED.finditer(text)
             if not _BOUND_BETWEEN.search(match["between"])}
    if not bounds or not fined or set(fined) & set(bounds):
        return ()
    return ((next(iter(fined.values())), next(iter(bounds.values()))),)


def _plain(figure: str) -> str:
    """Return a figure without its thousands separators."""
    return figure.replace(",", "")


_TOP_AT = patterns.compile(_TOP, re.IGNORECASE)
_A_BOUND = patterns.compile(rf"(?<!\w)(?:{_BOUND_WORDS}|maximum|legal\s+limit|ceiling)(?!\w)", re.IGNORECASE)


def without_bound_superlatives(findings: list[Finding], text: str, passages: list[Cited], offset: int = 0
                               ) -> list[Finding]:
    """Return unbacked_superlatives' findings but those of a bound's superlative ("the highest the law allows") where
    a cited passage gives a bound ("up to 10%"): it restates the bound, and whether the penalty reached it is
    told_as_maximum's to say (one finding, not a superlative besides: tests/test_factcheck_120.py)."""
    if not findings or not any(_A_BOUND.search(passage.text) for passage in passages):
        return findings
    spoken = markers_blanked(text)
    return [finding for finding in findings
            if not _TOP_AT.match(spoken, finding.offset - offset)]
