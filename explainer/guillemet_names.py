"""Names in guillemets: Ukrainian and Russian write a company's, a newspaper's or a group's name between « » or „ “
("компанія «Заріччяобленерго»", "видання «Енергобізнес»"), where English writes it bare.

Such a name is no quotation: read as one, "облрада вимагає переглянути тариф «Заріччяобленерго»" citing a passage that
says "тариф компанії" was refused as quoting words the source does not hold (tests/test_newuser_58.py). One
capitalised word in Cyrillic letters (a hyphen, an apostrophe or digits inside it: «Поділля-Інфо», «Укренерго-2»)
right inside the marks is read as a name; more words («Світло для громад») stay a quotation, as a quoted sentence
(«Люди платять більше») starts with a capital too, and so does a word in Latin letters or in lowercase («тиском»).
"""

from __future__ import annotations

from . import patterns

_OPENING = "«„"
_NAME = patterns.compile(r"[А-ЯІЇЄҐЁ][а-яіїєґёА-ЯІЇЄҐЁ0-9'’ʼ-]*")


def is_name(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end], quoted words, is one capitalised Cyrillic word right inside guillemets: a name."""
    return (start > 0 and text[start - 1] in _OPENING and end < len(text) and text[end] in "»“"
            and _NAME.fullmatch(text, start, end) is not None)
