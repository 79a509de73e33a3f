"""Figures kept to what their passage binds them to: a figure a passage gives one year, month, place or measure may
not be given another that the same passage gives another figure.

"The company made a profit of $150 million in 2025." citing "The company lost $150 million in 2024 and made $40
million in 2025." keeps every figure of its passage and moves one: 2024's loss becomes 2025's profit. So do
"Riverton's fare is $2.29." citing "Riverton's fare is $1.90 and Lakeside's $2.29.", "Exports rose 12%." citing
"Imports rose 12% while exports rose 3%." and the Ukrainian "у 2025 році вона отримала 150 млн грн" citing "у 2025
році вона отримала 96 млн грн ..., тоді як у 2024 році мала 150 млн грн збитку" (tests/test_newuser_58.py).
group_figures.py reads a figure's group after "in" or "on"; this reads what it left: a year, a place or a measure
on either side of the figure.

A sentence (a passage's, or the briefing's) is cut into clauses at ";", ",", and at joining words ("and", "while",
"but", "versus", Spanish "y", "mientras", French "et", "tandis que", Ukrainian "а", "і", "та", "тоді як"); a clause
without a figure joins the one after it ("In 2024, the company lost ..."), but one after a figure set off by commas
that a semicolon or a joining word ends joins that figure's ("The first instalment, 2.5%, comes in March; the second,
2%, in October", tests/test_factcheck_156.py). A label's figure ("Ward 7"), a day before
its month and a clause setting figures against each other ("5,000 more than", "three times as many as in 2023") bind
nothing. In a clause with one figure, the figure is
bound to the nearest word of each kind: a year (1900-2099), a month (English, French, Spanish, Ukrainian), a measure
(exports, imports, sales, profit, loss, unemployment, ... in the same languages: `_MEASURES`) and a place or name
(a capitalised word that is none of these, nor a day: "on Wednesday"); in a clause with several figures, a
figure a relative clause right after it gives to a name ("the $365 that Halden charges") is bound to that name.
A passage's sentence binds a kind where its clauses give two or more of its words two or more figures. A sentence is
refused where it binds a figure to a word of that kind that the
passage's sentence binds to another figure, while the passage binds this figure to another word of the kind, and no
cited passage binds the figure to the sentence's word. Words in quotation marks are not read. Inflected words (a
Ukrainian place's "Степова", "Степовій") are one word where they share all but their last three letters.

A figure is also bound to the noun phrase its piece of a clause opens with, whatever it names (figure_nouns.py), a
clause with two figures cut at the word joining them: "Imports rose 3%." citing "Exports rose 3% as imports climbed
12%." gives exports' figure to imports, "Wheat output fell 8%." citing "Rice output fell 8% and wheat output fell 2%."
rice's to wheat. A passage's sentence binds where two or more of its pieces, of two or more figures, have words no
other piece has; the sentence is refused where its piece has none of its figure's piece's own words and one of another
piece's, and no cited passage binds the figure to that word (tests/test_factcheck_93.py). A German figure's day of
the week ("am Mittwoch") is read by german_weekday_figures.py, an offer's figure given to a demand by
german_offer_demand_figures.py.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .figure_months import figures_moved_between_months
from .figure_nouns import Piece, distinct, pieces, shared
from .german_offer_demand_figures import offer_figure_given_to_demand
from .german_weekday_figures import figures_moved_between_weekdays
from .listed_stakes import stake_of_listed_holder
from .locale import base_language
from .numbers import Quantity, find_mentions, is_year, mentions_in
from .offer_prices import price_received_kept
from .sentences import inside, markers_blanked, split_sentences
from .subset_figures import part_told_as_whole
from .turnouts import turnout_as_share
from .wordset import has_digit

# Where a clause ends: a semicolon, a comma, or a word joining two clauses ("and", "while", "а", "тоді як")
_CLAUSE_BREAK = patterns.compile(
    r";|,?\s+(?:and|while|whereas|but|versus|compared\s+with|y|e|mientras(?:\s+que)?|frente\s+a|pero|et"
    r"|tandis\s+qu(?:e|['’])|alors\s+qu(?:e|['’])|mais|und|während|aber|wohingegen|sowie|а|і|й|та|тоді\s+як|але)"
    r"(?=\s)|,(?=\s)",
    re.IGNORECASE)
_WORD = patterns.compile(r"(?<![\w'’-])(?:[^\W\d_][\w'’-]*|(?:19|20)\d\d(?![\d%]))")
_YEAR = patterns.compile(r"(?:19|20)\d\d")
# A figure that names rather than counts, right after a capitalised word: "Ward 7", "Article 6"
_WORD_BEFORE = patterns.compile(r"(?<![\w'’-])([^\W\d_][\w-]*)\s$")
# A clause setting one figure against another: a difference or a multiple
_COMPARING = patterns.compile(r"(?<!\w)(?:than|times|as\s+(?:many|much)\s+as|more|fewer|less|más|menos|moins|ніж"
                              r"|раз|рази|разів|більше|менше)(?!\w)", re.IGNORECASE)
_MONTHS = {
    **{name: n for n, name in enumerate(("January", "February", "March", "April", "May", "June", "July", "August",
                                          "September", "October", "November", "December"), 1)},
    **{name: n for n, name in enumerate(("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                          "septembre", "octobre", "novembre", "décembre"), 1)},
    **{name: n for n, name in enumerate(("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                          "septiembre", "octubre", "noviembre", "diciembre"), 1)},
    "setiembre": 9,
}
# Ukrainian months by stem, each with its endings: "березень", "березня", "березні"
_UK_MONTH = patterns.compile(r"(?:(?P<m1>січ)|(?P<m3>берез)|(?P<m4>квіт)|(?P<m5>трав)|(?P<m6>черв)|(?P<m7>лип)"
                             r"|(?P<m8>серп)|(?P<m9>верес)|(?P<m10>жовт)|(?P<m12>груд))(?:ень|ня|ні)"
                             r"|(?P<m2>лют)(?:ий|ого|ому|ім)|(?P<m11>листопад)(?:а|і|у)?", re.IGNORECASE)
# What a figure may measure, by the start of its word: one key for each measure in every language read
_MEASURES = {
    "export": ("export", "exportacion", "exportación", "exportation", "експорт"),
    "import": ("import", "importacion", "importación", "importation", "імпорт"),
    "sales": ("sales", "ventas", "ventes", "продаж"),
    "revenue": ("revenue", "turnover", "ingresos", "chiffre", "recettes", "виручк", "дохід", "доход"),
    "profit": ("profit", "beneficio", "ganancia", "bénéfice", "прибут"),
    "loss": ("loss", "pérdida", "perdida", "perte", "збит"),
    "spending": ("spending", "expenditure", "gasto", "dépense", "витрат"),
    "unemployment": ("unemployment", "jobless", "desempleo", "paro", "chômage", "безробітт"),
    "inflation": ("inflation", "inflación", "інфляц"),
    "deficit": ("deficit", "déficit", "дефіцит"),
    "surplus": ("surplus", "superávit", "excédent", "профіцит"),
    "births": ("birth", "nacimiento", "naissance", "народжуван"),
    "deaths": ("death", "muerte", "décès", "смертн"),
    "wages": ("wage", "salario", "salaire", "зарплат", "заробітн"),
    "rents": ("rent", "alquiler", "loyer", "оренд"),
    # a lender's money: "approved a loan of $2.8 billion ... the next payment of $400 million" (newuser_93)
    "loans": ("loan", "préstamo", "prestamo", "prêt", "позик"),
    "payments": ("payment", "instalment", "installment", "tranche", "versement", "desembolso", "платіж"),
    "debt": ("debt", "deuda", "dette", "борг"),
    "reserves": ("reserves", "reservas", "réserves", "резерв"),
}
# The measures' starts by their first three letters: a word is looked up once, not against every start
_MEASURE_STARTS = {letters: tuple((start, key) for key, starts in _MEASURES.items() for start in starts
                                  if start[:3] == letters)
                   for letters in {start[:3] for starts in _MEASURES.values() for start in starts}}
# Capitalised words that name nothing: a clause's article, preposition or pronoun ("Among customers under 25" names
# no one the figure 25 belongs to), or a day ("shares fell 17 per cent on Wednesday": Wednesday holds no figure, the
# shares' owner does, newuser_81)
_NOT_NAMES = frozenset("""the a an in on at for by last this that these those but and its it their they he she we
according since after before during while as of from to next among amid with without between under over despite
against across within unlike including el la los las en un una según desde por para con del
al le les une au aux selon depuis pour par avec des du de dans il elle ils у в за на це вона він вони згідно після
до від з і а та торік минулого цього
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow lundi mardi mercredi jeudi vendredi
samedi dimanche lunes martes miércoles jueves viernes sábado""".split()) | frozenset(
    # a word rounding the figure after it, capitalised as a sentence's first: "Quelque 4 200 policiers étaient
    # mobilisés à Paris" bound 4 200 to "Quelque", which the passage's "Quelque 12 000 ..., dont 4 200 à Paris" gave
    # 12 000 (factcheck_162)
    """quelque environ près presque unos unas alrededor cerca casi aproximadamente rund etwa circa ca ungefähr knapp
    fast some about around nearly almost roughly approximately""".split())
_KINDS = ("year", "month", "measure", "name")
_NAMED = {"year": "year", "month": "month", "measure": "measure", "name": "place or name"}


class Bound(NamedTuple):
    """A figure a clause gives, with the word of one kind it is bound to: the word's key and the word as written."""

    quantities: frozenset[Quantity]
    figure: str
    kind: str
    key: str
    word: str
    at: int
    clause: str


