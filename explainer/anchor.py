"""Anchor citations: find each quote's one exact place in its source text.

Matching forgives only spacing and typographic quotes/apostrophes, never words. Both the
source and the quote are normalised the same way; offsets are mapped back to the original
text so that the highlighted passage is the source's own characters.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import re
from dataclasses import replace
from typing import Iterator, NamedTuple

from . import patterns
from .cjk import FULLWIDTH_AS_ASCII, SPACELESS_LETTERS, splits_words
from .hints import MAX_SUGGESTED, one_of
from .load import ContentFile
from .model import Citation
from .persian_letters import ONE_LETTER
from .page_headers import headers_blanked
from .problems import Problem
from .sources import SourceText
from .word_blocks import WordBlocks

# One character for one: typographic quotes become plain, every kind of whitespace a space, and the fullwidth
# forms of ASCII that Japanese and Chinese text writes ("ＷＴＯ", "（", "４８００") their ASCII characters, which
# content must use (disguise.py refuses fullwidth letters there): a source's "ＷＴＯ" is quoted as "WTO".
# Keeping lengths equal means only runs of spaces change offsets, and those are rare.
# The whitespace list is exactly the characters for which str.isspace() is true.
_FOLD = str.maketrans({
    **FULLWIDTH_AS_ASCII,
    **dict.fromkeys("‘’‚‛′‹›", "'"), **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000", " "),
})
# Where a quote is looked for, Arabic's yeh and kaf also read as Persian's (explainer/persian_letters.py): a quote
# typed "بانک مرکزی" is the source's "بانك مركزي". The source's own characters are still what is highlighted.
_MATCH_FOLD = {**_FOLD, **ONE_LETTER}
# Text converted from a PDF keeps its typesetting: ligatures (U+FB00-FB06) stand for the letters
# they join, and a word hyphenated across a line end ("Author-\nity", "co-\nordination") is one
# word. Both are forgiven: a ligature reads as its letters, and such a hyphen as a soft hyphen that
# a quote may give as "-" or leave out ("Authority", "co-ordination"), never as other letters.
SOFT_HYPHEN = "\u00ad"
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}
_LETTER = r"[^\W\d_]"
# Only one line end: a hyphen before a blank line ends a paragraph ("pro- and anti-" then "Police said"),
# and joining the two would refuse a quote of the next paragraph's first words.
# A soft hyphen a PDF's text leaves at a line end ("in\u00ad⏎crease") joins the word's halves as a hyphen does.
_LINE_END_HYPHEN = rf"(?<={_LETTER})[-\u00ad][ \t]*(?:\r\n?|\n)[ \t]*(?={_LETTER})"
# A superscript footnote mark ("killed.\u00b2 The", "witnesses\u00b9 in") is no word of the text: a quote may
# leave it out. Only after a stop, quotation mark or bracket, or a word of three letters or more, and before
# a space, punctuation or the end: "km\u00b2" is a unit and "10\u00b2" a power, which a quote must keep.
_MARK_DIGITS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
_FOOTNOTE_MARK = (rf"(?:(?<={_LETTER}{{3}})|(?<=[.,;:!?\"\u201d\u2019)\]]))[{_MARK_DIGITS}]+"
                  rf"(?=[\s.,;:!?\"\u201d\u2019)\]]|\Z)")
_HAS_MARK_DIGIT = patterns.compile(f"[{_MARK_DIGITS}]")
_MARK_DIGIT_CHARS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"  # str.find beats a pattern's scan
# A line break (or any space) between two letters of a script written without spaces (Japanese, Chinese) is no
# space of the text: a hard-wrapped line there splits no word, so "極めて\n遺憾" is quoted as "極めて遺憾".
_JOINED = rf"(?<=[{SPACELESS_LETTERS}])\s+(?=[{SPACELESS_LETTERS}])"
_SPACE_IN_SPACELESS = patterns.compile(rf"[{SPACELESS_LETTERS}]\s+(?=[{SPACELESS_LETTERS}])")
# Characters that show nothing and join or split no word the checks read (a zero-width space or joiner, a word
# joiner, a zero-width no-break space mid-text): a document converted from a web page holds them beside spaces and at
# words' edges ("river\u200b rose"), and content may not, so a quote leaves them out. One between two Latin, Greek
# or Cyrillic letters or digits is refused where the source is read (disguise.hidden_inside_word).
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RUN = rf"[{INVISIBLE}][\s{INVISIBLE}]*"
_KEPT_EDITS = rf"(?P<joined>{_JOINED})|{_LINE_END_HYPHEN}|[\ufb00-\ufb06]|{_FOOTNOTE_MARK}|\s\s+"
_EDITS = patterns.compile(rf"{_KEPT_EDITS}|(?P<invisible>{_INVISIBLE_RUN})")
_EDITS_KEEPING_INVISIBLE = patterns.compile(_KEPT_EDITS)  # for saying where two texts differ only in them


def _edit(match: re.Match) -> str:
    """Return what one run of spaces, ligature, line-end hyphen or footnote mark becomes."""
    found = match.group()
    if match.lastgroup == "joined":
        return ""
    if match.lastgroup == "invisible":
        return _invisible_edit(match)
    if found.isspace():
        return " "
    return "" if _HAS_MARK_DIGIT.match(found) else _LIGATURES.get(found, SOFT_HYPHEN)


def _invisible_edit(match: re.Match) -> str:
    """Return what a run of invisible characters (and the spaces among them) becomes: a space where it holds one
    that no space just before it already stands for, or nothing."""
    text, start, end = match.string, match.start(), match.end()
    if match.group().strip(INVISIBLE) == "" or (start and text[start - 1].isspace()):
        return ""
    if end < len(text) and _SPACE_IN_SPACELESS.match(text[start - 1:start] + " " + text[end]):
        return ""  # a line break between two Japanese or Chinese letters splits no word
    return " "


# Between two letters of a script that needs one (a Persian zero-width non-joiner), such a character is part of the
# word's spelling; anywhere else it only hides what the checks read: "3\u200b metres" is read "3 metres".
_STRAY_INVISIBLE = patterns.compile(rf"(?<!\w)[{INVISIBLE}]++|[{INVISIBLE}]++(?!\w)")


def ligatures_spelled(text: str) -> str:
    """Return text with each ligature as the letters it joins ("\ufb01lled" as "filled"), as a quote may type it."""
    if text.isascii() or not any(ligature in text for ligature in _LIGATURES):
        return text
    return text.translate(_SPELLED)


_SPELLED = str.maketrans(_LIGATURES)


def without_invisible(text: str) -> str:
    """Return text without the invisible characters that stand beside a space, punctuation or either end."""
    if text.isascii() or not any(invisible in text for invisible in INVISIBLE):
        return text
    return _STRAY_INVISIBLE.sub("", text)


_SPACE_RUN = patterns.compile("  +")  # not " {2,}": a literal start lets re skip ahead fast
_HYPHEN_BEFORE_NEWLINE = patterns.compile(r"-[ \t]*[\r\n]")  # starts with a literal: re skips ahead to each "-"
_SOFT_HYPHEN_BEFORE_NEWLINE = patterns.compile("\u00ad[ \t]*[\r\n]")


def _plain(text: str, keep_invisible: bool = False) -> bool:
    """Say whether text holds no ligature, no hyphen at a line end, no superscript digit, no invisible character and
    no space between two Japanese or Chinese letters: only its spaces need folding, which str.translate and str.find
    do many times faster than the pattern of every edit."""
    if text.isascii():  # known without looking
        return _HYPHEN_BEFORE_NEWLINE.search(text) is None
    return (not any(ligature in text for ligature in _LIGATURES) and _HYPHEN_BEFORE_NEWLINE.search(text) is None
            and (SOFT_HYPHEN not in text or _SOFT_HYPHEN_BEFORE_NEWLINE.search(text) is None)
            and not any(digit in text for digit in _MARK_DIGIT_CHARS) and _SPACE_IN_SPACELESS.search(text) is None
            and (keep_invisible or not any(invisible in text for invisible in INVISIBLE)))


def normalise(text: str, keep_invisible: bool = False) -> str:
    """Return text with whitespace runs as one space (none between two Japanese or Chinese letters), typographic
    quotes made plain, ligatures spelled out, line-end hyphens soft and footnote marks and (unless kept) invisible
    characters left out."""
    if _plain(text, keep_invisible):
        return _SPACE_RUN.sub(" ", text.translate(_FOLD))
    return (_EDITS_KEEPING_INVISIBLE if keep_invisible else _EDITS).sub(_edit, text).translate(_FOLD)


def matchable(text: str) -> str:
    """Return normalise(text) as a quote is looked for in a source's folded text (fold_with_offsets)."""
    return normalise(text).translate(ONE_LETTER)


