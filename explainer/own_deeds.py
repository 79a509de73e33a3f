"""A speaker's word about its own deed, told as fact, where the speaker is no party of the briefing.

"The army captured the city" citing only "The army said it had captured the city" (or "Police said they had arrested
the leader", "The company said it had repaid the loan") tells as done what the source gives only as the doer's own
account. party_word.py holds this for the briefing's parties; here any speaker is read. A passage gives a deed as
its doer's word where a reporting word ("said", "says", "stated", "announced", "told reporters") has the speaker's
own pronoun after it, then a deed done: "had", "has" or "have" and a participle, or a verb in the past ("said it
captured"). A sentence is refused where it opens on the same speaker (its words, an article aside), restates a word
of five letters or more of the deed, says nobody's word itself, and no cited passage states it outside such an
account ("The army captured the city on Monday. It said it had taken 200 prisoners"). A promise ("said it would")
is no deed done, and a decision a body makes by announcing it ("the council said it approved the levy", "voted",
"appointed") is the act itself, as is an inquiry a deciding body says it has opened (own_acts.py); a party's own word is party_word.py's. A body's voice
("its spokesman", "a representative") telling of a bare "it" tells of its body, the party the passage names or the
speaker before it ("Orbis said it would appeal. Its spokesman said it had already changed its ranking":
tests/test_factcheck_117.py). English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, says_whose_word, unquoted
from .own_acts import own_act_announced
from .own_findings import finding_of_none_kept, finding_of_none_said, finding_of_none_unowned
from .party_word import OWN_ACCOUNT
from .sentences import folded_word, markers_blanked, split_sentences
from .speakers import naming_words, parties_of, reporting_subjects, reports

# A reporting word, then the speaker's pronoun and a deed done: "said it had captured", "says they have repaid",
# "told reporters it seized". Not "said it would", "said it has no plans".
_IRREGULAR = (r"won|took|taken|paid|made|built|sold|bought|caught|seized|shot|hit|struck|left|sent|spent"
              r"|brought|found|held|lost|met|beat|beaten|fought|got|gotten|gave|given|began|begun|ran|drew|drawn"
              r"|broke|broken|wrote|written|led|cut|put|set|shut|withdrew|withdrawn|overran|overrun|stole|stolen"
              r"|ate|eaten|sank|sunk")
_PREFIXED = rf"(?:re|out|over|under)?(?:{_IRREGULAR})"  # "repaid", "outsold", "overtaken"
# A body's decision is made by announcing it: "the council said it approved the levy" gives the act itself.
_DECIDED = (r"(?!(?:approved|adopted|decided|agreed|voted|appointed|accepted|rejected|ratified|passed|endorsed"
            r"|authori[sz]ed|granted|declined|elected|chose|resolved)(?!\w))")
_SAYS = r"(?:said|says|say|stated|states|announced|announces|told\s+(?:\w+\s+){1,2}?)\s*(?:that\s+)?"
_DEED = (r"(?P<deed>(?:(?:had|has|have)\s+(?:(?:already|now|just|also|successfully|fully)\s+)?(?:been\s+)?"
         rf"{_DECIDED}"
         rf"(?:[a-z]{{3,}}ed|{_PREFIXED})|{_DECIDED}(?:[a-z]{{3,}}ed|{_PREFIXED}))(?!\w)[^.,;:!?]*)")
_OF_ITSELF = patterns.compile(rf"{_SAYS}(?P<pronoun>it|they)\s+{_DEED}")
# A body's voice telling of "the company" is the body's word about itself: "A spokeswoman said the company had
# already changed how it displays results" gives the company's own account, as "The company said it had" does
# (factcheck_116); the sentence may call the company by the name its passage gives it ("Orbis changed ...").
_VOICE = patterns.compile(r"(?:^|\s)(?:spokes(?:wo)?(?:man|men|person|people)|representatives?|officials?"
                          r"|executives?)$", re.IGNORECASE)
_OF_ITS_BODY = patterns.compile(rf"{_SAYS}(?P<body>the\s+(?:company|firm|group|business|bank|airline|carrier"
                                rf"|operator|ministry|government|agency|council|union|club|party|school|hospital)"
                                rf")\s+{_DEED}")
_ARTICLE = patterns.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LONG = 5
_NEXT_CLAUSE = patterns.compile(r";|,\s+(?:and|but|while|whereas|yet)\s")


def own_deed_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                     parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text tells as done a deed that every passage restating it gives only as its doer's own
    word ("The army said it had captured the city"), and says nobody's word itself."""
    unowned = finding_of_none_unowned(text)  # "No evidence was found that": a report of no one's (own_findings.py)
    if not in_english(language) or says_whose_word(text) or (reports(text) and not unowned) or OWN_ACCOUNT.search(text):
        return []  # "The army says it captured the city", "..., by its own account"
    accounts = [account for passage in passages for account in _accounts(passage.text, parties)]
    if not accounts:
        return []  # most passages give no speaker's word of its own deed: found without reading the sentence
    spoken = markers_blanked(text)
    opening = _key(spoken) + " "
    for subject, deed, words in accounts:
        speaker = _opens_on(opening, subject) or (subject if unowned and finding_of_none_said(deed) else "")
        if not (speaker and (_long_words(spoken) - _long_words(speaker)) & words):
            continue
        if finding_of_none_kept(spoken, speaker, passages):
            continue  # "The Commission found no evidence": whose finding it is, said (own_findings.py)
        if any(len(_long_words(unquoted(spoken)) & plain) >= 2 for passage in passages
               for plain in _plain_parts(passage.text, parties)):
            return []  # a passage states it outside the doer's account: it backs the sentence
        whose = _ARTICLE.sub(lambda article: article.group().lower(), speaker)  # "the army" mid-sentence
        return [Finding(offset, f"this sentence states as done what its cited passages give only as the word of "
                                f"{whose} about itself ('{deed}'): {clipped(text)}",
                        f"say whose word it is, as the source does ('{speaker} said ...'), or cite a passage that "
                        "states it")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _accounts(text: str, parties: tuple) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Return each speaker a passage gives a deed of its own to, as written, with the deed and its long words."""
    if " it " not in text and " they " not in text and " the " not in text:
        return ()
    found = []
    for at, subject, names in reporting_subjects(text):
        account = _OF_ITSELF.match(text, at)
        if account is None and _VOICE.search(subject) and (account := _OF_ITS_BODY.match(text, at)):
            subject = account["body"]  # "a spokeswoman said the company had": the company's word
        if account is None or not subject or (parties and parties_of(naming_words(subject, parties), parties)):
            continue  # no deed of its own; or a party's, party_word.py's to read
        if own_act_announced(text, at, subject):
            continue  # "the regulator said it had opened an investigation": its act, not its word (own_acts.py)
        deed = _clause_of(account["deed"])
        found.append((subject, " ".join(deed.split()), _long_words(deed)))
        if account.re == _OF_ITS_BODY or _voice_of_it(subject, account):
            # the body by a name of a party its passage gives: "Orbis" of "the company"; and a voice's bare "it" is
            # its body, whom the passage named speaking before: "Orbis said ... Its spokesman said it had" (factcheck_117)
            bodies = _parties_named(text, parties) + ([] if account.re == _OF_ITS_BODY else _speaker_before(text, at))
            found.extend((name, " ".join(deed.split()), _long_words(deed)) for name in bodies)
    return tuple(found)


def _voice_of_it(subject: str, account: re.Match) -> bool:
    """Say whether an account is a body's voice's ("its spokesman", "a representative") telling of a bare "it"."""
    return account.re == _OF_ITSELF and account["pronoun"] == "it" and bool(_VOICE.search(subject))


def _speaker_before(text: str, at: int) -> list[str]:
    """Return the subject of the last reporting word before `at` that is no body's voice, as written: whom a voice's
    "it" stands for ("Orbis" of "Orbis said it would appeal. Its spokesman said it had ..."); none where there is none."""
    before = [subject for start, subject, _ in reporting_subjects(text[:at]) if subject and not _VOICE.search(subject)]
    return before[-1:]


def _parties_named(text: str, parties: tuple) -> list[str]:
    """Return the words naming a party of the briefing that text writes as a name (capitalised), as written."""
    return sorted({word for word in _WORD.findall(text) if word[0].isupper()
                   and any(folded_word(word) in words for _, words in parties)})


@functools.lru_cache(maxsize=1 << 12)
def _plain_parts(text: str, parties: tuple) -> tuple[frozenset[str], ...]:
    """Return the long words of each sentence of a passage that gives no speaker's own deed: what it states itself."""
    return tuple(_long_words(unquoted(sentence.text)) for sentence in split_sentences(text)
                 if not _accounts(sentence.text, parties))


def _clause_of(deed: str) -> str:
    """Return a deed's words to where the next clause starts ("..., and the court granted it")."""
    following = _NEXT_CLAUSE.search(deed)
    return deed[:following.start()] if following else deed


def _opens_on(opening: str, subject: str) -> str:
    """Return the words of a reporting word's subject that a sentence's folded `opening` starts with, as written:
    the fewest from an article or a capital on ("the army" of "On Monday the army"), else all of them; or ""."""
    words = subject.split()
    return next((" ".join(words[first:]) for first in reversed(range(len(words)))
                 if (not first or words[first][0].isupper() or _ARTICLE.match(words[first] + " "))
                 and opening.startswith(_key(" ".join(words[first:])) + " ")), "")


def _key(words: str) -> str:
    """Return words folded, their article aside: "the army" of "The army"."""
    return " ".join(_ARTICLE.sub("", " ".join(words.split())).casefold().split())


def _long_words(text: str) -> frozenset[str]:
    """Return the words of five letters or more of text, folded."""
    return frozenset(folded_word(word) for word in _WORD.findall(text) if len(word) >= _LONG)
