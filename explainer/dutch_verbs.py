"""Dutch verbs read: the acts a Dutch passage gives as possible, wished or to come ("kan opleggen", "wil verhalen",
"zal besluiten"), and the forms that tell each done ("opgelegd", "legde"; "besloot", "besloten").

possible_done.py refuses a sentence telling such an act done ("Het college heeft een boete opgelegd" citing "kan het
college een bestuurlijke boete opleggen"); it asks here for the acts (possible_acts) and the words that keep a
possibility (KEPT). A regular verb's participle and past are made from its stem ("legde", "opgelegd"); a strong or
short verb's forms share too little of it ("gaat" of "gaan", "gaf" of "geven"), and "De gemeente gaat in hoger
beroep" citing "De gemeente wil in hoger beroep gaan" built (tests/test_factcheck_127.py), as did "De bouw begon in
maart" citing "De bouw wordt verwacht in maart te beginnen" (tests/test_factcheck_125.py): IRREGULAR gives their
forms, a separable prefix ("teruggaan": "gaat ... terug", "teruggegaan") or one that is not ("besluiten",
"vergeven": no "ge") kept before them.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns


class Forms(NamedTuple):
    """A Dutch verb's third person present, its pasts (singular, plural) and its participle."""

    present: str
    pasts: tuple[str, ...]
    participle: str


# the verb's own forms, without a prefix ("sluiten" of "besluiten"); its participle's "ge" is added where it takes one
IRREGULAR = {
    "gaan": Forms("gaat", ("ging", "gingen"), "gegaan"), "doen": Forms("doet", ("deed", "deden"), "gedaan"),
    "komen": Forms("komt", ("kwam", "kwamen"), "gekomen"), "nemen": Forms("neemt", ("nam", "namen"), "genomen"),
    "geven": Forms("geeft", ("gaf", "gaven"), "gegeven"), "staan": Forms("staat", ("stond", "stonden"), "gestaan"),
    "slaan": Forms("slaat", ("sloeg", "sloegen"), "geslagen"), "zien": Forms("ziet", ("zag", "zagen"), "gezien"),
    "sluiten": Forms("sluit", ("sloot", "sloten"), "gesloten"), "bieden": Forms("biedt", ("bood", "boden"), "geboden"),
    "houden": Forms("houdt", ("hield", "hielden"), "gehouden"), "laten": Forms("laat", ("liet", "lieten"), "gelaten"),
    "krijgen": Forms("krijgt", ("kreeg", "kregen"), "gekregen"), "kiezen": Forms("kiest", ("koos", "kozen"), "gekozen"),
    "vinden": Forms("vindt", ("vond", "vonden"), "gevonden"), "winnen": Forms("wint", ("won", "wonnen"), "gewonnen"),
    "schrijven": Forms("schrijft", ("schreef", "schreven"), "geschreven"),
    "blijven": Forms("blijft", ("bleef", "bleven"), "gebleven"),
    "trekken": Forms("trekt", ("trok", "trokken"), "getrokken"),
    "spreken": Forms("spreekt", ("sprak", "spraken"), "gesproken"),
    "brengen": Forms("brengt", ("bracht", "brachten"), "gebracht"),
    "zoeken": Forms("zoekt", ("zocht", "zochten"), "gezocht"), "kopen": Forms("koopt", ("kocht", "kochten"), "gekocht"),
    "beginnen": Forms("begint", ("begon", "begonnen"), "begonnen"),
    "heffen": Forms("heft", ("hief", "hieven"), "geheven"), "vragen": Forms("vraagt", ("vroeg", "vroegen"), "gevraagd"),
    "dragen": Forms("draagt", ("droeg", "droegen"), "gedragen"),
    "wijzen": Forms("wijst", ("wees", "wezen"), "gewezen"), "bijten": Forms("bijt", ("beet", "beten"), "gebeten"),
    "lijden": Forms("lijdt", ("leed", "leden"), "geleden"), "liegen": Forms("liegt", ("loog", "logen"), "gelogen"),
    "verliezen": Forms("verliest", ("verloor", "verloren"), "verloren"),
    "treden": Forms("treedt", ("trad", "traden"), "getreden"),
    "zeggen": Forms("zegt", ("zei", "zeiden"), "gezegd"), "leggen": Forms("legt", ("legde", "legden"), "gelegd"),
    # the rest of factcheck_125's strong verbs ("De koers steeg", "viel", "liep op")
    "stijgen": Forms("stijgt", ("steeg", "stegen"), "gestegen"),
    "vallen": Forms("valt", ("viel", "vielen"), "gevallen"),
    "lopen": Forms("loopt", ("liep", "liepen"), "gelopen"),
    "denken": Forms("denkt", ("dacht", "dachten"), "gedacht"),
    "schieten": Forms("schiet", ("schoot", "schoten"), "geschoten"),
    "vangen": Forms("vangt", ("ving", "vingen"), "gevangen"),
    "binden": Forms("bindt", ("bond", "bonden"), "gebonden"),
    "grijpen": Forms("grijpt", ("greep", "grepen"), "gegrepen"),
    "snijden": Forms("snijdt", ("sneed", "sneden"), "gesneden"),
    "worden": Forms("wordt", ("werd", "werden"), "geworden"),
}
# prefixes that stay before the verb and take no "ge" ("besluiten": "besloten"), and those that a main clause puts
# after it ("teruggaan": "gaat ... terug"; participle "teruggegaan")
_INSEPARABLE = ("ont", "ver", "her", "be", "ge", "er")
_NO_GE = ("ont", "ver", "her", "be", "er")  # a regular verb's participle: "verhoogd", "bestraft"
_SEPARABLE = ("terug", "samen", "tegen", "door", "vast", "voor", "over", "goed", "neer", "mee", "toe", "aan", "uit",
              "bij", "weg", "los", "op", "in", "af", "na")  # "goedkeuren": "goedgekeurd", "keurde ... goed"


