"""A clause a passage frames as not meant or not known not told as fact: "Acme admitted fault" may not cite "The
settlement does not mean that Acme admitted fault", nor "It is unclear whether Acme admitted fault".

polarity.py reads "not" as negating the clause it stands in, and a sentence restating "Acme admitted fault" names
nothing before the frame's "not" ("the settlement"), so it built; and "unclear whether" negates nothing. A passage's
clause after a frame that tells it neither done nor not done ("does not mean (that)", "does not imply", "is not an
admission that", "it is unclear (not clear, uncertain, unknown, not known) whether (if)", "asked (questioned)
whether", "there is no evidence (proof, indication, sign) that", "had not found evidence that", "had not yet
decided whether") is no fact: "Tomas Rey said the deal would harm business customers" may not cite "He added that the
board had not found evidence that the deal would harm business customers" (tests/test_factcheck_107.py). A sentence restating that clause (two of
its words of four letters or more, or all of a short sentence's) is refused where it keeps no frame word of its own
("mean", "unclear", "whether", "evidence", ...) and no cited passage states the clause plainly; that holds for a
sentence telling it undone too ("Acme did not admit fault": the source says no such thing). English text is read,
and Indonesian ("tidak berarti", "belum tentu", "tidak jelas apakah", "tidak ada bukti": tests/test_newuser_51.py);
words in quotation marks are not; so are French, Spanish and German absences ("aucune preuve que", "no encontró pruebas de
que", "keine Hinweise darauf, dass": tests/test_newuser_108.py). A plain clause of a passage backs the sentence only where it
states all but one of the words the sentence shares with the framed clause ("full payment card numbers were accessed"
of "no evidence that full payment card numbers ... were accessed" built on "partial payment card details" beside it).
A "whether" clause opening a sentence ("Whether Acme admitted fault remains disputed")
is framed too: asked, never told; and so is one an inquiry looks into ("an investigation into whether Meridian
delayed reporting the leak", "is examining whether", "to determine whether").
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import clause_end, content_words, restated_unplainly
from .indonesian import FUNCTION_WORDS
from .sentences import markers_blanked

_FRAME = patterns.compile(
    r"(?<!\w)(?:(?:does|do|did|would|will)\s+not|(?:doesn|don|didn|wouldn|won)['’]t)\s+(?:necessarily\s+)?"
    r"(?:mean|imply|signal|indicate)\s+(?:that\s+)?"
    r"|(?<!\w)(?:is|was)\s+not\s+an\s+admission\s+(?:that|of)\s+"
    r"|(?<!\w)(?:unclear|not\s+clear|uncertain|unknown|not\s+known|not\s+yet\s+known|undecided)\s+(?:whether|if)\s+"
    r"|(?<!\w)(?:asked|questioned|wondered|asks|questions)\s+whether\s+"
    r"|(?<!\w)(?:no|little)\s+(?:evidence|proof|indication|sign)\s+that\s+"
    # a finding or a decision not (yet) made: "had not found evidence that the deal would harm business customers",
    # "had not yet decided whether to make this a condition"
    r"|(?<!\w)(?:not|never)\s+(?:yet\s+)?(?:found|seen)\s+(?:any\s+)?(?:evidence|proof|indication|sign)\s+that\s+"
    r"|(?<!\w)(?:not\s+(?:yet\s+)?decided|yet\s+to\s+decide)\s+(?:whether|if)\s+"
    # a "whether" clause opening a sentence is its subject, asked, never told: "Whether Acme admitted fault remains
    # disputed"
    r"|(?:^|(?<=[.!?;:]))\s*whether\s+"
    # and so is one an inquiry looks into: "opened an investigation into whether Meridian delayed reporting the leak",
    # "is examining whether", "to determine whether" (a finding told of it, "Meridian delayed reporting the leak",
    # built: tests/test_newuser_85.py)
    r"|(?<!\w)(?:(?:investigation|inquiry|enquiry|probe|review|examination|study|audit|inquest)s?\s+(?:into|of)"
    r"|(?:investigat|examin|review|assess|check|determin|establish|ascertain|verify|verif|stud)(?:e|es|ed|ing|ies|ied|y)?"
    r"|looking\s+into|look\s+into|looks\s+into)\s+whether\s+", re.IGNORECASE)
_FRAME_WORDS = ("mean", "impl", "signal", "indicat", "admission", "unclear", "clear", "uncertain", "unknown", "known",
                "whether", "evidence", "proof", "sign")
# A sentence's own frame: it keeps the source's doubt or denial
_KEPT = patterns.compile(
    r"(?<!\w)(?:mean|means|meant|imply|implies|implied|signal\w*|indicat\w*|admission|unclear|clear|uncertain\w*"
    r"|unknown|known|whether|if|evidence|proof|sign|signs|open\s+question|question\w*|asked|may|might|could"
    r"|possibl[ey]|perhaps|likely|unlikely|denied|denies|deny|undecided|unproven|unestablished|allege\w*|disputed?"
    r"|contested|unresolved|not\s+(?:yet\s+)?decided|yet\s+to\s+decide"
    # "found no link between the vaccine and infertility" of "no evidence that the vaccine causes infertility, and no
    # link between the two": the source's own denial of a link
    r"|no\s+(?:\w+\s+)?(?:link|links|connection|association|correlation))(?!\w)",
    re.IGNORECASE)
_CLAUSE_BREAK = patterns.compile(r"[;:.!?()\"“”—–]|,|(?<!\w)(?:but|while|whereas|although|though)(?!\w)",
                                 re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "which", "when", "does", "mean", "means", "whether",
                          "unclear", "clear", "evidence", "known", "unknown", "would", "will"})
_RESTATES = 2


class _Reading(NamedTuple):
    """A language's frames: the pattern, words one holds (looked for first), a sentence's own frame, where a clause
    breaks off, and the words no clause's content."""

    frame: re.Pattern
    words: tuple[str, ...]
    kept: re.Pattern
    clause_break: re.Pattern
    not_content: frozenset[str]


