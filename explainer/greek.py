"""Greek as the checks read it: its accents, its negations and the words that join its clauses.

Greek marks a word's stress with an accent (tonos) that moves between a word's forms ("αποφάσισε", "αποφασίζει")
and that capitals leave out ("ΣΤΑ ΑΚΡΑ" for "στα άκρα"), and many keyboards type it not at all: the checks compare
Greek words with their accents and diaereses folded (`fold_accents`, one letter for one, so offsets hold). Its final
sigma "ς" casefolds to "σ" as its capital "Σ" does. A clause is negated by "δεν"/"δε" (indicative), "μην"/"μη"
(subjunctive and imperative), "όχι", "χωρίς" and verbs of denying or rejecting ("αρνείται", "απέρριψε"); "ούτε",
"κανένας", "τίποτα", "ποτέ" agree with such a negation, or negate once where none stands ("ούτε η πρόταση ούτε το
αίτημα λύνουν": tests/test_newuser_45.py).
"""

from __future__ import annotations

import re
import unicodedata

from . import patterns


def _accentless(letter: str) -> str:
    return unicodedata.normalize("NFD", letter)[0]


# Every accented or diaeresised Greek letter, monotonic and polytonic, as its plain letter (one for one).
_PLAIN = str.maketrans({chr(code): _accentless(chr(code)) for code in (*range(0x0386, 0x03D0), *range(0x1F00, 0x2000))
                        if unicodedata.category(chr(code)).startswith("L")
                        and len(unicodedata.normalize("NFD", chr(code))) > 1
                        and len(_accentless(chr(code))) == 1})


def fold_accents(text: str) -> str:
    """Return text with its Greek letters' accents and diaereses left out, letter for letter ("απεργία": "απεργια");
    other scripts as they are."""
    return text if text.isascii() else text.translate(_PLAIN)


def writes_greek(text: str) -> bool:
    """Say whether text holds a Greek letter."""
    return not text.isascii() and _GREEK_LETTER.search(text) is not None


_GREEK_LETTER = patterns.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def _forms(words: str) -> frozenset[str]:
    """Return words as folded_word folds them (casefolded), each also without its accents."""
    folded = [word.casefold() for word in words.split()]
    return frozenset(folded) | {fold_accents(word) for word in folded}


# Negations that negate a clause on their own, and verbs that negate by meaning what follows them, as "denied" does.
NEGATING = _forms("""δεν δε μην μη όχι χωρίς αρνείται αρνούνται αρνήθηκε αρνήθηκαν αρνιέται απέρριψε απέρριψαν
                     απορρίπτει απορρίπτουν απορρίφθηκε απορρίφθηκαν διαψεύδει διέψευσε""")
# Words that agree with a negation ("δεν ... κανένας"), counted once where no word above negates the clause.
AGREEING = _forms("ούτε μήτε μηδέ κανένας κανείς κανένα κανέναν καμία καμιά κανενός καμίας τίποτα τίποτε ποτέ πουθενά")
# Greek's auxiliaries and adverbs of five letters or more: never what a negation negates ("δεν έχει ακόμη
# νομοθετηθεί" negates the enacting).
NO_CONTENT = frozenset(fold_accents(word) for word in _forms("""είναι είχαν έχουν ακόμη ακόμα πλέον μπορεί μπορούν
                                                                σήμερα φέτος πλέον καθόλου πάντως"""))
# The words that join Greek clauses ("και", "ή", "αλλά", "ενώ", "όμως", "επειδή", "αν": a condition's clause is its
# own, "δεν θα ανακαλέσει την απεργία αν το υπουργείο δεν καταθέσει" negates twice over), for polarity.py's pattern.
# "ή" (or) only with its accent: without it, "η" is the article "the".
# (the longest first, then in order: a set's order changes from run to run, and the kept pattern with it)
CLAUSE_JOINERS = "|".join(sorted(_forms("και αλλά ενώ όμως επειδή γιατί αφού αν εάν όταν") | {"ή"},
                                 key=lambda word: (-len(word), word)))
WITHOUT = "χωρίς|χωρις"


# "that" after a verb of saying: the words before it say who speaks ("Η ΠΟΝΙ απάντησε ότι δεν θα ανακαλέσει την
# απεργία": the union is who says it, and "Η ΠΟΝΙ θα ανακαλέσει την απεργία" drops the negation of what it said).
_THAT = patterns.compile(r"(?<!\w)(?:ότι|οτι|πως)(?!\w)", re.IGNORECASE)


def reported_from(clause: str, negation: int) -> int:
    """Return where the words said start in a Greek clause whose negation, at `negation`, follows "ότι" or "πως"
    (that), or 0 where neither stands before it."""
    found = [m.end() for m in _THAT.finditer(clause, 0, negation)]
    return found[-1] if found else 0
