"""A trial's figure kept to its arm: "Nine cases of Guillain-Barré syndrome occurred in the placebo arm and two in the
vaccine arm" may not cite "9 cases of Guillain-Barré syndrome occurred in the vaccine arm and 2 in the placebo arm",
nor "About 1 in 3,550 vaccinated participants developed it" cite "about 1 in 790 vaccinated participants, against about
1 in 3,550 in the placebo arm".

A clause (a sentence's part between commas, semicolons, colons, "and", "against", "while", "compared with", "versus")
names an arm where it names one of the two only: the treated arm ("the vaccine arm", "vaccinated", "received the
vaccine", "the treatment group") or the control arm ("the placebo arm", "given a placebo", "the control group"). A
sentence's figure in a clause naming one arm is refused where the cited passages name both arms and give that figure
only in clauses naming the other (a figure they give with no arm, or with both, or in both arms' clauses, is left
alone: "7,100 received the vaccine and 7,100 a placebo"). Years are not read as figures; English text is read, words
in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked, split_sentences

_TREATED = patterns.compile(r"(?<!\w)(?:(?:vaccine|treatment|drug|active)\s+(?:arm|group)s?|vaccinated|"
                            r"(?:received|receiving|given|got)\s+the\s+(?:vaccine|drug|treatment))(?!\w)", re.IGNORECASE)
_CONTROL = patterns.compile(r"(?<!\w)(?:placebo|control\s+(?:arm|group)s?|unvaccinated)(?!\w)", re.IGNORECASE)
_CLAUSE_BREAK = patterns.compile(r",(?!\d)|;|:|\s(?:and|against|while|whereas|compared\s+(?:with|to)|versus|vs\.?)\s",
                                 re.IGNORECASE)
_NUMBER_WORDS = {word: str(value) for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}
_FIGURE = patterns.compile(r"(?<![\w.,])(?:(?P<number>\d[\d,]*(?:\.\d+)?)(?P<unit>\s?(?:%|per\s?cent|percent))?(?![\w,]*\d)|"
                           r"(?P<word>" + "|".join(_NUMBER_WORDS) + r")(?!\w))", re.IGNORECASE)


def figure_moved_to_arm(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a figure to one arm of a trial its cited passages give the other arm only."""
    if not in_english(language) or not passages or not (_TREATED.search(text) or _CONTROL.search(text)):
        return []
    clauses = [clause for passage in passages for sentence in split_sentences(passage.text)
               for clause in _clauses(sentence.text)]
    if not (any(arm == "treated" for arm, _ in clauses) and any(arm == "control" for arm, _ in clauses)):
        return []  # the passages do not tell the arms apart
    for arm, figures, start in _clauses_with_starts(unquoted(markers_blanked(text))):
        if arm is None:
            continue
        for figure, written, at in figures:
            arms = {other for other, found in clauses if figure in {key for key, _, _ in found}}
            if arms and arms == {_OTHER[arm]}:
                return [Finding(offset + start + at, f"this sentence gives {written} to the {_NAMED[arm]} arm, but "
                                                     f"its cited passages give it to the {_NAMED[_OTHER[arm]]} arm: "
                                                     f"{clipped(text)}",
                                "keep each figure with the arm of the trial the source gives it to, or cite the words "
                                "that give it so")]
    return []


_OTHER = {"treated": "control", "control": "treated"}
_NAMED = {"treated": "treated (vaccine or drug)", "control": "control (placebo)"}


def _clauses(sentence: str) -> list[tuple[str | None, list]]:
    """Return a sentence's clauses, each as its arm (or None) and its figures."""
    return [(arm, figures) for arm, figures, _ in _clauses_with_starts(sentence)]


def _clauses_with_starts(sentence: str) -> list[tuple[str | None, list, int]]:
    """Return a sentence's clauses, each as its arm (or None), its figures (key, as written, offset) and its offset."""
    found, start = [], 0
    for cut in [*_CLAUSE_BREAK.finditer(sentence), None]:
        end = cut.start() if cut else len(sentence)
        clause = sentence[start:end]
        found.append((_arm(clause), _figures(clause), start))
        start = cut.end() if cut else end
    return found


def _arm(clause: str) -> str | None:
    """Return the arm a clause names ("treated" or "control"), or None where it names neither or both."""
    treated, control = bool(_TREATED.search(clause)), bool(_CONTROL.search(clause))
    return "treated" if treated and not control else "control" if control and not treated else None


def _figures(clause: str) -> list[tuple[tuple[str, bool], str, int]]:
    """Return a clause's figures, each as (digits, whether a per cent), as written and where; years left out."""
    figures = []
    for match in _FIGURE.finditer(clause):
        if match["word"]:
            figures.append(((_NUMBER_WORDS[match["word"].lower()], False), match.group(), match.start()))
            continue
        number = match["number"].replace(",", "")
        if not match["unit"] and len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100:
            continue
        figures.append(((number, bool(match["unit"])), match.group().strip(), match.start()))
    return figures
