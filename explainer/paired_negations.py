"""A second thing denied in one sentence by "nor", "noch" or "ni" without a comma: each is a clause of its own.

"The union neither accepted the offer nor rejected it" read as one clause counted "neither" and "rejected" as two
negations that cancel, and "The union accepted the offer" built; "Die Regierung hat weder verhandelt noch eingelenkt"
denied only "verhandelt" (its predicate), and "Die Regierung hat eingelenkt" built; Spanish "El mediador no puede
imponer un acuerdo ni el gobierno puede ordenar la vuelta al trabajo" (French "ne peut imposer d'accord ni le
gouvernement renvoyer ...") denied only the mediator's power, and the government's built as fact. Here such a "nor",
"noch" or "ni" opens a clause, itself its negation (explainer/polarity.py `_clauses`):
- English "nor" and German "noch" after a "neither"/"weder" that stands after the clause's first word (a predicate's
  pair: "The union neither ...", "hat weder ..."), the word after them no article, pronoun or name: "Neither the
  mediator nor the government can ..." and "Weder der Schlichter noch die Regierung ..." stay one clause, each
  subject denied.
- Spanish and French "ni" two words or more after the clause's own "no"/"ne"/"n'" ("no puede imponer un acuerdo ni");
  "Ni el mediador ni el gobierno ..." (no negation before it) and "n'a ni accepté ni rejeté" (right after it) stay as
  they were, and "ni siquiera"/"ni même" (not even) opens nothing.
- French "ni" before a verb negated again, "ni ne refuse", "ni n'a refusé", one word or more after the clause's own
  "ne"/"n'" ("n'accepte ni ne refuse l'offre"): its "ni ne" is one negation, the clause's own. Read as one clause,
  "n'accepte ni ne refuse" counted three negations with "refuse", and "Le syndicat a refusé l'offre" built; read
  with "ni" and "ne" as two, "ni n'a refusé" was "has refused", and "n'a pas refusé" was refused
  (tests/test_factcheck_161.py).
"""

from __future__ import annotations

import bisect
import functools

from . import patterns

_OPENER = {"en": patterns.compile(r"(?<!\w)nor\s+(?P<next>[^\W\d_]+)", patterns.re.IGNORECASE),
           "de": patterns.compile(r"(?<!\w)noch\s+(?P<next>[^\W\d_]+)"),
           "es": patterns.compile(r"(?<!\w)ni\s+(?P<next>[^\W\d_]+)"),
           "fr": patterns.compile(r"(?<!\w)ni\s+(?P<next>[^\W\d_]+)")}
# The first of a pair: English's and German's after a word of the clause ("The union neither", "hat weder"), Spanish's
# and French's the clause's own negation, two words or more before the "ni" ("no puede imponer un acuerdo ni")
_FIRST = {"en": patterns.compile(r"(?<!\w)neither(?!\w)", patterns.re.IGNORECASE),
          "de": patterns.compile(r"(?<!\w)weder(?!\w)", patterns.re.IGNORECASE),
          "es": patterns.compile(r"(?<!\w)(?:no|nunca|jamás)(?!\w)", patterns.re.IGNORECASE),
          "fr": patterns.compile(r"(?<!\w)(?:ne(?!\w)|n['’](?=\w))", patterns.re.IGNORECASE)}
_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Words after the opener that make its pair one of subjects or objects ("nor the government"), or "not even"
_NOT_A_CLAUSE = {
    "en": frozenset("the a an its their his her this that these those any our my your it they he she we".split()),
    "de": frozenset("der die das den dem des ein eine einen einem einer eines sein seine ihr ihre es sie er wir immer "
                    "nicht".split()),
    "es": frozenset("siquiera tampoco".split()),
    "fr": frozenset("même".split()),
}
# French "ni" before a verb negated again: "ni ne refuse", "ni n'a refusé" (its "ne" the clause's negation)
_NI_NE = patterns.compile(r"ni\s+(?P<ne>ne(?!\w)|n['’](?=\w))", patterns.re.IGNORECASE)
_WINDOW = 200  # characters of a clause read back for the first of a pair: a clause's own words, not a passage's