def find_normalised(text: str, wanted: str, start: int = 0) -> tuple[int, int] | None:
    """Return the span of the first occurrence of normalised `wanted` in normalised `text` from `start`.

    Where `text` holds soft hyphens, the quote may keep or leave out each one (see SOFT_HYPHEN).
    """
    if SOFT_HYPHEN not in text and SOFT_HYPHEN not in wanted:
        at = text.find(wanted, start)  # the common case, many times faster than a pattern
        return None if at < 0 else (at, at + len(wanted))
    found = soft_pattern(wanted).search(text, start)
    return None if found is None else found.span()


@functools.lru_cache(maxsize=4096)
def soft_pattern(wanted: str) -> re.Pattern:
    """Return a pattern for `wanted` with an optional soft hyphen between letters, and "-" matching one."""
    parts = []
    for i, char in enumerate(wanted):
        between = 0 < i < len(wanted) - 1 and wanted[i - 1].isalpha() and wanted[i + 1].isalpha()
        if char in "-" + SOFT_HYPHEN and between:
            parts.append(f"[-{SOFT_HYPHEN}]")
            continue
        parts.append(re.escape(char))
        if char.isalpha() and i + 1 < len(wanted) and wanted[i + 1].isalpha():
            parts.append(f"{SOFT_HYPHEN}?")
    return re.compile("".join(parts))


