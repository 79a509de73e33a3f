"""Opposites made by a prefix: "unlawful" may not cite "lawfully", nor "legal" cite "illegal".

"Rosvik said the boarding had been unlawful" citing "Rosvik said the boarding had been carried out lawfully" built:
polarity.py counts "not", "no" and "never", and a word's own negating prefix is none of them. A sentence word opening
on "un", "il", "ir" or "non" whose rest (five letters or more: "lawful", "legal", "regular", "licensed") stands in a
cited passage, which nowhere holds the prefixed word, is refused; so is the rest alone ("licensed") where the passages
hold only the prefixed word ("unlicensed"). The passage must share another word of five letters or more with the
sentence (it tells of the same thing); a sentence or passage that negates ("was not unlawful", "did not confirm" for
"unconfirmed") and words in quotation marks are left to the negation and quotation checks. "in" and "im" are not read ("informed", "improve"). English text is read, and German's "un" alike: "Hoffmann hält einen
Vergleich für unwahrscheinlich" may not cite "Er hält einen Vergleich für wahrscheinlich", nor "unwirksam" "wirksam"
("nicht", "kein", "nie" negate there; "unter", "ungefähr" and "Unternehmen" turn nothing round: tests/test_newuser_87.py),
and Dutch "on": "de uitkomst is zeker" may not cite "de uitkomst onzeker is" ("niet", "geen", "nooit" negate there;
"ontkent", "onder", "onze" turn nothing round: tests/test_newuser_91.py).
French and Spanish "in", "im", "il", "ir" (Spanish "i" before "l") are read before a word ending as an adjective or a
participle does: "inconstitutionnelle" may not cite "constitutionnelle", nor "justo" "injusto" (tests/test_factcheck_118.py),
nor "inégal" "égal" (a rest of four letters); Portuguese and Italian alike, "inconstitucional" of "constitucional",
"incostituzionale" of "costituzionale" (tests/test_factcheck_120.py).
A deed done wrong by "mis" ("misread", "misjudged", "misunderstood") is not told as done right: "the panel has
correctly read what security means" (or "read it properly", "rightly understood") may not cite "This panel has misread
what security means", where no passage says it was done right (tests/test_newuser_100.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .opposites import turned_opposites
from .sentences import split_sentences

_PREFIXED = patterns.compile(r"(?<![\w'’-])(?P<prefix>un|il(?=l)|ir(?=r)|non-?)(?P<rest>[a-z]{5,})(?![\w'’-])",
                             re.IGNORECASE)
_WORD = patterns.compile(r"[a-z]+(?:-[a-z]+)?")
_NEGATED = patterns.compile(r"(?<!\w)(?:not|no|never|n['’]t)(?!\w)|n['’]t(?!\w)", re.IGNORECASE)
# German: "un" alone, but not where it opens another word ("unter", "ungefähr", "Unternehmen", "unser", "Unmengen")
_GERMAN_PREFIXED = patterns.compile(r"(?<![\w'’-])(?!unter|ungefähr|unser|unmeng|unzahl)(?P<prefix>un)"
                                    r"(?P<rest>[^\W\d_]{5,})(?![\w'’-])", re.IGNORECASE)
_GERMAN_WORD = patterns.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_GERMAN_NEGATED = patterns.compile(r"(?<!\w)(?:nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals)(?!\w)",
                                   re.IGNORECASE)
# Dutch: "on" alone ("onzeker" of "zeker", "onrechtmatig"), but not where it opens another word ("ontkent", "onder",
# "onderzoek", "ontwerp", "ongeveer", "onlangs", "onmiddellijk", "onkosten", "ongeval" of "geval")
_DUTCH_PREFIXED = patterns.compile(r"(?<![\w'’-])(?!ont|onder|ongeveer|onlangs|onmiddellijk|ongeacht|onkost|ongeval|ongeluk)"
                                   r"(?P<prefix>on)(?P<rest>[^\W\d_]{5,})(?![\w'’-])", re.IGNORECASE)
_DUTCH_NEGATED = patterns.compile(r"(?<!\w)(?:niet|geen|nooit|niets|niemand)(?!\w)", re.IGNORECASE)
# French and Spanish: "in", "im", "il", "ir" (Spanish "i" before "l": "ilegal"), read only where the rest ends as an
# adjective or a participle does ("inconstitutionnel", "injusto", "inválido", "ilimitado"; "inapte", "inutile" and
# "inútil" of "apte", "utile", "útil": factcheck_125): "in" opens as many words it
# negates nothing in ("information", "impression", "impuesto", "inversión"), and those whose rest is also a word of
# their own, "important" ("portant"), "immigrant" ("migrant"), "informé" ("formé"), are not read at all
_FRENCH_PREFIXED = patterns.compile(
    r"(?<![\w-])(?!import|impos|impress|inform|immigr|intér|illustr|impli|implant)(?P<prefix>in(?=[^nmbp])|im(?=[mbp])"
    r"|il(?=l)|ir(?=r))(?P<rest>(?=[^\W\d_]{4})[^\W\d_]{2,}(?:el|elle|els|elles|al|ale|aux|ales|ble|bles|ent|ente|ents|entes|ant"
    r"|ante|ants|antes|ide|ides|ain|aine|ains|aines|ste|stes|ct|cte|cts|ctes|if|ive|ifs|ives|ique|iques|é|ée|és|ées"
    r"|u|ue|us|ues|(?<=p)tes?|ile|iles))(?![\w'’-])", re.IGNORECASE)
_SPANISH_PREFIXED = patterns.compile(
    r"(?<![\w-])(?!import|impuest|impres|inform|inmigr|inter|ilustr|ilumin|ilusi|impli)(?P<prefix>in(?=[^nmbpl])"
    r"|im(?=[bp])|i(?=l)|ir(?=r)|in(?=m))(?P<rest>(?=[^\W\d_]{4})[^\W\d_]{2,}(?:al|ales|ble|bles|ente|entes|ante|antes|to|ta|tos"
    r"|tas|do|da|dos|das|co|ca|cos|cas|vo|va|vos|vas|az|aces|il|iles))(?![\w'’-])", re.IGNORECASE)
# Portuguese and Italian alike (no built-in locale, read where a project's says the language): "inconstitucional" of
# "constitucional", "incostituzionale" of "costituzionale" (tests/test_factcheck_120.py)
_PORTUGUESE_PREFIXED = patterns.compile(
    r"(?<![\w-])(?!import|impost|impress|inform|imigr|inter|ilustr|ilumin|ilus|impli)(?P<prefix>in(?=[^nmbpl])"
    r"|im(?=[bp])|i(?=l)|ir(?=r)|in(?=m))(?P<rest>(?=[^\W\d_]{4})[^\W\d_]{2,}(?:al|ais|vel|veis|ente|entes|ante"
    r"|antes|to|ta|tos|tas|do|da|dos|das|co|ca|cos|cas|vo|va|vos|vas|az|azes))(?![\w'’-])", re.IGNORECASE)
_ITALIAN_PREFIXED = patterns.compile(
    r"(?<![\w-])(?!import|impost|impress|inform|immigr|inter|illustr|illumin|illus|impli)(?P<prefix>in(?=[^nmbpl])"
    r"|im(?=[mbp])|il(?=l)|ir(?=r))(?P<rest>(?=[^\W\d_]{4})[^\W\d_]{2,}(?:ale|ali|bile|bili|ente|enti|ante|anti"
    r"|to|ta|ti|te|co|ca|ci|che|vo|va|vi|ve))(?![\w'’-])", re.IGNORECASE)
_PORTUGUESE_NEGATED = patterns.compile(r"(?<!\w)(?:não|nunca|jamais|nenhum|nenhuma|sem|nem)(?!\w)", re.IGNORECASE)
_ITALIAN_NEGATED = patterns.compile(r"(?<!\w)(?:non|mai|nessun|nessuno|nessuna|senza|né)(?!\w)", re.IGNORECASE)
_FRENCH_NEGATED = patterns.compile(r"(?<!\w)(?:ne|n['’]|pas|non|jamais|aucun|aucune|sans|ni)(?!\w)", re.IGNORECASE)
_SPANISH_NEGATED = patterns.compile(r"(?<!\w)(?:no|nunca|jamás|ningún|ninguna|ninguno|sin|ni|tampoco)(?!\w)",
                                    re.IGNORECASE)
_READ = {"en": (_PREFIXED, _WORD, _NEGATED), "de": (_GERMAN_PREFIXED, _GERMAN_WORD, _GERMAN_NEGATED),
         "fr": (_FRENCH_PREFIXED, _GERMAN_WORD, _FRENCH_NEGATED), "es": (_SPANISH_PREFIXED, _GERMAN_WORD, _SPANISH_NEGATED),
         "nl": (_DUTCH_PREFIXED, _GERMAN_WORD, _DUTCH_NEGATED),
         "pt": (_PORTUGUESE_PREFIXED, _GERMAN_WORD, _PORTUGUESE_NEGATED),
         "it": (_ITALIAN_PREFIXED, _GERMAN_WORD, _ITALIAN_NEGATED)}
# A court's name holds its law's adjective: "le Conseil constitutionnel", "el Tribunal Constitucional" name no law
# constitutional ("Le Conseil constitutionnel a jugé la loi inconstitutionnelle" cites "... l'a jugée contraire")
_COURT_NAMED = patterns.compile(r"(?<!\w)(conseil|tribunal|cour|corte|sala|juez|jueza|juge|supremo)\s+c?o[sn]?stitu[^\W\d_]*",
                                re.IGNORECASE)
_STEM = 6  # "lawful" of "lawfully", "licens" of "licensed" and "licence"'s kin in the passage


# a deed done wrong: "misread", "misjudged", "misunderstood"; and the words telling one done right
_MISDONE = patterns.compile(r"(?<![\w-])mis-?(?P<rest>[a-z]{4,})(?![\w-])", re.IGNORECASE)
_RIGHTLY = r"correctly|properly|rightly|accurately|right"
_UNDONE_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|n['’]t|failed\s+to)\s+(?:\w+\s+)?$", re.IGNORECASE)


def prefixed_opposite(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text turns a word of its passages into its opposite by a prefix, or drops the prefix."""
    language = "en" if in_english(language) else language.split("-")[0].lower()
    if language not in _READ or not passages:
        return []
    if language == "en" and (done_right := misdone_told_right(text, passages, offset, language)):
        return done_right
    prefix_of, words_of, negated = _READ[language]
    spoken = unquoted(text).casefold()
    # a passage's sentence that negates anything may say its word is not so ("did not confirm" backs "unconfirmed"):
    # not read for the word turned, though the passage's other sentences are ("Ein Urteil erwartet er nicht vor dem
    # Herbst" left "Er hält einen Vergleich für wahrscheinlich" unread beside it)
    read = [_read(p.text, language) for p in passages if (p.language or language).split("-")[0].lower() == language]
    if not prefix_of.search(spoken) and not any(prefixed for _, prefixed, _, _ in read):
        return []  # no word of the sentence or its passages opens on a negating prefix: most sentences
    if negated.search(spoken):
        return []  # "was not unlawful": the negation checks read it
    said = frozenset(words_of.findall(spoken))
    held, prefixed, plain, plain_prefixed = (frozenset().union(*parts) for parts in zip(*read)) if read else (
        frozenset(),) * 4
    for word in sorted(said):
        turned = _turned(word, held, prefixed, prefix_of, plain, plain_prefixed)
        if turned and _shares_another(said, held, word, turned):
            if turned_opposites(text, passages, offset, language):
                return []  # a pair opposites.py also reads ("illégal", "legal"): named once, there
            return [Finding(offset, f"this sentence says '{word}' where its cited passages say '{turned}': "
                                    f"{clipped(text)}",
                            "keep the source's word, or cite a passage that says this one")]
    return []


