"""The noun phrase a figure is bound to, whatever it names: "rice output" in "Rice output fell 8% and wheat output
fell 2%", "the café's" in "... and the café's €4m", "imports" in "Exports rose 3% as imports climbed 12%".

moved_figures.py binds a figure to a year, month, place or listed measure; this reads any noun (phrase). A clause
holding two or more figures is cut at the last word joining each two of them ("as", "with", "after", "comme", "con",
"während"), and a piece's figure is bound to the noun phrase the piece opens with, where only its verb (after
auxiliaries: "ont augmenté de", "will spend") and function words come between them: "Exports rose 3%", "la
production de blé de 2 %", "der des Cafés bei 4 Mio. Euro". The verb is the word right before the figure, but a
capitalised word (a German noun), a possessive or a word after an article. Any other shape binds nothing: a second
noun or an object before the figure ("Calvania recorded a deficit of $22bn", "expects it to fall to 3.2%"), a report
("said that 274"), the kind of figure ("an average of £400m"), a noun the figure counts ("94,000 colleagues"), no
phrase ("up 3.4% year on year"). A piece of a passage's sentence is told from the sentence's other pieces by its own
words, those no other piece says (`distinct`): "rice" and "wheat", not "output".
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from . import patterns
from .opening_verbs import opens_on_a_verb

# A word: letters, an apostrophe's possessive or elision kept with it ("café's", "l'entreprise")
_WORD = patterns.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
# Where a clause holding two figures is cut between them: a word joining two statements, not "as many as"
_JOINING = patterns.compile(
    r"\s(?:as(?!\s+(?:many|much|well|of|a\s+result|such|part|high|low|far)\b)|with|against|alongside|after|when"
    r"|comme|avec|après"
    r"|contre|quand|lorsqu(?:e|['’])|pendant\s+qu(?:e|['’])|con|cuando|como|contra|tras|als|wobei|mit|gegenüber"
    r"|nachdem)(?=\s)", re.IGNORECASE)
# Words between a verb and its figure: "rose by 3%", "ont augmenté de 3 %", "subieron un 3 %", "stiegen um 3 %"
_LIGHT = frozenset("""by to of at about around nearly almost some roughly approximately just over under up down a an
the de d du des del à un una unos unas um auf bei von rund etwa fast knapp casi cerca environ près en par hasta
bis""".split())
# Words before a noun, never before its verb: "la production de blé de 2 %", "la de trigo un 2 %" ("a" is also
# French's "a baissé")
_BEFORE_NOUN = frozenset("""the an of de d du des la le les l el los las lo del al der die das den dem ein eine einen
einem einer eines its their his her our son sa ses leur leurs su sus sein seine ihr ihre""".split())
# Words joining two nouns into one phrase: "production de riz", "Umsatz der Bäckerei", "alza de las importaciones"
_JOINING_NOUNS = frozenset("of de d du des del der di da".split()) | {"vers"}
# and French "vers" (towards) of trade, a function word (below): "les exportations de fromages vers la Valmorie ont
# atteint 840 millions" opens with one noun phrase; read as a noun, it ended the phrase, and the place after its "la"
# read as a second noun bound the figure to nothing (newuser_117)
# What a figure counts that is no noun of its own: "52 000 personnes"
_UNITS = frozenset("""people persons personnes personas personen menschen tonnes tons toneladas tonnen""".split())
# Words before a verb that leave its noun phrase the subject: "les exportations ont augmenté de 3 %"
_AUXILIARIES = frozenset("""was were is are be been has have had will would could should may might can did also
still ont est sont été était étaient avait avaient aussi ha han había habían fue fueron también hat haben hatte
hatten ist sind war waren wurde wurden wird werden auch""".split())
# Words reporting what the figure is said of: "a spokesman said that 274 ..."
_REPORTING = frozenset("""said says say told that que dass""".split())
_INDEFINITE = frozenset("""a an un une una ein eine einen""".split())
# Words that name nothing a figure measures: articles, prepositions, pronouns, auxiliaries, units and scales
_FUNCTION = _LIGHT | _AUXILIARIES | frozenset("""this that these those its it their they them he she his her we our
you i in on for from with as and or but while whereas than then so only more less fewer most least per cent percent
pct being do does said says according which who whom whose what when where there here not no all both each every
other another such same last next own since after before during compared versus against alongside million millions
billion billions bn m k thousand thousands trillion dollars dollar euros euro pounds pound usd eur gbp
le la les l un une au aux et ou mais dans sur pour avec sans sous entre chez ce cet cette ces son sa ses leur leurs
il elle ils elles celui celle ceux celles on qui que qu dont où a sera fut selon presque plus moins cent milliard
milliards milliers tandis alors lorsque quand comme pendant contre face depuis
el los las lo del al y e o u pero con sin sobre para su sus este esta estos estas ese esa quien cual se era eran es
son está están según más menos ciento millones millón mil dólares mientras cuando como contra tras frente desde
der die das den dem ein eine einen einem einer eines und oder aber mit vom zu zum zur im in am an aus bei für über
unter nach vor seit sein seine ihr ihre er sie es wir laut mehr weniger prozent millionen milliarden milliarde
während als wobei gegenüber nachdem sowie wohingegen""".split()) | {"vers"}


class Piece(NamedTuple):
    """A piece of a clause: its figures (number mentions) and the content words they are bound to, each as its key
    and as written (`said`: with the words before its figures read as verbs)."""

    figures: tuple
    words: tuple[tuple[str, str], ...]
    clause: str
    said: tuple[tuple[str, str], ...]  # its words with the verbs before its figures
    heads: frozenset[str] = frozenset()  # the words another piece may leave out: "turnover" in "the bakery's turnover"
    elliptic: bool = False  # whether it leaves out the noun another piece names: "the café's", "la de trigo"

    def gives(self, quantities: frozenset) -> bool:
        """Say whether one of the piece's figures is one of `quantities`."""
        return any(quantities & set(figure.quantities) for figure in self.figures)


