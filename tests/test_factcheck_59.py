"""A fifty-ninth fact-check: a quoted negation left out, by a cut or by a paraphrase of words after a colon.

'The minister said "we will … negotiate"' citing '"We will not negotiate while the shelling continues."' built: each
piece of the quotation is in the passage, in order, and the cut ("…") took out the one word that made it a refusal.
explainer/cut_negations.py refused a quotation starting right after a negation, and a cut joining a negated clause to
the next; now a quotation with no negation of its own, whose cut skips words holding one in every passage giving its
pieces, is refused too, naming the word left out. A cut over an aside set off by commas or dashes ('"the talks …
will resume"' of '"the talks, which did not include Southland, will resume"') still builds, as does a cut keeping
the negation.

'Northland said it would negotiate.' citing 'Northland said: "We will not negotiate."' built too, while the same
passage without its colon ('Northland said "we will not negotiate"') was refused: explainer/polarity.py reads a text
clause by clause, split at a colon, and a clause restates another only where the two share two content words; the
quoted clause "We will not negotiate" holds one. Now the words after a colon that ends a clause with a verb of saying
("said:", "told reporters:") are read with their speaker's, as without the colon.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))
SAID = ('Northland\'s foreign minister said: "We will not negotiate while the shelling continues. We want peace, '
        'but not at any price."')
TALKS = 'Southland\'s envoy said: "The talks, which did not include Northland, will resume on Monday."'
BAN = 'The court said: "The law does not ban protests outright; it bans them near schools."'
CUT_OUT = "this quotation's cut leaves out the"

MISSTATED = {
    "not-cut-out": ('The minister said "we will … negotiate".', SAID, "'not'"),
    "but-not-cut-out": ('The minister said "we want peace … at any price".', SAID, "'not'"),
    "bracketed-cut": ('The court said "the law […] ban protests outright".', BAN, "'not'"),
    "three-dots": ('The court said the law "does … ban protests outright".', BAN, "'not'"),
}


@pytest.mark.parametrize("sentence, passage, word", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_cut_that_leaves_out_the_negation_is_refused(sentence: str, passage: str, word: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"{CUT_OUT} {word}") for message in found), found


HONEST = {
    "negation-kept": ('The court said "the law does not … ban protests outright".',
                      'The court said: "The law does not, as its critics say, ban protests outright."'),
    "aside-cut": ('Southland\'s envoy said "the talks … will resume on Monday".', TALKS),
    "no-negation-skipped": ('The minister said "we will not negotiate … We want peace".', SAID),
    "uncut": ('The court said "the law does not ban protests outright".', BAN),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_a_cut_keeping_the_meaning_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


PARAPHRASED = {
    "said-it-would": ("Northland said it would negotiate.", 'Northland said: "We will not negotiate."'),
    "agreed-to": ("Northland agreed to negotiate.", 'Northland said: "We will not negotiate."'),
    "told-reporters": ("Southland said the ceasefire was holding.",
                       'Southland\'s army chief told reporters: "The ceasefire is not holding."'),
}


@pytest.mark.parametrize("sentence, passage", PARAPHRASED.values(), ids=PARAPHRASED.keys())
def test_a_negation_quoted_after_a_colon_and_dropped_is_refused(sentence: str, passage: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith("this sentence drops the negation of its cited passage") for message in found), found


KEPT = {
    "kept": ("Northland said it would not negotiate.", 'Northland said: "We will not negotiate."'),
    "refused-to": ("Northland refused to negotiate.", 'Northland said: "We will not negotiate."'),
    "a-colon-after-a-noun": ("The court awarded less than a third of the claims.",
                             "The court rejected most of the claims: it awarded less than a third of them."),
}


@pytest.mark.parametrize("sentence, passage", KEPT.values(), ids=KEPT.keys())
def test_a_negation_quoted_after_a_colon_and_kept_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


SHORT = {
    "vote-delayed": ("The vote was delayed.", "The vote was not delayed."),
    "army-deployed": ("The army was deployed.", "The army was not deployed."),
    "deal-signed": ("The deal was signed.", "The deal was not signed."),
}


@pytest.mark.parametrize("sentence, passage", SHORT.values(), ids=SHORT.keys())
def test_a_negation_dropped_from_a_clause_of_one_long_word_is_refused(sentence: str, passage: str):
    """"The vote was delayed" citing "The vote was not delayed" built: a clause restated another only where the two
    shared a second word of five letters or more; now a negative clause whose one long word is its predicate
    restates a clause holding it and its short subject ("vote")."""
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith("this sentence drops the negation of its cited passage") for message in found), found


def test_another_subjects_deed_of_one_long_word_builds():
    assert sentence_findings("The count was delayed.", ("The vote was not delayed, but the count was.",), "en",
                             PARTIES) == []


@pytest.mark.parametrize("sentence, passage", [("The result was contested.", "The result was not contested."),
                                               ("The figures were disputed.", "The figures were not disputed.")])
def test_a_passives_negation_of_contested_or_disputed_dropped_is_refused(sentence: str, passage: str):
    """"The result was contested" citing "The result was not contested" built: "contested" and "disputed" negate by
    their meaning ("Labour disputed the figures" is "did not accept them"), and a clause holding one was left unread.
    A passive's participle says what was done, plainly: its "not" counts."""
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith("this sentence drops the negation of its cited passage") for message in found), found
    assert sentence_findings(passage, (passage,), "en", PARTIES) == []
