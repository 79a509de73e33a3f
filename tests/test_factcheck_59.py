"""A fifty-ninth fact-check: a quotation's cut that leaves its negation out.

'The minister said "we will … negotiate"' citing '"We will not negotiate while the shelling continues."' built: each
piece of the quotation is in the passage, in order, and the cut ("…") took out the one word that made it a refusal.
explainer/cut_negations.py refused a quotation starting right after a negation, and a cut joining a negated clause to
the next; now a quotation with no negation of its own, whose cut skips words holding one in every passage giving its
pieces, is refused too, naming the word left out. A cut over an aside set off by commas or dashes ('"the talks …
will resume"' of '"the talks, which did not include Southland, will resume"') still builds, as does a cut keeping
the negation.

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
