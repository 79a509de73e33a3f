"""A claim a French passage says was not shown, told as shown or recognised: "Le groupe spécial a reconnu que la hausse
du droit ostrelandais répondait à une menace pour sa sécurité nationale" citing "il constate ... que l'Ostrelande n'a
pas démontré que la hausse de son droit ... répondait à une menace pour sa sécurité nationale" built, the sentence's
subject not the passage's, so no negation was read as dropped (tests/test_factcheck_189.py).

Read narrowly: a passage's "ne"/"n'" with, within four words, a form of "démontrer", "prouver", "établir" or "justifier"
before "que" and what follows it to the clause's end; a sentence's form of a verb of showing or recognising
("reconnu", "démontré", "prouvé", "établi", "constaté", "admis", "admet", "confirmé", "conclu") right before "que",
negated by nothing in its clause, whose that-clause holds no negation and shares three words of five letters or more
with the passage's, at least two thirds of its own. The same verb of the same subject ("L'Ostrelande a démontré que")
is polarity.py's, named once. "avoir démontré que" (a claim of having shown it), a verb of saying
("soutient que", "affirme que") and "selon" leave it a party's word, which other checks read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted

_CLAUSE_END = r"[^.,;:!?]+"
_NOT_SHOWN = patterns.compile(
    r"(?<!\w)(?:ne|n['’])\s*(?:[^\W\d_]+\s+){0,4}?"
    r"(?P<verb>(?:démontr|prouv|établ|justifi)\w*)\s+qu(?:e\s+|['’]\s*)(?P<what>" + _CLAUSE_END + ")", re.IGNORECASE)
_TOLD_SHOWN = patterns.compile(
    r"(?<!\w)(?P<verb>reconn\w*|démontr\w*|prouv\w*|établ\w*|constat\w*|admi[st]\w*|admet\w*|confirm\w*|conclu\w*)"
    r"\s+qu(?:e\s+|['’]\s*)(?P<what>" + _CLAUSE_END + ")", re.IGNORECASE)
_NEGATION = patterns.compile(r"(?<!\w)(?:ne|n['’]|pas|jamais|aucun\w*|sans|nullement|point)(?!\w)", re.IGNORECASE)
_HAVING = patterns.compile(r"(?<!\w)(?:avoir|selon)\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)
_CLAUSE_START = patterns.compile(r"[,;:.!?]")
_SUBJECT_START = patterns.compile(r"[,;:.!?]|(?<!\w)qu(?:e(?!\w)|['’])", re.IGNORECASE)
_LONG_WORD = patterns.compile(r"[^\W\d_]{5,}")
_SHARED = 3  # words of five letters or more the two that-clauses share
_PREFIX = 5


def unshown_told_shown(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a French sentence tells as shown or recognised a claim its cited passage says was not
    shown."""
    if not language.startswith("fr") or "qu" not in text:
        return []
    unshown = [(found["what"], found["verb"], _subject(found)) for passage in passages
               if (passage.language or language).startswith("fr") for found in _NOT_SHOWN.finditer(passage.text)]
    if not unshown:
        return []
    plain = unquoted(text)
    # what a cited passage itself tells as shown or found ("Le juge a constaté que le contrat était valable") backs it
    shown = [_words(found["what"]) for passage in passages for found in _shown(passage.text)]
    for told in _shown(plain):
        mine = _words(told["what"])
        if any(len(mine & words) >= _SHARED and 3 * len(mine & words) >= 2 * len(mine) for words in shown):
            continue
        for what, verb, subject in unshown:
            shared = mine & _words(what)
            if _told_by_its_subject(plain, told, verb, subject):
                continue  # "L'Ostrelande a démontré que" of "l'Ostrelande n'a pas démontré que": polarity.py's
            if len(shared) >= _SHARED and 3 * len(shared) >= 2 * len(mine):
                return [Finding(offset, f"this sentence tells as shown ('{told['verb']} que') what its cited passage "
                                        f"says was not shown ('{' '.join(what.split())[:120]}'): {clipped(text)}",
                                "keep the source's negation (\"n'a pas démontré que\"), or cite a passage that says it "
                                "was shown")]
    return []


def _shown(text: str) -> list[re.Match]:
    """Return text's verbs of showing or recognising before "que" told plainly: negated by nothing, their that-clause
    negating nothing, no "avoir" (a claim of having shown it) or "selon" before them."""
    return [told for told in _TOLD_SHOWN.finditer(text) if not (
        _negated_before(text, told.start()) or _NEGATION.search(told["what"]) or _HAVING.search(text, 0, told.start()))]


def _negated_before(text: str, at: int) -> bool:
    """Say whether the clause before `at` negates the verb there ("n'a pas reconnu que")."""
    start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, at)), default=0)
    return bool(_NEGATION.search(text, start, at))


def _subject(found: re.Match) -> frozenset[str]:
    """Return the words of who a passage says did not show it: those of its clause before the "ne"."""
    text = found.string
    start = max((m.end() for m in _SUBJECT_START.finditer(text, 0, found.start())), default=0)
    return _words(text[start:found.start()])


def _told_by_its_subject(text: str, told: re.Match, verb: str, subject: frozenset[str]) -> bool:
    """Say whether a sentence tells the same verb of the same subject, a negation dropped that polarity.py names."""
    start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, told.start())), default=0)
    return told["verb"].casefold()[:_PREFIX] == verb.casefold()[:_PREFIX] and bool(
        subject & _words(text[start:told.start()]))


def _words(text: str) -> frozenset[str]:
    """Return the first five letters of text's words of five letters or more, folded."""
    return frozenset(word.casefold()[:_PREFIX] for word in _LONG_WORD.findall(text))
