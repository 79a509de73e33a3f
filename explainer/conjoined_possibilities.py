"""A possibility kept over every verb it governs: "The tribunal sent the decision back to the commission" may not cite
"the Competition Appeal Tribunal, which can quash the commission's decision or send it back".

possible_done.py reads a modal right before its verb ("can quash"); a second verb joined to the first by "or" or "and"
in the same clause ("can quash the decision or send it back", "may fine the club and ban its owner") is as possible as
the first. Each such passage is read again with the modal said before the joined verb too ("... or can send it
back"), and a sentence telling that verb done is refused as told_as_done refuses it (tests/test_factcheck_139.py). A
comma or a clause's end before the "or" ends the modal's reach, but for a list of single verbs ("may uphold, reduce or
cancel the penalty": "The tribunal reduced the penalty" is refused, tests/test_newuser_108.py), and a sentence with a
modal of its own ("must make hard choices now or watch the deficit grow") keeps a choice; English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, in_english
from .possible_done import told_as_done

# a modal and its verb, then its clause's words (no comma nor clause end) up to 80 characters
_MODAL = patterns.compile(r"(?<!\w)(?P<modal>can|could|may|might)\s+(?!not\b|be\b|have\b)[a-z]+\b"
                          r"(?P<rest>[^,.;:!?\n]{0,80})")
# a list of single verbs after a modal's own, commas apart, the last joined by "or"/"and": "may uphold, reduce or cancel"
# (a word after each comma, then a comma or the joining word: "may rise, analysts said, or ..." is no list)
_LISTED = patterns.compile(r"(?<!\w)(?P<modal>can|could|may|might)\s+(?!not\b|be\b|have\b)[a-z]+"
                           r"(?P<list>(?:,\s+[a-z]+){1,4}),?\s+(?:or|and)\s+[a-z]+\b")
_LISTED_VERB = patterns.compile(r",\s+(?=[a-z])")
# a sentence's own modal keeps the choice: "must make hard choices now or watch the deficit grow"
_OWN_MODAL = patterns.compile(r"(?<!\w)(?:can|could|may|might|must|should|would|will|shall)(?!\w)", re.IGNORECASE)
# "or"/"and" before a lower-case word that is no article nor pronoun: a verb joined to the modal's own
_JOINED = patterns.compile(r"\s(?:or|and)\s+(?=(?!(?:the|a|an|its|it|their|they|he|she|we|you|this|that|then|not|be"
                           r"|also|so|can|could|may|might)\b)[a-z]+\b)")


def joined_told_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return told_as_done's finding of text against its passages with each modal said before a verb joined to its
    own."""
    if not in_english(language) or _OWN_MODAL.search(text) \
            or not any(_MODAL.search(passage.text) for passage in passages):
        return []
    spelled = [passage._replace(text=with_modals_joined(passage.text)) for passage in passages]
    return told_as_done(text, spelled, offset, language)


def with_modals_joined(text: str) -> str:
    """Return text with each modal said again before the verbs joined to its own: "can block or can clear a merger and
    can impose conditions"."""
    if not _MODAL.search(text):
        return text
    # a list's verbs first, each given the modal ("may uphold, may reduce or cancel"), then the joined last one below
    text = _LISTED.sub(lambda match: match.group()[:match.start("list") - match.start()] + _LISTED_VERB.sub(
        lambda comma: comma.group() + match.group("modal") + " ", match.group("list"))
        + match.group()[match.end("list") - match.start():], text)
    return _MODAL.sub(lambda match: match.group()[:match.start("rest") - match.start()] + _JOINED.sub(
        lambda joined: joined.group() + match.group("modal") + " ", match.group("rest")), text)
