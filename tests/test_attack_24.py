"""Round twenty-four of attacks on content, files, signals and sockets: a content file citing without bound (700,000
footnote markers back to back in one field, 3 MB, took 21 s of CPU and 1.2 GB to check; a `cite` list of 100,000
entries 2.6 s and 120 MB, and the file's 500,000 values four times that) is refused at the line where it passes the
limit; so is a quote of over 5,000 characters, which every sentence citing it is checked against whole (1.6 MB cited by
ten sentences: 9 s of CPU); a sentence of many figures in a script other than English's (Arabic, Persian, Chinese,
Turkish) read the whole sentence again for each figure to tell how it gives its direction (8,000 Arabic figures: 17 s
of CPU, four times as long at twice the length), and the checks of directions, rates, vague counts, admissions and
orders did as much for each finding, each count ("dozens"), each "acknowledged" or each "before", and so did the
checks of unnamed speakers and of negations at each body named and each clause denied; a sentence of two
fractions no percentage of its passages fits ("Two thirds of members and one fifth of staff") ended the build in a
TypeError traceback; a template's filter, method or loop making a large value (`"x"|center(10**10)`, a string doubled
again and again) asked the system for gigabytes, past the checks of `*` and `**`.

What held, tried in this round and left without a test of its own, is listed in the report of the round.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from explainer import validate
from explainer.attribution import Cited, unbacked_vague_counts
from explainer.decisions import invented_decisions
from explainer.direction import turned_directions
from explainer.fractions_said import misstated_fractions
from explainer.polarity import flipped_negations
from explainer.rates import changed_rates
from explainer.sequence import turned_order
from explainer.template_limits import cpu_limit
from explainer.unnamed_speakers import unnamed_speaker_swapped
from support import build_ok, edit, error_lines, rebuild_fails
from test_attack_22 import body_line

LIMIT = 100  # MAX_CITATIONS, lowered for the tests: the old code builds this many markers in a moment
CITES_TOO_OFTEN_HINT = ("cite each passage once where its words stand: a file citing this often is no briefing's; "
                        "split it into several briefings")


def test_a_file_holding_more_citation_markers_than_the_limit_is_refused_at_the_line_past_it(built_minimal: Path,
                                                                                            monkeypatch):
    monkeypatch.setattr(validate, "MAX_CITATIONS", LIMIT, raising=False)
    good = build_ok(built_minimal)
    briefing = built_minimal / "content" / "flood" / "briefing.yaml"
    edit(briefing, "again on Tuesday[^tuesday].",  # the summary's second line holds markers 3 to 102
         "again on Tuesday[^tuesday]\n  and Monday" + "[^monday]" * LIMIT + ".")
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        f"content/flood/briefing.yaml:4: the file holds more than {LIMIT} citation markers ([^key]) "
        f"({CITES_TOO_OFTEN_HINT})"]


def test_a_file_citing_past_the_limit_in_its_cite_lists_is_refused_at_that_list(built_minimal: Path, monkeypatch):
    """The file's markers count with its `cite` entries: the claims file's one marker and 100 entries are 101."""
    monkeypatch.setattr(validate, "MAX_CITATIONS", LIMIT, raising=False)
    good = build_ok(built_minimal)
    edit(built_minimal / "content" / "flood" / "claims.yaml", "cite: [beta-rise, monday]",
         "cite: [beta-rise" + ", monday" * (LIMIT - 2) + "]")
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        f"content/flood/claims.yaml:18: topics[0].claims[1].cite: the file cites more than {LIMIT} times with its "
        f"[^key] markers and `cite` entries ({CITES_TOO_OFTEN_HINT})"]


def test_a_file_citing_up_to_the_limit_still_builds(built_minimal: Path, monkeypatch):
    monkeypatch.setattr(validate, "MAX_CITATIONS", LIMIT, raising=False)
    edit(built_minimal / "content" / "flood" / "claims.yaml", "cite: [beta-rise, monday]",
         "cite: [beta-rise" + ", monday" * (LIMIT - 3) + "]")
    build_ok(built_minimal)


QUOTE_LIMIT = 5_000  # model.MAX_QUOTE_CHARS


def cite_a_long_passage(root: Path, length: int) -> None:
    """Add a paragraph of `length` characters to the minimal project's seed, and have the summary cite it whole."""
    seed = root / "seeds" / "flood.txt"
    words = ("The river rose again. " * (length // 22 + 1))[:length - 1].rstrip() + "."
    text = seed.read_text(encoding="utf-8") + "\n" + words + "\n"
    seed.write_text(text, encoding="utf-8")
    edit(root / "content" / "sources.yaml", "c6fab57b02c1ca096b35c49ca5211e1c5220e3f8b44519385d54d7d81a944ee8",
         hashlib.sha256(text.encode()).hexdigest())
    briefing = root / "content" / "flood" / "briefing.yaml"
    edit(briefing, "again on Tuesday[^tuesday].", "again on Tuesday[^tuesday]. The river rose again[^long].")
    edit(briefing, "citations:\n", f"citations:\n  long:\n    source: flood\n    quote: {words}\n")


@pytest.mark.parametrize("longer", [True, False], ids=["past the limit", "at the limit"])
def test_a_quote_longer_than_a_passage_is_refused_at_its_line(built_minimal: Path, longer: bool):
    """Each sentence citing a passage is checked against all of it: a quote of 1.6 MB cited by ten sentences took 9 s
    of CPU to check (a 5 MB one cited 1,000 times, hours)."""
    good = build_ok(built_minimal) if longer else None
    length = QUOTE_LIMIT + longer
    cite_a_long_passage(built_minimal, length)
    if not longer:
        build_ok(built_minimal)
        return
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        f"content/flood/briefing.yaml:20: citations.long.quote: is {length:,} characters long, past the "
        f"{QUOTE_LIMIT:,} it may hold, as every sentence citing it is checked against all of it (quote only the "
        "words the statement rests on)"]


# Some 0.1 s of CPU each now; 2 to 3 s by the old code, whose time grew with the square of the figures.
BUDGET_S = 1.0


def test_a_sentence_of_many_figures_in_arabic_is_read_for_their_directions_at_once():
    """For each figure the whole sentence was read again, to tell whether it is Urdu, Chinese or Turkish."""
    text = "The river rose by 3 metres on Monday " + "قال المتحدث إن ٣ " * 3000 + "[^monday]."
    with cpu_limit(BUDGET_S):  # TooLong past it
        assert turned_directions(text, [Cited("the river rose by 3 metres on Monday")], 0, "en") == []


def test_a_sentence_of_many_figures_given_the_other_way_is_checked_at_once():
    """Each finding quoted the sentence, made again from the whole sentence for each one."""
    text = "The river " + "fell by 3 metres, " * 4000 + "on Monday[^monday]."
    with cpu_limit(BUDGET_S):  # TooLong past it
        found = turned_directions(text, [Cited("the river rose by 3 metres on Monday")], 0, "en")
    assert len(found) == 4000
    assert found[0].message.startswith('figure "3" is given as a fall, but the passages this cites give it as a rise: '
                                       '"The river fell by 3 metres, fell by 3 metres,')


def test_a_sentence_of_many_figures_given_per_another_period_is_checked_at_once():
    text = "The river " + "rose by 3 metres a month, " * 4000 + "on Monday[^monday]."
    with cpu_limit(BUDGET_S):  # TooLong past it
        found = changed_rates(text, [Cited("the river rose by 3 metres a year on Monday")], 0, "en")
    assert len(found) == 4000


def test_a_sentence_of_many_vague_counts_is_checked_at_once():
    """Each vague count ("dozens") looked for a figure before it ("3 dozen") through all the sentence before it."""
    text = "The river rose by 3 metres on Monday, " + "dozens of times, " * 2000 + "it said[^monday]."
    with cpu_limit(BUDGET_S):  # TooLong past it
        found = unbacked_vague_counts(text, [Cited("the river rose by 3 metres on Monday")], 0, "en")
    assert len(found) == 2000


def test_a_sentence_of_two_fractions_no_percentage_fits_names_both():
    """After the first finding, the list of the passages' fractions was the message's text: the second fraction was
    compared with its characters, a TypeError traceback in place of the build's answer."""
    found = misstated_fractions("Two thirds of members and one fifth of staff backed it.",
                                [Cited("Members backed it by 52%.")], 0, "en")
    assert [finding.message.split(" where ")[0] for finding in found] == [
        'this sentence says "Two thirds" (about 67%)', 'this sentence says "one fifth" (about 20%)']


@pytest.mark.parametrize("expression", ['{{ ("x"|center(2**26))|length }}', '{{ "x".ljust(2**26)|length }}',
                                        '{% set ns = namespace(s="x" * 1000) %}{% for i in range(16) %}'
                                        '{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}'],
                         ids=["a filter", "a method", "a loop"])
def test_a_template_taking_more_memory_than_a_page_may_is_stopped_at_its_line(built_minimal: Path, monkeypatch,
                                                                             expression: str):
    """`*` was checked for what it makes, not a filter's, a method's or a loop's: `"x"|center(10**10)` asked the system
    for 10 GB at once, which it lends, until the machine swaps. The limit, 2 GiB, is 16 MiB here; the old code makes
    these 64 MiB and builds."""
    from explainer import template_limits

    monkeypatch.setattr(template_limits, "RENDER_MEMORY_BYTES", 1 << 24, raising=False)
    good = build_ok(built_minimal)
    line = body_line(built_minimal)
    edit(built_minimal / "templates" / "base.html", "<body", expression + "<body")
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        f"templates/base.html:{line}: template error: the page took over 16 MiB of memory to render, or more than the "
        "machine had (make the value smaller: no page needs one this large)"]


