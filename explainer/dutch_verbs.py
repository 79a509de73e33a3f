"""Dutch strong and irregular verbs told done: the pasts and participles of "beginnen", "gaan", "nemen", ...

possible_done.py builds a weak verb's past from its stem ("opleggen": "legde op", "opgelegd"); a strong verb changes
its vowel instead, so "De bouw begon in maart" citing "De bouw wordt verwacht in maart te beginnen" built, and so did
"ging", "kwam", "nam", "gaf", "besloot" and "sloot" for "gaan", "komen", "nemen", "geven", "besluiten" and "sluiten"
(tests/test_factcheck_125.py). A verb with a separable prefix keeps it after its object in the past ("nam het plan
aan" of "aannemen") and before "ge" in its participle ("aangenomen"); one with an inseparable prefix ("besluiten",
"verbieden", "ontvangen") keeps it before the past and drops "ge" from its participle ("besloten", "verboden").
"""

from __future__ import annotations

import re

# the infinitive: its pasts (singular, plural) and its participle
IRREGULAR = {
    "beginnen": ("begon", "begonnen", "begonnen"), "gaan": ("ging", "gingen", "gegaan"),
    "komen": ("kwam", "kwamen", "gekomen"), "nemen": ("nam", "namen", "genomen"), "geven": ("gaf", "gaven", "gegeven"),
    "sluiten": ("sloot", "sloten", "gesloten"), "doen": ("deed", "deden", "gedaan"), "zien": ("zag", "zagen", "gezien"),
    "staan": ("stond", "stonden", "gestaan"), "slaan": ("sloeg", "sloegen", "geslagen"),
    "vinden": ("vond", "vonden", "gevonden"), "blijven": ("bleef", "bleven", "gebleven"),
    "schrijven": ("schreef", "schreven", "geschreven"), "krijgen": ("kreeg", "kregen", "gekregen"),
    "brengen": ("bracht", "brachten", "gebracht"), "denken": ("dacht", "dachten", "gedacht"),
    "kopen": ("kocht", "kochten", "gekocht"), "zoeken": ("zocht", "zochten", "gezocht"),
    "stijgen": ("steeg", "stegen", "gestegen"), "vallen": ("viel", "vielen", "gevallen"),
    "winnen": ("won", "wonnen", "gewonnen"), "verliezen": ("verloor", "verloren", "verloren"),
    "spreken": ("sprak", "spraken", "gesproken"), "bieden": ("bood", "boden", "geboden"),
    "trekken": ("trok", "trokken", "getrokken"), "houden": ("hield", "hielden", "gehouden"),
    "laten": ("liet", "lieten", "gelaten"), "lopen": ("liep", "liepen", "gelopen"),
    "vragen": ("vroeg", "vroegen", "gevraagd"), "dragen": ("droeg", "droegen", "gedragen"),
    "treden": ("trad", "traden", "getreden"), "kiezen": ("koos", "kozen", "gekozen"),
    "wijzen": ("wees", "wezen", "gewezen"), "schieten": ("schoot", "schoten", "geschoten"),
    "vangen": ("ving", "vingen", "gevangen"), "heffen": ("hief", "hieven", "geheven"),
    "binden": ("bond", "bonden", "gebonden"), "grijpen": ("greep", "grepen", "gegrepen"),
    "snijden": ("sneed", "sneden", "gesneden"), "worden": ("werd", "werden", "geworden"),
}
# infinitives of four letters that do not end on "en" ("gaan"), or do on a stem of two ("zien"), which a reading of
# "-en" words of five letters or more misses, with their separable prefixes ("ingaan", "afzien")
SHORT = r"(?<!\w)(?:[a-zëéï]*(?:gaan|staan|slaan|doen|zien))(?!\w)"
_INSEPARABLE = ("be", "ver", "ont", "her", "ge", "er")


def irregular_done(verb: str, separable: tuple[str, ...]) -> str:
    """Return the pattern source of a strong verb's pasts and participle ("aannemen": "nam ... aan", "aangenomen";
    "besluiten": "besloot", "besloten"), "" where `verb` is none of IRREGULAR's, with or without a prefix."""
    if verb in IRREGULAR:
        return _forms("", "", IRREGULAR[verb])
    for prefix in separable:
        if verb.startswith(prefix) and verb[len(prefix):] in IRREGULAR:
            return _forms(prefix, "", IRREGULAR[verb[len(prefix):]])
    for prefix in _INSEPARABLE:
        if verb.startswith(prefix) and verb[len(prefix):] in IRREGULAR:
            return _forms("", prefix, IRREGULAR[verb[len(prefix):]])
    return ""


def _forms(separable: str, inseparable: str, forms: tuple[str, str, str]) -> str:
    """Return the pattern source of a strong verb's pasts and participle, a prefix of either kind given."""
    *pasts, participle = forms
    if inseparable:
        participle = inseparable + participle.removeprefix("ge")
    past = "|".join(inseparable + form for form in pasts)
    # a separable prefix comes after the past's object: "nam het voorstel aan", up to four words between
    told = rf"(?:{past})\s+(?:[^\s.;:!?,]+\s+){{0,4}}?{separable}" if separable else f"(?:{past})"
    return rf"(?<!\w)(?:{told}|{separable}{re.escape(participle)})(?!\w)"
