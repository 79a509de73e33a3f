"""A quotation cut past its negation: the source's "não" left outside the quotation marks, and out of the sentence.

'Lula afirmou: «Existem dois Brasis.»' citing 'Lula afirmou: «Não existem dois Brasis.»' quotes every word as written
(the case of a quotation's first letter is forgiven) and says the opposite; so does 'he promised to "raise taxes"' of
'he promised "not to raise taxes"'. The negation check leaves quoted words unread (another's words negate nothing of
ours), so the cut went unseen. A quotation whose first words follow, in a passage it cites (or the source's sentence
holding it), a negation ("not", "no", "never", "cannot"; French "ne", "non", "pas", "jamais"; Spanish "no", "nunca";
Portuguese "não", "nunca", "jamais"; Italian "non", "mai"; German "nicht", "kein", "nie") must keep one, inside the
quotation or in the words just before it (or a word that negates by its meaning: "rejected", "sem", "negou"). A
passage that also gives the words without a negation before them lets it pass, as cut_hedges.py does for a bound.

A cut may not join a negated clause to words of the next one either: 'said "we will not negotiate … with the
council"' citing '"We will not negotiate with terrorists, but we remain open to talks with the council"' quotes
each piece as written and says the opposite. A quotation's piece holding a negation, followed past a cut ("…",
"...", "[…]") by a piece its passage gives only after a turn ("but", "however", "yet", "whereas", "while", a
semicolon or a sentence's end), is refused, unless the later piece opens a clause of its own ("but …", "we …").
Nor may a cut leave the negation out itself: 'said "we will … negotiate"' of '"We will not negotiate"', '"we want
peace … at any price"' of '"We want peace, but not at any price"'. A quotation with no negation of its own, whose cut
skips words holding one in every passage giving its pieces, is refused, unless the skipped words are an aside set off
by commas ('"the talks … will resume"' of '"the talks, which did not include Southland, will resume"').
"""

from __future__ import annotations

import functools
import re

from . import devanagari, hindi_negations, patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import WORD
from .quotation_cuts import BEFORE_QUOTED, CutWord, cut_quotations

_NEGATIONS = ("not", "no", "never", "cannot", "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't",
              "wasn't", "weren't", "ne", "non", "pas", "jamais", "nunca", "jamás", "não", "nem", "mai", "nicht",
              "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
              # Arabic's, "و"/"ف" (and, so) joined: 'إن اللجنة "تسمح بأن يدفع المواطن ثمن الخلاف"' of '"لن تسمح ..."'
              *(joined + word for joined in ("", "و", "ف") for word in ("لن", "لم", "لا", "ليس", "ليست")))
_NEGATION = "(?:" + "|".join(re.escape(word) for word in _NEGATIONS) + ")"
_MAY_NEGATE = patterns.compile(r"(?<!\w)" + _NEGATION + r"(?!\w)", re.IGNORECASE)
# What keeps the negation in the sentence, besides a negation: a word that negates by its meaning ('the minister
# rejected a "safe zone"' citing 'there is no "safe zone"')
_DENIALS = ("without", "denied", "denies", "deny", "rejected", "rejects", "refused", "refuses", "ruled out", "lack",
            "lacks", "lacked", "sans", "nié", "rejeté", "refusé", "sin", "negó", "rechazó", "sem", "negou", "nega",
            "rejeitou", "rejeita", "recusou", "recusa", "ohne", "bestritten", "abgelehnt", "senza",
            "رفض", "رفضت", "ترفض", "يرفض", "نفى", "نفت", "ينفي", "تنفي", "دون", "بدون")
_DENIAL = "|".join(re.escape(word) for word in _DENIALS).replace(r"\ ", r"\s+")
_KEPT = patterns.compile(r"(?<!\w)(?:" + _NEGATION + "|" + _DENIAL + r")(?!\w)", re.IGNORECASE)
# A negation right before where the quoted words start, past an opening quotation mark the source may give there
_NEGATION_BEFORE = patterns.compile(r"(?<!\w)(" + _NEGATION + r")" + BEFORE_QUOTED, re.IGNORECASE)
_KEPT_BEFORE = 32  # characters before a quotation where the sentence may keep the negation ('did not "raise taxes"')
_READ_BEFORE = 16  # characters before the quoted words in a passage that may hold its negation


