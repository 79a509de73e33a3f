"""What a build reads of a project's locale, made once per process: a locale read, or left, empties the readings made
from it, never a language's mention pattern (30 ms of CPU to make again; a German test paid it in every build), and a
locale holding the same words has its labels read once."""

from __future__ import annotations

from pathlib import Path

from support import edit, locale_from_english, project_in_language, refused_with

from explainer import frame_words, numbers

GERMAN_MONTHS = "[Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]"

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


def test_a_project_locales_labels_are_read_once_per_process_and_again_once_edited(tmp_path: Path):
    """Reading every label of a project's locale took 6 ms of CPU in each build, again after any change of the locales
    read (each German or French test paid it); a locale holding the same words is now read once."""
    root = project_in_language(tmp_path / "project", "de", locale_from_english(GERMAN_MONTHS, day_dot=True), "q",
                               "Bericht\n\nDer Bericht.\n", "title: Der Bericht\nlanguage: de\nsummary: |\n  Der Bericht.\n"
                               "updates:\n  - date: 2026-03-12\n    kind: update\n    text: First published.\n"
                               "citations:\n  q:\n    source: q\n    quote: 'Der Bericht.'\n")
    edit(root / "locales" / "de.yaml", "summary: What we know", 'summary: "What we know: 9000 killed"')
    stated = 'label \'summary\' states "9000"'
    assert any(stated in line for line in refused_with(root, stated))
    read = frame_words._stated_in_locale.cache_info().misses
    numbers.read_as_locales({})  # as another project's build, or the next test, leaves it
    refused_with(root, stated)
    assert frame_words._stated_in_locale.cache_info().misses == read
    edit(root / "locales" / "de.yaml", "9000 killed", "on Tuesday")
    lines = refused_with(root, 'label \'summary\' states "Tuesday"')
    assert not any(stated in line for line in lines)
    assert frame_words._stated_in_locale.cache_info().misses == read + 1
