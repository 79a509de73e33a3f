"""An intention kept to whose it is: "The owners will appeal" may not cite "The owners said they would appeal".

A speaker's word of what it means to do against another ("said they would appeal", "told reporters it would sue",
"would challenge", "would fight") is its stated intention, not a certain future: the owners may think better of it,
and a court may refuse the appeal. (A body's decision it announces, "said it would suspend the strike", is its act.)
A person's own step said ahead is one too: "The minister said he would resign" (step down, retire, run, quit) is no
"The minister will resign". A passage gives one where a reporting word ("said", "says", "told ...", "announced",
"stated") has the speaker's own pronoun, then "would" (or "will") and a verb. A sentence is refused where it tells
that verb as certain ("will appeal", "are going to appeal", "is to resign", "is set to resign") of a subject sharing a word with the passage's speaker
("the owners" of "The Marta Lind's owners"), says nobody's word itself (no "said", "plan to", "intend to"), and no
cited passage tells the act as certain outside such a word. English text is read; words in quotation marks are not
(tests/test_factcheck_102.py, tests/test_factcheck_103.py). A vow, pledge or promise "to" do anything is one too
("vowed to retaliate", "pledged to cut": tests/test_factcheck_111.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts, says_whose_word
from .sentences import inside, markers_blanked

# What a speaker means to do against another, whose outcome is not its own to give: an appeal, a suit, a challenge. A
# body's own decision announced ("said it would suspend the strike from Friday") is the act: own_deeds.py's rule.
_RECOURSE = (r"appeal|sue|challenge|contest|fight|seek|pursue|file|lodge|petition|complain|protest|resist|oppose|block"
             r"|boycott|retaliate|strike|press|push|demand|claim")
# A person's own step said ahead ("the minister said he would resign"), which he may still not take: read after "he"
# or "she" alone, as a body's "would run" ("said it would run the port") is its decision (factcheck103)
_OWN_STEP = r"resign|step\s+down|stand\s+down|retire|quit|run|stand"
# "The Marta Lind's owners said on Thursday they would appeal": the speaker, its reporting word, up to four words
# (a day, "reporters"), a pronoun of its own, "would", the verb
_STATED = patterns.compile(
    r"(?P<speaker>(?:[\w'’-]+\s+){1,4}?)(?:said|says|say|told|announced|stated|added)(?:\s+[\w'’,-]+){0,4}?"
    r"\s+(?:that\s+)?(?:(?:they|it|he|she|we)\s+(?:would|will|were\s+going\s+to|was\s+going\s+to)\s+"
    r"(?:also\s+|now\s+|then\s+)?(?P<verb>" + _RECOURSE + r")|(?:he|she)\s+(?:would|will|was\s+going\s+to)\s+"
    r"(?:also\s+|now\s+|then\s+|soon\s+)?(?P<step>" + _OWN_STEP + r"))(?!\w)", re.IGNORECASE)
# A vow, a pledge or a promise is a stated intention whatever its act: "Southland vowed to retaliate" is no
# "Southland will retaliate" (factcheck_111). "threatened to" is threats.py's.
_VOWED = patterns.compile(r"(?P<speaker>(?:[\w'’-]+\s+){1,4}?)(?:vowed|vows|vow|pledged|pledges|pledge|promised|promises"
                          r"|promise)\s+to\s+(?:also\s+)?(?P<verb>(?!be\b|have\b)[a-z]{3,})(?!\w)", re.IGNORECASE)
# the sentence's certain future: "will appeal", "are going to appeal", its subject before it
# "is to resign", "is set to resign", "is going to resign" (factcheck105): a future told as settled, as "will" is
_CERTAIN = patterns.compile(r"(?P<subject>(?:[\w'’-]+\s+){1,4}?)(?:will|shall|(?:is|are)\s+(?:going\s+|set\s+)?to)\s+"
                            r"(?:also\s+|now\s+|then\s+)?(?P<verb>[a-z]{3,})(?!\w)", re.IGNORECASE)
_GATE = (" will ", " shall ", " going to ", " is to ", " are to ", " set to ")
_NOT_SUBJECT = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "and", "also", "on", "in"})


def intentions_as_certain(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells as certain an act its cited passages give only as its doer's stated
    intention ("said they would appeal")."""
    if not in_english(language) or not any(word in text for word in _GATE) or says_whose_word(text):
        return []
    stated = [each for passage in passages if in_english(passage.language or language)
              for each in _stated(passage.text)]
    if not stated:
        return []  # most passages state no one's intention
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for told in _CERTAIN.finditer(spoken):
        if inside(quoted, told.start("verb")):
            continue
        verb, subject = told["verb"].casefold(), _words(told["subject"])
        for speaker, their_verb, said in stated:
            if their_verb == verb and subject & speaker and not _told_as_certain(verb, passages):
                return [Finding(offset + told.start("verb"),
                                f"this sentence tells as certain what its cited passages give only as a stated "
                                f"intention ('{said}'): {clipped(text)}",
                                "say whose intention it is, as the source does ('... said they would ...'), or cite a "
                                "passage that tells it as certain")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _stated(text: str) -> tuple[tuple[frozenset[str], str, str], ...]:
    """Return each intention a text gives as its speaker's word: the speaker's words, the verb, the words as written."""
    vows = _VOWED.finditer(text) if "vow" in text or "pledge" in text or "promis" in text else ()
    if "would" not in text and " will " not in text and "going to" not in text and not vows:
        return ()
    return tuple((_words(match["speaker"]), (match["verb"] or match["step"]).casefold().split()[0],
                  " ".join(match.group()[len(match["speaker"]):].split()))
                 for match in (*_STATED.finditer(text), *vows))


def _told_as_certain(verb: str, passages: list[Cited]) -> bool:
    """Say whether a passage tells the act as certain ("will appeal") outside a speaker's stated intention."""
    return any(match["verb"].casefold() == verb and not any(
        said.start() <= match.start() < said.end() for said in (*_STATED.finditer(passage.text),
                                                                 *_VOWED.finditer(passage.text)))
               for passage in passages for match in _CERTAIN.finditer(passage.text))


def _words(text: str) -> frozenset[str]:
    """Return a subject's words, folded, a possessive's "'s" dropped, articles aside."""
    return frozenset(re.sub(r"['’]s$", "", word) for word in text.casefold().split()) - _NOT_SUBJECT
