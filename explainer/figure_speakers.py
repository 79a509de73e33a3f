"""A figure kept to whose estimate it is: "150,000 people, according to police" may not cite "40,000 people, according
to police ... The organisers put attendance at 150,000".

A crowd, a toll or a cost often has two counts, each someone's: a sentence giving a figure as one speaker's word
("according to police", "police said", "según la policía", "la policía calculó") is refused where its cited passages
give that figure only as another speaker's ("the organisers put attendance at 150,000", "los organizadores calcularon
la asistencia en 150.000") and give that speaker another figure. A speaker is the word after "according to" or
"según" (past an article), or the word right before a verb of saying or estimating; texts are read sentence by
sentence, and a sentence naming two speakers is not read. English and Spanish are read.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .numbers import mentions_in, read_by_language
from .sentences import folded_word, markers_blanked
from .wordset import has_digit

_ARTICLE = r"(?:(?:the|la|el|los|las|su|sus|his|her|its|their)\s+)?"
_ACCORDING = patterns.compile(rf"(?<!\w)(?:according\s+to|según)\s+{_ARTICLE}(?P<who>[^\W\d_]{{3,}})", re.IGNORECASE)
# "put" only before its "at" and a figure: "police put the crowd at 40,000", not "prices put jobs at risk"
# "counts", "gives ... as", "reckons" say whose figure it is as "said" does: "The union counts 5,000 marchers" of "police
# put the turnout at 5,000; the union said 12,000" built (tests/test_factcheck_131.py); each only before its figure
_SAYING = (r"said|says|say|estimated|estimates|estimate|forecasts|forecast|projects|projected|puts?(?=\s+(?:[^\W\d]+\s+){0,5}?at\s+\d)|calculated"
           r"|counts(?!\s+(?:of|for|on|in)\s)(?=\s+(?:[^\W\d]+\s+){0,3}?\d)"
           r"|(?:gives?|gave)(?=\s+(?:[^\W\d]+\s+){0,5}?as\s+(?:[^\W\d]+\s+)?\d)|reckons?|reckoned|tallied"
           r"|counted|reported|dijo|dijeron|afirmó|afirmaron|calculó|calcularon|estimó|estimaron|cifró|cifraron"
           r"|informó|informaron|contó|contaron|contabilizó|contabilizaron")
# a Spanish pronoun may stand between: "el sindicato lo cifró en el 35 %"
_SAID = patterns.compile(rf"(?<![\w'’])(?P<who>[^\W\d_]{{3,}})\s+(?:(?:lo|la|los|las|le|les|se)\s+)?(?:{_SAYING})(?!\w)",
                         re.IGNORECASE)
# whose estimate a figure is, by a possessive before the estimate's noun: "the fund's growth forecast of 2.1 percent"
# (newuser_94: "Halden Bank forecasts growth of 2.1 percent" citing it and Halden's own 3 percent built)
_WHOSE = patterns.compile(r"(?<![\w'’])(?P<who>[^\W\d_]{3,})['’]s\s+(?:[^\W\d_]+\s+){0,2}?"
                          r"(?:forecast|estimate|projection|count)s?\s+(?:of|at)\s", re.IGNORECASE)
# a verb of estimating: its subject made the estimate, not merely said it ("the committee estimates" of a bank's
# estimate "a figure the committee has cited", newuser_94)
_ESTIMATING = patterns.compile(r"(?<!\w)(?:estimat|forecast|project|puts?\s|counts\s|reckon|tallied|gives?\s|gave\s)",
                               re.IGNORECASE)
_NO_SPEAKER = frozenset({"who", "which", "that", "and", "but", "also", "has", "have", "had", "que", "quien", "quienes",
                         "también", "cual", "not", "never", "nunca", "then", "luego",
                         # an article or possessive makes the word after it a noun: "The forecast was revised to
                         # 2.1%" names no speaker 'The' (factcheck_167)
                         "the", "its", "their", "his", "her", "our", "this", "these", "those", "los", "las", "sus"})
# an estimate's noun, not its verb, before "to" and a figure: "revised its growth forecast to 2.1%" names no speaker
# 'growth' (factcheck_167)
_NOUN_TO_FIGURE = patterns.compile(r"(?<![\w-])(?:forecast|estimate|count)s?\s+to\s+[$£€]?\d", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")
_STOPS = patterns.compile(r"[;!?]|\.(?!\d)")
# "police", "policía": a speaker compared by its first letters, at least this many and most of the longer word's:
# "inter" made "intersindical" and "interpelaciones" one (factcheck_162)
_PREFIX = 5
_SHARE = 0.6  # "organisers", "organizers": six of ten letters


class Said(NamedTuple):
    """A sentence's speakers (folded) and the figures it gives, each with how it is written."""

    speakers: frozenset[str]
    figures: frozenset
    names: dict  # a speaker, folded: the word as written
    written: dict  # a figure: as written
    named: frozenset = frozenset()  # every word of the sentence, folded: whom it names otherwise


