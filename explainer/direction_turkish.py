"""The words direction.py reads a rise or a fall by in Turkish, which puts its verb after the figure.

"Katılım oranı 3,1 puan arttı" citing "Katılım oranı 3,1 puan düştü" kept the figure and turned the news around: no
Turkish word of rise or fall was read, and direction.py looks for one after a figure only right after it, while
Turkish writes a unit and a case ending between ("3,1 puan düştü", "124.262'ye düştü", "1.198 oya geriledi"). A
verb is listed in the forms news writes (past, reported past, present, future, the "-dığını" of reported speech)
and its noun. A case ending on the figure or its unit says what the figure is: the dative ("124.262'ye düştü",
"fell to 124,262") a level reached, the ablative ("%10'dan %12'ye") where it started.
"""

from __future__ import annotations

from . import patterns


def _forms(*stems_and_endings: tuple[str, str]) -> list[str]:
    """Return each stem with each of its endings, space-separated: ("art", "tı mış ıyor") gives "arttı", ...."""
    return [stem + ending for stem, endings in stems_and_endings for ending in endings.split()]


RISE = frozenset(_forms(
    ("art", "tı mış mıştı ıyor acak acağı tığı tığını ış ışı ışla arak an"),
    ("artır", "dı ıldı ılacak acak"), ("arttır", "dı ıldı"),
    ("yüksel", "di miş iyor ecek diği diğini iş işi erek en"), ("yükselt", "ti ildi"),
    ("çık", "tı mış ıyor acak tığı tığını arak"),
    ("büyü", "dü müş yor yecek düğü düğünü me mesi yerek"),
    ("tırman", "dı mış ıyor acak dığı dığını"), ("fırla", "dı mış"), ("genişle", "di miş diği diğini")))
FALL = frozenset(_forms(
    ("düş", "tü müş müştü üyor ecek tüğü tüğünü üş üşü erek en"), ("düşür", "dü üldü ülecek"),
    ("azal", "dı mış ıyor acak dığı dığını ış ma ması arak an"), ("azalt", "tı ıldı"),
    ("geril", "edi emiş iyor eyecek ediği ediğini eme emesi eyerek"),
    ("in", "di miş iyor ecek diği diğini"), ("indir", "di ildi"),
    ("küçül", "dü müş üyor ecek düğü düğünü me"), ("daral", "dı mış ıyor acak dığı dığını ma"),
    ("kaybet", "ti miş")))
# Words that start another clause: "%12 arttı ve 6.842'ye yükseldi".
CLAUSE_WORDS = frozenset({"ve", "ama", "fakat", "ancak", "ise", "oysa", "iken"})

_WORDS_AFTER = patterns.compile(r"[\w'’]+|[,;:.!?()\[\]\"“”]")
_DATIVE = frozenset({"a", "e", "ya", "ye", "na", "ne"})
_ABLATIVE = frozenset({"dan", "den", "tan", "ten"})
_UNIT_WORDS = 2  # "3,1 puan düştü", "1.198 oya geriledi": a unit, or a unit and its noun, before the verb


def way_after(text: str, end: int, direction_of) -> tuple[str, bool] | None:
    """Return how a Turkish verb after the figure ending at `end` gives it ("rise" or "fall"; "from" where an ablative
    ending makes it where a change started) and whether it is the level reached; None where no verb does.
    `direction_of` reads a word's direction."""
    words = _WORDS_AFTER.findall(text, end, min(len(text), end + 60))
    if not words:
        return None
    ending = words[0][1:].casefold() if words[0][0] in "'’" else ""
    if ending in _ABLATIVE:
        return "from", False
    level = ending in _DATIVE
    for word in words[bool(ending):bool(ending) + _UNIT_WORDS + 1]:
        if not word[0].isalnum() or word.casefold() in CLAUSE_WORDS:
            return None
        if way := direction_of(word):
            return way, level
        level = level or _is_dative_noun(word)
    return None


def _is_dative_noun(word: str) -> bool:
    """Say whether a unit after a figure ends in the dative with its "y" ("oya", "liraya", "kişiye"), as a level
    reached does; a noun that ends in a vowel of its own ("lira") is no dative, and without the "y" one is not told
    from it ("sandığa" is not read)."""
    folded = word.casefold()
    return len(folded) >= 3 and folded.endswith(("ya", "ye"))
