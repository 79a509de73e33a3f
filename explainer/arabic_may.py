"""Arabic's "قد" before a present verb is "may": told as done, "استدعت اللجنة وزير الكهرباء" (the committee summoned
the minister) may not cite "قد تستدعي وزير الكهرباء" (it may summon him; tests/test_newuser_64.py).

"قد" before a past verb is no "may" ("كانت الحكومة قد أعلنت", had announced), so only a verb after it that starts
as a present verb of the third person does ("ي", "ت"); a past verb of the forms that also start with "ت" ("قد توقف",
has stopped) keeps its "ت" in its stem, which a past "توقف" told as done does not match. A verb is told as done where
the sentence writes the past of the same stem ("تستدعي" and "استدعت" both "ستدع", "تتوقف" and "توقف" both "توقف")
and keeps no possibility of its own ("قد", "ربما", "يمكن", "إذا", ...).

Told as certain, too: "تقول عيسى إن الأثر سيستمر لسنوات" (will last) or "يستمر" (lasts) citing "قد يستمر لسنوات" (may
last) built, as only a past verb was read. A present verb after "قد" that starts with "ي" (no past verb does) is told
as certain where the sentence writes it, or its future ("سيستمر"), without "قد"; one that starts with "ت" ("قد توقف"
may be "has stopped") only in its future ("ستتوقف", "سوف تتوقف").

And a plan told as done: "عقد الوزيران اجتماعاً في 12 آذار/مارس" (held) or "اجتمع الوزيران" (met) citing "من المقرر
أن يعقد الوزيران اجتماعاً ... في 12 آذار/مارس" (are to hold) built (tests/test_newuser_140.py). A present verb after
"من المقرر أن" or "المزمع أن" (scheduled) is read as the one after "قد" is, and a meeting it plans ("اجتماعاً",
"لقاء") is told as held by "اجتمع" or "التقى"; a sentence keeping the plan ("المقرر", "سيعقد", "يعتزم", ...) builds.
"""

from __future__ import annotations

import functools

from . import patterns
from .arabic_agreements import agreement_told_as_reached
from .arabic_negations import folded
from .attribution import Cited, Finding, clipped

_MAY = patterns.compile(r"(?<!\w)[وف]?قد\s+(?P<verb>[يت][\u0621-\u064a\u064b-\u065f\u0640]{2,})")
_WORD = patterns.compile(r"[\u0621-\u064a][\u0621-\u064a\u064b-\u065f\u0640]*")
# Words keeping a possibility, a condition, an intent or a threat: the sentence tells nothing as done.
_KEEPS = frozenset(map(folded, (
    "قد", "وقد", "فقد", "ربما", "يمكن", "يمكنها", "يمكنه", "بإمكانها", "المحتمل", "محتمل", "محتملا", "احتمال",
    "إذا", "وإذا", "لو", "تعتزم", "يعتزم", "تنوي", "ينوي", "تهدد", "يهدد", "هددت", "هدد", "تدرس", "يدرس",
    "حذر", "حذرت", "يحذر", "تحذر", "تخشى", "يخشى", "خشية", "مخاوف", "يحتمل", "تحتمل", "تستبعد", "يستبعد",
    "تتوقع", "يتوقع", "متوقع", "المتوقع", "ممكن", "الممكن")))
# Words keeping a plan: the sentence tells no meeting as held.
_KEEPS_PLAN = frozenset(map(folded, (
    "المقرر", "مقرر", "مقررا", "المزمع", "مزمع", "يعتزم", "تعتزم", "يعتزمان", "سيعقد", "ستعقد", "سيعقدان",
    "سيجتمع", "سيجتمعان", "سيلتقي", "سيلتقيان", "المرتقب", "مرتقب", "المنتظر", "ينتظر", "يرتقب", "لم", "موعد")))
_PLANNED = patterns.compile(r"(?<!\w)(?:من\s+)?(?:ال)?(?:مقرر|مزمع)\s+[أا]ن\s+"
                            r"(?P<verb>[يت][\u0621-\u064a\u064b-\u065f\u0640]{2,})(?P<rest>[^.،؛!?]{0,80})")
