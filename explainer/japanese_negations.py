"""Negations kept, in Japanese: "設計変更を承認すると発表した" citing "承認しないと発表した" built.

Japanese negates a verb or adjective after it, in the kana glued to its kanji ("承認しない", "承認せず",
"確かめていない", "避けられない", "難しくない", "言いません"), and a noun with "はない" ("考えはない"); polarity.py reads
a negation and then the words after it, as English puts them, so none of these was read. Here each run of kanji
followed by kana is read as a word's stem ("承認" of "承認しないと", "確" of "確かめている"), negated where its kana
hold a negation before the next kanji or stop (a verb right before a noun shares the negation of either: "止める考え
はない" and "止めない考え" say the same); a sentence that gives a stem only one way where every passage it
cites gives it only the other way is refused. A stem followed by a particle ("承認を拒んだ") is no verb and is not
read, so an honest paraphrase in other words builds, and so does a misstatement in them.
"""

from __future__ import annotations

from .attribution import Cited, Finding
from .stem_comparisons import flipped_stems
from . import patterns

_HIRAGANA = patterns.compile("[\u3041-\u309f]")
# A stem and the kana glued after it, up to the next kanji, katakana, digit or stop: "承認|しないと", "確|かめていない".
_STEM = patterns.compile("([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]+)([\u3041-\u309f]+)")
# What negates the stem in its kana: "ない" (and "なかった", "なく" before it: "少なくない"), "ません", and "ず" after a
# verb's own kana ("承認せず", "認められず"), never in "わずか", "ずつ", "いずれ", "はず" (ought), "まず" (first).
_NEGATION = patterns.compile("な(?:い|かっ|くな)|ませ[んぬ]|(?<![はま])(?<=[\u3041-\u309f])ず(?![かつっれ])")
# A particle right after a stem makes it a noun ("承認を", "県は", "法的な"), no verb or adjective; only "はない",
# "がない", "もない", "ではない" (no ...) negate one.
_PARTICLE = ("を", "が", "に", "の", "へ", "や", "と", "から", "まで", "より", "など", "だ", "で", "は", "も", "な")
_NOUN_NEGATED = ("はな", "がな", "もな", "ではな", "でもな", "じゃな")
_NAI = ("ない", "なかっ")  # no particle "な" but a verb's negation: "来ない", "見なかった"
# Adjectives whose own ending is "ない": "少ない" (few) is no negation of "少", "少なくない" (not few) is.
_ADJECTIVES_IN_NAI = frozenset({"少", "危", "切", "幼", "頼り"})
# How a verb or adjective ends right before the noun it describes ("止める考え", "止めない考え"), never a particle
# ("承認しないと発表した": the negation is the approval's only).
_ATTRIBUTIVE = frozenset("るたいうくすつぶむぐ")
# Stems that are no verb whatever their kana: "必ず" (certainly), "間もなく" (soon).
_NO_VERB = frozenset({"必", "間"})


def writes_kana(text: str) -> bool:
    """Say whether text holds a hiragana letter: Japanese, as Chinese writes none."""
    return _HIRAGANA.search(text) is not None


def polarities(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return the stems text gives without a negation, and those it negates."""
    given, denied = set(), set()
    before, before_negated, end_before = None, False, -1
    for match in _STEM.finditer(text):
        stem, kana = match[1], match[2]
        if stem in _NO_VERB:
            continue
        if stem in _ADJECTIVES_IN_NAI and kana.startswith("な"):
            kana = kana[1:]  # "少な|い", "少な|くない"
        if kana.startswith(_NOUN_NEGATED) or kana.startswith(_NAI) or not kana.startswith(_PARTICLE):
            negated = kana.startswith(_NOUN_NEGATED) or _NEGATION.search(kana) is not None
            # A verb right before a noun shares its negation: "止める考えはない" says what "止めない考え" says.
            right_after = before is not None and end_before == match.start() and text[end_before - 1] in _ATTRIBUTIVE
            if negated and right_after:
                denied.add(before)
            (denied if negated or (right_after and before_negated) else given).add(stem)
            before, before_negated, end_before = stem, negated, match.end()
        else:
            before = None
    return frozenset(given), frozenset(denied)


def flipped(text: str, read: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text (`read`: its own words, markers and quotations blanked) gives a stem one way that
    every passage it cites holding it gives the other way."""
    return flipped_stems(polarities, text, read, passages, offset)
