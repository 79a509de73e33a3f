"""An offer, a threat or a step weighed told as certain to come, in French, Spanish and German: "Southland va réduire
ses exportations d'acier." may not cite "Southland a proposé de réduire ses exportations d'acier.", nor "Southland
reducirá ..." "Southland ofreció reducir ...", nor "Southland wird seine Stahlexporte senken." "Southland bot an,
seine Stahlexporte zu senken." (tests/test_newuser_87.py); nor "Vantor fera appel" "Vantor envisage de faire appel",
"Vantor recurrirá" "Vantor estudia recurrir", "Vantor wird Berufung einlegen" "Vantor erwägt, Berufung einzulegen"
(a step weighed, open_decisions.py's in English: tests/test_factcheck_118.py); nor a plan, "Vantor recurrirá" of
"Vantor planea recurrir", "fera appel" of "a l'intention de faire appel", "wird ... einlegen" of "plant, ...
einzulegen"; and Portuguese and Italian alike, "fará" of "ofereceu fazer", "farà" of "ha offerto di fare", "dirá" of
"estuda dizer" (tests/test_factcheck_120.py).

threats.py reads English's "will cut" of "offered to cut". Here a passage's offer ("a proposé de", "offre de", "s'est
dit prêt à"; "ofreció", "propuso", "se ofreció a", "está dispuesto a"; "bot an, ... zu", "hat angeboten, ... zu", "war
bereit, ... zu") or threat ("menace de", "amenaza con", "droht, ... zu") names the verb it would do, in the
infinitive; a sentence telling that verb as certain to come (French "va réduire" or the future "réduira"; Spanish "va
a reducir", "reducirá"; German "wird ... senken") in a sentence sharing two more words of four letters or more with
the passage's sentence is refused, where it keeps an offer, a threat or a condition of its own ("propose", "prêt",
"si", "pourrait"; "ofrece", "dispuesto", "podría"; "Angebot", "bereit", "falls", "könnte") and no cited passage says
it will be done. A plan or a step weighed given by the act's noun ("plant die Schließung", "prevé el cierre", "envisage
la fermeture") is read as of the verb the noun names (tests/test_factcheck_159.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .clauses import content_words
from .german_verbs import strong_patterns
from .indirect_questions import asked
from .sentences import markers_blanked, sentence_of

_OFFER = {
    "fr": patterns.compile(
        r"(?<!\w)(?:(?P<threat>menac(?:e|ent|é|ait|aient))|propos(?:e|ent|é|ait|aient)|offr(?:e|ent|ait|aient)|offert"
        r"|(?:dit|dite|dits|dites|est|sont|était|étaient)\s+prêts?|prêtes?"
        r"|(?P<weighed>envisag(?:e|ent|é|eait|eaient|er)|song(?:e|ent|eait|eaient|er)|hésit(?:e|ent|ait|aient|er)"
        r"|étudi(?:e|ent|ait|aient|er)\s+la\s+possibilité)"
        r"|(?P<planned>projet(?:te|tent|ait|aient)|planifi(?:e|ent|ait|aient)|prévoyai(?:t|ent)"
        r"|(?:a|ont|avait|avaient)\s+l['’]intention))\s+(?:de\s+|d['’]\s*|à\s+)"
        r"(?P<verb>[^\W\d_]{3,}(?:er|ir|re))(?!\w)"
        # a wish or an intent before its infinitive, no "de": "compte fermer", "veut fermer" (factcheck_154)
        r"|(?<!\w)(?P<wished>compt(?:e|ent|ait|aient)|veu(?:t|lent)|voulai(?:t|ent)|entend(?:ent|ait|aient)?)\s+"
        r"(?P<wished_verb>[^\W\d_]{3,}(?:er|ir|re))(?!\w)", re.IGNORECASE),
    "es": patterns.compile(
        r"(?<!\w)(?:(?P<threat>amenaz(?:a|an|ó|aron|aba|aban)\s+con)|ofrec(?:e|en|ió|ieron|ía|ían)(?:\s+a)?"
        r"|propu(?:so|sieron)|propon(?:e|en|ía|ían)|(?:est(?:á|án|aba|aban)|se\s+mostró|se\s+mostraron)\s+dispuest[oa]s?"
        r"\s+a|(?P<weighed>(?:estudi|sopes|consider|baraj|se\s+plante)(?:a|an|aba|aban|ar)|evalú(?:a|an)"
        r"|evalu(?:aba|aban|ar))"
        r"|(?P<planned>plane(?:a|an|aba|aban|ó|aron)|pretend(?:e|en|ía|ían)|prev(?:é|én|eía|eían)"
        # a wish: "quiere cerrar" (factcheck_154); not "piensa recurrir", which "va a recurrir" may tell
        # (tests/test_factcheck_125.py)
        r"|quier(?:e|en)|quer(?:ía|ían)"
        r"|t(?:iene|ienen|enía|enían)\s+(?:previsto|planeado|la\s+intención\s+de)))\s+(?P<verb>[^\W\d_]{3,}(?:ar|er|ir))"
        r"(?!\w)", re.IGNORECASE),
    # German's verb closes the clause: "bot an, seine Stahlexporte zu senken", "erwägt, Berufung einzulegen"
    "de": patterns.compile(
        r"(?<!\w)(?:(?P<threat>droh(?:t|te|ten|en)|gedroht)|(?:bot|boten|bietet|bieten)\s+an|angeboten"
        r"|(?:ist|sind|war|waren|sei|zeigte\s+sich)\s+bereit|(?P<weighed>(?:erwäg|überleg)(?:t|en|te|ten))"
        r"|(?P<planned>plan(?:t|en|te|ten)|beabsichtig(?:t|en|te|ten)|(?:hat|haben|hatte|hatten)\s+vor))\s*,\s+"
        r"(?:[\w,.-]+\s+){0,8}?(?:zu\s+(?P<verb>[a-zäöüß]{3,}en)|(?P<prefix>an|ab|auf|aus|ein|vor|zurück|fest|nach|weiter"
        r"|durch|still|weg|zusammen)zu(?P<rest>[a-zäöüß]{2,}en))(?!\w)"
        # a wish before its infinitive ending the clause, no "zu": "will das Werk 2027 schließen" (factcheck_154)
        r"|(?<!\w)(?P<wished>will|wollen|wollte|wollten)\s+(?:[\w.-]+\s+){0,8}?(?P<wished_verb>[a-zäöüß]{3,}en)"
        r"(?=\s*(?:[.;:!?]|,\s*(?:falls|wenn|sofern|sobald|weil|da|dass|ob|bis|und|aber)(?!\w)|$))"),
    # Portuguese and Italian (no built-in locale: read where a project's says the language; tests/test_factcheck_120.py)
    "pt": patterns.compile(
        r"(?<!\w)(?:(?P<threat>ameaç(?:a|am|ou|aram|ava|avam)\s+(?:de\s+)?)|ofere(?:ce|cem|ceu|ceram)(?:-se)?(?:\s+para|\s+a)?"
        r"|prop(?:ôs|useram|õe|õem)|(?:est(?:á|ão|ava|avam)|mostrou-se|se\s+mostrou)\s+dispost[oa]s?\s+a"
        r"|(?P<weighed>(?:estud|ponder|consider|avali)(?:a|am|ava|avam))"
        r"|(?P<planned>plane(?:ja|jam|ia|iam|java|javam)|pretend(?:e|em|ia|iam)|t(?:em|êm|inha|inham)\s+a\s+intenção\s+de))"
        r"\s+(?P<verb>[^\W\d_]{2,}(?:ar|er|ir|or))(?!\w)", re.IGNORECASE),
    "it": patterns.compile(
        r"(?<!\w)(?:(?P<threat>minacci(?:a|ano|ato|ava|avano))\s+di|(?:ha|hanno)\s+(?:offerto|proposto)\s+di"
        r"|(?:offr|propon)(?:e|ono)\s+di|(?:è|sono|era|erano|si\s+è\s+dett[oa]|si\s+sono\s+dett[ie])\s+(?:pront|dispost)"
        r"[oaie]\s+a|(?P<weighed>(?:valut|consider)(?:a|ano|ava|avano)\s+di|sta\s+valutando\s+(?:di|se)|pens(?:a|ano)\s+di)"
        r"|(?P<planned>(?:intende|intendono)|(?:ha|hanno)\s+intenzione\s+di|(?:progett|pianific)(?:a|ano)\s+di))"
        r"\s+(?P<verb>[^\W\d_]+(?:are|ere|ire|rre))(?!\w)", re.IGNORECASE),
}
# A plan or a step weighed given by the act's noun: "plant die Schließung des Werks", "prevé el cierre de la planta",
# "envisage la fermeture de l'usine"; told as certain ("wird das Werk schließen", "cerrará", "fermera") it built, the
# infinitive read above standing nowhere (tests/test_factcheck_159.py). French "prévoit" and "projette" are
# forecasts.py's.
_NOUN_PLAN = {
    "fr": patterns.compile(
        r"(?<!\w)(?:(?P<planned>planifi(?:e|ent|ait|aient)|programm(?:e|ent|ait|aient))"
        r"|(?P<weighed>envisag(?:e|ent|eait|eaient)|étudi(?:e|ent|ait|aient)))\s+(?:la|le|les|une|un|l['’])\s*"
        r"(?P<noun>[^\W\d_]{4,})(?!\w)", re.IGNORECASE),
    "es": patterns.compile(
        r"(?<!\w)(?:(?P<planned>plane(?:a|an|aba|aban|ó|aron)|prev(?:é|én|eía|eían)"
        r"|proyect(?:a|an|aba|aban|ó|aron)|program(?:a|an|aba|aban|ó|aron))"
        r"|(?P<weighed>(?:estudi|sopes|consider|baraj|contempl)(?:a|an|aba|aban)"
        r"|evalú(?:a|an)))\s+(?:el|la|los|las|un|una)\s+(?P<noun>[^\W\d_]{4,})(?!\w)", re.IGNORECASE),
    # German's act nouns in "-ung" give their verb: "Schließung" "schließen", "Stilllegung" "stilllegen"
    "de": patterns.compile(
        r"(?<!\w)(?:(?P<planned>plan(?:t|en|te|ten)|beabsichtig(?:t|en|te|ten))|(?P<weighed>(?:erwäg|überleg)"
        r"(?:t|en|te|ten)))\s+(?:die|eine|den|das)\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,}ung)(?!\w)"),
}
_STEM = 4  # the letters a Romance act's noun shares with its verb: "ferm" of "fermeture", "cerr" of "cierre"


def _noun_verb(noun: str, language: str) -> str:
    """Return the verb a plan's act noun names: German's infinitive ("Schließung": "schließen"), or a French or
    Spanish stem its future starts with, ending in "-" ("fermeture": "ferm-"; "cierre", its diphthong undone:
    "cerr-")."""
    noun = noun.lower()
    if language == "de":
        return noun[:-3] + "en"
    if language == "es":
        noun = noun.replace("ie", "e", 1).replace("ue", "o", 1)
    return noun[:_STEM] + "-"


_GATE = {"fr": ("menac", "propos", "offr", "offert", "prêt", "envisag", "song", "hésit", "possibilité", "projet",
                "planifi", "intention", "prévoy", "compt", "veu", "voul", "entend", "programm", "étudi"),
         "es": ("amenaz", "ofrec", "propu", "propon", "dispuest", "estudi", "sopes", "consider", "baraj", "plante",
                "evalú", "evalu", "plane", "pretend", "prev", "intención", "quier", "quer", "proyect", "program",
                "contempl"),
         "de": ("droh", "bot", "biet", "angeboten", "bereit", "erwäg", "überleg", "plan", "beabsichtig", "vor", "woll",
                "will"),
         "pt": ("ameaç", "oferec", "prop", "dispost", "estud", "ponder", "consider", "avali", "plane", "pretend",
                "intenção"),
         "it": ("minacci", "offerto", "proposto", "offr", "propon", "pront", "dispost", "valut", "consider", "pens",
                "intend", "intenzione", "progett", "pianific")}
# How each kind is named: "give only as weighed ('envisage de faire')", "keep it weighed as the source gives it"
_KEEP = {"offered": "the offer", "threatened": "the threat", "weighed": "it weighed", "planned": "the plan",
         "wished": "the wish"}
# A plan ("planea recurrir", "a l'intention de faire appel", "plant, ... einzulegen"; "prévoit" is read as expected by
# another check) is a step weighed with its mind made
# up, yet not done: told as certain as a step weighed is ("will appeal" of "plans to appeal" is open_decisions.py's in
# English: tests/test_factcheck_120.py)
_NOT_YET = frozenset({"weighed", "planned", "wished"})
# What keeps an offer, a threat or a condition in the sentence itself
_KEPT = {
    "fr": patterns.compile(r"(?<!\w)(?:propos\w*|offr\w*|offert\w*|menac\w*|prêt\w*|pourrait|pourraient|si|s['’]il"
                           r"|s['’]ils|à\s+condition|envisag\w*|song\w*|hésit\w*|étudi\w*|possibilité|prévo\w*"
                           r"|projet\w*|planifi\w*|intention|veu(?:t|lent)|voul\w*)(?!\w)",
                           re.IGNORECASE),
    "es": patterns.compile(r"(?<!\w)(?:ofrec\w*|ofert\w*|propu\w*|propon\w*|propuesta\w*|amenaz\w*|dispuest\w*"
                           r"|podría|podrían|si|estudi\w*|sopes\w*|consider\w*|baraj\w*|plante\w*|evalú\w*"
                           r"|evalu\w*|plane\w*|planes?|pretend\w*|previsto|prevé|prevén|intención|quier(?:e|en)"
                           r"|quería\w*)(?!\w)", re.IGNORECASE),
    "de": patterns.compile(r"(?<!\w)(?:\w*angebot\w*|\w*bot|boten|anbiet\w*|angeboten|\w*droh\w*|gedroht|bereit"
                           r"|könnte|könnten|würde|würden|falls|wenn|sofern|erwäg\w*|überleg\w*|plan\w*"
                           r"|beabsichtig\w*|absicht|will|wollen|wollte\w*)(?!\w)", re.IGNORECASE),
}
_KEPT.update({
    "pt": patterns.compile(r"(?<!\w)(?:oferec\w*|ofert\w*|prop[ôõu]\w*|propost\w*|ameaç\w*|dispost\w*|poderia|poderiam|se"
                           r"|estud\w*|ponder\w*|consider\w*|avali\w*|plane\w*|pretend\w*|intenção)(?!\w)", re.IGNORECASE),
    "it": patterns.compile(r"(?<!\w)(?:offr\w*|offert\w*|propo\w*|minacci\w*|pront\w*|dispost\w*|potrebbe|potrebbero|se"
                           r"|valut\w*|consider\w*|pens\w*|intend\w*|intenzione|progett\w*|pianific\w*)(?!\w)",
                           re.IGNORECASE)})
_NOT_CONTENT = frozenset({"dass", "sich", "seine", "seinen", "ihre", "ihren", "wird", "werden", "sont",
                          "leur", "leurs", "pour", "dans", "avec", "para", "como", "sobre", "esta", "este", "sus"})
_RESTATES = 2
_OBJECT_REACH = 30  # the characters after a verb that hold what it is done to: "hacer una oferta"
_WORD = patterns.compile(r"[^\W\d_]+")


# Irregular futures' stems, by how the infinitive ends (its compounds alike: "maintenir", "obtener", "proponer"):
# "Southland fera des concessions" of "a proposé de faire", "pondrá fin" of "ofreció poner fin" built, the regular
# stem ("faira", "ponerá") matching nothing
_IRREGULAR = {
    "fr": (("faire", "fer"), ("aller", "ir"), ("être", "ser"), ("avoir", "aur"), ("pouvoir", "pourr"),
           ("cevoir", "cevr"), ("devoir", "devr"), ("venir", "viendr"), ("tenir", "tiendr"), ("vouloir", "voudr"),
           ("savoir", "saur"), ("envoyer", "enverr"), ("mourir", "mourr"), ("courir", "courr"), ("valoir", "vaudr"),
           ("falloir", "faudr"), ("quérir", "querr"), ("voir", "verr")),
    "es": (("hacer", "har"), ("decir", "dir"), ("poder", "podr"), ("tener", "tendr"), ("salir", "saldr"),
           ("venir", "vendr"), ("querer", "querr"), ("saber", "sabr"), ("poner", "pondr"), ("haber", "habr"),
           ("valer", "valdr"), ("caber", "cabr")),
    "pt": (("fazer", "far"), ("dizer", "dir"), ("trazer", "trar")),
    "it": (("fare", "far"), ("dire", "dir"), ("andare", "andr"), ("avere", "avr"), ("essere", "sar"),
           ("potere", "potr"), ("dovere", "dovr"), ("venire", "verr"), ("tenere", "terr"), ("volere", "vorr"),
           ("porre", "porr"), ("rimanere", "rimarr"), ("vedere", "vedr"), ("sapere", "sapr"), ("durre", "durr")),
}


def _future_stem(verb: str, language: str) -> str:
    """Return the stem a French or Spanish verb's future endings go on ("réduir", "fer"; "reducir", "har")."""
    for ending, stem in _IRREGULAR.get(language, ()):
        if verb.endswith(ending) and not (ending == "voir" and verb.endswith(("prévoir", "pourvoir"))):
            return verb[:-len(ending)] + stem
    if language == "it":  # "ridurre" aside (above): "tagliare" "taglierà", "chiudere" "chiuderà", "aprire" "aprirà"
        return verb[:-3] + "er" if verb.endswith("are") else verb[:-1]
    return verb[:-1] if language == "fr" and verb.endswith("re") else verb  # "réduire": "réduira"


