"""A claim marked `ruling` ("a decision of a court or regulator") kept to a ruling: its claimant names a body that
rules, or a cited passage tells a decision.

"claimant: Greaves & Partners, the valuer appointed by the council" with `status: ruling`, citing "The independent
valuer ... put the market rent for the ground at between £850,000 and £1 million a year", built: the claim card
showed a valuer's estimate as a court's decision. It is refused where the claimant names no court, judge, tribunal,
regulator, agency, authority, board, commission or panel (in English, French, German or Spanish) and no cited passage
says that anyone ruled, found, decided, ordered, approved or rejected anything. Passages in other languages are not
read: a claim citing one is left as it is.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited

_READ = frozenset({"", "en", "fr", "de", "es"})
_BODY = patterns.compile(
    r"(?<!\w)(?:courts?|judges?|justices?|magistrates?|tribunals?|regulators?|regulatory|agency|agencies|authority"
    r"|authorities|board|commission|panel|arbitrat\w*|ombudsman|inspectorate|watchdog|inquiry"
    r"|cour|juges?|autorité|régulateur|agence|conseil|instance|arbitre|médiateur|préfe\w*|parquet"
    r"|\w*gericht\w*|richter\w*|behörde|aufsicht\w*|kommission|kammer|senat|amt"
    r"|tribunal|juez|jueza|corte|juzgado|autoridad|comisión|agencia|regulador\w*|superintendencia|junta|consejo"
    r"|árbitro)(?!\w)", re.IGNORECASE)
_DECIDED = patterns.compile(
    r"(?<!\w)(?:rul(?:ed|es|ing)|found|finds|decid\w*|decision|judge?ments?|verdicts?|order(?:ed|s)|fined"
    r"|upheld|uphold\w*|dismiss\w*|quash\w*|overturn\w*|approv\w*|reject\w*|refus\w*|grant(?:ed|s)|block(?:ed|s)"
    r"|bann?ed|bans|clear(?:ed|s)|conclud\w*|determin\w*|sentenc\w*|convict\w*|acquit\w*"
    r"|a\s+(?:statué|jugé|tranché|ordonné|condamné|rejeté|annulé|validé|autorisé|refusé|conclu)"
    r"|décid\w*|décision"
    r"|jugement|arrêt|statue|tranche"
    r"|entschied\w*|urteil\w*|entscheidung\w*|beschl\w*|ordnete|verurteil\w*|genehmig\w*|lehnte|untersag\w*"
    r"|falló|fallo|dictamin\w*|resolvi\w*|resolución|sentencia|decidi\w*|decisión|orden[óa]|conden\w*|rechaz\w*"
    r"|aprob\w*|anul\w*)(?!\w)", re.IGNORECASE)


def ruling_unbacked(claimant: str, passages: list[Cited]) -> bool:
    """Say whether a `ruling` claim's claimant names no body that rules and none of its passages (in a language read
    here) tells a decision."""
    if not passages or any(passage.language.split("-")[0].lower() not in _READ for passage in passages):
        return False
    if _BODY.search(claimant):
        return False
    return not any(_DECIDED.search(passage.holding or passage.text) or _DECIDED.search(passage.text)
                   for passage in passages)
