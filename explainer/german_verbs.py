"""German verbs' forms that share no stem with their infinitive, and whether a German clause is told in the past.

german_plans.py read a German plan's verb by its infinitive's stem ("beenden": "beendet", "beendete"), which strong
(irregular) verbs change: "abbrechen" is "abgebrochen" and "brach ... ab", "streichen" "gestrichen", "beschließen"
"beschlossen". A small table of the common strong verbs of news gives their past and participle, with any prefix:
a separable one ("ab-", "an-", "auf-", "aus-", "ein-", "zurück-", ...) before the participle's "ge" and standing apart
after a past ("brach die Gespräche ab"), an inseparable one ("be-", "ver-", "ent-", "unter-", ...) taking its place.
German tells what will be in the present: "Die Bahn legt bis Freitag ein Angebot vor" gives Friday as a deadline,
as "will ... vorlegen" does, where "Der Streik dauerte bis Freitag" tells when it ended (datebounds.py): a clause is
told in the past by a past auxiliary ("hatte", "war", "wurde"), "hat" or "haben" with a participle, a weak past
("dauerte", "streikten") or a strong one of the table ("brach", "blieb"). Tested in tests/test_factcheck_104.py.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns

# infinitive: past (first and third person singular), participle
_STRONG = {
    "brechen": ("brach", "gebrochen"), "streichen": ("strich", "gestrichen"), "schließen": ("schloss", "geschlossen"),
    "ziehen": ("zog", "gezogen"), "nehmen": ("nahm", "genommen"), "geben": ("gab", "gegeben"),
    "sprechen": ("sprach", "gesprochen"), "treffen": ("traf", "getroffen"), "halten": ("hielt", "gehalten"),
    "lassen": ("ließ", "gelassen"), "fahren": ("fuhr", "gefahren"), "gehen": ("ging", "gegangen"),
    "kommen": ("kam", "gekommen"), "stehen": ("stand", "gestanden"), "finden": ("fand", "gefunden"),
    "bieten": ("bot", "geboten"), "schreiben": ("schrieb", "geschrieben"), "weisen": ("wies", "gewiesen"),
    "greifen": ("griff", "gegriffen"), "werfen": ("warf", "geworfen"), "tragen": ("trug", "getragen"),
    "schlagen": ("schlug", "geschlagen"), "fallen": ("fiel", "gefallen"), "rufen": ("rief", "gerufen"),
    "heben": ("hob", "gehoben"), "sehen": ("sah", "gesehen"), "treten": ("trat", "getreten"),
    "steigen": ("stieg", "gestiegen"), "sinken": ("sank", "gesunken"), "gewinnen": ("gewann", "gewonnen"),
    "beginnen": ("begann", "begonnen"), "verlieren": ("verlor", "verloren"), "fliegen": ("flog", "geflogen"),
    "schieben": ("schob", "geschoben"), "scheiden": ("schied", "geschieden"), "reißen": ("riss", "gerissen"),
    "schneiden": ("schnitt", "geschnitten"), "bitten": ("bat", "gebeten"), "helfen": ("half", "geholfen"),
    "werben": ("warb", "geworben"), "binden": ("band", "gebunden"), "zwingen": ("zwang", "gezwungen"),
    "stoßen": ("stieß", "gestoßen"), "laufen": ("lief", "gelaufen"), "raten": ("riet", "geraten"),
    "fangen": ("fing", "gefangen"), "bleiben": ("blieb", "geblieben"), "treiben": ("trieb", "getrieben"),
    "stehlen": ("stahl", "gestohlen"), "empfehlen": ("empfahl", "empfohlen"), "frieren": ("fror", "gefroren"),
    "bringen": ("brachte", "gebracht"), "denken": ("dachte", "gedacht"), "nennen": ("nannte", "genannt"),
    "senden": ("sandte", "gesandt"), "tun": ("tat", "getan"),
    "sitzen": ("saß", "gesessen"), "liegen": ("lag", "gelegen"), "schweigen": ("schwieg", "geschwiegen"),
    "leihen": ("lieh", "geliehen"), "meiden": ("mied", "gemieden"), "leiden": ("litt", "gelitten"),
    "sterben": ("starb", "gestorben"), "springen": ("sprang", "gesprungen"), "schwinden": ("schwand", "geschwunden"),
    "erwerben": ("erwarb", "erworben"), "verbieten": ("verbot", "verboten"), "vergeben": ("vergab", "vergeben"),
}
_SEPARABLE = ("wieder", "zurück", "weiter", "fort", "nieder", "still", "durch", "heraus", "hinaus", "zusammen", "aus",
              "auf", "ab", "an", "ein", "mit", "vor", "nach", "zu", "bei", "los", "fest", "her", "hin", "frei")
SEPARABLE = frozenset(_SEPARABLE)  # german_split_verbs.py
_INSEPARABLE = ("unter", "über", "hinter", "wider", "miss", "zer", "ver", "ent", "emp", "be", "ge", "er")


class Strong(NamedTuple):
    """A strong verb's forms told done: its past (singular), its participle, and a separable prefix (or "")."""

    past: str
    participle: str
    prefix: str


