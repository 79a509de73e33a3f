"""What a Portuguese passage leaves open kept open: a sum due only on a condition ("A multa só será aplicada se ...")
may not be told as due ("A empresa pagará multa diária de R$ 10 mil"), a thing still to be done ("será apurado na fase
de liquidação") may not be told as done ("já foi apurado"), and what may happen ("o tribunal pode reduzir o valor ...
se aceitar") may not be told as what will ("o tribunal vai reduzir o valor").

A sentence keeping the condition, the future or the possibility ("pagará multa se descumprir", "sob pena de multa",
"ainda será apurado", "pode reduzir", "talvez reduza") builds, and so does one whose passages also give it as certain
or done. Text in Portuguese only (`pt`); words in quotation marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .portuguese_rulings import in_portuguese
from .sentences import markers_blanked

# A passage's sum due only on a condition: "A multa só será aplicada se", "a indenização só será devida caso".
_ON_CONDITION = patterns.compile(r"(?<!\w)(?:[ao]s?\s+)?(?P<thing>\w+)(?:\s+\w+)?\s+só\s+"
                                 r"(?:será|serão|é|são|seria|vai\s+ser)\s+(?:aplicad|devid|cobrad|pag|exigid)[oa]s?\s+"
                                 r"(?:se|caso|quando)(?!\w)",
                                 re.IGNORECASE)
# A sentence's sum told as due: paid, to be paid, applied.
_TOLD_DUE = patterns.compile(r"(?<!\w)(?:pagará|pagarão|vai\s+pagar|vão\s+pagar|terá\s+(?:de|que)\s+pagar"
                             r"|terão\s+(?:de|que)\s+pagar|paga|pagam|pagou|pagaram|está\s+pagando|recebeu|receberá"
                             r"|(?:foi|foram|será|serão|é|são)\s+(?:aplicad|cobrad)[oa]s?)(?!\w)", re.IGNORECASE)
# A sentence's word keeping a condition, a possibility or a bound.
_KEPT = patterns.compile(r"(?<!\w)(?:se|caso|quando|sob\s+pena|só|somente|apenas|depois|após|descumpr\w*|pode|podem"
                         r"|poderá|poderão|poderia|poderiam|talvez|eventual\w*|possível|risco|não|nem)(?!\w)",
                         re.IGNORECASE)
# A passage's thing still to be done ("será apurado"), and a sentence's told done ("já foi apurado").
_TO_BE_DONE = patterns.compile(r"(?<!\w)(?:será|serão|vai\s+ser|vão\s+ser)\s+(?P<done>\w+?)(?:[oa]s?)(?!\w)",
                               re.IGNORECASE)
_DONE = r"(?<!\w)(?:já\s+)?(?:foi|foram|está|estão)\s+(?:já\s+)?{stem}[oa]s?(?!\w)"
_PARTICIPLE = patterns.compile(r"\w+(?:ad|id|ess|ert|ost|eit)\Z", re.IGNORECASE)
_NOT_YET = patterns.compile(r"(?<!\w)(?:não|nem|nunca|ainda|se|caso|quando|até\s+que|depois\s+que|antes\s+que)(?!\w)",
                            re.IGNORECASE)
# A passage's possibility ("pode reduzir"), and a sentence's certainty ("vai reduzir", "reduzirá").
_POSSIBLE = patterns.compile(r"(?<!\w)(?:pode|podem|poderá|poderão|poderia|poderiam)\s+(?P<verb>\w+[aei]r)(?!\w)",
                             re.IGNORECASE)
_HEDGE = patterns.compile(r"(?<!\w)(?:pode|podem|poderá|poderão|poderia|poderiam|talvez|possivelmente|provavelmente"
                          r"|deve|devem|deverá|deverão|se|caso|espera|esperam|acredita|acreditam|avalia|prevê|chance"
                          r"|possibilidade|não|nem)(?!\w)", re.IGNORECASE)
_CLAUSE_START = patterns.compile(r"[,;:.!?]")


def open_told_settled(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Portuguese sentence tells as due, done or certain what its cited passages give as due
    on a condition, still to be done or possible."""
    if not in_portuguese(language) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    theirs = " ".join(passage.text for passage in passages)
    return (_condition_dropped(text, spoken, theirs, offset) or _told_done(text, spoken, theirs, offset)
            or _told_certain(text, spoken, theirs, offset))


def _condition_dropped(text: str, spoken: str, theirs: str, offset: int) -> list[Finding]:
    for condition in _ON_CONDITION.finditer(theirs):
        # made from a passage's words: re's own cache, not the store of fixed patterns, which would grow without end
        thing = re.compile(rf"(?<!\w){re.escape(condition['thing'])}s?(?!\w)", re.IGNORECASE)
        told = _TOLD_DUE.search(spoken)
        if thing.search(spoken) and told and not _KEPT.search(spoken):
            return [Finding(offset + told.start(), f"this sentence tells the {condition['thing'].lower()} as due "
                                                   f"('{_flat(told)}'), but its cited passages make it due only on a "
                                                   f"condition ('{_flat(condition)}'): {clipped(text)}",
                            "say on what condition it is due, as the passage does")]
    return []


def _told_done(text: str, spoken: str, theirs: str, offset: int) -> list[Finding]:
    for future in _TO_BE_DONE.finditer(theirs):
        stem = future["done"]
        if not _PARTICIPLE.match(stem):
            continue
        done = re.compile(_DONE.format(stem=re.escape(stem)), re.IGNORECASE)  # a passage's word: re's cache
        if done.search(theirs):
            continue
        for told in done.finditer(spoken):
            if not _NOT_YET.search(_clause_before(spoken, told.start())):
                return [Finding(offset + told.start(), f"this sentence tells as done ('{_flat(told)}') what its cited "
                                                       f"passages give as still to be done ('{_flat(future)}'): "
                                                       f"{clipped(text)}",
                                "say it is still to be done, as the passage does")]
    return []


def _told_certain(text: str, spoken: str, theirs: str, offset: int) -> list[Finding]:
    for possible in _POSSIBLE.finditer(theirs):
        verb = possible["verb"]
        certain = re.compile(rf"(?<!\w)(?:(?:vai|vão|irá|irão)\s+{re.escape(verb)}|{re.escape(verb)}(?:á|ão))"
                             r"(?!\w)", re.IGNORECASE)  # a passage's word: re's cache
        if certain.search(theirs):
            continue
        for told in certain.finditer(spoken):
            if not _HEDGE.search(spoken):
                return [Finding(offset + told.start(), f"this sentence tells as certain ('{_flat(told)}') what its "
                                                       f"cited passages give only as possible ('{_flat(possible)}'): "
                                                       f"{clipped(text)}",
                                "say it may happen ('pode'), and on what condition, as the passage does")]
    return []


def _clause_before(spoken: str, start: int) -> str:
    clause = spoken[:start]
    return clause[max((m.end() for m in _CLAUSE_START.finditer(clause)), default=0):]


def _flat(found: re.Match) -> str:
    return " ".join(found.group().split())