_READINGS = {
    "en": _Reading(_FRAME, _FRAME_WORDS, _KEPT, _CLAUSE_BREAK, _NOT_CONTENT),
    "id": _Reading(
        patterns.compile(
            r"(?<!\w)(?:(?:tidak|tak|bukan)\s+(?:serta-merta\s+|otomatis\s+)?berarti|belum\s+tentu|tidak\s+tentu"
            r"|(?:tidak|belum)\s+(?:jelas|diketahui|dapat\s+dipastikan|pasti)\s+apakah"
            r"|(?:tidak|belum)\s+ada\s+(?:bukti|tanda|indikasi)|mempertanyakan\s+apakah)\s+(?:bahwa\s+)?",
            re.IGNORECASE),
        ("berarti", "tentu", "apakah", "bukti", "tanda", "indikasi"),
        patterns.compile(r"(?<!\w)(?:berarti|tentu|apakah|jelas|diketahui|pasti|bukti|tanda|indikasi|mungkin|bisa"
                         r"|dapat|diduga|disebut|dikabarkan|kabarnya|dugaan|membantah|dibantah|menyangkal|tuduhan)(?!\w)",
                         re.IGNORECASE),
        patterns.compile(r"[;:.!?()\"“”—–]|,|(?<!\w)(?:tetapi|tapi|namun|sedangkan|meskipun|walaupun)(?!\w)",
                         re.IGNORECASE),
        FUNCTION_WORDS | {"berarti", "tentu", "apakah", "jelas", "bukti"}),
    # an absence of evidence: "aucune preuve que", "sin pruebas de que", "keine Hinweise darauf, dass" (newuser_108)
    "fr": _Reading(
        patterns.compile(r"(?<!\w)(?:aucune?|pas\s+de|sans)\s+(?:preuve|trace|indice|indication|élément)s?\s+"
                         r"(?:que\s+|qu['’]|de\s+|d['’])", re.IGNORECASE),
        ("preuve", "trace", "indice", "indication", "élément"),
        patterns.compile(r"(?<!\w)(?:preuves?|traces?|indices?|indications?|éléments?|aucune?|pas|jamais|peut-être"
                         r"|pourrait|pourraient|aurait|auraient|présumé\w*|allégu\w*)(?!\w)", re.IGNORECASE),
        patterns.compile(r"[;:.!?()\"“”«»—–]|,|(?<!\w)(?:mais|alors\s+que|tandis\s+que)(?!\w)", re.IGNORECASE),
        frozenset({"dans", "pour", "avec", "leur", "leurs", "cette", "sont", "été", "aient", "avait", "preuve"})),
    "es": _Reading(
        patterns.compile(r"(?<!\w)(?:ninguna|ningún|sin|no\s+\w+)\s+(?:pruebas?|indicios?|evidencias?)\s+de\s+que\s+",
                         re.IGNORECASE),
        ("prueba", "indicio", "evidencia"),
        patterns.compile(r"(?<!\w)(?:pruebas?|indicios?|evidencias?|ninguna|ningún|no|sin|nunca|quizás?|podría\w*"
                         r"|habría\w*|presunt\w*|supuest\w*)(?!\w)", re.IGNORECASE),
        patterns.compile(r"[;:.!?()\"“”«»—–]|,|(?<!\w)(?:pero|mientras|aunque)(?!\w)", re.IGNORECASE),
        frozenset({"para", "como", "fueron", "fueran", "sido", "esta", "este", "entre", "desde", "prueba"})),
    "de": _Reading(
        patterns.compile(r"(?<!\w)kein\w*\s+(?:Beweis|Hinweis|Beleg|Anzeichen)\w*\s+(?:dafür|darauf)?,?\s*dass\s+",
                         re.IGNORECASE),
        ("beweis", "hinweis", "beleg", "anzeichen"),
        patterns.compile(r"(?<!\w)(?:Beweis\w*|Hinweis\w*|Beleg\w*|Anzeichen|kein\w*|nicht|nie|vielleicht"
                         r"|möglicherweise|angeblich\w*|mutmaßlich\w*|soll|sollen)(?!\w)", re.IGNORECASE),
        # a comma opens the "dass" clause itself ("keine Hinweise darauf, dass ..."): only one before a conjunction
        # ends a clause
        patterns.compile(r"[;:.!?()\"“”„«»—–]|,\s*(?:aber|während|obwohl|doch|und)(?!\w)", re.IGNORECASE),
        frozenset({"dass", "eine", "einen", "einer", "wurden", "wurde", "worden", "sind", "haben", "nach"})),
}


