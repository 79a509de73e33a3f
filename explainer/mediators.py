"""A mediator kept neutral: "Qatar sided with Afghanistan" may not cite "Qatar, which mediated the talks".

A passage names a mediator where a capitalised name and "mediated", "mediating", "mediator" or "mediation" stand in
one of its sentences ("Qatar, which mediated the talks", "the mediator, Qatar"); a sentence takes that name's side
by "sided with", "took the side of" ("took sides with"), "backed" or "favoured" ("favored") after it, or is the
name after "backed by". It is refused
where no cited passage uses that verb itself. A body a passage's sentence gives as taking no side ("The league said
... it was not its role to take sides", "would not take sides", "has remained neutral") is read as a mediator, by its
name or by the noun its sentence opens with ("The league backed the council", factcheck119); a side denied ("backed
neither side", "has not backed") is none taken. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import split_sentences
from .wordset import may_hold

_SIDED = patterns.compile(r"(?<!\w)(?:sided\s+with|sides\s+with|took\s+(?:the\s+)?sides?\s+(?:of|with)|backed|backs"
                          r"|took\s+(?:the\s+)?[\w-]+(?:['’]s?|\s+[\w-]+['’]s?)\s+side|supported|supports"
                          r"|favou?red|favou?rs)(?!\w)", re.IGNORECASE)
# a side taken told as none: "backed neither side", "has not backed the council"
_NOT_SIDED = patterns.compile(r"(?<!\w)(?:not|never|n['’]t|no)\W+(?:\w+\W+)?$|^\s+(?:neither|no|none)(?!\w)",
                              re.IGNORECASE)
# The first word of every match of _SIDED: looked up in the text's words before the pattern searches it.
_SIDED_WORDS = frozenset({"sided", "sides", "took", "backed", "backs", "favored", "favoured", "favors", "favours",
                          "supported", "supports"})
# a mediator, or a body that says it takes no side ("it was not its role to take sides", "would remain neutral"):
# either told as taking one turns the source round
_MEDIATED = patterns.compile(r"(?<!\w)(?:mediat(?:ed|ing|or|ors|ion)|not\s+(?:its|our|their|his|her|the)\s+"
                             r"(?:role|job|place|business)\s+to\s+take\s+(?:sides|a\s+side)"
                             r"|(?:not|never|refused\s+to|declined\s+to|n['’]t)\s+take\s+(?:sides|a\s+side)"
                             r"|takes?\s+no\s+sides?|(?:remain\w*|stay\w*|is|was)\s+neutral|neutrality)(?!\w)",
                             re.IGNORECASE)
# a body given as only receiving or weighing a matter, no side taken yet: "said it had received Kesh's plan and was
# reviewing it", "is considering the request", "has yet to decide" (factcheck_126: "The commission backed the upstream
# state's plan" of it built, a neutral body told as siding)
_UNDECIDED = patterns.compile(r"(?<!\w)(?:(?:had|has|have)\s+received|(?:is|was|are|were)\s+(?:still\s+)?(?:reviewing"
                              r"|considering|studying|examining|assessing|weighing)|(?:has|have|had)\s+(?:yet|not\s+yet)"
                              r"\s+to\s+(?:decide|rule|take\s+a\s+position)|(?:has|have|had)\s+not\s+(?:yet\s+)?decided)"
                              r"(?!\w)", re.IGNORECASE)
# the subject a sentence opens with: "The commission", "The Oltan Basin Commission"
_SUBJECT = patterns.compile(r"\W*(?:[Tt]he\s+)?(?P<subject>(?:[A-Z][\w’'-]+\s+){0,4}[A-Za-z][\w’'-]+)(?=\s)")
# a body named by its common noun ("The league backed the council"): the noun after the sentence's first "the"
_THE_NOUN = patterns.compile(r"^\W*the\s+(?P<noun>[a-z][\w-]+)(?=\s)", re.IGNORECASE)
_NAME = patterns.compile(r"(?<![\w'’])[A-Z][\w’'-]+")
_BY = patterns.compile(r"\s+by\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]+)")  # "backed by Qatar": Qatar took the side
# capitalised at a sentence's start, not names
_NOT_NAMES = frozenset({"The", "A", "An", "In", "On", "At", "After", "Before", "Its", "It", "This", "That", "He", "She",
                        "They", "But", "And", "As", "When", "While", "Since", "By", "For", "With"})


def mediator_sided(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text has a body its passages name as a mediator take one side."""
    if not in_english(language):
        return []
    sided = _SIDED.search(text) if may_hold(text, _SIDED_WORDS) else None
    if not sided or any(start <= sided.start() < end for start, end in quoted_parts(text)) or _NOT_SIDED.search(
            text[max(0, sided.start() - 24):sided.start()]) or _NOT_SIDED.search(text[sided.end():sided.end() + 12]):
        return []
    verb = sided.group().split()[0].casefold()[:4]
    if any(match.group().split()[0].casefold()[:4] == verb for p in passages for match in _SIDED.finditer(p.text)):
        return []  # a passage says it took a side itself
    agent = _BY.match(text, sided.end())
    named = {agent["name"]} if agent else {_plain(name.group()) for name in _NAME.finditer(text, 0, sided.start())}
    noun = None if agent else _THE_NOUN.match(text, 0, sided.start())
    names = (named - _NOT_NAMES) | ({noun["noun"].casefold()} if noun else set())
    for passage in passages:
        for sentence in split_sentences(passage.text, language):
            undecided = _undecided_subject(sentence.text, names)
            if undecided:
                return [Finding(offset, f"this sentence has {undecided[0]} take a side ('{sided.group()}') where its "
                                        f"cited passages give it only as weighing the matter ('{undecided[1]}'): "
                                        f"{clipped(text)}",
                                "tell only what the body has done, as the source does, or cite a passage that says "
                                "it took a side")]
            mediated = _MEDIATED.search(sentence.text)
            mediator = mediated and names & ({_plain(name.group()) for name in _NAME.finditer(sentence.text)}
                                             | _nouns(sentence.text, noun))
            if mediator:
                kind = "mediating" if mediated.group().casefold().startswith("mediat") else "taking no side"
                who = sorted(mediator)[0]
                who = f"the {who}" if who.islower() else who
                return [Finding(offset, f"this sentence has {who} take a side ('{sided.group()}') where "
                                        f"its cited passages give it as {kind} ('{mediated.group()}'): "
                                        f"{clipped(text)}",
                                "keep the mediator neutral, as the source does, or cite a passage that says it took a "
                                "side")]
    return []


