"""A thing had not told as lacked: "The talks ended with an agreement" may not cite "The talks ended without an
agreement", nor "without casualties" cite "with casualties".

polarity.py reads a "without" as a clause of its own, whose one word ("agreement") shares too little to restate
anything; without_deeds.py reads "without" before a verb's "-ing". Here a sentence's "with" before a thing (up to two
words after an article: "with an agreement", "with heavy casualties") is refused where a cited passage's clause gives
the same thing (or another word for it: a deal, an agreement, an accord) after "without" or "with no", the words
before it sharing one with the sentence's ("ended"), and no passage gives it after "with"; and a sentence's "without"
or "with no" the other way round. "With little" or "with few" is neither. English text is read; words in quotation
marks are not.
An end "in" a thing ("the talks ended in agreement", "resulted in a deal") gives it as had, and so does "after" or
"following" one ("called the strike after a ballot" citing "... without a ballot" is refused). A sentence's "without"
a thing is refused too where no passage gives it as lacked and one names it in a clause sharing a word with the
sentence's that denies, seeks or awaits nothing ("without a ballot" of "put the strike to a ballot of its members":
tests/test_factcheck_158.py).

German, French and Spanish are read the same way, narrowly: "mit"/"ohne", "avec"/"sans", "con"/"sin" before a thing
(after an article, if any: "mit einer Einigung", "sans accord", "con un acuerdo"), its words before sharing one with
the sentence's ("endeten"), and no passage giving it as the sentence does. Set phrases that name no thing ("sans
doute", "sin embargo", "ohne dass") are not read (tests/test_factcheck_165.py). Italian "con"/"senza" too ("con un
contributo pubblico" of "senza alcun contributo pubblico"), its words before read to the sentence's start
(tests/test_factcheck_170.py).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .locale import base_language
from .sentences import markers_blanked
from .wordset import may_hold

_PHRASE = patterns.compile(
    r"(?<![\w-])(?P<with>with(?:out)?)\s+(?P<no>no\s+)?(?:(?:a|an|the|any|its|their|his|her|some|further|more)\s+)?"
    r"(?P<words>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?)", re.IGNORECASE)
# An end "in" a thing is one had: "the talks ended in agreement", "resulted in a deal"
_ENDED_IN = patterns.compile(
    r"(?<![\w-])(?:end(?:s|ed|ing)?|result(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|culminat(?:e|es|ed|ing))\s+in\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?P<words>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?)", re.IGNORECASE)
# A thing come before is one had: "called the strike after a ballot", "following a vote" (an article after it, so "after
# talks collapsed" tells of no thing)
_AFTER = patterns.compile(r"(?<![\w-])(?:after|following)\s+(?:a|an|the|its|their|his|her)\s+"
                          r"(?P<words>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?)", re.IGNORECASE)
_ENDED_WORDS = frozenset("end ends ended ending result results resulted resulting conclude concludes concluded "
                         "concluding culminate culminates culminated culminating".split())
# What starts no thing: a measure of it ("with little", "with few") or a word that goes on with the clause
_NO_THING = frozenset("little few hardly scant minimal limited only just almost nearly about and or but to of in on at "
                      "for by from as that which who whom whose it them him her us this these those one each".split())
# Words that end a thing's words: "without an agreement on the border", "with a deal signed by both"
_STOP = frozenset("on in at for by from to of over after before and or but as with without that which who "
                  "between among against into since until".split())
# Words for one thing: "with a deal" restates "without an agreement"
_SAME = ({"deal", "agreement", "accord", "settlement", "pact"}, {"casualty", "fatality", "death", "injury"},
         {"charge", "indictment"}, {"warning", "notice"})
_CLAUSE_BREAK = patterns.compile(r"[;:.!?()\"“”—–]|,|(?<!\w)(?:but|while|whereas|which|who|after|before|because"
                                 r"|although|when)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")
_NOT_CONTENT = frozenset("the and was were has had have been its their his her this that also not did does will would "
                         "could said says they them there than then are is be".split())


class _Had(NamedTuple):
    """A thing a clause gives as had ("with") or lacked ("without", "with no"), as written, with the words before."""

    lacked: bool
    things: frozenset[str]  # the thing's head word, singular, and the other words for it
    shown: str
    before: frozenset[str]


def with_for_without(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives as had what a passage restating it gives as lacked, or as lacked what one
    gives as had, and no passage gives it as text does."""
    if not passages:
        return []
    if not in_english(language):
        return _other_language(text, passages, offset, base_language(language))
    if not _may_tell(text):
        return []  # most sentences hold no "with", "after" nor "ended in": found by a search of their text
    own = _had(unquoted(markers_blanked(text)))
    if not own:
        return []
    theirs = [had for passage in passages for had in _passage_had(passage.text)]
    for told in own:
        if any(other.lacked == told.lacked and other.things & told.things for other in theirs):
            continue  # a passage gives it so too
        turned = next((other for other in theirs if other.lacked != told.lacked and other.things & told.things
                       and other.before & told.before), None)
        if turned is None and told.lacked and not any(other.things & told.things for other in theirs):
            turned = next(filter(None, (_named_as_had(passage.text, told) for passage in passages)), None)
        if turned is not None:
            return [Finding(offset, f"this sentence says '{told.shown}' where its cited passages say '{turned.shown}': "
                                    f"{clipped(text)}",
                            "keep what the source gives as had or lacked, or cite a passage that says this")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _passage_had(text: str) -> tuple[_Had, ...]:
    """Return the things a passage gives as had or lacked."""
    if not _may_tell(text):
        return ()
    return tuple(_had(unquoted(text)))


def _had(text: str) -> list[_Had]:
    """Return the things text gives after "with", "without" or "with no", or an end "in", each with its clause's
    words before."""
    found = []
    matches = [*_PHRASE.finditer(text), *(_ENDED_IN.finditer(text) if " in " in text else ()),
               *(_AFTER.finditer(text) if _MAY_COME_AFTER.search(text) else ())]
    for match in matches:
        words = match["words"].lower().split()
        if words[0] in _NO_THING:
            continue
        words = words[:1] + [word for word in words[1:2] if word not in _STOP and not word.endswith(("ed", "ing"))]
        head = _singular(words[-1])
        things = frozenset({head}.union(*(same for same in _SAME if head in same)))
        start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, match.start())), default=0)
        ended_in = match.re == _ENDED_IN
        at = text.lower().rindex(" in ", match.start(), match.start("words")) + 1 if ended_in else match.start()
        before = frozenset(word.lower() for word in _WORD.findall(text[start:at])
                           if len(word) >= 4 and word.lower() not in _NOT_CONTENT)
        lacked = match.re == _PHRASE and (match["with"].lower() == "without" or bool(match["no"]))
        shown = " ".join(text[at:match.start("words")].split() + match["words"].split()[:len(words)])
        found.append(_Had(lacked, things, shown, before))
    return found


