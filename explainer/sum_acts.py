"""Sums kept to what was done with them: a sentence may not give an amount as awarded where the passages it cites give
it as claimed, nor as claimed where they give it as awarded.

"The court awarded the city $41.2 million for a new treatment plant" citing "The plaintiffs claimed damages of $64.5
million. That sum comprised $41.2 million for a new treatment plant, ..." tells a sum asked for as one granted. An
amount (a figure with a currency) is claimed or awarded by the act nearest before it in its clause ("claimed damages
of $64.5 million", "sought", "asked for", "requested", "demanded", "claims for", "sued Corvane for", "a $2bn
lawsuit"; "awarded", "granted", "to pay", "paid", "won", "received", "the total award is"), four words at most
between and no other figure or share of it ("a third of the"); or by one right after it ("the $64.5 million the plaintiffs had sought", "$19.2 million was
awarded"); given both, it is not read. An act negated just before ("did not award", "declines to award") gives none;
an award asked for in its clause ("asked the court to award them", "demanded that the company pay") is a claim.
In a passage, an amount given no act of its own in a sentence breaking a sum down ("That sum comprised $41.2 million
for ...", "including", "of which") takes the act of the last amount before it, in that sentence or the one before:
a passage is read in the source's paragraph around it, where known, as the sentence before may say "claimed". A
sentence is refused where it gives an amount one act and every cited passage giving the amount gives it the other.
English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .money_measures import AMOUNT, amount_key
from .sentences import inside, markers_blanked, split_sentences
from .wordset import may_hold

_CLAIM = (r"claimed|claims?(?:\s+(?:for|of))?|claiming|sought|seeks?|seeking|asked\s+for|asks?\s+for|asking\s+for"
          r"|requested|requests?(?:\s+(?:for|of))?|requesting|demanded|demands?(?:\s+(?:for|of))?|demanding"
          # a suit's sum, its defendant and court between: "sued Corvane for", "is suing it in Delaware for"
          r"|su(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){0,3}?for")
_AWARD = r"awarded|awards?|awarding|granted|grants?|granting|pay|pays|paid|paying|won|wins|received|receives?"
_ACT = patterns.compile(rf"(?<![\w'’-])(?:(?P<claimed>{_CLAIM})|(?P<awarded>{_AWARD}))(?![\w'’-])",
                        re.IGNORECASE)
# an act right after an amount: "the $64.5 million the plaintiffs had sought", "$19.2 million was awarded", "a $64.5
# million claim"; up to four words between, none of them "and", "but" or "or" (the next clause's act)
_AFTER = patterns.compile(r"(?P<between>(?:\s+(?!(?:and|but|or|while)(?!\w))[\w'’-]+){0,4}?)\s+"
                          r"(?:(?P<claimed>claimed|sought|asked\s+for|requested|demanded|claim|demand|request"
                          r"|lawsuit|suit)"
                          r"|(?P<awarded>awarded|granted|award|paid))(?![\w'’-])", re.IGNORECASE)
_WORD = patterns.compile(r"[\w'’-]+")
# words between an act and an amount that make the amount no object of it: "awarded a third of the $64.5 million"
_NOT_ITS_OBJECT = frozenset({"third", "half", "quarter", "part", "fraction", "share", "portion", "most", "some", "less",
                             "more", "none", "all", "much", "bulk", "nothing", "no", "not", "than", "and", "but",
                             "or", "while", "whereas", "after", "before", "because"})
_NEGATED = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t|declines?\s+to|declined\s+to|refused\s+to|refuses\s+to"
                            r"|without)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NEAR = 24  # characters before an act that may negate it ("declines to award")
_REACH = 4  # words between an act and its amount
# where a clause ends, reading back from an award to the claim that may govern it
_CLAUSE_END = patterns.compile(r"[.;:!?]|,\s+(?:and|but|while|whereas)(?!\w)|\s(?:and|but|while|whereas)\s",
                               re.IGNORECASE)
# what asks for an award in its clause: a claim's words, and asking ("asked the court to award", "urged ... to pay")
_ASKING = patterns.compile(rf"(?<![\w'’-])(?:(?P<claimed>{_CLAIM}|asked|asks|asking|urged|urges|urging"
                           rf"|petitioned|moved\s+for))(?![\w'’-])", re.IGNORECASE)
_GOVERNING_REACH = 80  # characters before an award that a claim governing it stands within
_BREAKDOWN = patterns.compile(r"(?<!\w)(?:comprised|comprises|comprising|consisted\s+of|consists\s+of|consisting\s+of"
                              r"|made\s+up\s+of|broken\s+down|breaks\s+down|split\s+into|including|included|includes"
                              r"|of\s+(?:that|this|which|it))(?!\w)", re.IGNORECASE)
# what a sentence giving an amount an act holds: a currency and an act's word, found by a lookup of its words
_ACT_WORDS = frozenset({"claimed", "claim", "claims", "claiming", "sought", "seek", "seeks", "seeking", "asked", "ask",
                        "asks", "asking", "requested", "request", "requests", "requesting", "demanded", "demand",
                        "demands", "demanding", "sued", "sues", "suing", "lawsuit", "suit", "awarded", "award", "awards", "awarding", "granted", "grant",
                        "grants", "granting", "pay", "pays", "paid", "paying", "won", "wins", "received", "receive",
                        "receives"})
_CURRENCIES = frozenset({"dollars", "euros", "pounds", "yen", "francs", "rupees", "yuan"})
_OTHER = {"claimed": "awarded", "awarded": "claimed"}


class Given(NamedTuple):
    """What was done with an amount: its act's kind ("claimed", "awarded"; "" for none, or for both) and word."""

    kind: str
    act: str
    at: int  # where the amount stands in the text read
    act_at: tuple[int, int] = (-1, -1)  # where its act's word stands
    shown: str = ""  # the amount as written, where read in a passage


