"""Who did a deed, in Italian, turned round: "La Regione ha sospeso l'ordinanza" citing "Il Tribunale amministrativo
regionale della Toscana ha sospeso l'ordinanza"; "La chiusura è stata decisa dalla Regione" citing "... decisa dalla
concessionaria"; "La Regione ha proposto di esentare ..." citing "La società ... ha proposto di esentare ..." built
(tests/test_newuser_111.py, tests/test_factcheck_178.py).

A deed is a past participle after "ha", "hanno", "aveva" ... (its doer the clause's subject before it) or after "è
stato", "sono stati", "viene" ... with "da", "dal", "dalla" ... (its doer the agent after it). A doer is read only by
its head, the first word after its article, where that word names a party of the briefing ("la Regione", "il
Tribunale ...", "la società"); "L'assessore regionale ..." and "Paolo Ferrandi" name no one here, and a clause whose
subject is left out is given its sentence's subject only after "ma" or "e" ("La società non ha accettato ..., ma ha
proposto"). A sentence's deed is refused where its cited passages give the same participle (its final vowel aside:
"sospeso", "sospesa") only to doers they read, and none of them is the sentence's party. Verbs of saying ("ha
detto", "ha dichiarato") are speakers.py's where the locale's `according_to` lists them (else read here: "ha
annunciato"), and a deed denied ("non ha sospeso") is polarity.py's: not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Finding, clipped, locale_word_pattern, unquoted
from .sentences import folded_word

_ACTIVE = patterns.compile(
    r"(?<!\w)(?:ha|hanno|aveva|avevano|avrà|avranno|avrebbe|avrebbero)\s+(?P<adverbs>(?:(?:già|anche|poi|infine"
    r"|inoltre|ora|subito|ieri|oggi)\s+)*)(?P<part>[^\W\d_]{3,}(?:at|ut|it|s|st|tt|ss|rt|lt|nt)[oaie])(?!\w)",
    re.IGNORECASE)
_PASSIVE = patterns.compile(
    r"(?<!\w)(?:è|sono|era|erano|sarà|saranno|viene|vengono|venne|vennero|fu|furono)\s+(?:stat[oaie]\s+)?"
    r"(?:(?:già|anche|poi|infine)\s+)*(?P<part>[^\W\d_]{3,}(?:at|ut|it|s|st|tt|ss|rt|lt|nt)[oaie])\s+"
    r"(?:(?!\d)[^\W_]+\s+){0,3}?(?:dall['’]\s*|(?:dallo|dalla|dalle|dagli|dai|dal|da)\s+)(?P<agent>[^\W\d_]+)",
    re.IGNORECASE)
# words of saying: whose words a sentence gives is the speakers' checks' to read
_SAYING = frozenset({"detto", "dett", "dichiarat", "affermat", "riferit", "spiegat", "sottolineat", "aggiunt",
                     "ricordat", "precisat", "sostenut", "annunciat", "comunicat", "scritt"})
_ARTICLE = patterns.compile(r"^(?:(?:il|lo|la|i|gli|le|un|uno|una)\s+|(?:l|un)['’]\s*)", re.IGNORECASE)
_CLAUSE_START = patterns.compile(r"(?:[,;:(]|\s(?:che|e|ed|ma|mentre|dove|quando|perché|poiché|se)\s)", re.IGNORECASE)
_COORDINATED = patterns.compile(r"(?:,\s*|\s)(?:ma|e|ed)\s+(?:(?:non|poi|anche|già|quindi|tuttavia)\s+)*$", re.IGNORECASE)
_SENTENCE_START = patterns.compile(r"[.!?]\s+(?=[A-ZÀ-Ý«\"“])")


def _head_parties(words: str, parties) -> frozenset[str]:
    """Return the parties named by the first word after an article of `words`, or none."""
    first = re.match(r"[^\W\d_]+", _ARTICLE.sub("", words.strip(" \t\n,;:«»\"“”")))
    if not first:
        return frozenset()
    head = folded_word(first.group())
    return frozenset(party for party, naming in parties if head in naming)


def _subject_before(text: str, at: int, parties) -> frozenset[str] | None:
    """Return the parties a deed's subject names, the words of its clause before `at` (its sentence's first
    clause's, after "ma" or "e" with no subject of its own); None where it names none or is not read."""
    opening = max((end.end() for end in _SENTENCE_START.finditer(text, 0, at)), default=0)
    before = text[opening:at]
    if re.search(r"(?<!\w)non\s*$", before, re.IGNORECASE):
        return None  # a deed denied is polarity.py's
    starts = [start.end() for start in _CLAUSE_START.finditer(before)]
    clause = before[starts[-1]:] if starts else before
    if not clause.strip() or _COORDINATED.search(before) and not re.search(r"[^\W\d_]", clause.replace("non", "")):
        if not _COORDINATED.search(before):
            return None
        first = _CLAUSE_START.search(before)
        clause = before[:first.start()] if first else before
    return _head_parties(clause, parties) or None


def _deeds(text: str, parties) -> list[tuple[str, frozenset[str] | None, str]]:
    """Return a text's deeds: each participle's stem (its final vowel cut), its doer's parties (None where none is
    read) and the participle as written."""
    deeds = []
    listed = locale_word_pattern("according_to", "it")
    for match in _ACTIVE.finditer(text):
        stem = folded_word(match["part"])[:-1]
        # a verb of saying the locale's `according_to` does not list is no speaker's to the speakers' checks: read here
        # ("Il Comune ha annunciato un ricorso" of "Il comitato ha annunciato" built, tests/test_newuser147.py)
        if stem not in _SAYING or not listed.match(text, match.start()):
            deeds.append((stem, _subject_before(text, match.start(), parties), match["part"]))
    for match in _PASSIVE.finditer(text):
        stem = folded_word(match["part"])[:-1]
        if stem not in _SAYING and not re.search(r"(?<!\w)non\s*$", text[max(0, match.start() - 6):match.start()]):
            deeds.append((stem, frozenset(party for party, naming in parties
                                          if folded_word(match["agent"]) in naming) or None, match["part"]))
    return deeds


def doer_turned(text: str, passages, offset: int = 0, language: str = "", parties=()) -> list[Finding]:
    """Return a finding when an Italian sentence gives a deed to a party that its cited passages give only to
    another ("La Regione ha sospeso" of "Il Tribunale ... ha sospeso")."""
    if language[:2] != "it" or not parties or not passages:
        return []
    mine = [(stem, doers, part) for stem, doers, part in _deeds(unquoted(text), parties) if doers]
    if not mine:
        return []
    theirs = [deed for passage in passages for deed in _deeds(passage.text, parties)]
    for stem, doers, part in mine:
        same = [their_doers for their_stem, their_doers, _ in theirs if their_stem == stem]
        if same and all(their_doers and not their_doers & doers for their_doers in same):
            return [Finding(offset, f"this sentence gives '{part}' to {', '.join(sorted(doers))}, but its cited "
                                    f"passages give it to {', '.join(sorted(same[0]))}: {clipped(text)}",
                            "give the deed to whom the source gives it, or cite the passage that gives it to "
                            f"{', '.join(sorted(doers))}")]
    return []
