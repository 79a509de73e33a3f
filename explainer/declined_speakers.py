"""Words kept from one who declined to give any: "The ministry said the figures were wrong" may not cite "The ministry
declined to comment; the union said the figures were wrong".

A party that declined to comment ("refused to comment", "did not respond to requests for comment", "could not be
reached", "had no comment"; French "n'a pas souhaité commenter", "s'est refusé à tout commentaire"; Spanish "declinó
hacer comentarios", "no quiso comentar"; German "wollte sich nicht äußern", "lehnte eine Stellungnahme ab") said
nothing, and the words beside it are another's. A sentence is refused where a word of saying ("said", "called",
"according to", "a déclaré", "selon", "dijo", "según", "sagte", "laut") has for speaker words naming one a cited
passage gives as declining (a word of four letters or more of the words before the decline in its clause: "The
ministry", "Halvorsen", "A spokesperson for the ministry"), the sentence keeps no decline of its own, and no cited
passage gives that speaker words: a word of saying after its name, or after the decline's clause with no other
speaker ("declined to comment on the figures but said talks would go on"). Parties of the briefing or not, in any of
the four languages (tests/test_factcheck_135.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .clauses import content_words
from .sentences import markers_blanked

_DECLINED = patterns.compile(
    r"(?<!\w)(?:(?:declined|refused|declines|refuses)\s+to\s+(?:comment|say|respond|answer|speak)"
    r"|did\s+not\s+(?:respond|reply|return|answer|comment)|(?:has|had|have)\s+no\s+comment|no\s+comment"
    r"|could\s+not\s+be\s+reached|(?:was|were)\s+not\s+available\s+for\s+comment|would\s+not\s+comment"
    r"|n['’]a\s+pas\s+(?:souhaité|voulu|répondu|donné\s+suite)|n['’]ont\s+pas\s+(?:souhaité|voulu|répondu)"
    r"|s['’]est\s+refusée?\s+à|(?:a|ont)\s+refusé\s+de\s+commenter|injoignable"
    r"|declin(?:ó|aron)\s+(?:hacer\s+)?comentar\w*|no\s+quisieron?\s+(?:hacer\s+comentarios|comentar|pronunciarse)"
    r"|(?:se\s+negó|se\s+negaron|rehusó)\s+a\s+(?:comentar|hacer\s+comentarios|pronunciarse)|no\s+respondió"
    r"|wollten?\s+sich\s+nicht\s+äußern|äußerten?\s+sich\s+nicht|lehnten?\s+(?:eine\s+Stellungnahme|einen\s+Kommentar)"
    r"|nicht\s+erreichbar)(?!\w)", re.IGNORECASE)
# The sentence keeps the decline itself
_KEPT = patterns.compile(r"(?<!\w)(?:declin\w*|refus\w*|(?:not|n['’]t|no)\s+(?:comment|respond|reply|say)\w*"
                         r"|could\s+not\s+be\s+reached|souhaité|s['’]est\s+refusé\w*|quiso|neg[óa]\w*|rehus\w*"
                         r"|nicht\s+äußern\w*|lehnte\w*|erreichbar)(?!\w)", re.IGNORECASE)
_SAYING = (r"said|says|say|told|tells|stated|states|called|calls|claimed|claims|argued|argues|insisted|insists|added"
           r"|disputed|disputes|denied|denies|confirmed|confirms|described|warned|dismissed|rejected|acknowledged"
           r"|a\s+(?:déclaré|dit|affirmé|jugé|estimé|indiqué|assuré|contesté|démenti|nié)|ont\s+(?:déclaré|dit|affirmé"
           r"|jugé|estimé|indiqué|contesté)|déclare|affirme|estime|juge|conteste|dijo|dijeron|dice|dicen|afirmó|aseguró"
           r"|declaró|sostuvo|calificó|negó|sagte|sagten|sagt|erklärte|erklärt|betonte|bestritt|kritisierte|nannte")
_SAID = patterns.compile(rf"(?<!\w)(?:{_SAYING})(?!\w)", re.IGNORECASE)
_ACCORDING = patterns.compile(r"(?<!\w)(?:according\s+to|selon|según|laut)\s+(?P<who>(?:[\w'’-]+\s*){1,4})",
                              re.IGNORECASE)
_BREAK = patterns.compile(r"[.;!?:]|,\s*(?:but|while|whereas|though|mais|tandis|pero|mientras|aber|während)(?!\w)"
                          r"|\s(?:but|whereas|mais|pero|aber)\s", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<!\w)(?:not|never|n['’]t|pas|jamais|nunca|nicht|nie)(?:\s+\w+)?\s+$", re.IGNORECASE)
# A speaker that may be the one that declined, named otherwise: "it said", "he added"
_PRONOUN = patterns.compile(r"(?<!\w)(?:it|he|she|they|il|elle|ils|elles|er|sie|él|ella)(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "were", "also",
                          "said", "says", "then", "later", "when", "asked", "spokesperson", "spokesman",
                          "spokeswoman", "porte-parole", "portavoz", "sprecher", "sprecherin"})


def words_of_decliner(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives words to a speaker its cited passages give only as declining to comment."""
    declined = [each for passage in passages for each in _decliners(passage.text)]
    if not declined:
        return []  # most passages decline nothing
    spoken = markers_blanked(text)
    if _KEPT.search(spoken):
        return []
    speaker = _speaker(spoken)
    if not speaker:
        return []
    for words, shown in declined:
        if speaker & words and not any(_speaks(passage.text, words) for passage in passages):
            return [Finding(offset, f"this sentence gives words to one its cited passages give as declining to "
                                    f"comment ('{shown}'): {clipped(text)}",
                            "say it declined to comment, as the source does, and give the words to whoever said "
                            "them; or cite a passage where it says them")]
    return []


def _speaker(text: str) -> frozenset[str]:
    """Return the content words naming the speaker of the sentence's word of saying, or none."""
    according = _ACCORDING.search(text)
    if according:
        return content_words(according["who"], _NOT_CONTENT)
    said = _SAID.search(text)
    if said is None or _NEGATED.search(text, max(0, said.start() - 20), said.start()):
        return frozenset()  # "has not rejected the report" gives no words
    start = max((found.end() for found in _BREAK.finditer(text, 0, said.start())), default=0)
    return content_words(text[start:said.start()], _NOT_CONTENT)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _decliners(text: str) -> tuple[tuple[frozenset[str], str], ...]:
    """Return the words naming each one a passage gives as declining to comment, with the decline as written."""
    found = []
    for match in _DECLINED.finditer(text):
        start = max((found.end() for found in _BREAK.finditer(text, 0, match.start())), default=0)
        words = content_words(text[start:match.start()], _NOT_CONTENT)
        if words:
            found.append((words, " ".join(text[start:match.end()].split())))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _speaks(text: str, words: frozenset[str]) -> bool:
    """Say whether a passage gives words to a speaker named by `words`, or to one that may be it (a pronoun, or no
    subject of its own after a break: "... but said talks would go on")."""
    text = _DECLINED.sub(lambda match: " " * len(match.group()), text)  # "declined to say" gives none
    for said in _SAID.finditer(text):
        start = max((found.end() for found in _BREAK.finditer(text, 0, said.start())), default=0)
        before = text[start:said.start()]
        if content_words(before, _NOT_CONTENT) & words or _PRONOUN.search(before) or not content_words(
                before, _NOT_CONTENT):
            return True
    return any(content_words(according["who"], _NOT_CONTENT) & words for according in _ACCORDING.finditer(text))