def test_a_sentence_of_many_admissions_is_checked_at_once():
    """Each "acknowledged" looked again for the passages' sentences the whole sentence restates."""
    said = "Alpha's minister acknowledged the harbour bridge was closed, Yalda Hakim says"
    text = ", ".join([said] * 600) + "."
    passage = Cited("Reporter Yalda Hakim says Alpha's minister acknowledged the harbour bridge was closed.")
    with cpu_limit(BUDGET_S):  # TooLong past it
        assert invented_decisions(text, [passage], 0, "en") == []


def test_a_sentence_of_many_orders_is_checked_at_once():
    """Each "before" read the whole sentence again: its quotations, its content words, each starting level."""
    said = "The share of patients reporting dizziness stood at 12% before the label change"
    text = ", ".join([said] * 500) + "."
    passage = Cited("The share of patients reporting dizziness fell from 12% to 9% after the label change.")
    with cpu_limit(BUDGET_S):  # TooLong past it
        assert turned_order(text, [passage], 0, "en") == []


def test_a_sentence_giving_words_to_many_bodies_is_checked_at_once():
    """Each "according to the defense ministry" found the sentence's quotations again."""
    said = ("The Taliban's cabinet ordered drone strikes against military targets inside Pakistan, according to the "
            "defense ministry")
    text = ", ".join([said] * 800) + "."
    passage = Cited("Taliban authorities said their forces carried out drone strikes against military targets inside "
                    "Pakistan as clashes between the two sides intensified.")
    with cpu_limit(BUDGET_S):  # TooLong past it
        assert unnamed_speaker_swapped(text, [passage], 0, "en") == []


def test_a_passage_denied_clause_by_clause_is_read_once():
    """A passage's whole text was read for its content words at each clause of the sentence that denies it."""
    text = ", ".join(["that the small garrison near the border was shelled"] * 800) + "."
    with cpu_limit(BUDGET_S):  # TooLong past it
        assert flipped_negations(text, [Cited("The envoy denied that the small garrison near the border was shelled.")],
                                 0, "en") == []
