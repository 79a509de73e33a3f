"""Figures given party by party: "the Greens 28, the Liberals 20 and the Farmers' Union 16" gives each its own.

An election's results come as a run of parties, each right before its figure, and every figure stands in the passage
whichever party a sentence (or a table's column) gives it to. A passage pairs a party of the briefing with a figure
where the party's name is followed, within three words and no punctuation, by the figure ("the Greens 28", "the
Greens took 12.6 per cent", "the Social Democrats on 28 per cent"), in a passage pairing two parties or more so. A
sentence pairs a party with the first figure after it in its clause. Names listed before their figures ("Alpha and
Beta rose 5% and 3%") are respective.py's. A sentence (or a table's value) is refused where it gives a party a
figure that its passages pair with another party at every occurrence, while pairing this party with another figure:
"the Liberals are projected to win 28 seats" citing "..., the Greens 28, the Liberals 20 and ...". A table laid out in
columns set apart by two spaces or more gives every figure of a row to the party naming the row ("Elena Marsh  Civic
Alliance  41,870  44.2%"), or to the party a header names its column ("Ward  Marsh  Okoro" over "Northfield  12,405
7,118"), tests/test_newuser_40.py. A figure in
brackets right after a party's figure, a word between at most, is the party's too: a table's row "Ibarra 1,402,110
votes (52.4%); Garrido 1,156,004 votes (43.2%)" gives Ibarra 52.4%. English and Spanish text is read, Spanish figures
("1.402.110", "52,4 %") as English ones.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import read_by_language
from .offer_prices import offer_price_kept
from .owners import is_named, named_in_lowercase
from .sentences import folded_word, split_sentences
from .speakers import reports

_TOKEN = patterns.compile(
    r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*|\d+(?:,\d{3})*(?:\.\d+)?(?:\s?(?:%|per\s?cent|percent|Prozent)(?!\w))?"
    r"|[,;:!?()\[\]\"“”«»—–]|\.(?!\d)")
_NUMBER = patterns.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
# between two names: a list, whose figures are not read here
_JOINING = frozenset({"and", "or", "&", ",", "the", "y", "e", "o", "el", "la", "los", "las"})
_PASSAGE_GAP = 3  # "the Greens took 12.6 per cent": words between a passage's party and its figure, at most
_SENTENCE_GAP = 5  # "the Liberals are projected to win 28 seats"
# German "kommt auf", "erreicht", "erhält", "liegt bei" tie a subject to its figure across a clause between: "Die NSD
# kommt nach dem vorläufigen Ergebnis auf 31,4 Prozent" gives the NSD 31,4 (factcheck_193); not across a comparison
_TIED_GAP = 10
_TYING_VERBS = frozenset({"kommt", "kommen", "kam", "kamen", "käme", "kämen", "erreicht", "erreichen", "erreichte",
                          "erreichten", "erhält", "erhalten", "erhielt", "erhielten", "liegt", "liegen", "lag", "lagen"})
_NOT_TIED = frozenset({"als", "wie", "hinter", "vor", "gegenüber", "statt", "anstatt", "mehr", "weniger", "über",
                       "unter", "nicht", "kein", "keine", "von", "vom", "seit", "bis"})
_ENGLISH = frozenset({"", "en"})
_READ = frozenset({"", "en", "es", "de"})
# Spanish and German figures, as English ones: "1.402.110" groups its thousands with dots, "52,4" has a decimal comma
_COMMA_DECIMALS = frozenset({"es", "de"})
# German gives a party's short name in brackets after its name, then its figure: "erhält die Union für Nordmark (UNM)
# 31,4 Prozent" gives the UNM 31,4 (newuser_116); read as one name, its brackets put apart by spaces
_BRACKETED_SHORT_NAME = patterns.compile(r"(?<=[^\W\d_]) \(([A-ZÄÖÜ]{2,6})\)(?= \d)")
_SPANISH_FIGURE = patterns.compile(r"\d[\d.,]*\d")
_AS_ENGLISH = str.maketrans(".,", ",.")
_ENDING = frozenset(";:!?()[]\"“”«»—–.")
_APPOSITIVE = frozenset({"on", "with", "con"})
_BRACKETED_AFTER = 2  # "Ibarra 1,402,110 votes (52.4%)": words between a party's figure and one in brackets, at most
_CUT = 1 << 10  # after a comma, a figure is another clause's: "Berg, 62, said"
# A year after a word of time is when, no party's figure: "imports of 1,400,000 tonnes from Doravia in 2025"
_WHEN = frozenset({"in", "since", "by", "until", "till", "during", "before", "after", "en", "desde", "hasta", "de",
                   "del"})
_YEAR = patterns.compile(r"(?:1[89]|20)\d\d")
# A share of the count's returns is how far the count has gone, no party's figure: "Resultados preliminares del CNE,
# con el 98 % de las actas escrutadas" was refused as the CNE given the 98 of "... de Julián Ferrer, con el 98 % de las
# actas escrutadas" (newuser_132). Not read so in a sentence only: a passage's pairing still gives Ferrer a figure
# other than a swapped 50,8 ("Ibáñez obtiene el 49,2 % ... y Ferrer el 50,8 %" stays refused)
_COUNT_RETURNS = patterns.compile(r"\s+(?:de\s+(?:las|los)\s+(?:actas|mesas|urnas|colegios|circunscripciones)"
                                  r"|of\s+(?:the\s+|all\s+)?(?:precincts|polling\s+(?:stations|places|districts)"
                                  r"|ballot\s+boxes|returns|constituencies))(?!\w)", re.IGNORECASE)
# Between two cells of a table's row, as a document's text lays it out: "Elena Marsh   41,870     44.2%" gives each
# figure of the row to the party that heads it (tests/test_newuser_40.py)
_NEXT_CELL = patterns.compile(r"[ \t]{2,}")
_CELL = patterns.compile(r"[^ \t](?:[^ \t]| (?! ))*")  # a table's cell: words set apart by one space at most


class Pair(NamedTuple):
    """A party given a figure: who (party ids), the figure (its value, and whether a per cent), as written."""

    parties: frozenset[str]
    figure: tuple[float, bool]
    name: str  # the naming words as written: "Farmers' Union"
    written: str  # the name to the figure as written: "the Liberals 20"
    shown: str  # the figure as written: "9.1 per cent"
    continues: bool = False  # the name follows "and" or a comma: the verb before is its too ("gave A 5 and B 3")


def swapped_party_figures(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                          parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where text gives a party a figure its passages give another party, and this party another
    figure in a run of parties and figures, or never name this party."""
    if len(parties) < 2 or language not in _READ:
        return []
    read = [_as_read(passage.text, passage.language) for passage in passages if passage.language in _READ]
    if not any(_pairs(passage, parties, _PASSAGE_GAP, run=False) for passage in read):
        return []  # most passages give no party a figure: found without reading the sentence
    for pair in _pairs(_as_read(text, language), parties, _SENTENCE_GAP, run=False, returns=False):
        found = given_to_another(pair.parties, pair.figure, read, parties)
        if found is not None and not offer_price_kept(pair.written, text, pair.shown, read, language):
            own, given = found
            theirs = (f"{own.name} {own.shown} and {given.name} {given.shown}" if own else
                      f"it to {given.name}, never naming {pair.name}")
            said = _as_read(f"{pair.name} {pair.shown} where its cited passages give {theirs} ('{given.written}')",
                            language)  # the figures as the text writes them again
            return [Finding(offset, f"this sentence gives {said}: {clipped(text)}",
                            "give each party the figure the source gives it, or cite the passage that gives it this one")]
    return []


