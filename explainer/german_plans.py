"""A German plan, possibility or future told as done: "Die GDL hat den Streik beendet." may not cite "Die GDL will den
Streik beenden, falls ...".

possible_done.py reads English, French, Spanish, Portuguese, Polish and Dutch modals; a German one ("will", "wollen",
"kann", "könnte", "soll", "wird", "möchte", "plant ... zu", "erwägt ... zu", "kündigte an, ... zu") before its
infinitive at the clause's end ("will den Streik beenden", "plant, den Streik auszuweiten") was read nowhere, and German writes one deed in
forms that share no word: "beenden", "beendet", "beendete"; "ausweiten", "ausgeweitet", "weitet ... aus". The
infinitive's stem gives them: its participle (with "ge" after a separable prefix, none after "be-", "ver-", "er-",
... or in "-ieren"), its present and past ("streikt", "streikte", "streiken"), a separable prefix standing apart
later in the sentence. A sentence telling the deed so, sharing two of the passage's clause's words of four letters
(or an acronym: "GDL") or adding none to them, is refused where it keeps no modal, plan, condition or negation of its
own and no cited passage tells the deed done itself; a future ("wird ... entscheiden") is told done only by a past
("entschied", "hat entschieden"), as German tells what will be in the present (tests/test_newuser_71.py). A passive to
come or planned ("werden fortgesetzt werden", "sollen fortgesetzt werden") is told done by its participle without a
"werden" after it ("wurden fortgesetzt", "sind fortgesetzt worden"); a present passive ("werden fortgesetzt") is no
future read here, as it tells what goes on as often as what will (tests/test_newuser_75.py). Strong
verbs' other stems are read from german_verbs.py's table ("abbrechen": "abgebrochen", "brach ... ab"; "beschließen":
"beschlossen"; tests/test_factcheck_104.py).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .german_verbs import strong_patterns
from .sentences import inside, markers_blanked

_MODAL = patterns.compile(
    r"(?<!\w)(?P<modal>will|wollen|wolle|wollte|wollten|möchte|möchten|kann|können|könne|könnte|könnten|soll|sollen"
    r"|solle|sollte|sollten|dürfte|dürften|wird|werden|werde|plant|planen|plante|planten|beabsichtigt|beabsichtigen"
    r"|erwägt|erwägen|hofft|hoffen|versucht|versuchen|kündigt|kündigte|kündigten|kündigen"
    # reported speech's Konjunktiv I and the past of weighing: "Die Partei erwäge, in die Opposition zu gehen" (newuser_105)
    r"|erwäge|erwog|erwogen|plane|hoffe|versuche|beabsichtige|überlegt|überlege|überlegen"
    # "hat vor, ... vorzulegen", "hat angekündigt, ... vorzulegen": a plan, an announcement (factcheck_133)
    r"|(?:hat|haben|hatte|hatten)\s+vor(?=\s*,)|angekündigt(?=\s*,)"
    # a duty is no deed: "Die 48 Filialen wurden verkauft" of "müssen ... verkauft werden" built (factcheck_154)
    r"|(?P<duty>muss|müssen|müsse|hat\s+zu|haben\s+zu)|darf|dürfen)(?!\w)"
    r"(?P<rest>(?:[^.;:!?]|(?<=Mio)\.|(?<=Mrd)\.|(?<=\d)\.(?=\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August"
    r"|September|Oktober|November|Dezember)(?!\w)))*)")
# (its clause goes on past a figure's "Mio." or "Mrd." and a day's "3.": "könnte Fördermittel in Höhe von 40 Mio.
# Euro zurückfordern" ended at "Mio.", with no verb, and "hat ... zurückgefordert" built)
# an announcement of a deed to come: "kündigte an, Berufung einzulegen" (not "kündigte den Vertrag", terminated it)
_ANNOUNCED = patterns.compile(r"(?:\s+[^\W\d_]+){0,4}?\s+an\s*,")
_GATE = ("will", "woll", "möcht", "kann", "könn", "soll", "dürft", "wird", "werde", "plan", "beabsicht", "erwäg",
         "hoff", "versuch", "kündig", "vor,", "vor ,", "muss", "müss", "darf", "dürfen")
# a clause after the modal's ends at a comma before a conjunction ("beenden, falls die Bahn ...")
_CONJUNCTION = patterns.compile(r",\s*(?:falls|wenn|sofern|sobald|weil|da|dass|ob|nachdem|obwohl|während|und"
                                r"|aber|sondern|es\s+sei\s+denn|sagte|sagt|so|(?P<bar>bis|bevor|ehe|solange))(?!\w)")
# a bar until a thing is done: "nicht vor der Genehmigung", "erst nach", "erst wenn", or "nicht ..., bevor"
_BARRED = patterns.compile(r"(?<!\w)(?:nicht\s+(?:vor|bis|ohne)|erst\s+(?:nach|wenn|sobald|nachdem|mit|bei))(?!\w)")
_WORD = patterns.compile(r"[^\W\d_]+")
_AUXILIARIES = frozenset({"werden", "worden", "sein", "haben", "lassen", "können", "wollen", "sollen", "müssen",
                          "dürfen", "planen", "hoffen", "versuchen", "erwägen", "beabsichtigen", "möchten", "einen",
                          "keinen", "ihren", "seinen", "unseren", "diesen", "jenen", "allen", "vielen", "wenigen",
                          "anderen", "neuen", "weiteren", "morgen"})
_SEPARABLE = ("wieder", "zurück", "weiter", "fort", "nieder", "still", "lahm", "durch", "heraus", "hinaus", "aus", "auf",
              "ab", "an", "ein", "mit", "vor", "nach", "zu", "bei", "los", "fest", "her", "hin")
_INSEPARABLE = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss")
_KEPT = frozenset({"will", "wollen", "wolle", "wollte", "wollten", "möchte", "möchten", "kann", "können", "könne",
                   "könnte", "könnten", "soll", "sollen", "solle", "sollte", "sollten", "dürfte", "dürften", "wird",
                   "werden", "werde", "würde", "würden", "plant", "planen", "plante", "geplant", "plan", "pläne",
                   "absicht", "beabsichtigt", "erwägt", "erwogen", "erwäge", "erwägen", "überlegt", "überlegen", "hofft", "versucht", "falls", "wenn", "sofern",
                   "bedingung", "musste", "mussten", "verpflichtet", "möglicherweise", "eventuell", "möglich", "angekündigt", "kündigt", "kündigte",
                   "droht", "drohte", "gedroht", "darf", "dürfen", "muss", "müssen", "müsste", "ob", "offen", "unklar", "fraglich", "mutmaßlich", "angeblich", "vermutlich", "offenbar", "wohl", "nicht", "kein", "keine", "keinen", "nie", "niemals", "noch"})
# "den Plan", "ihre Pläne": what a deed is done to, no plan of the sentence's own ("Die Stadt hat den Plan
# beschlossen" of "will den Plan beschließen" built: tests/test_factcheck_133.py)
_PLAN_NOUNS = frozenset({"plan", "pläne"})
_DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "einen", "seinen", "ihren", "seine", "ihre",
                          "diesen", "diese", "unseren", "unsere"})
_NOT_CONTENT = frozenset({"einem", "einen", "einer", "eines", "eine", "dann", "nicht", "auch", "noch", "sich", "oder",
                          "aber", "nach", "über", "unter", "sagte", "sagt", "bereits", "jetzt", "nun", "hat", "haben",
                          "hatte", "ist", "sind", "wurde", "wurden", "worden"}) | _KEPT
_PREFIX = 5
_RESTATES = 2
_PERFECT = patterns.compile(r"(?<!\w)(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden)(?!\w)")


class Plan(NamedTuple):
    """A deed a German passage gives only as planned or possible: its words as written, the forms that tell it done
    (a pattern of each), and its clause's content words."""

    shown: str
    done: re.Pattern
    apart: str  # a separable prefix a present or past leaves standing later ("weitet ... aus"), or ""
    words: frozenset[str]
    future: bool = False  # "wird ... beenden": a present ("beendet am Freitag") restates it; only a past tells it done
    anaphoric: bool = False  # its doer named only as "die Partei", "sie", "er": a sentence naming the doer restates it
    given: str = ""  # how it is given where not as possible: "as required" ("müssen"), "on a condition not yet met"