class Passage(NamedTuple):
    """A unique character range of one source: what a citation points at."""

    source_id: str
    start: int
    end: int
    text: str

    @property
    def anchor_id(self) -> str:
        """Return the id of the passage's <mark>; stable because sources never change."""
        return f"passage-{self.start}-{self.end}"

    def occurrence_in(self, text: str) -> int:
        """Return which occurrence of its exact words in its source's `text` the passage is: 1 for the first.

        Overlapping occurrences count, so no two places share a number. With the words, it says whether
        a passage is the one a last build anchored on, whatever an edit above it did to its offsets.
        """
        number, at = 1, text.find(self.text)
        while -1 < at < self.start:
            number, at = number + 1, text.find(self.text, at + 1)
        return number


# Each source's folded text, by the SHA-256 of its file, for the life of the process: a process that
# builds more than once (the preview's build process) folds again only the sources that changed (200
# of 4,000 cost a rebuild 15 ms). A changed source is a miss: its digest differs.
_FOLDED: dict[str, tuple[str, list[int], list[int]]] = {}
# A source looked through whole this many times is cut into blocks that say which words each holds (word_blocks.py),
# and a quote is then looked for only in the blocks holding all its words: 10,000 citations of a seed of 32 MiB, each
# looking through all of it, took 77 s of CPU, now 3.2; the blocks cost about as much as 200 to 400 looks, and a short
# text is looked through at once.
INDEX_AFTER_LOOKS = 64
INDEXED_FROM_CHARS = 256 * 1024


