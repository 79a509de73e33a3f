"""Negations kept, in Persian: "این ادعا را می‌پذیرد" citing "این ادعا را نمی‌پذیرد" built.

Persian negates a verb with a prefix glued to it: "ن" before the stem ("نکرده‌اند" for "کرده‌اند", "نگفته", "نخواهد")
and before the continuous "می" ("نمی‌کند" for "می‌کند"), and "نیست" is "است" denied; polarity.py reads a negation
as a word of its own, so none of these was read. A word of a sentence is compared with the words of its passages
with the prefix taken off (the zero-width non-joiner left out and Arabic's yeh and kaf read as Persian's, as a quote
is matched): a sentence holding a verb only one way where its passages hold it only the other way is refused. Both
forms must stand as words, so a noun that starts with "ن" ("نگین", "نهاد") is no negated "گین" or "هاد"; the copula
is read with the word before it ("مخالف است" citing "مخالف نیستیم" is refused). A negation told by another verb
("رد کرد" for "نپذیرفت") is not read, and neither is "نه" alone.
"""

from __future__ import annotations

from .attribution import Cited, Finding
from .persian_letters import ONE_LETTER
from . import patterns

# A word with the non-joiners inside it: "نمی‌پذیرد" is one word, as a reader sees it.
_WORD = patterns.compile("[^\\W\\d_](?:[^\\W\\d_]|\u200c)*")
_SHORTEST = 3  # a stem's letters at least: "کرد", "بود"; "شد" is listed
_SHORT_VERBS = frozenset({"شد", "شده", "زد"})
# The copula and its denial, each read with the word before it ("مخالف است", "مخالف نیستیم"): "است" alone stands in
# most sentences, and a passage's "نیست" elsewhere denied nothing they say.
_COPULA = frozenset({"است", "هست", "هستند", "هستیم", "هستم", "هستید", "هستی"})
_DENIED_COPULA = frozenset({"نیست", "نیستند", "نیستیم", "نیستم", "نیستید", "نیستی"})
_MARKER = patterns.compile(r"\[\^[^\]]*\]")


def _folded(word: str) -> str:
    return word.replace("\u200c", "").translate(ONE_LETTER)


def _affirmed(word: str) -> str:
    """Return the form of a folded word with its negating prefix taken off ("نمیکند": "میکند"), else ""."""
    if word.endswith(" نیست"):
        return word[:-len("نیست")] + "است"
    rest = word[1:] if word.startswith("ن") else ""
    return rest if len(rest) >= _SHORTEST or rest in _SHORT_VERBS else ""


def _words(text: str) -> dict[str, str]:
    """Return text's words folded, each with the word as written (its first)."""
    found: dict[str, str] = {}
    before = ""
    for word in _WORD.findall(text):
        folded = _folded(word)
        if folded in _COPULA or folded in _DENIED_COPULA:
            found.setdefault(f"{before} {'است' if folded in _COPULA else 'نیست'}", word)
        else:
            found.setdefault(folded, word)
        before = folded
    return found


def flipped(text: str, read: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text (`read`: its own words, markers and quotations blanked) holds a verb only one way
    (negated or not) that the passages it cites hold only the other way."""
    mine = _words(read)
    theirs = {folded: word for passage in reversed(passages) for folded, word in _words(passage.text).items()}
    for negated in sorted(mine):  # "می‌پذیرد" in the passages, "نمی‌پذیرد" here
        plain = _affirmed(negated)
        if plain and plain in theirs and plain not in mine and negated not in theirs:
            return [_denied(offset, text, f"negates '{theirs[plain]}'", "the passages it cites hold it affirmed")]
    for negated in sorted(theirs):  # "نمی‌پذیرد" in the passages, "می‌پذیرد" here
        plain = _affirmed(negated)
        if plain and plain in mine and negated not in mine and plain not in theirs:
            return [_denied(offset, text, f"drops the negation of '{theirs[negated]}'", "the passages it cites hold it so")]
    return []


def _denied(offset: int, text: str, what: str, why: str) -> Finding:
    sentence = " ".join(_MARKER.sub("", text).split())[:160]
    return Finding(offset, f"this sentence {what}, where {why}: \"{sentence}\"",
                   "keep the source's negation, or its absence, or cite words that say what this sentence says")
