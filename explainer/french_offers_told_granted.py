"""A French offer or proposal told as granted, accepted or obtained: "La direction a accordé une augmentation de
2,5 %" citing "La direction propose une augmentation de 2,5 %", or "FO a obtenu un étalement de la hausse sur deux
ans" citing FO "prêt à discuter d'un étalement de la hausse sur deux ans", built (tests/test_newuser145.py).
offers_accepted.py and proposed_figures.py read English only, french_proposed_deeds.py a proposal "de" and a verb.

Read where a sentence's verb of granting ("a accordé", "accepte", "ont obtenu", "a versé", "a consenti", "octroie")
has, in its clause's next eight words, a figure in digits or a noun of five letters or more that every cited
passage holding it gives after a word of proposing, offering or asking ("propose", "offre", "réclame", "demande",
"prêt à discuter") within eight words in its clause, and none gives after a verb of granting. A sentence keeping
its own proposal, negation, possibility or condition ("n'a pas accepté", "pourrait accorder", "si") tells none.
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import folded_word, markers_blanked

_GRANTED = patterns.compile(
    r"(?<![\w'’-])(?:accord(?:é|ée|és|ées|e|ent|ait|aient|era|eront)|accept(?:é|ée|és|ées|e|ent|ait|aient|era|eront)"
    r"|obten(?:u|ue|us|ues)|obtien(?:t|nent|dra|dront)|obtint|vers(?:é|ée|és|ées|e|ent|ait|aient|era|eront)"
    r"|consenti(?:e|s|es)?|consent(?:ent)?|octroy(?:é|ée|és|ées|e|ent)|concéd(?:é|ée|és|ées|e|ent))(?![\w'’-])")
_PROPOSED = patterns.compile(
    r"(?<![\w'’-])(?:propos\w*|offr\w*|offert\w*|réclam\w*|demand\w*|suggér\w*|suggèr\w*|envisag\w*|prêts?|prêtes?"
    r"|revendi\w*|exig\w*)(?![\w'’-])")
# the sentence's own proposal, negation, possibility or condition: it tells nothing granted
_KEPT = patterns.compile(
    r"(?<![\w'’-])(?:ne|n['’]|pas|jamais|sans|non|ni|aucun\w*|refus\w*|rejet\w*|pourr\w*|peut|peuvent|si|propos\w*"
    r"|offr\w*|offert\w*|réclam\w*|demand\w*|prêts?|prêtes?|envisag\w*|exig\w*)(?![\w'’-])")
_TOKEN = patterns.compile(r"\d+(?:[\s.,]\d+)*|[^\W\d_][\w'’-]*|[.;:!?]")
_REACH = 8


def french_offer_told_granted(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a French sentence tells as granted what its passages give only as offered or asked."""
    if language.split("-")[0].lower() != "fr" or not passages:
        return []
    spoken = markers_blanked(text)
    granted = _GRANTED.search(spoken.casefold())
    if not granted or _KEPT.search(spoken.casefold()) or any(s <= granted.start() < e for s, e in quoted_parts(spoken)):
        return []
    tokens = _TOKEN.findall(spoken[granted.end():])
    objects = []
    for token in tokens[:_REACH]:
        if token in ".;:!?":
            break
        if token[0].isdigit() or len(token) >= 5:
            objects.append(_key(token))
    if not objects:
        return []
    frames = [frame for passage in passages for frame in _frames(passage.text)]
    for key in objects:
        held = [proposed for found, proposed in frames if found == key]
        if held and all(held) and not any(found == key and proposed is False for found, proposed in frames):
            word = _PROPOSED.search(" ".join(p.text.casefold() for p in passages))
            return [Finding(offset + granted.start(),
                            f"this sentence tells as granted ('{granted.group()}') what its cited passages give only "
                            f"as offered or asked ('{word.group() if word else 'propose'}'): {clipped(text)}",
                            "say it is offered, proposed or asked, as the source does, or cite the passage that tells "
                            "it granted")]
    return []


def _key(token: str) -> str:
    """Return a word by its first six letters, a figure by its digits ("2,5" and "2.5" alike)."""
    return "".join(c for c in token if c.isdigit()) if token[0].isdigit() else folded_word(token)[:6]


def _frames(text: str) -> list[tuple[str, bool]]:
    """Return each figure and long word of a passage with whether a word of proposing or asking stands within eight
    words before it in its clause (True), a verb of granting does (False, "granted"), or neither (None)."""
    tokens = _TOKEN.findall(text.casefold())
    found, last_proposed, last_granted = [], -_REACH - 1, -_REACH - 1
    for index, token in enumerate(tokens):
        if token in ".;:!?":
            last_proposed = last_granted = -_REACH - 1
            continue
        if _PROPOSED.fullmatch(token):
            last_proposed = index
        elif _GRANTED.fullmatch(token):
            last_granted = index
        elif token[0].isdigit() or len(token) >= 5:
            state = (False if index - last_granted <= _REACH and last_granted > last_proposed
                     else True if index - last_proposed <= _REACH else None)
            found.append((_key(token), state))
    return found
