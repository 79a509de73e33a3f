"""Who was told is not who said it: "The Authority found that the merger could cost up to 600 jobs" may not cite
"The Regional Pilots' Association has told the Authority that the merger could cost up to 600 jobs".

A passage's "X told Y that ..." ("informed", "assured", "warned", "wrote to") gives the words to X; a sentence
whose subject is Y ("the Authority", by its last word) saying, finding or believing that clause ("found that",
"said that", "estimates that"), three words of four letters or more in common and the clause opening with two of them, gives them to the one who heard them.
It is refused where no cited passage gives Y such a clause itself, and the sentence names none of X's words and tells
no telling ("The Authority said the union had told it that ..." builds). English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import content_words
from .sentences import markers_blanked, split_sentences

_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
_TOLD = patterns.compile(rf"(?P<teller>(?:\S+\s+){{1,5}}?)(?:has\s+|have\s+|had\s+)?(?:told|informed|assured|warned|"
                         rf"wrote\s+to|written\s+to)\s+(?P<whom>{_NAME})\s+that\s+(?P<words>[^.;]+)")
_SAID = patterns.compile(rf"(?P<who>{_NAME})\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:found|finds|concluded|"
                         r"concludes|said|says|believes|believed|estimates|estimated|thinks|thought|considers|"
                         r"considered|stated|states|accepted|accepts|agreed|agrees)\s+(?:that\s+)?(?P<words>[^.;]+)")
_NOT_CONTENT = frozenset({"that", "this", "with", "from", "have", "will", "would", "could", "been"})


def addressee_told_as_speaker(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives words to the one a cited passage says they were told to."""
    if not in_english(language) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    told = [found for passage in passages for sentence in split_sentences(passage.text)
            for found in _TOLD.finditer(sentence.text)]
    if not told or _TELLING.search(spoken):
        return []  # none told, or the sentence tells the telling itself
    for mine in _SAID.finditer(spoken):
        who, words, opening = _last_word(mine["who"]), content_words(mine["words"], _NOT_CONTENT), _opening(mine["words"])
        if any(_last_word(own["who"]) == who and len(words & content_words(own["words"], _NOT_CONTENT)) >= 3
               for passage in passages for own in _SAID.finditer(passage.text)):
            continue  # the passages give it words of its own
        for theirs in told:
            teller = content_words(theirs["teller"], _NOT_CONTENT)
            given = content_words(theirs["words"], _NOT_CONTENT)
            if (_last_word(theirs["whom"]) == who and len(words & given) >= 3 and opening <= given
                    and not teller & content_words(spoken, _NOT_CONTENT)):
                return [Finding(offset + mine.start(), f"this sentence gives {mine['who'].strip()} words its cited "
                                                       f"passages say were told to it ('{' '.join(theirs.group().split())[:90]}'): "
                                                       f"{clipped(text)}",
                                "name who said them, as the source does, or cite the words the sentence's speaker says")]
    return []


_TELLING = patterns.compile(r"(?<!\w)(?:told|tells|tell|informed|assured|heard|wrote|written|submitted)(?!\w)",
                            re.IGNORECASE)


def _opening(words: str) -> frozenset[str]:
    """Return the first two words of four letters or more of a clause: "it has not assessed the estimate that ..."
    opens with "assessed", no words of the clause it was told."""
    return frozenset([word for word in re.findall(r"[\w'’-]+", words.casefold())
                      if len(word) >= 4 and word not in _NOT_CONTENT][:2])


def _last_word(name: str) -> str:
    return name.split()[-1].casefold() if name.split() else ""
