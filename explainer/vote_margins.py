"""A vote's margin kept: unanimous, split, narrow or overwhelming as the tally its passages give.

"The vote was not unanimous" citing "The board approved the merger by seven votes to two" was refused as a deed no
passage tells (unbacked_deeds.py read "unanimous" alone), while "The vote was not unanimous" citing "approved
unanimously" built, and so did "The vote was split" and "The board narrowly approved the merger" of it, "The Senate
overwhelmingly rejected the bill" citing "by 51 votes to 49", and "narrowly" of "by 300 votes to 12".

A passage's tally is two counts with a vote or its outcome named near ("by seven votes to two", "7-2", "by 212 to
198", "voted 40 to 0": vote_splits.py's counts, read near "passed", "approved", "rejected" too), or a count of votes
against ("two voted against", "with three dissenting"). Abstentions split no vote. A tally with votes on both sides
is a split; one of none against is unanimous, as "unanimously", "without dissent" are. Read here:
- "not unanimous" (or "wasn't", "far from", "short of unanimous") is backed by a split, and refused where the
  passages call the vote unanimous and give no split; "unanimous" of a split (and no word of unanimity) is refused
  naming the split;
- a split told ("split", "divided", "narrowly", "dissent") is refused where the passages call the vote unanimous and
  give no split, but not where a subject naming no one denies it ("No one voted against"); that "No one voted
  against" (or "Nobody dissented") is refused where they give a split and no unanimity (tests/test_factcheck_197.py);
- "narrowly" ("a narrow", "slim", "slender", "razor-thin") is refused where every tally given is two to one or wider;
  "overwhelmingly" ("landslide", "wide margin", "resounding", "comfortably") where every tally given is within five
  to four of even;
- a count of abstentions is kept to the passages' ("two abstentions" of "40 votes to 2, with three abstentions"), and
  so is a count of dissenters to their split's ("two panellists dissented" of "split two to one": factcheck_134);
- a decision unanimous on one question and split on another ("unanimous on the security defence and split two to one
  on the second breach") keeps each margin to its question: "unanimous on the second breach", "unanimous on both
  breaches", "The panel was unanimous" and "split on the security defence" are refused (tests/test_newuser_100.py).
English text is read (tests/test_factcheck_99.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .clauses import content_words
from .no_one_subjects import verb_of_no_one
from .sentences import markers_blanked
from .vote_splits import _COUNT, _count

# vote_splits.py's split, which may end a sentence ("by 51 votes to 49.")
_SPLIT = patterns.compile(rf"(?<![\w.,-])(?P<for>{_COUNT})(?:\s*[-–—]\s*|\s+(?:votes?\s+)?to\s+)(?P<against>{_COUNT})"
                          r"(?![\w%-]|[.,]\d|\s*(?:per\s*cent|percent|%))", re.IGNORECASE)
# What names a vote or its outcome near a tally ("passed the bill by 212 to 198")
_VOTED = ("vot", "split", "majority", "margin", "ballot", "pass", "approv", "reject", "adopt", "carried", "defeat",
          "endors", "ratif", "elect", "motion", "resolution", "bill")
_NEAR = 40
# A count of votes against: "two voted against", "with three dissenting", "3 against"
_AGAINST = patterns.compile(rf"(?<![\w.,-])(?P<count>{_COUNT})\s+(?:(?:[\w-]+\s+){{0,2}}?(?:voted\s+(?:against|no)|"
                            r"opposed|dissent(?:ing|ed|ers)?)|(?:votes?\s+)?against|no\s+votes)(?![\w-])", re.IGNORECASE)
_UNANIMOUS = patterns.compile(r"(?<![\w-])(?:unanimous(?:ly)?|without\s+(?:opposition|dissent|a\s+vote\s+against)|"
                              r"(?:no\s+one|nobody)\s+voted\s+against|no\s+dissent|with\s+one\s+voice)(?![\w-])",
                              re.IGNORECASE)
# "not unanimous", "wasn't unanimous", "far from unanimous", "short of a unanimous vote"
# (and "did not vote unanimously", "did not decide unanimously": the vote's verb between, factcheck_197)
_VOTE_VERB = r"(?:(?:vote|rule|decide|act|agree)\s+)?"
_NEGATED = patterns.compile(r"(?:(?<!\w)(?:not|never|hardly|far\s+from|short\s+of|anything\s+but)|n['’]t)"
                            rf"\s+{_VOTE_VERB}(?:(?:a|an|quite|entirely|fully|wholly|completely)\s+)?$", re.IGNORECASE)
_NOT_UNANIMOUS = patterns.compile(r"(?:(?<!\w)(?:not|never|hardly|far\s+from|short\s+of|anything\s+but)|n['’]t)"
                                  rf"\s+{_VOTE_VERB}(?:(?:a|an|quite|entirely|fully|wholly|completely)\s+)?unanim",
                                  re.IGNORECASE)
# a split told of a vote: "split" and "divided" only as said of one ("the company split into two" tells none)
_SPLIT_TOLD = patterns.compile(r"(?<![\w-])(?:(?:split|divided|divisive)\s+(?:vote|decision|ballot|verdict|board|"
                               r"house|chamber|council|committee)|(?:was|were|is|are|been|deeply|sharply|evenly|bitterly)"
                               r"\s+(?:split|divided)|(?:split|divided)\s+(?:over|on)|narrow(?:ly)?|dissent(?:ing|ed|ers)?|"
                               r"voted\s+against|slim|slender|razor[- ]thin)(?![\w-])", re.IGNORECASE)
_NARROW = patterns.compile(r"(?<![\w-])(?:narrow(?:ly)?|slim|slender|razor[- ](?:thin|close)|wafer[- ]thin|"
                           r"by\s+a\s+(?:whisker|hair)|squeaked)(?![\w-])", re.IGNORECASE)
_WIDE = patterns.compile(r"(?<![\w-])(?:overwhelming(?:ly)?|landslide|resounding(?:ly)?|comfortabl[ey]|"
                         r"(?:wide|large|huge|big|massive|commanding)\s+(?:margin|majority))(?![\w-])", re.IGNORECASE)
# "three abstentions", "3 members abstained"
_ABSTAINED = patterns.compile(rf"(?<![\w.,-])(?P<count>{_COUNT})\s+(?:[\w-]+\s+){{0,2}}?(?:abstentions?|abstained|"
                              r"abstaining)(?![\w-])", re.IGNORECASE)
_DENIED = patterns.compile(r"(?<!\w)(?:without|no|not|never)\s+$", re.IGNORECASE)
_GATE = ("unanim", "split", "divided", "divisive", "narrow", "dissent", "voted", "slim", "slender", "razor",
         "wafer", "whisker", "hair", "squeak", "overwhelm", "landslide", "resound", "comfortabl", "margin", "majority", "abstain", "abstention")


# A margin said of a question: "unanimous on the security defence", "split two to one on the second breach", "dissented
# on the security defence" (a split there: factcheck_134); the question runs to a clause's end or the next "and", "but"
_ON_QUESTION = patterns.compile(rf"(?P<margin>unanimous(?:ly)?|split|divided|dissent(?:ed|s|ing)?)(?:\s+{_COUNT}\s+to\s+{_COUNT})?"
                                r"\s+(?:on|over|about|as\s+to|regarding)\s+(?P<question>(?:(?!and\b|but\b|while\b)"
                                r"[^\W\d_][\w'’-]*\s*){1,6})", re.IGNORECASE)
# dissenters counted: "two of the three panellists dissented", "one judge dissented" (the count of those against)
_DISSENTERS = patterns.compile(rf"(?<![\w.,-])(?P<count>{_COUNT})\s+(?:of\s+(?:the|its|their)\s+(?:{_COUNT}\s+)?)?"
                               r"(?:[\w-]+\s+){0,2}?(?:dissented|dissent|were\s+in\s+dissent|was\s+in\s+dissent)"
                               r"(?![\w-])", re.IGNORECASE)  # "voted against" turned is polarity.py's, named once
_UNANIMOUS_TOLD = patterns.compile(r"(?<![\w-])unanimous(?:ly)?(?![\w-])", re.IGNORECASE)
_QUESTION_NOT_CONTENT = frozenset({"both", "each", "every", "their", "with", "that", "this", "these", "those"})
_EVERY_QUESTION = patterns.compile(r"\s*(?:both|all|every|each)(?![\w-])", re.IGNORECASE)


def tallies(text: str) -> list[tuple[int, int, str]]:
    """Return each tally text gives of a vote: votes for, votes against (the larger count first where the order is
    not told), as written."""
    found = []
    for match in _SPLIT.finditer(text):
        near = text[max(0, match.start() - _NEAR):match.end() + _NEAR].lower()
        if any(word in near for word in _VOTED):
            found.append((_count(match.group("for")), _count(match.group("against")), match.group()))
    return found


def split_in(passages: list[Cited]) -> str:
    """Return the words of the first split vote a passage gives (votes on both sides), or ""."""
    for passage in passages:
        for votes_for, against, written in tallies(passage.text):
            if votes_for and against:
                return " ".join(written.split())
        for match in _AGAINST.finditer(passage.text):
            if _count(match.group("count")):
                return " ".join(match.group().split())
    return ""


def unanimity_in(passages: list[Cited]) -> str:
    """Return the words by which a passage calls a vote unanimous, not negated ("unanimously", "40 votes to 0"), or
    ""."""
    for passage in passages:
        for match in _UNANIMOUS.finditer(passage.text):
            if not _NEGATED.search(passage.text[max(0, match.start() - 24):match.start()]):
                return " ".join(match.group().split())
        for votes_for, against, written in tallies(passage.text):
            if votes_for and not against:
                return " ".join(written.split())
    return ""


def unanimity_told(text: str, at: int, word: str, passages: list[Cited], offset: int) -> list[Finding] | None:
    """Return what the "unanimous" (`word`) at `at` in text says against its passages' tally: no finding where a negated one
    cites a split, a finding where it turns theirs, or None where unbacked_deeds.py's reading stands."""
    negated = bool(_NEGATED.search(text[max(0, at - 24):at]))
    split = split_in(passages)
    if negated and split:
        return []
    unanimous = unanimity_in(passages)
    if not negated and unanimous and not split:
        return []  # "40 votes to 0", which unbacked_deeds.py reads no figure of
    if negated and unanimous:
        return [Finding(offset, f"this sentence says the vote was not unanimous where its cited passages say it was "
                                f"('{unanimous}') and give no vote against: {clipped(text)}",
                        "say the vote was unanimous, as the source does, or cite a passage that gives a split vote")]
    if not negated and split and not unanimous:
        return [Finding(offset, f"this sentence tells a deed ('{text[at:at + len(word)]}') that no passage it cites gives: "
                                f"they give a split vote ('{split}'): {clipped(text)}",
                        "give the source's tally, or say the vote was split")]
    return None


