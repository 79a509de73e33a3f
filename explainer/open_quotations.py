"""The words a quotation opens and a sentence does not close: where a pronoun after it ("its", "Now it says") finds
the party it stands for, the quoted speaker's own subject, not the reporter who quotes them."""

from __future__ import annotations


def within_open_quotation(sentence: str) -> str:
    """Return the words of a quotation the sentence opens and does not close, where the pronoun's sentence goes on
    with it: 'Hakim points out that "Pakistan spent decades ... on camera.' is read as "Pakistan spent decades ...",
    whose subject the quoted speaker's "Now it says" names (factcheck_227); else the sentence itself."""
    curly = sentence.rfind("“")
    if curly >= 0 and "”" not in sentence[curly:]:
        quoted = sentence[curly + 1:]
    elif sentence.count('"') % 2:
        quoted = sentence[sentence.rfind('"') + 1:]
    else:
        return sentence
    # a quotation closed here and opened earlier ('..., reform," it added.') opens on no capital: no subject of it
    return quoted if quoted.lstrip()[:1].isupper() else sentence
