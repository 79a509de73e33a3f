"""Round thirty-one of attacks on files, signals and sockets: names a checkout on Windows cannot hold, and templates
whose bytes reached the pages as they were.

A briefing's folder named as a device Windows keeps (`content/con/`, `aux`, `nul`, `prn`, `com1`, `lpt1`), a seed so
named with any extension (`seeds/nul.txt`), a file of `static/` or `templates/` so named, ending in a dot or a space,
or holding `<>:"|?*` or a control character (`static/12:30.png`, a template named with a newline) were built and
published without a word; git for Windows refuses to check out such a path ("error: invalid path
'content/con/briefing.yaml'") and the checkout stops there, so a pull request adding one left every Windows editor's
clone of the repository without its files. `new con` made the folder itself.

A template saved in Latin-1 or UTF-16 ended every build in a UnicodeDecodeError traceback naming no file; one saved
with a byte-order mark put an unseen U+FEFF in the middle of every page including it; a control character in one (NUL,
ESC, a form feed pasted from a PDF) reached every page made with it (a form feed in feed.xml: unreadable XML); and one
nested too deep for Jinja to read (`{{ [[[...`) was blamed on the line including it, "fix the expression on that line".

What held, tried in this round and left without a test of its own, is listed in the report of the round.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import run_build
from support import build_ok, edit, error_lines, rebuild_fails

from explainer.windows_names import refused_on_windows, refused_path

CLONE = "and git on Windows will not check it out: a clone there is left without any files"
DEVICE = "is the name Windows keeps for a device (as con, nul, aux, prn, com1 and lpt1 are)"


@pytest.mark.parametrize("name, why", [
    ("con", f"'con' {DEVICE}"),
    ("NUL.txt", f"'NUL' {DEVICE}"),
    ("nul .txt", f"'nul' {DEVICE}"),
    ("aux.tar.gz", f"'aux' {DEVICE}"),
    ("com1", f"'com1' {DEVICE}"),
    ("LPT9.css", f"'LPT9' {DEVICE}"),
    ("com\u00b2", f"'com\u00b2' {DEVICE}"),
    ("conout$.txt", f"'conout$' {DEVICE}"),
    ("report.", "the name 'report.' ends in a dot, which Windows drops"),
    ("report.txt ", "the name 'report.txt ' ends in a space, which Windows drops"),
    ("12:30.png", "the name '12:30.png' holds :, which Windows does not allow in a file's name"),
    ('a"b?.css', "the name 'a\"b?.css' holds \" and ?, which Windows does not allow in a file's name"),
])
def test_a_name_windows_cannot_hold_is_named_with_why(name: str, why: str):
    assert refused_on_windows(name) == why


@pytest.mark.parametrize("name", ["console", "con-report", "nul-2026", "null.txt", "com10", "com0", "lpt",
                                  "auxiliary.css", "prn_notes.md", "a.b.c", ".", "..", "flood.txt", "con report.txt",
                                  "comma.css"])
def test_a_name_windows_holds_is_passed(name: str):
    assert refused_on_windows(name) == ""


def test_a_path_is_refused_for_any_of_its_steps():
    assert refused_path("reports/aux/flood.txt") == f"'aux' {DEVICE}"
    assert refused_path("reports. /flood.txt") == "the name 'reports. ' ends in a space, which Windows drops"
    assert refused_path("reports/auxiliary/flood.txt") == refused_path("fonts/console.woff2") == ""


def test_a_briefing_folder_named_as_a_device_is_refused_and_a_name_holding_those_letters_builds(built_minimal: Path):
    good = build_ok(built_minimal)
    content = built_minimal / "content"
    shutil.copytree(content / "flood", content / "con")
    result = rebuild_fails(built_minimal, good)
    assert error_lines(result) == [f"content/con: 'con' {DEVICE}, {CLONE} (rename the folder: the name is the "
                                   "briefing's address)"]
    (content / "con").rename(content / "console")
    assert run_build(built_minimal, "check").code == 0


def test_new_refuses_a_slug_windows_keeps_for_a_device_and_makes_one_beside_it(built_minimal: Path):
    result = run_build(built_minimal, "new", "lpt3", "--title", "The port")
    assert result.code == 1
    assert result.err.strip() == (f"error: 'lpt3' cannot be a briefing's folder name: 'lpt3' {DEVICE}, {CLONE} "
                                  "(choose another slug; it is the briefing's address too)")
    assert not (built_minimal / "content" / "lpt3").exists()
    assert run_build(built_minimal, "new", "lpt", "--title", "The port").code == 0


def test_a_seed_named_as_a_device_is_refused_at_its_file_line_and_a_plain_name_builds(built_minimal: Path):
    good = build_ok(built_minimal)
    library = built_minimal / "content" / "sources.yaml"
    (built_minimal / "seeds" / "flood.txt").rename(built_minimal / "seeds" / "nul.txt")
    edit(library, "file: flood.txt", "file: nul.txt")
    result = rebuild_fails(built_minimal, good)
    assert error_lines(result) == [f"content/sources.yaml:3: source 'flood': 'nul' {DEVICE} (seeds/nul.txt), {CLONE} "
                                   "(rename the file in seeds/, and its `file:` here)"]
    (built_minimal / "seeds" / "nul.txt").rename(built_minimal / "seeds" / "null.txt")
    edit(library, "file: nul.txt", "file: null.txt")
    assert run_build(built_minimal, "check").code == 0


def test_static_and_template_files_windows_cannot_hold_are_each_named(built_minimal: Path):
    good = build_ok(built_minimal)
    static, templates = built_minimal / "static", built_minimal / "templates"
    (static / "aux").mkdir()
    for path in (static / "12:30.png", static / "logo.svg.", static / "aux" / "map.css", templates / "Com1.html",
                 templates / "notes\n.html"):
        path.write_text("x")
    result = rebuild_fails(built_minimal, good)
    assert sorted(error_lines(result)) == [
        f"static/12:30.png: the name '12:30.png' holds :, which Windows does not allow in a file's name, {CLONE} "
        "(rename it)",
        f"static/aux/map.css: 'aux' {DEVICE}, {CLONE} (rename it)",
        f"static/logo.svg.: the name 'logo.svg.' ends in a dot, which Windows drops, {CLONE} (rename it)",
        f"templates/Com1.html: 'Com1' {DEVICE}, {CLONE} (rename it)",
        "templates/notes\\n.html: the name 'notes\\n.html' holds \\n, which Windows does not allow in a file's name, "
        f"{CLONE} (rename it)",
    ]
    (static / "aux").rename(static / "auxiliary")
    (static / "12:30.png").rename(static / "12-30.png")
    (static / "logo.svg.").rename(static / "logo.svg.txt")
    (templates / "Com1.html").rename(templates / "Com10.html")
    (templates / "notes\n.html").rename(templates / "notes.html")
    assert run_build(built_minimal, "check").code == 0


def test_a_template_not_in_utf8_is_named_with_its_line_and_one_with_a_byte_order_mark_builds_without_it(
        built_minimal: Path):
    good = build_ok(built_minimal)
    footer = built_minimal / "templates" / "_footer.html"
    text = footer.read_text(encoding="utf-8")
    footer.write_bytes(text.encode("utf-8") + "<p>\u00a9 R\u00e9seau</p>\n".encode("latin-1"))
    result = rebuild_fails(built_minimal, good)
    assert error_lines(result) == [f"templates/_footer.html:{text.count(chr(10)) + 1}: byte 0xa9 is not valid UTF-8 "
                                   "(save the template as UTF-8)"]
    footer.write_bytes(text.encode("utf-16-le"))  # as PowerShell's Out-File wrote, without a byte-order mark
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        "templates/_footer.html:1: the template is written in UTF-16, not UTF-8 (save the template as UTF-8)"]
    footer.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert build_ok(built_minimal) == good  # the mark was put in the middle of every page, unseen


def test_a_template_nested_too_deep_to_read_is_named_not_the_line_including_it(built_minimal: Path):
    good = build_ok(built_minimal)
    footer = built_minimal / "templates" / "_footer.html"
    text = footer.read_text(encoding="utf-8")
    footer.write_text(text + "{{ " + "[" * 5000 + "]" * 5000 + " }}\n", encoding="utf-8")
    [line] = error_lines(rebuild_fails(built_minimal, good))
    # It named the briefing's `{% include "_footer.html" %}`, saying "fix the expression on that line".
    assert line.startswith("templates/_footer.html: template error as the template was read: maximum recursion depth "
                           "exceeded"), line
    assert line.endswith(" (nest its brackets, braces and tags less deeply, or split it in two)"), line
    footer.write_text(text + "{{ " + "[" * 20 + "]" * 20 + " | length }}\n", encoding="utf-8")
    assert run_build(built_minimal).code == 0


def test_a_template_holding_a_control_character_is_refused_at_its_line_and_one_with_crlf_line_ends_builds(
        built_minimal: Path):
    good = build_ok(built_minimal)
    feed, footer = built_minimal / "templates" / "feed.xml", built_minimal / "templates" / "_footer.html"
    feed_text, footer_text = feed.read_text(encoding="utf-8"), footer.read_text(encoding="utf-8")
    refused = ("is not allowed: every page made with the template would hold it (delete it; it is invisible in most "
               "editors)")
    footer.write_text(footer_text + "\x1b[8m\n", encoding="utf-8")  # written into the page as it was
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        f"templates/_footer.html:{footer_text.count(chr(10)) + 1}: invisible control character U+001B {refused}"]
    footer.write_text(footer_text.replace("  ", "\t"), encoding="utf-8")
    feed.write_text(feed_text.replace("<title>", "<title>\x0c", 1), encoding="utf-8")  # a form feed pasted from a PDF
    line = feed_text[:feed_text.index("<title>")].count("\n") + 1
    assert error_lines(rebuild_fails(built_minimal, good)) == [  # the feed was unreadable XML
        f"templates/feed.xml:{line}: invisible control character U+000C {refused}"]
    feed.write_bytes(feed_text.replace("\n", "\r\n").encode("utf-8"))
    assert run_build(built_minimal).code == 0
