"""The words comparatives.py reads a comparison by in German, Spanish and French: each pair's two sides, the word
before what is compared with ("als", "que"), a negation before a comparative, and the words that end a clause."""

from __future__ import annotations

from .records import record


@record
class Reading:
    """How a language's text is read for comparisons."""

    pairs: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
    than: str  # a pattern: the word before what is compared with
    negated_before: str  # a pattern ending where a comparative starts
    clause_words: str  # a pattern: words that end a clause, besides punctuation


def _inflected(*stems: str) -> tuple[str, ...]:
    """Return German comparatives with their endings: "höher", "höhere", "höheren", ..."""
    return tuple(stem + ending for stem in stems for ending in ("", "e", "en", "er", "es", "em"))


def _plural(*words: str) -> tuple[str, ...]:
    """Return Spanish and French comparatives with their feminine and plural forms ("mayores", "supérieures")."""
    return tuple(sorted({word + ending for word in words for ending in ("", "s", "es", "e")
                         if not (ending == "es" and word.endswith("e"))}))


GERMAN = Reading(
    {"size": (("mehr",) + _inflected("höher", "größer", "grösser"),
              ("weniger",) + _inflected("niedriger", "geringer", "kleiner")),
     "strength": (_inflected("stärker"), _inflected("schwächer")),
     "speed": (_inflected("schneller"), _inflected("langsamer")),
     "quality": (_inflected("besser"), _inflected("schlechter")),
     "age": (_inflected("älter"), _inflected("jünger")),
     "length": (_inflected("länger"), _inflected("kürzer"))},
    r"als", r"(?:nicht|kein\w*|nie|niemals)\s+(?:\w+\s+)?$|(?<!\w)(?:oder|umso|desto|je)\s+$",
    r"und|aber|doch|während|obwohl|sondern")
SPANISH = Reading(
    {"size": (("más",) + _plural("mayor", "superior"), ("menos",) + _plural("menor", "inferior")),
     "quality": (_plural("mejor"), _plural("peor"))},
    # "al menos", "por lo menos" (at least), "a menos que" (unless), "más o menos" (about): no comparison
    r"que", r"(?:no|nunca|jamás|ni)\s+(?:\w+\s+)?$|(?<!\w)(?:al|lo|a|o)\s+$", r"y|e|pero|mientras|aunque|sino")
FRENCH = Reading(
    {"size": (("plus", "davantage") + _plural("supérieur"), ("moins",) + _plural("inférieur")),
     "quality": (_plural("meilleur"), ("pire", "pires"))},
    # "ne ... plus" (no longer), "au moins", "du moins" (at least), "à moins que" (unless), "en plus", "non plus"
    r"que|qu['’]", r"(?:ne|n['’])\s*(?:\w+\s+)?$|(?<!\w)(?:pas|jamais|non)\s+(?:\w+\s+)?$"
    r"|(?<!\w)(?:au|du|à|a|en|non|ou)\s+$",
    r"et|mais|tandis|alors|bien")
BY_LANGUAGE = {"de": GERMAN, "es": SPANISH, "fr": FRENCH}
