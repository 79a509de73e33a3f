"""Negations kept, in Arabic: the words polarity.py counts and compares in an Arabic clause.

Arabic negates a verb with "لم", "لن" or "لا" before it, a sentence with "ليس", a noun with "غير", "عدم" or
"دون", each with "و" or "ف" (and, so) joined to it ("ولم"), and by meaning with "نفى" (denied) and "رفض"
(rejected). Read with English's rules, none was a negation, and "قال وزير الري إن السد تسبب في نقص المياه" citing
"... إن السد لم يتسبب في نقص المياه" built. Nor do Arabic's words compare by their first five letters: a verb
negated with "لم" takes the imperfect ("لم يتسبب", "لم توافق") where the clause it restates has the past ("تسبب",
"وافقت"), and prefixes ("و", "ب", "ال", "س") and endings ("ت", "ون", "ها") join the word. So a word here is its
letters without short vowels, tatweel or hamza seats, and two words are one where stripping such a prefix and
ending from each leaves the same three letters or more ("وافقت" and "توافق" both "وافق").
"""

from __future__ import annotations

import functools
import re

from . import patterns

_MARKS = "\u0640\u064b-\u065f\u0670"  # tatweel and short vowels
_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
_WORD = patterns.compile(rf"[{_LETTERS}][{_LETTERS}{_MARKS}]*")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
ARABIC_LETTER = patterns.compile("[\u0621-\u064a]")

_PARTICLES = ("لم", "لن", "لا", "ليس", "ليست", "ليسوا", "لست", "لسنا", "غير", "عدم", "دون", "بدون", "بلا",
              "نفت", "نفوا",  # "denied", whose stem is too short to find by
              "نہیں", "نہ")  # Urdu's "not", before its verb as Arabic's are ("پانی نہیں لیا", took no water)
# Verbs that negate by meaning, with as plain a scope, found by their stem in any form: "نفى أن يكون السد تسبب",
# "رفضه المجلس" (the council rejected it), "عارض" (opposed).
_NEGATING_STEMS = frozenset({"نفي", "رفض", "عارض"})
_CONJUNCTIONS_JOINED = ("", "و", "ف")
_DENIALS = frozenset(conjunction + word for conjunction in _CONJUNCTIONS_JOINED for word in ("نفت", "نفوا"))
# Each with "و" or "ف" joined, and "غير" and "عدم" after "ب" or "ل" ("بغير", "لعدم"); folded as words are.
NEGATING = frozenset(word.translate(_FOLD) for word in (
    {conjunction + word for conjunction in ("", "و", "ف") for word in _PARTICLES}
    | {conjunction + by + word for conjunction in ("", "و") for by in ("ب", "ل") for word in ("غير", "عدم")}))
# A negation that negates nothing, by the word right after it: "لا يزال" (is still), "لا سيما" (especially), "لا
# بد" (must), "لا شك" (no doubt: surely), "غير أن" (however), "ليس فقط" (not only), and a bound qualifiers.py reads
# ("لا يقل عن", at least; "لا يتجاوز", up to).
_NOT_NEGATING_AFTER = frozenset({"يزال", "تزال", "يزالون", "زال", "زالت", "يزل", "تزل", "سيما", "بد", "شك", "ان", "فقط",
                                 "يقل", "تقل", "يزيد", "تزيد", "يتجاوز", "تتجاوز", "يتعدي", "تتعدي", "يتخطي",
                                 "تتخطي", "يقلون"})
# A clause saying "only" ("لم يحضر إلا وزيران", only two ministers came) or "other than", or negating by a verb whose
# scope is not plain ("متوقفة عن العمل", stopped working, for "لا تعمل"), is not read, as English "stopped" is not.
UNSURE = frozenset({"الا", "سوي", "عدا", "باستثناء"})
_UNSURE_STEMS = frozenset({"توقف", "متوقف", "امتنع", "تجنب"})
# Where an Arabic clause ends, besides the punctuation every language shares: its comma, semicolon and question mark,
# "but", "or", "while", and before a joined "و"/"ف" negation ("... ولم تتضرر المباني" negates once each).
# "إلا أن" (however) is a "but", no "only"; "ما لم" (unless) opens a condition, whose "لم" negates no clause it
# joins: unread, "لن يلتزموا ... ما لم تراجع الوزارة" negated twice, kept nothing of "لن يلتزموا ... قبل أن", and
# "إلا أن الخطة لم تُنفذ بعد" was unsure, so "نفذت الحكومة الخطة" built.
CLAUSE_END = (r"[،؛؟]|(?<!\w)(?:لكن|ولكن|لكنه|لكنها|بينما|أو|او|بل|[إا]لا\s+[أا]ن(?:ه|ها)?|ما\s+لم)(?!\w)"
              r"|(?=(?<!\w)[وف](?:لم|لن|لا|ليس|ليست)(?!\w))")
