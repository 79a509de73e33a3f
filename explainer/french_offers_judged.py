"""A French offer a passage gives as judged insufficient, or turned down, told as accepted: "M. Holmgren a accepté
l'offre valmorienne" citing "M. Holmgren a jugé cette offre « insuffisante », sans la rejeter formellement" built
(tests/test_factcheck_192.py).

Read narrowly: in a cited passage, "offre" or "proposition" judged or called "insuffisante", "inacceptable",
"irrecevable" or "décevante" ("a jugé cette offre « insuffisante »", "une offre jugée insuffisante"), or rejected,
refused or turned down ("a rejeté l'offre", "a refusé la proposition"); a sentence telling such an offer accepted or
approved ("a accepté l'offre", "approuve la proposition") is refused where it holds no negation of its own ("n'a pas
accepté", "sans l'accepter") and no cited passage tells it accepted ("a finalement accepté"). A rejection the passage negates ("n'accepte ni ne refuse l'offre")
turns nothing down."""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped

_OFFER = r"(?:offres?|propositions?)"
_WANTING = r"(?:insuffisante?s?|inacceptables?|irrecevables?|décevante?s?)"
_DETERMINER = r"(?:(?:l['’]|la|les|cette|ces|son|sa|leur|une)\s*)?"
_JUDGED = patterns.compile(
    # "une offre jugée insuffisante", "la proposition, « inacceptable »"
    rf"(?<!\w){_OFFER}(?:\s+[^\W\d_]+){{0,2}}?\s+(?:jugée?s?|qualifiée?s?|estimée?s?)?\s*[«\"“]?\s*{_WANTING}(?!\w)"
    # "a jugé cette offre « insuffisante »"
    rf"|(?<!\w)(?:jug|qualifi|estim)\w*\s+{_DETERMINER}{_OFFER}(?:\s+[^\W\d_]+)?\s*(?:de\s+)?[«\"“]?\s*{_WANTING}(?!\w)"
    # "a rejeté l'offre", "refuse la proposition"
    rf"|(?<!\w)(?:rejet|refus|repouss|écart)\w*\s+{_DETERMINER}{_OFFER}(?!\w)", re.IGNORECASE)
_ACCEPTED = patterns.compile(
    rf"(?<!\w)(?:accept\w*|approuv\w*|agré\w*)\s+{_DETERMINER}{_OFFER}(?!\w)"
    rf"|(?<!\w){_OFFER}(?:\s+[^\W\d_]+){{0,2}}?\s+(?:a|ont)\s+été\s+(?:acceptée?s?|approuvée?s?)(?!\w)", re.IGNORECASE)
# a rejection the passage negates, "n'accepte ni ne refuse l'offre", "sans rejeter la proposition", turns nothing down
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:ne|n['’]|ni|sans|pas|jamais)\s*(?:[^\W\d_]+\s+)?$", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<!\w)(?:ne|n['’]|pas|jamais|sans|ni|refus\w*|rejet\w*)(?!\w)", re.IGNORECASE)


def judged_offer_told_accepted(text: str, passages: list[Cited], offset: int = 0,
                               language: str = "") -> list[Finding]:
    """Return a finding where a French sentence tells accepted an offer its cited passages give as judged
    insufficient or turned down."""
    if not language.startswith("fr"):
        return []
    told = _ACCEPTED.search(text)
    if told is None or _NEGATED.search(text):
        return []
    judged = [found for passage in passages if (passage.language or language).startswith("fr")
              for found in _JUDGED.finditer(passage.text)
              if not _NEGATED_BEFORE.search(passage.text, max(0, found.start() - 20), found.start())]
    if not judged or any(_ACCEPTED.search(passage.text) for passage in passages):
        return []
    return [Finding(offset, f"this sentence tells as accepted ('{' '.join(told.group().split())}') an offer its cited "
                            "passage gives as turned down or judged wanting "
                            f"('{' '.join(judged[0].group().split())}'): "
                            f"{clipped(text)}",
                    "tell what the source says of the offer (\"a jugé l'offre insuffisante\"), or cite a passage "
                    "that tells it accepted")]
