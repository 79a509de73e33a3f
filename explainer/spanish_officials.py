"""Who a person named alone speaks for, in Spanish: "Según Cuevas, la Consejería gastó 2,6 millones" is Unión
Castellana's word where the report names him elsewhere as "Rafael Cuevas, candidato de Unión Castellana".

officials.py reads English posts ("the club's chief executive, Martin Oyelaran"); a Spanish report gives a post with
"de" ("Rafael Cuevas, candidato de Unión Castellana", "la portavoz de Izquierda Verde, Ainhoa Lasa") and then the
surname alone ("según Cuevas", "dijo Cuevas", "Cuevas afirmó"). Read alone, such a passage named no side, so a
party's charge in it was read as nobody's word, and "La Consejería gastó 2,6 millones" built as fact
(tests/test_newuser144.py). The posts are read once per source; a passage naming one of those people by the surname
alone, as a speaker, is read with the post given ("según el candidato de Unión Castellana, Rafael Cuevas,"), as the
reader of the whole report reads it, and party_word.py then reads whose word it is.
"""

from __future__ import annotations

import functools
import re

from . import patterns

_UPPER = "A-ZÁÉÍÓÚÑÜ"
_LOWER = "a-záéíóúñü"
_NAME = rf"[{_UPPER}][{_LOWER}]+(?:\s+[{_UPPER}][{_LOWER}]+){{1,2}}"
# a post of a body the report names with capitals: "candidato de Unión Castellana", "secretario general del PPC",
# "portavoz de la Junta Electoral"; not a participle's phrase ("Unión Castellana, liderada por el exalcalde de Burgos")
_POST = (rf"(?![{_LOWER}]+(?:ad|id)[oa]s?\s)[{_LOWER}]+(?:\s+[{_LOWER}]+){{0,3}}?\s+(?:de|del)\s+"
         rf"(?:(?:la|el|los|las)\s+)?"
         rf"[{_UPPER}][\w-]*(?:\s+(?:del?\s+)?[{_UPPER}][\w-]*){{0,3}}")
_NAMED = patterns.compile(rf"(?<![\w-])(?:(?P<name>{_NAME}),\s+(?P<post>{_POST})(?=[,.;])"
                          rf"|(?:[Ee]l|[Ll]a|[Ss]u)\s+(?P<post2>{_POST}),\s+(?P<name2>{_NAME}))")
# reporting words a surname stands after ("según Cuevas", "dijo Cuevas") or before ("Cuevas afirmó")
_AFTER = r"según|dijo|afirmó|aseguró|declaró|explicó|añadió|señaló|sostuvo|denunció|advirtió"
_BEFORE = (r"dijo|dice|afirmó|afirma|aseguró|asegura|declaró|explicó|añadió|señaló|sostuvo|sostiene|denunció"
           r"|denuncia|acusó|acusa|negó|niega|calcula|calculó|estima|estimó|propuso|cree")


@functools.lru_cache(maxsize=64)  # a source is read once, however many passages cite it
def spanish_officials_named(source: str) -> tuple[tuple[str, str], ...]:
    """Return the people a Spanish source names with a post of a body it names with capitals, each as (name, post):
    ("Rafael Cuevas", "candidato de Unión Castellana")."""
    if " de" not in source:
        return ()
    found = {}
    for match in _NAMED.finditer(source):
        name = " ".join((match["name"] or match["name2"]).split())
        found.setdefault(name, " ".join((match["post"] or match["post2"]).split()))
    return tuple(sorted(found.items()))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def with_spanish_posts(text: str, officials: tuple[tuple[str, str], ...]) -> str:
    """Return a passage with each person of `officials` it names alone as a speaker given the post: "Según Cuevas,"
    reads "Según el candidato de Unión Castellana, Rafael Cuevas,"."""
    for name, post in officials:
        last = name.split()[-1]
        if " de" not in post or last not in text or post in text:
            continue  # an English post (officials.py's), a person not named, or one named with the post already
        person = rf"(?:{re.escape(name.split()[0])}\s+)?{re.escape(last)}(?![\w-])"
        found = re.search(rf"(?<![\w-])(?:{_AFTER})\s+(?P<after>{person})|(?<![\w-])(?P<before>{person})"
                          rf"(?=,?\s+(?:{_BEFORE})(?![\w-]))", text, re.IGNORECASE)
        if found:
            which = "after" if found["after"] else "before"
            opening = not text[:found.start(which)].strip() or text[:found.start(which)].rstrip().endswith(".")
            given = f"{'El' if opening else 'el'} {post}, {name}" + ("," if which == "before" else "")
            text = f"{text[:found.start(which)]}{given}{text[found.end(which):]}"
    return text
