"""Likelihoods kept: a sentence may not state as fact what the passages it cites give only as probable or possible.

"The fire was arson, officials said" citing "the fire was possibly arson, officials said" (or "probably", "perhaps",
"likely", "may have", "might have", "appears to", "seems to", "appeared safe" ("apparently" is a hedge:
attribution.py's); French
"probablement", "peut-être", "sans doute"; Dutch "naar verwachting", "waarschijnlijk", "vermoedelijk"; Portuguese "provavelmente", "talvez", "pode ter"; a cause given as
possible, "could be due to", "may stem from", Spanish "podrían deberse a", "pudo haber";
not what might have been but was not,
"could have lost", "aurait pu perdre")
drops the source's doubt, which "Hedges kept" (reportedly, allegedly) does not read, and which saying who said it
does not keep: the officials said "possibly". A sentence restating the clause holding such a word (sharing two of its
words of four letters or more) is refused where it keeps no likelihood of its own ("probably", "possibly", "likely",
"may", "might", "could", "suspected", "believed", "thought", "suggests", "unclear", ...) and no cited passage states
the same clause without one. Words in quotation marks are not read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import clause_end, clause_start, content_words, restated_unplainly
from .sentences import inside, markers_blanked
from .wordset import first_runs, may_hold

# "likely" after "as", "more" or "less" compares how often ("twice as likely to report", "more likely to die"): no
# doubt, but for "as likely as not" and "more likely than not".
_LIKELY = patterns.compile(
    r"(?<!\w)(?:probably|possibly|perhaps|presumably"
    r"|(?<!(?<!\w)as\s)(?<!(?<!\w)more\s)(?<!(?<!\w)less\s)likely|likely(?=\s+(?:as|than)\s+not(?!\w))"
    r"|(?-i:may|might)\s+have|(?:appears?|appeared|seems?|seemed)\s+to|probablement|peut-être"
    # a look, not a finding: "Velomira appeared safe" told as "Velomira is safe" (newuser_42); not "appeared in court",
    # "appeared before the committee", "appeared on television"
    r"|(?:appears?|appeared|seems?|seemed)\s+(?!(?:in|on|at|before|for|with|as|from|under|alongside|during|after"
    r"|outside|inside|the|a|an|his|her|their|its|twice|once|again|briefly|live|together|and|or|but|to)(?!\w))"
    r"(?:well[\s-])?[a-z]{3,}"
    r"|sans\s+doute|vraisemblablement|wahrscheinlich|vermutlich|möglicherweise"
    r"|probablemente|posiblemente|quizás?"
    # Portuguese: "pode ter influenciado" told as "influenciou" built
    r"|provavelmente|possivelmente|talvez|(?:pode|podem|poderia|poderiam)\s+ter"
    # a cause given as possible: "could be due to", "may stem from"; Spanish "podrían deberse a" (factcheck37)
    # ("could be caused" told as "was caused" is possible_done.py's)
    r"|(?-i:could|may|might)\s+(?:be\s+(?:due|explained|linked|attributable)|stem|result)"
    # Spanish "may have done": "pudo haber perjudicado al PPC" told as "perjudicó al PPC" built (newuser144)
    r"|(?:pudo|pudieron|puede|pueden|podría|podrían)\s+haber"
    r"|(?:podría|podrían|puede|pueden)\s+(?:deberse|explicarse|ser\s+(?:debid[oa]s?|consecuencia)"
    r"|estar\s+(?:relacionad|vinculad)[oa]s?)"
    # Italian: "il crollo potrebbe essere stato causato da una frana" told as "è stato causato" built
    r"|probabilmente|forse|presumibilmente|(?:potrebbe|potrebbero)\s+(?:essere\s+stat[oaie]|aver[e]?"
    r"|essere\s+dovut[oaie]|derivare)"
    # Dutch: "De RvS doet binnen twaalf weken uitspraak" citing "doet naar verwachting binnen twaalf weken uitspraak"
    # built (tests/test_newuser_91.py)
    r"|naar\s+verwachting|waarschijnlijk|vermoedelijk|wellicht|misschien)(?!\w)", re.IGNORECASE)
# A sentence's own doubt: any of the passage's words, or one of belief or uncertainty.
_KEPT = patterns.compile(
    r"(?<!\w)(?:probabl[ey]|possibl[ey]|possibility|perhaps|presumably|likely|unlikely|likelihood|(?-i:may)|might"
    r"|could|suspect\w*|believ\w*|thought|think\w*|suggest\w*|unclear|uncertain|unconfirmed|appears?|appeared"
    r"|apparently"
    # a forecast keeps the doubt: "are expected to approve" for "are likely to approve"
    r"|(?:is|are|was|were|be|been)\s+(?:widely\s+)?(?:expected|anticipated|projected|forecast|predicted)\s+to"
    # and an expectation told actively: "Analysts at Peel Hunt expect the regulator to require the sale" for "said
    # the regulator was likely to require" (a new user's merger briefing, tests/test_expectations_kept.py)
    r"|(?:expects?|expecting|anticipates?|anticipating|predicts?|predicting|forecasts?|forecasting)"
    # a likelihood turned round keeps one too: "hält ... für unwahrscheinlich" of "für wahrscheinlich" is named once,
    # as the opposite prefixed_opposites.py reads, not also as a doubt dropped
    r"|seem\w*|probablement|peut-être|sans\s+doute|vraisemblablement|pourrait|possible\w*|(?:un)?wahrscheinlich\w*"
    r"|improbabl\w*|vermutlich"
    r"|möglicherweise|probablemente|posiblemente|quizás?|pu|provavelmente|possivelmente|talvez|pode|podem|poderia"
    r"|poderiam|possível|provável|podría|podrían|puede|pueden|pudo|pudieron|posible\w*|probable\w*"
    # Spanish belief: "Los analistas creen que la abstención perjudicó al PPC" keeps "pudo haber" as their view
    r"|cree|creen|creía|creían|estima|estiman|estimó|estimaron|considera|consideran|sospecha\w*|parece\w*"
    # Spanish's conditional of what is reported, not known: "se deberían a errores"
    r"|debería|deberían|sería|serían|habría|habrían|estaría|estarían"
    # Italian's, and its conditional of what is reported: "avrebbe ignorato", "sarebbe stato"
    r"|probabil\w*|forse|presumibil\w*|potrebbe|potrebbero|possibil\w*|sembra\w*|pare|parrebbe|avrebbe|avrebbero"
    r"|sarebbe|sarebbero"
    # Dutch's, and its modals and expectations: "zou kunnen", "verwacht dat"
    r"|naar\s+verwachting|waarschijnlijk|vermoedelijk|wellicht|misschien|mogelijk\w*|verwacht\w*|kan|kunnen|zou"
    r"|zouden|lijkt|lijken|leek|leken|onzeker\w*)(?!\w)", re.IGNORECASE)
_CLAUSE_BREAK = patterns.compile(r"[;:.!?()\"“”«»—–]|,(?!\s*\d)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "which", "when", "probably", "possibly", "perhaps",
                          "likely", "presumably", "officials", "dans", "pour", "avec", "était", "sont",
                          "heeft", "hebben", "deze", "voor", "naar", "over", "door", "werd", "verwachting"})
_RESTATES = 2


# The first word of each of _LIKELY's, as ASCII text holds it: a passage without one is not searched. A word added to
# _LIKELY is added here (Portuguese's are already).
_LIKELY_RUNS = first_runs(("probably", "possibly", "perhaps", "presumably", "likely", "may have", "might have",
                           "appear", "appears", "appeared", "seem", "seems", "seemed",
                           "probablement", "peut-être", "sans doute", "vraisemblablement", "wahrscheinlich", "vermutlich",
                           "möglicherweise", "probablemente", "posiblemente", "quizá", "quizás", "provavelmente",
                           "possivelmente", "talvez", "pode ter", "podem ter", "poderia ter", "poderiam ter",
                           "could be", "may be", "might be", "could stem", "may stem", "might stem", "could result",
                           "may result", "might result", "podría", "podrían", "puede", "pueden", "pudo", "pudieron",
                           "probabilmente",
                           "forse", "presumibilmente", "potrebbe", "potrebbero", "naar verwachting",
                           "waarschijnlijk", "vermoedelijk", "wellicht", "misschien"))


def dropped_likelihoods(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text states plainly a clause its cited passages give only as probable or possible."""
    hedged = [found for passage in passages for found in _hedged(passage.text)]
    if not hedged:
        return []  # most passages doubt nothing (read once each): found without reading the sentence's words
    spoken = markers_blanked(text)
    if _KEPT.search(spoken):
        return []  # the sentence keeps a doubt of its own
    quoted = quoted_parts(spoken)
    words = content_words("".join(" " if inside(quoted, at) else char for at, char in enumerate(spoken)),
                          _NOT_CONTENT)
    negated = bool(_NEGATION.search(spoken))

    def backing(passage_text: str) -> tuple[frozenset[str], ...]:
        return _backing_clauses(passage_text, words, negated)

    found = restated_unplainly(words, hedged, passages, backing, _RESTATES)
    if found is None or _restates_a_plain_clause_more(words, found[1], passages, negated):
        return []
    shown, clause = found
    return [Finding(offset, f"this sentence states as fact what its cited passages give only as probable or "
                            f"possible ('{shown}': '{clause}'): {clipped(text)}",
                    f"keep the source's '{shown}', or cite a passage that states it plainly")]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _hedged(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Return each likelihood word of a passage, the clause it doubts, and that clause's content words."""
    found = []
    for match in _LIKELY.finditer(text) if may_hold(text, _LIKELY_RUNS) else ():
        start, end = clause_start(text, match.start(), _CLAUSE_BREAK), clause_end(text, match.end(), _CLAUSE_BREAK)
        clause = text[start:end]
        found.append((" ".join(match.group().split()), " ".join(clause.split()), content_words(clause, _NOT_CONTENT)))
    return tuple(found)


def _restates_a_plain_clause_more(words: frozenset[str], clause: str, passages: list[Cited], negated: bool) -> bool:
    """Say whether the sentence shares as many words with a plain clause of its passages as with the doubted one:
    "Calvania has not challenged Doravia's countermeasures" restates "which Calvania has not challenged", not "The
    panel appears to lack jurisdiction over Doravia's countermeasures" before it."""
    doubted = len(words & content_words(clause, _NOT_CONTENT))
    return any(len(words & plain) >= doubted for passage in passages
               for plain in _backing_clauses(passage.text, words, negated))


# A plain clause backs a sentence only where it tells the same thing: not where it denies it ("the leak was not
# confirmed until the following morning", the other side's answer to "may have been detected on 26 September"), nor
# where all it shares is when ("flagged a pressure drop late on 26 September"): factcheck_115. A clause ends at a
# joint of two, "flagged a pressure drop ... but that the leak was not confirmed".
_NEGATION = patterns.compile(r"(?<!\w)(?:not|never|no|denied|denies|deny|pas|jamais|nunca|nicht|kein\w*|niet|geen"
                             r"|nooit)(?!\w)"
                             r"|n['’]t(?!\w)", re.IGNORECASE)
# "and" before a modal joins a hedged act to a plain one, which it does not hedge: "the cut will cost ... 35 million euros
# ... and could put 600 jobs at risk" states the cost plainly (tests/test_factcheck_174.py)
_JOINT = patterns.compile(r"(?<!\w)(?:but|whereas|although|though|mais|pero|sino|aber|maar|terwijl|hoewel"
                          r"|and(?=\s+(?:could|may|might|can)\s))(?!\w)", re.IGNORECASE)
_MONTHS = frozenset("january february march april june july august september october november december janvier "
                    "février mars avril juin juillet août septembre octobre novembre décembre enero febrero marzo "
                    "abril mayo junio julio agosto septiembre octubre noviembre diciembre januar februar märz juni "
                    "juli oktober dezember januari februari maart mei augustus".split())


def _backing_clauses(text: str, words: frozenset[str], negated: bool) -> tuple[frozenset[str], ...]:
    """Return the content words of each plain clause of a passage that may back a sentence of `words`: one sharing
    a word with it besides a date's, negated only where the sentence is."""
    return tuple(clause for clause, denies in _plain_joined_clauses(text)
                 if (negated or not denies) and any(not (word[0].isdigit() or word in _MONTHS)
                                                    for word in clause & words))


@functools.lru_cache(maxsize=1 << 12)
def _plain_joined_clauses(text: str) -> tuple[tuple[frozenset[str], bool], ...]:
    """Return the content words of each clause of a passage that holds no likelihood word, split at its joints too
    ("but"), and whether it is negated."""
    return tuple((content_words(clause, _NOT_CONTENT), bool(_NEGATION.search(clause)))
                 for whole in _CLAUSE_BREAK.split(text) for clause in _JOINT.split(whole)
                 if clause.strip() and not _KEPT.search(clause))
