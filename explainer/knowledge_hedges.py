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
    if not in_english(language):
        return []
    if any("evidence" in p.text or "credible" in p.text for p in passages) and (vouched := _doubt_told_true(
            text, passages, offset)):
        return vouched
    if not any(" far as " in p.text or "knowledge" in p.text for p in passages):
        return []  # most passages hold no such limit: found without reading the sentence
    spoken = unquoted(markers_blanked(text))
    if _KEPT.search(spoken):
        return []
    # the words as written first; then with the few a restatement swaps read alike ("stolen" for "taken")
    return next(filter(None, (_hedge_dropped(text, reader(spoken), passages, reader, offset)
                              for reader in (_content, _restated_words))), [])


def _hedge_dropped(text: str, own: frozenset[str], passages: list[Cited], reader, offset: int) -> list[Finding]:
    """Return a finding when the passage sentence whose words (as `reader` reads them) text shares most, and more than
    any other, holds a limit of what its speaker knows."""
    for passage in passages:
        sentences = [sentence.text for sentence in split_sentences(passage.text, passage.language)]
        shared = [len(own & reader(sentence)) for sentence in sentences]
        if not shared or max(shared) < _LEAST or shared.count(max(shared)) > 1:
            continue
        hedge = _HEDGE.search(sentences[shared.index(max(shared))])
        if hedge:
            shown = " ".join(hedge.group().split())
            return [Finding(offset, f"this sentence drops the limit its cited passage puts on what the speaker knows "
                                    f"('{shown}'): {clipped(text)}",
                            f"keep the source's words ('{shown}'), or cite a passage that says it without them")]
    return []


def _content(text: str) -> frozenset[str]:
    """Return text's content words as written."""
    return content_words(text, _NOT_CONTENT)


def _restated_words(text: str) -> frozenset[str]:
    """Return text's content words, each of the few a restatement swaps ("stolen" for "taken") as the one it swaps."""
    return frozenset(_SAME_WORD.get(word, word) for word in content_words(text, _NOT_CONTENT))


# A speaker said to vouch for a claim it said it had no evidence for: "The regulator said Grey Lantern's claim was
# true" of "the regulator said it had seen no evidence to support it" (tests/test_factcheck_224.py)
_SAID_TRUE = patterns.compile(
    r"(?P<speaker>[\w'’-]+)\s+(?:said|says|stated|states|found|finds|confirmed|confirms|accepted|accepts|agreed|agrees)"
    r"\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?(?:claims?|figures?|numbers?|accounts?|assertions?)\s+(?:was|is|were|are)"
    r"\s+(?:(?:largely|broadly|entirely)\s+)?(?P<true>true|accurate|correct|right|genuine|valid|well-founded)"
    r"(?![\w-])", re.IGNORECASE)
# no evidence for the claim itself ("had seen no evidence to support it"), not of something else ("no evidence of foul
# play")
_DOUBTED = patterns.compile(r"(?<![\w-])(?:no\s+evidence(?:\s+(?:to\s+support|to\s+back|for|that|supporting|backing)"
                            r"(?![\w-])|\s*[.,;]|\s*$)|not\s+credible(?![\w-]))", re.IGNORECASE)
_NEGATION = patterns.compile(r"(?<![\w-])(?:not|no|never|n['’]t|nothing|neither|nor|without)(?![\w-])", re.IGNORECASE)


def _doubt_told_true(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text has a speaker call a claim true ("The regulator said the claim was true") where a
    passage's sentence naming that speaker gives it no evidence for it, or calls it not credible."""
    spoken = unquoted(markers_blanked(text))
    told = _SAID_TRUE.search(spoken)
    if told is None or _NEGATION.search(spoken) or _KEPT.search(spoken):
        return []
    if any(_SAID_TRUE.search(passage.text) for passage in passages):
        return []  # a passage has someone call it true itself
    speaker = told["speaker"].casefold()
    for passage in passages:
        for sentence in split_sentences(passage.text, passage.language):
            doubt = _doubt_of(sentence.text, speaker)
            if doubt:
                shown = " ".join(doubt.split())
                return [Finding(offset, f"this sentence has {told['speaker']} call a claim '{told['true']}' where "
                                        f"its cited passage gives its words as '{shown}': {clipped(text)}",
                                f"keep what the source says {told['speaker']} said ('{shown}'), or cite a passage "
                                "that says it called the claim true")]
    return []

_ANOTHER_CLAUSE = patterns.compile(r"[,;:]|\s(?:and|but|while|whereas)\s", re.IGNORECASE)


def _doubt_of(sentence: str, speaker: str) -> str:
    """Return the words of doubt a passage's sentence gives its speaker, the first after that speaker is named."""
    for named in re.finditer(r"[\w'’-]+", sentence):
        doubt = _DOUBTED.search(sentence, named.end(), named.end() + 80) if named.group().casefold() == speaker else None
        if doubt and not _ANOTHER_CLAUSE.search(sentence, named.end(), doubt.start()):
            return doubt.group()  # in the speaker's own clause: not another's "not credible" after a comma
    return ""
