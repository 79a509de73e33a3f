"""Whose words, in Persian: the speaker stands before its verb of saying ("هیئت‌مدیرهٔ بانک سپهر اعلام کرد", the
board said; "سخنگوی سندیکا گفت"), or after "به گفتهٔ" / "به ادعای" / "از قول" (according to), up to the comma.

Read with neither Arabic's rules (the speaker after the verb) nor Urdu's markers, no Persian speaker was read, and
"به گفتهٔ بانک مرکزی، ..." citing "به گفتهٔ سندیکا، ..." built. The speaker before a verb is read as Urdu's is
(urdu_speakers.py, back to the clause's start); arabic_speakers.py reads either, as an Arabic one, by the parties of
the briefing it names.
"""

from __future__ import annotations

from . import patterns
from .persian_letters import arabic_spellings
from .urdu_speakers import urdu_speakers


def _either(*words: str) -> str:
    """Return an alternation of words in Persian's letters and Arabic's yeh and kaf."""
    return "|".join(patterns.longest_first({form for word in words for form in arabic_spellings(word)}))


# After a space, as urdu_speakers.py's markers are (a run of spaces before one is found once).
_BEFORE_VERB = patterns.compile(r"(?<=\s)(?:" + _either(
    "گفت", "گفته است", "گفته‌است", "اعلام کرد", "اعلام کرده است", "اعلام کرده‌است", "اعلام می‌کند", "افزود",
    "می‌گوید", "تأکید کرد", "ادعا کرد", "ادعا می‌کند") + r")(?!\w)")
# "به گفتهٔ" is written with its hamza above, a yeh, a non-joiner and yeh, or bare; one space apart, as typed.
_AFTER_MARKER = patterns.compile(r"(?<!\w)(?:به\s(?:گفته(?:\u0654|\u200cی|ی)?|ادعای|نوشته(?:\u0654|\u200cی)?)|از\sقول)\s")
_SPEAKER_END = patterns.compile(r"[،,:؛«»\"“”.!?؟\n]")
_WORD = patterns.compile(r"[^\W\d_]+")
_MOST_WORDS = 8


def persian_speakers(text: str) -> list[tuple[int, list[str]]]:
    """Return where each Persian speaker starts and its words, before a verb of saying or after "به گفتهٔ"."""
    found = urdu_speakers(text, _BEFORE_VERB)
    for marker in _AFTER_MARKER.finditer(text):
        end = _SPEAKER_END.search(text, marker.end())
        words = _WORD.findall(text, marker.end(), end.start() if end else len(text))[:_MOST_WORDS]
        if words:
            found.append((marker.end(), words))
    return sorted(found)


def may_name_a_speaker(text: str) -> bool:
    """Say whether text may hold a Persian speaker: a search for each way of naming one."""
    return _BEFORE_VERB.search(text) is not None or _AFTER_MARKER.search(text) is not None