# A doer a reported clause names only by a word standing for it ("Die Partei erwäge auch, in die Opposition zu gehen"):
# the sentence's words before its verb, its doer named ("Die Grünen gehen ..."), are none the passage must hold
_ANAPHOR = patterns.compile(r"\s*(?:(?:Die|Der)\s+(?:Partei|Fraktion|Gewerkschaft|Verband)|Sie|Er|Diese|Dieser)(?!\w)")
# the sentence's doer: its words up to the first lowercase word but an article ("Die Grünen" of "Die Grünen gehen")
# the same doer opening the clause an announcement reports: "Kolbe kündigte an, die Gewerkschaft werde den Streik
# ... beenden" (unread, "Die GSV hat den Streik bereits beendet" citing it built: tests/test_newuser_123.py)
_REPORTED_ANAPHOR = patterns.compile(r"\s*(?:(?:die|der)\s+(?:Partei|Fraktion|Gewerkschaft|Verband)|sie|er)(?!\w)")
# an announcement of what "werde" be done is a future, which German tells in the present too: "Die GSV beendet den
# Streik laut Kolbe am Samstagmorgen" restates "kündigte an, die Gewerkschaft werde den Streik ... beenden"
_REPORTED_FUTURE = patterns.compile(r"(?<!\w)(?:werde|werden|wird)(?!\w)")
_SUBJECT = patterns.compile(r"\W*(?:(?:der|die|das|den|dem|des|ein|eine|einer)\s+|[^\W\d_]*[A-ZÄÖÜ][\w-]*\s+)+")


