"""Acts to come kept to come: a sentence may not tell as done an act its cited passages give in the future tense.

"El CNE publicó los resultados definitivos" citing "El CNE publicará los resultados definitivos el 30 de abril" (or
"The council published the final results" citing "will publish them") tells readers that what the source says is
still to come has happened. A passage's future is English "will" before a plain verb ("will publish"; a pledge's "would
hire", "are going to build", and a verb "and" joins to one: "will build 8,000 homes and hire 300 officers") or a
Spanish verb in the future tense or the conditional, third person ("publicará", "presentarán", "contrataría"); the sentence tells it done with that verb's past
("published", "publicó", "publicaron", "ha publicado") in a clause sharing two of the passage's clause's words of four
letters or more, or every such word of its own ("The strike ended" for "the strike will end"). It is refused where no cited passage tells that verb in the past itself, and the sentence does not
keep the day the passage's sentence gives the act ("since 1 May 2026" for "From 1 May 2026, ... will pay"): a briefing written after that day may tell it done on its day ("appealed for
calm on Friday" citing "will appeal for calm on Friday", tests/test_factcheck_36.py). Not read here: words in
quotation marks, a negated act ("no publicó": polarity.py's), a level's change ("will rise": possible_done.py's) and
an event held ("will meet", "will open": scheduled.py's; "will hold", which scheduled.py does not read, is read
here: "The court held a hearing in March" of "will hold a hearing in March").

A report can only announce what comes after its own date, whenever a briefing is written: "The recount took place
on Monday" citing "The returning officer said a recount would take place on Monday" in a report of Friday 8 May 2026
built, a reported "would" (which may since have come) and an event's "take place" (scheduled.py's) being left unread,
and the day kept. An English passage of known date whose sentence names one day, a weekday other than the report's
own or a date after it, for an act it gives as to come ("would take place", "will hold", "is going to sign") may not
back a sentence's clause telling that act done ("took place", "was held", "signed") on that same day ("on Monday";
not "since 1 May"), sharing a word of four letters or more with the passage's clause, where no cited passage tells
the verb in the past itself (tests/test_factcheck_238.py).
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import clause_end, clause_start, content_words
from .sentences import folded_word, inside, markers_blanked

# a candidate's pledge is as much to come as a plan's: "I would hire 300 more officers", "we are going to build"
# ("Okonjo hired 300 more police officers" built citing the first: tests/test_newuser_96.py)
_EN_FUTURE = patterns.compile(r"(?:(?<!\w)(?:will|shall|would)|(?:(?<!\w)(?:am|is|are)|['’](?:m|re))\s+going\s+to)\s+"
                              r"(?:also\s+|then\s+|formally\s+|officially\s+)?(?P<verb>[a-z]{3,})(?!\w)")
# a future in the third person: "publicará", "presentarán" (the infinitive's "-ar", "-er", "-ir" and "á"/"án"), and
# its conditional, a pledge's "contrataría", "construirían" ("-ía"/"-ían" after the infinitive); the irregular ones
# ("habrá", "podrá", "hará", "dirá") are left unread
_ES_FUTURE = patterns.compile(r"(?<![\w-])(?P<verb>[a-záéíóúñ]{2,}[aei]r)(?:á|án|ía|ían)(?!\w)")
# Spanish's near future and French's futures are as much to come: "La empresa presentó su informe" citing "va a
# presentar su informe", "La société a publié son rapport" citing "publiera son rapport" or "va publier son rapport"
# built (tests/test_factcheck_133.py). French's future in the third person is its infinitive's "-er" or "-ir" and "a" or
# "ont" ("publiera", "fermeront", "finira"), a "-dre" verb's "-dra" ("rendra": "rendu"), or one of the irregular
# ones of _FR_IRREGULAR ("fera": "fait", "prendra": "pris").
# infinitive: its future's stem, its participle, its simple past
_FR_IRREGULAR = {"faire": ("fer", "fait", "fit"), "prendre": ("prendr", "pris", "prit"), "mettre": ("mettr", "mis", "mit"),
                 "tenir": ("tiendr", "tenu", "tint"), "obtenir": ("obtiendr", "obtenu", "obtint"),
                 "maintenir": ("maintiendr", "maintenu", "maintint"), "recevoir": ("recevr", "reçu", "reçut"),
                 "soumettre": ("soumettr", "soumis", "soumit"), "remettre": ("remettr", "remis", "remit"),
                 "permettre": ("permettr", "permis", "permit"), "conclure": ("conclur", "conclu", "conclut")}
# a participle the same as its verb's present ("construit", "réduit", "écrit", "atteint") tells it done only after an
# auxiliary: "a construit", "est atteint"
_FR_PRESENT_TOO = ("duit", "truit", "crit", "interdit", "int")
_FR_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "eu", "été", "est", "sont", "était", "étaient", "fut",
                             "furent", "déjà"})
_FR_BY_STEM = {stem: infinitive for infinitive, (stem, _, _) in _FR_IRREGULAR.items()}
_ES_NEAR = patterns.compile(r"(?<!\w)(?:va|van)\s+a\s+(?P<verb>[a-záéíóúñ]{2,}[aei]r)(?!\w)", re.IGNORECASE)
_FR_FUTURE = patterns.compile(rf"(?<![\w'’-])(?P<verb>[a-zàâçéèêëîïôûù]{{2,}}(?:er|ir)|[a-zàâçéèêëîïôûù]{{2,}}dr"
                              rf"|{'|'.join(sorted(_FR_BY_STEM, key=len, reverse=True))}"
                              r"|[a-zàâçéèêëîïôûù]{2,12}mettr|(?:pour)?suivr)(?:a|ont)(?!\w)")
# irregular participles and simple pasts of French futures the pattern above reads, by the end of the future's stem:
# "reprendra" ("repris", not "reprendu"), "interviendra" ("intervenu"), "atteindra" ("atteint"), "résoudra",
# "conduira", "construira", "écrira", "ouvrira", "offrira", "élira", "prévoira", "conclura", "transmettra",
# "poursuivra"
_FR_PARTICIPLES = (("prendr", "pris", "prit"), ("mettr", "mis", "mit"), ("iendr", "enu", "int"),
                   ("indr", "int", "ignit"), ("résoudr", "résolu", "résolut"), ("duir", "duit", "duisit"),
                   ("truir", "truit", "truisit"), ("crir", "crit", "crivit"), ("vrir", "vert", "vrit"),
                   ("ffrir", "ffert", "ffrit"), ("élir", "élu", "élut"), ("interdir", "interdit", "interdit"),
                   ("voir", "vu", "vit"), ("clur", "clu", "clut"), ("suivr", "suivi", "suivit"))
_FR_NEAR = patterns.compile(r"(?<!\w)(?:va|vont)\s+(?:(?:bientôt|prochainement|aussi|également|enfin)\s+)?"
                            r"(?P<verb>[a-zàâçéèêëîïôûù]{2,}(?:er|ir|re))(?!\w)", re.IGNORECASE)
# Spanish's irregular futures ("hará", "pondrá") and their pasts: infinitive: its future's stem, its pasts
_ES_IRREGULAR = {"hacer": ("har", "hizo", "hicieron", "hecho", "hecha", "hechos", "hechas"),
                 "ver": ("ver", "vio", "vieron", "visto", "vista", "vistos", "vistas"),
                 "disponer": ("dispondr", "dispuso", "dispusieron", "dispuesto", "dispuesta"),
                 "reponer": ("repondr", "repuso", "repusieron", "repuesto", "repuesta"),
                 "poner": ("pondr", "puso", "pusieron", "puesto", "puesta"),
                 "proponer": ("propondr", "propuso", "propusieron", "propuesto", "propuesta"),
                 "imponer": ("impondr", "impuso", "impusieron", "impuesto", "impuesta"),
                 "decir": ("dir", "dijo", "dijeron", "dicho"), "tener": ("tendr", "tuvo", "tuvieron"),
                 "mantener": ("mantendr", "mantuvo", "mantuvieron", "mantenido"),
                 "obtener": ("obtendr", "obtuvo", "obtuvieron", "obtenido")}
_ES_BY_STEM = {forms[0]: infinitive for infinitive, forms in _ES_IRREGULAR.items()}
# irregular participles of verbs with regular futures, by the infinitive's ending: "resolverá" told done "ha resuelto"
# built, "resolvido" no word (newuser_114); "devolver", "disolver", "describir", "inscribir", "descubrir", "prever"
# alike
_ES_PARTICIPLES = (("olver", "uelto"), ("ribir", "rito"), ("cubrir", "cubierto"), ("abrir", "abierto"),
                   ("romper", "roto"), ("prever", "previsto"), ("morir", "muerto"), ("imprimir", "impreso"))
_ES_IRREGULAR_FUTURE = patterns.compile(rf"(?<![\w-])(?P<verb>{'|'.join(sorted(_ES_BY_STEM, key=len, reverse=True))})"
                                        r"(?:á|án|ía|ían)(?!\w)", re.IGNORECASE)
# a past's "would" of what was done again and again, no pledge: "Each year the army would recruit 500 men"
_HABITUAL = patterns.compile(r"(?<!\w)(?:(?:each|every)\s+(?:year|month|week|day|time|morning|night|summer"
                             r"|winter|spring|autumn|season)|often|usually|always|sometimes|whenever|used\s+to|in\s+those\s+days)"
                             r"(?!\w)", re.IGNORECASE)
# a reporting verb before a "would" in its sentence
_REPORTED_BEFORE = patterns.compile(r"(?<!\w)(?:said|says|announced|told|stated|added|agreed|confirmed|indicated"
                                    r"|signall?ed|decided|expected|hoped|thought|believed|reported|warned|insisted"
                                    r"|suggested|predicted|argued|claimed|estimated|feared)(?!\w)", re.IGNORECASE)
# a plain verb joined by "and" to a future's, before what it acts on: "will build 8,000 homes and hire 300 officers"
# ("Okonjo hired 300 officers" built: tests/test_newuser_96.py); a noun so joined ("homes and schools") is no verb
_EN_JOINED = patterns.compile(r"(?<!\w)and\s+(?P<verb>[a-z]{3,})\s+(?=\d|(?:the|a|an|every|all|its|their|them|more"
                              r"|new|another|our|his|her)(?!\w))")
# a past form after a modal or "to" is no act told done: "he would put a levy", "plans to cut"
_MODALS = frozenset({"will", "would", "shall", "should", "could", "can", "may", "might", "must", "to"})
# verbs whose future another check reads (a level's change, an event held), or that give no act (a modal, being)
_NOT_ACTS = frozenset({"be", "have", "not", "never", "still", "also", "continue", "remain", "need", "want", "try",
                       "meet", "begin", "open", "convene", "take", "go",
                       "rise", "fall", "increase", "decrease", "climb", "drop", "grow", "decline", "double", "triple",
                       "halve", "reach", "raise", "lower", "reduce", "cut", "cost",
                       "deber", "querer", "seguir", "continuar", "necesitar", "intentar", "tratar",
                       "aumentar", "subir", "bajar", "crecer", "reducir", "alcanzar", "costar", "duplicar", "triplicar",
                       "être", "avoir", "aller", "devoir", "pouvoir", "vouloir", "falloir", "continuer", "rester"})
_EN_IRREGULAR = {"give": ("gave", "given"), "make": ("made",), "send": ("sent",), "pay": ("paid",),
                 "sell": ("sold",), "buy": ("bought",), "win": ("won",), "leave": ("left",), "build": ("built",),
                 "bring": ("brought",), "keep": ("kept",), "tell": ("told",), "spend": ("spent",), "lose": ("lost",),
                 "choose": ("chose", "chosen"), "write": ("wrote", "written"), "sign": ("signed",),
                 "issue": ("issued",), "release": ("released",), "publish": ("published",),
                 "come": ("came",), "put": ("put",), "hire": ("hired",),
                 # a court's or a panel's acts: "The court heard the case in March" citing "will hear the case in
                 # March" built, "heared" no word (tests/test_factcheck_249.py); "will hold a hearing" is no schedule
                 # scheduled.py reads, so its active "held" is read here
                 "hear": ("heard",), "hold": ("held",), "uphold": ("upheld",), "withhold": ("withheld",),
                 "seek": ("sought",), "find": ("found",), "lead": ("led",), "fight": ("fought",),
                 "speak": ("spoke", "spoken"), "sit": ("sat",), "stand": ("stood",), "run": ("ran",),
                 "strike": ("struck",), "break": ("broke", "broken"), "draw": ("drew", "drawn"),
                 "withdraw": ("withdrew", "withdrawn"), "teach": ("taught",),
                 "catch": ("caught",), "throw": ("threw", "thrown"), "overturn": ("overturned",)}
_CLAUSE_BREAK = patterns.compile(r"[;:.!?()\"“”«»—–]|,(?!\s*\d)|(?<!\w)(?:and|but|while|whereas|y|e|pero|mientras|et|mais)"
                                 r"(?!\w)",
                                 re.IGNORECASE)
_SENTENCE_BREAK = patterns.compile(r"[;!?]|\.(?!\d)")
_NEGATED = frozenset({"no", "not", "never", "nunca", "jamás", "didn't", "didn’t", "hasn't", "hasn’t", "haven't", "pas",
                      "jamais"})
_NOT_CONTENT = frozenset({"will", "shall", "would", "going", "that", "this", "these", "those", "with", "have", "been",
                          "from", "they",
                          "them", "their", "there", "then", "than", "were", "said", "says", "also", "into", "when",
                          "para", "como", "este", "esta", "estos", "estas", "desde", "sobre", "entre", "según",
                          "dans", "pour", "avec", "leur", "leurs", "cette", "selon", "aussi", "après", "avant"})
_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero"
           r"|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|février"
           r"|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")
# a day: "1 March", "March 1", "30 de abril", "Friday", "el viernes"
_DAY = patterns.compile(rf"(?<!\w)(?:(?P<number>\d{{1,2}})(?:\s+de)?\s+(?P<month>{_MONTHS})|(?P<month_first>{_MONTHS})\s+"
                        r"(?P<number_after>\d{1,2})(?!\d)|(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday"
                        r"|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi"
                        r"|dimanche))(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_RESTATES = 2
# a participle after "be" is still to come: "is to be published", "will be paid" (refused as told done,
# tests/test_newuser_60.py)
_STILL_TO_BE = frozenset({"be", "being", "sera", "seront", "être", "ser"})  # "sera publié", "va a ser presentado"
# Spanish's future and conditional of "ser" too: "El ganador será proclamado en diez días" citing "proclamará al
# ganador en un plazo de diez días" was refused as told done (newuser_132)
_STILL_TO_BE |= frozenset({"será", "serán", "sería", "serían"})


class Future(NamedTuple):
    """An act a passage gives as to come: the words that say so, the verb's past forms, its clause's words and
    days, and the clause as written."""

    shown: str
    pasts: frozenset[str]
    words: frozenset[str]
    days: frozenset[str]
    text: str


def future_told_as_past(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English or Spanish text, at `offset`, tells as done an act its cited passages give only
    in the future tense."""
    return _done_on_a_day_to_come(text, passages, offset, language) or _future_told_as_past(text, passages, offset,
                                                                                             language)