def split(text: str, spans: list[tuple[int, int]], language: str) -> tuple[list[tuple[int, int]], frozenset[int]]:
    """Return the clause ends `spans` (a separator's start and end each, in order) with one added before each opener
    of a second thing denied, and where the clauses they open start."""
    code = (language or "en").split("-")[0].lower()
    opener = _OPENER.get(code)
    if opener is None or not _may_hold(text, code):
        return spans, frozenset()
    added, afters, ends = [], [after for _, after in spans], {end for end, _ in spans}
    for match in opener.finditer(text):
        following = match["next"]
        if following.casefold() in _NOT_A_CLAUSE[code] or (code == "de" and not following[0].islower()) or (
                code == "en" and following[0].isupper()):
            continue
        at = bisect.bisect_right(afters, match.start())
        start = afters[at - 1] if at else 0
        before = text[max(start, match.start() - _WINDOW):match.start()]
        if _paired(before, code, code == "fr" and _negated_again(text, match.start())) and (
                match.start() not in ends):
            added.append((match.start(), match.start()))
    if not added:
        return spans, frozenset()
    return sorted(spans + added), frozenset(at for at, _ in added)


def _paired(before: str, code: str, negated_again: bool = False) -> bool:
    """Say whether the words of a clause before an opener hold the first of its pair (`negated_again`: a French "ni ne
    refuse", whose verb may stand one word after the clause's "n'": "n'accepte ni ne refuse")."""
    first = None
    for first in _FIRST[code].finditer(before):
        pass
    if first is None:
        return False
    if code in ("en", "de"):
        return bool(_WORD.search(before, 0, first.start()))
    return len(_WORD.findall(before, first.end())) >= (1 if negated_again else 2)


def _negated_again(text: str, at: int) -> bool:
    """Say whether a French "ni" at `at` stands before a verb negated again ("ni ne refuse", "ni n'a refusé") whose
    form polarity.py reads as it reads the verb's other forms: "refusait", a form of a verb negating by meaning its
    list lacks, read alone would make "ni ne refusait" a refusal denied once, and "n'a pas refusé" was refused."""
    again = _NI_NE.match(text, at)
    if again is None:
        return False
    from .polarity import _NEGATING  # polarity.py reads this module: imported when first asked

    verbs = _WORD.findall(text, again.end(), again.end() + 40)[:2]
    verb = verbs[1] if len(verbs) > 1 and verbs[0].casefold() in _AUXILIARIES else verbs[0] if verbs else ""
    negating = _NEGATING["fr"]
    return verb.casefold() in negating or verb.casefold()[:5] not in {word[:5] for word in negating if len(word) >= 5}


_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "était", "étaient"})


def _may_hold(text: str, code: str) -> bool:
    """Say whether text may hold an opener, by a substring: most sentences hold none."""
    lowered = text.lower()
    return {"en": "nor ", "de": "noch ", "es": "ni ", "fr": "ni "}[code] in lowered


@functools.lru_cache(maxsize=1 << 12)  # asked of a passage's sentence by every clause compared with its clauses
def denied_after(text: str, language: str) -> frozenset[str]:
    """Return the two words right after text's openers, folded: what "nor rejected it" denies, "rejected" (and "ni la
    rechazó", after its pronoun)."""
    code = (language or "en").split("-")[0].lower()
    opener = _OPENER.get(code)
    if opener is None or not _may_hold(text, code):
        return frozenset()
    return frozenset(word.casefold() for match in opener.finditer(text)
                     for after in (_after_ne(text, match, code),)
                     for word in [match["next"], *_WORD.findall(text, after, after + 40)[:1]])


def _after_ne(text: str, match, code: str) -> int:
    """Return where the words an opener denies start: after a French "ni ne"'s "ne" ("ni n'a refusé": "a refusé")."""
    again = _NI_NE.match(text, match.start()) if code == "fr" else None
    return again.end() if again else match.end()


def opening(piece: str) -> tuple[int, int]:
    """Return where the opener that starts a clause `split` opened ("nor", "noch", "ni") stands in it."""
    start = len(piece) - len(piece.lstrip())
    again = _NI_NE.match(piece, start)
    if again:  # "ni ne refuse": the clause's own "ne", one negation with its "ni"
        return again.span("ne")
    return start, start + len(piece.split(maxsplit=1)[0])
