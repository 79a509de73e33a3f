"""German verbs with which a sentence says whose word it states, beyond the built-in locale's `according_to` ("sagte",
"erklärte") and spanish_german_claims' "sagt", "behauptet": a warning, a fear, a remark, a criticism, an estimate,
a count spoken of, a doubt held ("Das Kartellamt hat Bedenken in 3 von 11 Landkreisen" of "Nach Angaben der
Behörde bestehen Bedenken in 3 von 11 Landkreisen"; "Der Betriebsrat warnte, bis zu 600 Stellen könnten wegfallen", "befürchtet, dass", "äußert
Bedenken", "spricht von höchstens 250 Stellen", "geht von bis zu 600 Stellen aus").

Before, such a sentence citing "Durch die Fusion könnten bis zu 600 Stellen wegfallen, erklärte die
Betriebsratsvorsitzende Sabine Krüger." was refused as her word told as fact, though it names whose word it is; "Der
Betriebsrat warnt, ..." built and "warnte" did not (tests/test_newuser_133.py). Who is named is still checked: the
words given to a party the cited passages do not name are refused (german_swapped_reporters.py).

"sprechen" only before "von" ("Die Zahlen sprechen für die Fusion" is no one's word named) and "gehen" only with "von
... aus" (assume): alone they say nothing of whose word it is.
"""

from __future__ import annotations

import re

from . import patterns
from .sentences import folded_word

_VERBS = ("warnt warnen warnte warnten gewarnt befürchtet befürchten befürchtete befürchteten fürchtet fürchten "
          "fürchtete fürchteten äußert äußern äußerte äußerten geäußert kritisiert kritisieren kritisierte "
          "kritisierten schätzt schätzen schätzte schätzten meint meinen meinte meinten glaubt glauben glaubte "
          "glaubten bezweifelt bezweifeln bezweifelte bezweifelten bestreitet bestreiten bestritt bestritten")
# Folded as attribution folds a sentence's words ("äußert" is read "äussert")
WHOSE_KEPT_DE = frozenset(folded_word(word) for word in _VERBS.split())

# "spricht von bis zu 600 Stellen", "geht von höchstens 250 Stellen aus"
_SPEAKS_OF = patterns.compile(
    r"(?<!\w)(?:spricht|sprechen|sprach|sprachen|gesprochen)\s+(?:\w+\s+){0,2}?von(?!\w)"
    r"|(?<!\w)(?:geht|gehen|ging|gingen)\s+(?:\w+\s+){0,2}?von\s+[^.;!?]{1,80}?\saus(?!\w)", re.IGNORECASE)
# A doubt held, a belief's noun: "Das Kartellamt hat Bedenken in 3 von 11 Landkreisen", "hat Zweifel", "Sorgen hat"
_HOLDS_DOUBT = patterns.compile(
    r"(?<!\w)(?:hat|haben|hatte|hatten)\s+(?:[^\W\d_]+\s+){0,3}?(?-i:Bedenken|Zweifel|Sorgen?)(?!\w)"
    r"|(?<!\w)(?-i:Bedenken|Zweifel|Sorgen?)\s+(?:hat|haben|hatte|hatten)(?!\w)", re.IGNORECASE)

_WORD = patterns.compile(r"[^\W\d_]+")


def reporting_verb(text: str) -> re.Match | None:
    """Return the first of these words or phrases in a German sentence, or None."""
    found = [match for pattern in (_HOLDS_DOUBT, _SPEAKS_OF) for match in [pattern.search(text)] if match]
    found += [match for match in _WORD.finditer(text) if folded_word(match.group()) in WHOSE_KEPT_DE][:1]
    return min(found, key=lambda match: match.start(), default=None)


def says_whose_word_de(text: str) -> bool:
    """Say whether a German sentence names whose word it states by a verb of warning, fearing, remarking or
    estimating, or by "spricht von", "geht von ... aus"."""
    if ("Bedenken" in text or "Zweifel" in text or "Sorge" in text) and _HOLDS_DOUBT.search(text):
        return True
    if ("prach" in text or "prich" in text or "geh" in text or "ging" in text) and _SPEAKS_OF.search(text):
        return True
    return any(folded_word(word) in WHOSE_KEPT_DE for word in _WORD.findall(text))
