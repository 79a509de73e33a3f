"""A threat to something is not its loss: "cheap imports had cost 14,000 jobs" may not cite "saying that cheap imports
threatened 14,000 jobs" (tests/test_newuser_101.py).

threatened_deeds.py reads a party's threat to act ("threatened to impose tariffs"); a thing put at risk ("threatened
14,000 jobs", "endangered the harvest", "put 300 homes at risk") was left unread, and told as lost ("cost", "destroyed",
"lost", "wiped out", "eliminated") every word and figure of it still stood in the passage. A passage's risk names what
is at risk by the first word of four letters or more after its verb, a figure aside ("jobs"), or, for "put ... at
risk", between; French ("menaçaient 14 000 emplois", "mettait en péril"), Spanish ("amenazaba 14.000 empleos", "pone
en riesgo") and German ("bedrohte 14.000 Arbeitsplätze", "gefährdet") are read the same way. A sentence telling that
word lost, by a verb of loss at most four words before it ("had cost 14,000 jobs", "destroyed the harvest", "coûté 14
000 emplois", "costado 14.000 empleos", "14.000 Arbeitsplätze gekostet" after it in German) or after it in a passive
("14,000 jobs were lost"), is refused where it keeps no risk of its own ("threat", "risk", "could", "would") and no
cited passage tells that thing lost. Words in quotation marks are not read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

# A verb of risk, then what it puts at risk within four words: "threatened 14,000 jobs", "endangers the harvest"
_RISK = patterns.compile(
    r"(?<![\w-])(?P<verb>threaten(?:s|ed|ing)?|endanger(?:s|ed|ing)?|jeopardi[sz](?:e|es|ed|ing)|imperil(?:s|led|ed"
    r"|ling)?|mena(?:c|ç)(?:e|es|ent|ait|aient|é|ée|és|ées|er|ant)|met(?:tre|tait|taient|tent)?\s+en\s+(?:danger|péril)"
    r"|amenaz(?:a|an|aba|aban|ó|aron|ado|ada|ados|adas)|pon(?:e|en|ía|ían)\s+en\s+(?:riesgo|peligro)|puso\s+en\s+(?:riesgo"
    r"|peligro)|bedroh(?:t|en|te|ten)|gefährde(?:t|n|te|ten))(?P<after>(?:\s+(?:\d[\d.,]*|[^\s.;!?]+)){1,4})"
    # "put 14,000 jobs at risk", "placed the harvest in danger"
    r"|(?<![\w-])(?P<put>put|puts|putting|placed|places)(?P<between>(?:\s+(?:\d[\d.,]*|[^\s.;!?]+)){1,4}?)\s+(?:at\s+risk|in\s+danger"
    r"|in\s+jeopardy)(?![\w-])", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]{4,}")
_NOT_THINGS = frozenset({"their", "them", "those", "these", "with", "more", "some", "about", "nearly", "almost",
                         "than", "over", "around", "that", "this", "leurs", "plus", "unos", "unas", "sus", "mehr", "rund",
                         "etwa", "fast", "über", "into", "also", "already"})
# A verb of loss before the thing lost, within four words: "had cost 14,000 jobs", "destroyed the harvest"
_LOSS = (r"cost|costs|costing|destroyed|destroys|destroying|lost|loses|losing|wiped\s+out|wipes\s+out|eliminated"
         r"|eliminates|axed|shed|sheds|killed|kills|coûté|coûte|coûtent|détruit|détruits|détruite|supprimé|supprimés"
         r"|supprimées|perdu|perdus|costado|costó|costaron|cuesta|cuestan|destruido|destruyó|destruyeron|eliminado"
         r"|eliminó|eliminaron|perdido|perdió|perdieron|gekostet|kostete|kosteten|vernichtet|vernichtete|zerstört"
         r"|zerstörte|abgebaut|verloren|gestrichen")
# A risk the sentence keeps itself, or a loss it gives as only possible
_KEPT = patterns.compile(r"(?<!\w)(?:threat\w*|risk\w*|endanger\w*|jeopard\w*|imperil\w*|danger\w*|could|would|may"
                         r"|might|menac\w*|péril|pourrait|pourraient|amenaz\w*|riesgo|peligro|podría|podrían"
                         r"|bedroh\w*|gefährd\w*|könnte|könnten)(?!\w)", re.IGNORECASE)
_REACH = 4  # words between a verb of loss and what it lost: "had cost as many as 14,000 jobs"


def risks_told_as_losses(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as lost what its cited passages give only as put at risk."""
    risks = [risk for passage in passages for risk in _risks(passage.text)]
    if not risks:
        return []  # most passages put nothing at risk: found without reading the sentence
    spoken = markers_blanked(text)
    if _KEPT.search(spoken):
        return []
    quoted = quoted_parts(spoken)
    for thing, shown in risks:
        told = _told_lost(spoken, thing)
        if told is None or inside(quoted, told.start()):
            continue
        if any(_told_lost(passage.text, thing) for passage in passages):
            return []  # a passage tells it lost too
        return [Finding(offset, f"this sentence tells as lost ('{' '.join(told.group().split())}') what its cited "
                                f"passages give only as put at risk ('{shown}'): {clipped(text)}",
                        f"keep the risk as the source gives it ('{shown}'), or cite a passage that tells the loss")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _risks(text: str) -> tuple[tuple[str, str], ...]:
    """Return what each risk of a passage puts at risk, as the stem of its word ("jobs"), with the risk's words."""
    found = []
    for match in _RISK.finditer(text):
        words = match["after"] if match["verb"] else match["between"]
        start = match.start("after") if match["verb"] else match.start("between")
        thing = next((word for word in _WORD.finditer(words) if word.group().casefold() not in _NOT_THINGS), None)
        if thing is not None:
            shown = text[match.start():start + thing.end()] if match["verb"] else match.group()
            found.append((_stem(thing.group().casefold()), " ".join(shown.split())))
    return tuple(found)


def _stem(word: str) -> str:
    """Return a word's first five letters, as its singular and plural share them ("empleo", "empleos")."""
    return word[:5]


@functools.lru_cache(maxsize=256)
def _lost(stem: str) -> re.Pattern:
    """Return the pattern of a thing whose word starts with `stem` told lost: a verb of loss before it, a passive's
    after it ("jobs were lost"), or German's participle after it ("Arbeitsplätze gekostet")."""
    thing = rf"{re.escape(stem)}[^\W\d_]*"
    return re.compile(rf"(?<![\w-])(?:(?:{_LOSS})(?:\s+(?:\d[\d.,]*|[^\s.;!?]+)){{0,{_REACH}}}?\s+{thing}"
                      rf"|{thing}(?:\s+(?:\d[\d.,]*|[^\s.;!?]+)){{0,3}}?\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been|wurden"
                      rf"|ont\s+été|han\s+sido|fueron)\s+)?(?:{_LOSS}))(?![\w-])", re.IGNORECASE)


def _told_lost(text: str, stem: str) -> re.Match | None:
    """Return where text tells lost the thing whose word starts with `stem`, or None."""
    return _lost(stem).search(text) if stem in text.casefold() else None