def _content(text: str) -> frozenset[str]:
    """Return the first five letters of text's words of four letters or more, and its acronyms ("GDL"), folded."""
    return frozenset(word.casefold()[:_PREFIX] for word in _WORD.findall(text)
                     if (len(word) >= 4 or (len(word) >= 2 and word.isupper())) and word.casefold() not in _NOT_CONTENT)


@functools.lru_cache(maxsize=1 << 10)
def _forms(infinitive: str) -> tuple[re.Pattern, str]:
    """Return the pattern of the forms that tell an infinitive's deed done, and its separable prefix (or "")."""
    prefix = next((p for p in _SEPARABLE if infinitive.startswith(p) and len(infinitive) - len(p) >= 5), "")
    if prefix and infinitive[len(prefix):].startswith("zu") and len(infinitive) - len(prefix) >= 7:
        infinitive = prefix + infinitive[len(prefix) + 2:]  # "auszuweiten": "ausweiten"
    stem = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    root = stem[len(prefix):]
    ge = "" if root.startswith(_INSEPARABLE) or root.endswith("ier") else "ge"
    e = "e?"
    forms = [rf"{re.escape(prefix)}{ge}{re.escape(root)}{e}t", rf"{re.escape(stem)}{e}t(?:e|en)?",
             rf"{re.escape(stem)}en"]
    participle, past = strong_patterns(infinitive)  # "abgebrochen", "brach ... ab" (german_verbs.py)
    if participle:
        forms.append(participle)
    # a strong past ("unterschrieb", "brach ... ab") tells a future done as a weak one's "-te" does
    if past and not prefix:
        forms.append(rf"(?P<strong>{past})")
    if prefix:
        forms.append(rf"(?P<apart>{re.escape(root)}{e}t(?:e|en)?|{re.escape(root)}en"
                     rf"{f'|(?P<strong_apart>{past})' if past else ''})")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])"), prefix


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _plans(text: str) -> tuple[Plan, ...]:
    """Return the deeds a German passage gives only as planned, possible or to come."""
    if not any(gate in text for gate in _GATE):
        return ()
    found = []
    for match in _MODAL.finditer(text):
        announced = _ANNOUNCED.match(match["rest"]) if match["modal"].startswith("kündig") else None
        if match["modal"].startswith("kündig") and not announced:
            continue
        end = _CONJUNCTION.search(match["rest"])
        rest = match["rest"][:end.start()] if end else match["rest"]
        # the modal's own infinitive before a comma ends its clause: "werden das Gericht bitten, die Entscheidung
        # aufzuheben" asks another's act, no deed of its own (tests/test_factcheck_123.py)
        head = rest.split(",", 1)[0]
        if "," in rest and any(word.islower() and len(word) >= 5 and word.endswith("en") and word not in _AUXILIARIES
                               for word in _WORD.findall(head)):
            rest = head
        words = _WORD.findall(rest)
        # a deed barred until something is done is to come, no negated deed: "Die Fusion ist abgeschlossen" of "darf
        # nicht vor der Genehmigung eines Käufers abgeschlossen werden" built (factcheck_154)
        barred = _BARRED.search(rest) is not None or bool(end and end["bar"])
        if not barred and any(word.casefold() in ("nicht", "kein", "keine", "keinen", "nie") for word in words):
            continue  # a negated plan is polarity.py's
        passive = _passive_participle(words)
        if words and words[-1] in ("haben", "sein", "worden", "werden") and not passive:
            continue  # "soll Bestechungsgeld angenommen haben": a deed reported
        verb = passive or next((word for word in reversed(words) if word.islower() and len(word) >= 5
                                and word.endswith(("en", "ern", "eln")) and word not in _AUXILIARIES), None)
        if verb is None:
            continue
        done, apart = (_passive_done(verb), "") if passive else _forms(verb)
        start = max(text.rfind(stop, 0, match.start()) for stop in ".;!?") + 1
        shown = " ".join(text[match.start():match.start("rest") + rest.rfind(verb) + len(verb)].split())
        found.append(Plan(shown, done, apart, _content(text[start:match.start("rest") + len(rest)]),
                          match["modal"] in ("wird", "werden", "werde") or bool(announced and _REPORTED_FUTURE.search(rest)),
                          bool(_ANAPHOR.match(text, start)
                               or (announced and _REPORTED_ANAPHOR.match(match["rest"], announced.end()))),
                          "on a condition not yet met" if barred else "as required" if match["duty"] else ""))
    return tuple(found) + _fronted_plans(text)


