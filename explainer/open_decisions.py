"""A decision still open told as made: "The city will appeal" citing "... before deciding whether to appeal".

A passage giving an act as undecided ("whether to appeal", "whether or not to sell", "did not say whether it would
impose tariffs", "would consider an appeal", its own clause un-negated) does not back a sentence telling that act as
decided: "will appeal", "is going to appeal", "plans to", "intends to", "has decided to", "is to appeal", "said it
would appeal", or as done ("appealed", tests/test_newuser_40.py). It is refused where the
sentence shares a content word (four letters or more) with the passage's sentence besides the act ("city" of "The
city will appeal"), or what the act is done to, a word of the three after its verb ("the cut" of "will reverse the
price cut" for "The company has not said whether it will reverse the cut"; "whether Halden will" is open as "whether
it will" is), and no cited passage gives the act as decided itself in a sentence sharing such a word with it ("The
city said it will appeal"; Corvane's "will appeal"
backs no city's). Words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, sentence_of

_OPEN = patterns.compile(r"(?<!\w)whether\s+(?:or\s+not\s+)?(?:to|(?:it|they|he|she|we|the\s+[a-z]+"
                         r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:would|will))\s+"
                         r"(?P<verb>[a-z]{3,})(?!\w)"
                         # an appeal weighed: "said it was disappointed and would consider an appeal"
                         r"|(?<!\w)(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?)\s+(?:an\s+)?(?P<noun>appeal)(?!\w)",
                         re.IGNORECASE)
# told as decided: "will appeal", "is going to appeal", "plans to appeal", and reported so, "said it would appeal"
_DECIDED = (r"(?:will|['’]ll|(?:is|are|was|were)\s+(?:going\s+)?to|plans?\s+to|intends?\s+to|(?:has|have|had)\s+"
            r"decided\s+to|decided\s+to|(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:it|they|he|she|we)\s+would)")
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t)\W*(?:\w+\W+)?$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "will", "would", "whether", "deciding", "decide", "decided",
                          "considering", "weighing", "before", "after", "going", "plans", "intends"})


def told_as_decided(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as decided ("will appeal") an act its cited passages give as undecided
    ("whether to appeal")."""
    open_acts = [act for passage in passages if "hether" in passage.text or "ppeal" in passage.text
                 for act in _open(passage.text)]
    if not open_acts:
        return []  # most passages decide nothing openly: found without reading the sentence
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for verb, shown, words in open_acts:
        decided = next((match for match in _decided(verb).finditer(_OPEN.sub(_blanked, spoken))  # its own "whether"
                        if not inside(quoted, match.start())
                        and not _NEGATED_BEFORE.search(spoken, max(0, match.start() - 16), match.start())), None)
        own = content_words(spoken, _NOT_CONTENT | {verb}) | _objects(spoken, decided.end() if decided else 0)
        if decided is None or not own & words:
            continue
        if any(own & content_words(sentence_of(passage.text, match.start()), _NOT_CONTENT | {verb})
               for passage in passages for match in _decided(verb).finditer(_OPEN.sub(_blanked, passage.text))):
            continue  # a passage gives it decided itself, of what the sentence names ("The city said it will appeal")
        return [Finding(offset, f"this sentence tells as decided ('{' '.join(decided.group().split())}') what its "
                                f"cited passages give as undecided ('{shown}'): {clipped(text)}",
                        f"keep the source's words ('{shown}'), or cite a passage that says it was decided")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _open(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Return the acts a passage gives as undecided: each verb, its words as written, its sentence's content words."""
    return tuple(((match["verb"] or match["noun"]).casefold(), " ".join(match.group().split()),
                  content_words(sentence_of(text, match.start()),
                                _NOT_CONTENT | {(match["verb"] or match["noun"]).casefold()})
                  | _objects(text, match.end()))
                 for match in _OPEN.finditer(text))


# a few words after the verb: what is acted on, "reverse the cut", "raise prices", shared by "will reverse the price
# cut" where the passage names the actor by a common noun ("The company has not said whether it will reverse the
# cut": no word of four letters besides the verb is Halden's, newuser_81)
_AFTER = patterns.compile(r"(?:\s+(?:the|a|an|its|their|his|her))?(?P<words>(?:\s+[^\W\d_][\w-]*){1,3})")


def _objects(text: str, end: int) -> frozenset[str]:
    """Return the words of three letters or more within three words after `end` (articles aside), folded, marked as
    what the verb acts on: "the cut" of "whether it will reverse the cut"."""
    after = _AFTER.match(text, end)
    return frozenset(f"@{word.casefold()}" for word in (after["words"].split() if after else ()) if len(word) >= 3)


@functools.lru_cache(maxsize=256)
def _decided(verb: str) -> re.Pattern:
    """Return the pattern of a verb told as decided: "will appeal", "is going to appeal", "has decided to appeal", or
    as done: "granted" ("The elections office granted the request" for "whether to grant the request")."""
    past = verb + ("d" if verb.endswith("e") else "ed")
    return re.compile(rf"(?<!\w)(?:{_DECIDED}\s+(?:\w+ly\s+)?{re.escape(verb)}|{re.escape(past)})(?!\w)",
                      re.IGNORECASE)


def _blanked(match: re.Match) -> str:
    return " " * len(match.group())
