"""Words an unnamed voice says kept from the person quoted before it: "Helen Okafor says prices could rise by up to
6%" may not cite '"...," said its director, Helen Okafor. The group says that prices could rise by as much as 6% ...'.

unnamed_voices.py ends a speaker's turn at a sentence whose reporting word has a common noun of its own for its
subject ("The group says", "the company added"): its words are that body's, not the person's named before it. Here a
sentence giving its words to a person by name (speakers.py's speakers_in, no party's word) is refused where the
passage sentence it restates most (two content words or more, no other sentence as many) is such a voice's, names no
such person, and another sentence of the passage names the person: the reader is told the person said what the source
gives to the body. Where the person's own sentence holds the voice's noun ("said its director, Helen Okafor. The
director says ..."), the voice may be the person, and nothing is refused. English text is read.
"""

from __future__ import annotations

from .attribution import Cited, Finding, clipped, in_english
from .clauses import content_words
from .sentences import markers_blanked, split_sentences
from .speakers import shown, speakers_in
from .unnamed_voices import unnamed_voice

# Words of saying and small words, which hold no content
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "told", "tells", "added", "adds", "argues", "argued", "insists", "insisted",
                          "saying", "according", "also", "into", "would", "will", "could", "should", "which", "when",
                          "while", "than", "then", "what", "more"})
_LEAST = 2  # content words a sentence shares with the passage sentence it restates


def words_of_an_unnamed_voice(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                              parties: tuple = ()) -> list[Finding]:
    """Return a finding where text gives a person by name the words its passage gives to a body's unnamed voice
    ("The group says") after that person's own turn."""
    if not in_english(language) or not any(" says" in p.text or " said" in p.text for p in passages):
        return []
    spoken = markers_blanked(text)
    party_words = frozenset().union(*(words for _, words in parties))
    for _, words, names in speakers_in(spoken, parties):
        last, personal = words.split()[-1] if words else "", names - party_words
        if not last[:1].isupper() or last.endswith(("'s", "’s")) or last.casefold() not in personal:
            continue  # a party ("Shoppers' Voice says"), or a person's body ("Okafor's group says")
        own = content_words(spoken, _NOT_CONTENT | frozenset(word.casefold() for word in words.split()))
        for passage in passages:
            voice = _voice_restated(passage, own, personal)
            if voice:
                return [Finding(offset, f"this sentence gives the words to {shown(words)}, but its cited passages "
                                        f"give them to '{voice}', not to {shown(words)}: {clipped(text)}",
                                f"name the speaker as the source does ('{voice}'), or cite the passage that gives "
                                "the words to this one")]
    return []


def _voice_restated(passage: Cited, own: frozenset[str], names: frozenset[str]) -> str:
    """Return the unnamed voice ("The group") of the passage sentence `own` restates most, where another sentence of
    the passage names the person (`names`) and none naming them holds the voice's noun; or ""."""
    sentences = [sentence.text for sentence in split_sentences(passage.text, passage.language)]
    if len(sentences) < 2:
        return ""
    shared = [len(own & content_words(sentence, _NOT_CONTENT)) for sentence in sentences]
    best = max(shared)
    if best < _LEAST or shared.count(best) > 1:
        return ""
    restated = sentences[shared.index(best)]
    voice = unnamed_voice(restated)
    if not voice or _names(restated, names):
        return ""
    noun = frozenset({voice.split()[-1].casefold()})
    naming = [sentence for sentence in sentences if _names(sentence, names)]
    if not naming or any(_names(sentence, noun) for sentence in naming):
        return ""  # "said its director, Helen Okafor. The director says ...": the voice may be hers
    return voice


def _names(sentence: str, names: frozenset[str]) -> bool:
    """Say whether a sentence names any of a person's naming words."""
    return not names.isdisjoint(word.strip(".,;:!?\"“”'’").casefold() for word in sentence.split())
