"""A level now and the level before kept on their sides in French, German and Spanish: "Die Wahlbeteiligung lag bei
61,8 Prozent, nach 58,9 Prozent" may not cite "Die Wahlbeteiligung lag bei 58,9 Prozent, nach 61,8 Prozent".

A clause gives a level and the one it follows or is set against (level_ratios.level_pairs: German ", nach",
"gegenüber", "von A auf B"; French ", contre", "de A à B"; Spanish "frente al", ", desde", "del A al B"). Both
figures stand in the passage and no word of rise or fall need be said, so neither the figures check nor
level_directions.py sees the two turned round. A sentence is refused where a cited passage gives its two levels the
other way round and none gives them its way, unless a word the passage gives with one level alone (a year, a
name) stays with that level in the sentence: "61,8 % en 2021, contre 58,9 %" of "58,9 %, contre 61,8 % en 2021"
builds. English is comparison_sides.py's and level_directions.py's; quoted words are not read
(tests/test_factcheck_155.py).
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .level_ratios import level_pairs
from .numbers import Mention
from .sentences import inside, markers_blanked
from .wordset import has_digit

_WORD = patterns.compile(r"[^\W\d_]{3,}|(?<![\d.,])\d{4}(?![\d.,%])")  # words, and years
_CLAUSE_END = patterns.compile(r"[.;:,](?!\d)")  # "61,8" goes on
_NEXT_FIGURE = patterns.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d+)*(?!\d)")  # the next level's: "à 61,8 % en 2021"
# the joiners' and the figures' own words, which say nothing of whose level it is
_NOT_ANCHORS = frozenset("""nach zuvor gegenüber von auf den dem der die das und prozent contre par rapport comparé
les des une pour cent frente desde del los las una unos unas por ciento hasta con""".split())
_AFTER_REACH = 40


def levels_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives two levels of a passage (the level now, the one before) the other way round."""
    if in_english(language) or not has_digit(text):
        return []
    spoken = markers_blanked(text)
    own = level_pairs(spoken, language)
    if not own:
        return []  # most sentences set no level against another
    theirs = [(passage.text, pair) for passage in passages for pair in level_pairs(passage.text, passage.language
                                                                                    or language)]
    quoted = quoted_parts(spoken)
    for new, old in own:
        if inside(quoted, new.start) or any(_same(pair, new, old) for _, pair in theirs):
            continue  # a passage gives them so
        for passage_text, (their_new, their_old) in theirs:
            if not _same((their_new, their_old), old, new):
                continue
            new_words, old_words = _words(spoken, new), _words(spoken, old)
            their_new_words, their_old_words = _words(passage_text, their_new), _words(passage_text, their_old)
            if new_words & (their_old_words - their_new_words) or old_words & (their_new_words - their_old_words):
                continue  # each level keeps the words the passage gives it alone: told in another order
            return [Finding(offset, f"this sentence gives {new.text} as the level and {old.text} as the one it is "
                                    f"set against, where its cited passages give {their_new.text} as the level and "
                                    f"{their_old.text} as the one before or beside it: {clipped(text)}",
                            "keep each level on its side, as the source gives it")]
    return []


def _same(pair: tuple[Mention, Mention], new: Mention, old: Mention) -> bool:
    return pair[0].quantities == new.quantities and pair[1].quantities == old.quantities


def _words(text: str, mention: Mention) -> frozenset[str]:
    """Return the words around a level: up to three before it in its clause, and those after it in its clause."""
    clause = _CLAUSE_END.split(text[max(0, mention.start - 80):mention.start])[-1]
    after = _NEXT_FIGURE.split(_CLAUSE_END.split(text[mention.end:mention.end + _AFTER_REACH])[0])[0]
    words = _WORD.findall(" ".join(clause.split()[-3:]) + " " + after)
    return frozenset(word.casefold() for word in words) - _NOT_ANCHORS
