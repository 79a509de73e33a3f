"""A total kept whole: a sentence may not give one party an amount the passages it cites give as a total.

"The court awarded the city $19.2 million" citing "The Court awards the Association $1.3 million ... The total award
is therefore $19.2 million" gives one plaintiff what both were awarded together. A sentence gives an amount to one
party where the amount is awarded, granted or paid (as sum_acts.py reads its act) to a party named between the act and
the amount ("awarded the city $19.2 million"), or named before the act as its subject ("the city was awarded", "the
city won", "received"), or named after the amount ("$19.2 million to the city"); a party of two or more ("the
plaintiffs", "the city and the association", "the three schools") or a sentence saying "together", "jointly",
"combined" or "between them" gives it to no one party. A passage gives an amount as a total where "total", "in all",
"altogether", "combined", "overall" or "together" stands in the few words before it in its clause or right after it.
A sentence is refused where every cited passage giving the amount gives it as a total, naming the sentence's party
nowhere in its clause ("Bransford's total award was $17.9 million" is Bransford's). English text is read; words in
quotation marks are not.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked, split_sentences
from .sum_acts import AMOUNT, amount_key, given_act, may_give_an_act, read_in_paragraph, shown_amount

_TOTAL_WORDS = r"total|totals|totalled|totaled|totalling|in\s+all|altogether|combined|overall|together|aggregate"
_TOTAL_BEFORE = patterns.compile(rf"(?<![\w-])(?:{_TOTAL_WORDS})(?![\w-])", re.IGNORECASE)
_TOTAL_AFTER = patterns.compile(r"\s+(?:in\s+(?:total|all)|altogether|combined|overall|together|between\s+them"
                                r"|jointly)(?![\w-])", re.IGNORECASE)
_SHARED = patterns.compile(r"(?<![\w-])(?:together|jointly|combined|between\s+(?:them|the\s+\w+))(?![\w-])",
                           re.IGNORECASE)
_WORD = patterns.compile(r"[\w'’-]+")
_STOPS = ".;:!?(),"
_REACH = 6  # words between a total's word and its amount
_AFTER_REACH = 40  # characters after a total that may name whose it is ("$19.2 million to the city in all")
# words that say a recipient is more than one party: "the two plaintiffs", "the city and the association", "them"
_MANY = frozenset({"and", "both", "two", "three", "four", "five", "all", "them", "they", "us", "we", "their"})
# words ending an act's object that is no party: "awarded damages of $64.5 million", "granted a total of", "paid out"
_NO_PARTY = frozenset({"a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "with", "from", "under", "per",
                       "as", "into", "is", "was", "be", "been", "therefore", "total", "damages", "compensation", "costs",
                       "cost", "sum", "further", "additional", "extra", "about", "some", "nearly", "almost", "over",
                       "roughly", "around", "approximately", "up", "out", "back", "off", "down", "just", "only",
                       "another", "more", "less", "than", "interest", "award", "awards"})
# what a party's name starts with, where not a capital: "the city", "its members", "each plaintiff"
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "each", "every"})
# a recipient named before the act: "the city was awarded", "the city won", "Bransford received"
_SUBJECT_ACT = patterns.compile(r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+"
                                r"(?:awarded|granted|paid)|won|wins|received|receives|gets|got|will\s+receive)$",
                                re.IGNORECASE)
_TO_RECIPIENT = patterns.compile(r"\s+(?:in\s+damages\s+|in\s+compensation\s+)?to\s+(?P<who>(?:[\w'’-]+\s+){0,3}?"
                                 r"[\w'’-]+)(?=\s*(?:[.;:!?(),]|$|\s+(?:for|over|in|on|by|as|after|because)(?!\w)))",
                                 re.IGNORECASE)
_CLAUSE_WORDS = frozenset({"and", "but", "or", "while", "whereas", "that", "which", "who", "when", "after", "before",
                           "because", "said", "says"})


class Total(NamedTuple):
    """An amount of a passage and whether the passage gives it as a total, and the total's word."""

    total: str  # the word saying it is a total ("total", "in all"); "" for none
    at: int  # where the amount stands in the text read
    words: frozenset[str] = frozenset()  # the words of its clause, folded: whose total it is may be named there