class Verb(NamedTuple):
    """A Dutch verb read by its forms: its prefix, whether that prefix is separable, and the forms of the rest."""

    prefix: str
    separable: bool
    forms: Forms


@functools.lru_cache(maxsize=1 << 10)
def irregular(infinitive: str) -> Verb | None:
    """Return an irregular Dutch verb's prefix and forms ("teruggaan": "terug", separable, those of "gaan"), or None."""
    verb = infinitive.casefold()
    if verb in IRREGULAR:
        return Verb("", False, IRREGULAR[verb])
    for prefix in _SEPARABLE + _INSEPARABLE:
        if verb.startswith(prefix) and verb[len(prefix):] in IRREGULAR:
            return Verb(prefix, prefix in _SEPARABLE, IRREGULAR[verb[len(prefix):]])
    return None


def done_source(verb: Verb, present: bool) -> str:
    """Return the source of a pattern of an irregular verb told as done: its past, its participle and, where
    `present`, its present ("gaat", "gaat ... terug"); a separable prefix glued before them or standing after."""
    prefix, forms = re.escape(verb.prefix), verb.forms
    own = forms.participle if not verb.prefix or verb.separable else forms.participle.removeprefix("ge")
    participle = re.escape(own)  # "besloten": an inseparable prefix takes the place of "ge"
    told = [*forms.pasts, *((forms.present,) if present else ())]
    glued = "|".join(re.escape(form) for form in told)
    if not verb.prefix:
        return rf"(?<!\w)(?:{glued}|{participle})(?!\w)"
    if not verb.separable:
        return rf"(?<!\w){prefix}(?:{glued}|{participle})(?!\w)"
    # "gaat 's nachts terug", "ging niet terug": the prefix after up to four words, as possible_done.py reads one
    return (rf"(?<!\w)(?:{prefix}(?:{glued})|{prefix}{participle}|(?:{glued})\s+(?:[^\s.;:!?,]+\s+){{0,4}}?{prefix})"
            r"(?!\w)")


# A modal, then its infinitives (in "-en", five letters or more) to the clause's end: "kan het college een
# bestuurlijke boete opleggen" (in lowercase: "Kan" and "Kon" are names in other languages' text)
_ABLE = "kan|kunnen|kon|konden|zou|zouden"
# A wish, an expectation or a threat is no more done ("Windkracht Noord verhaalt de kosten op de gemeente" citing "wil
# het bedrijf die kosten op de gemeente verhalen"; "begint in 2027" of "verwacht ... in 2027 te beginnen":
# tests/test_newuser_91.py), nor a plan weighed ("besloot ... te stoppen" of "overweegt ... te stoppen": factcheck_125)
INTENDING = ("wil|willen|wilde|wilden|verwacht|verwachten|dreigt|dreigen|dreigde|dreigden|hoopt|hopen|hoopte"
             "|plannen|overweegt|overwegen|beoogt|beogen")
