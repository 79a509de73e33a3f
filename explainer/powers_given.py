"""A power kept with its holder: "The tribunal can block or clear a merger" may not cite "The commission is a
regulator, not a court: it can block or clear a merger and impose conditions, but the companies may challenge its
decision before the tribunal".

A sentence giving a power ("X can", "may", "has the power to", "is able to" before a verb) to a subject named in a cited
passage is refused where that passage gives the same verb, after its own "can" or "may", to another subject only,
which the sentence does not name ("Officials said the toll may rise" keeps the officials' words): its
clause's words before the modal, or for "it", "they" or "which", the first words of its sentence (or the noun before
"which"). One body's powers given to another named beside it (tests/test_factcheck_139.py). English text is read;
words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .conjoined_possibilities import with_modals_joined
from .sentences import markers_blanked, split_sentences

_MODAL = r"can|may|has\s+the\s+power\s+to|have\s+the\s+power\s+to|is\s+able\s+to|are\s+able\s+to"
# a modal and its verb, not an auxiliary: "may be expected", "may have been" give no power
_THEIRS = patterns.compile(rf"(?<!\w)(?:{_MODAL})\s+(?:also\s+)?(?!(?:be|have|not|well|still|only|now|yet|even|never"
                           rf"|soon|already|need|want|wish)\b)(?P<verb>[a-z]+)\b")
_CLAUSE_START = patterns.compile(r"[,;:(]\s|\b(?:but|and|while|whereas)\s")
_REACH = 200  # characters of a clause read before a modal
_JOINED_END = patterns.compile(r"\s(?:or|and)\s*$")
_WHICH = patterns.compile(r"[\s,]*\b(?:which|who|that)\s*$")
_PRONOUN = frozenset({"it", "they", "which", "who", "that", "he", "she"})
# a group's word standing alone for its members: "but either may ask" of "either side may ask"
_ANY_ONE = frozenset({"either", "each", "both", "any", "all"})
_NOT_SUBJECT = frozenset({"the", "a", "an", "its", "their", "not", "also", "only", "still", "now", "said"})


def powers_given_to_another(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a power to a subject its passage names, which gives it to another only."""
    if not in_english(language):
        return []
    own = unquoted(markers_blanked(text))
    for match in _THEIRS.finditer(own):
        holder = _holder(own, match.start())
        if not holder or holder in _PRONOUN:
            continue
        for passage in passages:
            if match.group("verb") in _given_to_any_of_a_group(passage.text) and (
                    holder in _ANY_ONE or _named_by_name(own.strip(), passage.text, holder)):
                continue  # "either side may ask" gives it to each side: "Estmark may ask" (factcheck_184), "either may
                # ask", the group's own word alone (factcheck_243)
            if _given_to_any_of_a_kind(passage.text, match.group("verb"), holder) \
                    and _named_by_name(own.strip(), passage.text, holder):
                continue  # "an operator may keep working" is any operator's: "Rydo can keep operating" (newuser_127)
            holders = _holders_by_verb(passage.text).get(match.group("verb"), frozenset())
            # the passage's holder named in the sentence too ("Officials said the toll may rise") is kept there
            if holders and holder not in holders and re.search(rf"\b{re.escape(holder)}\b", passage.text.lower()) \
                    and not any(re.search(rf"\b{re.escape(theirs)}", own.lower()) for theirs in holders):
                return [Finding(offset, f"this sentence gives the power to '{match.group('verb')}' to the {holder} "
                                        f"where its cited passage gives it to the {sorted(holders)[0]}: "
                                        f"{clipped(text)}",
                                "keep the power with the one the source gives it to, or cite the passage that says "
                                "this")]
    return []


@functools.lru_cache(maxsize=1 << 10)  # read once per passage, whatever the sentence's modals
def _holders_by_verb(text: str) -> dict[str, frozenset[str]]:
    """Return, for each verb a passage gives after a modal, the head words of the subjects it gives it to."""
    found: dict[str, set[str]] = {}
    for sentence in split_sentences(with_modals_joined(text)):
        for match in _THEIRS.finditer(sentence.text):
            head = _holder(sentence.text, match.start())
            if head in _PRONOUN or not head:
                head = _head(_first_subject(sentence.text))
            if head:
                found.setdefault(match.group("verb"), set()).add(head)
    return {verb: frozenset(heads) for verb, heads in found.items()}