def _may_tell(text: str) -> bool:
    """Say whether text may give a thing as had or lacked, by a search of its text."""
    lowered = text.lower()
    return "with" in lowered or bool(_MAY_COME_AFTER.search(text)) or (
        " in " in text and may_hold(text, _ENDED_WORDS))


_MAY_COME_AFTER = patterns.compile(r"(?i:after|following)\s")
# What keeps a clause from giving its thing as had: a negation, or a thing sought, planned, to come or in doubt
# ("called for a ballot", "would hold a ballot", "before a ballot", "if a ballot")
_NOT_HAD = frozenset("""
not no never none nor neither nothing cannot without instead rather refused refuses declined declines failed fails
denied denies rejected rejects cancelled canceled scrapped abandoned dropped avoided expired lapsed revoked withdrawn
suspended missing lack lacks lacked lacking lost absent
will would could may might should must shall can seek seeks sought seeking demand demands demanded demanding
want wants wanted wanting plan plans planned planning propose proposes proposed proposing threaten
threatens threatened threatening urge urges urged urging ask asks asked asking push pushes pushed pushing if unless
whether before until pending ahead require requires required requiring need needs needed
""".split())


def _named_as_had(text: str, told: _Had) -> _Had | None:
    """Return the thing a passage names in a clause that denies, seeks or awaits nothing ("put the strike to a ballot
    of its members", "held a ballot"), its words before sharing one with the sentence's, as had; or None. A sentence
    giving it as lacked ("without a ballot") then tells the opposite of the passage."""
    if not any(thing in text.lower() for thing in told.things):
        return None  # a search of the passage's text: most name no thing the sentence lacks
    text = unquoted(text)
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)] + [(len(text), len(text))]
    start = 0
    for end, after in breaks:
        words = [word.lower() for word in _WORD.findall(text, start, end)]
        named = next((word for word in words if _singular(word) in told.things), None)
        if named and _NOT_HAD.isdisjoint(words) and not _n_t(text[start:end]) and not _CALLED_FOR.search(
                text, start, end) and (
                told.before & {word for word in words if len(word) >= 4 and word not in _NOT_CONTENT}):
            return _Had(False, told.things, " ".join(text[start:end].split()), frozenset())
        start = after
    return None


_CALLED_FOR = patterns.compile(r"(?<!\w)call(?:s|ed|ing)?\s+for(?!\w)", re.IGNORECASE)  # sought: "called for a ballot"


def _n_t(clause: str) -> bool:
    """Say whether a clause negates by a "n't" ("didn't hold a ballot")."""
    return "n't" in clause or "n’t" in clause


def _singular(word: str) -> str:
    """Return a noun's singular, roughly: "casualties" is "casualty", "deals" "deal"."""
    word = word.rstrip("'’").removesuffix("'s").removesuffix("’s")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


