"""A Portuguese ruling kept as far as it went: a first-instance ruling its passages leave open to appeal may not be told
as final, an appeal they give as pending may not be told as decided, and a claim granted in part ("parcialmente
procedente") may not be told as granted in full.

"A decisão é definitiva e não cabe recurso" (or "A condenação é definitiva", "A decisão é de segunda instância") citing
"A decisão é de primeira instância e cabe recurso" is refused; so is "O TRT-15 manteve a condenação" (or "O recurso já
foi julgado") citing "O recurso ainda não tem data para ser julgado", and "julgou procedente" or "julgou totalmente
procedente" citing "julgou parcialmente procedente". A sentence that denies it ("A sentença não é definitiva", "ainda
não foi julgado"), gives it as possible ("o tribunal pode manter"), or as the appeal's end ("depois que a decisão se
tornar definitiva") builds, and so does one whose passages give the appeal decided. Text in Portuguese only (`pt`);
words in quotation marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .sentences import markers_blanked

# What a passage says of a ruling still open: the first instance, an appeal possible, filed or pending.
_OPEN = patterns.compile(r"(?<!\w)(?:primeira\s+instância|cabe\s+recurso|não\s+é\s+definitiv[ao]|pode\s+recorrer"
                         r"|vai\s+recorrer|vão\s+recorrer|recorreu|recorrer\s+ao|apresentou[^.;]{0,40}?recurso"
                         r"|recurso\s+(?:ainda\s+)?pendente)(?!\w)", re.IGNORECASE)
# What a sentence says of a ruling closed: final, beyond appeal, of a higher instance.
_FINAL = patterns.compile(r"(?<!\w)(?:(?:é|são|está|ficou|tornou-se|já\s+é)\s+(?:agora\s+)?definitiv[ao]s?"
                          r"|(?:já\s+)?se\s+tornou\s+definitiv[ao]s?|transitou\s+em\s+julgado"
                          r"|(?<!ainda\s)não\s+cabe\s+(?:mais\s+)?recurso"
                          r"|é\s+de\s+(?:segunda|última)\s+instância|decisão\s+final)(?!\w)", re.IGNORECASE)
# A passage's appeal still to be decided.
_PENDING = patterns.compile(r"(?<!\w)recurso\s+(?:[^.;]{0,40}?\s)?(?:ainda\s+)?(?:não\s+(?:tem\s+data|foi\s+julgado|for"
                            r"\s+julgado)|(?:está|estiver|segue)\s+pendente|pendente)(?!\w)", re.IGNORECASE)
# A sentence's appeal decided: the appeal court deciding, or the appeal told as judged.
_COURT = (r"(?:TRT(?:-\d+)?|Tribunal\s+Regional(?:\s+do\s+Trabalho)?(?:\s+da\s+\d+ª\s+Região)?|tribunal"
          r"|desembargador\w*)")
_DECIDED_VERB = (r"(?:manteve|mantiveram|confirmou|confirmaram|reverteu|reverteram|reformou|reformaram|negou|negaram"
                 r"|rejeitou|rejeitaram|acolheu|acolheram|julgou|julgaram|reduziu|reduziram|anulou|anularam|derrubou"
                 r"|derrubaram|aumentou|aumentaram|cassou)")
_DECIDED = patterns.compile(rf"(?<!\w)(?:{_COURT}\s+(?:já\s+)?{_DECIDED_VERB}|recurso\s+(?:já\s+)?(?:foi|foram)\s+"
                            r"(?:julgad|negad|rejeitad|acolhid|provid|aceit)[oa]s?)(?!\w)", re.IGNORECASE)
# A claim granted in part, and a sentence's "procedente" with no word of a part.
_PARTLY = patterns.compile(r"(?<!\w)(?:parcialmente\s+procedente|procedente\s+em\s+parte|procedência\s+parcial)(?!\w)",
                           re.IGNORECASE)
_GRANTED = patterns.compile(r"(?<![\w-])(?:(?:totalmente|integralmente|inteiramente)\s+)?procedentes?(?!\w)"
                            r"(?!\s+em\s+parte)", re.IGNORECASE)
_IN_FULL = patterns.compile(r"(?:totalmente|integralmente|inteiramente)\s", re.IGNORECASE)
_ACTION = patterns.compile(r"(?<!\w)(?:ação|ações|processo)(?!\w)", re.IGNORECASE)
_PART_BEFORE = patterns.compile(r"(?:parcialmente|em\s+parte)\s+$", re.IGNORECASE)
# A word before the claim's words, in its clause, that denies it or gives it as possible or to come.
_KEPT_OPEN = patterns.compile(r"(?<!\w)(?:não|nem|nunca|ainda\s+não|pode|podem|poderá|poderão|poderia|deve|devem|deverá"
                              r"|se|caso|quando|depois\s+que|antes\s+que|até\s+que|enquanto)(?!\w)", re.IGNORECASE)
_CLAUSE_START = patterns.compile(r"[,;:.!?]")


def in_portuguese(language: str) -> bool:
    """Say whether text in `language` (a BCP 47 tag) is read as Portuguese."""
    return language.split("-")[0].lower() == "pt"


def ruling_overstated(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Portuguese sentence tells as final, decided or granted in full a ruling its cited
    passages give as open to appeal, pending or granted in part."""
    if not in_portuguese(language) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    theirs = " ".join(passage.text for passage in passages)
    return (_told_final(text, spoken, theirs, offset) or _told_decided(text, spoken, theirs, offset)
            or _told_in_full(text, spoken, theirs, offset))


