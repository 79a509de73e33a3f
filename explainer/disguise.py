"""Disguised text: characters that show a reader other figures, words or quotation marks than the checks read.

A figure, date or quotation must be read by the checks as a reader reads it on the page. Text
that reads otherwise (an invisible character inside a figure, a Cyrillic letter in a weekday, a
figure typed with the letter O, a fullwidth digit, a combining mark, an odd space between
digits, digits of two scripts, an unread quotation mark) is refused where it is written.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from . import patterns

# Characters that show nothing (zero-width space and joiners, word joiner, soft hyphen, invisible
# operators, variation selectors, tags...). Scripts such as Persian need some of them between
# their letters; beside a digit or a Latin, Greek or Cyrillic letter they only hide what the
# checks read: "800<ZWSP>800" shows 800800 but states 800 twice, "Tues<SHY>day" names no day.
_SHOWS_NOTHING = ("\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2064\u3164"
                  "\ufe00-\ufe0f\uffa0\ufff9-\ufffb\U000e0000-\U000e007f\U000e0100-\U000e01ef")
_CHECKED_LETTER = "\\dA-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff"
_HIDDEN_IN_WORD = patterns.compile(f"(?<=[{_CHECKED_LETTER}])[{_SHOWS_NOTHING}]|[{_SHOWS_NOTHING}](?=[{_CHECKED_LETTER}])")
# In a source, such a character between two of those letters or digits: "1<ZWSP>200" shows 1200 on its page, where
# the checks read 1 and 200 (a quote of "200 people" was highlighted inside it). A soft hyphen is the anchoring's to
# join ("Author\u00adity"), and stays; a zero-width no-break space mid-text (U+FEFF, a byte-order mark pasted in) shows
# nothing too: "3\ufeff000" shows 3000.
_HIDDEN_RUN = patterns.compile(f"[{_SHOWS_NOTHING.replace(chr(0xad), '')}\ufeff]+")
_CHECKED_CHARACTER = patterns.compile(f"[{_CHECKED_LETTER}]")


def hidden_inside_word(text: str) -> tuple[int, int] | None:
    """Return (start, end) of the first run of invisible characters between two Latin, Greek or Cyrillic letters or
    digits of a text, or None (looked for by the invisible characters alone: a source may run to megabytes)."""
    if text.isascii():
        return None
    for found in _HIDDEN_RUN.finditer(text):
        start, end = found.span()
        if (start and end < len(text) and _CHECKED_CHARACTER.match(text, start - 1)
                and _CHECKED_CHARACTER.match(text, end)):
            return start, end
    return None


# A Cyrillic or Greek letter inside a Latin word looks the same and is read as another word:
# "Tu\u0435sday" (Cyrillic e) shows Tuesday but names no day. (Greek mu is common in units: "5 \u03bcg".)
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_LOOKALIKE = "\u0370-\u03bb\u03bd-\u03ff\u0400-\u04ff"
_MIXED_SCRIPT = patterns.compile(f"[{_LATIN}][{_LOOKALIKE}]|[{_LOOKALIKE}][{_LATIN}]")
_ANY_LOOKALIKE = patterns.compile(f"[{_LOOKALIKE}]")
# Latin letters the checks do not read as the letters they look like: IPA and phonetic letters and
# small capitals ("T\u1d1cesday" shows Tuesday). Inside a Latin word they are refused like Cyrillic.
_LATIN_LOOKALIKE = "\u0250-\u02af\u1d00-\u1dbf\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f"
_MIXED_LATIN = patterns.compile(f"[A-Za-z][{_LATIN_LOOKALIKE}]|[{_LATIN_LOOKALIKE}][A-Za-z]")
# A figure typed with letters: "9OOO" or "l00" shows 9000 and 100 but states no figure at all.
_LETTER_BY_DIGIT = patterns.compile(r"\d[.,]?[OolI]|[OolI][.,]?\d")
_FIGURE_LIKE = patterns.compile(r"[\dOolI.,]+")
# Capitals then one digit are a name's code, not a figure in disguise: "the O2 Arena", "IO1".
_CODE_NAME = patterns.compile(r"[OI]+\d")
# Spaces the number reader does not take for a thousands separator, between two digits: a hair
# space shows "8\u200a500" as 8500, where the checks read 8 and 500.
_ODD_SPACES = frozenset("\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u200a\u205f\u3000")
_SPACE_IN_FIGURE = patterns.compile("(?<=\\d)[" + "".join(sorted(_ODD_SPACES)) + "](?=\\d)")
# Digits of one number in two scripts: "3\u06605" shows 3.5 (Arabic-Indic zero looks like a point)
# where the checks read 305.
_DIGIT_RUN = patterns.compile(r"\d(?:[.,\u066b\u066c\u00a0\u202f\u2009]?\d)*")
# Quotation marks the quotation reader does not know: words between them would go unchecked.
# (German single marks, \u201a \u2018 and \u203a \u2039, and Japanese and Chinese corner brackets, \u300c \u300d
# and \u300e \u300f, are read: attribution.py pairs them.)
_UNREAD_QUOTE = patterns.compile("[\u201b\u201f\u275b-\u275e\u301d-\u301f\u2e42]")
_UNREAD_QUOTE_SET = frozenset("\u201b\u201f\u275b\u275c\u275d\u275e"
                              "\u301d\u301e\u301f\u2e42")
# Compatibility characters a reader takes for Latin letters, digits or quotation marks that the
# checks do not read as them: fullwidth "\uff34uesday", "\U0001d7f4" digits in figures, superscripts
# "800\u00b9", fractions "3\u00bd", ligatures, "\u339e". (The trade mark sign is exempt.)
# ''words'' and ``words'' show a quotation the quotation reader does not see: the opening pair.
DOUBLED_QUOTE = patterns.compile(r"(?<![\w'`])(?:''|``)(?=\w)")
_COMPAT_EXEMPT = {"\u2122", "\u2120"}
_SUPERSCRIPT_DIGITS = "\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089"
_AFTER_LETTER = patterns.compile(f"(?<=[{_LATIN}])[{_SUPERSCRIPT_DIGITS}]+")  # "km\u00b2", "CO\u2082": a unit
# An ordinal indicator after a digit ("2.\u00ba", "1.\u00aa", "3\u00ba") writes a Spanish, Portuguese or Italian ordinal,
# and one after N ("N.\u00ba 214", "n\u00ba 5") the word for number, a label the figures reader reads as "No." (refused,
# an editor could not write a Spanish press release's own "N.\u00ba 214/2026").
_ORDINAL_INDICATOR = patterns.compile("(?<=\\d)\u00ba|(?<=\\d)\u00aa|(?<=\\d\\.)[\u00aa\u00ba]"
                                      "|(?<=\\b[Nn])\u00ba|(?<=\\b[Nn]\\.)\u00ba")
# A superscript after a stop, quotation mark or bracket ("killed.\u00b2") is a footnote mark copied from a
# source; a quote matches the source without it (anchor.py skips it), and plain digits would not match.
_FOOTNOTE_MARK = patterns.compile("(?<=[.,;:!?\"\u201d\u2019)\\]])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")
_FOOTNOTE_MARK_HINT = ("if it is a source's footnote mark, leave it out: a quote matches the source's words "
                       "without it; otherwise type the plain digits it stands for")


def disguised_text(text: str) -> tuple[int, str, str] | None:
    """Return (offset, message, hint) for the first thing in text that reads otherwise than the checks
    read it (a figure typed with letters, then the characters the module's docstring lists), or None."""
    figure = _letters_in_figure(text)
    if figure is not None:
        return (figure, "a figure written with the letter O, o, l or I for a digit is not allowed",
                "type the digits 0 and 1: the checks read no figure in letters, though a reader sees one")
    if text.isascii():
        return None
    return _disguised_unicode(text)


def _disguised_unicode(text: str) -> tuple[int, str, str] | None:
    """disguised_text for text that is not all ASCII."""
    hidden = _HIDDEN_IN_WORD.search(text)
    if hidden:
        return (hidden.start(), f"invisible character {char_name(hidden.group())} next to a letter or digit is not "
                "allowed", "delete it: a reader would not see it, but the checks would read the text split in two")
    mixed = _MIXED_SCRIPT.search(text) if _ANY_LOOKALIKE.search(text) else None
    if mixed:
        other = next(char for char in mixed.group() if _ANY_LOOKALIKE.match(char))
        return (mixed.start(), f"{char_name(other)} stands inside a word of Latin letters: it looks like a Latin "
                "letter but is not one", "retype the word in one script, so that it reads as it looks")
    return _disguised_character(text, frozenset(text))


def _disguised_character(text: str, present: frozenset[str]) -> tuple[int, str, str] | None:
    """Return (offset, message, hint) for a character a reader takes for a digit, letter or quotation
    mark that the checks do not read as one.

    Each rule first asks whether any character it looks for is `present` (the text's distinct
    characters: one pass over a content file, rather than one per rule).
    """
    if any(_LATIN_LOOKALIKE_CHAR.match(char) for char in present):
        mixed = _MIXED_LATIN.search(text)
        if mixed:
            other = next(char for char in mixed.group() if not char.isascii())
            return (mixed.start(), f"{char_name(other)} stands inside a word of Latin letters: it looks like a Latin "
                    "letter but is not read as one", "retype the word in plain letters, so that it reads as it looks")
    compatible = {char for char in present if _compatibility_character(char)}
    if compatible:
        shown = _AFTER_LETTER.sub(lambda m: "x" * len(m.group()), text)  # same offsets; units let through
        shown = _ORDINAL_INDICATOR.sub("x", shown)  # and ordinals
        found = re.search("[" + "".join(map(re.escape, sorted(compatible))) + "]", shown)
        if found:
            hint = (_FOOTNOTE_MARK_HINT if _FOOTNOTE_MARK.match(text, found.start()) else
                    "type the plain characters it stands for (digits, letters, \" or \u201c \u201d)")
            return (found.start(), f"{char_name(found.group())} is not allowed: a reader takes it for "
                    f"\"{unicodedata.normalize('NFKC', found.group())}\", which the checks do not read in it", hint)
    marks = {char for char in present if _combining_mark(char)}
    if marks:
        found = re.search(f"(?<=[{_LATIN}\\d])[" + "".join(map(re.escape, sorted(marks))) + "]", text)
        if found:
            return (found.start(), f"combining mark {char_name(found.group())} on a letter or digit is not allowed",
                    "type an accented letter as one character, and figures without marks: the checks read the "
                    "text split at the mark")
    found = _SPACE_IN_FIGURE.search(text) if present & _ODD_SPACES else None
    if found:
        return (found.start(), f"{char_name(found.group())} between two digits is not allowed",
                "write the figure without it, or group thousands with a comma or a no-break space")
    if any(char.isdecimal() and not char.isascii() for char in present):
        for run in _DIGIT_RUN.finditer(text):
            if len({ord(char) - int(char) for char in run.group() if char.isdecimal()}) > 1:
                return (run.start(), f"the figure \"{run.group()}\" mixes digits of two scripts",
                        "type all its digits in one script, as a reader would read them")
    found = _UNREAD_QUOTE.search(text) if present & _UNREAD_QUOTE_SET else None
    if found:
        return (found.start(), f"quotation mark {char_name(found.group())} is not allowed",
                "quote with \" \", \u201c \u201d, \u201e \u201c, \u00bb \u00ab, \u00ab \u00bb, \u2018 \u2019, \u201a \u2018, "
                "\u203a \u2039, \u300c \u300d or \u300e \u300f: the checks "
                "read no quotation between other marks")
    return None


def _letters_in_figure(text: str) -> int | None:
    """Return where a figure typed partly with O, o, l or I ("9OOO", "l00", "3,5O0") starts, or None."""
    position = 0
    while found := _LETTER_BY_DIGIT.search(text, position):
        start, end = found.start(), found.end()
        while start and (text[start - 1].isalnum() or text[start - 1] in ".,"):
            start -= 1
        while end < len(text) and (text[end].isalnum() or text[end] in ".,"):
            end += 1
        word = text[start:end]
        if _in_marker(text, start) or _is_label(text, start, end):
            pass  # a note's label, "[^o1]", its key "o1:" or "cite: [o1]": no figure a reader sees
        elif _FIGURE_LIKE.fullmatch(word.strip(".,")) and not _CODE_NAME.fullmatch(word.strip(".,")):
            return start + len(word) - len(word.lstrip(".,"))
        position = end  # each word once, however many digits and letters it mixes
    return None


# A note marker, whose label an editor names freely: "[^o1]" was refused as a figure typed with a letter (newuser_93).
_MARKER = patterns.compile(r"\[\^[^\]\s]+\]")


# A YAML line naming labels: a key ("  o1:"), or a `cite` list or an `id` ("cite: [o1, l2]", "id: o1").
_KEY_PART = patterns.compile(r"[\w-]*")  # what a key "sec-o1:" holds before the word read
_LABEL_LINE = patterns.compile(r"[ \t]*(?:-[ \t]+)?(?:(?:cite|id|source|topic|party|parties)[ \t]*:[ \t]*)?")


def _is_label(text: str, start: int, end: int) -> bool:
    """Say whether the word text[start:end] is a YAML key, or a label in a `cite` list or an `id`."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = _LABEL_LINE.match(text, line_start)
    if ":" in lead.group():
        return True  # every word of a `cite` list or an `id` line is a label
    line_end = text.find("\n", end)
    key_start, key_end = text[lead.end():start], text[end:line_end if line_end >= 0 else len(text)]
    return _KEY_PART.fullmatch(key_start) is not None and key_end.startswith(":")


def _in_marker(text: str, at: int) -> bool:
    """Say whether `at` falls inside a note marker of text."""
    opened = text.rfind("[^", 0, at + 1)
    return opened >= 0 and bool(marker := _MARKER.match(text, opened)) and at < marker.end()


# Each is asked only of the distinct characters a text holds, not tabled over all of Unicode up front
# (that took 0.07 s of every build whose content is not all ASCII).
_COMPAT_RANGES = ((0xA0, 0x10000), (0x1D400, 0x1D800), (0x1F100, 0x1F200))
_LATIN_OR_QUOTE = patterns.compile(f"[{_LATIN}0-9\"']")
_LATIN_LOOKALIKE_CHAR = patterns.compile(f"[{_LATIN_LOOKALIKE}]")


@functools.cache  # per character: a build asks it of every distinct character of every text not all ASCII
def _compatibility_character(char: str) -> bool:
    """Say whether a character's compatibility form (NFKC) is or holds a Latin letter, a digit or a
    quotation mark, though it is not itself read as one (digits of other scripts are:
    "\uff18\uff10\uff10" states 800)."""
    if not any(low <= ord(char) < high for low, high in _COMPAT_RANGES) or char.isdecimal() or char in _COMPAT_EXEMPT:
        return False
    compatible = unicodedata.normalize("NFKC", char)
    return compatible != char and _LATIN_OR_QUOTE.search(compatible) is not None


def _combining_mark(char: str) -> bool:
    """Say whether a character is a combining mark (Unicode categories Mn, Me) of the Basic Multilingual Plane."""
    return 0x300 <= ord(char) < 0x10000 and unicodedata.category(char) in ("Mn", "Me")


def char_name(char: str) -> str:
    """Return how a character is named in messages: 'U+202E (RIGHT-TO-LEFT OVERRIDE)', 'U+001B'."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}{f' ({name})' if name else ''}"