# "plant" (plans) is also an English noun ("the plant may close"): in a passage it gives a plan where "te" and an
# infinitive follow in its clause ("De gemeente plant een windpark te bouwen", factcheck_133), and in a sentence it
# keeps one where the briefing is Dutch
_PLANT = r"(?:plant|planten|plande|planden)(?=(?:[^.;:!?,]|(?<=\d)[.,](?=\d))*?\ste\s+[a-zëéï]{2,}en(?!\w))"
_KEPT_IN_DUTCH = patterns.compile(r"(?<!\w)(?:plant|planten|plande|planden|gepland\w*)(?!\w)", re.IGNORECASE)
# Dutch's future is no more done: "De gemeente gaf toestemming" citing "De gemeente zal toestemming geven" built
# (factcheck_127); its present may tell what is scheduled ("De gemeente geeft morgen toestemming"), so only its past
# and participle are read as done
FUTURE = "zal|zullen"
# so is its near future, "gaat" before an infinitive: "De gemeente bouwde een windpark" citing "De gemeente gaat een
# windpark bouwen" built (factcheck_133); "gaat in hoger beroep", with no infinitive, is legal_status.py's
_NEAR = "gaat|gaan"
# a possibility's first words that give an act as to come
TO_COME = frozenset(f"{INTENDING}|{FUTURE}|{_NEAR}|plant|planten|plande|planden|gepland|geplande|wordt|worden"
                    .split("|"))
MODALS = frozenset(_ABLE.split("|")) | TO_COME
# "de plannen", "haar plannen": a noun, what an act is done to ("Het college keurde de plannen goed" of "wil de
# plannen goedkeuren" built), no plan of the sentence's own
_PLANS_NOUN = "".join(rf"(?<!\b{word}\s)" for word in ("de", "het", "een", "zijn", "haar", "hun", "onze", "deze", "die",
                                                       "dit", "dat")) + "plannen"
# the words by which a sentence keeps a possibility of its own ("kan", "mogelijk", "naar verwachting")
KEPT = (rf"{_ABLE}|mogelijk|mogelijkheid|eventueel|misschien|mag|mogen|{INTENDING.replace('|plannen', '')}"
        rf"|{_PLANS_NOUN}|{FUTURE}|van\s+plan|naar\s+verwachting|waarschijnlijk|vermoedelijk")
# (to the clause's end, a figure's separators kept: "wil het bedrijf jaarlijks 85.000 euro ... storten")
POSSIBLE = patterns.compile(rf"(?<!\w)(?P<modal>{_ABLE}|{INTENDING}|{FUTURE}|{_NEAR}|van\s+plan|{_PLANT})(?!\w)"
                            r"(?:[^.;:!?,]|(?<=\d)[.,](?=\d))*")
# a short verb's infinitive too ("gaan", "teruggaan", "doen": IRREGULAR gives their forms)
_INFINITIVE = patterns.compile(r"(?<!\w)(?:[a-zëéï]{3,}en|[a-z]*(?:gaan|doen|staan|slaan|zien))(?!\w)")


def keeps_plan(sentence: str, language: str) -> bool:
    """Say whether a Dutch sentence keeps a plan with "plant" or "gepland" ("De gemeente plant een windpark"), or a
    present passive with a time to come ("Het park wordt in 2027 geopend")."""
    return language.split("-")[0].casefold() == "nl" and (
        _KEPT_IN_DUTCH.search(sentence) is not None
        or any(_TIME_TO_COME.search(match["rest"]) for match in _PASSIVE.finditer(sentence)))


class Act(NamedTuple):
    """An act a Dutch passage gives as possible: its modal and verb as written, the verb, the forms that tell it done,
    and where its modal stands."""

    shown: str
    verb: str
    done: re.Pattern
    at: int


def possible_acts(text: str) -> list[Act]:
    """Return the acts a Dutch passage gives as possible: each infinitive after "kan", "kunnen", "zou", ... in its
    clause."""
    found = []
    for match in POSSIBLE.finditer(text):
        modal = match.group().split()[0]
        future = modal in FUTURE.split("|") or modal in _NEAR.split("|")
        for verb in _INFINITIVE.findall(match.group()):
            if verb == modal:
                continue  # "gaan", "willen": the modal itself, no act
            done = done_pattern(verb.casefold(), present=not future)
            if done is not None:
                found.append(Act(f"{' '.join(match['modal'].split())} {verb}", verb.casefold(), done, match.start()))
    return found


