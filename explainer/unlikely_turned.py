"""What a source calls unlikely may not be told as what will happen, nor as done.

"Legal experts said Ostrava's rejection would change the outcome" citing "Legal experts said Ostrava's rejection was
unlikely to change the outcome" built (tests/test_factcheck_231.py): likelihood.py reads a hedge dropped, and "would"
is a hedge of its own; no check read "unlikely" as the doubt turned around.

A passage's "X is (was, seems) unlikely to V the Y" is read; a sentence telling the same verb (its first four letters)
of the same thing (a word of four letters or more after the verb, shared) as what will or would happen ("would
change", "will change", "is likely to change", "is expected to change", "is set to change") or as done ("changed the
outcome") is refused where its clause keeps no doubt or negation of its own ("not", "unlikely", "doubt", "little
chance", "hardly"), tells no mere possibility ("could", "may", "might"), and no cited passage tells the verb without
"unlikely". Words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_UNLIKELY = patterns.compile(r"(?<![\w'’-])(?:is|was|are|were|seems?|seemed|looks?|looked|appears?|appeared|remains?"
                             r"|remained)\s+(?:(?:highly|very|most|extremely|deeply)\s+)?unlikely\s+to\s+"
                             r"(?P<verb>[a-z]+)\s+(?P<rest>[^.;:!?]*)", re.IGNORECASE)
_TOLD = patterns.compile(
    r"(?<![\w'’-])(?:(?P<will>would|will|(?:is|was|are|were)\s+(?:likely|set|going|expected|bound|certain|sure)\s+to)"
    r"\s+(?:(?:now|certainly|surely|definitely)\s+)?(?P<verb>[a-z]+)|(?P<done>[a-z]+(?:ed|es|d)))(?![\w'’-])"
    r"(?=\s+(?P<rest>[^.;:!?]*))", re.IGNORECASE)
_DOUBT = patterns.compile(r"(?<![\w'’-])(?:not|n['’]t|never|no|unlikely|doubt\w*|little\s+chance|hardly|scarcely"
                          r"|could|may|might|whether|if|unless)(?![\w'’-])", re.IGNORECASE)
_STEM = 4
_WORD = patterns.compile(r"[^\W\d_]{4,}")


def _things(rest: str) -> set[str]:
    """Return the words of four letters or more after a verb, up to its clause's end (a comma's)."""
    return {word.casefold() for word in _WORD.findall(rest.split(",")[0])}


_PRONOUNS = frozenset({"this", "that", "these", "those", "they", "them", "there", "said", "says", "told"})


def _subject(before: str) -> set[str]:
    """Return the words of four letters or more of the last four before "unlikely" (its subject, mostly: "Ostrava's
    rejection"), pronouns left out; the sentence must name one of them before its verb."""
    return {word for word in _things(" ".join(before.split()[-4:])) if word not in _PRONOUNS}


def _told_verbs(text: str, verb: str) -> list[tuple[str, set[str], int]]:
    """Return each telling of `verb` (its first four letters) as to come or done in text, with its things and where it
    stands."""
    found = []
    for match in _TOLD.finditer(text):
        told = match["verb"] or match["done"]
        if told.casefold()[:_STEM] == verb[:_STEM]:
            found.append((" ".join(match.group().split()), _things(match["rest"] or ""), match.start()))
    return found


def unlikely_told_as_likely(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as to come or done what its cited passages give only as unlikely."""
    if not in_english(language) or not any("unlikely" in passage.text for passage in passages):
        return []  # a str search: most passages call nothing unlikely
    own = unquoted(markers_blanked(text))
    if "unlikely" in own:
        return []
    for passage in passages:
        for unlikely in _UNLIKELY.finditer(passage.text):
            verb, things = unlikely["verb"].casefold(), _things(unlikely["rest"])
            subject = _subject(passage.text[:unlikely.start()])
            for told, shared, at in _told_verbs(own, verb):
                clause = re.split(r"[,;]", own[:at])[-1]
                if not (shared & things) or _DOUBT.search(clause) or _DOUBT.search(told) or (
                        subject and not subject & _things(own[:at])):
                    continue
                if any(_told_verbs(other.text.replace(unlikely.group(), ""), verb) for other in passages):
                    return []  # a passage tells it, too, without the doubt
                said = " ".join(unlikely.group().split()[:4])
                return [Finding(offset, f"this sentence tells as to come or done ('{told}') what its cited passages "
                                        f"give as unlikely ('{said}'): {clipped(text)}",
                                "keep the source's doubt ('unlikely to'), or cite the words that say what this says")]
    return []
