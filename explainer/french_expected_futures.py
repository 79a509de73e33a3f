"""A French expectation told as certain in someone's name: "Selon les services de l'État, la Haute-Marne autorisera
une dizaine de nouveaux parcs" may not cite "Selon les services de l'État, la Haute-Marne devrait autoriser une
dizaine de nouveaux parcs" (tests/test_factcheck_218.py).

forecasts.py refuses "autorisera" of "devrait autoriser", but lets a sentence keep a forecast by saying whose it is
("the company says it will"): here the source says whose it is too, and that they only expect it. Read narrowly: a
passage's "devrait", "devraient", "pourrait" or "pourraient" before an infinitive ("autoriser", "finir", "prendre")
gives that verb only as expected; a sentence saying whose it is ("selon", "d'après", "affirme que", "indique que",
...) and giving the same verb's future ("autorisera", "autoriseront") or "va"/"vont" before it is refused, where it
shares another word of four letters or more with the passage's sentence, keeps no expectation of its own ("prévoit",
"estime", "devrait", "pourrait", a conditional "autoriserait") and no cited passage gives the future itself. Words in
quotation marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .forecasts import expectations_in, unhedged_forecasts
from .sentences import markers_blanked, split_sentences

_EXPECTED = patterns.compile(r"(?<![\w'’-])(?P<hedge>(?:devr|pourr)ai(?:en)?t)\s+(?:(?:ne\s+pas|pas|bien|encore|"
                             r"donc|aussi|enfin|toutefois)\s+)?(?P<verb>[^\W\d_]{2,}(?:er|ir|re))(?![\w'’-])",
                             re.IGNORECASE)
_WHOSE = patterns.compile(r"(?<![\w'’-])(?:selon|d['’]après)(?![\w'’-])|(?<![\w'’-])(?:affirme|affirment|indique"
                          r"|indiquent|précise|précisent|assure|assurent|dit|disent|annonce|annoncent|explique"
                          r"|expliquent|déclare|déclarent|souligne|soulignent|rappelle|rappellent|ajoute|ajoutent"
                          r"|confirme|confirment|promet|promettent|garantit|garantissent)\s+qu(?:e|['’])",
                          re.IGNORECASE)
# a sentence's own words that keep the expectation: a belief, a hope, a plan
_KEPT = patterns.compile(r"(?<![\w'’-])(?:estime|estiment|pense|pensent|croit|croient|table|tablent|anticipe"
                         r"|anticipent|s['’]attend|s['’]attendent|compte|comptent|objectif|ambition|envisage"
                         r"|envisagent|probable|probablement|sans\s+doute|peut-être)(?![\w'’-])", re.IGNORECASE)
_NOT_CONTENT = frozenset({"selon", "après", "devrait", "devraient", "pourrait", "pourraient", "dans", "pour", "avec",
                          "cette", "leur", "leurs", "sont", "être"})


def expected_told_certain(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where French text, saying whose it is, gives as certain a verb its passages only expect."""
    spoken = unquoted(markers_blanked(text))
    if not _WHOSE.search(spoken) or _KEPT.search(spoken) or expectations_in(spoken, "fr"):
        return []
    expected = [(found, sentence.text) for passage in passages for sentence in split_sentences(passage.text, "fr")
                for found in _EXPECTED.finditer(unquoted(sentence.text))]
    if not expected:
        return []  # most passages expect nothing so
    words = content_words(spoken, _NOT_CONTENT)
    for found, sentence in expected:
        told = _future_of(found["verb"], spoken)
        if told is None or any(_future_of(found["verb"], unquoted(passage.text)) for passage in passages):
            continue
        shared = words - {told.group().split()[-1].casefold()} - {found["verb"].casefold()}
        if shared & content_words(sentence, _NOT_CONTENT):
            if unhedged_forecasts(text, passages, offset, "fr"):
                return []  # forecasts.py names it already
            hedge = " ".join(found.group().split())
            return [Finding(offset + told.start(), f"the source gives this only as expected ('{hedge}'), but it is "
                                                   f"worded as certain ('{' '.join(told.group().split())}'), in "
                                                   f"whoever's name: {clipped(text)}",
                            f"keep the source's '{found['hedge']}', or cite a passage that says it will happen")]
    return []


def _future_of(infinitive: str, text: str) -> re.Match | None:
    """Return text's future of a verb ("autorisera", "autoriseront", "va autoriser"), or None."""
    stem = re.escape(infinitive[:-1] if infinitive.casefold().endswith("re") else infinitive)
    return re.search(rf"(?<![\w'’-])(?:{stem}(?:a|ont)|(?:va|vont)\s+{re.escape(infinitive)})(?![\w'’-])", text,
                     re.IGNORECASE)
