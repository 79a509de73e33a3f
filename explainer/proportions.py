"""Proportions kept: a sentence may not say "all" (or "every") of what the passages it cites give only a part of.

"All of the refugees returned to Kabul" (or "the entire", "the whole") citing "Most of the refugees returned to
Kabul" (or "many", "some", "several", "half", "a third", "two-thirds", "a majority", "nearly all", "almost all", a
share under 100%: "48% of members")
makes the source's part the whole; "most" (or "a majority") of what a passage gives as half or less ("a third",
"nearly half", a share under 45%: "some 38% of voters") makes its minority a majority. The part is read where a passage's sentence names the same thing after it ("most
of the refugees": its first word after "of", "the" or a possessive, in the same first five letters: "every crossing"
for "most crossings") and
shares another word of four letters or more with the sentence. A sentence that keeps a part of its own ("nearly
all", "almost all", "not all", "all but") is not read, nor words in quotation marks; one a passage backs with "all",
"every", "each", "entire" or "whole" of the same thing builds. A whole ("both", "all", "every one" of it) told as
one of it, or as some, a few, most or half of it, is refused alike; a passage's thing may be named a word or two after
its kind ("all of its branch libraries" names libraries), or a part opening a sentence by the first words of the
sentence before ("Parents were divided. Some joined teachers" gives some parents: tests/test_factcheck_94.py), or a
part by pronoun ("most of them") by a word of its sentence before it, the two sentences sharing a word of the part's
own clause: "All of the 1,800 job cuts will be at Norwave's headquarters" citing "cut about 1,800 jobs over three
years ..., most of them at Norwave's headquarters" is refused, "all 1,800 job cuts will come over three years" is not
read (tests/test_factcheck_107.py). English text is read.
"""

from __future__ import annotations

import re

from . import numbers, patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked

# whose, before a count or the thing: "of Pakistan's 94 posts", "of the plaintiffs' claims", "half of that revenue"
_WHOSE = (r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|these\s+|those\s+|that\s+|this\s+)?"
          r"(?:[a-z][\w-]*(?:['’]s|s['’])\s+)?")
# a count, in digits or in words ("twenty-two"), as numbers.py reads a count in words
_COUNT = rf"(?:\d[\d,]*|{numbers.COUNT_IN_WORDS})"
# a count may stand before the thing: "all 22 plants", "all of the 22 border posts", "all 31 of its bus routes"
_OF = (rf"\s+(?:of\s+)?{_WHOSE}(?:(?P<count>{_COUNT})\s+(?:of\s+{_WHOSE})?)?"
       r"(?P<what>[a-z][a-z-]{2,})(?!\w)")
# "all of them suspected" names its whole by the word after the pronoun, as "many suspected" does; "every one of"
# "the entire budget", "its whole revenue", "the whole of the budget": the whole, as "all" says it (newuser_32)
_ALL = patterns.compile(rf"(?<![\w-])(?P<all>all|every(?:\s+one)?|(?:the|its|their)\s+(?:entire|whole))"
                        rf"(?:\s+of\s+(?:them|these|those))?{_OF}", re.IGNORECASE)
# a share under a whole is a part too: "All members backed the strike" citing "48% of members backed the strike"
# (factcheck_106); not a share "of all ballots", which names the whole as the passage's own "all"
_PER_CENT_PART = (r"(?<![\w.,])[1-9]\d?(?:\.\d+)?\s*(?:%|per\s*cent|percent)"
                  r"(?!\s+of\s+(?:all|every|the\s+(?:entire|whole))(?!\w))")
_PART = patterns.compile(rf"(?<![\w-])(?P<part>most|many|some|several|half|a\s+third|two-thirds|a\s+majority"
                         rf"|the\s+majority|(?:nearly|almost|virtually)\s+all|{_PER_CENT_PART}){_OF}", re.IGNORECASE)
