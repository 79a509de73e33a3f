"""Whose words, in Urdu: the speaker stands before its verb of saying, marked by "نے" ("جام خان شورو نے کہا", Shoro
said), or before "کے مطابق" / "کے بقول" (according to) and "کا کہنا" (the saying of).

Read with Arabic's rules (arabic_speakers.py), whose speaker follows the verb, no Urdu speaker was read, and
"پنجاب کے وزیر ... نے کہا کہ صوبے کو ..." citing "سندھ کے وزیر ... نے کہا کہ صوبے کو ..." built. Here the speaker is
the words before the marker back to the clause's start (a stop, a comma, a colon or a quotation mark), eight at most;
arabic_speakers.py reads it, as an Arabic one, by the parties of the briefing it names.
"""

from __future__ import annotations

from . import patterns

_SAYING = patterns.compile(r"\s+(?:نے\s+(?:کہا|بتایا|دعویٰ|دعوی|الزام|اعلان|واضح)|کے\s+(?:مطابق|بقول)|کا\s+کہنا"
                           r"|کی\s+جانب\s+سے)(?!\w)")
_CLAUSE_START = patterns.compile(r"[۔،؛:”“\"«».!?؟\n]")
_WORD = patterns.compile(r"[^\W\d_]+")
_MOST_WORDS = 8


def urdu_speakers(text: str) -> list[tuple[int, list[str]]]:
    """Return where each Urdu speaker starts and its words, for each verb of saying or "according to" in text."""
    found = []
    for saying in _SAYING.finditer(text):
        starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, saying.start())]
        start = starts[-1] if starts else 0
        words = list(_WORD.finditer(text, start, saying.start()))[-_MOST_WORDS:]
        if words:
            found.append((words[0].start(), [word.group() for word in words]))
    return found


def may_name_a_speaker(text: str) -> bool:
    """Say whether text may hold an Urdu speaker: one search for its markers."""
    return _SAYING.search(text) is not None
