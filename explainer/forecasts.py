"""Forecasts kept as forecasts: a sentence may not state as certain what the passages it cites only expect.

"The deal will save $2 billion" citing "the deal is expected to save $2 billion" (or "could save", "may save",
"is projected to save") turns a forecast into a promise. A sentence stating a future as certain (English "will",
"won't", "shall", "is going to", "is set to", a progressive before when it happens, "is resigning next week";
French "va"/"vont" before a verb and the future tense, "permettra", "seront";
Spanish "va a" before a verb and the future tense, "perderán", "será"; Italian's future tense, "esaminerà",
"saranno"; Turkish's future tense ending a clause, "verecek"; Arabic "سوف", "سيتم", "سيكون", "لن"; the words a project
locale lists under `will`, German "wird") is refused when a passage it cites gives an expectation ("expected to",
"projected to", "forecast to", "likely to", "could", "may", "might", "plans to"; French "devrait", "pourrait", "prévu";
Italian "dovrebbe", "potrebbe"; Arabic "من المتوقع", "يتوقع", "قد يوفر", "ربما"; a locale's `expected`, German
"voraussichtlich") and none states the future as certain itself. A sentence keeps the forecast with an expectation of
its own ("is expected to save", "could save", "analysts expect") or by saying whose it is ("the company says it
will"); words in quotation marks are another's, and stay theirs.
"""

from __future__ import annotations

import functools
import re

from . import patterns, planned_nouns, unconfirmed_clauses
from .attribution import (NOTHING, Cited, Finding, arabic_words, in_english, locale_word_pattern, quoted_parts,
                          says_who_reports)
from .numbers import read_by_language
from .rarities_hardened import rarity_told_certain
from .sentences import MARKER, inside, markers_blanked

# A passage's words that give a future only as expected, and a sentence's that keep it so. "may" lowercase only:
# "May" is a month. "could not" reports what was not possible, no forecast.
_EXPECTING = {
    "en": ("expected", "expects", "expect", "expecting", "projected", "projection", "projections", "forecast",
           "forecasts", "forecasted", "predicted", "predicts", "predict", "prediction", "predictions", "anticipated",
           "anticipate", "anticipating", "anticipates", "likely", "unlikely", "probably", "possibly", "potentially",
           "could", "might", "plans",
           "planned", "planning", "aims", "aimed", "hopes", "hoped", "intends", "intended", "targets",
           # a wish is no more certain than a plan: "will close" of "wants to close" built (factcheck_154)
           "wants", "intend", "wanted"),
    "fr": ("devrait", "devraient", "pourrait", "pourraient", "prévu", "prévue", "prévus", "prévues", "prévoit",
           "prévoient", "prévision", "prévisions", "censé", "censée", "censés", "censées", "probablement",
           "susceptible", "susceptibles", "attendu", "attendue", "attendus", "attendues", "vise", "visent",
           "espère", "espèrent", "projette", "projettent", "éventuellement"),
    "it": ("dovrebbe", "dovrebbero", "potrebbe", "potrebbero", "probabilmente", "forse", "presumibilmente"),
}
_EXPECTING_WORDS = frozenset(word for words in _EXPECTING.values() for word in words)
# A future given as possible, or not ruled out, is no more than expected: "The union said it was possible talks would
# collapse" and "The union did not rule out that talks would collapse" back no "said talks will (would) collapse"; nor
# do "n'a pas exclu", "no descartó", "schloss nicht aus" (factcheck_116). A not ruling out names its own who.
_POSSIBLE = patterns.compile(
    r"(?<!\w)(?:possible|possibility|possibilities)(?!\w)"
    r"|(?<!\w)(?:not|n['’]t|never|cannot|refused\s+to|declined\s+to)\s+(?:be\s+|been\s+|have\s+been\s+)?"
    r"rul(?:e|es|ed|ing)\s+out(?!\w)"
    r"|(?<!\w)n['’](?:a|ont|avait|avaient)\s+pas\s+exclu|(?<!\w)n['’](?:exclut|excluent)\s+pas"
    r"|(?<!\w)no\s+(?:descartó|descarta|descartan|descartaron|ha\s+descartado|han\s+descartado)(?!\w)"
    r"|(?<!\w)(?:schloss|schließt|schlossen|schließen)\s+(?:[^\W\d_]+\s+){0,3}?nicht\s+aus(?!\w)"
    r"|(?<!\w)nicht\s+ausgeschlossen(?!\w)", re.IGNORECASE)
