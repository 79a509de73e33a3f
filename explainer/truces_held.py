"""A truce kept as the source tells it: "The ceasefire has held since October" may not cite "The ceasefire agreed
in October has repeatedly been broken".

Whether a ceasefire (a truce, an armistice) holds is the news a reader looks for. A sentence telling one as holding
("has held", "is holding", "largely held", "remained in place", "has been respected", "has been observed") is
refused where a cited passage tells it broken ("broken", "violated", "breached", "collapsed", "broke down",
"flouted", "violations of") and none tells it holding; so is one told broken where the passages tell it only
holding. Each is read within its clause beside the truce's word (a state after it, a breach either side: "Northland
violated the truce"); a negated state ("has not held") is read as neither, and a holding that ended ("held until
March", "held for three days") as both. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked
from .wordset import may_hold

_TRUCE = r"(?:cease-?fire|truce|armistice)s?"
# a truce holding: its state after the truce's word, in its clause ("The ceasefire agreed in October has held")
_HELD = patterns.compile(
    rf"(?<![\w-]){_TRUCE}(?:[^.;:!?]{{0,60}}?)\s(?P<state>"
    r"(?:(?:has|have|had)\s+(?:\w+\s+)?)?held|(?:is|was|are|were)\s+(?:\w+\s+)?holding|holds"
    r"|remained\s+in\s+(?:place|force)|(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?(?:respected|observed|honou?red)"
    r"|(?:has|have|had)\s+(?:\w+\s+)?survived)(?!\w)", re.IGNORECASE)
# a truce broken: after its word ("has repeatedly been broken") or before it ("Northland violated the truce")
_BROKEN_WORDS = r"broken|broke\s+down|broke|violated|violating|violations?\s+of|breached|breaching|breach(?:es)?\s+of|flouted|collapsed|shattered"
_BROKEN = patterns.compile(
    rf"(?<![\w-]){_TRUCE}(?:[^.;:!?]{{0,60}}?)\s(?P<state>{_BROKEN_WORDS})(?!\w)"
    rf"|(?<![\w-])(?P<state2>{_BROKEN_WORDS})\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    rf"(?:\w+\s+){{0,3}}?{_TRUCE}(?!\w)", re.IGNORECASE)
_ENDED = patterns.compile(r"\s+(?:until|till|for|before|only\s+until)(?!\w)", re.IGNORECASE)
_WORDS = frozenset({"ceasefire", "ceasefires", "cease", "truce", "truces", "armistice", "armistices"})


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _states(text: str) -> tuple[str, str]:
    """Return the first holding and the first breach a text tells of a truce, as written ("" where none)."""
    if not may_hold(text, _WORDS):
        return "", ""
    said = unquoted(text)
    held = [m for m in _HELD.finditer(said) if not _negated(said, m)]
    broken = next((" ".join((m["state"] or m["state2"]).split()) for m in _BROKEN.finditer(said)
                   if not _negated(said, m)), "")
    if any(_ENDED.match(said, m.end()) for m in held):
        broken = broken or "held until"  # "held until March", "held for three days": a holding that ended
    return (" ".join(held[0]["state"].split()) if held else ""), broken


_NEGATED = patterns.compile(r"(?<!\w)(?:not|never|no\s+longer)(?!\w)|n['’]t(?!\w)", re.IGNORECASE)


def _negated(text: str, match: re.Match) -> bool:
    """Say whether a state is negated: in its words ("has not held") or a word or two before them."""
    at = match.start("state") if match["state"] else match.start("state2")
    before = text[max(0, at - 16):at]
    return bool(_NEGATED.search(match["state"] or match["state2"]) or _NEGATED.search(before))


def truce_told_otherwise(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a truce holding that its passages tell only broken, or broken where they tell
    it only holding."""
    if not in_english(language) or not may_hold(text, _WORDS):
        return []  # most sentences tell of no truce: found by a set lookup
    held, broken = _states(markers_blanked(text))
    if not held and not broken or held and broken:
        return []
    theirs = [_states(passage.text) for passage in passages]
    their_held = next((h for h, _ in theirs if h), "")
    their_broken = next((b for _, b in theirs if b), "")
    if held and their_broken and not their_held:
        said, other = held, their_broken
    elif broken and their_held and not their_broken:
        said, other = broken, their_held
    else:
        return []
    return [Finding(offset, f"this sentence tells the truce '{said}' where its cited passages tell it '{other}': "
                            f"{clipped(text)}",
                    "tell whether it held as the source does, or cite a passage that says so")]
