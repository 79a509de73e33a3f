"""A thing wanted told as done, in Swahili: "Mshahara ulipandishwa" (the wage was raised) citing "Chama kinataka
mshahara upandishwe" (the union wants the wage to be raised).

Swahili gives what is wanted, demanded or proposed in the subjunctive: the subject's prefix glued to the stem with its
last "a" made "e" ("u-pandishw-e", "i-shushw-e", "i-pande"), after a verb of wanting ("kinataka", "wanadai",
"ilipendekeza") or "ili" (so that). A sentence telling the same verb in a tense of fact ("ulipandishwa",
"imeshushwa", "itapandishwa", "ilipandisha": past, perfect, present or future, either voice) is refused where its
cited passages give that verb only so; a sentence keeping the wish ("Chama kinataka mshahara upandishwe") builds, and
so does one a passage tells done. tests/test_newuser_62.py.
"""

from __future__ import annotations

import re

from .attribution import Cited, Finding, clipped
from . import patterns

_SUBJECTS = r"(?:a|wa|i|zi|u|ki|vi|li|ya|m|tu|mu)"
# a verb told as fact: subject, tense ("li", "na", "me", "ta"), an object's prefix or none, the stem ending in "a"
_TOLD = patterns.compile(rf"(?<![^\W\d_]){_SUBJECTS}(?:li|na|me|ta)([^\W\d_]{{3,}})a(?![^\W\d_])", re.IGNORECASE)
# a verb of wanting, demanding, proposing or ordering, in a tense or the infinitive; "ili" (so that)
_WANTING = patterns.compile(rf"(?<![^\W\d_])(?:{_SUBJECTS}(?:li|na|me|ta)|ku)(?:taka|dai|omba|sisitiza|pendekeza"
                            r"|agiza|himiza|shinikiza|hitaji)(?![^\W\d_])|(?<![^\W\d_])ili(?![^\W\d_])", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")
_WISH_REACH = 5  # words between the verb of wanting and the wish: "kinataka mshahara wa chini upandishwe"
_WANT_WORDS = ("taka", "dai", "omba", "sisitiza", "pendekeza", "agiza", "himiza", "shinikiza", "hitaji", "ili")


def _roots(word: str) -> frozenset[str]:
    """Return the roots a stem told as fact may be wished by, either voice ("pandishw" of "ulipandishwa" gives
    "pandishw" and "pandish"; "pandish" of "ilipandisha" gives "pandish" and "pandishw")."""
    return frozenset({word, word[:-1]} if word.endswith("w") else {word, word + "w"})


def _wished(text: str) -> list[tuple[str, str]]:
    """Return (the wish as written, from its verb of wanting, and the subjunctive's root) for each subjunctive text
    gives after a verb of wanting: ("kinataka mshahara upandishwe", "pandishw")."""
    found = []
    wantings = list(_WANTING.finditer(text))
    for wanting, following in zip(wantings, wantings[1:] + [None]):
        # a wish is the nearest verb of wanting's: "kinataka mshahara upandishwe ili madereva walipwe" wants both
        words = list(_WORD.finditer(text, wanting.end(), following.start() if following else len(text)))[:_WISH_REACH]
        for word in words:
            written = word.group().casefold()
            prefix = next((p for p in ("zi", "ki", "vi", "li", "ya", "wa", "tu", "mu", "a", "i", "u", "m")
                           if written.startswith(p) and len(written) - len(p) > 3 and written.endswith("e")), None)
            if prefix:
                found.append((" ".join(text[wanting.start():word.end()].split()), written[len(prefix):-1]))
    return found


def wish_told_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Swahili sentence tells as fact a verb its cited passages give only as wanted."""
    if language.split("-")[0].lower() != "sw" or not any(
            word in passage.text for passage in passages for word in _WANT_WORDS):
        return []  # most passages want nothing: a few looks
    wishes = [wish for passage in passages for wish in _wished(passage.text)]
    if not wishes:
        return []
    told_in_passages = {root for passage in passages for match in _TOLD.finditer(passage.text)
                        for root in _roots(match.group(1).casefold())}
    kept = {root for _, root in _wished(text)}  # "Chama kilitaka mshahara upandishwe": the wish kept
    for told in _TOLD.finditer(text):
        roots = _roots(told.group(1).casefold())
        wish = next((written for written, root in wishes if root in roots), None)
        if wish and roots.isdisjoint(told_in_passages) and roots.isdisjoint(kept):
            return [Finding(offset + told.start(), f"this sentence tells '{told.group()}' as a fact where its cited "
                                                   f"passages give it only as wanted ('{wish}'): {clipped(text)}",
                            "say who wants it, as the source does, or cite a passage that tells it done")]
    return []
