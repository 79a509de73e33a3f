"""A first told for a last, named once: "el primer trimestre" citing "el último trimestre".

Spanish and German ordinals after an article ("el primer trimestre", "im ersten Quartal") are figures to the figure
check, which a passage's "último trimestre" or "letzten Quartal" does not back; opposites.py reads the same words as
an order turned ("says 'primer' where its cited passages say 'último'"). One fault made two messages; the figure
check leaves the ordinal to the check that names what the passage says instead (tests/test_factcheck_125.py). A rank
changed ("primer semestre" of "segundo semestre") is still named by both the figure check and ranks.py.
"""

from __future__ import annotations

from .attribution import Cited


def named_as_turned(sentence: str, written: str, passages: list[Cited], language: str) -> bool:
    """Say whether the words checks name the spelled ordinal `written` of `sentence` as a passage's order or rank
    turned ("says 'primer' where ... 'último'")."""
    from .opposites import turned_opposites  # it reads passages with the figure check's words: imported here

    said = f"this sentence says '{written.casefold()}"
    return any(finding.message.casefold().startswith(said) and finding.message[len(said)] in "' "
               for finding in turned_opposites(sentence, passages, 0, language))
