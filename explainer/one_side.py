"""Both sides kept as both: a sentence may not name one party where the passages it cites say "both sides".

"Qatar called on Afghanistan to show restraint" citing "Qatar called on both sides to show restraint" (or "urged the
two countries to", "blamed both parties for") makes a mediator, or any neutral body, take a side the source says it
did not. Read where the party stands as the object, after a word of its own ("called on", "urged", "blamed"), and
the passage's "both sides" ("the two sides", "both countries", "all sides", "each side", ...) stands between the same
two words; the sentences share two more words of four letters or more. A sentence naming two parties, or saying
"both" or "each" itself, builds; so does a party as a subject ("Pakistan claimed victory" citing "both sides claimed
victory" is true of it). English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .owners import is_named, named_in_lowercase
from .sentences import folded_word, inside, markers_blanked
from .wordset import may_hold

_BOTH = patterns.compile(r"(?<!\w)(?:both\s+(?:the\s+)?|the\s+two\s+|all\s+|each\s+)(?:sides?|countries|country"
                         r"|parties|party|governments|neighbou?rs|camps|nations|rivals)(?!\w)", re.IGNORECASE)
# What every match of _BOTH ends with: looked up in a passage's words before the pattern searches it.
_BOTH_SIDES = frozenset({"side", "sides", "countries", "country", "parties", "party", "governments", "neighbours",
                         "neighbors", "camps", "nations", "rivals"})
_OWN_BOTH = patterns.compile(r"(?<!\w)(?:both|each|two|all\s+sides)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[\w'’-]+")
_SKIPPED = frozenset({"the", "a", "an"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "both", "sides", "side", "countries", "parties"})
_RESTATES = 2
_NONE: frozenset[str] = frozenset()


def one_side_for_both(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                      parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text names one party as the object where a passage restating it says both sides."""
    if len(parties) < 2 or not in_english(language) or not any(
            may_hold(p.text, _BOTH_SIDES) and _BOTH.search(p.text) for p in passages):
        return []
    spoken = markers_blanked(text)
    if _OWN_BOTH.search(spoken):
        return []
    words = [(match.start(), match.group()) for match in _WORD.finditer(spoken)]
    # a party named by its common noun after "the" too: "at the request of the union" (owners.named_in_lowercase)
    named = [_party_of(word, parties) or (named_in_lowercase(words[index - 1][1], word, parties) if index else _NONE)
             for index, (_, word) in enumerate(words)]
    if len(set().union(*named)) != 1:
        return []  # no party, or two of them
    quoted = quoted_parts(spoken)
    own = content_words(spoken, _NOT_CONTENT)
    for index, party in enumerate(named):
        if not party or index == 0 or inside(quoted, words[index][0]):
            continue
        before = _before(words, index)
        last = index  # the name's last word: "of Kestrel Mining, ..." reads what follows "Mining"
        while last + 1 < len(named) and named[last + 1] == party:
            last += 1
        after = _next_word(spoken, words[last][0] + len(words[last][1]))
        if not before or not before[0].islower():
            continue  # a subject ("Pakistan claimed"), or after a name: not read
        for passage in passages:
            for both in _BOTH.finditer(passage.text):
                if _around(passage.text, both) == (before.casefold(), after) and len(
                        own & content_words(passage.text, _NOT_CONTENT)) >= _RESTATES:
                    return [Finding(offset, f"this sentence names {words[index][1]} alone where its cited passages "
                                            f"say '{' '.join(both.group().split())}' ('{_clause(passage.text, both)}'): "
                                            f"{clipped(text)}",
                                    "name both sides, as the source does, or cite a passage that names this one")]
    return []


def _party_of(word: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a capitalised word names, or none."""
    if not word[:1].isupper():
        return frozenset()
    folded = re.sub(r"['’]s?$", "", folded_word(word))
    return frozenset(party for party, naming in parties if len(folded) >= 4 and is_named(folded, naming))


def _before(words: list[tuple[int, str]], index: int) -> str:
    """Return the word before a party's name, past "the", as written ("" at the start)."""
    index -= 1
    while index >= 0 and words[index][1].casefold() in _SKIPPED:
        index -= 1
    return words[index][1] if index >= 0 else ""


def _around(text: str, both: re.Match) -> tuple[str, str]:
    """Return the words right before and right after "both sides" in a passage, folded."""
    before = [word for word in _WORD.findall(text[:both.start()]) if word.casefold() not in _SKIPPED]
    return (before[-1].casefold() if before else "", _next_word(text, both.end()))


def _next_word(text: str, at: int) -> str:
    """Return the word after `at`, folded; "" where a clause ends first ("at the request of both sides. Ms Ferrante":
    the sentence's next word is no word after "both sides")."""
    after = _WORD.search(text, at)
    if after is None or any(stop in text[at:after.start()] for stop in ".;,!?:"):
        return ""
    return folded_word(after.group())


def _clause(text: str, both: re.Match) -> str:
    """Return the passage's words around "both sides", to its punctuation either side."""
    start = max(text.rfind(stop, 0, both.start()) for stop in ".;,!?") + 1
    ends = [end for end in (text.find(stop, both.end()) for stop in ".;,!?") if end >= 0]
    return " ".join(text[start:min(ends, default=len(text))].split())
