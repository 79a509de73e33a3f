"""Figures kept to their groups: what a passage gives one group of a list ("2.1% of patients on Corvalin and 1.9% on
placebo"), a sentence may not give another.

A trial's arms, a count's places, a survey's years are written figure first, each followed by its group: "2.1% on
Corvalin and 1.9% on placebo", "58 in Kabul and 20 in Kandahar", "12% in the drug group versus 9% in the placebo
group". Swapped ("1.9% on Corvalin and 2.1% on placebo"), every figure still stands in the passage, and the
sentence reverses the trial's finding. A figure's group is read in the few words after it: the word after "on",
"in", "among", "taking", "receiving", "given" or "with" (past "the", "those", "patients", ...), where no other figure
comes between. A passage pairs figures with groups where one sentence gives two or more figures so, each its own
group; a sentence is refused where it gives a group of such a list a figure the list gives another of its groups,
and gives this one another figure. So is a share said in words that fits another group's percentage and not its
own: "roughly one in ten patients on placebo" citing "9.8% of participants on Velomira and 3.1% of participants on
placebo" (tests/test_newuser_42.py). Party names are swapped.py's and respective.py's.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import Quantity, find_mentions, mentions_in
from .sentences import markers_blanked, split_sentences
from .wordset import may_hold

# The words a figure's group follows, within three words of the figure: "2.1% of patients on Corvalin".
_GROUP = patterns.compile(
    r"(?:\s+(?!(?:and|or|but|versus|vs|against|compared)(?!\w))[^\W\d][\w'’-]*){0,3}?\s+"
    r"(?:on|in|among|taking|receiving|given|with)\s+"
    r"(?:(?:the|a|an|its|their|those|patients|people|participants|subjects|who|were|was|taking|receiving|given|on)\s+)*"
    r"(?P<group>[^\W\d][\w'’-]*)", re.IGNORECASE)
_MAY_PAIR = patterns.compile(r"(?<!\w)(?:on|in|among|taking|receiving|given|with)(?!\w)", re.IGNORECASE)
_PAIR_WORDS = frozenset({"on", "in", "among", "taking", "receiving", "given", "with"})  # _MAY_PAIR's, as words
# Groups that are no groups: a time or a manner ("in March" is a group; "in total", "in all" are not).
_NOT_A_GROUP = frozenset({"total", "all", "part", "full", "addition", "particular", "general", "practice", "effect",
                          "average", "turn", "time", "which", "whom", "it", "them", "this", "that", "its", "their"})


class Paired(NamedTuple):
    """A figure given a group: its quantity, the group's word folded and as written."""

    quantity: Quantity
    group: str
    written: str


def swapped_group_figures(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a group a figure that a cited passage's list gives another group, while
    giving this one another figure: "2.1% on placebo" citing "2.1% on Corvalin and 1.9% on placebo"."""
    if not may_hold(text, _PAIR_WORDS) or not _MAY_PAIR.search(text):
        return []
    # The sentence's own figures by group are read before its passages': most sentences give none, and reading each
    # sentence of every passage cited (each passage once) cost more than the rest of this check (checkspeed10).
    from .fractions_said import fractions_in  # it reads passages as the checks do

    spoken = markers_blanked(text)
    given = _pairs(spoken, language, prose=True)
    shares = fractions_in(spoken) if language.split("-")[0].lower() in ("", "en", "es") else ()
    if not given and not shares:
        return []
    lists = [pairs for passage in passages for pairs in _lists(passage.text, passage.language or language)]
    for at, mine in given:
        for pairs in lists:
            others = {pair.group for pair in pairs if pair.quantity == mine.quantity}
            own = {pair.quantity for pair in pairs if pair.group == mine.group}
            if others and mine.group not in others and own and mine.quantity not in own:
                given = next(pair for pair in pairs if pair.quantity == mine.quantity)
                return [_finding(text, offset + at, mine, given)]
    return _shares_given_to_another(text, spoken, shares, offset, lists)


def _shares_given_to_another(text: str, spoken: str, shares, offset: int, lists) -> list[Finding]:
    """Return a finding where a share said in words (`shares`: "one in ten patients on placebo") fits the percentage
    a passage's list gives another group, and none it gives this one."""
    from .fractions_said import fits

    for fraction in shares if lists else ():
        match = _GROUP.match(spoken, fraction.end, fraction.end + 60)
        group = match.group("group").casefold() if match else ""
        for pairs in lists:
            rates = [pair for pair in pairs if pair.quantity.unit == "%"]
            fitting = [pair for pair in rates if fits(fraction, pair.quantity.value)]
            if fitting and group not in {pair.group for pair in fitting} \
                    and any(pair.group == group for pair in rates):
                written = " ".join(fraction.written.split())
                return [Finding(offset + fraction.start,
                                f"this sentence gives '{match.group('group')}' \"{written}\", the share its cited "
                                f"passage gives '{fitting[0].written}' ({_shown(fitting[0].quantity)}): "
                                f"{clipped(text)}",
                                "give each group the figure the source gives it, or cite the passage that gives it so")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _lists(text: str, language: str) -> tuple[tuple[Paired, ...], ...]:
    """Return each sentence's figures given groups, where it gives two or more groups their own figures."""
    found = []
    for sentence in split_sentences(text, language):
        pairs = tuple(pair for _, pair in _pairs(sentence.text, language))
        if len({pair.group for pair in pairs}) >= 2 and len({pair.quantity for pair in pairs}) >= 2:
            found.append(pairs)
    return tuple(found)


def _pairs(text: str, language: str, prose: bool = False) -> list[tuple[int, Paired]]:
    """Return each figure of text followed by its group, with where the figure starts."""
    mentions = find_mentions(text, language, prose=True) if prose else mentions_in(text, language)
    found = []
    for index, mention in enumerate(mentions):
        if mention.kind != "figure":
            continue
        limit = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        match = _GROUP.match(text, mention.end, min(limit, mention.end + 60))
        written = match.group("group") if match else ""
        if written and written.casefold() not in _NOT_A_GROUP:
            found += [(mention.start, Paired(quantity, written.casefold(), written)) for quantity in mention.quantities]
    return found


def _finding(text: str, offset: int, mine: Paired, given: Paired) -> Finding:
    return Finding(offset, f"this sentence gives '{mine.written}' a figure its cited passage gives '{given.written}' "
                           f"({_shown(mine.quantity)}): {clipped(text)}",
                   "give each group the figure the source gives it, or cite the passage that gives it so")


def _shown(quantity: Quantity) -> str:
    value = format(quantity.value.normalize(), "f")
    return value + ("%" if quantity.unit == "%" else "")
