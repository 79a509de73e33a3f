"""Changes a passage tells in per cent and nothing else: "Job losses fell 20 percent this year", "Exports dropped by
about 50 per cent", "Las ventas cayeron un 20 %".

A level such a change leaves is the earlier one times (1 + the change): a fall of 20% leaves 0.8 of it, which "half
as many" does not say (fractions_said.misstated_level_multiples holds a fraction "as many" to it;
tests/test_factcheck_147.py). Only a passage giving no count of its own is read: where it gives counts, a fraction
"as many" may be of them, and the checks of figures read it.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from . import patterns
from .numbers import is_year, mentions_in

# a word of rise or fall right before the percentage: "fell 20 percent", "were down by about 20%", "cayeron un 20 %"
_FALL = (r"f[ae]ll|falls|fallen|dropped|drops?|declined?|declines|decreased?|decreases|shrank|shrunk|down|cut|slid"
         r"|cay[óo]|cayeron|baj[óo]|bajaron|disminuy[óo]|disminuyeron|se\s+redujo|se\s+redujeron")
_RISE = (r"r[io]se|rises|risen|grew|grown|increased?|increases|jumped|climbed|up"
         r"|aument[óo]|aumentaron|subi[óo]|subieron|creci[óo]|crecieron")
_BEFORE = patterns.compile(rf"(?<!\w)(?:(?P<fall>{_FALL})|(?P<rise>{_RISE}))\s+(?:by\s+|en\s+)?(?:un\s+)?"
                           r"(?:(?:about|around|roughly|some|nearly|almost|alrededor\s+de|casi)\s+)?$", re.IGNORECASE)
_REACH = 40  # characters before a percentage that hold its word of change


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def levels_left(text: str, language: str = "") -> tuple[Decimal, ...]:
    """Return the level each change text tells in per cent leaves, as a multiple of the earlier level (a fall of 20%:
    0.8), where text gives no count besides; none where it gives one."""
    mentions = [m for m in mentions_in(text, language) if m.kind == "figure" and len(m.quantities) == 1]
    if any(not m.quantities[0].unit and not is_year(m.text) for m in mentions):
        return ()
    left = []
    for mention in mentions:
        told = _BEFORE.search(text, max(0, mention.start - _REACH), mention.start)
        if mention.quantities[0].unit == "%" and told is not None:
            change = mention.quantities[0].value / 100
            left.append(1 - change if told["fall"] else 1 + change)
    return tuple(level for level in left if level > 0)