def shown_amount(match) -> str:
    """Return an amount as a message names it: as written, its spacing flattened."""
    return " ".join(match.group().split())


def may_give_an_act(text: str) -> bool:
    """Say whether text may give an amount an act: it holds a currency and an act's word."""
    return (("$" in text or "£" in text or "€" in text or "¥" in text or may_hold(text, _CURRENCIES))
            and may_hold(text, _ACT_WORDS))


def claimed_as_awarded(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives an amount as awarded (or claimed) where every cited passage giving it gives it
    as claimed (or awarded)."""
    if not passages or not in_english(language) or not may_give_an_act(text):
        return []  # most sentences give no amount, or no act of one: found by a lookup of their words
    spoken = markers_blanked(text)
    quoted = quoted_parts(text)
    for match in AMOUNT.finditer(spoken):
        own = given_act(spoken, match)
        own = own if own.kind else _sought_sum_awarded(spoken, match)
        if not own.kind or inside(quoted, match.start()):
            continue
        theirs = [found[amount_key(match)] for found in map(passage_acts, passages) if amount_key(match) in found]
        if theirs and all(given.kind == _OTHER[own.kind] for given in theirs):
            return [Finding(offset + match.start(), f"this sentence gives {shown_amount(match)} as {own.kind} "
                                                    f"('{own.act}') where its cited passages give it as "
                                                    f"{theirs[0].kind} ('{theirs[0].act}'): {clipped(text)}",
                            "say what was done with each sum as the source does (claimed or sought, awarded or "
                            "granted), or cite the passage that says this")]
    return []


# an award right before a sum the next words call sought: "was awarded the £400,000 he had sought" tells the sum
# sought as the sum awarded (newuser_134); "awarded £150,000 of the £400,000 he had sought" gives it no award
_AWARDED_BEFORE = patterns.compile(r"(?<![\w'’-])(?P<awarded>awarded|granted|won|received|got)\s+(?:him\s+|her\s+"
                                   r"|them\s+|it\s+|[A-Z][\w'’-]*\s+)?(?:all\s+)?(?:the\s+)?(?:full\s+)?$")


def _sought_sum_awarded(text: str, amount) -> Given:
    """Return the award a sentence gives a sum it calls sought, right before it ("awarded the £400,000 he had
    sought"), or none; given_act reads an amount given two acts as given neither."""
    after = _AFTER.match(text, amount.end())
    if after is None or after.lastgroup != "claimed":
        return Given("", "", amount.start())
    award = _AWARDED_BEFORE.search(text, max(0, amount.start() - 60), amount.start())
    if award is None or _NEGATED.search(text, max(0, award.start() - _NEAR), award.start()):
        return Given("", "", amount.start())
    return Given("awarded", award["awarded"], amount.start(), award.span("awarded"))


def passage_acts(passage: Cited) -> dict[tuple[str, str], Given]:
    """Return each amount of a passage with what was done with it (the sentence before in its paragraph may say what
    a sum broken down was)."""
    return read_in_paragraph(passage, _acts)


def read_in_paragraph(passage: Cited, read) -> dict:
    """Return what `read` finds of each amount of an English passage (a dict of values with `at`), read in the
    source's paragraph around it where the passage stands in it: the amounts in the passage, read in their context."""
    if passage.language and not in_english(passage.language):
        return {}
    at = passage.paragraph.find(passage.text) if passage.paragraph and passage.text else -1
    if at < 0:
        return read(passage.text)
    return {amount: found for amount, found in read(passage.paragraph).items()
            if at <= found.at < at + len(passage.text)}


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _acts(text: str) -> dict[tuple[str, str], Given]:
    """Return each amount of text with what was done with it; an amount given two acts has none."""
    found: dict[tuple[str, str], Given] = {}
    if not may_give_an_act(text):
        return found
    before = Given("", "", -1)  # the last amount given an act, in this sentence or the one before
    for sentence in split_sentences(text):
        acts = list(_ACT.finditer(sentence.text))
        latest = Given("", "", -1)
        for match in AMOUNT.finditer(sentence.text):
            given = given_act(sentence.text, match, acts)
            if not given.kind and before.kind and _BREAKDOWN.search(sentence.text, 0, match.start()):
                given = before  # "That sum comprised $41.2 million": what the sum was
            if given.kind:
                before = latest = given
            amount = amount_key(match)
            kind = given.kind if amount not in found or found[amount].kind == given.kind else ""
            found[amount] = Given(kind, given.act, sentence.start + match.start(), shown=shown_amount(match))
        before = latest
    return found


def given_act(text: str, amount, acts=None) -> Given:
    """Return what text does with one amount (`acts`: text's acts, where already found): the act right before it in
    its clause, or right after it; none where the two differ or the act is negated."""
    before = None
    for act in _ACT.finditer(text, 0, amount.start()) if acts is None else acts:
        if act.end() > amount.start():
            break
        between = text[act.end():amount.start()]
        words = [word.casefold() for word in _WORD.findall(between)]
        if (len(words) <= _REACH and not _NOT_ITS_OBJECT.intersection(words)
                and not any(stop in between for stop in ".;:!?(),") and not AMOUNT.search(between)):
            before = act
    after = _AFTER.match(text, amount.end())
    kinds = {found.lastgroup: found for found in (before, after) if found is not None}
    if len(kinds) != 1:
        return Given("", "", amount.start())
    kind, act = next(iter(kinds.items()))
    if kind and _NEGATED.search(text, max(0, act.start(kind) - _NEAR), act.start(kind)):
        return Given("", "", amount.start())
    asked = _asked_for(text, act.start(kind)) if kind == "awarded" and act is before else None
    if asked is not None:  # "asked the court to award them $64.5 million": a sum claimed
        return Given("claimed", " ".join(asked["claimed"].split()), amount.start(), act.span(kind))
    return Given(kind, " ".join(act[kind].split()), amount.start(), act.span(kind))


def _asked_for(text: str, at: int):
    """Return the claim that governs an award starting at `at` in its clause ("asked the court to award", "demanded
    that the company pay"), or None: the last act before it, after the clause's start and any amount before it."""
    start = max(0, at - _GOVERNING_REACH)
    for end in _CLAUSE_END.finditer(text, start, at):
        start = end.end()
    for figure in AMOUNT.finditer(text, start, at):
        # a claim right after an earlier sum is that sum's: "Instead of the £400,000 he had sought, Okafor received
        # £150,000" asks for no award of £150,000 (newuser_134)
        own = _AFTER.match(text, figure.end())
        start = own.end() if own is not None and own.end() <= at else figure.end()
    claims = [act for act in _ASKING.finditer(text, start, at) if act["claimed"]]
    return claims[-1] if claims and not _NEGATED.search(text, max(0, claims[-1].start() - _NEAR),
                                                       claims[-1].start()) else None
