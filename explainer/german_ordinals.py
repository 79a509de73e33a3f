"""German ordinals in words, for ranks.py: "der dritte Ausstand" ranks the strike third.

"Es ist der zweite Ausstand in dieser Tarifrunde" citing "Es ist bereits der dritte Ausstand in dieser Tarifrunde"
built: German ordinals were not read (tests/test_newuser_123.py). Each is read in its declined forms ("dritte",
"dritten", "dritter", "drittes", "drittem"); digits with a dot ("3.") are dates and days too often, and are not read.
What they rank is compared as ranks.py compares it, so "zum dritten Mal" (the figure check's) is set aside there.
"""

from __future__ import annotations

from . import patterns

GERMAN_ORDINALS = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "siebent": 7,
                   "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12}
GERMAN_ORDINAL = "(?:" + "|".join(patterns.longest_first(GERMAN_ORDINALS)) + ")(?:e|en|er|es|em)"
# words after an ordinal that rank nothing ranks.py compares: "zum dritten Mal" (the figure check's), "erste Hälfte"
NOT_RANKED_GERMAN = frozenset({"mal", "male", "hälfte", "linie", "wahl", "klasse", "liga", "instanz"})


def german_rank(ordinal: str) -> int | None:
    """Return the rank a German ordinal gives (3 of "dritten"), or None."""
    folded = ordinal.casefold()
    for stem in patterns.longest_first(GERMAN_ORDINALS):
        if folded.startswith(stem) and folded[len(stem):] in ("e", "en", "er", "es", "em"):
            return GERMAN_ORDINALS[stem]
    return None
