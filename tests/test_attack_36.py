"""Round thirty-six of attacks: a sentence of 40 KB checked in time that grows with its length, not its square.

A newsroom editor's YAML may hold a sentence of 50 to 100 KB: a pasted table, a phrase repeated. Several sentence
checks read the whole passage, or the whole rest of the sentence, once for each speaker, figure, quotation or clause
the sentence holds, so four times the text took sixteen times the time: a 72 KB Vietnamese sentence of "Theo phía
công ty " repeated, citing itself, took 32 s of CPU; "According to Acme, " repeated over 40 KB 25 s, a list of 5,000
figures 10 s, 2,000 quotations 4 s, a negated clause repeated 4 s, 40 KB of Chinese with no space 6 s. The preview stops such a build; the command line
and CI ran on. Now each check reads a speaker's words near it (as clauses.py reads a clause), looks a passage's words,
speakers and figures up in an index made once a passage, normalises a passage once a sentence, and compares a
clause that repeats an earlier one once.

Each case times its check in-process on a sentence of 10 KB and of 40 KB (CPU time, time.process_time; each size's
best of up to three tries where the first pair is over the limit, as a machine under load slowed one run of 0.3 s)
and asserts a ratio, not a time: about 4 where the time grows with the length, 10 to 16 on the old code. The long sentences
keep their findings: an honest one builds, a misstated one is refused as a short one is.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from explainer.model import Party
from conftest import REPO
from support import item_findings, read_as_project_locale, sentence_findings
from test_newuser_55 import findings as vietnamese_findings
from test_newuser_55 import parties_of

PARTIES = (Party(id="acme", name="Acme Corp", short_name="Acme", role="buyer"),
           Party(id="bolt", name="Bolt Industries", short_name="Bolt", role="target"))

LINEAR = 8  # a 40 KB sentence may cost this many times a 10 KB one: 4 grows with its length, 16 with its square


def repeated(unit: str, size: int, end: str) -> str:
    """Return `unit` repeated to about `size` bytes, then `end`."""
    return unit * (size // len(unit.encode()) + 1) + end


def figures(size: int) -> str:
    """Return a list of distinct percentages of about `size` bytes: a pasted table."""
    return ", ".join(f"{i % 97 + 1}.{i % 9}%" for i in range(size // 6)) + " of the vote."


def english(check: Callable) -> Callable[[str], list[str]]:
    """Return a check of a text citing itself, in English."""
    return lambda text: check(text, (text,), "en", PARTIES)


PERSIAN_PARTIES = (Party(id="sepehr", name="بانک سپهر", short_name="سپهر", role="خریدار"),
                   Party(id="negin", name="بانک نگین", short_name="نگین", role="بانک هدف"))


def persian_speakers(size: int) -> str:
    """Return "به گفته X، " with its speakers taking turns, a party and the police, to about `size` bytes: each
    speaker naming no party was compared with every speaker of its passage read again (8.9 times the cost at 4 times
    the size)."""
    return "".join(f"به گفته {('سپهر', 'پلیس')[i % 2]}، " for i in range(size // 20)) + "رودخانه بالا آمد."


def persian(text: str) -> list[str]:
    read_as_project_locale(REPO / "tests" / "fixtures" / "newuser_30", "fa")
    return sentence_findings(text, (text,), "fa", PERSIAN_PARTIES)


def vietnamese_item(text: str) -> list[str]:
    vietnamese_findings("vi", "Hai người.", "Hai người.")  # the fixture's locale read, as findings reads it
    return item_findings(text, (text,), "vi", parties_of("vi"))


CASES = {
    # backs_speaker read the passage's words and speakers once a speaker; speaker_turns a clause to the text's end
    "attribution-sentence": (english(sentence_findings),
                             lambda size: repeated("According to Acme, ", size, "the river rose 3 metres.")),
    "attribution-item": (english(item_findings),
                         lambda size: repeated("According to Acme, ", size, "the river rose 3 metres.")),
    # newuser55's: a locale's "theo" searched back to the text's start for "come" once a speaker
    "theo-phia-sentence": (lambda text: vietnamese_findings("vi", text, text),
                           lambda size: repeated("Theo phía công ty ", size, "doanh thu tăng 5%.")),
    "theo-phia-item": (vietnamese_item, lambda size: repeated("Theo phía công ty ", size, "doanh thu tăng 5%.")),
    # a figure's qualifiers were looked for through every figure of the passage
    "figures": (english(sentence_findings), figures),
    # the passage was normalised once a quotation, and its marks folded once more
    "quotations": (english(sentence_findings),
                   lambda size: repeated("Acme said “the dam held”, ", size, "and the river rose.")),
    "quotations-fr": (lambda text: sentence_findings(text, (text,), "fr", PARTIES),
                      lambda size: repeated("Acme a dit « la digue a tenu », ", size, "et le fleuve a monté.")),
    # a party's word before "officials" was tried from every character of a run with no space, each to its end
    "no-spaces-zh": (lambda text: sentence_findings(text, (text,), "zh", PARTIES),
                     lambda size: repeated("河水上涨", size, "。")),
    # persian_speakers.other_speaker read the passage's speakers again for each speaker of the sentence
    "persian-speakers": (persian, persian_speakers),
    # each clause was compared with each clause of the passage
    "negations-sentence": (english(sentence_findings),
                           lambda size: repeated("the dam did not hold, ", size, "the river rose.")),
    "negations-item": (english(item_findings), lambda size: repeated("the dam did not hold, ", size, "the river rose.")),
    "negations-vi": (lambda text: vietnamese_findings("vi", text, text),
                     lambda size: repeated("công ty không chấp nhận, ", size, "nước sông dâng.")),
}


def cpu_seconds(check: Callable[[str], list[str]], text: str) -> float:
    start = time.process_time()
    check(text)
    return time.process_time() - start


TRIES = 3  # each size's best time of up to three, as timeit takes its best: a loaded machine slows one run, never all


@pytest.mark.parametrize("check, made", CASES.values(), ids=CASES.keys())
def test_a_sentence_of_40_kb_costs_about_four_times_one_of_10_kb(check, made):
    check(made(300))  # imports and a locale's words read first: not timed
    small = large = float("inf")
    for _ in range(TRIES):  # a second try only where the first is over the limit: a quadratic is over it every time
        small = min(small, cpu_seconds(check, made(10_000)))
        large = min(large, cpu_seconds(check, made(40_000)))
        if large < LINEAR * max(small, 0.02):
            break
    assert large < LINEAR * max(small, 0.02), f"10 KB: {small:.2f} s, 40 KB: {large:.2f} s (best of {TRIES})"


LONG_MISSTATED = {
    "misattributed": ("According to Acme, " * 1_000 + "the river rose 3 metres.",
                      "According to Bolt, the river rose 3 metres.",
                      "this sentence gives the words to Acme, but its cited passages give them to Bolt"),
    "negation-dropped": ("The council did approve the budget; " * 1_000 + "the river rose.",
                         "The council did not approve the budget; " * 1_000 + "the river rose.",
                         "this sentence drops the negation of its cited passage ('The council did not approve the "
                         "budget'): \"The council did approve the budget\""),
    "quotation-changed": ('Acme said “the dam broke”, ' + 'Acme said “the dam held”, ' * 600 + "and it rose.",
                          'Acme said “the dam held”, ' * 600 + "and it rose.",
                          'quoted words "the dam broke" are not in the passages this sentence cites'),
}


@pytest.mark.parametrize("sentence, passage, told", LONG_MISSTATED.values(), ids=LONG_MISSTATED.keys())
def test_a_long_sentence_that_misstates_its_passage_is_still_refused(sentence: str, passage: str, told: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(told) for message in found), found


LONG_HONEST = {
    "attribution-kept": ("According to Acme, " * 1_000 + "the river rose 3 metres.",
                         "According to Acme, the river rose 3 metres."),
    "attribution-itself": ("According to Acme, " * 1_000 + "the river rose 3 metres.",) * 2,
    "negation-kept": ("The council did not approve the budget; " * 1_000 + "the river rose.",) * 2,
    "quotations-kept": ('Acme said “the dam held”, ' * 600 + "and it rose.",) * 2,
    "figures-kept": (figures(40_000),) * 2,
}


@pytest.mark.parametrize("sentence, passage", LONG_HONEST.values(), ids=LONG_HONEST.keys())
def test_a_long_honest_sentence_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


def test_long_vietnamese_builds_and_a_dropped_attribution_or_negation_is_still_refused():
    said = repeated("Theo phía công ty ", 40_000, "thông báo xả lũ đã được gửi lúc 21 giờ 15 phút.")
    assert vietnamese_findings("vi", said, said) == []
    refused = repeated("Công ty không chấp nhận bồi thường, ", 20_000, "nước sông dâng.")
    assert any("drops the negation of 'chấp nhận'" in message for message in vietnamese_findings(
        "vi", "Công ty chấp nhận bồi thường.", refused))
    passage = repeated("Theo phía công ty, thông báo xả lũ đã được gửi lúc 21 giờ 15 phút. ", 40_000, "")
    assert vietnamese_findings("vi", "Thông báo xả lũ đã được gửi lúc 21 giờ 15 phút.", passage) == [
        "this sentence states as fact what its cited passages give only as the word of phía công ty: \"Thông báo xả "
        "lũ đã được gửi lúc 21 giờ 15 phút.\""]
