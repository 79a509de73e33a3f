"""A quote of a quote: words the source has one speaker quote from another, given as the first one's own.

'Dev Okafor said Karl Ostrom had told him the port "will never reopen"' gives the words to Ostrom, whom Okafor quotes;
'Dev Okafor said the port "will never reopen"' keeps every word and names a speaker the passage names, and still
puts Ostrom's words in Okafor's mouth. The words' speaker in a source is the subject of the last reporting word
before them in their sentence, quoted or not ('Okafor said: "Ostrom told me the port will never reopen"'), named by
its own naming words, those of the speakers before it set apart ("Dev Okafor said Karl Ostrom had told him" names
Ostrom); the others the sentence names (before the words, or after them: '"...," said Okafor') quote that one. Only
a speaker named in person or by side is read: words given to "a minister" or "he" are left to a reviewer.
"""

from __future__ import annotations

import bisect
import functools
import re

from . import patterns
from .attribution import Cited, Finding, quoted_parts
from .numbers import read_by_language
from .owners import is_named
from .sentences import Sentence, split_sentences
from .speakers import naming_words, parties_of, reporting_subjects, reports, shown, speakers_in

Parties = tuple[tuple[str, frozenset[str]], ...]
# A break between a reporting word and the words after it that may make them another clause's, another speaker's.
_CLAUSE_BREAK = patterns.compile(r";|,\s+(?:and|but|while|whereas)\s")
_CUT = patterns.compile(r"…|\.\.\.|\[…\]")


def quoted_speakers(sentence: str, at: int) -> tuple[str, frozenset[str], frozenset[str], bool] | None:
    """Return, for words at `at` of a sentence, the speaker the sentence gives them to (its words, its own naming
    words), the naming words of the other speakers it names, and whether one of those quotes that one (its reporting
    word before the speaker's in one clause, or after the words: '"...," said Okafor'); None where the sentence names
    no speaker of them or no other."""
    subjects = reporting_subjects(sentence)
    verbs = subjects[:bisect.bisect_left(subjects, (at,))]  # those before `at`: found by halving, once a quotation
    if not verbs or _CLAUSE_BREAK.search(sentence, verbs[-1][0], at):
        return None  # 'Okafor said: "Ostrom told me nothing, and the port will never reopen"': whose is not plain
    _, words, names = verbs[-1]
    first = _first_named(sentence)  # a name no verb before the last names is its own, looked up, not unioned again
    own = frozenset(name for name in names if first[name] == len(verbs) - 1)
    if not own:
        return None
    outer = frozenset().union(*(n for _, _, n in verbs[:-1]), *(n for _, _, n in speakers_in(sentence)))
    quoting = outer - own
    if not quoting:
        return None
    tokens = words.split()  # "Dev Okafor said Karl Ostrom had" is shown from Karl
    first = next((i for i, token in enumerate(tokens) if naming_words(token) & own), 0)
    inner = verbs[-1][0]
    # a break after the last verb before the inner one is after every earlier one too: only the last is read
    nested = ((len(verbs) > 1 and not _CLAUSE_BREAK.search(sentence, verbs[-2][0], inner))
              or any(place > at for place, _, _ in speakers_in(sentence)))
    return " ".join(tokens[first:]), own, quoting, nested


@read_by_language
@functools.lru_cache(maxsize=256)
def _first_named(sentence: str) -> dict[str, int]:
    """Return each naming word of a sentence's reporting words' subjects with the first of them that names it."""
    first: dict[str, int] = {}
    for index, (_, _, names) in enumerate(reporting_subjects(sentence)):
        for name in names:
            first.setdefault(name, index)
    return first


def _names_one(names: frozenset[str], others: frozenset[str], parties: Parties) -> bool:
    """Say whether a speaker's naming words name the speaker of `others`: a word in common, or a party."""
    return (any(is_named(name, others) for name in names)
            or bool(parties_of(names, parties) & parties_of(others, parties)))


def quoted_as_own(text: str, passages: list[Cited], offset: int = 0, parties: Parties = ()) -> list[Finding]:
    """Return a finding for each quotation of text whose speaker, as text names it, is in every cited passage holding
    those words one who quotes them from another speaker the passage names."""
    quotes = quoted_parts(text)
    if not quotes or not reports(text):
        return []  # most sentences quote no one: found without reading their passages
    given = speakers_in(text)
    findings = []
    for start, end in quotes:
        speaker = _speaker_of(given, start)
        if speaker is None:
            continue
        wrong = [found for passage in passages if (found := _quoted_in(text[start:end], passage)) is not None]
        if wrong and all(found and not _names_one(speaker[2], found[1], parties)
                         and _names_one(speaker[2], found[2], parties) for found in wrong):
            inner, named = shown(wrong[0][0]), shown(speaker[1])
            how = f"whom {named} quotes" if wrong[0][3] else f"not to {named}"
            findings.append(Finding(offset + start, f'this sentence gives the words "{text[start:end]}" to {named}, '
                                                    f"but its cited passages give them to {inner}, {how}",
                                    f"give them to {inner}, or say whom they quote, as the source does"))
    return findings


def _speaker_of(given, at: int):
    """Return the speaker (place, words, names) a sentence gives the words at `at` to: the last named before them,
    or else the first after ('"...," said Okafor')."""
    before = [speaker for speaker in given if speaker[0] < at]
    after = [speaker for speaker in given if speaker[0] >= at]
    return before[-1] if before else (after[0] if after else None)


def _quoted_in(words: str, passage: Cited):
    """Return quoted_speakers for the first place a passage holds `words` (its first piece before a cut); () where it
    holds them and names no one quoting; None where it does not hold them."""
    piece = _CUT.split(words)[0]
    tokens = re.findall(r"\w+", piece)
    if not tokens:
        return None
    found = re.search(r"\W+".join(map(re.escape, tokens)), passage.text, re.IGNORECASE)
    if found is None:
        return None
    for sentence in _sentences(passage.text, passage.language):
        if sentence.start <= found.start() < sentence.end:
            return quoted_speakers(sentence.text, found.start() - sentence.start) or ()
    return ()


@read_by_language
@functools.lru_cache(maxsize=8)  # a passage is looked in for each quotation of a sentence: 2,000 of them split it 2,000 times
def _sentences(text: str, language: str) -> tuple[Sentence, ...]:
    """Return split_sentences of a passage, kept for the sentence's next quotation even where it is long."""
    return split_sentences(text, language)


def unquoted_speaker(speaker: str, holding: str, parties: Parties) -> str:
    """Return what is wrong with a quote's `speaker` where the source's sentences `holding` its words (blanked as
    " … ", see speakers.words_around) give them to another speaker whom the `speaker` quotes; or ""."""
    names = naming_words(speaker)
    at = holding.find(" … ")
    found = quoted_speakers(holding, at) if names and at >= 0 else None
    if found and not _names_one(names, found[1], parties) and _names_one(names, found[2], parties):
        how = f"whom {speaker} quotes, " if found[3] else ""
        return f"the source gives these words to {shown(found[0])}, {how}not to {speaker}"
    return ""


def quoted_as_own_in_item(text: str, passages: list[Cited], language: str, parties: Parties) -> list[Finding]:
    """Return quoted_as_own's findings for an item cited as a whole, sentence by sentence."""
    if not quoted_parts(text) or not reports(text):
        return []
    return [finding for sentence in split_sentences(text, language)
            for finding in quoted_as_own(sentence.text, passages, sentence.start, parties)]
