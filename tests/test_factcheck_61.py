"""A sixty-first fact-check: a party's word about its own deed, told as fact, in French, Spanish and German.

"Northland captured the city" citing "Northland said it had captured the city" is refused in English
(test_factcheck_47): the party's word of itself ("said it had ...", "denied using ...") counts the party as a word
the sentence restates. The same slip built in French, Spanish and German ("Northland a pris la ville" citing
"Northland a affirmé avoir pris la ville"): explainer/party_word.py read what a party says of itself by English words
only, and the German locale did not read "erklärte" as a verb of saying. Now the perfect infinitive after a verb of
saying ("affirmé avoir pris", "afirmó haber tomado"), "qu'il avait", "que había", and German's reported "es habe",
"dass es" are read as the party telling of itself, and "erklärte" and "behauptete" name a speaker in German. A
sentence saying whose word it is still builds.

Each sentence is checked in a one-sentence briefing in its language, as `check` reads it (built-in locale).
"""

from __future__ import annotations

import pytest

from support import Sentence, SentencesChecked, assert_summary_outcome, minimal_project

PARTIES = "  - {id: north, name: Northland, role: side}\n  - {id: south, name: Southland, role: side}\n"
WORD = "this sentence states as fact what its cited passages give only as the word of Northland"

CASES = [
    # (language, passage, sentence, outcome)
    ("fr", "Northland a affirmé avoir pris la ville.", "Northland a pris la ville.", WORD),
    ("fr", "Northland a affirmé qu'il avait pris la ville.", "Northland a pris la ville.", WORD),
    ("es", "Northland afirmó haber tomado la ciudad.", "Northland tomó la ciudad.", WORD),
    ("es", "Northland dijo que había tomado la ciudad.", "Northland tomó la ciudad.", WORD),
    ("de", "Northland erklärte, es habe die Stadt eingenommen.", "Northland hat die Stadt eingenommen.", WORD),
    ("de", "Northland behauptete, dass es die Stadt eingenommen habe.", "Northland hat die Stadt eingenommen.", WORD),
    # honest: whose word it is, said
    ("fr", "Northland a affirmé avoir pris la ville.", "Selon Northland, il a pris la ville.", "ok"),
    ("es", "Northland afirmó haber tomado la ciudad.", "Northland afirmó haber tomado la ciudad.", "ok"),
    ("de", "Northland erklärte, es habe die Stadt eingenommen.", "Laut Northland hat es die Stadt eingenommen.", "ok"),
    ("de", "Northland hat die Stadt eingenommen.", "Northland hat die Stadt eingenommen.", "ok"),
]


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    root = minimal_project(tmp_path_factory.mktemp("factcheck61") / "project")
    return SentencesChecked(root, [Sentence(passage, sentence, PARTIES, language=language)
                                   for language, passage, sentence, _ in CASES])


@pytest.mark.parametrize("language, passage, sentence, outcome", CASES,
                         ids=[f"{case[0]}-{number}" for number, case in enumerate(CASES)])
def test_a_partys_word_of_its_own_deed_told_as_fact_is_refused_in_other_languages(checked, language, passage,
                                                                                  sentence, outcome):
    assert_summary_outcome(checked(passage, sentence, PARTIES, language=language), outcome)