def misdone_told_right(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells done right ("correctly read") a deed its passages give as done wrong
    ("misread"): read in a sentence and in a claim's words alike."""
    done_right = _misdone_told_right(text, passages) if in_english(language) else None
    if done_right is None:
        return []
    return [Finding(offset, f"this sentence says '{done_right[0]}' where its cited passages say '{done_right[1]}': "
                            f"{clipped(text)}", "keep the source's word, or cite a passage that says this one")]


def _misdone_told_right(text: str, passages: list[Cited]) -> tuple[str, str] | None:
    """Return the words by which text tells done right ("correctly read") a deed its passages give as done wrong
    ("misread"), and the passage's word; None where none is, or a passage says it was done right too."""
    lowered = text.casefold()
    if not any(word in lowered for word in ("correct", "proper", "right", "accurate")):
        return None  # most sentences tell nothing done right
    spoken = unquoted(text)
    for passage in passages:
        for misdone in _MISDONE.finditer(passage.text):
            rest = re.escape(misdone["rest"].casefold())
            right = re.compile(rf"(?<![\w-])(?:(?:{_RIGHTLY})\s+{rest}|{rest}(?:\s+[\w'’-]+){{0,4}}?\s+(?:{_RIGHTLY}))"
                               r"(?![\w-])", re.IGNORECASE)
            said = right.search(spoken)
            if said and _UNDONE_BEFORE.search(spoken, max(0, said.start() - 24), said.start()):
                continue  # "has not correctly read": the negation checks read it
            if said and not any(right.search(other.text) for other in passages):
                return " ".join(said.group().split()), misdone.group()
    return None


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _read(text: str, language: str = "en") -> tuple[frozenset[str], ...]:
    """Return a passage's words outside quotation marks, lowercased, and those of them opening on a negating prefix;
    then the same of its sentences that negate nothing."""
    prefix_of, words_of, negated = _READ[language]
    if language in ("fr", "es", "pt", "it"):
        text = _COURT_NAMED.sub(r"\1", text)
    words = frozenset(words_of.findall(unquoted(text).casefold()))
    plain = frozenset().union(*(words_of.findall(unquoted(sentence.text).casefold())
                                for sentence in split_sentences(text, language) if not negated.search(sentence.text)))
    return (words, frozenset(word for word in words if prefix_of.fullmatch(word)),
            plain, frozenset(word for word in plain if prefix_of.fullmatch(word)))


def _turned(word: str, held: frozenset[str], prefixed: frozenset[str], prefix_of: re.Pattern = _PREFIXED,
            plain: frozenset[str] | None = None, plain_prefixed: frozenset[str] | None = None) -> str:
    """Return the word of a passage's sentence negating nothing (`plain`) that `word` turns round by adding or
    dropping a prefix, where no passage holds `word` itself (`held`, `prefixed`: all their words), or ""."""
    plain = held if plain is None else plain
    plain_prefixed = prefixed if plain_prefixed is None else plain_prefixed
    found = prefix_of.fullmatch(word)
    if found:  # "unlawful" of a passage's "lawfully", none of its words "unlawful..."
        rest = found["rest"]
        if any(other.startswith(word[:len(word) - len(rest) + _STEM]) for other in prefixed):
            return ""
        return next((other for other in sorted(plain) if other == rest or len(rest) >= _STEM
                     and other.startswith(rest[:_STEM])), "")
    if not plain_prefixed:
        return ""
    for other in sorted(plain_prefixed):  # "lawful" of a passage's "unlawful", none of its words "lawful..." alone
        rest = prefix_of.fullmatch(other)["rest"]
        # a word shorter than a stem turns only its own prefixed form round: "zeker" of "onzeker", "known" of "unknown"
        same = rest == word if len(word) < _STEM else rest[:_STEM] == word[:_STEM]
        if same and not any(kept.startswith(word[:_STEM]) for kept in held - prefixed):
            return other
    return ""


def _shares_another(said: set[str], held: set[str], word: str, turned: str) -> bool:
    """Say whether the sentence and its passages share a word of five letters or more besides the two turned."""
    return any(len(other) >= 5 and other not in (word, turned) for other in said & held)
