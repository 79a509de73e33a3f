"""A licence kept: a licence the source says was refused renewal, or goes on while an appeal is heard, may not be
told as revoked, suspended or ended now.

"Harwick City Council revoked Rydo's licence" (or "suspended", "cancelled", "withdrew", "stripped Rydo of its
licence") citing "the licensing committee refused to renew the operator's licence of Rydo" tells a licence taken
away at once where the source tells one not renewed when it runs out; "Rydo's licence has ended" (or "has been
revoked", "has expired", "has lapsed") citing "Rydo's licence therefore continues until the court rules" tells one
ended that the source says goes on; "Rydo must stop operating while its appeal is heard" (or "cannot operate until
the court rules") citing "an operator may keep working while its appeal is heard" stops what the source keeps
going. Each is refused where the sentence speaks of a licence (permit, registration,
franchise), a cited passage refuses its renewal or keeps it going ("continues", "remains valid", "may keep working
while its appeal is heard"), and no cited passage uses the sentence's own word ("revok", "suspen", "expir", ...).
A negated word ("was not revoked", "rather than revoking") and words in quotation marks are not read. English text
is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_LICENCE = patterns.compile(r"(?<![\w-])(?:licen[cs]es?|permits?|registrations?|franchises?)(?![\w-])",
                            re.IGNORECASE)
# the sentence's word for a licence taken away or ended, each with the stem a passage saying it itself would hold
_ENDED = patterns.compile(
    r"(?<![\w-])(?P<word>revok(?:ed|es?|ing)|revocation|suspend(?:ed|s|ing)?|suspension|cancell?(?:ed|s|ing)?"
    r"|cancel(?:ed|ing)|withdr(?:ew|awn|aws?|awing)|stripp?(?:ed|ing|s)?\s+\w+\s+of|(?:has|have|had)\s+(?:now\s+)?"
    r"(?:ended|expired|lapsed|run\s+out)|(?:is|was)\s+no\s+longer\s+valid|lost\s+(?:its|their|the)\s+licen[cs]e)"
    r"(?![\w-])", re.IGNORECASE)
_STEMS = (("revo", "revok"), ("suspen", "suspen"), ("cancel", "cancel"), ("withdr", "withdr"), ("strip", "strip"),
          ("ended", "ended"), ("expired", "expire"), ("lapsed", "lapse"), ("run", "run out"), ("valid", "no longer"),
          ("lost", "lost"))
_NEGATED = patterns.compile(r"(?<![\w-])(?:not|never|n['’]t|no|rather\s+than|instead\s+of|unlike|nor)\W+(?:\w+\W+){0,2}$",
                            re.IGNORECASE)
# a passage's licence not renewed, or going on meanwhile
_KEPT = patterns.compile(
    r"(?<![\w-])(?:(?:refus\w*|declin\w*|decided\s+not|voted\s+not|will\s+not|would\s+not|did\s+not)\s+(?:to\s+)?renew"
    r"|against\s+(?:its\s+|the\s+)?renewal|licen[cs]e\s+(?:\w+\s+){0,2}(?:continues|remains\s+(?:valid|in\s+force))"
    r"|may\s+keep\s+(?:working|operating|trading)\s+while)(?![\w-])", re.IGNORECASE)


# a sentence stopping the operator meanwhile: "Rydo must stop operating while its appeal is heard"
_STOPPED_MEANWHILE = patterns.compile(
    r"(?<![\w-])(?:(?:must|has\s+to|have\s+to|will\s+have\s+to|is\s+required\s+to|was\s+ordered\s+to)\s+"
    r"(?:stop|cease|halt|suspend)|(?:cannot|can\s+not|may\s+not|can['’]t)\s+(?:keep\s+)?(?:operate|operating|work"
    r"|working|trade|trading))\b[^.;]{0,80}?\b(?:while|until|pending|meanwhile|in\s+the\s+meantime|during)(?![\w-])",
    re.IGNORECASE)
_KEPT_MEANWHILE = patterns.compile(r"(?<![\w-])(?:may|can)\s+keep\s+(?:working|operating|trading)\s+while"
                                   r"|licen[cs]e\s+(?:\w+\s+){0,2}continues\s+until", re.IGNORECASE)

# "if the court upholds the refusal, Rydo will have to stop ... while it appeals further" is another time's
_ON_A_CONDITION = patterns.compile(r"(?<![\w-])(?:if|unless|once|should|after|would)(?![\w-])", re.IGNORECASE)


def licence_told_ended(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a licence revoked, suspended or ended that its passages give as only not
    renewed, or as going on, in words none of them uses."""
    if not in_english(language) or not passages:
        return []
    own = unquoted(markers_blanked(text))
    cited = " ".join(passage.text for passage in passages)
    stopped, kept_meanwhile = _STOPPED_MEANWHILE.search(own), _KEPT_MEANWHILE.search(cited)
    if stopped and kept_meanwhile and not _NEGATED.search(own[:stopped.start()]) and not _ON_A_CONDITION.search(own):
        return [Finding(offset, f"this sentence stops the operator ('{stopped.group()}') where its cited passages "
                                f"say '{kept_meanwhile.group()}': {clipped(text)}",
                        "say what the source says (it keeps working while the appeal is heard), or cite the passage "
                        "that stops it")]
    if not _LICENCE.search(own):
        return []
    kept = _KEPT.search(cited)
    if not kept or not _LICENCE.search(cited):
        return []
    for match in _ENDED.finditer(own):
        if _NEGATED.search(own[:match.start()]):
            continue
        if _own_word_cited(match.group("word"), cited):
            continue
        return [Finding(offset, f"this sentence tells a licence as ended ('{match.group('word')}') where its cited "
                                f"passages say '{kept.group()}': {clipped(text)}",
                        "say what the source says (not renewed, or kept while the appeal is heard), or cite the "
                        "passage that says it was ended")]
    return []


def _own_word_cited(word: str, cited: str) -> bool:
    """Say whether a cited passage says the sentence's word itself ("revoked" of "the council revoked ...")."""
    folded, text = word.lower(), cited.lower()
    return any(key in folded and stem in text for key, stem in _STEMS)
