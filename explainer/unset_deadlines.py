"""No deadline told as one: "asked Norvania to bring the measure into line, within a year" may not cite "asked Norvania
to bring the measure into line with its obligations. It did not set a deadline" (tests/test_newuser_101.py).

A time limit a sentence adds stands in no passage, but "a year" is no figure and "within" no word any check read. A
passage saying no deadline was set ("did not set a deadline", "without setting a deadline", "no deadline was
given", "set no time limit"; French "sans fixer de délai", "aucun délai"; Spanish "sin fijar un plazo", "no fijó
ningún plazo"; German "keine Frist", "ohne Frist") does not back a sentence giving one: "within a year", "within 90
days", "gave it a year to", "by March", "by the end of 2027", "no later than", "a deadline of", "set a six-month
deadline"; French "dans un délai de", "d'ici à"; Spanish "en un plazo de", "dentro de"; German "innerhalb von",
"binnen", "bis Ende"; and at once: "immediately", "at once", "without delay", "forthwith"; "immédiatement",
"sans tarder"; "inmediatamente", "sin demora"; "sofort", "unverzüglich" (factcheck_142). It is
refused where the sentence shares two content words with the passage's sentence saying so or the one before it (what
the deadline would be for), keeps no "no deadline" of its own, and no cited passage gives its time limit in its words.
Words in quotation marks are not read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked

_LIMIT_NOUNS = r"(?:deadline|time[\s-]?limit|time[\s-]?frame|timetable|date)"
_NONE_SET = patterns.compile(
    r"(?<!\w)(?:(?:did|does|do|has|have|had)\s*(?:not|n['’]t)\s+(?:set|give|fix|impose|name|specify|include)\s+(?:a|any)"
    rf"\s+(?:\w+\s+)?{_LIMIT_NOUNS}|without\s+(?:setting\s+|giving\s+|fixing\s+|imposing\s+|naming\s+)?(?:a|any)\s+"
    rf"{_LIMIT_NOUNS}|(?:set|gave|giving|setting|fixed|imposed|named)\s+no\s+{_LIMIT_NOUNS}|no\s+{_LIMIT_NOUNS}\s+(?:was|has"
    r"\s+been|had\s+been|is)\s+(?:set|given|fixed|imposed|named)"
    r"|sans\s+(?:fixer\s+)?(?:de\s+|d['’]\s*|aucun\s+|aucune\s+)?(?:délai|date\s+limite|échéance|calendrier)"
    r"|(?:aucun|aucune)\s+(?:délai|date\s+limite|échéance|calendrier)|pas\s+(?:fixé\s+)?de\s+(?:délai|date\s+limite)"
    r"|sin\s+(?:fijar\s+|establecer\s+)?(?:un\s+|ningún\s+)?(?:plazo|fecha\s+límite|calendario)"
    r"|no\s+(?:fijó|estableció|dio|ha\s+fijado)\s+(?:un\s+|ningún\s+)?(?:plazo|fecha\s+límite|calendario)"
    r"|ningún\s+plazo|(?:keine|ohne)\s+(?:\w+\s+)?(?:Frist|Zeitplan|Termin)(?!\w))", re.IGNORECASE)
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|\d{1,3})"
_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars"
           r"|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio"
           r"|agosto|septiembre|octubre|noviembre|diciembre|Januar|Februar|März|Juni|Juli|Oktober|Dezember")
# A time limit: "within a year", "by March", "by the end of 2027", "a six-month deadline"
_LIMIT = patterns.compile(
    rf"(?<!\w)(?:within\s+(?:the\s+next\s+)?{_COUNT}(?:[\s-]+(?:and\s+a\s+half\s+)?)(?:days?|weeks?|months?|years?)"
    rf"|by\s+(?:the\s+end\s+of\s+|early\s+|mid[\s-]|late\s+)?(?:(?:{_MONTHS})(?:\s+\d{{4}})?|\d{{4}}|next\s+(?:week|month"
    r"|year)|the\s+end\s+of\s+the\s+(?:year|month))|no\s+later\s+than|(?:a|the)\s+deadline\s+of"
    # "gave Norvania a year to", "allowed it six months to"
    rf"|(?:gave|gives|give|giving|given|granted|grants|allowed|allows)\s+(?:[\w'’]+\s+){{0,3}}?{_COUNT}\s+(?:more\s+)?"
    r"(?:days?|weeks?|months?|years?)\s+to"
    rf"|(?:set|gave|giving|setting|fixed|imposed)\s+(?:it\s+|them\s+)?(?:a|an)\s+(?:[\w-]+\s+)?(?:deadline|time[\s-]?limit)"
    rf"|dans\s+un\s+délai\s+d|d['’]ici\s+(?:à\s+|la\s+fin\s+)?|avant\s+(?:la\s+fin|fin)\s+|en\s+un\s+plazo\s+de"
    rf"|dentro\s+de\s+(?:un|una|dos|tres|seis|\d+)\s|antes\s+de(?:l)?\s+(?:fin|final)|innerhalb\s+(?:von|eines|einer"
    rf"|der\s+nächsten)|binnen|bis\s+(?:Ende|zum|spätestens)"
    # factcheck_142: "at once" is the shortest time limit of all ("into line immediately" of "no deadline")
    r"|immediately|at\s+once|without\s+(?:further\s+)?delay|forthwith|straight\s+away|right\s+away"
    r"|immédiatement|sur[\s-]le[\s-]champ|sans\s+tarder|inmediatamente|de\s+inmediato|sin\s+demora|cuanto\s+antes"
    r"|sofort|unverzüglich|umgehend)(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "will", "would", "deadline", "within", "without", "setting",
                          "date", "year", "years", "month", "months"})
_RESTATES = 2


def deadline_where_none_set(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a time limit for what its cited passages say no deadline was set for."""
    unset = [found for passage in passages for found in _unset(passage.text)]
    if not unset:
        return []  # most passages say nothing of a deadline: found without reading the sentence
    spoken = markers_blanked(text)
    if _NONE_SET.search(spoken):
        return []
    quoted = quoted_parts(spoken)
    limit = next((match for match in _LIMIT.finditer(spoken) if not inside(quoted, match.start())), None)
    if limit is None:
        return []
    told = " ".join(limit.group().split())
    if any(told.casefold() in " ".join(passage.text.split()).casefold() for passage in passages):
        return []  # a passage gives this time limit in its words
    own = content_words(spoken, _NOT_CONTENT)
    shown = next((shown for shown, words in unset if len(own & words) >= _RESTATES), None)
    if shown is None:
        return []
    return [Finding(offset, f"this sentence gives a time limit ('{told}') where its cited passages say none was set "
                            f"('{shown}'): {clipped(text)}",
                    f"keep the source's words ('{shown}'), or cite a passage that gives the deadline")]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _unset(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each "no deadline" of a passage, as written, with the content words of its sentence and the one
    before it."""
    found = []
    for match in _NONE_SET.finditer(text):
        start = max(text.rfind(stop, 0, match.start()) for stop in ".;!?")
        before = max(text.rfind(stop, 0, max(start, 0)) for stop in ".;!?") + 1 if start > 0 else 0
        end = min((at for at in (text.find(stop, match.end()) for stop in ".;!?") if at >= 0), default=len(text))
        found.append((" ".join(match.group().split()), content_words(text[before:end], _NOT_CONTENT)))
    return tuple(found)
