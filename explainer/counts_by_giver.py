"""Counts kept with whoever gives them: "Plus de 3 000 manifestants ont défilé selon la préfecture" may not cite "plus
de 3 000 manifestants selon les organisateurs, 1 800 selon la préfecture".

A report of a march, a strike or a toll often sets two counts side by side, each with its giver after it ("selon",
"d'après", "according to"). Every figure and every giver's name of the swapped sentence stands in the passage, and the
speaker check finds the préfecture named there: it built. A passage that gives two or more givers a figure each, the
figure right before its giver (no other giver between), now backs a sentence giving one giver a figure only where it is
that giver's; giving it to another the passage names refuses it. A passage giving the figure to the sentence's giver
as well backs it (tests/test_newuser_63.py). A sentence may name its giver after a passive's "par" too: "Les 1,2
million de manifestants comptés par la CGT" citing "1,2 million selon la préfecture, 3,5 millions selon la CGT" is
refused (tests/test_newuser_75.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .counted_by import COUNTED_BY, counted_by
from .giver_bodies import counts_for
from .numbers import mentions_in
from .same_givers import bare_word, union_and_member, unions_both

# The giver after "selon", "d'après" or "according to": its words up to a stop, a comma or a figure
# Spanish "según" too: "unas 5.000 personas según la policía, 20.000 según los organizadores" (newuser_132: "La protesta
# reunió a 20.000 personas" built, the organisers' count told as fact)
_GIVER = patterns.compile(r"(?<!\w)(?:selon|d['’]\s*après|according\s+to|según|de\s+acuerdo\s+con)\s+"
                          r"(?P<who>[^\W\d_][^,;.:!?()«»\"“”\d]{0,60}"
                          r"?)(?=\s*(?:[,;.:!?()«»\"“”]|\d|$|\s+(?:et|and|contre|against|frente|ont|a|have|has|had)"
                          r"\s))",
                          re.IGNORECASE)
# a giver's words of four letters or more, or its acronym of two or three capitals: "la CGT", "le PCF"
# A giver told as counting, the subject of its verb: "La CGT a compté", "le ministère de l'Intérieur a recensé"
_WHO = (r"(?P<who>(?:la|le|les|l['’]|the)\s*[^\W\d_][\w'’-]*(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|of\s+the|of)"
        r"\s*[^\W\d_][\w-]*)?)")
_COUNTED_BY = patterns.compile(rf"(?<!\w){_WHO}\s+(?:a|ont|avait|avaient)\s+(?:compté|recensé|dénombré)(?!\w)",
                               re.IGNORECASE)
# or after a passive's "par" ("les 1,2 million de manifestants comptés par la CGT": counted_by.py)
_PASSIVE_COUNTER = patterns.compile(rf"{COUNTED_BY.pattern}\s+{_WHO}", re.IGNORECASE)
# A giver naming its count after it: "the organisers put the number at 15,000", "police estimated the crowd at"
# and a side's own figures a change's size: "Norvania's own figures put the fall at 11 percent" (newuser_101)
_PUT_AT = patterns.compile(r"(?<![\w'’-])(?!(?:while|whereas|and|but|as)\s)(?P<who>(?:the\s+)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}?)\s+(?:(?:put|puts"
                           r"|estimated|estimates|counted|counts|placed|places)\s+(?:the\s+|their\s+|its\s+)?(?:number"
                           r"|figure|count|crowd|turnout|toll|total|attendance|fall|drop|decline|rise|increase|growth"
                           r"|loss|losses|cost|damage|gap|deficit|surplus)"
                           # what is counted may follow, or a pronoun stand for it: "put the number of cancelled
                           # trains at 120, while the operator put it at 300" (tests/test_factcheck_153.py)
                           r"(?:\s+of(?:\s+[^\W\d_][\w'’-]*){1,4}?)?\s+at\s+"
                           r"|(?:put|puts|estimated|estimates|placed|places)\s+(?:it|them)\s+at\s+)"
                           r"(?:about\s+|around\s+|some\s+)?", re.IGNORECASE)
# Two givers with a count each, in turn: "The union and the operator put the figures at 120 and 300 (respectively)"
_GIVER_WORDS = r"(?:the\s+|its\s+|their\s+)?[^\W\d_][\w'’-]*(?:\s+(?!and\s)[^\W\d_][\w'’-]*)?"
_IN_TURN = patterns.compile(rf"(?P<a>{_GIVER_WORDS})\s+and\s+(?P<b>{_GIVER_WORDS})\s+(?:put|puts|estimated|estimate"
                            r"|estimates|counted|count|counts|placed|place|gave|give|gives|reported|report|reports)\s+"
                            r"(?:(?:the|their|its)\s+)?(?:(?:figures?|numbers?|counts?|estimates?|tolls?|totals?"
                            r"|crowds?|turnouts?)\s+)?(?:at\s+)?(?:about\s+|around\s+|some\s+)?(?=\d)", re.IGNORECASE)
_AND_THEN = patterns.compile(r"\s*,?\s+and\s+(?:about\s+|around\s+|some\s+)?", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[;:]|,(?!\d)")
# two counts as the ends of a range: "entre 5.000 y 20.000", "between 4,000 and 15,000", "de 1,3 à 3,5 millions"
_RANGE = patterns.compile(r"(?<!\w)(?:entre|between|de|from)\s+(?:el\s+|the\s+|los\s+|las\s+)?(?:about\s+|unos\s+"
                          r"|unas\s+|some\s+)?\d[\d.,\s]*%?\s*(?:y|and|et|a|to|à)\s+(?:el\s+|the\s+)?\d", re.IGNORECASE)
_SEMICOLON = patterns.compile(r";")
_WORD = patterns.compile(r"[^\W\d_]{4,}|(?<!\w)[A-Z]{2,3}(?!\w)")
_GATE = ("selon", "Selon", "après", "ccording", "egún", "acuerdo con")


def counts_given_to_another(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a figure to one giver ("selon la préfecture") that a cited passage sets beside
    another giver, while giving that one another figure."""
    said, givers = [], []
    if " and " in text and (in_turn := _in_turn(text, language)):
        said = in_turn  # two givers, then their counts in the same order
    elif any(word in text for word in _GATE):
        givers = list(_GIVER.finditer(text))
    elif "compt" in text or "recens" in text or "dénombr" in text or counted_by(text):
        # "La CGT a compté 3,5 millions de manifestants", "les 3,5 millions de manifestants comptés par la CGT"
        givers = list(_COUNTED_BY.finditer(text)) or list(_PASSIVE_COUNTER.finditer(text))
    else:
        return []
    if givers:
        said = _said(text, givers, language)
    if not said:
        return []
    for passage in passages:
        if not any(word in passage.text for word in _GATE) and " at " not in passage.text:
            continue
        pairs = _pairs(passage.text, passage.language or language)
        if len({who for _, who, _ in pairs}) < 2:
            continue
        for value, own, name in said:
            theirs = [(who, shown) for given, who, shown in pairs if given == value]
            if not theirs or any(_same(own, who) for who, _ in theirs):
                continue
            other = next((shown for given, who, shown in pairs if _same(own, who) and given != value), None)
            if other is not None:
                return [Finding(offset, f"this sentence gives {_shown(value, text, language)} to "
                                        f"'{name}', where its cited passages give it to "
                                        f"'{theirs[0][1]}' ({clipped(passage.text, 120)}): {clipped(text)}",
                                "give each count to whoever the source gives it to")]
    return []