_RULED_OUT = ("rul", "exclu", "descart", "aus")  # the last word of a not ruling out, as _POSSIBLE reads it
_WORD = patterns.compile(r"\w+(?:['’]\w+)*")
# A sentence's conditional keeps a forecast too ("would save"); a passage's mostly reports one ("said the repairs
# would cost"), a future the sentence may state as a question ("disagree on what the repairs will cost").
_CONDITIONAL = patterns.compile(r"(?<!\w)(?:would|should|wouldn['’]t|shouldn['’]t)(?!\w)", re.IGNORECASE)
_MAY_OR_COULD_NOT = patterns.compile(r"(?<!\w)(?-i:may)(?!\w)|(?<!\w)could(?=\s+not\b|n['’]t)", re.IGNORECASE)
# A purpose's "could": "suspend the strike ... so that talks could resume" expects nothing of the suspension.
# (A sentence stating that purpose itself as certain, "talks will resume", still keeps the passage's "could".)
_PURPOSE = patterns.compile(r"(?<!\w)(?:so|order)\s+that\s+(?:[\w'’-]+\s+){0,4}?(?P<may>could|might|may)"
                            r"(?:\s+(?P<verb>[^\W\d_]+))?", re.IGNORECASE)
# "military might", "its might": a strength, no forecast.
_MIGHT_AS_NOUN = patterns.compile(r"(?<!\w)(?:military|economic|naval|industrial|financial|full|the|its|their|his|her"
                                  r"|our)\s+(?P<might>might)(?!\w)", re.IGNORECASE)
# Arabic: "it is expected" ("من المتوقع", "يتوقع", "متوقع"), "likely" ("من المرجح", "يرجح"), "awaited" ("من المنتظر"),
# "perhaps" ("ربما"), "possible" ("يحتمل", "من الممكن"), and "قد" before a verb in the present ("قد يوفر": may
# save; before the past, "قد أعلنت", it says "has").
_AR_EXPECTING = arabic_words(["المتوقع", "متوقع", "متوقعة", "يتوقع", "تتوقع", "يتوقعون", "توقعات", "توقع", "المرجح",
                              "يرجح", "ترجح", "مرجح", "المنتظر", "ربما", "يحتمل", "محتمل", "محتملة", "الممكن", "يمكن"])
_AR_MAY = patterns.compile(r"(?<!\w)[وف]?قد\s+[يتن]\w")

# A sentence's (or a passage's) words that state the future as certain. "will" as a verb: not "the will of the
# people", "political will", "at will", "free will", "goodwill".
_EN_CERTAIN = patterns.compile(
    r"(?<![\w-])(?<!\bthe\s)(?<!\bat\s)(?<!\bfree\s)(?<!\bgood\s)(?<!\bown\s)(?<!\bpolitical\s)(?<!\bpopular\s)"
    r"(?:will|shall)(?!\s+(?:of|to|and|or)\b)(?=\s+[a-z])|(?<!\w)won['’]t(?!\w)"
    r"|(?<!\w)(?:is|are|am)\s+going\s+to(?!\w)", re.IGNORECASE)
# French: "va"/"vont" before an infinitive ("va permettre"), and a future tense in the third person, lowercase, by
# the stems futures end in ("sera", "aura", "finira", "permettra", "viendra", "devra", "pourra", "seront"): not a
# passé simple ("déclara", "entra") nor the words that only end so ("opéra", "extra", "front").
_FR_CERTAIN = patterns.compile(r"(?<!\w)(?:va|vont)\s+(?:\w+\s+)??\w+(?:er|ir|re|oir)(?!\w)"
                               r"|(?<![\w-])(?-i:[a-zàâçéèêëîïôûù]*(?:e|i|u|tt|nd|v|r)r(?:a|ont))(?!\w)", re.IGNORECASE)
_FR_NOT_FUTURE = frozenset({"sierra", "terra"})
# Spanish: "va"/"van a" before an infinitive ("va a perder") and a future tense in the third person ("perderán",
# "impondrá", "será", "habrá"): unread, "perderán su empleo" cited "podrían perder su empleo". Not "podrá(n)", "will be
# able to", which as often gives a possibility.
_ES_CERTAIN = patterns.compile(r"(?<!\w)(?:va|van)\s+a\s+\w+(?:ar|er|ir)(?!\w)"
                               r"|(?<![\w-])(?-i:[a-záéíóúñü]+r(?:á|án))(?!\w)", re.IGNORECASE)
_ES_NOT_FUTURE = frozenset({"podrá", "podrán"})
# Italian: the future tense in the third person ("esaminerà", "entrerà", "sarà", "saranno"): unread, "il consiglio
# esaminerà la proposta" cited "dovrebbe esaminare". Not "potrà(nno)", "will be able to", nor "tiranno".
_IT_CERTAIN = patterns.compile(r"(?<![\w-])(?-i:[a-zàèéìòù]+r(?:à|anno))(?!\w)", re.IGNORECASE)
_IT_NOT_FUTURE = frozenset({"potrà", "potranno", "tiranno", "tiranni"})
# Turkish: a verb in the future tense that ends its clause, as Turkish verbs do ("kararını 10 gün içinde verecek.",
# "açıklanacaktır."); unread, it cited "vermesi bekleniyor". Not the same form before a noun, a participle ("yapılacak
# itiraz", the appeal to be made), nor one its verb's "-dığı"/"-ğını" makes reported ("vereceğini söyledi").
_TR_CERTAIN = patterns.compile(r"(?<!\w)[^\W\d_]{2,}?y?[ae]c[ae]k(?:t[ıi]r|l[ae]r(?:d[ıi]r)?)?(?=\s*(?:[.;!?]|$))",
                               re.IGNORECASE)
