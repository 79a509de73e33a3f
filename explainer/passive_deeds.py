"""A speaker's word about its own deed told as fact in the passive, which drops whose word it is.

"Two drones were shot down." citing only "The group said it had shot down two drones." tells as done what the source
gives only as the doer's own account, and names nobody: own_deeds.py reads a sentence opening on the speaker ("The
group shot down two drones"), and the passive opens on what was done to. A passage's account is own_deeds.py's (a
reporting word, the speaker's pronoun, a deed done); a sentence is refused where it gives the deed's verb as a passive
participle ("were shot down", "was captured", "had been seized"), restates a word of four letters or more of the
deed besides it ("drones", "city"), says nobody's word itself ("..., the group said"), and no cited passage states it
outside such an account. An agent named ("was captured by the army") tells the deed as fact as well. English text is
read (tests/test_factcheck_100.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, says_whose_word, unquoted
from .clauses import content_words
from .own_deeds import _accounts
from .own_findings import finding_of_none_kept
from .party_word import OWN_ACCOUNT
from .sentences import markers_blanked, split_sentences
from .speakers import reports

# The participle of an irregular past own_deeds.py reads ("took" of "said it took the town"): "taken"
_PARTICIPLE = {"took": "taken", "beat": "beaten", "gave": "given", "began": "begun", "ran": "run", "drew": "drawn",
               "broke": "broken", "wrote": "written", "withdrew": "withdrawn", "overran": "overrun", "stole": "stolen",
               "ate": "eaten", "sank": "sunk", "got": "got", "fought": "fought"}
_AUXILIARY = frozenset({"had", "has", "have", "already", "now", "just", "also", "successfully", "fully", "been"})
_PASSIVE = patterns.compile(r"(?<!\w)(?:was|were|is|are|been|being|got|get|gets)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)(?!\w)",
                            re.IGNORECASE)
_PARTICLE = patterns.compile(r"\s+(?:down|up|out|off|over|back)(?!\w)", re.IGNORECASE)  # "were shot down"
_NOT_CONTENT = frozenset({"that", "this", "these", "those", "with", "have", "been", "from", "they", "them", "their",
                          "there", "were", "said", "says", "also", "into", "when", "which", "about", "after", "over",
                          "down", "more", "than", "some", "what", "will", "would"})
_GATE = (" was ", " were ", " is ", " are ", " been ", " being ", " got ", " get ", " gets ")


def passive_deed_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                         parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text tells in the passive a deed that every passage restating it gives only as its doer's
    own word ("The group said it had shot down two drones"), and says nobody's word itself."""
    lowered = " " + text.lower()
    if not any(word in lowered for word in _GATE) or not in_english(language):
        return []  # most sentences hold no passive
    accounts = [account for passage in passages for account in _accounts(passage.text, parties)]
    if not accounts or says_whose_word(text) or reports(text) or OWN_ACCOUNT.search(text):
        return []  # "Two drones were shot down, the group said"
    spoken = unquoted(markers_blanked(text))
    for subject, deed, _ in accounts:
        verb = _verb_of(deed)
        done = next((match for match in _PASSIVE.finditer(spoken) if match["verb"].casefold() == verb), None)
        if done is None:
            continue
        own = content_words(spoken, _NOT_CONTENT) - {verb}
        if not own & (content_words(deed, _NOT_CONTENT) - {verb}):
            continue
        if finding_of_none_kept(spoken, subject, passages):
            continue  # "No evidence was found by the Commission": whose finding it is, said (own_findings.py)
        if any(len(own & plain) >= min(2, len(own)) for passage in passages
               for plain in _plain_parts(passage.text, parties)):
            return []  # a passage states it outside the doer's account: it backs the sentence
        whose = subject[:1].lower() + subject[1:] if subject.split()[0].lower() in ("the", "a", "an") else subject
        particle = _PARTICLE.match(spoken, done.end())
        shown = " ".join(spoken[done.start():particle.end() if particle else done.end()].split())
        return [Finding(offset, f"this sentence states as done ('{shown}') what its cited "
                                f"passages give only as the word of {whose} about itself ('{deed}'): {clipped(text)}",
                        f"say whose word it is, as the source does ('..., {whose} said'), or cite a passage that "
                        "states it")]
    return []


def _verb_of(deed: str) -> str:
    """Return the participle of a deed's verb, folded: "shot" of "had shot down two drones", "taken" of "took"."""
    for word in deed.casefold().split():
        if word not in _AUXILIARY:
            return _PARTICIPLE.get(word, word)
    return ""


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _plain_parts(text: str, parties: tuple) -> tuple[frozenset[str], ...]:
    """Return the content words of each sentence of a passage that gives no speaker's own deed: what it states."""
    return tuple(content_words(unquoted(sentence.text), _NOT_CONTENT) for sentence in split_sentences(text)
                 if not _accounts(sentence.text, parties))