# the past forms of an event's verbs, which _NOT_ACTS leaves to scheduled.py, read for a day after the report
_EVENT_PASTS = {"take": ("took", "taken"), "hold": ("held",), "meet": ("met",), "begin": ("began", "begun"),
                "go": ("went", "gone"), "open": ("opened",), "convene": ("convened",)}
# an event's being held, by any of its verbs: "would take place", "will be held" (read as "be"), "will go ahead"
_EVENT_HELD = patterns.compile(r"take\s+place|hold|go\s+ahead", re.IGNORECASE)
_HELD_PASTS = frozenset({"took", "held", "went"})
# a day an act was done on, not one it has gone on since ("have paid the full rate since 1 May" of "From 1 May ...
# will pay" is newuser_32's honest sentence)
_ON_DAY = patterns.compile(r"(?<!\w)on\s+(?:the\s+)?\w+(?:\s+\w+)?", re.IGNORECASE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _done_on_a_day_to_come(text: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return a finding when English text tells as done, on a day it names, an act a cited passage announces for that
    day, a day after the passage's report."""
    if not in_english(language) or not _DAY.search(text) or not passages:
        return []  # most sentences name no day: found without reading a passage
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for passage in passages:
        if not in_english(passage.language or language) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", passage.published):
            continue  # a report of unknown date may tell anything done
        reported = date.fromisoformat(passage.published)
        for match in _EN_FUTURE.finditer(passage.text):
            verb = match["verb"].casefold()
            if verb in ("be", "have", "not", "never", "still", "also"):
                continue
            sentence = passage.text[clause_start(passage.text, match.start(), _SENTENCE_BREAK):
                                    clause_end(passage.text, match.end(), _SENTENCE_BREAK)]
            days = _days(sentence)
            if len(days) != 1 or not _after(next(iter(days)), reported):
                continue  # "said on Friday that ... would ... on Monday": which Monday is not plain
            pasts = frozenset(_EVENT_PASTS.get(verb, ())) or _english_pasts(verb)
            if _EVENT_HELD.match(passage.text, match.start("verb")):
                pasts |= _HELD_PASTS  # "would take place" told "was held", "went ahead"
            clause = passage.text[clause_start(passage.text, match.start(), _CLAUSE_BREAK):
                                  clause_end(passage.text, match.end(), _CLAUSE_BREAK)]
            done = _told_done_on(spoken, quoted, pasts, days, content_words(clause, _NOT_CONTENT | {verb}))
            if done and not _told_done(pasts, passages):
                day = next(iter(days)).title()
                return [Finding(offset + done.start(), f"this sentence tells as done on {day} ('{done.group()}') what "
                                                       f"its cited passage, of a report of {reported.isoformat()}, "
                                                       f"could only announce ('{' '.join(match.group().split())}'): "
                                                       f"{clipped(text)}",
                                "keep it to come, as the source does, or cite a later report that tells it done")]
    return []


def _after(day: str, reported: date) -> bool:
    """Say whether a day a passage names for an act to come ("monday", "11 may") falls after its report's date: a
    weekday other than the report's own, or a date after it in the report's year."""
    if day in _WEEKDAYS:
        return _WEEKDAYS.index(day) != reported.weekday()
    number, _, month = day.partition(" ")
    months = [name.casefold() for name in _MONTHS.split("|")[:12]]
    if month not in months:
        return False
    try:
        return date(reported.year, months.index(month) + 1, int(number)) > reported
    except ValueError:
        return False


def _told_done_on(spoken: str, quoted, pasts: frozenset[str], days: frozenset[str], words: frozenset[str]):
    """Return the match of a past of the act in a clause of spoken that names one of `days` and shares a word with
    the passage's clause, not negated nor quoted; or None."""
    found = list(_WORD.finditer(spoken))
    for index, match in enumerate(found):
        if folded_word(match.group()) not in pasts or inside(quoted, match.start()):
            continue
        before = folded_word(found[index - 1].group()) if index else ""
        if before in _NEGATED | _STILL_TO_BE | _MODALS | {"be", "been", "being", "to"}:
            continue
        clause = spoken[clause_start(spoken, match.start(), _CLAUSE_BREAK):clause_end(spoken, match.end(),
                                                                                       _CLAUSE_BREAK)]
        on_days = frozenset(day for on in _ON_DAY.finditer(clause) for day in _days(on.group()))
        if on_days & days and content_words(clause, _NOT_CONTENT | set(pasts)) & words:
            return match
    return None


def _future_told_as_past(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as done an act its cited passages give in the future tense, its day
    unkept."""
    futures = [future for passage in passages if _read(passage.language or language)
               for future in _futures(passage.text, _base(passage.language or language))]
    if not futures or not _read(language):
        return []  # most passages give no act to come: found without reading the sentence
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    words = [(m.start(), m.end(), folded_word(m.group())) for m in _WORD.finditer(spoken)]
    for index, (start, end, word) in enumerate(words):
        told = [future for future in futures if word in future.pasts]
        before = words[index - 1][2] if index else ""
        if not told or inside(quoted, start) or before in _NEGATED | _STILL_TO_BE | _MODALS or (
                index > 1 and words[index - 1][2] in ("yet", "encore", "ha", "han", "había", "habían")
                and words[index - 2][2] in _NEGATED):
            continue  # "has not yet ruled", "n'a pas encore publié", "no ha presentado" keep the ruling to come
        if word.endswith(_FR_PRESENT_TOO) and before not in _FR_AUXILIARIES:
            continue  # "La réforme réduit les délais" of "réduira": a present, what it does, not told done
        clause = spoken[clause_start(spoken, start, _CLAUSE_BREAK):clause_end(spoken, end, _CLAUSE_BREAK)]
        own = content_words(clause, _NOT_CONTENT | {word}, names_of_three=True)
        for future in told:
            if ((len(own & future.words) >= _RESTATES or own and own <= future.words)
                    and not (future.days & _days(spoken))
                    and not _told_done(future.pasts, passages)):
                return [Finding(offset + start, f"this sentence tells as done ('{spoken[start:end]}') what its cited "
                                                f"passages give as still to come ('{future.shown}': "
                                                f"'{future.text}'): {clipped(text)}",
                                "keep it to come, or cite a passage that says it was done")]
    return []


def _read(language: str) -> bool:
    return in_english(language) or _base(language) in ("es", "fr")


def _base(language: str) -> str:
    """Return a language's code without its region ("es" of "es-MX"), "en" where it is English or unknown."""
    return "en" if in_english(language) else language.split("-")[0].lower()


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _futures(text: str, language: str) -> tuple[Future, ...]:
    """Return the acts text gives in the future tense, each with its verb's past forms and its clause's words."""
    if not ("will" in text or "shall" in text or "would" in text or "going to" in text
            or (language == "es" and ("rá" in text or "ría" in text or "va" in text))
            or (language == "fr" and ("a" in text or "ont" in text))):
        return ()
    found = []
    read = {"es": (_ES_FUTURE, _ES_NEAR, _ES_IRREGULAR_FUTURE), "fr": (_FR_FUTURE, _FR_NEAR)}.get(language,
                                                                                               (_EN_FUTURE,))
    for match in (match for pattern in read for match in pattern.finditer(text)):
        head = _future(text, match, language)
        found += head
        if head and language == "en":  # a second act it covers: "I will build 8,000 homes and hire 300 officers"
            sentence_end = clause_end(text, match.end(), _SENTENCE_BREAK)
            found += [future for joined in _EN_JOINED.finditer(text, match.end(), sentence_end)
                      for future in _future(text, joined, language)]
    return tuple(found)


def _future(text: str, match: re.Match, language: str) -> list[Future]:
    """Return the act a match of a future's verb gives, with its verb's past forms and its clause's words, or none
    where the verb gives no act."""
    verb = match["verb"].casefold()
    if verb in _NOT_ACTS:
        return []
    start, end = clause_start(text, match.start(), _CLAUSE_BREAK), clause_end(text, match.end(), _CLAUSE_BREAK)
    clause = text[start:end]
    words = content_words(clause, _NOT_CONTENT | {folded_word(match.group())}, names_of_three=True)
    # its day, in its sentence: "From 1 May 2026, all cars will pay the full rate"
    around = text[clause_start(text, start, _SENTENCE_BREAK):clause_end(text, end, _SENTENCE_BREAK)]
    if match.group().lower().startswith("would") and (
            _HABITUAL.search(around) or _REPORTED_BEFORE.search(text, clause_start(text, start, _SENTENCE_BREAK),
                                                                 match.start())):
        # "Each year the army would recruit 500 men": done, again and again (factcheck_19); "the union said it would
        # suspend the strike": a past's future, which may since have come (newuser_34), as a pledge's own does not
        return []
    pasts = {"es": _spanish_pasts, "fr": _french_pasts}.get(language, _english_pasts)
    return [Future(" ".join(match.group().split()), pasts(verb),
                   words, _days(around), " ".join(clause.split()))]


def _days(text: str) -> frozenset[str]:
    """Return the days text names, each as its number and month ("1 march"), or its weekday."""
    return frozenset((found["weekday"] or f"{found['number'] or found['number_after']} "
                      f"{found['month'] or found['month_first']}").casefold() for found in _DAY.finditer(text))


def _english_pasts(verb: str) -> frozenset[str]:
    """Return the past forms an English verb may take: "published", "decided", "carried", "stopped", "gave"."""
    if verb in _EN_IRREGULAR:
        return frozenset(_EN_IRREGULAR[verb])
    forms = {verb + "d" if verb.endswith("e") else verb + "ed"}
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms.add(verb[:-1] + "ied")
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):
        forms.add(verb + verb[-1] + "ed")  # "stop", "ban": one syllable ending in a consonant doubles it
    return frozenset(forms)


def _spanish_pasts(infinitive: str) -> frozenset[str]:
    """Return a Spanish verb's preterite in the third person and its participle: "publicó", "publicaron",
    "publicado" of "publicar"; "decidió", "decidieron", "decidido" of "decidir"; "hizo", "hecho" of "hacer" (or of
    its future's stem, "har")."""
    infinitive = _ES_BY_STEM.get(infinitive, infinitive)
    if infinitive in _ES_IRREGULAR:
        return frozenset(_ES_IRREGULAR[infinitive][1:])
    stem = infinitive[:-2]
    irregular = next((infinitive[:-len(ending)] + participle for ending, participle in _ES_PARTICIPLES
                      if infinitive.endswith(ending)), "")
    if irregular:  # "resolverá": "resolvió", "resolvieron", "resuelto" (no "resolvido")
        return frozenset({stem + "ió", stem + "ieron"} | {irregular[:-1] + end for end in ("o", "a", "os", "as")})
    if infinitive.endswith("ar"):
        return frozenset({stem + "ó", stem + "aron"} | {stem + "ad" + end for end in ("o", "a", "os", "as")})
    return frozenset({stem + "ió", stem + "ieron"} | {stem + "id" + end for end in ("o", "a", "os", "as")})


def _french_pasts(infinitive: str) -> frozenset[str]:
    """Return a French verb's participle and its simple past in the third person: "publié", "publiée", "publia",
    "publièrent" of "publier"; "choisi", "choisirent" of "choisir"; "rendu", "rendit" of "rendre" (or of its future's
    stem, "rendr"); "fait", "fit" of "faire" (or "fer"); "repris", "reprit" of "reprendr" (_FR_PARTICIPLES)."""
    if infinitive not in _FR_BY_STEM:
        for ending, participle, simple in _FR_PARTICIPLES:
            if infinitive.endswith(ending):
                participle = infinitive[:-len(ending)] + participle
                return frozenset({participle, participle + "e", participle + "s", participle + "es",
                                  infinitive[:-len(ending)] + simple})
    infinitive = _FR_BY_STEM.get(infinitive, infinitive + "e" if infinitive.endswith("dr") else infinitive)
    if infinitive in _FR_IRREGULAR:
        _, participle, simple = _FR_IRREGULAR[infinitive]
        return frozenset({participle, participle + "e", participle + "s", participle + "es", simple, simple[:-1] + "rent"})
    stem = infinitive[:-2]
    if infinitive.endswith("dre"):  # "rendre": "rendu", "rendit", "rendirent"
        return frozenset({stem + "u", stem + "ue", stem + "us", stem + "ues", stem + "it", stem + "irent"})
    if infinitive.endswith("er"):
        return frozenset({stem + "é", stem + "ée", stem + "és", stem + "ées", stem + "a", stem + "èrent"})
    return frozenset({stem + "i", stem + "ie", stem + "is", stem + "ies", stem + "irent"})


def _told_done(pasts: frozenset[str], passages: list[Cited]) -> bool:
    """Say whether a passage tells the verb in the past itself: "published its report in May and will publish
    another" backs "published"."""
    for passage in passages:
        words = [folded_word(word) for word in _WORD.findall(passage.text)]
        # "will put": a past the same as the plain verb ("put", "set") is no past after a modal
        if any(word in pasts and not (index and words[index - 1] in _MODALS) for index, word in enumerate(words)):
            return True
    return False
