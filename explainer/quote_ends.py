"""A quotation not cut off before the word that limits it: "We will not disarm" may not quote "We will not disarm
first," he told reporters.

A quotation ending where the speaker's words go on, right before a word that limits what they say ("first", "yet",
"alone", "only", "again", "now", "unless", "until", "if", "unilaterally", "immediately", "entirely", "fully",
"completely"), says more than the speaker did: "We will not disarm" is a refusal for good, "We
will not disarm first" one on terms. A quote's `words` (quotes.yaml) ending so in its source, and a sentence's
quotation that every cited passage's sentence gives only so, are refused, unless the sentence gives the word right
after its quotation. Where the source's quotation closes or a clause ends at the cut, nothing is cut, nor where the words stop inside a
phrase ("... on the first", "the only": the synthetic microsite's quotes stop anywhere). English text is
read (tests/test_newuser_100.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts

_LIMITING = (r"first|yet|alone|only|again|now|unless|until|if|unilaterally|immediately|entirely|fully|completely")
# a quotation stopping inside a phrase ("... on the first", "the only") cuts a noun's words, not a limit off a deed
_PHRASE_OPEN = patterns.compile(r"(?<![\w'’-])(?:the|a|an|its|their|his|her|our|this|that|on|in|at|of|for|by|to)\s*$",
                                re.IGNORECASE)
# what follows the quoted words: the word limiting them, with nothing but spaces between (no closing quotation mark,
# no comma or full stop)
_LIMIT_AFTER = patterns.compile(rf"[ \t\r\n]+(?P<word>{_LIMITING})(?![\w'’-])", re.IGNORECASE)
_QUOTE_MARKS = "\"'“”‘’"
_SHORTEST = 2  # words of a sentence's quotation worth looking for
_MOST = 16  # quotations a sentence is read for, each once: each is looked for through its passages (attack_36)


def limit_cut_off(source: str, end: int) -> str:
    """Return the limiting word the source's words go on with right after `end` (where a quotation of them stops),
    or ""."""
    found = _LIMIT_AFTER.match(source, end, min(len(source), end + 40))
    if found is None or _PHRASE_OPEN.search(source, max(0, end - 8), end):
        return ""
    return found["word"]


def quote_cut_before_limit(words: str, source: str, end: int, language: str = "") -> str:
    """Return the problem of a quote's words that stop before a word limiting them in the source (ending at `end`), or
    ""."""
    if not in_english(language):
        return ""
    word = limit_cut_off(source, end)
    if not word:
        return ""
    return (f"`words`: the quotation stops before '{word}', with which the source goes on "
            f"('{' '.join(words.split()[-4:])} {word}'): cut there, the words say more than the speaker did")


def quotation_cut_before_limit(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text quotes words that every cited passage's sentence giving them goes on with a word
    limiting them, and the sentence does not give that word right after."""
    if not passages or not any(mark in text for mark in _QUOTE_MARKS) or not in_english(language):
        return []  # most sentences quote nothing
    read = set()
    for start, end in quoted_parts(text)[:_MOST]:
        quoted = text[start:end].strip(_QUOTE_MARKS + " ,.")
        if len(quoted.split()) < _SHORTEST or quoted in read:
            continue
        read.add(quoted)
        said = re.compile(re.escape(quoted).replace(r"\ ", r"\s+"), re.IGNORECASE)
        cut = [limit_cut_off(around, found.end()) for passage in passages
               for around in {passage.holding or passage.text} for found in said.finditer(around)]
        if cut and all(cut) and not _LIMIT_AFTER.match(text, end + 1) and not _LIMIT_AFTER.match(text, end):
            return [Finding(offset + start, f"this sentence quotes '{quoted}', which its cited passages go on with "
                                            f"'{cut[0]}': {clipped(text)}",
                            "quote the words whole, with the word that limits them")]
    return []
