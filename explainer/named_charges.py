"""An accusation named as a charge: "Southland rejects Northland's charge that it subsidises its steelmakers".

"The charge that" names someone's accusation as "the accusation that" does, so a sentence holding it says whose word
follows (attribution.py) and tells no accusation as fact (unestablished.py). Only a charge as a noun after a
determiner or a possessive and before "that" or "of", or after a verb of denying, is read: "the company charges a fee", "a charge of $5" and "in
charge of" name none.
"""

from __future__ import annotations

import re

from . import patterns

_CHARGE = patterns.compile(r"(?<!\w)(?:the|a|this|that|these|those|such|its|their|his|her|any|all|[\w-]+['’]s"
                           r"|[\w-]+s['’])\s+(?:(?:similar|same|earlier|new|latest|main|central|fresh|repeated)\s+)?"
                           r"charges?\s+(?:that|of(?!\s*[$£€\d]))(?!\w)"
                           # or rejected by name: "Southland rejects the charges", "rejected Northland's charge"
                           r"|(?<!\w)(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)"
                           r"|refut(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?)\s+(?:the|these|those|such|all|any|[\w-]+['’]s"
                           r"|[\w-]+s['’])\s+(?:[\w-]+\s+)?charges?(?!\w)", re.IGNORECASE)


def names_a_charge(text: str) -> bool:
    """Say whether text names an accusation as a charge: "the charge that", "Northland's charges of",
    "rejects the charges"."""
    if "harge" not in text:  # "charge", "Charge": most sentences hold neither
        return False
    return _CHARGE.search(text) is not None
