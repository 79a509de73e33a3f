"""An offer is not an agreement: "The union has accepted a 4% raise" may not cite "The school board has offered 4%".

A figure a passage gives only as offered ("has offered 4%", "offers $61,400", "an offer of 4%", "proposed 4%")
is no deal: the other side may take it or not. outcomes.py refuses "accepted" for "offered" where the two clauses
share two words and a subject; a short sentence that gives the offer's figure to the side that would take it ("The
union has accepted a 4% raise") shares only the figure, and built. A sentence's figure told as accepted or agreed
("accepted", "accepts", "agreed to", "agrees to", "settled for" before it in its clause, a few words between) is
refused where every cited passage giving that figure gives it in a sentence offering or proposing it, and no cited
passage tells anything accepted or agreed. A negated or possible acceptance ("has not accepted", "refused to
accept", "could accept", "may agree to") tells none; words in quotation marks are not read. English text is read
(tests/test_factcheck_94.py). A "yes" said or voted to it ("said yes to", "voted yes to", "voted in favour of"), or
"approved", is told as accepted too, and a passage telling any of them tells it taken (tests/test_factcheck_165.py).
An offer approved ("The union approved the board's offer of 4%") is an offer taken: a passage telling the same
offer taken by the same side ("The union's members backed the board's offer", "endorsed", "voted for") gives the
approval decisions.py looks for (`approval_of_an_offer_taken`, tests/test_factcheck_168.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .numbers import find_mentions, mentions_in
from .sentences import folded_word, inside, markers_blanked

# told as taken: the verb, then a few words and the figure ("accepted a 4% raise", "agreed to a deal worth $20 million")
_ACCEPTED = patterns.compile(r"(?<![\w-])(?P<verb>accept(?:ed|s|ing)?|agree(?:d|s)?\s+to|settled\s+for"
                             r"|(?:said|says|say|saying|voted|votes|vote|voting)\s+yes\s+to|approved|approves"
                             r"|voted\s+in\s+favou?r\s+of)"
                             r"(?P<between>(?:\s+[^\s\d$£€.,;:!?]+){0,5}?)\s+(?=[$£€\d])", re.IGNORECASE)
# before the verb: a negation or a possibility tells nothing taken ("has not accepted", "could accept", "refused to")
_UNTOLD_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|n['’]t|no|refused\s+to|refuses\s+to|declined\s+to|may|might"
                                  r"|could|would|will|can|should|to|whether|if)\s+(?:\w+\s+)?$", re.IGNORECASE)
_OFFERED = patterns.compile(r"(?<![\w-])(?:offer(?:ed|s|ing)?|proposed|proposes|proposing|proposal|put\s+forward)"
                            r"(?![\w-])", re.IGNORECASE)
# a passage telling anything accepted or agreed backs the sentence's own reading of it
_TAKEN = patterns.compile(r"(?<![\w-])(?<!not\s)(?<!never\s)(?:accepted|accepts|agreed|agrees|settled|signed"
                          r"|ratified|approved|approves|(?:said|says|voted|votes)\s+yes"
                          r"|(?:voted|votes)(?:\s+[^\s.;!?]+){0,2}?\s+(?:in\s+favou?r|for)|backed|endorsed)(?![\w-])", re.IGNORECASE)
_TAKING_WORDS = ("accept", "agree", "settled", "yes", "approve", "favo")
_REACH = 40  # characters before the verb read for a negation or a possibility


def offers_told_accepted(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as accepted or agreed a figure its cited passages give only as offered."""
    lowered = text.casefold()
    if not any(word in lowered for word in _TAKING_WORDS) or not in_english(language):
        return []  # most sentences tell nothing accepted: a few substring searches
    if not any("offer" in passage.text.casefold() or "propos" in passage.text.casefold() for passage in passages):
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for told in _ACCEPTED.finditer(spoken):
        if inside(quoted, told.start()) or _UNTOLD_BEFORE.search(spoken, max(0, told.start() - _REACH),
                                                                 told.start()):
            continue
        figure = next((mention for mention in find_mentions(spoken[told.end():], language, prose=True)
                       if mention.start == 0 and mention.kind == "figure"), None)
        if figure is None:
            continue
        offered = _offered(figure.quantities, passages)
        if offered:
            return [Finding(offset + told.start(), f"this sentence tells {figure.text} as accepted ('{told['verb']}') "
                                                   f"where its cited passages give it only as offered "
                                                   f"('{offered}'): {clipped(text)}",
                            "keep it an offer, as the source does, or cite a passage that says it was accepted")]
    return []