def misstated_margins(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for a vote told split of a unanimous one, narrow of a wide tally, or overwhelming of a
    close one."""
    lowered = text.lower()
    if not in_english(language) or not passages or not any(word in lowered for word in _GATE):
        return []  # most sentences tell no vote's margin
    spoken = markers_blanked(text)
    if (mixed := _margin_moved(spoken, passages)):
        return [Finding(offset + mixed[0], mixed[1] + f": {clipped(text)}",
                        "keep each margin to the question the source gives it, or cite a passage that says this")]
    if (denied := _no_one_against(spoken)) and (split := split_in(passages)) and not unanimity_in(passages) \
            and not any(_no_one_against(passage.text) for passage in passages):
        return [Finding(offset + denied.start(), f"this sentence says no one voted against ('{denied.group()}') where "
                                                 f"its cited passages give a split vote ('{split}'): {clipped(text)}",
                        "give the source's tally, or say the vote was split")]
    if (told := _told(_SPLIT_TOLD, spoken, passages)) and not _NOT_UNANIMOUS.search(spoken) \
            and not split_in(passages) and (unanimous := unanimity_in(passages)):
        return [Finding(offset + told.start(), f"this sentence tells a split vote ('{told.group()}') where its cited "
                                               f"passages say the vote was unanimous ('{unanimous}'): {clipped(text)}",
                        "say the vote was unanimous, as the source does, or cite a passage that gives a split vote")]
    if (dissent := _dissenters_miscounted(spoken, passages)):
        return [Finding(offset + dissent[0].start(), f"this sentence gives {' '.join(dissent[0].group().split())} "
                                                     f"where its cited passages give a split of {dissent[1]}: "
                                                     f"{clipped(text)}",
                        "give as many against as the source's tally does")]
    if (abstained := _abstentions_turned(spoken, passages)):
        return [Finding(offset + abstained[0].start(), f"this sentence gives {' '.join(abstained[0].group().split())} "
                                                       f"where its cited passages give {abstained[1]}: {clipped(text)}",
                        "give the source's count of abstentions")]
    counted = [(max(a, b), min(a, b), written) for passage in passages for a, b, written in tallies(passage.text)]
    if not counted:
        return []
    if (narrow := _told(_NARROW, spoken, passages)) and all(more >= 2 * fewer for more, fewer, _ in counted):
        return _margin(text, offset + narrow.start(), narrow.group(), counted[0][2], ("narrow", "wide"))
    if (wide := _told(_WIDE, spoken, passages)) and all(4 * more <= 5 * fewer for more, fewer, _ in counted):
        return _margin(text, offset + wide.start(), wide.group(), counted[0][2], ("wide", "close"))
    return []


def _questions(text: str) -> list[tuple[bool, frozenset[str], str, bool]]:
    """Return each margin text gives a question: (unanimous or split, the question's words, as written, whether it is
    said of every question: "on both breaches")."""
    return [(match["margin"].lower().startswith("unanim"), content_words(match["question"], _QUESTION_NOT_CONTENT),
             " ".join(match.group().split()), bool(_EVERY_QUESTION.match(match["question"])))
            for match in _ON_QUESTION.finditer(text)]


def _margin_moved(spoken: str, passages: list[Cited]) -> tuple[int, str] | None:
    """Return where and what the sentence says of a mixed decision's margins otherwise than its passages: a passage
    unanimous on one question and split on another ("unanimous on the security defence and split two to one on the
    second breach") backs neither "unanimous" told of the second question, of every question ("both", "all") or of
    none named, nor "split" told of the first."""
    given = [question for passage in passages for question in _questions(passage.text)]
    unanimous = [question for question in given if question[0]]
    split = [question for question in given if not question[0]]
    if not unanimous or not split:
        return None  # no decision mixed: the rest of this module reads its one margin
    told = {match.start(): (True, frozenset(), match.group(), True) for match in _UNANIMOUS_TOLD.finditer(spoken)
            if not _NEGATED.search(spoken[max(0, match.start() - 24):match.start()])}
    told.update((match.start(), question) for match in _ON_QUESTION.finditer(spoken)
                for question in _questions(match.group()))  # a question named wins over "unanimous" alone
    for at, (is_unanimous, words, written, every) in sorted(told.items()):
        if is_unanimous and every:
            return at, (f"this sentence calls the decision unanimous ('{written}') where its cited passages give a "
                        f"split ('{split[0][2]}')")
        same, other = (unanimous, split) if is_unanimous else (split, unanimous)
        backing = next((theirs_written for _, theirs, theirs_written, _ in other if words & theirs), "")
        if backing and not any(words & theirs for _, theirs, _, _ in same):
            return at, f"this sentence says '{written}' where its cited passages say '{backing}'"
    return None


def _dissenters_miscounted(spoken: str, passages: list[Cited]) -> tuple[re.Match, str] | None:
    """Return a count of dissenters the sentence gives, with the passages' split, where every split they give has
    another count against and no passage counts these dissenters: "two panellists dissented" of "split two to one"."""
    for said in _DISSENTERS.finditer(spoken):
        count = _count(said["count"])
        splits = [(min(a, b), written) for passage in passages for a, b, written in tallies(passage.text) if a and b]
        counted = [_count(found["count"]) for passage in passages for found in _AGAINST.finditer(passage.text)]
        if splits and all(fewer != count for fewer, _ in splits) and count not in counted:
            return said, " ".join(splits[0][1].split())
    return None


def _abstentions_turned(spoken: str, passages: list[Cited]) -> tuple[re.Match, str] | None:
    """Return a count of abstentions the sentence gives, with the passages' own, where they give another count and
    not its: "with two abstentions" of "40 votes to 2, with three abstentions" (whose "2" is a vote against)."""
    for said in _ABSTAINED.finditer(spoken):
        theirs = [found for passage in passages for found in _ABSTAINED.finditer(passage.text)]
        if theirs and all(_count(found["count"]) != _count(said["count"]) for found in theirs):
            return said, " ".join(theirs[0].group().split())
    return None


# "No one voted against", "Nobody dissented": every member for, which a split tally (and no word of unanimity) gives
# the lie to ("No one voted against the motion" of "passed by 9 votes to 3" built: factcheck_197). Only a bare "no one"
# or "nobody": "None of the ministers voted against" of a split may be true.
_NO_ONE_AGAINST = patterns.compile(r"(?<![\w-])(?:no[\s-]one|nobody)\s+(?:had\s+)?(?P<verb>voted\s+(?:against|no)"
                                   r"|dissented)(?![\w-])", re.IGNORECASE)


def _no_one_against(text: str) -> re.Match | None:
    """Return the first "No one voted against" of text that opens its clause (no_one_subjects.verb_of_no_one)."""
    return next((match for match in _NO_ONE_AGAINST.finditer(text) if verb_of_no_one(text, match.start("verb"))),
                None)


def _told(pattern: re.Pattern, spoken: str, passages: list[Cited]) -> re.Match | None:
    """Return the first of pattern's words the sentence tells, not denied ("without dissent", "not narrowly", "No one
    voted against", "None of the members dissented": no_one_subjects.py) and not the passages' own ("a narrow reading"
    of a passage's "narrow reading")."""
    for match in pattern.finditer(spoken):
        said = " ".join(match.group().lower().split())
        if not _DENIED.search(spoken[max(0, match.start() - 16):match.start()]) \
                and not verb_of_no_one(spoken, match.start()) \
                and not any(said in " ".join(passage.text.lower().split()) for passage in passages):
            return match
    return None


def _margin(text: str, at: int, said: str, tally: str, kinds: tuple[str, str]) -> list[Finding]:
    """Return the finding for a margin word its passages' tally does not bear out: `kinds`, the sentence's margin and
    the tally's."""
    kind, other = kinds
    return [Finding(at, f"this sentence calls the vote {kind} ('{' '.join(said.split())}') where its cited passages "
                        f"give a {other} one ('{' '.join(tally.split())}'): {clipped(text)}",
                    "give the source's tally, or a word for its margin the tally bears out")]