class NormalisedSource:
    """A source text in normalised form, with a map from its offsets back to the original."""

    def __init__(self, source: SourceText):
        self.source = source
        kept = _FOLDED.get(source.sha256) if source.sha256 else None
        if kept is None:
            kept = fold_with_offsets(source.text)
            if source.sha256:
                _FOLDED[source.sha256] = kept
        self.text, self._norm_starts, self._shifts = kept
        self.looks = 0  # quotes looked for through the whole text
        self.blocks: WordBlocks | None = None

    def original(self, offset: int) -> int:
        """Return the original offset of a normalised offset."""
        return offset + self._shifts[bisect.bisect_right(self._norm_starts, offset) - 1]

    @functools.cached_property
    def holds_soft_hyphen(self) -> bool:
        """Say whether the text holds a soft hyphen: asked once, not at each occurrence of a quote (a quote found
        34,297 times in a seed of 26 MB looked through all of it at each: 111 s of CPU)."""
        return SOFT_HYPHEN in self.text

    def occurrences(self, quote: str) -> Iterator[tuple[int, int]]:
        """Yield the normalised (start, end) of every occurrence of `quote`, overlapping ones included, in order."""
        if self.holds_soft_hyphen or SOFT_HYPHEN in quote:  # as find_normalised finds them
            pattern = soft_pattern(quote)
            match = pattern.search(self.text)
            while match is not None:
                yield match.span()
                match = pattern.search(self.text, match.start() + 1)
            return
        yield from self._found_among_blocks(quote, whole_words=False)

    def whole_word_occurrences(self, quote: str, before: str = "") -> Iterator[tuple[int, int]]:
        """Yield occurrences of `quote`, in order, among which are all those whose words stand whole in the text and
        that `before` (a normalised prefix) ends the text before (the only ones a citation may anchor on)."""
        if self.holds_soft_hyphen or SOFT_HYPHEN in quote + before:
            return self.occurrences(quote)
        if not before:
            return self._found_among_blocks(quote, whole_words=True)
        # The text is normalised (one space between words), so the prefix ends right before the quote or one space
        # before it: looking for both as one string passes over every place a common quote has without its prefix.
        return heapq.merge(self._found_among_blocks(quote, whole_words=True, lead=before),
                           self._found_among_blocks(quote, whole_words=True, lead=before + " "))

    def _found_among_blocks(self, quote: str, whole_words: bool, lead: str = "") -> Iterator[tuple[int, int]]:
        """Yield the occurrences of `quote` (all, or all whose words stand whole; those right after `lead` only) in the
        blocks holding the words of both (those that stand whole in any occurrence), or looked for through the whole
        text."""
        if self.blocks is None and self.looks >= INDEX_AFTER_LOOKS and len(self.text) >= INDEXED_FROM_CHARS:
            self.blocks = WordBlocks(self.text)
        regions = None if self.blocks is None else self.blocks.regions(quote, whole_words, lead)
        if regions is None:
            self.looks += 1
            regions = [(0, len(self.text))]
        wanted, led = lead + quote, len(lead)
        for start, end in regions:  # each holding those of `wanted` that start in one block
            at = self.text.find(wanted, start, end)
            while at >= 0:
                yield at + led, at + len(wanted)
                at = self.text.find(wanted, at + 1, end)

    @functools.cached_property
    def _headers_blanked(self) -> NormalisedSource | None:
        """Return the source with its page headers inside sentences made spaces (page_headers.py), or None."""
        blanked = headers_blanked(self.source.text)
        return None if blanked is None else NormalisedSource(SourceText(self.source.source, blanked))

    def across_page_headers(self, quote: str, before: str, after: str) -> Passage | None:
        """Return the one passage a quote not found otherwise has with the page headers inside sentences passed over,
        or None: the source's own characters, the header among them."""
        blanked = self._headers_blanked
        if blanked is None:
            return None
        found = [span for span in itertools.islice(blanked.whole_word_occurrences(quote, before), 2)
                 if _fits(blanked.text, *span, before, after, blanked.holds_soft_hyphen)]
        if len(found) != 1:
            return None
        first, last = blanked.original(found[0][0]), blanked.original(found[0][1] - 1) + 1
        if spliced_paragraphs(blanked.source.text[first:last]) is not None:
            return None
        return Passage(self.source.source.id, first, last, self.source.text[first:last])

    def passage(self, start: int, end: int) -> Passage:
        """Return the Passage of the original text behind a normalised range."""
        first = self.original(start)
        last = self.original(end - 1) + 1
        return Passage(self.source.source.id, first, last, self.source.text[first:last])


def fold_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """Return normalise(text), and where (in it) the shift to add to reach an original offset changes, and to what."""
    if _plain(text):
        return _fold_spaces_with_offsets(text)
    pieces, starts, shifts = [], [0], [0]
    cursor, length = 0, 0  # in the original text, and the normalised text made so far
    for match in _EDITS.finditer(text):
        start, end = match.span()
        pieces.append(text[cursor:start])
        length += start - cursor
        made = _edit(match)
        pieces.append(made)
        # Every letter of a spelled-out ligature maps to the ligature; what follows maps on from its end.
        for extra in range(1, len(made)):
            starts.append(length + extra)
            shifts.append(start - length - extra)
        length += len(made)
        starts.append(length)
        shifts.append(end - length)
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces).translate(_MATCH_FOLD), starts, shifts


def _fold_spaces_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """fold_with_offsets for plain text, whose only edits are runs of spaces made one."""
    text = text.translate(_MATCH_FOLD)
    pieces, starts, shifts = [], [0], [0]
    cursor, shift = 0, 0
    start = text.find("  ")  # str.find is many times faster than a regex scan of the whole text
    while start != -1:
        end = _SPACE_RUN.match(text, start).end()
        pieces.append(text[cursor:start + 1])
        cursor = end
        # From this normalised offset on, add `shift` to reach the original offset.
        starts.append(start - shift + 1)
        shift += end - start - 1
        shifts.append(shift)
        start = text.find("  ", end)
    pieces.append(text[cursor:])
    return "".join(pieces), starts, shifts


