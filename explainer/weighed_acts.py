"""An act only weighed not told as decided or done: "The committee will sue Marvela" (or "has sued", "is suing") may
not cite only "Mr Okafor said the committee would consider suing Marvela in New York".

A passage weighs an act where a verb of weighing stands before it: "would consider suing", "is considering
appealing", "is weighing whether to sue", "has discussed striking", "is exploring selling". possible_done.py reads
the modal's own verb ("would consider": "considered"), not the act weighed after it, and stated_intentions.py reads a
speaker's pronoun ("said they would appeal"), not a subject named ("said the committee would consider suing"): both
let "The committee has sued Marvela" build. A sentence is refused where it tells that act as done (its past: "sued",
"has sued"; under way: "is suing") or as decided ("will sue", "is going to sue", "plans to sue", "has decided to
sue") in a clause sharing a word of four letters or more with the passage's (its object, its doer), keeps no weighing
of its own ("may", "could", "would", "consider", "whether", "threatens"), and no cited passage tells the act so
itself. English text is read; words in quotation marks are not (tests/test_newuser_95.py).
A noun weighed is an act weighed too ("would consider an appeal", "is exploring a sale"), where no court hears it
("the court is considering an appeal") and nobody else made it ("an appeal by the union"); and a sentence's "would"
right before the act, with no condition ("if", "unless"), tells it decided: "The board would appeal the ruling" of
"The board said it would consider an appeal" is refused (tests/test_factcheck_165.py). An act told undone ("has not
yet sold", "will not sue") tells nothing decided, and a deal weighed told done ("sold" of "is exploring a sale") is
business_steps.py's to name; an appeal a court weighs, or one another made, is filed, no act weighed (`appeal_heard`,
read by open_decisions.py, legal_status.py and unsettled.py: tests/test_factcheck_168.py). An act named among
options weighed is weighed too: "Halvorsen says it will appeal" (or "has appealed") may not cite "we are reviewing all
of our options, including an appeal" ("reviewing", "weighing", "assessing" ... "options, including" or "such as" a
noun of an act); where open_decisions.py names the options told decided already, it is named once there
(tests/test_factcheck_173.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .possible_done import english_past
from .sentences import inside, markers_blanked

_WEIGHING = (r"consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|contemplat(?:es?|ed|ing)|explor(?:es?|ed|ing)"
             r"|stud(?:y|ies|ied|ying)|discuss(?:es|ed|ing)?|mull(?:s|ed|ing)?|debat(?:es?|ed|ing)")
# Acts a noun names after a verb of weighing: "would consider an appeal" weighs appealing, "a lawsuit" suing
_NOUN_ACTS = {"appeal": "appeal", "lawsuit": "sue", "strike": "strike", "challenge": "challenge", "boycott": "boycott",
              "sale": "sell", "merger": "merge", "ban": "ban", "bid": "bid", "review": "review", "recall": "recall"}
# the verb of weighing, then the act: a gerund ("suing"), a plain verb after "whether to", or a noun after "a"
# ("consider an appeal"; not "an appeal by the union", which another made)
_WEIGHED = patterns.compile(rf"(?<!\w)(?:{_WEIGHING})\s+(?:(?:whether|if)\s+to\s+(?P<plain>[a-z]{{2,}})"
                            r"|(?P<gerund>[a-z]{2,}ing)"
                            rf"|an?\s+(?:possible\s+|legal\s+|formal\s+)?(?P<noun>{'|'.join(_NOUN_ACTS)})"
                            r"(?!\s+(?:by|from|lodged|filed|brought|made|submitted)(?!\w)))(?!\w)", re.IGNORECASE)
# Who hears an appeal weighs no act of its own: "the court is considering an appeal against the ruling"
_DEAL_NOUNS = frozenset({"sale", "merger"})
_HEARERS = patterns.compile(r"(?<!\w)(?:courts?|tribunals?|judges?|justices|appellate|panel|magistrates?)(?!\w)",
                            re.IGNORECASE)
# A court weighing an appeal hears one filed, and so does anyone weighing "an appeal by the union": "The tribunal
# will consider an appeal by the union against the ruling" tells the union appealed (tests/test_factcheck_168.py)
# An act named among options weighed: "we are reviewing all of our options, including an appeal", "is weighing its
# legal options, such as a lawsuit" (factcheck173)
_OPTIONS = patterns.compile(rf"(?<!\w)(?:{_WEIGHING}|review(?:s|ed|ing)?|assess(?:es|ed|ing)?|evaluat(?:es?|ed|ing))"
                            r"\s+(?:all\s+)?(?:of\s+)?(?:(?:our|its|their|his|her|the|your|my)\s+)?"
                            r"(?:legal\s+|available\s+)?options,?\s+(?:including|such\s+as)\s+(?:(?:a|an)\s+)?"
                            rf"(?:possible\s+|legal\s+|formal\s+)?(?P<noun>{'|'.join(_NOUN_ACTS)})(?!\w)",
                            re.IGNORECASE)
_HEARER_BEFORE = patterns.compile(r"(?<!\w)(?:courts?|tribunals?|judges?|justices|panel|magistrates?)"
                                  r"(?:\s+of\s+\w+)?"  # "the Court of Appeal"; not one asked: "ask the court to"
                                  r"(?!\s+to\s)\s+(?:(?:is|are|was|were|will|would|has|have|had|be|been|now|also|next|first"
                                  r"|to|then|later|soon|week|month|today|tomorrow)\s+){0,3}$", re.IGNORECASE)
_MADE_AFTER = patterns.compile(r"\s+(?:by|from|lodged|filed|brought|made|submitted)(?!\w)", re.IGNORECASE)
_APPEAL_WEIGHED = patterns.compile(rf"(?:(?:is|are|was|were|will|would)\s+)?(?:{_WEIGHING})\s+(?:(?:an?|the|its|their)"
                                   r"\s+)?(?:legal\s+|formal\s+)?appeals?(?!\w)", re.IGNORECASE)


def appeal_heard(text: str, at: int) -> bool:
    """Say whether the weighing of an appeal at `at` ("consider an appeal", "is considering an appeal") weighs one made:
    a court's, its subject right before it ("the tribunal will consider an appeal"), or of an appeal another made
    ("consider an appeal by the union"). Such an appeal is filed, no act still open."""
    weighed = _APPEAL_WEIGHED.match(text, at)
    return weighed is not None and (_HEARER_BEFORE.search(text, max(0, at - 60), at) is not None
                                    or _MADE_AFTER.match(text, weighed.end()) is not None)


# the sentence's act told decided: "will sue", "is going to sue", "plans to sue", "has decided to sue"
_DECIDED = patterns.compile(r"(?<!\w)(?:will|shall|would|(?:is|are)\s+(?:going\s+|set\s+)?to|plans?\s+to|planned\s+to"
                            r"|intends?\s+to|intended\s+to|(?:has|have)\s+decided\s+to|decided\s+to)\s+(?:also\s+|now\s+)?"
                            r"(?P<verb>[a-z]{2,})(?!\w)", re.IGNORECASE)
# a weighing kept by the sentence: it tells no act done nor decided
_KEPT = patterns.compile(rf"(?<!\w)(?:{_WEIGHING}|may|might|could|would|whether|possibl[ey]|option|threat\w*|warn\w*)"
                         r"(?!\w)", re.IGNORECASE)
_GERUND_WORDS = frozenset({"nothing", "something", "anything", "everything", "thing", "things", "being", "having",
                           "during", "morning", "evening", "spring", "king", "ring", "wing", "sing", "bring", "string"})
_NOT_CONTENT = frozenset({"will", "would", "that", "this", "with", "said", "says", "have", "been", "from", "they",
                          "their", "them", "were", "also", "into", "consider", "considering", "whether"})
_SHARED = 1


def weighed_told_as_decided(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as decided or done an act its cited passages only weigh."""
    if not in_english(language):
        return []
    weighed = [act for passage in passages if in_english(passage.language or language) for act in _weighed(passage.text)]
    if not weighed:
        return []  # most passages weigh nothing: found without reading the sentence
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    for forms, told_past, shown, clause_words in weighed:
        if len(words & clause_words) < _SHARED or _kept(spoken, forms):
            continue
        told = _told(spoken, forms, told_past, quoted)
        if told and not any(_told(_OPTIONS.sub(" ", _WEIGHED.sub(" ", passage.text)), forms, told_past, ())
                            for passage in passages):
            if "options" in shown and _named_as_options(text, passages, offset, language):
                return []  # named once, by open_decisions.py: "will strike" of "reviewing its options"
            return [Finding(offset + told[0], f"this sentence tells as decided or done ('{told[1]}') what its cited "
                                              f"passages give only as weighed ('{shown}'): {clipped(text)}",
                            "keep the source's weighing ('would consider ...'), or cite a passage that says it was "
                            "decided or done")]
    return []