# a count that is a part: "19 of the 22 posts", "Of the 22 posts, 19 were seized", "19 posts" (of no whole given)
# ("41 out of 94 posts", "41 of Pakistan's 94 posts", "41 posts out of 94", "Of the 94 posts on the border, 41" were
# read as no part, and "most posts" built on them)
_COUNTED_PART = patterns.compile(rf"(?<![\w.,])(?P<part>{_COUNT})\s+(?:out\s+)?of\s+{_WHOSE}(?P<whole>{_COUNT})\s+"
                                 r"(?P<what>[a-z][a-z-]{2,})(?!\w)"
                                 rf"|(?<!\w)of\s+{_WHOSE}(?P<whole2>{_COUNT})\s+(?P<what2>[a-z][a-z-]{{2,}})"
                                 rf"(?:\s+[a-z-]+){{0,4}},\s+(?P<part2>{_COUNT})(?![\w.,]\d)"
                                 rf"|(?<![\w.,])(?P<part4>{_COUNT})\s+(?P<what4>[a-z][a-z-]{{2,}})\s+out\s+of\s+"
                                 rf"{_WHOSE}(?P<whole4>{_COUNT})(?![\w.,]\d)"
                                 r"|(?<![\w.,])(?P<bare>\d[\d,]*)\s+(?P<what3>[a-z][a-z-]{2,})(?!\w)", re.IGNORECASE)
# "most" (more than half) of what a passage gives as half or less, or as "many" or "some" (which say no more than a
# part): "most of the posts" for "a third of the posts", "most suspected" for "many suspected"
_MOST = patterns.compile(rf"(?<![\w-])(?P<all>most|(?:the|a)\s+majority|more\s+than\s+half|over\s+half){_OF}",
                         re.IGNORECASE)
# a share clearly under half: "some 38% of voters", "40 per cent of members"; not one raised ("more than 40%", "over
# 40%" may be most) nor one from 45% to 50%, which a rounding "most" or "a majority" may fairly restate
_UNDER_45 = (r"(?:(?:some|about|around|roughly|nearly|almost|only|just|up\s+to|under|less\s+than)\s+)?"
             r"(?<!than\s)(?<!over\s)(?<!above\s)(?<!least\s)(?<![\w.,])(?:4[0-4]|[1-3]?\d)(?:\.\d+)?(?![\d.,]\d)"
             r"\s*(?:%|per\s*cent|percent)")
_LESS = patterns.compile(rf"(?<![\w-])(?P<part>(?:a|one)\s+(?:third|quarter|fifth|tenth)|(?:nearly|almost|just\s+under"
                         rf"|less\s+than|under|about|roughly)\s+half|half|a\s+minority|a\s+few|few|some|several|many|a\s+number"
                         rf"|one\s+in\s+(?:three|four|five|ten)|{_UNDER_45}){_OF}", re.IGNORECASE)
# a whole told as one of it: "one of its tram lines" citing "both of its tram lines" (newuser_34), "all of its libraries"
_ONE = patterns.compile(rf"(?<![\w-])(?<!every\s)(?<!each\s)(?P<all>one){_OF}", re.IGNORECASE)
_BOTH = patterns.compile(rf"(?<![\w-])(?P<part>both|all|(?:every|each)(?:\s+one)?){_OF}", re.IGNORECASE)
# a whole told as a part of it: "some of its branches" citing "all of its branch libraries" (newuser_34)
_SOME = patterns.compile(rf"(?<![\w-])(?P<all>some|several|a\s+few|few|many|most|half|(?:a|one)\s+(?:third|quarter"
                         rf"|fifth|tenth)|a\s+minority|a\s+number|(?:the|a)\s+majority){_OF}", re.IGNORECASE)
_ONE_KEPT_BEFORE = patterns.compile(r"(?<!\w)(?:least|than|only\s+one\s+or|or|and|any)\W*$", re.IGNORECASE)
_NOT_ONES = frozenset({"them", "these", "those", "us", "you", "which", "whom", "its", "their", "our", "the"})
# "the full $725 million award" says all of the award, an amount between (newuser_69)
_WHOLE = (r"(?<!\w)(?:all|every|each|entire|whole|full)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?"
          r"(?:[$£€]\s?\d[\d.,]*(?:\s+(?:million|billion|trillion))?\s+)?")
_KEPT_BEFORE = patterns.compile(r"(?<!\w)(?:nearly|almost|virtually|practically|not|n['’]t)\W*$", re.IGNORECASE)
# "seven in every ten members", "one of every five": a ratio, no whole (fractions_said.py reads its share)
_RATIO_BEFORE = patterns.compile(rf"(?<![\w-]){_COUNT}\s+(?:in|of|out\s+of)\s+$", re.IGNORECASE)
_NOT_THINGS = frozenset({"over", "but", "out", "along", "too", "that", "this", "the", "day", "time", "times", "sides",
                         "parties", "three", "four", "five",
                         # a rate's period, not a whole: "loses $2 million every month" (factcheck_66)
                         "hour", "week", "month", "quarter", "year", "morning", "night", "evening", "season", "decade"})