# A quote found more often is said to occur "more than" this many times, its first places named: each occurrence
# is looked at, and 40 citations of words a seed of 4 MB held 300,000 times each took 5 s of CPU (10,000, 20 minutes).
MAX_OCCURRENCES_NAMED = 1_000


class Anchoring(NamedTuple):
    """What became of one citation: a passage, or why there is none."""

    passage: Passage | None
    message: str = ""
    hint: str = ""


def anchor_quote(source: NormalisedSource, quote: str, prefix: str = "", suffix: str = "",
                 nearest: bool = True) -> Anchoring:
    """Return the unique passage of `source` matching quote (with prefix/suffix), or the reason (naming the passage
    nearest a quote not found, if `nearest`)."""
    wanted = matchable(quote).strip()
    if not wanted:
        return Anchoring(None, "the quote is empty", "copy the exact words from the source")
    before, after = matchable(prefix).strip(), matchable(suffix).strip()
    fitting = (span for span in source.whole_word_occurrences(wanted, before)
               if _fits(source.text, *span, before, after, source.holds_soft_hyphen))
    matching = list(itertools.islice(fitting, MAX_OCCURRENCES_NAMED + 1))  # past it, one more says "more than"
    shown = _clip(quote)
    if len(matching) == 1:
        passage = source.passage(*matching[0])
        joint = spliced_paragraphs(passage.text)
        if joint is None:
            return Anchoring(passage)
        return Anchoring(None, f"quote {shown} runs from the end of a paragraph of source '{passage.source_id}' into "
                               f"the start of the next (line {source.source.line_at(passage.start + joint)}), joining "
                               "words no sentence of it says together",
                         "cite each paragraph's words as a citation of its own, and give the sentence both markers")
    if not matching and next(source.occurrences(wanted), None) is None:
        across = source.across_page_headers(wanted, before, after)
        if across is not None:
            return Anchoring(across)
        return Anchoring(None, f"quote {shown} is not in source '{source.source.source.id}'",
                         closest_passage_hint(source.source, quote) if nearest else NEAREST_NOT_SOUGHT)
    if not matching:
        return Anchoring(None, f"quote {shown} is in source '{source.source.source.id}' but not with that prefix/suffix",
                         "copy the prefix and suffix from the words just around it")
    lines = ", ".join(str(n) for n in sorted({source.source.line_at(source.original(s))
                                              for s, _ in matching[:MAX_OCCURRENCES_NAMED]}))
    times = (f"{len(matching)} times" if len(matching) <= MAX_OCCURRENCES_NAMED else
             f"more than {MAX_OCCURRENCES_NAMED:,} times")
    return Anchoring(None, f"quote {shown} occurs {times} in source '{source.source.source.id}' (on lines {lines}"
                           f"{', ...' if len(matching) > MAX_OCCURRENCES_NAMED else ''})",
                     "add a `prefix` or `suffix` with the words around the one you mean")


# A blank line, and what ends a sentence before it: a stop, a colon, perhaps a closing quotation mark or bracket.
_PARAGRAPH_BREAK = patterns.compile(r"\n[^\S\n]*\n\s*")
_SENTENCE_END = patterns.compile("[.!?\u2026:;][\"'\u2019\u201d\u00bb)\\]]*\\s*\\Z")


def spliced_paragraphs(text: str) -> int | None:
    """Return where a passage joins two paragraphs as one sentence, or None: the words before a blank line end no
    sentence and those after it start one ("would retaliate against⏎⏎Civilians in Kabul were not harmed" quoted
    as "retaliate against Civilians in Kabul"). A paragraph that ends its sentence, or one continued in lower case
    (a word or sentence a page break cut), joins nothing."""
    for found in _PARAGRAPH_BREAK.finditer(text):
        before, after = text[:found.start()], text[found.end():]
        if after[:1].isupper() and not _SENTENCE_END.search(before):
            return found.start()
    return None


