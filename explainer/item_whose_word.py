"""Whose word an item cited as a whole tells, and who said it, read sentence by sentence as a sentence with markers is
read (tests/test_factcheck_204.py).

A timeline event's `what` with its `cite` list was held to less than a summary's sentence with its marker:

- a party's figure told as fact: "31 ships were waiting to berth." citing "The operator said 31 ships were waiting to
  berth on Tuesday morning." (reported_figures.py, which the sentence's checks read and the item's did not);
- the same, beside a fact its own hedge qualifies: "About 2,400 dockworkers began a 48-hour strike; 31 ships were
  waiting to berth." The "About" hedges the 2,400 of its own clause, not the 31 of the next one: where the sentence
  says no one's word, each clause after a semicolon is read again on its own;
- words given to another speaker where a second passage is cited: "The union said 31 ships were waiting to berth."
  citing the walkout ("About 2,400 dockworkers ...") and the operator's "31 ships" passage. misattributed (speakers.py)
  lets any cited passage back the speaker; the figures the speaker is given are in one passage only, which is the one
  saying whose words they are: the sentence is read against the passages holding every figure it gives after the
  speaker, where those are some of the cited passages, not all, and no cited passage gives that speaker words of
  their own ("The union said the strike could be extended, with 31 ships waiting" citing the union's "could be
  extended" beside the operator's "31 ships" is the union's saying, left to misattributed).

Quoted words are read by speakers.py as before; a sentence naming no speaker, or more than one, or giving no figure
after its speaker, is left as it was.
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, in_english, says_whose_word, unquoted
from .reported_figures import reported_figure_as_fact
from .sentences import markers_blanked, split_sentences
from .speakers import misattributed, parties_of, speakers_in

# a figure as a sentence gives it: "31", "2,400", "4.5%" (a thousands comma or decimal point is no end)
_FIGURE = patterns.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d])|(?<![\w.,])\d+(?:\.\d+)?(?![\d,.]\d)")
_YEAR = patterns.compile(r"1[89]\d\d|20\d\d")
_CLAUSE_END = patterns.compile(r";")


def reported_figures_in_item(text: str, passages: list[Cited], language: str, parties: tuple,
                             neutral: tuple[str, ...] = ()) -> list[Finding]:
    """Return the sentences of an item cited as a whole that state as fact a figure its passages give only as a
    side's saying, each sentence named once: the whole sentence first, then each of its clauses set off by a
    semicolon, where the sentence says no one's word (a hedge of one clause is not the next one's). English only: a
    Portuguese item's figures are party_word.py's."""
    if not in_english(language):
        return []
    found = []
    for sentence in split_sentences(text, language):
        whole = reported_figure_as_fact(sentence.text, passages, sentence.start, language, parties, neutral)
        found.extend(whole or reported_figure_in_clauses(sentence.text, passages, sentence.start, language, parties, neutral))
    return found


def reported_figure_in_clauses(sentence: str, passages: list[Cited], offset: int, language: str, parties: tuple,
                               neutral: tuple[str, ...] = ()) -> list[Finding]:
    """Return reported_figure_as_fact's first finding of a clause of sentence, where it holds a semicolon and says no
    one's word anywhere (a saying in one clause may be meant for the next: left alone). English only."""
    if ";" not in sentence or not in_english(language) or says_whose_word(unquoted(markers_blanked(sentence))):
        return []
    start = 0
    for end in [match.start() for match in _CLAUSE_END.finditer(sentence)] + [len(sentence)]:
        clause = sentence[start:end]
        found = reported_figure_as_fact(clause, passages, offset + start, language, parties, neutral)
        if found:
            return found[:1]
        start = end + 1
    return []


def misattributed_by_figures(text: str, passages: list[Cited], language: str, parties: tuple) -> list[Finding]:
    """Return the sentences of an item cited as a whole that give a speaker figures which the cited passages holding
    them give to another: each such sentence read against those passages only, where they are some of the cited
    passages and not all (another passage naming the speaker does not make the figures theirs)."""
    return [finding for sentence in split_sentences(text, language)
            for finding in misattributed_by_own_figures(sentence.text, passages, sentence.start, parties)]


def misattributed_by_own_figures(sentence: str, passages: list[Cited], offset: int, parties: tuple) -> list[Finding]:
    """Return misattributed's findings of one sentence naming one speaker, read against the passages holding every
    figure it gives after the speaker (a sentence with its markers, as an item's)."""
    if len(passages) < 2:
        return []
    named = speakers_in(sentence, parties)
    if len(named) != 1:
        return []  # of two speakers, which said what is the passages' to say
    figures = _figures(unquoted(sentence)[named[0][0]:])
    if not figures or any(_gives_words_to(passage, named[0][2], parties) for passage in passages):
        return []  # "The union said the strike could be extended, with 31 ships waiting": the union's own saying
    holding = [passage for passage in passages if figures <= _figures(passage.text)]
    if not holding or len(holding) == len(passages):
        return []
    return misattributed(sentence, holding, offset, parties)


def _gives_words_to(passage: Cited, names: frozenset[str], parties: tuple) -> bool:
    """Say whether a passage gives words to the speaker `names` names (by a naming word or a party): then the
    speaker speaks in the cited passages, and which of their words the figures are is misattributed's to read."""
    own = parties_of(names, parties)
    return any(names & theirs or own & parties_of(theirs, parties)
               for _, _, theirs in speakers_in(passage.text, parties))


def _figures(text: str) -> frozenset[str]:
    """Return the figures of text but years, thousands commas dropped: "2,400" and "2400" are one figure."""
    return frozenset(figure.replace(",", "") for figure in _FIGURE.findall(text)
                     if not _YEAR.fullmatch(figure.replace(",", "")))

