"""The dead kept as the source sorts them: "civilian deaths rose to 40" may not cite "deaths rose to 40, most of them
soldiers".

A passage that gives a count as mostly of one kind of people ("most of them soldiers", "mostly fighters", "the
majority of them civilians", "mainly militants") says who most of them were. A sentence naming people of the other
kind (civilians against soldiers, troops, fighters, militants, combatants, police, rebels or insurgents) is refused
where it restates the passage's sentence (two of its words or figures of four letters or more, all of a shorter
sentence's) and no cited passage names people of the sentence's kind. Negated words and words in quotation marks
are not read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, split_sentences
from .wordset import may_hold

_CIVILIAN = r"civilians?|non-?combatants?"
_ARMED = (r"soldiers?|troops|fighters?|militants?|combatants?|servicemen|service\s+members|police(?:men)?"
          r"|police\s+officers|militiamen|militia\s+members|rebels?|insurgents?|gunmen")
_KIND = {"civilian": patterns.compile(rf"(?<![\w-])(?:{_CIVILIAN})(?![\w-])", re.IGNORECASE),
         "armed": patterns.compile(rf"(?<![\w-])(?:{_ARMED})(?![\w-])", re.IGNORECASE)}
_OTHER = {"civilian": "armed", "armed": "civilian"}
_MOSTLY = r"most\s+of\s+(?:them|whom)|mostly|mainly|largely|chiefly|predominantly|the\s+majority\s+(?:of\s+them\s+)?"
_MOSTLY_OF = {kind: patterns.compile(rf"(?<![\w-])(?:{_MOSTLY})\s+(?:\w+\s+)?(?:{words})(?![\w-])", re.IGNORECASE)
              for kind, words in (("civilian", _CIVILIAN), ("armed", _ARMED))}
_MOSTLY_WORDS = frozenset({"most", "mostly", "mainly", "largely", "chiefly", "predominantly", "majority"})
_KIND_WORDS = frozenset({"civilian", "civilians", "noncombatant", "noncombatants", "non-combatant", "non-combatants",
                         "soldier", "soldiers", "troops", "fighter", "fighters", "militant", "militants", "combatant",
                         "combatants", "servicemen", "service", "police", "policemen", "militiamen", "militia",
                         "rebel", "rebels", "insurgent", "insurgents", "gunmen"})
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t|non)\W+$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "most", "mostly", "mainly", "largely", "chiefly",
                          "predominantly", "majority", "whom"}) | _KIND_WORDS


def mostly_the_other_kind(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text names people of one kind where a passage restating it gives most as the other."""
    if not in_english(language) or not may_hold(text, _KIND_WORDS):
        return []  # most sentences name no such people
    spoken, quoted = None, None
    for kind, pattern in _KIND.items():
        others = [found for passage in passages for found in _mostly(passage.text, _OTHER[kind])]
        if not others or any(_names(passage.text, kind) for passage in passages):
            continue  # no passage gives most as the other kind: most sentences end here
        spoken = markers_blanked(text) if spoken is None else spoken
        quoted = quoted_parts(spoken) if quoted is None else quoted
        named = next((match for match in pattern.finditer(spoken) if not inside(quoted, match.start())
                      and not _NEGATED_BEFORE.search(spoken, max(0, match.start() - 12), match.start())), None)
        if named is None:
            continue
        words = content_words(spoken, _NOT_CONTENT)
        for shown, theirs in others:
            if words and len(words & theirs) >= min(2, len(words)):
                return [Finding(offset, f"this sentence names '{named.group()}' where its cited passages give "
                                        f"most of them as others ('{shown}'): {clipped(text)}",
                                f"say who they were as the source does ('{shown}'), or cite a passage that says "
                                "this")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _names(text: str, kind: str) -> bool:
    """Say whether a passage names people of that kind."""
    return bool(_KIND[kind].search(text))


@functools.lru_cache(maxsize=1 << 12)
def _mostly(text: str, kind: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each place a passage gives people as mostly of that kind, as written, with its sentence's content
    words."""
    if not may_hold(text, _MOSTLY_WORDS):
        return ()
    return tuple((" ".join(match.group().split()), content_words(sentence.text, _NOT_CONTENT))
                 for sentence in split_sentences(text, "en") for match in _MOSTLY_OF[kind].finditer(sentence.text))
