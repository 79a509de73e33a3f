"""A stance a party tells of itself is the fact of its stance: "Ostrava rejects the ruling." may cite "Ostrava's
government said on Thursday evening that it rejects the ruling" (a state's rejection is its saying so), where
"Marenia rejects the ruling." may not (party_word.py still reads it as Ostrava's word given to another).

A stance is a verb of rejecting, accepting, welcoming, opposing, backing or contesting ("rejects", "accepted",
French "rejette", "salue", Spanish "rechaza", "respalda", German "begrüßt"), read in a party's words only where it
tells of the speaker itself: after "it", "they" or "we" ("said it rejects", "said it would still oppose"), French
"qu'il rejette" or "a dit rejeter", Spanish "que rechaza" (its subject dropped) or "dijo rechazar", German "sie
begrüße". What the stance is of is the words after it up to its clause's end ("the ruling").
"""

from __future__ import annotations

import re

from . import patterns
from .sentences import folded_word

# Each stance's forms, by the one stance they tell: backing, supporting and endorsing are one stance.
_FORMS = {
    "reject": """reject rejects rejected rejecting rejette rejettent rejeté rejetée rejeter rechaza rechazan rechazó
                 rechazaron rechazado rechazar rechace""",
    "accept": """accept accepts accepted accepting accepte acceptent accepté acceptée accepter acepta aceptan aceptó
                 aceptaron aceptado aceptar acepte akzeptiert akzeptieren akzeptiere""",
    "welcome": "welcome welcomes welcomed welcoming salue saluent salué saluer begrüßt begrüßen begrüße",
    "oppose": """oppose opposes opposed opposing opposent opposé opposer opone oponen opuso opusieron oponer""",
    "support": """back backs backed backing support supports supported supporting endorse endorses endorsed
                  endorsing soutient soutiennent soutenu soutenir apoya apoyan apoyó apoyaron apoyado apoyar respalda
                  respaldan respaldó respaldaron respaldar unterstützt unterstützen unterstütze""",
    "contest": """contest contests contested contesting dispute disputes disputed disputing conteste contestent
                  contesté contester impugna impugnan impugnó impugnar""",
}
_STANCE_OF = {folded_word(form): stance for stance, forms in _FORMS.items() for form in forms.split()}
_FORMS_WRITTEN = (form for forms in _FORMS.values() for form in forms.split())
_FORM = "|".join(sorted(_FORMS_WRITTEN, key=len, reverse=True))
# the speaker itself before its stance: "it", "they", "we" and a few words of time, degree or tense between
# ("it still rejects", "they would oppose", "it had firmly rejected"); French "qu'il", "qu'elle", a reflexive
# "s'oppose"; Spanish "que" with its subject dropped ("que rechaza", "que se opone"); German "es", "sie", "er"; or an
# infinitive straight after a verb of saying ("a dit rejeter", "dijo rechazar")
_BETWEEN = (r"(?:(?:still|firmly|fully|strongly|also|now|would|will|does|did|had|has|have|continue\s+to|continues\s+to"
            r"|continued\s+to|not\s+only)\s+)*")
_OF_ITSELF = patterns.compile(
    rf"(?<![\w'’])(?:(?:it|they|we)\s+{_BETWEEN}|qu['’](?:il|elle|ils|elles)\s+(?:s['’])?|que\s+(?:se\s+)?"
    rf"|(?:es|sie|er)\s+|(?:dit|affirmé|déclaré|annoncé|dijo|afirmó|declaró|anunció)\s+)(?P<form>{_FORM})(?![\w'’])",
    re.IGNORECASE)
# what a stance is of ends at its clause's end, or at a word joining another clause ("it welcomed the agreement and
# that its troops captured the city": "troops captured" is no stance's)
_CLAUSE_END = patterns.compile(r"[,.;:!?\"“”«»]|(?<![\w'’])(?:and|but|while|after|before|because|since|as|which|who"
                               r"|that|et|mais|car|après|y|pero|porque|tras|que|qu['’]|und|aber|weil|nachdem"
                               r")(?![\w'’])", re.IGNORECASE)
_LONG = 5  # a word this long restates a passage (as party_word.py reads it)
_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_STANCE_IN_SENTENCE = patterns.compile(rf"(?<![\w'’])(?P<form>{_FORM})(?![\w'’])", re.IGNORECASE)


def stances_of_itself(said: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each stance a party's words tell of the speaker itself, with the long words of what it is a stance
    of: (("reject", {"ruling"}),) of "said on Thursday evening that it rejects the ruling"."""
    return tuple((_STANCE_OF[folded_word(match["form"])], _object_words(said, match.end()))
                 for match in _OF_ITSELF.finditer(said))


def stance_told(clause: str) -> tuple[str, str] | None:
    """Return the stance a clause tells and the words before it, its subject: ("reject", "Ostrava ") of "Ostrava
    rejects the ruling."; None where it tells none."""
    match = _STANCE_IN_SENTENCE.search(clause)
    if match is None:
        return None
    return _STANCE_OF[folded_word(match["form"])], clause[:match.start()]


def _object_words(text: str, at: int) -> frozenset[str]:
    """Return the long words of text from `at` to its clause's end: what a stance is of."""
    end = _CLAUSE_END.search(text, at)
    return frozenset(folded_word(word) for word in _WORD.findall(text[at:end.start() if end else len(text)])
                     if len(word) >= _LONG)


def stance_words(clause: str) -> frozenset[str]:
    """Return the stance verbs of a clause, folded: the words a stance of its own is told by."""
    return frozenset(folded_word(match["form"]) for match in _STANCE_IN_SENTENCE.finditer(clause))
