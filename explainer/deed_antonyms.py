"""A deed's verb turned into its opposite or its other side's: "18 posts lost" citing "18 captured", "Taliban posts
spared" citing "74 Taliban posts were destroyed", "drones ... were missed" citing "air defense systems intercepted
them".

figure_acts.py keeps a figure to its act, but reads "lost" against a risk only ("lost 40 soldiers" for "40 soldiers
were killed" loses them as surely), and knows neither "spared" nor "missed"; a word swapped for its opposite built
(factcheck_244). A capture told with "lost" as a participle ("18 lost", "19 posts lost", "Posts lost") tells what one
side took as what it lost; told with "lost" as a verb naming the loser ("the Taliban lost 18 posts") it is the
editor's reading and is not read here. A sentence is refused where it writes a turned word that no cited passage
holds, a cited passage holds the word it turns, and the sentence itself does not (one writing both means each); a
turned word negated in its clause ("none were spared", "lost no posts") is not read.
English only; quoted words are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

# (the sentence's word, the words it turns, a passage word of the sentence's meaning that backs it)
_TURNED = (
    # "lost" as a participle after a figure, a plural or "were": not "lost 18 posts", "lost the town", "lost control", nor
    # "lost to the bailiffs", which names the taker
    (patterns.compile(r"(?<=[\w,]\s)(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)lost"
                      r"(?!\s+(?:\d|(?:to|the|a|an|its|their|his|her|our|some|all|no|none|any|more|over|about|nearly"
                      r"|control|ground|track|power|contact|heart)\b))(?![\w-])",
                      re.IGNORECASE),
     patterns.compile(r"(?<!\w)(?:captured|seized)(?!\w)", re.IGNORECASE),
     patterns.compile(r"(?<!\w)(?:lost|lose|loses|losing|losses|loss)(?!\w)", re.IGNORECASE)),
    (patterns.compile(r"(?<!\w)(?:spared|unscathed|untouched|left\s+intact)(?!\w)", re.IGNORECASE),
     patterns.compile(r"(?<!\w)destroyed(?!\w)", re.IGNORECASE),
     patterns.compile(r"(?<!\w)(?:spared?|unscathed|untouched|intact|survived|escaped)(?!\w)", re.IGNORECASE)),
    (patterns.compile(r"(?<!\w)(?:missed|evaded\s+(?:air\s+)?defen[cs]es)(?!\w)", re.IGNORECASE),
     patterns.compile(r"(?<!\w)(?:intercepted|shot\s+down)(?!\w)", re.IGNORECASE),
     patterns.compile(r"(?<!\w)(?:miss|missed|misses|through|evaded|evade|failed|hit|struck)(?!\w)", re.IGNORECASE)),
)

# a turned word negated is the passage's own deed: "none were spared", "no drone missed"; the clause before it is read
_NEGATED = patterns.compile(r"(?<!\w)(?:no|none|not|never|nothing|nobody|neither|nor|without)(?!\w)[^,;:.]*$"
                            r"|n['’]t\s+$", re.IGNORECASE)


def deed_antonym_findings(text: str, passages: list, language: str = "") -> list[Finding]:
    """Return the finding of a sentence giving a deed by a word turning the one its cited passages use ("lost" of
    "captured", "spared" of "destroyed", "missed" of "intercepted"); [] otherwise."""
    turned = deed_antonym(text, passages, language)
    if turned is None:
        return []
    at, own, theirs = turned
    return [Finding(at, f"this sentence says '{own}' where its cited passages say '{theirs}': {clipped(text)}",
                    f"keep the source's word ('{theirs}'), or cite a passage that says this one")]


def deed_antonym(text: str, passages: list, language: str = "") -> tuple[int, str, str] | None:
    """Return (where, the sentence's word, the passage's word) of the first turned deed of text; else None."""
    if not in_english(language):
        return None
    read = unquoted(markers_blanked(text))
    theirs = [passage.text for passage in passages if in_english(getattr(passage, "language", "") or language)]
    if not theirs:
        return None
    for own, turns, backing in _TURNED:
        word = next((found for found in own.finditer(read) if not _NEGATED.search(read[:found.start()])), None)
        if word is None or turns.search(read) or any(backing.search(passage) for passage in theirs):
            continue
        told = next((found for passage in theirs for found in [turns.search(passage)] if found), None)
        if told is not None:
            return word.start(), " ".join(word.group().split()), told.group()
    return None
