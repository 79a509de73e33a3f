"""Whom a passage's "The company said" names: the business the sentence before it opens on.

"The union said profits would fall" citing "Alder Terminals reported a profit of £212 million last year, ... The
company said profits would fall this year because of lower trade volumes." built: "the company" is no word of either
party, so the passage named no speaker and the union's saying was read against none. Here a passage sentence opening
"The company said" ("The firm says", "The group", "The operator", ...) is read with its noun replaced by the subject
the sentence before it (in the passage, or in its paragraph) opens on, where that subject names exactly one party, by
its own words alone (no person), and that party is no union, ministry, council or other body a business noun cannot
stand for. Anything else leaves the passage as it was.

Two more readings (tests/test_factcheck_229.py, a bus operator and a city council): a sentence closing on "..., the
company announced on Monday" gives the words to the subject it opens on ("Lynx Transit, which runs most routes, will
raise the fare ..., the company announced": Lynx Transit's announcement, given to the council in a timeline's "The
council announces the rise"); and a paragraph opening on "The company said", with no sentence before it to name the
business, names the briefing's one party a business noun can stand for, where every other party is a council, a
union or another body no business noun stands for ("The company said its fuel and wage costs had grown by about 18%"
told as fact in "Its fuel and wage costs rose by about 18%").
"""

from __future__ import annotations

from typing import Callable

from . import patterns
from .attribution import Cited
from .sentences import split_sentences

# The naming words of each party a subject names, and whether it names anyone else too (a person, another body)
PartiesNamed = Callable[[str], tuple[tuple[frozenset[str], ...], bool]]
# A business named by its common noun, opening a sentence that says something
# (after an opening phrase set off by a comma: "In a statement, the company said")
_BUSINESS_SAYS = patterns.compile(
    r"(?:(?:In|On|At|Later)\b[^,.;:!?\"“”]{0,40},\s+)?"
    r"(?P<noun>[Tt]he\s+(?:company|firm|group|business|operator|employer|carrier|airline|insurer|lender|retailer))\s+"
    r"(?=(?:said|says|added|argued|argues|insisted|insists|warned|warns|told|claimed|claims|expects|expected)\b)")
# A business named by its common noun closing a sentence, after the words it said: "..., the company announced on
# Monday.", "..., the firm said."
_BUSINESS_CLOSES = patterns.compile(
    r",\s+(?P<noun>the\s+(?:company|firm|group|business|operator|employer|carrier|airline|insurer|lender|retailer))\s+"
    r"(?:said|says|added|announced|announces|confirmed|confirms|told\s+\w+)(?:\s+(?:on|in|last|this)\s+\w+)?"
    r"\s*(?:[.;]|$)")
# A subject set off by a comma before a clause of its own: "Lynx Transit, which runs most of Brackford's bus routes,"
_NAME_SET_OFF = patterns.compile(r"(?P<subject>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4}),\s+(?:which|who|the|a|an)\s")
# Past tenses of no "-ed": "Pakistan spent decades backing ..." opens on Pakistan, not "Pakistan spent" (factcheck_227)
IRREGULAR_PASTS = ("spent", "made", "took", "gave", "kept", "held", "sent", "began", "won", "lost", "told", "left",
                   "brought", "built", "paid", "ran", "sold", "fought", "became", "came", "went", "saw", "knew", "thought")
# The subject opening a sentence, up to its verb: "Alder Terminals reported", "Alder Terminals has offered" (read
# by pronoun_speakers.py too)
OPENING_SUBJECT = patterns.compile(
    r"(?P<subject>(?:[^\s.;:!?\"“”,]+\s+){1,6}?)(?:has|have|had|is|are|was|were|will|would|can|could|[a-z]\w*ed"
    r"|[a-z]\w*s|%s)(?=\s)" % "|".join(IRREGULAR_PASTS))
# Bodies no business noun stands for
_NO_BUSINESS = frozenset({"union", "unions", "association", "federation", "confederation", "council", "ministry",
                          "government", "department", "authority", "court", "police", "agency", "committee",
                          "league", "party", "commission", "board", "alliance", "campaign", "society", "congress"})


