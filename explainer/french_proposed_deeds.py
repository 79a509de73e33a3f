"""A French deed a passage gives only as proposed, told as done: "Hélène Castagne a réduit le droit sur les fromages à
20 %" citing "la ministre ..., Hélène Castagne, a proposé la semaine dernière de réduire le droit sur les fromages à
20 %" built, every word of it in the passage (tests/test_factcheck_192.py).

Read narrowly: a form of "proposer", "suggérer", "offrir" or "envisager" then "de"/"d'" and an infinitive in -er, -ir
or -re (past a pronoun, "le", "la", "les", "lui", "y", "en"), whose stem is four letters or more; a sentence holding a
form of that verb told done or doing ("réduit", "réduite", "réduisent", "réduisait") is refused where it holds no
proposal, offer, negation, possibility, plan or conditional of its own ("a proposé de", "offre de", "serait réduit",
"pourrait", "prête à") and no cited passage tells the deed in such a form outside the proposal."""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts

_PROPOSED = patterns.compile(
    r"(?<!\w)(?:propos\w*|suggér\w*|suggèr\w*|offert|offre|offrent|offrait|envisag\w*)"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:de\s+|d['’]\s*)(?:(?:l['’]|le\s+|la\s+|les\s+|lui\s+|leur\s+|en\s+|y\s+))?"
    r"(?P<verb>[^\W\d_]{4,}(?:er|ir|re))(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")
# the endings of a French verb's forms told done or doing, after its infinitive's stem ("rédui" + "t", "sent")
_DONE_ENDINGS = frozenset("""é ée és ées e es ent a ait aient èrent i ie is ies it ite u ue us ues t te ts tes s sent
                             sait saient""".split())
# a sentence's own proposal, negation, possibility, plan or conditional: it tells no deed done
_KEPT = patterns.compile(
    r"(?<!\w)(?:propos\w*|suggér\w*|suggèr\w*|offr\w*|offert\w*|envisag\w*|ne|n['’]|pas|jamais|sans|non|ni|aucun\w*"
    r"|pourr\w*|peut|peuvent|va|vont|compte\w*|prévoi\w*|prévu\w*|entend\w*|souhait\w*|veut|veulent|voudrai\w*"
    r"|prêts?|prêtes?|disposée?s?|si|serait|seraient|sera|seront|[^\W\d_]+rai(?:t|ent)|demand\w*|réclam\w*"
    r"|plaid\w*|appel\w*)(?!\w)", re.IGNORECASE)


def proposed_told_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a French sentence tells done a deed its cited passages give only as proposed."""
    if not language.startswith("fr") or _KEPT.search(text):
        return []
    quoted = quoted_parts(text)
    for passage in passages:
        if not (passage.language or language).startswith("fr") or not _may_propose(passage.text):
            continue
        for found in _PROPOSED.finditer(passage.text):
            stem = found["verb"][:-2].casefold()
            told = next((word for word in _WORD.finditer(text) if _done_form(word.group(), stem)
                         and not any(start <= word.start() < end for start, end in quoted)), None)
            if told and not _done_elsewhere(stem, passages, found):
                return [Finding(offset, f"this sentence tells as done ('{told.group()}') what its cited passage gives "
                                        f"only as proposed ('{' '.join(found.group().split())}'): {clipped(text)}",
                                "keep the proposal (\"a proposé de réduire\"), or cite a passage that tells it done")]
    return []


def _may_propose(text: str) -> bool:
    folded = text.casefold()
    return any(word in folded for word in ("propos", "sugg", "offr", "offert", "envisag"))


def _done_form(word: str, stem: str) -> bool:
    """Say whether a word is a form of the verb of `stem` told done or doing ("réduit", "réduisent" of "rédui")."""
    word = word.casefold()
    return len(stem) >= 4 and word.startswith(stem) and word[len(stem):] in _DONE_ENDINGS


def _done_elsewhere(stem: str, passages: list[Cited], proposal: re.Match) -> bool:
    """Say whether a cited passage tells the deed in a done form outside the proposal found."""
    return any(_done_form(word.group(), stem) and not (passage.text is proposal.string and
                                                       proposal.start() <= word.start() < proposal.end())
               for passage in passages for word in _WORD.finditer(passage.text))