def total_as_share(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives one party an amount that every cited passage giving it gives as a total."""
    if not passages or not in_english(language) or not may_give_an_act(text):
        return []  # most sentences give no amount, or no act of one: found by a lookup of their words
    spoken = markers_blanked(text)
    if _SHARED.search(spoken):
        return []  # "awarded the two plaintiffs $19.2 million together"
    quoted = quoted_parts(text)
    for match in AMOUNT.finditer(spoken):
        given = given_act(spoken, match)
        if given.kind != "awarded" or inside(quoted, match.start()):
            continue
        who = _recipient(spoken, match, given)
        if not who or _many(who):
            continue
        theirs = [found[amount_key(match)] for found in (read_in_paragraph(passage, _totals) for passage in passages)
                  if amount_key(match) in found]
        if theirs and all(total.total and not total.words & _folded_words(who) - _DETERMINERS for total in theirs):
            return [Finding(offset + match.start(), f"this sentence gives {shown_amount(match)} to {who} alone where "
                                                    f"its cited passages give it as a total ('{theirs[0].total}'): "
                                                    f"{clipped(text)}",
                            "say whose total it is (the parties together), or give this party its own share as the "
                            "source does, or cite the passage that says this")]
    return []


def _recipient(text: str, amount, given) -> str:
    """Return the party an awarded amount is given to, as written ("" for none): named between the act and the
    amount, before the act as its subject, or after the amount with "to"."""
    start, end = given.act_at
    if end <= amount.start():
        between = _WORD.findall(text[end:amount.start()])
        if between:
            return " ".join(between) if _names_a_party(between) else ""
        subject = _subject(text, start, end)
        if subject:
            return subject
    after = _TO_RECIPIENT.match(text, amount.end())
    return " ".join(after["who"].split()) if after and _names_a_party(after["who"].split()) else ""


def _names_a_party(words: list[str]) -> bool:
    """Say whether words may name a party: they start with a capital or a determiner ("the city", "Hollin Farm"), and
    end on no word that leaves them a phrase of some other kind ("damages of", "paid out", "interest on")."""
    return (bool(words) and (words[0][:1].isupper() or words[0].casefold() in _DETERMINERS)
            and words[-1].casefold() not in _NO_PARTY)


def _subject(text: str, start: int, end: int) -> str:
    """Return the words naming who received an amount before its act ("the city" of "the city was awarded"), or
    ""."""
    head = text[max(0, start - 60):end]
    verb = _SUBJECT_ACT.search(head)
    if verb is None:
        return ""
    before = head[:verb.start()]
    clause = before[max(before.rfind(stop) for stop in _STOPS) + 1:]
    words = _WORD.findall(clause)
    for at in range(len(words) - 1, -1, -1):
        if words[at].casefold() in _CLAUSE_WORDS:
            words = words[at + 1:]
            break
    return " ".join(words[-4:]) if _names_a_party(words[-4:]) else ""


def _folded_words(text: str) -> frozenset[str]:
    """Return the words of text, folded, a possessive's "'s" cut ("Bransford's" names Bransford)."""
    return frozenset(word.casefold().removesuffix("'s").removesuffix("’s") for word in _WORD.findall(text))


def _many(who: str) -> bool:
    """Say whether a recipient is more than one party: a list, a number, or a plural noun ("the plaintiffs")."""
    words = who.split()
    if any(word.casefold() in _MANY for word in words):
        return True
    last = words[-1]
    return last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is"))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _totals(text: str) -> dict[tuple[str, str], Total]:
    """Return each amount of text with the word giving it as a total ("" for none, or where it is given twice, once
    not as a total)."""
    found: dict[tuple[str, str], Total] = {}
    if "$" not in text and "£" not in text and "€" not in text and "¥" not in text and not AMOUNT.search(text):
        return found
    for sentence in split_sentences(text):
        previous = 0
        for match in AMOUNT.finditer(sentence.text):
            total = _total_word(sentence.text, previous, match)
            start, previous = previous, match.end()
            amount = amount_key(match)
            if amount in found and bool(found[amount].total) != bool(total):
                total = ""
            clause = sentence.text[start:min(len(sentence.text), match.end() + _AFTER_REACH)]
            found[amount] = Total(total, sentence.start + match.start(), _folded_words(clause))
    return found


def _total_word(text: str, previous: int, amount) -> str:
    """Return the word giving an amount as a total in its clause (after the amount before it), or ""."""
    after = _TOTAL_AFTER.match(text, amount.end())
    if after:
        return " ".join(after.group().split())
    words = list(_TOTAL_BEFORE.finditer(text, previous, amount.start()))
    if not words:
        return ""
    between = text[words[-1].end():amount.start()].lstrip()
    between = between[1:] if between.startswith(",") else between  # "In all, the court awarded $19.2 million"
    if any(stop in between for stop in _STOPS) or len(_WORD.findall(between)) > _REACH:
        return ""
    return " ".join(words[-1].group().split())
