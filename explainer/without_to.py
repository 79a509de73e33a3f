"""A German deed done "ohne zu" (without doing it) told done: "Die Kunden zahlten für die Fahrt." may not cite "Die
Kunden fuhren ohne zu zahlen."

polarity.py reads "ohne" as negating its clause, "ohne zu zahlen", and compares words by their first five letters:
"zahlten" ("zahlt") and "zahlen" ("zahle") were none the same, and the sentence built. German writes one deed in forms
that share only the infinitive's stem ("zahlen": "zahlt", "zahlten", "gezahlt"; "abschließen": "abgeschlossen",
"schloss ... ab"), which german_plans.py reads (german_verbs.py for strong verbs). A sentence telling done the verb
a passage's "ohne ... zu" negates ("ohne zu zahlen", "ohne die Fahrt zu bezahlen", "ohne abzuschließen"), naming
another word of that passage's sentence, is refused where it holds no negation of its own ("nicht", "kein", "ohne")
and no cited passage tells the deed done outside such a clause (tests/test_factcheck_104.py).
"""

from __future__ import annotations

import functools

from . import patterns
from .attribution import Cited, Finding, quoted_parts
from .german_plans import Plan, _content as content_words, _forms as done_forms, _told as told
from .sentences import inside, markers_blanked

_OHNE_ZU = patterns.compile(
    r"(?<!\w)(?<!nicht )ohne\s+(?:[^\W\d_]+\s+){0,6}?(?:zu\s+(?P<verb>[a-zäöüß]{4,}(?:en|ern|eln))"
    r"|(?P<glued>(?:zurück|weiter|zusammen|fort|fest|aus|auf|ab|an|ein|mit|vor|nach|bei)zu[a-zäöüß]{3,}en))(?!\w)")
_NEGATIONS = frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "ohne", "weder",
                        "nirgends", "niemand"})
_WORD = patterns.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _unpaid(text: str) -> tuple[tuple[Plan, str], ...]:
    """Return each deed a German passage's "ohne ... zu" negates, as a Plan of its forms told done and its sentence's
    words, and the passage with those clauses blanked."""
    if "ohne" not in text:
        return ()
    found, outside = [], text
    for match in _OHNE_ZU.finditer(text):
        verb = match["verb"] or match["glued"]
        done, apart = done_forms(verb)
        start = max(text.rfind(stop, 0, match.start()) for stop in ".;!?") + 1
        shown = " ".join(match.group().split())
        found.append(Plan(shown, done, apart, content_words(text[start:match.start()])))
        outside = outside[:match.start()] + " " * (match.end() - match.start()) + outside[match.end():]
    return tuple((plan, outside) for plan in found)


def dropped_without_to(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding when a German sentence tells done a deed its cited passages say was done without ("ohne zu
    zahlen")."""
    negated = [each for passage in passages for each in _unpaid(passage.text)]
    if not negated:
        return []  # most passages hold no "ohne ... zu": found without reading the sentence
    spoken = markers_blanked(text)
    if any(word.casefold() in _NEGATIONS for word in _WORD.findall(spoken)):
        return []
    quoted, own = quoted_parts(spoken), content_words(spoken)
    for plan, _ in negated:
        said = told(spoken, plan)
        if said is None or inside(quoted, said.start()) or not (own - {said.group().casefold()[:5]}) & plan.words:
            continue
        if any(told(outside, plan) for each in passages for _, outside in _unpaid(each.text) or ((None, each.text),)):
            continue  # a passage tells it done itself
        return [Finding(offset, f"this sentence drops the negation of its cited passage ('{plan.shown}'): "
                                f"\"{' '.join(text.split())[:160]}\"",
                        "keep the source's negation (or its absence), or cite the words that say what this says")]
    return []