def _fits(text: str, start: int, end: int, before: str, after: str, soft: bool) -> bool:
    """Say whether an occurrence stands as whole words and fits the prefix/suffix (`soft`: the text holds a soft
    hyphen)."""
    if (start > 0 and (text[start - 1].isalnum() or text[start - 1] == SOFT_HYPHEN) and text[start].isalnum()
            and not splits_words(text[start - 1], text[start])):
        return False  # a soft hyphen joins a word's halves: "ity" is not a whole word of "Author-\nity"
    if (end < len(text) and (text[end].isalnum() or text[end] == SOFT_HYPHEN) and text[end - 1].isalnum()
            and not splits_words(text[end - 1], text[end])):
        return False
    # Normalised text has single spaces, so a window one longer than the words is enough
    # (slicing to the start or end of a 1 MB source for every quote would not be).
    # (twice as long where soft hyphens may stand among the words).
    room = 2 * len(before) + 1 if soft else len(before) + 1
    if before and not _ends_with(text[max(0, start - room):start].rstrip(), before):
        return False
    room = 2 * len(after) + 1 if soft else len(after) + 1
    return not after or _starts_with(text[end:end + room].lstrip(), after)


def _ends_with(text: str, wanted: str) -> bool:
    if SOFT_HYPHEN not in text and SOFT_HYPHEN not in wanted:
        return text.endswith(wanted)
    return re.search(rf"(?:{soft_pattern(wanted).pattern})\Z", text) is not None


def _starts_with(text: str, wanted: str) -> bool:
    if SOFT_HYPHEN not in text and SOFT_HYPHEN not in wanted:
        return text.startswith(wanted)
    return soft_pattern(wanted).match(text) is not None


# Past the first few of a briefing, a quote not found names no nearest passage: each search reads the whole source
# several times (some 60 ms in a seed of 32 MiB: 200 misquotes of one took 12.5 s of CPU, 1,000 took 62 s, now 2.7).
NEAREST_NOT_SOUGHT = (f"copy the exact words from the source; the nearest passage is named for a briefing's first "
                      f"{MAX_SUGGESTED} quotes not found, and `python build.py cite SOURCE \"words\"` finds it")


def closest_passage_hint(source: SourceText, quote: str) -> str:
    """Return a hint naming the source's passage nearest the quote, its differing words marked."""
    from .finder import mark_differences, nearest_passages  # only a misquote needs them (and difflib)

    found = nearest_passages(source.text, quote, limit=1)
    if not found:
        return "no passage of the source shares its words; copy the exact words from the source"
    nearest = found[0]
    line = source.line_at(nearest.start)
    quoted, shared = _shared_words(quote, nearest.text)
    if shared * 2 < quoted:
        # Its words marked as differing read as a rewording to copy ("The [-transport ministry-]{+coastguard later+}
        # said ..."), where they are gone: a sentence a publisher's revision deleted.
        return (f"no passage of the source holds most of its words (the closest, line {line}, shares {shared} of "
                f"{quoted}): check the `source` it names; if that document was revised, its publisher may have removed "
                "them: remove the citation and what it backs, or cite the earlier version kept as a source of its own")
    return (f"closest passage, line {line}: {mark_differences(quote, nearest.text)}; "
            "[-x-] is only in the quote, {+x+} only in the source; quote the source's words as they stand")


def _shared_words(quote: str, passage: str) -> tuple[int, int]:
    """Return how many words the quote has (each counted once, in any case), and how many of them the passage has."""
    from .finder import WORD

    quoted = {word.casefold() for word in WORD.findall(quote)}
    return len(quoted), len(quoted & {word.casefold() for word in WORD.findall(passage)})


def _clip(text: str, limit: int = 80) -> str:
    flat = normalise(text).strip()
    return '"' + (flat if len(flat) <= limit else flat[: limit - 1] + "…") + '"'


class SourceIndex:
    """Normalised sources by id, built on first use so uncited sources cost nothing."""

    def __init__(self, sources: dict[str, SourceText]):
        self.sources = sources
        self._normalised: dict[str, NormalisedSource] = {}
        current = {text.sha256 for text in sources.values()}
        for digest in [digest for digest in _FOLDED if digest not in current]:  # only this build's are kept
            del _FOLDED[digest]

    def anchor(self, citation: Citation) -> Anchoring:
        """Return where a citation's quote is in its source, naming no passage nearest a quote not found (see
        name_nearest_passages)."""
        return anchor_quote(self.normalised(citation.source), citation.quote, citation.prefix, citation.suffix,
                            nearest=False)

    def normalised(self, source_id: str) -> NormalisedSource:
        """Return the normalised form of one source."""
        found = self._normalised.get(source_id)
        if found is None:
            found = self._normalised[source_id] = NormalisedSource(self.sources[source_id])
        return found


