"""Who said it, English leftovers of tests/test_newuser_110.py, tests/test_newuser_112.py and tests/test_newuser_115.py:

1. A passive's subject is no speaker: "Halvorsen's motion for a permanent injunction was denied by the court." citing
   "The court denied Halvorsen's motion for a permanent injunction." was refused as Halvorsen's motion's words given
   to the court (speakers.py reads "was/been/is ... denied" as no reporting word, as it reads "was accused").
2. A news agency's report in its own voice: "A final ruling is not expected before early 2027, according to the
   agency." citing the agency's "... The panel said its ruling ... did not decide the merits of the dispute. A final
   ruling is not expected before early 2027." was refused as the panel's words (unnamed_speakers.py: "the agency" may
   tell the passage's sentence that names no speaker, restated by three content words or more; "the commission" may
   not, nor may the agency be given the panel's own sentence).
3. A turn is its own speaker's clause: "Police put the figure at 3,000." citing "Organisers said 5,000 people
   marched, while police put the figure at 3,000." was refused as the organisers' estimate (figure_speakers.py cuts a
   sentence at ", while/but/whereas/though" before a speaker's verb; each clause is read with its own speaker, so
   "According to police, 5,000 people marched" is now refused too).
4. An unnamed voice's words given to the person quoted before it: "Helen Okafor says prices could rise by up to 6%"
   citing '... said its director, Helen Okafor. The group says that prices could rise by as much as 6% ...' built
   (unnamed_voice_words.py).
5. A role's owner: "Helen Okafor is the director of Dunmore Stores." citing "Shoppers' Voice ... said ... '...,' said
   its director, Helen Okafor." built (role_owners.py: "its" is the party named last before it, outside quotes).
6. A count's owner: "31 of the 92 stores offered are Harlow Foods stores." citing "Of the 92 stores we have offered to
   sell, only 31 are Brightmart stores" built, both names one party (owned_counts.py).

Each with honest twins that must build.
"""

from __future__ import annotations

import pytest

from support import sentence_findings
import test_newuser_110 as fishing
import test_newuser_112 as patent
import test_newuser_115 as merger

OKAFOR = merger.N("said its director, Helen Okafor")
MEHTA = merger.N("Raj Mehta")
ASHDOWN = merger.J("only 31 are Brightmart")


def findings(sentence: str, passage: str, parties=()) -> list[str]:
    """Return the build's findings of an English sentence citing one passage."""
    return sentence_findings(sentence, (passage,), "en", parties)


def refused(found_here: list[str], words: str) -> bool:
    """Say whether a finding holds `words`."""
    return any(words in finding for finding in found_here)


# 1. A passive's subject is no speaker
@pytest.mark.parametrize("sentence", [
    "Halvorsen's motion for a permanent injunction was denied by the court.",
    "Halvorsen's motion for a permanent injunction has been denied by the court.",
    "Halvorsen's request for an injunction was denied.",
    "Halvorsen's bid for a permanent injunction was denied by Judge Marsh.",
    "Halvorsen was denied an injunction by the court.",
    "An injunction was denied to Halvorsen.",
    "The court denied Halvorsen's motion for a permanent injunction.",
])
def test_a_motion_denied_by_the_court_builds(sentence: str):
    assert patent.found(sentence, patent.INJ) == []


@pytest.mark.parametrize("sentence, words", [
    ("Halvorsen's motion for a permanent injunction was granted by the court.", "'granted'"),
    ("Brightwell's motion for a permanent injunction was denied by the court.", "names Brightwell"),
])
def test_a_motion_misstated_in_the_passive_is_refused(sentence: str, words: str):
    assert refused(patent.found(sentence, patent.INJ), words)


# 2. A news agency's report in its own voice
@pytest.mark.parametrize("sentence", [
    "A final ruling is not expected before early 2027, according to the agency.",
    "According to the agency, a final ruling is not expected before early 2027.",
    "A final ruling is not expected before early 2027, the agency reported.",
    "The agency reported that a final ruling is not expected before early 2027.",
    "The agency says a final ruling is not expected before early 2027.",
    "A final ruling is not due before early 2027, according to the agency.",
])
def test_the_agencys_own_words_build(sentence: str):
    assert fishing.found("A_BOND", sentence) == []


@pytest.mark.parametrize("sentence", [
    "According to the commission, a final ruling is not expected before early 2027.",
    "The agency said the panel's ruling did not decide the merits of the dispute.",
])
def test_another_bodys_word_or_the_panels_sentence_is_refused(sentence: str):
    assert refused(fishing.found("A_BOND", sentence), "gives the words to")


# 3. A turn is its own speaker's clause
MARCH = "Organisers said 5,000 people marched, while police put the figure at 3,000."
TURNED = ("Organisers said 5,000 people marched, but police estimated the crowd at 3,000.",
          "Organisers put the turnout at 5,000, whereas the police counted 3,000.")


@pytest.mark.parametrize("passage", [MARCH, *TURNED])
@pytest.mark.parametrize("sentence", [
    "Police put the figure at 3,000.", "Police estimated the crowd at 3,000.",
    "Police put the number of marchers at 3,000.", "Police counted 3,000 marchers.",
    "Police estimate that 3,000 people marched.", "According to police, 3,000 people marched.",
    "Organisers said 5,000 people marched.",
])
def test_each_speaker_given_its_own_count_in_a_turn_builds(sentence: str, passage: str):
    assert findings(sentence, passage) == []


