"""Whether two words name one giver of a count: "syndicats" and "syndicat", "préfet" and "préfecture", "Polizei" and
"Polizeisprecher"; the unions and their confederation ("les syndicats", "l'intersyndicale"); two naming words of one
of the briefing's parties ("la CFT", "l'intersyndicale").

according_to.py compared givers by their first five letters, so "inter" made "l'intersyndicale" the giver of a
passage's "97 interpellations" (and giver_bodies.py the police's ministry of a passage's "intersyndicale"); and a
passage's "L'intersyndicale a revendiqué 3,5 millions" was no backing for "Selon les syndicats, 3,5 millions"
(tests/test_factcheck_169.py). Words are alike when one opens the other or they share five letters or more, unless
what they share is no more than a prefix such as "inter" or "trans" and a letter or two. A union named by its name and
the unions (or "le syndicat") named by their noun are one giver too: "Selon les syndicats, 12 000 personnes ont
manifesté" of "12 000 selon la CGT et 8 000 selon la préfecture" was refused as the prefecture's count, the CGT no
union to this module (`union_and_member`, tests/test_factcheck_180.py).
"""

from __future__ import annotations

from .sentences import folded_word

_SHARED = 5  # "polic" of "police" and "policiers", "préfe" of "préfet" and "préfecture"
# Latin prefixes that open unrelated words: "intersyndicale", "interpellations", "Interpol", "intérieur"
_PREFIXES = ("inter", "intra", "trans", "super", "contr", "multi", "hyper", "ultra", "extra")
_PAST_PREFIX = 3  # letters shared past such a prefix: "intersyndicale" and "intersyndical" share "intersynd"
# The unions, plural, name their confederation (and it them): "les syndicats" of "l'intersyndicale"
_UNIONS = frozenset({"syndicats", "sindicatos", "gewerkschaften", "unions"})  # or a confederation: "la confédération"
# Unions by their names, each a member of "the unions" ("les syndicats", "el sindicato", "die Gewerkschaften")
UNION_NAMES = frozenset({"cgt", "cfdt", "fo", "sud", "unsa", "fsu", "solidaires", "cfe-cgc", "cftc", "ccoo", "ugt",
                         "cnt", "uso", "csif", "ela", "lab", "cig", "verdi", "dgb", "gdl", "evg", "gew", "ngg"})
_UNION_NOUNS = ("syndicat", "sindicato", "gewerkschaft", "union", "intersyndical", "intersindical")
_CONFEDERATIONS = ("intersyndical", "intersindical", "confédération", "confederación", "confederacion",
                   "confederation", "gewerkschaftsbund", "dachverband")


def same_giver(one: str, other: str, parties: tuple = ()) -> bool:
    """Say whether two words name one giver: alike, the unions and their confederation, or one party's words."""
    one, other = bare_word(one), bare_word(other)
    return (_alike(one, other) or unions_both(one, other) or union_and_member(one, other)
            or bool(parties and _parties_named(one, parties) & _parties_named(other, parties)))


def party_names(ids: frozenset[str], parties: tuple) -> frozenset[str]:
    """Return the naming words of the parties `ids`, folded, without an elided article: "la CFT" names
    "intersyndicale" where the briefing gives the CFT the alias "l'intersyndicale"."""
    return frozenset(bare_word(word) for party, words in parties if party in ids for word in words)


def _parties_named(word: str, parties: tuple) -> frozenset[str]:
    """Return the ids of the parties a bare word is a naming word of ("intersyndicale" of "l'intersyndicale")."""
    return frozenset(party for party, words in parties if word in words or word in {bare_word(name) for name in words})


def names_giver(giver: str, words, parties: tuple = ()) -> bool:
    """Say whether one of `words` names `giver` (same_giver)."""
    return any(same_giver(giver, word, parties) for word in words)


def bare_word(word: str) -> str:
    """Return a word folded, without an elided article: "l'intersyndicale" as "intersyndicale"."""
    word = folded_word(word)
    return word.split("'", 1)[1] if "'" in word[:3] else word


def _alike(one: str, other: str) -> bool:
    """Say whether two bare words share five letters or more, and more than a prefix ("inter") and a letter or two."""
    if one == other:
        return True
    shared = next((at for at, (a, b) in enumerate(zip(one, other)) if a != b), min(len(one), len(other)))
    if shared < _SHARED:
        return False
    prefix = next((prefix for prefix in _PREFIXES if one.startswith(prefix)), "")
    return shared >= len(prefix) + _PAST_PREFIX if prefix else True


def unions_both(one: str, other: str) -> bool:
    """Say whether two bare words each name the unions together: "syndicats", "intersyndicale", "confédération"."""
    return one != other and all(word in _UNIONS or word.startswith(_CONFEDERATIONS) for word in (one, other))


def union_and_member(one: str, other: str) -> bool:
    """Say whether one bare word names a union by its name ("cgt", "ccoo", "verdi") and the other the unions, or a
    union, by a noun ("syndicats", "sindicato", "gewerkschaften")."""
    return any(name in UNION_NAMES and noun.startswith(_UNION_NOUNS) for name, noun in ((one, other), (other, one)))
