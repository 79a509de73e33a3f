"""A cause the source gives only as someone's blame not told as fact: "Prices fell 15% because of the lack of a deal"
may not cite "The association said prices had dropped by about 15 per cent, which it blamed on the lack of a deal".

causes.py reads "blamed" as a passage giving a cause, so any cause a sentence tells of the same thing built. A
passage blames where "blamed (blames, blaming) ... on" or "attributed (attributes) ... to" stands before the thing
blamed. A sentence that gives a cause ("because of", "due to", "as a result of", "caused by", "led to", ...) sharing a
word of four letters or more with what a passage blames is refused where it says nobody's word itself ("the
association said", "according to", "blamed") and no cited passage gives that cause outside a blame ("because of the
lack of a deal"). English text is read; words in quotation marks are not (tests/test_newuser_85.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts, says_whose_word
from .causes import _CAUSE, _CAUSE_VERB, _NOT_CONTENT
from .clauses import content_words
from .sentences import inside, markers_blanked

_BLAME = patterns.compile(r"(?<!\w)(?:blam(?:ed|es|ing)\s+(?:[\w'’,-]+\s+){0,8}?on|attribut(?:ed|es|ing)\s+"
                          r"(?:[\w'’,-]+\s+){0,8}?to)\s+(?P<blamed>[^.;:!?]{1,120})", re.IGNORECASE)
# A cause given plainly: "because of the lack of a deal", "the lack of a deal caused ..."
_PLAIN_CAUSE = patterns.compile(r"(?<!\w)(?:because|due\s+to|owing\s+to|as\s+a\s+result\s+of|caused\s+by"
                                r"|(?:led|leads)\s+to|resulted\s+in|prompted|triggered|sparked)(?!\w)", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[,;:]|\.(?:\s|$)")


def blamed_cause_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as fact a cause its cited passages give only as someone's blame."""
    if not in_english(language) or not passages or not any("blam" in p.text or "attribut" in p.text
                                                           for p in passages):
        return []  # most passages blame nothing: found without reading the sentence
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    cause = next((m for pattern in (_CAUSE, _CAUSE_VERB) for m in pattern.finditer(spoken)
                  if not inside(quoted, m.start())), None)
    if cause is None or says_whose_word(spoken):
        return []
    told = content_words(spoken, _NOT_CONTENT) - content_words(cause.group(), _NOT_CONTENT)
    blamed = [(m.group().split()[0], content_words(m["blamed"], _NOT_CONTENT))
              for p in passages for m in _BLAME.finditer(p.text)]
    shared = [(word, words & told) for word, words in blamed if words & told]
    if not shared:
        return []
    if any(_plainly_caused(p.text, shared[0][1]) for p in passages):
        return []
    return [Finding(offset, f"this sentence gives as fact a cause ('{' '.join(cause.group().split())}') that its cited "
                            f"passages give only as someone's blame ('{shared[0][0]}'): {clipped(text)}",
                    "say whose blame it is, as the source does ('X blamed it on ...'), or cite a passage that gives "
                    "the cause")]


def _plainly_caused(passage: str, words: set[str]) -> bool:
    """Say whether a passage gives a cause holding one of `words` outside a blame: "because of the lack of a deal"."""
    for match in _PLAIN_CAUSE.finditer(passage):
        end = _CLAUSE_END.search(passage, match.end())
        if content_words(passage[match.end():end.start() if end else len(passage)], _NOT_CONTENT) & words:
            return True
    return False
