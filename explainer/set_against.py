"""The thing a source sets aside not told as the thing it keeps: "The Authority measures market power by the share of
stores." may not cite "The Authority notes that its measure of market power is the share of sales, not the share of
stores".

A cited passage's "<kept>, not <set aside>", where both are the same shape ("the share of sales, not the share of
stores": the same words but the last, that word differing), keeps one and sets the other aside. A sentence is refused
where it holds the words set aside (its article aside) within six words after a word of four letters or more of the
five the passage writes before the kept words ("measure", "market", "power"), holds none of the kept words' last word,
and has no negation or contrast of its own ("not", "no", "never", "n't", "rather than", "instead of", "unlike", "but");
words in quotation marks are not read. English text is read (tests/test_factcheck_183.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

# "the share of sales, not the share of stores": two phrases of two to four words, the same but for the last
_SET_AGAINST = patterns.compile(r"(?P<before>(?:[\w'’-]+\s+){1,5})(?P<kept>(?:the\s+|a\s+|an\s+)?(?P<head>(?:[\w'’-]+\s+)"
                                r"{1,3})(?P<one>[\w'’-]+)),\s+not\s+(?:the\s+|a\s+|an\s+)?(?P=head)(?P<other>[\w'’-]+)"
                                r"(?!\w)", re.IGNORECASE)
# What every match holds: looked for first, as the engine skips ahead to a comma, where _SET_AGAINST's words before it
# were tried at every word of every passage (a tenth of the real microsite's time in patterns)
_COMMA_NOT = patterns.compile(r",\s+not\s", re.IGNORECASE)
_CONTRASTED = patterns.compile(r"(?<!\w)(?:not|no|never|nor|n['’]t|rather\s+than|instead\s+of|unlike|but)(?!\w)",
                               re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]{4,}")
_REACH = 6  # words between the passage's word and the words set aside


def set_aside_told_kept(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text tells what a cited passage sets aside ("not the share of stores") where the
    passage keeps another ("the share of sales")."""
    if not in_english(language) or "," not in "".join(passage.text for passage in passages):
        return []
    found = [match for passage in passages if _COMMA_NOT.search(passage.text)
             for match in _SET_AGAINST.finditer(passage.text) if match["one"].casefold() != match["other"].casefold()]
    if not found:
        return []  # most passages set nothing against another: found without reading the sentence
    spoken = markers_blanked(text)
    if _CONTRASTED.search(spoken):
        return []
    quoted = quoted_parts(spoken)
    for match in found:
        if re.search(rf"(?<!\w){re.escape(match['one'])}(?!\w)", spoken, re.IGNORECASE):
            continue  # the sentence names what the passage keeps
        aside = match["head"].split() + [match["other"]]
        told = re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, aside)) + r"(?!\w)", spoken, re.IGNORECASE)
        if told is None or inside(quoted, told.start()):
            continue
        before = {word.casefold() for word in _WORD.findall(match["before"])}
        near = spoken[:told.start()].split()[-_REACH:]
        if not any(word.casefold().strip(".,;:'’\"") in before for word in near):
            continue
        kept = " ".join(match["kept"].split())
        return [Finding(offset, f"this sentence tells '{' '.join(aside)}' where its cited passages say '{kept}', not "
                                f"'{' '.join(aside)}': {clipped(text)}",
                        f"keep the source's words ('{kept}'), or cite a passage that says this")]
    return []
