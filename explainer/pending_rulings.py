"""A ruling to come kept to come: a sentence may not tell as made a ruling its cited passages give as still awaited.

"The judge upheld the jury's verdict" citing "The judge is due to rule on Corvane's challenge to the verdict in May"
built: future_as_past.py reads a passage's "will publish" told as "published", one verb in two tenses, and here the
source gives no ruling at all, only that one will come ("is due to rule", "will rule", "would first decide" (an adverb
or two between), "is expected to decide", "has
yet to rule", "is set to hand down its decision"; a vote to come too: "shareholders will vote on the deal"), and the
sentence tells one made, with any ruling's verb ("upheld",
"rejected", "dismissed", "granted", "overturned", "decided", "threw out", "sided with"; "ruled" and "issued its
ruling" are preliminary.py's). A sentence is
refused where a clause of it tells a ruling made, not negated, with no word of a ruling to come; a cited passage
gives a ruling to come by the same one (a word before each verb shared: "the judge", "Judge Okafor") in a sentence
sharing a word of four letters or more with that clause (the court's own words aside: "judge", "court", "ruling");
and no cited passage tells a ruling made with the sentence's verb itself. French,
Spanish and German are read alike ("doit se prononcer", "se prononcera", "statuera"; "se pronunciará", "debe
decidir"; "soll ... entscheiden", "wird ... entscheiden"; told made: "a confirmé", "confirmó", "bestätigte", ...).
Words in quotation marks are not read (tests/test_factcheck_88.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, sentence_of

# what may tell a ruling to come in a passage, looked for as text before any pattern
_MAY_AWAIT = ("rule", "decide", "vote", "decision", "ruling", "verdict", "judgment", "prononc", "statuer", "statuera",
              "pronunci", "decidir", "decidirá", "fallará", "entscheid", "urteil", "décision", "attendu", "prévu",
              "dire si", "valider", "censur", "annuler", "annulé")
_AWAITED = patterns.compile(
    r"(?<![\w-])(?:"
    r"(?:is|are|was|were)\s+(?:(?:due|expected|set|scheduled|poised|likely|to)\s+(?:to\s+)?|yet\s+to\s+)"
    r"(?:rule|decide|hand\s+down|issue|deliver|announce|give|vote)(?!\w)"
    # an adverb or two may stand between: "would first decide", "will then eventually rule"
    r"|(?:will|would|shall)\s+(?:(?:now|later|then|also|first|next|soon|still|only|\w+ly)\s+){0,2}"
    r"(?:rule|decide|vote|hand\s+down|issue\s+(?:a|its|her|his)"
    r"\s+(?:ruling|decision|judgment))(?!\w)"
    r"|(?:has|have)\s+(?:yet\s+to|not\s+yet)\s+(?:rule|ruled|decide|decided)(?!\w)"
    r"|(?:ruling|decision|judgment|verdict)\s+(?:is\s+)?(?:expected|due|pending|awaited)(?!\w)"
    # French, Spanish, German
    r"|(?:doit|doivent|devrait|devraient|devra|devront|va|vont)\s+(?:ensuite\s+|aussi\s+|encore\s+|donc\s+)?"
    r"(?:se\s+prononcer|statuer|trancher|décider|dire\s+si)|se\s+prononcera"
    # a ruling the source gives as possible: "Les Sages peuvent valider la loi", "pourraient être censurées"
    r"|(?:peut|peuvent|pourrait|pourraient)\s+(?:[\w'’]+\s+){0,2}?(?:valider|censurer|annuler|être\s+(?:censuré|validé"
    r"|annulé)e?s?)"
    # a French decision or vote awaited: "sa décision, attendue le 14 avril", "Le vote final ... est prévu le 16 mars"
    r"|(?:décision|jugement|verdict|arrêt|vote)s?,?\s+(?:est\s+)?attendue?s?"
    r"|(?:est|sont)\s+(?:attendue?s?|prévue?s?)(?=\s+(?:le|pour|en|d['’]ici|au|dans|avant)\s)"
    r"|statuera|tranchera|décidera"
    r"|(?:debe|deberá|debería|va\s+a)\s+(?:pronunciarse|decidir|fallar|resolver)|se\s+pronunciará|decidirá|fallará"
    r"|resolverá"
    r"|(?:soll|sollen|wird|werden)\s+(?:[\w-]+\s+){0,12}?(?:entscheiden|urteilen|befinden)"
    r")(?![\w-])", re.IGNORECASE)
# what may tell a decision made, looked for in the folded sentence before any pattern: a part of each word of _MADE
_MAY_MAKE = ("upheld", "reject", "dismiss", "grant", "denied", "overturn", "overrul", "revers", "affirm", "quash",
             "decided", "approved", "blocked", "struck", "threw", "tossed", "sided", "cleared", "confirm", "aside",
             "voted", "backed", "annul", "valid", "débout", "infirm", "prononc", "rechaz", "anul", "ratific",
             "censur", "rendu", "adopt", "tranch", "statu", "jugé",
             "desestim", "revoc", "bestätig", "verwarf", "hob ", "wies ")
# a ruling told made: "upheld", "rejected", "threw out", "sided with"; "a confirmé", "confirmó", "bestätigte"
_MADE = patterns.compile(
    r"(?<![\w-])(?P<verb>upheld|rejected|voted\s+(?:for|against|down|through)|backed|dismissed|granted|denied|overturned|overruled|reversed|affirmed|quashed"
    r"|decided|approved|blocked|struck\s+down|threw\s+out|tossed\s+out|sided\s+with|cleared|confirmed|set\s+aside"
    r"|(?:a|ont)\s+(?:confirmé|rejeté|annulé|validé|débouté|infirmé|censuré|adopté|tranché|statué"
    r"|rendu\s+(?:sa|son|leur)\s+(?:décision|verdict|jugement|arrêt)|jugée?s?\s+(?:ir)?recevable|jugée?s?\s+conforme)|s['’]est\s+prononcée?|se\s+sont\s+prononcés"
    r"|confirmó|rechazó|anuló|ratificó|desestimó|revocó|se\s+pronunció"
    r"|bestätigte|verwarf|hob\s+(?:[\w-]+\s+){0,6}?auf|wies\s+(?:[\w-]+\s+){0,6}?ab)(?![\w-])", re.IGNORECASE)
# a ruling kept to come in the sentence itself, or not made: "is due to rule", "has not ruled", "did not uphold"
_NOT_MADE = patterns.compile(r"(?<![\w-])(?:not|never|yet|n['’]t|pas|no|nicht|noch)(?![\w-])", re.IGNORECASE)
_COURT_WORDS = frozenset({"judge", "judges", "court", "courts", "ruling", "rule", "rules", "ruled", "decide",
                          "decided", "decision", "jury", "juge", "tribunal", "cour", "juez", "jueza", "tribunal",
                          "richter", "richterin", "gericht", "that", "this", "with", "from", "will", "whether",
                          "which", "their", "its", "expected", "due", "set", "yet"})
_WORD = patterns.compile(r"[^\W\d_]+")
_NOT_WHO = frozenset({"the", "and", "its", "their", "this", "that", "then", "later", "also", "has", "have", "had",
                      "les", "der", "die", "das", "los", "las", "del", "une", "el", "on", "in", "last", "week",
                      "month", "year", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday"})
_CLAUSE_STOPS = patterns.compile(r"[;:]|,\s+(?:but|and|while|whereas|mais|pero|aber)\s|\s(?:but|while|whereas)\s")


def ruling_told_as_made(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells a ruling made that its cited passages give only as still to come."""
    folded = text.casefold()
    if not passages or not any(word in folded for word in _MAY_MAKE) or not _MADE.search(text):
        return []  # most sentences tell no decision: found by a text search, no pattern, no passage read
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    awaited = [(match, passage.text) for passage in passages for match in _awaited_in(passage.text)]
    if not awaited:
        return []
    for made in _MADE.finditer(spoken):
        clause = _clause_of(spoken, made.start())
        if inside(quoted, made.start()) or _NOT_MADE.search(clause) or _AWAITED.search(clause):
            continue
        verb = " ".join(made["verb"].split())
        if any(verb.casefold() in " ".join(passage.text.split()).casefold() for passage in passages):
            continue  # a passage tells that ruling made itself
        words = content_words(clause, _COURT_WORDS)
        deciding = _subject(spoken, made.start())
        for match, passage in awaited:
            if (words & content_words(sentence_of(passage, match.start()), _COURT_WORDS)
                    and deciding & (_subject(passage, match.start()) | _opening(passage, match.start()))):
                shown = " ".join(match.group().split())
                return [Finding(offset, f"this sentence tells as made a decision ('{verb}') its cited passages give "
                                        f"only as to come ('{shown}'): {clipped(text)}",
                                f"keep the decision to come as the source does ('{shown} ...'), or cite a passage "
                                "that gives the decision")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _awaited_in(text: str) -> tuple[re.Match, ...]:
    """Return where a passage gives a decision to come ("is due to rule", "will vote")."""
    folded = text.casefold()
    return tuple(_AWAITED.finditer(text)) if any(word in folded for word in _MAY_AWAIT) else ()


def _subject(text: str, at: int) -> frozenset[str]:
    """Return the words of three letters or more before position `at` in its clause, folded: who rules ("the judge",
    "Judge Okafor", "the court"), which a ruling made and one to come must share to be one ruling."""
    start = max((stop.end() for stop in _CLAUSE_STOPS.finditer(text, 0, at)), default=0)
    start = max(start, text.rfind(". ", 0, at) + 1, text.rfind(", ", 0, at) + 1)
    return frozenset(word.casefold() for word in _WORD.findall(text[start:at]) if len(word) >= 3) - _NOT_WHO


def _opening(text: str, at: int) -> frozenset[str]:
    """Return the words of three letters or more before the first comma of the sentence holding position `at`, folded:
    who rules where an aside stands between it and its verb ("Le Sénat, où la droite est majoritaire, ... doit se
    prononcer")."""
    return frozenset(word.casefold() for word in _WORD.findall(sentence_of(text, at).split(",")[0])
                     if len(word) >= 3) - _NOT_WHO


def _clause_of(text: str, at: int) -> str:
    """Return the clause of text holding position `at`: from the stop before it to the stop after it."""
    start = max((stop.end() for stop in _CLAUSE_STOPS.finditer(text, 0, at)), default=0)
    stop = _CLAUSE_STOPS.search(text, at)
    return text[start:stop.start() if stop else len(text)]
