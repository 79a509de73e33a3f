"""A majority kept to the share: "A majority of voters backed the deal" may not cite "49% of voters backed the deal",
nor "A minority of voters backed the deal" cite "51% of voters backed the deal".

"Most", "a majority", "the majority", "the bulk", "the greater part" and "the larger part" say more than half, and so
do "an overwhelming majority" and "overwhelmingly" after what it is of ("Members overwhelmingly backed the strike");
"a minority" says less. Where a passage gives a percentage, or a count of a whole ("61 of the 100 members"), of the
same thing ("49% of voters", "nearly 50% of members": the same first five letters) in a clause sharing another word of
four letters or more with the sentence, the sentence is refused where every such share, as written, is half or less
(for a majority) or more than half (for a minority). A plural opening a sentence with no word of how many ("Members
backed the strike") tells of them all, or most, by a verb of a stance or a vote ("backed", "opposed", "voted"), and is
read as a majority: refused citing "48% of members backed the strike", built citing "61% of members"
(tests/test_factcheck_110.py). A share given exactly leaves no room: 49% or 50% is no majority. One a rounding word
hedges ("some 48%", "about 47%") may be a reporter's rounding of one over half, as proportions.py holds: below 45%
(above 55%) only is it refused, and "most" or "a majority" of a share under 45% is proportions.py's to name, as is
"most" of a count of half or less. A share bounded the other way ("more than 45%", "over 49%" for a majority) may be
over half and builds; so does a passage that says "most" or "a majority" itself. English text is read; words in
quotation marks are not.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked
from .wordset import may_hold

_WHOSE = r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|these\s+|those\s+|[a-z][\w-]*(?:['’]s|s['’])\s+)?"
_SAID = patterns.compile(rf"(?<![\w-])(?<!the\s)(?<!at\s)(?P<word>(?P<minority>a\s+minority)|most|(?:more\s+than|over)\s+half"
                         rf"|(?:a|an|the)\s+(?:overwhelming\s+)?majority|the\s+bulk|the\s+(?:greater|larger)\s+part)"
                         rf"(?:\s+of)?\s+{_WHOSE}(?P<what>[a-z][a-z-]{{2,}})(?!\w)", re.IGNORECASE)
# a majority told by the adverb after what it is of: "Members overwhelmingly backed the strike" (factcheck_106)
_SAID_AFTER = patterns.compile(r"(?<![\w-])(?P<what>[a-z][a-z-]{2,})\s+(?P<word>overwhelmingly)(?!\w)", re.IGNORECASE)
# a plural with no word of how many opening a sentence tells of them all, or most: "Members backed the strike"
# citing "48% of members backed the strike" (factcheck_110)
# what they did by its verb, a word of the passage's clause giving the share ("Members were split" is no "backed"),
# and one of a stance or a vote: a deed says only that some did it ("Workers went on strike" of "Only 40 of the 120
# workers went on strike", tests/test_factcheck_103.py)
_STANCES = ("backed|supported|approved|endorsed|favou?red|opposed|rejected|voted|accepted|agreed|wanted|preferred"
            "|back|support|approve|endorse|favou?r|oppose|reject|vote|accept|agree|want|prefer")
_BARE_PLURAL = patterns.compile(rf"\s*(?P<word>(?P<what>[A-Z][a-z-]{{2,}}s))(?=\s+(?P<verb>{_STANCES})(?!\w))")
# what every match of _SAID holds: looked up in the sentence's words before the pattern runs
_SAID_WORDS = frozenset({"most", "majority", "minority", "bulk", "greater", "larger", "half", "overwhelmingly"})
_BELOW = r"nearly|almost|just\s+under|under|less\s+than|fewer\s+than|below|up\s+to|at\s+most"
_ABOVE = r"more\s+than|over|just\s+over|above|at\s+least"
_ROUNDED = r"some|about|around|roughly|approximately|an\s+estimated|close\s+to"
_SHARE = patterns.compile(
    rf"(?<![\w-])(?:(?P<below>{_BELOW})|(?P<above>{_ABOVE})|(?P<rounded>{_ROUNDED})|only|just)?\s*"
    rf"(?<![\w.,])(?:(?P<share>\d{{1,3}}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)"
    # a count of a whole is its share: "61 of the 100 members", "61 out of 100 members"
    rf"|(?P<part>\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?P<whole>\d[\d,]*))"
    rf"\s+(?(share)of\s+{_WHOSE})(?P<what>[a-z][a-z-]{{2,}})(?!\w)", re.IGNORECASE)
_PASSAGE_MAJORITY = patterns.compile(rf"(?<![\w-])(?<!the\s)(?<!at\s)(?:most|(?:a|the)\s+majority|the\s+bulk)"
                                     rf"(?:\s+of)?\s+{_WHOSE}(?P<what>[a-z][a-z-]{{2,}})(?!\w)", re.IGNORECASE)
_PASSAGE_MINORITY = patterns.compile(rf"(?<![\w-])a\s+minority\s+of\s+{_WHOSE}(?P<what>[a-z][a-z-]{{2,}})(?!\w)",
                                     re.IGNORECASE)
_HALF, _ROUNDING = Decimal(50), Decimal(5)
_READ_BY_PROPORTIONS = frozenset({"most", "a majority", "the majority", "more than half", "over half"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "most", "majority", "minority", "bulk", "greater", "larger",
                          "part", "percent", "cent"})


def misstated_majorities(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says a majority (a minority) of what a passage restating it gives a share of half
    or less (over half)."""
    if not in_english(language) or not passages:
        return []
    spoken = markers_blanked(text)
    saids = [*_SAID.finditer(spoken), *_SAID_AFTER.finditer(spoken)] if may_hold(text, _SAID_WORDS) else []
    saids += [bare] if (bare := _BARE_PLURAL.match(spoken)) else []
    if not saids:
        return []  # most sentences say no majority: found by a set lookup and one match at their start
    quoted = quoted_parts(spoken)
    own = content_words(spoken, _NOT_CONTENT)
    for said in saids:
        what = said["what"].casefold()
        if inside(quoted, said.start()):
            continue
        minority = bool(said.groupdict().get("minority"))
        backing = _PASSAGE_MINORITY if minority else _PASSAGE_MAJORITY
        if any(found["what"].casefold()[:5] == what[:5]
               for passage in passages for found in backing.finditer(passage.text)):
            continue  # a passage says it itself
        # the shares of that thing in a clause restating the sentence: "49% of voters backed the deal, 51% opposed
        # it" backs "most voters opposed it" by the second, and refuses "a majority backed the deal" by the first
        shares = [found for passage in passages for found in _SHARE.finditer(passage.text)
                  if found["what"].casefold()[:5] == what[:5]
                  and (own - {what}) & content_words(clause := _clause_of(passage.text, found), _NOT_CONTENT)
                  and (said.re != _BARE_PLURAL or _holds_word(clause, said["verb"]))]
        share = shares[0] if shares and all(_contradicts(found, minority) for found in shares) else None
        if share and " ".join(said["word"].casefold().split()) in _READ_BY_PROPORTIONS \
                and (share["part"] or _percent(share) < _HALF - _ROUNDING):
            continue  # "most" of a count of half or less, or of a share under 45%, is proportions.py's to name, once
        if share and said.re == _BARE_PLURAL:
            return [Finding(offset + said.start(), f"this sentence tells of '{said['word']}' as a whole where its "
                                                   f"cited passages give '{' '.join(share.group().split())}', no "
                                                   f"more than half: {clipped(text)}",
                            "give the source's share, or a word that fits it ('some', 'nearly half')")]
        if share:
            return [Finding(offset + said.start(), f"this sentence says '{' '.join(said['word'].split())}' where its "
                                                   f"cited passages give '{' '.join(share.group().split())}', "
                                                   f"{'over' if minority else 'no more than'} half: {clipped(text)}",
                            "give the source's share, or a word that fits it ('nearly half', 'a minority')")]
    return []


