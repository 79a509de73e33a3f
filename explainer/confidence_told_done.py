"""A confidence kept as one: "Tom Ashcroft said the court had seen that Rydo fixed the problems" may not cite "we are
confident the court will see that we have fixed the problems".

A speaker confident that someone will do a thing ("confident the court will see", "confident that the board would
approve") says what they expect, not what was done. A sentence telling that one's deed as done ("the court had seen",
"the court saw", "the board has approved") is refused: the subject's last word, then "has", "had" or "have" if any,
then the verb in a past form. A sentence keeping it to come ("the court will see") or giving the speaker's word
otherwise, one restating the rest ("Rydo said it had fixed the problems"), and one citing a passage that tells the
deed done too ("On Tuesday the board approved the plan"), are not read. Only a subject a noun
names is read ("we are confident we will win" may be told of the speaker by name). English text is read; words in
quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked, split_sentences

_CONFIDENT = patterns.compile(r"(?<!\w)confident\s+(?:that\s+)?(?P<subject>(?:[\w'’-]+\s+){0,3}?(?P<head>[\w'’-]+))\s+"
                              r"(?:will|would)\s+(?P<verb>[a-z]+)(?!\w)", re.IGNORECASE)
_PRONOUNS = frozenset({"we", "they", "it", "he", "she", "i", "you", "this", "that", "there"})
# past forms a regular ending does not give
_IRREGULAR = {"see": ("saw", "seen"), "find": ("found",), "win": ("won",), "make": ("made",), "give": ("gave", "given"),
              "take": ("took", "taken"), "hold": ("held",), "rule": ("ruled",), "back": ("backed",),
              "agree": ("agreed",), "come": ("came",), "get": ("got",), "keep": ("kept",), "throw": ("threw", "thrown"),
              "overturn": ("overturned",), "uphold": ("upheld",)}


def confidence_told_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells as done a deed its cited passages give only as a speaker's confidence that
    it will be done."""
    if not in_english(language) or not passages:
        return []
    expected = [found for passage in passages for found in _expected(passage.text)]
    if not expected:
        return []  # most passages are confident of nothing: found without reading the sentence
    spoken = unquoted(markers_blanked(text))
    for shown, head, verb in expected:
        done = "|".join(re.escape(form) for form in _past_forms(verb))
        told = patterns.compile(rf"(?<![\w-]){re.escape(head)}\s+(?:(?:has|had|have)\s+)?(?:already\s+)?(?:{done})"
                                rf"(?![\w-])", re.IGNORECASE)
        if told.search(spoken) and not any(told.search(passage.text) for passage in passages):
            return [Finding(offset, f"this sentence tells as done what its cited passages give only as a speaker's "
                                    f"confidence that it will be ('{shown}'): {clipped(text)}",
                            "keep it to come and the speaker's ('was confident the court would ...'), or cite a "
                            "passage that says it was done")]
    return []


def _past_forms(verb: str) -> tuple[str, ...]:
    """Return the past forms of a verb: its irregular ones, or "-ed" ("approved", "backed")."""
    verb = verb.casefold()
    return _IRREGULAR.get(verb) or ((verb + "d",) if verb.endswith("e") else (verb + "ed",))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _expected(text: str) -> tuple[tuple[str, str, str], ...]:
    """Return each deed a passage's speaker is confident will be done: as written, its subject's last word, its verb."""
    if "onfident" not in text:
        return ()
    found = []
    for sentence in split_sentences(text):
        for match in _CONFIDENT.finditer(sentence.text):
            if match["head"].casefold() not in _PRONOUNS:
                found.append((" ".join(match.group().split()), match["head"], match["verb"]))
    return tuple(found)
