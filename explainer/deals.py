"""A deal told as its sources tell it: "The Competition Authority blocked the takeover" may not cite "The Competition
Authority is reviewing the takeover", nor "Bolt's shareholders approved the bid" cite "Bolt's board approved the bid".

Six shapes of a merger or an acquisition misstated, each read in a sentence sharing two words of four letters or more
(names, figures) with the passage's sentence that tells it otherwise:

- a review told as decided: "blocked", "cleared", "prohibited", "vetoed", "barred", "waved through" or "gave the
  go-ahead", in a sentence naming a deal ("takeover", "merger", "bid", ...), where a passage gives it only as under
  review ("is reviewing", "is investigating", "under review", "opened an in-depth investigation into") and no cited
  passage gives any decision ("approved", "rejected", "ruled", ...); a sentence keeping a review of its own, a modal
  ("could block") or a negation is not read ("approved" is decisions.py's);
- who acted swapped between a company's board ("board", "directors") and its owners ("shareholders",
  "stockholders", "investors"): "shareholders approved" where the passages' sentences give the act ("approved",
  "rejected", "backed", "recommended", "voted", "turned down", ...) only to the board, or the other way;
- a payment in cash and shares told as in one of them: "in cash", "all-cash", "in shares", "all-stock" where a
  passage pays "in cash and shares" ("cash and stock", "stock and cash", "cash plus shares") and says that kind
  nowhere else; a sentence keeping the mix ("a mix of", "partly", "mostly") is not read;
- one of the leaders told as the leader: "the market leader", "leads the market", "the leading maker" where a
  passage says "one of the (market) leaders", "among the leading", "a leading" or ranks it second or lower
  ("second-largest", "No. 2") and none says it leads ("the leader", "the largest", "number one");
- a stake told as control: "a majority stake", "a controlling stake", "controls Bolt" where a passage gives a stake
  of half or less ("a stake of 30%", "owns 30% of", "a minority stake") and none says control or a majority; and
  "a minority stake" where the passage's stake is over half;
- a price offered told as paid: "paid $40 a share" where a passage "offered $40" and none says it was paid;
- a payment in one kind told as in the other: "310p a share in shares" ("all-share", "share-for-share", "in new
  shares") where a passage pays "in cash" ("all-cash", "a cash offer") and none pays in shares, or "in cash" where a
  passage pays "in shares" and none names cash (tests/test_factcheck_240.py);
- a stake given to a holder its passages never name: "Usdaw, which owns 14% of Fresco" where a passage gives that
  figure's stake to a holder it names ("Tideway Capital, which owns 14% of the company") and no passage names any word
  of the sentence's holder (nor do its initials spell the passage's holder) (tests/test_factcheck_240.py).

English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, split_sentences
from .wordset import may_contain, may_hold

_RESTATES = 2
# A sentence holding none of these words is told no deal's terms
_MAY = frozenset({"blocked", "cleared", "prohibited", "vetoed", "barred", "board", "directors", "shareholders",
                  "shareholder", "stockholders", "stockholder", "investors", "cash", "shares", "stock", "leader",
                  "leads", "led", "leading", "majority", "minority", "controlling", "controls", "control", "paid",
                  "waved", "green", "greenlit", "ahead", "owns", "holds", "stake", "share", "all"})
_NOT_CONTENT = frozenset({
    "that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were", "said", "says", "also",
    "into", "will", "would", "which", "board", "directors", "shareholders", "stockholders", "investors", "approved",
    "rejected", "backed", "market", "leader", "leaders", "leading", "largest", "biggest", "stake", "control",
    "controls", "controlling", "majority", "minority", "cash", "shares", "stock", "blocked", "cleared", "prohibited",
    "vetoed", "barred", "reviewing", "review", "investigating", "investigation", "examining"})
_NEGATED_OR_POSSIBLE = patterns.compile(
    r"(?<!\w)(?:not|never|no|n['’]t|may|might|could|would|should|can|will|shall|must|to|whether|if|unless)"
    r"\s+(?:(?:yet|still|have|has|be|been|already)\s+)*$", re.IGNORECASE)


def misstated_deals(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a deal otherwise than its cited passages: a review as a decision, the board's
    act as the shareholders', a mixed payment as one kind, one of the leaders as the leader, a stake as control."""
    if not in_english(language) or not may_hold(text, _MAY) or not passages:
        return []  # most sentences hold none of these words: found by a lookup of their words
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    for shape in (_review_as_decided, _body_swapped, _one_kind_of_payment, _made_the_leader, _stake_as_control,
                  _offer_as_paid, _payment_kind_swapped, _stake_of_an_unnamed_holder):
        found = shape(text, spoken, quoted, words, passages, offset)
        if found:
            return found
    return []


