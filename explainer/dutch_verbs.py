"""Dutch verbs whose present and past are not their stem's: "gaan" is "gaat", "ging", "gegaan"; "geven" is "geeft",
"gaf", "gegeven"; "besluiten" is "besloot", "besloten".

possible_done.py reads a Dutch act given as possible, wished or to come ("kan opleggen", "wil verhalen", "zal
besluiten") told as done by its participle or past, which it makes from the stem ("legde", "opgelegd"): a strong or
short verb's forms share too little of it ("gaat" of "gaan", "gaf" of "geven"), and "De gemeente gaat in hoger
beroep" citing "De gemeente wil in hoger beroep gaan" built (tests/test_factcheck_127.py), as did "De bouw begon in
maart" citing "De bouw wordt verwacht in maart te beginnen" (tests/test_factcheck_125.py). Here are their forms, a
separable prefix ("teruggaan": "gaat ... terug", "teruggegaan") or one that is not ("besluiten", "vergeven": no
"ge") kept before them.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple


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
_SEPARABLE = ("terug", "door", "vast", "voor", "over", "mee", "toe", "aan", "uit", "bij", "op", "in", "af", "na")


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
