"""A German multiple said in words, "dreimal so hoch", "doppelt so viele", "halb so groß", read as its figure.

The numbers read "drei Mal so hoch" (two words) as the figure 3, but not "dreimal", "doppelt" or "halb" (one word):
"Die Kosten sind dreimal so hoch." citing "Die Kosten betragen das Doppelte." built, where French "trois fois" and
English "three times" are refused as a figure the passage does not give. A multiple before "so" ("zweimal so",
"dreimal so", "3-mal so", "doppelt so", "halb so") is refused where no cited passage backs it: by the same multiple in
words ("das Doppelte", "doppelt so", "verdoppelt", "zweifach", "zwei Mal", "die Hälfte", "halbiert", "das Dreifache",
"verdreifacht", ...), by its factor as a figure ("um den Faktor 3"), by its rise or fall in per cent ("um 100 Prozent"
is "doppelt so", "um 50 Prozent" "halb so"), or by two figures of one unit whose ratio it is, on the side its bound
says ("mehr als", "fast", "rund": computed.py's `near_ratio`). "zwei Mal so hoch" (the figure "zwei") citing a
passage's "das Doppelte" builds so too (german_multiple_words.py). Words in quotation marks are not read; a multiple
with no "so" after it ("tagte zweimal") is not read here (tests/test_factcheck_171.py). "dreimal höher als" and "um das
Dreifache gestiegen" of a doubling ("verdoppelt") built, a multiple read before "so" only: now one before a
comparative of size and "als" ("dreimal höher als", "dreimal mehr Besucher als"; not "zweimal später als
geplant", twice late, nor "zweimal mehr als 100 Euro") and one told as a noun ("das Dreifache", "um das
Doppelte", "auf das 3-Fache") are read as well (tests/test_factcheck_180.py).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .computed import near_ratio
from .german_multiple_words import NUMBER, NUMBERS, multiples_given
from .locale import base_language
from .numbers import Quantity, is_year, mentions_in
from .sentences import markers_blanked

_OF_SIZE = (r"(?:höh|größ|teur|niedrig|klein|läng|stärk|schwer|häufig|bill|günstig|schnell|breit|tief|dick|hell|laut"
            r"|heiß|kält|wärm|reich|ärm|dicht|weit|schwäch|sparsam|effizient)er|mehr|weniger")
# the sentence's multiple before "so", and its bound ("mehr als doppelt so hoch", "fast dreimal so viele")
_SAID = patterns.compile(
    r"(?<![\w-])(?:(?P<bound>mehr\s+als|über|gut|fast|knapp|beinahe|nahezu|annähernd|rund|etwa|ungefähr)\s+)?"
    rf"(?P<said>(?P<multiple>(?P<word>{NUMBER})mal|(?P<digits>\d+)\s*-?\s*mal|(?P<double>doppelt)|(?P<half>halb))"
    # "so hoch", or a comparative before "als" ("dreimal höher als", "doppelt mehr als"; factcheck_180)
    # a comparative of size, not of time ("zweimal später als geplant" is twice late), nor "zweimal mehr als 100"
    r"\s+(?:(?P<so>so)|(?:" + _OF_SIZE + r")(?=\s+als(?!\w))|(?:mehr|weniger)(?:\s+[^\W\d_]+){1,2}(?=\s+als(?!\w)))"
    # a multiple as a noun: "das Dreifache", "um das Doppelte", "auf das 3-Fache" (factcheck_180)
    rf"|(?:das|dem|des|beim|zum|vom|ums|aufs)\s+(?:(?P<fold>{NUMBER})fache|(?P<fold_digits>\d+)\s*-?\s*fache|(?P<noun_double>doppelte))n?)"
    r"(?!\w)", re.IGNORECASE)
_MAY_SAY = patterns.compile(r"so|als|fache", re.IGNORECASE)  # words each multiple read holds: a sentence's search
_AS_ENGLISH = {"mehr als": "more than", "über": "more than", "gut": "more than", "fast": "nearly", "knapp": "nearly",
               "beinahe": "nearly", "nahezu": "nearly", "annähernd": "nearly", "rund": "about", "etwa": "about",
               "ungefähr": "about"}
_MOST_READ = 40
_HINT = "say the multiple the source gives, or cite the passage that gives it"


def german_multiple_unbacked(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a German sentence says a multiple in words ("dreimal so hoch") that no cited passage
    gives: in words, as its factor, or as the ratio of two of its figures."""
    if base_language(language or "en") != "de" or not _MAY_SAY.search(text):
        return []
    spoken = unquoted(markers_blanked(text))
    for said in _SAID.finditer(spoken):
        factor = _factor(said)
        if factor and not _backed(factor, _bound(said), spoken, passages, language):
            shown = " ".join(said.group("said").split())
            return [Finding(offset, f"this sentence says the multiple \"{shown}\" ({factor:g} times), which its "
                                    f"cited passages give neither in words nor as the ratio of two figures: "
                                    f"{clipped(text)}", _HINT)]
    return []


