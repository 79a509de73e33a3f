"""An offer or a pledge kept as its maker's own: a sentence may not tell as imposed by another what the passages it
cites give only as offered, pledged or promised.

"The Authority requires the companies to sell 92 stores" citing "the companies offered to sell 92 stores to a buyer
approved by the Authority. The Authority has not accepted this offer", and "The Authority required the companies to
freeze the prices of 500 everyday products" citing "The companies have also pledged to freeze the prices of 500
everyday products", built: the offer becomes an order, the pledge a condition. So did "The Authority has ordered the
companies to sell at least 120 stores" of "the sale of at least 120 stores may be required": a requirement a passage
gives only after a modal ("may be required") is no order given. A sentence is refused where it tells an act required,
ordered, forced or made a condition ("required X to sell", "ordered X to sell", "X were required to sell", "as a
condition"), unnegated and with no modal of its own before it ("may require", "could order"), where a cited passage
gives that verb only as offered, pledged or promised ("offered to sell", "pledged to freeze") and none tells it
required without a modal. English text is read (tests/test_newuser_115.py).

So is an act its maker says it took of its own accord told as asked of it: "they made the pledge at the Authority's
request" citing "This pledge is our own. We made it voluntarily". A sentence saying "at the Authority's request", "at
the request of", "at its behest", "on the orders of", "at the insistence of" or "under pressure from", with no
negation anywhere in it, is refused where a cited passage says "voluntarily", "of its own accord", "unprompted", "is
our own" or "made by the companies themselves" and none says "request", "asked", "behest", "insist", "demand" or
"pressure" (tests/test_factcheck_183.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .orders_told_done import order_told_given
from .sentences import inside, markers_blanked

# an act offered or pledged by its maker: "offered to sell", "have also pledged to freeze"
_OFFERED = patterns.compile(r"(?<!\w)(?:offer(?:s|ed)?|pledg(?:es|ed)|promis(?:es|ed)|volunteer(?:s|ed)|propos(?:es|ed)"
                            r"|undert(?:ook|akes|aken))\s+to\s+(?P<verb>[a-z]{3,})(?!\w)", re.IGNORECASE)
_IMPOSING = (r"(?:requir(?:e|es|ed|ing)|order(?:s|ed|ing)?|forc(?:e|es|ed|ing)|compel(?:s|led|ling)?"
             r"|oblig(?:e|es|ed|ing)|direct(?:s|ed|ing)?|instruct(?:s|ed|ing)?)")
# told as imposed: "required the companies to sell", "has ordered Brightmart to sell", "were required to sell"
_IMPOSED = patterns.compile(rf"(?<!\w){_IMPOSING}\s+(?:(?:the|its|their|both|two|all)\s+){{0,2}}(?:[\w'’-]+\s+){{0,3}}?"
                            r"to\s+(?P<verb>[a-z]{3,})(?!\w)", re.IGNORECASE)
_CONDITION = patterns.compile(r"(?<!\w)(?:as\s+a\s+condition|a\s+condition\s+(?:set|imposed|of)|conditions?\s+"
                              r"(?:it|the\s+\w+)\s+(?:had\s+|has\s+)?(?:set|imposed))(?!\w)", re.IGNORECASE)
# a modal, a negation or a question of the sentence's own before the verb of imposing keeps it unimposed ("No one
# required", "is not a condition the Authority set"); so does a subject that names no one: "Nobody required the
# companies to freeze prices", "No regulator required", "None of the authorities ordered" (newuser_115)
_UNSAID_BEFORE = patterns.compile(r"(?<!\w)(?:may|might|could|would|should|can|cannot|not|never|no|n['’]t|whether|if"
                                  r"|may\s+need\s+to|likely\s+to|expected\s+to|considering|consider|weighing"
                                  r"|(?:nobody|no\s+one|no|none\s+of|neither\s+of|neither|nor)(?:\s+[^\W\d_][\w'’-]*){0,3}?"
                                  r"(?:\s+(?:ever|has|had|have|is|was|were|did|does|do))?)"
                                  r"(?:\s+(?:still|also|yet|be|have|been|a|an|one|\w+ly))*\s*$", re.IGNORECASE)
# a passage telling the act required outright, no modal before: "must sell", "was ordered to sell"
_MODAL_BEFORE = patterns.compile(r"(?<!\w)(?:may|might|could|would|should|can|if|whether|not|no)\s+(?:\w+\s+){0,2}$",
                                 re.IGNORECASE)


# told as asked of its maker: "at the Authority's request", "at the request of", "on the orders of"
# (a requester named: "on request" names none)
_ASKED = patterns.compile(r"(?<!\w)(?:(?:at|on|upon)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:['’]s|s['’])\s+"
                          r"(?:request|behest|orders|insistence)"
                          r"|(?:at|upon)\s+(?:its|their|his|her)\s+(?:request|behest|insistence)"
                          r"|(?:at|on|upon)\s+the\s+(?:request|behest|orders|insistence)\s+of"
                          r"|under\s+pressure\s+from)(?!\w)", re.IGNORECASE)
# an act its maker's own: "We made it voluntarily", "This pledge is our own", "made by the companies themselves"
_OWN_ACCORD = patterns.compile(r"(?<!\w)(?:voluntar(?:y|ily)|of\s+(?:its|their|our|his|her|my)\s+own\s+accord"
                               r"|unprompted|(?:is|was|are|were)\s+(?:our|its|their|his|her|my)\s+own(?!\s+\w)"
                               r"|by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}themselves)(?!\w)", re.IGNORECASE)
_ASKED_IN_PASSAGE = patterns.compile(r"(?<!\w)(?:request\w*|ask(?:ed|s)?|behest|insist\w*|demand\w*|pressur\w*)(?!\w)",
                                     re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<!\w)(?:not|no|never|nobody|none|without|n['’]t)(?!\w)", re.IGNORECASE)


def offers_told_imposed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as required or ordered an act its cited passages give only as offered or
    pledged by its maker."""
    if (language or "en").split("-")[0].lower() != "en":
        return []
    asked = own_act_told_asked(text, passages, offset) or order_told_given(text, passages, offset)
    if asked:
        return asked
    offered = {match["verb"].casefold(): " ".join(match.group().split())
               for passage in passages for match in _OFFERED.finditer(passage.text)}
    if not offered:
        return []  # most passages offer nothing: found without reading the sentence
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for told in _IMPOSED.finditer(spoken):
        verb = told["verb"].casefold()
        if verb not in offered or inside(quoted, told.start()) or _unsaid(spoken, told.start()):
            continue
        if any(_required_outright(passage.text, verb) for passage in passages):
            continue  # a passage tells it required itself ("was ordered to sell 40 stores")
        return [_finding(offset, told.group(), offered[verb], text)]
    condition = _CONDITION.search(spoken)
    if condition and not inside(quoted, condition.start()) and not _unsaid(spoken, condition.start()) \
            and not any(_CONDITION.search(passage.text) and not _condition_denied(passage.text)
                        for passage in passages):
        shown = next(iter(offered.values()))
        return [_finding(offset, condition.group(), shown, text)]
    return []


