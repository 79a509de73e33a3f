"""Which sentences of a source are running prose, for `new` to quote: not a heading's lines run together, a title
block, a line in capitals nor a page header a PDF's text repeats on every page.

A source's sentences are cut by its stops, so the lines above its first stop ("Krajowa Agencja Wód" over "Raport nr
7/2026 ..." over a dateline) read as one sentence, and a heading with no stop ("MEDICINES EVALUATION BOARD OF NORLAND")
as one of its own: `new` quoted their first words as the briefing's opening passage.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from . import patterns
from .cjk import writes_without_spaces

MIN_WORDS = 4  # the shortest quote `new` writes: a shorter "sentence" is a section's number or a dateline
# A sentence of prose ends at its stop (closing quotes and brackets may follow it).
_ENDS_AT_STOP = patterns.compile(r"""[.!?…。！？۔؟।॥]["'”’»)\]]*\s*\Z""")
# A section's number opening a sentence ("1.1 The Board has refused ...", "2) The", "(b) The"): no part of its prose.
# A capital must follow it: "1.5 million people fled." opens with a figure.
_SECTION_NUMBER = patterns.compile(r"(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z]\))[ \t]+")
# A news dateline opening a sentence ("BERGEN, 14 November - Talks ...", "WASHINGTON (Reuters) — The",
# "SAINT-AUBIN-SUR-VÈRE, 12 mars 2026 (Agence Presse Centre) -"): its place in capitals (any script's: `dateline`), an
# agency or a date, and a dash. `new` quoted "BERGEN, 14 November -" as the briefing's opening passage.
_DATELINE = patterns.compile(r"(?P<place>[^\W\d_](?:[^\W\d_]|['.-])*(?:[ \t]+[^\W\d_](?:[^\W\d_]|['.-])*){0,3})"
                             r"(?:[ \t]*\([^()\n]{1,40}\))?(?:,[ \t]*[^\n,()–—-]{1,30}?(?:[ \t]*\([^()\n]{1,40}\))?)?"
                             r"[ \t]+[-–—][ \t]+")
_DIGITS = patterns.compile(r"\d+")
# A company's form closing a line ("Rota Certa Logística S.A.", "Alfa Comércio Ltda.", "Corvane Chemicals Inc."): its
# dot is the abbreviation's, no sentence's end. `new` quoted a source's title line "Resumo da sentença: Sindicato ...
# contra Rota Certa Logística S.A." as its first sentence (tests/test_newuser_121.py).
_COMPANY_FORM_AT_END = patterns.compile(r"(?<!\w)(?:S\.\s?A\.|S\.p\.A\.|Ltda\.|Inc\.|Ltd\.|GmbH\.?|Corp\.)"
                                        r"[ \t]*\Z")
_LONGEST_HEADER = 300  # characters: a line longer is no page's header, and as wide as a line need be to count as full


def prose_first(text) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) of a source's (sources.SourceText) sentences: those of running prose first, a section's
    number or a dateline left out, then the rest, each in the source's order (a source of headings alone is still quoted)."""
    repeated = repeated_lines(text.text)
    others = []
    for start, end in text.sentences:
        start = _past_headers(text.text, start, end, repeated)
        if is_running_prose(text.text, start, end, repeated):
            number = _SECTION_NUMBER.match(text.text, start, end) or dateline(text.text, start, end)
            yield (number.end() if number and text.text[number.end()].isupper() else start), end
        else:
            others.append((start, end))
    yield from others


def dateline(source: str, start: int, end: int) -> re.Match | None:
    """Return the news dateline opening the sentence source[start:end], its place in capitals, or None."""
    found = _DATELINE.match(source, start, end)
    return found if found and found["place"].isupper() else None


def _past_headers(source: str, start: int, end: int, repeated: frozenset[str]) -> int:
    """Return where a sentence starts past the page headers a PDF's text runs into it ("Harbour Authority - Annual
    Report 2025 - Page 3" over the page's first line): a header ends at its line's end, with no stop to end it."""
    while start == 0 or source[start - 1] == "\n":
        line_end = source.find("\n", start, min(end, start + _LONGEST_HEADER))
        if line_end < 0 or line_key(source[start:line_end]) not in repeated:
            break
        start = line_end + 1
    return start