# a subject naming any one of a group: "either side", "each of the parties", "both countries", "any member state"
_ANY_OF = patterns.compile(r"(?<!\w)(?:either|each|every|any|both|all)(?:\s+of\s+the)?(?:\s+[a-z]+){1,2}\s*$",
                           re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 10)
def _given_to_any_of_a_group(text: str) -> frozenset[str]:
    """Return the verbs a passage gives after a modal to any one of a group ("either side may ask"): each of them
    holds the power, whichever the sentence names."""
    found = set()
    for sentence in split_sentences(with_modals_joined(text)):
        for match in _THEIRS.finditer(sentence.text):
            before = sentence.text[max(0, match.start() - _REACH):match.start()]
            starts = list(_CLAUSE_START.finditer(before))
            if _ANY_OF.search(before[starts[-1].end():] if starts else before):
                found.add(match.group("verb"))
    return frozenset(found)


# a subject naming one of a kind, not one body: "an operator", "a licensee", "any applicant"
_ONE_OF_A_KIND = patterns.compile(r"(?<!\w)(?:an?|any)(?:\s+[a-z-]+){1,2}\s*$", re.IGNORECASE)


def _given_to_any_of_a_kind(text: str, verb: str, holder: str) -> bool:
    """Say whether a passage gives `verb` after a modal to one of a kind ("Under the Act, an operator may keep working
    while its appeal is heard"), a rule for each of that kind, in a sentence that does not name `holder` itself: a
    sentence giving the power to another beside it ("a court may block it, the commission may not") is not read so."""
    for sentence in split_sentences(with_modals_joined(text)):
        if re.search(rf"\b{re.escape(holder)}", sentence.text.lower()):
            continue
        for match in _THEIRS.finditer(sentence.text):
            before = sentence.text[max(0, match.start() - _REACH):match.start()]
            starts = list(_CLAUSE_START.finditer(before))
            if match.group("verb") == verb and _ONE_OF_A_KIND.search(before[starts[-1].end():] if starts else before):
                return True
    return False


def _named_by_name(text: str, passage: str, holder: str) -> bool:
    """Say whether a sentence writes its holder as a name: capitalised past its first word, or capitalised where the
    passage writes it too ("Estmark may ask" of "Estmark has not said ... either side may ask"); "The tribunal may
    ask", a common noun, stays another holder than "either side"."""
    def capitals(words: str) -> list[int]:
        return [found.start() for found in re.finditer(r"[A-Za-z'’-]+", words)
                if found.group()[:1].isupper() and re.sub(r"['’]s?$", "", found.group().lower()) == holder]

    own = capitals(text)
    return any(at > 0 for at in own) or bool(own and capitals(passage))


def _holder(sentence: str, at: int) -> str:
    """Return the head word of the subject of the modal at `at`: its clause's words before it, or for "which" the noun
    before that ("the Tribunal, which can quash")."""
    before = sentence[max(0, at - _REACH):at]  # a clause's reach: linear in a long sentence of many modals
    if _JOINED_END.search(before):  # "can quash the decision or can send it back": the first modal's subject
        earlier = list(_THEIRS.finditer(before))
        return _holder(sentence, at - len(before) + earlier[-1].start()) if earlier else ""
    starts = list(_CLAUSE_START.finditer(before))
    head = _head(before[starts[-1].end():] if starts else before)
    return _head(_WHICH.sub("", before)[-40:]) if head in {"which", "who", "that"} else head


def _first_subject(sentence: str) -> str:
    """Return the words a sentence opens on, up to its first verb-like word."""
    words = re.findall(r"[A-Za-z'’-]+", sentence)[:4]
    kept = []
    for word in words:
        if word.lower() in {"is", "are", "was", "were", "has", "have", "can", "may", "said", "says", "will"}:
            break
        kept.append(word)
    return " ".join(kept)


def _head(words: str) -> str:
    """Return the last word of a subject before any "of" or place's preposition, folded, a possessive's ending
    dropped ("" for none): "prices" of "Prices of the 300 products", "reading" of "the higher reading at Millford
    bridge" (its head is "reading": "the reading may reflect" restates it, newuser_126)."""
    words = re.split(r"\b(?:of|at|near|outside|inside)\b", words.lower())[0]
    kept = [word for word in re.findall(r"[A-Za-z'’-]+", words) if word not in _NOT_SUBJECT]
    return re.sub(r"['’]s?$", "", kept[-1]) if kept else ""
