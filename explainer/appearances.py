"""How a thing appeared, told as how it is: "The vaccine is safe" may not cite "Officials said the vaccine appeared
safe in early trials".

A passage gives a quality only as it appeared where a verb of seeming stands right before it ("appeared safe",
"seemed stable", "looked likely", "was thought to be", "is believed to be", "was considered"), or limits it to
where it was seen so ("in early trials", "in preliminary tests", "in initial results"; not "so far", a time's
bound). likelihood.py reads
"appears to" and "seems to"; here the quality itself is read. A sentence restating such a clause (its quality, and
another word of four letters or more) is refused where it keeps no seeming, belief or limit of its own ("appeared",
"seems", "believed", "apparently", "likely", "in trials", "so far", ...) and no cited passage states the same clause
without one. Where a speaker the source names says it ("Officials said ..."), the finding names the speaker too,
whose word the sentence also drops. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import clause_end, clause_start, content_words, restated_unplainly
from .sentences import inside, markers_blanked, split_sentences
from .speakers import reporting_subjects, reports, shown
from .wordset import may_hold

# A verb of seeming with the quality after it ("appeared safe", "was thought to be safe"); not "appeared to" (a
# likelihood, likelihood.py's), "appeared in court", "looked into", "looks like".
_NOT_A_QUALITY = (r"to|like|at|into|for|as|in|on|before|with|after|under|from|by|over|up|out|back|around|through"
                  r"|the|a|an|his|her|its|their|this|that|set")
_SEEMING = patterns.compile(
    rf"(?<!\w)(?:(?:appear|seem|look)(?:s|ed)?|(?:is|are|was|were)\s+(?:widely\s+)?(?:thought|believed|considered"
    rf"|deemed|judged)(?:\s+to\s+be)?)\s+(?!(?:{_NOT_A_QUALITY})(?!\w))(?P<quality>[a-z][a-z-]{{2,}})(?!\w)",
    re.IGNORECASE)
# Where a quality was seen so: a limit that a sentence stating it of the thing itself widens.
_SEEN_IN = patterns.compile(r"(?<!\w)(?:in\s+(?:the\s+)?(?:early|initial|preliminary|first|small|limited|animal"
                            r"|laboratory|lab|pilot)\s+(?:trials?|tests?|testing|studies|study|results|data))(?!\w)",
                            re.IGNORECASE)
# A sentence's own seeming, belief or limit.
_KEPT = patterns.compile(r"(?<!\w)(?:appear\w*|seem\w*|look(?:s|ed)?|thought|believ\w*|consider\w*|deemed|judged"
                         r"|apparent\w*|likely|probabl\w*|possibl\w*|may|might|could|trials?|tests?|testing"
                         r"|stud(?:y|ies)"
                         r"|so\s+far|initial\w*|preliminary|early|suggest\w*)(?!\w)", re.IGNORECASE)
_CLAUSE_BREAK = patterns.compile(r"[;:.!?()\"“”«»—–]|,(?!\s*\d)")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "which", "when", "appeared", "appears", "appear", "seemed",
                          "seems", "seem", "looked", "looks", "thought", "believed", "considered", "deemed", "judged",
                          "officials", "early", "trials", "trial", "initial", "preliminary", "tests", "results"})
_RESTATES = 2


def seeming_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text states plainly a quality its cited passages give only as it appeared, or only
    where it was seen so ("in early trials")."""
    if not in_english(language):
        return []
    seen = [found for passage in passages for found in _seemings(passage.text)]
    if not seen:
        return []  # most passages give no seeming (read once each): found without reading the sentence
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    unquoted = "".join(" " if inside(quoted, at) else char for at, char in enumerate(spoken))
    if _KEPT.search(unquoted):
        return []  # the sentence keeps a seeming of its own
    words = content_words(unquoted, _NOT_CONTENT)
    marked = [(hedge, clause, clause_words) for hedge, clause, clause_words, quality, _ in seen
              if not quality or quality in words]
    found = restated_unplainly(words, marked, passages, _plain_clauses, _RESTATES)
    if found is None:
        return []
    hedge, clause = found
    speaker = next(speaker for shown_hedge, shown_clause, _, _, speaker in seen
                   if (shown_hedge, shown_clause) == found)
    speaker = "" if reports(text) else speaker  # "Officials say the vaccine is safe" drops the seeming alone
    whose = f", in the word of {speaker}" if speaker else ""
    how = "as it was seen in a limited test" if _SEEN_IN.fullmatch(hedge) else "as it appeared"
    return [Finding(offset, f"this sentence states as fact what its cited passages give only {how} "
                            f"('{hedge}': '{clause}'){whose}: {clipped(text)}",
                    f"keep the source's '{hedge}'" + (f" and say whose word it is ('{speaker} said ...')" if speaker
                                                       else "") + ", or cite a passage that states it plainly")]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _seemings(text: str) -> tuple[tuple[str, str, frozenset[str], str, str], ...]:
    """Return each seeming of a passage: its words as shown, the clause it holds, that clause's content words, the
    quality it gives, and the speaker the source's sentence names before it ("" where none)."""
    if not _may_seem(text):
        return ()
    found = []
    for sentence in split_sentences(text):
        limit = _SEEN_IN.search(sentence.text)
        for match in _SEEMING.finditer(sentence.text):
            start = clause_start(sentence.text, match.start(), _CLAUSE_BREAK)
            end = clause_end(sentence.text, match.end(), _CLAUSE_BREAK)
            hedge = " ".join(sentence.text[match.start():limit.end() if limit and limit.start() >= match.end()
                                           and limit.start() <= end else match.end()].split())
            clause = sentence.text[start:end]
            found.append((hedge, " ".join(clause.split()), content_words(clause, _NOT_CONTENT),
                          match["quality"].casefold(), _speaker_of(sentence.text, match.start())))
        if limit and not _SEEMING.search(sentence.text):  # "the vaccine was safe in early trials": any quality
            start = clause_start(sentence.text, limit.start(), _CLAUSE_BREAK)
            clause = sentence.text[start:clause_end(sentence.text, limit.end(), _CLAUSE_BREAK)]
            found.append((" ".join(limit.group().split()), " ".join(clause.split()),
                          content_words(clause, _NOT_CONTENT), "", _speaker_of(sentence.text, limit.start())))
    return tuple(found)