_PERIODS = frozenset({"day", "hour", "week", "month", "quarter", "year", "morning", "night", "evening", "season",
                      "decade"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "most", "many", "some", "several", "half", "majority",
                          "every", "nearly", "almost", "virtually"})


def widened_proportions(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says all (or every) of what a passage restating it gives only a part of, or most of
    what it gives as half or less."""
    folded = text.casefold()
    return (_made_all(text, folded, passages, offset) or _made_most(text, folded, passages, offset)
            or _made_one(text, folded, passages, offset) or _made_some(text, folded, passages, offset))


def _read(text: str) -> tuple[str, list[tuple[int, int]], frozenset[str]]:
    """Return text as the proportion checks read it: its citation markers blanked, the parts of it in quotation
    marks (another's words state no proportion of ours), and its content words."""
    spoken = markers_blanked(text)
    return spoken, quoted_parts(spoken), content_words(spoken, _NOT_CONTENT)


def _made_all(text: str, folded: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text (`folded`, casefolded) says all (or every) of what a passage restating it gives
    only a part of."""
    if ("all" not in folded and "every" not in folded and "entire" not in folded and "whole" not in folded) or (
            not _ALL.search(text)):
        return []  # most sentences: found by a plain search, then a pattern
    spoken, quoted, words = _read(text)
    for whole in _ALL.finditer(spoken):
        what = _as_counted(whole["what"].casefold(), passages)
        if (what in _NOT_THINGS or inside(quoted, whole.start())
                or _KEPT_BEFORE.search(spoken, max(0, whole.start() - 12), whole.start())
                or _a_ratio(spoken, whole)):
            continue
        if any(_says_all(passage.text, what) for passage in passages):
            continue  # a passage says all of it itself
        part = next((found for passage in passages for found in (*_parts(passage.text, what, words),
                                                                  *_counted_parts(passage.text, what, whole["count"],
                                                                                  words))), None)
        if part:
            return [Finding(offset, f"this sentence says '{' '.join(whole.group().split())}' where its cited "
                                    f"passages say '{part}': {clipped(text)}",
                            "keep the source's proportion, or cite a passage that says all")]
    return []


def _a_ratio(spoken: str, whole: re.Match) -> bool:
    """Say whether a whole is the second count of a ratio: "seven in every ten members" gives a share, no whole."""
    return (whole["all"].casefold() == "every" and whole["count"] is not None
            and _RATIO_BEFORE.search(spoken, max(0, whole.start() - 30), whole.start()) is not None)


def _as_counted(what: str, passages: list[Cited]) -> str:
    """Return a period "every" counts ("every day") as its plural where a passage gives a part of it ("on most days"),
    to be read as any whole is; else `what` as it stands (a rate's period, "loses $2 million every month", is no
    whole). Unread, "Shelling hit the town every day" cited "Shelling hit the town on most days" and built."""
    if what not in _PERIODS or not any(_PART.search(passage.text) for passage in passages):
        return what
    if any(re.search(rf"(?<![\w-])(?:a|an|per|each|every)\s+{what}(?![\w-])", passage.text, re.IGNORECASE)
           for passage in passages):
        return what  # "$2 million a month", "every day": a rate, or the whole said, in a passage
    plural = what + "s"
    return plural if any(match["what"].casefold() == plural for passage in passages
                         for match in _PART.finditer(passage.text)) else what


def _made_most(text: str, folded: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text says most (the majority) of what a passage restating it gives as half or less, or
    as no more than "many" or "some": "most of the posts" citing "a third of the posts", "the majority of residents"
    citing "nearly half of them"."""
    if ("most" not in folded and "majorit" not in folded and "half" not in folded) or not _MOST.search(text):
        return []  # most sentences: found by a plain search, then a pattern
    spoken, quoted, words = _read(text)
    for most in _MOST.finditer(spoken):
        what = most["what"].casefold()
        if what in _NOT_THINGS or inside(quoted, most.start()):
            continue
        if any(_PART.search(passage.text) and any(_parts(passage.text, what, words, _MOST)) for passage in passages):
            continue  # a passage says most of it itself
        part = next((found for passage in passages for found in (*_parts(passage.text, what, words, _LESS),
                                                                  *_counted_parts(passage.text, what, None, words,
                                                                                  at_most_half=True))), None)
        if part:
            return [Finding(offset + most.start(), f"this sentence says '{' '.join(most.group().split())}' where its "
                                                   f"cited passages say '{part}': {clipped(text)}",
                            "keep the source's proportion, or cite a passage that says most")]
    return []


def _made_one(text: str, folded: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text says one of what a passage restating it gives whole ("both", "all", "every",
    "each" of it), and no passage says one of it itself."""
    if "one of" not in folded or not _ONE.search(text):
        return []  # most sentences: found by a plain search, then a pattern
    return _made_part(text, passages, offset, _ONE)


def _made_some(text: str, folded: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text says some (a few, most, half) of what a passage restating it gives whole, and no
    passage says that part of it itself."""
    if " of " not in folded or not _SOME.search(text):
        return []  # most sentences: found by a plain search, then a pattern
    return _made_part(text, passages, offset, _SOME)


def _made_part(text: str, passages: list[Cited], offset: int, part: re.Pattern) -> list[Finding]:
    """Return a finding when text says a part (by `part`) of what a passage restating it gives whole, and no passage
    says that part of it itself."""
    spoken, quoted, words = _read(text)
    for one in part.finditer(spoken):
        what = one["what"].casefold()
        if (what in _NOT_THINGS or what in _NOT_ONES or inside(quoted, one.start())
                or _ONE_KEPT_BEFORE.search(spoken, max(0, one.start() - 12), one.start())):
            continue  # "at least one of", "one or both of": no part told
        if any(_parts(passage.text, what, words, part) for passage in passages if part.search(passage.text)):
            continue  # a passage says that part of it itself
        whole = next((found for passage in passages for found in _parts(passage.text, what, words, _BOTH, True)), None)
        if whole:
            return [Finding(offset + one.start(), f"this sentence says '{_with_next(spoken, one)}' where its "
                                                  f"cited passages say '{whole}': {clipped(text)}",
                            "keep the source's whole ('both', 'all'), or cite a passage that says this part")]
    return []


_NEXT_WORD = patterns.compile(r"\s+(?P<word>[a-z][a-z-]{3,})(?!\w)", re.IGNORECASE)
# words after a thing that name no more of it: "some of its wells after the spill"
_NOT_NAMING = frozenset({"after", "before", "since", "during", "until", "across", "under", "over", "within", "without",
                         "when", "while", "because", "were", "was", "are", "had", "has", "have", "will", "would"})


def _with_next(text: str, match: re.Match) -> str:
    """Return a match as written, with the word after it where that names the thing ("one of its tram lines")."""
    following = _NEXT_WORD.match(text, match.end())
    shown = match.group() + (following.group() if following and following["word"].casefold() not in _NOT_CONTENT
                             and following["word"].casefold() not in _NOT_NAMING else "")
    return " ".join(shown.split())


def _says_all(passage: str, what: str) -> bool:
    """Say whether a passage says all (every, each) of `what` itself, not "nearly all" of it."""
    whole = _PART.sub(lambda m: " " * len(m.group()), passage)
    return bool(re.search(_WHOLE + re.escape(what[:5]), whole, re.IGNORECASE))


def _parts(passage: str, what: str, words: frozenset[str], part: re.Pattern = _PART, named: bool = False) -> list[str]:
    """Return the parts of `what` (by `part`) a passage gives in a sentence sharing another word with the sentence;
    `named`, each with the word after it that names the thing."""
    found = []
    for match in part.finditer(passage):
        if _by_pronoun(match):
            if not _named_earlier(passage, match.start(), what):
                continue
            # what the part says of its pronoun's thing is its clause's own: "most of them at Norwave's headquarters"
            said = _sentence_of(passage, match.start())[match.start() - _sentence_start(passage, match.start()):]
        elif (match["what"].casefold()[:5] != what[:5] and not _named_after(passage, match.end(), what)
                and not _named_before(passage, match.start(), what)):
            continue  # "all of its branch libraries" names libraries, as "all of its libraries" does
        else:
            said = _sentence_of(passage, match.start())
        shared = content_words(said, _NOT_CONTENT) & words
        if len(shared - {match["what"].casefold(), what}) >= 1:
            found.append(_with_next(passage, match) if named else " ".join(match.group().split()))
    return found


def _counted_parts(passage: str, what: str, count: str | None, words: frozenset[str],
                   at_most_half: bool = False) -> list[str]:
    """Return the counts of `what` a passage gives as a part ("19 of the 22 posts", "Of the 22 posts, 19", "19 posts"
    with no whole) in a sentence sharing another word with the sentence, but a count the sentence gives its whole;
    `at_most_half`, only a part given with its whole that is half of it or less ("41,000 of the 94,000 workers" is
    no "most of the workers")."""
    if not numbers.may_count(passage):
        return []
    found = []
    for match in _COUNTED_PART.finditer(passage):
        thing = (match["what"] or match["what2"] or match["what4"] or match["what3"]).casefold()
        part = match["part"] or match["part2"] or match["part4"] or match["bare"]
        whole = match["whole"] or match["whole2"] or match["whole4"]
        if match["bare"] and _an_amount(passage, match.start()):
            continue  # "$725 million award" is an award's amount, no count of awards (newuser_69)
        if (thing[:5] != what[:5] and not _named_after(passage, match.end(), what)) or (
                count and numbers.count_written(part) == numbers.count_written(count)):
            continue  # "all 19 posts" citing "19 posts" says all of those
        if at_most_half and not _half_or_less(part, whole):
            continue
        shared = content_words(_sentence_of(passage, match.start()), _NOT_CONTENT) & words
        if len(shared - {thing, what, part.casefold(), (whole or "").casefold()}) >= 1:
            found.append(f"{part} of the {whole}" if whole else " ".join(match.group().split()))
    return found


def _an_amount(passage: str, at: int) -> bool:
    """Say whether the figure at `at` is an amount of money, a currency's sign right before it ("$725 million")."""
    return passage[max(0, at - 1):at] in _CURRENCY_SIGNS or passage[max(0, at - 2):at] in ("$ ", "£ ", "€ ")


_CURRENCY_SIGNS = frozenset("$£€¥₹")
_NEXT_WORDS = patterns.compile(r"(?:\s+[a-z][a-z-]*){1,2}", re.IGNORECASE)


def _named_after(passage: str, at: int, what: str) -> bool:
    """Say whether one of the two words after a counted part's first word names `what`: the thing after its kind,
    "28 of its 31 bus routes" counts routes."""
    following = _NEXT_WORDS.match(passage, at)
    return following is not None and any(word.casefold()[:5] == what[:5] for word in following.group().split())


_OPENING_WORDS = 4


def _named_before(passage: str, at: int, what: str) -> bool:
    """Say whether a part opening its sentence stands for the thing the sentence before opens with: "Parents were
    divided. Some joined teachers on picket lines" gives some parents (factcheck_94)."""
    start = max((stop.end() for stop in _STOP.finditer(passage, 0, at)), default=0)
    if not start or passage[start:at].strip():
        return False  # the part does not open a sentence after another
    before = _sentence_of(passage, start - 1)
    return any(word.casefold()[:5] == what[:5] for word in before.split()[:_OPENING_WORDS])


def _by_pronoun(match: re.Match) -> bool:
    """Say whether a part names its thing by a pronoun: "most of them"."""
    return match["what"].casefold() in ("them", "these", "those")


def _named_earlier(passage: str, at: int, what: str) -> bool:
    """Say whether a word of the passage's sentence before a part by pronoun names `what`: "cut about 1,800 jobs ...,
    most of them at Norwave's headquarters" gives most of the jobs."""
    before = passage[_sentence_start(passage, at):at]
    return len(what) >= 3 and any(word.casefold().startswith(what[:5]) for word in re.findall(r"[A-Za-z]+", before))


def _sentence_start(text: str, at: int) -> int:
    """Return where the passage's sentence around `at` starts."""
    return max((stop.end() for stop in _STOP.finditer(text, 0, at)), default=0)


def _half_or_less(part: str, whole: str | None) -> bool:
    """Say whether a count is half its whole or less (False where no whole is given, or it is none)."""
    if not whole:
        return False
    whole_count = int(numbers.count_written(whole) or 0)
    return whole_count > 0 and 2 * int(numbers.count_written(part) or 0) <= whole_count


# a stop that ends a sentence: not a decimal point ("38.5% of voters" is one sentence)
_STOP = patterns.compile(r"[;!?]|\.(?!\d)")


def _sentence_of(text: str, at: int) -> str:
    """Return the passage's sentence around `at` (to its stops and semicolons either side)."""
    start = _sentence_start(text, at)
    end = _STOP.search(text, at)
    return text[start:end.start() if end else len(text)]
