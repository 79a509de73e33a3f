"""A source document saved in Unicode's decomposed form ("e" then a combining acute, as some PDF converters and Mac
tools write it) is read composed: it shows the same letters, and an editor quotes it as typed.

Content must write "é" as one character (a combining mark on a Latin letter is refused there), so such a source
could not be quoted for any accented word at all, and a month or a name with an accent was not read in it.
"""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

from conftest import run_build
from support import deal_project, refused_with

SENTENCE = "La préfecture a été évacuée le mardi 3 février 2026, selon le ministère de l'Intérieur."
QUOTE = "La préfecture a été évacuée le mardi 3 février 2026"
DECOMPOSED = unicodedata.normalize("NFD", f"Rapport de la préfecture\n\n{SENTENCE}\n")


def test_the_document_is_decomposed_and_the_content_is_not():
    assert "e\u0301" in DECOMPOSED and "\u0301" not in QUOTE  # the case this file is about


def decomposed_project(tmp_path: Path, summary: str) -> Path:
    return deal_project(tmp_path, summary, QUOTE, DECOMPOSED, language="fr")


def test_a_decomposed_source_is_quoted_as_an_editor_types_it(tmp_path: Path):
    root = decomposed_project(tmp_path, "La préfecture a été évacuée le 3 février 2026.")
    result = run_build(root)
    assert result.code == 0, result.err
    source_page = (root / "site" / "sources" / "report.html").read_text(encoding="utf-8")
    assert "La préfecture a été évacuée le mardi 3 février 2026</mark>" in source_page.replace("\n", " ")
    # The document itself is kept byte for byte: its digest in the library is of the decomposed bytes.
    assert hashlib.sha256((root / "seeds" / "report.txt").read_bytes()).hexdigest() == \
        hashlib.sha256(DECOMPOSED.encode()).hexdigest()


def test_a_date_misstated_from_a_decomposed_source_is_still_refused(tmp_path: Path):
    root = decomposed_project(tmp_path, "La préfecture a été évacuée le 4 février 2026.")
    refused_with(root, "briefing.yaml:3", "4 février 2026")
