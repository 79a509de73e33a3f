"""The unit a measure is shown with: none where the measure's own words already say it.

A row headed "Votes (votes)" or "Sitze (Sitze)" says its unit twice, and a screen reader announces a row's header with
every cell of the row: "Sitze (Sitze) 38". A measure already names its unit when it is the unit, opens with it ("Votes,
preliminary count", "Days the overflow discharged") or ends with it ("Active personnel", "Cost, £ million"); the
unit is then left out of the page, never out of the downloads. A unit the measure only holds inside ("Share of votes in
the count") is still shown: it may say what that measure does not.
"""

from __future__ import annotations

import re


def unit_to_show(measure: str, unit: str) -> str:
    """Return `unit`, or "" where `measure` already says it at its start or its end."""
    said, named = " ".join(unit.split()).casefold(), " ".join(measure.split()).casefold()
    if not said:
        return ""
    whole = re.escape(said)
    if re.fullmatch(rf"{whole}(?:(?!\w).*)?", named, re.S) or re.fullmatch(rf"(?:.*(?<!\w))?{whole}", named, re.S):
        return ""
    return unit
