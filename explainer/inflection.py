"""Names in languages that decline them: "Бельтания", "Бельтании" and "Бельтанию" name one state.

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
import re

_ENDING = re.compile("(?:ами|ями|ого|его|ому|ему|ой|ей|ий|ый|ая|яя|ое|ее|ую|юю|ом|ем|ём|ам|ям|ах|ях|ым|им"
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


def names_no_one(word: str) -> bool:
    """Say whether a Cyrillic word is a title or a body, in any case ("Министр", "министерства"), or a word a
    sentence opens with ("Позднее"): capitalised, it names no one."""
    return _cyrillic(word) and (stem(word) in _TITLE_STEMS or word.casefold() in _OPENERS)
