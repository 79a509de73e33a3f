"""A cap kept a cap: "The prices of the 300 products are frozen for three years" may not cite "Their prices may rise no
faster than the consumer price index for three years".

A sentence telling something frozen ("frozen", "freeze", "freezes"; French "gelé(s)", "gel des"; Spanish
"congelado(s)", "congela"; German "eingefroren", "einfrieren", "Preisstopp") is refused where no cited passage freezes
anything and a passage sharing a content word of four letters or more with it caps or limits instead ("cap", "capped",
"limit", "no faster than", "ceiling"; "plafonné", "limité"; "tope", "topado", "limitado"; "gedeckelt", "begrenzt",
"Obergrenze"): a rise allowed up to a bound told as no rise at all (tests/test_factcheck_139.py). Words in quotation
marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .locale import base_language
from .sentences import markers_blanked, split_sentences

_FREEZE = {
    "en": r"froze|frozen|freez(?:e|es|ing)",
    "fr": r"gel(?:é|ée|és|ées|er)|gèlent|gèle|gel\s+des",
    "es": r"congela(?:do|da|dos|das|r|n|rá|rán)?|congelación",
    "de": r"eingefroren|einfrieren|friert|frieren|Preisstopp\w*",
}
_CAP = {
    "en": r"cap|caps|capped|capping|limit|limits|limited|limiting|ceiling|no\s+(?:faster|more)\s+than|in\s+line\s+with",
    "fr": r"plafon\w+|limit\w+|pas\s+plus\s+vite\s+que",
    "es": r"tope|topes|topad\w+|limit\w+|no\s+más\s+(?:rápido\s+)?que",
    "de": r"gedeckelt|deckeln|Deckel\w*|begrenz\w*|Obergrenze\w*|nicht\s+stärker\s+als",
}
_FREEZES = {language: patterns.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) for language, words in _FREEZE.items()}
_CAPS = {language: patterns.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) for language, words in _CAP.items()}


def freezes_for_caps(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells frozen what its cited passages only cap or limit."""
    read = base_language(language or "en")
    if read not in _FREEZES or not _FREEZES[read].search(text):
        return []
    own = unquoted(markers_blanked(text))
    if not _FREEZES[read].search(own) or any(_FREEZES[read].search(passage.text) for passage in passages):
        return []
    words = content_words(own, frozenset())
    for passage in passages:
        for sentence in split_sentences(passage.text, read):
            if _CAPS[read].search(sentence.text) and words & content_words(sentence.text, frozenset()):
                return [Finding(offset, f"this sentence tells as frozen what its cited passages cap or limit: "
                                        f"{clipped(text)}",
                                "say what the source says is capped or limited, or cite the passage that says it is "
                                "frozen")]
    return []
