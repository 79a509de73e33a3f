"""How a speaker is worded to an editor: its name cut before words no name holds, and the hint's "according to X" in
the project's own words.

A Swahili editor read "the word of Tume ya Uchaguzi tarehe" and "the word of Tume pia": a speaker's words run to its
clause's end, and "tarehe" (the date's "on"), "pia" (also) and words like them were shown as part of the name; and the
hint suggested English ("('according to Tume')") to a Swahili project (tests/test_newuser_59.py). Here a speaker
shown stops before such a word, written in lowercase as in running text, and the hint quotes the first word the
project's locale lists under `according_to` ("kwa mujibu wa Tume", "según ...", "laut ..."); English where it lists
none.
"""

from __future__ import annotations

from . import patterns
from .numbers import locale_words

# Swahili words that stand after a speaker's name and are no part of it: a date's or a time's ("tarehe 12 Februari",
# "jana", "mwaka"), and adverbs ("pia" also, "tena" again, "bado" still, "nayo" and it).
AFTER_A_NAME = frozenset("""
tarehe jana leo juzi kesho mwaka mwezi wiki siku asubuhi mchana jioni usiku alfajiri saa sasa
pia tena bado nayo naye nao hata kwamba kuwa
""".split())


def according_to(speaker: str, language: str) -> str:
    """Return "according to" and the speaker as the locale of `language` writes it: its first `according_to` word
    before the name ("kwa mujibu wa Tume"), or English's where it lists none."""
    writing = locale_words(language) if language and language.split("-")[0].lower() != "en" else None
    listed = (writing.according_to if writing else ()) or _BUILT_IN.get(language.split("-")[0].lower(), ())
    if listed and _ARTICLE.match(speaker):
        speaker = speaker[0].lower() + speaker[1:]  # "selon l'agence", not "selon L'agence"
    return f"{listed[0]} {speaker}" if listed else f"according to {speaker}"


# A built-in locale that lists no `according_to`, as the checks read its "selon" themselves: a French briefing's hint
# said "('according to L'ARS')" (tests/test_newuser_84.py)
_BUILT_IN = {"fr": ("selon",)}
_ARTICLE = patterns.compile(r"(?:L['’]|(?:Le|La|Les)\s)")
