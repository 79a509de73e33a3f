"""A count still open not told as final: "The final death toll was at least 40" may not cite "At least 40 people were
killed, a toll officials said could rise".

A toll (count, tally, number) a passage gives as one that may still change ("could rise", "may climb", "is expected to
rise", "was likely to increase"; a "provisional", "preliminary" or "initial" toll; a cost "so far" or "to date") built
told "final" where the sentence kept the passage's "at least": every figure and qualifier stood, and the count was
closed. A sentence calling a count final ("the final toll", "a final 40", "the toll was final", "the final count",
"definitive"; a cost "total", "in total", "altogether", "totalled": tests/test_factcheck_115.py; a cost told in the
plain past or present, "cost", "costs", "spent", "the cost of ... was": tests/test_factcheck_117.py) is refused where a
cited passage sharing a word of four letters or more with it gives a count as still open and none gives one as final
itself. The dropped "at least" of "The final toll was 40" is the qualifier check's (qualifiers.py). English text is
read; words in quotation marks are not (tests/test_factcheck_106.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, sentence_of

_COUNT = r"(?:death\s+|casualty\s+|official\s+)?(?:toll|count|tally|number|figure|total)"
_FINAL = patterns.compile(rf"(?<!\w)(?:final|definitive)\s+(?:[\w-]+\s+)?(?:{_COUNT}|\d[\d,]*)(?!\w)"
                          rf"|(?<!\w){_COUNT}(?:\s+of\s+[\w\s,]{{1,30}}?)?\s+"
                          r"(?:was|is|stands|stood|remained|remains)\s+(?:now\s+)?(?:final|definitive)(?!\w)"
                          # a running cost told whole: "the total cost", "14 million dollars in total", "altogether"
                          r"|(?<!\w)(?:total|overall|full|final|entire)\s+(?:cost|bill|spending|outlay|expense)s?(?!\w)"
                          r"|(?<!\w)(?:in\s+total|altogether|all\s+told|totall?ed|totals)(?!\w)",
                          re.IGNORECASE)
# A running cost told in the plain past or present as the whole: "The clean-up cost 14 million dollars" (or "costs",
# "spent", "The cost of the clean-up was") of "has so far cost 14 million dollars and is continuing" (factcheck_117).
# Not after "has", "had", "will", "to" or a word of time ("so far", "to date": _OPEN), which keep it open or to come.
_PLAIN_COST = patterns.compile(
    r"(?<!\w)(?<!has\s)(?<!have\s)(?<!had\s)(?<!far\s)(?<!already\s)(?<!will\s)(?<!would\s)(?<!could\s)(?<!may\s)"
    r"(?<!might\s)(?<!to\s)(?<!not\s)(?<!n't\s)(?<!n’t\s)"
    r"(?:cost|costs|spent|cost\s+of(?:\s+[\w'’-]+){1,3}?\s+(?:was|is|came\s+to|amounted\s+to))"
    r"(?=\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+|at\s+least\s+"
    r"|an\s+estimated\s+)?(?:[$€£]\s?)?\d)", re.IGNORECASE)
_OPEN = patterns.compile(
    r"(?<!\w)(?:could|may|might|is\s+(?:expected|likely)\s+to|are\s+(?:expected|likely)\s+to|was\s+(?:expected|likely)"
    r"\s+to|were\s+(?:expected|likely)\s+to|would\s+likely|will\s+likely|is\s+set\s+to)\s+(?:still\s+|further\s+)?"
    r"(?:rise|climb|increase|grow|go\s+up|change)(?!\w)"
    rf"|(?<!\w)(?:provisional|preliminary|initial)\s+{_COUNT}(?!\w)|(?<!\w)not\s+(?:yet\s+)?final(?!\w)"
    # a running total: "has so far cost 14 million dollars", "spent to date" (factcheck_115)
    r"|(?<!\w)(?:so\s+far|to\s+date|thus\s+far|until\s+now|up\s+to\s+now)(?!\w)", re.IGNORECASE)
_COUNTED = patterns.compile(r"(?<!\w)(?:toll|count|tally|killed|dead|died|deaths|injured|wounded|casualties|missing"
                           r"|victims|cost|costs|spent|bill)(?!\w)", re.IGNORECASE)
_MAY_BE_FINAL = ("final", "Final", "definitive", "Definitive", "total", "Total", "overall", "Overall", "full", "Full",
                 "entire", "altogether", "all told", "cost", "spent")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "final", "toll", "could", "rise", "least"})


def closed_counts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text calls final a count its cited passages give as still open."""
    if not any(word in text for word in _MAY_BE_FINAL) or not in_english(language):
        return []  # most sentences call nothing final: found by a plain search
    final = next((match for pattern in (_FINAL, _PLAIN_COST) for match in pattern.finditer(text)
                  if not inside(quoted_parts(text), match.start())), None)
    if final is None or _OPEN.search(text) or any(_FINAL.search(passage.text) or _PLAIN_COST.search(passage.text)
                                                  for passage in passages):
        return []  # the sentence calls no count final, or keeps it open ("so far"), or a passage calls it final
    words = content_words(text, _NOT_CONTENT)
    for passage in passages:
        for opened, sentence_words in _open_counts(passage.text):
            if words & sentence_words:
                return [Finding(offset, f"this sentence gives a count as final ('{' '.join(final.group().split())}') "
                                        f"where its cited passages give it as still open ('{opened}'): {clipped(text)}",
                                "keep the count open as the source does (\"so far\", \"could rise\"), or cite a "
                                "passage that gives it as final")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _open_counts(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each count a passage gives as still open, as written, with its sentence's content words: a sentence
    of a count ("toll", "killed", "casualties"), not "prices could rise"."""
    found = []
    for match in _OPEN.finditer(text):
        sentence = sentence_of(text, match.start())
        if _COUNTED.search(sentence):
            found.append((" ".join(match.group().split()), content_words(sentence, _NOT_CONTENT)))
    return tuple(found)
