"""People out of their homes, told no further than the source tells them: "10,000 people have fled the fighting" may
not cite "10,000 people have been displaced by the fighting".

"Displaced" says people are out of their homes, no more: they may have been moved, or stayed near. "Fled" says they
ran from danger, "made homeless" that the homes themselves are gone, "refugees" (and "fled abroad", "fled the
country", "fled across the border") that they crossed a border, which the internally displaced have not. These are
kinds of act a figure counts in figure_acts.py, so a figure the passages give as displaced is refused as fled,
homeless or refugees. Each of them is displacement too: "displaced" (and "forced from their homes", which names no
kind) builds citing any of them, and "fled" builds citing "refugees", who fled. "Fled their homes" is "fled": a
passage's "displaced" backs "forced from their homes", and "fled" only where the passage says so.
"""

from __future__ import annotations

# How a figure's act is written for each kind ("10,000 people have fled abroad", "10,000 refugees"); the border kind
# first, so "fled abroad" is not read as "fled".
DISPLACED_ACTS = (r"(?:fled|flee|fleeing)\s+(?:abroad|overseas|the\s+country|across\s+the\s+border)"
                  r"|refugees|fled|fleeing|made\s+homeless|left\s+homeless|homeless")
DISPLACED_KINDS = {"refugees": "refugees", "fled": "fled", "fleeing": "fled", "homeless": "homeless"}
# Each kind and the kinds that tell no more than it: refugees fled and are displaced, the fled and homeless displaced
_WEAKER = {"refugees": frozenset({"fled", "displaced"}), "fled": frozenset({"displaced"}),
           "homeless": frozenset({"displaced"})}


def displaced_kind(written: str) -> str:
    """Return the kind of displacement an act as written tells ("refugees" of "fled abroad"), or ""."""
    if written.startswith(("fled ", "flee ", "fleeing ")):
        return "refugees"
    return DISPLACED_KINDS.get(written.split()[-1], "")


def weaker_displacement(kind: str, other: str) -> bool:
    """Say whether a sentence's kind of displacement tells no more than a passage's (its "displaced" for "fled")."""
    return kind in _WEAKER.get(other, ())