def _named_as_options(text: str, passages: list[Cited], offset: int, language: str) -> bool:
    """Say whether open_decisions.py names text's act decided of options weighed already (it imports this module)."""
    from .open_decisions import told_as_decided

    return bool(told_as_decided(text, passages, offset, language))


def _kept(text: str, forms: frozenset[str]) -> bool:
    """Say whether text keeps a weighing of its own ("may", "could", "consider"); a "would" before the act itself
    ("the board would appeal the ruling") keeps none, unless a condition goes with it ("if it lost")."""
    conditioned = _CONDITION.search(text)
    return any(not (match.group().casefold() == "would" and not conditioned and _act_after(text, match.end(), forms))
               for match in _KEPT.finditer(text))


_CONDITION = patterns.compile(r"(?<!\w)(?:if|unless|otherwise|should)(?!\w)", re.IGNORECASE)
_NEXT_WORD = patterns.compile(r"\s+(?:also\s+|now\s+)?([a-z]+)", re.IGNORECASE)


def _act_after(text: str, at: int, forms: frozenset[str]) -> bool:
    """Say whether the word after `at` is the act weighed ("would appeal")."""
    word = _NEXT_WORD.match(text, at)
    return bool(word) and word[1].casefold() in forms


def _told(text: str, forms: frozenset[str], past: re.Pattern, quoted) -> tuple[int, str] | None:
    """Return where and how text tells the act decided ("will sue"), under way ("is suing") or done ("sued"); not
    where it tells it undone ("has not yet sold", "will not sue")."""
    for match in _DECIDED.finditer(text):
        if match["verb"].casefold() in forms and not inside(quoted, match.start()) and not _undone(text, match):
            return match.start(), " ".join(match.group().split())
    for match in past.finditer(text):
        if not inside(quoted, match.start()) and not _undone(text, match):
            return match.start(), match.group()
    return None


