"""An emphatic denial not told as the deed: "Valdoria will give up land" may not cite "Valdoria will not give up a
metre of its land", nor "Kestrel will hand over prisoners" cite "Kestrel will not hand over a single prisoner"
(tests/test_factcheck250.py).

A denial of the least amount ("a metre of", "an inch of", "a penny of", "a single", "one single") denies the deed
whole. polarity.py reads the first long word after a negation as what it denies: "metre", "single", which the
sentence never holds, so the negation dropped built. A sentence is refused where it holds the passage's verb (a form of
its first word, and its particles: "give up", "hand over") and the noun after the least amount ("land", "prisoner"),
and negates nothing itself ("not", "no", "never", "refuses", "rejects"). English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .sentences import markers_blanked

_WORD = r"[^\W\d_][\w'’-]*"
_LEAST = (r"(?:metre|meter|inch|centimetre|foot|yard|mile|acre|hectare|penny|cent|pound|dollar|euro|drop|grain|scrap"
          r"|shred|ounce|iota|bit|word)")
_EMPHATIC = patterns.compile(
    rf"(?<![\w'’-])(?:not|never|n['’]t)\s+(?P<verb>(?:{_WORD}\s+){{1,3}}?)"
    rf"(?:(?:a|one)\s+single\s+|(?:a|an|one)\s+{_LEAST}\s+of\s+(?:(?:its|their|his|her|our|the|your|my)\s+)?)"
    rf"(?P<noun>{_WORD})", re.IGNORECASE)
_CUES = ("single", " of ")
_NEGATION_CUES = ("not", "never", "n't", "n’t")
_SENTENCE_NEGATES = patterns.compile(r"(?<![\w'’-])(?:not|no|never|none|n['’]t|refus\w*|reject\w*|won['’]t"
                                     r"|nothing|without)(?![\w'’-])", re.IGNORECASE)
# a verb's forms that share no three letters with it: "gave" of "give"
_IRREGULAR = {"give": ("gave", "given"), "take": ("took", "taken"), "pay": ("paid",), "lose": ("lost",),
              "sell": ("sold",), "send": ("sent",), "cede": ("ceded",), "yield": ("yielded",)}
_AUXILIARIES = frozenset({"will", "would", "did", "does", "do", "has", "have", "had", "could", "can", "shall",
                          "should", "be", "been", "is", "are", "was", "were"})


def emphatic_denial_dropped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells as done a deed a cited passage denies of even its least amount."""
    if not in_english(language) or not any(any(cue in passage.text for cue in _CUES) and any(
            negation in passage.text for negation in _NEGATION_CUES) for passage in passages):
        return []  # most passages deny nothing so: a few str searches
    spoken = markers_blanked(text)
    if _SENTENCE_NEGATES.search(spoken):
        return []
    words = [word.casefold() for word in re.findall(_WORD, spoken)]
    for passage in passages:
        for denial in _EMPHATIC.finditer(passage.text):
            verb = [word.casefold() for word in denial["verb"].split() if word.casefold() not in _AUXILIARIES]
            if verb and _holds_verb(words, verb) and _holds_noun(words, denial["noun"].casefold()):
                said = " ".join(denial.group().split())
                return [Finding(offset, f"this sentence drops the negation of its cited passage ('{said}'): "
                                        f"{clipped(text)}",
                                "keep the source's negation (or its absence), or cite the words that say what this "
                                "says")]
    return []


def _holds_verb(words: list[str], verb: list[str]) -> bool:
    first, particles = verb[0], verb[1:]
    forms = _IRREGULAR.get(first, ())
    return (any(word in forms or (word[:3] == first[:3] and len(first) >= 3) for word in words)
            and all(particle in words for particle in particles))


def _holds_noun(words: list[str], noun: str) -> bool:
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
    return any(word.startswith(stem) and len(word) - len(stem) <= 2 for word in words)
