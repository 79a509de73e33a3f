"""`cite`: a citation of an editor's words ready to paste, or the nearest passages when they are not there."""

from __future__ import annotations

from typing import NamedTuple

from . import patterns
from .cjk import SPACELESS_LETTERS, halfwidth
from .finder import HIDDEN, WORD, Nearest, find_words, mark_differences, nearest_passages

MAX_CONTEXTWORDS = 12  # a prefix and suffix longer than this would not help an editor
_KEY = patterns.compile(r"[a-z0-9][a-z0-9-]*")
# JSON leaves these raw, but YAML reads U+0085/U+2028/U+2029 as line breaks and refuses
# most controls; invisible characters are spelled out so that the editor sees them.
_YAML_UNSAFE = patterns.compile(f"[\x7f-\x9f\u2028\u2029\ufffe\uffff{HIDDEN.pattern[1:-1]}]")
# Controls a document converted from a PDF or a terminal holds where a space goes (NEL, form feed, CR...): content may
# not hold them, and anchoring reads them as spacing, so a citation writes a space. Written as escapes, the citation
# `cite` printed was refused by the build it was pasted into.
_SPACE_LIKE = patterns.compile("[ \t]*[\x0b\x0c\r\x1c-\x1f\x85][ \t\x0b\x0c\r\x1c-\x1f\x85]*")


class Candidate(NamedTuple):
    """A nearest passage with its differences from the wanted words marked."""

    passage: Nearest
    line: int
    differences: str


class CitationSuggestion(NamedTuple):
    """What `cite` makes of some words: a citation to paste, or the nearest passages."""

    source_id: str
    occurrences: int  # whole-word matches, forgiving spacing, letter case and quote marks
    quote: str = ""  # the first match, in the source's own characters
    prefix: str = ""
    suffix: str = ""
    unique: bool = False  # whether quote, prefix and suffix anchor to the first match alone
    nearest: tuple[Candidate, ...] = ()

    @property
    def yaml(self) -> str:
        """Return the citation as YAML lines ready to paste ("" when there is nothing to cite)."""
        if not self.unique:
            return ""
        source = self.source_id if _KEY.fullmatch(self.source_id) else yaml_string(self.source_id)
        # A source's fullwidth "ＷＴＯ" as "WTO": the build refuses fullwidth letters in content, and anchors either.
        lines = [f"source: {source}", f"quote: {yaml_string(halfwidth(self.quote))}"]
        lines += [f"{name}: {yaml_string(halfwidth(value))}" for name, value in (("prefix", self.prefix),
                                                                                 ("suffix", self.suffix)) if value]
        return "\n".join(lines) + "\n"


def yaml_string(value: str) -> str:
    """Return `value` as a YAML double-quoted scalar: JSON's escapes, and unsafe characters as \\u escapes."""
    import json

    quoted = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda match: match.group() if _spells_a_word(match) else _yaml_escape(match.group()),
                            quoted)


def _spells_a_word(match) -> bool:
    """Say whether an unsafe character is a zero-width non-joiner between two letters: part of a Persian word's
    spelling ("می‌گوید"), which an editor types and reads as such, not "می\\u200cگوید"."""
    text, at = match.string, match.start()
    return (match.group() == "\u200c" and 0 < at < len(text) - 1
            and _ARABIC_SCRIPT_LETTER.match(text[at - 1]) is not None
            and _ARABIC_SCRIPT_LETTER.match(text[at + 1]) is not None)


_ARABIC_SCRIPT_LETTER = patterns.compile("[\u0620-\u064a\u0654\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f]")


def _yaml_escape(char: str) -> str:
    """Return one character as a YAML escape."""
    return f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"


def suggest_citation(source_id: str, text: str, words: str) -> CitationSuggestion:
    """Return the citation of `words` in a source's text, or the passages nearest to them."""
    from .anchor import NormalisedSource  # here: anchor may come to import this module
    from .model import Source
    from .sources import SourceText

    spans = find_words(text, words)
    if not spans:
        return CitationSuggestion(source_id, 0, nearest=nearest_candidates(text, words))
    source = NormalisedSource(SourceText(Source(id=source_id, file="", title="", publisher="", date="unknown"), text))
    found = citation_at(source, *spans[0])
    if found is None:
        return CitationSuggestion(source_id, len(spans), text[spans[0][0]:spans[0][1]])
    return found._replace(occurrences=len(spans))