_AR_CERTAIN = arabic_words(["سوف", "سيتم", "ستتم", "سيكون", "ستكون", "سيكونون", "لن"])
# What every English certainty holds, case as written: cheap to look for first.
_MAYBE_CERTAIN = patterns.compile(r"[wWsSgG](?:ill|hall|on['’]t|oing\s+to)")
# Certain, bound or sure to happen is a "will" in other words: "The union said talks were certain to collapse" citing
# "The union said talks might collapse" (factcheck_114). Not "almost certain to", a hedge, nor "not certain to". Set
# or poised to is as firm: "The company is set to close the plant" of "plans to close" built (factcheck_159).
_EN_SURE = patterns.compile(r"(?<!\w)(?:is|are|was|were|be|been|seemed|seems|looked|looks)\s+(?:now\s+|all\s+but\s+)?"
                            r"(?:certain|bound|sure|set|poised)\s+to(?=\s+[a-z])", re.IGNORECASE)
# A present progressive before when it happens states a future as certain too: "Marsh is resigning next week" citing
# "Marsh is expected to resign next week" (factcheck_106)
_EN_PROGRESSIVE = patterns.compile(
    r"(?<!\w)(?:is|are)\s+(?-i:[a-z]{2,}ing)(?:\s+(?:down|out|up|off|back|over))?(?=\s+(?:next|tomorrow|tonight"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|this\s+(?:week|weekend|month|coming)"
    r"|later\s+this)(?!\w))"
    # and before a year or next year after its object: "The company is closing the plant in 2027" of "plans to close
    # the plant in 2027" built (factcheck_154); not "is planning to", "is hoping to", whose "to" keeps a plan
    r"|(?<!\w)(?:is|are)\s+(?-i:[a-z]{2,}ing)(?!\s+to(?!\w))(?=(?:\s+[\w'’-]+){0,5}?\s+(?:in|by)\s+(?:20\d\d|next\s+year)(?!\w))",
    re.IGNORECASE)


# A "would" after a reporting word is the reported speech of a "will": "Reyes said the delay would add $3 million"
# tells as Reyes's certain forecast what "Reyes said the delay could add $3 million" gives as possible
# (factcheck_111). So does the conditional French and Spanish report a future with ("a déclaré que le retard
# ajouterait", "dijo que el retraso añadiría"), and German "werde"/"würde" after "sagte". Within the reporting word's
# clause: up to eight words between, no comma or stop.
_REPORTED_WOULD = {
    "en": patterns.compile(r"(?<!\w)(?:said|says|say|told\s+[\w'’-]+|warned|warns|estimated|estimates|predicted"
                           r"|predicts|forecast(?:s|ed)?(?=\s+that\b)|argued|argues|stated|states|insisted|insists"
                           r"|claimed|claims|added)\s+"
                           r"(?:that\s+)?(?:[\w'’$%.-]+\s+){0,8}?(?P<would>would)(?=\s+(?:also\s+|only\s+)?[a-z])",
                           re.IGNORECASE),
    "fr": patterns.compile(r"(?<!\w)(?:dit|déclaré|affirmé|estimé|indiqué|assuré|averti|prévenu|expliqué|ajouté)\s+"
                           r"qu(?:e\s+|['’])(?:[\w'’$%.-]+\s+){0,8}?(?P<would>(?!pourr|devr)[a-zàâçéèêëîïôûù]{2,}"
                           r"r(?:ait|aient))(?!\w)", re.IGNORECASE),
    "es": patterns.compile(r"(?<!\w)(?:dijo|afirmó|declaró|aseguró|estimó|advirtió|indicó|explicó|añadió)\s+"
                           r"que\s+(?:[\w'’$%.-]+\s+){0,8}?(?P<would>(?!podr|deber)[a-záéíóúñ]{2,}r(?:ía|ían))(?!\w)",
                           re.IGNORECASE),
    "de": patterns.compile(r"(?<!\w)(?:sagte|sagten|erklärte|erklärten|betonte|warnte|schätzte|teilte\s+mit)\s*,?\s+"
                           r"(?:dass\s+)?(?:[\w'’$%.-]+\s+){0,8}?(?P<would>werde|werden|würde|würden)(?!\w)",
                           re.IGNORECASE),
}


