"""A passage cut from inside quotation marks is someone's words: a citation of '« Nos salaires ont perdu 11 % de
pouvoir d'achat depuis 2021, et la direction le sait. »' quotes its words without the marks, whole sentences, and
was read as the source's own statement: "Les salaires ont perdu 11 % de pouvoir d'achat depuis 2021" citing it
built, a union leader's charge told as fact (tests/test_newuser145.py). Read with its marks, the source's sentence
holding it goes on the words of the speaker the sentence before names (party_word.py, continued_quotes.py).
"""

from __future__ import annotations

from .attribution import quoted_parts
from .sentences import inside


def cut_from_quotation(text: str, holding: str) -> bool:
    """Say whether a passage's text stands inside quotation marks of the source's sentence holding it."""
    at = holding.find(text) if holding and text else -1
    return at >= 0 and holding[at:at + len(text)] != holding.strip() and inside(quoted_parts(holding), at)