def _first(pattern: re.Pattern, spoken: str, quoted: list) -> re.Match | None:
    """Return the first match of pattern in a sentence outside quotation marks, not negated nor made possible."""
    return next((match for match in pattern.finditer(spoken) if not inside(quoted, match.start())
                 and not _NEGATED_OR_POSSIBLE.search(spoken, max(0, match.start() - 30), match.start())), None)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _sentences(text: str) -> tuple[str, ...]:
    """Return a passage's sentences (as the build splits them: "No. 2" ends none), split at semicolons too."""
    return tuple(part for sentence in split_sentences(text, "en") for part in sentence.text.split(";") if part.strip())


def _restating(pattern: re.Pattern, words: frozenset[str], passages: list[Cited]) -> re.Match | None:
    """Return the first match of pattern in a passage's sentence sharing two content words with the sentence."""
    for passage in passages:
        for sentence in _sentences(passage.text):
            match = pattern.search(sentence)
            if match and len(words & content_words(sentence, _NOT_CONTENT)) >= _RESTATES:
                return match
    return None


def _refused(offset: int, text: str, said: str, hint: str) -> list[Finding]:
    """Return the one finding of a deal misstated: what the sentence says against its passages, and what to do."""
    return [Finding(offset, f"this sentence {said}: {clipped(text)}", hint)]


# A review told as decided
_DECIDED = patterns.compile(r"(?<![\w-])(?:blocked|cleared|prohibited|vetoed|barred|waved\s+through|green[-\s]?lit"
                            r"|gave\s+(?:[\w'’]+\s+){0,3}?(?:the\s+)?(?:go-ahead|green\s+light))(?![\w-])",
                            re.IGNORECASE)
_UNDER_REVIEW = patterns.compile(
    r"(?<!\w)(?:(?:is|are|was|were)\s+(?:still\s+|now\s+)?(?:reviewing|investigating|examining|probing|scrutini[sz]ing"
    r"|assessing|looking\s+into)|under\s+(?:an?\s+)?(?:(?:in-depth|formal|antitrust|regulatory)\s+)?(?:review"
    r"|investigation|scrutiny|examination)|(?:opened|launched|began|started)\s+(?:an?\s+)?(?:(?:in-depth|formal|full"
    r"|antitrust|competition|phase\s+(?:2|two))\s+)*(?:investigation|inquiry|probe|review))(?!\w)", re.IGNORECASE)
# What a regulator decides on: "blocked the takeover", not "blocked the road"
_DEAL = frozenset({"deal", "deals", "merger", "mergers", "takeover", "takeovers", "acquisition", "acquisitions",
                   "purchase", "bid", "bids", "sale", "transaction", "buyout", "offer", "tie", "combination",
                   "venture", "plan", "application", "licence", "license"})
_KEPT_REVIEW = patterns.compile(r"(?<!\w)(?:review\w*|investigat\w*|examin\w*|prob(?:e|es|ing)|scrutin\w*|inquiry"
                                r"|assess\w*)(?!\w)", re.IGNORECASE)
_ANY_DECISION = patterns.compile(
    r"(?<![\w-])(?:blocked|cleared|prohibited|vetoed|barred|approved|approval|rejected|allowed|authori[sz]ed"
    r"|ruled|decided|decision|waved\s+through|green[-\s]?l\w+|go-ahead)(?![\w-])", re.IGNORECASE)