# a speaker the passage names only by a common noun of a party: "The company said ..." after "Halvorsen said ..." in
# Halvorsen's statement is Halvorsen again, no second speaker (newuser_112)
_ANYONES = frozenset({"company", "firm"})


def _alike(one: str, other: str) -> bool:
    """Say whether two folded words name one speaker: "police" and "policía", "organisers" and "organizers"; not
    "intersindical" and "interpelaciones", which share their first five letters only."""
    if one == other:
        return True
    shared = next((at for at, (a, b) in enumerate(zip(one, other)) if a != b), min(len(one), len(other)))
    return shared >= _PREFIX and shared >= _SHARE * max(len(one), len(other))


def _among(speaker: str, words) -> bool:
    """Say whether one of `words` names `speaker` (_alike)."""
    return any(_alike(speaker, word) for word in words)


def _written(said: Said, speaker: str) -> str:
    """Return how a sentence writes the speaker `speaker` names."""
    return next(written for word, written in said.names.items() if _alike(speaker, word))


def figures_given_to_another(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a figure as one speaker's word that its passages give as another's only."""
    if not _read(language) or not has_digit(text):
        return []
    theirs = [said for passage in passages if _read(passage.language or language)
              for said in _said(passage.text, passage.language or language) if len(said.speakers) == 1]
    if not theirs:
        return []  # most passages give no speaker figures: found without reading the sentence
    mine = _said(markers_blanked(text), language)
    if len(mine) != 1 or len(mine[0].speakers) != 1 or _joined_subject(text, next(iter(mine[0].names.values()))):
        return []
    estimated = (_estimate_of_another(text, mine[0], theirs, offset)
                 or _company_figure_given_to_a_body(text, mine[0], passages, offset, language))
    if estimated or len({speaker for said in theirs for speaker in said.speakers}) < 2:
        return estimated
    (speaker,), figures = mine[0].speakers, mine[0].figures
    for figure in sorted(figures):
        giving = [said for said in theirs if figure in said.figures]
        own = [said for said in theirs if _among(speaker, said.speakers)]
        if giving and own and not any(_among(speaker, said.speakers) or said.speakers <= _ANYONES for said in giving) and any(
                said.figures - {figure} for said in own):
            (other,) = giving[0].speakers
            return [Finding(offset, f"this sentence gives {mine[0].written[figure]} as the word of "
                                    f"'{mine[0].names[speaker]}' where its cited passages give it as the word of "
                                    f"'{giving[0].names[other]}', and another figure as the word of "
                                    f"'{_written(own[0], speaker)}': {clipped(text)}",
                            "give each figure as the word of whom the source gives it to, or cite the passage that "
                            "gives it so")]
    return []


# Public bodies no passage's "the company" or "the firm" may be: a figure a passage gives only as the company's word,
# given as one of theirs, is given to another ("The council says Rydo has around 140,000 regular riders" of "the
# company says it has around 140,000 regular riders": tests/test_factcheck_217.py)
_BODIES = frozenset({"council", "police", "government", "ministry", "minister", "regulator", "court", "committee",
                     "authority", "officials", "officers", "inspectors", "mayor", "union", "department", "agency"})


# A sentence that names the company's figure as the company's, or sets a figure against another, gives the body no
# figure of the company's: "The Agency said efficacy was 68% rather than 82%", "The Agency puts the efficacy at 68%,
# well below the company's 82%", "The Agency said Halden's figure of 82% left out 23 late cases" (test_factcheck_200)
_SET_BESIDE_ANOTHERS = patterns.compile(
    r"(?<![\w-])(?:company|firm|operator)(?:['’]s)?(?![\w-])|\w['’]s\s+(?:own\s+)?(?:figure|estimate|number|count|claim)"
    r"|(?<![\w-])(?:rather\s+than|not|against|below|above|compared\s+with|versus|instead\s+of)(?![\w-])",
    re.IGNORECASE)


def _company_figure_given_to_a_body(text: str, mine: Said, passages: list[Cited], offset: int,
                                    language: str) -> list[Finding]:
    """Return a finding where text gives a figure as a public body's word (_BODIES) that its passages give only in
    sentences whose one speaker is "the company" or "the firm"."""
    (speaker,) = mine.speakers
    if speaker not in _BODIES or _SET_BESIDE_ANOTHERS.search(text):
        return []
    for figure in sorted(mine.figures):
        pieces = [piece for passage in passages for piece in _STOPS.split(passage.text)
                  if figure in _figures_of(piece, passage.language or language)]
        givers = [_said(piece, language) for piece in pieces]
        if givers and all(len(said) == 1 and said[0].speakers <= _ANYONES for said in givers):
            (other,) = givers[0][0].speakers
            return [Finding(offset, f"this sentence gives {mine.written[figure]} as the word of "
                                    f"'{mine.names[speaker]}' where its cited passages give it only as the word of "
                                    f"'the {givers[0][0].names[other]}': {clipped(text)}",
                            "give each figure as the word of whom the source gives it to, or cite the passage that "
                            "gives it so")]
    return []


def _figures_of(piece: str, language: str) -> frozenset:
    """Return the figures a sentence of a passage gives."""
    return frozenset(quantity.value for mention in mentions_in(piece, language) if mention.kind == "figure"
                     for quantity in mention.quantities)


def _joined_subject(text: str, who: str) -> bool:
    """Say whether the speaker before a verb of saying is the second of two joined subjects ("The union and the
    operator put the figures at 120 and 300"): the figures are then each one's in turn, not the second's alone."""
    return re.search(rf"(?<!\w)(?:and|y)\s+(?:(?:the|el|la|los|las)\s+)?{re.escape(who)}(?!\w)", text,
                     re.IGNORECASE) is not None


def _estimate_of_another(text: str, mine: Said, theirs: list[Said], offset: int) -> list[Finding]:
    """Return a finding where text says its speaker estimates a figure that its passages give only as another's
    estimate, in sentences naming the speaker otherwise: "a figure the committee has cited" is no committee's
    estimate."""
    (speaker,) = mine.speakers
    if not _ESTIMATING.search(text):
        return []
    for figure in sorted(mine.figures):
        giving = [said for said in theirs if figure in said.figures]
        if giving and all(not _among(speaker, said.speakers) and _among(speaker, said.named) for said in giving):
            (other,) = giving[0].speakers
            return [Finding(offset, f"this sentence gives {mine.written[figure]} as the estimate of "
                                    f"'{mine.names[speaker]}' where its cited passages give it as the estimate of "
                                    f"'{giving[0].names[other]}': {clipped(text)}",
                            "give the estimate to whom the source gives it ('... cites X's estimate'), or cite the "
                            "passage that gives it so")]
    return []


def _name_before(piece: str, at: int) -> set[str]:
    """Return the first letters of the words of the name a speaker's word ends ("Economists at Halden Bank",
    "Carrow Bay Chamber of Commerce"): capitalised words and the small words between them, a few at most."""
    words = _WORD.findall(piece[max(0, at - 80):at])[::-1][:6]
    run = []
    for word in words:
        if not (word[0].isupper() or word in ("of", "at", "for", "de", "del")):
            break
        run.append(folded_word(word))
    return set(run)


def _subject(piece: str, at: int) -> bool:
    """Say whether the word at `at` may be the subject of the verb after it: a name, or a noun after an article or
    opening its clause ("the organisers put", "police said"; not "it now puts")."""
    before = piece[:at].rstrip()
    return (piece[at].isupper() or not before or before[-1] in ",;:(\"“«"
            or _ARTICLE_BEFORE.search(before) is not None)


_ARTICLE_BEFORE = patterns.compile(r"(?<!\w)(?:the|la|el|los|las|his|her|its|their|su|sus)$", re.IGNORECASE)


def _read(language: str) -> bool:
    return in_english(language) or language.split("-")[0].lower() == "es"


@read_by_language
@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _said(text: str, language: str) -> tuple[Said, ...]:
    """Return each sentence of text that names a speaker: its speakers and its figures."""
    if "gún" not in text and "ccording" not in text and not _SAID.search(text) and not _WHOSE.search(text):
        return ()
    found = []
    for piece in (clause for piece in _STOPS.split(text) for clause in _turns(piece)):
        names = {folded_word(match["who"]): match["who"] for match in _ACCORDING.finditer(piece)}
        names.update((folded_word(match["who"]), match["who"]) for match in _SAID.finditer(piece)
                     if folded_word(match["who"]) not in _NO_SPEAKER and _subject(piece, match.start("who"))
                     and not _NOUN_TO_FIGURE.match(piece, match.end("who") + 1))
        names.update((folded_word(match["who"]), match["who"]) for match in _WHOSE.finditer(piece))
        if names:
            written = {quantity.value: mention.text for mention in mentions_in(piece, language)
                       if mention.kind == "figure" for quantity in mention.quantities}
            # whom it names besides its givers: "the Carrow Bay Chamber of Commerce estimated" names no chamber apart
            givers = {word for match in [*_SAID.finditer(piece), *_WHOSE.finditer(piece)]
                      for word in _name_before(piece, match.start("who"))}
            named = frozenset(folded_word(word) for word in _WORD.findall(piece)) - givers
            found.append(Said(frozenset(names), frozenset(written), names, written, named))
    return tuple(found)


# a turn to another speaker opens a clause of its own: "Organisers said 5,000 people marched, while police put the
# figure at 3,000" gives 3,000 to police (read as one sentence of the organisers', "Police put the figure at 3,000" was
# refused: factcheck_187)
_TURN = patterns.compile(r"[,;]\s*(?:while|whereas|but|though|although|mientras\s+que|pero)\s+(?=\S)", re.IGNORECASE)


def _turns(piece: str) -> list[str]:
    """Return a sentence cut where a turn ("..., while police put ...") opens on a speaker's verb of its own."""
    cuts = [turn.end() for turn in _TURN.finditer(piece) if _opens_on_a_speaker(piece[turn.end():])]
    return [piece[start:end] for start, end in zip([0, *cuts], [*cuts, len(piece)])]


def _opens_on_a_speaker(clause: str) -> bool:
    """Say whether a clause opens on a speaker and its verb of saying ("police put the figure at", "the union said")."""
    said = _SAID.match(clause.removeprefix("the ").removeprefix("la ").removeprefix("el ").removeprefix("los "))
    return said is not None and folded_word(said["who"]) not in _NO_SPEAKER