def cut_negations(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text quotes words that every cited passage giving them gives right after a negation
    ("não", "not") and the sentence keeps none, inside the quotation or just before it."""
    hindi = (hindi_negations.cut_before_negation(text, passages, offset)
             if not text.isascii() and devanagari.writes_devanagari(text) else [])  # Hindi negates after its words
    return (hindi or cut_quotations(_CUT_NEGATION, text, passages, offset)
            or joined_past_a_turn(text, passages, offset) or cut_out_negation(text, passages, offset))


# A cut in a quotation, as attribution.py reads one
_CUT = patterns.compile(r"\s*(?:\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)|\.\.\.|…)\s*")
_TURN = patterns.compile(r"[;.!?]|(?<!\w)(?:but|however|yet|whereas|while|though|although|instead)(?!\w)",
                         re.IGNORECASE)
# A piece opening a clause of its own: the reader reads no one clause across the cut
_OWN_CLAUSE = frozenset({"but", "however", "yet", "whereas", "while", "though", "although", "instead", "i", "we",
                         "you", "he", "she", "it", "they", "there"})


def joined_past_a_turn(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding when a quotation's cut joins a negated piece to words its passages give only after a turn to
    another clause ("but", "however", a semicolon)."""
    if "…" not in text and "..." not in text:
        return []  # most quotations are not cut
    for start, end in quoted_parts(text):
        pieces = [piece.strip() for piece in _CUT.split(text[start:end]) if WORD.search(piece)]
        for left, right in zip(pieces, pieces[1:]):
            if not _negates(left) or WORD.search(right).group().casefold() in _OWN_CLAUSE:
                continue
            between = [found for passage in passages for source in {passage.text, passage.holding} if source
                       for found in (_between(source, left, right),) if found is not None]
            turns = [_TURN.search(found) for found in between]
            if turns and all(turns):
                turn = turns[0].group()
                return [Finding(offset + start, f"this quotation's cut joins '{left}' to words its cited passages "
                                                f"give after '{turn}' ('{right}'): {clipped(text)}",
                                f"quote each clause whole, or keep the source's '{turn}' between them")]
    return []


def cut_out_negation(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding when a quotation with no negation of its own is cut where its passages give one ('"we will …
    negotiate"' of '"We will not negotiate"'), the skipped words not an aside set off by commas."""
    if "…" not in text and "..." not in text:
        return []  # most quotations are not cut
    for start, end in quoted_parts(text):
        pieces = [piece.strip() for piece in _CUT.split(text[start:end]) if WORD.search(piece)]
        if len(pieces) < 2 or any(_negates(piece) for piece in pieces):
            continue
        for left, right in zip(pieces, pieces[1:]):
            between = [found for passage in passages for source in {passage.text, passage.holding} if source
                       for found in (_between(source, left, right),) if found is not None]
            skipped = [_MAY_NEGATE.search(found) for found in between]
            if skipped and all(skipped) and not any(_aside(found) for found in between):
                word = skipped[0].group()
                return [Finding(offset + start, f"this quotation's cut leaves out the '{word}' its cited passages "
                                                f"give between '{left}' and '{right}': {clipped(text)}",
                                f"keep the source's '{word}' inside the quotation, or quote the words on either "
                                f"side of it apart")]
    return []


def _aside(skipped: str) -> bool:
    """Say whether words a cut skips are an aside set off by commas (or dashes): ", which did not include it,"."""
    words = skipped.strip()
    return len(words) > 1 and words[0] in ",—–(" and words[-1] in ",—–)"


def _between(source: str, left: str, right: str) -> str | None:
    """Return the source's words between the first place it gives `left` and its next `right`, or None."""
    found = _words_of(left).search(source)
    after = _words_of(right).search(source, found.end()) if found else None
    return source[found.end():after.start()] if after else None


def _words_of(piece: str) -> re.Pattern:
    """Return a pattern of a piece's words in order, anything not a word between them."""
    return re.compile(r"(?<!\w)" + r"\W+".join(re.escape(word) for word in WORD.findall(piece)) + r"(?!\w)",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _negates(text: str) -> bool:
    return bool(text) and bool(_MAY_NEGATE.search(text))


# a negation inside the quotation keeps none cut off its start: it negates a later clause (tests/test_newuser_111.py)
_CUT_NEGATION = CutWord(_negates, _KEPT, _KEPT_BEFORE, lambda words: _NEGATION_BEFORE, _READ_BEFORE, kept_inside=False)
