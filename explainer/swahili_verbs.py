"""A Swahili locale's verbs read with the prefixes Swahili glues before them: `according_to: [sema, tangaza]` reads
"alisema", "walisema", "ilitangaza", "inatangaza", "aliwaambia" (with `ambia`), so a locale lists a verb's stem, not
its every form.

Swahili puts a verb's subject, tense and object before its stem ("a-li-sema" he said, "i-na-tangaza" it announces,
"a-li-wa-ambia" he told them); a locale listing only "alisema" left "walisema", "ilisema" and "wamesema" unread, and
"Tume ya Uchaguzi inatangaza matokeo" citing a passage that names the commission was refused as its word told as fact
where "announced" builds in English (tests/test_newuser_54.py). The stems of `hedges`, `according_to` and `expected`
that are one lowercase word of four letters or more are read so (as Turkish's are with its endings after them).
"""

from __future__ import annotations

_SUBJECTS = "a|wa|i|zi|u|ki|vi|li|ya|tu|m|mu|ni|ku|pa"
_TENSES = "li|na|me|ta|ki|nge|ngali|ka|a"
_OBJECTS = "mw|m|wa|i|zi|u|ki|vi|li|ya|ku|tu|ni|ji"
# What may stand before a stem: its subject, tense and object, or an infinitive's "ku" ("kusema").
PREFIXES = rf"(?:(?:{_SUBJECTS})(?:{_TENSES})?(?:{_OBJECTS})?|ku)?"
GLUED_KEYS = frozenset({"hedges", "according_to", "expected"})
# A verb's subject and tense, affirmed or negated ("ana", "ili", "wame", "haku"): swapped_languages.py
# compares a party's verb by its stem ("anapanga" and "inapanga" hold one place).
SUBJECT_TENSES = frozenset(negation + subject + tense for negation in ("", "ha") for subject in _SUBJECTS.split("|")
                           for tense in _TENSES.split("|") + ["ku", "ja"])


def stems(words) -> frozenset[str]:
    """Return the words of a Swahili locale's list read with prefixes glued before them: single lowercase words of
    four letters or more ("sema", "tangaza"; not "kwa mujibu wa")."""
    return frozenset(word for word in words if len(word) >= 4 and word.isalpha() and word.islower())