# An infinitive put before its modal at a sentence's start: "In Kraft treten sollte der Mietdeckel am 1. April 2026"
# ("Der Mietdeckel ist am 1. April 2026 in Kraft getreten" built, newuser_141). Its words before the verb are few (the
# verb's object or a fixed phrase), the verb lowercase; a capitalised first word ("Entscheiden will ...") is not read,
# as a noun ("Mieten sollen ...") reads alike
_FRONTED = patterns.compile(
    r"(?:^|(?<=[.;!?])\s+)(?P<front>(?:[^\W\d_]+\s+){1,3}?)(?P<verb>[a-zäöüß]{3,}(?:en|ern|eln))\s+"
    r"(?P<modal>will|wollen|wollte|wollten|soll|sollen|sollte|sollten|kann|können|könnte|könnten|möchte|möchten"
    r"|dürfte|dürften)\s+(?P<rest>[^.;:!?]*)")


def _fronted_plans(text: str) -> tuple[Plan, ...]:
    """Return the deeds a German passage gives as planned or possible with the infinitive before its modal."""
    found = []
    for match in _FRONTED.finditer(text):
        verb = match["verb"]
        words = [word.casefold() for word in _WORD.findall(match["front"] + match["rest"])]
        if verb in _AUXILIARIES or any(word in ("nicht", "kein", "keine", "keinen", "nie") for word in words):
            continue  # a negated plan is polarity.py's
        done, apart = _forms(verb)
        shown = " ".join(match.group()[match.start("front") - match.start():match.end("modal") - match.start()].split())
        found.append(Plan(shown, done, apart, _content(match["front"] + match["rest"]) | _content(verb)))
    return tuple(found)


