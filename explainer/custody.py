"""Custody kept: a prison term sought, faced or at most possible not told as imposed, a suspended sentence not told as
prison, a release on bail not told as freedom.

"Okafor was sentenced to 10 years" (or "jailed for", "received a 10-year sentence", "will serve") citing "Prosecutors
sought a 10-year sentence" (or "asked the judge to sentence him to", "faces up to 10 years", "carries a maximum
sentence of 10 years") gives a term asked for or possible as one imposed: a term (a figure of years, months, weeks or
days) is imposed or sought by the act nearest before it in its clause, and the sentence is refused where every cited
passage giving its term gives it as sought and none as imposed. "Okafor was sentenced to two years in prison" (or
"jailed", "will serve", "behind bars") citing "Okafor was given a two-year suspended sentence" (or "sentenced to 5
years, 3 of them suspended") tells as prison a sentence the source suspends, in whole or in part: refused where a
passage's sentence giving the term (or, where the sentence gives none, sharing a word of four letters or more with
it) suspends it, the sentence says no "suspended" of its own, and no passage's sentence gives that term in prison
unsuspended. "Okafor was released" (or "freed", "walked free") citing "Okafor was released on bail" tells as free one
the source releases on conditions, pending trial: refused where the sentence names no bail, bond or condition, a
passage's sentence sharing a word with it releases on bail (named in the release's clause), and none releases
without. Negated, conditional and quoted words are not read. English text is read, and French, Spanish and German
(custody_languages.py).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .custody_languages import (FRENCH, FRENCH_ACTS, GERMAN, GERMAN_ACTS, SPANISH, SPANISH_ACTS, CustodyWords,
                                TermActs, unit_of)
from .clauses import content_words
from .sentences import inside, markers_blanked
from .wordset import may_contain, may_hold

_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
            "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fifteen": "15", "eighteen": "18",
            "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50"}
_TERM = patterns.compile(rf"(?<![\w.,])(?P<figure>\d+(?:\.\d+)?|{'|'.join(_NUMBERS)})[\s-]+(?P<unit>year|month|week"
                         r"|day)s?(?![\w])", re.IGNORECASE)
# a sentence with no figure: "a life sentence", "sentenced to life", "the death penalty", "sentenced to death"
_GRAVE = patterns.compile(r"(?<![\w-])(?P<figure>life(?=[\s-]+(?:sentences?|terms?|in\s+prison|imprisonment)(?!\w))"
                          r"|death(?=\s+(?:sentences?|penalty)(?!\w))|(?<=to\s)(?:life|death)(?!\w))", re.IGNORECASE)
_SOUGHT = (r"sought|seeks?|seeking|ask(?:ed|s|ing)?|request(?:ed|s|ing)?|demand(?:ed|s|ing)?|call(?:ed|s|ing)\s+for"
           r"|recommend(?:ed|s|ing)?|urg(?:ed|es|ing)|fac(?:es|e|ing|ed)|carr(?:ies|y|ied|ying)|maximum|max|up\s+to"
           r"|could|would|might|may|risks?|punishable|potential|possible")
_IMPOSED = (r"sentenced|jailed|imprisoned|received|receives|given|handed|got|gets|serve|serves|serving|imposed"
            r"|ordered")
_ACT = patterns.compile(rf"(?<![\w-])(?:(?P<sought>{_SOUGHT})|(?P<imposed>{_IMPOSED}))(?![\w-])", re.IGNORECASE)
_BAIL_REACH = 160  # characters at most from a release to its bail, in its clause (factcheck_71)
_NEAR = 60  # characters at most from a term's act to the term ("asked the judge to sentence Okafor to 10 years")
_TO_BE_DONE = patterns.compile(r"(?<!\w)to\s+(?:be\s+)?$", re.IGNORECASE)
# An act naming the noun before it, the term given by a verb of its own after: "Any new vote ordered by the court
# will be held within 60 days" (factcheck_202): the court orders the vote, not the 60 days
_NAMING_ACT = patterns.compile(r"\s+by\s+(?:[\w'’-]+\s+){1,4}?(?:will|would|shall|must|is|are|was|were)\s+"
                               r"(?:\w+ly\s+)?(?:be|to\s+be|have\s+to\s+be|take|follow|happen|occur)(?!\w)",
                               re.IGNORECASE)
# A clause, for a term's act: "Prosecutors sought 10 years, but the judge sentenced Okafor to 6"
_CLAUSE_START = patterns.compile(r"[.;:!?]|,?\s(?:but|while|whereas|although|and)\s", re.IGNORECASE)
_CUSTODY = patterns.compile(r"(?<![\w-])(?:in\s+(?:prison|jail|gaol|custody)|jailed|imprisoned|imprisonment"
                            r"|(?:prison|jail|custodial)\s+(?:sentence|term)s?|behind\s+bars|serv(?:e|es|ing)"
                            r"|locked\s+up)(?![\w-])", re.IGNORECASE)
_SUSPENDED = patterns.compile(r"(?<![\w-])suspend(?:ed|s)?(?![\w-])", re.IGNORECASE)
# "suspended" of a sentence, not of a licence or of talks: "a two-year suspended sentence", "the sentence was
# suspended", "5 years, 3 of them suspended", "with three years suspended", "six months, suspended for two years"
_SUSPENDED_TERM = patterns.compile(r"(?:(?<![\w-])suspended\s+(?:prison\s+|jail\s+|custodial\s+)?(?:sentences?"
                                   r"|terms?)|(?<![\w-])(?:sentences?|terms?)\s+(?:was\s+|were\s+|is\s+|are\s+"
                                   r"|being\s+)?suspended|(?<![\w-])(?:years?|months?|weeks?|of\s+(?:them|which|it))"
                                   r"\s+(?:\w+\s+)?suspended|,\s*suspended)(?![\w-])", re.IGNORECASE)
_FREED = patterns.compile(r"(?<![\w-])(?:released|freed|walked\s+free|set\s+free|went\s+free|free\s+(?:man|woman)"
                          r"|let\s+go|liberated|out\s+of\s+(?:jail|prison|custody))(?![\w-])", re.IGNORECASE)
_BAIL = patterns.compile(r"(?<![\w-])(?:(?:on\s+)?(?:bail|bond|parole|probation)|bailed|surety|conditions?"
                         r"|conditionally|pending|house\s+arrest|electronic\s+tag|ankle\s+monitor|provisional(?:ly)?"
                         r"|temporar(?:y|ily))(?![\w-])", re.IGNORECASE)
# bail granted before the release: "was granted bail and released"
_BAIL_BEFORE = patterns.compile(r"(?<![\w-])(?:bail|bond|parole)\s*(?:,|and|then)\s+(?:was\s+|were\s+)?$",
                                re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t|if|unless|whether|could|may|might|would|should"
                                   r"|can|to\s+be|before|until|fac(?:es|e|ing)|risk)(?:\W+\w+){0,1}\W*$", re.IGNORECASE)
_HOLDS = frozenset({"sentenced", "jailed", "imprisoned", "received", "receives", "given", "handed", "got", "gets",
                    "serve", "serves", "serving", "imposed", "ordered", "prison", "jail", "gaol", "custody",
                    "imprisonment", "custodial", "bars", "locked", "released", "freed", "free", "let", "liberated",
                    # the ASCII words of custody_languages: "Er wurde zu zwei Jahren Haft verurteilt"
                    "ferme", "emprisonnement", "purger", "purgera", "purgeront", "detention", "remis", "remise",
                    "libertad", "liberado", "liberada", "liberados", "liberadas", "encarcelado", "encarcelada",
                    "excarcelado", "excarcelada", "rejas", "cumplir", "haft", "haftstrafe", "inhaftiert", "gittern",
                    "absitzen", "freigelassen", "entlassen", "freigekommen", "frei", "barreaux",
                    # a German term imposed: "Das Gericht verurteilte ihn zu drei Jahren" (custody_languages.TermActs)
                    "verurteilt", "verurteilte", "verurteilten", "freiheitsstrafe",
                    # a French or Spanish one: "El tribunal lo condeno a tres anos" (custody_languages.FRENCH_ACTS)
                    "condamne", "condamnent", "condamnes", "condena", "condenado", "condenada", "condenados",
                    "condenadas", "condenaron", "impuso", "impusieron"})
# _HOLDS as fragments, and custody_languages' words beyond ASCII, for text beyond ASCII: a search of a lowercase copy
# costs two microseconds where the patterns cost 20
_FRAGMENTS = ("sentenc", "jail", "prison", "gaol", "custod", "imprison", "bars", "locked", "releas", "free", "let go",
              "liberat", "given", "handed", "got", "gets", "receiv", "serv", "impos", "order", "ferme", "incarc",
              "écrou", "détention", "purg", "libér", "libert", "relâch", "relax", "prisión", "cárcel", "encarcel",
              "rejas", "cumplir", "liberad", "excarcel", "haft", "gefängnis", "gitter", "absitz", "verbüß", "entlass",
              "barreaux", "frei", "verhäng", "verurteil", "freiheitsstraf", "condamn", "inflig", "écop", "conden",
              "impus", "impuest")
ENGLISH = CustodyWords(_TERM, _NUMBERS, _CUSTODY, _SUSPENDED, _SUSPENDED_TERM, _FREED, _BAIL, _BAIL_BEFORE,
                       _NEGATED_BEFORE)
_WORDS = {"en": ENGLISH, "fr": FRENCH, "es": SPANISH, "de": GERMAN}
ENGLISH_ACTS = TermActs((_TERM, _GRAVE), _NUMBERS, _ACT, _CLAUSE_START, _TO_BE_DONE, _NEGATED_BEFORE, False)
# the languages whose terms sought told as imposed are read
_ACTS = {"en": ENGLISH_ACTS, "de": GERMAN_ACTS, "fr": FRENCH_ACTS, "es": SPANISH_ACTS}
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "sentenced", "sentence", "prison", "jail", "years", "year",
                          "months", "month", "released", "freed", "free", "suspended", "bail", "serve", "will"})


class Term(NamedTuple):
    """A prison term a text gives: its figure and unit ("10 year"), as written, and its act (sought or imposed)."""

    key: tuple[str, str]
    shown: str
    act: str
    act_shown: str


def misstated_custody(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as imposed a term its passages give as sought or possible, as prison a
    sentence they suspend, or as freed one they release on bail."""
    english = in_english(language)
    words = ENGLISH if english else _WORDS.get(language.split("-")[0].lower())
    if words is None or not passages or not _may_tell(text):
        return []  # most sentences tell no custody: found without a pattern
    spoken = markers_blanked(text)
    acts = "en" if english else language.split("-")[0].lower()
    found = ((_sought_as_imposed(spoken, passages, acts) if acts in _ACTS else None)
             or _suspended_as_prison(spoken, passages, words) or _bail_as_freed(spoken, passages, words))
    if found is None:
        return []
    message, hint = found
    return [Finding(offset, f"{message}: {clipped(text)}", hint)]