def _future(verb: str, language: str) -> str:
    """Return the pattern of a verb's third-person future, or of its periphrasis ("réduira", "fera", "va réduire";
    "reducirá", "hará", "va a reducir"; "wird ... senken")."""
    if verb.endswith("-"):  # a stem of a plan's noun (_noun_verb): any verb it starts, in the future
        stem = re.escape(verb[:-1])
        if language == "fr":
            return rf"(?:{stem}\w*r(?:a|ont)|(?:va|vont)\s+{stem}\w*(?:er|ir|re))"
        return rf"(?:{stem}\w*r(?:á|án)|(?:va|van)\s+a\s+{stem}\w*(?:ar|er|ir))"
    stem = re.escape(_future_stem(verb, language))
    verb = re.escape(verb)
    if language == "fr":
        return rf"(?:{stem}(?:a|ont)|(?:va|vont)\s+{verb})"
    if language == "es":
        return rf"(?:{stem}(?:á|án)|(?:va|van)\s+a\s+{verb})"
    if language == "pt":
        return rf"(?:{stem}(?:á|ão)|(?:vai|vão)\s+{verb})"
    if language == "it":
        return rf"(?:{stem}(?:à|anno))"
    # German's passive to come too: "Das Werk wird 2027 geschlossen" of "plant, das Werk 2027 zu schließen" (factcheck_154)
    return rf"(?:wird|werden)\s+(?:[\w,.-]+\s+){{0,8}}?(?:{verb}|{_participle(verb)})(?!\s+werden(?!\w))"


