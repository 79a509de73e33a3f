"""What a Vietnamese passage gives only as proposed, possible or on a condition, told as done or as plain fact
(tests/test_newuser_50.py).

The checks that read a proposal (proposed_figures.py, unbacked_deeds.py), a hedge and a condition (conditions.py)
read words of four letters or more, and Vietnamese writes its words in syllables of fewer: "Công ty đã hỗ trợ 9,6 tỷ
đồng" citing "Công ty đã đề nghị hỗ trợ 9,6 tỷ đồng" (proposed to), "Đoàn kiểm tra đã đề nghị sửa đổi" citing "đoàn
có thể đề nghị sửa đổi" (may propose) and "Công ty sẵn sàng nâng mức hỗ trợ lên tối đa 15 tỷ đồng" citing "... nếu
tỉnh đồng ý ..." (if the province agrees) built. Here, as vietnamese.py reads a negation, a proposal ("đề nghị", "đề
xuất", "sẵn sàng", "hứa") or a possibility ("có thể", "có lẽ", "có khả năng") bears on the two syllables after it
(the act: "hỗ trợ"); a sentence's clause holding the act with no word of that kind, where every passage's clause
holding it has one, tells it as done (not the act as a noun: "khoản hỗ trợ", "mức hỗ trợ"). A condition opens with
"nếu", "với điều kiện", "trong trường hợp" or, before a clause of what will be ("sẽ"), "khi"; a sentence restating
what it conditions (three of its syllables, more than any sentence of its passages without a condition shares) must
keep a condition word ("nếu", "khi", "điều kiện", "tùy", "phụ thuộc") or two syllables of the condition in a row.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .vietnamese import writes_vietnamese

_SYLLABLE = patterns.compile(r"[^\W\d_]+")
_CLAUSE_END = patterns.compile(r"[,;:.!?()\"“”\u2013\u2014]|(?<!\w)(?:nhưng|mà)(?!\w)", re.IGNORECASE)
_SENTENCE_END = patterns.compile(r"(?<=[.!?])\s+")
_PROPOSED = (("đề", "nghị"), ("đề", "xuất"), ("sẵn", "sàng"), ("hứa",))
_POSSIBLE = (("có", "thể"), ("có", "lẽ"), ("có", "khả", "năng"), ("nhiều", "khả", "năng"))
# What stands between a proposal or possibility and its act: "sẵn sàng sẽ", "có thể được".
_BETWEEN = frozenset({"sẽ", "được", "cũng", "vẫn", "còn", "đã"})
# A noun's word before an act: "khoản hỗ trợ", "mức hỗ trợ", "việc sửa đổi" name it, telling nothing done.
_NOUNS = frozenset({"khoản", "mức", "việc", "sự", "gói", "tiền", "số", "cuộc", "kế", "hoạch", "phương", "án"})
# Syllables too common to tie a sentence to a passage's clause, or to be an act.
_COMMON = frozenset({"của", "là", "các", "những", "cho", "với", "này", "đó", "có", "đã", "sẽ", "được", "bị", "trong",
                     "tại", "về", "một", "theo", "từ", "đến", "tới", "thì", "cũng", "vẫn", "rằng", "người", "việc",
                     "và", "không", "chưa", "lên", "ra", "vào", "nếu", "khi", "ty", "công"})
_CONDITIONS = (("nếu",), ("với", "điều", "kiện"), ("trong", "trường", "hợp"), ("khi",))
_KEPT = frozenset({"nếu", "khi", "tùy", "tuỳ"})
_KEPT_PAIRS = frozenset({("điều", "kiện"), ("trường", "hợp"), ("phụ", "thuộc"), ("miễn", "là")})
# "khi" of a time, not a condition: "trước khi", "sau khi", "khi đó", "khi nào"
_NOT_KHI_BEFORE = frozenset({"trước", "sau", "từ", "kể", "mỗi", "vào", "lúc", "đến", "tới", "cho"})
_NOT_KHI_AFTER = frozenset({"đó", "ấy", "nào", "này", "thì"})
_OPENS = frozenset({"rằng", "là", "biết", "nói"})
_RESTATES = 3


def told_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where Vietnamese text tells as done what its passages give only as proposed or possible, or
    as plain fact what they give only on a condition."""
    if not writes_vietnamese(language) or text.isascii() or not any(
            word in passage.text.lower() for passage in passages for word in _HOLDS):
        return []  # most passages hold no proposal, possibility or condition: found by a search of each
    return (_unkept(text, passages, offset, _PROPOSED, "tells as done what its cited passages give only as proposed",
                    "keep the source's word of a proposal ('đề nghị', 'đề xuất', 'sẵn sàng'), or cite words that "
                    "say it was done")
            or _unkept(text, passages, offset, _POSSIBLE, "tells as certain what its cited passages give only as "
                       "possible", "keep the source's 'có thể' (may), or cite words that say it happened")
            or _dropped_condition(text, passages, offset))


# What a passage holding any of them holds, lowercase
_HOLDS = ("đề nghị", "đề xuất", "sẵn sàng", "hứa", "có thể", "có lẽ", "khả năng", "nếu", "khi", "điều kiện",
          "trường hợp")


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _clauses(text: str) -> tuple[tuple[str, ...], ...]:
    """Return text's clauses, each as its syllables in lower case."""
    return tuple(tuple(word.lower() for word in _SYLLABLE.findall(piece)) for piece in _CLAUSE_END.split(text))


def _at(clause: tuple[str, ...] | list[str], words: tuple[str, ...]) -> list[int]:
    """Return where a clause holds `words` in a row."""
    size = len(words)
    return [at for at in range(len(clause) - size + 1) if tuple(clause[at:at + size]) == words]


