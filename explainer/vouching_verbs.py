"""A reporting verb kept to the source's: "Northland admitted that its drone hit the school" may not cite "Northland
said its drone hit the school".

"Admitted", "conceded", "acknowledged", "confessed", "confirmed" and "verified" vouch for what was said: the speaker
owns it as true. "Proved", "showed", "demonstrated", "established", "revealed", "accepted" and "recognised" before
"that" vouch as evidence does. Where the passages a sentence restates (two shared words of four letters or more)
give the words with a plain reporting verb ("said", "claimed", "alleged", "told", "according to", "estimates", ...)
and none of them uses any vouching verb (nor "found", "concluded", "ruled": a finding), the sentence is refused. A negated verb
("has not confirmed", "declined to confirm", "could not be confirmed") vouches for nothing; words in quotation marks
are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked
from .wordset import may_hold

_OWNING = ("admit|admits|admitted|admitting|concede|concedes|conceded|conceding|acknowledge|acknowledges|acknowledged"
           "|acknowledging|confess|confesses|confessed|confirm|confirms|confirmed|confirming|verified|verifies")
_SHOWING = ("prove|proves|proved|proven|show|shows|showed|shown|demonstrate|demonstrates|demonstrated|establish"
            "|establishes|established|reveal|reveals|revealed|accepted|accepts|recognised|recognized|recognises"
            "|recognizes")
_VOUCHING = patterns.compile(rf"(?<![\w-])(?:(?P<owning>{_OWNING})|(?P<showing>{_SHOWING})(?=\s+that(?!\w)))(?![\w-])",
                             re.IGNORECASE)
# what every match of _VOUCHING is: looked up in the sentence's words before the pattern runs
_VOUCHING_WORDS = frozenset(_OWNING.split("|") + _SHOWING.split("|"))
# any form of any of them in a passage: the source vouches itself, whichever verb the sentence picks
_ANY_VOUCHING = patterns.compile(r"(?<!\w)(?:admi(?:t|ts|tted|tting|ssions?)|conce(?:de|des|ded|ding|ssions?)"
                                 r"|acknowledg\w*|confess\w*|confirm\w*|prov(?:e|es|ed|en|ing)|proof"
                                 r"|show(?:s|ed|n|ing)?|demonstrat(?:e|es|ed|ing)|establish(?:es|ed|ing)?"
                                 r"|reveal\w*|verif\w*|found|finds|conclu\w+|determined|ruled|accept\w*|recogni[sz]\w*)"
                                 r"(?!\w)", re.IGNORECASE)
_PLAIN = patterns.compile(r"(?<!\w)(?:said|says|say|saying|claimed|claims|claim|claiming|alleged|alleges|allege"
                          r"|alleging|told|tells|stated|states|asserted|asserts|insisted|insists|maintained|maintains"
                          r"|argued|argues|contended|contends|suggested|suggests|according\s+to|announced|added"
                          r"|wrote|writes|described"
                          # an estimate is a word too: "proved that the duties cost 120 million" of "estimates that"
                          r"|estimates|estimated|estimate|reckons|reckoned|believes|believed)(?!\w)", re.IGNORECASE)
# "has not confirmed", "declined to confirm", "would neither confirm nor deny", "could not be independently confirmed"
_NEGATED = patterns.compile(r"(?<!\w)(?:not|n['’]t|never|neither|nor|no|without|refused\s+to|declined\s+to"
                            r"|failed\s+to|yet\s+to|unable\s+to)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "If the fine is confirmed", "once it is verified", "until it is confirmed": a condition or a time to come vouches for
# nothing (newuser_130's "If the fine is confirmed, Brambletons has 28 days ..." was refused as the regulator's word
# vouched for)
_CONDITIONED = patterns.compile(r"(?<!\w)(?:if|once|unless|until|whether|when|should)\s+(?:[\w'’-]+\s+){0,4}$",
                                re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "which", "what", "when", "would", "could", "will"})
_RESTATES = 2


def vouched_for(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text vouches for ("admitted", "confirmed", "proved that") what the passages it
    restates give only as said."""
    if not in_english(language) or not passages or not may_hold(text, _VOUCHING_WORDS):
        return []  # most sentences hold no vouching verb: found by a set lookup
    if any(_ANY_VOUCHING.search(passage.text) or _ANY_VOUCHING.search(passage.holding) for passage in passages):
        return []  # the source vouches itself
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for verb in _VOUCHING.finditer(spoken):
        if (inside(quoted, verb.start()) or _NEGATED.search(spoken, max(0, verb.start() - 40), verb.start())
                or _CONDITIONED.search(spoken, max(0, verb.start() - 50), verb.start())):
            continue
        own = content_words(spoken[:verb.start()] + spoken[verb.end():], _NOT_CONTENT)
        plain = next((found.group() for passage in passages
                      if len(own & content_words(passage.text, _NOT_CONTENT)) >= _RESTATES
                      for found in (_PLAIN.search(passage.text),) if found), None)
        if plain:
            return [Finding(offset + verb.start(), f"this sentence says '{verb.group()}' where its cited passages say "
                                                   f"only '{' '.join(plain.split())}': it vouches for what the source "
                                                   f"gives as said: {clipped(text)}",
                            "keep the source's verb ('said', 'claimed'), or cite a passage that says it was admitted, "
                            "confirmed or shown")]
    return []