def _may_tell(text: str) -> bool:
    """Say whether text may tell custody or a release: False only where it surely tells none."""
    return may_hold(text, _HOLDS) and (text.isascii() or may_contain(text, _FRAGMENTS))


def _sought_as_imposed(text: str, passages: list[Cited], acts: str) -> tuple[str, str] | None:
    """Return what to say where text gives a term as imposed that every passage giving it gives as sought."""
    for own in _terms(text, acts):
        if own.act != "imposed":
            continue
        theirs = [term for passage in passages for term in _terms(passage.text, acts) if term.key == own.key]
        if theirs and all(term.act == "sought" for term in theirs):
            return (f"this sentence gives '{own.shown}' as imposed ('{own.act_shown}') where its cited passages give it "
                    f"only as sought or possible ('{theirs[0].act_shown}')",
                    "keep it as the source gives it ('prosecutors sought', 'faces up to'), or cite a passage that "
                    "gives the sentence imposed")
    return None


def _suspended_as_prison(text: str, passages: list[Cited], said: CustodyWords) -> tuple[str, str] | None:
    """Return what to say where text tells as prison a sentence a passage's sentence suspends."""
    custody = _told(text, said.custody, said.negated)
    if custody is None or said.suspended.search(text):
        return None
    keys = _term_keys(text, said)
    words = content_words(text, _NOT_CONTENT, names_of_three=True)
    suspended, unsuspended = None, False
    for passage in passages:
        for sentence in _sentences(passage.text):
            if not (keys & _term_keys(sentence, said) if keys
                    else words & content_words(sentence, _NOT_CONTENT, names_of_three=True)):
                continue
            suspends = _told(sentence, said.suspended_term, said.negated)
            if suspends is not None:
                suspended = suspended or _suspension(sentence, said.suspended.search(sentence, suspends.start()), said)
            elif _told(sentence, said.custody, said.negated) is not None:
                unsuspended = True
    if suspended is None or unsuspended:
        return None
    return (f"this sentence tells as prison ('{_shown(custody)}') a sentence its cited passages give as suspended "
            f"('{suspended}')",
            "keep 'suspended' (and how much of it), or cite a passage that gives the time to be served in prison")