def _offered(quantities: tuple, passages: list[Cited]) -> str:
    """Return a passage's words offering one of `quantities` ("has offered 4%"), where every sentence of the
    passages giving it offers it and none tells anything accepted; "" otherwise."""
    found = ""
    for passage in passages:
        for sentence, offers in _figure_sentences(passage.text, passage.language):
            if not set(quantities) & offers.keys():
                continue
            if not any(offers[quantity] for quantity in quantities if quantity in offers) or _TAKEN.search(sentence):
                return ""
            found = found or next(offers[quantity] for quantity in quantities if offers.get(quantity))
    return found


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _figure_sentences(text: str, language: str) -> tuple[tuple[str, dict], ...]:
    """Return each sentence of a passage giving figures, with each figure's quantities and the words offering it (an
    offer's word before it in that sentence, to the figure), or "" where the sentence does not offer it."""
    found: dict[tuple[int, int], dict] = {}
    for mention in mentions_in(text, language):
        if mention.kind != "figure":
            continue
        start = max((stop.end() for stop in _STOP.finditer(text, 0, mention.start)), default=0)
        end = _STOP.search(text, mention.end)
        offers = found.setdefault((start, end.start() if end else len(text)), {})
        offer = _OFFERED.search(text, start, mention.start)
        shown = " ".join(text[offer.start():mention.end].split()) if offer else ""
        for quantity in mention.quantities:
            offers[quantity] = offers.get(quantity) or shown
    return tuple((text[start:end], offers) for (start, end), offers in found.items())


# a stop that ends a sentence: not a decimal point ("4.5%")
_STOP = patterns.compile(r"[;!?]|\.(?!\d)")


# an offer approved: "approved the board's offer", "approves the proposed deal"
_OFFER_NOUNS = ("offer", "deal", "proposal", "agreement", "settlement", "package")
_APPROVED_OFFER = patterns.compile(rf"approv(?:e|es|ed|ing)\s+(?:[^\s.,;:!?]+\s+){{0,3}}?"
                                   rf"(?P<noun>{'|'.join(_OFFER_NOUNS)})s?(?!\w)", re.IGNORECASE)
# an offer taken: "backed the board's offer", "voted in favour of the offer"; not after "not" ("did not back")
_TAKEN_OFFER = (r"(?<!not\s)(?<!never\s)(?<!to\s)(?:backed|endorsed|accepted|ratified|approved"
                r"|(?:voted|said)\s+yes\s+to|voted\s+(?:for|in\s+favou?r\s+of))\s+(?:[^\s.,;:!?]+\s+){0,3}?")
_TAKEN_OFFERS = {noun: patterns.compile(rf"{_TAKEN_OFFER}{noun}s?(?!\w)", re.IGNORECASE) for noun in _OFFER_NOUNS}
_CLAUSE_STOP = patterns.compile(r"[.;:!?,]|(?<!\w)(?:and|but|while|after|before|when)(?!\w)", re.IGNORECASE)
_NOT_A_SIDE = frozenset({"that", "this", "have", "been", "also", "first", "finally", "later", "then", "today"})


def approval_of_an_offer_taken(text: str, at: int, passages: list[Cited]) -> bool:
    """Say whether the approval at `at` is of an offer ("The union approved the board's offer") and a cited passage
    tells that offer taken by a side the sentence names approving it ("The union's members backed the board's
    offer"): taking an offer is approving it."""
    approved = _APPROVED_OFFER.match(text, at)
    if approved is None:
        return False
    side = _side(text[:at])
    taken = _TAKEN_OFFERS[approved["noun"].casefold()]
    return bool(side) and any(side & _side(passage.text[:match.start()])
                              for passage in passages for match in taken.finditer(passage.text))


def _side(before: str) -> frozenset[str]:
    """Return the words of four letters or more of the clause before a verb, folded, their possessive aside: who
    does it ("union" of "The union's members")."""
    start = max((stop.end() for stop in _CLAUSE_STOP.finditer(before)), default=0)
    words = (re.sub(r"['’]s?$", "", folded_word(word)) for word in re.findall(r"[^\W\d_][\w'’-]*", before[start:]))
    return frozenset(word for word in words if len(word) >= 4 and word not in _NOT_A_SIDE)
