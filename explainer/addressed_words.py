"""What a turn says its addressee said, given to someone else: "Pryce told the committee last year that monitors would
be fitted" citing "Mr Lindqvist, you told this committee last year that monitors would be fitted ...".

A questioner puts the witness's own words back to them ("you told this committee", "you said in January", "you have
promised"): the telling is the addressee's, whom the turn names, if at all, as whom it speaks to. Given to a speaker
whom the passage does not name (the questioner, whose label the passage leaves out, or anyone else), it built
(tests/test_newuser_98.py). Here a sentence whose named speaker tells, says or promises, citing passages that give
that verb to "you" alone (not also to "I", "we", "he", "she", "they" or a name), is refused where no cited passage
names that speaker. English, French ("vous avez dit", "vous avez promis"), Spanish ("usted dijo", "usted prometió")
and German ("Sie haben gesagt", "Sie haben versprochen") are read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .owners import is_named
from .speakers import speakers_in

# The verbs of telling a turn gives to its addressee, by the stem a sentence's own verb shares with them
_VERBS = {"told": "tell", "tells": "tell", "tell": "tell", "said": "say", "says": "say", "say": "say",
          "promised": "promis", "promises": "promis", "pledged": "pledg", "pledges": "pledg", "assured": "assur",
          "assures": "assur", "claimed": "claim", "claims": "claim", "stated": "stat", "states": "stat",
          "undertook": "undert", "insisted": "insist", "insists": "insist", "gave": "give",
          "dit": "say", "déclaré": "say", "promis": "promis", "affirmé": "claim", "assuré": "assur",
          "dijo": "say", "afirmó": "claim", "prometió": "promis", "aseguró": "assur",
          "sagte": "say", "gesagt": "say", "versprach": "promis", "versprochen": "promis", "erklärte": "say",
          "erklärt": "say", "behauptete": "claim", "behauptet": "claim"}
_ADDRESSEE_TOLD = patterns.compile(
    r"(?<!\w)(?:you\s+(?:have\s+|had\s+|once\s+|yourself\s+)?(?P<en>told|said|promised|pledged|assured|claimed|stated"
    r"|undertook|insisted|gave)"
    r"|vous\s+(?:nous\s+|leur\s+|lui\s+)?avez\s+(?:\w+\s+)?(?P<fr>dit|déclaré|promis|affirmé|assuré)"
    r"|usted\s+(?:nos\s+|les\s+|le\s+)?(?P<es>dijo|afirmó|prometió|aseguró)"
    r"|Sie\s+haben\s+(?:\w+\s+){0,6}?(?P<de>gesagt|versprochen|erklärt|behauptet))(?!\w)")
_OTHER_TOLD = patterns.compile(
    r"(?<!\w)(?:I|we|he|she|they|it|[A-Z][\w'’-]+)\s+(?:have\s+|has\s+|had\s+)?(?P<verb>told|said|promised|pledged"
    r"|assured|claimed|stated|undertook|insisted|gave)(?!\w)")


def addressed_words_given_away(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                               parties: tuple = ()) -> list[Finding]:
    """Return a finding where a sentence gives its speaker a telling that every cited passage gives to its addressee
    ("you told this committee"), and no cited passage names that speaker."""
    if not any("you" in passage.text or "vous" in passage.text or "usted" in passage.text or "Sie" in passage.text
               for passage in passages):
        return []  # most passages speak to no one
    addressed = {_VERBS[next(verb for verb in told.groups() if verb)] for passage in passages
                 for told in _ADDRESSEE_TOLD.finditer(passage.text)}
    if not addressed:
        return []
    others = {_VERBS[told["verb"]] for passage in passages for told in _OTHER_TOLD.finditer(passage.text)
              if not passage.text[:told.start("verb")].rstrip().lower().endswith("you")}
    for at, words, names in speakers_in(text, parties):
        verb = _verb_after(text, at)
        if verb is None or verb not in addressed or verb in others:
            continue
        if not any(is_named(name, _words(passage.text)) for name in names for passage in passages):
            return [Finding(offset + at, f"this sentence gives the words to {' '.join(words.split())}, but its cited "
                                         f"passages give them to the one they address ('you'): {clipped(text)}",
                            "name whom the turn speaks to, as the source does, or cite a passage in which the "
                            "speaker says it")]
    return []


def _verb_after(text: str, at: int) -> str | None:
    """Return the stem of the verb of telling a speaker found at `at` uses (_VERBS), read from there on; or None."""
    for word in re.findall(r"[^\W\d_]+", text[at:at + 80]):
        if word.lower() in _VERBS or word in _VERBS:
            return _VERBS.get(word.lower(), _VERBS.get(word))
    return None


def _words(passage: str) -> frozenset[str]:
    """Return the passage's words, folded."""
    return frozenset(word.casefold() for word in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", passage))
