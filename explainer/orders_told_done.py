"""An order only possible or asked for not told as given: "The court has ordered a new vote" may not cite "the judges
could decide to dismiss the petition ... or to order a full inquiry".

decisions.py refuses an order no cited passage gives in any words of its kind, and reads a passage's "could ... order"
or "asking judges to ... order" as giving one. A sentence telling an order given ("has ordered", "ordered a", "was
ordered"), with no negation, modal or condition of its own before it (imposed_offers.py's reading), is refused
where a cited passage names an order only as possible, asked for or conditional ("could decide ... to order",
"asking the court to order", "if the court orders", "would ask the court to order") and none tells one given ("ordered",
"directed", "instructed", "ruled", "annulled", "voided", "decided", "required" outside such words). English text is
read; words in quotation marks are not, and an order another check names already (court_recourse.py: "The judge
ordered a new trial" of "ask for a new trial"; possible_done.py: "The board ordered an audit" of "may order an audit";
conditions_done.py: of "If the court orders") is left to it, named once (tests/test_factcheck_202.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .conditions_done import conditions_told_done
from .court_recourse import court_act_told_done
from .possible_done import told_as_done
from .sentences import inside, markers_blanked
from .wordset import may_hold

# an order told given: "has ordered a new vote", "The court ordered the recount", "a new vote was ordered"; not "a
# vote ordered by the court will be held", whose participle names the vote
_GIVEN = patterns.compile(r"(?<!\w)(?:(?:has|have|had)\s+(?:\w+ly\s+)?ordered|(?:was|were|has\s+been|have\s+been"
                          r"|had\s+been)\s+(?:\w+ly\s+)?ordered|ordered\s+(?:a|an|the|that|its|their|his|her)(?!\w))",
                          re.IGNORECASE)
# a passage's order only possible, asked for or conditional: "could decide ... to order", "asking judges to ...
# order", "if the court orders", "ask the county court to order"
_ONLY_POSSIBLE = patterns.compile(
    r"(?<!\w)(?:could|might|may|would|if|whether|unless|ask(?:s|ed|ing)?|urg(?:es|ed|ing)|want(?:s|ed)?|seek(?:s|ing)?"
    r"|sought|petition\w*|request\w*)(?!\w)[^.;]{0,80}?(?<!\w)order(?:s)?(?=\s+(?:a|an|the|its|otherwise)(?!\w))",
    re.IGNORECASE)
# a passage telling a deed of the kind done: "ordered", "directed", "ruled", "annulled the result"
_DONE = patterns.compile(r"(?<!\w)(?:ordered|directed|instructed|ruled|annulled|voided|decided|required|mandated)"
                         r"(?!\w)", re.IGNORECASE)
_MAY_TELL = frozenset({"ordered"})
_UNSAID_BEFORE = patterns.compile(r"(?<!\w)(?:may|might|could|would|should|can|cannot|not|never|no|n['’]t|whether|if"
                                  r"|unless|any|nobody|none)(?!\w)[^.;,]{0,30}$", re.IGNORECASE)


def order_told_given(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding when English text tells an order given that its cited passages name only as possible or
    asked for."""
    if not may_hold(text, _MAY_TELL):
        return []  # most sentences tell no order: found by their words
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    told = next((match for match in _GIVEN.finditer(spoken) if not inside(quoted, match.start())
                 and not _UNSAID_BEFORE.search(spoken, max(0, match.start() - 40), match.start())), None)
    if told is None:
        return []
    possible = next((match for passage in passages for match in _ONLY_POSSIBLE.finditer(passage.text)), None)
    if possible is None or any(_done_in(passage.text) for passage in passages):
        return []
    if any(check(text, passages, offset, "en") for check in (court_act_told_done, told_as_done, conditions_told_done)):
        return []  # "The board ordered an audit" of "may order an audit", "The judge ordered a new trial" of "asking
        # ... to order a new trial", "ordered" of "If the court orders": named there, once
    shown = " ".join(possible.group().split())
    return [Finding(offset, f"this sentence tells an order as given ('{' '.join(told.group().split())}') where its "
                            f"cited passages give one only as possible or asked for ('{shown}'): {clipped(text)}",
                    "keep it as the source gives it ('could order', 'asked the court to order'), or cite a passage "
                    "that tells the order given")]


def _done_in(text: str) -> bool:
    """Say whether a passage tells a deed of ordering or ruling done, not after a modal, negation or condition."""
    return any(not _UNSAID_BEFORE.search(text, max(0, match.start() - 40), match.start())
               for match in _DONE.finditer(text))
