"""A party's word told as fact, in Urdu, Hindi, Persian and Arabic: "صوبے کی فصلیں سوکھ رہی ہیں" may not cite only
"سندھ حکومت کے مطابق صوبے کی فصلیں سوکھ رہی ہیں" (according to the Sindh government, the province's crops are drying;
tests/test_newuser_55.py).

party_word.py reads whose word a passage gives by speakers named with capitals before "said" or after "according
to", and Urdu and Hindi name the speaker before "کے مطابق" / "के अनुसार" or "نے کہا" / "ने कहा", Persian after "به
گفتهٔ" or before "گفت", Arabic after "قال" (arabic_speakers.py reads each, by the parties of the briefing its words
name): "छत्तीसगढ़ ने छह बैराजों से पानी रोक लिया है" citing "ओडिशा सरकार के अनुसार ..." and "دست‌کم ۴ هزار کارمند ..."
citing "به گفتهٔ سندیکا، ..." built. A passage's sentence naming a party so gives that party's word, the whole of it;
a sentence restating one (two words short_words.py reads) and naming no speaker itself is refused where every cited
passage's sentence it restates is a party's word, unless it names that party (a deed the party announces of itself,
"بانک سپهر ... فرستاده است", is left to the checks of a deed). A passage stating it outside any party's words backs
it.
"""

from __future__ import annotations

import functools

from . import patterns
from .arabic_speakers import arabic_speakers, own_words
from .attribution import Cited, Finding, clipped
from .sentences import folded_word, split_sentences
from .short_words import restating_words
from .stem_comparisons import RESTATES
from .urdu_speakers import may_name_a_speaker

_WORD = patterns.compile(r"[^\W\d_]+")
_PREPOSITIONS = frozenset({"إلى", "الى", "على", "عن", "من", "مع", "ضد", "لدى"})
_SCRIPT = patterns.compile(r"[\u0620-\u064a\u066e-\u06d3\u0904-\u0939]")  # Arabic's letters, Devanagari's


def party_word_as_fact_in_arabic(text: str, passages: list[Cited], offset: int = 0,
                                 parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when an Urdu, Hindi, Persian or Arabic sentence restates what every cited passage gives only
    as a party's word, and names no speaker itself."""
    if not parties or text.isascii() or not _SCRIPT.search(text) or may_name_a_speaker(text) or arabic_speakers(
            text, parties):
        return []  # English text, or a sentence saying whose word it is
    own = restating_words(text)
    # a party named after a preposition is no doer of the deed: "لم تسلم الوزارة الحصص إلى الجمعية" tells the
    # association's own claim as fact, naming it only as whom the quotas were not handed to
    listed = list(map(folded_word, _WORD.findall(text)))
    words = frozenset(word for before, word in zip(["", *listed], listed) if before not in _PREPOSITIONS)
    named = frozenset(party for party, mine in own_words(parties) if words & mine)
    speaker = word_restated(own, named, passages, parties, _parts)
    if not speaker:
        return []
    return [Finding(offset, f"this sentence states as fact what its cited passages give only as the word of "
                            f"{speaker}: {clipped(text)}",
                    f"say whose word it is, as the source does ({speaker}), or cite a passage that states it")]


def word_restated(own: frozenset[str], named: frozenset[str], passages: list[Cited], parties: tuple, parts) -> str:
    """Return the party whose word a sentence of `own` words restates from every passage's sentence it restates (each
    cut by `parts` into its words, whose word it gives and its ids), where the sentence names none of `named`
    parties as that word's speaker; "" where a passage states it outside any party's words, or none restates it."""
    speaker = ""
    for passage in passages:
        for words, party, ids in parts(passage.text, parties):
            if len(own & words) >= RESTATES:
                if not party:
                    return ""  # stated outside any party's words: a passage backs it as fact
                if not ids & named:  # "بانک سپهر ... فرستاده است" of its own "اعلام کرد": its deed, told as its own
                    speaker = speaker or party
    return speaker


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _parts(text: str, parties: tuple) -> tuple[tuple[frozenset[str], str, frozenset[str]], ...]:
    """Return each sentence of a passage as its words, with the party whose word it gives ("" for none) and its
    ids."""
    parts = []
    for sentence in split_sentences(text, ""):
        named = [(words, names) for _, words, names in arabic_speakers(sentence.text, parties) if names]
        speaker, ids = named[0] if named else ("", frozenset())
        parts.append((restating_words(sentence.text) - restating_words(speaker), speaker, ids))
    return tuple(parts)
