"""Things of one kind not swapped: "Northland's drones hit a school" may not cite "Northland's drones hit a warehouse".

Each kind below is a list of things a source tells apart (places struck, groups of people, weapons, goods, offices),
each thing with the words that name it (a plural, a synonym: "troops" and "soldiers" are one thing). opposites.py
reads any two things of one kind as it reads a pair of opposites: a sentence naming one is refused where no cited
passage names it and a passage's sentence restating it (sharing two more of its words) names another of the kind.
English text is read.
"""

from __future__ import annotations

from itertools import combinations

# Each kind: its things, each as the words naming it, space-separated. A word common in another sense is left out
# ("base" a rate, "plant" a tree, "officers" of a company, "fighter" of a jet, "vehicles" any of the others).
KINDS: tuple[tuple[str, ...], ...] = (
    # places a strike hits or a story is set in
    ("school schools", "hospital hospitals", "clinic clinics", "mosque mosques", "church churches",
     "synagogue synagogues", "temple temples", "warehouse warehouses", "factory factories", "refinery refineries",
     "university universities", "prison prisons jail jails", "embassy embassies", "hotel hotels", "stadium stadiums",
     "checkpoint checkpoints", "dam dams", "bridge bridges", "airport airports"),
    # people a count is of
    ("soldiers troops", "students pupils", "farmers", "children kids", "women", "doctors", "nurses",
     "journalists reporters", "teachers", "pilots", "protesters demonstrators", "refugees", "migrants",
     "prisoners detainees", "hostages", "pilgrims", "tourists"),
    # arms
    ("tank tanks", "drone drones", "missile missiles", "rocket rockets", "helicopter helicopters",
     "warship warships", "submarine submarines"),
    # goods traded or banned
    ("wheat", "rice", "maize corn", "soybeans soybean soya soy", "sugar", "coffee", "cocoa", "cotton", "steel",
     "aluminium aluminum", "copper", "coal", "cars", "buses", "trucks lorries"),
    # offices
    ("president", "chancellor", "king", "queen", "governor", "mayor", "ambassador"),
)

KIND_WORDS = frozenset(word for kind in KINDS for thing in kind for word in thing.split())


def kind_sides() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Return each two things of one kind, as (one's words, the other's), for opposites.py's table."""
    return tuple((tuple(one.split()), tuple(other.split())) for kind in KINDS for one, other in combinations(kind, 2))
