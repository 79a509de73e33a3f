"""Names in languages that decline them: "Бельтания", "Бельтании" and "Бельтанию" name one state (and Polish
"Dolny Powiat", "Dolnego Powiatu", below).

Russian and Ukrainian change a word's ending by its case ("правительство", "правительства"; "Соколова", "Соколовой"),
so a form that starts with another is not enough: "Правительство Бельтании" as the claimant of "По данным
правительства Бельтании" was refused as someone else's words, and a party named "Бельтания" was not named by
"Бельтании". Two Cyrillic words are forms of one where they are alike but for a case ending, on a stem of four letters
or more. Titles and bodies in any of their forms ("Министр торговли", "министра") name no one, as English "Minister"
does not: "Министр Игорь Волков назвал" citing "Министр торговли Бельтании Анна Соколова назвала" built, the two
speakers sharing the word "Министр". Nor do the words a sentence opens with, capitalised as its first word, as
English "Later" does not: "Позднее министерство уточнило" was refused as words given to "Позднее".
"""

from __future__ import annotations

import functools
import unicodedata

from . import patterns

_ENDING = patterns.compile("(?:ами|ями|ого|его|ому|ему|ой|ей|ий|ый|ая|яя|ое|ее|ую|юю|ом|ем|ём|ам|ям|ах|ях|ым|им"
                           "|[аеёиоуыэюяйьії])$")
_SHORTEST_STEM = 4
_TITLE_STEMS = frozenset("""
министр министерств правительств президент премьер-министр премьер глав представител пресс-секретар посол
ведомств агентств пресс-служб спикер депутат губернатор мэр председател замминистр заместител
міністр міністерств уряд речник посл очільник
""".split())

# Words that open a sentence or clause, capitalised there, and name no one (they are not declined).
_OPENERS = frozenset("""
позднее позже ранее затем потом тогда также кроме однако между тем теперь сегодня вчера завтра накануне впоследствии
сначала официально согласно после перед после этого при для как это эти этот так уже ещё еще всего почти около более
пізніше раніше потім тоді також однак сьогодні вчора напередодні згідно після перед
""".split())


def _cyrillic(word: str) -> bool:
    return "\u0400" <= word[:1] <= "\u04ff"


@functools.lru_cache(maxsize=1 << 12)
def stem(word: str) -> str:
    """Return a folded Cyrillic word without its case ending: "правительств" of "Правительства"."""
    return _ENDING.sub("", word.casefold())


def declined_alike(word: str, names: frozenset[str]) -> bool:
    """Say whether a Cyrillic word is a form of one of `names` but for its case ending ("бельтании", "бельтания")."""
    if not _cyrillic(word):
        return False
    own = stem(word)
    return len(own) >= _SHORTEST_STEM and any(_cyrillic(name) and stem(name) == own for name in names)


# Polish declines names in Latin letters ("Krajowa Agencja Wód", "Według Krajowej Agencji Wód"; "Dolny Powiat",
# "Dolnego Powiatu", "Dolnemu Powiatowi"): a form is one of a name where both are alike but for a case ending, on a
# stem of four letters or more. Read where a project has a Polish locale only: English "Maria" is no "Mario".
_POLISH_ENDING = patterns.compile("(?:owie|owi|ami|ach|ego|emu|iej|ej|ym|im|ich|ych|om|ów|ą|ę|a|e|i|o|u|y)$")


@functools.lru_cache(maxsize=1 << 12)
def polish_stem(word: str) -> str:
    """Return a folded Polish word without its case ending: "krajow" of "Krajowej", "powiat" of "Powiatowi"."""
    return _POLISH_ENDING.sub("", word.casefold())


def polish_declined_alike(word: str, names: frozenset[str]) -> bool:
    """Say whether a Polish word is a form of one of `names` but for its case ending ("agencji", "agencja")."""
    own = polish_stem(word)
    return len(own) >= _SHORTEST_STEM and any(polish_stem(name) == own for name in names)


# A long name another Latin language spells with one letter more or less: "Afganistán" for "Afghanistan".
_LONG_NAME = 8
_SHORTEST_NAME = 5  # as owners.is_named reads a form of a name: "Afghan" may name "Afghanistan"


@functools.lru_cache(maxsize=1 << 12)
def unaccented(word: str) -> str:
    """Return a word without its accents: "pakistan" of "pakistán"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def spelled_alike(word: str, names: frozenset[str]) -> bool:
    """Say whether a folded Latin word with accents is one of `names`, or a form of one, but for its accents, or for
    one letter of a long name: Spanish "pakistán" and "afganistán" name "pakistan" and "afghanistan"."""
    plain = unaccented(word)
    if plain == word or not plain.isascii():
        return False  # no accent, or another script: the caller has compared it already
    return any(plain == name or len(min(plain, name, key=len)) >= _SHORTEST_NAME and (
        plain.startswith(name) or name.startswith(plain)) or len(name) >= _LONG_NAME and any(
            _one_letter_apart(plain[:len(name) + grown], name) for grown in (-1, 0, 1))
        for name in (unaccented(name) for name in names))


def _one_letter_apart(word: str, name: str) -> bool:
    """Say whether `word` is `name` with one letter left out, added or changed."""
    if abs(len(word) - len(name)) > 1:
        return False
    shorter, longer = sorted((word, name), key=len)
    first = next((i for i, (a, b) in enumerate(zip(shorter, longer)) if a != b), len(shorter))
    skip = 1 if len(longer) > len(shorter) else 0
    return shorter[first + (1 - skip):] == longer[first + 1:] if first < len(shorter) else len(longer) - len(shorter) <= 1


def names_no_one(word: str) -> bool:
    """Say whether a Cyrillic word is a title or a body, in any case ("Министр", "министерства"), or a word a
    sentence opens with ("Позднее"): capitalised, it names no one."""
    return _cyrillic(word) and (stem(word) in _TITLE_STEMS or word.casefold() in _OPENERS)
