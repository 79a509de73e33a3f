"""Indonesian turned round, as opposite_deeds.py, with_without.py and framed_clauses.py read English
(tests/test_newuser_51.py).

Indonesian negates with a word before what it negates (indonesian.py), but tells the opposite of a deed with a verb of
its own, and a thing's lack with "tanpa", both unread before: "Pemkab mengizinkan kegiatan tambang" cited "Pemkab
melarang kegiatan tambang", "berakhir dengan kesepakatan" cited "berakhir tanpa kesepakatan", "dana itu adalah ganti
rugi" cited "bantuan kemanusiaan, bukan ganti rugi" (and English "humanitarian aid, not compensation"), "perusahaan
mengakui kesalahan" cited "itu tidak berarti perusahaan mengakui kesalahan", and "naik dari Rp 45.000 menjadi Rp
120.000" cited "turun dari Rp 120.000 menjadi Rp 45.000", and "Menurut perusahaan, kadar nikel ... 0,42" cited "Uji
laboratorium Dinas Lingkungan Hidup menemukan kadar nikel 0,42" (a speaker the passages never name). Each is refused where no cited passage says it so; a
sentence naming both sides, keeping its "bukan", "tanpa" or frame, or giving the levels in the source's order builds.
Indonesian text is read (and, for a thing denied, English); words in quotation marks are not. A clause under a
frame ("tidak berarti") is read by framed_clauses.py, in Indonesian as in English.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import clause_end, content_words
from .indonesian import FUNCTION_WORDS, writes_indonesian
from .numbers import quantities_in
from .sentences import markers_blanked
from .wordset import has_digit, may_hold

# Each side's verbs, active ("meN-") and passive ("di-"): opposite_deeds.py's pairs in Indonesian
_SIDES = {
    "assent": "menerima diterima menyetujui disetujui mengabulkan dikabulkan meratifikasi diratifikasi",
    "refusal": "menolak ditolak",
    "admission": "mengakui diakui membenarkan dibenarkan",
    "denial": "membantah dibantah menyangkal disangkal",
    "permission": "mengizinkan diizinkan membolehkan memperbolehkan diperbolehkan",
    "ban": "melarang dilarang",
    "opening": "membuka dibuka",
    "closing": "menutup ditutup",
    "support": "mendukung didukung",
    "opposition": "menentang ditentang",
}
_OPPOSITE = {"assent": "refusal", "admission": "denial", "permission": "ban", "opening": "closing",
             "support": "opposition"}
_OPPOSITE.update({other: one for one, other in list(_OPPOSITE.items())})
_SIDE_OF = {form: side for side, forms in _SIDES.items() for form in forms.split()}
_DEED_WORDS = frozenset(_SIDE_OF)
_DEED = patterns.compile(rf"(?<![\w-])(?P<form>{'|'.join(sorted(_SIDE_OF, key=len, reverse=True))})(?![\w-])",
                         re.IGNORECASE)
# A verb undone: "tidak menerima", "belum menyetujui", "menolak untuk mengakui", "enggan mendukung"
_UNDONE = patterns.compile(r"(?<!\w)(?:tidak|tak|belum|bukan|tanpa|enggan|menolak\s+untuk|jangan)\s+(?:\w+\s+)?$",
                           re.IGNORECASE)
_BREAK = patterns.compile(r"[;:.!?()\"“”—–]|,|(?<!\w)(?:tetapi|tapi|namun|sedangkan|sementara|karena|meskipun"
                          r"|walaupun|padahal|yang|dan|setelah|sebelum|sehingga)(?!\w)", re.IGNORECASE)
_PREFIX = 5

# A thing said not to be: "bantuan kemanusiaan, bukan ganti rugi"; "humanitarian aid, not compensation"
_NOT_THING = patterns.compile(r"(?:(?<!\w)bukan(?:lah)?|,\s*not)\s+(?:(?:a|an|the|sebuah|suatu)\s+)?"
                              r"(?P<thing>[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,2})", re.IGNORECASE)
# "bukan hanya" is "not only": what follows is so; "bukan karena" starts a clause of its own
_NOT_A_THING = frozenset("""hanya saja sekadar cuma tidak karena untuk berarti dari pada di ke yang main lagi tanpa
                            only just merely because for to in of the that""".split())
_THING_STOP = frozenset("""yang untuk dari pada di ke dan atau dengan karena oleh seperti melainkan tetapi namun that
                           which who but and or for to of in on as than""".split())
_KEEPS_NOT = patterns.compile(r"(?<!\w)(?:bukan(?:lah)?|tidak|tak|tanpa|not|rather\s+than|instead\s+of|no)\s+"
                              r"(?:\w+\s+){0,2}$", re.IGNORECASE)

# A thing named as what something was before ("corrected from twice the risk", "dikoreksi dari ganti rugi"), and
# English's verb of being, without which a thing named is no thing said to be
_FROM = patterns.compile(r"(?<!\w)(?:from|dari|semula|sebelumnya)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_IS = patterns.compile(r"(?<!\w)(?:is|are|was|were|be|been|being)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)

# A thing had ("dengan") or lacked ("tanpa"): with_without.py's in Indonesian, its verbs ("tanpa melibatkan")
# indonesian.py's negations
_WITH = patterns.compile(r"(?<![\w-])(?P<with>dengan|tanpa)\s+(?P<thing>[^\W\d_]+)", re.IGNORECASE)
_VERB_PREFIXES = ("me", "di", "ber", "ter", "mem", "men", "meng", "meny")
_SAME = ({"kesepakatan", "persetujuan", "perjanjian", "sepakat"}, {"korban", "kematian"})


# A speaker a sentence names ("Menurut perusahaan, ..."), and a finder a passage names before its verb of finding or
# saying ("Uji laboratorium Dinas Lingkungan Hidup menemukan"): figure_speakers.py's in Indonesian
_ACCORDING = patterns.compile(r"(?<!\w)menurut\s+(?P<who>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)\s*(?:,|$)", re.IGNORECASE)
_FINDING = patterns.compile(r"(?<!\w)(?:menemukan|menunjukkan|mencatat|mendapati|mengungkapkan|menyebutkan)(?!\w)",
                            re.IGNORECASE)

# Levels a change runs between: "dari Rp 120.000 menjadi Rp 45.000"
_LEVELS = patterns.compile(r"(?<!\w)dari\s+(?P<a>[^,;]{1,30}?)\s+(?:menjadi|ke|hingga|sampai)\s+(?P<b>[^,;]{1,30})",
                           re.IGNORECASE)


def turned_in_indonesian(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text turns a deed, a thing had or lacked, a thing said not to be, a framed clause or the
    levels of a change of its cited passages round, and no passage says it so."""
    if not passages:
        return []
    if not writes_indonesian(language):
        return _denied_things(text, passages, offset, True) if in_english(language) and "not" in text + "".join(
            passage.text for passage in passages) else []
    return (_turned_deeds(text, passages, offset) or _denied_things(text, passages, offset)
            or _with_for_without(text, passages, offset)
            or _swapped_levels(text, passages, offset) or _found_by_another(text, passages, offset))


