"""A speaker told as denying where the cited passages deny nothing: "Pakistani officials denied." may not cite "At least
31 people were killed ..., Pakistani officials said", nor "Al-Monitor denies it invests in military nuclear programs"
"Islamabad continues to invest in its military nuclear programs".

opposite_acts.py reads "denied" against a passage's "declared"; a "said", "says" or a report's own words turned into a
denial built (benchmarks/mutations.py, factcheck214). Here a sentence's "deny", "denies", "denied" or "denying" read
as a denial of what is said (nothing after it, or "that", "it", "this", "having", a verb's "-ing", "also", "ever",
"any", or a claim's noun: "denied the allegations", "denies wrongdoing") is refused where no cited passage holds any
word of denial, refusal or negation at all ("deny", "reject", "dismiss", "refute", "dispute", "insist", "false",
"baseless", "not", "no", "never", ...), nor any of admission or assent ("accepted", "confirmed", "acknowledged":
opposite_deeds.py names a denial of them, once). A denial negated ("does not deny", "neither confirmed nor denied"), in
quotation marks or passive ("was denied bail"), and "deny" of a thing withheld ("denied the party a majority",
"denied entry") are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_DENY = patterns.compile(r"(?<![\w'’-])den(?:y|ies|ied|ying)(?![\w'’-])", re.IGNORECASE)
# What follows a denial of what is said: nothing, a clause, a pronoun (not a thing withheld: "denied it a majority"),
# a verb's "-ing", or a claim's noun
_CLAIMS = (r"claims?|reports?|allegations?|accusations?|charges?|accounts?|stor(?:y|ies)|rumou?rs?|suggestions?|"
           r"wrongdoing|involvement|responsibility|knowledge|links?|role|this|that|these|those|any|ever|also|"
           r"having|outright|flatly|strongly|firmly|repeatedly")
_SAID_AFTER = patterns.compile(
    r"\s*(?:$|[,.;:!?)\]—–]|\[\^|(?:the\s+|an?\s+|any\s+|all\s+|such\s+)?(?:" + _CLAIMS + r")(?![\w'’-])"
    r"|(?:it|them)(?![\w'’-])(?!\s+(?:an?|the|any|its|their|his|her)\s)|[a-z]+ing(?![\w'’-]))", re.IGNORECASE)
_PASSIVE = patterns.compile(r"(?<![\w'’-])(?:was|were|is|are|be|been|being|get|gets|got)\s+$", re.IGNORECASE)
_NEGATED = patterns.compile(
    r"(?<![\w'’-])(?:not|never|n['’]t|nor|neither|no\s+one|nobody|without|refused\s+to|declined\s+to|"
    r"confirm(?:ed|s)?\s+(?:or|nor))(?:\s+[\w'’-]+){0,2}\s+$", re.IGNORECASE)
# A passage's word of denial, refusal or negation: any of them may back a denial an editor reads in it
_DENIAL_WORDS = patterns.compile(
    r"(?<![\w'’-])(?:den(?:y|ies|ied|ying|ial|ials)|reject\w*|dismiss\w*|refut\w*|rebut\w*|disput\w*|contest\w*|"
    r"contradict\w*|repudiat\w*|disavow\w*|insist\w*|counter\w*|refus\w*|brush\w*|downplay\w*|distanc\w*|"
    r"untrue|fals\w*|baseless|unfounded|groundless|fabricat\w*|li(?:e|es|ed|ar|ars)|lying|nonsense|fake|wrong\w*|"
    r"absurd|ridiculous|misleading|inaccurate|incorrect|(?:mis|dis)information|propaganda|smears?|slander\w*|"
    r"motivated|slam\w*|(?:push|hit)\w*\s+back|speculat\w*|invent\w*|made\s+up|unsubstantiated|mistaken|"
    r"erroneous\w*|blam\w*|"
    r"not|no|none|never|nothing|neither|nor|nobody|cannot|without)(?![\w'’-])|n['’]t(?!\w)", re.IGNORECASE)

# A passage's word of admission or assent: a denial of it is opposite_deeds.py's to name, once ("denied that" of
# "accepted that")
_ADMITTED = patterns.compile(r"(?<![\w'’-])(?:accept|admit|acknowledg|confirm|conced|agree|approv)\w*", re.IGNORECASE)


def unbacked_denials(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells of a denial of what is said and no cited passage denies, refuses or
    negates anything."""
    if not passages or not in_english(language):
        return []
    spoken = markers_blanked(text)
    denials = [match for match in _DENY.finditer(spoken) if _read_as_denial(spoken, match)]
    if not denials or any(_DENIAL_WORDS.search(passage.text) or _ADMITTED.search(passage.text)
                          for passage in passages):
        return []  # most sentences deny nothing; a passage's word of denial may back one, of admission turn it
    word = denials[0]
    return [Finding(offset + word.start(), f"this sentence says '{word.group()}' where its cited passages deny "
                                           f"nothing: {clipped(text)}",
                    "keep the verb the source gives ('said', 'says'), or cite the passage that tells of the denial")]


def _read_as_denial(text: str, match: re.Match) -> bool:
    """Say whether a "deny" is a denial of what is said, told as done: not quoted, negated, passive or of a thing
    withheld."""
    before = text[max(0, match.start() - 40):match.start()]
    return (not inside(quoted_parts(text), match.start()) and not _NEGATED.search(before)
            and not _PASSIVE.search(before) and _SAID_AFTER.match(text, match.end()) is not None)
