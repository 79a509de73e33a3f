"""A partial win told as whole: "The association won its case in full" citing "The Court awards the Association $1.3
million ... Claims for a further $6.2 million ... are dismissed".

A sentence saying a side won, or was granted, allowed or upheld, "in full" ("won its case in full", "granted the
petition in full", "fully upheld") is refused where a passage it cites refuses part of a case (a sentence of it
"dismissed", "denied", "rejected", "refused", "struck out" or "thrown out", not negated just before) of what the
sentence is about (the refusal's sentence shares a content word with it) or of a claim ("claims", "damages", "costs",
"request": the rest of a plaintiff's case), and no passage says "in full" itself. A passage refusing something else
("Corvane's counterclaim is dismissed" for "granted the city's motion in full") turns nothing. So is one where a passage
declines part of it ("declines to award the cost of a new treatment plant") or leaves part of it undecided ("does not
decide the plaintiffs' claim ...", "severed"); where the passages award a smaller sum than the largest one claimed
("claimed damages of $64.5 million ... The total award is therefore $19.2 million", as sum_acts.py reads them); and
where a case "won" in full rests on passages that find a party liable and grant, award or order nothing: liability
is not the relief.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .clauses import content_words
from .sentences import split_sentences
from .sum_acts import passage_acts

_IN_FULL = patterns.compile(
    r"(?<![\w-])(?:(?:won|wins|win|winning|granted|grants|allowed|upheld|succeeded)\s+(?:(?!in\s)[\w'’.-]+\s+){0,5}?"
    r"in\s+full|(?:fully|wholly)\s+(?:granted|allowed|upheld|won))(?![\w-])", re.IGNORECASE)
_BACKED = patterns.compile(r"(?<![\w-])(?:in\s+full|in\s+its\s+entirety|fully|wholly|every\s+claim|all\s+(?:of\s+)?"
                           r"(?:its|their|the)\s+claims)(?![\w-])", re.IGNORECASE)
_REFUSED = patterns.compile(r"(?<![\w-])(?:dismissed|dismisses|denied|denies|rejected|rejects|refused|refuses"
                            r"|struck\s+out|strikes\s+out|thrown\s+out|throws\s+out"
                            r"|(?P<declined>declines|declined|declining)\s+to\s+(?:award|grant|order|allow|uphold"
                            r"|fund|pay|approve|accept)"
                            r"|(?P<undecided>(?:does|did|do)\s+not\s+(?:decide|determine|rule\s+on)"
                            r"|declines\s+to\s+decide|declined\s+to\s+decide|severed|left\s+(?:open|undecided)))"
                            r"(?![\w-])", re.IGNORECASE)
# a finding of liability, which decides no relief: "the Court finds Corvane liable in nuisance"
_LIABLE = patterns.compile(r"(?<![\w-])(?:liable|liability)(?![\w-])", re.IGNORECASE)
_RELIEF = patterns.compile(r"(?<![\w-])(?:grants?|granted|granting|awards?|awarded|awarding|upheld|upholds|allowed"
                           r"|allows|ordered|orders|succeeds?|succeeded|won|wins|in\s+favou?r|injunction|damages)"
                           r"(?![\w-])", re.IGNORECASE)
_WON = patterns.compile(r"(?:won|wins|win|winning|succeeded)(?![\w-])", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<![\w-])(?:not|never|n['’]t)\s+(?:\w+\s+)?$", re.IGNORECASE)
# What a plaintiff's case is made of: its refused part is part of the case the sentence says was won in full.
_CASE_WORDS = frozenset({"claim", "claims", "damages", "costs", "request", "requests", "demand", "demands", "relief",
                         "petition", "application", "appeal", "grounds", "ground", "counts", "count"})
_NOT_CONTENT = frozenset({"that", "this", "with", "from", "were", "have", "been", "full", "court", "judge", "which"})
_NEAR = 16  # characters before a refusal that may negate it ("is not dismissed")


def won_in_full(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text, at `offset`, says a case was won or granted in full where a passage it cites
    refuses part of it, and none says it was won in full."""
    if "full" not in text and "olly" not in text or not passages:
        return []  # most sentences say nothing "in full": found without a pattern
    claimed = _IN_FULL.search(text)
    if claimed is None or any(_BACKED.search(passage.text) for passage in passages):
        return []
    said = " ".join(claimed.group().split())
    own = content_words(text, _NOT_CONTENT)
    for passage in passages:
        refused, undecided = _refused_part(passage.text, own, passage.language or language)
        if refused:
            done = "leave part of it undecided" if undecided else "refuse part of it"
            return [Finding(offset, f"this sentence says '{said}' where its cited passages {done} ('{refused}'): "
                                    f"{clipped(text)}", _HINT)]
    short = _award_short_of_claim(passages)
    if short:
        return [Finding(offset, f"this sentence says '{said}' where its cited passages award {short[0]} of the "
                                f"{short[1]} sought: {clipped(text)}", _HINT)]
    liable = _only_liability(passages) if _WON.match(claimed.group()) else ""
    if liable:
        return [Finding(offset, f"this sentence says '{said}' where its cited passages decide only liability "
                                f"('{liable}'), no relief: {clipped(text)}", _HINT)]
    return []


_HINT = ("say what was granted and what refused, as the source does, or cite the passage that says it was granted in "
         "full")


def _refused_part(text: str, own: frozenset[str], language: str) -> tuple[str, bool]:
    """Return the first sentence of a passage refusing part of a case (its claims, or what `own` names), or leaving it
    undecided, and whether it leaves it undecided; ("", False) for none."""
    if not _REFUSED.search(text):
        return "", False
    for sentence in split_sentences(text, language):
        for refusal in _REFUSED.finditer(sentence.text):
            if _NEGATED_BEFORE.search(sentence.text, max(0, refusal.start() - _NEAR), refusal.start()):
                continue
            words = content_words(sentence.text, _NOT_CONTENT)
            if refusal["declined"] or words & (own | _CASE_WORDS):  # relief declined is part of any case
                return " ".join(sentence.text.split()), bool(refusal["undecided"])
    return "", False


def _award_short_of_claim(passages: list[Cited]) -> tuple[str, str] | None:
    """Return (the largest sum awarded, the largest claimed) as written where the passages give both and the award is
    the smaller; else None."""
    largest: dict[str, tuple[float, str]] = {}
    for passage in passages:
        for (figure, scale), given in passage_acts(passage).items():
            value = float(figure) * _SCALE_VALUES.get(scale, 1)
            if given.kind and value > largest.get(given.kind, (-1.0, ""))[0]:
                largest[given.kind] = (value, given.shown)
    if "claimed" in largest and "awarded" in largest and largest["awarded"][0] < largest["claimed"][0]:
        return largest["awarded"][1], largest["claimed"][1]
    return None


_SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _only_liability(passages: list[Cited]) -> str:
    """Return the first sentence finding liability where no passage grants, awards or orders anything, or ""."""
    if any(_RELIEF.search(passage.text) for passage in passages):
        return ""
    for passage in passages:
        if _LIABLE.search(passage.text):
            return next(" ".join(sentence.text.split()) for sentence in split_sentences(passage.text)
                        if _LIABLE.search(sentence.text))
    return ""