def _suspension(sentence: str, suspends: re.Match, said: CustodyWords) -> str:
    """Return the words of a passage's sentence that suspend a term: from the term before "suspended" (else the word
    before it) to the word after it ("two-year suspended sentence", "5 years, 3 of them suspended")."""
    terms = [term.start() for term in said.term.finditer(sentence, 0, suspends.start())]
    near = terms and suspends.start() - terms[-1] <= 40
    start = terms[-1] if near else sentence.rfind(" ", 0, suspends.start() - 1) + 1
    after = re.match(r"\s+(?:sentences?|terms?)(?!\w)", sentence[suspends.end():])
    return " ".join(sentence[start:suspends.end() + (after.end() if after else 0)].split())


def _bail_as_freed(text: str, passages: list[Cited], said: CustodyWords) -> tuple[str, str] | None:
    """Return what to say where text tells as freed one a passage's sentence sharing a word with it releases on bail."""
    freed = _told(text, said.freed, said.negated)
    if freed is None or said.bail.search(text):
        return None
    words = content_words(text, _NOT_CONTENT, names_of_three=True)
    bail = None
    for passage in passages:
        for sentence in _sentences(passage.text):
            if not said.freed.search(sentence) or not words & content_words(sentence, _NOT_CONTENT,
                                                                            names_of_three=True):
                continue
            for release in said.freed.finditer(sentence):
                on = said.bail.search(sentence, release.end(), _release_reach(sentence, release.end())) or (
                    said.bail_before and said.bail_before.search(sentence, 0, release.start()))
                if on is None:
                    return None  # a passage releases without conditions
                bail = bail or on
    if bail is None:
        return None
    return (f"this sentence tells as freed ('{_shown(freed)}') one its cited passages give as released on conditions "
            f"('{_shown(bail)}')",
            f"keep '{_shown(bail)}' (a release pending trial is no acquittal), or cite a passage that gives the "
            "release itself")


