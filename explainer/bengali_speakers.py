"""Whose words, in Bengali: the speaker stands before its verb of saying ("করপোরেশন জানিয়েছে, ...", "মেয়র সাবরিনা
হক বলেন, ...") or, in the genitive, before "দাবি", "হিসাবে", "মতে" (according to: "ইউনিয়নের দাবি, ...",
"করপোরেশনের হিসাব অনুযায়ী, ...").

No Bengali speaker was read: "করপোরেশনের দাবি, প্রকৃত সংখ্যা প্রায় ৬০ হাজার" citing "ইউনিয়নের দাবি, ..." built, and
so did the union's count told as fact. Here the speaker is the words before the marker back to the clause's start
(a stop, a comma, a colon or a quotation mark), eight at most, and it names a party by a word of that party's alone
(arabic_speakers.own_words), with a case ending or none ("ইউনিয়নের", "করপোরেশনকে"). A sentence giving the words to a
party no cited passage gives them to, where one gives them to another, is refused (stem_comparisons.other_speaker);
and one restating, naming no speaker, what every passage it cites gives only as a party's word. Not read: a person
who is no party ("মেয়র সাবরিনা হক বলেন" citing "মাহমুদুল হাসান বলেন"), nor a speaker named before by "তিনি" (he).
"""

from __future__ import annotations

import functools

from . import bengali, patterns
from .arabic_party_word import word_restated
from .arabic_speakers import own_words
from .attribution import Cited, Finding, clipped
from .bengali_negations import WORD, polarities
from .sentences import split_sentences
from .stem_comparisons import other_speaker

_SAYING = patterns.compile(
    r"(?<=\s)(?:দাবি|হিসাবে|হিসাব\s+অনুযায়ী|হিসাব\s+অনুসারে|মতে|ভাষ্যমতে|ভাষ্য|বক্তব্য|বলেন|বলেছেন|বলছেন|বলছে|বলেছে"
    r"|জানান|জানায়|জানিয়েছে|জানিয়েছেন|অভিযোগ\s+করেন|অভিযোগ\s+করেছে|দাবি\s+করেন|দাবি\s+করেছে|মনে\s+করেন|মনে\s+করে)"
    rf"(?![\w{bengali.MARKS}])")
_CLAUSE_START = patterns.compile(r"[,;:।?!“”\"‘’\n]")
_MOST_WORDS, _WINDOW = 8, 160
# Case endings a name takes ("ইউনিয়নের", "করপোরেশনকে", "করপোরেশনও"), longest first.
_ENDINGS = ("দের", "ের", "এর", "কে", "র", "ও", "ই")


def bengali_speakers(text: str, parties: tuple) -> list[tuple[int, str, frozenset]]:
    """Return each speaker text names before a Bengali verb of saying or "দাবি": where, its words, and the ids of the
    parties a word of it names."""
    own = own_words(parties)
    found = []
    for marker in _SAYING.finditer(text):
        start = max(0, marker.start() - _WINDOW)
        for mark in _CLAUSE_START.finditer(text, start, marker.start()):
            start = mark.end()
        words = WORD.findall(text, start, marker.start())[-_MOST_WORDS:]
        named = frozenset(party for word in words for party, mine in own if _names(word, mine))
        if words:
            found.append((text.index(words[0], start), " ".join(words), named))
    return found


def _names(word: str, mine: frozenset[str]) -> bool:
    """Say whether a word is one of a party's, as written or with a case ending."""
    return word in mine or any(word.endswith(ending) and word[:-len(ending)] in mine for ending in _ENDINGS)


def misattributed_in_bengali(text: str, passages: list[Cited], offset: int = 0, parties: tuple = ()) -> list[Finding]:
    """Return a finding where a Bengali sentence gives words to a party that no cited passage gives them to, where a
    passage gives them to another party."""
    if text.isascii() or not bengali.writes_bengali(text) or _SAYING.search(text) is None:
        return []
    return (other_speaker(lambda said, _: [one for one in bengali_speakers(said, parties) if one[2]], text, passages,
                          offset, parties) or _other_person(text, passages, offset, parties))


# Words that name a speaker said before ("তিনি বলেন", he said; "তাঁর মতে"): the passage's speaker is not in its words.
_POINTING = frozenset({"তিনি", "তাঁর", "তার", "তাঁরা", "তারা", "তাঁদের", "তাদের", "সে", "এ", "এই", "ওই", "যিনি", "উনি",
                       "তবে", "এর", "আগে", "আরও", "এক", "একজন"})


def _other_person(text: str, passages: list[Cited], offset: int, parties: tuple) -> list[Finding]:
    """Return a finding where a Bengali sentence's speaker who is no party ("মাহমুদুল হাসান বলেন") shares no word with
    any speaker its cited passages name, none of them named before by "তিনি"."""
    own = [(at, words) for at, words, ids in bengali_speakers(text, parties) if not ids]
    theirs = [words for passage in passages
              for _, words, _ in (bengali_speakers(passage.text, parties) or bengali_speakers(passage.holding, parties))]
    if not own or not theirs or any(_POINTING & set(words.split()) for words in theirs):
        return []
    at, words = own[0]
    mine = {_stem(word) for word in words.split()} - _POINTING
    if mine and not any(mine & {_stem(word) for word in other.split()} for other in theirs):
        return [Finding(offset + at, f"this sentence gives the words to {words}, but its cited passages give them "
                                     f"to {theirs[0]}",
                        "name the speaker the source names, or cite the passage that gives the words to this one")]
    return []


def _stem(word: str) -> str:
    """Return a name's word without its case ending ("ইসলামের" is "ইসলাম")."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[:-len(ending)]
    return word


def party_word_as_fact_in_bengali(text: str, passages: list[Cited], offset: int = 0,
                                  parties: tuple = ()) -> list[Finding]:
    """Return a finding when a Bengali sentence naming no speaker restates what every cited passage gives only as a
    party's word."""
    if not parties or text.isascii() or not bengali.writes_bengali(text) or _SAYING.search(text) is not None:
        return []
    own = _content_words(text)
    named = frozenset(party for word in WORD.findall(text) for party, mine in own_words(parties) if _names(word, mine))
    # "ইউনিয়ন ... ধর্মঘট শুরু করবে" of its own "জানিয়েছে": its deed, told as its own, is no word told as fact
    speaker = word_restated(own, named, passages, parties, _parts)
    if not speaker:
        return []
    return [Finding(offset, f"this sentence states as fact what its cited passages give only as the word of "
                            f"{speaker}: {clipped(text)}",
                    f"say whose word it is, as the source does ('{speaker} ... দাবি', '... বলেন'), or cite a passage "
                    "that states it")]


def _content_words(text: str) -> frozenset[str]:
    given, denied = polarities(text)
    return given | denied


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _parts(text: str, parties: tuple) -> tuple[tuple[frozenset[str], str, frozenset[str]], ...]:
    """Return each sentence of a passage as its content words, with the party whose word it gives ("" for none) and
    its ids."""
    parts = []
    for sentence in split_sentences(text, "bn"):
        named = [(words, ids) for _, words, ids in bengali_speakers(sentence.text, parties) if ids]
        speaker, ids = named[0] if named else ("", frozenset())
        parts.append((_content_words(sentence.text) - _content_words(speaker), speaker, ids))
    return tuple(parts)