def swapped_party_figures_in_item(text: str, passages: list[Cited], language: str = "",
                                  parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return swapped_party_figures' findings for an item cited as a whole, sentence by sentence."""
    if len(parties) < 2 or language not in _READ:
        return []
    return [finding for sentence in split_sentences(text, language)
            for finding in swapped_party_figures(sentence.text, passages, sentence.start, language, parties)]


def _as_read(text: str, language: str) -> str:
    """Return text with its figures written as English writes them: a Spanish or German text's "52,4" as "52.4"; and
    a German short name in brackets before its figure as part of the name: "Union für Nordmark (UNM) 31,4"."""
    if language not in _COMMA_DECIMALS:
        return text
    if language == "de":
        text = _BRACKETED_SHORT_NAME.sub(lambda short: f"  {short.group(1)} ", text)
    return _SPANISH_FIGURE.sub(lambda figure: figure.group().translate(_AS_ENGLISH), text)


def given_to_another(own: frozenset[str], figure: tuple[float, bool], passages: list[str],
                     parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[Pair | None, Pair] | None:
    """Return (a pair giving `own` another figure in a run, or None where the passages never name it; a pair giving
    `figure` to another party), where the passages give `figure` to other parties at every occurrence."""
    given = [pair for passage in passages for pair in _pairs(passage, parties, _PASSAGE_GAP, run=False)]
    others = [pair for pair in given if pair.figure == figure and not pair.parties & own]
    occurring = sum(_figure_of(token) == figure for passage in passages for token in _TOKEN.findall(passage))
    if not others or len(others) < occurring:
        return None  # the figure also stands unpaired, or paired with this party: whose it is, is not refused
    mine = [pair for passage in passages for pair in _pairs(passage, parties, _PASSAGE_GAP) if pair.parties & own]
    if mine:
        kind = next((pair for pair in mine if pair.figure[1] == figure[1]), mine[0])  # a per cent for a per cent
        return (kind, others[0]) if all(pair.figure != figure for pair in mine) else None
    named = any(_capital_names(token, parties) & own if token[0].isupper() else named_in_lowercase(before, token, parties)
                & own for passage in passages for before, token in _after_each(_TOKEN.findall(passage)))
    return None if named else (None, others[0])


def _after_each(tokens: list[str]) -> list[tuple[str, str]]:
    """Return each token with the one before it: "the city" names a party as a sentence's pair reads it, after "the"."""
    return list(zip(["", *tokens], tokens))


# An opening attribution names the speaker, not the figure's party: "According to Norland, Estmark's quota is 18,900
# tonnes" read "Norland, Estmark's" as a list, and paired neither with its figure (newuser_110)
_OPENING_ACCORDING = patterns.compile(r"^\s*(?:According\s+to|As\s+per)\s+[^,;.]{1,60},\s*")


def _without_opening_attribution(text: str) -> str:
    """Return text without an opening "According to X," whose speaker is no owner of the figures after it."""
    return _OPENING_ACCORDING.sub("", text) if text.lstrip().startswith(("According", "As per")) else text


def figure_kept(text: str, passages: list[Cited], language: str, parties: tuple[tuple[str, frozenset[str]], ...],
                own: frozenset[str]) -> bool:
    """Say whether text gives one of `own` parties a figure a passage gives it after "and" or a comma: "the poll put
    the National Alliance on 30 per cent" citing "put the Social Democrats on 28 per cent and the National Alliance on
    30 per cent" keeps the place the passage gives both parties, one figure each."""
    if language not in _ENGLISH:
        return False
    theirs = {(party, pair.figure) for passage in passages if passage.language in _ENGLISH
              for pair in _pairs(passage.text, parties, _PASSAGE_GAP, run=False) if pair.continues
              for party in pair.parties}
    text = _without_opening_attribution(text)
    return any((party, pair.figure) in theirs for pair in _pairs(text, parties, _SENTENCE_GAP, run=False)
               for party in pair.parties & own)


def own_figure_kept(text: str, passages: list[Cited], language: str,
                    parties: tuple[tuple[str, frozenset[str]], ...], own: frozenset[str]) -> bool:
    """Say whether text gives one of `own` parties a figure a passage gives it too, wherever it stands there: "Northland's
    5.4% compared with Southland's 5.2%" citing "Southland's 5.2% compared with Northland's 5.4%"."""
    if language not in _ENGLISH:
        return False
    theirs = {(party, pair.figure) for passage in passages if passage.language in _ENGLISH
              for pair in _pairs(passage.text, parties, _PASSAGE_GAP, run=False) for party in pair.parties}
    text = _without_opening_attribution(text)
    return any((party, pair.figure) in theirs for pair in _pairs(text, parties, _SENTENCE_GAP, run=False)
               for party in pair.parties & own)


def sentence_pairs(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[Pair, ...]:
    """Return the parties a sentence gives figures, each with the first figure after it in its clause."""
    return _pairs(text, parties, _SENTENCE_GAP, run=False)


def figures_in(text: str) -> list[tuple[float, bool]]:
    """Return the figures of a text as _pairs reads them ("172,000": (172000.0, False))."""
    return [figure for figure in map(_figure_of, _TOKEN.findall(text)) if figure is not None]


def figure_value(value: float, unit: str) -> tuple[float, bool]:
    """Return a table's value as _pairs reads a figure: its value, and whether its unit is a per cent."""
    return float(value), unit.strip().casefold() in {"%", "per cent", "percent", "pc"}


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _pairs(text: str, parties: tuple[tuple[str, frozenset[str]], ...], gap_at_most: int, run: bool = True,
           returns: bool = True) -> tuple[Pair, ...]:
    """Return the parties text gives figures: each named, then within `gap_at_most` words its figure; with `run`,
    only where two parties or more are given figures so; without `returns`, no share of the count's returns."""
    folded = text.casefold()
    if not any(word[:5] in folded for _, words in parties for word in words):
        return ()
    pairs, text = _column_pairs(text, parties)
    naming, before, since, last_end = _Naming(), "", _CUT, -1
    last_named: frozenset[str] = frozenset()
    for match in _TOKEN.finditer(text):
        token = match.group()
        previous = before
        year, before = before in _WHEN and _YEAR.fullmatch(token), token.casefold()
        since += 1
        if token[0].isdigit() and not year:
            paired = len(pairs)
            if naming.current and not naming.listed and (naming.gap <= gap_at_most or _tied_across(naming, gap_at_most)) \
                    and not _cost_of_a_partys_thing(text, naming.start, match.end()) \
                    and not (naming.given_time and _PERIOD_AFTER.match(text, match.end())) \
                    and (returns or not _COUNT_RETURNS.match(text, match.end())):
                name = " ".join(text[naming.start:naming.end].split())  # a table's "Elena Marsh     Civic Alliance"
                pairs.append(Pair(naming.current, _figure_of(token), name,
                                  " ".join(text[naming.start:match.end()].split()), " ".join(token.split()),
                                  naming.continues))
                since = 0
            elif previous == "(" and since <= _BRACKETED_AFTER + 2 and pairs:  # "1,402,110 votes (52.4%)"
                last = pairs[-1]
                pairs.append(last._replace(figure=_figure_of(token), written=f"{last.name} {token}", shown=token))
                since = _CUT
            elif last_end >= 0 and _NEXT_CELL.fullmatch(text, last_end, match.start()):  # "41,870     44.2%": its row's
                last = pairs[-1]
                pairs.append(last._replace(figure=_figure_of(token), written=f"{last.name} {token}", shown=token))
            last_end = match.end() if len(pairs) > paired else -1  # a figure given a party: the next cell may be too
            naming = _Naming()
        else:
            named = (_capital_names(token, parties) if token[0].isupper()
                     else _named_in_lowercase(previous, token, last_named, parties))
            naming.read(token, match.start(), named)
            last_named = named
    if run and len({pair.parties for pair in pairs}) < 2:
        return ()
    return tuple(pairs)


# German "die Forderungen der Gewerkschaft würden jährlich 1,4 Milliarden Euro kosten": a party named in the genitive
# after a noun, its clause ending in a verb of costing after the figure, is whose demands (or strike) cost it, not whose
# figure it is: the other side counts that cost. Read as the union's 1,4, "Die Nordbahn korrigierte die Zahl von 1,4
# auf 1,1 Milliarden Euro" was refused (factcheck_223)
_GENITIVE_AFTER_NOUN = patterns.compile(r"[A-ZÄÖÜ][^\W\d_]+\s+(?:der|des)\s+$")
_COSTING = patterns.compile(r"[^,.;:!?]*?(?<!\w)(?:kosten|kostet|koste|kostete|kosteten|gekostet)(?!\w)")


def _cost_of_a_partys_thing(text: str, name_start: int, figure_end: int) -> bool:
    """Say whether a German party named in the genitive after a noun is given a figure that its clause, after the
    figure, tells as a cost: "die Forderungen der Gewerkschaft würden jährlich 1,4 Milliarden Euro kosten"."""
    return bool(_GENITIVE_AFTER_NOUN.search(text, max(0, name_start - 60), name_start)
                and _COSTING.match(text, figure_end))


def _tied_across(naming: "_Naming", gap_at_most: int) -> bool:
    """Say whether a sentence's German verb ties its subject to the figure across a clause between them: "Die NSD
    kommt nach dem vorläufigen Ergebnis auf 31,4 Prozent" (a sentence's gap alone: a passage's pairs stay close)."""
    return (gap_at_most == _SENTENCE_GAP and naming.gap <= _TIED_GAP and not _NOT_TIED.intersection(naming.since)
            and not _TYING_VERBS.isdisjoint(naming.since))


def _genitive_after_tying(written: list[str]) -> bool:
    """Say whether a name next is a German genitive after a noun ("nach dem Ergebnis der Landeswahlleiterin"), after a
    verb tying the name before to its figure: whose result it is, not whose figure."""
    return (len(written) >= 2 and written[-1] in ("der", "des") and written[-2][:1].isupper()
            and not _TYING_VERBS.isdisjoint(word.casefold() for word in written)
            and _NOT_TIED.isdisjoint(word.casefold() for word in written))


def _named_in_lowercase(before: str, word: str, last: frozenset[str],
                        parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the party a lowercase word names: a noun of one party alone after "the" ("the union", "the board" of the
    Lakeport school board: owners.named_in_lowercase), or a word of the name of the party named right before it ("the
    school board"), as a report names a party after its first mention (factcheck_94)."""
    if last:
        folded = folded_word(word)
        return frozenset(party for party, words in parties if party in last and folded in words)
    return named_in_lowercase(before, word, parties) if before == "the" else frozenset()


def _column_pairs(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[list[Pair], str]:
    """Return the figures of a table whose header names a party each column, each given its column's party, and text
    with that table's rows blanked: "Ward   Marsh   Okoro" over "Northfield   12,405   7,118" gives Marsh 12,405."""
    if "  " not in text:
        return [], text  # no table laid out in columns: most passages
    pairs, blanked, at, header = [], list(text), 0, []
    for line in text.split("\n"):
        cells = [cell.group() for cell in _CELL.finditer(line)]
        named = [(party_of(cell, parties) if cell[0].isupper() else frozenset(), cell) for cell in cells[1:]]
        if len(cells) >= 3 and all(party for party, _ in named):
            header = named
        elif header and len(cells) == len(header) + 1 and all(_NUMBER.fullmatch(cell) for cell in cells[1:]):
            pairs += [Pair(party, _figure_of(cell), name, f"{cells[0]}: {name} {cell}", cell)
                      for (party, name), cell in zip(header, cells[1:])]
            blanked[at:at + len(line)] = " " * len(line)
        else:
            header = []
        at += len(line) + 1
    return pairs, "".join(blanked) if pairs else text


# A party's answer to a figure: the figure is the other side's ("Bolt rejected a 4% raise", "refused to accept 4%")
_RESPONDING = frozenset({"accept", "accepts", "accepted", "accepting", "reject", "rejects", "rejected", "rejecting",
                         "refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "rebuffed",
                         "dismissed", "disputes", "disputed", "opposes", "opposed", "countered"})


# The speaker's own side, named by a pronoun between a party and the figure: "Die Forderungen der GSV würden uns rund
# 1,1 Milliarden Euro kosten" gives the figure to "uns", the speaker's company, not to the GSV (newuser_123)
_SPEAKERS_OWN = frozenset({"uns", "us"})


# A German comparison with a figure named by a definite article: "Die GSV verlangt mehr als die gebotenen 4,8 Prozent"
# compares its demand with a figure already told, the other side's offer, and gives the GSV none (factcheck_223);
# "mehr als 30 Prozent", no article, is still the party's bound
_DEFINITE = frozenset({"die", "den", "der", "das", "dem", "des"})
_COMPARING = frozenset({"mehr", "weniger"})
# A German participle of offering or demanding before a figure names it by the deal it is of, whichever side's: "die
# gebotenen 4,8 Prozent", "die geforderten 9,5 Prozent" (after the article: "hat 4,8 Prozent geboten" is still the
# subject's own figure)
_OFFERED_OR_DEMANDED = frozenset({f"{stem}{ending}" for stem in ("geboten", "angeboten", "gefordert", "verlangt")
                                  for ending in ("e", "en")})


def _compared_with_a_known_figure(since: list[str]) -> bool:
    """Say whether the words after a name end in a German comparative, "als" and a definite article: "mehr als die"."""
    return (len(since) >= 3 and since[-1] in _DEFINITE and since[-2] == "als"
            and (since[-3] in _COMPARING or (len(since[-3]) > 4 and since[-3].endswith("er"))))


# What is bought is named after a verb of buying (or "the takeover of"), its price after "for": "agreed to buy Brisa
# Air for £1.4 billion" gives Brisa Air no figure, the buyer pays it (factcheck_195)
_BUYING = frozenset({"buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring", "purchase",
                     "purchases", "purchased", "purchasing", "sell", "sells", "sold", "selling"})
_DEALS_OF = frozenset({"takeover", "acquisition", "purchase", "sale", "buyout"})


# A party right after a verb of giving, then a span of time, is who is given the time, not whose figure it is: "the
# company must give the council 28 days' notice" gives the council no 28 of its own, and "Lynx must give 28 days'
# notice" was refused as the council's 28 given to Lynx (a new user's bus-fares briefing, tests/test_period_given.py)
_GIVING = frozenset({"give", "gives", "gave", "given", "giving", "grant", "grants", "granted", "granting", "allow",
                     "allows", "allowed", "allowing", "offer", "offers", "offered", "offering"})
_PERIOD_AFTER = patterns.compile(r"\s*(?:working\s+|calendar\s+|clear\s+)?(?:days?|weeks?|months?|years?|hours?)(?!\w)",
                                 re.IGNORECASE)


def _names_what_is_bought(before: tuple[str, str]) -> bool:
    """Say whether a name after the words `before` (the last two, "the" aside) is what a deal buys or sells."""
    return before[1] in _BUYING or (before[1] == "of" and before[0] in _DEALS_OF)


class _Naming:
    """The party last named in a text, as its words are read one by one up to a figure."""

    def __init__(self):
        self.current: frozenset[str] = frozenset()
        self.start = self.end = self.gap = 0
        self.naming = self.listed = self.continues = self.bought = self.given_time = False
        self.last = ""  # the word or mark before, "the" aside
        self.before = ("", "")  # the two words or marks before, "the" aside
        self.since: list[str] = []  # the words after the name
        self.written: list[str] = []  # and as written

    def read(self, token: str, at: int, named: frozenset[str]) -> None:
        """Read one word or mark: a name narrows or starts a party; other words widen the gap to the figure."""
        if named and not self.naming and self.current and _genitive_after_tying(self.written):
            # "Die NSD kommt nach dem Ergebnis der Landeswahlleiterin auf 27,8 Prozent": the figure is still the NSD's
            named = frozenset()
            self.since.append(token.casefold())
            self.written.append(token)
            self.gap += 1
        elif named and self.naming:
            self.current, self.end = (self.current & named) or (self.current | named), at + len(token)
        elif named:  # after another name and only "and", "," or "the": a list of names ("Alpha and Beta rose 5%")
            self.listed = bool(self.current) and all(word in _JOINING for word in self.since)
            self.current, self.start, self.end, self.gap, self.since = named, at, at + len(token), 0, []
            self.written = []
            self.continues = self.last in _JOINING
            self.bought = _names_what_is_bought(self.before)
            self.given_time = self.before[1] in _GIVING
        elif token[0].isupper() and self.naming:  # "Party" in "the Liberal Party"
            self.end = at + len(token)
        elif token[0].isupper() and self.current and self.since in (["of"], ["of", "the"]):
            # "Elena Marsh of the Civic Alliance won 44.2 per cent": her party's name, no words between her and hers
            self.gap, self.since, self.written, named = 0, [], [], self.current
        elif self.current:
            self.since.append(token.casefold())
            self.written.append(token)
            if self.bought and self.since == ["for"]:
                self.current = frozenset()  # "to buy Brisa Air for £1.4 billion": the buyer's price
            elif token.casefold() in _SPEAKERS_OWN:
                self.current = frozenset()  # "die Forderungen der GSV würden uns 1,1 Milliarden kosten": ours
            elif _compared_with_a_known_figure(self.since) or token.casefold() in _OFFERED_OR_DEMANDED:
                # "Die GSV verlangt mehr als die gebotenen 4,8 Prozent", "hält die gebotenen 4,8 Prozent für zu
                # wenig": the offer's figure, which the sentence gives no party
                self.current = frozenset()
            elif token in _ENDING or _reporting(token) or token.casefold() in _RESPONDING:
                # "Afghanistan said 58 ...": what it said, not its figure; "the union rejected a 4% raise": the
                # other side's figure, answered (factcheck_94)
                self.current = frozenset()
            if token == ",":
                self.gap = _CUT
            elif self.since == [",", token.casefold()] and token in _APPOSITIVE:
                self.gap = 1  # "the Farmers' Union, on 5.3 per cent, cleared it"
            else:
                self.gap += 1
        self.naming = bool(named) or (self.naming and token[0].isupper())
        if token.casefold() != "the":
            self.last, self.before = token.casefold(), (self.before[1], token.casefold())


def _figure_of(token: str) -> tuple[float, bool] | None:
    """Return a figure's value and whether it is a per cent ("12.6 per cent", "48,913"); None for a word."""
    number = _NUMBER.match(token)
    return (float(number.group().replace(",", "")), not token[-1].isdigit()) if number else None


@functools.lru_cache(maxsize=1 << 12)
def party_of(word: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a capitalised word names ("Liberals", "Greens'"), or none."""
    folded = folded_word(word)
    if len(folded) < 4:
        return frozenset()
    return frozenset(party for party, words in parties if is_named(folded, words))


_SHORT_NAME = patterns.compile(r"[A-ZÄÖÜ]{3}")


def _capital_names(word: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a capitalised word names: as party_of reads it, or a short name of three capitals that is
    one of a party's words ("NSD", "UNM": newuser_116), shorter than party_of reads; a hyphenated compound as
    _compound_names reads it."""
    if "-" in word:
        return _compound_names(word, parties)
    return _one_word_names(word, parties)


_OWN_NAME = "named:"  # the id of a party a compound names that is none of the briefing's: "named:nordmark-allianz"


def _compound_names(word: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a hyphenated compound names, its parts read as a name's words in turn ("NSD-Bewerberin" names
    the NSD); but a compound opened by a word several parties' names share, which its other words narrow to none of
    them, names one party of its own: "Nordmark-Allianz" is no "Union für Nordmark" nor "Grüne Liste Nordmark"."""
    parts = [part for part in word.split("-") if part]
    first = _one_word_names(parts[0], parties) if parts[0][0].isupper() else frozenset()
    named = first
    for part in parts[1:]:
        more = _one_word_names(part, parties) if part[0].isupper() else frozenset()
        named = (named & more) or (named | more) if more else named
    if len(first) > 1 and named == first and all(part[0].isupper() for part in parts):
        return frozenset({_OWN_NAME + folded_word(word)})
    return named


def _one_word_names(word: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties one capitalised word without a hyphen names."""
    if _SHORT_NAME.fullmatch(word):
        folded = word.casefold()
        return frozenset(party for party, words in parties if folded in words)
    return party_of(word, parties)


@read_by_language  # a project locale's `according_to` words report too
@functools.lru_cache(maxsize=1 << 12)
def _reporting(word: str) -> bool:
    return reports(word)
