"""A price a share offered for a company is the buyer's offer and the target's value alike.

"Northmart is offering $38 a share" citing "The deal values FreshCo at $38 a share" was refused as giving Northmart
a figure the passage gives FreshCo (party_figures.py): a takeover's price is said of the buyer (it offers, bids,
pays it) and of the target (it is valued at it, offered it). Here a party's figure stands where the sentence gives
it by a verb of offering or paying ("is offering", "bid", "agreed to pay"), the figure is a price a share in both
the sentence and the passage, and the passage's sentence holding it speaks of a deal, an offer, a bid or a takeover.
"Northmart is valued at $38 a share", or "Northmart is offering $38 a share" citing a closing price of $38 a share,
is refused as before. English text is read.

What the target's holders receive is that price too: "Fresco shareholders will receive 310p in cash for each share"
citing "Harbour will pay 310p a share in cash, a premium of 34% to Fresco's closing price" was refused as giving
Fresco the buyer's figure (moved_figures.py). A sentence whose holders (shareholders, investors, holders) receive,
get, are paid or are offered a price "a share", "per share", "for each share" or "for every share" (or whose "each
share will fetch" it) keeps it where a passage's sentence of a deal, or of a buyer paying, states that price a share
(tests/test_factcheck_243.py).
"""

from __future__ import annotations

import re

from . import patterns
from .sentences import split_sentences

_OFFERING = patterns.compile(r"(?<!\w)(?:offer(?:s|ed|ing)?|bid(?:s|ding)?|pay(?:s|ing)?|paid|agreed\s+to\s+pay)"
                             r"(?!\w)", re.IGNORECASE)
_DEAL = patterns.compile(r"(?<!\w)(?:deal|offer|bid|takeover|buyout|acquisition|acquire[sd]?|merger|values?|valued"
                         r"|valuing|tender)(?!\w)", re.IGNORECASE)
_A_SHARE = r"\s*(?:a|per|each)[\s-]+share(?!\w)"


def offer_price_kept(written: str, sentence: str, figure: str, passages: list[str], language: str = "") -> bool:
    """Say whether a sentence gives its party a price a share (`figure` as written) by a verb of offering or paying
    in the words from the party to the figure (`written`), where a passage's sentence of a deal states that price."""
    if "share" not in sentence or not _OFFERING.search(written) or not _priced(sentence, figure):
        return False  # most figures given a party are no offer's price: found by a substring and one search
    return any(_priced(held.text, figure) and _DEAL.search(held.text)
               for passage in passages if "share" in passage for held in split_sentences(passage, language))


def _priced(text: str, figure: str) -> bool:
    """Say whether text states `figure` as a price a share: "$38 a share", "38 dollars per share"."""
    return re.search(rf"(?<![\d.,]){re.escape(figure)}(?:\s*(?:dollars|euros|pounds|cents|pence))?{_A_SHARE}",
                     text) is not None


_RECEIVING = patterns.compile(r"(?<!\w)(?:shareholders|stockholders|investors|holders|owners)(?:\s+[\w'’-]+){0,3}?"
                              r"\s+(?:will\s+|would\s+|are\s+to\s+|are\s+set\s+to\s+)?(?:receive|receives|received"
                              r"|get|gets|got|be\s+paid|are\s+paid|were\s+paid|be\s+offered|are\s+offered"
                              r"|were\s+offered)"
                              r"(?!\w)|(?<!\w)(?:each|every)\s+(?:[A-Z][\w'’-]*\s+)?share\s+(?:will\s+|would\s+)?"
                              r"(?:fetch|be\s+worth|be\s+bought\s+for)(?!\w)", re.IGNORECASE)
# a price received "for each share": the figure, its unit, up to three words ("in cash"), then the share
_RECEIVED_PRICE = patterns.compile(r"(?P<figure>[£$€]?\d[\d,.]*(?:p|c)?)(?:\s*(?:dollars|euros|pounds|cents|pence))?"
                                   r"(?:\s+[\w'’-]+){0,3}?\s+(?:a|per|(?:for\s+)?(?:each|every))[\s-]+share(?!\w)"
                                   r"|(?:each|every)\s+(?:[A-Z][\w'’-]*\s+)?share\s+(?:will\s+|would\s+)?"
                                   r"(?:fetch|be\s+worth|be\s+bought\s+for)\s+(?P<fetched>[£$€]?\d[\d,.]*(?:p|c)?)",
                                   re.IGNORECASE)


def price_received_kept(text: str, passages: list, language: str = "") -> bool:
    """Say whether a sentence gives a target's holders, as what they receive, a price a share that a cited passage's
    sentence of a deal states ("Fresco shareholders will receive 310p for each share" of "Harbour will pay 310p a
    share")."""
    if "share" not in text or not _RECEIVING.search(text):
        return False  # most sentences tell of no holders receiving a price: found by a substring and one search
    figures = {(match["figure"] or match["fetched"]).lstrip("£$€") for match in _RECEIVED_PRICE.finditer(text)}
    return any(_priced(held.text, figure) and (_DEAL.search(held.text) or _OFFERING.search(held.text))
               for figure in figures for passage in passages if "share" in passage.text
               for held in split_sentences(passage.text, language))
