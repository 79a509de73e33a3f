"""A figure kept to the words its passage writes right before it: "The companies say genuine concerns arise in 84
areas." may not cite "the Authority has provisionally identified concerns in 84 local areas. We believe that genuine
concerns arise in no more than 40 areas".

A sentence's figure is refused where the three to five words right before it ("genuine concerns arise in"), two of
them of four letters or more, stand together in a cited passage right before another figure (a qualifier between
them aside: "no more than", "about", "up to", "at least", ...), while the sentence's figure stands in the passage
elsewhere and never after those words. Words in quotation marks are not read. English text is read
(tests/test_factcheck_183.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_FIGURE = patterns.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w.,]\d)")
_QUALIFIER = (r"(?:(?:no\s+more\s+than|no\s+fewer\s+than|more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most"
              r"|up\s+to|about|around|nearly|almost|some|only|just|over|under|roughly)\s+)?")
_LONG = patterns.compile(r"[^\W\d_]{4,}")
_WORDS = (5, 4, 3)  # the runs of words before a figure tried, longest first


def figure_after_other_words(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a sentence's figure follows words its cited passage writes before another figure."""
    if not in_english(language) or not any(char.isdigit() for char in text):
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for figure in _FIGURE.finditer(spoken):
        if inside(quoted, figure.start()):
            continue
        words = re.findall(r"[\w'’-]+", spoken[:figure.start()])
        if words and re.search(r"\s$", spoken[:figure.start()]) is None:
            continue  # "£84" or "No.84": no plain figure
        for size in _WORDS:
            run = words[-size:]
            if len(run) < size or len([word for word in run if _LONG.fullmatch(word)]) < 2:
                continue
            found = _other_figure(run, figure.group(), passages)
            if found:
                return [Finding(offset, f"this sentence gives {figure.group()} after '{' '.join(run)}', where its "
                                        f"cited passages give '{found}': {clipped(text)}",
                                "keep the figure the source gives after those words, or cite a passage that gives "
                                "this one")]
    return []


def _other_figure(run: list[str], figure: str, passages: list[Cited]) -> str:
    """Return the passage's words giving another figure right after `run` ("genuine concerns arise in no more than
    40"), where the figure itself follows the run nowhere and stands elsewhere in a passage; or ""."""
    phrase = r"(?<![\w'’-])" + r"\s+".join(map(re.escape, run)) + r"\s+" + _QUALIFIER
    after = patterns.compile(phrase + r"(?P<figure>\d[\d,]*(?:\.\d+)?)(?![\w.,]\d)", re.IGNORECASE)
    others = [(found["figure"], found.group()) for passage in passages for found in after.finditer(passage.text)]
    if not others or any(other == figure for other, _ in others):
        return ""
    if not any(re.search(rf"(?<![\w.,]){re.escape(figure)}(?![\w.,]\d)", passage.text) for passage in passages):
        return ""  # a figure no passage gives: figures.py names it
    return " ".join(others[0][1].split())
