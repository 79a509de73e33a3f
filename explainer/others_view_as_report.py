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

Nor may the group's view be given to someone the passage gives no view ("The Greens link the result to anger over a
planned incinerator" citing "Political analysts said the result reflected anger over a planned incinerator"), or told
as a cause in the sentence's own voice ("The result was caused by anger ...") the passage does not word so
(tests/test_factcheck_237.py).
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
    if not in_english(language):
        return []
    if "the report" not in text.casefold() and not _REPORT_SAYS.search(text):
        # a str search first: most sentences name no report's saying, and most passages no group's view
        return _others_view_as_its_own(text, passages, offset) if _ANY_GROUP.search(
            " ".join(passage.text for passage in passages)) else []
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


def _others_view_as_its_own(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding where text gives a group's view ("Political analysts said the result reflected anger over a
    planned incinerator") to someone its passages never give words to ("The Greens link the result to anger over a
    planned incinerator"), or tells it as a cause in the report's own voice ("The result was caused by anger over a
    planned incinerator"), never naming the group (factcheck_237)."""
    if _ANY_GROUP.search(text):
        return []  # "Analysts link the result to ...": the group is named
    holder = _VIEW_HOLDER.match(text)
    cause = None if holder or says_whose_word(text) else _CAUSE.search(text)
    if not holder and not cause:
        return []
    own = _long_words(unquoted(text))
    for passage in passages:
        for group, opening, said, rest in _groups_saying(passage.text):
            shared = own & said
            if len(shared) < 3 or len(shared) <= len(own & rest):
                continue
            if holder and not _speaks_in(holder["holder"], passage.text):
                return [Finding(offset, f"this sentence gives {holder['holder']} the view its cited passage gives as "
                                        f"{_whose(group)} ('{opening}'): {clipped(text)}",
                                f"say whose view it is, as the source does ('... {group.casefold()} say')")]
            if cause and not _CAUSE.search(passage.text):
                return [Finding(offset + cause.start(), f"this sentence tells as a cause ('{cause.group()}') what its "
                                                        f"cited passage gives as {_whose(group)} view ('{opening}'): "
                                                        f"{clipped(text)}",
                                f"say whose view it is, as the source does ('... {group.casefold()} say'), in its "
                                "words")]
    return []


def _whose(group: str) -> str:
    """Return a group's possessive: "analysts'", "an expert's"."""
    return group.casefold() + ("'" if group.endswith("s") else "'s")


def _speaks_in(holder: str, passage: str) -> bool:
    """Say whether a passage gives words or a view to the holder a sentence names ("The Greens say ...")."""
    name = holder.split()[-1]
    return bool(re.search(rf"(?<!\w){re.escape(name)}(?:['’]s?)?\s+(?:\w+\s+){{0,2}}?{_VIEW_VERBS}", passage,
                          re.IGNORECASE))


# What holding a view is: "say", "link ... to", "blame ... on", "put ... down to", "attribute ... to"
_VIEW_VERBS = (r"(?:say|says|said|link|links|linked|blame|blames|blamed|attribute[sd]?|put|puts|believe[sd]?"
               r"|argue[sd]?|think|thinks|thought|see|sees|saw|claim(?:s|ed)?)(?!\w)")
# a sentence opening on a named holder and a verb of a view of a cause: "The Greens link the result to ...", "Labour
# blames"; not "The Greens say they oppose ...", which a passage's "which the Greens oppose" may hold
_VIEW_HOLDER = patterns.compile(r"\s*(?P<holder>(?:The\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+"
                                r"(?:also\s+)?(?:link|links|linked|blame|blames|blamed|attribute[sd]?)(?!\w)",
                                re.IGNORECASE)
# a cause told in the sentence's own voice
_CAUSE = patterns.compile(r"(?<!\w)(?:(?:was|were|is|are|been)\s+(?:largely\s+|partly\s+|mainly\s+)?(?:caused|driven)"
                          r"\s+by|because\s+of|due\s+to|(?:was|is|were|are)\s+(?:largely\s+|partly\s+|mainly\s+)?(?:a|the)\s+result\s+of"
                          r"|led\s+to|caused)(?!\w)",
                          re.IGNORECASE)


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
