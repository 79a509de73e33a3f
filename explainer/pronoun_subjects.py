"""Whom a passage's "It says" stands for: the subject the sentence before it opens on, where that names one party.

Read by speakers.py (whose words a sentence gives: "The campaign says the unit delivered 1,400 babies last year" citing
"The campaign group Save Elmsford Births disputes that figure. It says the unit delivered 1,400 babies last year" was
refused as given to the trust, the passage's only named speaker) and by pronoun_speakers.py (the campaign's figure
given to the trust, or told as fact). It imports neither: each passes how it reads a subject as naming one party, so
speakers.py and pronoun_speakers.py, which imports speakers.py, can both use it without an import cycle.
"""

from __future__ import annotations

from typing import Callable

from . import patterns
from .attribution import Cited
from .company_noun_speakers import OPENING_SUBJECT, sentence_before
from .open_quotations import within_open_quotation
from .sentences import split_sentences

# Whether a subject names exactly one party of the briefing and no person
NamesOneParty = Callable[[str], bool]

PRONOUN_SAYS = patterns.compile(
    r"(?P<pronoun>It|They)\s+(?:also\s+)?(?=(?:said|says|say|claims|claimed|claim|argues|argued|argue|insists|insisted"
    r"|estimates|estimated|estimate|reckons|reckoned|puts|put|counts|counted)\b)")
# Also after one opening adverb, "Now it says" (a quotation going on: "... Now it says Taliban-ruled Afghanistan is
# providing sanctuary ...", factcheck_227): read by pronoun_speakers.py only, whose checks weigh a sentence naming a
# reporter ("According to Yalda Hakim, Pakistan now says ..."), where speakers.py's would take the reporter for
# another speaker
PRONOUN_SAYS_AFTER_ADVERB = patterns.compile(
    r"(?:(?:Now|Today|Yet|Still|But|And|Instead|Meanwhile),?\s+(?=(?:it|they)\s)|(?=It\s|They\s))"
    r"(?P<pronoun>[Ii]t|[Tt]hey)\s+(?:also\s+|now\s+)?(?=(?:said|says|say|claims|claimed|claim|argues|argued|argue"
    r"|insists|insisted|estimates|estimated|estimate|reckons|reckoned|puts|put|counts|counted)\b)")
# A subject whose head may be another thing than the party: "The report by the trust", "the trust's figure"; a
# plural's apostrophe between two capitalised words is a name's own ("The Harrowgate Tenants' Association": newuser142)
_OTHER_HEAD = patterns.compile(r"(?<!\w)(?:of|by|for|from|with)(?!\w)|['’](?!\w)(?!\s+[A-Z])"
                               r"|['’]s(?!\w)")


def with_pronoun_named(passage: Cited, names_one_party: NamesOneParty, saying: patterns.Pattern = PRONOUN_SAYS
                       ) -> Cited:
    """Return `passage` with "It says" (as `saying` reads it) opening a sentence named by the party the sentence before
    opens on."""
    if not any(pronoun in passage.text for pronoun in ("It ", "They ", " it ", " they ")):
        return passage  # most passages hold no pronoun: found by str searches
    sentences = split_sentences(passage.text, passage.language)
    text = passage.text
    for index in range(len(sentences) - 1, -1, -1):
        found = saying.match(text, sentences[index].start)
        if not found:
            continue
        before = sentences[index - 1].text if index else sentence_before(passage)
        subject = _party_subject(within_open_quotation(before), names_one_party)
        if subject:
            text = text[:found.start("pronoun")] + subject + text[found.end("pronoun"):]
    return passage if text == passage.text else passage._replace(text=text)


def _party_subject(sentence: str, names_one_party: NamesOneParty) -> str:
    """Return the subject a sentence opens on where it names one party and no person, else ""."""
    subject = OPENING_SUBJECT.match(sentence.strip())
    words = " ".join(subject.group("subject").split()) if subject else ""
    if not words or _OTHER_HEAD.search(words):
        return ""
    return words if names_one_party(words) else ""
