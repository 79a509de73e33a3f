"""A demand kept a demand: "The union secured a pay rise" may not cite "The union demands a pay rise".

What a party demands, seeks or asks for is not yet had: told as secured, won or obtained, the demand reads as met. A
passage's demand is English "demands", "is seeking", "asked for", "calls for", "wants"; Italian "chiede", "ha chiesto",
"rivendica", "pretende"; French "réclame", "exige", "demande", "revendique"; Spanish "exige", "pide", "reclama",
"solicita"; German "fordert", "verlangt". A sentence is refused where it tells the thing got ("secured", "won",
"obtained", "gained", "achieved"; "ha ottenuto", "ha strappato"; "a obtenu", "a arraché"; "consiguió", "logró",
"obtuvo", "ha conseguido"; "durchgesetzt", "erreichte", "erkämpft"), unnegated, with a word of four letters or more of
what the passage's demand asks for, keeps no demand of its own, and no cited passage tells anything got
(tests/test_factcheck_135.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .clauses import content_words
from .sentences import markers_blanked

_DEMANDS = (r"demands?|demanded|demanding|seeks?|seeking|sought|ask(?:s|ed|ing)?\s+for|call(?:s|ed|ing)?\s+for"
            r"|wants?|press(?:es|ed|ing)?\s+for|chied(?:e|ono)|(?:ha|hanno)\s+chiesto|rivendic(?:a|ano)"
            r"|pretend(?:e|ono)|reclam(?:a|ano|an|ó)|réclam(?:e|ent)|exig(?:e|ent|en|ió)|demand(?:e|ent)"
            r"|revendiqu(?:e|ent)"
            r"|(?:a|ont)\s+(?:réclamé|exigé|demandé|revendiqué)|pid(?:e|en|ió)|solicit(?:a|an|ó)"
            r"|forder(?:t|n|te|ten)|verlang(?:t|en|te|ten)")
_DEMAND = patterns.compile(rf"(?<!\w)(?:{_DEMANDS})\s+(?P<what>[^.;:!?]{{3,120}})", re.IGNORECASE)
_WON = patterns.compile(
    r"(?<!\w)(?:secured|secures|won|wins|obtained|obtains|gained|achieved|clinched|wrested|extracted|got|gets"
    r"|durchgesetzt|erreicht(?:e|en)?|erkämpft(?:e|en)?|errungen|errang|bekam|bekamen|erhielt(?:en)?"
    r"|(?:ha|hanno)\s+(?:ottenuto|strappato"
    r"|conquistato|incassato)|otten(?:ne|nero|gono)|ottiene|(?:a|ont)\s+(?:obtenu|décroché|arraché)|obtien(?:t|nent)"
    r"|obtint|consigui(?:ó|eron)|logr(?:ó|aron)|obtuv(?:o|ieron)|(?:ha|han)\s+(?:conseguido|logrado|obtenido))(?!\w)",
    re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<!\w)(?:not|never|n['’]t|non|pas|jamais|no|nunca|nicht|kein\w*|yet\s+to|failed\s+to)"
                            r"(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
_WORD = patterns.compile(r"[\w'’-]+")
_NOT_CONTENT = frozenset({"that", "this", "with", "from", "their", "they", "them", "have", "been", "which", "della",
                          "delle", "degli", "dans", "pour", "avec", "para", "como", "sobre"})


def demand_told_as_won(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as got what its cited passages give only as demanded."""
    spoken = markers_blanked(text)
    won = _WON.search(spoken)
    if won is None or _NEGATED.search(spoken, max(0, won.start() - 30), won.start()) or _DEMAND.search(spoken):
        return []
    if any(_WON.search(passage.text) for passage in passages):
        return []  # a passage tells something got itself
    # what was got, anywhere in the sentence (German's participle comes after it), by its common nouns: a name is
    # whoever got it ("Southland won the vote" of "Northland demands that Southland withdraw")
    got = content_words(spoken if language.startswith("de") else _WORD.sub(_common, spoken), _NOT_CONTENT)
    for passage in passages:
        for what, shown in _demanded(passage.text):
            if got & what:
                return [Finding(offset, f"this sentence tells as got ('{won.group()}') what its cited passages give "
                                        f"only as demanded ('{shown}'): {clipped(text)}",
                                "keep the demand, as the source does ('demands', 'is seeking'), or cite a passage "
                                "that says it was got")]
    return []


def _common(word: re.Match) -> str:
    """Return a word as written, or spaces where it is capitalised (a name, or the sentence's first word)."""
    return " " * len(word.group()) if word.group()[:1].isupper() else word.group()


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _demanded(text: str) -> tuple[tuple[frozenset[str], str], ...]:
    """Return the words of what each demand of a passage asks for, with the demand as written."""
    return tuple((content_words(match["what"], _NOT_CONTENT), " ".join(match.group().split())[:80])
                 for match in _DEMAND.finditer(text))