_MEETING_NOUNS = frozenset(map(folded, ("اجتماع", "اجتماعا", "اجتماعاً", "لقاء", "لقاءً", "لقاءا", "قمة")))
_MET = frozenset(map(folded, ("اجتمع", "اجتمعا", "اجتمعت", "اجتمعوا", "التقى", "التقيا", "التقت", "التقوا",
                               "واجتمع", "واجتمعا", "والتقى", "والتقيا")))
# A verbal noun after a preposition is no verb told as done: "حذر من توقف المولدات" (warned of their stopping).
_PREPOSITIONS = frozenset(map(folded, ("من", "عن", "على", "إلى", "في", "بعد", "قبل")))
_PRESENT_ENDINGS = ("ون", "ين", "ان", "ي", "")
_PAST_ENDINGS = ("وا", "تا", "ت", "ا", "ي", "")
_SHORTEST = 3


def may_told_as_done_in_arabic(text: str, passages: list[Cited], offset: int = 0,
                               language: str = "") -> list[Finding]:
    """Return a finding where an Arabic sentence writes as done (or certain) a verb every cited passage holding it
    gives only after "قد" (may), or as done what they give only as scheduled, or an agreement reached that they say
    was not (arabic_agreements.py): cite.py's one call for Arabic's told as done (`language` unread: Arabic letters
    are what it reads; an item's check passes it)."""
    return (_may_told_as_done(text, passages, offset) or planned_told_as_done_in_arabic(text, passages, offset)
            or agreement_told_as_reached(text, passages, offset))


def _may_told_as_done(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
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
    return _told_as_certain(text, words, passages, offset)


def _told_as_certain(text: str, words: list[str], passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding where the sentence writes, without "قد", a present verb every cited passage holding it gives
    only after "قد": itself ("يستمر") or its future ("سيستمر")."""
    told = set(words) | {word[1:] for word in words if word[:1] in "وف" and len(word) > 4}
    soon = {"س" + after for before, after in zip(words, words[1:]) if before in ("سوف", "وسوف")}
    for passage in passages:
        for verb, _stem in _may_stems(passage.text):
            forms = {"س" + verb} | ({verb, "ت" + verb[1:], "ست" + verb[1:]} if verb[0] == "ي" else set())
            said = forms & (told | soon)
            if said:
                return [Finding(offset, f"this sentence tells as certain ('{min(said)}') what its cited passages give "
                                        f"only as possible ('قد {verb}'): {clipped(text)}",
                                "keep the source's 'قد' (may), or cite the words that tell it as certain")]
    return []


def planned_told_as_done_in_arabic(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where an Arabic sentence tells as done a verb (or a meeting) every cited passage holding it
    gives only as scheduled ("من المقرر أن يعقد")."""
    if text.isascii() or not any("مقرر" in passage.text or "مزمع" in passage.text for passage in passages):
        return []
    words = [folded(word) for word in _WORD.findall(text)]
    if not words or not _KEEPS_PLAN.isdisjoint(words) or not _KEEPS.isdisjoint(words):
        return []
    for passage in passages:
        for verb, stem, meeting in _planned(passage.text):
            for before, word in zip(["", *words], words):
                if before in _PREPOSITIONS or word == verb:
                    continue
                if stem in _past_stems(word) or (meeting and word in _MET):
                    return [Finding(offset, f"this sentence tells as done ('{word}') what its cited passages give "
                                            f"only as scheduled ('المقرر أن {verb}'): {clipped(text)}",
                                    "keep the source's 'من المقرر' (scheduled), or cite the words that tell it done")]
    return []


@functools.lru_cache(maxsize=1 << 12)
def _planned(text: str) -> tuple[tuple[str, str, bool], ...]:
    """Return each present verb after "المقرر أن" in text, folded, with its stem and whether a meeting follows it."""
    found = []
    for match in _PLANNED.finditer(text):
        verb = folded(match["verb"])
        meeting = not _MEETING_NOUNS.isdisjoint(folded(word) for word in _WORD.findall(match["rest"]))
        found += [(verb, stem, meeting) for stem in _present_stems(verb)[:1]]
    return tuple(found)


def _present_stems(verb: str) -> list[str]:
    """Return a folded present verb's stem without its person's letter and ending ("تستدعي": "ستدع"), first."""
    rest = verb[1:]
    return [rest[:len(rest) - len(ending)] for ending in _PRESENT_ENDINGS[:-1]
            if rest.endswith(ending) and len(rest) - len(ending) >= _SHORTEST][:1] or [rest]


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