def done_pattern(verb: str, present: bool = True) -> re.Pattern | None:
    """Return the pattern of a Dutch verb's participle and past ("opleggen": "opgelegd", "legde"; "schorsen":
    "geschorst", "schorste"; "verhogen": "verhoogd"; "geven": "gaf", "gegeven"), and, where `present`, its present
    ("verhaalt", "gaat"), or None where its stem is too short to tell apart."""
    if (strong := irregular(verb)) is not None:
        return re.compile(done_source(strong, present), re.IGNORECASE)
    prefix = next((p for p in _SEPARABLE if verb.startswith(p) and len(verb) - len(p) >= 5), "")
    stem = verb[len(prefix):-2]
    if len(stem) > 1 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "legg" of "leggen": "legd", "legde"
    core = stem[:-1]  # its vowel may double before the ending ("verhog": "verhoogd")
    if len(core) < 4 <= len(stem) and stem[-1] not in "zv" and (stem[-2] not in "aeiou" or stem[-3] in "aeiou"):
        core = stem  # no vowel to double ("bouw": "bouwde", "gebouwd"), nor a "z" or "v" to turn "s" or "f"
    if len(core) < (2 if prefix else 4):
        return None
    core = re.escape(core)
    # a separable verb's present or past puts its prefix after its object: "loopt 's nachts op tot 51 decibel" of
    # "kan oplopen"
    apart = rf"|{core}\w{{0,3}}(?:t|de|te|den|ten)\s+(?:[^\s.;:!?,]+\s+){{0,4}}?{prefix}" if prefix else ""
    # a future's act told done by its past and participle alone: "ge" before it, or "-d" after a prefix that takes
    # none ("verleend"; "verleent" is its present)
    participle = (rf"{prefix}(?:ge)?{core}\w{{0,3}}[dt]" if present else
                  rf"{prefix}ge{core}\w{{0,3}}[dt]" + (rf"|{core}\w{{0,3}}d" if verb.startswith(_NO_GE) else ""))
    apart = apart if present else ""
    return re.compile(rf"(?<!\w)(?:{participle}|(?:ge)?{core}\w{{0,3}}(?:de|te|den|ten)"
                      rf"|{prefix}{core}\w{{0,3}}(?:de|te|den|ten){apart})(?!\w)", re.IGNORECASE)


# What is planned ("Het windpark is gepland voor 2027", "het geplande windpark") is no more begun, built, opened or held:
# "De bouw is begonnen", "Het windpark wordt gebouwd" citing "De bouw van het windpark is gepland voor 2027" built
# (factcheck_138). The plan names no verb; these forms tell a planned work or event under way or done, its participle
# after "wordt" too ("wordt gebouwd": being built), but not its present ("De gemeente bouwt het park in 2027").
_PLANNED = patterns.compile(r"(?<!\w)gepland(?:e)?(?:\s+(?:voor|in|op|vanaf|rond|eind|begin)\s+[^\s.;:!?,]+)?(?!\w)",
                            re.IGNORECASE)
_BEGUN = (r"gebouwd|bouwden?|begonnen|begon|gestart|startten?|geopend|openden?|aangelegd|legden?\s+(?:\S+\s+){0,4}?aan"
          r"|voltooid|voltooiden?|opgeleverd|leverden?\s+(?:\S+\s+){0,4}?op|gesloopt|sloopten?|ingevoerd"
          r"|voerden?\s+(?:\S+\s+){0,4}?in|gehouden|hielden?|geplaatst|plaatsten?|gerealiseerd|realiseerden?"
          r"|afgerond|rondden?\s+(?:\S+\s+){0,4}?af|uitgevoerd|vond\s+plaats|vonden\s+plaats|plaatsgevonden"
          r"|in\s+gebruik\s+genomen|namen?\s+(?:\S+\s+){0,4}?in\s+gebruik|in\s+aanbouw")
# the nouns that name a planned work and nothing else: "De bouw is begonnen" citing "Het park is gepland voor 2027"
# tells the plan begun, adding no word of its own (factcheck_143)
WORK = frozenset({"bouw", "aanleg", "werkzaamheden", "werken", "sloop", "opening", "realisatie", "uitvoering", "start",
                  "oplevering", "ingebruikname", "constructie"})
