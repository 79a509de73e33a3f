"""The French and Spanish words of turned_stances.py: verbs of denying and of admitting, and what makes one no stance.

"Southland reconnaît subventionner ses aciéristes" citing "Northland affirme que Southland subventionne ses
aciéristes, ce que dément Southland" built, as did Spanish "Southland admite subvencionar ..." citing "..., lo que
niega Southland": turned_stances.py read English only. Here are French ("dément", "nie", "conteste", "réfute",
"rejette"; "reconnaît", "admet", "avoue", "concède", "confirme") and Spanish ("niega", "rechaza", "desmiente",
"refuta"; "admite", "reconoce", "confiesa", "confirma") verbs in their present, past and participle, the
negations, passives and reflexives before one that make it no stance taken ("ne le dément pas", "no lo niega", "fue
negado", "se niega a": a refusal), and where a clause starts ("que"). A speaker after its verb, as a relative clause
inverts it ("ce que dément Southland", "lo que niega Southland"), is read there. Words are compared by their first five
letters: "subventionner" is a form of "subventionne".
"""

from __future__ import annotations

import re

from . import patterns

DENYING = {
    "fr": frozenset({"dément", "démentent", "démenti", "démentait", "nie", "nient", "nié", "niait", "conteste",
                     "contestent", "contesté", "contestait", "réfute", "réfutent", "réfuté", "rejette", "rejettent",
                     "rejeté", "rejetait"}),
    "es": frozenset({"niega", "niegan", "negó", "negaron", "negado", "negaba", "rechaza", "rechazan", "rechazó",
                     "rechazaron", "rechazado", "desmiente", "desmienten", "desmintió", "desmintieron", "desmentido",
                     "refuta", "refutan", "refutó", "refutado"}),
}
ADMITTING = {
    "fr": frozenset({"reconnaît", "reconnait", "reconnaissent", "reconnu", "reconnaissait", "admet", "admettent",
                     "admis", "avoue", "avouent", "avoué", "concède", "concèdent", "concédé", "confirme", "confirment",
                     "confirmé"}),
    "es": frozenset({"admite", "admiten", "admitió", "admitieron", "admitido", "reconoce", "reconocen", "reconoció",
                     "reconocieron", "reconocido", "confiesa", "confiesan", "confesó", "confesaron", "confesado",
                     "confirma", "confirman", "confirmó", "confirmaron", "confirmado"}),
}
# any form of either kind in a passage ("son démenti", "su negativa"): the source gives that stance itself
ANY = {
    "fr": {True: r"dément\w*|démenti\w*|ni(?:e|ent|é|ait)|dénégations?|contest\w*|réfut\w*|rejet\w*",
           False: r"reconn\w*|admet\w*|admis\w*|aveux?|avou\w*|concè\w*|concéd\w*|confirm\w*"},
    "es": {True: r"nieg\w*|neg[óa]\w*|negativa|rechaz\w*|desm[ie]nt\w*|refut\w*",
           False: r"admit\w*|admisi[oó]n|reconoc\w*|confes\w*|confies\w*|confirm\w*"},
}
# what makes a verb no stance taken: a negation, a passive, a reflexive ("se niega a": refuses to)
NOT_TAKEN = {
    "fr": r"(?<!\w)(?:ne|n['’]|pas|jamais|plus|sans|refuse|refusé|été|être|est|sont|était|fut|se|s['’])\s*(?:[\w-]+\s+)?$",
    "es": r"(?<!\w)(?:no|nunca|jamás|ni|sin|fue|fueron|es|son|sido|ser|era|se)\s+(?:[\w-]+\s+)?$",
}
# where a clause starts: "Northland affirme que Southland le dément"
CLAUSE_START = {"fr": r"[,;:(\u2013\u2014]|\s-\s|(?<!\w)(?:que|qu['’])", "es": r"[,;:(\u2013\u2014]|\s-\s|(?<!\w)que(?!\w)"}
# the words around a verb that name no speaker, nor what is said: "ce que dément", "lo que niega"
NOT_CONTENT = frozenset({"cela", "ceci", "selon", "aussi", "avoir", "être", "dont", "leur", "leurs", "elle", "elles",
                         "esto", "algo", "ello", "ellos", "ellas", "según", "también", "haber", "sido", "este",
                         "esta", "estos", "estas", "cette", "tout", "toute"})
# a substring every verb of either kind holds, as lowercase text does: most sentences hold none, found without a pattern
_STEMS = {"fr": ("dém", "nie", "nié", "niai", "contest", "réfut", "rejet", "rejett", "reconn", "admet", "admis", "avou",
                 "concè", "concé", "confirm"),
          "es": ("nieg", "negó", "negaron", "negado", "negaba", "rechaz", "desm", "refut", "admit", "recono", "confes",
                 "confies", "confirm")}
_STOP = patterns.compile(r"[,;:.!?(\u2013\u2014]")


def stance_pattern(code: str) -> re.Pattern:
    """Return the pattern of a language's verbs of denying and admitting, as whole words."""
    words = DENYING[code] | ADMITTING[code]
    return patterns.compile(r"(?<![\w-])(?:" + "|".join(patterns.longest_first(words)) + r")(?![\w-])", re.IGNORECASE)


def speaker_after(text: str, end: int, words: int = 4) -> str:
    """Return the words after a verb at `end` up to its clause's end, at most `words` of them: the speaker of an
    inverted "ce que dément Southland"."""
    stop = _STOP.search(text, end)
    return " ".join(text[end:stop.start() if stop else len(text)].split()[:words])


def stems(words: frozenset[str]) -> frozenset[str]:
    """Return words by their first five letters: "subventionner" is a form of "subventionne"."""
    return frozenset(word[:5] for word in words)


def may_take(text: str, code: str) -> bool:
    """Say whether text may hold a language's verb of denying or admitting: False only where it surely holds none."""
    lowered = text.lower()
    return any(stem in lowered for stem in _STEMS[code])