# a negation before the act or in its words: "has not yet sold", "has not been sold", "will not sue"
_NEGATED_BEFORE = patterns.compile(r"(?:(?<!\w)(?:not|never|no)|n['’]t)(?:\s+(?:yet|been|also|already))*\s+$",
                                   re.IGNORECASE)
_NEGATED_WITHIN = patterns.compile(r"(?<!\w)(?:not|never)(?!\w)|n['’]t(?!\w)", re.IGNORECASE)


def _undone(text: str, told: re.Match) -> bool:
    """Say whether the act told at `told` is negated: "has not yet sold", "will not sue"."""
    return bool(_NEGATED_BEFORE.search(text, max(0, told.start() - 30), told.start())
                or _NEGATED_WITHIN.search(told.group()))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _weighed(text: str) -> tuple[tuple[frozenset[str], re.Pattern, str, frozenset[str]], ...]:
    """Return the acts a passage weighs: the act's plain forms, the pattern of its past and of its progressive told
    as under way, the words as written, and its clause's content words."""
    if "consider" not in text and "weigh" not in text and "options" not in text and not _WEIGHED.search(text):
        return ()
    found = []
    for match in _weighings(text):
        gerund = (match["gerund"] or "").casefold() if "gerund" in match.re.groupindex else ""
        if gerund in _GERUND_WORDS or (match["noun"] and _HEARERS.search(text, max(0, match.start() - 80),
                                                                         match.start())):
            continue
        if match["noun"]:
            forms = frozenset({_NOUN_ACTS[match["noun"].casefold()]})
        else:
            forms = _plain_forms(gerund) if gerund else frozenset({match["plain"].casefold()})
        # a deal weighed told done ("sold" of "is exploring a sale") is business_steps.py's to name
        done = ("(?!)" if (match["noun"] or "").casefold() in _DEAL_NOUNS
                else "|".join(dict.fromkeys(english_past(form).pattern for form in sorted(forms))))
        if match["noun"] and match["noun"].casefold() not in _DEAL_NOUNS | _MADE_ELSEWHERE:
            done += "|" + _noun_act_told(match["noun"].casefold())  # "has called a strike" of "options, including a strike"
        ongoing = "|".join(sorted({gerund} if gerund else {_gerund(form) for form in forms}))
        past = re.compile(rf"{done}|(?<!\w)(?:is|are|was|were)\s+(?:now\s+)?(?:{ongoing})(?!\w)", re.IGNORECASE)
        clause = text[max(0, match.start() - 120):match.end() + 120]
        found.append((forms, past, " ".join(match.group().split()), content_words(clause, _NOT_CONTENT) - forms))
    return tuple(found)


