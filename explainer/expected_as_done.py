"""An expectation kept as expected: "Inflation returned to its 2% target by mid-2027" may not cite "The bank said it
expects inflation to return to its 2% target by mid-2027", nor "The deficit fell to 3.2% this year" cite "the
Treasury expects it to fall to 3.2% this year".

"will return" told as "returned" is refused (future_as_past.py, possible_done.py); a change a passage gives only as
someone's expectation or forecast ("expects X to fall to", "is expected to fall to", "forecast that X would grow by",
"projects X to return to") built told in the past tense as done, every figure kept. A passage's expected change is a
word of expecting ("expect", "forecast", "project", "predict", "anticipate", "see") then, within seven words, "to",
"would" or "will" and a verb of change ("fall", "rise", "return", "grow", "reach", "ease", ...), its figures the rest
of that clause. A sentence tells it done with that kind of verb in the past tense ("fell", "returned", "grew"), or the state it
reaches in the present ("is back at", "now stands at": tests/test_factcheck_84.py), and
figures of its clause that the passages give only in expected changes, with no word of expecting or a modal ("will",
"may", "could", "likely") anywhere in it. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_VERBS = (r"return|fall|rise|grow|drop|decline|reach|ease|slow|increase|decrease|climb|shrink|hit|peak|narrow|widen"
          r"|raise|cut|lower|reduce|recover|rebound|settle|stabili[sz]e")
_EXPECTED = patterns.compile(
    rf"(?<!\w)(?:expect(?:s|ed|ing)?|forecast(?:s|ed|ing)?|project(?:s|ed|ing)?|predict(?:s|ed|ing)?"
    rf"|anticipat(?:es|ed|ing)|sees|seen)\s+(?:that\s+)?(?:[\w'’,]+\s+){{0,7}}?(?:to|would|will)\s+"
    rf"(?:(?:[a-z]+ly|once\s+more|again|further)\s+)?(?:{_VERBS})(?!\w)(?:[^.;]|\.(?=\d))*", re.IGNORECASE)
# a state reached, told in the present ("is back at its 2% target", "now stands at 2%"), is a change told done too:
# unread, "Inflation is back at its 2% target" cited "The bank expects inflation to return to its 2% target"
_DONE = patterns.compile(
    r"(?<!\w)(?:(?:is|are|was|were)\s+(?:now\s+)?back|(?:now\s+)?stands?|returned|fell|fallen|rose|risen|grew|grown|dropped|declined|reached|eased|slowed|increased"
    r"|decreased|climbed|shrank|shrunk|hit|peaked|narrowed|widened|raised|cut|lowered|reduced|recovered|rebounded"
    r"|settled|stabili[sz]ed)(?!\w)(?:[^.;]|\.(?=\d)){0,80}", re.IGNORECASE)
_HEDGES = patterns.compile(r"(?<!\w)(?:expect\w*|forecast\w*|project\w*|predict\w*|anticipat\w*|will|would|could"
                           r"|may|might|should|shall|likely|unlikely|plans?|planned|aims?|hopes?|seen|set\s+to"
                           r"|on\s+(?:track|course)|if|unless|want\w*|assum\w*)(?!\w)", re.IGNORECASE)
_FIGURE = patterns.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\d])")
_GATE = ("back", "stand", "returned", "fell", "rose", "grew", "dropped", "declined", "reached", "eased", "slowed", "increased",
         "decreased", "climbed", "shrank", "hit", "peaked", "narrowed", "widened", "raised", "cut", "lowered",
         "reduced", "recovered", "rebounded", "settled", "stabili")


def expected_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as done a change its cited passages give only as expected."""
    lowered = text.lower()
    if not any(word in lowered for word in _GATE) or not in_english(language):
        return []  # most sentences tell no change done
    spoken = markers_blanked(text)
    if _HEDGES.search(spoken):
        return []  # told as expected, or as to come
    english = [passage.text for passage in passages if in_english(passage.language or language)]
    expected: dict[str, str] = {}
    done: set[str] = set()
    for passage in english:
        spans = []
        for match in _EXPECTED.finditer(passage):
            spans.append((match.start(), match.end()))
            for figure in _FIGURE.findall(match.group()):
                expected.setdefault(figure, " ".join(match.group().split()))
        for match in _DONE.finditer(passage):
            if not inside(spans, match.start()):
                # a done clause's figures end where an expected change begins ("stands at 68%, and is seen to rise to
                # 69%": 69 is not done)
                end = min((start for start, _ in spans if start > match.start()), default=match.end())
                done.update(_FIGURE.findall(passage[match.start():min(end, match.end())]))
    if not expected:
        return []
    quoted = quoted_parts(spoken)
    for match in _DONE.finditer(spoken):
        figures = set(_FIGURE.findall(match.group()))
        if figures and not inside(quoted, match.start()) and figures <= set(expected) and not figures & done:
            theirs = expected[min(figures)]
            return [Finding(offset + match.start(),
                            f"this sentence tells as done ('{' '.join(match.group().split())}') a change its cited "
                            f"passages give only as expected ('{theirs}'): {clipped(text)}",
                            "say who expects it, as the source does (\"... expects ... to ...\"), or cite the passage "
                            "that tells it done")]
    return []
