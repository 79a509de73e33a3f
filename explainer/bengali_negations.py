"""Negations kept, in Bengali: "মন্ত্রণালয় এ বিষয়ে মন্তব্য করেছে" citing "... কোনো মন্তব্য করেনি" built.

Bengali negates after its verb with a word of its own ("মানব না", "যথেষ্ট নয়", "ত্রুটি নেই") or with "নি" glued to
the verb's present form for the past ("করেনি", "নেয়নি", "দেননি"), and before a verb that is not finite ("আলোচনা না
করেই", "প্রত্যাহার না হলে"). A verb of doing or being carries no content ("মন্তব্য করা", "সিদ্ধান্ত নেওয়া"): the noun
before it does. So the content word before a negation (three words back at most, not past a quotation) is read as
negated, and every other content word as given; a sentence that gives a word only one way where every passage it cites
gives it only the other way is refused (stem_comparisons.py, as Hindi's hindi_negations.py is). "কি না" (whether or
not) negates nothing. Not read: a negation in other words ("প্রত্যাখ্যান করেছে", rejected).
"""

from __future__ import annotations

from . import bengali, patterns
from .attribution import Cited, Finding
from .stem_comparisons import flipped_stems

# A word whole, with its vowel signs and the joiners some letters are typed with ("র‍্যাব").
WORD = patterns.compile(rf"[^\W\d_][\w{bengali.MARKS}\u200c\u200d]*")
_NEGATIONS = frozenset({"না", "নি", "নয়", "নন", "নই", "নেই", "নাই"})
# The letters with a nukta, typed as one character or as the letter and the nukta: compared decomposed.
_DECOMPOSED = str.maketrans({"\u09dc": "\u09a1\u09bc", "\u09dd": "\u09a2\u09bc", "\u09df": "\u09af\u09bc",
                             "\u200c": None, "\u200d": None})
# "করেনি", "নেয়নি", "দেননি": "নি" after a verb's "-ে", "-য়" or honorific "-ন"; never "তিনি", "কোম্পানি", "পানি".
_GLUED_ENDS = ("\u09c7নি", "\u09bcনি", "ননি")
# Verbs of doing, being, giving and taking that a noun makes a verb with, auxiliaries, postpositions, pronouns and
# particles: what stands between a negation and the word it negates.
_NO_CONTENT = frozenset(word.translate(_DECOMPOSED) for word in {
    "করা", "করে", "করেন", "করেছে", "করেছেন", "করেছিল", "করেছিলেন", "করবে", "করবেন", "করব", "করি", "করল", "করলে",
    "করেই", "করতে", "করার", "করায়", "হয়", "হয়ে", "হয়েছে", "হয়েছিল", "হবে", "হলে", "হল", "হলো", "হওয়া", "হওয়ার",
    "হন", "হয়নি", "ছিল", "ছিলেন", "আছে", "আছেন", "থাকবে", "থাকা", "থাকলে", "দেওয়া", "দেয়", "দেন", "দেবে", "দিয়েছে",
    "দিলে", "নেওয়া", "নেয়", "নেন", "নেবে", "নিয়েছে", "যায়", "যাবে", "যাওয়া", "পারে", "পারবে", "পারেন", "বলেন",
    "বলে", "বলেছেন", "বলছে", "বলছেন", "জানান", "জানিয়েছে", "জানিয়েছেন", "এই", "এ", "এটি", "এটা", "সে", "সেই", "তা",
    "তাঁরা", "তারা", "তিনি", "আমরা", "আমি", "আমাদের", "কোনো", "কোন", "কেউ", "কাউকে", "কিছু", "এখনো", "এখনও", "ও",
    "এবং", "আর", "বা", "কি", "কী", "যে", "যা", "জন্য", "থেকে", "পর্যন্ত", "মধ্যে", "সঙ্গে", "সাথে", "ওপর", "উপর",
    "কাছে", "দিয়ে", "নিয়ে", "বিষয়ে", "শুধু", "তো", "ই", "আগে", "পরে", "খুব", "বেশি", "আরও", "মোটেও", "একেবারে"})


def folded(word: str) -> str:
    """Return a word with its nukta letters decomposed and its joiners left out, as two spellings of it compare equal."""
    return word.translate(_DECOMPOSED)


def _negation(word: str) -> str:
    """Return the verb a negated word holds ("করে" of "করেনি"), "" for a negation of its own ("না"), None for none."""
    if word in _NEGATIONS:
        return ""
    if len(word) > 3 and word.endswith(_GLUED_ENDS):
        return word[:-2]
    return None


def _content(word: str) -> bool:
    return word not in _NO_CONTENT and word not in _NEGATIONS


def polarities(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return the content words text gives without a negation, and those a negation after them negates."""
    found = list(WORD.finditer(text))
    words = [folded(word.group()) for word in found]
    negated = set()
    for at, word in enumerate(words):
        verb = _negation(word)
        if verb is None or (word == "না" and at and words[at - 1] in ("কি", "কী")):  # "থাকবে কি না": whether
            continue
        if verb and _content(verb):
            negated.add(at)
        # not past a quotation: what "“…” না" negates is the quoted words, which are another's and left unread
        before = next((i for i in range(at - 1, max(-1, at - 4), -1) if _content(words[i])), None)
        if before is not None and not bengali.QUOTE_MARKS.search(text, found[before].end(), found[at].start()):
            negated.add(before)
    given = {word for at, word in enumerate(words) if _content(word) and at not in negated and _negation(word) is None}
    return frozenset(given), frozenset(words[at] if _negation(words[at]) is None else _negation(words[at])
                                       for at in negated)


def flipped(text: str, read: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text (`read`: its own words, markers and quotations blanked) gives a word one way that
    every passage it cites holding it gives the other way."""
    return flipped_stems(polarities, text, read, passages, offset)
