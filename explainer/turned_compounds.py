"""A compound's first word turned into its opposite: "an in-competition test" citing "an out-of-competition test",
"the off-duty officer" of "the on-duty officer", "part-time staff" of "full-time staff", "a short-term loan" of "a
long-term loan", "far-right" of "far-left".

opposites.py reads whole words, and a hyphen splits "in-competition" into "in" and "competition": no pair of
opposites there, and "in" and "out" are too common to pair on their own (newuser_139). A compound is read whole: where
one of its parts is a side of a pair below, and a cited passage writes the compound with the other side (hyphened:
"in the short term" is no "short-term"), while no passage writes the sentence's own (hyphened, or spaced: "tested out
of competition"), the sentence is refused. A sentence writing both ("in-state and out-of-state students") or denying
its own ("not an in-competition test") is not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .sentences import markers_blanked

# Opposite first words of compounds (either way): the part they make of a compound stands between hyphens
_PAIRS = (("in", "out-of"), ("in", "out"), ("on", "off"), ("pre", "post"), ("pre", "after"), ("before", "after"),
          ("full", "part"), ("long", "short"), ("high", "low"), ("left", "right"), ("over", "under"),
          ("upper", "lower"))
_SIDES = frozenset(side for pair in _PAIRS for side in pair)
# A compound of two words or more: "in-competition", "out-of-competition", "far-right", "on-the-record"
_COMPOUND = patterns.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")
# A denial just before the compound: "not an in-competition test", "no off-duty officers"
_DENIED_BEFORE = patterns.compile(r"(?<![\w-])(?:not|no|never|nor|neither)(?:\s+(?:an?|the))?\s+$", re.IGNORECASE)
_HINT = "use the compound the source uses, or cite the passage that uses this one"


def turned_compounds(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for a compound of text whose opposite a cited passage writes, where none writes its own."""
    if "-" not in text or not passages or not in_english(language):
        return []  # most sentences hold no compound: found without reading their passages
    spoken = markers_blanked(text)
    own = [match for match in _COMPOUND.finditer(spoken) if _SIDES & set(match.group().casefold().split("-"))]
    if not own:
        return []
    theirs = " ".join(" ".join(passage.text.split()) for passage in passages).casefold()
    written = {match.group().casefold() for match in _COMPOUND.finditer(spoken)}
    for match in own:
        compound = match.group().casefold()
        if _written(compound, theirs) or _DENIED_BEFORE.search(spoken, 0, match.start()):
            continue
        for turned in _turned(compound):
            if turned not in written and _written(turned, theirs, spaced=False):
                return [Finding(offset + match.start(),
                                f"this sentence says '{match.group()}' where its cited passages say '{turned}': "
                                f"{clipped(text)}", _HINT)]
    return []


def _turned(compound: str) -> list[str]:
    """Return the compounds a compound makes with one of its parts (or "out-of") turned: "in-competition" gives
    "out-of-competition" and "out-competition"; "out-of-competition" gives "in-competition"."""
    parts, found = compound.split("-"), []
    for one, other in _PAIRS:
        for side, opposite in ((one, other), (other, one)):
            side_parts = side.split("-")
            for at in range(len(parts) - len(side_parts) + 1):
                if parts[at:at + len(side_parts)] == side_parts:
                    found.append("-".join(parts[:at] + opposite.split("-") + parts[at + len(side_parts):]))
                    break
    return found


def _written(compound: str, text: str, spaced: bool = True) -> bool:
    """Say whether folded text writes a compound, its hyphens as hyphens or (`spaced`) spaces: "out of competition"
    backs the sentence's own compound, but only a hyphen's tells the opposite ("workers on site" is no "on-site")."""
    first = text.find(compound.split("-")[0])
    if first < 0 or not spaced and compound not in text:
        return False  # found without a pattern, as most passages write no such word
    parts = (re.escape(part) for part in compound.split("-"))
    # an editor's word: re's own cache, not the file of fixed patterns (patterns.py)
    written = re.compile(r"(?<![\w-])" + (r"[-\s]" if spaced else "-").join(parts) + r"(?![\w-])")
    return written.search(text, first) is not None
