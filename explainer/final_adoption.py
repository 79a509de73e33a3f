"""A bill kept at the stage the source gives it: "La réforme a été définitivement adoptée" may not cite "Le projet de
loi a été adopté en première lecture ... Le texte doit désormais être examiné par le Sénat".

A bill passed at first reading, or by one chamber, is not yet law: told as adopted for good, promulgated, in force or
"une loi", it reads as settled while a second chamber, a final reading or a constitutional review may still change or
strike it. A sentence is refused where it tells a text final, unnegated in its clause (French "définitivement
adopté(e)", "adopté(e) définitivement", "promulgué(e)", "est désormais une loi", "est devenu(e) loi", "entré(e) en
vigueur"; English "passed into law", "signed into law", "became law", "is now law", "enacted", "finally adopted";
Spanish "aprobado definitivamente", "promulgada", "es ya ley", "entró en vigor"; German "endgültig beschlossen" or
"verabschiedet", "ist nun Gesetz", "in Kraft getreten"), where a cited passage gives an earlier stage ("première
lecture", "first reading", "primera lectura", "erster Lesung", "pas encore une loi", "not yet law", "aún no es ley",
"noch nicht Gesetz", "pas adoptée définitivement") and none tells the text final itself (tests/test_newuser_109.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import markers_blanked

_FINAL = patterns.compile(
    r"(?<!\w)(?:définitivement\s+(?:adopté|voté|approuvé)e?s?|(?:adopté|voté|approuvé)e?s?\s+définitivement"
    r"|promulgu(?:é|ée|és|ées|e|ent|a)|(?<![lL]['’])entré(?:e|s|es)?\s+en\s+vigueur|est\s+(?:désormais\s+|maintenant\s+|donc\s+"
    r"|bien\s+)?(?:une\s+)?loi|(?:est|sont)\s+devenue?s?\s+(?:une\s+)?loi"
    r"|(?:passed|signed)\s+into\s+law|became\s+law|(?:is|are)\s+(?:now\s+)?(?:the\s+)?law|enacted"
    r"|(?:finally|definitively)\s+(?:adopted|passed|approved)"
    r"|aprobad[oa]s?\s+definitivamente|definitivamente\s+aprobad[oa]s?|promulgad[oa]s?|promulgó"
    r"|es\s+(?:ya\s+)?ley|entró\s+en\s+vigor"
    r"|endgültig\s+(?:beschlossen|verabschiedet|angenommen)|ist\s+(?:nun\s+|jetzt\s+)?Gesetz|in\s+Kraft\s+getreten)"
    r"(?![\w-])", re.IGNORECASE)
_EARLIER = patterns.compile(
    r"(?<!\w)(?:première\s+lecture|first\s+reading|primera\s+lectura|erster\s+Lesung"
    r"|pas\s+(?:encore\s+)?une\s+loi|not\s+yet\s+(?:a\s+)?law|(?:aún|todavía)\s+no\s+es\s+ley|noch\s+nicht\s+Gesetz"
    r"|pas\s+(?:encore\s+)?(?:été\s+)?(?:adopté|voté)e?s?\s+définitivement)(?!\w)", re.IGNORECASE)
# a negation in the clause before the final word: "n'est pas une loi", "has not become law", "noch nicht in Kraft"
_NEGATED = patterns.compile(r"(?<!\w)(?:ne|n['’]|pas|jamais|not|never|n['’]t|yet\s+to|no|nunca|nicht|kein\w*)(?!\w)"
                            r"[^.;:,!?]{0,40}$", re.IGNORECASE)


def _told_final(text: str) -> re.Match | None:
    """Return the first unnegated final stage a text tells, or None."""
    for final in _FINAL.finditer(text):
        if not _NEGATED.search(text, max(0, final.start() - 45), final.start()):
            return final
    return None


def final_told_of_earlier_stage(text: str, passages: list[Cited], offset: int = 0,
                                language: str = "") -> list[Finding]:
    """Return a finding when text tells a bill final that its cited passages give only at an earlier stage."""
    spoken = markers_blanked(text)
    final = _told_final(spoken)
    if final is None or any(_told_final(passage.text) for passage in passages):
        return []
    earlier = next((match for passage in passages if (match := _EARLIER.search(passage.text))), None)
    if earlier is None:
        return []
    return [Finding(offset, f"this sentence tells the text final ('{final.group()}') where its cited passages give it "
                            f"only at an earlier stage ('{earlier.group()}'): {clipped(text)}",
                    "say where the text stands as the source does (adopted at first reading, still before the other "
                    "chamber), or cite a passage that says it was adopted for good")]