def reported_certainties(text: str, language: str = "") -> list[tuple[int, str]]:
    """Return where and with which word text reports a speaker's future as certain ("said the delay would add")."""
    pattern = _REPORTED_WOULD.get(language.split("-")[0].lower() or "en")
    return [(m.start("would"), m["would"]) for m in pattern.finditer(text)] if pattern is not None else []


# German "wie geplant" (as planned) tells how a thing is done, no forecast of it: "werde den Streik wie geplant am
# Samstagmorgen beenden" is the speaker's word that it will, as "werde ... beenden" alone (tests/test_factcheck_211.py)
_AS_PLANNED = patterns.compile(r"(?<!\w)wie\s+(?:(?:ursprünglich|bereits|schon|zuvor|vorher|bisher|angekündigt\s+und)"
                               r"\s+)?$", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 14)  # a passage is checked by every sentence citing it
def expectations_in(text: str, language: str = "") -> tuple[str, ...]:
    """Return the words with which text gives a future only as expected, as written, in order: every rule's, and
    those its language's locale lists under `expected` ("voraussichtlich")."""
    found = [(m.start(), m.group()) for m in _WORD.finditer(text) if m.group().casefold() in _EXPECTING_WORDS]
    found += [(m.start(), m.group()) for m in _MAY_OR_COULD_NOT.finditer(text) if m.group().casefold() == "may"]
    found += [(m.start(), m.group()) for m in _AR_EXPECTING.finditer(text)]
    if "ossib" in text or "ul" in text or "xclu" in text or "escart" in text or "aus" in text:
        found += [(m.start(), " ".join(m.group().split())) for m in _POSSIBLE.finditer(text)]
    if unconfirmed_clauses.may_hold(text):  # "has not confirmed that talks will resume" expects no more
        found += [(m.start(), " ".join(m.group().split())) for m in unconfirmed_clauses.UNCONFIRMED.finditer(text)]
    found += [(m.start(), m.group().split()[0]) for m in _AR_MAY.finditer(text)]
    found += [(m.start(), m.group()) for m in locale_word_pattern("expected", language or None).finditer(text)
              if not (m.group().casefold() == "geplant" and _AS_PLANNED.search(text, max(0, m.start() - 30),
                                                                                m.start()))]
    negated = {m.start() for m in _MAY_OR_COULD_NOT.finditer(text) if m.group().casefold() == "could"}
    negated |= {m.start("might") for m in _MIGHT_AS_NOUN.finditer(text)}
    negated |= {m.start("may") for m in _PURPOSE.finditer(text)} if _may_hold_purpose(text) else set()
    return tuple(word for at, word in sorted(found) if at not in negated)


@functools.lru_cache(maxsize=1 << 14)
def certainties_in(text: str, language: str = "") -> tuple[tuple[int, str], ...]:
    """Return where and with which words text states a future as certain ("will save"), in any language we read
    and its locale's `will`."""
    found = []
    if _MAYBE_CERTAIN.search(text):  # a fifth of the cost of the pattern below, and most text has none
        found += [(m.start(), m.group()) for m in _EN_CERTAIN.finditer(text)
                  if not _german_will(m.group(), language)]
    if "ertain to" in text or "ound to" in text or "ure to" in text or "et to" in text or "ised to" in text:
        found += [(m.start(), " ".join(m.group().split())) for m in _EN_SURE.finditer(text)]
    if "ing " in text and ("is " in text or "are " in text):  # in every progressive
        found += [(m.start(), " ".join(m.group().split())) for m in _EN_PROGRESSIVE.finditer(text)]
    if "س" in text or "لن" in text:  # in every Arabic one
        found += [(m.start(), m.group()) for m in _AR_CERTAIN.finditer(text)]
    if language.split("-")[0].lower() == "fr":  # English has words ending so too ("camera", "front")
        found += [(m.start(), m.group()) for m in _FR_CERTAIN.finditer(text)
                  if m.group().casefold() not in _FR_NOT_FUTURE]
    if language.split("-")[0].lower() == "es":
        found += [(m.start(), m.group()) for m in _ES_CERTAIN.finditer(text)
                  if m.group().casefold() not in _ES_NOT_FUTURE]
    if language.split("-")[0].lower() == "tr":
        found += [(m.start(), m.group()) for m in _TR_CERTAIN.finditer(text)]
    if language.split("-")[0].lower() == "it":
        found += [(m.start(), m.group()) for m in _IT_CERTAIN.finditer(text)
                  if m.group().casefold() not in _IT_NOT_FUTURE]
    own = locale_word_pattern("will", language or None)
    found += [(m.start(), m.group()) for m in own.finditer(text)
              if not _under_expectation(text, m.start(), language)] if own.pattern != NOTHING else []
    return tuple(sorted(found))


def _german_will(word: str, language: str) -> bool:
    """Say whether a "will" is German's "wants" ("Corvane will das Werk schließen"), no future: German text's own
    future is its "wird", which a locale's `will` reads."""
    return word.casefold() == "will" and language.split("-")[0].lower() == "de"


