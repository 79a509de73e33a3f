"""A penalty sought not told as imposed: "Orell was banned for four years" may not cite "The agency ... sought a
four-year ban" where the tribunal "imposed a ban of two years" (tests/test_newuser_139.py's leftover,
tests/test_factcheck_249.py).

custody.py reads a term imposed by "sentenced", "received", "given", "imposed" ("Orell received a four-year ban" is
refused), but a penalty's own verb, passive or active, with its term after "for" ("was banned for four years",
"suspended him for six months", "was disqualified from driving for three years", "barred", "struck off") gave its
term no act, and the sentence built. Such a sentence is refused where its cited passages give that term only as
sought or possible (custody.py's reading of each term's act: "sought", "asked for", "faces", "up to"), every mention
of that term in them being so read, and none gives it with a penalty verb of its own. A sentence that seeks, risks or
denies the penalty itself ("sought to have her banned for four years", "could be banned", "was not banned", "faces
being banned", "to be banned") is not read, nor quoted words. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .custody import ENGLISH, _terms as terms_with_acts  # custody.py's reading of a term's act, sought or imposed
from .custody_languages import unit_of
from .sentences import inside, markers_blanked

# "was banned | for four years", "suspended him from all competition for six months"
_PENALISED = patterns.compile(
    r"(?<![\w'’-])(?P<verb>banned|suspended|barred|disqualified|excluded|struck\s+off|debarred)"
    r"(?:\s+(?!for(?![\w'’-]))[\w'’-]+){0,5}?\s+for\s+(?:a\s+(?:further\s+|total\s+of\s+)?)?(?P<term>"
    rf"{ENGLISH.term.pattern})", re.IGNORECASE)
# the penalty sought, risked, denied or still to come in the sentence's own clause, before its verb
_NOT_IMPOSED = patterns.compile(
    r"(?<![\w'’-])(?:not|never|no|n['’]t|if|unless|whether|could|would|might|may|can|should|must|will|to"
    r"|sought|seeks?|seeking|ask(?:ed|s|ing)?|request(?:ed|s|ing)?|demand(?:ed|s|ing)?|wants?|wanted|call(?:ed|s)?"
    r"|urg(?:ed|es|ing)|fac(?:es|e|ing|ed)|risks?|risked|risking|recommend(?:ed|s)?|propos(?:ed|es)|threat\w*"
    r"|avoided|escaped)(?![\w'’-])", re.IGNORECASE)
_CLAUSE_START = patterns.compile(r"[.;:!?]|,?\s(?:but|while|whereas|although|and)\s", re.IGNORECASE)


def penalty_sought_told_imposed(text: str, passages: list[Cited], offset: int = 0,
                                language: str = "") -> list[Finding]:
    """Return a finding where text gives, with a penalty's verb, a term its cited passages give only as sought."""
    if not in_english(language) or not passages or " for " not in text:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for told in _PENALISED.finditer(spoken):
        if inside(quoted, told.start()) or _not_imposed(spoken, told.start()):
            continue
        key = _key(told["figure"], told["unit"])
        sought = [term for passage in passages for term in terms_with_acts(passage.text, "en") if term.key == key]
        if (sought and all(term.act == "sought" for term in sought) and _each_mention_sought(key, len(sought), passages)
                and _names_the_penalty(told["verb"], passages)):
            return [Finding(offset + told.start(), f"this sentence gives '{' '.join(told['term'].split())}' as imposed "
                                                   f"('{' '.join(told['verb'].split())}') where its cited passages "
                                                   f"give it only as sought or possible ('{sought[0].act_shown}'): "
                                                   f"{clipped(text)}",
                            "give the penalty imposed, or keep this one as sought ('the agency sought a four-year "
                            "ban'), or cite a passage that gives it as imposed")]
    return []


def _names_the_penalty(verb: str, passages: list[Cited]) -> bool:
    """Say whether a passage names the penalty the sentence's verb gives ("a four-year ban" for "banned"): a term
    faced in prison is no suspension sought ("Operations were suspended for six months" of "faces up to six
    months")."""
    stem = _STEMS.get(" ".join(verb.casefold().split()), verb.casefold()[:5])
    return any(re.search(rf"(?<![\w'’-]){stem}", passage.text, re.IGNORECASE) for passage in passages)


_STEMS = {"banned": "ban", "suspended": "suspen", "barred": "bar", "disqualified": "disqualif", "excluded": "exclu",
          "struck off": "struck off", "debarred": "debar"}


def _not_imposed(text: str, at: int) -> bool:
    """Say whether the clause before a penalty's verb seeks, risks, denies or defers it."""
    start = max((clause.end() for clause in _CLAUSE_START.finditer(text, 0, at)), default=0)
    return bool(_NOT_IMPOSED.search(text, start, at))


def _each_mention_sought(key: tuple[str, str], sought: int, passages: list[Cited]) -> bool:
    """Say whether every mention of the term in the passages is one read as sought (none left unread, none given
    as imposed with a penalty's verb: "asked for Hale to be disqualified for three years" gives none)."""
    mentions = sum(1 for passage in passages for match in ENGLISH.term.finditer(passage.text)
                   if _key(match["figure"], match["unit"]) == key)
    return mentions == sought and not any(_key(told["figure"], told["unit"]) == key
                                          and not _not_imposed(passage.text, told.start())
                                          for passage in passages for told in _PENALISED.finditer(passage.text))


def _key(figure: str, unit: str) -> tuple[str, str]:
    """Return a term's figure in digits and its unit in English, as custody.py keys it ("4", "year")."""
    return ENGLISH.numbers.get(figure.lower(), figure).replace(",", "."), unit_of(unit)
