"""Round sixteen of attacks on files, signals and sockets: a source converted from a web page holding zero-width
spaces, word joiners or zero-width no-break spaces beside its spaces ("the river<ZWSP> rose"), whose words no citation
could quote (content refuses the character, and matching did not skip it), and whose "3<ZWSP> metres" the checks read
as no figure in metres; a zero-width no-break space (U+FEFF) inside a source's figure ("3<U+FEFF>000" shows 3000), which
the source check let through; `cite` echoing a typed word of any length whole in its "nearest passages" lines.

Each test waits on the event itself (a process's end), never on a sleep.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from conftest import run_build
from support import error_lines, rebuild_fails, tree_digest

FIRST = "Alpha said the river rose by 3 metres on Monday."


def replace_in_seed(root: Path, old: str, new: str) -> str:
    """Replace words of the minimal project's seed, its digest recorded as accept-source would; return its text."""
    seed = root / "seeds" / "flood.txt"
    text = seed.read_text(encoding="utf-8").replace(old, new, 1)
    seed.write_text(text, encoding="utf-8")
    library = root / "content" / "sources.yaml"
    digest = hashlib.sha256(text.encode()).hexdigest()
    library.write_text(re.sub("sha256: .*", f"sha256: {digest}", library.read_text(encoding="utf-8")), encoding="utf-8")
    return text


@pytest.mark.parametrize("written", ["the river\u200b rose", "the river \u2060rose", "the river \ufeff\u200d rose",
                                     "the river\u200b\u200c\n rose"])
def test_invisible_characters_beside_a_sources_spaces_are_skipped_and_highlighted_as_its_own(built_minimal: Path,
                                                                                               written: str):
    """A page saved as text keeps the zero-width spaces and word joiners of its markup beside its spaces: the
    citations of those words were "not in source", and no quote could hold the character to match them."""
    text = replace_in_seed(built_minimal, "the river rose", written)
    assert run_build(built_minimal).code == 0
    page = (built_minimal / "site" / "sources" / "flood.html").read_text(encoding="utf-8")
    start = text.index(written)
    end = text.index("on Monday") + len("on Monday")
    assert f'<mark id="passage-{start}-{end}" tabindex="-1" data-named="cited passage: " class="cited">{text[start:end]}</mark>' in page  # the source's own


def test_a_figure_followed_by_a_zero_width_space_is_read_as_the_figure(built_minimal: Path):
    """"by 3<ZWSP> metres": the checks read no figure in metres, and refused the claim of 3 metres citing it."""
    replace_in_seed(built_minimal, "by 3 metres on", "by 3\u200b metres on")
    result = run_build(built_minimal)
    assert (result.code, result.err) == (0, "")


def test_cite_gives_words_beside_an_invisible_character_as_a_citation_the_build_takes(built_minimal: Path):
    """`cite` refused such words ("hold invisible character U+200B ... next to a letter or digit")."""
    replace_in_seed(built_minimal, "the river rose by 3", "the river\u2060 rose by 3\u200b")
    result = run_build(built_minimal, "cite", "flood", "the river rose by 3 metres")
    assert (result.code, result.out, result.err) == (0, 'source: flood\nquote: "the river rose by 3 metres"\n', "")


def test_a_zero_width_no_break_space_inside_a_sources_figure_is_refused(built_minimal: Path):
    """"3<U+FEFF>000 metres" shows 3000 on the source's page where the checks read 3 and 000; a zero-width space
    there was refused, a byte-order mark pasted mid-text was not."""
    good = tree_digest(built_minimal / "site")
    replace_in_seed(built_minimal, "by 3 metres on", "by 3\ufeff000 metres on")
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        'seeds/flood.txt:1: the document holds an invisible character, U+FEFF (ZERO WIDTH NO-BREAK SPACE), inside '
        '"3000", which its page shows as one word or figure where the checks read two (remove it from the document: '
        "a source's text must read as it shows)"]


def test_cite_cuts_a_very_long_typed_word_in_its_nearest_passages(built_minimal: Path):
    """A word of 200 KB (a paste gone wrong) was echoed whole in the "nearest passages" line, and so was every one
    of 5,000 words only the typed text held. A word of 20 KB stands for it: fifty times the line this allows, echoed
    whole before the cut just as 200 KB was, and building its pattern costs a tenth as much (200 KB: 1.3 s of CPU)."""
    # (under a quote's 5,000 characters: longer words are refused at once since round 39, tests/test_attack_39.py)
    for typed in ("x" * 4_900, " ".join(f"w{number}" for number in range(800))):
        result = run_build(built_minimal, "cite", "flood", f"the river rose by {typed} metres")
        assert result.code == 1 and "Traceback" not in result.err
        nearest = [line for line in result.err.splitlines() if line.startswith("  line 1:")]
        assert nearest and all(len(line) < 400 for line in nearest), nearest
    assert f"[-{'x' * 30}…{'x' * 30}-]" in run_build(built_minimal, "cite", "flood", f"the river rose by {'x' * 99} "
                                                                                         "metres").err


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32"])
def test_a_seed_or_content_file_saved_as_utf16_is_named_so(built_minimal: Path, encoding: str):
    """Notepad and PowerShell save UTF-16: a seed was "byte 0xff is not valid UTF-8" (with its byte-order mark) or
    "the document contains a NUL character (this is not a text document)" (without one), a content file "byte 0xff"
    or "control character U+0000 is not allowed"; neither said the file was text in another encoding."""
    good = tree_digest(built_minimal / "site")
    for path in (built_minimal / "seeds" / "flood.txt", built_minimal / "content" / "flood" / "briefing.yaml"):
        path.write_bytes(path.read_text(encoding="utf-8").encode(encoding))
    wide = encoding[:6].upper()
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        f"content/flood/briefing.yaml:1: the file is written in {wide}, not UTF-8 (save the file as UTF-8)",
        f"seeds/flood.txt:1: the document is written in {wide}, not UTF-8 (convert the document to UTF-8)"]
