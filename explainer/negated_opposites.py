"""A word negated for its opposite says the same: "Judge Castell did not call the contract legally sound" may cite
"Judge Castell called the contract legally flawed".

polarity.py read the sentence's "not" as a negation added, and opposites.py its "sound" as the passage's "flawed"
turned: two findings for a faithful sentence. A judgement's word has one opposite that is its negation (sound and
flawed or unsound, safe and unsafe or dangerous, legal and illegal, lawful and unlawful, fit and unfit, ...; a word and
its own "un", "il", "ir", "dis" or "non"), so "not sound" is "flawed". Read where the sentence negates
once ("not", "never", "did not", "isn't"), the word stands after the negation in its clause, and one sentence of a
passage, negating nothing, says the word's opposite with every other word of four letters or more of the sentence
(a verb after "did not" aside: "did not find" of "found"; a word's own forms, "call" of "called", are one word).
Orders, places and changes ("not the first" of "the last", "did not rise" of "fell") are no such pair and stay
refused; so does "did not call the contract legally flawed" of "called the contract legally flawed"
(tests/test_factcheck_120.py). English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, in_english
from .clauses import content_words
from .sentences import split_sentences

# "in" and "im" open as many words they negate nothing in ("informed", "improve"): their pairs are listed
_PAIRS = (("sound", "flawed"), ("valid", "flawed"), ("safe", "dangerous"), ("legal", "unlawful"), ("lawful", "illegal"),
          ("fit", "unfit"), ("clear", "ambiguous"), ("true", "false"), ("valid", "invalid"), ("adequate", "inadequate"),
          ("sufficient", "insufficient"), ("accurate", "inaccurate"), ("correct", "incorrect"),
          ("appropriate", "inappropriate"), ("proper", "improper"), ("possible", "impossible"),
          ("competent", "incompetent"))
_OPPOSITES = {one: {other for a, other in _PAIRS if a == one} | {a for a, other in _PAIRS if other == one}
              for pair in _PAIRS for one in pair}
_PREFIXES = ("un", "il", "ir", "dis", "non-", "non")
_NEGATION = patterns.compile(r"(?<!\w)(?:(?:(?P<aux>did|does|do|was|were|is|are|has|have|had)\s+(?:not|never))"
                             r"|(?P<short>didn['’]t|doesn['’]t|don['’]t)|wasn['’]t|weren['’]t|isn['’]t|aren['’]t"
                             r"|hasn['’]t|haven['’]t|not|never)(?!\w)", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[,;:]|\s(?:but|while|whereas|although)\s", re.IGNORECASE)
_WORD = patterns.compile(r"[a-z][a-z-]*", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "also", "into", "when", "which", "never", "does", "didn't", "doesn't", "don't", "wasn't",
                          "isn't", "weren't", "aren't", "hasn't", "haven't"})


def negated_opposite(text: str, passages: list[Cited], language: str = "") -> bool:
    """Say whether text negates a judgement's word whose opposite a passage's sentence says, of the same things."""
    if not in_english(language) or not ("not" in text or "n't" in text or "n’t" in text or "never" in text):
        return False  # most sentences negate nothing: found by a plain search
    negations = list(_NEGATION.finditer(text))
    if len(negations) != 1:
        return False
    negation = negations[0]
    end = _CLAUSE_END.search(text, negation.end())
    after = [word.group().casefold() for word in _WORD.finditer(text, negation.end(), end.start() if end else len(text))]
    verb = after[0] if after and (negation["aux"] or negation["short"]) else ""  # "did not find" of "found"
    own = content_words(text[:negation.start()] + " " + text[negation.end():], _NOT_CONTENT) - {verb}
    candidates = {other for word in after for other in _candidates(word)}
    for passage in passages:
        lowered = passage.text.casefold()
        if not any(candidate in lowered for candidate in candidates):
            continue  # most passages hold no opposite of the negated words: found by a plain search
        for sentence in split_sentences(passage.text, language):
            if _NEGATION.search(sentence.text):
                continue
            theirs = {word.group().casefold() for word in _WORD.finditer(sentence.text)}
            for word in after:
                opposite = next((other for other in theirs if _opposed(word, other)), None)
                if opposite and all(_one_word(mine, theirs) for mine in own - {word}):
                    return True
    return False


def _candidates(word: str) -> set[str]:
    """Return the words that may be `word`'s opposite: its pairs', and itself with a negating prefix or without one."""
    return ({*_OPPOSITES.get(word, ()), *(prefix + word for prefix in _PREFIXES)}
            | {word[len(prefix):] for prefix in _PREFIXES if word.startswith(prefix) and len(word) - len(prefix) >= 4})


def _opposed(word: str, other: str) -> bool:
    """Say whether two words are a judgement and its negation: a pair, or one the other with a negating prefix."""
    if other in _OPPOSITES.get(word, ()):
        return True
    longer, shorter = (word, other) if len(word) > len(other) else (other, word)
    return len(shorter) >= 4 and any(longer == prefix + shorter for prefix in _PREFIXES)


def _one_word(mine: str, theirs: set[str]) -> bool:
    """Say whether a sentence's word stands among a passage sentence's words, itself or in another form ("call" of
    "called")."""
    return mine in theirs or any(other.startswith(mine) or mine.startswith(other) and len(other) >= 4
                                 or mine[:5] == other[:5] and len(mine) >= 5 for other in theirs)
