"""An election's result kept as its source gives it: a majority, the most seats or votes, a turnout, a count's stage.

- A majority claimed ("Labour won a majority", "secured an outright majority", "has a majority of the seats", "won a
  plurality of seats and a majority") may not cite passages that give the party none ("fell short of a majority",
  "without a majority", "a hung parliament"), only the most seats, a plurality or the largest party, or a count of half the seats or fewer ("48 of the 100 seats"), where none of
  them gives a majority (a claim as the sentence's, "won 52 of the 100 seats", "majority government").
- The most seats are not the most votes: "Labour won the most votes" ("more votes", "the popular vote") may not cite
  "Labour won the most seats" where no passage gives Labour the votes, nor "National won the most votes" where one
  gives them to another party.
- A turnout is no party's share, nor a ballot's backing: "Labour won 61% of the vote" ("71% backed the strike") may
  not cite "Turnout was 61%" where no passage gives 61% as a share of the vote; nor may "Turnout was 38%" cite
  "Labour won 38% of the vote" (turnouts.py, which reads German, French and Spanish too).
- A lead the source ends is not going on: "Labour leads the count" ("is ahead", "remains in the lead") may not cite
  "Labour led until March" ("led in early counts before National overtook it", "lost its lead") where no passage
  gives the lead going on.
- A preliminary count is not a certified one: "the results were certified" ("certified", "final" or "official
  results") may not cite "preliminary results" ("provisional", "partial", "early", "unofficial" results, counts or
  returns) where no passage gives results certified, final or official; nor, the other way round, may "according to
  the preliminary results" cite only a final count (the final figures told as the ones that moved since). German,
  French and Spanish are read alike ("nach dem amtlichen Endergebnis", "endgültig 16 Sitze" of "nach dem vorläufigen
  Ergebnis", "Hochrechnung"; "résultats définitifs" of "résultats provisoires"; "resultados definitivos" of
  "escrutinio provisional"): a final count a passage gives only as to come ("wird das amtliche Endergebnis
  abwarten", "stellt ... in einer Woche fest") gives none (tests/test_newuser_104.py).

Words in quotation marks and a negated or unreal claim ("did not win a majority", "would have won") are not read.
English text is read; the count's stage in German, French and Spanish too.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import WORD
from .german_doers import doer_swapped
from .german_figure_slots import figure_in_other_words
from .german_leads import lead_turned_round
from .sentences import markers_blanked
from .turnouts import earlier_turnout_as_now, measure_swapped, turnout_as_share
from .wordset import may_hold

# before a claim: a negation, a past unreal or a mere aim tells none ("did not win", "would have won", "hopes to win")
_UNCLAIMED = patterns.compile(r"(?<![\w-])(?:not|never|n['’]t|no|without|to|would\s+have|could\s+have|might\s+have"
                              r"|short\s+of|if|whether|until|before)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_MAJORITY_WORDS = frozenset({"majority"})
_KIND = r"(?:(?:outright|absolute|overall|clear|working|governing|parliamentary|narrow|slim|comfortable|large|big" \
        r"|two-thirds|simple)\s+)"
_MAJORITY = patterns.compile(
    r"(?<![\w-])(?P<claim>(?:won|wins|secured|secures|took|takes|has|holds|held|gained|gains|claimed|retained|kept"
    r"|commands|obtained|achieved|with|returned\s+with"
    # a count of seats told as one: "gives the Civic Alliance 41 of the 90 seats, a majority" (test_factcheck_108)
    r"|seats,"
    # a projection's or a poll's: "The projection gives the Civic Alliance a majority"
    r"|(?:gives|gave|give|giving)(?:\s+[\w'’-]+){0,4}?(?=\s+(?:an?|its|the|their|his|her)\s+[\w-]*\s*majority))\s+"
    # a majority joined to another thing won: "won a plurality of seats and a majority" (factcheck_71)
    r"(?:(?:[\w'’-]+\s+){1,6}?and\s+)?"
    rf"(?:an?|its|the|their|his|her)\s+{_KIND}*majority"
    r"(?P<of>\s+of\s+(?:the\s+)?(?:\d+\s+)?seats)?)(?!\s+of)(?!\w)", re.IGNORECASE)
_NO_MAJORITY = patterns.compile(
    rf"(?<![\w-])(?:short\s+of\s+(?:an?\s+|the\s+)?{_KIND}*majority|(?:no|without|lacks?|lacking|lost\s+its|lost\s+the"
    r"|failed\s+to\s+(?:win|secure|gain)|did\s+not\s+(?:win|secure|gain)|didn['’]t\s+(?:win|secure|gain))\s+"
    rf"(?:an?\s+|its\s+|the\s+)?{_KIND}*majority|hung\s+(?:parliament|assembly|council|legislature|house)"
    r"|minority\s+government|(?:the\s+)?(?:single\s+)?(?:largest|biggest)\s+(?:single\s+)?party"
    r"|(?:won|wins|took|takes|secured|has|holds)\s+the\s+most\s+seats"
    # the most seats or votes, not half of them: "won a plurality of seats"
    r"|(?:an?|the|its)\s+(?:\w+\s+)?plurality)(?!\w)", re.IGNORECASE)
_SEAT_COUNT = patterns.compile(r"(?<![\w.,])(?P<part>\d+)\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?(?:[\w-]+['’]s\s+)?"
                               r"(?P<whole>\d+)\s+"
                               r"(?:\w+\s+)?seats(?!\w)", re.IGNORECASE)
_MAJORITY_GIVEN = patterns.compile(r"(?<![\w-])majority\s+(?:government|of\s+\d+)(?!\w)", re.IGNORECASE)

_MOST_WORDS = frozenset({"most", "more", "popular"})
_MOST = patterns.compile(
    r"(?:(?P<who>(?:[A-Z][\w'’-]*\s+){1,3})(?:(?:has|had|have)\s+)?)?(?<![\w-])(?P<claim>(?:won|wins|took|takes"
    r"|secured|received|got|gained|claimed|carried|topped)\s+(?:(?:the\s+)?(?:most|more)\s+(?P<what>seats|votes)"
    r"|the\s+(?P<popular>popular\s+vote)))(?!\w)")
_OTHER = {"seats": "votes", "votes": "seats"}

_LEAD_WORDS = frozenset({"leads", "leading", "ahead", "lead"})
_LEADS_NOW = patterns.compile(r"(?<![\w-])(?:(?:still\s+)?leads|(?:is|are|remains?|stays?)\s+(?:still\s+)?(?:leading"
                              r"|ahead|in\s+the\s+lead))(?!\w)", re.IGNORECASE)
_LEAD_ENDED = patterns.compile(r"(?<![\w-])(?:led\s+(?:\w+\s+){0,5}?(?:until|till|before)|overtook|overtaken|overtakes"
                               r"|lost\s+(?:the|its|their|his|her)\s+lead|fell\s+behind)(?!\w)", re.IGNORECASE)
# a count's stage, looked for as text before any pattern: the stems of its words in English, German, French, Spanish
_STAGE_STEMS = ("final", "official", "certif", "endergebnis", "amtlich", "endgült", "définitif", "officiel",
                "definitiv", "oficial", "preliminar", "provision", "partial", "early", "initial", "incomplete",
                "vorläufig", "hochrechnung", "schnellmeldung", "provisoire", "partiel", "préliminaire", "escrutinio")
# German "das amtliche Endergebnis", "die endgültige Sitzverteilung", "endgültig 16 Sitze"; French "les résultats
# définitifs", "officiels"; Spanish "los resultados definitivos", "el escrutinio definitivo", "oficiales"
_CERTIFIED = patterns.compile(
    r"(?<![\w-])(?:(?:certified|final|official)\s+(?:results?|count|tally|figures|returns)|certified\s+the\s+"
    r"(?:results?|count|vote|election|tally)|results?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+certified"
    r"|certification\s+of\s+the\s+(?:results?|count|vote|election)"
    r"|(?:amtlich|endgültig)\w*\s+(?:End)?(?:ergebnis|sitzverteilung|auszählung|zahlen|wahlergebnis)\w*"
    r"|Endergebnis\w*|endgültig\s+(?:\w+\s+){0,2}?\d+"
    r"|r[ée]sultats?\s+(?:d[ée]finitifs?|officiels?)|(?:resultados?|escrutinio|recuento)\s+(?:definitivos?"
    r"|oficial(?:es)?))(?!\w)", re.IGNORECASE)
_NOT_YET = patterns.compile(r"(?<![\w-])(?:not|never|n['’]t|no|until|before|awaiting|pending|await|awaits|if"
                            r"|whether|bis\s+zu[mr]|vor\s+de[mr]|auf\s+das|nicht|kein\w*|avant|jusqu['’]aux|antes\s+de"
                            r"|hasta)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# a final count still to come in a passage: "wird das amtliche Endergebnis abwarten", "stellt ... in einer Woche fest";
# and a final count's stage a passage gives only as to come, "bis zur Feststellung des amtlichen Endergebnisses"
_TO_COME = patterns.compile(r"^\W*(?:\w+\W+){0,4}?(?:abwarten|abzuwarten|erwartet|steht\s+noch\s+aus|in\s+einer"
                            # "stellt der Landeswahlausschuss in seiner Sitzung am Donnerstag fest" (newuser_116)
                            r"|in\s+(?:seiner|ihrer)\s+(?:nächsten\s+)?Sitzung|(?:stellt|stellen)\s+(?:\w+\s+){0,3}?am\s+"
                            r"(?:\d{1,2}\.|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
                            r"|is\s+expected|are\s+expected|due|attendus?|esperad[oa]s?)(?!\w)", re.IGNORECASE)
_PRELIMINARY = patterns.compile(r"(?<![\w-])(?:(?:preliminary|provisional|partial|early|initial|unofficial|incomplete)"
                                r"\s+(?:results?|counts?|returns|tally|figures)"
                                r"|vorläufig\w*\s+(?:End)?(?:ergebnis|sitzverteilung|auszählung|zahlen|wahlergebnis)\w*"
                                r"|Hochrechnung\w*|Schnellmeldung\w*"
                                r"|r[ée]sultats?\s+(?:provisoires?|partiels?|pr[ée]liminaires?)"
                                r"|(?:resultados?|escrutinio|recuento)\s+(?:provisional(?:es)?|preliminar(?:es)?"
                                r"|parcial(?:es)?))(?!\w)", re.IGNORECASE)


def misread_elections(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each of a majority, the most seats or votes, a turnout and a certified count that text
    tells otherwise than its cited passages."""
    if not passages:
        return []
    if not in_english(language):  # a count's stage and a turnout are read in German, French and Spanish too
        return (_preliminary_as_certified(text, passages, offset) + turnout_as_share(text, passages, offset, language)
                # a past year's turnout told as this election's: "lag bei 63,9 Prozent" of "2021, als 63,9 Prozent"
                + earlier_turnout_as_now(text, passages, offset, language)
                # the turnout told as a group's share: "Der Anteil der Briefwähler lag bei 68,4 Prozent"
                + measure_swapped(text, passages, offset, language)
                # a lead turned round: "liegt die Bewerberin der NSD ... vor dem Bewerber der UNM" of the reverse
                + lead_turned_round(text, passages, offset, language)
                # a deed given to another doer: "Die NSD hat ... verschoben" of "Die Grüne Liste hat es ... verschoben"
                + doer_swapped(text, passages, offset, language)
                # a figure put in another's words: "Für eine Mehrheit sind 51 Sitze erforderlich" of 55 (and 51 elsewhere)
                + figure_in_other_words(text, passages, offset, language)
                if language[:2] in ("de", "fr", "es") else [])
    return (_seats_for_votes(text, passages, offset) + turnout_as_share(text, passages, offset, language)
            + _lead_ended(text, passages, offset) + _preliminary_as_certified(text, passages, offset))


