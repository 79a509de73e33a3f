"""An event a passage gives as planned, told as having happened: "La riapertura completa è avvenuta il 30 giugno
2026" citing "la riapertura completa è prevista per il 30 giugno 2026" built (tests/test_newuser_111.py,
tests/test_factcheck_178.py): the date stands, but a plan is no event.

Read where a passage says a noun "è prevista", "è programmata", "è fissata", ", fissata per" or "arriverà", "avverrà",
"si terrà" (Spanish "está prevista", "llegará", "se celebrará") a few words after it, and the sentence holds that
noun with a verb of an event that took place ("è avvenuta", "ha avuto luogo", "si è svolta", "si è tenuta", "è stata
completata"; "tuvo lugar", "se celebró"), or says "già" with a participle of the noun's verb ("Il Tar ha già deciso
nel merito" of "La decisione nel merito arriverà soltanto dopo quella data": its first five letters), and no word of
a plan or an expectation ("prevista", "dovrebbe", "avverrà", "sarà"; "prevista", "debería"). A sentence wording the
plan ("è prevista per", "dovrebbe avvenire", "avverrà") is not read; nor is a passage that gives the noun no plan.
French and English are scheduled.py's ("a eu lieu" of "est prévue"), which reads no Italian nor Spanish.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Finding, clipped, unquoted
from .sentences import folded_word

# a noun given as planned: "la riapertura completa è prevista", "l'udienza collegiale, fissata per", "la decisione nel
# merito arriverà soltanto dopo"; Spanish "la reapertura está prevista"
_PLANNED = patterns.compile(
    r"(?<!\w)(?P<noun>[^\W\d_]{5,})(?:\s+[^\W\d_]+){0,3}?(?:\s+(?:è|sono|resta|rimane|está|están|es)\s+"
    r"(?:(?:ancora|tuttora|todavía)\s+)?|,\s*)(?:previst[oaie]|programmat[oaie]|fissat[oaie]|previst[oa]s?"
    r"|programad[oa]s?|fijad[oa]s?)(?!\w)"
    r"|(?<!\w)(?P<future>[^\W\d_]{5,})(?:\s+[^\W\d_]+){0,3}?\s+(?:arriverà|arriveranno|avverrà|avverranno"
    r"|si\s+terrà|si\s+terranno|sarà\s+(?:presa|pronunciata|emessa)|llegará|se\s+celebrará|tendrá\s+lugar)(?!\w)",
    re.IGNORECASE)
# a verb of an event that took place; French is scheduled.py's
_HAPPENED = patterns.compile(
    r"(?<!\w)(?:(?:è|sono)\s+avvenut[oaie]|(?:ha|hanno)\s+avuto\s+luogo|si\s+(?:è|sono)\s+(?:svolt|tenut|conclus)[oaie]"
    r"|(?:è|sono)\s+stat[oaie]\s+(?:completat|ultimat|effettuat|inaugurat|riapert|conclus|pres|pronunciat|emess)[oaie]"
    r"|tuvo\s+lugar|tuvieron\s+lugar|ha\s+tenido\s+lugar|se\s+(?:celebró|celebraron|realizó|completó)"
    r"|fue\s+(?:inaugurad|completad|realizad)[oa])(?!\w)", re.IGNORECASE)
# "già" and a participle of the planned noun's verb: "Il Tar ha già deciso" of "la decisione ... arriverà"
_ALREADY = patterns.compile(r"(?<!\w)(?:ha|hanno|è|sono)\s+già\s+(?:stat[oaie]\s+)?(?P<participle>[^\W\d_]{5,})",
                            re.IGNORECASE)
# words of a plan or an expectation in the sentence: then it keeps the plan
_KEPT_PLAN = patterns.compile(
    r"(?<!\w)(?:previst\w*|programmat\w*|fissat\w*|dovrebbe|dovrebbero|dovrà|dovranno|avverrà|avverranno|sarà|saranno"
    r"|arriverà|arriveranno|attes[oaie]|prevista?s?|previsto?s?|programad[oa]s?|debería|deberían|tendrá|tendrán|será"
    r"|serán|llegará)(?!\w)", re.IGNORECASE)
_STEM = 5


def plan_told_done(text: str, passages, offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as having happened an event its cited passages give only as planned ("è
    avvenuta il 30 giugno" of "è prevista per il 30 giugno")."""
    spoken = unquoted(text)
    happened = _HAPPENED.search(spoken) or _ALREADY.search(spoken)
    if not happened or not passages or _KEPT_PLAN.search(spoken):
        return []
    words = {folded_word(word) for word in re.findall(r"[^\W\d_]+", spoken)}
    for passage in passages:
        for plan in _PLANNED.finditer(passage.text):
            noun = folded_word(plan["noun"] or plan["future"])
            if (noun in words if "participle" not in happened.re.groupindex
                    else folded_word(happened["participle"])[:_STEM] == noun[:_STEM]):
                return [Finding(offset + happened.start(), f"this sentence tells as done ('{happened.group()}') what "
                                                           f"its cited passages give only as planned "
                                                           f"('{plan.group()}'): {clipped(text)}",
                                "keep the plan as the source words it ('è prevista', 'dovrebbe'), or cite a passage "
                                "that reports it done")]
    return []