def citations_of(kind: str, data) -> list[tuple[str, Citation]]:
    """Return every citation a content file defines, a quote's own words included, in key order.

    A quote's id is a key like any other: the same key under `citations:` comes twice here, and
    the caller reports it, rather than one silently hiding the other.
    """
    found = list(data.citations.items())
    if kind == "quotes":
        found += [(quote.id, Citation(source=quote.source, quote=quote.words, prefix=quote.prefix, suffix=quote.suffix,
                                      line=quote.line_of("words"), lines=quote.lines)) for quote in data.quotes]
    return sorted(found, key=lambda item: (item[0], item[1].line))


class Definition(NamedTuple):
    """Where a briefing defines one citation key: the file (as editors know it) and the citation."""

    shown: str
    citation: Citation


def citation_definitions(files: list[ContentFile]) -> tuple[dict[str, Definition], list[Problem]]:
    """Return the citations of a briefing's files by key, and the keys defined twice."""
    defined: dict[str, Definition] = {}
    problems = []
    for file in files:
        for key, citation in citations_of(file.kind, file.data):
            first = defined.get(key)
            if first is not None:
                problems.append(Problem(file.shown, citation.line, f"citation '{key}' is already defined in "
                                        f"{first.shown}:{first.citation.line}{_as_quote_id(files, key)}",
                                        "a key is defined once per briefing and usable from all its files: "
                                        "delete this one, or rename it"))
            else:
                defined[key] = Definition(file.shown, citation)
    return defined, problems


def _as_quote_id(files: list[ContentFile], key: str) -> str:
    """Return words saying a key is a quote's id, where one is: a citation named as a quote's id was refused as
    "already defined" at the quote's `words` line, which names no citation (newuser_114)."""
    if any(file.kind == "quotes" and any(quote.id == key for quote in file.data.quotes) for file in files):
        return ", as the id of a quote (a quote's `id` is also its citation key)"
    return ""


def name_nearest_passages(problems: list[Problem], missed: list[tuple[str, int, str, int]],
                          definitions: dict[str, Definition], index: SourceIndex) -> None:
    """Give the first MAX_SUGGESTED quotes not found of a briefing, in its files' order, the hint naming the passage
    nearest each (`missed`: each one's file, line, key and problem's place in `problems`; see NEAREST_NOT_SOUGHT)."""
    for _, _, key, number in sorted(missed)[:MAX_SUGGESTED]:
        citation = definitions[key].citation
        problems[number] = replace(problems[number], hint=closest_passage_hint(index.sources[citation.source],
                                                                                citation.quote))


def anchor_citations(definitions: dict[str, Definition], index: SourceIndex,
                     library: set[str]) -> tuple[dict[str, Passage], list[Problem]]:
    """Return {key: Passage} for every citation of one briefing, and the problems found.

    Citations of a library source that could not be read are skipped: that source's own
    problem has already been reported.
    """
    anchored, problems, missed = {}, [], []
    unknown: dict[tuple[str, str], list[tuple[int, str]]] = {}  # (file, source id) -> (line, key) naming it
    for key, (shown, citation) in sorted(definitions.items()):
        if citation.source in library and citation.source not in index.sources:
            continue
        if citation.source not in index.sources:
            unknown.setdefault((shown, citation.source), []).append((citation.line_of("source"), key))
            continue
        result = index.anchor(citation)
        if result.passage is None:
            if result.hint == NEAREST_NOT_SOUGHT:
                missed.append((shown, citation.line_of("quote"), key, len(problems)))
            problems.append(Problem(shown, citation.line_of("quote"), f"citation '{key}': {result.message}",
                                    result.hint))
        else:
            anchored[key] = result.passage
    name_nearest_passages(problems, missed, definitions, index)
    for number, ((shown, source), naming) in enumerate(sorted(unknown.items())):  # one per file and id, not citation
        line, key = min(naming)
        others = len(naming) - 1
        who = f"citation '{key}'" + (f" and {others} other{'s' if others > 1 else ''} below it" if others else "")
        problems.append(Problem(shown, line, f"{who}: unknown source '{source}'",
                                one_of(source, library, "use one of the ids in content/sources.yaml",
                                       suggest=number < MAX_SUGGESTED)))
    return anchored, problems