def majority_not_won(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says a party won a majority its cited passages give it not, or only as the largest
    party or half the seats or fewer."""
    if not in_english(language) or not passages or not may_hold(text, _MAJORITY_WORDS):
        return []  # most sentences claim no majority: found by a set lookup
    spoken = unquoted(markers_blanked(text))
    claim = _claimed(_MAJORITY, spoken)
    if claim is None:
        return []
    names = _names(spoken[:claim.start()])
    given = ""
    for passage in passages:
        said = unquoted(passage.text)
        if _claimed(_MAJORITY, said) or _MAJORITY_GIVEN.search(said) or any(
                2 * int(seats["part"]) > int(seats["whole"]) for seats in _SEAT_COUNT.finditer(said)):
            return []  # a passage gives a majority
        if names and not names & _words(said):
            continue  # of another party
        found = _NO_MAJORITY.search(said) or (None if claim["of"] else _SEAT_COUNT.search(said))
        given = given or (" ".join(found.group().split()) if found else "")
    if not given:
        return []
    return [Finding(offset + claim.start(), f"this sentence says '{' '.join(claim['claim'].split())}' where its cited "
                                            f"passages give no majority ('{given}'): {clipped(text)}",
                    "give the seats as the source does ('48 of the 100 seats', 'the largest party', 'short of a "
                    "majority'), or cite a passage that gives the majority")]


def _seats_for_votes(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text gives a party the most seats (votes) that its passages give the most votes (seats),
    or give to another party."""
    if not may_hold(text, _MOST_WORDS):
        return []
    said = _most(unquoted(markers_blanked(text)))
    if not said:
        return []
    theirs = [given for passage in passages for given in _most(unquoted(passage.text))]
    for start, who, named, what, claim in said:
        if any(what == other_what and (not who or not other_who or who & other_who)
               for _, other_who, _, other_what, _ in theirs):
            continue  # a passage gives it so
        if " most " in f" {claim} " and not any(f"most {what}" in passage.text.casefold() for passage in passages):
            continue  # a superlative no passage uses is superlatives.py's to name, once
        instead = next((f"them to {other_named} ('{other_claim}')"
                        for _, other_who, other_named, other_what, other_claim in theirs
                        if other_what == what and who and other_who), "")
        instead = instead or next((f"it the most {other_what} ('{other_claim}')" for _, other_who, _, other_what,
                                   other_claim in theirs
                                   if other_what == _OTHER[what] and (not who or not other_who or who & other_who)),
                                  "")
        if instead:
            return [Finding(offset + start, f"this sentence gives {named or 'its subject'} the most {what} "
                                            f"('{claim}') where its cited passages give {instead}: {clipped(text)}",
                            "say what the source says was won, seats or votes, and by whom")]
    return []


def _most(text: str) -> list[tuple[int, frozenset[str], str, str, str]]:
    """Return where text gives someone the most seats or votes: its start, who (their names' words, and as written),
    what, its words."""
    return [(found.start("claim"), _names(found["who"] or ""), " ".join((found["who"] or "").split()),
             "votes" if found["popular"] else found["what"].lower(), " ".join(found["claim"].split()))
            for found in _MOST.finditer(text)
            if not _UNCLAIMED.search(text, max(0, found.start("claim") - 24), found.start("claim"))]


def _lead_ended(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text gives as a lead going on one its passages give as ended ("led until March")."""
    if not may_hold(text, _LEAD_WORDS):
        return []
    spoken = unquoted(markers_blanked(text))
    leads = _claimed(_LEADS_NOW, spoken, _NOT_YET)
    if leads is None:
        return []
    names, ended = _names(spoken[:leads.start()]), ""
    for passage in passages:
        said = unquoted(passage.text)
        if _LEADS_NOW.search(said):
            return []  # a passage gives a lead going on
        found = _LEAD_ENDED.search(said)
        if found and (not names or names & _words(said)):
            ended = ended or " ".join(found.group().split())
    if not ended:
        return []
    return [Finding(offset + leads.start(), f"this sentence gives a lead as going on ('"
                                            f"{' '.join(leads.group().split())}') where its cited passages give "
                                            f"it as ended ('{ended}'): {clipped(text)}",
                    "say who led and until when, as the source does ('led until March')")]


def _preliminary_as_certified(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text gives results as certified, final or official that its passages give only as
    preliminary, or as preliminary results that its passages give only as final."""
    folded = text.casefold()
    if not any(stem in folded for stem in _STAGE_STEMS):
        return []  # most sentences name no count's stage: found without reading their passages
    spoken = unquoted(markers_blanked(text))
    certified = _claimed(_CERTIFIED, spoken, _NOT_YET)
    if certified is not None and _TO_COME.search(spoken[certified.end():certified.end() + 80]):
        certified = None  # "Final results are expected on Friday" tells none given
    told = _claimed(_PRELIMINARY, spoken, _NOT_YET) if certified is None else None
    if certified is None and told is None:
        return []
    said = [unquoted(passage.text) for passage in passages]
    final = next((found for text_said in said for found in _CERTIFIED.finditer(text_said)
                  if not _TO_COME.search(text_said[found.end():found.end() + 80])
                  and not _NOT_YET.search(text_said, max(0, found.start() - 40), found.start())), None)
    preliminary = next((found for text_said in said for found in _PRELIMINARY.finditer(text_said)), None)
    if certified is not None and final is None and preliminary is not None:
        return [Finding(offset + certified.start(), f"this sentence gives the results as final ('"
                                                    f"{' '.join(certified.group().split())}') where its cited passages "
                                                    f"give them as preliminary ('{' '.join(preliminary.group().split())}'"
                                                    f"): {clipped(text)}",
                        "say the results are preliminary, as the source does, or cite a passage that gives them "
                        "certified")]
    # the final figures told as the preliminary ones, which the final count may have moved (newuser_104)
    if told is not None and preliminary is None and final is not None:
        return [Finding(offset + told.start(), f"this sentence gives the results as preliminary ('"
                                               f"{' '.join(told.group().split())}') where its cited passages give them "
                                               f"as final ('{' '.join(final.group().split())}'): {clipped(text)}",
                        "say the results are final, as the source does, or cite the passage that gives the "
                        "preliminary ones")]
    return []


def _claimed(pattern: re.Pattern, text: str, unclaimed: re.Pattern = _UNCLAIMED) -> re.Match | None:
    """Return the first match of `pattern` in text that no negation, past unreal or aim before it (`unclaimed`)
    takes back."""
    return next((found for found in pattern.finditer(text)
                 if not unclaimed.search(text, max(0, found.start() - 24), found.start())), None)


_NOT_NAMES = frozenset("the a an in on at by with after before while but and results turnout".split())


def _names(text: str) -> frozenset[str]:
    """Return the capitalised words of text, folded, but those that open a sentence without naming: who is meant."""
    return frozenset(word.casefold() for word in WORD.findall(text)
                     if word[0].isupper() and word.casefold() not in _NOT_NAMES)


def _words(text: str) -> frozenset[str]:
    """Return the words of text, folded."""
    return frozenset(word.casefold() for word in WORD.findall(text))