def _factor(said: re.Match) -> Decimal | None:
    if said.group("word") or said.group("fold"):
        return Decimal(NUMBERS[(said.group("word") or said.group("fold")).casefold()])
    digits = said.group("digits") or said.group("fold_digits")
    if digits:
        return Decimal(digits) if digits not in ("0", "1") else None
    if said.group("double") or said.group("noun_double"):
        return Decimal(2)
    return Decimal("0.5") if said.group("so") else None  # "halb so", not "halb größer als"


def _bound(said: re.Match) -> str:
    bound = " ".join((said.group("bound") or "").casefold().split())
    return _AS_ENGLISH.get(bound, "")


def _backed(factor: Decimal, bound: str, spoken: str, passages: list[Cited], language: str) -> bool:
    """Say whether a passage gives the multiple in words or as a figure, or two figures (of the passages, or one of
    the sentence's) of one unit whose ratio it is."""
    if any(factor in multiples_given(passage.text) for passage in passages):
        return True
    known = {quantity for passage in passages for quantity in _quantities(passage.text, passage.language or language)}
    if any(quantity.unit == "" and quantity.value == factor for quantity in known):
        return True  # "um den Faktor 3", "das 3-Fache" read as a figure
    if any(quantity.unit == "%" and quantity.value == abs(factor - 1) * 100 for quantity in known):
        return True  # "stieg um 100 Prozent" is "doppelt so hoch", "sank um 50 Prozent" "halb so hoch"
    wanted = Quantity(Decimal(2) if factor == Decimal("0.5") else factor, "")
    bound = "about" if factor == Decimal("0.5") and bound else bound  # "fast halb so" is a ratio near 2, either side
    named = set(_quantities(spoken, language)) | known
    for unit in {quantity.unit for quantity in known}:
        values = sorted({quantity.value for quantity in named if quantity.unit == unit})[:_MOST_READ]
        if any(near_ratio(wanted, bound, low, high) for n, low in enumerate(values) for high in values[n + 1:]):
            return True
    return False


@functools.lru_cache(maxsize=1 << 10)
def _quantities(text: str, language: str) -> tuple[Quantity, ...]:
    """Return text's figures' quantities above zero, but years."""
    return tuple(quantity for mention in mentions_in(text, language) if mention.kind == "figure"
                 and not is_year(mention.text) for quantity in mention.quantities if quantity.value > 0)


# A change by a multiple the unbacked_multiples check names ('change "verdoppelt" is not in the passages it cites')
_UNBACKED_CHANGE = patterns.compile(r'change "(?P<verb>verdoppel\w*|verdoppl\w*|verdreifach\w*|vervierfach\w*'
                                    r'|halbier\w*)" is not in the passages it cites', re.IGNORECASE)
_VERB_FACTORS = {"verdop": Decimal(2), "verdre": Decimal(3), "vervie": Decimal(4), "halbie": Decimal("0.5")}
# a passage's multiple compared with another thing, not an earlier time: "doppelt so hoch wie in Berlin", "das Doppelte
# der Kosten in Bayern"; "das Doppelte des Vorjahres", "doppelt so hoch wie 2020" compare a time, as a change does
_COMPARED = patterns.compile(r"[^\W\d_]*(?:\s+so\s+[^\W\d_]+)?\s+(?:wie|als|des|der|von|vom)\s+(?!(?:im\s+|in\s+den\s+)?"
                             r"(?:vorjahr\w*|jahr\w*|damals|früher\w*|zuvor|vorher|vor|letzt\w*|vergangen\w*|\d{4})(?!\w))",
                             re.IGNORECASE)


def german_multiples_said_in_words(findings: list[Finding], text: str, passages: list[Cited],
                                   language: str = "") -> list[Finding]:
    """Return unbacked_multiples' findings but those of a German change by a multiple ("Die Kosten haben sich
    verdoppelt") that a cited passage says in words of its own ("Die Kosten betragen das Doppelte", "doppelt so hoch",
    "die Hälfte"), not comparing another thing ("das Doppelte der Kosten in Bayern"): tests/test_factcheck_184.py."""
    if not findings or base_language(language or "en") != "de":
        return findings
    return [finding for finding in findings if not _said_in_words(finding, passages)]


def _said_in_words(finding: Finding, passages: list[Cited]) -> bool:
    """Say whether a finding's German multiple is one a passage gives in words, comparing no other thing."""
    unbacked = _UNBACKED_CHANGE.match(finding.message)
    if not unbacked:
        return False
    factor = _VERB_FACTORS[unbacked["verb"].casefold()[:6]]
    return any(factor in multiples_given(passage.text) and not any(
        _COMPARED.match(passage.text, found.end()) for found in _WORDS_OF_MULTIPLES.finditer(passage.text))
        for passage in passages)


_WORDS_OF_MULTIPLES = patterns.compile(r"(?<![\w-])(?:doppelt|zweifach|dreifach|vierfach|hälfte|halb|\w+mal|\w*fache)",
                                       re.IGNORECASE)
