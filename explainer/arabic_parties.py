"""A party swapped in Arabic: "هاجمت أفغانستان باكستان" citing "هاجمت باكستان أفغانستان".

swapped.py reads a party's place by the words around its capitalised name, and Arabic has no capitals. Arabic puts
the verb first and its subject then its object right after it ("هاجمت باكستان أفغانستان": attacked Pakistan
Afghanistan, Pakistan attacking), or the subject before the verb ("باكستان هاجمت أفغانستان"). Two parties of the
briefing (a word of one party's name, short name, id or aliases that no other party's holds) named right after one
word, or on either side of it, are read as that verb's subject and object; the verb is compared without the "و" or
"ف" (and) joined before it nor the ending of a feminine or plural subject ("هاجمت", "وهاجم"). A sentence is refused
where a passage gives the same verb the two parties the other way round and none gives it them as the sentence does.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .arabic_speakers import own_words  # one reading of a party's own words, shared
from .attribution import Cited, Finding, clipped
from .sentences import folded_word

_WORD = patterns.compile(r"[\u0621-\u064a\u0671-\u06d3]+")  # Arabic letters; a comma or a figure breaks a run
_JOINED_AND = ("و", "ف")  # "and", "so", written joined to the verb after it
_SUBJECT_ENDINGS = ("ت", "وا")  # "هاجمت" (a feminine subject: a country), "هاجموا" (a plural one)
_SHORTEST_VERB = 3
# Words that join or place two names and are no verb: "بين" (between), "على" (on), "ضد" (against), "و" (and)
_NOT_VERBS = frozenset("و أو ثم بين على من في إلى مع ضد عن لدى عند حول نحو أمام بعد قبل".split())


def swapped_in_arabic(text: str, passages: list[Cited], offset: int = 0,
                      parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where an Arabic sentence gives a verb two parties as subject and object that a cited passage
    gives it the other way round, and none as the sentence does."""
    if len(parties) < 2 or text.isascii():
        return []  # English text: one look
    own = _acts(text, parties)
    if not own:
        return []
    theirs = {act for passage in passages for act in _acts(passage.text, parties)}
    for at, verb, subject, object_, written in own:
        if any(act[1:4] == (verb, subject, object_) for act in theirs):
            continue
        turned = next((act for act in sorted(theirs) if act[1:4] == (verb, object_, subject)), None)
        if turned:
            return [Finding(offset + at, f"this sentence names {written[1]} where its cited passages name "
                                         f"{turned[4][1]} as the subject of '{written[0]}': {clipped(text)}",
                            "name the party the source names, or cite the passage that gives it to this one")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _acts(text: str, parties: tuple[tuple[str, frozenset[str]], ...]
          ) -> tuple[tuple[int, str, str, str, tuple[str, str]], ...]:
    """Return (where, the verb's stem, its subject's party, its object's party, the verb and the subject as written)
    of each verb
    text gives two parties of the briefing: right after it ("هاجمت باكستان أفغانستان"), or on either side of it
    ("باكستان هاجمت أفغانستان")."""
    words = [(match.start(), match.group()) for match in _WORD.finditer(text)]
    named = [_party_of(word, parties) for _, word in words]
    # an object is named bare: "بين باكستان وأفغانستان" (between Pakistan and Afghanistan) names two, no object
    objects = [party if not folded_word(word).startswith(_JOINED_AND) or _party_of(word, parties, False) else ""
               for party, (_, word) in zip(named, words)]
    verbs = [not party and folded_word(word) not in _NOT_VERBS for party, (_, word) in zip(named, words)]
    found = []
    for index in range(1, len(words) - 1):
        first, second = named[index], objects[index + 1]
        if not verbs[index - 1] or not first or not second or first == second:
            continue
        if _adjacent(text, words, index - 1, index + 1):  # verb, subject, object
            found.append((words[index - 1][0], _stem(words[index - 1][1]), first, second,
                          (words[index - 1][1], words[index][1])))
    for index in range(1, len(words) - 1):
        subject, object_ = named[index - 1], objects[index + 1]
        if verbs[index] and subject and object_ and subject != object_ and _adjacent(text, words, index - 1,
                                                                                     index + 1):
            if index < 2 or not named[index - 2]:  # subject, verb, object
                found.append((words[index - 1][0], _stem(words[index][1]), subject, object_,
                              (words[index][1], words[index - 1][1])))
    return tuple(act for act in found if len(act[1]) >= _SHORTEST_VERB)


def _adjacent(text: str, words: list[tuple[int, str]], first: int, last: int) -> bool:
    """Say whether words `first` to `last` follow each other with only spaces between."""
    return all(not text[words[index][0] + len(words[index][1]):words[index + 1][0]].strip()
               for index in range(first, last))


def _party_of(word: str, parties: tuple[tuple[str, frozenset[str]], ...], joined: bool = True) -> str:
    """Return the one party an Arabic word names by a word of its own ("باكستان", or, `joined`, "وباكستان"), or
    ""."""
    folded = folded_word(word)
    for candidate in (folded, folded[1:] if joined and folded.startswith(_JOINED_AND) else ""):
        named = [party for party, mine in own_words(parties) if candidate and candidate in mine]
        if len(named) == 1:
            return named[0]
    return ""


def _stem(verb: str) -> str:
    """Return a verb without the "and" joined before it nor a subject's ending: "وهاجمت" as "هاجم"."""
    if verb.startswith(_JOINED_AND) and len(verb) > _SHORTEST_VERB + 1:
        verb = verb[1:]
    return re.sub(rf"(?:{'|'.join(_SUBJECT_ENDINGS)})$", "", verb) if len(verb) > _SHORTEST_VERB else verb
