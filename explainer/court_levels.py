"""A court kept at its level: a ruling of an appeals court not given to the Supreme Court, nor a trial court's to an
appeals court.

"The Supreme Court overturned the earlier ruling" citing "an appeals court overturned the earlier ruling" built: every
word but the court's stands, and a ruling that may yet be appealed reads as the last word. A court is read at its
level by the words that name it: the top court ("Supreme Court", "top court", "highest court"; "Cour suprême", "Cour
de cassation"; "Tribunal Supremo", "Corte Suprema"; "Bundesgerichtshof", "Oberster Gerichtshof"), an appeals court
("appeals court", "Court of Appeals", "appellate court", "Federal Circuit"; "cour d'appel"; "tribunal de
apelaciones", "Audiencia"; "Berufungsgericht", "Oberlandesgericht") or a trial court ("district court", "trial
court", "county court", "Crown Court"; "tribunal de première instance", "tribunal judiciaire"; "juzgado", "primera
instancia"; "Landgericht", "Amtsgericht"). A sentence naming a court of one level is refused where its cited passages
name a court of another and none of its own ("a lower court", "a higher court" are read as no level: they say where a
court stands from another). Words in quotation marks are not read (tests/test_factcheck_87.py).

Two courts named by their kind are two courts too: "The Court of Appeal ruled" citing "The High Court ruled" built,
"Court" in both. A court's name written with capitals ("the High Court", "the Court of Appeal", "the Constitutional
Court") gives its kind words (high, supreme, appeal, crown, county, district, constitutional, ...); a sentence's named
court is refused where its cited passages name courts so and none of them with every kind word of the sentence's
("the Supreme Court" of "the US Supreme Court" builds; a "World Court" has no kind word and is not read;
tests/test_factcheck_165.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

# what may name a court's level, looked for as text before any pattern
_MAY_NAME = ("court", "circuit", "cour", "tribunal", "corte", "juzgado", "instancia", "audiencia", "gericht")
_LEVELS = {
    "the top court": patterns.compile(
        r"(?<![\w-])(?:supreme\s+courts?|top\s+courts?|highest\s+courts?|cour\s+suprême|cour\s+de\s+cassation"
        r"|tribunal\s+supremo|corte\s+suprema|suprema\s+corte|Bundesgerichtshof\w*|Oberste[nrs]?\s+Gerichtshof\w*"
        r"|Bundesverfassungsgericht\w*)(?![\w-])", re.IGNORECASE),
    "an appeals court": patterns.compile(
        r"(?<![\w-])(?:appeals?\s+courts?|courts?\s+of\s+appeals?|appellate\s+(?:courts?|panel|division)|federal\s+circuit"
        r"|cours?\s+d['’]\s*appel|(?:tribunal|corte|sala)\s+de\s+apelaci(?:ón|ones)|audiencia\s+(?:provincial|nacional)"
        r"|Berufungsgericht\w*|Oberlandesgericht\w*|Berufungsinstanz)(?![\w-])", re.IGNORECASE),
    "a trial court": patterns.compile(
        r"(?<![\w-])(?:district\s+courts?|trial\s+courts?|county\s+courts?|crown\s+courts?|magistrates['’]?\s+courts?"
        r"|tribunal\s+(?:de\s+première\s+instance|judiciaire|de\s+grande\s+instance|correctionnel)|juzgados?"
        r"|(?:tribunal\s+de\s+)?primera\s+instancia|Landgericht\w*|Amtsgericht\w*)(?![\w-])", re.IGNORECASE),
}


# A court named with capitals by its kind: "the High Court", "the Court of Appeal", "the Constitutional Court"
_KINDS = r"High|Supreme|Appeals?|Appellate|Crown|County|District|Constitutional|Magistrates['’]?|Family|Circuit|Criminal"
_NAME_WORD = r"(?!(?:The|This|That|Its|Their|A|An)\s)[A-Z][a-z]+"
_NAMED_COURT = patterns.compile(
    rf"(?<![\w-])(?:(?P<kinds>(?:(?:{_KINDS}|{_NAME_WORD})\s+){{0,2}}(?:{_KINDS}))\s+Courts?"
    rf"(?:\s+of\s+(?P<also>(?:{_KINDS})))?|Courts?\s+of\s+(?P<of>(?:{_NAME_WORD}\s+)?(?:{_KINDS})))(?![\w-])")
_KIND_WORD = patterns.compile(rf"(?<![\w-])(?:{_KINDS})(?![\w-])")


def court_level_changed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text names a court of a level its cited passages name no court of, and they name one
    of another level, or a court by kind words ("the Court of Appeal") its passages give none of their named courts."""
    folded = text.casefold()
    if not any(word in folded for word in _MAY_NAME):
        return []  # most sentences name no court: found without reading their passages
    return _level_changed(text, passages, offset) or _named_court_changed(text, passages, offset)


def _named_court_changed(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding where text names a court by its kind words and its passages name courts so, none of them
    with every one of the sentence's kind words."""
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    own = [(match, kinds) for match in _NAMED_COURT.finditer(spoken) if not inside(quoted, match.start())
           for kinds in [_kind_words(match)]]
    if not own:
        return []
    theirs = [(match, _kind_words(match)) for passage in passages for match in _NAMED_COURT.finditer(passage.text)]
    if not theirs:
        return []
    for match, kinds in own:
        if not any(kinds <= other for _, other in theirs) and not _level_named(match.group(), passages):
            other = theirs[0][0]
            return [Finding(offset, f"this sentence names '{' '.join(match.group().split())}' where its cited "
                                    f"passages name '{' '.join(other.group().split())}': {clipped(text)}",
                            "name the court the source names, or cite a passage that names this one")]
    return []


def _level_named(court: str, passages: list[Cited]) -> bool:
    """Say whether a passage names a court of the level of `court` ("an appeal court" of "the Court of Appeal")."""
    return any(pattern.search(court) and any(pattern.search(passage.text) for passage in passages)
               for pattern in _LEVELS.values())


def _kind_words(match: re.Match) -> frozenset[str]:
    """Return the kind words of a named court, folded: "Appeals" and "Appellate" are "appeal"."""
    words = _KIND_WORD.findall(" ".join(filter(None, (match["kinds"], match["also"], match["of"]))))
    return frozenset("appeal" if word.startswith("Appe") else word.rstrip("'’").casefold() for word in words)


def _level_changed(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding where text names a court of a level its cited passages name no court of, and they name one
    of another level."""
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for level, pattern in _LEVELS.items():
        named = next((match.group() for match in pattern.finditer(spoken) if not inside(quoted, match.start())), None)
        if named is None or any(pattern.search(passage.text) for passage in passages):
            continue
        other = next(((shown, match.group()) for passage in passages for shown, other_pattern in _LEVELS.items()
                      if shown != level for match in [other_pattern.search(passage.text)] if match), None)
        if other is not None:
            return [Finding(offset, f"this sentence names {level} ('{' '.join(named.split())}') where its cited "
                                    f"passages name {other[0]} ('{' '.join(other[1].split())}'): {clipped(text)}",
                            "name the court the source names, or cite a passage that names this one")]
    return []