def _passive_participle(words: list[str]) -> str:
    """Return the participle of a passive to come that ends a modal's clause ("fortgesetzt" of "sollen fortgesetzt
    werden", "werden fortgesetzt werden"), or ""."""
    if len(words) < 2 or words[-1] != "werden":
        return ""
    participle = words[-2]
    return participle if participle.islower() and len(participle) >= 5 and participle.endswith(("t", "en")) and (
        participle not in _AUXILIARIES) else ""


@functools.lru_cache(maxsize=1 << 10)
def _passive_done(participle: str) -> re.Pattern:
    """Return the pattern of a passive's participle told done ("wurden fortgesetzt", "sind fortgesetzt worden"): not
    one still to be done ("fortgesetzt werden")."""
    return re.compile(rf"(?<![\w-]){re.escape(participle)}(?![\w-])(?!\s+werden(?!\w))")


def _told(spoken: str, plan: Plan, passage: bool = False):
    """Return the first form of the plan's deed told done in text (a separable one only with its prefix after it),
    or None; in a passage, a plural present is no deed told ("will ... beenden")."""
    for match in plan.done.finditer(spoken):
        word = match.group()
        if word[0].isupper() and spoken[:match.start()].strip():
            continue  # a noun ("das Streiken")
        if (passage or spoken[max(0, match.start() - 3):match.start()] == "zu ") and word.endswith("en"):
            continue
        if match.groupdict().get("apart") and not re.search(rf"(?<!\w){plan.apart}(?!\w)", spoken[match.end():]):
            continue
        strong = match.groupdict().get("strong") or match.groupdict().get("strong_apart")
        if plan.future and not passage and not (word.endswith(("te", "ten")) or strong or _PERFECT.search(spoken)):
            continue  # German tells what will be in the present: "Das Gericht entscheidet am Freitag"
        return match
    return None


def plan_told_done_in_german(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a German sentence tells as done a deed its cited passages give only as planned, possible
    or to come ("will den Streik beenden"), or give as asked and turned down, or as going on (german_outcomes.py)."""
    if (language or "en").split("-")[0].lower() != "de":
        return []
    from .german_outcomes import outcome_turned  # it reads this module's words: imported once both are

    return _plan_told_done(text, passages, offset) or outcome_turned(text, passages, offset, language)


def _plan_told_done(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return plan_told_done_in_german's finding of a deed given only as planned, possible or to come."""
    plans = [plan for passage in passages for plan in _plans(passage.text)]
    if not plans:
        return []
    spoken = markers_blanked(text)
    words = [word.casefold() for word in _WORD.findall(spoken)]
    if any(word in _KEPT and not (word in _PLAN_NOUNS and at and words[at - 1] in _DETERMINERS)
           for at, word in enumerate(words)):
        return []
    quoted, own = quoted_parts(spoken), _content(spoken)
    for plan in plans:
        told = _told(spoken, plan)
        if told is None or inside(quoted, told.start()):
            continue
        mine = own - {told.group().casefold()[:_PREFIX]}
        if plan.anaphoric:  # "Die Grünen gehen" of "Die Partei erwäge, ... zu gehen": the doer is the passage's
            subject = _SUBJECT.match(spoken)
            mine -= _content(subject.group()) if subject and subject.end() <= told.start() else frozenset()
        if len(mine & plan.words) < _RESTATES and not (mine and mine <= plan.words):
            continue
        if any(_told(passage.text, plan, passage=True) for passage in passages):
            continue  # a passage tells it done itself
        return [Finding(offset, f"this sentence tells as done ('{told.group()}') what its cited passages give only "
                                f"{'as to come' if plan.future else plan.given or 'as possible'}"
                                f" ('{plan.shown}'): {clipped(text)}",
                        f"keep the source's '{plan.shown.split()[0]}', or cite a passage that says it happened")]
    return []
