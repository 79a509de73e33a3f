"""Whose words, in Arabic: a sentence naming a party as the subject of a verb of saying must name the party its
passages give the words to.

"وتقول دولة الشمال إن الملء سيخفض تدفق النهر" citing "وتقول دولة الجنوب إن الملء سيخفض تدفق النهر" keeps every
figure and gives the downstream state's claim to the other side; so does "اقترحت دولة الشمال" citing the mediator's
"واقترح الوسيط الإقليمي، الاتحاد الأفريقي، ...". Arabic puts the verb first: the speaker is the words after it, up
to "إن"/"أن"/"بأن" (that), a colon or a quotation mark, eight words at most. Arabic names have no capitals, so
speakers.py reads none; here a speaker is read only by the parties of the briefing it names (a word of one party's
name, short name, id or aliases that no other party's holds: "الشمال", not "دولة"). A sentence is refused only where
its speaker names a party, no speaker of a passage names that party, and one names another.
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding
from .clauses import WINDOW
from .sentences import folded_word
from . import persian_speakers
from .urdu_speakers import may_name_a_speaker, urdu_speakers

# Verbs of saying, proposing and claiming, with the "و" (and) Arabic writes joined to them; "said it" with its
# object joined ("قالها في مؤتمر صحفي", a quote's context: unread, told as fact the spokesman's word).
_SAYING = patterns.compile(
    r"(?<!\w)و?(?P<verb>قالها|قالته|قالتها|قالوها|قال|قالت|قالوا|يقول|تقول|يقولون|أعلن|أعلنت|أكد|أكدت|أكدوا|صرح|صرحت|أضاف|أضافت|اقترح"
    r"|اقترحت|ترى|يرى|رد|ردت|زعم|زعمت|ذكر|ذكرت|أفاد|أفادت|طالب|طالبت)(?![\w\u064b-\u065f\u0670])")  # "ردًا": a reply
# Where the speaker's words end: "that", a colon, a quotation mark or the sentence's end.
_SPEAKER_END = patterns.compile(r"(?<!\w)(?:إن|أن|بأن|إنه|إنها|أنه|أنها)(?!\w)|[:«\"“.!?؟]")
_WORD = patterns.compile(r"[^\W\d_]+")
_MOST_WORDS = 8
_SAID_IT = frozenset({"قالها", "قالته", "قالتها", "قالوها"})


def arabic_speakers(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> list[tuple[int, str, frozenset]]:
    """Return each speaker text names after an Arabic verb of saying: where, the words, and the ids of the parties
    they name by a word of theirs alone."""
    own = own_words(parties)
    found = []
    for verb in _SAYING.finditer(text):
        if verb["verb"] in _SAID_IT:  # its speaker is the verb's own pronoun: "قالتها ردًا على دولة الجنوب" names
            found.append((verb.start(), "", frozenset()))  # whom she answered, not who spoke
            continue
        end = _SPEAKER_END.search(text, verb.end(), verb.end() + WINDOW)  # near, as a clause is read: not to the end
        words = _WORD.findall(text, verb.end(), end.start() if end else verb.end() + WINDOW)[:_MOST_WORDS]
        naming = [at for at, word in enumerate(words) if any(folded_word(word) in mine for _, mine in own)]
        named = frozenset(party for word in words for party, mine in own if folded_word(word) in mine)
        found.append((verb.start(), " ".join(words[:naming[-1] + 1] if naming else words), named))
    # Urdu's speaker stands before its verb, and Persian's before its verb or after "به گفتهٔ"
    for at, words in urdu_speakers(text) + persian_speakers.persian_speakers(text) if not text.isascii() else ():
        named = frozenset(party for word in words for party, mine in own if folded_word(word) in mine)
        found.append((at, " ".join(words), named))
    return sorted(found)


def own_words(parties: tuple[tuple[str, frozenset[str]], ...]) -> list[tuple[str, frozenset[str]]]:
    """Return each party's words that no other party holds ("الشمال" of "دولة الشمال", beside "دولة الجنوب")."""
    return [(party, frozenset(word for word in words if not any(word in other for name, other in parties
                                                                  if name != party)))
            for party, words in parties]


def _passage_speakers(passage: Cited, parties: tuple) -> list[tuple[int, str, frozenset]]:
    """Return the speakers naming a party in a passage, else in the source's sentence holding it ("وتقول دولة
    الجنوب إن ..." around a quote of what follows "إن")."""
    return ([speaker for speaker in arabic_speakers(passage.text, parties) if speaker[2]]
            or [speaker for speaker in arabic_speakers(passage.holding, parties) if speaker[2]])


