"""A quotation cut past a word its source gives right before it: the one reading cut_hedges.py ("at least") and
cut_negations.py ("not") share.

A sentence quoting words that every cited passage giving them (or the source's sentence holding it) gives only right
after such a word, and that keeps none inside the quotation or in the words just before it, is refused: quoted as
written, the words say another thing. A passage that also gives them without the word lets it pass.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import WORD

_QUOTE_MARK = patterns.compile(r"[\"“”„«»‘’‚‹›「『]")
# A word right before where the quoted words start, past an opening quotation mark the source may give there
BEFORE_QUOTED = r"\s*[\"“”„«»‘’‚‹›']?\s*$"
_FIRST_WORDS = 4  # words of a quotation found in its passage: enough to single out where it starts
_MOST = 16  # quotations a sentence is read for


class CutWord(NamedTuple):
    """What a quotation may not be cut past, and how it is read."""

    may_hold: Callable[[str], bool]  # whether a passage may give such a word at all (cheap; most give none)
    kept: re.Pattern  # the sentence's words that keep it, near the quotation
    kept_before: int  # characters before a quotation where the sentence may keep it
    before: Callable[[list[str]], re.Pattern]  # the word right before the quoted words, given their first words
    read_before: int  # characters before the quoted words in a passage that may hold it
    # whether a word of `kept` inside the quotation keeps it: a negation of a later clause does not keep the one cut
    # off its start ('"Riapriremo una corsia finché gli ingegneri non ci diranno ..."' of '"Non riapriremo ...")
    kept_inside: bool = True


def cut_quotations(rule: CutWord, text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding when text quotes words that every cited passage giving them gives right after the rule's word
    and the sentence keeps none."""
    if not _QUOTE_MARK.search(text) or not any(rule.may_hold(p.text) or rule.may_hold(p.holding) for p in passages):
        return []  # most sentences quote nothing, and most passages hold no such word: found without reading either
    for start, end in quoted_parts(text)[:_MOST]:
        words = WORD.findall(text, start, end)[:_FIRST_WORDS]
        if not words or rule.kept.search(text, max(0, start - rule.kept_before), end if rule.kept_inside else start):
            continue
        first = re.compile(r"(?<!\w)" + r"\W+".join(re.escape(word) for word in words) + r"(?!\w)", re.IGNORECASE)
        before = rule.before(words)
        given = [word for word in (_word_of(p, first, before, rule.read_before) for p in passages) if word is not None]
        if given and all(given):
            return [Finding(offset + start, f"this quotation leaves out the '{given[0]}' its cited passages give "
                                            f"before it ('{given[0]} {text[start:end].strip()}'): {clipped(text)}",
                            f"keep the source's '{given[0]}', inside the quotation marks or just before them")]
    return []


def _word_of(passage: Cited, first: re.Pattern, before: re.Pattern, read_before: int) -> str | None:
    """Return _word_before of the source's sentence holding the passage, or, where that does not give the quoted
    words, of the passage: a passage itself cut past the word ("40 dead ...") still has it before it."""
    found = _word_before(passage.holding, first, before, read_before) if passage.holding else None
    return found if found is not None else _word_before(passage.text, first, before, read_before)


def _word_before(text: str, first: re.Pattern, before: re.Pattern, read_before: int) -> str | None:
    """Return "" when text gives the quoted words with no such word right before them somewhere, the word (as
    written) where it gives them only after one, or None where it does not give them."""
    word = None
    for found in first.finditer(text):
        right_before = before.search(text, max(0, found.start() - read_before), found.start())
        if right_before is None:
            return ""
        word = " ".join(right_before.group(1).split())
    return word
