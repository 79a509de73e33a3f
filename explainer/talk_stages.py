"""Talks kept at their stage: exploratory talks are no negotiations, and talks offered or invited are none held.

"Die CDU hat mit SPD und Grünen Koalitionsverhandlungen begonnen" (or "verhandelt mit SPD und Grünen über eine
Koalition", "Die SPD ist zu Koalitionsverhandlungen bereit") citing "die CDU habe SPD und Grüne zu
Sondierungsgesprächen eingeladen" or "„Wir sind zu Sondierungsgesprächen bereit“" built: every figure stands, and a
party ready to sound out others is told as bargaining over a coalition agreement. A sentence naming negotiations
("Koalitionsverhandlungen", "verhandelt", "coalition negotiations", "négociations", "negociaciones") is refused where
its cited passages give exploratory talks ("Sondierungsgespräche", "sondieren", "exploratory talks", "discussions
exploratoires", "conversaciones exploratorias") and name no negotiating at all. A sentence telling talks as held
("Die CDU führt Sondierungsgespräche mit der SPD", "has begun exploratory talks") is refused where every cited
passage naming them gives them only as offered or invited ("bereit", "eingeladen", "ready", "invited", "prêt",
"dispuesto"). A negated sentence ("haben noch nicht begonnen"), one keeping the offer ("ist zu ... bereit") and
words in the sentence's quotation marks are not read; a passage's quotation is its speaker's word and is
(tests/test_newuser_104.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .invited_talks_held import invited_talks_told_held
from .sentences import markers_blanked, sentence_of

_LANGUAGES = ("en", "de", "fr", "es")
# stems of the words looked for, as text before any pattern: most sentences name no talks
_STEMS = ("sondier", "verhand", "exploratory", "exploratoire", "exploratori", "negotiat", "négoci", "negoci")
_EXPLORATORY = patterns.compile(
    r"(?<![\w-])(?:Sondierung\w*|sondier\w*|exploratory\s+(?:talks|discussions|meetings|contacts)"
    r"|(?:discussions|pourparlers|consultations|entretiens|contacts)\s+exploratoires"
    r"|(?:conversaciones|contactos|reuniones|negociaciones)\s+exploratori[oa]s)(?!\w)", re.IGNORECASE)
# any negotiating named: a passage naming it ("und entscheiden danach, mit wem wir verhandeln") backs the word
# (its stem looked for inside a word, "Koalitionsverhandlungen", with nothing before it: a search stays linear)
_NEGOTIATING = patterns.compile(r"(?:verhandl|verhandel|negotiat|négoci|negoci)\w*", re.IGNORECASE)
# talks only offered or invited to, in the passage's sentence naming them
_OFFERED = patterns.compile(
    r"(?<![\w-])(?:bereit(?:e[nmrs]?)?|Bereitschaft|eingeladen|einladen|lädt|lud|Einladung\w*|angeboten|anbieten|offen\s+für"
    r"|ready|willing|invited|invites?|invitation|offered|offers?|open\s+to|prêts?|prêtes?|disposée?s?|invitée?s?"
    r"|invite|proposée?s?|propose|dispuest[oa]s?|invitad[oa]s?|invita|ofrecid[oa]s?|ofrece|abiert[oa]s?\s+a)(?!\w)",
    re.IGNORECASE)
_NEGATION = patterns.compile(r"(?<![\w-])(?:nicht|kein\w*|not|never|n['’]t|yet\s+to|pas|jamais|no|nunca)(?!\w)",
                             re.IGNORECASE)
# a sentence keeping the talks to come tells none held
_NOT_HELD = patterns.compile(
    r"(?<![\w-])(?:will|would|wollen|möchte\w*|soll\w*|plan\w*|geplant|intends?|hopes?|hofft|veut|souhaite|va"
    r"|quiere|planea|ob|whether|si)(?!\w)",
    re.IGNORECASE)


def talks_beyond_stage(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells negotiations where its passages give only exploratory talks, or talks
    held that its passages give only as offered or invited."""
    invited = invited_talks_told_held(text, passages, offset, language)
    if invited:
        return invited  # plain talks invited to, told as held (factcheck_203)
    folded = text.casefold()
    if language[:2] not in _LANGUAGES or not passages or not any(stem in folded for stem in _STEMS):
        return []
    spoken = unquoted(markers_blanked(text))
    if _NEGATION.search(spoken):
        return []  # talks taken back: polarity.py's to compare
    said = [passage.text for passage in passages]
    told = _NEGOTIATING.search(spoken)
    if told is not None:
        if any(_NEGOTIATING.search(text_said) for text_said in said):
            return []
        given = next((found for text_said in said for found in _EXPLORATORY.finditer(text_said)), None)
        if given is None:
            return []
        return [Finding(offset + told.start(), f"this sentence tells negotiations ('{told.group()}') where its "
                                               f"cited passages give only exploratory talks ('{given.group()}'): "
                                               f"{clipped(text)}",
                        "keep the talks at the stage the source gives (\"Sondierungsgespräche\", \"exploratory "
                        "talks\"), or cite a passage that gives negotiations")]
    return _offered_as_held(text, spoken, said, offset)


def _offered_as_held(text: str, spoken: str, said: list[str], offset: int) -> list[Finding]:
    """Return a finding when text tells as held exploratory talks that every passage naming them gives only as
    offered or invited."""
    told = _EXPLORATORY.search(spoken)
    if told is None or _OFFERED.search(spoken) or _NOT_HELD.search(spoken):
        return []
    offered = ""
    for text_said in said:
        for found in _EXPLORATORY.finditer(text_said):
            kept = _OFFERED.search(sentence_of(text_said, found.start()))
            if kept is None:
                return []  # a passage gives the talks without an offer: held, or told otherwise
            offered = offered or kept.group()
    if not offered:
        return []
    return [Finding(offset + told.start(), f"this sentence tells talks as held ('{told.group()}') where its cited "
                                           f"passages give them only as offered or invited ('{offered}'): "
                                           f"{clipped(text)}",
                    "say who is ready for the talks or invited to them, as the source does, or cite a passage that "
                    "gives them held")]
