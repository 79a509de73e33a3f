"""A deed told undone that its source tells done: "Acme did not reject the demand" may not cite "Acme's rejection of
the demand was final", nor "Southland did not vote against the resolution" cite "Southland opposed the resolution".

opposite_deeds.py reads a negated verb as telling no deed, so a sentence undoing a passage's deed in other words (a
noun, "rejection of", or another verb of the same side, "voted against" for "opposed") built. Here a deed of one of
opposite_deeds.py's sides, negated ("did not reject", "has not opposed", "never joined", "won't support", "failed to
ratify"), is refused where a passage's clause of the same subject and object tells a deed of that same side, done,
and no passage tells it undone, negated or denied in a pair ("neither accepted nor rejected the offer"); a deed a
passage frames, "no evidence that Acme admitted", is framed_clauses.py's. A negated deed is not read as its
opposite's: not rejecting a demand is not accepting it (it may still be pending), so "Acme did not accept the
demand" citing "Acme rejected the demand" builds, and so does "no longer opposes" (a change of mind the source may
not tell). English text is read (tests/test_factcheck_81.py, tests/test_factcheck_161.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .framed_clauses import _FRAME
from .opposite_deeds import _CLAUSE_END, _CLAUSE_START, _SIDES, _Told, _content, _passage_told, _restates
from .sentences import markers_blanked

# Bare forms after a negation, where they can be no noun: "did not support", "will not ban", "didn't vote against"
_BARE = {"accept": "assent", "approve": "assent", "agree": "assent", "ratify": "assent", "endorse": "assent",
         "reject": "refusal", "refuse": "refusal", "turn down": "refusal", "admit": "admission",
         "acknowledge": "admission", "confirm": "admission", "deny": "denial", "allow": "permission",
         "permit": "permission", "legalise": "permission", "legalize": "permission", "ban": "ban",
         "prohibit": "ban", "outlaw": "ban", "forbid": "ban", "open": "opening", "reopen": "opening",
         "close": "closing", "shut": "closing", "join": "joining", "rejoin": "joining", "leave": "leaving",
         "quit": "leaving", "exit": "leaving", "withdraw from": "leaving", "support": "support", "back": "support",
         "vote for": "support", "oppose": "opposition", "vote against": "opposition"}
_NOT_READ = frozenset({"keeping", "lifting"})  # a restriction kept or lifted: opposite_deeds.py's alone
_FORMS = {form: side for form, side in {**{f.replace("_", " "): s for s, fs in _SIDES.items() for f in fs.split()},
                                        **_BARE}.items() if side not in _NOT_READ}
_UNDONE = patterns.compile(
    r"(?<![\w'’-])(?P<negation>(?:(?:did|does|do|has|have|had|will|would|could|can|is|are|was|were)\s*"
    r"(?:not|n['’]t)"
    r"|never|failed\s+to|cannot|won['’]t|can['’]t)\s+(?:(?:yet|formally|publicly|ever|actually|been)\s+)?)"
    rf"(?P<form>{'|'.join(patterns.longest_first(_FORMS))})(?![\w-])", re.IGNORECASE)
# A deed denied in a pair: "neither accepted nor rejected the offer", "has neither approved nor opposed it" tells
# both deeds undone; read as done ("rejected"), "did not reject the offer" was refused citing it (factcheck_161)
_PAIRED = patterns.compile(
    r"(?<![\w'’-])(?:neither|nor)\s+(?:(?:has|have|had|did|does|do|will|formally|publicly|explicitly|yet)\s+){0,2}"
    rf"(?P<form>{'|'.join(patterns.longest_first(_FORMS))})(?![\w-])", re.IGNORECASE)
# what is not confirmed or not denied is a claim: "did not deny that", "did not confirm the reports"
_CLAIMED = patterns.compile(r"\s+(?:that|it|the\s+(?:claims?|reports?))(?!\w)", re.IGNORECASE)
# A condition opening the deed's clause: "If Halvorsen does not accept the reduced award, the court will order a new
# trial" of "would order a new trial unless Halvorsen accepted" tells nothing undone (tests/test_factcheck_185.py)
_CONDITION = patterns.compile(r"(?<!\w)(?:if|unless|whether)(?!\w)", re.IGNORECASE)
# Words any such sentence holds (a negation's): most sentences hold none, and are not searched
_GATE = ("not", "n't", "n’t", "never", "failed", "cannot")


def undone_deeds(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a deed undone ("did not reject") that a passage restating it tells done, of
    the same side ("Acme's rejection of", "rejected"), and no passage tells it undone."""
    if not in_english(language) or not passages:
        return []
    lowered = text.lower()
    if not any(word in lowered for word in _GATE):
        return []  # most sentences negate nothing: found by a search of their text
    spoken = unquoted(markers_blanked(text))
    for match in _UNDONE.finditer(spoken):
        side = _FORMS[" ".join(match["form"].lower().split())]
        if side in ("admission", "denial") and _CLAIMED.match(spoken, match.end()):
            continue  # a claim not confirmed or not denied is a speaker's, the hedge checks'
        start = max((m.end() for m in _CLAUSE_START.finditer(spoken, 0, match.start())), default=0)
        if _CONDITION.search(spoken, start, match.start()):
            continue  # "If Halvorsen does not accept the award, ...": a condition tells no deed undone
        end_match = _CLAUSE_END.search(spoken, match.end())
        end = end_match.start() if end_match else len(spoken)
        told = _Told(side, match.group(), _content(spoken[start:match.start()]),
                     _content(spoken[match.end():end]), False, " ".join(spoken[start:end].split()))
        if any(_undone_in(passage.text, side) for passage in passages):
            continue  # a passage tells it undone too
        done = next((other for passage in passages for other in _passage_told(passage.text)
                     if other.side == side and _restates(told, other) and not _FRAME.search(other.clause)), None)
        if done is not None:
            return [Finding(offset, f"this sentence says '{' '.join(match.group().split())}' where its cited passages "
                                    f"say '{done.shown}' ('{done.clause}'): {clipped(text)}",
                            "tell the deed as the source does, or cite a passage that tells it undone")]
    return []


def _undone_in(text: str, side: str) -> bool:
    """Say whether a passage tells a deed of this side undone (negated, or denied in a pair by "neither ... nor")."""
    return any(_FORMS[" ".join(match["form"].lower().split())] == side for pattern in (_UNDONE, _PAIRED)
               for match in pattern.finditer(text))