_CLAUSE_END = patterns.compile(r"[,;:!?]|\.(?!\d)|\s(?:and|but|while|whereas)\s")


def _clause_of(text: str, share: re.Match) -> str:
    """Return the words of a passage's clause that gives a share: who had it ("Ibarra won 48% of the vote"), what it
    is of, and what it did."""
    end = _CLAUSE_END.search(text, share.end())
    start = max((found.end() for found in _CLAUSE_END.finditer(text, 0, share.start())), default=0)
    return text[start:end.start() if end else len(text)]


def _holds_word(clause: str, word: str) -> bool:
    """Say whether a clause holds a word, as a word of its own."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", clause, re.IGNORECASE) is not None


def _percent(share: re.Match) -> Decimal:
    """Return the per cent a passage's share or count of a whole is."""
    if share["share"]:
        return Decimal(share["share"])
    whole = Decimal(share["whole"].replace(",", ""))
    return Decimal(100) * Decimal(share["part"].replace(",", "")) / whole if whole else Decimal(-1)


def _contradicts(share: re.Match, minority: bool) -> bool:
    """Say whether a passage's share, as its qualifier bounds it, cannot be a majority (a minority, with `minority`)."""
    value = _percent(share)
    if value < 0:
        return False  # "5 of 0": no share
    if share["rounded"]:
        return value > _HALF + _ROUNDING if minority else value < _HALF - _ROUNDING
    if minority:
        return value > _HALF and not share["below"] or value >= _HALF and bool(share["above"])
    return value <= _HALF and not share["above"]
