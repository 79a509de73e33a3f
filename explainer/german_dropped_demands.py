"""A German demand its passage says is made told as dropped (tests/test_factcheck_219.py).

"Die Gewerkschaft hat ihre Forderung von 9,5 Prozent fallen gelassen" may not cite "Die Gewerkschaft fordert 9,5
Prozent mehr Lohn": the passage tells the demand made ("fordert", "verlangt", "fordern", "verlangen", "Forderung
nach"), the sentence tells a demand ("Forderung", "Forderungen") given up ("fallen gelassen", "fallengelassen",
"aufgegeben", "zurückgezogen", "zurückgenommen", "ließ ... fallen", "gab ... auf", "zog ... zurück", "verzichtete
auf", "rückte von ... ab"). It is refused where the sentence's figure (or, without one, none at all) is a figure of
the passage's sentence that makes the demand, the sentence keeps no negation, modal or condition of its own ("nicht",
"will", "soll", "könnte", "wenn", "ob", "bereit"), and no cited passage tells a demand given up itself.

Not read: a demand given up in other words ("ist von ihrer Forderung abgerückt" is), or told dropped by another
party than the one making it.
"""

from __future__ import annotations


from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

_SENTENCE = patterns.compile(r"[^.!?]+")
_DEMAND = r"Forderung(?:en)?"
# a clause's character: none that ends a clause, save a figure's own ("9,5", "4.200")
_IN = r"(?:[^.!?;,]|(?<=\d)[.,](?=\d))"
_DROPPED_WORDS = (r"fallen\s+gelassen|fallengelassen|aufgegeben|zurückgezogen|zurückgenommen|abgerückt|verzichtet"
                  r"|ließ(?:en)?\s+[^.!?;]*?\s+fallen|gab(?:en)?\s+[^.!?;]*?\s+auf|zog(?:en)?\s+[^.!?;]*?\s+zurück"
                  r"|nahm(?:en)?\s+[^.!?;]*?\s+zurück|rückte(?:n)?\s+[^.!?;]*?\s+ab|verzichtete(?:n)?\s+auf")
# a demand told dropped: "hat ihre Forderung ... fallen gelassen", "zog ihre Forderung zurück",
# "verzichtete auf ihre Forderung", "rückte von ihrer Forderung ab"
_DROPPED = patterns.compile(
    rf"(?<!\w)(?:hat|haben|hatte|hatten|ist|sind|war|waren)\s+(?:{_IN}*?\s)?{_DEMAND}(?!\w){_IN}*?(?<!\w)"
    rf"(?:fallen\s+gelassen|fallengelassen|aufgegeben|zurückgezogen|zurückgenommen|abgerückt|verzichtet)(?!\w)"
    rf"|(?<!\w)(?:ließ|ließen|gab|gaben|zog|zogen|nahm|nahmen)\s+(?:[\w-]+\s+){{0,3}}?(?:ihre|seine|die|diese|eine)\s+"
    rf"(?:[a-zäöüß][\w-]*\s+)?{_DEMAND}(?!\w){_IN}*?(?<!\w)"  # its object: not "zog mit ihrer Forderung vor Gericht"
    rf"(?:fallen|auf|zurück)\s*(?:[.!?;,]|$)"  # the verb's particle ends its clause: not "gab ... auf einer ... bekannt"
    rf"|(?<!\w)(?:verzichtete|verzichteten|rückte|rückten)\s+(?:{_IN}*?\s)?(?:auf|von)\s+(?:{_IN}*?\s)?"
    rf"{_DEMAND}(?!\w)")
# a demand made: "fordert 9,5 Prozent", "verlangt sie", "die Forderung nach"
_MADE = patterns.compile(r"(?<!\w)(?:fordert|fordern|verlangt|verlangen|forderte|forderten|verlangte|verlangten"
                         r"|Forderung\s+nach|Forderungen\s+nach)(?!\w)")
_GIVEN_UP_ANYWHERE = patterns.compile(rf"(?<!\w)(?:{_DROPPED_WORDS})(?!\w)")
_FIGURE = patterns.compile(r"\d[\d.]*(?:,\d+)?")
_WORD = patterns.compile(r"[^\W\d_]+")
_KEPT = frozenset({"nicht", "kein", "keine", "nie", "niemals", "will", "wollen", "wolle", "wollte", "soll", "solle",
                   "sollen", "sollte", "könnte", "könnten", "würde", "würden", "müsse", "müsste", "wenn", "falls",
                   "ob", "bereit", "fordert", "fordern", "verlangt", "verlangen", "angeblich",
                   "sofern", "erwägt", "erwägen", "droht"})


def demand_told_dropped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a German sentence tells as given up a demand its cited passages tell made."""
    if (language or "").split("-")[0].lower() != "de" or not passages:
        return []
    spoken = markers_blanked(text)
    told = _DROPPED.search(spoken)
    if told is None or inside(quoted_parts(spoken), told.start()):
        return []
    if {word.casefold() for word in _WORD.findall(spoken)} & _KEPT:
        return []
    if any(_GIVEN_UP_ANYWHERE.search(passage.text) for passage in passages):
        return []
    figures = set(_FIGURE.findall(spoken))
    for passage in passages:
        for sentence in _SENTENCE.finditer(passage.text):
            made = _MADE.search(sentence.group())
            if made is None or not _same_demand(spoken[told.start():], figures, sentence.group()):
                continue
            shown = " ".join(sentence.group().split())
            shown = shown if len(shown) <= 100 else shown[:99].rstrip() + "…"
            return [Finding(offset, f"this sentence tells as given up ('{' '.join(told.group().split())}') a demand "
                                    f"its cited passages tell made ('{shown}'): {clipped(text)}",
                            "say the demand stands, or cite a passage that says it was given up")]
    return []


def _same_demand(told: str, figures: set[str], sentence: str) -> bool:
    """Return whether a passage's sentence making a demand makes the one told dropped: it holds all the told figures,
    or, told without one, a noun of five letters or more the sentence names it by ("Arbeitszeit" of
    "Wochenarbeitszeit")."""
    if figures:
        return figures <= set(_FIGURE.findall(sentence))
    folded = sentence.casefold()
    return any(word.casefold() in folded for word in _WORD.findall(told)
               if len(word) >= 5 and word[0].isupper() and not word.startswith("Forderung"))
