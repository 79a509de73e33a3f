"""Speakers named the Swedish way: by a party's word in its definite form, and with whom they speak to after "till".

Swedish writes "the union" as one lowercase word, its article a suffix ("förbundet", "hamnbolaget"), so no article
before it marks a party's common noun as other languages' do (speakers.named_by_its_noun): "Enligt förbundet kostar
strejken ..." named no speaker, and a figure Sveriges Hamnar gives built given to the union. A lowercase word right
after a locale's preceding reporting word ("enligt"), or the one word of a subject before its verb ("förbundet
säger"), names a party where it is that party's own word as written (its `short_name`, an alias or its id). And
"säger hon till NTB" names whom she said it to, not a speaker: the words after "till" are cut from those after a
reporting word (read as NTB's words, a quote of the minister's was refused as given to NTB). And after "enligt" the
speaker's name ends where the verb follows it, as Swedish puts its verb second with no comma ("Enligt Sveriges Hamnar
kostar strejken ..."): the error named "Sveriges Hamnar kostar strejken svensk ekonomi omkring" as the speaker. All
read in any text, as speakers are; they are Swedish words no other language writes so (tests/test_newuser_44.py).
"""

from __future__ import annotations

from . import patterns
from .sentences import folded_word

_FIRST_WORD = patterns.compile(r"\s*([^\W\d_][\w'’-]*)")


# Swedish "till" (to); Indonesian "kepada" (to) and "melalui" (through: "ujar Hendra melalui keterangan tertulis")
_TO_WHOM = (" till ", " kepada ", " melalui ")


def without_addressee(words: str) -> str:
    """Return the words after a reporting word without whom they are said to ("säger hon till NTB", "sa Lindqvist
    till TT"; Indonesian "kata Andi kepada wartawan", whose error named "Andi kepada wartawan seusai pertemuan", and
    "ujar Hendra melalui keterangan tertulis"):
    "hon" of "hon till NTB"."""
    padded = f" {words} ".casefold()
    at = min((found for found in map(padded.find, _TO_WHOM) if found >= 0), default=-1)
    return words[:at].rstrip() if at > 0 else ("" if at == 0 else words)


def definite_party(text: str, start: int, parties: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """Return the lowercase word at `start` (past spaces) where it is a party's own word as written ("förbundet"), or
    "" where it is none or capitalised (a name, read as names are)."""
    word = _FIRST_WORD.match(text, start)
    if not word or not word.group(1)[:1].islower():
        return ""
    if _FIRST_WORD.match(text, word.end()) and _FIRST_WORD.match(text, word.end()).group(1)[:1].isupper():
        return ""  # a title before a name ("zei wethouder Marieke Dijkstra"): the name says who, read as names are
    folded = folded_word(word.group(1))
    return word.group(1) if any(folded in own for _, own in parties) else ""


def named_definite(words: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the folded word of a speaker named by one lowercase word that is a party's own ("förbundet"), or none."""
    split = words.split()
    if len(split) != 1 or not split[0][:1].islower():
        return frozenset()
    folded = folded_word(split[0])
    return frozenset({folded}) if any(folded in own for _, own in parties) else frozenset()


def name_before_verb(words: str) -> str:
    """Return the words after "enligt" to the end of the first run of capitalised words, past lowercase titles before
    it ("förbundets ordförande Erik Lindqvist"): "Sveriges Hamnar" of "Sveriges Hamnar kostar strejken"; the words
    whole where none is capitalised."""
    split = words.split()
    named = next((at for at, word in enumerate(split) if word[:1].isupper()), None)
    if named is None:
        return words
    end = next((at for at in range(named, len(split)) if not split[at][:1].isupper()), len(split))
    return " ".join(split[:end])