def figures_moved_within_passage(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a year, month, place or measure a figure that a cited passage's sentence
    gives another one of its kind, while giving this one another figure."""
    if not has_digit(text):
        return []
    german = (figures_moved_between_weekdays(text, passages, offset, language)  # "am Mittwoch" (factcheck_219)
              or offer_figure_given_to_demand(text, passages, offset, language))  # "fordert ... 30 Monate" of "bietet"
    if german:
        return german
    lists = [bound for passage in passages for bound in _lists(passage.text, passage.language or language)]
    nouns = [given for passage in passages for given in _noun_lists(passage.text, passage.language or language)]
    if not lists and not nouns:
        return []  # most passages bind no two figures of a sentence to two words of one kind
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    mentions = find_mentions(spoken, language, prose=True)
    found = (lists and _moved(text, spoken, quoted, mentions, passages, lists, offset, language)
             or nouns and _moved_from_noun(text, spoken, quoted, mentions, passages, nouns, offset, language) or [])
    return [] if found and (_named_otherwise(text, passages, language)
                            or _kept_otherwise(text, passages, language)) else found


# A part told as the whole ("employs 14,000" of "21,000, of whom 14,000"), a share as the turnout and instalments'
# figures swapped between their months move a figure too: each named once, by the check that says how (factcheck_156)
_SAYING_HOW = (part_told_as_whole, turnout_as_share, figures_moved_between_months)


# A price a target's holders receive, and a listed holder's stake, stay where a passage gives them otherwise worded
# (offer_prices.py, listed_stakes.py: factcheck_243)
_KEPT = (price_received_kept, stake_of_listed_holder)


def _kept_otherwise(text: str, passages: list[Cited], language: str) -> bool:
    """Say whether a check that reads who a figure is said of keeps it as text says it."""
    return any(kept(text, passages, language) for kept in _KEPT)


def _named_otherwise(text: str, passages: list[Cited], language: str) -> bool:
    """Say whether a check that says how a figure was moved names one of text's."""
    return any(check(text, passages, 0, language) for check in _SAYING_HOW)


def _moved(text: str, spoken: str, quoted, mentions: list, passages: list[Cited], lists: list, offset: int,
           language: str) -> list[Finding]:
    """Return a finding where text gives a year, month, place or listed measure another's figure (`lists`: the
    passages' sentences binding figures to words of one kind)."""
    everywhere = [each for passage in passages for each in _all_bound(passage.text, passage.language or language)]
    words = {(each.kind, each.key) for given in lists for each in given}
    for mine in _bound(spoken, language, mentions, words):
        if inside(quoted, mine.at) or any(_backs(each, mine) for each in everywhere):
            continue
        for given in lists:
            theirs = [each for each in given if each.kind == mine.kind and each.quantities & mine.quantities]
            own = [each for each in given if each.kind == mine.kind and _same(each.key, mine.key)
                   and not each.quantities & mine.quantities]
            if theirs and own and not any(_same(each.key, mine.key) for each in theirs):
                return [_finding(text, offset + mine.at, mine, theirs[0], own[0])]
    return []


def _moved_from_noun(text: str, spoken: str, quoted, mentions: list, passages: list[Cited], nouns: list,
                     offset: int, language: str) -> list[Finding]:
    """Return a finding where text binds a figure to words (figure_nouns.py) a passage's sentence binds to another
    figure, while that sentence binds this figure to words of its own the text does not say."""
    given_figures = {quantity for given in nouns for piece in given for figure in piece.figures
                     for quantity in figure.quantities}
    if not any(given_figures.intersection(mention.quantities) for mention in mentions):
        return []  # the sentence gives none of the figures the passages bind
    everywhere = [piece for passage in passages for piece in _all_pieces(passage.text, passage.language or language)]
    for mine in _pieces(spoken, language, mentions):
        for figure in mine.figures:
            quantities = frozenset(figure.quantities)
            if inside(quoted, figure.start):
                continue
            for given in nouns:
                theirs = [piece for piece in given if piece.gives(quantities)]
                if not theirs or any(shared(mine.words, piece.words) or shared(mine.said, piece.words)
                                     for piece in theirs):
                    continue  # its own words, bound or said in its piece: "The election office puts turnout at
                    # 41.2 percent" of "Turnout was 41.2 percent ..., according to the election office" (factcheck_208)
                other = next((piece for piece in given if not piece.gives(quantities)
                              and shared(mine.words, piece.words)), None)
                word = other and shared(mine.words, other.words)
                if word and not any(piece.gives(quantities) and shared((word,), piece.words) for piece in everywhere):
                    return [_noun_finding(text, offset + figure.start, (word[1], figure.text), theirs[0],
                                          (shared(other.words, mine.words)[1], other.figures[0].text))]
    return []


def _backs(given: Bound, mine: Bound) -> bool:
    return given.kind == mine.kind and bool(given.quantities & mine.quantities) and _same(given.key, mine.key)


def _same(one: str, other: str) -> bool:
    """Say whether two words are one: the same, or (inflected) alike to all but their last three letters."""
    if one == other:
        return True
    if one.isdigit() or other.isdigit() or one.isascii() and other.isascii():
        return False  # an English, Spanish or French name is written one way
    common = len(next((one[:n] for n in range(min(len(one), len(other)), 0, -1) if one[:n] == other[:n]), ""))
    return common >= 4 and common >= max(len(one), len(other)) - 3


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _all_bound(text: str, language: str) -> tuple[Bound, ...]:
    """Return every figure of text bound to a word of each kind, sentence by sentence."""
    found = []
    for sentence in split_sentences(text, language):
        found += _bound(sentence.text, language, list(mentions_in(sentence.text, language)))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _lists(text: str, language: str) -> tuple[tuple[Bound, ...], ...]:
    """Return each sentence's figures bound to words of one kind, where it binds two or more figures to two or more
    words of that kind."""
    if not has_digit(text):
        return ()
    found = []
    for sentence in split_sentences(text, language):
        bound = _bound(sentence.text, language, list(mentions_in(sentence.text, language)))
        for kind in _KINDS:
            of_kind = tuple(each for each in bound if each.kind == kind)
            if len({each.key for each in of_kind}) >= 2 and len({each.quantities for each in of_kind}) >= 2:
                found.append(of_kind)
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _all_pieces(text: str, language: str) -> tuple[Piece, ...]:
    """Return the pieces of every sentence of text, each figure with the words it is bound to (figure_nouns.py)."""
    if not has_digit(text):
        return ()
    return tuple(piece for sentence in split_sentences(text, language)
                 for piece in _pieces(sentence.text, language, list(mentions_in(sentence.text, language))))


@functools.lru_cache(maxsize=1 << 12)
def _noun_lists(text: str, language: str) -> tuple[tuple[Piece, ...], ...]:
    """Return each sentence's pieces with their own words, where two or more, of two or more figures, have some."""
    if not has_digit(text):
        return ()
    found = []
    for sentence in split_sentences(text, language):
        own = [piece for piece in distinct(_pieces(sentence.text, language,
                                                   list(mentions_in(sentence.text, language))))
               if piece.words]
        if len(own) >= 2 and len({frozenset(figure.quantities) for piece in own for figure in piece.figures}) >= 2:
            found.append(tuple(own))
    return tuple(found)


def _pieces(text: str, language: str, mentions: list) -> list[Piece]:
    """Return the pieces of text's clauses that hold figures, but for clauses setting figures against each other."""
    figures = _figures(text, mentions)
    if not figures:
        return []
    spans = [(start, end) for start, end in _clauses(text, figures)
             if not _COMPARING.search(text, start, end)]
    return [_unqualified(piece) for piece in pieces(text, spans, figures, language)]


# German words bounding or setting off a figure name nothing it is given to: "9,5 Prozent mehr Lohn, mindestens aber
# 450 Euro" bound 450 to "mindestens", and "Die Gewerkschaft fordert nicht weniger als 450 Euro" (no "mindestens")
# was refused as giving the union a figure the passage gave "mindestens" (factcheck215)
_QUALIFYING = frozenset("mindestens wenigstens zumindest höchstens maximal jedoch".split())


def _unqualified(piece: Piece) -> Piece:
    """Return a piece without the words qualifying its figure, which bind it to nothing."""
    if not any(key in _QUALIFYING for key, _ in piece.words):
        return piece
    return piece._replace(words=tuple(word for word in piece.words if word[0] not in _QUALIFYING))


def _figures(text: str, mentions: list) -> list:
    """Return the mentions of text that count, in text order: not a year, a day before its month or a label (a
    whole number after a capitalised word: "Ward 7", not German's "der Ticketverkauf 40.000")."""
    return sorted((mention for mention in mentions if mention.kind == "figure" and not is_year(mention.text)
                   and not _day(text, mention.end) and not (mention.text.isdigit() and _labelled(text, mention.start))
                   and mention.text.casefold() != "once"),
                  key=lambda mention: mention.start)


# "once" joins a clause more often than it counts: "the next payment of $400 million only once a deal is reached" was
# read as a clause of two figures, which binds neither (newuser_93).


def _bound(text: str, language: str, mentions: list, words: set | None = None) -> list[Bound]:
    """Return each figure of text alone in its clause, bound to the nearest word of each kind in the clause (only
    `words`, (kind, key) pairs, where given)."""
    figures = _figures(text, mentions)
    if not figures:
        return []
    # a day's date names no year or month a figure is bound to: "On 3 March 2025, it said"
    dates = sorted((mention.start, mention.end) for mention in mentions if len(mention.quantities) >= 3
                   and mention.kind == "date")
    date_starts = [begin for begin, _ in dates]
    starts = [mention.start for mention in figures]  # in text order: a clause's figures are found by bisection,
    german = base_language(language) == "de"
    found = []  # not by a look at every figure of the text (a pasted table of 6,000 figures took 10 s)
    for start, end in _clauses(text, figures):
        inner = figures[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        if len(inner) != 1:
            found += _owned_after(text, inner, words)
            continue
        figure = inner[0]
        if _COMPARING.search(text, start, end):
            continue  # a difference or a multiple is bound to both sides: "5,000 more than Southland"
        nearest: dict[str, tuple[int, str, str]] = {}
        for match in _WORD.finditer(text, start, end):
            if match.start() < figure.end and match.end() > figure.start or _in_a_date(match.start(), dates,
                                                                                       date_starts):
                continue  # the figure's own words ("150 million"), or a date's
            kind, key = _kind(match.group())
            if kind is None or words is not None and not any(kind == k and _same(key, w) for k, w in words):
                continue
            if kind == "name" and german and not text[figure.end:match.start()].strip():
                continue  # German capitalises the noun a figure counts: "4.200 Polizisten" names no one
            distance = figure.start - match.end() if match.end() <= figure.start else match.start() - figure.end
            if kind == "name" and _SPEAKER_AFTER.match(text, match.end()):
                kind = "speaker"  # "Police said 3,000 marched in York" gives York the 3,000, not Police
            if kind not in nearest or distance < nearest[kind][0]:
                nearest[kind] = (distance, key, match.group())
        if "speaker" in nearest:  # a speaker is the figure's name only where its clause names nothing else
            speaker = nearest.pop("speaker")
            nearest.setdefault("name", speaker)
        found += [Bound(frozenset(figure.quantities), figure.text, kind, key, word, figure.start, text[start:end].strip().rstrip(".;:!?"))
                  for kind, (_, key, word) in sorted(nearest.items())]
    return found


# A verb of saying right after a capitalised word makes it a speaker, who tells figures a place in its clause holds:
# "Police said 5,000 people marched in Leeds" citing "Police said 3,000 people marched in York and 5,000 in Leeds"
# bound 3,000 to "Police", the passage's nearest capitalised word, and refused the 5,000 (factcheck_171). A clause
# naming no other keeps its speaker's name: "Police said 3,000, but Unite said 5,000" binds 5,000 to Unite.
_SPEAKER_AFTER = patterns.compile(
    r"(?:\s+(?:has|have|had|also|later|then))?\s+(?:said|says|say|told|tells|estimated|estimates|estimate|reported"
    r"|reports|report|claimed|claims|claim|stated|states|added|adds|dijo|dijeron"
    r"|afirmó|estimó|a\s+déclaré|ont\s+déclaré|a\s+affirmé|sagte|sagten|erklärte|schätzte)(?!\w)")


# A figure whose owner a relative clause right after it names: "about 61 per cent below the $365 that Halden charges"
# gives $365 to Halden, though its clause holds two figures (newuser_81)
_OWNER_AFTER = patterns.compile(r"\s+(?:that|which)\s+([A-Z][\w'’-]*)(?=\s+[a-z])")


def _owned_after(text: str, figures: list, words: set | None) -> list[Bound]:
    """Return the figures of a clause of several bound to the name a relative clause after each gives them to."""
    found = []
    for figure in figures:
        owner = _OWNER_AFTER.match(text, figure.end)
        kind, key = _kind(owner.group(1)) if owner else (None, "")
        if kind == "name" and (words is None or any(k == "name" and _same(key, w) for k, w in words)):
            found.append(Bound(frozenset(figure.quantities), figure.text, kind, key, owner.group(1), figure.start,
                               " ".join(text[figure.start:owner.end()].split())))
    return found


def _labelled(text: str, at: int) -> bool:
    """Say whether the figure at `at` follows a capitalised word, naming rather than counting: "Ward 7"."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return bool(before) and before.group(1)[:1].isupper()


def _day(text: str, at: int) -> bool:
    """Say whether the figure ending at `at` is a day before its month ("5 березня"), which the numbers leave a
    figure in a language whose months they do not read."""
    word = _WORD.match(text, at + len(text[at:at + 3]) - len(text[at:at + 3].lstrip()))
    return bool(word) and _kind(word.group())[0] == "month"


def _in_a_date(at: int, dates: list[tuple[int, int]], starts: list[int]) -> bool:
    """Say whether offset `at` lies in one of `dates` (spans in text order, `starts` their starts)."""
    index = bisect.bisect_right(starts, at) - 1
    return index >= 0 and at < dates[index][1]


def _clauses(text: str, figures: list) -> list[tuple[int, int]]:
    """Return text's clauses as spans, a clause without a figure (`figures`: mentions in text order) joined to the one
    after it (one at the end dropped), or to an apposition's before it (`_after_apposition`)."""
    starts = [figure.start for figure in figures]
    breaks = list(_CLAUSE_BREAK.finditer(text))
    cuts = [0] + [end for match in breaks for end in (match.start(), match.end())] + [len(text)]
    spans = [(cuts[n], cuts[n + 1]) for n in range(0, len(cuts) - 1, 2)]
    joined, start, apposed = [], None, False
    for n, (begin, end) in enumerate(spans):
        held = bisect.bisect_left(starts, begin) < bisect.bisect_left(starts, end)
        if not held and apposed and n < len(breaks) and breaks[n].group() != ",":
            joined[-1] = (joined[-1][0], end)
            apposed = False
            continue
        start = begin if start is None else start
        apposed = held and start < begin and breaks[n - 1].group() == "," and n < len(breaks) and \
            breaks[n].group() == "," and _apposition(text, begin, end, figures[bisect.bisect_left(starts, begin)])
        if held:
            joined.append((start, end))
            start = None
    return joined


# "The first instalment, 2.5%, comes in March; the second, 2%, in October": a figure set off by commas after the
# words it is of ("The first instalment") leaves its clause's verb to the clause after it ("comes in March"), which
# joins it where a semicolon or a joining word ends it; joined to the next, it bound 2% to March (factcheck_156). One
# that a comma ends may open the next item of a list ("Exports rose in March, 12%, imports in April, 3%").
_APPOSED_WORDS = frozenset({"of", "at", "de", "del", "à", "von", "mit", "con"})


def _apposition(text: str, begin: int, end: int, figure) -> bool:
    """Say whether the clause from `begin` to `end` is only its figure, after a small word ("del 2 %") at most."""
    before = [word.casefold() for word in _WORD.findall(text, begin, figure.start)]
    return (len(before) <= 1 and set(before) <= _APPOSED_WORDS and figure.end <= end
            and not _WORD.search(text, figure.end, end))


def _measure_ending(rest: str, stem: int) -> bool:
    """Say whether what follows a measure's start keeps the word that measure ("exports", "прибутку"), not another
    ("important", "profitable", "parodia"): a short start only plural."""
    if stem <= 4:
        return rest in ("", "s", "es")
    return len(rest) <= 4 and not rest.startswith(("an", "ab", "al"))


@functools.lru_cache(maxsize=1 << 14)  # the same words recur in every sentence
def _kind(word: str) -> tuple[str | None, str]:
    """Return the kind of word a figure may be bound to, and the word's key; (None, "") for any other word."""
    if _YEAR.fullmatch(word):
        return "year", word
    bare = re.sub(r"['’]s?$", "", word)
    folded = bare.casefold()
    month = _MONTHS.get(bare) or (_MONTHS.get(folded) if folded not in ("may", "mars") else None)
    if month:
        return "month", str(month)
    uk = _UK_MONTH.fullmatch(folded)
    if uk:
        return "month", uk.lastgroup[1:]
    for start, key in _MEASURE_STARTS.get(folded[:3], ()):
        if folded.startswith(start) and _measure_ending(folded[len(start):], len(start)):
            return "measure", key
    if len(bare) > 1 and bare[:1].isupper() and folded not in _NOT_NAMES:
        return "name", folded
    return None, ""


def _finding(text: str, offset: int, mine: Bound, theirs: Bound, own: Bound) -> Finding:
    return Finding(offset, f"this sentence gives '{mine.word}' {mine.figure}, a figure its cited passage gives "
                           f"'{theirs.word}' ('{theirs.clause}'), where it gives '{own.word}' {own.figure}: "
                           f"{clipped(text)}",
                   f"give each {_NAMED[mine.kind]} the figure the source gives it, or cite the passage that gives it so")


def _noun_finding(text: str, offset: int, mine: tuple[str, str], theirs: Piece, own: tuple[str, str]) -> Finding:
    """Return the finding for a figure (`mine`: the word it is given to and the figure) another piece's words have."""
    return Finding(offset, f"this sentence gives '{_bare(mine[0])}' {mine[1]}, a figure its cited passage gives "
                           f"'{_bare(theirs.words[0][1])}' ('{theirs.clause}'), where it gives '{_bare(own[0])}' "
                           f"{own[1]}: {clipped(text)}",
                   "give the figure to what the source gives it to, or cite the passage that gives it so")


def _bare(word: str) -> str:
    """Return a word without its possessive: "café's" is "café"."""
    return re.sub(r"['’]s?$", "", word)
