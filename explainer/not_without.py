"""German "nicht ohne": a negation right before "ohne" makes one clause of the two, negated twice, as German means it:
"Wir werden nicht ohne ein verbessertes Angebot an den Verhandlungstisch zurückkehren" says the union returns only
with one.

explainer/polarity.py starts a clause at every "ohne", as at English "without" ("cannot modernise its navy | without
foreign help" negates once each). German puts its verb last, so the split left "Wir werden nicht" a clause of its own,
cut from the verb it negates, and "ohne ein verbessertes Angebot ... zurückkehren" read as negated once: "Ohne
verbessertes Angebot will die GDL nicht weiter verhandeln", which restates it (negated twice in one clause), was
refused as dropping the negation, and "die GDL werde auch ohne ein besseres Angebot zurückkehren" built. Kept
together, the restatement builds and the dropped "nicht" is refused (tests/test_newuser_66.py).
"""

from __future__ import annotations

from . import patterns

# a negation that ends right before a clause's "ohne"
_NEGATION_BEFORE = patterns.compile(r"(?<!\w)(?i:nicht|nie|niemals|keinesfalls|keineswegs|kaum)\s+$")


def joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the clause ends `spans` (each a separator's start and end, in order) but the one before each "ohne"
    that a negation stands right before ("nicht ohne")."""
    if "hne " not in text:
        return spans
    return [(end, after) for end, after in spans
            if not (end == after and text[end:end + 4].casefold() == "ohne"
                    and _NEGATION_BEFORE.search(text, max(0, end - 16), end))]
