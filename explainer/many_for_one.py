"""One speaker kept one: "Experts say the dam is unsafe" may not cite "One engineer said the dam was unsafe".

A sentence gives its words to many by a plural of people ("experts", "analysts", "officials", "critics",
"residents", "scientists", ...) before a reporting word ("say", "said", "warn", "believe", ...) or after "according
to", or by "many", "several" or "some" before one of them ("many residents said"). It is refused where a passage it
restates (one shared word of four letters or more) gives the words to one person ("one engineer", "an analyst", "a
resident") and none of its passages, nor the source's sentences holding them, names people in the plural or says
"many", "several", "they", "others", "another" or "both". A count before the plural ("two engineers said") is the
figure checks'; words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked
from .wordset import may_hold

_PEOPLE = ("expert", "analyst", "official", "critic", "resident", "scientist", "engineer", "witness", "observer",
           "economist", "diplomat", "doctor", "historian", "scholar", "researcher", "activist", "villager",
           "lawyer", "investigator", "officer", "medic", "teacher", "worker", "soldier", "commander", "aide", "insider",
           "survivor", "parent", "farmer", "trader", "specialist", "academic", "physician", "nurse", "inspector",
           "source", "employee", "protester", "politician", "lawmaker", "legislator", "campaigner")
_PLURALS = tuple(sorted({"locals", *("witnesses" if person == "witness" else person + "s" for person in _PEOPLE)}))
_VERBS = (r"say|says|said|believe[sd]?|argue[sd]?|warn(?:s|ed)?|note[sd]?|agree[sd]?|suggest(?:s|ed)?"
          r"|contend(?:s|ed)?|told|tell|claim(?:s|ed)?|think|thought|insist(?:s|ed)?|complain(?:s|ed)?"
          r"|estimate[sd]?|predict(?:s|ed)?")
_GROUP = "|".join(_PLURALS)
_MANY = patterns.compile(
    rf"(?<![\w-])(?:(?P<many>many|several|some|numerous|multiple|various)\s+)?(?:(?P<before>[\w-]+)\s+)?"
    rf"(?P<group>{_GROUP})\s+(?:have\s+|had\s+|also\s+|now\s+)?(?:{_VERBS})(?!\w)"
    rf"|(?<!\w)according\s+to\s+(?:(?P<many2>many|several|some|numerous|multiple|various)\s+)?(?:[\w-]+\s+)?"
    rf"(?P<group2>{_GROUP})(?!\w)", re.IGNORECASE)
# what every match of _MANY holds: looked up in the sentence's words before the pattern runs
_GROUP_WORDS = frozenset(_PLURALS)
# one person as the speaker: "One engineer said", "an analyst at the bank, Jo Reyes, says", "said a resident",
# "according to one official"; not "A worker was killed, the ministry said"
_ONE_PERSON = rf"(?:one|an?|another)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_PEOPLE)})(?![\w-])"
_ONE = patterns.compile(
    rf"(?<!\w)(?P<one>{_ONE_PERSON})(?:\s+(?:at|from|in|with|for|of|on)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
    rf"(?:,\s+[^,.;]{{1,60}},)?,?\s+(?:has\s+|had\s+|also\s+)?(?:{_VERBS})(?!\w)"
    rf"|(?<!\w)(?:{_VERBS}|according\s+to)\s+(?P<one2>{_ONE_PERSON})", re.IGNORECASE)
_MANY_IN_PASSAGE = patterns.compile(rf"(?<!\w)(?:{_GROUP}|people|many|several|they|others|another|both|numerous)(?!\w)",
                                    re.IGNORECASE)
_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                     "these", "those", "both", "all", "other", "most", "few"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "many", "several", "some", "according", *_PLURALS, *_PEOPLE})


def one_speaker_made_many(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives its words to many people where the passages it restates give them to one."""
    if not in_english(language) or not passages or not may_hold(text, _GROUP_WORDS):
        return []  # most sentences give no words to a plural of people: found by a set lookup
    if any(_MANY_IN_PASSAGE.search(passage.text) or _MANY_IN_PASSAGE.search(passage.holding) for passage in passages):
        return []  # a passage names more than one: its speakers may be many
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for many in _MANY.finditer(spoken):
        before = (many["before"] or "").casefold()
        if inside(quoted, many.start()) or before in _COUNTS or before.isdigit():
            continue  # "two engineers said": a count, the figure checks'
        own = content_words(spoken, _NOT_CONTENT)
        one = next((found["one"] or found["one2"] for passage in passages
                    if own & content_words(passage.text, _NOT_CONTENT)
                    for found in (_ONE.search(passage.text),) if found), None)
        if one:
            said = " ".join(spoken[many.start():many.end()].split())
            return [Finding(offset + many.start(), f"this sentence gives its words to many ('{said}') where its cited "
                                                   f"passages give them to one ('{' '.join(one.split())}'): "
                                                   f"{clipped(text)}",
                            "say one person said it, as the source does ('an engineer said'), or cite passages that "
                            "give it to more")]
    return []