_FUNCTION_WORDS = frozenset({
    "في", "علي", "من", "الي", "عن", "مع", "ان", "قد", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "كان",
    "كانت", "يكون", "تكون", "بعد", "قبل", "منذ", "خلال", "حتي", "عند", "كل", "بين", "ثم", "او", "لكن", "انه", "انها",
    "بان", "لان", "كما", "اي", "هو", "هي", "هم", "وقد", "فقد", "لقد", "ما", "ماذا", "لدي", "اذا", "عليه", "عليها",
    "يعد", "تعد", "يكن", "تكن", "يكونوا",  # "لم يعد السد يشكل خطرا" (no longer): what it negates is the verb after
    "يتم", "تتم", "تم", "سيتم",  # "لم يتم التوصل إلى اتفاق" (no deal was reached): what it negates is "التوصل"
    "فيه", "فيها", "منه", "منها", "له", "لها", "به", "بها"} | {"و" + word for word in ("في", "علي", "من", "ان")})
_CONJUNCTIONS = ("", "و", "ف")
_PREFIXES = ("", "س", "ب", "ل", "ك", "ال", "بال", "لل", "كال")
_PERSONS = ("", "ي", "ت", "ن", "ا")
# A past verb's subject ending before its object's ("سلمتها", she handed it over, of "لم تسلمها"; "سلموه").
_ENDINGS = ("", "ت", "ه", "ها", "هم", "هما", "ون", "ين", "ان", "وا", "ا", "ات", "نا", "تم", "تا",
            "ته", "تها", "تهم", "وه", "وها")
_SHORTEST = 3


def folded(word: str) -> str:
    """Return an Arabic word as compared: without short vowels or tatweel, its alef and yeh forms made one."""
    return re.sub(f"[{_MARKS}]", "", word).translate(_FOLD)


def may_negate(text: str) -> bool:
    """Say whether Arabic text may hold a negation."""
    return any(_negating(folded(word)) for word in _WORD.findall(text))


def negations(clause: str) -> list[tuple[int, int]]:
    """Return where an Arabic clause's negations start and end, in order; one that negates nothing left out."""
    words = [(m.start(), m.end(), folded(m.group())) for m in _WORD.finditer(clause)]
    return [(start, end) for index, (start, end, word) in enumerate(words) if _negating(word)
            and not _negates_nothing(word, _after_no_longer(words[index + 1:]))]


def _negates_nothing(word: str, after: str) -> bool:
    """Say whether a negation negates nothing by the word after it; "أن" only after a particle ("غير أن", however):
    a verb of denial opens its scope with it ("تنفي أن يكون الملء قد خفض حصتها", denies that the filling cut it),
    which unread left the denial out, refused "تنفي الوزارة أن ..." as adding one and built it dropped."""
    if after == "ان":
        return not _denies(word)
    return after in _NOT_NEGATING_AFTER


def _denies(word: str) -> bool:
    """Say whether a folded word is a verb that negates by meaning ("نفى", "تنفي", "رفضت"), not a particle."""
    return word in _DENIALS or (word not in NEGATING and not _NEGATING_STEMS.isdisjoint(stems(word)))


def _after_no_longer(words: list[tuple[int, int, str]]) -> str:
    """Return the first of `words` past "يعد" (no longer): "لم يعد يتجاوز ١٠٪" (no longer exceeds 10%) is a bound, as
    "لا يتجاوز" is, not a negation (unread, "لا يتجاوز ١٠٪" was refused as dropping it); "" for none."""
    if words and words[0][2] in ("يعد", "تعد") and len(words) > 1:
        return words[1][2]
    return words[0][2] if words else ""


def _negating(word: str) -> bool:
    return word in NEGATING or not _NEGATING_STEMS.isdisjoint(stems(word))


def unsure(clause: str) -> bool:
    """Say whether an Arabic clause holds a word whose negation's scope is not plain ("إلا", only)."""
    return any(word in UNSURE or not _UNSURE_STEMS.isdisjoint(stems(word))
               for word in map(folded, _WORD.findall(clause)))


def content_words(text: str) -> list[str]:
    """Return text's Arabic words that carry content, folded, in order: no negation, no function word."""
    return [word for word in map(folded, _WORD.findall(text))
            if len(word) >= _SHORTEST and not _negating(word) and word not in _FUNCTION_WORDS]


