"""A refusal for now kept: "Northland said it would never raise tariffs" may not cite "Northland said it had no
immediate plans to raise tariffs".

A passage's "no" or "not" bounded in time ("no immediate plans", "not for now", "for the time being", "at this stage",
"currently", "yet", "in the near term", "this year") says nothing of later. A sentence making it lasting ("never",
"not ever", "ruled out", "permanently", "for good", "under no circumstances"; French "jamais", "définitivement";
Spanish "nunca", "jamás", "para siempre"; German "nie", "niemals", "endgültig") is refused where its own sentence keeps
no bound, it shares two content words with the passage's bounded sentence, and no cited passage makes it lasting in a
sentence of no bound. Words in quotation marks are not read (tests/test_factcheck_114.py). A passage's "until" (French
"jusqu'à ce que", Spanish "hasta que", German "bis") bounds whatever its sentence says, a refusal or not: "Kestria
will keep its dairy duties for good" may not cite "would keep its dairy duties until the steel tariff was lifted"
(tests/test_newuser_100.py). So does a term, "for three years" ("pendant trois ans", "durante tres años", "für drei
Jahre", "drei Jahre lang"): "The price cap is permanent" may not cite "... cap the prices for three years"
(tests/test_newuser_103.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .locale import base_language
from .sentences import markers_blanked, split_sentences

# per language: words that make a refusal lasting, words that bound one in time, and words of refusal
_LASTING = {
    "en": r"never|(?:not|n['’]t|out)\s+ever|rul(?:e|es|ed|ing)\s+out|permanently|for\s+good|forever|for\s+ever"
          # "is permanent", not an office or a seat: "permanent secretary", "permanent member"
          r"|permanent(?!\s+(?:secretar|member|representative|mission|court|resident|staff|council|committee|observer"
          r"|seat|head|address|exhibition|collection|establishment|magnet|marker|link|record))"
          r"|indefinitely|indefinite|in\s+perpetuity|with\s+no\s+end\s+date|open[\s-]ended"
          r"|whatever\s+happens|no\s+matter\s+what"
          r"|under\s+no\s+circumstances|in\s+no\s+circumstances",
    "fr": r"jamais|définitivement|pour\s+toujours|en\s+aucun\s+cas|exclu|exclut|exclure|indéfiniment"
          r"|de\s+(?:façon|manière)\s+permanente|à\s+titre\s+permanent|sans\s+limite\s+de\s+durée",
    "es": r"nunca|jamás|definitivamente|para\s+siempre|en\s+ningún\s+caso|bajo\s+ningún\s+concepto"
          r"|descart(?:ó|a|an|aron)|indefinidamente|permanentemente|de\s+(?:forma|manera)\s+permanente",
    "de": r"nie|niemals|endgültig|für\s+immer|auf\s+keinen\s+Fall|unter\s+keinen\s+Umständen|ausgeschlossen"
          r"|dauerhaft|unbefristet|auf\s+Dauer|auf\s+unbestimmte\s+Zeit",
}
_BOUNDS = {
    "en": r"immediate|immediately|for\s+now|for\s+the\s+(?:time\s+being|moment|foreseeable\s+future)|at\s+present"
          r"|at\s+(?:the|this)\s+(?:moment|stage|time|point)|currently|presently|yet|so\s+far|near[\s-]term"
          r"|short[\s-]term|this\s+year|this\s+month",
    "fr": r"pour\s+l['’]instant|pour\s+le\s+moment|dans\s+l['’]immédiat|immédiat\w*|à\s+ce\s+stade|actuellement"
          r"|pas\s+encore|encore\s+aucun\w*|à\s+court\s+terme|à\s+l['’]heure\s+actuelle|cette\s+année",
    "es": r"por\s+ahora|por\s+el\s+momento|de\s+momento|de\s+inmediato|inmediat\w*|por\s+lo\s+pronto|a\s+corto\s+plazo"
          r"|todavía|aún|actualmente|en\s+este\s+momento|este\s+año",
    "de": r"vorerst|derzeit|zunächst|vorläufig|unmittelbar\w*|sofort|im\s+Moment|momentan|zurzeit"
          r"|noch\s+(?:nicht|kein\w*)|kurzfristig"
          r"|bislang|dieses\s+Jahr|in\s+diesem\s+Jahr",
}
# per language: an end set to what a sentence tells, which bounds it whether or not it refuses anything
_UNTIL = {
    "en": r"until|till|pending",
    "fr": r"jusqu['’]à\s+ce\s+que|jusqu['’]à\s+ce\s+qu['’]|tant\s+que",
    "es": r"hasta\s+que|mientras\s+no",
    "de": r"bis(?!\s+zu)|solange",
}
# ... and a term set to it, which bounds it as an end does: "cap the prices for three years", "for up to 12 months",
# "pendant trois ans", "durante cinco años", "für drei Jahre", "drei Jahre lang" ("permanently" of a cap "for three
# years": tests/test_newuser_103.py); not a floor, "for at least 12 months", which a lasting deed may fill
# a count in digits or words: "three", "12", "twenty-four", "trois", "cinco", "drei" (not "many", "several": no term)
_COUNT = (r"(?:\d+(?:[.,]\d+)?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty"
          r"|thirty|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|quinze|vingt|dos|tres|cuatro|cinco|seis|siete|ocho"
          r"|nueve|diez|doce|quince|veinte|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|un|une|uno"
          r"|una|ein|einen)(?:-[^\W\d_]+)?)")
_TERM = {
    "en": rf"for\s+(?:a\s+(?:period|term)\s+of\s+|the\s+(?:next|first)\s+|up\s+to\s+)?(?:a|an|one|{_COUNT})[\s-]"
          rf"+(?:years?|months?|weeks?|days?)(?![\w-])",
    "fr": rf"(?:pendant|durant|pour)\s+(?:une\s+durée\s+de\s+|les\s+)?{_COUNT}\s+(?:ans|années|mois|semaines|jours)",
    "es": rf"(?:durante|por)\s+(?:un\s+plazo\s+de\s+|los\s+próximos\s+)?{_COUNT}\s+(?:años|meses|semanas|días)",
    "de": rf"(?:für\s+(?:die\s+nächsten\s+)?{_COUNT}\s+(?:Jahre|Monate|Wochen|Tage)"
          rf"|{_COUNT}\s+(?:Jahre|Monate|Wochen|Tage)\s+lang)",
}
_REFUSALS = {
    "en": r"no|not|n['’]t|none|without|declined|refused",
    "fr": r"ne|n['’]|pas|aucun|aucune|sans",
    "es": r"no|ningún|ninguna|ninguno|sin",
    "de": r"nicht|kein|keine|keinen|keiner|keines|ohne",
}


def _words(alternatives: str) -> re.Pattern:
    """Return the pattern of whole words or phrases of `alternatives`, in any case."""
    return patterns.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


_READ = {language: (_words(_LASTING[language]), _words(_BOUNDS[language]), _words(_REFUSALS[language]),
                    _words(f"{_UNTIL[language]}|{_TERM[language]}"))
         for language in _LASTING}
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "would", "will", "plans", "plan", "immediate", "never",
                          "ruled", "rule", "ever", "jamais", "nunca", "jamás", "niemals", "dijo", "sagte", "hatte"})
_RESTATES = 2


def lasting_for_bounded(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text makes lasting ("would never raise") a refusal its cited passages bound in time ("no
    immediate plans to raise")."""
    read = _READ.get(base_language(language) if language else "en")
    if read is None:
        return []
    lasting, bound, _, until = read
    if not lasting.search(text):
        return []  # most sentences make nothing lasting: found by one search
    spoken = unquoted(markers_blanked(text))
    said = next((found for found in lasting.finditer(spoken) if not _un_ruled(spoken, found.start())), None)
    if said is None or bound.search(spoken) or until.search(spoken):
        return []  # one keeping a bound of its own ("has ruled out tariffs for now", "until ...") is kept
    words = content_words(spoken, _NOT_CONTENT)
    language = language or "en"
    bounded = [found for passage in passages for found in _bounded(passage.text, language)]
    if not bounded or any(_lasting_unbounded(passage.text, language) for passage in passages):
        return []
    up_to_now = _PAST_NEVER.search(spoken) is not None
    for shown, theirs, ended in bounded:
        if up_to_now and shown.casefold() in _UP_TO_NOW:
            continue  # "has never raised tariffs" of "has not raised tariffs so far": the same time, up to now
        if ended and _NEGATING.fullmatch(said.group()):
            continue  # "would never lift its duties" of "would keep them until ...": a negation added, polarity.py's
        if len(words & theirs) >= _RESTATES:
            return [Finding(offset, f"this sentence makes lasting ('{' '.join(said.group().split())}') what its cited "
                                    f"passages bound in time ('{shown}'): {clipped(text)}",
                            f"keep the source's bound ('{shown}'), or cite a passage that says it lasts")]
    return []


