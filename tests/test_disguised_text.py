"""Text that shows a reader other figures, days or quotations than the checks read (Trojan-source style)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import tree_digest
from support import build_ok, edit, error_lines, rebuild_fails

BRIEFING = "content/flood/briefing.yaml"
SUMMARY = "The river rose on Monday[^monday] and again on Tuesday[^tuesday]."
HIDDEN_HINT = "delete it: a reader would not see it, but the checks would read the text split in two"
MARKUP_HINT = ("write figures, dates and quotations as plain text, without markup, entities or backslashes inside "
               "them")
ENTITY_HINT = "type the characters themselves, without character references (&...;)"


def shows(what: str) -> str:
    return (f"content/flood/briefing.yaml:3: `summary`: the page shows \"{what}\", which the checks do not read in "
            f"the text as written ({MARKUP_HINT})")


def compat(char: str, taken_for: str) -> str:
    return (f"content/flood/briefing.yaml:3: {char} is not allowed: a reader takes it for \"{taken_for}\", which the "
            "checks do not read in it (type the plain characters it stands for (digits, letters, \" or \u201c \u201d))")


def unquoted(quotation: str) -> str:
    return (f"content/flood/briefing.yaml:3: `summary`: quoted words \"a flood like no other\" are not in the passages "
            f"this sentence cites: \"The river rose on Monday and again on Tuesday, {quotation}.\" (checked: \"the river "
            "rose by 3 metres on Monday\", \"The river rose again on Tuesday.\") (quote the source's exact words (only "
            "spacing and quote marks may differ), or cite the passage that holds them)")


# name: (new summary or title line, the exact error expected). Each passes every check without its
# rule: the checks read 3 and 3, or no day at all, where a reader sees 33 or Tuesday.
DISGUISED = {
    "zero-width space inside a figure": (
        "The river rose 3\u200b3 metres on Monday[^monday] and again on Tuesday[^tuesday].",
        f"content/flood/briefing.yaml:3: invisible character U+200B (ZERO WIDTH SPACE) next to a letter or digit is not "
        f"allowed ({HIDDEN_HINT})"),
    "soft hyphen inside a day": (
        "The river rose on Monday[^monday] and again on Thurs\u00adday[^tuesday].",
        f"content/flood/briefing.yaml:3: invisible character U+00AD (SOFT HYPHEN) next to a letter or digit is not "
        f"allowed ({HIDDEN_HINT})"),
    "Cyrillic letter inside a day": (
        "The river rose on Monday[^monday] and again on Thursd\u0430y[^tuesday].",
        "content/flood/briefing.yaml:3: U+0430 (CYRILLIC SMALL LETTER A) stands inside a word of Latin letters: it "
        "looks like a Latin letter but is not one (retype the word in one script, so that it reads as it looks)"),
    "Arabic letter mark": (
        "The river rose on Monday[^monday] and again\u061c on Tuesday[^tuesday].",
        "content/flood/briefing.yaml:3: invisible control character U+061C (ARABIC LETTER MARK) is not allowed "
        "(delete it; it is invisible in most editors)"),
    "emphasis inside a day": (
        "The river rose on Monday[^monday] and again on *Thurs*day[^tuesday].", shows("Thursday")),
    "emphasis inside a figure": (
        "The river rose 3*3* metres on Monday[^monday] and again on Tuesday[^tuesday].", shows("33")),
    "character reference inside a figure": (
        "The river rose &#x33;3 metres on Monday[^monday] and again on Tuesday[^tuesday].", shows("33")),
    "backslash escape inside a figure": (
        "The river rose 3\\.3 metres on Monday[^monday] and again on Tuesday[^tuesday].", shows("3.3")),
    "figure in brackets right after a marker": (
        "The river rose on Monday[^monday](9000) and again on Tuesday[^tuesday].", shows("9000")),
    "quotation made of character references": (
        "The river rose on Monday[^monday] and again on Tuesday[^tuesday], &ldquo;a flood like no other&rdquo;.",
        shows("a flood like no other")),
    "direction override from a character reference": (
        "The river rose on Monday[^monday] and again on &#x202e;yadseuT[^tuesday].",
        f"content/flood/briefing.yaml:2: `summary`: markup writes invisible control character U+202E ({ENTITY_HINT})"),
    # Characters a reader takes for digits, letters or quotation marks that the checks do not read as them.
    "superscript digit after a figure": (
        "The river rose 3\u00b3 metres on Monday[^monday] and again on Tuesday[^tuesday].",
        compat("U+00B3 (SUPERSCRIPT THREE)", "3")),
    "fraction after a figure": (
        "The river rose 3\u00bd metres on Monday[^monday] and again on Tuesday[^tuesday].",
        compat("U+00BD (VULGAR FRACTION ONE HALF)", "1\u20442")),
    "circled digits": (
        "The river rose \u2462\u2462 metres on Monday[^monday] and again on Tuesday[^tuesday].",
        compat("U+2462 (CIRCLED DIGIT THREE)", "3")),
    "fullwidth letter in a day": (
        "The river rose on Monday[^monday] and again on \uff34hursday[^tuesday].",
        compat("U+FF34 (FULLWIDTH LATIN CAPITAL LETTER T)", "T")),
    "mathematical bold letters in a day": (
        "The river rose on Monday[^monday] and again on \U0001d413\U0001d421\U0001d42e\U0001d42b\U0001d42c"
        "\U0001d41d\U0001d41a\U0001d432[^tuesday].",
        compat("U+1D413 (MATHEMATICAL BOLD CAPITAL T)", "T")),
    "small capital in a day": (
        "The river rose on Monday[^monday] and again on Thursd\u1d00y[^tuesday].",
        "content/flood/briefing.yaml:3: U+1D00 (LATIN LETTER SMALL CAPITAL A) stands inside a word of Latin letters: "
        "it looks like a Latin letter but is not read as one (retype the word in plain letters, so that it reads as "
        "it looks)"),
    "letter O for a zero": (
        "The river rose 3O metres on Monday[^monday] and again on Tuesday[^tuesday].",
        "content/flood/briefing.yaml:3: a figure written with the letter O, o, l or I for a digit is not allowed "
        "(type the digits 0 and 1: the checks read no figure in letters, though a reader sees one)"),
    "letter l for a one": (
        "The river rose l3 metres on Monday[^monday] and again on Tuesday[^tuesday].",
        "content/flood/briefing.yaml:3: a figure written with the letter O, o, l or I for a digit is not allowed "
        "(type the digits 0 and 1: the checks read no figure in letters, though a reader sees one)"),
    "combining mark inside a figure": (
        "The river rose 3\u03233 metres on Monday[^monday] and again on Tuesday[^tuesday].",
        "content/flood/briefing.yaml:3: combining mark U+0323 (COMBINING DOT BELOW) on a letter or digit is not "
        "allowed (type an accented letter as one character, and figures without marks: the checks read the text "
        "split at the mark)"),
    "combining mark inside a day": (
        "The river rose on Monday[^monday] and again on Thursda\u0332y[^tuesday].",
        "content/flood/briefing.yaml:3: combining mark U+0332 (COMBINING LOW LINE) on a letter or digit is not "
        "allowed (type an accented letter as one character, and figures without marks: the checks read the text "
        "split at the mark)"),
    "hair space inside a figure": (
        "The river rose 3\u200a3 metres on Monday[^monday] and again on Tuesday[^tuesday].",
        "content/flood/briefing.yaml:3: U+200A (HAIR SPACE) between two digits is not allowed (write the figure "
        "without it, or group thousands with a comma or a no-break space)"),
    "ornament quotation marks": (
        "The river rose on Monday[^monday] and again on Tuesday[^tuesday], \u275da flood like no other\u275e.",
        "content/flood/briefing.yaml:3: quotation mark U+275D (HEAVY DOUBLE TURNED COMMA QUOTATION MARK ORNAMENT) is "
        "not allowed (quote with \" \", \u201c \u201d, \u201e \u201c, \u00bb \u00ab, \u00ab \u00bb, \u2018 \u2019, \u201a \u2018, "
        "\u203a \u2039, \u300c \u300d or \u300e \u300f: the "
        "checks read no quotation between other marks)"),
    "doubled apostrophes as quotation marks": (
        "The river rose on Monday[^monday] and again on Tuesday[^tuesday], ''a flood like no other''.",
        "content/flood/briefing.yaml:3: two apostrophes or backticks used as a quotation mark are not allowed (quote "
        "with \" or \u201c \u201d: the checks read no quotation between doubled marks)"),
    "figure in a link's title": (
        "The river rose on Monday[^monday] and again on [Tuesday](https://example.org \"9000 died\")[^tuesday].",
        "content/flood/briefing.yaml:3: `summary`: quoted words \"9000 died\" are not in the passages this sentence "
        "cites: \"The river rose on Monday and again on [Tuesday](https://example.org \"9000 died\").\" (checked: \"the "
        "river rose by 3 metres on Monday\", \"The river rose again on Tuesday.\") (quote the source's exact words "
        "(only spacing and quote marks may differ), or cite the passage that holds them)"),
    "same closing mark on both sides": (
        "The river rose on Monday[^monday] and again on Tuesday[^tuesday], \u201da flood like no other\u201d.",
        unquoted("\u201da flood like no other\u201d")),
    "same single closing mark on both sides": (
        "The river rose on Monday[^monday] and again on Tuesday[^tuesday], \u2019a flood like no other\u2019.",
        unquoted("\u2019a flood like no other\u2019")),
}


@pytest.mark.parametrize("case", sorted(DISGUISED))
def test_text_that_reads_otherwise_than_it_is_checked_is_refused(case: str, built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    new, expected = DISGUISED[case]
    edit(root / BRIEFING, SUMMARY, new)
    assert error_lines(rebuild_fails(root, good)) == [expected]


def test_an_escape_in_a_quoted_title_is_checked_as_the_file_is(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    edit(root / BRIEFING, "title: The flood", 'title: "The flood of 3\\u20603 metres"')
    assert error_lines(rebuild_fails(root, good)) == [
        f"content/flood/briefing.yaml:1: invisible character U+2060 (WORD JOINER) next to a letter or digit is not "
        f"allowed ({HIDDEN_HINT})"]


def test_invisible_characters_that_scripts_need_and_plain_markup_still_build(built_minimal: Path):
    root = built_minimal
    # Persian needs the zero-width non-joiner between its letters, an emoji sequence the joiner; Greek
    # writes its metres "μέτρα" (not "μg": micrograms are a unit the checks read since newuser60, and the passage
    # gives metres); emphasis and links around whole words show what the checks read.
    edit(root / BRIEFING, "name: Alpha", "name: \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001F469\u200d\U0001F4BB 5 \u03bc\u03ad\u03c4\u03c1\u03b1")
    edit(root / BRIEFING, SUMMARY, "The river rose on *Monday*[^monday] and [again](https://example.org/2026/3) "
                                   "on **Tuesday**[^tuesday].")
    build_ok(root)


def test_a_source_with_a_direction_override_is_refused(built_minimal: Path):
    """The source page shows a source's text as stored: "by \u202e01\u202c metres" shows "by 10 metres"
    where the checks read 01."""
    root = built_minimal
    good = tree_digest(root / "site")
    seed = root / "seeds" / "flood.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("by 5 metres", "by \u202e01\u202c metres"), encoding="utf-8")
    assert error_lines(rebuild_fails(root, good)) == [
        "seeds/flood.txt:1: the document contains a direction override (U+202E), which shows the characters after it "
        "in another order than they are checked (remove it from the document: a source's text must read as it is stored)"]


def test_a_source_holding_a_nul_is_refused_with_its_line(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    seed = root / "seeds" / "flood.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("The mayor", "The\x00mayor"), encoding="utf-8")
    assert error_lines(rebuild_fails(root, good)) == [
        "seeds/flood.txt:3: the document contains a NUL character (this is not a text document; convert it to text)"]


def test_a_figure_in_two_scripts_of_digits_is_refused():
    """An Arabic-Indic zero looks like a point: "3\u06605" shows 3.5 where the checks read 305."""
    from explainer.disguise import disguised_text

    assert disguised_text("The river rose 3\u06605 metres.") == (
        15, 'the figure "3\u06605" mixes digits of two scripts',
        "type all its digits in one script, as a reader would read them")
    assert disguised_text("\u0663\u0660\u0665 \uff13\uff10\uff15 305") is None  # each in one script: read as shown


def test_units_accents_and_signs_that_read_as_they_show_still_build(built_minimal: Path):
    root = built_minimal
    # A superscript after a letter is a unit's power or a formula's index, not a figure; an accent typed
    # as one character, the trade mark sign and the no-break space in a figure read as they show; capitals
    # then one digit are a name's code ("the O2 Arena"), not a figure typed with letters.
    edit(root / BRIEFING, "name: Alpha", "name: Alpha\u2122 (CO\u2082, km\u00b2, caf\u00e9, L'\u00celot, the O2 Arena)")
    edit(root / BRIEFING, SUMMARY, "The river rose on Monday[^monday] and again on Tuesday[^tuesday], "
                                   "\u201cagain on Tuesday\u201d: it's the river's 'again'.")
    build_ok(root)