def _undecided_subject(sentence: str, names: set[str]) -> tuple[str, str] | None:
    """Return the body a passage's sentence opens with and the words giving it as only receiving or weighing a
    matter ("The commission said it had received Kesh's plan and was reviewing it"), where `names` name it."""
    undecided = _UNDECIDED.search(sentence)
    if not undecided:
        return None
    opening = _SUBJECT.match(sentence, 0, undecided.start())
    if not opening:
        return None
    words = {_plain(word).casefold() for word in opening["subject"].split()}
    named = {name.casefold() for name in names} & words
    if not named:
        return None
    who = opening["subject"] if opening["subject"][0].isupper() else f"the {opening['subject']}"
    return who, undecided.group()


def _plain(name: str) -> str:
    """Return a name without its possessive ("Qatar's" is "Qatar")."""
    return re.sub(r"['’]s?$", "", name)


def _nouns(sentence: str, noun: re.Match | None) -> set[str]:
    """Return the common noun a body is named by ("the league") where the passage's sentence opens with it, its
    subject: "Qatar mediated talks between the government and the rebels" gives no "government" as the mediator."""
    opening = _THE_NOUN.match(sentence) if noun else None
    return {noun["noun"].casefold()} if opening and opening["noun"].casefold() == noun["noun"].casefold() else set()
