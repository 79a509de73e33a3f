"""A place near a target is not the target: "the strike hit a hospital" may not cite "the strike hit near a hospital".

A passage's verb of reaching a target ("hit", "struck", "landed", "exploded", "shelled", ...) followed by a word of
nearness ("near", "close to", "next to", "outside", "beside", "in the vicinity of", "a few metres from") and what it
is near binds that verb to a place beside its target. A sentence using the same
verb with that target after it (up to three words between: "hit a hospital", "landed on the school") and no word of
nearness is refused, where no cited passage gives the verb and the target without one. Negated words and words in
quotation marks are not read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked, split_sentences
from .wordset import may_hold

_NEARNESS = (r"near|nearby|near\s+to|close\s+to|next\s+to|outside|just\s+outside|beside|alongside"
             r"|in\s+the\s+vicinity\s+of|(?:a\s+few|several|some|\d+|a\s+hundred|hundreds\s+of)\s+(?:metres|meters"
             r"|yards|feet|kilometres|kilometers|miles)\s+(?:from|away\s+from|short\s+of)")
_NEARNESS_WORDS = frozenset({"near", "nearby", "close", "next", "outside", "beside", "alongside", "vicinity", "metres",
                             "meters", "yards", "feet", "kilometres", "kilometers", "miles"})
_ARTICLES = r"(?:(?:a|an|the|its|their|his|her|one|two|three|several)\s+)?"
# Verbs of reaching a target ("hit", "landed", "exploded"): a noun before "near" ("the bridge near the town") binds
# no deed.
_VERBS = ("hit", "hits", "struck", "strikes", "landed", "lands", "fell", "falls", "exploded", "explodes", "detonated",
          "crashed", "crashes", "impacted", "bombed", "shelled", "targeted", "attacked", "raided", "stormed")
# The verb, the nearness, then what it is near: up to two words, the last of four letters or more being the target
# ("near a children's hospital": "hospital").
_NEAR_TARGET = patterns.compile(rf"(?<![\w-])(?P<verb>{'|'.join(_VERBS)})\s+(?P<near>{_NEARNESS})\s+"
                                rf"{_ARTICLES}"
                                r"(?P<target>(?:[\w'’-]+\s+){0,2}?[^\W\d_]{4,})(?![\w'’-])", re.IGNORECASE)
_NEAR_IN_SENTENCE = patterns.compile(rf"(?<![\w-])(?:{_NEARNESS}|around|by|at\s+the\s+edge\s+of)(?![\w-])",
                                     re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t)(?:\W+\w+){0,1}\W*$", re.IGNORECASE)


def hit_for_near(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text has a verb reach a target that a passage gives it only near."""
    if not in_english(language):
        return []
    near = [found for passage in passages for found in _near_targets(passage.text)]
    if not near:
        return []  # most passages put nothing near a target: read once for every sentence citing them
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for verb, target, shown in near:
        for match in _reaching(verb, target).finditer(spoken):
            if (inside(quoted, match.start()) or _NEAR_IN_SENTENCE.search(match.group("between"))
                    or _NEGATED_BEFORE.search(spoken, max(0, match.start() - 20), match.start())
                    or any(_reached(passage.text, verb, target) for passage in passages)):
                continue
            return [Finding(offset, f"this sentence has '{' '.join(match.group().split())}' where its cited passages "
                                    f"say only '{shown}': {clipped(text)}",
                            "keep the source's nearness, or cite a passage that says the target itself was reached")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _near_targets(text: str) -> tuple[tuple[str, str, str], ...]:
    """Return each verb a passage puts near a target: the verb, the target's last word, the words as written."""
    if not may_hold(text, _NEARNESS_WORDS):
        return ()
    found = []
    for sentence in split_sentences(text, "en"):
        for match in _NEAR_TARGET.finditer(sentence.text):
            verb = match.group("verb")
            if _NEGATED_BEFORE.search(sentence.text, max(0, match.start() - 20),
                                                                        match.start()):
                continue
            target = match.group("target").split()[-1]
            found.append((verb, target, " ".join(match.group().split())))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _reached(text: str, verb: str, target: str) -> bool:
    """Say whether a passage has the verb reach the target with no word of nearness between."""
    return any(not _NEAR_IN_SENTENCE.search(match.group("between")) for match in _reaching(verb, target).finditer(text))


@functools.lru_cache(maxsize=256)
def _reaching(verb: str, target: str) -> re.Pattern:
    """Return the pattern of the verb with the target after it, up to three words between (`re`'s own compile: the
    words are a passage's)."""
    return re.compile(rf"(?<![\w-]){re.escape(verb)}(?P<between>(?:\s+[\w'’-]+){{0,3}}?)\s+{re.escape(target)}"
                      r"(?![\w-])", re.IGNORECASE)
