"""A German sentence giving a party's word to another party by a verb of german_reporting_verbs ("warnt",
"befürchtet", "spricht von", "hat Bedenken"): "Die Sparbank warnt, bis zu 600 Stellen könnten wegfallen" citing
"Durch die Fusion könnten bis zu 600 Stellen wegfallen, erklärte die Betriebsratsvorsitzende Sabine Krüger."

Those verbs say whose word a sentence states (attribution.says_whose_word), so the checks that read a party's word
told as fact pass it; the speaker checks read only the locale's `according_to` ("sagte", "erklärte"). Here the clause
holding the verb names the party it gives the word to; where no cited passage names that party, and the passage's
sentence the sentence restates (two shared words of five letters or more) names another, it is refused
(tests/test_newuser_133.py).

So is a person named by a word no cited passage holds, right before such a verb in the singular and after no article
("Reinholz warnte, bis zu 600 Stellen könnten wegfallen" of the works council's passage), where the passage's sentence
it restates says whose word it gives ("erklärte", "sagte"): a plural noun ("Kritiker warnen"), or one after an article
("Die Banken warnen"), is no name and is not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, says_whose_word, unquoted
from .german_reporting_verbs import reporting_verb
from .neutral_backing import named_parties
from .sentences import folded_word, split_sentences

_CLAUSE_STOP = patterns.compile(r"[,;:–—]")
_WORD = patterns.compile(r"[^\W\d_]+")


def reporter_swapped_de(text: str, passages: list[Cited], offset: int, language: str,
                        parties: tuple) -> list[Finding]:
    """Return a finding when a German sentence gives, by a verb of warning, fearing or speaking of, words its cited
    passages give to one party to another party they do not name."""
    if not language.startswith("de") or not parties or not (verb := reporting_verb(unquoted(text))):
        return []
    spoken = _long_words(unquoted(text))
    told = named_parties(_clause_around(unquoted(text), verb.start()), parties)
    if not told:
        return _unnamed_person(text, passages, offset, language, parties, spoken)
    if any(set(told) & set(named_parties(passage.text, parties)) for passage in passages):
        return []
    for passage in passages:
        for sentence in split_sentences(passage.text, passage.language or language):
            given = named_parties(sentence.text, parties)
            if given and len(spoken & _long_words(sentence.text)) >= 2:
                whom, whose = next(iter(told.values())), next(iter(given.values()))
                return [Finding(offset, f"this sentence gives the words to {whom}, but its cited passages give them "
                                        f"to {whose}: {clipped(text)}",
                                f"give them to {whose}, as the source does, or cite the passage that gives them to "
                                f"{whom}")]
    return []


# A name right before a verb of german_reporting_verbs in the singular, after no article: "Reinholz warnte"
_NAME_SAYS = patterns.compile(
    r"(?<![\w-])(?<!der\s)(?<!die\s)(?<!das\s)(?<!den\s)(?<!dem\s)(?<!des\s)(?<!ein\s)(?<!eine\s)"
    r"(?-i:(?P<name>[A-ZÄÖÜ][a-zäöüß]{3,}))\s+(?:warnt|warnte|befürchtet|befürchtete|fürchtet|fürchtete|äußert"
    r"|äußerte|kritisiert|kritisierte|schätzt|schätzte|meint|meinte|glaubt|glaubte|bezweifelt|bezweifelte"
    r"|bestreitet|bestritt|spricht|sprach)(?!\w)", re.IGNORECASE)


def _unnamed_person(text: str, passages: list[Cited], offset: int, language: str, parties: tuple,
                    spoken: set[str]) -> list[Finding]:
    """Return a finding when a sentence gives, by a name before a verb of warning or speaking of, words to a person
    no cited passage names, where the passage's sentence it restates gives them as someone's word."""
    said = _NAME_SAYS.search(unquoted(text))
    if said is None or named_parties(said["name"], parties):
        return []
    name = folded_word(said["name"])
    if any(_holds(passage.text, name) for passage in passages):
        return []
    for passage in passages:
        for sentence in split_sentences(passage.text, passage.language or language):
            if len(spoken & _long_words(sentence.text)) >= 2 and says_whose_word(sentence.text):
                return [Finding(offset, f"this sentence gives the words to {said['name']}, whom its cited passages "
                                        f"do not name: {clipped(text)}",
                                "give them to the speaker the source gives them to, or cite the passage that gives "
                                f"them to {said['name']}")]
    return []


def _holds(text: str, name: str) -> bool:
    """Say whether text holds a word that is a name or a compound starting with it ("Krügers")."""
    return any(folded_word(word).startswith(name) for word in _WORD.findall(text))


def _clause_around(text: str, at: int) -> str:
    """Return the clause of text (between commas, semicolons, colons or dashes) holding position `at`."""
    start = max((stop.end() for stop in _CLAUSE_STOP.finditer(text, 0, at)), default=0)
    end = _CLAUSE_STOP.search(text, at)
    return text[start:end.start() if end else len(text)]


def _long_words(text: str) -> set[str]:
    """Return the folded words of five letters or more of text."""
    return {folded_word(word) for word in _WORD.findall(text) if len(word) >= 5}
