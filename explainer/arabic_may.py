"""Arabic's "قد" before a present verb is "may": told as done, "استدعت اللجنة وزير الكهرباء" (the committee summoned
the minister) may not cite "قد تستدعي وزير الكهرباء" (it may summon him; tests/test_newuser_64.py).

"قد" before a past verb is no "may" ("كانت الحكومة قد أعلنت", had announced), so only a verb after it that starts
as a present verb of the third person does ("ي", "ت"); a past verb of the forms that also start with "ت" ("قد توقف",
has stopped) keeps its "ت" in its stem, which a past "توقف" told as done does not match. A verb is told as done where
the sentence writes the past of the same stem ("تستدعي" and "استدعت" both "ستدع", "تتوقف" and "توقف" both "توقف")
and keeps no possibility of its own ("قد", "ربما", "يمكن", "إذا", ...).
"""

from __future__ import annotations

import functools

from . import patterns
from .arabic_negations import folded
from .attribution import Cited, Finding, clipped

_MAY = patterns.compile(r"(?<!\w)[وف]?قد\s+(?P<verb>[يت][\u0621-\u064a\u064b-\u065f\u0640]{2,})")
_WORD = patterns.compile(r"[\u0621-\u064a][\u0621-\u064a\u064b-\u065f\u0640]*")
# Words keeping a possibility, a condition, an intent or a threat: the sentence tells nothing as done.
_KEEPS = frozenset(map(folded, (
    "قد", "وقد", "فقد", "ربما", "يمكن", "يمكنها", "يمكنه", "بإمكانها", "المحتمل", "محتمل", "محتملا", "احتمال",
    "إذا", "وإذا", "لو", "تعتزم", "يعتزم", "تنوي", "ينوي", "تهدد", "يهدد", "هددت", "هدد", "تدرس", "يدرس",
    "حذر", "حذرت", "يحذر", "تحذر", "تخشى", "يخشى", "خشية", "مخاوف")))
# A verbal noun after a preposition is no verb told as done: "حذر من توقف المولدات" (warned of their stopping).
_PREPOSITIONS = frozenset(map(folded, ("من", "عن", "على", "إلى", "في", "بعد", "قبل")))
_PRESENT_ENDINGS = ("ون", "ين", "ان", "ي", "")
_PAST_ENDINGS = ("وا", "تا", "ت", "ا", "ي", "")
_SHORTEST = 3


def may_told_as_done_in_arabic(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where an Arabic sentence writes as done a verb every cited passage holding it gives only
    after "قد" (may)."""
    if text.isascii() or not any("قد" in passage.text for passage in passages):
        return []  # most passages hold no "قد": one look each
    words = [folded(word) for word in _WORD.findall(text)]
    if not words or not _KEEPS.isdisjoint(words):
        return []
    for passage in passages:
        for verb, stem in _may_stems(passage.text):
            for before, word in zip(["", *words], words):
                if word != verb and before not in _PREPOSITIONS and stem in _past_stems(word):
                    return [Finding(offset, f"this sentence tells as done ('{word}') what its cited passages give "
                                            f"only as possible ('قد {verb}'): {clipped(text)}",
                                    "keep the source's 'قد' (may), or cite the words that tell it as done")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _may_stems(text: str) -> tuple[tuple[str, str], ...]:
    """Return each present verb after "قد" in text, folded, with its stem: without its person's letter and its
    ending ("تستدعي": "ستدع")."""
    found = []
    for match in _MAY.finditer(text):
        verb = folded(match["verb"])
        rest = verb[1:]
        found += [(verb, rest[:len(rest) - len(ending)]) for ending in _PRESENT_ENDINGS[:-1]
                  if rest.endswith(ending) and len(rest) - len(ending) >= _SHORTEST][:1] or [(verb, rest)]
    return tuple(found)


@functools.lru_cache(maxsize=1 << 14)
def _past_stems(word: str) -> frozenset[str]:
    """Return what a folded Arabic word may be as a past verb without its "و"/"ف", its first "ا" and its ending:
    "واستدعت" gives "ستدع"."""
    starts = {word} | ({word[1:]} if word[:1] in "وف" and len(word) > 4 else set())
    starts |= {start[1:] for start in starts if start[:1] == "ا"}
    return frozenset(start[:len(start) - len(ending)] for start in starts for ending in _PAST_ENDINGS
                     if start.endswith(ending) and len(start) - len(ending) >= _SHORTEST)
