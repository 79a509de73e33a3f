"""A finding a passage makes a condition of, not told as made: "The regulator's investigation found Varn at fault" may
not cite "A spokesperson said the regulator may fine the company up to £2 million if it finds that Varn breached its
permit" (tests/test_factcheck_245.py).

conditions.py keeps the condition of what a passage says will happen (the fine), and conditions_done.py refuses the
condition told as done where the sentence shares two of its words; a finding still to be made shares fewer ("Varn",
the rest said in other words: "at fault" for "breached its permit"), and "finds" told as "found" built. This reads
finding verbs only, and names nothing conditions_done.py names. A passage's finding is conditional where "if", "unless",
"once", "when" or an opening "should", and at most three words (the finder: "it", "the court"), come before a finding
verb in the present ("finds", "concludes", "rules", "decides", "determines", "establishes", "proves", "shows",
"confirms"). A sentence is refused where it uses that verb's past ("found", "concluded", "ruled" ...), not negated,
keeps nothing open ("if", "whether", "unless", "may", "might", "could", "would", "should", "will", "yet", "possible",
"investigating"), and the words after its verb share more words of four letters or more with the condition's clause
than with any sentence of the passages that makes no such condition; unless a passage uses the past verb itself
outside a condition. Parties' names count ("Varn"). English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .clauses import content_words
from .conditions_done import conditions_told_done
from .sentences import markers_blanked, split_sentences

_VERBS = {"find": "found", "conclude": "concluded", "rule": "ruled", "decide": "decided", "determine": "determined",
          "establish": "established", "prove": "proved|proven", "show": "showed|shown", "confirm": "confirmed"}
# each present form ("finds", "establishes") with its verb's past forms
_PAST_OF = {form: past for verb, past in _VERBS.items()
            for form in (verb, verb + ("es" if verb.endswith("sh") else "s"))}
_PRESENT = "|".join(sorted(_PAST_OF, key=len, reverse=True))
_CONDITIONAL = patterns.compile(
    rf"(?:(?<![\w-])(?:if|unless|once|when)|(?:^|[.;:]\s*)should)(?:\s+[\w'’-]+){{0,3}}?\s+(?P<verb>{_PRESENT})"
    r"(?![\w-])(?P<clause>[^.;:?!]*)", re.IGNORECASE)
_KEPT_OPEN = patterns.compile(r"(?<![\w-])(?:if|whether|unless|may|might|could|would|should|will|yet|possibl\w*"
                              r"|investigating|not|no|never|n['’]t)(?![\w-])", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "which", "what", "when", "where", "will", "would", "could",
                          "should", "company", "found", "finds", "find"})


def condition_told_met(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells as made a finding its cited passages make only a condition of."""
    if not in_english(language) or not passages:
        return []
    conditions = [match for passage in passages for match in _CONDITIONAL.finditer(passage.text)]
    if not conditions:
        return []  # most passages make no finding a condition
    spoken = markers_blanked(text)
    if _KEPT_OPEN.search(spoken) or conditions_told_done(text, passages, offset, language):
        return []  # kept open; or told done on two words, which conditions_done.py names
    for condition in conditions:
        past = _PAST_OF[condition["verb"].casefold()]
        told = past and patterns.compile(rf"(?<![\w-])(?:{past})(?![\w-])", re.IGNORECASE).search(spoken)
        if not told or any(_plainly_past(passage.text, past) for passage in passages):
            continue
        mine = content_words(spoken[told.end():], _NOT_CONTENT, names_of_three=True)
        in_condition = mine & content_words(condition["clause"], _NOT_CONTENT, names_of_three=True)
        in_plain = max((len(mine & content_words(sentence, _NOT_CONTENT, names_of_three=True))
                        for sentence in _plain_sentences(passages)), default=0)
        if in_condition and len(in_condition) > in_plain:
            return [Finding(offset + told.start(),
                            f"this sentence tells as made ('{told.group()}') a finding its cited passages make only "
                            f"a condition of ('{' '.join(condition.group().split())}'): {clipped(text)}",
                            "keep the condition (\"if it finds\"), as the source does, or cite the finding itself")]
    return []


def _plainly_past(text: str, past: str) -> bool:
    """Say whether text uses the past verb itself ("found"): a finding the passage tells as made."""
    return bool(patterns.compile(rf"(?<![\w-])(?:{past})(?![\w-])", re.IGNORECASE).search(text))


def _plain_sentences(passages: list[Cited]) -> list[str]:
    """Return the sentences of the passages that make no finding a condition."""
    return [sentence.text for passage in passages for sentence in split_sentences(passage.text, "en")
            if not _CONDITIONAL.search(sentence.text)]
