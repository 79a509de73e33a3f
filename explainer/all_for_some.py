"""Some told as all: "The Agency has asked Halden to recall all batches of the vaccine" may not cite "to recall
batches CX-2209 to CX-2214 of the vaccine, six batches in all ... Other batches are not affected by the recall."

A sentence's "all (the) <noun>" (a plural noun, no figure between: "all 48 batches" is read by the figure checks) is
refused where a cited passage says the others of that noun are left out: "Other <noun> are (were, remain) not ...".
Not read: "all other <noun>", "not all", "of all <noun>", "all of them", a sentence telling some apart itself
("only", "except", "other than"), and words in quotation marks. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_ALL = patterns.compile(r"(?<![\w-])(?P<all>all\s+(?:the\s+|its\s+|their\s+)?)(?P<noun>[a-z][\w-]*s)(?![\w-])",
                        re.IGNORECASE)
_NOT_BEFORE = patterns.compile(r"(?:\b(?:not|nor|never)|n['’]t)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "of all the batches, only six": the sentence tells some apart itself
_SOME_TOLD = patterns.compile(r"(?<!\w)(?:only|except|excluding|other\s+than|apart\s+from|but\s+not)(?!\w)", re.IGNORECASE)
_WHOLE_BEFORE = patterns.compile(r"(?<!\w)(?:of|among|from|out\s+of)\s+$", re.IGNORECASE)
_NOT_NOUNS = frozenset({"other", "others", "those", "these", "this", "that", "sides", "parties", "times", "ways"})


def all_told_of_some(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text says "all <noun>" of what its cited passages say some of, the others left out."""
    if not in_english(language) or not passages or "all" not in text.lower():
        return []
    spoken = unquoted(markers_blanked(text))
    if _SOME_TOLD.search(spoken):
        return []
    for told in _ALL.finditer(spoken):
        noun = told["noun"].lower()
        if noun in _NOT_NOUNS or _NOT_BEFORE.search(spoken[:told.start()]) or _WHOLE_BEFORE.search(spoken[:told.start()]):
            continue
        others = re.compile(rf"(?<![\w-])other\s+{re.escape(noun)}\s+(?:are|were|is|was|remain|remained|have\s+been|"
                            rf"had\s+been|will\s+be)\s+not(?!\w)", re.IGNORECASE)
        for passage in passages:
            left_out = others.search(passage.text)
            if left_out:
                return [Finding(offset + told.start(), f"this sentence says '{' '.join(told.group().split())}' where "
                                                       f"its cited passages leave some out ('{left_out.group()}'): "
                                                       f"{clipped(text)}",
                                "say which ones, as the source does, or cite the words that say all")]
    return []
