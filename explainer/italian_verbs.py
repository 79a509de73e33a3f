"""Italian verbs read: the acts an Italian passage gives as possible, planned or wished ("potrebbe chiudere", "prevede
di chiudere", "intende", "valuta di"), and the forms that tell each done ("ha chiuso", "chiuse", "è stato chiuso") or
as a fact ("chiude").

possible_done.py refuses a sentence telling such an act done ("L'azienda ha chiuso lo stabilimento" citing "L'azienda
prevede di chiudere lo stabilimento" built: tests/test_factcheck_138.py); it asks here for the acts (possible_acts)
and the words that keep a possibility (KEPT), as it asks dutch_verbs.py for Dutch ones.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns

_ABLE = r"potrebbe|potrebbero|può|possono|dovrebbe|dovrebbero"
# a plan, a wish, a plan weighed or a threat: "prevede di", "intende", "valuta di", "pensa di", "sta per", ...
_INTENDING = (r"prevedono\s+di|prevede\s+di|intende|intendono|valuta(?:no)?\s+(?:di|se)|vuole|vogliono"
              r"|pensa(?:no)?\s+di|progetta(?:no)?\s+di|ha(?:nno)?\s+(?:l['’])?intenzione\s+di|punta(?:no)?\s+a"
              r"|mira(?:no)?\s+a|si\s+prepara(?:no)?\s+a|sta(?:nno)?\s+per|conta(?:no)?\s+di|ipotizza(?:no)?\s+di"
              r"|medita(?:no)?\s+di|minaccia(?:no)?\s+di|spera(?:no)?\s+di|ha(?:nno)?\s+in\s+programma\s+di"
              r"|(?:è|sono)\s+pront[aoie]\s+a|annuncia(?:no)?\s+di\s+voler"
              # a proposal, an offer or a request: "ha proposto di esentare" told as "ha esentato" built (newuser_111)
              r"|(?:ha|hanno|aveva|avevano)\s+(?:proposto|offerto|chiesto)\s+di|propone\s+di|propongono\s+di"
              r"|offre\s+di|offrono\s+di|chiede\s+di|chiedono\s+di|(?:si\s+)?(?:è|sono)\s+offert[aoie]\s+di"
              # a threat or a promise made, in the past: "ha minacciato di trasferire la squadra" told as "ha
              # trasferito" built (newuser147), as "minaccia di" was read
              r"|(?:ha|hanno|aveva|avevano)\s+(?:già\s+|più\s+volte\s+|anche\s+)?(?:minacciato|promesso)\s+di"
              r"|minacciava(?:no)?\s+di|promette(?:va)?\s+di|promettono\s+di|promettevano\s+di")
POSSIBLE = patterns.compile(rf"(?<!\w)(?P<modal>{_ABLE}|{_INTENDING})\s+(?:anche\s+|già\s+|ancora\s+)?"
                            # a pronoun glued on ("dimettersi", "chiuderlo") drops the infinitive's "e"
                            r"(?P<verb>[a-zàèéìòù]{2,}(?:ar|er|ir|rr))(?:e|si|lo|la|li|le|ne)(?!\w)", re.IGNORECASE)
# a future or a conditional in one word is no more done: "ha chiuso" citing "chiuderà" or "chiuderebbe" (regular verbs
# only: "sarà", "avrebbe" tell no act)
FUTURE = patterns.compile(r"(?<!\w)(?P<stem>[a-zàèéìòù]{3,})(?P<end>erà|eranno|irà|iranno|erebbe(?:ro)?|irebbe(?:ro)?)"
                          r"(?!\w)", re.IGNORECASE)
# the words by which a sentence keeps a possibility of its own ("potrebbe", "prevede di", "forse")
KEPT = (r"\w+(?:erà|eranno|irà|iranno|erebbe|erebbero|irebbe|irebbero)|potrebbe\w*|può|possono|dovrebbe\w*"
        r"|prevede|prevedono|intende|intendono|valuta|valutano|vuole|vogliono"
        r"|progett\w+|punta|puntano|mira|mirano|prepara|preparano|sta\s+per|stanno\s+per|conta\s+di|contano\s+di"
        r"|ipotizz\w+|medita|meditano|minacci\w+|promess\w*|promett\w*|spera|sperano|programma|previst[ie]|forse"
        r"|eventual\w+"
        r"|probabilmente|possibil\w+|pront[aoie]\s+a|propost\w*|propon\w*|propos[ei]|offert\w*|offr\w*|offerta"
        r"|chiest\w*|chied\w*|chiese|chiesero|richiest\w*|proposta|domand\w*|sollecit\w*|reclam\w*"
        # a subjunctive tells what is asked, not done: "ha domandato che l'aumento fosse sospeso"
        r"|fosse|fossero|venisse|venissero|\w{2,}rebbe|\w{2,}rebbero")
# the first words of a possibility that give an act as to come, not as possible ("as to come" in the message)
TO_COME = frozenset({"prevede", "prevedono", "intende", "intendono", "valuta", "valutano", "vuole", "vogliono", "pensa",
                     "pensano", "progetta", "progettano", "ha", "hanno", "punta", "puntano", "mira", "mirano", "si",
                     "sta", "stanno", "conta", "contano", "ipotizza", "ipotizzano", "medita", "meditano", "minaccia",
                     "minacciano", "spera", "sperano", "è", "sono", "annuncia", "annunciano", "aveva", "avevano",
                     "propone", "propongono", "offre", "offrono", "chiede", "chiedono", "minacciava",
                     "minacciavano", "promette", "promettono", "prometteva", "promettevano"})
# the words one of which an Italian possibility holds, as ASCII text's words hold them (possible_done.py)
MODAL_WORDS = frozenset({"potrebbe", "potrebbero", "possono", "dovrebbe", "dovrebbero", *TO_COME})
# A verb whose participle and past share too little of its infinitive: the end of the infinitive, then the ends of
# its participle (without its gender's vowel) and its past's singular and plural ("chiudere": "chius-", "chiuse",
# "chiusero"; "proporre": "propost-", "propose")
_IRREGULAR = {"chiudere": ("chius", "chiuse", "chiusero"), "cludere": ("clus", "cluse", "clusero"),
              "rendere": ("res", "rese", "resero"), "pendere": ("pes", "pese", "pesero"),
              "cidere": ("cis", "cise", "cisero"), "mettere": ("mess", "mise", "misero"),
              "scrivere": ("scritt", "scrisse", "scrissero"), "vincere": ("vint", "vinse", "vinsero"),
              "chiedere": ("chiest", "chiese", "chiesero"), "spondere": ("spost", "spose", "sposero"),
              "durre": ("dott", "dusse", "dussero"), "porre": ("post", "pose", "posero"),
              "leggere": ("lett", "lesse", "lessero"), "sumere": ("sunt", "sunse", "sunsero"),
              "cedere": ("cess", "cesse", "cessero"), "cutere": ("cuss", "cusse", "cussero"),
              "muovere": ("moss", "mosse", "mossero"), "giungere": ("giunt", "giunse", "giunsero"),
              "gliere": ("lt", "lse", "lsero"), "solvere": ("solt", "solse", "solsero"),
              "rompere": ("rott", "ruppe", "ruppero"), "fare": ("fatt", "fece", "fecero"),
              "dire": ("dett", "disse", "dissero"), "aprire": ("apert", "aprì", "aprirono"),
              "offrire": ("offert", "offrì", "offrirono"), "venire": ("venut", "venne", "vennero"),
              "rimanere": ("rimast", "rimase", "rimasero"), "perdere": ("pers", "perse", "persero"),
              "prendere": ("pres", "prese", "presero"), "spendere": ("spes", "spese", "spesero")}
# a present after one of these is a noun ("la firma", "una chiusura"), not the act told as a fact
_NOT_A_VERB_AFTER = ("il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "del", "della", "dei", "delle", "dello",
                     "suo", "sua", "suoi", "sue", "loro", "questo", "questa", "di", "da", "in", "è", "molto", "più",
                     "nuova", "nuovo")
_VERB_AFTER = "".join(rf"(?<!\b{word}\s)" for word in _NOT_A_VERB_AFTER) + r"(?<!['’])"
# nor one with a time to come in its clause, which tells a plan's content: "il decreto chiude le centrali entro il 2030"
_NO_TIME_AFTER = (r"(?![^.;:!?]*(?<!\w)(?:entro|dal(?:l['’])?|a\s+partire|nel\s+\d{4}|prossim\w+|domani|fino\s+al"
                  r"|il\s+\d{1,2}(?:°|º)?\s+[a-z]+|a\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto"
                  r"|settembre|ottobre|novembre|dicembre))(?!\w))")


class Act(NamedTuple):
    """An act an Italian passage gives as possible: its modal and verb as written, the verb, the forms that tell it
    done, and where its modal stands."""

    shown: str
    verb: str
    done: re.Pattern
    at: int


def possible_acts(text: str) -> list[Act]:
    """Return the acts an Italian passage gives as possible: the infinitive after "potrebbe", "prevede di", ..."""
    found = [Act(" ".join(match.group().split()), verb, done, match.start())
             for match in POSSIBLE.finditer(text) for verb in (match["verb"].casefold() + "e",)
             for done in (done_pattern(verb),) if done is not None]
    for match in FUTURE.finditer(text):
        stem = match["stem"].casefold()
        # "-erà" is the future of an "-are" verb and of an "-ere" one ("firmerà", "chiuderà"): both are read
        verbs = (stem + "ire",) if match["end"].startswith("i") else (stem + "are", stem + "ere")
        # its present may tell it to come ("Senza un accordo, entra in vigore" of "entrerà", newuser_36)
        done = [pattern.pattern for verb in verbs for pattern in (done_pattern(verb, False),) if pattern is not None]
        if done:
            found.append(Act(match.group(), verbs[-1], re.compile("|".join(done), re.IGNORECASE), match.start()))
    return found


@functools.lru_cache(maxsize=1 << 10)
def done_pattern(verb: str, present: bool = True) -> re.Pattern | None:
    """Return the pattern of an Italian verb told done or as a fact: its participle ("chiuso", "chiusa", "firmati":
    "ha chiuso", "è stata chiusa"), its past ("chiuse", "firmò", "firmarono") and its present ("chiude", "firmano"),
    where `present` its present, not after an article or a preposition ("la firma"); None for a verb of being or
    having."""
    if verb in ("essere", "avere", "stare"):
        return None
    ending = next((end for end in sorted(_IRREGULAR, key=len, reverse=True) if verb.endswith(end)), "")
    if ending:
        head = re.escape(verb[:-len(ending)])
        participle, *pasts = _IRREGULAR[ending]
        done = [rf"{head}{participle}[oaie]", *(head + re.escape(past) for past in pasts)]
    else:
        stem, kind = re.escape(verb[:-3]), verb[-3:]
        done = {"are": [rf"{stem}at[oaie]", rf"{stem}ò", rf"{stem}arono"],
                "ere": [rf"{stem}ut[oaie]", rf"{stem}(?:é|ette)", rf"{stem}(?:erono|ettero)"],
                "ire": [rf"{stem}it[oaie]", rf"{stem}ì", rf"{stem}irono"]}.get(kind, [])
    if not done:
        return None
    stem, kind = re.escape(verb[:-3]), verb[-3:]
    own = {"are": rf"{stem}(?:a|ano)", "ere": rf"{stem}(?:e|ono)",
           "ire": rf"{stem}(?:e|ono|isce|iscono)"}.get(kind) if present else None
    told = "|".join(done) + (rf"|{_VERB_AFTER}(?:{own})(?!\w){_NO_TIME_AFTER}" if own and len(verb) > 5 else "")
    return re.compile(rf"(?<!\w)(?:{told})(?!\w)", re.IGNORECASE)