def _review_as_decided(text: str, spoken: str, quoted: list, words: frozenset[str], passages: list[Cited],
                       offset: int) -> list[Finding]:
    """Return a finding when text tells as decided ("blocked") a deal its passages give as under review."""
    decided = _first(_DECIDED, spoken, quoted)
    if decided is None or not may_hold(spoken, _DEAL) or _KEPT_REVIEW.search(spoken):
        return []  # "protesters blocked the road": no deal decided
    review = _restating(_UNDER_REVIEW, words, [p for p in passages if _may_review(p.text)])
    if review is None or any(_ANY_DECISION.search(passage.text) for passage in passages):
        return []
    shown = " ".join(review.group().split())
    return _refused(offset, text, f"tells as decided ('{decided.group()}') what its cited passages give only as under "
                                  f"review ('{shown}')",
                    f"keep the source's words ('{shown}': a review is no decision yet), or cite a passage that gives "
                    "the decision")


@functools.lru_cache(maxsize=1 << 12)
def _may_review(text: str) -> bool:
    """Say whether a passage may give something as under review (a `str` search before any pattern)."""
    return may_contain(text, ("review", "investigat", "examin", "prob", "scrutin", "assess", "looking into", "inquiry"))


# Who acted: a company's board or its owners
_BOARD, _OWNERS = "board", "shareholders"
_BODY = (r"(?P<body>board(?:\s+of\s+directors)?|directors|shareholders|stockholders|investors|shareholder"
         r"|stockholder)")
_ACT = (r"(?P<act>approved|approve|approves|backed|back|backs|rejected|reject|rejects|endorsed|endorse|endorses"
        r"|recommended|recommend|recommends|voted|vote|votes|accepted|accept|accepts|turned\s+down|spurned|supported"
        r"|opposed|agreed)")
