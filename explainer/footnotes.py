"""Number footnotes: one number per cited passage, one stable id per use of a citation."""

from __future__ import annotations

from dataclasses import field
from typing import NamedTuple

from markupsafe import Markup, escape

from .anchor import Passage
from .locale import Foreign, foreign
from .model import Source
from .page_headers import without_headers
from .records import record
from .visible_controls import visible_controls


class Ref(NamedTuple):
    """One place in the page that cites a passage; it renders as its citation marker."""

    number: int
    use_id: str
    footnote_id: str
    letter: str
    quote: str
    label: str = ""  # what a screen reader names the marker ("note 3"), where "[3]" alone would not say it
    place: str = ""  # the title of the page's section it stands in ("Timeline"), or "" where none is known
    numeral: str = ""  # its number in the page's digits ("۳"), or "" where they are 0 to 9

    def __html__(self) -> Markup:
        """Return the marker: a plain link to the footnote (static/preview.js adds a preview)."""
        # Each part escaped, then joined (Markup.format costs four times as much, once per marker)
        named = f' aria-label="{escape(self.label)}"' if self.label else ""
        return Markup(f'<a id="{escape(self.use_id)}" href="#{escape(self.footnote_id)}" class="ref"{named}>'
                      f'[{self.numeral or self.number}]</a>')


class Backlink(NamedTuple):
    """A footnote's link back to one place that cites it."""

    href: str
    text: str
    label: str


@record(frozen=False)
class Footnote:
    """A numbered note: the passage quoted, where it is, and who cites it."""

    number: int
    id: str
    passage: Passage
    source: Source
    passage_href: str
    back_label: str = "back to reference {label}"
    fragment: str = ""  # a Text Fragment (#:~:text=...) leading into the original, when one is unambiguous
    keys: list[str] = field(default_factory=list)
    uses: list[Ref] = field(default_factory=list)
    page_language: str = ""  # of the page the note is on: the quoted words are marked when their source's differs
    label: str = ""  # what a screen reader names it, as its markers ("note 3"), or "" (a locale without marker_label)
    aside: tuple[str, str] = (" (", ")")  # what a letter's section is put between, in the page's language ("（", "）")
    numeral: str = ""  # its number in the page's digits ("۳"), or "" where they are 0 to 9

    @property
    def shown_number(self) -> str:
        """Return its number as the page writes it: "3", on an Urdu page "۳"."""
        return self.numeral or str(self.number)

    @property
    def quoted(self) -> str:
        """Return the passage's words as the note quotes them: a page's header that splits its sentence left out, a
        control written as its escape, as the source's page writes it (a vertical tab, U+001C to U+001F or NEL, which
        the checks read as spaces, reached the briefing's page raw: tests/test_attack_45.py)."""
        return visible_controls(without_headers(self.passage.text))

    @property
    def foreign(self) -> Foreign:
        """Return the lang and dir of the quoted words, when they are not in the page's language."""
        return foreign(self.source.language, self.page_language) if self.page_language else Foreign()

    @property
    def original_href(self) -> str:
        """Return the address of the original, into the passage when a Text Fragment can single it out."""
        if not self.source.url or not self.fragment:
            return self.source.url
        return self.source.url + (self.fragment[1:] if "#" in self.source.url else self.fragment)

    def copy_address(self, base_url: str) -> str:
        """Return the public address of the passage in the site's full copy of its source, for paper, where the
        relative link leads nowhere; or "" where the site's address is not known (no `base_url`)."""
        return f"{base_url}{source_href(self.passage.source_id)}#{self.passage.anchor_id}" if base_url else ""

    @property
    def backlinks(self) -> list[Backlink]:
        """Return the links back to each citing place: an arrow (drawn by CSS), or 'a', 'b'... for several."""
        if len(self.uses) == 1:
            ref = self.uses[0]
            return [Backlink(f"#{ref.use_id}", "", self.back_label.format(label=self.shown_number))]
        # Each letter is named with the section it leads back to: "back to reference 1b" alone did not say where
        return [Backlink(f"#{ref.use_id}", ref.letter, self.back_label.format(label=f"{self.shown_number}{ref.letter}")
                         + (f"{self.aside[0]}{ref.place}{self.aside[1]}" if ref.place else "")) for ref in self.uses]


LATIN_LETTERS = tuple("abcdefghijklmnopqrstuvwxyz")
# An Arabic page letters what it lists in abjad order, as Arabic books letter their notes (أ، ب، ج، د، هـ ...), "هـ"
# with its tatweel so it is not read as the digit ٥; Latin letters there were the one foreign script in the notes.
ARABIC_LETTERS = ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر",
                  "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ")