def framed_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text states as fact a clause its cited passages give only after a frame that tells it
    neither done nor undone, and no passage states it plainly."""
    key = "en" if in_english(language) else language.split("-")[0].lower()
    key = key if key in _READINGS else None
    if key is None or not passages:
        return []
    reading = _READINGS[key]
    framed = [found for passage in passages for found in _framed(passage.text, key)]
    if not framed:
        return []  # most passages frame nothing (read once each): found without reading the sentence's words
    spoken = unquoted(markers_blanked(text))
    if reading.kept.search(spoken):
        return []  # the sentence keeps a frame of its own
    words = content_words(spoken, reading.not_content, names_of_three=True)
    least = min(_RESTATES, len(words)) or _RESTATES
    found = restated_unplainly(words, framed, passages, functools.partial(_plain_clauses, key=key), least, closer=True)
    if found is None:
        return []
    frame, clause = found
    return [Finding(offset, f"this sentence states as fact what its cited passages give only after '{frame}' "
                            f"('{clause}'): {clipped(text)}",
                    f"keep the source's '{frame}', or cite a passage that states it plainly")]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _framed(text: str, key: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Return each frame of a passage in the language of `key`, the clause it frames, and that clause's content
    words."""
    reading = _READINGS[key]
    folded = text.lower()
    if not any(word in folded for word in reading.words):
        return ()
    text = unquoted(text)
    found = []
    for match in reading.frame.finditer(text):
        clause = text[match.end():clause_end(text, match.end(), reading.clause_break)]
        words = content_words(clause, reading.not_content, names_of_three=True)
        if words:
            found.append((" ".join(match.group().split()), " ".join(clause.split()), words))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _plain_clauses(text: str, key: str = "en") -> tuple[frozenset[str], ...]:
    """Return the content words of each clause of a passage that holds no frame, in the language of `key`."""
    reading = _READINGS[key]
    return tuple(content_words(clause, reading.not_content, names_of_three=True)
                 for clause in reading.clause_break.split(text) if clause.strip() and not reading.frame.search(clause))
