"""A withdrawn claim is no claim standing: "Velmar says no toxic gas was released" may not cite "The company also
withdrew its claim that no toxic gas had been released".

A passage withdraws a claim by "withdrew (retracted, dropped, took back, walked back, abandoned) its claim (statement,
assertion, denial) that X" or "no longer says (claims, maintains) that X"; French "a retiré son affirmation selon
laquelle X", "ne dit plus que X", Spanish "retiró su afirmación de que X", "ya no sostiene que X", German "zog seine
Behauptung zurück, dass X", "sagt nicht mehr, dass X". A sentence telling X as a party's word now ("says",
"maintains", "insists", "stands by its claim that", "continues to say"; "affirme", "maintient"; "afirma", "sostiene";
"sagt", "behauptet", "bleibt dabei") is refused where its words restate X (two of X's words of four letters or more,
all of a shorter X, by their first five letters) with X's polarity ("denies" and a "denial" withdrawn turn it), unless
it tells the claim as withdrawn or as then ("has withdrawn", "no longer says", "had said", "initially"). Words in
quotation marks are not read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked


def _words(alternatives: str) -> re.Pattern:
    """Return a pattern of whole words, spaces read as any run of spaces."""
    spaced = alternatives.replace(" ", r"\s+")
    return patterns.compile(rf"(?<![\w-])(?:{spaced})(?![\w-])", re.IGNORECASE)


_CLAIM_NOUNS = ("claims?|statements?|assertions?|contention|denials?|position|account|insistence|suggestion"
                "|affirmation|déclaration|démenti|afirmación|declaración|desmentido|Behauptung|Aussage|Darstellung"
                "|Dementi")
# What a passage's withdrawal says: the claim it withdraws follows in `what`.
_WITHDRAWN = patterns.compile(
    rf"(?<![\w-])(?:withdr[ae]w|withdrawn|withdraws?|retract(?:ed|s)?|dropped|drops|abandon(?:ed|s)?|disowned"
    rf"|(?:took|taken|takes?|walked|walks?)\s+back|backed\s+away\s+from|recant(?:ed|s)?|retiré|retire|retiró|retira"
    rf"|abandonó|zog|zieht|zurückgezogen|widerrief|widerruft)"
    rf"\s+(?:[^\W\d_]+\s+){{0,3}}?(?P<noun>{_CLAIM_NOUNS})"
    rf"(?:\s+zurück)?\s*,?\s+(?:that|selon\s+laquelle|selon\s+lequel|que|de\s+que|dass)\s+(?P<what>[^.;:!?]{{3,240}})"
    rf"|(?<![\w-])(?:no\s+longer|(?:ne|n['’])\s*(?:dit|affirme|soutient|maintient)\s+plus|ya\s+no)\s+"
    rf"(?:says?|claims?|maintains?|insists?|contends?|holds?|sostiene|afirma|dice|mantiene)?\s*(?:that|que)\s+"
    rf"(?P<what2>[^.;:!?]{{3,240}})"
    rf"|(?<![\w-])(?:sagt|behauptet|erklärt)\s+nicht\s+mehr\s*,\s+dass\s+(?P<what3>[^.;:!?]{{3,240}})",
    re.IGNORECASE)
_WITHDRAWN_FRAGMENTS = ("withdr", "retract", "dropped", "drops", "abandon", "disowned", "back", "recant", "longer",
                        "retir", "zog", "zieht", "zurück", "widerr", "plus", "ya no", "nicht mehr")
# A sentence giving a claim as its party's word now.
_STANDING = _words(
    "says|say|maintains|maintain|insists|insist|claims|claim|contends|contend|argues|holds|denies|deny"
    "|stands by (?:its|his|her|their|the) (?:\\w+ )?(?:claim|statement|assertion|account|position|assessment|view|conclusion|finding)"
    "|(?:still|continues to|continue to) (?:say|says|maintain|maintains|insist|insists|claim|claims|deny|denies)"
    "|(?:has|have) (?:always |long )?(?:maintained|insisted)"
    "|affirme|affirment|maintient|maintiennent|soutient|soutiennent|assure|démentit"
    "|afirma|afirman|sostiene|sostienen|mantiene|mantienen|dice|dicen|asegura|niega"
    "|sagt|sagen|behauptet|behaupten|erklärt|beharrt|bleibt dabei|bestreitet")
_DENYING = _words("denies|deny|démentit|niega|bestreitet|(?:continues to|continue to|still) deny")
# A sentence telling the claim withdrawn, or as said then.
_AS_THEN = _words(
    "withdr[ae]w|withdrawn|retracted|dropped|abandoned|took back|taken back|walked back|recanted|no longer|had"
    "|initially|at first|first|earlier|previously|originally|until|once|retiré|retiró|ya no|plus|zurückgezogen"
    "|zurück|nicht mehr|zunächst|d'abord|inicialmente|había|avait")
_NEGATION = _words("no|not|never|none|nothing|n['’]t|without|ne|pas|aucun|aucune|jamais|ningún|ninguna|nunca"
                   "|nada|nicht|kein|keine|keinen|nie|niemals")
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no\s+longer|n['’]t|ne|ya\s+no|nicht)\W+(?:\w+\W+)?$",
                                   re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_][\w'’-]{3,}|\d[\d.,]*")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "claim", "claims", "statement", "what", "which", "would",
                          "will", "dass", "selon", "laquelle", "donc", "esta", "este", "sind", "wurde", "être",
                          "avait", "había", "hatte", "wird", "sont", "está"})


def withdrawn_as_standing(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as a party's word now a claim a cited passage says was withdrawn."""
    lowered = text.lower()
    if not any(fragment in lowered for fragment in ("say", "maint", "insist", "claim", "contend", "argue", "hold",
                                                      "den", "stand", "affirm", "souti", "assur", "démentit",
                                                      "dice", "sosti", "manti", "asegur", "niega", "sag",
                                                      "behaupt", "erklärt", "beharrt", "bleibt", "bestreit")):
        return []  # most sentences give no one's word
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    standing = next((match for match in _STANDING.finditer(spoken) if not inside(quoted, match.start())
                     and not _NEGATED_BEFORE.search(spoken, max(0, match.start() - 24), match.start())), None)
    if standing is None or _AS_THEN.search(spoken):
        return []
    told = _unquoted(spoken, quoted).replace(standing.group(), " ")
    words = _stems(told)
    negative = bool(_NEGATION.search(told)) != bool(_DENYING.fullmatch(standing.group()))
    for passage in passages:
        for shown, theirs, their_negative in _withdrawn(passage.text):
            if negative == their_negative and len(words & theirs) >= min(2, len(theirs)) and theirs:
                return [Finding(offset, f"this sentence tells as standing ('{' '.join(standing.group().split())}') a "
                                        f"claim its cited passages say was withdrawn ('{shown}'): {clipped(text)}",
                                "say the claim was withdrawn, or that it was said then (\"had said\", "
                                "\"initially\"), as the source does")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _withdrawn(text: str) -> tuple[tuple[str, frozenset[str], bool], ...]:
    """Return each claim a passage says was withdrawn: its words as written, their stems, and whether it denies."""
    lowered = text.lower()
    if not any(fragment in lowered for fragment in _WITHDRAWN_FRAGMENTS):
        return ()
    found = []
    for match in _WITHDRAWN.finditer(text):
        what = match["what"] or match["what2"] or match["what3"]
        denial = bool(match["noun"]) and match["noun"].casefold().startswith(("denial", "démenti", "desmentido",
                                                                              "dementi"))
        found.append((" ".join(match.group().split()), _stems(what), bool(_NEGATION.search(what)) != denial))
    return tuple(found)


def _stems(text: str) -> frozenset[str]:
    """Return the first five letters of text's content words ("release" and "released" are one), folded."""
    return frozenset(word.casefold()[:5] for word in _WORD.findall(text) if word.casefold() not in _NOT_CONTENT)


def _unquoted(text: str, quoted: list) -> str:
    """Return text with its quoted parts blanked."""
    for start, end in quoted:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# A claim no longer made: the negation is of the saying, not of the claim's words ("Velmar no longer says that no
# toxic gas was released" keeps the claim's "no"); French "ne dit plus que", Spanish "ya no dice que", German "sagt
# nicht mehr, dass"
_NO_LONGER_SAYING = patterns.compile(
    r"(?<!\w)(?P<en>no\s+longer)\s+(?:says?|claims?|maintains?|insists?|argues?|asserts?|contends?)\s+(?:that\s)?"
    r"|(?<!\w)(?P<fr>ne\s+|n['’])(?:dit|affirme|soutient|maintient|prétend)\s+(?P<fr2>plus)\s+que(?!\w)"
    r"|(?<!\w)(?P<es>ya\s+no)\s+(?:dice|afirma|sostiene|mantiene|asegura)n?\s+que(?!\w)"
    r"|(?<!\w)(?:sagt|sagen|behauptet|behaupten|erklärt|erklären)\s+(?P<de>nicht\s+mehr),?\s+dass(?!\w)",
    re.IGNORECASE)
_TOLD_WITHDRAWN = patterns.compile(r"(?<!\w)(?:no\s+longer\s+(?:say|claim|maintain)|withdr[ae]w|withdrawn|retract\w*"
                                   r"|retir\w+|zurückgezogen|zurückgenommen|ya\s+no\s+(?:dice|afirma|sostiene))(?!\w)",
                                   re.IGNORECASE)


def saying_withdrawn_blanked(text: str, passages: list[Cited]) -> str:
    """Return text with the negation of a claim no longer made ("no longer says that") blanked, where a cited passage
    tells a claim withdrawn: what polarity.py then reads is the claim's own words, as the passages quote them."""
    found = list(_NO_LONGER_SAYING.finditer(text)) if _maybe_no_longer(text) else []
    if not found or not any(_TOLD_WITHDRAWN.search(passage.text) for passage in passages):
        return text
    pieces, at = [], 0
    for match in found:
        for group in ("en", "fr", "fr2", "es", "de"):
            if match[group]:
                pieces += [text[at:match.start(group)], " " * len(match[group])]
                at = match.end(group)
    return "".join(pieces) + text[at:]


def _maybe_no_longer(text: str) -> bool:
    lowered = text.casefold()
    return any(word in lowered for word in ("longer", "plus", "ya no", "nicht mehr"))
