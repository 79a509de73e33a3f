"""A German institution's place kept: "Die RSV hat Klage beim Landgericht Karlsruhe eingereicht" may not cite "Die
RSV hat dagegen Klage beim Landgericht Freiburg eingereicht".

German capitalises every noun, so places.py reads no German place after "in" ("in Gefahr" names none). A place named
after a court, a university, a district or a new quarter ("Landgericht Freiburg", "Hochschule Karlsruhe", "Landkreis
Lörrach", "Neubaugebiet Weststadt", "Amtsgericht in Kehl") is a name all the same: it is refused where no cited
passage, nor the source's sentence holding it, names it (a party's word aside: swapped.py's) and they name another
place after such a noun. A noun's ending says it is no place ("das Landgericht Entschädigung zusprach"); words in
quotation marks are not read (tests/test_newuser_86.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

_UPPER = "A-ZÄÖÜ"
_LOWER = "a-zäöüß"
# the institutions a place names, as a compound's last part: "Landgericht", "Oberlandesgericht", "Fachhochschule"
# ("Stadt" alone is not read: "dass die Stadt Schadenersatz zahlt" names no place after it)
_KINDS = (r"gericht|gerichtshof|staatsanwaltschaft|hochschule|universität|klinikum|flughafen|bahnhof|landkreis"
          r"|bezirk|kanton|präsidium|landratsamt|hauptstadt|hansestadt|baugebiet|stadtteil|ortsteil")
_PLACED = patterns.compile(rf"(?<![\w-])(?=[{_UPPER}])[{_UPPER}{_LOWER}]*(?i:{_KINDS})\s+(?:in\s+)?"
                           rf"(?P<place>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)*)(?![\w'’-])")
# a common noun's ending: "Entschädigung", "Mehrheit", "Gesellschaft" name no place
_NOUN_ENDINGS = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "ismus",
                 "nis", "nisse", "tum", "ersatz", "kosten")
_NOT_PLACES = frozenset("""januar februar märz april mai juni juli august september oktober november dezember montag
dienstag mittwoch donnerstag freitag samstag sonntag""".split())


def moved_institutions(text: str, passages: list[Cited], offset: int = 0,
                       parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when a German sentence names a place after an institution's noun that no cited passage (nor
    its source's sentence) names, where they name another after such a noun."""
    spoken = markers_blanked(text)
    placed = [match for match in _PLACED.finditer(spoken) if _a_place(match["place"])]
    if not placed:
        return []
    theirs = " ".join(f"{passage.text} {passage.holding}" for passage in passages)
    quoted = quoted_parts(spoken)
    party = frozenset().union(*(words for _, words in parties))
    for match in placed:
        words = match["place"].split("-")
        if inside(quoted, match.start()) or any(_names(theirs, word) or word.casefold() in party for word in words):
            continue
        named = list(dict.fromkeys(found["place"] for found in _PLACED.finditer(theirs) if _a_place(found["place"])))
        if named:
            listed = " and ".join(f"'{place}'" for place in named[:3])
            return [Finding(offset + match.start("place"), f"this sentence names '{match['place']}' where its cited "
                                                           f"passages name {listed}: {clipped(text)}",
                            "keep to the places the source names, or cite a passage that names this one")]
    return []


def _a_place(word: str) -> bool:
    """Say whether a capitalised word after an institution's noun may be a place: no month, weekday or common
    noun's ending."""
    folded = word.casefold()
    return folded not in _NOT_PLACES and not folded.endswith(_NOUN_ENDINGS)


def _names(text: str, word: str) -> bool:
    """Say whether text names `word` as a whole word, in any case."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None