# A word every match of _SEEMING or _SEEN_IN holds, as ASCII text's words hold it (wordset.ascii_words): one lookup
# in the words found once for every check rules out most passages.
_MAY_SEEM = frozenset("""appear appears appeared seem seems seemed look looks looked thought believed considered deemed
judged trial trials test tests testing study studies results data""".split())


def _may_seem(text: str) -> bool:
    """Say whether a passage may hold a verb of seeming or a limited test: False only where it surely holds none."""
    return may_hold(text, _MAY_SEEM)


def _speaker_of(text: str, at: int) -> str:
    """Return the speaker of a sentence's reporting word nearest before `at` ("Officials" of "Officials said the
    vaccine appeared safe"), else of the first after it ("..., police said"), as the source writes it; "" where
    none."""
    subjects = [(verb, words) for verb, words, _ in reporting_subjects(text) if words]
    before = [words for verb, words in subjects if verb < at]
    after = [words for verb, words in subjects if verb > at]
    speaker = before[-1] if before else after[0] if after else ""
    return shown(speaker) or speaker


@functools.lru_cache(maxsize=1 << 12)
def _plain_clauses(text: str) -> tuple[frozenset[str], ...]:
    """Return the content words of each clause of a passage that holds no seeming, belief or limit."""
    return tuple(content_words(clause, _NOT_CONTENT) for clause in _CLAUSE_BREAK.split(text)
                 if clause.strip() and not _KEPT.search(clause))
