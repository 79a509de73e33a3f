"""An offer kept with whoever made it: "Okafor on the government's offer of 4.5%" may not cite "Alder Terminals has
offered 4.5%".

A pay offer, a bid, a settlement is one side's; a sentence (or a quote's `context`) giving it to a public body the
cited passages never name tells the reader the state stepped in (tests/test_factcheck_216.py, fixture factcheck_204).
A sentence giving a figure as an offer or proposal of a public body ("the government's offer of 4.5%", "the ministry
offered 4.5%", "an offer by the mediator of 4.5%") is refused where a cited passage gives that figure as offered or
proposed, no cited passage names that body at all, and no party of the briefing is named by that body's word. Only the
words of such bodies are read (government, ministry, minister, state, mediator, regulator, council, city, mayor);
"the operator's offer" or a party's own name is left to the checks of who said what. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import folded_word, markers_blanked, split_sentences

_BODY = r"(?P<body>government|ministry|minister|state|mediator|regulator|council|city|mayor)"
_OFFERED = patterns.compile(
    rf"(?<![\w-]){_BODY}(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:offer|proposal|bid)s?(?:\s+of)?"
    rf"|\s+(?:has\s+|had\s+|have\s+)?(?:offered|offers|proposed|proposes|put\s+forward|tabled))\s+"
    rf"(?P<rest>(?:[^\W\d]+\s+){{0,6}}?[$£€]?(?P<figure>\d[\d,]*(?:\.\d+)?)\s?%?)"
    rf"|(?:offer|proposal|bid)s?\s+(?:(?:made|put\s+forward|tabled)\s+)?by\s+(?:the\s+)?{_BODY.replace('body', 'by')}"
    rf"\s+(?:of\s+)?(?:[^\W\d]+\s+){{0,4}}?[$£€]?(?P<by_figure>\d[\d,]*(?:\.\d+)?)"
    rf"|(?:offer|proposal|bid)s?\s+(?:that\s+)?the\s+{_BODY.replace('body', 'made')}\s+(?:made|put\s+forward|tabled)"
    rf"\s+(?:of\s+)?[$£€]?(?P<made_figure>\d[\d,]*(?:\.\d+)?)", re.IGNORECASE)
_PASSAGE_OFFER = patterns.compile(r"(?<![\w-])(?:offer\w*|propos\w*|tabled|bid)(?![\w-])", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")


def offer_given_to_a_body(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                          parties: tuple = ()) -> list[Finding]:
    """Return a finding where text gives a public body an offer its cited passages give without naming that body."""
    if not in_english(language) or not passages or not re.search(r"offer|propos|bid|tabled", text, re.IGNORECASE):
        return []
    spoken = unquoted(markers_blanked(text))
    for match in _OFFERED.finditer(spoken):
        body = (match["body"] or match["by"] or match["made"]).casefold()
        figure = (match["figure"] or match["by_figure"] or match["made_figure"]).replace(",", "")
        if any(body in words for _, words in parties) or _named(body, passages):
            continue
        offered = next((sentence.text for passage in passages for sentence in split_sentences(passage.text)
                        if _PASSAGE_OFFER.search(sentence.text) and figure in _figures(sentence.text)), None)
        if offered:
            shown = " ".join(match.group().split())
            return [Finding(offset, f"this sentence gives an offer to '{body}' ('{shown}'), which its cited passages "
                                    f"never name: they give it as {clipped(offered, 80)}: {clipped(text)}",
                            "give the offer to whom the source gives it, or cite the passage naming that body")]
    return []


def _named(body: str, passages: list[Cited]) -> bool:
    """Say whether a cited passage names the body by its word (or its plural)."""
    return any(folded_word(word).removesuffix("s") == body or folded_word(word) == body
               for passage in passages for word in _WORD.findall(passage.text))


def _figures(text: str) -> set[str]:
    """Return the figures a text writes, their thousands commas dropped."""
    return {number.replace(",", "") for number in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}