def count_without_giver(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives bare, as fact, one of the counts a cited passage sets beside another giver's:
    "About 15,000 people marched" of "About 4,000 people marched ..., according to police; the organisers put the
    number at 15,000" told the organisers' count as the march's (and "About 4,000 people marched" the police's)."""
    if not any(word in passage.text for passage in passages for word in (*_GATE, " at ")):
        return []
    figures = {q.value for m in mentions_in(text, language) if m.kind == "figure" for q in m.quantities}
    if not figures:
        return []
    named = {word.casefold() for word in _WORD.findall(text)}
    for passage in passages:
        pairs = _pairs(passage.text, passage.language or language)
        if len({who for _, who, _ in pairs}) < 2 or len({value for value, _, _ in pairs}) < 2:
            continue  # one giver, or two giving one figure: no count disputed
        if {value for value, _, _ in pairs} <= figures and _RANGE.search(text):
            continue  # every giver's count told, as a range: "entre 5.000 y 20.000 personas"
        for value, who, shown in pairs:
            if value in figures and not _same(frozenset(named), who):
                return [Finding(offset, f"this sentence gives {_shown(value, text, language)} as fact, where its cited "
                                        f"passage gives it as the count of '{shown}' beside another's "
                                        f"({clipped(passage.text, 120)}): {clipped(text)}",
                                "say whose count it is, as the source does, or give both counts with their givers")]
    return []


_TOLD_AS_FACT = patterns.compile(r"^this sentence gives .+? as fact, where its cited passage gives it as the count of "
                                 r"'(?P<who>[^']+)' beside another's")


def claimants_own_counts(findings: list[Finding], claimant: str) -> list[Finding]:
    """Return findings but count_without_giver's of a count whose giver is the claim's claimant: a claim of "La
    policía" saying "La protesta reunió a unas 5.000 personas" gives the police's count as theirs (newuser_132)."""
    own = _words(claimant) if claimant else frozenset()
    return [finding for finding in findings if not (own and (told := _TOLD_AS_FACT.match(finding.message))
                                                    and _same(own, _words(told["who"])))]


def _in_turn(text: str, language: str) -> list[tuple[object, frozenset[str], str]]:
    """Return the two counts a sentence gives two givers in turn ("The union and the operator put the figures at 120
    and 300, respectively"), each with its giver's words and name: the first count the first giver's."""
    head = _IN_TURN.search(text)
    if not head:
        return []
    figures = [m for m in mentions_in(text, language) if m.kind == "figure" and m.start >= head.end()]
    if len(figures) < 2 or figures[0].start != head.end() or not _AND_THEN.fullmatch(text, figures[0].end,
                                                                                      figures[1].start):
        return []
    return [(q.value, _words(head[who]), " ".join(head[who].split())) for who, m in (("a", figures[0]),
                                                                                    ("b", figures[1]))
            for q in m.quantities if _words(head[who])]


def _same(own: frozenset[str], who: frozenset[str]) -> bool:
    """Say whether two givers' words name one giver, or the body one counts for ("police", "Intérieur"), or a union and
    the unions ("les syndicats" of "la CGT": same_givers.py, tests/test_factcheck_184.py)."""
    return bool(own & who) or any(counts_for(word, who) for word in own) or any(  # whole words: "inter" is no interior
        union_and_member(bare_word(mine), bare_word(theirs)) or unions_both(bare_word(mine), bare_word(theirs))
        for mine in own for theirs in who)


def _said(text: str, givers: list[re.Match], language: str) -> list[tuple[object, frozenset[str], str]]:
    """Return each figure the sentence gives a giver, with the giver's words and name: every figure to its one giver,
    or, where it names two or more ("1,3 million selon la CGT, 3,5 millions selon le ministère"), each figure to the
    giver right after it."""
    if len(givers) > 1 or (" at " in text and _PUT_AT.search(text)):  # "...; Norvania's own figures put the fall at"
        return sorted(_pairs(text, language, opening=True), key=lambda pair: pair[0])
    own = _words(givers[0]["who"])
    # a counting verb's figures are those of its clause: "La CGT a compté 3,5 millions, le ministère 1,3 million"
    stop = _CLAUSE_END.search(text, givers[0].end()) if givers[0].re == _COUNTED_BY else None
    # and a semicolon ends a giver's sentence part: "... según el sindicato; el ministerio cifró el seguimiento en un
    # 24,5 %" gives the union no 24,5 (newuser_79)
    stop = stop or _SEMICOLON.search(text, givers[0].end())
    begin = text.rfind(";", 0, givers[0].start()) + 1
    end = stop.start() if stop else len(text)
    figures = {q.value for m in mentions_in(text, language) if m.kind == "figure" and begin <= m.start < end
               for q in m.quantities}
    return [(value, own, givers[0]["who"].strip()) for value in sorted(figures)] if own else []


def _pairs(text: str, language: str, opening: bool = False) -> list[tuple[object, frozenset[str], str]]:
    """Return each figure a passage gives a giver right after it ("3 000 ... selon les organisateurs"), with the
    giver's words and name as written; with `opening` (a sentence's givers), a giver opening its clause the figures
    after it. A passage's "D'après le rapport du COR, ... 3,2 milliards" is one source's figure, no count set beside
    another's (tests/test_newuser_73.py)."""
    figures = [m for m in mentions_in(text, language) if m.kind == "figure"]
    found, start = [], 0
    for giver in _GIVER.finditer(text):
        if opening and _opens_clause(text, giver):  # "Según el sindicato, la huelga fue seguida por el 80 %": the figures after
            end = _OPENED_END.search(text, giver.end())
            stop = end.start() if end else len(text)
            found.extend((q.value, _words(giver["who"]), " ".join(giver["who"].split())) for m in figures
                         if giver.end() <= m.start and m.end <= stop for q in m.quantities)
            start = stop
            continue
        before = [m for m in figures if start <= m.start and m.end <= giver.start()]
        # "according to X" closing its sentence gives X all of it: "Trade fell 18 percent last year, to 4.2 billion
        # euros, according to Kestria's statistics office." (newuser_101); else the figure right before X is X's
        closing = _CLOSES.match(text, giver.end()) and text[:giver.start()].rstrip().endswith(",")
        if before:
            found.extend((q.value, _words(giver["who"]), " ".join(giver["who"].split()))
                         for m in ([m for m in before[_sentence_start(text, before, giver.start()):]
                                    if any(c.isdigit() for c in m.text)] if closing else before[-1:])
                         for q in m.quantities)
        start = giver.end()
    # a giver before its figure: "the organisers put the number at 15,000" (newuser_95)
    for giver in _PUT_AT.finditer(text) if " at " in text else ():
        after = next((m for m in figures if m.start >= giver.end() and not text[giver.end():m.start].strip()), None)
        if after is not None:
            found.extend((q.value, _words(giver["who"]), " ".join(giver["who"].split())) for q in after.quantities)
    return found


_CLOSES = patterns.compile(r"\s*(?:[.!?;]|$)")
# A giver opening its clause, a comma after it: "Según el sindicato, ...; según la empresa, por el 35 %" gives each the
# figures of its clause, up to a semicolon, a stop or the next giver
_OPENED_AFTER = patterns.compile(r"\s*,")
_OPENED_BEFORE = patterns.compile(r"(?:^|[.;:!?]\s*|,\s*|\b(?:y|and|et|pero|but|mais)\s+)$", re.IGNORECASE)
_OPENED_END = patterns.compile(r"[;.!?](?!\d)|(?<!\w)(?:selon|según|according\s+to|d['’]\s*après)(?!\w)", re.IGNORECASE)


def _opens_clause(text: str, giver: re.Match) -> bool:
    """Say whether a giver opens its clause, a comma after it: "Según el sindicato, la huelga ..."."""
    return (_OPENED_AFTER.match(text, giver.end()) is not None
            and _OPENED_BEFORE.search(text[max(0, giver.start() - 8):giver.start()]) is not None)


def _sentence_start(text: str, before: list, at: int) -> int:
    """Return the index of the first figure of `before` in the sentence that ends at `at`."""
    start = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at))
    return next((index for index, m in enumerate(before) if m.start > start), len(before) - 1)


def _words(who: str) -> frozenset[str]:
    """Return the words of four letters or more that name a giver, folded."""
    return frozenset(word.casefold() for word in _WORD.findall(who)) - _ARTICLES


_ARTICLES = frozenset({"la", "le", "les", "du", "des", "de", "l", "the"})  # read as no acronym when capitalised


def _shown(value, text: str, language: str) -> str:
    """Return the figure as the sentence writes it."""
    return next((m.text for m in mentions_in(text, language) if m.kind == "figure"
                 and any(q.value == value for q in m.quantities)), str(value))
