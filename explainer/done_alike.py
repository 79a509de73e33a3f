"""A possible loss told done in other words: "about 3,000 seasonal jobs have gone" citing "about 3,000 seasonal jobs may
be lost in the coming harvest" built, as only "lost" was read as the act told done (tests/test_newuser143.py).

The participles a passive possibility's act is told done by besides its own: jobs or posts "lost" are "gone", "cut",
"axed", "shed" or "eliminated", and a plant "closed" is "shut". English text is read (possible_done.py).
"""

from __future__ import annotations

_ALIKE = {
    "lost": ("gone", "cut", "axed", "shed", "eliminated"),
    "cut": ("lost", "gone", "axed", "shed", "eliminated"),
    "axed": ("lost", "gone", "cut", "shed", "eliminated"),
    "shed": ("lost", "gone", "cut", "axed", "eliminated"),
    "closed": ("shut",),
    "shut": ("closed",),
}


def done_alike(participle: str) -> tuple[str, ...]:
    """Return the participles besides `participle` that tell its act done ("gone" of "lost")."""
    return _ALIKE.get(participle.casefold(), ())