@functools.lru_cache(maxsize=1 << 14)
def stems(word: str) -> frozenset[str]:
    """Return what a folded Arabic word may be without its prefixes and ending, three letters at least: "وافقت"
    gives "وافق", as "توافق" does."""
    found = set()
    for conjunction in _CONJUNCTIONS:
        for prefix in _PREFIXES:
            for person in _PERSONS:
                start = conjunction + prefix + person
                if not word.startswith(start):
                    continue
                rest = word[len(start):]
                for core in (rest, *_hamza_on_alef(person, rest)):
                    found.update(core[:len(core) - len(ending)] for ending in _ENDINGS
                                 if core.endswith(ending) and len(core) - len(ending) >= _SHORTEST)
    return frozenset(found)


def _hamza_on_alef(person: str, rest: str) -> tuple[str, ...]:
    """Return a present verb's rest with the hamza its person's letter seats on "ؤ" (folded "و") written on the alef
    the past seats it on: "يؤكد" (confirms) is "أكد" (confirmed); unread, "أكد الطرفان مستوى تمثيلهما" citing "ولم
    يؤكد أي من الطرفين ... مستوى تمثيله" built, its "لم" dropped."""
    return ("ا" + rest[1:],) if person in ("ي", "ت", "ن") and rest[:1] == "و" and len(rest) >= _SHORTEST else ()


_WEAK = frozenset("اوي")  # the letters a hollow or weak verb's root changes or drops between its forms


@functools.lru_cache(maxsize=1 << 14)
def weak_roots(word: str) -> frozenset[str]:
    """Return the roots a folded Arabic word may have as a hollow or weak verb, its weak letter written "_": "قال",
    "يقول" and "لم يقل" (said, says, did not say) all give "ق_ل"; "دعا", "يدعو" and "لم يدع" give "دع_"."""
    found = set()
    for conjunction in _CONJUNCTIONS:
        for person in _PERSONS:
            start = conjunction + person
            if not word.startswith(start):
                continue
            rest = word[len(start):]
            for core in (rest[:len(rest) - len(ending)] for ending in _ENDINGS if rest.endswith(ending)):
                if len(core) == 3 and core[1] in _WEAK:
                    found.add(core[0] + "_" + core[2])
                elif len(core) == 3 and core[2] in _WEAK:
                    found.add(core[:2] + "_")
                elif len(core) == 2 and person and not core[1] in _WEAK:  # a jussive drops the weak letter: "يقل"
                    found.update((core[0] + "_" + core[1], core + "_"))
    return frozenset(found)


def same_word(one: str, other: str) -> bool:
    """Say whether two folded Arabic words are forms of one word: by their stem, or as a hollow or weak verb's forms,
    whose middle or last letter changes ("قال", "يقول", "يقل") where a stem compares them as three words."""
    return (one == other or not stems(one).isdisjoint(stems(other)) or not weak_roots(one).isdisjoint(weak_roots(other))
            or (urdu_stem(one) == urdu_stem(other) != ""))


# Urdu's past and perfect endings on a verb's stem ("بڑھایا", "بڑھائی", "بڑھائے" of "بڑھا", raised), which its compound
# past ("بڑھا دیا") keeps bare; letters Arabic does not write, so no Arabic word is cut by them.
_URDU_ENDINGS = ("یا", "ئی", "ئے", "ی", "ے")


def urdu_stem(word: str) -> str:
    """Return an Urdu verb's stem without its past ending ("بڑھایا" -> "بڑھا"), three letters at least; the word
    itself where it has none; "" for a word too short to stem."""
    for ending in _URDU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST:
            return word[:-len(ending)]
    return word if len(word) >= _SHORTEST else ""


# Urdu's light verbs, which carry a compound verb's tense after its meaning ("مسترد کر دیا", rejected; "مسترد نہیں
# کیا", did not reject): a negation before one negates the word before the negation, and no clause restates another
# by sharing one.
URDU_LIGHT_VERBS = frozenset({"کیا", "کی", "کیے", "کئے", "کر", "کرتا", "کرتی", "کرتے", "کرے", "کریں", "دیا", "دی",
                              "دیے", "دئے", "لیا", "لی", "لیے", "گیا", "گئی", "گئے", "ہوا", "ہوئی", "ہوئے", "ہے",
                              "ہیں", "تھا", "تھی", "تھے", "سکا", "سکی", "سکے", "پایا", "پائی"})


def urdu_negated_word(clause: str, negation: tuple[int, int]) -> str:
    """Return what an Urdu negation before a light verb negates ("مسترد" of "مسترد نہیں کیا"): the content word
    right before it, folded; "" where no light verb follows it, or no word stands before it."""
    after = _WORD.search(clause, negation[1])
    if after is None or folded(after.group()) not in URDU_LIGHT_VERBS:
        return ""
    before = [word for word in content_words(clause[:negation[0]]) if word not in URDU_LIGHT_VERBS]
    return before[-1] if before else ""
