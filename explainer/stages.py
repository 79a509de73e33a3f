"""Stages kept: a sentence may not take a case or a measure further than the passages it cites take it.

A case goes from suspicion (investigated, arrested, "on suspicion of"; French "soupçonné", "en garde à vue") to a
charge (charged, indicted, accused, sued, on trial; "mis en examen", "inculpé", "poursuivi") to a finding (convicted,
found guilty or not guilty, acquitted, sentenced, found liable, ordered to pay; "condamné", "reconnu coupable"); a
measure from a proposal (proposed, considering, weighing, a draft, agreed in principle, recommended; "propose",
"envisage") to a
decision (approved, passed, adopted, enacted, signed, ratified, decided to, fined, a fine or ban imposed, a fine
paid; "adopté", "approuvé", "signé"); what is known from a suspicion or belief (suspects, believes, probably, may
have; "soupçonne", "vermutlich") to a confirmation (confirmed, proved, verified; "a confirmé", "bestätigt"). German
case words are read too ("ermittelt", "Anklage erhoben", "angeklagt", "verurteilt", "freigesprochen"), and Italian
ones ("indagato", "rinviato a giudizio", "condannato"; "ha proposto", "ha deciso di", "approvato"; "ha confermato",
"ha dimostrato"), and Portuguese measures ("propõe", "proposta", "pede", "pedido de", "recomenda"; "aprovou",
"aplicou", "multou", "suspendeu", "determinou", "pagou", "foi paga"), and Dutch ones ("stelt voor", "wil dat",
"gevraagd", "onderzoekt"; "opgericht", "richtte ... op", "ingevoerd", "besloten", "aangenomen", "geschorst"). "Okafor was convicted of fraud" citing "Okafor
was charged with fraud", "Okafor was charged" citing "arrested on suspicion", "Castellan was ordered to pay" citing
"Meridian sued Castellan", "the council approved a levy" citing "the council proposed a levy", "the bill became law"
citing "the bill passed the House" (a law in force after a decision), and "the dam was completed" citing "work on the
dam began" (works begun before completed) are refused, where the sentence's stage is further than every stage its
passages give, and the passage's sentence giving the furthest shares a word of four letters or more with the
sentence. Negated, possible or conditional stages ("was not charged", "could be convicted", "if convicted") and words
in quotation marks are not read; a passage giving no stage reads nothing.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, sentence_of
from .wordset import ascii_starts, may_start

# Each ladder's stages, lowest first: (its name, the words that give it).
_CASE = (
    ("suspected", r"investigat(?:ing|ed|es|e|ion)|under\s+investigation|suspected\s+of|on\s+suspicion\s+of"
                  r"|(?:was|were|been|being)\s+(?:arrested|detained|questioned)|arrested|soupçonnée?s?\s+d['’]"
                  r"|(?:placée?s?|maintenue?s?)\s+en\s+garde\s+à\s+vue|(?:fait|font)\s+l['’]objet\s+d['’]une\s+enquête"
                  r"|ermittel\w+|Ermittlungen|festgenommen|verdächtig\w*"
                  r"|indagat[oaie]|sotto\s+inchiesta|arrestat[oaie]"),
    # "Police charged Okafor with fraud" citing "Police arrested Okafor": the active too (tests/test_factcheck_67.py)
    ("charged", r"charged\s+(?:[\w'’-]+\s+){0,3}?with|(?:filed|brought|pressed|laid)\s+(?:\w+\s+)?charges|indicted|accused\s+of|prosecuted|fac(?:es|ing|ed)\s+(?:\w+\s+)?(?:charges?|trial)"
                r"|(?:on|stands?|stood|standing)\s+trial|(?<!was\s)(?<!were\s)sued|mise?s?\s+en\s+examen|inculpée?s?"
                r"|poursuivie?s?\s+pour|Anklage\s+(?:\w+\s+){0,2}?erhoben|angeklagt|verklagt"
                r"|rinviat[oaie]\s+a\s+giudizio|imputat[oaie]|accusat[oaie]\s+di"),
    ("found", r"convicted|convictions?|found\s+(?:\w+\s+){0,4}?(?:not\s+)?(?:guilty|liable)|acquitted|sentenced"
              r"|ordered\s+(?:\w+\s+){0,2}?to\s+pay|condamnée?s?|reconnue?s?\s+coupables?|relaxée?s?|verurteilt"
              r"|schuldig\s+gesprochen|freigesprochen|condannat[oaie]|assolt[oaie]|riconosciut[oaie]\s+colpevol[ei]"),
)
_MEASURES = (r"(?:laws?|bills?|budgets?|levy|levies|motions?|resolutions?|measures?|bans?|tax|taxes|reforms?|act"
             r"|amendments?|deals?|agreements?|accords?|treaty|treaties|ceasefire|plans?|polic(?:y|ies)|rules?"
             r"|regulations?|decrees?|proposals?|contracts?)")
_PENALTIES = r"(?:fines?|penalt(?:y|ies)|sanctions?|damages|compensation|tariffs?)"
_MEASURE = (
    # a recommendation, not granted: "the committee approved the drug" cited "voted to recommend approval"
    ("proposed", r"propos(?:ed|es|al|als|ing)|considering|weighing|mulling|draft(?:ed|s)?|tabled"
                 r"|recommend(?:s|ed|ing|ations?)?"
                 r"|agreed\s+in\s+principle|a\s+proposé|envisage(?:nt)?|projet\s+de"
                 # Italian: unread, "il ministero ha deciso di rinviare l'aumento" cited "ha proposto di rinviare"
                 r"|(?:ha|hanno)\s+proposto|propost[aei]|propone|propongono|sta\s+valutando|bozza"
                 # Portuguese: "O IEMAG aplicou uma multa" cited "propõe a aplicação de multa" built
                 r"|propõem?|propôs|propuseram|propost[ao]s|minuta"
                 # a request or recommendation, not granted: "A juíza determinou o bloqueio" cited "o pedido de bloqueio"
                 r"|pedem?|pediu|pediram|pedid[oa]s?\s+d[eoa]s?|solicit(?:a|am|ou|aram)|recomend(?:a|am|ou|aram|ará)"
                 # Polish: a fund proposed, a compensation demanded, a recommendation, told as made, paid or ordered
                 # ("Górny Powiat utworzył fundusz" cited "proponuje utworzenie funduszu", tests/test_newuser_41.py)
                 r"|propon(?:uje|ują|ował[aoy]?|owali)|propozycj[aięy]|zalec(?:a|ają|ił[aoy]?|ili|eni[ea])"
                 r"|żąda(?:ją|ł[aoy]?|li)?|żądani[ea]|domaga(?:ją)?\s+się|wnios(?:ek|kuje|kują|kował[aoy]?)"
                 r"|(?:jest|są)\s+got(?:ów|owy|owa|owi)"
                 # Dutch: a proposal, request, demand or study, told as set up, imposed or decided ("Het college heeft
                 # een huurteam opgericht" cited "Het college stelt voor om een huurteam op te richten",
                 # tests/test_newuser_43.py)
                 r"|stel(?:t|len|de|den)(?=(?:\s+\S+){0,8}?\s+voor(?!\w))|voorgesteld|voorstel(?:len)?"
                 r"|(?:wil|willen|wilde|wilden)\s+dat|vraagt|vragen|vroeg|vroegen|gevraagd|verzoek(?:t|en)?"
                 r"|onderzoekt|onderzoeken|overweegt|overwegen|overwogen"),
    # "passed", "signed", "adopted" only of a measure: not "the deadline passed", "signed a letter", "adopted a child"
    ("decided", rf"approved|enacted|ratified|decided\s+to|(?:passed|signed|adopted)(?=(?:\s+\w+){{0,3}}\s+{_MEASURES})"
                rf"|{_MEASURES}\s+(?:was|were|has\s+been|had\s+been)\s+(?:passed|signed|adopted)"
                # a fine or penalty proposed told as imposed or paid: "Northland was fined", "the fine was paid"; "paid"
                # only of a penalty, not "paid $3 million for the jets"
                rf"|fined|(?:imposed|levied)(?=(?:\s+\S+){{0,4}}\s+(?:{_PENALTIES}|{_MEASURES})(?!\w))"
                rf"|paid(?=(?:\s+\S+){{0,4}}\s+{_PENALTIES}(?!\w))"
                rf"|{_PENALTIES}(?:\s+\S+){{0,4}}?\s+(?:was|were|has\s+been|had\s+been)\s+paid"
                r"|(?:was|were|has\s+been|had\s+been)\s+(?:imposed|levied)"
                rf"|(?:a|ont)\s+(?:adopté|approuvé|signé|ratifié|voté)"
                rf"|(?:ha|hanno)\s+deciso\s+di|approvat[oaie]|ratificat[oaie]|(?:ha|hanno)\s+(?:firmato|adottato)"
                # Portuguese: a fine proposed told as imposed or paid, a measure proposed as taken
                r"|aprov(?:ou|aram|ad[oa]s?)|decidi(?:u|ram)\s+(?:de\s+)?|aplic(?:ou|aram)|impôs|impuseram"
                r"|mult(?:ou|aram|ad[oa]s?)|suspend(?:eu|eram)|determin(?:ou|aram)|adot(?:ou|aram)|assin(?:ou|aram)"
                r"|ratific(?:ou|aram)|pag(?:ou|aram)|(?:foi|foram)\s+pag[ao]s?"
                r"|utworzył[aoy]?|utworzyli|utworzon[aoey]|nakazał[aoy]?|nakazali|postanowił[aoy]?|postanowili"
                r"|zdecydował[aoy]?|zdecydowali|zatwierdził[aoy]?|zatwierdzili|zatwierdzon[aoey]|nałożył[aoy]?"
                r"|nałożyli|wypłacił[aoy]?|wypłacili|wypłacon[aoey]|zapłacił[aoy]?|zapłacili|otrzymał[aoy]?|otrzymali"
                r"|dostał[aoy]?|dostali|przyznał[aoy]?|przyznali|przyznan[aoey]"
                # Dutch, its participles and its separable verbs' pasts ("richtte een huurteam op")
                r"|opgericht|ingevoerd|ingesteld|besloten|besloot|aangenomen|goedgekeurd|vastgesteld|opgelegd"
                r"|verlaagd|geschorst|schorste|schorstten|betaald|uitgekeerd|toegekend"
                r"|(?:richtte|richtten)(?=(?:\s+\S+){0,8}?\s+op(?!\w))|(?:voerde|voerden)(?=(?:\s+\S+){0,8}?\s+in(?!\w))"
                r"|(?:legde|legden)(?=(?:\s+\S+){0,8}?\s+op(?!\w))|(?:keurde|keurden)(?=(?:\s+\S+){0,8}?\s+goed(?!\w))"
                r"|(?:stelde|stelden)(?=(?:\s+\S+){0,8}?\s+vast(?!\w))"
                # a bill through one chamber: "the bill passed the House and now goes to the Senate"
                r"|passed\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:House|Senate|Assembly|Parliament|chamber|Congress"
                r"|Bundestag)"),
    # in force: "the bill became law" citing "the bill passed the House and now goes to the Senate"
    ("in force", r"became\s+law|signed\s+into\s+law|(?:took|takes|has\s+taken|went\s+into|has\s+gone\s+into)\s+effect"
                 r"|(?:came|has\s+come|entered|has\s+entered)\s+into\s+force|(?:is|are)\s+(?:now\s+)?in\s+force"),
)
# Works: begun before completed ("the dam was completed in 2019" citing "work on the dam began in 2019"); begun only
# of building ("talks began" is no work begun), completed in any words, the passage's sentence sharing another word.
_WORKS = (
    ("begun", r"(?:work|construction|building)\s+(?:\w+\s+){0,4}?(?:began|begun|started|(?:is|was|got)\s+under\s*way)"
              r"|(?:began|begun|started|starts)\s+(?:\w+\s+){0,2}?(?:work|construction|building)\s+(?:on|of)"
              r"|under\s+construction|broke\s+ground"),
    ("completed", r"completed|finished|inaugurated|(?:was|were|has\s+been|had\s+been)\s+opened"),
)
# How sure: a suspicion or belief before a confirmation ("officials confirmed the fire was arson" citing "officials
# suspect the fire was arson").
_CERTAINTY = (
    ("suspected", r"suspects?|suspected(?!\s+of)|believes?|believed|thinks?|suggest(?:s|ed)?|possibly|probably"
                  r"|(?:may|might|could)\s+have|unconfirmed|presumably|soupçonnent|soupçonne|pensent|pense|croient"
                  r"|croit|probablement|vermut\w+|vermutlich|wahrscheinlich"
                  r"|sospett(?:a|ano)|probabilmente|(?:potrebbe|potrebbero)\s+aver[e]?|avrebbe(?:ro)?"),
    ("confirmed", r"confirm(?:ed|s)|prov(?:ed|en|es)|verified|established\s+that|(?:a|ont)\s+(?:confirmé|prouvé)"
                  r"|bestätigt\w*|nachgewiesen|(?:ha|hanno)\s+(?:confermato|dimostrato|accertato|provato)"
                  r"|confermat[oaie]|dimostrat[oaie]|accertat[oaie]"),
)
_LADDERS = tuple(
    tuple((rank, name, patterns.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE))
          for rank, (name, words) in enumerate(ladder))
    for ladder in (_CASE, _MEASURE, _CERTAINTY, _WORKS))
_GATE_WORDS = ("convict", "guilty", "acquit", "sentenced", "liable", "ordered", "charged", "charges", "indicted", "accused",
               "prosecuted", "trial", "sued", "condamn", "coupable", "relax", "examen", "inculp", "poursuivi",
               "approved", "passed", "adopted", "enacted", "signed", "ratified", "decided", "adopté", "approuvé",
               "signé", "ratifié", "voté", "verurteilt", "schuldig", "freigesprochen", "anklage", "angeklagt",
               "verklagt", "confirm", "prove", "provu", "proven", "verified", "established", "bestätigt",
               "nachgewiesen", "rinviat", "imputat", "accusat", "condann", "assolt", "colpevol", "deciso",
               "approvat", "ratificat", "firmato", "adottato", "confermat", "dimostrat", "accertat", "provato",
               "aprov", "decidi", "aplic", "impôs", "impuseram", "mult", "suspend", "determin", "adot", "assin",
               "ratific", "pag", "utworz", "nakaza", "postanowi", "zdecydowa", "zatwierdz", "nałoży", "wypłac",
               "zapłaci", "otrzyma", "dosta", "przyzna", "opgericht", "richtte", "ingevoerd", "voerde", "ingesteld",
               "beslo", "aangenomen", "goedgekeurd", "keurde", "vastgesteld", "stelde", "opgelegd", "legde",
               "verlaagd", "geschorst", "schorst", "betaald", "uitgekeerd", "toegekend", "fined", "imposed", "levied", "paid", "became", "effect", "force",
               "complet", "finish", "inaugurat", "opened")


def _starting_any(words: tuple[str, ...]) -> re.Pattern:
    """Return the pattern of a word starting with any of `words`, grouped by first letter: a search tries the
    letter once at each place, not every word (13 µs a sentence, where the plain alternation took 130)."""
    by_letter: dict[str, list[str]] = {}
    for word in words:
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]))
    return patterns.compile(r"(?<!\w)(?:" + "|".join(f"{letter}(?:{'|'.join(rests)})"
                                                     for letter, rests in sorted(by_letter.items())) + ")",
                            re.IGNORECASE)


_MAY_BE_READ = _starting_any(_GATE_WORDS)
# What ASCII text's words start with where the pattern finds one: looked up in its words, found once for every check
# (1 µs a sentence, the pattern's search 13).
_GATE_STARTS = ascii_starts(_GATE_WORDS)
# A stage negated, or only possible or conditional ("if convicted", "could be sentenced", "pending trial"): not told.
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t|yet\s+to\s+be|pas|jamais|ne|n['’]|if|unless|whether"
                                   r"|could|may|might|would|should|can|will|to\s+be|before|until|pending|pourrait|si)"
                                   r"(?:\W+\w+){0,1}\W*$"
                                   # Italian puts its auxiliaries between: "non è stato rinviato", "se sarà condannato"
                                   r"|(?<!\w)(?:non|nessun[oa]?|se|potrebbe|potrebbero|prima\s+di)(?:\W+\w+){0,2}\W*$"
                                   # Portuguese: "ainda não foi aprovado", "precisa ser aprovada", "caso seja aplicada"
                                   r"|(?<!\w)(?:não|nunca|nem|nenhum|nenhuma|caso|pode|podem|poderá|poderia|deve|devem"
                                   r"|deverá|deveria|precisa|ser|sem|antes\s+de|até\s+que)(?:\W+\w+){0,2}\W*$"
                                   # Polish: "nie wypłacił", "może utworzyć", "jeśli zostanie zatwierdzony"
                                   r"|(?<!\w)(?:nie|może|mogą|mogłaby?|mogliby|jeśli|jeżeli|gdyby|czy|aby|by|zanim"
                                   r"|dopóki|ma|mają|powin\w+|zostanie|zostaną)(?:\W+\w+){0,2}\W*$"
                                   # Dutch: "niet geschorst", "kan opleggen", "als de raad instemt", "wordt verlaagd"
                                   r"|(?<!\w)(?:niet|geen|nooit|kan|kunnen|kon|konden|zou|zouden|moet|moeten|als"
                                   r"|indien|mocht|wil|willen|tenzij|voordat|totdat|wordt|worden)(?:\W+\w+){0,2}\W*$",
                                   re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "charged", "convicted", "found", "guilty", "accused",
                          "indicted", "sentenced", "ordered", "proposed", "approved", "passed", "adopted", "signed",
                          "decided", "arrested", "suspicion", "suspected", "trial", "faces", "pour", "dans", "avec",
                          "lundi", "mardi", "mercredi", "jeudi", "vendredi", "monday", "tuesday", "wednesday",
                          "thursday", "friday", "saturday", "sunday", "proposto", "deciso", "approvato", "confermato",
                          "dimostrato", "indagati", "giudizio", "proposta", "propostas", "proposto", "aplicação",
                          "work", "construction", "building", "began", "begun", "started", "completed", "finished",
                          "opened", "became", "effect", "force"})


class Stage(NamedTuple):
    """A stage a text gives: its rank on its ladder, its name, its words as written, the sentence holding them."""

    rank: int
    name: str
    shown: str
    sentence: str


def taken_further(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a case or a measure a stage further than every stage its passages give."""
    if not may_start(text, _GATE_STARTS) or not _MAY_BE_READ.search(text):
        return []  # most sentences tell no stage: found without reading their passages
    spoken = markers_blanked(text)
    for index, ladder in enumerate(_LADDERS):
        own = _furthest(spoken, ladder[1:])  # the lowest stage goes further than none
        if own is None:
            continue
        theirs = [stage for passage in passages for stage in [_furthest_in_passage(passage.text, index)] if stage]
        if not theirs or any(stage.rank >= own.rank for stage in theirs):
            continue
        words = content_words(spoken, _NOT_CONTENT, names_of_three=True)
        given = max(theirs, key=lambda stage: stage.rank)
        if words & content_words(given.sentence, _NOT_CONTENT, names_of_three=True):
            return [Finding(offset, f"this sentence takes it further ('{own.shown}') than its cited passages do "
                                    f"('{given.shown}'): {clipped(text)}",
                            f"keep it at the stage the source gives ('{given.shown}'), or cite a passage that "
                            "says it went further")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _furthest_in_passage(text: str, ladder: int) -> Stage | None:
    """Return _furthest of a passage, on the ladder of that index."""
    return _furthest(text, _LADDERS[ladder])


def _furthest(text: str, ladder) -> Stage | None:
    """Return the furthest stage of `ladder` that text gives, outside quotation marks and not negated."""
    quoted = None
    for rank, name, pattern in reversed(ladder):
        for match in pattern.finditer(text):
            quoted = quoted_parts(text) if quoted is None else quoted  # only where a stage is named
            if inside(quoted, match.start()) or _NEGATED_BEFORE.search(text, max(0, match.start() - 20),
                                                                        match.start()):
                continue
            return Stage(rank, name, " ".join(match.group().split()), sentence_of(text, match.start()))
    return None