# Urdu letters its subdivisions in the same abjad order in its own letter forms, alif spelled out ("الف", "ب", "ج",
# "د", "ہ" ...), as Urdu textbooks and papers number parts (الف)، (ب)، (ج): a lone "ا" beside a note's number read as
# the digit one, and CSS's ready-made counter styles give Urdu no alphabetic one to follow.
URDU_LETTERS = ("الف", "ب", "ج", "د", "ہ", "و", "ز", "ح", "ط", "ی", "ک", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر",
                "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ")
_LETTERS_BY_LANGUAGE = {"ar": ARABIC_LETTERS, "ur": URDU_LETTERS}


def letter_for(index: int, language: str = "") -> str:
    """Return 'a', 'b', ... 'z', 'aa', 'ab' for 0, 1, ... (on an Arabic page 'أ', 'ب', ... 'غ', 'أأ', 'أب')."""
    alphabet = _LETTERS_BY_LANGUAGE.get(language.split("-")[0].lower(), LATIN_LETTERS)
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, len(alphabet))
        letters = alphabet[rest] + letters
    return letters


def footnote_id(passage: Passage) -> str:
    """Return the id of a passage's footnote; stable because it comes from the passage, not its number."""
    return f"note-{passage.source_id}-{passage.start}-{passage.end}"


def source_href(source_id: str) -> str:
    """Return the path of a source's page from the site's root."""
    return f"sources/{source_id}.html"


class FootnoteNumbering:
    """Hands out numbers in the order citations are first used on one page.

    `root` leads from that page to the site's root, where the source pages are.
    """

    def __init__(self, anchored: dict[str, Passage], sources: dict[str, Source], root: str = "../",
                 back_label: str = "back to reference {label}", fragment_of=lambda passage: "", language: str = "",
                 marker_label: str = "", places: dict[str, str] | None = None, aside: tuple[str, str] = (" (", ")"),
                 digits: dict[int, str] | None = None):
        self.anchored = anchored
        self.places = places or {}  # a content file's kind -> the title of the page's section it makes
        self.digits = digits or {}  # the table that writes 0 to 9 in the page's digits (Labels.digits)
        self.aside = aside  # around a backlink's section: " (" and ")", in Japanese "（" and "）"
        self.marker_label = marker_label  # "note {number}", or "" (a project locale without it): markers say "[n]"
        self.language = language  # of the page
        self.sources = sources
        self.root = root
        self.back_label = back_label
        self.fragment_of = fragment_of  # passage -> Text Fragment into the original, or ""
        self.language = language  # the page's
        self.by_passage: dict[Passage, Footnote] = {}
        self.use_counts: dict[str, int] = {}
        self.used: set[tuple[str, str]] = set()

    def use(self, kind: str, key: str) -> Ref:
        """Record one use of citation `key` of file `kind`; return its reference."""
        passage = self.anchored[key]
        note = self.by_passage.get(passage)
        if note is None:
            number = len(self.by_passage) + 1
            numeral = str(number).translate(self.digits)
            numeral = "" if numeral == str(number) else numeral
            note = Footnote(number, footnote_id(passage), passage, self.sources[passage.source_id],
                            f"{self.root}{source_href(passage.source_id)}#{passage.anchor_id}", self.back_label,
                            self.fragment_of(passage) if self.sources[passage.source_id].url else "",
                            page_language=self.language,
                            label=self.marker_label.format(number=numeral or number) if self.marker_label else "",
                            aside=self.aside, numeral=numeral)
            self.by_passage[passage] = note
        if key not in self.used:
            self.used.add(key)
            note.keys.append(key)
        base = f"cite-{kind}-{key}"
        count = self.use_counts.get(base, 0) + 1
        self.use_counts[base] = count
        ref = Ref(note.number, base if count == 1 else f"{base}_{count}", note.id,
                  letter_for(len(note.uses), self.language), passage.text, note.label, self.places.get(kind, ""), note.numeral)
        note.uses.append(ref)
        return ref

    def is_anchored(self, key: str) -> bool:
        """Say whether a citation key was anchored."""
        return key in self.anchored

    def footnotes(self) -> list[Footnote]:
        """Return the footnotes in number order."""
        return sorted(self.by_passage.values(), key=lambda note: note.number)

    def used_keys(self) -> set[str]:
        """Return every key that was cited at least once."""
        return self.used
