"""A speaker's undertaking kept to come: "Lindqvist has since written to the committee" may not cite '"I will write to
the committee with the figures," Lindqvist said'.

What a speaker says "I will" (or "we'll", "I shall", "I am going to", "I undertake to", "I promise to") do is an
undertaking, not a deed, and so is one reported ("said he would write", "promised to send", "undertook to"):
future_as_past.py reads its verb told in the past ("wrote"), not a perfect ("has since written") nor its deed told in
other words ("sent the committee the figures"). A sentence is refused where it tells that verb done (a perfect, "has
written"; "fined" of "will fine"), or, of a deed of delivering ("write", "send", "provide"), another such ("sent",
"handed", "provided"), or, of one of raising a matter ("raise it with", "take it up with",
"bring up", "flag", "discuss", "put to"), another such ("has taken the matter up with ministers" of "I will raise it
with ministers": tests/test_factcheck_146.py), shares two words with the undertaking, its verb among them, or one beside a delivery (by their
first four letters: "written" of "write", "committee", "figures"), keeps no future or word of its own ("will", "would",
"promised", "said", "undertook", "offered"), and no cited passage tells that past itself outside an undertaking.
Another's deed the undertaking asks for is not read ("The court has quashed" of "We will ask the court to quash").
English text is read (tests/test_factcheck_135.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .sentences import markers_blanked

_UNDERTAKEN = patterns.compile(
    r"(?:(?<!\w)(?:I|[Ww]e)(?:\s+(?:will|shall|am\s+going\s+to|are\s+going\s+to|undertake\s+to|promise\s+to)|['’]ll)"
    # reported: "said he would write", "promised to write", "undertook to send" (factcheck_135)
    # a person's: a body's "said it would suspend the strike" is its decision, its act (own_deeds.py)
    r"|(?<!\w)(?:said|says|told\s+\w+|added)\s+(?:that\s+)?(?:he|she|I)\s+would"
    r"|(?<!\w)(?:promised|promises|pledged|pledges|undertook|undertakes|vowed|vows)\s+to)"
    r"\s+(?:also\s+|now\s+|then\s+)?(?P<deed>(?!not\b|be\b|have\b)[a-z]{3,}[^.;:!?\"”]{0,120})")
_DONE = patterns.compile(
    r"(?<!\w)(?:(?:has|have|had)\s+(?:since\s+|now\s+|already\s+|also\s+|duly\s+)?(?P<perfect>[a-z]{3,})"
    r"|(?P<past>[a-z]{3,}ed|sent|wrote|gave|paid|made|brought|took|sold|put|met|held|handed))(?!\w)")
_KEPT = patterns.compile(r"(?<!\w)(?:will|would|shall|going\s+to|promis\w*|pledg\w*|undert\w*|offer\w*|said|says|say"
                         r"|plans?|planned|intends?|intended|expected|vow\w*|told|tells)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]{4,}")
_NOT_COUNTED = frozenset({"that", "this", "with", "from", "have", "been", "they", "them", "their", "there", "will",
                          "since", "also", "into", "about", "after", "before"})
_LEAST = 2
# Verbs of delivering something, by their first four letters: "write", "sent", "provided", "handed", "submitted"
_DELIVERING = frozenset({"writ", "wrot", "send", "sent", "prov", "deli", "subm", "forw", "supp", "give", "gave", "hand",
                         "shar", "publ", "rele"})
# Deeds of raising a matter with someone, each told as the others: "has taken the matter up with ministers" of "I will
# raise it with ministers" (factcheck_146); "take" and "bring" only with "up", "put" only with "to"
_RAISING = patterns.compile(r"(?:rais(?:e|es|ed|ing)|(?:take|takes|taken|took|taking|bring|brings|brought|bringing)"
                            r"\s+(?:[\w'’-]+\s+){0,3}?up|flag(?:s|ged|ging)?|discuss(?:es|ed|ing)?"
                            r"|put(?:s|ting)?\s+(?:[\w'’-]+\s+){0,3}?to|press(?:es|ed|ing)?)(?![\w-])", re.IGNORECASE)


def undertaking_told_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as done a deed its cited passages give only as a speaker's undertaking."""
    if not in_english(language):
        return []
    undertaken = [each for passage in passages for each in _undertakings(passage.text)]
    if not undertaken:
        return []  # most passages hold no first-person "I will"
    spoken = markers_blanked(text)
    done = _DONE.search(spoken)
    if done is None or _KEPT.search(spoken):
        return []
    told = done["perfect"] or done["past"]
    if any(re.search(rf"(?<!\w){re.escape(told)}(?!\w)", _UNDERTAKEN.sub(" ", passage.text), re.IGNORECASE)
           for passage in passages):
        return []  # a passage tells it done itself
    own = _stems(spoken)
    delivered = told.casefold()[:4] in _DELIVERING
    raised = bool(_RAISING.match(spoken, done.start("perfect") if done["perfect"] else done.start("past")))
    for stems, verb, shown, raising in undertaken:
        # the undertaken verb told done ("has written" of "write"), or a delivery told of a delivery undertaken, the same
        # deed ("sent the committee the figure" of "I will write to the committee with it" shares one word more); not
        # another's deed the undertaking asks for ("The court has quashed" of "We will ask the court to quash")
        same = told.casefold()[:4] == verb or (delivered and verb in _DELIVERING) or (raised and raising)
        if same and len(own & stems) >= (1 if verb not in own else _LEAST):
            return [Finding(offset, f"this sentence tells as done ('{done.group()}') what its cited passages give only "
                                    f"as a speaker's undertaking ('{shown}'): {clipped(text)}",
                            "say it was undertaken, as the source does ('said he would ...'), or cite a passage "
                            "that says it was done")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _undertakings(text: str) -> tuple[tuple[frozenset[str], str, str, bool], ...]:
    """Return the stems of each undertaking of a passage, its verb's stem, its words as written, and whether it is
    one of raising a matter."""
    return tuple((_stems(match["deed"]) | {match["deed"].casefold()[:4]}, match["deed"].casefold()[:4],
                  " ".join(match.group().split()).rstrip(",'’"), bool(_RAISING.match(match["deed"])))
                 for match in _UNDERTAKEN.finditer(text))


def _stems(text: str) -> frozenset[str]:
    """Return the first four letters of text's words of four letters or more, folded."""
    return frozenset(word.casefold()[:4] for word in _WORD.findall(text) if word.casefold() not in _NOT_COUNTED)
