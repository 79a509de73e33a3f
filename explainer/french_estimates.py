"""A French estimate told as a fact: "Les pertes des producteurs de fromage s'élèvent à 95 millions d'euros depuis
octobre" citing "Les producteurs de fromage ostrelandais réclament une compensation. Leur fédération estime ses pertes
à 95 millions d'euros depuis octobre." built, the figure and the losses both in the passage (tests/test_newuser_117.py,
tests/test_factcheck_192.py).

Read narrowly: a form of "estimer" or "évaluer" then a possessive or article, a noun and "à" before a figure ("estime
ses pertes à 95 millions d'euros", "évalue le coût à 3 millions"); a sentence giving that figure and naming that noun
(its first five letters, or its verb's: "ont perdu" of "pertes") is refused where it keeps no estimate ("estim",
"évalu", "selon", "d'après", "environ", "affirme", "chiffre") and no cited passage gives the figure otherwise than
estimated."""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped

_ESTIMATED = patterns.compile(
    r"(?<!\w)(?:estim|évalu)\w*\s+(?:ses|leurs|les|sa|son|leur|la|le|l['’])\s*(?P<thing>[^\W\d_]{4,})"
    r"(?:\s+[^\W\d_]+){0,3}?\s+à\s+(?:environ\s+|près\s+de\s+|plus\s+de\s+)?(?P<figure>\d[\d\s\u202f\u00a0]*(?:,\d+)?)",
    re.IGNORECASE)
_KEPT = patterns.compile(r"(?<!\w)(?:estim\w*|évalu\w*|selon|d['’]après|environ|affirm\w*|chiffr\w*|avanc\w*"
                         r"|assur\w*|dit|disent|déclar\w*|indiqu\w*)(?!\w)", re.IGNORECASE)


def estimate_told_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a French sentence gives as fact a figure its cited passages give only as estimated."""
    if not language.startswith("fr") or _KEPT.search(text) or not re.search(r"\d", text):
        return []
    figures = {_figure(found) for found in re.finditer(r"\d[\d\s\u202f\u00a0]*(?:,\d+)?", text)}
    words = {word.casefold()[:5] for word in re.findall(r"[^\W\d_]+", text)}
    for passage in passages:
        if not (passage.language or language).startswith("fr") or "estim" not in passage.text.casefold() and \
                "évalu" not in passage.text.casefold():
            continue
        for found in _ESTIMATED.finditer(passage.text):
            figure = _figure_text(found["figure"])
            if figure in figures and _stems(found["thing"]) & words \
                    and not _given_otherwise(figure, passages, found):
                return [Finding(offset, f"this sentence gives as fact what its cited passage gives only as estimated "
                                        f"('{' '.join(found.group().split())}'): {clipped(text)}",
                                "keep the estimate and who makes it (\"leur fédération estime ses pertes à ...\"), or "
                                "cite a passage that gives the figure as fact")]
    return []


# a noun's verb, which names the thing as well: "ont perdu 95 millions" of "estime ses pertes à 95 millions"
_VERBS = {"perte": frozenset({"perdu", "perde", "perda", "perdr"}), "coûts": frozenset({"coûte", "coûta"}),
          "coût": frozenset({"coûte", "coûta"})}


def _stems(thing: str) -> frozenset[str]:
    """Return the first five letters of a noun, and of its verb's forms ("pertes": "perte", "perdu", ...)."""
    stem = thing.casefold()[:5]
    return frozenset({stem}) | _VERBS.get(stem, _VERBS.get(stem[:4], frozenset()))


def _figure(match: re.Match) -> str:
    return _figure_text(match.group())


def _figure_text(written: str) -> str:
    """Return a figure as compared: its spaces out, its end trimmed ("95 " is "95")."""
    return re.sub(r"[\s\u202f\u00a0]", "", written)


def _given_otherwise(figure: str, passages: list[Cited], estimate: re.Match) -> bool:
    """Say whether a cited passage gives the figure outside the estimate found."""
    for passage in passages:
        for found in re.finditer(r"\d[\d\s\u202f\u00a0]*(?:,\d+)?", passage.text):
            inside = passage.text is estimate.string and estimate.start() <= found.start() < estimate.end()
            if _figure_text(found.group()) == figure and not inside:
                return True
    return False