def _release_reach(sentence: str, at: int) -> int:
    """Return where a release's conditions may be named up to: 40 characters on, or to its clause's end within
    _BAIL_REACH ("released from custody on Friday after a two-hour hearing at the district court, on bail")."""
    end = _CLAUSE_START.search(sentence, at)
    return max(at + 40, min(end.start() if end else len(sentence), at + _BAIL_REACH))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _terms(text: str, language: str) -> tuple[Term, ...]:
    """Return the terms text gives in `language` (a key of _ACTS), each with the act nearest before it in its clause
    (or, in a language giving its verb last, right after it; none: not read), outside quotation marks and not negated
    or conditional."""
    found, said = [], _ACTS[language]
    quoted = None
    for match in sorted((found for term in said.terms for found in term.finditer(text)), key=re.Match.start):
        quoted = quoted_parts(text) if quoted is None else quoted
        if inside(quoted, match.start()):
            continue
        act = _act_of(text, match, said)
        if act is None:
            continue
        kind = "sought" if act.group("sought") or said.negated.search(text, max(0, act.start() - 24),
                                                                      act.start()) else "imposed"
        figure = match.group("figure").lower()
        unit = unit_of(match.group("unit")) if "unit" in match.re.groupindex else ""
        found.append(Term((said.numbers.get(figure, figure).replace(",", "."), unit), " ".join(match.group().split()),
                          kind, " ".join(act.group().split())))
    return tuple(found)


def _act_of(text: str, term: re.Match, said: TermActs) -> re.Match | None:
    """Return the act seeking or imposing a term: the nearest before it in its clause, else, where the language
    gives its verb last, the first after it in its clause ("zu drei Jahren Haft verurteilt"), within _NEAR."""
    start = max((clause.end() for clause in said.clause_start.finditer(text, 0, term.start())), default=0)
    acts = [act for act in said.act.finditer(text, start, term.start())]
    # "asked the court to order him to serve 10 years": an act to be done is the one asked for, not done
    while len(acts) > 1 and acts[-1].group("imposed") and said.to_be_done.search(text, 0, acts[-1].start()):
        acts.pop()
    if acts and said is ENGLISH_ACTS and _NAMING_ACT.match(text, acts[-1].end(), term.start()):
        return None  # "a vote ordered by the court will be held within 60 days": the vote's act, not the term's
    if acts:  # "is seeking a third term after 12 years as mayor": the act is of something else
        return acts[-1] if term.start() - acts[-1].end() <= _NEAR else None
    if not said.act_after:
        return None
    end = said.clause_start.search(text, term.end())
    after = said.act.search(text, term.end(), end.start() if end else len(text))
    return after if after is not None and after.start() - term.end() <= _NEAR else None


def _term_keys(text: str, said: CustodyWords) -> frozenset[tuple[str, str]]:
    """Return the terms text gives, each as its figure in digits and its unit in English ("2 year")."""
    return frozenset((said.numbers.get(match.group("figure").lower(), match.group("figure")).replace(",", "."),
                      unit_of(match.group("unit"))) for match in said.term.finditer(text))


def _told(text: str, pattern: re.Pattern, negated: re.Pattern = _NEGATED_BEFORE) -> re.Match | None:
    """Return the first match of `pattern` in text outside quotation marks and not negated or conditional."""
    quoted = None
    for match in pattern.finditer(text):
        quoted = quoted_parts(text) if quoted is None else quoted
        if not inside(quoted, match.start()) and not negated.search(text, max(0, match.start() - 24),
                                                                     match.start()):
            return match
    return None


def _shown(match: re.Match) -> str:
    """Return a match's words as written, on one line."""
    return " ".join(match.group().split())


@functools.lru_cache(maxsize=1 << 12)
def _sentences(text: str) -> tuple[str, ...]:
    """Return a passage's sentences, split at its stops and semicolons."""
    return tuple(part for part in re.split(r"(?<=[.;!?])\s+", text) if part.strip())
