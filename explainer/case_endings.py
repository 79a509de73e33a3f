"""A case's ending no passage gives: "The case was settled" may not cite a ruling on appeal and a remand.

"Chirpline settled the class action for $410 million" citing "the court cut the damages ... to $410 million" kept every
name and figure, and told the case over, by a deal no source reports: unbacked_deeds.py reads a closed list of deeds
(attacks, arrests, a lawsuit brought), and a case ended, rather than ruled on, was none of them. A sentence that tells a
case settled, dropped, withdrawn or dismissed ("settled the lawsuit", "dropped the charges", "the suit was withdrawn",
"the appeal was dismissed", "Chirpline settled for $10 million") is refused where no cited passage holds a word of that
ending in any form ("settlement" or "agreed to pay" backs "settled"; "abandoned" or "withdrew" backs "dropped"; "threw
out" backs "dismissed"). A case's word is one of _CASES, up to four words after the verb ("settled the class action") or
before a passive ("The case was settled"); "dismissed the claims" rejects what was said, and ends no case. An ending
told as asked, offered, possible or denied ("moved to dismiss", "could settle", "did not drop") tells none, nor do words
in quotation marks. English text is read (tests/test_factcheck_101.py). A passage's ending backs a sentence's only where
it ends the same thing, or names none (ended_things.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .ended_things import other_thing_ended
from .sentences import inside, markers_blanked

# Each ending: its forms a sentence tells it by, and the beginnings of the words a passage tells it by
_ENDINGS = {
    "settled": (("settled", "settles", "settling"), ("settl", "resolv", "reached a deal", "reached an agreement",
                                                     "struck a deal", "agreed to pay", "out of court")),
    "dropped": (("dropped", "drops", "dropping"), ("dropp", "drop ", "drops ", "abandon", "withdr", "discontinu")),
    "withdrawn": (("withdrew", "withdrawn", "withdraws", "withdrawing"),
                  ("withdr", "dropp", "drop ", "drops ", "abandon", "discontinu")),
    "dismissed": (("dismissed", "dismisses", "dismissing"),
                  ("dismiss", "threw out", "thrown out", "throw out", "tossed out", "struck out")),
}
_FORMS = {form: ending for ending, (forms, _) in _ENDINGS.items() for form in forms}
_CASES = (r"(?:class[\s-]+action|case|cases|lawsuits?|suits?|action|claims?|charges|complaints?|litigation|appeals?"
          r"|dispute|allegations|prosecution|proceedings|petition)")
_VERB = "|".join(sorted(_FORMS, key=len, reverse=True))
# "settled the class action", "dropped all charges against", "Chirpline settled for $10 million"
_ACTIVE = patterns.compile(rf"(?<![\w-])(?P<verb>{_VERB})\s+(?:(?:[\w'’-]+\s+){{0,4}}?(?P<case>{_CASES})(?![\w-])"
                           r"|(?<=settled\s)(?:for\s+[$€£\d]|out\s+of\s+court|with\s+(?:the\s+)?[A-Za-z]))",
                           re.IGNORECASE)
# "The case was settled", "the charges against him have been dropped"
_PASSIVE = patterns.compile(rf"(?<![\w-])(?P<case>{_CASES})(?:\s+[\w'’,-]+){{0,6}}?\s+(?:was|were|is|are|has\s+been|have\s+been"
                            r"|had\s+been|been|got|get|gets)\s+(?:\w+ly\s+)?(?P<verb>" + _VERB + r")(?![\w-])",
                            re.IGNORECASE)
# An ending asked for, offered, possible or denied a word or three before its verb: it tells none done
_NOT_DONE = patterns.compile(r"(?<!\w)(?:to|could|may|might|would|should|will|shall|can|cannot|if|unless|whether"
                             r"|not|never|no|n['’]t|nor|without|motion|bid|request)(?:\W+\w+){0,2}\W*$", re.IGNORECASE)
# what "dismissed" rejects as said, not a case it ends: "the minister dismissed the claim"
_ASSERTIONS = frozenset({"claim", "claims", "allegations"})
_HOLDS = ("settl", "dropp", "withdr", "dismiss")
_WORD = patterns.compile(r"[a-z]+")


def unbacked_endings(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for the first case's ending text tells as done that no cited passage gives in any form."""
    lowered = text.lower()
    if not any(stem in lowered for stem in _HOLDS) or not in_english(language) or not passages:
        return []  # most sentences tell no case ended: found by a str search
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for pattern in (_ACTIVE, _PASSIVE):
        for match in pattern.finditer(spoken):
            at = match.start("verb")
            if inside(quoted, at) or _NOT_DONE.search(spoken, max(0, at - 32), at):
                continue
            ending = _FORMS[match.group("verb").lower()]
            if ending == "dismissed" and (match["case"] or "").lower() in _ASSERTIONS:
                continue  # "dismissed the claims as baseless" rejects what was said, and ends no case
            if not any(_tells(passage.text, ending) for passage in passages):
                return [Finding(offset, f"this sentence tells the case as {ending} ('{match.group('verb')}'), which "
                                        f"no passage it cites gives: {clipped(text)}",
                                "tell how the case stands as the source does (ruled on, appealed, sent back), or "
                                "cite a passage that tells it ended so")]
            if match["case"] and (other := other_thing_ended(match["case"], _ENDINGS[ending][1], passages)):
                case = " ".join(match["case"].split()).lower()  # factcheck103: the commission's inquiry settled
                return [Finding(offset, f"this sentence tells the {case} as {ending} ('{match.group('verb')}'), where "
                                        f"its cited passages tell only the {other} {ending}: {clipped(text)}",
                                f"keep the ending to what the source says ended (the {other}), or cite a passage "
                                f"that tells the {case} ended")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _tells(text: str, ending: str) -> bool:
    """Say whether a passage holds a word of an ending, in any form."""
    words = " " + " ".join(_WORD.findall(text.lower())) + " "
    return any(f" {back}" in words for back in _ENDINGS[ending][1])
