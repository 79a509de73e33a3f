"""A judgement of enough turned round in other words: "The regulator said the offer was enough" may not cite "The board
said the offer was "not sufficient at this stage"".

polarity.py holds a negation to the words it negates ("sufficient" of "not sufficient" is refused), so the same verdict
in a synonym ("enough", "adequate") read as a new word and built. Enough, sufficient and adequate are one judgement
here: a sentence judging something so ("was enough", "is sufficient", "deemed adequate") is refused where its cited
passages judge only the other way ("not sufficient", "not enough", "insufficient", "inadequate", "falls short"), and a
sentence judging it not so ("is not enough", "insufficient") where they judge it only so. Only a verdict after a
copula or a verb of judging is read, so "enough stores" or "old enough" are no verdicts; a sentence using the same
word as the passage is left to polarity.py. English text is read (tests/test_newuser146.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english

_WORDS = ("enough", "sufficient", "adequate")
_QUOTE = r"[\"'“”‘’]?"
_JUDGED = r"(?:deemed|judged|found|considered|thought|called)"
_OBJECT = r"(?:(?:it|this|that|them|the|its|their|[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,3}?)"  # "the new flood wall"
# A verdict is no determiner: "enough evidence", "adequate housing" judge nothing
_NO_NOUN = r"(?!\s+(?!(?:to|for|at|in|and|or|but|as|by|on|with|under|so|yet|now|because|given)\b)[a-z])"
# "was enough", "is not sufficient", 'was "not sufficient', "deemed inadequate", "falls short"
_VERDICT = patterns.compile(
    rf"(?<!\w)(?:(?:is|was|are|were|be|been|being|remains?|seemed|seems)|{_JUDGED}\s+{_OBJECT}?)\s+{_QUOTE}"
    rf"(?P<negation>(?:not|never|hardly|far\s+from)\s+(?:(?:yet|quite|nearly|remotely)\s+)?{_QUOTE})?"
    rf"(?P<word>enough|sufficient|adequate|insufficient|inadequate)(?!\w){_NO_NOUN}"
    r"|(?<!\w)(?P<short>falls?|fell|falling)\s+short(?!\w)", re.IGNORECASE)


def sufficiency_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text judges something enough, or not enough, in a word its passages do not use, and
    the passages judge it only the other way."""
    if not in_english(language) or not any(word in text.casefold() for word in _WORDS):
        return []  # most sentences judge nothing so: found without a pattern
    said = _verdicts(text)
    if len(said) != 1:
        return []  # no verdict, or both ways in one sentence
    enough, (phrase, word) = next(iter(said.items()))
    joined = " ".join(passage.text for passage in passages)
    if not any(stem in joined.casefold() for stem in ("enough", "sufficient", "adequate", "short")):
        return []
    given = _verdicts(joined)
    if not given or enough in given or word == given.get(not enough, ("", ""))[1]:
        return []  # the passages judge it the same way, or in the same word (polarity.py reads that)
    return [Finding(offset, f"this sentence judges it {'enough' if enough else 'not enough'} ({phrase!r}), where its "
                            f"cited passages judge it {'not enough' if enough else 'enough'} "
                            f"({given[not enough][0]!r}): {clipped(text)}",
                    "keep the source's verdict, in its words or words that mean the same")]


def _verdicts(text: str) -> dict[bool, tuple[str, str]]:
    """Return the verdicts text gives, enough (True) or not (False), each with the words giving it and its word
    ("sufficient" of "insufficient" too)."""
    found: dict[bool, tuple[str, str]] = {}
    for match in _VERDICT.finditer(text):
        word = (match["word"] or "").casefold()
        enough = not (match["short"] or match["negation"]) and word not in ("insufficient", "inadequate")
        found.setdefault(enough, (match.group(0), word.removeprefix("in")))
    return found
