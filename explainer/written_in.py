"""A briefing written in one built-in language and read as another: its `language` left out where the site's is
another ("language: en" in site.yaml, a French briefing moved into the project).

Its figures and dates are then read in the site's language ("1,5 million" as 1 and 5 million), and a dozen errors
follow that do not say why. The title and summary are read for the short words only one language writes ("les",
"et", "pour" in French; "the", "and", "of" in English): where another built-in language's outnumber the reading
language's, at least three of them, a build that fails names the briefing too, with the line to add (one that
builds is left alone: an English briefing may have a French title).
"""

from __future__ import annotations

from . import patterns
from .load import SiteContent
from .problems import Problem

# Short words each built-in Latin-script language writes and the others do not (so no "de", "la", "en", "un").
_OWN_WORDS = {
    "en": frozenset("the of and to is was for with why how what are were has have from that this".split()),
    "fr": frozenset("le les des du et est sont pour pourquoi ont une dans sur aux au qui ce cette".split()),
    "de": frozenset("der die das und ist sind nicht mit von dem den ein eine für warum wie".split()),
    "es": frozenset("el los las y del que para por una es son porqué cómo con".split()),
}
_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish"}
_WORD = patterns.compile(r"[^\W\d_]+")
_LEAST = 3


def read_in_another_language(content: SiteContent) -> list[Problem]:
    """Name each briefing that sets no `language` whose title and summary are written in another built-in language
    than the site's, which reads it."""
    site = content.settings.language.split("-")[0].lower()
    if site not in _OWN_WORDS:
        return []
    problems = []
    for briefing in content.briefings:
        if briefing.briefing.language:
            continue
        written = _written_in(f"{briefing.briefing.title} {briefing.briefing.summary}")
        if written and written != site:
            problems.append(Problem(
                briefing.files["briefing"].shown, briefing.briefing.line_of("title"),
                f"this briefing is written in {_NAMES[written]} but read as {_NAMES[site]}, the site's language "
                f"(its figures and dates would be misread: \"1,5 million\" as 1 and 5 million)",
                f"add `language: {written}` to briefing.yaml"))
    return problems


def _written_in(text: str) -> str:
    """Return the built-in language whose own short words text holds most, at least three; or ""."""
    words = [word.casefold() for word in _WORD.findall(text)]
    counts = {language: sum(word in own for word in words) for language, own in _OWN_WORDS.items()}
    best = max(counts, key=counts.get)
    if counts[best] < _LEAST or sorted(counts.values())[-2] >= counts[best]:
        return ""
    return best