def pieces(text: str, spans: list[tuple[int, int]], figures: list, language: str) -> list[Piece]:
    """Return the pieces of text's clauses (`spans`) that hold figures (`figures`: mentions in text order), a clause
    with two or more cut at the last joining word between each two, as read in `language`."""
    found, starts = [], [figure.start for figure in figures]
    for start, end in spans:
        inner = figures[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        if not inner:
            continue
        cuts = [start]
        for before, after in zip(inner, inner[1:]):
            joins = [match.start() for match in _JOINING.finditer(text, before.end, after.start)]
            if joins:
                cuts.append(joins[-1])
        cuts.append(end)
        for begin, finish in zip(cuts, cuts[1:]):
            mine = _sharing(text, [figure for figure in inner if begin <= figure.start < finish])
            found.append(Piece(mine, *_content_words(text, begin, finish, mine, language)))
    return found


def _sharing(text: str, figures: list) -> tuple:
    """Return the first of a piece's figures and those after it with no content word between: "3% to $5 billion", not
    "Pennywise's 4.5% to Harvest Foods' 10.1%"."""
    shared = figures[:1]
    for figure in figures[1:]:
        if any(_key(match.group()) not in _FUNCTION for match in _WORD.finditer(text, shared[-1].end, figure.start)):
            break
        shared.append(figure)
    return tuple(shared)


def _content_words(text: str, start: int, end: int, figures: tuple, language: str) -> tuple:
    """Return the noun phrase text[start:end] opens with, where its first figure follows it, its verb and function
    words between ("Rice output fell 8%", "les exportations ont augmenté de 3 %", "the café's €4m"): its words less
    the verb, the piece, all its words, its heads and whether it leaves its head out (Piece's fields); no words for
    any other shape ("up 3.4% year on year", "taking its total to 48")."""
    clause = text[start:end].strip().rstrip(".;:!?")
    tokens = [(match.start(), _key(match.group()), match.group())
              for match in _WORD.finditer(text, start, figures[0].start)]
    phrase, at = _phrase(tokens)
    verb = _verb_slot(tokens)
    if not phrase or not _subject_of(tokens, phrase, at, verb, language) or _counts(text, figures[0].end, end) or (
            len(phrase) == 1 and opens_on_a_verb(text, phrase[0][0], phrase[0][2], language)):
        return (), clause, ()  # "Votó el 63,8 %" opens on its verb, no noun (opening_verbs.py)
    rest = [token for token in tokens[at:] if token[1] not in _FUNCTION]
    nouns = [token for token in phrase if token[0] != verb]
    return (tuple(token[1:] for token in nouns), clause, tuple(token[1:] for token in phrase + rest),
            *_heads(tokens, nouns))


def _heads(tokens: list, nouns: list) -> tuple[frozenset[str], bool]:
    """Return the words of a noun phrase another may leave out, its head after a possessive or before "of" ("the
    bakery's turnover", "la producción de arroz"), and whether this phrase leaves its own out ("the café's", "la de
    trigo", "celui du café", "der des Cafés")."""
    if not nouns:
        return frozenset(), False
    owner = [n for n, token in enumerate(nouns) if token[2].endswith(("'s", "’s", "'", "’"))]
    after = frozenset(token[1] for token in nouns[owner[-1] + 1:]) if owner else frozenset()
    first = tokens.index(nouns[0])
    joined = [token for token in tokens[tokens.index(nouns[0]):tokens.index(nouns[-1])] if token[1] in _JOINING_NOUNS]
    before = frozenset(token[1] for token in nouns if token[0] < joined[0][0]) if joined else frozenset()
    leaves_out = bool(owner) and owner[-1] == len(nouns) - 1 or any(token[1] in _JOINING_NOUNS
                                                                    for token in tokens[:first])
    return after | before, leaves_out


def _phrase(tokens: list) -> tuple[list, int]:
    """Return the content words of the noun phrase tokens open with, past joining words and articles ("as imports",
    "la production de riz"), and where it ends."""
    at = 0
    while at < len(tokens) and tokens[at][1] in _FUNCTION:
        at += 1
    phrase = []
    while at < len(tokens):
        if tokens[at][1] not in _FUNCTION:
            phrase.append(tokens[at])
            at += 1
        elif tokens[at][1] in _JOINING_NOUNS and _after_articles(tokens, at + 1) < len(tokens):
            at = _after_articles(tokens, at + 1)
        else:
            break
    return phrase, at


def _subject_of(tokens: list, phrase: list, at: int, verb: int | None, language: str) -> bool:
    """Say whether the phrase is the subject of the figure after tokens: no second noun, no verb with an object, no
    report ("a spokesman said that 274 ...") nor the kind of figure ("an average of £400m") between them."""
    rest = [token[0] for token in tokens[at:] if token[1] not in _FUNCTION]
    if rest and (rest != [verb] or not _auxiliaries(tokens[at:], verb, language)):
        return False
    if any(token[1] in _REPORTING for token in tokens[at:]):
        return False
    return not (len(phrase) == 1 and _measure_of(tokens, tokens.index(phrase[0]), at))


def _auxiliaries(tokens: list, verb: int, language: str) -> bool:
    """Say whether the tokens before the one at `verb` are auxiliaries ("ont augmenté", "will spend"), not an object
    ("expects it to fall", "made a profit of")."""
    return all(token[1] in _AUXILIARIES or token[1] == "a" and language == "fr" for token in tokens if token[0] < verb)


def _counts(text: str, at: int, end: int) -> bool:
    """Say whether the figure ending at `at` counts the noun right after it ("274 Taliban fighters", "94,000
    colleagues"): what comes before it is no measure of it."""
    after = _WORD.match(text, at + len(text[at:end]) - len(text[at:end].lstrip()), end)
    return bool(after) and _key(after.group()) not in _FUNCTION and _key(after.group()) not in _UNITS


def _measure_of(tokens: list, first: int, after: int) -> bool:
    """Say whether the word tokens[first] is an indefinite one right before "of" and its figure (`after`: where the
    figure's words start), naming the kind of figure, not what it measures: "an average of £400m", "a total of 48"
    (not "un alza de las importaciones del 12 %")."""
    return (first > 0 and tokens[first - 1][1] in _INDEFINITE and after < len(tokens)
            and tokens[after][1] in _JOINING_NOUNS)


def _after_articles(tokens: list, at: int) -> int:
    """Return where a noun follows tokens[at:], past articles ("de las importaciones"), or len(tokens) where none
    does ("of £400m")."""
    while at < len(tokens) and tokens[at][1] in _BEFORE_NOUN:
        at += 1
    return at if at < len(tokens) and tokens[at][1] not in _FUNCTION else len(tokens)


def _verb_slot(tokens: list) -> int | None:
    """Return where the verb right before a figure starts, if one may be there: the last word before it but light ones,
    not after an article or a preposition."""
    before = list(tokens)
    while before and before[-1][1] in _LIGHT:
        before.pop()
    if before and _is_verb_slot(before[-1][2]) and not (len(before) > 1 and before[-2][1] in _BEFORE_NOUN):
        return before[-1][0]
    return None


def _is_verb_slot(word: str) -> bool:
    """Say whether the word right before a figure may be its verb: a lowercase word, not a possessive nor a function
    word ("was" leaves the noun before it: "turnover was €6m")."""
    return word[:1].islower() and not word.endswith(("'s", "’s", "'", "’")) and _key(word) not in _FUNCTION


def _key(word: str) -> str:
    """Return a word as compared: folded, without its possessive or elided article ("café's", "l'entreprise")."""
    folded = word.casefold()
    folded = re.sub(r"['’]s?$", "", folded)
    return re.sub(r"^(?:l|d|qu|j|n|s|c)['’]", "", folded)


def alike(one: str, other: str) -> bool:
    """Say whether two keys are one word: the same, a plural of it, or alike but for an ending of up to three
    letters ("output", "outputs"; "bakery", "bakeries")."""
    if one == other or one in (other + "s", other + "es") or other in (one + "s", one + "es"):
        return True
    common = len(next((one[:n] for n in range(min(len(one), len(other)), 0, -1) if one[:n] == other[:n]), ""))
    return common >= 4 and common >= max(len(one), len(other)) - 3


def shared(words, others) -> tuple[str, str] | None:
    """Return the first of `words` (key, as written) alike to one of `others`, or None."""
    return next((word for word in words if any(alike(word[0], each[0]) for each in others)), None)


def distinct(found: list[Piece]) -> list[Piece]:
    """Return each piece with only its own words: those no other piece of its sentence says ("prices" in "petrol
    prices rose 4% with diesel prices up 9%" is no piece's own, though read as the verb before "up 9%"), nor
    leaves out ("turnover" in "the bakery's turnover was €6m and the café's €4m")."""
    return [piece._replace(words=tuple(word for word in piece.words
                                       if not any(shared((word,), other.said)
                                                  or other.elliptic and word[0] in piece.heads
                                                  for other in found if other is not piece)))
            for piece in found]
