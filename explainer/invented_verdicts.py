"""No verdict invented: "the operator has offered 4.5%, which the union called fair" may not cite "Alder Terminals has
offered 4.5%".

stances.py reads a stance ("welcomed", "rejected") where a passage gives no response; a judgement given to a party
("called it fair", "described the offer as reasonable", "said the offer was generous") of something its cited
passages tell without anyone judging it built: every figure stood (tests/test_factcheck_203.py). A sentence giving a
verdict by a verb of judging ("called", "described ... as", "branded", "labelled", "termed", "deemed", "considered",
"said ... was") and a word of judgement ("fair", "reasonable", "generous", "unacceptable", "an insult", "derisory",
...) is refused where no cited passage holds that word (by its first five letters) and none judges anything at all:
no verb of judging, no word of judgement, no words in quotation marks. A passage that judges (Ruth Okafor's "an
insult") is left to the speaker and wording checks: "called it inadequate" of "an insult" builds. Words in the
sentence's quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked
from .wordset import may_hold

_VERDICTS = ("fair", "unfair", "reasonable", "unreasonable", "generous", "ungenerous", "acceptable", "unacceptable",
             "adequate", "inadequate", "sufficient", "insufficient", "derisory", "insulting", "insult", "good", "bad",
             "excellent", "poor", "disappointing", "encouraging", "positive", "negative", "realistic", "unrealistic",
             "affordable", "unaffordable", "sensible", "decent", "ridiculous", "outrageous", "shameful", "joke",
             "fine", "welcome", "constructive", "serious", "credible", "responsible", "irresponsible", "measured",
             "appropriate", "inappropriate", "justified", "unjustified", "proportionate", "disproportionate", "modest")
_VERDICT = rf"(?:(?:an?|too|very|more\s+than|far\s+from|entirely|wholly|quite|fairly|broadly|a\s+\w+)\s+)?" \
           rf"(?P<verdict>{'|'.join(_VERDICTS)})"
_JUDGED = (r"called|calls|call|described\s+(?:[\w'’%.-]+\s+){0,3}?as|describes\s+(?:[\w'’%.-]+\s+){0,3}?as"
           r"|branded|labell?ed|termed|deemed|considered|judged|thought")
_OBJECT = r"(?:(?:it|this|that|them|the\s+[\w'’-]+(?:\s+[\w'’-]+)?|its\s+[\w'’-]+|their\s+[\w'’-]+)\s+)?"
# a verdict given: "which the union called fair", "the union called the offer fair", "said the offer was fair"
_GIVEN = patterns.compile(
    rf"(?<![\w-])(?:{_JUDGED})\s+{_OBJECT}(?:as\s+)?{_VERDICT}(?![\w-])"
    rf"|(?<![\w-])(?:said|says|say)\s+(?:that\s+)?{_OBJECT}(?:was|is|were|are|would\s+be)\s+{_VERDICT.replace('verdict', 'verdict2')}(?![\w-])",
    re.IGNORECASE)
# a passage that judges anything: a verb of judging, a word of judgement, or words in quotation marks
_JUDGING = patterns.compile(
    rf"(?<![\w-])(?:{_JUDGED}|{'|'.join(_VERDICTS)})(?![\w-])|[\"“”«»]"
    r"|(?<![\w-])(?:said|says)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}(?:was|is|were|are)(?![\w-])", re.IGNORECASE)
_WORDS = frozenset(_VERDICTS)


def invented_verdicts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a verdict ("called it fair") that no cited passage gives, where none judges
    anything."""
    if not in_english(language) or not passages or not may_hold(text, _WORDS):
        return []  # most sentences give no verdict: found by a set lookup
    spoken = unquoted(markers_blanked(text))
    given = _GIVEN.search(spoken)
    if given is None:
        return []
    stem = (given["verdict"] or given["verdict2"]).casefold()[:5]
    if any(re.search(rf"(?<![\w-]){re.escape(stem)}", passage.text, re.IGNORECASE) for passage in passages):
        return []  # the passage's own word
    if any(_JUDGING.search(passage.text) for passage in passages):
        return []  # a passage judges: its wording and speaker are other checks' to compare
    return [Finding(offset + given.start(), f"this sentence gives a verdict ('{' '.join(given.group().split())}') that "
                                            f"its cited passages do not give: no one there judges it: {clipped(text)}",
                    "leave the verdict out, or cite the passage where someone gives it")]