def with_company_named(passage: Cited, parties_named: PartiesNamed,
                       parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> Cited:
    """Return `passage` with "The company said" opening a sentence named by the party the sentence before opens on
    (or, opening its paragraph, by the briefing's one business party), and "..., the company announced" closing one
    named by the subject it opens on; `parties_named(subject)` gives the naming words of each party a subject names,
    and whether it names a person too; `parties` the briefing's parties as (id, naming words)."""
    if "he " not in passage.text:
        return passage
    passage = _closing_noun_named(passage, parties_named)
    if not _BUSINESS_SAYS.search(passage.text):
        return passage  # most passages name no business by its noun: found by one search
    sentences = split_sentences(passage.text, passage.language)
    text = passage.text
    for index in range(len(sentences) - 1, -1, -1):
        sentence = sentences[index]
        found = _BUSINESS_SAYS.match(text, sentence.start)
        if not found:
            continue
        before = sentences[index - 1].text if index else sentence_before(passage)
        subject = _party_subject(before, parties_named) or ("" if before or _paragraph_goes_on(passage)
                                                              else _sole_business(found["noun"], parties))
        if subject:
            text = text[:found.start("noun")] + subject + text[found.end("noun"):]
    return passage if text == passage.text else passage._replace(text=text)


def sentence_before(passage: Cited) -> str:
    """Return the sentence of the passage's paragraph just before the passage, or ""."""
    at = passage.paragraph.find(passage.text.strip()[:60]) if passage.paragraph else -1
    before = split_sentences(passage.paragraph[:at], passage.language) if at > 0 else []
    return before[-1].text if before else ""


def _party_subject(sentence: str, parties_named: PartiesNamed) -> str:
    """Return the subject a sentence opens on where it names one business party and no person, else ""."""
    subject = OPENING_SUBJECT.match(sentence.strip())
    words = " ".join(subject.group("subject").split()) if subject else ""
    return words if words and _one_business(words, parties_named) else ""


def _one_business(words: str, parties_named: PartiesNamed) -> bool:
    """Say whether words name one party, no person, and no body a business noun cannot stand for."""
    named, in_person = parties_named(words)
    return len(named) == 1 and not in_person and _NO_BUSINESS.isdisjoint(next(iter(named)))


def _closing_noun_named(passage: Cited, parties_named: PartiesNamed) -> Cited:
    """Return `passage` with "the company" of a source sentence closing "..., the company announced" named by the
    subject that sentence opens on, where it names one business party and no person; else as it was."""
    holding = passage.holding or passage.text
    at = holding.find(passage.text)
    if at < 0 or "he " not in holding:
        return passage
    text = passage.text
    for closing in reversed(list(_BUSINESS_CLOSES.finditer(holding))):
        start, end = closing.start("noun") - at, closing.end("noun") - at
        if start < 0 or end > len(text):
            continue  # a noun outside the cited words
        opening = holding[:closing.start()]
        sentence = opening[max(opening.rfind(". "), opening.rfind("? "), opening.rfind("! ")) + 1:].strip()
        set_off = _NAME_SET_OFF.match(sentence)
        subject = set_off["subject"] if set_off else ""
        if subject and _one_business(subject, parties_named):
            text = text[:start] + subject + text[end:]
    return passage if text == passage.text else passage._replace(text=text)


def _paragraph_goes_on(passage: Cited) -> bool:
    """Say whether the passage's paragraph holds words before it (or is not known): only a paragraph opening on the
    business's noun lets the briefing's parties say which business it is."""
    return not passage.paragraph or passage.paragraph.find(passage.text.strip()[:60]) != 0


def _sole_business(noun: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """Return the name (its id, capitalised) of the briefing's one party a business noun may stand for, where there
    are two parties or more and every other is a body no business noun stands for (a council, a union); else "". A
    noun a party is named by already ("operator" of a party whose id is "operator") is read as it was."""
    if len(parties) < 2 or any(noun.split()[-1].casefold() in words for _, words in parties):
        return ""
    businesses = [party for party, words in parties if _NO_BUSINESS.isdisjoint(words)]
    return " ".join(word.capitalize() for word in businesses[0].split("-")) if len(businesses) == 1 else ""