Words = tuple[str, ...]


def _acts(clause: Words, markers: tuple[Words, ...]) -> list[tuple[Words, Words]]:
    """Return each marker of a clause ("đề nghị") with the two syllables it bears on ("hỗ trợ")."""
    found = []
    for marker in markers:
        for at in _at(clause, marker):
            if marker[0] == "có" and at and clause[at - 1] in ("không", "chưa", "chẳng"):
                continue  # "không thể": cannot, a negation's
            rest = clause[at + len(marker):]
            while rest and rest[0] in _BETWEEN:
                rest = rest[1:]
            act = tuple(rest[:2])
            if len(act) == 2 and not set(act) & _COMMON:
                found.append((marker, act))
    return found


def _done(clause: tuple[str, ...], act: tuple[str, ...]) -> bool:
    """Say whether a clause holds an act as a verb, not as a noun ("khoản hỗ trợ", "mức hỗ trợ")."""
    return any(not at or clause[at - 1] not in _NOUNS for at in _at(clause, act))


def _unkept(text: str, passages: list[Cited], offset: int, markers: tuple[tuple[str, ...], ...], what: str,
            hint: str) -> list[Finding]:
    """Return a finding where a clause of text holds an act every passage's clause holding it gives with one of
    `markers`, and holds none itself."""
    theirs = [clause for passage in passages for clause in _clauses(passage.text) if clause]
    acts = {act: marker for clause in theirs for marker, act in _acts(clause, markers)}
    if not acts:
        return []
    for clause in _clauses(text):
        if any(_at(clause, marker) for marker in markers) or (markers is _POSSIBLE and "sẽ" in clause):
            continue  # "sẽ" for "có thể": a forecast told as certain, the locale's `expected` words' to name
        for act, marker in sorted(acts.items()):
            if _done(clause, act) and all(any(_at(other, each) for each in markers)
                                          for other in theirs if _done(other, act)):
                return [Finding(offset, f"this sentence {what} ('{' '.join(marker + act)}'): {clipped(text)}", hint)]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage's sentence is read by every sentence citing it
def _conditionals(sentence: str) -> tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]:
    """Return each condition of a passage's sentence: as written, the syllables of what it conditions, and its
    own syllables."""
    words = [word.lower() for word in _SYLLABLE.findall(sentence)]
    found = []
    for marker in _CONDITIONS:
        written = list(re.finditer(r"(?<!\w)" + r"\s+".join(marker) + r"(?!\w)", sentence, re.IGNORECASE))
        for at, opening in zip(_at(words, marker), written):
            after = at + len(marker)
            if marker == ("khi",) and ((at and words[at - 1] in _NOT_KHI_BEFORE)
                                       or (after < len(words) and words[after] in _NOT_KHI_AFTER)):
                continue
            spans = _spans(sentence, words, at, after)
            if spans is None:
                continue
            main, condition = spans
            if marker == ("khi",) and "sẽ" not in main:
                continue  # "khi" of a time, told of the past: no condition
            end = re.search(r"[,;.!?]|$", sentence[opening.start():])
            shown = " ".join(sentence[opening.start():opening.start() + end.start()].split()[:12])
            found.append((shown, frozenset(main) - _COMMON, tuple(condition)))
    return tuple(found)


def _spans(sentence: str, words: list[str], at: int, after: int) -> tuple[list[str], list[str]] | None:
    """Return the syllables of what a condition at syllable `at` conditions, and of the condition, in a sentence."""
    pieces = [[word.lower() for word in _SYLLABLE.findall(piece)] for piece in re.split(r"[,;]", sentence)]
    lengths, start = [], 0
    for piece in pieces:
        lengths.append((start, start + len(piece)))
        start += len(piece)
    index = next((i for i, (begin, end) in enumerate(lengths) if begin <= at < end), None)
    if index is None:
        return None
    begin, end = lengths[index]
    if at == begin or words[at - 1] in _OPENS:  # "Nếu không xả, nguy cơ ... sẽ lớn hơn": the clause after
        main = [word for piece in pieces[index + 1:] for word in piece]
        return (main, words[after:end]) if main else None
    return words[:at], words[after:end]


def _dropped_condition(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding where text restates what a passage gives only on a condition and keeps no word of it."""
    mine = [word.lower() for word in _SYLLABLE.findall(text)]
    if set(mine) & _KEPT or set(zip(mine, mine[1:])) & _KEPT_PAIRS:
        return []  # "khởi kiện" keeps no "điều kiện"
    sentences = [sentence for passage in passages for sentence in _SENTENCE_END.split(passage.text)]
    conditional = [(sentence, found) for sentence in sentences for found in _conditionals(sentence)]
    if not conditional:
        return []
    own = set(mine) - _COMMON
    plain = max((len(own & {word.lower() for word in _SYLLABLE.findall(sentence)})
                 for sentence in sentences if not _conditionals(sentence)), default=0)
    for _, (shown, main, condition) in conditional:
        shared = len(own & main)
        pairs = set(zip(condition, condition[1:])) - {pair for pair in zip(condition, condition[1:])
                                                      if set(pair) <= _COMMON}
        if shared >= _RESTATES and shared > plain and not pairs & set(zip(mine, mine[1:])):
            return [Finding(offset, f"the source gives this only on a condition ('{shown}'), but it is stated as "
                                    f"plain fact: {clipped(text)}",
                            "keep the condition ('nếu ...', 'với điều kiện ...'), or cite words the source states "
                            "without one")]
    return []