# German, French and Spanish: the word of "with", of "without", the articles and words of any that may come between,
# what after them names no thing, and words for one thing
_OTHER = {
    "de": ("mit", "ohne", "ein eine einer einem einen eines der die das dem den des jede jeder jedem jegliche "
                          "jeglicher irgendeine irgendeiner",
           "dass zu und oder auch nur knapp wenig wenigen kaum blick ausnahme hilfe sitz",
           ({"einigung", "vereinbarung", "abkommen", "deal", "einigungen"}, {"tote", "toten", "opfer", "verletzte",
                                                                           "verletzten"})),
    "fr": ("avec", "sans", "un une le la les l' l’ des de d' d’ aucun aucune moindre",
           "doute cesse que qu' qu’ peine compter délai exception cependant et ou",
           ({"accord", "entente", "compromis", "accords"}, {"victime", "victimes", "blessé", "blessés", "morts",
                                                           "mort"})),
    "es": ("con", "sin", "un una el la los las ningún ninguna ningun algún alguna",
           "embargo duda que excepción y o respecto",
           ({"acuerdo", "pacto", "convenio", "acuerdos"}, {"víctimas", "víctima", "heridos", "herido", "muertos",
                                                          "muerto"})),
    # Italian: "con un contributo pubblico" of "senza alcun contributo pubblico" built (tests/test_factcheck_170.py)
    "it": ("con", "senza", "un uno una un' un’ il lo la l' l’ i gli le alcun alcuno alcuna nessun nessuno nessuna",
           "che cui dubbio eccezione riguardo riferimento tuttavia e o ma più meno quanto",
           ({"accordo", "intesa", "patto", "accordi", "intese"}, {"vittime", "vittima", "feriti", "ferito", "morti",
                                                                 "morto"})),
}
# Italian's words before the thing are read to its sentence's start, not its clause's: its thing opens a clause after
# a comma as often as not ("i lavori costano 38,6 milioni di euro, con un contributo pubblico" of "38,6 milioni di
# euro, che la società sostiene interamente senza alcun contributo pubblico"); words of grammar share nothing.
_SENTENCE_WIDE = {"it": frozenset("della delle degli dello dell nella nelle negli nello alla alle agli allo dalla dalle "
                                  "dagli sulla sulle sugli sono stato stata stati state essere anche come questo "
                                  "questa quello quella secondo perché però ancora sempre loro hanno".split())}
_SENTENCE_BREAK = patterns.compile(r"[;:.!?](?!\d)")


@functools.lru_cache(maxsize=8)
def _other_phrase(language: str) -> re.Pattern:
    """Return the pattern of a thing had or lacked in `language`: "ohne Einigung", "avec un accord"."""
    with_word, without_word, articles, _, _ = _OTHER[language]
    article = "|".join(re.escape(word) + (r"\s*" if word.endswith(("'", "’")) else r"\s+") for word in articles.split())
    return patterns.compile(rf"(?<![\w-])(?P<with>{with_word}|{without_word})\s+(?:(?:{article}))?"
                            r"(?P<words>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)", re.IGNORECASE)


def _other_language(text: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return with_for_without's finding for German, French or Spanish text: a thing had where the passages restating
    it give it as lacked, or the other way round."""
    if language not in _OTHER or not _other_phrase(language).search(text):
        return []  # most sentences hold no "mit", "avec" nor "con": found by a search of their text
    own = _other_had(unquoted(markers_blanked(text)), language)
    if not own:
        return []
    theirs = [had for passage in passages for had in _other_had(unquoted(passage.text), language)]
    for told in own:
        if any(other.lacked == told.lacked and other.things & told.things for other in theirs):
            continue  # a passage gives it so too
        turned = next((other for other in theirs if other.lacked != told.lacked and other.things & told.things
                       and other.before & told.before), None)
        if turned is not None:
            return [Finding(offset, f"this sentence says '{told.shown}' where its cited passages say '{turned.shown}': "
                                    f"{clipped(text)}",
                            "keep what the source gives as had or lacked, or cite a passage that says this")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _other_had(text: str, language: str) -> tuple[_Had, ...]:
    """Return the things German, French or Spanish text gives after its "with" or "without", each with its clause's
    words before."""
    _, without_word, _, no_thing, same = _OTHER[language]
    stops = frozenset(no_thing.split())
    found = []
    for match in _other_phrase(language).finditer(text):
        words = [word for word in match["words"].lower().split()]
        if words[0] in stops:
            continue
        words = words[:1] + [word for word in words[1:2] if word not in stops and len(word) >= 4]
        things = frozenset(words).union(*(kind for kind in same if kind & set(words)))
        breaks = _SENTENCE_BREAK if language in _SENTENCE_WIDE else _CLAUSE_BREAK
        start = max((m.end() for m in breaks.finditer(text, 0, match.start())), default=0)
        grammar = _SENTENCE_WIDE.get(language, frozenset())
        before = frozenset(word.lower() for word in _WORD.findall(text[start:match.start()])
                           if len(word) >= 4 and word.lower() not in grammar)
        shown = " ".join(text[match.start():match.start("words")].split() + match["words"].split()[:len(words)])
        shown = shown.replace("' ", "'").replace("’ ", "’")  # "con un'intesa", as written
        found.append(_Had(match["with"].lower() == without_word, things, shown, before))
    return tuple(found)