def nearest_candidates(text: str, words: str) -> tuple[Candidate, ...]:
    """Return the passages of `text` nearest to `words`, each with its line and the differences marked, each line and
    difference once: "river rose" twice on a line was listed twice, the same line and the same marks (`cite flood
    "river\\x00rose"`, tests/test_attack_40.py)."""
    candidates: dict[tuple[int, str], Candidate] = {}
    for passage in nearest_passages(text, words):
        line, differences = text.count("\n", 0, passage.start) + 1, mark_differences(words, passage.text)
        candidates.setdefault((line, differences), Candidate(passage, line, differences))
    return tuple(candidates.values())


def citation_at(source, start: int, end: int) -> CitationSuggestion | None:
    """Return the citation anchoring exactly the words at [start, end) of a source, or None if no nearby words do.

    `source` is the NormalisedSource the build anchors with, so that it is made once however many
    occurrences are looked at; the fewest context words that single the words out are used.
    """
    from .anchor import anchor_quote  # here: anchor may come to import this module

    text = source.source
    quote = writable(text.text[start:end])
    if unquotable(quote):
        return None
    for prefix, suffix in _contexts(text.text, start, end):
        prefix, suffix = writable(prefix), writable(suffix)
        if unquotable(prefix) or unquotable(suffix):
            continue
        passage = anchor_quote(source, quote, prefix, suffix).passage
        if passage is not None and (passage.start, passage.end) == (start, end):
            return CitationSuggestion(text.source.id, 1, quote, prefix, suffix, unique=True)
    return None


def writable(text: str) -> str:
    """Return a source's words as a citation may hold them: a space for each control the anchoring reads as one, and
    fullwidth letters as ASCII (the build refuses them in content, and anchors either), and without the invisible
    characters the anchoring leaves out beside a space or punctuation ("river<ZWSP> rose"), and a PDF's ligatures as
    their letters (the build refuses "\ufb01" in content, which it anchors to "fi")."""
    from .anchor import ligatures_spelled, without_invisible

    return ligatures_spelled(halfwidth(_SPACE_LIKE.sub(" ", without_invisible(text))))


def unquotable(text: str) -> str:
    """Return why a citation may not hold `text` (a control or invisible character, the build says), or ""."""
    from .disguise import char_name, disguised_text
    from .yamlsafe import first_forbidden

    forbidden = first_forbidden(text)
    if forbidden:
        return f"{char_name(forbidden.group())}, which a quote may not hold"
    disguised = disguised_text(text)
    return disguised[1].removesuffix(" is not allowed") if disguised else ""


def _contexts(text: str, start: int, end: int):
    """Yield (prefix, suffix) pairs to try, fewest words first; a prefix before a suffix of the same length."""
    before, after = _words_before(text, start), _words_after(text, end)
    yield "", ""
    for total in range(1, MAX_CONTEXTWORDS + 1):
        splits = [(total, 0), (0, total)] + [(p, total - p) for p in range(total - 1, 0, -1)]
        for p, s in splits:
            if p <= len(before) and s <= len(after):
                yield (text[before[p - 1]:start].strip() if p else "", text[end:after[s - 1]].strip() if s else "")


# A word: a run without spaces, or one character of a script written without spaces between words (Japanese,
# Chinese), where a run is a whole clause: "約" singles out "4800億円" where the clause before it would be the prefix.
_TOKEN = patterns.compile(f"[{SPACELESS_LETTERS}]|[^\\s{SPACELESS_LETTERS}]+")


def _words_before(text: str, start: int) -> list[int]:
    """Return where the words before `start` begin, nearest first (punctuation goes with its word)."""
    low = max(0, start - 50 * MAX_CONTEXTWORDS)
    tokens = [match.start() for match in _TOKEN.finditer(text[low:start]) if WORD.search(match.group())]
    if low > 0 and tokens and tokens[0] == 0:
        tokens = tokens[1:]  # perhaps the end of a word cut in two
    return [low + token for token in reversed(tokens)][:MAX_CONTEXTWORDS]


def _words_after(text: str, end: int) -> list[int]:
    """Return where the words after `end` end, nearest first (punctuation goes with its word)."""
    high = min(len(text), end + 50 * MAX_CONTEXTWORDS)
    tokens = [match.end() for match in _TOKEN.finditer(text[end:high]) if WORD.search(match.group())]
    if high < len(text) and tokens and tokens[-1] == high - end:
        tokens = tokens[:-1]
    return [end + token for token in tokens][:MAX_CONTEXTWORDS]
