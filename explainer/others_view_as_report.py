"""Others' view told as the report's own: "... after it sponsored the Taliban's rise, which the report says also had
the help of the CIA" may not cite "Many analysts are pointing to 'blowback' for Pakistan after sponsoring the
Taliban's rise ... (which also had the help of the CIA ...)".

The sentence's only reporting words are the report's own ("the report says", "the report adds"), so attribution.py
took it as saying whose word it states; but the cited passage gives those words as a group's view ("Many analysts are
pointing to", "Economists say"), which the sentence never names. A passage's sentence opening with a group of
unnamed people (analysts, experts, critics, ...) and a verb of saying or pointing gives what follows as their word.
A sentence is refused where it has "the report says" (adds, notes, writes, ...), shares three words of five letters
or more, outside quotation marks, with what the group says, more than with the rest of the passage, never names the
group, and says nobody else's word once the report's words are taken out. English text is read
(tests/test_factcheck_225.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, says_whose_word, unquoted
from .sentences import folded_word, split_sentences

_GROUPS = (r"analysts?|experts?|economists?|critics?|observers?|commentators?|diplomats?|scientists?|researchers?"
           r"|historians?|academics?|scholars?|pundits?|strategists?")
# a passage's sentence opening with the group: "Many analysts are pointing to", "Some Western experts say that"
_GROUP_SAYS = patterns.compile(
    rf"^\s*(?:[A-Z]?[a-z]+\s+){{0,2}}?(?P<group>{_GROUPS})\s+(?:(?:are|were|have|had|have\s+been|had\s+been)\s+)?"
    r"(?P<verb>pointing\s+to|point(?:s|ed)?\s+to|say|said|saying|argue[sd]?|arguing|believe[sd]?|believing"
    r"|claim(?:s|ed)?|claiming|suggest(?:s|ed)?|suggesting|warn(?:s|ed)?|warning|contend(?:s|ed)?|contending"
    r"|think|thought|reckon(?:s|ed)?|see|saw|describe[sd]?|describing)(?!\w)", re.IGNORECASE)
_ANY_GROUP = patterns.compile(rf"(?<!\w)(?:{_GROUPS}|expert|analyst)(?!\w)", re.IGNORECASE)
# the sentence's words giving the report's own voice: "the report says", ", the report adds,"
_REPORT_SAYS = patterns.compile(r"(?<!\w)(?:the|this)\s+(?:report|article|outlet|source|piece)\s+(?:also\s+)?"
                                r"(?:says|said|adds|added|notes|noted|writes|wrote|states|stated|describes|reports"
                                r"|reported)(?!\w)", re.IGNORECASE)
_LONG_WORD = patterns.compile(r"[^\W\d_]{5,}(?:['’][^\W\d_]+)?|\d[\d,.]*")
_NOT_CONTENT = frozenset({"which", "there", "their", "about", "after", "these", "those", "where", "while", "would",
                          "could", "should", "being", "other", "report", "says", "first", "place"})


def others_view_as_report(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives as the report's own word what its cited passages give as a group's view
    ("Many analysts are pointing to ..."), naming the report but never the group."""
    if not in_english(language) or "the report" not in text.casefold() and not _REPORT_SAYS.search(text):
        return []  # a str search: most sentences name no report's saying
    if not _REPORT_SAYS.search(text) or says_whose_word(_REPORT_SAYS.sub(" ", text)):
        return []  # the sentence says someone's word besides the report's
    named = text.casefold()
    own = _long_words(unquoted(text))
    for passage in passages:
        for group, opening, said, rest in _groups_saying(passage.text):
            if group.casefold().rstrip("s") in named or _ANY_GROUP.search(text):
                continue  # "Many analysts point to ...": the group is named, or named otherwise ("experts")
            shared = own & said
            if len(shared) >= 3 and len(shared) > len(own & rest):
                whose = group.casefold() + ("'" if group.endswith("s") else "'s")
                return [Finding(offset, f"this sentence gives as the report's own word what its cited passage gives "
                                        f"as {whose} view ('{opening}'): {clipped(text)}",
                                f"say whose view it is, as the source does ('... {group.casefold()} say'), or cite "
                                "only the words the report says in its own voice")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _groups_saying(text: str) -> tuple[tuple[str, str, frozenset[str], frozenset[str]], ...]:
    """Return each group's view a passage gives: the group, its opening words, the words of what it says, and the
    words of the rest of the passage."""
    if not re.search(_GROUPS, text, re.IGNORECASE):
        return ()
    found = []
    sentences = split_sentences(text, "en")
    for sentence in sentences:
        if match := _GROUP_SAYS.match(sentence.text):
            rest = " ".join(other.text for other in sentences if other is not sentence)
            found.append((match["group"], " ".join(match.group().split()),
                          _long_words(sentence.text[match.end():]), _long_words(rest)))
    return tuple(found)


def _long_words(text: str) -> frozenset[str]:
    """Return text's words of five letters or more, folded, without a trailing "'s" or an ending of tense or number
    ("sponsors" and "sponsoring" are one word), and its figures."""
    return frozenset(_ENDING.sub("", word) for written in _LONG_WORD.findall(text)
                     for word in (re.sub(r"['’]s$", "", folded_word(written)),) if word not in _NOT_CONTENT)


_ENDING = patterns.compile(r"(?<=[a-z]{4})(?:ing|ed|es|s)$")
