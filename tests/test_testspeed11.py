"""A language's mention pattern is made once per process: a project's locale read, or left, empties the readings made
from it, never the patterns (each took 30 ms of CPU to make again; a German test paid it in every build)."""

from __future__ import annotations

from explainer import numbers

GALICIAN = numbers.Writing(",", ("xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto",
                                 "setembro", "outubro", "novembro", "decembro"))


def test_a_language_read_again_after_a_locale_came_and_went_keeps_its_mention_pattern():
    german = numbers._reading("de").pattern
    numbers.read_as_locales({"gl": GALICIAN})
    numbers.read_as_locales({})
    assert numbers._reading("de").pattern is german


def test_a_locale_read_again_still_reads_its_own_months_and_none_once_it_is_gone():
    def dates(text: str) -> list[str]:
        return [text[m.start:m.end] for m in numbers.find_mentions(text, "gl")]

    numbers.read_as_locales({"gl": GALICIAN})
    assert dates("O 3 de marzo de 2026 e o 9 de xuño de 2026.") == ["3 de marzo de 2026", "9 de xuño de 2026"]
    numbers.read_as_locales({})
    assert dates("O 9 de xuño de 2026.") == ["9", "2026"]
    numbers.read_as_locales({"gl": GALICIAN})
    assert dates("O 9 de xuño de 2026.") == ["9 de xuño de 2026"]