@pytest.mark.parametrize("passage", [MARCH, *TURNED])
@pytest.mark.parametrize("sentence", [
    "Police put the figure at 5,000.", "Organisers put the figure at 3,000.",
    "According to police, 5,000 people marched.", "According to the organisers, 3,000 people marched.",
])
def test_a_count_swapped_across_a_turn_is_refused(sentence: str, passage: str):
    assert refused(findings(sentence, passage), "as the word of")


# 4. An unnamed voice's words given to the person quoted before it
VOICE = "but its cited passages give them to 'The group'"


@pytest.mark.parametrize("sentence", [
    "Helen Okafor says prices could rise by up to 6%.",
    "Helen Okafor said prices could rise by as much as 6% in areas where the merged business faces little competition.",
    "Shoppers' Voice director Helen Okafor says prices could rise by up to 6%.",
])
def test_the_groups_words_given_to_its_director_are_refused(sentence: str):
    assert refused(merger.found(sentence, merger.N("said its director, Helen Okafor")), VOICE)


@pytest.mark.parametrize("sentence", [
    "Shoppers' Voice says prices could rise by up to 6%.",
    "The group says prices could rise by up to 6%.",
    "The consumer group says prices could rise by as much as 6%.",
    "Okafor's group says prices could rise by as much as 6%.",
    "Helen Okafor said no number of store sales can make up for losing a real competitor.",
    "According to Shoppers' Voice, prices could rise by up to 6%, though it has not published how it reached that "
    "figure.",
])
def test_the_groups_words_told_as_its_own_build(sentence: str):
    assert merger.found(sentence, OKAFOR) == []


@pytest.mark.parametrize("passage", [
    '"We will fight this," said its director, Helen Okafor. The director says that prices could rise by 6%.',
    '"We will fight this," said Helen Okafor. She says that prices could rise by 6%.',
    'Helen Okafor said the deal was bad. Okafor says that prices could rise by 6%.',
])
def test_a_voice_that_may_be_the_person_builds(passage: str):
    assert not refused(findings("Helen Okafor says prices could rise by 6%.", passage, merger.PARTIES), "not to")


# 5. A role's owner
@pytest.mark.parametrize("sentence, passage", [
    ("Helen Okafor is the director of Dunmore Stores.", OKAFOR),
    ("Helen Okafor is Dunmore Stores' director.", OKAFOR),
    ("Helen Okafor was the director of Dunmore Stores.", OKAFOR),
    ("Raj Mehta is the chief executive of Shoppers' Voice.", MEHTA),
    ("Raj Mehta is the chief executive of Harlow Foods.", MEHTA),
])
def test_a_role_of_another_party_is_refused(sentence: str, passage: str):
    assert refused(merger.found(sentence, passage), "but its cited passages give them that role of")


@pytest.mark.parametrize("sentence, passage", [
    ("Helen Okafor is the director of Shoppers' Voice.", OKAFOR),
    ("Helen Okafor is Shoppers' Voice's director.", OKAFOR),
    ("Helen Okafor is the director of the consumer group.", OKAFOR),
    ("Helen Okafor is the director of the group.", OKAFOR),
    ("Helen Okafor is a director of Shoppers' Voice.", OKAFOR),
    ("Helen Okafor, director of Shoppers' Voice, wants the deal blocked.", OKAFOR),
    ("Raj Mehta is the chief executive of Dunmore Stores.", MEHTA),
    ("Raj Mehta is chief executive of Dunmore Stores.", MEHTA),
    ("Raj Mehta is Dunmore's chief executive.", MEHTA),
])
def test_a_role_of_the_passages_owner_builds(sentence: str, passage: str):
    assert merger.found(sentence, passage) == []


# 6. A count's owner
@pytest.mark.parametrize("sentence", [
    "31 of the 92 stores offered are Harlow Foods stores.",
    "Of the 92 stores offered, 31 are Harlow Foods stores.",
    "Only 31 of the stores offered were Harlow Foods stores.",
])
def test_a_count_given_to_another_owner_is_refused(sentence: str):
    assert refused(merger.found(sentence, ASHDOWN), "stores to Harlow Foods, but its cited passages give them to "
                                                    "Brightmart")


@pytest.mark.parametrize("sentence", [
    "31 of the 92 stores offered are Brightmart stores.",
    "Of the 92 stores offered, 31 are Brightmart stores.",
    "Only 31 of the 92 stores on offer are Brightmart stores, the companies say.",
    "Of the 92 stores the companies have offered to sell, 31 are Brightmart stores.",
    "The companies say only 31 of the 92 stores offered are Brightmart-branded stores.",
    "The companies say 31 of the 92 stores are Brightmart's stores.",
    "Tom Ashdown said only 31 of the 92 stores are Brightmart stores.",
    "The companies have offered to sell 92 stores; 31 are Brightmart stores.",
])
def test_a_count_given_to_its_owner_builds(sentence: str):
    assert merger.found(sentence, ASHDOWN) == []


@pytest.mark.parametrize("sentence, passage", [
    ("Raj Mehta is the chief executive of Dunmore Stores.",
     "Dunmore Stores welcomed the report by Shoppers' Voice. Its chief executive, Raj Mehta, said it was fair."),
    ("Helen Okafor is the director of Shoppers' Voice.",
     "Shoppers' Voice welcomed the report. \"It is a start,\" said its director, Helen Okafor."),
    ("Helen Okafor is the director of Shoppers' Voice.",
     "Helen Okafor, its director, said the group would fight. Shoppers' Voice has 40,000 members."),
])
def test_a_role_whose_owner_the_passage_leaves_open_or_names_builds(sentence: str, passage: str):
    assert not refused(findings(sentence, passage, merger.PARTIES), "that role of")
