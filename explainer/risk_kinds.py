"""A relative risk not told as absolute: "The vaccine triples the absolute risk of a seizure" may not cite "described
this as a threefold rise in risk. But the authors point out that the absolute risk remains very small".

A health study gives a change of risk as relative ("cut the relative risk by two-thirds", "a threefold rise") or
absolute ("about two extra seizures for every 10,000 doses"): the one is no measure of the other, and a reader told a
risk "tripled" in absolute terms is told something no cited passage says. A clause of a sentence that gives a change's
size in words ("by two-thirds", "halved", "triples", "threefold", "three times"; a percentage is trial_results.py's,
"cut the risk by 22% in absolute terms") to a risk called "absolute" (or "relative") is refused where no cited
passage's sentence gives a change's size with that word, and one gives a change's size with the other word or none;
a share or a multiple of a risk whose kind a passage does not name is relative ("a threefold rise in risk" backs
"raised the relative risk threefold"). A clause naming the kind the passage names ("cut the relative risk by
two-thirds"), or none ("cut the risk by two-thirds"), is read as before. English text is read
(tests/test_newuser_72.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .sentences import split_sentences

_KIND = patterns.compile(r"(?<!\w)(?:absolute|relative)(?!\w)", re.IGNORECASE)
_RISK = patterns.compile(r"(?<!\w)(?:risks?|odds|chances?|likelihood|terms)(?!\w)", re.IGNORECASE)
# a change's size as a share in words or a multiple: "by two-thirds", "halved", "triples", "threefold", "three times"
# (a percentage called absolute or relative is trial_results.py's)
_SIZE = patterns.compile(
    r"(?<!\w)(?:by\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:a\s+|one[-\s])?"
    r"(?:half|third|quarter|fifth|tenth"
    r"|(?:two|three|four)[-\s](?:thirds|quarters|fifths))|halv\w*|doubl\w*"
    r"|tripl\w*|quadrupl\w*|(?:two|three|four|five|ten|\d+)[-\s]?fold|(?:two|three|four|five|ten|\d+)\s+times|twice)"
    r"(?!\w)", re.IGNORECASE)
_CLAUSE = patterns.compile(r"[;:]|,\s+|\s+(?:but|while|whereas)\s+", re.IGNORECASE)


def risk_kind_changed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a clause of text gives a change's size to a risk of a kind ("absolute") that no cited
    passage gives a change's size to, where a passage gives it to the other kind or to none."""
    folded = text.casefold()
    if ("absolute" not in folded and "relative" not in folded) or not in_english(language):
        return []  # most sentences name no kind of risk: found without a pattern
    for clause in _CLAUSE.split(text):
        kind, size = _KIND.search(clause), _SIZE.search(clause)
        if kind is None or size is None or _RISK.search(clause) is None:
            continue
        sized = [sentence.text for passage in passages for sentence in split_sentences(passage.text)
                 if _SIZE.search(sentence.text)]
        own = kind.group().casefold()
        if sized and not any(_backs(own, _kinds(sentence)) for sentence in sized):
            given = sized[0]  # the first that gives a size: what the editor read
            return [Finding(offset, f"this sentence gives a change of the {own} risk ('{size.group()}'), but its cited "
                                    f"passages give its size to no {own} risk ({clipped(given, 80)}): {clipped(text)}",
                            "name the risk as the source does (a relative change is no absolute one), or cite the "
                            "passage that gives this change")]
    return []


def _backs(own: str, kinds: set[str]) -> bool:
    """Say whether a passage's sentence giving a change's size, of `kinds` of risk, backs the size of an `own` one: a
    share or a multiple of a risk is relative where the passage names no kind ("a threefold rise in risk")."""
    return own in kinds or (own == "relative" and not kinds)


def _kinds(sentence: str) -> set[str]:
    """Return the kinds of risk a passage's sentence names: "absolute", "relative"."""
    return {match.group().casefold() for match in _KIND.finditer(sentence)}
