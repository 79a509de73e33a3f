"""Vietnamese speakers named by a run of short syllables: "Theo Ủy ban nhân dân tỉnh, ...", "Công ty cho biết ..."
(speakers.py, owners.py; tests/test_newuser_50.py).

speakers.py reads a speaker by the capitals of a name, and Vietnamese names a party as often in lowercase syllables
of four letters or fewer ("công ty", "tỉnh", "Ủy ban nhân dân tỉnh"): "Theo công ty, nhà máy đã mở bốn cửa xả"
citing "Theo Ủy ban nhân dân tỉnh, nhà máy đã mở bốn cửa xả" built, and where a speaker was read, it was shown by one
syllable ("the word of công"). Here the speaker is the run of syllables after "Theo" ("theo lời", "theo số liệu
của") up to its comma, or before a verb of saying ("cho biết", "cho rằng", "nói", "khẳng định", ...) from its
clause's start: it names each party of the briefing one of whose words (owners.party_words: "công", "tỉnh", "Lam")
stands in it, and is shown whole ("công ty", "Ủy ban nhân dân tỉnh").
"""

from __future__ import annotations

import re

from . import patterns
from .numbers import locale_words
from .sentences import folded_word

_AFTER = patterns.compile(r"(?<!\w)[Tt]heo(?:\s+lời)?\s+(?P<run>[^,.;:!?()\"“”\d]{1,80}?)\s*(?=,)")
# Verbs of saying after their speaker ("thông báo" is as often a notice, "thông báo này", as a verb: not read)
_SAYING = ("cho biết", "cho rằng", "nói", "khẳng định", "phát biểu", "tuyên bố", "xác nhận",
           "nhấn mạnh", "cáo buộc", "thừa nhận")
_BEFORE = patterns.compile(r"(?<!\w)(?:" + "|".join(_SAYING) + r")(?!\w)")
_CLAUSE_END = patterns.compile(r"[,.;:!?()\"“”\u2013\u2014]")
_SYLLABLE = patterns.compile(r"[^\W\d_]+")
_MOST = 8  # syllables of a speaker's run: "Tổng giám đốc Công ty Thủy điện Nậm Khê"


def read(text: str) -> bool:
    """Say whether text may name a Vietnamese speaker by a run: a project's Vietnamese locale is read, and text holds
    a letter no ASCII text does."""
    return not text.isascii() and locale_words("vi") is not None


def with_runs(text: str, found: tuple[tuple[int, str, frozenset[str]], ...],
              parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[tuple[int, str, frozenset[str]], ...]:
    """Return speakers_in's speakers of text with each that a run of syllables names a party by put in place of the
    one speakers.py read at its place (a syllable of it, "công")."""
    runs = _runs(text, parties)
    if not runs:
        return found
    places = {at for at, _, _ in runs}
    return tuple(sorted([speaker for speaker in found if speaker[0] not in places] + runs))


def _runs(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> list[tuple[int, str, frozenset[str]]]:
    """Return where text names a party as its speaker by a run of syllables, the run as written and its naming
    syllables."""
    if not parties:
        return []
    found = []
    for match in _AFTER.finditer(text):
        found.append((match.start(), match["run"]))
    for verb in _BEFORE.finditer(text):
        start = max((end.end() for end in _CLAUSE_END.finditer(text, 0, verb.start())), default=0)
        syllables = _SYLLABLE.findall(text[start:verb.start()])
        found.append((verb.start(), " ".join(syllables[-_MOST:])))
    named = []
    for at, run in found:
        words = frozenset(folded_word(word) for word in _SYLLABLE.findall(run)[:_MOST])
        naming = frozenset(word for word in words for _, own in parties if word in own)
        if naming:
            named.append((at, " ".join(run.split()), naming))
    return named


def names_party(text: str, names: tuple[str, ...]) -> bool:
    """Say whether text names a party by one of its names written whole, case aside ("tỉnh Hà Lam", "công ty")."""
    folded = " ".join(text.casefold().split())
    return any(re.search(rf"(?<!\w){re.escape(' '.join(name.casefold().split()))}(?!\w)", folded)
               for name in names if name.strip())