# Where a clause starts: after a stop, comma, semicolon or colon.
_CLAUSE_START = patterns.compile(r"[,;:.!?]")


def _under_expectation(text: str, at: int, language: str) -> bool:
    """Say whether a locale's `will` word at `at` follows an expectation in its clause, as its infinitive: German
    "werden" is also "to become", and "Sollte der Sommer trocken werden, könnte der Pegel ..." states no future as
    certain (read as one, it let "Der Pegel wird Niedrigwasser erreichen" cite it)."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, at)]
    return bool(expectations_in(text[starts[-1] if starts else 0:at], language))


read_by_language(expectations_in)
read_by_language(certainties_in)


def unhedged_forecasts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text, at `offset`, states a future as certain that every passage it cites giving it
    gives only as expected: it must keep the expectation, or say whose forecast it is."""
    if hardened := rarity_told_certain(text, passages, offset, language):  # "would fail" of "rarely succeed"
        return hardened
    reported = _reported_as_certain(markers_blanked(text), language) if _MAY_REPORT.search(text) else []
    if not reported and not certainties_in(text, language):  # most sentences: found without more work
        return []
    spoken = markers_blanked(text)
    certain = _stated_as_certain(spoken, language) or reported
    conditional = _CONDITIONAL.search(_blanked(spoken, reported))  # a reported "would" is no conditional
    predicting = _predictions(spoken, language)
    if not certain or expectations_in(_blanked(spoken, predicting), language) or conditional:
        return []
    said = _words_of(spoken)
    expecting = [p for p in passages if (expectations_in(p.text, p.language) and not _a_schedule(p, spoken))
                 or said & _purposes(p.text)]
    futures = _willed_verbs(spoken)
    if futures and any(futures & _willed_verbs(p.text) for p in passages) and says_who_reports(spoken):
        return []  # the speaker's own "will" in the passage's quotation marks: "... will not be raised," she said
    if reported and says_who_reports(spoken) and any(_reported_verbs(spoken) & _willed_verbs(p.text) for p in passages):
        return []  # reported as "would", the same: "Hartley said winning would be difficult" of "that will be
        # difficult," she said (factcheck_208)
    hedged = futures and any(futures & _hedged_verbs(p.text) for p in passages)
    if not hedged and _conditioned_on_hedged_act(spoken, passages):
        return []  # "Unless Halvorsen accepts the award, the court will order a new trial" of "may accept"
    if not expecting or (not hedged and any(_stated_as_certain(p.text, p.language) or (
            reported and _reported_as_certain(p.text, p.language)) for p in passages)):
        return []
    if all(words.casefold().split()[-2:-1] in (["set"], ["poised"]) for _, words in certain) and not any(
            _FIRMED & {word.casefold() for word in expectations_in(p.text, p.language)} for p in expecting):
        return []  # "is set to name a date" of "is expected to set a date" says no more (factcheck_112)
    # Saying whose forecast it is keeps it, but not where the passages report that forecast too: "the judge said
    # the court will award damages" citing "the judge said the court may award damages" changes the judge's words.
    attributed = says_who_reports(spoken) or bool(predicting)
    if attributed:  # what the speaker expects, not what a clause set against it does (_expects_what_is_said)
        expecting = [p for p in expecting if _expects_what_is_said(said, p.text, p.language)
                     or said & _purposes(p.text)]
        if not expecting:
            return []
    # a firm "will" of the speaker's ("said it will close") reports more than a plan ("said it planned to close"),
    # which a reported "would" may tell (tests/test_factcheck_159.py)
    firm = bool(_stated_as_certain(spoken, language))
    # a party's own statement (`statement_of`: a press release) gives its every modal hedge as its word: "Secondo la
    # società, la riapertura avverrà ..." of the release's "dovrebbe avvenire" changes it (tests/test_newuser_111.py);
    # a statement hedging by no modal ("In the central projection, inflation returns to ...") gives its own forecast,
    # which "According to the bank, ... will" reports (newuser_52)
    if attributed and not all((p.statement_of and _MODAL_HEDGES & _words_of(p.text))
                              or _reported(p.text, p.language, firm) for p in expecting):
        return []
    expected = (expectations_in(expecting[0].text, expecting[0].language) or ("could",))[0]
    keep = (f"keep the speaker's '{expected}', which the source reports" if attributed else
            f"keep the source's hedge ('{expected}') or say whose forecast it is")
    at, words = certain[0]
    flat = " ".join(MARKER.sub("", text).split())
    shown = flat if len(flat) <= 160 else flat[:159] + "…"
    return [Finding(offset + at, f"the source gives this only as expected ('{expected}'), but it is worded as certain "
                                 f"('{words}'): \"{shown}\"",
                    f"{keep}; or cite a passage that states it as certain")]