def _told_final(text: str, spoken: str, theirs: str, offset: int) -> list[Finding]:
    if not _OPEN.search(theirs) or _FINAL.search(theirs):
        return []
    for found in _FINAL.finditer(spoken):
        if not _kept_open(spoken, found.start()):
            return [Finding(offset + found.start(), f"this sentence tells the ruling as final ('{_flat(found)}'), but "
                                                    f"its cited passages give it as open to appeal: {clipped(text)}",
                            "say it is a first-instance ruling open to appeal, or cite the words that say it is final")]
    return []


def _told_decided(text: str, spoken: str, theirs: str, offset: int) -> list[Finding]:
    if not _PENDING.search(theirs) or _DECIDED.search(theirs):
        return []
    for found in _DECIDED.finditer(spoken):
        if not _kept_open(spoken, found.start()):
            return [Finding(offset + found.start(), f"this sentence tells the appeal as decided ('{_flat(found)}'), "
                                                    f"but its cited passages give it as still to be judged: "
                                                    f"{clipped(text)}",
                            "say the appeal is pending, or cite the words that say how it was decided")]
    return []


def _told_in_full(text: str, spoken: str, theirs: str, offset: int) -> list[Finding]:
    if not _PARTLY.search(theirs) or any(not _PART_BEFORE.search(theirs[:found.start()])
                                         for found in _GRANTED.finditer(theirs)):
        return []
    for found in _GRANTED.finditer(spoken):
        # a plain "procedente" overstates only the action as a whole: "considerou procedente o pedido de horas extras"
        # may tell the part granted
        whole = _IN_FULL.match(found.group()) or _ACTION.search(_clause_of(spoken, found.start(), found.end()))
        if whole and not _PART_BEFORE.search(spoken[:found.start()]) and not _kept_open(spoken, found.start(),
                                                                                         possible=False):
            return [Finding(offset + found.start(), f"this sentence says '{_flat(found)}' where its cited passages "
                                                    f"say '{_flat(_PARTLY.search(theirs))}': {clipped(text)}",
                            "say the claim was granted in part ('parcialmente procedente'), as the ruling does")]
    return []


def _kept_open(spoken: str, start: int, possible: bool = True) -> bool:
    """Say whether a word before `start`, in its clause, denies what follows or gives it as possible or to come."""
    clause = spoken[:start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(clause)), default=0)
    words = list(_KEPT_OPEN.finditer(clause[cut:]))
    return any(possible or word.group().casefold() in ("não", "nem", "nunca", "ainda não") for word in words)


def _clause_of(spoken: str, start: int, end: int) -> str:
    """Return the clause of `spoken` holding spoken[start:end]."""
    before = max((m.end() for m in _CLAUSE_START.finditer(spoken[:start])), default=0)
    after = _CLAUSE_START.search(spoken, end)
    return spoken[before:after.start() if after else len(spoken)]


def _flat(found: re.Match) -> str:
    return " ".join(found.group().split())