def is_running_prose(source: str, start: int, end: int, repeated: frozenset[str]) -> bool:
    """Say whether source[start:end] is a sentence of running prose: four words or more (but in Japanese and Chinese)
    ending at a stop, no line of it set in capitals, repeated in the source (a page's header or footer) or broken off
    short, and not the start of a line that ends its paragraph without a stop (a headline and its subtitle)."""
    sentence = source[start:end]
    if (len(sentence.split()) < MIN_WORDS and not writes_without_spaces(sentence)) or not _ENDS_AT_STOP.search(sentence):
        return False
    if _title_line_of_a_company(source, start, end):
        return False
    lines = _lines_over(source, start, end)
    if any(_in_capitals(line) or line_key(line) in repeated for line in lines):
        return False
    widths = [min(len(line.strip()), _LONGEST_HEADER) for line in lines]
    if any(2 * width < max(widths) for width in widths[:-1]):
        return False  # "Krajowa Agencja Wód" over a long line: a wrapped paragraph's lines are about as wide
    return not _ends_heading(source, end)


def _title_line_of_a_company(source: str, start: int, end: int) -> bool:
    """Say whether source[start:end] is a line of its own ending in a company's form ("... Logística S.A."): a title,
    its last dot the abbreviation's."""
    sentence = source[start:end]
    return ("\n" not in sentence.strip() and (start == 0 or source[start - 1] == "\n")
            and source[end:end + 1] in ("", "\n", "\r") and bool(_COMPANY_FORM_AT_END.search(sentence)))


def _in_capitals(line: str) -> bool:
    """Say whether a line is mostly capitals ("CORVANE CHEMICALS, INC., Defendant."): a heading or a title block's."""
    upper = sum(letter.isupper() for letter in line)
    return upper >= MIN_WORDS and upper > sum(letter.islower() for letter in line)


def _ends_heading(source: str, end: int) -> bool:
    """Say whether the line a sentence ends on goes on without a stop to its paragraph's end: "Spór o wodę trafił do
    sądu. Wyrok w kwietniu" is a headline with its subtitle (a wrapped paragraph's line goes on on the next)."""
    line_end = source.find("\n", end, end + _LONGEST_HEADER)
    rest = source[end:line_end if line_end >= 0 else end + _LONGEST_HEADER]
    if not rest.strip() or _ENDS_AT_STOP.search(rest) or (line_end < 0 and end + _LONGEST_HEADER < len(source)):
        return False
    return line_end < 0 or not source[line_end + 1:line_end + 1 + _LONGEST_HEADER].split("\n", 1)[0].strip()


def _lines_over(source: str, start: int, end: int) -> list[str]:
    """Return the whole lines of the source that source[start:end] runs over, a line's part outside it read only up to
    a header's length (a source of one line of megabytes was read whole for every sentence)."""
    head = source.rfind("\n", max(0, start - _LONGEST_HEADER), start)
    tail = source.find("\n", end, end + _LONGEST_HEADER)
    first = head + 1 if head >= 0 or start <= _LONGEST_HEADER else start - _LONGEST_HEADER
    return source[first:tail if tail >= 0 else min(len(source), end + _LONGEST_HEADER)].split("\n")


def repeated_lines(source: str) -> frozenset[str]:
    """Return the lines a source holds more than once, their numbers aside ("Annual Report 2025 - Page 3"): a page's
    header or footer in a PDF's text."""
    counts = Counter(line_key(line) for line in source.split("\n"))
    counts.pop("", None)
    return frozenset(line for line, count in counts.items() if count > 1)


def line_key(line: str) -> str:
    """Return a line as repeated_lines compares it: spaces and numbers aside."""
    return _DIGITS.sub("#", " ".join(line.split()))
