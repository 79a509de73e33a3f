"""A subject's second deed, joined to its first by "and": "The agency charged her in August and sought a four-year
ban" gives the seeking to the agency as much as the charging.

swapped.py reads a party's place as the word right after its name ("agency charged"), so a second verb with no
subject of its own held no one's place, and "The tribunal sought a four-year ban" citing that passage built
(newuser_139). The second verb is read as a place of the first's subject where the clause names no other party
between them (in "The union met the trust and agreed a deal" whose agreeing it is, is not for a word to say), and
the words read are plainly a past tense followed by what it acts on: "and sought a", "and rejected the", "and fined
him" (a past participle or adjective before a noun, "attacked posts and armed bases", is no deed).
"""

from __future__ import annotations

from .company_noun_speakers import IRREGULAR_PASTS
from .sentences import folded_word
from .speakers import reports

# Words that end a clause: past them, "and" joins another subject's
_ENDS = frozenset(",;:.!?()[]\"“”«»„—–") | {
    "while", "whereas", "but", "although", "though", "after", "before", "because", "which", "who", "when", "where",
    "that", "whether", "if"}
# Words between "and" and its verb that leave the subject as it was: "and then sought", "and later fined"
_BETWEEN = frozenset({"then", "later", "also", "again", "subsequently", "eventually", "finally"})
# What a past tense acts on opens so: an article, a pronoun, a possessive, "to", a count or a figure ("and killed nine
# guards", "and fined 3 people")
_OBJECT_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "him", "them", "it", "this", "that",
                             "these", "those", "our", "us", "to", "up", "out", "off", "back", "down", "all", "both",
                             "each", "every", "no", "some", "another", "several", "dozens", "hundreds", "thousands",
                             "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                             "twelve"})
# Pasts of no "-ed" read here, besides company_noun_speakers'
_PASTS = frozenset(IRREGULAR_PASTS) | {"sought", "struck", "upheld", "threw", "chose", "drew", "froze",
                                       "led", "met", "rose", "fell", "set", "cut", "put", "hit", "wrote", "broke"}
_REACH = 12  # words after the first verb that "and" may stand at: "charged her with two offences in August and"
_SHORTEST = 4  # "led" and "met" are pasts, but "and red" is no deed: a word of four letters or more, or listed


def coordinated_places(tokens: list[tuple[int, str]], words: list[str], named: list[frozenset[str]], verb: int
                       ) -> tuple[tuple[str, str], ...]:
    """Return the place a subject holds by its second deed (swapped.py's ("after", "sought")), or none."""
    second = coordinated_deed(tokens, words, named, verb)
    return (("after", words[second]),) if second >= 0 else ()


def coordinated_deed(tokens: list[tuple[int, str]], words: list[str], named: list[frozenset[str]], verb: int) -> int:
    """Return the index of the past tense that "and" joins to the past tense at `verb` in its clause, naming no
    party between them, or -1: of "The agency charged her in August and sought a four-year ban", "sought"."""
    if not _past(words[verb]):
        return -1  # "Pakistan's soldiers and officials": a name's noun, no deed
    for at in range(verb + 1, min(len(words) - 2, verb + _REACH)):
        if words[at] in _ENDS or named[at]:
            return -1
        if words[at] != "and":
            continue
        second = at + 1
        while second < len(words) - 1 and words[second] in _BETWEEN:
            second += 1
        following = tokens[second + 1][1] if second + 1 < len(tokens) else ""
        if (tokens[second][1].islower() and _past(words[second]) and not reports(words[second])
                and (folded_word(following) in _OBJECT_OPENERS or following[:1].isdigit())):
            return second
        return -1  # the first "and" joins what it joins: "charged Orell and her coach", no deed after
    return -1


def _past(word: str) -> bool:
    """Say whether a lowercase word reads as an English past tense: "charged", "sought"."""
    return word in _PASTS or (len(word) >= _SHORTEST and word.endswith("ed"))