def misattributed_in_arabic(text: str, passages: list[Cited], offset: int = 0,
                            parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where text gives words, by an Arabic verb of saying, to a party that no cited passage gives
    them to, where a passage gives them to another party."""
    if not parties or text.isascii() or (_SAYING.search(text) is None and not may_name_a_speaker(text)
                                         and not persian_speakers.may_name_a_speaker(text)):
        return []  # most sentences hold no Arabic verb of saying (nor any letter beyond ASCII): one search
    theirs = None  # the passages' speakers, read once a sentence, not once a speaker of it
    for at, words, named in arabic_speakers(text, parties):
        if not named:
            continue  # a speaker who is no party: read below, by its words, in Persian
        if theirs is None:
            theirs = [speaker for passage in passages for speaker in _passage_speakers(passage, parties)]
        if theirs and not any(named & speaker[2] for speaker in theirs):
            return [Finding(offset + at, f"this sentence gives the words to {words}, but its cited passages give "
                                         f"them to {theirs[0][1]}",
                            "name the speaker the source names, or cite the passage that gives the words to this one")]
    return _persian_speaker_swapped(text, passages, offset, parties)


def _persian_speaker_swapped(text: str, passages: list[Cited], offset: int, parties: tuple) -> list[Finding]:
    """Return a finding where a Persian speaker that names no party shares no word with the passages' speakers."""
    if not persian_speakers.may_name_a_speaker(text):
        return []
    own = own_words(parties)
    for at, words in persian_speakers.persian_speakers(text):
        if any(folded_word(word) in mine for word in words for _, mine in own):
            continue  # a party: read above
        if theirs := persian_speakers.other_speaker(words, passages):
            return [Finding(offset + at, f"this sentence gives the words to {' '.join(words)}, but its cited "
                                         f"passages give them to {theirs}",
                            "name the speaker the source names, or cite the passage that gives the words to this one")]
    return []


_ARABIC_WORD = patterns.compile(r"[\u0621-\u064a]{3,}")  # three letters or more: no "بن" (son of) alone


def unnamed_arabic_speaker(speaker: str, around: list[str]) -> str:
    """Return what is wrong with a quote's `speaker` written in Arabic, or "": a word of it (as part of a word, which
    Arabic joins "و" or "ل" to) must stand in the source around the words (the sentence holding them, the one before,
    the passages its context cites). speakers.py reads speakers by their capitals, which Arabic has none of."""
    words = _ARABIC_WORD.findall(speaker)
    if not words or any(word in text for word in words for text in around):
        return ""
    return (f"the source names no {speaker} in the sentence that holds these words or the one before, nor in a "
            "passage the `context` cites")


def wrong_arabic_claimant(claimant: str, passages: list[Cited], parties: tuple) -> str:
    """Return the speaker the cited passages give a claim's words to by an Arabic verb of saying, where the claimant
    names a party and none of them is of it ("claimant: دولة الشمال" for "وتقول دولة الجنوب إن ..."); or ""."""
    own = own_words(parties)
    named = frozenset(party for word in _WORD.findall(claimant) for party, mine in own if folded_word(word) in mine)
    theirs = [speaker for passage in passages for speaker in _passage_speakers(passage, parties)] if named else []
    return theirs[0][1] if theirs and not any(named & speaker[2] for speaker in theirs) else ""


def wrong_arabic_column(listed: tuple[str, ...], passages: list[Cited], parties: tuple) -> str:
    """Return the speaker the cited passages give a claim's words to by an Arabic verb of saying, where each is of a
    party and none of the claim's `listed` parties; or ""."""
    theirs = [speaker for passage in passages for speaker in _passage_speakers(passage, parties)] if listed else []
    return theirs[0][1] if theirs and not any(set(listed) & speaker[2] for speaker in theirs) else ""


def arabic_role_of_another_party(role: str, around: list[str], parties: tuple) -> tuple[str, str]:
    """Return the party word a quote's Arabic `role` names that the source nowhere around the words does, and the word
    of another party it names there instead ("وزير الخارجية في دولة الشمال" for "... في دولة الجنوب"); or ("", "")."""
    own = own_words(parties)
    for word in _ARABIC_WORD.findall(role):  # an English role's party names are read by claimant_party.py
        party = next((party for party, mine in own if folded_word(word) in mine), None)
        if party is None or any(any(mine_word in text for mine_word in mine) for name, mine in own if name == party
                                for text in around):
            continue
        theirs = next((other for name, mine in own if name != party for other in sorted(mine)
                       if any(other in text for text in around)), "")
        if theirs:
            return word, theirs
    return "", ""
