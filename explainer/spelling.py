"""British and American spellings of one English word, read as one: "defence" is "defense", "labour" is "labor",
"armoured" is "armored", "centre" is "center", "organise" is "organize".

A British newsroom writes "Pakistan's defence minister" of a source's "Defense Minister": the checks that compare a
sentence's words with a passage's (a speaker's role, an office's portfolio) compare both spellings' one key. Only
stems listed here are read, so no other word is changed ("fence", "four", "hour", "promise" keep their letters).
"""

from __future__ import annotations

import functools

# British stem -> American stem; a word starting with the British stem is read with the American one
_STEMS = {
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    **{british: british[:-3] + "or" for british in (
        "labour", "honour", "favour", "colour", "armour", "neighbour", "behaviour", "harbour", "rumour", "vigour",
        "endeavour", "humour", "valour", "saviour", "tumour", "odour", "fervour", "splendour", "rancour")},
    **{british: british[:-2] + "er" for british in ("centre", "metre", "theatre", "litre", "fibre", "calibre",
                                                     "spectre", "sombre")},
    "analys": "analyz", "paralys": "paralyz", "catalogue": "catalog", "programme": "program",
    "judgement": "judgment",
}
# Verbs in -ise, read as -ize only before these endings ("organised", not "organism"; "realise", not "realistic")
_ISE_STEMS = ("organis", "recognis", "realis", "criticis", "authoris", "mobilis", "stabilis", "normalis", "legalis",
              "privatis", "nationalis", "militaris", "penalis", "characteris", "prioritis", "apologis", "emphasis",
              "minimis", "maximis", "modernis", "sanitis", "utilis", "finalis", "destabilis", "radicalis", "jeopardis",
              "mechanis", "democratis", "hospitalis", "capitalis", "polaris", "neutralis")
_ISE_ENDINGS = frozenset({"e", "ed", "es", "ing", "er", "ers", "ation", "ations", "ational"})
_FIRST = frozenset(stem[:3] for stem in (*_STEMS, *_ISE_STEMS))


@functools.lru_cache(maxsize=1 << 14)
def american(word: str) -> str:
    """Return a casefolded English word with a British stem spelled the American way ("defence" -> "defense",
    "armoured" -> "armored", "organised" -> "organized"), any other word as it is."""
    if word[:3] not in _FIRST:
        return word
    for british, us in _STEMS.items():
        if word.startswith(british):
            return us + word[len(british):]
    for stem in _ISE_STEMS:
        if word.startswith(stem) and word[len(stem):] in _ISE_ENDINGS:
            return stem[:-1] + "z" + word[len(stem):]
    return word
