"""German "über" after a contract, claim or bill: the sum it is for, no bound ("ein Vertrag über 184 Mio. Euro").

German names what a contract, an order, a bill, a loan or a claim is worth with "über": "der Vertrag über 184 Mio.
Euro" is a contract of 184 million, not one of more than it, as "über 184 Mio. Euro" alone is. Read as "more than",
"Stadt und RSV unterzeichnen den Vertrag über 184 Mio. Euro" citing "Er hat ein Volumen von 184 Mio. Euro" was
refused. A noun compounded on one of these ("Bauvertrag", "Schadenersatzforderung") is read as it. So is "über" after
"verfügen", a few words between: "verfügt nach dem Endergebnis über 49 Sitze" has 49 seats, no more than 49 (it was
refused citing "eine Koalition ... über 49 Sitze", tests/test_newuser_104.py), and so is a second "über" whose
"verfügt" a comma's clause leaves out ("verfügt über 62 der 92 Sitze, eine Koalition aus CDU und Grünen über 49").
"""

from __future__ import annotations

import re

from . import patterns

_HOLDERS = ("vertrag|vertrags|vertrages|verträge|verträgen|auftrag|auftrags|aufträge|aufträgen|rechnung|rechnungen"
            "|scheck|schecks|kredit|kredits|kredite|krediten|darlehen|darlehens|bürgschaft|bürgschaften|klage|klagen"
            "|forderung|forderungen|anleihe|anleihen|vergleich|vergleichs|bescheid|bescheids|überweisung|zahlung"
            "|zahlungen|angebot|angebots|angebote|police|spende|spenden")
# A capitalised noun ending in one of them, right before "über" (what follows it is the figure's own text).
_HOLDER_BEFORE = patterns.compile(rf"(?<!\w)[^\W\d_]*(?:{_HOLDERS})\s+$", re.IGNORECASE)
# "verfügen über": to have; up to four words between the verb and "über" ("verfügt nun gemeinsam über")
_HAVING = r"(?<!\w)verfüg(?:e|st|t|en|te|ten|test|tet)(?:\s+[^\W\d]+){0,4}\s+"
_HAVING_BEFORE = patterns.compile(_HAVING + "$", re.IGNORECASE)
# ... and its verb left out after a comma: "verfügt nun über 62 der 92 Sitze, eine Koalition aus CDU und Grünen über 49"
_HAVING_GAPPED = patterns.compile(_HAVING + r"über\s[^.;!?]*,\s*(?:[^\W\d]+\s+){1,7}$", re.IGNORECASE)


def names_a_sum(text: str, over_start: int) -> bool:
    """Say whether the "über" at text[over_start] follows a noun of what a sum is for ("Vertrag über"): no bound."""
    if text[over_start:over_start + 4].casefold() != "über":
        return False
    before = _HOLDER_BEFORE.search(text, max(0, over_start - 40), over_start)
    return (bool(before) and before.group()[:1].isupper()) or bool(
        _HAVING_BEFORE.search(text, max(0, over_start - 60), over_start)
        or _HAVING_GAPPED.search(text, max(0, over_start - 160), over_start))
