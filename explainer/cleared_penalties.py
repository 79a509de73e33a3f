"""A penalty cut or kept not told as a clearing: "cleared", "exonerated" or "acquitted" where the source gives a ban.

"The tribunal cleared Ferrandi of doping" citing "The tribunal reduced the doping ban of Matteo Ferrandi from four
years to two" built: no figure is said, and the rider the tribunal banned for two years reads as cleared
(tests/test_newuser_60.py). penalties.py reads a penalty's fate where the sentence names the penalty ("overturned the
ban"); a clearing names none. A sentence is refused where it tells someone cleared ("cleared of", "was cleared",
"cleared him", "exonerated", "acquitted", "absolved", "let off", "walked free"; French "blanchi", "innocenté";
Spanish "absuelto", "exonerado"), not negated, conditional or in quotation marks, while its cited passages give a
penalty kept or cut (penalties.py's reading: "upheld the ban", "reduced the ban") and none tells a clearing or the
penalty undone ("overturned", "lifted"). "Cleared the way" and "cleared for" clear no one.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .penalties import _fates
from .sentences import inside, markers_blanked

# what may tell a clearing, looked for in the folded text before any pattern
_MAY_CLEAR = ("clear", "exonerat", "acquit", "absolv", "let off", "walked free", "blanchi", "innocent", "absuelt",
              "exonerad")
_CLEARED = patterns.compile(
    r"(?<![\w-])(?:cleared(?!\s+(?:the\s+way|the\s+path|for|to|up|away|out)(?!\w))|exonerated|acquitted|absolved"
    r"|let\s+off|walked\s+free|blanchie?s?|innocentée?s?|absuelt[oa]s?|exonerad[oa]s?)(?![\w-])", re.IGNORECASE)
# "was not cleared", "if cleared", "could be cleared", "hopes to be cleared": no clearing told
_NOT_TOLD = patterns.compile(r"(?<!\w)(?:not|never|n['’]t|no|if|unless|whether|could|may|might|would|should|hopes?"
                             r"|seeks?|sought|wants?|asked|to|pas|ni|si)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def cleared_for_penalised(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells someone cleared while its cited passages give a penalty kept or cut."""
    folded = text.casefold()
    if not passages or not any(word in folded for word in _MAY_CLEAR):
        return []  # most sentences clear no one: found without a pattern
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    told = next((match for match in _CLEARED.finditer(spoken) if not inside(quoted, match.start())
                 and not _NOT_TOLD.search(spoken, max(0, match.start() - 40), match.start())), None)
    if told is None or any(_CLEARED.search(passage.text) for passage in passages):
        return []  # a passage tells the clearing itself
    fates = [fate for passage in passages for fate, _ in _fates(passage.text)]
    if not fates or any(fate.fate == "undone" for fate in fates):
        return []
    standing = fates[0]
    return [Finding(offset, f"this sentence says '{told.group()}' where its cited passages give a penalty that stands, "
                            f"'{standing.shown}' ('{standing.clause}'): {clipped(text)}",
                    "say what the source says was done to the penalty (reduced, upheld), or cite a passage that "
                    "says this")]
