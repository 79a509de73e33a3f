"""Each sentence of a passage with its own speakers: words a sentence restates from one sentence of its cited passage
are that sentence's speaker's, not a speaker's of the sentence next to it.

"The union says salaries have fallen behind inflation since 2022" citing "The union is demanding a 9% raise ...,
arguing that salaries have fallen behind inflation since 2022. The school board has offered 4% ... and says the
district faces a budget shortfall of $38 million next year." was read against both speakers at once: the school
board's "says" was taken for the union's words. Here, where a passage holds several sentences, the sentences whose
content words (four letters or more, figures; neither a party's nor a speaker's name) the sentence shares most with
(two or more, at least half as many as the best) are what its speaker is read against; a held sentence naming no
speaker ("It says ...") is read with the sentences before it back to one that does, and where the sentence replies
("denied", "rejected", "disputes"), with the passage sentence after it too ("Southland denied it"). A sentence
sharing fewer than two words with any of them, and a passage naming no speaker before a held sentence, are read whole
as before. Each clause of a sentence a semicolon sets off holds the passage sentences it restates too ("...; the
Agency has not confirmed this figure" holds the Agency's sentence beside the group's), and a relative clause naming its
own speaker holds those it shares one such word with ("..., which the union called an insult" holds Okafor's).
"""

from __future__ import annotations

from typing import Callable

from . import patterns
from .attribution import Cited
from .clauses import content_words
from .sentences import MARKER, split_sentences
from .unnamed_voices import speaks_unnamed

# Words of saying and small words: shared by a sentence and any passage sentence that reports, they hold no content
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "told", "tells", "added", "adds", "argues", "argued", "arguing", "insists",
                          "insisted", "insisting", "saying", "according", "also", "into", "would", "will", "could",
                          "should", "which", "when", "while", "than", "then", "what", "more"})
_LEAST = 2  # words in common that make a passage sentence the one a sentence restates
# A reply's verbs: "Southland denied that its troops had crossed" restates Northland's sentence and is Southland's
# reply in the next one ("Southland denied it"), which is held too
_REPLIES = frozenset({"denied", "denies", "deny", "rejected", "rejects", "disputed", "disputes", "dismissed",
                      "dismisses", "contested", "contests", "challenged", "challenges", "refuted", "refutes",
                      "rebutted", "rebuts", "countered", "counters"})


# A relative clause whose saying names its own speaker, to the end of its clause: ", which the union called an insult"
_RELATIVE_SAYING = patterns.compile(r",\s+(?:which|what)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s+"
                                    r"(?:called|calls|described|describes|said|says|considers|considered)\s[^,;.]+")


def held_passage(text: str, passage: Cited, skipped: frozenset[str], speaks: Callable[[str], bool]) -> Cited:
    """Return `passage` cut to the sentences of it whose words `text` restates, each read with the sentence back to
    the one naming its speaker (`speaks`), or the passage whole; `skipped` are words that name parties or speakers."""
    if passage.text.count(". ") + passage.text.count("; ") == 0:
        return passage  # one sentence: the common case, found by two substring searches
    sentences = split_sentences(passage.text, passage.language)
    if len(sentences) < 2:
        return passage
    held = _held_sentences(text, sentences, skipped, speaks)
    # each clause a semicolon sets off may restate a passage sentence of its own, held too: "The Alliance says at
    # least 14 people have reported nerve damage; the Agency has not confirmed this figure" (test_factcheck_198.py)
    for clause in text.split("; ") if held is not None and "; " in text else ():
        held |= _held_sentences(clause, sentences, skipped, speaks) or set()
    # a relative clause giving words to a speaker of its own restates a passage sentence of its own, held where they
    # share one word: "The operator has offered 4.5%, which the union called an insult" holds Okafor's "insult"
    for clause in _RELATIVE_SAYING.findall(text) if held is not None else ():
        held |= _held_sentences(clause, sentences, skipped, speaks, 1) or set()
    return passage if held is None else passage._replace(
        text=" ".join(sentences[index].text for index in sorted(held)))


def _held_sentences(text: str, sentences: list, skipped: frozenset[str], speaks: Callable[[str], bool],
                    least: int = _LEAST) -> set[int] | None:
    """Return the indices of the passage's sentences that text restates (`least` content words in common), each with
    the sentences back to the one naming its speaker; None where the passage is read whole."""
    unread = _NOT_CONTENT | skipped
    wanted = content_words(MARKER.sub(" ", text), unread)
    shared = [len(wanted & content_words(sentence.text, unread)) for sentence in sentences]
    best = max(shared)
    if best < least:
        return None  # a paraphrase of no one sentence: the speakers of all of them
    held = set()
    replies = not _REPLIES.isdisjoint(content_words(text, frozenset()))
    for index, count in enumerate(shared):
        if count >= least and 2 * count >= best:
            if replies and index + 1 < len(sentences):
                held.add(index + 1)
            first = next((at for at in range(index, -1, -1) if speaks(sentences[at].text)), None)
            if first is None:
                return None  # "It says ..." with no speaker named before it in the passage
            if any(speaks_unnamed(sentences[at].text) for at in range(first + 1, index + 1)):
                return None  # "The group says ..." ends the turn of the speaker before it (unnamed_voices.py)
            held.update(range(first, index + 1))
    return held


# A sentence opening on a pronoun, whose speaker the sentence before names: "Elle a indiqué que l'agence ferait appel"
# after "« ... », a déclaré jeudi Claire Moreau, directrice générale de l'ARS." (its "Elle" was read as a name, and
# "Claire Moreau a indiqué ..." refused; read as no one, "Patrick Lemaire a indiqué ..." would build); Portuguese's
# "Ela afirmou ainda que" after "a juíza Mariana Teixeira Lopes condenou" too (tests/test_factcheck_198.py).
# English's are read by speaker_turns.py, and "she" is no name there: "The judge said" of "She wrote" stays unread.
_PRONOUN_OPENING = patterns.compile(r"\s*(?:Elle|Il|Elles|Ils|Sie|Er|Ella|Él|Ellos|Ellas|Ela|Ele|Elas|Eles)\s")


def with_antecedent(passage: Cited, speaks: Callable[[str], bool]) -> Cited:
    """Return a passage opening on a pronoun with the sentence before it in its paragraph, where that one names its
    speaker (`speaks`): whom the pronoun stands for; else the passage as it is."""
    if not passage.paragraph or not _PRONOUN_OPENING.match(passage.text):
        return passage
    at = passage.paragraph.find(passage.text)
    before = split_sentences(passage.paragraph[:at], passage.language) if at > 0 else []
    if not before or not speaks(before[-1].text):
        return passage
    return passage._replace(text=f"{before[-1].text} {passage.text}")