# The modal verbs of a hedge, in the languages a statement's own hedge is read in: "should", "dovrebbe", "devrait".
_MODAL_HEDGES = frozenset({"should", "could", "may", "might", "dovrebbe", "dovrebbero", "potrebbe", "potrebbero",
                           "devrait", "devraient", "pourrait", "pourraient", "debería", "deberían", "podría",
                           "podrían", "sollte", "sollten", "könnte", "könnten"})


def _words_of(text: str) -> frozenset[str]:
    """Return the words of text, folded."""
    return frozenset(word.casefold() for word in _WORD.findall(text))


# The verb a "will" and a hedge give a future by, in English: "will put 600 jobs at risk" of "will cost ... and could
# put 600 jobs at risk" states as certain the one act the passage hedges, though it states another as certain
# (newuser_110); and a quoted "will not be raised" is the speaker's certain word.
_WILLED = patterns.compile(r"(?<!\w)(?:will|shall|won['’]t)\s+(?:not\s+)?(?:be\s+|have\s+)?(?P<verb>[a-z]{3,})(?!\w)",
                           re.IGNORECASE)
_HEDGED = patterns.compile(r"(?<!\w)(?:could|might|(?-i:may))\s+(?:not\s+)?(?:be\s+|have\s+)?(?P<verb>[a-z]{3,})(?!\w)",
                           re.IGNORECASE)


_REPORTED_VERB = patterns.compile(r"(?<!\w)would\s+(?:not\s+)?(?:be\s+|have\s+)?(?P<verb>[a-z]{3,})(?!\w)", re.IGNORECASE)


def _reported_verbs(text: str) -> frozenset[str]:
    """Return the verbs a reported "would" gives a future of ("difficult" of "said winning would be difficult")."""
    return frozenset(m["verb"].casefold() for m in _REPORTED_VERB.finditer(text))


def _willed_verbs(text: str) -> frozenset[str]:
    """Return the verbs English text gives a future of as certain ("put" of "will put"), folded."""
    return frozenset(m["verb"].casefold() for m in _WILLED.finditer(text)) if _MAYBE_CERTAIN.search(text) else _NONE


# A condition a sentence sets on its certain future ("Unless Halvorsen accepts the reduced award, the court will order
# a new trial") keeps open the act a passage gives only as possible ("Halvorsen may accept the reduced award or ask for
# a new trial"): refused as a forecast worded as certain (tests/test_factcheck_179.py). Read where the condition's
# verb is a passage's hedged one and the sentence's "will" is of another act.
_CONDITION = patterns.compile(r"(?<!\w)(?:unless|if)\s+(?P<clause>[^,;:.!?]{3,120})", re.IGNORECASE)


def _conditioned_on_hedged_act(text: str, passages: list[Cited]) -> bool:
    """Say whether a sentence's condition ("unless X accepts", "if X accepts") is of an act a passage hedges."""
    conditioned = {word.casefold() for m in _CONDITION.finditer(text) for word in _WORD.findall(m["clause"])}
    if not conditioned:
        return False
    hedged = {verb for p in passages for verb in _hedged_verbs(p.text)}
    return any(verb in conditioned or f"{verb}s" in conditioned or f"{verb}es" in conditioned
               or f"{verb}ed" in conditioned or f"{verb}d" in conditioned for verb in hedged)


def _hedged_verbs(text: str) -> frozenset[str]:
    """Return the verbs English text gives a future of only as possible ("put" of "could put"), folded."""
    return frozenset(m["verb"].casefold() for m in _HEDGED.finditer(text))


# An act a passage gives as planned by its noun ("The closure of the Lyon plant is planned for 2027", "La fermeture
# est prévue pour 2027", "Die Schließung ist für 2027 geplant") is scheduled, no forecast: "The Lyon plant will close
# in 2027" tells it as the schedule does, as of "is scheduled for 2027" it did. A sentence that adds its own certainty
# ("will definitely close") says more than a plan does (tests/test_factcheck_147.py).
_PLAN_WORDS = frozenset({"planned", "prévu", "prévue", "prévus", "prévues", "geplant"})
_SURE = patterns.compile(r"(?<!\w)(?:definitely|certainly|surely|undoubtedly|for\s+sure|without\s+(?:a\s+)?doubt"
                         r"|no\s+doubt|certainement|assurément|sans\s+(?:aucun\s+)?doute|sicher|bestimmt|definitiv"
                         r"|ganz\s+gewiss|sin\s+duda|definitivamente|ciertamente|seguramente|sicuramente|certamente)(?!\w)",
                         re.IGNORECASE)


def _a_schedule(passage: Cited, sentence: str) -> bool:
    """Say whether a passage expects no more than a plan it gives by the act's noun, and the sentence adds no
    certainty of its own."""
    words = {word.casefold() for word in expectations_in(passage.text, passage.language)}
    return (words <= _PLAN_WORDS and _SURE.search(sentence) is None
            and bool(planned_nouns.planned_nouns(passage.text)))