BEGUN_DONE = patterns.compile(rf"(?<!\w)(?:{_BEGUN})(?!\w)", re.IGNORECASE)
# A present passive with a time to come is a plan too: "Het park wordt in 2027 geopend" (as "wordt verwacht" is
# INTENDING's); "Het park is geopend", "werd geopend" tell it done, and "wordt geopend" with no time under way
_PASSIVE = patterns.compile(r"(?<!\w)(?:wordt|worden)(?!\w)(?P<rest>(?:[^.;:!?,]|(?<=\d)[.,](?=\d))*)", re.IGNORECASE)
_TIME_TO_COME = patterns.compile(r"(?<!\w)(?:in\s+(?:(?:het\s+)?(?:voorjaar|najaar|zomer|winter)\s+(?:van\s+)?)?(?:19|20)\d\d"
                                 r"|(?:eind|begin|medio|vanaf|na)\s+(?:(?:19|20)\d\d|de\s+zomer)"
                                 r"|volgend\w*\s+\w+|komend\w*\s+\w+|binnenkort|later\s+dit\s+jaar|morgen"
                                 r"|over\s+\w+\s+(?:jaar|maanden|weken)|(?:op|per|vanaf)\s+\d{1,2}\s+[a-z]+)(?!\w)",
                                 re.IGNORECASE)
_PARTICIPLE = patterns.compile(rf"(?<!\w)(?P<prefix>{'|'.join(_SEPARABLE)})?(?:ge)?(?P<stem>[a-zëéï]{{3,}}?)"
                               r"(?P<end>d|t|en)(?!\w)")


def planned_acts(text: str) -> list[Act]:
    """Return what a Dutch passage gives as planned: its "gepland" (the plan names no verb: _BEGUN's forms tell it
    begun or done) and each present passive with a time to come ("wordt in 2027 geopend")."""
    found = [Act(" ".join(match.group().split()), match.group().split()[0].casefold(), BEGUN_DONE, match.start())
             for match in _PLANNED.finditer(text)]
    for match in _PASSIVE.finditer(text):
        if _TIME_TO_COME.search(match["rest"]) is None:
            continue
        words = match["rest"].split()
        participle = next((word for word in reversed(words) if _participle_done(word.casefold())), None)
        if participle is not None:
            shown = f"{match.group().split()[0]} {match['rest'].strip()}"
            found.append(Act(shown, participle.casefold(), _participle_done(participle.casefold()), match.start()))
    return found


def without_plans(text: str) -> str:
    """Return a passage with its plans (planned_acts) blanked: "wordt in 2027 geopend" tells nothing opened."""
    text = _PLANNED.sub(lambda m: " " * len(m.group()), text)
    return _PASSIVE.sub(lambda m: " " * len(m.group()) if _TIME_TO_COME.search(m["rest"]) else m.group(), text)


@functools.lru_cache(maxsize=1 << 10)
def _participle_done(word: str) -> re.Pattern | None:
    """Return the pattern of a verb told done or under way, by the participle a plan's passive gives ("geopend":
    "geopend", "opende"; "gesloten": "sloot"), or None where `word` is no participle."""
    strong = next(((prefix, verb) for verb, forms in IRREGULAR.items() for prefix in ("", *_SEPARABLE)
                   if word == prefix + forms.participle), None)
    if strong is not None:
        prefix, verb = strong
        return re.compile(done_source(Verb(prefix, bool(prefix), IRREGULAR[verb]), False), re.IGNORECASE)
    match = _PARTICIPLE.fullmatch(word)
    if match is not None and match["end"] != "en" and word.startswith(_NO_GE) and not match["prefix"]:
        # one whose prefix takes the place of "ge" ("verhoogd", "bestraft", "ontslagen" apart): "De belasting is
        # verhoogd" citing "De belasting wordt in 2027 verhoogd" built (factcheck_143)
        stem = re.escape(word[:-1])
        return re.compile(rf"(?<!\w)(?:{re.escape(word)}|{stem}(?:de|te|den|ten))(?!\w)", re.IGNORECASE)
    if match is None or match["end"] == "en" or not (word.startswith("ge") or match["prefix"] and "ge" in word):
        return None  # a regular participle has "ge" ("geopend", "aangelegd"): "wordt in 2027 ook eerder" is none
    stem = re.escape(match["stem"])
    prefix = re.escape(match["prefix"] or "")
    past = (rf"{prefix}{stem}(?:de|te|den|ten)" if not prefix
            else rf"{stem}(?:de|te|den|ten)\s+(?:[^\s.;:!?,]+\s+){{0,4}}?{prefix}")
    return re.compile(rf"(?<!\w)(?:{re.escape(word)}|{past})(?!\w)", re.IGNORECASE)
