"""Whose words, in Persian: the speaker stands before its verb of saying ("هیئت‌مدیرهٔ بانک سپهر اعلام کرد", the
board said; "سخنگوی سندیکا گفت"), or after "به گفتهٔ" / "به ادعای" / "از قول" (according to), up to the comma.

Read with neither Arabic's rules (the speaker after the verb) nor Urdu's markers, no Persian speaker was read, and
"به گفتهٔ بانک مرکزی، ..." citing "به گفتهٔ سندیکا، ..." built. The speaker before a verb is read as Urdu's is
(urdu_speakers.py, back to the clause's start); arabic_speakers.py reads either, as an Arabic one, by the parties of
the briefing it names.

A speaker who is no party (the union, the organisers, the police, an analyst) is held to the passage's by its words:
"به گفتهٔ پلیس، حدود ۲ هزار نفر ..." (the police) citing "به گفتهٔ برگزارکنندگان، حدود ۲ هزار نفر ..." (the
organisers, whose count the police put at 800) built, as no party was named. `other_speaker` refuses it where every
speaker the passages name shares no word with the sentence's (a word's ezafe aside: "سندیکای" is "سندیکا"), and none
is a "this body" or "he" that names the speaker elsewhere.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from . import patterns
from .attribution import Cited
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


# Words that name a speaker said before ("این نهاد", this body; "او", he): the passage's speaker is not in its words.
_POINTING = frozenset(form for word in ("این", "آن", "او", "وی", "ایشان", "آنها", "آنان", "همین") for form in
                      arabic_spellings(word))
# A word's ezafe or indefinite ending ("سندیکای کارکنان", "مدیرعامل بانک") and Arabic's letters, Persian's keyboards'
_EZAFE = ("\u200cی", "\u0654", "ی", "ای")


# Titles any side's speaker has: shared alone, they name no one speaker (spokesperson, head, director, deputy, minister,
# representative, lawyer, "a").
_TITLES = frozenset({"سخنگو", "رئیس", "مدیر", "مدیرعامل", "معاون", "وزیر", "نماینده", "وکیل", "یک"})


def _stem(word: str) -> str:
    """Return a speaker's word as compared: in Persian's letters, its ezafe ending left off."""
    word = word.replace("ي", "ی").replace("ك", "ک")
    for ending in _EZAFE:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def other_speaker(words: list[str], passages: list[Cited]) -> str:
    """Return the speaker the passages give the words to where the sentence's Persian speaker (`words`) shares no
    word with any of them ("پلیس" for "برگزارکنندگان"); "" where one shares a word, or names the speaker elsewhere."""
    mine = {_stem(word) for word in words if len(word) >= 3}
    mine = (mine - _TITLES) or mine  # "سخنگوی پلیس" is no "سخنگوی سندیکا"; "وزیر" alone may be "وزیر خارجه"
    theirs = [_speakers_read(passage.text) for passage in passages]
    theirs = [read for read in theirs if read.first]
    if not mine or not theirs or any(read.pointing for read in theirs):
        return ""
    if any(mine & read.stems for read in theirs):
        return ""
    return theirs[0].first


class _SpeakersRead(NamedTuple):
    """A passage's Persian speakers as other_speaker compares them: the first one's words, whether one points at a
    speaker said before, and every stem of their words."""

    first: str
    pointing: bool
    stems: frozenset[str]


@functools.lru_cache(maxsize=1 << 10)  # a passage is read once, not once a speaker of each sentence citing it
def _speakers_read(text: str) -> _SpeakersRead:
    """Return a passage's Persian speakers, read once: 2,000 speakers in a sentence citing a passage of 2,000 read
    the passage's 2,000 again for each (40 KB took 8.9 times 10 KB)."""
    speakers = [words for _, words in persian_speakers(text)]
    return _SpeakersRead(" ".join(speakers[0]) if speakers else "",
                         any(not _POINTING.isdisjoint(words) for words in speakers),
                         frozenset(_stem(word) for words in speakers for word in words))
