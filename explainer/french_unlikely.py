"""A French "peu probable" told as likely: "Un diplomate estime qu'un accord à Lisbonne est probable" citing "Un
diplomate ... estime qu'un accord à Lisbonne est « peu probable »" built, every word of it in the passage, "peu" no
negation the checks read (tests/test_factcheck_192.py).

Read narrowly: "peu" before "probable", "vraisemblable", "plausible", "crédible", "réaliste" or "envisageable" (a
quotation mark between them aside) in a cited passage; a sentence holding that adjective or its adverb
("probablement") is refused where "peu", "guère", a negation or a doubt ("doute", "improbable") does not come with it,
and no cited passage gives the adjective without "peu"."""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped

_ADJECTIVES = r"(?:probable|vraisemblable|plausible|crédible|réaliste|envisageable)s?"
_UNLIKELY = patterns.compile(rf"(?<!\w)peu\s+[«\"“]?\s*(?P<adjective>{_ADJECTIVES})(?!\w)", re.IGNORECASE)
_LIKELY = patterns.compile(r"(?<!\w)(?P<stem>probabl|vraisemblabl|plausibl|crédibl|réalist|envisageabl)(?:es?|ement)?"
                           r"(?!\w)", re.IGNORECASE)
# what keeps the doubt: "peu", "guère", "pas", "ne", a doubt of its own
_KEPT = patterns.compile(r"(?<!\w)(?:peu|guère|pas|ne|n['’]|jamais|nullement|dout\w*|improbab\w*|invraisembl\w*"
                         r"|sceptiques?|scepticisme)(?!\w)", re.IGNORECASE)


def unlikely_told_likely(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a French sentence tells likely what its cited passages give only as "peu probable"."""
    if not language.startswith("fr") or "peu" not in " ".join(p.text for p in passages).casefold():
        return []
    told = _LIKELY.search(text)
    if told is None or _KEPT.search(text):
        return []
    stem = told["stem"].casefold()
    unlikely = [found for passage in passages if (passage.language or language).startswith("fr")
                for found in _UNLIKELY.finditer(passage.text) if found["adjective"].casefold().startswith(stem)]
    if not unlikely or _likely_elsewhere(stem, passages):
        return []
    return [Finding(offset, f"this sentence tells as likely ('{told.group()}') what its cited passage gives as "
                            "unlikely "
                            f"('{' '.join(unlikely[0].group().split())}'): {clipped(text)}",
                    "keep the source's \"peu\" (\"peu probable\"), or cite a passage that gives it as likely")]


def _likely_elsewhere(stem: str, passages: list[Cited]) -> bool:
    """Say whether a cited passage gives the adjective of `stem` without "peu" before it."""
    for passage in passages:
        for found in _LIKELY.finditer(passage.text):
            before = passage.text[max(0, found.start() - 12):found.start()]
            if found["stem"].casefold() == stem and not re.search(r"(?<!\w)peu\s+[«\"“]?\s*$", before, re.IGNORECASE):
                return True
    return False