# What every reporting word _REPORTED_WOULD reads holds: most sentences hold none, found by one search.
_MAY_REPORT = patterns.compile(r"sa(?:id|ys?)|told|warn|estimat|predict|forecast|argu|stat|insist|claim|added|dit"
                               r"|clar|affirm|estim|indiqu|assur|averti|prévenu|expliqu|ajout|dijo|afirm|asegur|advirti"
                               r"|indic|explic|añadi|sagte|erklärte|betonte|schätzte|teilte", re.IGNORECASE)


def _reported_as_certain(text: str, language: str) -> list[tuple[int, str]]:
    """Return reported_certainties of text outside quotation marks and questions ("said it was unclear whether
    the delay would add")."""
    quoted = quoted_parts(text)
    return [(at, words) for at, words in reported_certainties(text, language)
            if not inside(quoted, at) and not _ASKED.search(text, max(0, at - 80), at)
            and not _hedged_before(text, at)]


def _hedged_before(text: str, at: int) -> bool:
    """Say whether a reported "would" at `at` follows a possibility in its sentence ("said it was possible talks would
    collapse"): reported under it, it is no certainty (factcheck_116)."""
    before = text[max(0, at - 80):at]
    return _POSSIBLE.search(before[max(before.rfind(stop) for stop in ".;!?") + 1:]) is not None


# A speaker's prediction of a "will" is that speaker's certain forecast, no hedge of the sentence's own: "The union
# predicted talks would collapse" citing "The union said talks might collapse" turns its "might" into a "will"
# (factcheck_114). The verb of prediction is read as a reporting word, within its clause as _REPORTED_WOULD reads one.
_PREDICTED = patterns.compile(r"(?<!\w)(?:predicted|predicts|predict|forecast(?:s|ed)?(?=\s+that\b))(?=\s+(?:that\s+)?"
                              r"(?:[\w'’$%.-]+\s+){0,8}?(?:will|would|won['’]t|shall|is\s+going\s+to)\s+[a-z])",
                              re.IGNORECASE)


def _predictions(text: str, language: str) -> list[tuple[int, str]]:
    """Return where and with which word English text has a speaker predict a certain future ("predicted talks would
    collapse"), outside quotation marks."""
    if not in_english(language) or "redict" not in text and "orecast" not in text:
        return []
    quoted = quoted_parts(text)
    return [(m.start(), m.group()) for m in _PREDICTED.finditer(text) if not inside(quoted, m.start())]


def _blanked(text: str, found: list[tuple[int, str]]) -> str:
    """Return text with the words `found` at their offsets blanked."""
    for at, words in found:
        text = text[:at] + " " * len(words) + text[at + len(words):]
    return text


_NONE: frozenset[str] = frozenset()
# A clause set against another ("..., but that it could only offer its good offices"): its expectation is its own.
_CONTRASTED = patterns.compile(r",?\s+but\s+(?:that\s+)?|;\s+|,\s+while\s+|,\s+whereas\s+", re.IGNORECASE)


def _expects_what_is_said(said: set[str], text: str, language: str) -> bool:
    """Say whether a passage gives as expected what a sentence of words `said` states: its expectation stands in a
    clause the sentence shares a word of five letters or more with ("will discuss Veskland's request" of "would
    discuss Veskland's request ..., but that it could only offer its good offices" is the first clause's, no
    forecast: newuser_68), or the passage sets no clause against another."""
    if not expectations_in(text, language):
        return False
    clauses = _CONTRASTED.split(text) if (" but " in text or ";" in text or " while" in text or "whereas" in text) \
        else [text]
    long = {word for word in said if len(word) >= 5}
    return len(clauses) == 1 or any(expectations_in(clause, language) and long & {
        word.casefold() for word in _WORD.findall(clause)} for clause in clauses)



def _may_hold_purpose(text: str) -> bool:
    """Say whether text may hold a purpose's clause: False for most, by two substring searches."""
    return "o that " in text or "r that " in text  # "so that", "So that", "in order that"


def _purposes(text: str) -> frozenset[str]:
    """Return the verbs a passage gives only as a purpose's possibility ("resume" of "so that talks could resume")."""
    return frozenset(m["verb"].casefold() for m in _PURPOSE.finditer(text) if m["verb"]) if _may_hold_purpose(text) else _NONE


_SEGMENT = patterns.compile(r"[^.;!?]+")


# a hope or an aim reported is no "will" of the speaker's either: "said it would cut" of "said it hoped to cut"
_MAY = frozenset({"may", "might", "could", "pourrait", "pourraient", "podría", "podrían", "könnte", "könnten", "hoped",
                  "hopes", "aims", "aimed", "possible", "possibility",
                  # Italian's and Portuguese's "could" ("Secondo Spediporto, uno sciopero potrebbe costare"): restated
                  # as "Secondo Spediporto, ... costerà", the speaker's word changed, it built (newuser_99)
                  "potrebbe", "potrebbero", "poderia", "poderiam"})


