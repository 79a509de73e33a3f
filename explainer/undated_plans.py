"""No date set kept as none: "Talks are due to resume" may not cite "Talks ... broke off in August without a date to
resume them".

A passage saying a thing has no date ("without a date to resume them", "without setting a date for", "no date has
been set for", "no date was fixed for", "have not set a date to"; French "sans date de reprise", "sans fixer de date";
Spanish "sin fecha para", "sin fijar una fecha"; German "ohne Termin", "ohne einen Termin") leaves it open whether and
when it happens. A sentence telling it scheduled ("are due to resume", "is set to", "are scheduled to", "is slated",
"are expected to", "are to resume", "will resume", "a date has been set"; French "doivent reprendre", "reprendront";
Spanish "se reanudarán", "deben reanudarse"; German "sollen wieder aufgenommen werden") of the same thing (a word
sharing its first five letters with what has no date, or its noun: "resume", "resumption") is refused where it keeps
no "no date" of its own, its schedule is not negated, hoped for or asked ("hoped talks would resume", "urged them to
resume"), and no cited passage schedules the thing itself. Words in quotation marks are not read
(tests/test_factcheck_134.py). A thing told put off ("postponed", "adjourned", "delayed", "deferred", "put off";
French "reportées", "ajournées"; Spanish "aplazadas", "pospuestas"; German "vertagt", "verschoben") is told taken up
again at a later date: refused where a passage sharing a word with the sentence says there is no date to resume it,
unless the sentence keeps it open ("postponed indefinitely", "sine die", "auf unbestimmte Zeit":
tests/test_factcheck_146.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .locale import base_language
from .sentences import markers_blanked

_WHAT = r"(?P<what>[^\W\d_]+)(?:\s+(?P<next>[^\W\d_]+))?"
_UNDATED = {
    "en": r"(?:(?:without|with\s+no)\s+(?:(?:setting|fixing|agreeing(?:\s+on)?|giving|naming)\s+)?(?:a|any)\s+"
          r"(?:new\s+)?(?:date|timetable|time)|no\s+(?:new\s+)?(?:date|timetable)(?:\s+(?:has\s+been|had\s+been|was|is))?"
          r"(?:\s+(?:set|fixed|agreed|given|named))?|(?:not|n['’]t|never)\s+(?:\w+\s+)?(?:set|fixed|agreed(?:\s+on)?"
          r"|given|named)\s+(?:a|any)\s+(?:new\s+)?(?:date|timetable))\s+(?:to|for)\s+(?:the\s+|a\s+|their\s+|its\s+)?"
          + _WHAT,
    "fr": r"sans\s+(?:(?:fixer|donner|convenir\s+d['’])\s*)?(?:de\s+|d['’]\s*|une\s+)?(?:nouvelle\s+)?date\s+"
          r"(?:de|d['’]|pour|à)\s*(?:la\s+|le\s+|les\s+|l['’]\s*)?" + _WHAT,
    "es": r"sin\s+(?:(?:fijar|dar|acordar)\s+)?(?:una\s+|ninguna\s+)?(?:nueva\s+)?fecha\s+(?:para|de)\s+(?:la\s+|el\s+"
          r"|los\s+|las\s+)?" + _WHAT,
    "de": r"ohne\s+(?:einen\s+|neuen\s+)*(?:Termin|Datum|Zeitplan)\s+(?:für\s+|zur\s+|zum\s+)?(?:die\s+|eine\s+|den\s+"
          r"|das\s+)?" + _WHAT,
}
_SCHEDULED = {
    "en": r"(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:due|set|scheduled|slated|expected|planned|to)"
          r"|will|shall|(?:has|have|had)\s+been\s+(?:scheduled|set|fixed|planned)|(?:agreed|plan|plans|planned)\s+to"
          r"|date\s+(?:has\s+been\s+|was\s+|is\s+)?(?:set|fixed|agreed)",
    "fr": r"doi(?:t|vent)|devr(?:ait|aient|a|ont)|prévu\w*|programmé\w*|fixé\w*",
    "es": r"deben|debe|deberán|prevista|previsto|previstas|previstos|programad\w+|fijad\w+|van\s+a|va\s+a",
    "de": r"soll(?:en)?|werden|wird|geplant|angesetzt|terminiert",
}
# a future a language writes in the verb's own ending, read as scheduled where it shares the thing's word
_FUTURE_ENDINGS = {"fr": ("ront", "ra"), "es": ("rán", "rá")}
_OPEN = {"en": r"no\s+(?:new\s+)?date|without\s+(?:a|any)\s+(?:new\s+)?date|not\s+yet|undated|hope[sd]?|hoping|wish"
               r"|want(?:s|ed)?|urg(?:e|es|ed)|call(?:s|ed)?\s+(?:on|for)|ask(?:s|ed)?|if|whether|may|might|could"
               r"|not|n['’]t|never|unclear|uncertain",
         "fr": r"sans\s+date|aucune\s+date|pas|espère|souhaite|si|peut-être|pourr\w+",
         "es": r"sin\s+fecha|ninguna\s+fecha|no|espera|desea|si|podrían?|quizá",
         "de": r"ohne\s+Termin|kein\w*|nicht|hofft|wünscht|ob|falls|könnte\w*"}
# Putting a thing off tells it taken up again later ("postponed", "adjourned", "delayed"), where a passage says no date
# was set to resume it: "Talks have been postponed" of "broke off ... without a date to resume them" (factcheck_146).
# "postponed indefinitely", "sine die" keep it open (_OPEN, _INDEFINITE).
_PUT_OFF = {
    "en": r"postpone[sd]?|postponing|postponement|adjourn(?:s|ed|ing|ment)?|delay(?:s|ed|ing)?|defer(?:s|red|ring)?"
          r"|put\s+off|pushed\s+back|rescheduled|held\s+over",
    "fr": r"report(?:é|ée|és|ées|er|ent)|ajourn(?:é|ée|és|ées|er|ent)|différ(?:é|ée|és|ées|er|ent)"
          r"|repouss(?:é|ée|és|ées|er|ent)",
    "es": r"aplaz\w+|pospu\w+|posterg\w+|retras(?:ad[oa]s?|aron|ó)",
    "de": r"vertagt\w*|verschoben\w*|aufgeschoben\w*|verlegt",
}
_INDEFINITE = {"en": r"indefinitely|sine\s+die|until\s+further\s+notice|open-ended",
               "fr": r"indéfiniment|sine\s+die|jusqu['’]à\s+nouvel\s+ordre",
               "es": r"indefinidamente|sine\s+die|hasta\s+nuevo\s+aviso",
               "de": r"auf\s+unbestimmte\s+Zeit|unbefristet|bis\s+auf\s+Weiteres"}
# what has no date, where it is a taking up again: "resume", "restart", "reprise", "reanudar", "Wiederaufnahme"
_RESUMING = frozenset({"resum", "resta", "recon", "reope", "reanu", "reini", "retom", "repr", "rela", "wiede", "forts"})
_PUT_OFF_READ = {language: (patterns.compile(rf"(?<![\w-])(?:{_PUT_OFF[language]})(?![\w-])", re.IGNORECASE),
                            patterns.compile(rf"(?<![\w-])(?:{_INDEFINITE[language]})(?![\w-])", re.IGNORECASE))
                 for language in _PUT_OFF}
_READ = {language: (patterns.compile(rf"(?<![\w-])(?:{_UNDATED[language]})", re.IGNORECASE),
                    patterns.compile(rf"(?<![\w-])(?:{_SCHEDULED[language]})(?![\w-])", re.IGNORECASE),
                    patterns.compile(rf"(?<![\w-])(?:{_OPEN[language]})(?![\w-])", re.IGNORECASE))
         for language in _UNDATED}
_WORD = patterns.compile(r"[^\W\d_]{4,}")
# words after what has no date that name nothing of it ("without a date to resume them")
_NOT_THINGS = frozenset({"them", "they", "their", "this", "that", "these", "those", "with", "from", "until", "since",
                         "after", "before", "when", "while", "leur", "leurs", "ellos", "ellas", "sich", "ihnen"})


# words for taking a thing up again, each read as the others: "restart" and "reconvene" are "resume"
_SAME = {"resum": frozenset({"resta", "recon", "reope"}), "resta": frozenset({"resum", "recon", "reope"}),
         "reanu": frozenset({"reini", "retom"}), "repr": frozenset({"rela"})}


def _stem(word: str, language: str) -> str:
    """Return the letters a word is compared by: its first five (four in French: "reprise", "reprendre")."""
    return word.casefold()[:4 if language == "fr" else 5]
_REACH = 60  # characters after a schedule's word within which what it schedules is read


def dated_where_none_set(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells as scheduled what its cited passages say has no date."""
    language = base_language(language) if language else "en"
    read = _READ.get(language)
    if read is None or not passages:
        return []
    undated = {stem: shown for passage in passages for stem, shown in _undated(passage.text, language)}
    if not undated:
        return []  # most passages leave no date unset: found without reading the sentence
    _, scheduled, still_open = read
    spoken = unquoted(markers_blanked(text))
    if still_open.search(spoken):
        return []  # "no date", "hoped talks would resume", "could resume": nothing told scheduled
    put_off = _put_off(spoken, passages, undated, language)
    if put_off:
        return [Finding(offset, f"this sentence tells as put off to a later date ('{put_off[0]}') what its cited "
                                f"passages say has no date ('{put_off[1]}'): {clipped(text)}",
                        f"keep the source's words ('{put_off[1]}'), or cite a passage that gives a new date")]
    told = _told(spoken, scheduled, language)
    stem = next((stem for stem in sorted(undated) if stem in told or told & _SAME.get(stem, frozenset())), None)
    if stem is None or any(_schedules(passage.text, stem, language) for passage in passages):
        return []
    return [Finding(offset, f"this sentence tells as scheduled what its cited passages say has no date "
                            f"('{undated[stem]}'): {clipped(text)}",
                    f"keep the source's words ('{undated[stem]}'), or cite a passage that gives a date")]