def own_act_told_asked(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding when English text tells as asked of its maker ("at the Authority's request") an act a cited
    passage gives as its maker's own ("We made it voluntarily"), and none gives as asked."""
    own = next((found for passage in passages for found in _OWN_ACCORD.finditer(passage.text)), None)
    if own is None:
        return []  # most passages give no act as its maker's own: found without reading the sentence
    spoken = markers_blanked(text)
    told = _ASKED.search(spoken)
    if told is None or inside(quoted_parts(spoken), told.start()) or _NEGATED.search(spoken):
        return []
    if any(_ASKED_IN_PASSAGE.search(passage.text) for passage in passages):
        return []  # a passage tells of a request itself
    shown = " ".join(own.group().split())
    return [Finding(offset, f"this sentence tells as asked of its maker ('{' '.join(told.group().split())}') what its "
                            f"cited passages give as its own ('{shown}'): {clipped(text)}",
                    f"keep the source's words ('{shown}'), or cite a passage that says it was asked for")]


def _unsaid(spoken: str, start: int) -> bool:
    """Say whether a modal, negation or question of the sentence's own stands just before `start`."""
    return bool(_UNSAID_BEFORE.search(spoken, max(0, start - 30), start))


def _required_outright(text: str, verb: str) -> bool:
    """Say whether a passage tells `verb` required or ordered with no modal or negation before it."""
    return any(match["verb"].casefold() == verb and not _MODAL_BEFORE.search(text, max(0, match.start() - 24),
                                                                              match.start())
               for match in _IMPOSED.finditer(text))


def _condition_denied(text: str) -> bool:
    """Say whether a passage's condition is denied: "It is not a condition set by the Authority"."""
    return bool(re.search(r"(?<!\w)(?:not|never|no)\s+(?:\w+\s+){0,2}(?:a\s+)?condition", text, re.IGNORECASE))


def _finding(offset: int, told: str, shown: str, text: str) -> Finding:
    return Finding(offset, f"this sentence tells as imposed ('{' '.join(told.split())}') what its cited passages give "
                           f"only as its maker's own offer or pledge ('{shown}'): {clipped(text)}",
                   f"keep the source's words ('{shown}'), or cite a passage that says it was required")
