"""Another's claim kept another's: "Dr Brandt said 600 families had withdrawn their children" may not cite "Dr Brandt
said the ministry could not confirm the parents' group's claim that 600 families had withdrawn their children."

speakers.py finds Brandt saying the passage and unverified.py takes "said" as keeping the hedge: the sentence built,
though Brandt told of a claim of others he could not confirm, and the sentence gives it as his own word. A passage
relays a claim where a speaker's reporting word ("said", "says", "told ...") is followed in its sentence by a claim's
noun ("claim", "allegation", "assertion", "reports", "rumours") and "that" and what is claimed. A sentence is refused
where it names the speaker with a reporting word, restates what is claimed (its figures and all but one of its words of
four letters or more), and says neither whose claim it is (no claim's word: "claim", "alleged", "according to the
group") nor that it is unconfirmed. English text is read (tests/test_factcheck_105.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .clauses import content_words
from .sentences import split_sentences
from .unverified import keeps_unverified

_CLAIM_NOUN = r"claims?|allegations?|assertions?|reports?|rumou?rs?|suggestions?|accounts?"
_RELAYED = patterns.compile(
    rf"(?P<speaker>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{0,2}})\s+(?:said|says|told\s+[\w\s]{{1,20}}?|stated|added)\s+(?:that\s+)?"
    rf"(?P<between>[^.;]{{0,120}}?)(?<!\w)(?P<noun>{_CLAIM_NOUN})\s+(?:by\s+[^.;]{{1,60}}?\s+)?that\s+"
    rf"(?P<claimed>[^.;]+)")
# what the speaker says of the claim after it ("... could not be confirmed", "... was false"), no part of it
_JUDGED = patterns.compile(r"\s+(?:could|can|was|were|is|are|has|have|had|remains?|remained)\s+(?:not\s+|n['’]t\s+)?"
                           r"(?:been\s+|be\s+|yet\s+|independently\s+)*(?:confirmed|verified|corroborated|false|untrue"
                           r"|unfounded|baseless|denied|true|wrong|correct|accurate|exaggerated)(?!\w)", re.IGNORECASE)
_REPORTING = patterns.compile(r"(?<!\w)(?:said|says|say|told|stated|added|according\s+to)(?!\w)", re.IGNORECASE)
_OWNED = ("claim", "alleg", "assert", "report", "rumo", "suggest", "account", "according", "unconfirm", "unverif")
_TITLES = frozenset({"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "the", "a", "an"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "about", "had"})


def relayed_as_own(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives as a speaker's own word a claim of others its cited passages have him
    relay ("the parents' group's claim that ...")."""
    if not in_english(language) or not any(_claim_noun_in(passage.text) for passage in passages):
        return []  # a str search: most passages relay no claim
    folded = text.casefold()
    if any(stem in folded for stem in _OWNED) or not _REPORTING.search(text) or keeps_unverified(text):
        return []  # the sentence says whose claim it is, or that it is unconfirmed
    named = {word.strip(",.").casefold() for word in text.split()}
    words = content_words(text, _NOT_CONTENT)
    for passage in passages:
        for speaker, claimed, shown in _relayed(passage.text):
            if not {word.casefold() for word in speaker} & named:
                continue
            theirs = content_words(claimed, _NOT_CONTENT)
            figures = {word for word in theirs if word[0].isdigit()}
            if figures <= words and len(theirs - words) <= 1 and len(theirs & words) >= 2:
                return [Finding(offset, f"this sentence gives as {' '.join(speaker)}'s own word what its cited "
                                        f"passages give as another's claim relayed ('{shown}'): {clipped(text)}",
                                "say whose claim it is and whether it was confirmed, as the source does")]
    return []


def _claim_noun_in(text: str) -> bool:
    """Say whether a text may relay a claim: a claim's noun and "that" (a str search)."""
    folded = text.casefold()
    return " that " in folded and any(noun in folded for noun in ("claim", "allegation", "assertion", "report",
                                                                   "rumo", "suggestion", "account"))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _relayed(text: str) -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """Return each claim a passage's speaker relays: the speaker's name words, what is claimed, the words as written."""
    if not _claim_noun_in(text):
        return ()
    found = []
    for sentence in split_sentences(text, "en"):
        for match in _RELAYED.finditer(sentence.text):
            speaker = tuple(word for word in match["speaker"].split()
                            if word.casefold() not in _TITLES and len(word) >= 3)
            if speaker:
                shown = " ".join(sentence.text[match.start("between"):match.start("claimed")].split())
                judged = _JUDGED.search(match["claimed"])
                found.append((speaker, match["claimed"][:judged.start()] if judged else match["claimed"], shown))
    return tuple(found)