def _words(text: str) -> frozenset[str]:
    """Return a stretch's content words of four letters or more, by their first letters; no verb of the pairs."""
    return frozenset(word[:_PREFIX] for word in content_words(text, FUNCTION_WORDS) if word not in _SIDE_OF)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _deeds(text: str) -> tuple[tuple[str, str, frozenset[str], str], ...]:
    """Return the verbs of the pairs text tells, not undone: each side, as written, its clause's words and clause."""
    if not may_hold(text, _DEED_WORDS):
        return ()  # most texts tell none of these deeds: found by a lookup of their words
    found = []
    for match in _DEED.finditer(text):
        if _UNDONE.search(text, max(0, match.start() - 30), match.start()):
            continue
        start = max((m.end() for m in _BREAK.finditer(text, 0, match.start())), default=0)
        end = clause_end(text, match.end(), _BREAK)
        found.append((_SIDE_OF[match["form"].lower()], match["form"],
                      _words(text[start:match.start()] + " " + text[match.end():end]), " ".join(text[start:end].split())))
    return tuple(found)


def _turned_deeds(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text tells a deed whose opposite a passage tells of the same words, and none its own."""
    own = _deeds(unquoted(markers_blanked(text)))
    if not own or len({side for side, *_ in own}) > 1:
        return []  # none, or both sides named, each its own
    theirs = [deed for passage in passages for deed in _deeds(unquoted(passage.text))]
    side, shown, words, _ = own[0]
    if any(other == side for other, *_ in theirs):
        return []
    for other, other_shown, other_words, clause in theirs:
        shared = words & other_words
        if other == _OPPOSITE[side] and (len(shared) >= 2 or shared and shared == words):
            return [Finding(offset, f"this sentence says '{shown}' where its cited passages say '{other_shown}' "
                                    f"('{clause}'): {clipped(text)}",
                            "keep the source's word, or cite a passage that says this one")]
    return []


@functools.lru_cache(maxsize=1 << 12)
def _not_things(text: str) -> tuple[tuple[str, frozenset[str], str], ...]:
    """Return each thing text says something is not: the thing's words, the words before it, as written."""
    found = []
    for match in _NOT_THING.finditer(text):
        words = match["thing"].split()
        if words[0].lower() in _NOT_A_THING:
            continue
        thing = []
        for word in words:
            if word.lower() in _THING_STOP:
                break
            thing.append(word.lower())
        start = max(0, match.start() - 80)
        found.append((" ".join(thing), _words(text[start:match.start()]), " ".join(match.group().split()).lstrip(", ")))
    return tuple(found)


def _denied_things(text: str, passages: list[Cited], offset: int, english: bool = False) -> list[Finding]:
    """Return a finding when text says something is what its passages say it is not ("bukan ganti rugi"); in
    English, after a verb of being ("the fund is compensation")."""
    denied = [found for passage in passages if "not" in passage.text or "bukan" in passage.text.lower()
              for found in _not_things(unquoted(passage.text))]
    if not denied:
        return []
    spoken = unquoted(markers_blanked(text))
    folded = spoken.lower()
    for thing, before, shown in denied:
        at = _whole(folded, thing)
        if (at < 0 or _KEEPS_NOT.search(folded, 0, at) or _FROM.search(folded, 0, at)
                or english and not _IS.search(folded, 0, at) or not before & _words(spoken[:at])):
            continue
        if any(_plainly(passage.text.lower(), thing) for passage in passages):
            continue  # a passage gives it plainly too
        return [Finding(offset, f"this sentence says '{thing}' where its cited passages say '{shown}': "
                                f"{clipped(text)}", "keep the source's 'not', or cite a passage that says this")]
    return []


def _whole(folded: str, thing: str) -> int:
    """Return where `thing` stands in folded text as whole words, or -1."""
    match = re.search(rf"(?<![\w-]){re.escape(thing)}(?![\w-])", folded) if thing else None
    return match.start() if match else -1


def _plainly(folded: str, thing: str) -> bool:
    """Say whether folded text gives `thing` with no negation just before it."""
    return any(not _KEEPS_NOT.search(folded, 0, match.start())
               for match in re.finditer(rf"(?<![\w-]){re.escape(thing)}(?![\w-])", folded))


def _had(text: str) -> list[tuple[bool, frozenset[str], frozenset[str], str]]:
    """Return the things text gives after "dengan" or "tanpa" (no verb): lacked, the thing's words, the words before."""
    found = []
    if "dengan" not in text.lower() and "tanpa" not in text.lower():
        return found
    for match in _WITH.finditer(text):
        head = match["thing"].lower()
        if head.startswith(_VERB_PREFIXES) and not any(head in same for same in _SAME) or len(head) < 4:
            continue  # "tanpa melibatkan" is a negation, indonesian.py's
        things = frozenset({head}.union(*(same for same in _SAME if head in same)))
        start = max((m.end() for m in _BREAK.finditer(text, 0, match.start())), default=0)
        found.append((match["with"].lower() == "tanpa", things, _words(text[start:match.start()]),
                      " ".join(match.group().split())))
    return found


def _with_for_without(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text gives as had what a passage gives as lacked, or the other way round."""
    if "tanpa" not in text.lower() and not any("tanpa" in passage.text.lower() for passage in passages):
        return []
    theirs = [had for passage in passages for had in _had(unquoted(passage.text))]
    for lacked, things, before, shown in _had(unquoted(markers_blanked(text))):
        if any(other == lacked and other_things & things for other, other_things, *_ in theirs):
            continue
        turned = next((other_shown for other, other_things, other_before, other_shown in theirs
                       if other != lacked and other_things & things and other_before & before), None)
        if turned is not None:
            return [Finding(offset, f"this sentence says '{shown}' where its cited passages say '{turned}': "
                                    f"{clipped(text)}",
                            "keep what the source gives as had or lacked, or cite a passage that says this")]
    return []


@functools.lru_cache(maxsize=1 << 12)
def _levels(text: str) -> tuple[tuple[tuple, tuple, str], ...]:
    """Return each pair of levels text gives a change between ("dari A menjadi B"), read whole, as written."""
    if "dari" not in text.lower():
        return ()
    found = []
    for match in _LEVELS.finditer(text):
        first = tuple(sorted(q.value for q in quantities_in(match["a"], "id")))
        second = tuple(sorted(q.value for q in quantities_in(match["b"], "id")))
        if first and second and first != second:
            found.append((first, second, " ".join(match.group().split()).rstrip(".")))
    return tuple(found)


def _swapped_levels(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text gives a change between a passage's levels the other way round."""
    theirs = [levels for passage in passages for levels in _levels(passage.text)]
    if not theirs:
        return []
    for first, second, shown in _levels(markers_blanked(text)):
        if any((first, second) == (a, b) for a, b, _ in theirs):
            continue
        turned = next((other for a, b, other in theirs if (first, second) == (b, a)), None)
        if turned is not None:
            return [Finding(offset, f"this sentence says '{shown}' where its cited passages say '{turned}': "
                                    f"{clipped(text)}", "give the levels in the source's order")]
    return []


def _found_by_another(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text gives its figures as the word of a speaker its passages never name, where they give
    them as found by another ("Menurut perusahaan" for "Uji laboratorium Dinas Lingkungan Hidup menemukan")."""
    if not has_digit(text) or "menurut" not in text.lower():
        return []
    finder = next((who for passage in passages for who in _finders(passage.text)), None)
    own = _ACCORDING.search(markers_blanked(text))
    if finder is None or own is None:
        return []
    named = " ".join(f"{passage.text} {passage.holding} {passage.paragraph}" for passage in passages)
    speaker = _words(own["who"])
    if not speaker or speaker & _words(named):
        return []  # the passages name the speaker too
    return [Finding(offset, f"this sentence gives its figures as the word of '{own['who']}' where its cited passages "
                            f"give them as found by '{finder}' and never name '{own['who']}': {clipped(text)}",
                    "give the figures as the word of whom the source gives them to, or cite a passage that does")]


@functools.lru_cache(maxsize=1 << 12)
def _finders(text: str) -> tuple[str, ...]:
    """Return who a passage says found or gave a figure: the words of the clause before its verb of finding."""
    found = []
    for match in _FINDING.finditer(text):
        if not has_digit(text[match.end():match.end() + 120]):
            continue
        start = max((m.end() for m in _BREAK.finditer(text, 0, match.start())), default=0)
        who = " ".join(text[start:match.start()].split()[-7:])
        if who:
            found.append(who)
    return tuple(found)
