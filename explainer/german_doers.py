"""A German deed kept to its doer: "Die NSD hat das Sondierungsgespräch auf den 16. März verschoben" may not cite "Die
Grüne Liste hat es auf Montag, 16. März 2026, verschoben" (tests/fixtures/newuser_116), nor "Die NSD hat der Darstellung
der Grünen Liste widersprochen" cite "Die Grüne Liste hat der Darstellung der NSD widersprochen".

A German perfect ("hat", "haben", "hatte", "hatten" and a participle ending the clause: "verschoben", "widersprochen")
names its doer right before the auxiliary at the sentence's opening ("Die Grüne Liste hat"), or right after it where
something else opens the sentence ("Am Montag hat die Grüne Liste"). A sentence is refused where its doer, named
elsewhere in its cited passages by a capitalised word in mid-sentence, shares no word (its first five letters) with the
doer of any perfect of the same participle there (nor ends one's word: "Gericht" of "Landgericht"), while one is there,
and is a body named by an acronym ("Die NSD") or by an article and two names ("Die Grüne Liste"), not a person a
party speaks by ("Svenja Okafor") nor one noun that may stand for the passage's doer ("Die Partei"). Only perfects are read ("verschob" and the
passive are not), and verbs of saying ("gesagt", "erklärt") are speakers.py's (tests/test_factcheck_193.py).
"""

from __future__ import annotations

from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .sentences import markers_blanked

_NOUN_PHRASE = r"(?:(?:die|der|das|den|Die|Der|Das|Den)\s+)?[A-ZÄÖÜ][\w-]*(?:\s+(?:für\s+|der\s+|des\s+|und\s+)?[A-ZÄÖÜ][\w-]*)*"
_AUXILIARY = r"(?:hat|haben|hatte|hatten)"
_DOER_BEFORE = patterns.compile(r"^\s*(?:Auch\s+|Nun\s+|Inzwischen\s+)?(?P<doer>" + _NOUN_PHRASE + r")\s+"
                                + _AUXILIARY + r"\s+(?P<rest>.*)$")
_DOER_AFTER = patterns.compile(r"\s" + _AUXILIARY + r"\s+(?P<doer>(?:die|der|das)\s+[A-ZÄÖÜ][\w-]*"
                               r"(?:\s+[A-ZÄÖÜ][\w-]*)*)\s+(?P<rest>.*)$")
# the participle ending the clause: a lowercase word before a mark or the end ("verschoben,", "widersprochen.")
_PARTICIPLE = patterns.compile(r"(?<![\w-])(?P<verb>[a-zäöüß]{5,}(?:t|en))(?=\s*(?:[,.;:!?]|$))")
_SENTENCE = patterns.compile(r"(?:[^.!?]|(?<=\d)\.)+(?:[.!?]|$)")  # "16. März" is no sentence's end
_MID_NAME = patterns.compile(r"(?<=[\w,)]\s)[A-ZÄÖÜ][\w]*")
_WORD = patterns.compile(r"[^\W\d_]+")
# a sentence opened by when or where, its doer after the auxiliary: "Am Donnerstag hat die NSD ..."
_OPENING_PLACE = patterns.compile(r"(?:Am|Im|Auf|Nach|Vor|Bei|Mit|Seit|Zum|Zur|Für|Wegen|Trotz|Laut|Ab|Bis|In|An|Um"
                                  r"|Über|Unter|Durch|Gegen|Ohne|Aus|Von|Vom|Beim)\s")
# a body named by an acronym ("Die NSD") or by an article and two names or more ("Die Grüne Liste"), not a person
# ("Svenja Okafor") nor one common noun that may stand for the passage's doer ("Die Partei", "Das Gericht")
_ACRONYM = patterns.compile(r"(?<![\w-])[A-ZÄÖÜ]{2,6}(?![\w])")
_ARTICLE = patterns.compile(r"(?:die|der|das|Die|Der|Das)\s")
_NOT_NAMES = frozenset({"die", "der", "das", "den", "des", "für", "und", "sie", "er", "es", "wir", "ihr", "man"})
_SAYING = frozenset({"gesagt", "erklärt", "betont", "mitgeteilt", "angekündigt", "berichtet", "gemeldet", "bestätigt",
                     "geäußert", "gefordert", "kritisiert", "bekannt"})
_STEM = 5


class Deed(NamedTuple):
    """A perfect's doer, as the stems of its capitalised words, and its participle, as written; `maybe`, the doer and
    the words right after the auxiliary too, either of which German may make the doer ("Der Darstellung der NSD hat
    die Grüne Liste widersprochen")."""

    doer: frozenset[str]
    maybe: frozenset[str]
    verb: str
    written: str
    body: bool  # the doer named as a body is, by an article or an acronym ("Die NSD"), no person ("Svenja Okafor")


def doer_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a German sentence gives a deed to a doer its passages name only as another, while they
    give the same deed to another doer."""
    if (language or "").split("-")[0].lower() != "de" or not any(aux in text for aux in ("hat ", "haben ", "hatte")):
        return []
    theirs = [deed for passage in passages for deed in _deeds(passage.text)]
    if not theirs:
        return []
    named = frozenset(stem for passage in passages for name in _MID_NAME.findall(passage.text)
                      for stem in _words(name))
    for mine in _deeds(unquoted(markers_blanked(text))):
        same = [deed for deed in theirs if deed.verb == mine.verb]
        if same and not any(_shared(deed.doer, mine.maybe) for deed in same) and mine.doer <= named and mine.body:
            return [Finding(offset + max(text.find(mine.written), 0),
                            f"this sentence gives '{mine.verb}' to another doer than its cited passages do "
                            f"('{same[0].written}'): {clipped(text)}",
                            "name the one the source says did it, or cite the passage that says this one did")]
    return []


def _deeds(text: str) -> list[Deed]:
    """Return the perfects of a German text, each with its doer's stems."""
    deeds = []
    for sentence in _SENTENCE.finditer(text):
        said = " ".join(sentence.group().split())  # a line broken inside a sentence goes on
        before = _DOER_BEFORE.match(said)
        before = None if before is None or _OPENING_PLACE.match(before.group("doer")) else before
        after = _DOER_AFTER.search(said)
        found = before or after
        if found is None:
            continue
        verb = _PARTICIPLE.search(found.group("rest"))
        doer = _words(found.group("doer"))
        if verb is None or not doer or verb.group("verb") in _SAYING:
            continue
        maybe = doer | (_words(after.group("doer")) if before and after else frozenset())
        deeds.append(Deed(doer, maybe, verb.group("verb"), " ".join(said[:found.end("rest")].split())[:120],
                          _a_body(found.group("doer"))))
    return deeds


def _words(words: str) -> frozenset[str]:
    """Return a doer's capitalised words, folded, articles and pronouns aside: "Die Grüne Liste" -> {"grüne",
    "liste"}; a compound's parts apart."""
    return frozenset(part.casefold() for part in _WORD.findall(words)
                     if part[0].isupper() and part.casefold() not in _NOT_NAMES)


def _shared(theirs: frozenset[str], mine: frozenset[str]) -> bool:
    """Say whether two doers share a word: its first five letters ("Grünen", "Grüne"), or one word ending the other
    ("Gericht" of "Landgericht")."""
    return any(their[:_STEM] == my[:_STEM] or their.endswith(my) or my.endswith(their)
               for their in theirs for my in mine)


def _a_body(doer: str) -> bool:
    """Say whether a doer is named as a body: by an acronym, or by an article and two names or more."""
    return bool(_ACRONYM.search(doer)) or bool(_ARTICLE.match(doer)) and len(_words(doer)) >= 2
