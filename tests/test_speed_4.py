"""The per-sentence checks' hot spots on a large microsite (benchmarks/synth.py), cut without changing a finding.

1. A pattern read in any case that starts with alternatives (forecasts.py's gate `sa(?:id|ys?)|told|warn|...`) is
   sieved by patterns._sieved: a look-ahead of its first characters is said first, as it was for a pattern starting
   with a look-behind. re's compiler gives such a pattern no first characters to skip ahead to (every letter has two
   cases), so the engine tried each alternative at every position of "The ministry said that the remote depot ...".
   The sieved pattern finds exactly what re's finds, on many sentences, including the letters a pattern read in any
   case matches loosely ("ſaid", "K" for "k", "İ"); a pattern starting with one letter ("doubt"), or read in its own
   case, or starting with digits is left as it is. The store's layout is 2, so that a store made before keeps no
   unsieved code for these patterns.
2. The synthetic microsite builds at every size: its prose said "commented that" and "remarked that" of a passage's
   "insisted that", which attribution.py refused as worded as fact ("A police chief commented that the remote
   refugee camp ..." of "insisted that the crowded crossing ..."); its prose verbs now each say whose word it is.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import re
import sys
from pathlib import Path

import explainer
from explainer import patterns
from explainer.attribution import Cited, dropped_attribution, says_whose_word

_SPEC = importlib.util.spec_from_file_location("benchmarks_synth", Path(__file__).parent.parent / "benchmarks" / "synth.py")
synth = sys.modules[_SPEC.name] = importlib.util.module_from_spec(_SPEC)  # its dataclasses look it up there
_SPEC.loader.exec_module(synth)

SENTENCES = (
    "The ministry said that the remote depot near Verimuvo with 5,500 people on the first day.",
    "A police chief insisted that the crowded crossing after Zepumagu with 79,000 people.",
    "Residents warned that the fragile pipeline along Pudukezo would close in March.",
    "THE ENVOY TOLD REPORTERS THE TALKS HAD FAILED.",
    "Observers ſaid the ceasefire held; the KELVIN scale reads 5 \u212a.",
    "\u0130stanbul officials estimated 40 people were hurt, according to the council.",
    "Le ministre a déclaré que la grève continuera, selon l'AFP.",
    "El sindicato afirmó que la huelga sigue; el gobierno dijo que no.",
    "Die Regierung sagte, der Streik werde am Montag enden.",
    "Exports tripled to 3,400 tonnes yesterday, the agency reported.",
    "Inflation remained unchanged at 3% in the second quarter.",
    "",
    "No one was hurt.",
    "If talks fail, the ministry may close the border at Plantgabababa.",
)


def _all_patterns() -> list[patterns.Pattern]:
    for module in pkgutil.iter_modules(explainer.__path__):
        try:
            importlib.import_module(f"explainer.{module.name}")
        except Exception:  # a module that needs what this test does not give: its patterns are read elsewhere
            continue
    found: dict[tuple, patterns.Pattern] = {}
    for name in list(vars(explainer)):
        module = getattr(explainer, name)
        for value in vars(module).values() if hasattr(module, "__dict__") else ():
            if isinstance(value, patterns.Pattern):
                found[value._key] = value
    return list(found.values())


def _sieved(pattern: str, flags: int) -> str | None:
    return patterns._sieved(pattern, flags, patterns._parser.parse(pattern, flags))


# 1. alternatives read in any case are sieved, and find what re finds
def test_a_pattern_read_in_any_case_starting_with_alternatives_looks_ahead_for_its_first_characters(kept_in):
    words = r"sa(?:id|ys?)|told|warn|estimat|insist|claim|dit|affirm|dijo|sagte|erklärte"
    assert _sieved(words, int(re.IGNORECASE)) == f"(?=[{patterns.first_chars(words, re.IGNORECASE)}])(?:{words})"
    sieved, plain = patterns.compile(words, re.IGNORECASE).compiled(), re.compile(words, re.IGNORECASE)
    assert sieved.pattern == words and sieved.flags == plain.flags
    for text in SENTENCES:
        assert [m.span() for m in sieved.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert sieved.search("Observers ſaid") and sieved.search("WARNED") and not sieved.search("The depot is closed.")


def test_a_pattern_starting_with_one_letter_in_its_own_case_or_with_digits_is_left_as_it_is():
    for pattern, flags in ((r"doubt", re.IGNORECASE), (r"nicht\s+$", re.IGNORECASE), (r"said|told", 0),
                           (r"(?:said|told)\s+\d+", 0), (r"\d+|\d+\.\d+", re.IGNORECASE),
                           (r"[0-9]+\s*(?:%|per\s?cent)", re.IGNORECASE), (r"(?i)said|told", 0)):
        assert _sieved(pattern, int(flags)) is None, pattern


def test_every_newly_sieved_pattern_of_the_checks_finds_what_re_finds():
    checked = 0
    for pattern in _all_patterns():
        source, flags = pattern._key
        if not isinstance(source, str) or not flags & re.IGNORECASE:
            continue
        parsed = patterns._parser.parse(source, flags)
        if not parsed.data or str(parsed.data[0][0]) in patterns._ZERO_WIDTH:
            continue
        sieved = _sieved(source, flags)
        if sieved is None:
            continue
        checked += 1
        made, plain = re.compile(sieved, flags), re.compile(source, flags)
        assert made.groupindex == plain.groupindex, source
        for text in SENTENCES:
            assert [(m.span(), m.groups()) for m in made.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], (source, text)
    assert checked > 100  # forecasts.py's, the number words', the months', ... (335 when this was written)


def test_the_store_of_code_made_before_the_sieve_is_a_miss():
    assert patterns._LAYOUT == "index-then-code-2"


# 2. the synthetic microsite's prose says whose word it is
def test_each_verb_of_the_synthetic_prose_says_whose_word_it_is():
    for verb in synth.PROSE_VERBS:
        assert says_whose_word(f"A police chief {verb} that the remote refugee camp after quietly."), verb
    assert "commented" not in synth.PROSE_VERBS and "remarked" not in synth.PROSE_VERBS
    assert len(synth.PROSE_VERBS) == len(synth.VERBS)  # as many choices: the random draws stay as they were


def test_a_prose_verb_of_a_passages_insisted_that_builds_and_a_bare_statement_does_not():
    passage = Cited("insisted that the crowded crossing after Zepumagu with 79,000 people", "en")
    for verb in ("noted", "stated", "said", "claimed", "insisted", "argued", "warned", "estimated", "recalled",
                 "reported"):
        honest = f"A police chief {verb} that the crowded crossing after Zepumagu held 79,000 people."
        assert dropped_attribution(honest, [passage]) == [], verb
    assert dropped_attribution("The crowded crossing after Zepumagu held 79,000 people.", [passage])