# A noun act told decided or done by the verb that makes it ("called a strike", "will file an appeal", "launched a
# legal challenge", "went on strike"): "The union has called a strike." of "The union is reviewing its options,
# including a strike" built, the noun's own verb ("struck") alone read (tests/test_factcheck_179.py).
# (no "-ing" form: "has not ruled out calling a strike" weighs it still)
_MAKING = (r"call(?:s|ed)?|declar(?:es?|ed)|launch(?:es|ed)?|stag(?:es?|ed)|start(?:s|ed)?|beg(?:in|ins|an|un)"
           r"|fil(?:es?|ed)|lodg(?:es?|ed)|br(?:ing|ings|ought)|mount(?:s|ed)?|announc(?:es?|ed)|submit(?:s|ted)?")
# an appeal filed and a ban imposed are named already (legal_status.py, open_decisions.py; stages.py)
_MADE_ELSEWHERE = frozenset({"appeal", "ban"})


def _noun_act_told(noun: str) -> str:
    """Return the source of a noun act made by its verb: "called a strike", "filed an appeal", "went on strike"."""
    on = r"|(?<!\w)(?:go|goes|went|gone)\s+on\s+strike(?!\w)" if noun == "strike" else ""
    return (rf"(?<!\w)(?:{_MAKING})\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z-]+\s+)?{noun}s?(?!\w){on}")


def _weighings(text: str) -> list[re.Match]:
    """Return each place a passage weighs an act: its verb of weighing, or its options named ("reviewing all of our
    options, including an appeal")."""
    return [*_WEIGHED.finditer(text), *_OPTIONS.finditer(text)]


def _plain_forms(gerund: str) -> frozenset[str]:
    """Return the plain verbs a gerund may be of: "suing": "sue" (and "su"), "filing": "file", "stopping": "stop"."""
    stem = gerund[:-3]
    forms = {stem, stem + "e"}
    if len(stem) >= 2 and stem[-1] == stem[-2]:
        forms.add(stem[:-1])
    return frozenset(form for form in forms if len(form) >= 2)


def _gerund(verb: str) -> str:
    """Return a plain verb's "-ing" form."""
    return verb[:-1] + "ing" if verb.endswith("e") and not verb.endswith("ee") else verb + "ing"