# A plan or a wish reported is no firm "will" of the speaker's: "The company said it will close the plant" of "said it
# planned to close" built, as a speaker's plan were its promise; "said it would close" may tell it
# (tests/test_factcheck_159.py)
_PLANS = frozenset({"plans", "planned", "planning", "intends", "intended", "intend", "wants", "wanted", "targets",
                    "prévoit", "prévoient", "projette", "projettent", "vise", "visent"})


# "is set to", "is poised to" firm a plan or a wish ("is set to close" of "plans to close"), as a forecast's "is expected
# to" they only restate (tests/test_factcheck_159.py)
_FIRMED = _PLANS | {"aims", "aimed", "hopes", "hoped"}


# A possibility inside quotation marks is the quoted speaker's word, though the reporting word stands in the sentence
# before: "Dahl said the union will win" citing '..., said Professor Anne Dahl. "The union may well win in May"' built
# (newuser_106).
_QUOTED_MAY = patterns.compile(r"(?<!\w)(?:(?-i:may)|might|could(?!\s+not\b|n['’]t)|pourrai(?:t|ent)|podría(?:n)?"
                               r"|könnte(?:n)?|potrebbe(?:ro)?|poderia(?:m)?)(?!\w)", re.IGNORECASE)


def _reported(text: str, language: str, firm: bool = False) -> bool:
    """Say whether a passage gives a possibility ("may", "might", "could") as someone's word: a reporting word in the
    same part of a sentence ("the judge said the court may award"; not "... may save; its chairman called it ..."),
    or quotation marks around it; where the sentence's future is `firm` (a "will"), a plan or a wish too ("said it
    planned to close"). Another expectation reported ("sagte, eine Entscheidung sei nicht zu erwarten") may be
    restated as a "will" of that speaker."""
    weaker = _MAY | _PLANS if firm else _MAY
    quoted = quoted_parts(text) if ('"' in text or "“" in text or "«" in text or "„" in text) else []
    if quoted and any(inside(quoted, match.start()) for match in _QUOTED_MAY.finditer(text)):
        return True
    return any((weaker & (words := {word.casefold() for word in expectations_in(part, language)})
                and (says_who_reports(part) or _SUGGESTED.search(part)))
               or any(" " in word and any(one.startswith(_RULED_OUT) for one in word.split()) for word in words)
               for part in _SEGMENT.findall(text))


# Words of saying that say less than "said": "the union suggested talks might collapse", "indicated", "signalled",
# "hinted", an estimate (and a fear, "the union feared talks could collapse") report the union's "might" as "said"
# does. Read as no attribution elsewhere, they were not here, and "The union said talks would collapse" cited them
# (factcheck_114).
_SUGGESTED = patterns.compile(
    r"(?<!\w)(?:suggest(?:ed|s|ing)?|indicat(?:ed|es|ing)|signal(?:led|ed|s|ling|ing)|hint(?:ed|s|ing)|impl(?:ied|ies)"
    r"|fear(?:ed|s)?|worr(?:ied|ies)"
    # an estimate reports the estimator's "could" too: "Kalder estimated that the filling could cut the flow" backs no
    # "Kalder says the filling will cut it" (newuser_88)
    r"|estimat(?:ed|es|ing)|reckon(?:ed|s)?|calculat(?:ed|es)|estim(?:e|é|ent|a|ó|aron|an)|calcul(?:a|ó|aron|an)"
    r"|schätzt(?:e|en)?|geschätzt"
    r"|suggéré|suggère|suggèrent|laissé\s+entendre|laisse\s+entendre|indiqué|indique"
    r"|indiquent|signalé|sugirió|sugiere|sugieren|insinuó|indicó|indica|señaló|dio\s+a\s+entender|deutete|deuteten"
    r"|angedeutet|signalisierte|signalisiert|signalisierten)(?!\w)", re.IGNORECASE)


# A future asked about states nothing: "disagree on what the repairs will cost", "whether the deal will close".
_ASKED = patterns.compile(r"(?<!\w)(?:what|whether|if|how|why|which|si|combien|comment|pourquoi|ما\s+إذا|هل)"
                          r"(?!\w)[^,.;:!?،؛]{0,60}$", re.IGNORECASE)


def _stated_as_certain(text: str, language: str) -> list[tuple[int, str]]:
    """Return where and with which words text itself states a future as certain: not in another's quoted words,
    nor in a question ("what the repairs will cost")."""
    quoted = quoted_parts(text)
    return [(at, words) for at, words in certainties_in(text, language)
            if not inside(quoted, at) and not _ASKED.search(text, max(0, at - 80), at)]
