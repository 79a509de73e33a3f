"""German words that give a report to sources they do not name, for anonymous_sources: "aus Regierungskreisen",
"in Kreisen der Koalition", "aus gut informierten Kreisen", "Insidern zufolge", "die nicht genannt werden wollten".

A district is no source: "Kreis" is also Germany's county, so "Bedenken in 3 von 11 Landkreisen", "in den
Stadtkreisen", "im Wahlkreisen" and "in drei Kreisen" name places, and the verb "kreisen" ("Hubschrauber kreisen
über dem Dorf") names no one. Before, any word ending in "kreisen" was read as an anonymous source, and "Seine
Bedenken betreffen 3 der 11 Landkreise" citing "Nach Angaben der Behörde bestehen Bedenken in 3 von 11
Landkreisen" was refused as a hedge dropped, the hedge named 'Landkreisen' (tests/test_newuser_133.py).
"""

from __future__ import annotations

# Words before "kreis" that make it a place: a county, a town's district, a constituency, a church's district
_PLACES = r"(?:Land|Stadt|Wahl|Kirchen|Nachbar|Heimat|Landes|Ost|West|Nord|Süd|Rhein|Main|Ober|Unter|Alt)"
# "Kreisen" alone is the circles of a source only when it says whose ("Kreisen der Koalition", "Kreisen um den
# Minister", "Kreisen nahe der Regierung") or how they know ("gut informierten Kreisen", "unterrichteten Kreisen")
_WHOSE = r"\s+(?:der|des|um|nahe|aus|rund\s+um)(?![\w-])"
_KNOWING = r"(?:informierten|unterrichteten|gutinformierten|eingeweihten|vertrauten|gewöhnlich)\s+"

GERMAN = (
    # "Regierungskreisen", "Koalitionskreisen", "Branchenkreisen": a capitalised compound whose first part is no place
    rf"(?<![\w-])(?-i:(?!{_PLACES}kreisen)[A-ZÄÖÜ][\w-]*kreisen)(?![\w-])"
    # "aus Kreisen der Koalition", "aus gut informierten Kreisen"
    rf"|(?<![\w-])(?:{_KNOWING})?(?-i:Kreisen)(?={_WHOSE})|(?<![\w-]){_KNOWING}(?-i:Kreisen)(?![\w-])"
    r"|(?<![\w-])Insidern?(?![\w-])"
    r"|(?<![\w-])(?:nicht\s+)?(?:namentlich\s+)?genannt\s+werden\s+wollten?(?![\w-])"
    r"|(?<![\w-])(?:mit\s+der\s+Sache|mit\s+den\s+Gesprächen)\s+vertraute[n]?(?![\w-])"
    r"|(?<![\w-])(?:informierten|ungenannten|anonymen)\s+Quellen(?![\w-])")
