"""A speaker's limit of knowledge kept: "as far as it knows" may not be dropped from what a passage says so.

"Brambletons said that no payment card data was taken" citing "Brambletons said that no payment card data was taken,
as far as it knows." tells as the company's plain word what it gives only as what it knows so far. A sentence is
refused where the passage sentence it restates most (three content words or more, more than any other sentence of
the passage) holds "as far as it knows" ("as far as we know", "as far as the company is aware", "to the best of its
knowledge", "to its knowledge"), and the sentence keeps no word of the kind ("as far as", "knowledge", "aware",
"believes", "thinks", "so far", "no evidence", "understands"). Words in quotation marks are not read. English text is
read (tests/test_newuser_130.py).
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import content_words
from .sentences import markers_blanked, split_sentences

import re

_HEDGE = patterns.compile(r"(?<![\w-])(?:as\s+far\s+as\s+(?:[\w'’-]+\s+){1,3}?(?:knows?|is\s+aware|are\s+aware|can\s+tell)"
                          r"|to\s+the\s+best\s+of\s+(?:its|his|her|their|our|my)\s+knowledge"
                          r"|to\s+(?:its|his|her|their|our|my)\s+knowledge)(?![\w-])", re.IGNORECASE)
_KEPT = patterns.compile(r"(?<![\w-])(?:as\s+far\s+as|knowledge|aware|knows?\s+of|believes?|believed|thinks?|thought"
                         r"|so\s+far|yet|no\s+evidence|understands?|understood|appears?|seems?|not\s+known|unclear"
                         r"|unknown)(?![\w-])", re.IGNORECASE)
_LEAST = 3  # content words the sentence shares with the hedged one
# the few words a restatement of what was taken swaps in: "No card details were stolen" restates "no payment card data
# was taken, as far as it knows" (tests/test_factcheck_224.py), its hedge and speaker dropped
_SAME_WORD = {"details": "data", "detail": "data", "information": "data", "stolen": "taken", "stole": "taken",
              "took": "taken", "copied": "taken", "accessed": "taken"}
_NOT_CONTENT = frozenset({"said", "says", "that", "this", "with", "from", "have", "been", "were", "also", "they",
                          "their", "which", "would", "could", "knows", "know", "aware", "tell"})


def knowledge_hedge_dropped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text restates a passage's sentence given "as far as it knows" without saying so."""
    if not in_english(language) or not any(" far as " in p.text or "knowledge" in p.text for p in passages):
        return []  # most passages hold no such limit: found without reading the sentence
    spoken = unquoted(markers_blanked(text))
    if _KEPT.search(spoken):
        return []
    own = _restated_words(spoken)
    for passage in passages:
        sentences = [sentence.text for sentence in split_sentences(passage.text, passage.language)]
        shared = [len(own & _restated_words(sentence)) for sentence in sentences]
        if not shared or max(shared) < _LEAST or shared.count(max(shared)) > 1:
            continue
        hedge = _HEDGE.search(sentences[shared.index(max(shared))])
        if hedge:
            shown = " ".join(hedge.group().split())
            return [Finding(offset, f"this sentence drops the limit its cited passage puts on what the speaker knows "
                                    f"('{shown}'): {clipped(text)}",
                            f"keep the source's words ('{shown}'), or cite a passage that says it without them")]
    return []


def _restated_words(text: str) -> frozenset[str]:
    """Return text's content words, each of the few a restatement swaps ("stolen" for "taken") as the one it swaps."""
    return frozenset(_SAME_WORD.get(word, word) for word in content_words(text, _NOT_CONTENT))