_BODY_ACTED = patterns.compile(
    rf"(?<![\w-]){_BODY}(?:\s+of\s+[A-Z][\w'’-]*)?\s+(?:(?:have|has|had|will|would|unanimously|formally|also"
    rf"|overwhelmingly|narrowly|both|all|later|then|on\s+\w+)\s+)*{_ACT}(?![\w-])"
    rf"|(?<![\w-]){_ACT.replace('(?P<act>', '(?P<passive>')}\s+by\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"{_BODY.replace('(?P<body>', '(?P<agent>')}(?![\w-])", re.IGNORECASE)


def _kind(match: re.Match) -> str:
    """Return whose act a match gives: the board's or the owners'."""
    body = (match["body"] or match["agent"]).casefold()
    return _BOARD if body.startswith(("board", "director")) else _OWNERS


def _same_act(match: re.Match, own: re.Match) -> bool:
    """Say whether two acts are one body's same act ("board backed", "board has backed")."""
    return _kind(match) == _kind(own) and (match["act"] or match["passive"]).casefold() == (
        own["act"] or own["passive"]).casefold()


def _body_swapped(text: str, spoken: str, quoted: list, words: frozenset[str], passages: list[Cited],
                  offset: int) -> list[Finding]:
    """Return a finding when text gives a board's act to its shareholders, or theirs to the board."""
    own = _first(_BODY_ACTED, spoken, quoted)
    if own is None:
        return []
    kinds, other = set(), None
    for passage in passages:
        for sentence in _sentences(passage.text):
            acted = [match for match in _BODY_ACTED.finditer(sentence)]
            if any(_same_act(match, own) for match in acted):
                return []  # "the board backed the deal": the passage's own words, beside the owners' vote
            if acted and len(words & content_words(sentence, _NOT_CONTENT)) >= _RESTATES:
                kinds |= {_kind(match) for match in acted}
                other = other or next((match for match in acted if _kind(match) != _kind(own)), None)
    if other is None or _kind(own) in kinds:
        return []
    shown, theirs = " ".join(own.group().split()), " ".join(other.group().split())
    return _refused(offset, text, f"gives the act to the {_kind(own)} ('{shown}') where its cited passages give it to "
                                  f"the {_kind(other)} ('{theirs}')",
                    "keep who acted as the source says (a board's decision is not its shareholders' vote), or cite a "
                    "passage that says so")


# A payment in cash and shares told as one kind
_MIX = patterns.compile(r"(?<!\w)(?:cash[-\s]+(?:and|plus|&)[-\s]+(?:shares?|stock|equity|securities|paper)"
                        r"|(?:shares?|stock|equity|securities|paper)[-\s]+(?:and|plus|&)[-\s]+cash)(?!\w)",
                        re.IGNORECASE)
_KEPT_MIX = patterns.compile(r"(?<!\w)(?:mix|mixture|combination|part|partly|partially|mostly|mainly|largely|chiefly"
                             r"|primarily|half|some)(?!\w)", re.IGNORECASE)
_ONE_KIND = patterns.compile(r"(?<![\w-])(?:all[-\s](?P<cash>cash)|(?P<cash2>cash)[-\s]only|(?:entirely|wholly|solely"
                             r"|purely|only)\s+in\s+(?P<cash3>cash|shares|stock)|(?:in|for)\s+(?P<cash4>cash|shares"
                             r"|stock)|all[-\s](?:stock|share))(?![\w-])", re.IGNORECASE)

_CASH = patterns.compile(r"(?<![\w-])cash(?![\w-])", re.IGNORECASE)
_SHARES = patterns.compile(r"(?<![\w-])(?:shares?|stock|equity)(?![\w-])", re.IGNORECASE)


def _one_kind_of_payment(text: str, spoken: str, quoted: list, words: frozenset[str], passages: list[Cited],
                         offset: int) -> list[Finding]:
    """Return a finding when text tells as paid in cash (or in shares) what its passages pay in cash and shares."""
    if _MIX.search(spoken) or _KEPT_MIX.search(spoken):
        return []
    one = _first(_ONE_KIND, spoken, quoted)
    if one is None:
        return []
    mix = _restating(_MIX, words, passages)
    kind = _CASH if "cash" in one.group().casefold() else _SHARES
    if mix is None or any(kind.search(_MIX.sub(" ", passage.text)) for passage in passages):
        return []  # a passage names that kind of payment outside the mix too ("$20 in cash and $20 in shares")
    shown = " ".join(one.group().split())
    return _refused(offset, text, f"tells the payment as one kind ('{shown}') where its cited passages give it in "
                                  f"both ('{' '.join(mix.group().split())}')",
                    "keep both parts of the payment as the source gives them, or cite a passage that says it is paid "
                    "so")


# One of the leaders told as the leader
_LEADS = (r"(?<!of\s)(?<!among\s)(?<!of\s)the\s+(?:(?:global|world|world['’]s|market|industry|sector|undisputed|clear"
          r"|overall)\s+)?leader(?!s)|(?<!\w)(?:leads|led)\s+the\s+(?:\w+\s+)?(?:market|industry|sector|field)"
          r"|(?<!of\s)(?<!among\s)the\s+leading\s+\w+|(?<!\w)market[-\s]leading")
_LEADER = patterns.compile(rf"(?:{_LEADS})(?![\w-])", re.IGNORECASE)
_ONE_OF = patterns.compile(
    r"(?<!\w)(?:(?:one\s+of|among)\s+the\s+(?:[\w-]+\s+){0,2}?(?:leaders|leading)|an?\s+(?:(?:global|world|market"
    r"|industry|sector)\s+)?leader(?!s)|an?\s+leading|(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[-\s]+(?:largest"
    r"|biggest|leading|ranked)|(?:no\.?|number)\s*(?:[2-9]|two|three|four|five)(?!\d))(?![\w-])", re.IGNORECASE)
_SAID_LEADS = patterns.compile(rf"(?:{_LEADS}|(?<!\w)(?<!-)(?:largest|biggest)|number\s+one|no\.?\s*1(?!\d))"
                               r"(?![\w-])", re.IGNORECASE)


def _made_the_leader(text: str, spoken: str, quoted: list, words: frozenset[str], passages: list[Cited],
                     offset: int) -> list[Finding]:
    """Return a finding when text makes the leader ("the market leader") what its passages make one of them."""
    leader = _first(_LEADER, spoken, quoted)
    if leader is None:
        return []
    one_of = _restating(_ONE_OF, words, passages)
    if one_of is None or any(_SAID_LEADS.search(_ONE_OF.sub(" ", passage.text)) for passage in passages):
        return []
    shown = " ".join(one_of.group().split())
    return _refused(offset, text, f"makes it the leader ('{' '.join(leader.group().split())}') where its cited "
                                  f"passages say '{shown}'",
                    "keep the source's rank (one of the leaders, or the second, is not the leader), or cite a passage "
                    "that says it leads")


# A stake told as control, or a majority stake as a minority
_CONTROL = patterns.compile(
    r"(?<![\w-])(?P<majority>majority\s+(?:stake|holding|shareholder|owner|interest|control)|controlling\s+(?:stake"
    r"|interest|shareholder|holding)|majority[-\s]owned|(?:controls|took\s+control|taken\s+control|takes\s+control"
    r"|in\s+control|control\s+of)(?!\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?\d)"
    r"|owns\s+(?:most|a\s+majority)\s+of)"
    r"|(?<![\w-])(?P<minority>minority\s+(?:stake|holding|shareholder|owner|interest))(?![\w-])", re.IGNORECASE)
_PERCENT = (r"(?P<bound>(?:about|around|roughly|some|nearly|almost|just\s+under|less\s+than|under|over|more\s+than"
            r"|above|at\s+least)\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)")
_STAKE = patterns.compile(
    rf"(?<![\w.]){_PERCENT}\s+(?:stake|holding|interest|shareholding)"
    rf"|(?<!\w)(?:stake|holding|interest|shareholding)\s+of\s+{_PERCENT.replace('?P<', '?P<b')}"
    rf"|(?<!\w)(?:owns?|holds?|held|owned|bought|acquired|took|taken|has|have)\s+(?:a\s+)?"
    rf"{_PERCENT.replace('?P<', '?P<c')}\s+(?:of|in)(?!\w)"
    rf"|(?<![\w.]){_PERCENT.replace('?P<', '?P<d')}\s+of\s+(?:the\s+|its\s+|[\w-]+['’]s\s+)?(?:shares|stock"
    r"|equity|voting\s+rights)(?!\w)"
    r"|(?<!\w)(?P<small>minority\s+(?:stake|holding|interest|shareholding))(?!\w)", re.IGNORECASE)
_UPWARD = ("over", "more than", "above", "at least")
_ROUGH = ("about", "around", "roughly", "some", "nearly", "almost")
_SAID_CONTROL = patterns.compile(r"(?<![\w-])(?:majority|controls?|controlling|controlled)(?![\w-])", re.IGNORECASE)


def _stake_size(match: re.Match) -> str:
    """Return what a passage's stake is: "minority", "majority" or "" where its figure may be either."""
    if match["small"]:
        return "minority"
    number, bound = next((match[f"{p}n"], match[f"{p}bound"]) for p in ("", "b", "c", "d") if match[f"{p}n"])
    share = float(number)
    bound = " ".join((bound or "").casefold().split())
    if (bound in _UPWARD and share < 50) or (bound in _ROUGH and 45 <= share <= 55):
        return ""  # "more than 45%", "about 50%": may be over half
    return "majority" if share > 50 else "minority"


def _stake_as_control(text: str, spoken: str, quoted: list, words: frozenset[str], passages: list[Cited],
                      offset: int) -> list[Finding]:
    """Return a finding when text tells a stake of half or less as control (or one over half as a minority)."""
    told = _first(_CONTROL, spoken, quoted)
    if told is None:
        return []
    told_size = "majority" if told["majority"] else "minority"
    for passage in passages:
        for sentence in _sentences(passage.text):
            stakes = [match for match in _STAKE.finditer(sentence)]
            sizes = {_stake_size(match) for match in stakes}
            if not stakes or told_size in sizes or "" in sizes or len(
                    words & content_words(sentence, _NOT_CONTENT)) < _RESTATES:
                continue
            if any((_SAID_CONTROL if told_size == "majority" else re.compile("minority", re.IGNORECASE)).search(
                    _STAKE.sub(" ", other.text)) for other in passages):
                return []
            shown = " ".join(stakes[0].group().split())
            said = "control or a majority" if told_size == "majority" else "a minority"
            theirs = "half or less" if told_size == "majority" else "over half"
            return _refused(offset, text, f"gives {said} ('{' '.join(told.group().split())}') where its cited passages "
                                          f"give a stake of {theirs} ('{shown}')",
                            "keep the source's stake (half or less is no majority, nor control), or cite a passage "
                            "that says it")
    return []


# An offer told as paid: "paid $40 a share" citing "offered $40 a share"
_PAID = patterns.compile(r"(?<!\w)paid\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?(?P<figure>[$£€]\s?\d[\d,.]*"
                         r"(?:\s*(?:m|bn|million|billion))?|\d[\d,.]*\s*(?:%|per\s*cent|pence|p|cents|dollars|euros"
                         r"|pounds)(?!\w))", re.IGNORECASE)
_PAID_SAID = patterns.compile(r"(?<!\w)(?:paid|pays?|paying|payment|completed|closed)(?!\w)", re.IGNORECASE)


def _offer_as_paid(text: str, spoken: str, quoted: list, words: frozenset[str], passages: list[Cited],
                   offset: int) -> list[Finding]:
    """Return a finding when text tells as paid a price its passages give only as offered."""
    paid = _first(_PAID, spoken, quoted)
    if paid is None:
        return []
    figure = re.escape(paid["figure"].rstrip(".,")).replace(r"\ ", r"\s*")
    offered = _restating(re.compile(rf"(?<!\w)(?:offered|offering|offers?|bid|proposed)\s+(?:[\w'’-]+\s+){{0,3}}?"
                                    rf"(?:about\s+|some\s+)?{figure}", re.IGNORECASE), words, passages)
    if offered is None or any(_PAID_SAID.search(passage.text) for passage in passages):
        return []
    shown = " ".join(offered.group().split())
    return _refused(offset, text, f"tells as paid ('{' '.join(paid.group().split())}') what its cited passages give "
                                  f"only as offered ('{shown}')",
                    f"keep the source's word ('{shown}': an offer is no price paid), or cite a passage that says it "
                    "was paid")


# A payment in one kind told as in the other: "310p a share in shares" citing "310p a share in cash"
_PAID_IN_SHARES = patterns.compile(
    r"(?<![\w-])(?:(?:in|with)\s+(?:new\s+|its\s+own\s+|[A-Z][\w'’-]*\s+)?(?:shares|stock)"
    r"|all[-\s](?:share|stock|paper)|share[-\s]for[-\s]share|(?:share|stock)[-\s](?:swap|exchange)|paper\s+offer)"
    r"(?![\w-])")
_PAID_IN_CASH = patterns.compile(r"(?<![\w-])(?:(?:in|for)\s+cash|all[-\s]cash|cash[-\s]only|cash\s+(?:offer|bid|deal"
                                 r"|payment|consideration|terms))(?![\w-])", re.IGNORECASE)
# "offering 310p a share in shares": a sentence telling a payment
_PAYING = patterns.compile(r"(?<!\w)(?:pay\w*|paid|offer\w*|bid\w*|deal|buy\w*|bought|acquir\w*|financ\w*|fund\w*"
                           r"|price\w*|valu\w*|worth|receiv\w*|consideration|takeover|\d+p|[$£€]\s?\d)(?!\w)",
                           re.IGNORECASE)
_NOT_THIS_KIND = patterns.compile(r"(?<!\w)(?:not|nor|no|rather\s+than|instead\s+of|never)\s+(?:\w+\s+)?$",
                                  re.IGNORECASE)
# "a rise in shares", "a stake in shares": shares as what moved or was held, no payment
_SHARES_NO_PAYMENT = patterns.compile(r"(?<!\w)(?:rise|rises|rose|fall|falls|fell|drop|dropped|jump|jumped|gain|gains"
                                      r"|increase|decrease|decline|slump|surge|trading|traded|dealing|interest|stake"
                                      r"|invest\w*|holdings?|moves?|change)\s+(?:of\s+\S+\s+)?$", re.IGNORECASE)


def _kind_told(pattern: re.Pattern, spoken: str, quoted: list) -> re.Match | None:
    """Return the first payment of pattern's kind a sentence tells, after a payment's words and not set aside."""
    return next((match for match in pattern.finditer(spoken) if not inside(quoted, match.start())
                 and _PAYING.search(spoken)
                 and not _NOT_THIS_KIND.search(spoken, max(0, match.start() - 25), match.start())
                 and not _SHARES_NO_PAYMENT.search(spoken, max(0, match.start() - 25), match.start())
                 and not _NEGATED_OR_POSSIBLE.search(spoken, max(0, match.start() - 30), match.start())), None)


def _payment_kind_swapped(text: str, spoken: str, quoted: list, words: frozenset[str], passages: list[Cited],
                          offset: int) -> list[Finding]:
    """Return a finding when text pays in shares what its passages pay in cash only, or in cash what they pay in
    shares only."""
    if _MIX.search(spoken) or _KEPT_MIX.search(spoken) or any(_MIX.search(passage.text) for passage in passages):
        return []  # a mix is _one_kind_of_payment's
    if _PAID_IN_CASH.search(spoken) and _PAID_IN_SHARES.search(spoken):
        return []  # "£2.6bn in cash and £1.25bn in shares": both kinds, each its part
    for told, theirs, other in ((_PAID_IN_SHARES, _PAID_IN_CASH, _PAID_IN_SHARES), (_PAID_IN_CASH, _PAID_IN_SHARES,
                                                                                     _CASH)):
        said = _kind_told(told, spoken, quoted)
        if said is None:
            continue
        given = _restating(theirs, words, passages)
        if given is None or any(other.search(passage.text) for passage in passages):
            return []  # a passage pays that kind too, or names cash at all
        return _refused(offset, text, f"tells the payment as '{' '.join(said.group().split())}' where its cited "
                                      f"passages pay '{' '.join(given.group().split())}'",
                        "keep the kind of payment the source gives (cash is not shares), or cite a passage that says "
                        "it is paid so")
    return []


# A stake given to a holder the passages never name: "Usdaw, which owns 14% of Fresco" of "Tideway Capital, which owns
# 14% of the company"
_NAME = r"(?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*"
_HELD = (r"(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|over|under|more\s+than|less\s+than)"
         r"\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)")
_HOLDER = patterns.compile(
    rf"(?P<holder>{_NAME}),?\s+(?:(?:which|who)\s+)?(?:owns|holds|owned|held|controls)\s+(?:an?\s+|a\s+stake\s+of\s+)?"
    rf"{_HELD}|(?P<holder2>{_NAME})['’]s?\s+{_HELD.replace('?P<n>', '?P<n2>')}[-\s]+(?:stake|holding|shareholding)")
_NOT_NAMES = frozenset({"the", "a", "an", "its", "their", "it", "this", "that", "but", "and", "while", "as", "of"})


def _holder(match: re.Match) -> tuple[str, str]:
    """Return the holder a stake's match names (leading "The" and the like dropped) and its figure."""
    words = (match["holder"] or match["holder2"]).split()
    while words and words[0].casefold() in _NOT_NAMES:
        words = words[1:]
    return " ".join(words), match["n"] or match["n2"]


def _named_in(holder: str, passages: list[Cited]) -> bool:
    """Say whether a passage names any word of a holder (its possessive's "'s" dropped)."""
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", passage.text, re.IGNORECASE)
               for word in re.sub(r"['’]s?$", "", holder).split() if len(word) >= 2 for passage in passages)


def _initials(holder: str) -> str:
    """Return the initials of a holder's capitalized words: "TC" of "Tideway Capital"."""
    return "".join(word[0] for word in holder.split() if word[0].isupper())


def _stake_of_an_unnamed_holder(text: str, spoken: str, quoted: list, words: frozenset[str], passages: list[Cited],
                                offset: int) -> list[Finding]:
    """Return a finding when text gives a stake's figure to a holder no passage names, where a passage gives that
    figure's stake to a holder it names."""
    for match in _HOLDER.finditer(spoken):
        holder, figure = _holder(match)
        if not holder or inside(quoted, match.start()) or _named_in(holder, passages):
            continue
        for passage in passages:
            for theirs in _HOLDER.finditer(passage.text):
                named, their_figure = _holder(theirs)
                if named and float(their_figure) == float(figure) and _initials(named) != holder.replace(".", ""):
                    return _refused(offset, text, f"gives the {figure}% stake to {holder}, whom its cited passages "
                                                  f"never name: they give it to {named}",
                                    "keep the holder the source names, or cite a passage that names this one")
    return []
