"""A claim's status kept to its passages: a claim marked `reported` (the source reports it as fact) or `acknowledged`
(a party admits it) may not cite only passages that give it as someone's claim.

"status: reported" citing "The Taliban claimed that 55 Pakistani soldiers were killed" (or "alleged", "allegedly",
"purportedly") tells the reader the source vouches for what it only passes on. It is refused where every cited
passage gives its words so and none gives them as the status says ("acknowledged", "admitted", "conceded",
"confirmed" for `acknowledged`); "claims" as a thing ("the insurance claims", "its claims") is not read.

Nor may `reported` cite only someone's words: a passage the source gives in quotation marks ('"We will ask the court
to quash a decision ...," said ...'), or one its sentence gives as said ("The club said on Wednesday that it would
seek a judicial review"; French "a déclaré", German "sagte", Spanish "dijo"). "According to" a body (its figures,
"selon la préfecture") is still read as a report.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, locale_word_pattern, quoted_parts
from .sentences import inside

_CLAIMED = patterns.compile(r"(?<!\w)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\ba\s)"
                            r"(?<!\ban\s)(?<!\binsurance\s)(?:claim(?:s|ed)|alleg(?:es|ed|edly)|purported(?:ly)?)(?!\w)",
                            re.IGNORECASE)
_ADMITTED = patterns.compile(r"(?<!\w)(?:acknowledg\w*|admit\w*|conced\w*|confirm\w*)", re.IGNORECASE)
# A speaker's verb of saying, in the languages whose claims are read here: its words are the speaker's, not the source's
_SAID = patterns.compile(r"(?<!\w)(?:said|says|told|tells|stated|a\s+(?:déclaré|dit|affirmé|assuré)"
                         r"|(?:déclare|affirme|assure)(?:nt)?|sagte|sagten|erklärte|erklärten|betonte"
                         r"|dijo|dijeron|afirmó|afirmaron|declaró|declararon|aseguró)(?!\w)", re.IGNORECASE)
_ASIDE = patterns.compile(r",\s+(?:where|which|who|whose|when|où|qui|dont|wo|der|die|das|donde|que|quien)\s",
                          re.IGNORECASE)
_OPENING = "\"“«„"
MEANING = {"reported": "the source reports it as fact", "acknowledged": "a party admits it"}


def claimed_in_passages(status: str, passages: list[Cited]) -> str:
    """Return the word by which every cited passage gives a `reported` or `acknowledged` claim as someone's claim
    ("claimed"), or "" where one does not."""
    if status not in MEANING or not passages:
        return ""
    if status == "acknowledged" and any(_ADMITTED.search(passage.text) for passage in passages):
        return ""
    # or by a hedge its language's locale lists ("Аргения якобы готовит ..."): unread, `reported` cited it and built
    found = [_CLAIMED.search(passage.text) or _hedged(passage) for passage in passages]
    if all(found):
        return found[0].group()
    if status == "reported":  # someone's quoted or said words, every one of them, are no report of the source's own
        said = [_quoted(passage) or _said(passage) for passage in passages]
        return said[0] if all(said) else ""
    return ""


def _quoted(passage: Cited) -> str:
    """Return "quoted words" where the source gives the passage in quotation marks (its sentence is a quotation, or
    the passage stands inside one), else ""."""
    holding = passage.holding.strip() or passage.text
    at = holding.find(passage.text)
    if at < 0:
        return ""
    if holding[0] in _OPENING and not any(mark in holding[1:at] for mark in "\"”»"):
        return "quoted words"  # a quotation its sentence opens with, and goes on to the passage
    return "quoted words" if inside(quoted_parts(holding), at) and inside(quoted_parts(holding), at + len(
        passage.text) - 1) else ""


def _said(passage: Cited) -> str:
    """Return the verb by which the source's sentence holding the passage gives it as someone's words, outside
    quotation marks and before the passage's end ("said"), else ""."""
    holding = passage.holding or passage.text
    at = holding.find(passage.text)
    end = at + len(passage.text) if at >= 0 else len(holding)
    quoted = quoted_parts(holding)
    for verb in _SAID.finditer(holding, 0, end):
        # a relative clause between the verb and the passage is the source's own aside: "He said his party would ask
        # for a recount in Ostmark, where the Social Democrats won by 412 votes" reports the margin
        aside = _ASIDE.search(holding, verb.end(), max(verb.end(), min(end, at + 8)))
        if not inside(quoted, verb.start()) and not aside:
            return verb.group()
    return ""


def _hedged(passage: Cited) -> re.Match | None:
    """Return the first hedge of the passage's language's locale in it ("якобы", "angeblich"), or None."""
    return locale_word_pattern("hedges", passage.language).search(passage.text) if passage.language else None
