"""A denial's absence told where the source tells of no denial: "The report does not deny which came first" may not
cite two passages that tell no stance of anyone on the order of events.

"Does not deny", "did not deny", "has not denied", "never denied", "no denial" tell that something was put to
someone and left standing: a stance the source must tell. polarity.py reads "deny" as a negation and "not deny" as
none, so a "say" turned "deny" under a "not" built. Such a sentence is refused where no cited passage holds a word of
denying, disputing, rejecting, refuting, rebutting, contesting, contradicting, challenging, refusing, commenting,
acknowledging, admitting, conceding or confirming: "Kabul has not denied the figure" citing "Kabul has not denied the
figure", or "Kabul did not deny that fighters were killed" citing "Kabul have acknowledged Taliban fighters killed",
builds.
English text is read; words in quotation marks are not.
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_NOT_DENIED = patterns.compile(r"(?i)(?:(?<![\w'’])(?:not|never)|n['’]t)\s+"
                               r"(?:(?:yet|once|explicitly|outright|publicly)\s+)?den(?:y|ied|ies|ying)(?!\w)|(?<!\w)no\s+denial(?!\w)")
# a stance the source tells, which a "not denied" may restate: "acknowledged" is not denied; after an article it is
# a thing's adjective, no one's stance ("the disputed 1,600-mile Durand Line")
_STANCE = patterns.compile(r"(?i)(?<!\w)(?<!\bthe )(?<!\ba )(?<!\ban )(?:deni|deny|disput|reject|refut|rebut|contest|contradict|challeng|refus"
                           r"|comment|acknowledg|admit|conced|confirm)")


def non_denials_without_denial(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says someone did not deny something and no cited passage tells of a denial or of
    any stance taken on it."""
    if not in_english(language) or "den" not in text or not passages:
        return []
    spoken = markers_blanked(text)
    told = next((match for match in _NOT_DENIED.finditer(spoken) if not inside(quoted_parts(spoken), match.start())),
                None)
    if told is None or any(_STANCE.search(passage.text) for passage in passages):
        return []
    return [Finding(offset + told.start(), f"this sentence says '{' '.join(told.group().split())}' where its cited "
                                           f"passages tell of no denial, nor of anything put to anyone: {clipped(text)}",
                    "say only what the source says (\"the report does not say ...\"), or cite the words that tell it")]