def _participle(verb: str) -> str:
    """Return the pattern of a German verb's participle ("schließen": "geschlossen"; "stilllegen": "stillgelegt")."""
    prefix = next((p for p in _SEPARABLE if verb.startswith(p) and len(verb) - len(p) >= 5), "")
    root = verb[len(prefix):-2] if verb.endswith("en") else verb[len(prefix):-1]
    ge = "" if root.startswith(("be", "ge", "er", "ver", "zer", "ent", "emp", "miss")) or root.endswith("ier") else "ge"
    strong, _ = strong_patterns(verb)
    return "|".join(filter(None, (rf"{re.escape(prefix)}{ge}{re.escape(root)}e?t", strong)))


_SEPARABLE = ("wieder", "zurück", "weiter", "fort", "still", "durch", "aus", "auf", "ab", "an", "ein", "mit", "vor",
              "nach", "zu", "fest", "weg", "zusammen")


@functools.lru_cache(maxsize=1 << 8)  # one pattern for each verb offered, not one for each sentence read
def _certain(verb: str, language: str) -> re.Pattern:
    """Return the pattern of a verb told as certain to come."""
    return re.compile(rf"(?<!\w){_future(verb, language)}(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _offers(text: str, language: str) -> tuple[tuple[str, str, frozenset[str], str, frozenset[str], bool], ...]:
    """Return each offer, threat or step weighed of a passage: its verb, the words as written, its sentence's content
    words, which of the three it is, the words right after it (what is done), and whether it stands in an indirect
    question ("come intende finanziare": no plan asserted)."""
    if not any(gate in text for gate in _GATE[language]):
        return ()
    found = []
    for match in _OFFER[language].finditer(text):
        groups = match.groupdict()
        # lowered, not folded: "schließen" folded is "schliessen", which no sentence's "wird ... schließen" writes, and a
        # plan to close built told as certain (factcheck_154)
        verb = (groups["verb"] or groups.get("wished_verb") or groups["prefix"] + groups["rest"]).lower()
        found.append((verb, " ".join(match.group().split()),
                      content_words(sentence_of(text, match.start()), _NOT_CONTENT | {verb, verb.casefold()}),
                      "threatened" if groups["threat"] else "weighed" if groups["weighed"]
                      else "planned" if groups["planned"] else "wished" if groups.get("wished") else "offered",
                      frozenset(word.casefold() for word in _WORD.findall(text[match.end():match.end()
                                                                               + _OBJECT_REACH])),
                      asked(text, match.start(), language)))
    for match in _NOUN_PLAN[language].finditer(text) if language in _NOUN_PLAN else ():
        verb, noun = _noun_verb(match["noun"], language), match["noun"].casefold()
        theirs = content_words(sentence_of(text, match.start()), _NOT_CONTENT | {verb, noun})
        if language == "de":  # the act's object in the genitive: "des Werks" is the sentence's "das Werk"
            theirs |= {word[:-1] for word in theirs if word.endswith("s")}
        found.append((verb, " ".join(match.group().split()), theirs,
                      "weighed" if match["weighed"] else "planned",
                      frozenset(word.casefold() for word in _WORD.findall(text[match.end():match.end()
                                                                               + _OBJECT_REACH])),
                      asked(text, match.start(), language)))
    return tuple(found)


def offer_as_certain_in_languages(text: str, passages: list[Cited], offset: int = 0,
                                  language: str = "") -> list[Finding]:
    """Return a finding when a French, Spanish or German sentence tells as certain to come what its cited passages
    give only as offered or threatened."""
    language = language.split("-")[0]
    if language not in _OFFER:
        return []
    offers = [offer for passage in passages for offer in _offers(passage.text, language)]
    if not offers:
        return []  # most passages offer nothing: found without reading the sentence
    spoken = markers_blanked(text)
    kept = list(_KEPT[language].finditer(spoken))
    if kept and not any(offer[3] in _NOT_YET for offer in offers):
        return []
    for verb, shown, theirs, kind, done_to, question in offers:
        told = _certain(verb, language).search(spoken)
        if told is None or len(content_words(spoken, _NOT_CONTENT | {verb}) & theirs) < _RESTATES:
            continue
        if question and asked(spoken, told.start(), language):
            continue  # "non ha spiegato come finanzierà" of "non ha chiarito come intende finanziare": a question kept
        # a word of an offer after the verb told, as after the passage's, is what is done, keeping no offer: "Vantor
        # hará una oferta" of "Vantor estudiaba hacer una oferta"
        if any(not (kind in _NOT_YET and told.end() <= word.start() < told.end() + _OBJECT_REACH
                    and word.group().casefold() in done_to) for word in kept):
            continue
        if any(_certain(verb, language).search(passage.text) for passage in passages):
            continue  # a passage says it will be done
        return [Finding(offset, f"this sentence tells as certain ('{' '.join(told.group().split())}') what its cited "
                                f"passages give only as {kind} ('{shown}'): {clipped(text)}",
                        f"keep {_KEEP[kind]} as the source gives it ('{shown}'), or cite a passage that says it will "
                        "be done")]
    return []
