"""Names in Turkish: a case ending after an apostrophe, and titles and bodies that name no one.

Turkish glues a case ending to a name after an apostrophe ("Işık'a göre", "Karaçam'ın", "Türkiye'ye"): read whole,
"Işık'a" was no name, so "Işık'a göre" named no speaker. And its titles and bodies are capitalised before a name
("HBP İl Başkanı İsmail Işık", "YP İl Başkanı Zeynep Kaya"): read as names, the two speakers shared "Başkanı", and
the words of one given to the other built. A title or body is read in the forms its possessive and derivative
endings make ("Başkan", "Başkanı", "Başkanlığı"). Lowercase is Turkish's: "I" is "ı" and "İ" is "i".
"""

from __future__ import annotations

import functools

from . import patterns
from .numbers import locale_words

# A case ending after an apostrophe, on a name of three letters or more: "Işık'a", "Kaya'nın", "Ankara'daki".
_SUFFIX = patterns.compile(r"(?<=\w{3})['’](?:y?[ae]|y?[ıiuü]|n?[ıiuü]n|[dt][ae]n?|[dt][ae]ki|y?l[ae]|l[ıiuü]k?)$")
_TITLE_STEMS = frozenset("""
başkan bakan sözcü müdür vali milletvekil sekreter yardımcı hakim yargıç savcı komutan temsilci uzman cumhurbaşkan
başbakan müsteşar yetkili doç prof dr genel il ilçe kurul parti belediye hükümet meclis mahkeme sendika dernek ajans
seçim yüksek merkez bakanlık valilik siyaset bilimci
""".split())
_ENDINGS = ("", "ı", "i", "u", "ü", "sı", "si", "su", "sü", "ları", "leri", "lığı", "liği", "luğu", "lüğü", "lık",
            "lik", "luk", "lük", "ler", "lar")


def lower(word: str) -> str:
    """Return a word in Turkish lower case: "Işık" is "ışık", "İl" is "il"."""
    return word.replace("I", "ı").replace("İ", "i").lower()


def without_suffix(name: str) -> str:
    """Return a name without the case ending an apostrophe glues to it: "Işık" of "Işık'a"."""
    return _SUFFIX.sub("", name) if "'" in name or "’" in name else name


@functools.lru_cache(maxsize=1 << 12)
def names_no_one(word: str) -> bool:
    """Say whether a capitalised Turkish word is a title or a body ("Başkanı", "Kurulu", "Partisi"): no name."""
    folded = lower(word)
    return any(folded == stem + ending for ending in _ENDINGS for stem in _TITLE_STEMS
               if folded.startswith(stem))


def read() -> bool:
    """Say whether the project reads Turkish (has its locale): only there are its endings and titles read."""
    return locale_words("tr") is not None
