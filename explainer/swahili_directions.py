"""The words direction.py reads a rise or a fall by in Swahili, whose verbs carry their subject and tense as prefixes
("iliongezeka", "yalipanda", "ilipungua", "yalishuka", "imeshuka").

"Mauzo yalipanda kwa asilimia 20" citing "mauzo ... yalishuka kwa takriban asilimia 20" kept the figure and turned the
news around: no Swahili word of rise or fall was read (tests/test_newuser_54.py). Each verb is listed with every
subject's prefix and tense a report writes ("ili", "ina", "ime", "ita", "yali", "wali", ...), its infinitive
("kupungua"), its subjunctive ("ipungue", "upandishwe": a rise wanted, as swahili_wishes.py reads it) and its noun
("ongezeko", "punguzo"); "kwa" is the word before a change's size ("ilipungua kwa asilimia 5").
"""

from __future__ import annotations

_SUBJECTS = ("a", "wa", "i", "zi", "u", "ki", "vi", "li", "ya", "m", "ku", "tu")
_TENSES = ("li", "na", "me", "ta", "ki", "nge")
_RISING = ("ongezeka", "ongeza", "ongezwa", "panda", "pandishwa", "pandisha")
_FALLING = ("pungua", "punguza", "punguzwa", "shuka", "shushwa", "shusha", "anguka")
_NOT_VERBS = frozenset({"upande", "kipande", "vipande"})  # a side, a piece: nouns a subjunctive of "panda" spells


def _forms(*stems: str) -> frozenset[str]:
    """Return a verb's forms with every subject's prefix and tense, its infinitive and its subjunctive: "pungua"
    gives "ilipungua", "yamepungua", "kupungua", "ipungue", ..."""
    return (frozenset(subject + tense + stem for stem in stems for subject in _SUBJECTS for tense in _TENSES)
            | {"ku" + stem for stem in stems}
            # what is wanted: "mshahara upandishwe" (that the wage be raised), "bei ishushwe" (swahili_wishes.py)
            | {subject + stem[:-1] + "e" for stem in stems for subject in _SUBJECTS}) - _NOT_VERBS


RISE = _forms(*_RISING) | {"ongezeko", "nyongeza"}
FALL = _forms(*_FALLING) | {"punguzo", "upungufu", "anguko"}
# Words that may stand between a word of rise or fall and its figure: "yalishuka kwa takriban asilimia 20".
FILLERS = frozenset({"kwa", "takriban", "karibu", "zaidi"})
# Words that start another clause: "ilipungua kwa asilimia 5, lakini ...".
CLAUSE_WORDS = frozenset({"lakini", "wakati", "ingawa", "huku"})
# The word before a level reached: "iliongezeka hadi asilimia 71.2" (rose to 71.2%; tests/test_newuser_59.py).
LEVEL_BEFORE = frozenset({"hadi", "mpaka"})