def _put_off(spoken: str, passages: list[Cited], undated: dict[str, str], language: str) -> tuple[str, str] | None:
    """Return the words with which a sentence puts off what a passage says has no date to resume, and the passage's,
    where the sentence shares a word with that passage and keeps it open nowhere ("indefinitely")."""
    resumed = next((shown for stem, shown in sorted(undated.items()) if stem in _RESUMING), None)
    put_off, indefinite = _PUT_OFF_READ[language]
    found = put_off.search(spoken) if resumed else None
    if found is None or indefinite.search(spoken):
        return None
    own = {word.casefold() for word in _WORD.findall(spoken)} - _NOT_THINGS - {found.group().casefold()}
    if not any(own & {word.casefold() for word in _WORD.findall(passage.text)} for passage in passages):
        return None
    return " ".join(found.group().split()), resumed


def _told(text: str, scheduled: re.Pattern, language: str) -> frozenset[str]:
    """Return the words (first five letters) a schedule's word in text governs, and the verbs text puts in a future
    of their own ending ("reprendront")."""
    told = {_stem(word.group(), language) for match in scheduled.finditer(text)
            for word in _WORD.finditer(text, match.end(), min(len(text), match.end() + _REACH))}
    told |= {_stem(word.group(), language) for word in _WORD.finditer(text)
             if word.group().casefold().endswith(_FUTURE_ENDINGS.get(language, ("\0",)))}
    return frozenset(told)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _undated(text: str, language: str) -> tuple[tuple[str, str], ...]:
    """Return what a passage says has no date: the first five letters of the word (and of the next, for "the
    talks"), with the words as written."""
    undated = _READ[language][0]
    return tuple((_stem(word, language), " ".join(match.group().split())) for match in undated.finditer(text)
                 for word in (match["what"], match["next"])
                 if word and len(word) >= 4 and word.casefold() not in _NOT_THINGS)


def _schedules(text: str, stem: str, language: str) -> bool:
    """Say whether a passage schedules the thing of `stem` itself, in a sentence keeping no date open."""
    _, scheduled, still_open = _READ[language]
    spoken = unquoted(text)
    return not still_open.search(spoken) and stem in _told(spoken, scheduled, language)