# the lasting words that negate: of a passage that refuses nothing, polarity.py names them as a negation added
_NEGATING = patterns.compile(r"never|(?:not|n['’]t)\s+ever|jamais|nunca|jamás|nie|niemals", re.IGNORECASE)


# A bound reaching up to now, which a past "never" keeps ("has never raised" of "has not raised so far")
_UP_TO_NOW = frozenset({"yet", "so far", "pas encore", "todavía", "aún", "bislang", "noch nicht"})
_PAST_NEVER = patterns.compile(r"(?<!\w)(?:has|have|had|hasn['’]t|a|ont|avait|ha|han|había|hat|haben|hatte)\s+"
                               r"(?:\w+\s+)?(?:never|jamais|nunca|nie|niemals)(?!\w)", re.IGNORECASE)


# A ruling out negated rules nothing out: "a further increase cannot be ruled out", "did not rule out raising tariffs",
# "n'a pas exclu", "no descartó", "nicht ausgeschlossen"
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|cannot|n['’]t|never|pas|no|nicht)\s+(?:be\s+|been\s+|have\s+"
                                   r"|has\s+)?$", re.IGNORECASE)


def _un_ruled(text: str, at: int) -> bool:
    """Say whether the lasting word at `at` is negated ("cannot be ruled out")."""
    return _NEGATED_BEFORE.search(text, max(0, at - 20), at) is not None


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _bounded(text: str, language: str) -> tuple[tuple[str, frozenset[str], bool], ...]:
    """Return each sentence of a passage refusing something within a bound of time, or telling anything until an end:
    the bound as written, the sentence's content words, and whether it is such an end."""
    lasting, bound, refusal, until = _READ[base_language(language)]
    if not bound.search(text) and not until.search(text):
        return ()
    found, before = [], frozenset()
    for sentence in split_sentences(text, language):
        spoken = unquoted(sentence.text)
        limit, ended = bound.search(spoken), False
        if limit is None or not (refusal.search(spoken) or lasting.search(spoken)):
            limit, ended = until.search(spoken), True  # "would keep its duties until the tariff was lifted"
        words = content_words(spoken, _NOT_CONTENT)
        if limit is not None:
            # a sentence opening on a pronoun tells of the one before's subject: "The price cap covers 300 staple
            # products. Their prices may rise no faster than ... for three years" bounds the cap (newuser_103)
            found.append((" ".join(limit.group().split()), words | before if _GOES_ON.match(spoken) else words, ended))
        before = words
    return tuple(found)


# a sentence's opening pronoun, whose subject the sentence before names
_GOES_ON = patterns.compile(r"\W*(?:its|their|they|it|these|this|those|leurs?|ils|elles|ses|sus?|ihre?|sie|diese)\s",
                            re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 12)
def _lasting_unbounded(text: str, language: str) -> bool:
    """Say whether a passage makes a refusal lasting in a sentence of no bound ("said it would never raise tariffs")."""
    lasting, bound, _, until = _READ[base_language(language)]
    if not lasting.search(text):
        return False
    clauses = (clause for sentence in split_sentences(text, language)
               for clause in _SET_AGAINST.split(unquoted(sentence.text)))
    return any(not bound.search(clause) and not until.search(clause) and any(not _un_ruled(clause, found.start())
                                                 for found in lasting.finditer(clause)) for clause in clauses)


# Clauses set against each other, each with its own bound: "would never raise tariffs, though it had no immediate plans
# to cut them" makes the raise lasting
_SET_AGAINST = patterns.compile(r";|(?<!\w)(?:but|though|although|while|whereas|mais|alors\s+que|pero|aunque|aber"
                                r"|obwohl|während)(?!\w)", re.IGNORECASE)