@functools.lru_cache(maxsize=1 << 10)
def strong_forms(infinitive: str) -> Strong | None:
    """Return the past and participle of a strong verb of the table, with its prefix ("abbrechen": "brach" ... "ab",
    "abgebrochen"; "beschließen": "beschloss", "beschlossen"), or None."""
    for base, (past, participle) in _STRONG.items():
        if not infinitive.endswith(base):
            continue
        prefix = infinitive[:-len(base)]
        if not prefix:
            return Strong(past, participle, "")
        if prefix in _SEPARABLE:
            return Strong(past, prefix + participle, prefix)
        if prefix in _INSEPARABLE and participle.startswith("ge") and not base.startswith(_INSEPARABLE):
            return Strong(prefix + past, prefix + participle[2:], "")
    return None


def past_infinitives(word: str) -> tuple[str, ...]:
    """Return the infinitives of the table a past ("wies", "brachen") is of (german_split_verbs.py)."""
    return _BY_PAST.get(word, ())


def strong_patterns(infinitive: str) -> tuple[str, str]:
    """Return the patterns of a strong verb's participle ("abgebrochen", "beschlossen") and of its past ("brach",
    "beschloss", "brachen"), which a separable prefix stands apart from; ("", "") for a verb not in the table."""
    forms = strong_forms(infinitive)
    if forms is None:
        return "", ""
    ending = "n?" if forms.past.endswith("te") else "(?:en|st)?"  # "brachte", "brachten"; "brach", "brachen"
    return re.escape(forms.participle), re.escape(forms.past) + ending


_BY_PAST: dict[str, tuple[str, ...]] = {}
for _infinitive, (_past, _) in _STRONG.items():
    for _ending in ("", "en", "n"):
        _BY_PAST[_past + _ending] = _BY_PAST.get(_past + _ending, ()) + (_infinitive,)
_PASTS = frozenset(past + ending for past, _ in _STRONG.values() for ending in ("", "en", "n"))
_PAST_AUXILIARIES = frozenset({"hatte", "hatten", "war", "waren", "wurde", "wurden", "gewesen", "worden"})
_PERFECT = frozenset({"hat", "haben"})
# lowercase words ending as a weak past does that are none: "heute", "bitte", ordinals and superlatives ("nächste")
_NOT_PAST = frozenset({"heute", "bitte", "gute", "guten", "mitte", "meiste", "meisten", "halbe", "halben", "leute",
                       "breite", "weite", "weiten", "zweite", "zweiten", "dritte", "dritten", "vierte", "vierten",
                       "achte", "achten", "rechte", "rechten", "mehrere", "konkrete", "konkreten", "bereits",
                       "beste", "letzte", "letzten", "erste", "ersten", "nächste", "nächsten", "feste", "festen"})
_WORD = patterns.compile(r"[^\W\d_]+")


def told_in_the_past(clause: str) -> bool:
    """Say whether a German clause is told in the past: "Der Streik dauerte bis Freitag", "hat bis Freitag
    gestreikt", "war bis Freitag gesperrt"; not "legt bis Freitag vor", "ist bis Freitag gesperrt"."""
    words = [word for word in _WORD.findall(clause) if word.islower()]
    if any(word in _PAST_AUXILIARIES or word in _PASTS for word in words):
        return True
    if any(word.endswith(("te", "ten")) and len(word) >= 5 and word not in _NOT_PAST
           and not word.endswith(("ste", "sten")) for word in words):
        return True  # "dauerte", "streikten"
    return bool(_PERFECT.intersection(words)) and any(
        word.startswith("ge") and word.endswith(("t", "en")) and len(word) >= 6 for word in words)


# Verbs that start or carry out what their noun names: "beginnt einen unbefristeten Streik", "rief den Notstand aus",
# "hat Sanktionen verhängt" (not "kündigte ... an", which announces what may come)
DOING = frozenset({
    "beginnt", "beginnen", "begann", "begannen", "begonnen", "startet", "starten", "startete", "starteten",
    "gestartet", "führt", "führen", "führte", "führten", "durchgeführt", "tritt", "treten", "trat", "traten",
    "getreten", "leitet", "leiten", "leitete", "leiteten", "eingeleitet", "verhängt", "verhängen", "verhängte",
    "verhängten", "ruft", "rufen", "rief", "riefen", "ausgerufen", "organisiert", "organisieren", "organisierte",
    "organisierten", "eröffnet", "eröffnete", "eröffneten", "erhebt", "erheben", "erhob", "erhoben", "erhoben",
    "reicht", "reichte", "reichten", "eingereicht", "setzt", "setzte", "setzten", "umgesetzt"})

_STOP = patterns.compile(r"[.;!?](?!\d)")
_SPAN_START = patterns.compile(r"(?<!\w)(?:von|vom|zwischen)(?!\w)", re.IGNORECASE)


def german_deadline(text: str, bound: re.Match, end: int, language: str) -> bool:
    """Say whether a German "bis" before a date ending at `end` sets a deadline or an end to come: its clause is
    told in the present ("legt bis Freitag ein Angebot vor"), and no "von" opens a span before it ("von Montag bis
    Freitag")."""
    if language.split("-")[0].lower() != "de" or not bound.group().lower().startswith("bis"):
        return False
    stops = list(_STOP.finditer(text, max(0, bound.start() - 200), bound.start()))
    start = stops[-1].end() if stops else max(0, bound.start() - 200)
    stop = _STOP.search(text, end)
    if _SPAN_START.search(text, max(start, bound.start() - 30), bound.start()):
        return False
    return not told_in_the_past(text[start:stop.start() if stop else len(text)])
