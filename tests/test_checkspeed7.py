"""The sentence checks read a text's words found once (wordset.ascii_words) where each ran its own substring search or
folded every word again: each shortcut is compared with the code it stands for, on texts made of the words it reads,
in cases re folds alike (benchmarks/check_replay.py measures them; its digest of all findings stays the same)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from explainer import attribution, direction, possible_done, speakers
from explainer.sentences import folded_word
from explainer.wordset import ascii_words, may_hold
from batches import batches, batches_for

# Letters re matches in any case with an ASCII one (a Kelvin sign, a long s, a dotted and a dotless I), and letters
# whose lowercase or casefold is longer than they are.
LOOSE = ["\u212a", "\u017f", "\u0130", "\u0131", "ẞ", "ß", "É", "’"]
BETWEEN = st.sampled_from([" ", "  ", "\n", "-", "", ".", ", ", "'", "’", "_", "3", " 2024 ", "é", "'s "])


def _texts(words):
    """Texts made of `words` (and the loose letters), joined in the ways sentences join words."""
    return st.builds(lambda chosen, between: between.join(chosen),
                     st.lists(st.sampled_from(sorted(words) + LOOSE), max_size=7), BETWEEN)


TIME_WORDS = ["Thursday", "night", "Nights", "morning", "overnight", "midnight", "dawn", "soir", "nuit", "aube", "ليلة",
              "spring", "Summer", "of", "2024", "days", "hours", "ago", "earlier", "prior", "yesterday", "Today",
              "tonight", "last", "this", "next", "week", "weekend", "month", "year", "late", "at", "the", "ſpring",
              "tonıght", "yesterdİy", "weeks", "Nightly", "agony", "prioritise", "yearly"]


def _may_name_a_time_before(text: str) -> bool:
    """may_name_a_time as it was: the time words' substrings looked for in every text, then its words."""
    folded = text.lower() if text.isascii() else attribution.patterns.lookup_key(text)
    return (any(word in folded for word in attribution._TIME_WORD_HOLDS)
            and attribution._may_hold_time_words(ascii_words(text)))


@settings(max_examples=batches_for(400), deadline=None)
@given(batches(_texts(TIME_WORDS)))
def test_a_time_word_is_looked_for_by_the_words_alone_as_by_their_substrings_and_words(texts):
    for text in texts:
        assert attribution.may_name_a_time(text) == _may_name_a_time_before(text), text


def test_every_word_a_time_word_is_looked_for_by_holds_one_of_the_substrings_looked_for_before():
    """Why the substrings rule out nothing the words do not: each word that can make ASCII text pass holds one."""
    for word in (attribution._TIME_PARTS | attribution._TIME_ALONE | attribution._TIME_SINCE
                 | attribution._TIME_COUNTED):
        assert any(held in word for held in attribution._TIME_WORD_HOLDS), word


RANK_WORDS = ["deadliest", "Deadliest", "best", "LARGEST", "worst", "record", "biggeſt", "the", "its", "Pakistan's",
              "most", "MOST", "almost", "utmost", "mostly", "serious", "earliest", "\u212aey"]
RANK_EVERY_WORD = sorted(attribution._SUPERLATIVE_WORDS)


def _may_rank_before(text: str) -> bool:
    folded = text.casefold()
    return (any(stem in folded for stem in attribution._SUPERLATIVE_STEMS)
            and attribution._MAYBE_SUPERLATIVE.search(text) is not None)


@settings(max_examples=batches_for(400), deadline=None)
@given(batches(st.one_of(_texts(RANK_WORDS), _texts(RANK_EVERY_WORD))))
@example(["the most serious", "Pakistan's most advanced jet", "its deadliest year", "the BEST year", "the biggeſt",
          "al\u212aiest"])
def test_a_superlative_is_looked_for_by_a_text_s_words_as_by_the_superlatives_substrings(texts):
    for text in texts:
        assert attribution.may_rank(text) == _may_rank_before(text), text


def test_a_sentence_ranking_nothing_is_not_searched_and_one_ranking_is():
    assert not attribution.may_rank("The army said the convoy left at dawn")
    for text in ("the deadliest attack", "Pakistan's most advanced jet", "the BEST year", "its largest partner"):
        assert attribution.may_rank(text), text


MONTH_WORDS = ["March", "march", "MARCH", "May", "may", "in", "by", "early", "mid", "April", "Aprils", "mars", "en",
               "mai", "février", "de", "marzo", "mayo", "setiembre", "desde", "the", "2026", "Marching", "Mayday"]


@settings(max_examples=batches_for(500), deadline=None)
@given(batches(_texts(MONTH_WORDS), st.sampled_from(["en", "fr", "es"])))
def test_a_month_is_looked_for_wherever_the_pattern_could_find_one(cases):
    for text, language in cases:
        pattern, month_of = attribution._MONTHS_ALONE.get(language, (attribution._MONTH_ALONE, attribution._MONTH_OF))
        if pattern.search(text):
            assert attribution._may_name_a_month(text, month_of, attribution._MONTH_WORDS[language]), (text, language)
        if not any(month in text for month in month_of):  # the substrings looked for before
            assert not pattern.search(text)


def test_a_sentence_naming_no_month_is_not_searched_for_one():
    words = attribution._MONTH_WORDS["en"]
    assert not attribution._may_name_a_month("the army marched at dawn", attribution._MONTH_OF, words)
    assert attribution._may_name_a_month("prices rose in March", attribution._MONTH_OF, words)


# Each word list a check folds every word of a text to look up, with the word pattern it reads a text by and its
# first runs: a text whose words (found once) hold none of the runs holds none of the words.
WORD_LISTS = [
    (attribution._HEDGES_GIVEN, attribution._WORD, attribution._HEDGE_RUNS, folded_word),
    (attribution._HEDGE_KEPT, attribution._WORD, attribution._HEDGE_KEPT_RUNS, folded_word),
    (attribution._WHOSE_KEPT, attribution._WORD, attribution._WHOSE_KEPT_RUNS, folded_word),
    (attribution._CONTESTED_WORDS, attribution._WORD, attribution._CONTESTED_RUNS, folded_word),
    (attribution._PASSED_ON_WORDS, attribution._WORD, attribution._PASSED_ON_RUNS, folded_word),
    (direction._TURNING_WORDS, direction._WORD, direction._TURNING_RUNS, str.casefold),
]
LISTED_WORDS = sorted({word for words, _, _, _ in WORD_LISTS for word in words} | {
    "Reportedly", "REPORTEDLY", "said", "Said", "rose", "ROSE", "up", "Down", "l'a", "d'après", "D’après", "x",
    "reportedly's", "saidx", "3said", "said_", "the", "ſaid", "\u212aeep", "allegedlİ", "rumoured’s"})


@settings(max_examples=batches_for(400), deadline=None)
@given(batches(_texts(LISTED_WORDS)))
def test_a_text_whose_words_hold_no_run_of_a_list_holds_no_word_of_it_as_each_check_reads_words(texts):
    for text in texts:
        for words, pattern, runs, fold in WORD_LISTS:
            if not words.isdisjoint(fold(word) for word in pattern.findall(text)):
                assert may_hold(text, runs), (text, sorted(words)[:3])


def _hedges_in_before(text: str, language: str = "") -> tuple[str, ...]:
    """_hedges_in as it was: every word of the passage folded and looked up."""
    own = attribution._locale_hedges(language)
    found = [(word.start(), word.group()) for word in attribution._WORD.finditer(text)
             if folded_word(word.group()) in attribution._HEDGES_GIVEN
             and not (folded_word(word.group()).startswith("aur")
                      and attribution._COUNTERFACTUAL.match(text, word.end()))]
    found += [(match.start(), match.group()) for match in attribution._AR_HEDGES.finditer(text)]
    found += [(match.start(), match.group()) for match in own.finditer(text)] if own.pattern != "(?!)" else []
    return tuple(word for _, word in sorted(found))


@settings(max_examples=batches_for(300), deadline=None)
@given(batches(_texts(LISTED_WORDS + ["aurait", "pu", "Auraient", "بحسب", "يُزعم"]), st.sampled_from(["", "en", "fr"])))
def test_a_passage_s_hedges_are_those_found_by_folding_every_word(cases):
    for text, language in cases:
        assert attribution._hedges_in.__wrapped__(text, language) == _hedges_in_before(text, language), text


POSSIBLE_WORDS = ["may", "May", "might", "could", "COULD", "can", "is", "are", "expected", "likely", "set", "to",
                  "in", "talks", "plans", "intend", "threatened", "hopes", "want", "aims", "offered", "be", "still",
                  "award", "awarded", "fine", "win", "the", "ſet", "\u212aan"]
POSSIBLE_WORDS_ELSEWHERE = ["pourrait", "pourraientaller", "peut", "peuvent", "devrait", "risque", "RISQUENT", "d'",
                            "d’", "accorder", "encore", "puede", "PUEDEN", "podría", "imponer", "también", "la", "ſe"]


@settings(max_examples=batches_for(400), deadline=None)
@given(batches(st.one_of(_texts(POSSIBLE_WORDS), _texts(POSSIBLE_WORDS_ELSEWHERE))))
@example(["la cour risque d'accorder", "la cour pourrait accorder", "peutaccorder", "el tribunal PUEDE imponer",
          "it is expected to win", "they are in talks to set up"])
def test_a_possibility_is_looked_for_wherever_the_patterns_could_find_one(texts):
    for text in texts:
        if any(pattern.search(text) for pattern in (possible_done._POSSIBLE_EN, possible_done._POSSIBLE_FR,
                                                    possible_done._POSSIBLE_ES)):
            assert possible_done._may_give_possible(text), text


def test_a_passage_giving_no_possibility_is_not_searched_for_one():
    assert not possible_done._may_give_possible("The court awarded damages to the families on Friday.")
    assert possible_done._possible.__wrapped__("the court may award damages to the families")


QUOTE_PIECES = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", "‚", "›", "‹", "「", "」", "『", "』", "the", "war", "said",
                "it's", "a", " ", "\n\n"]


def _quoted_spans_before(text: str) -> list[tuple[int, int]]:
    """_quoted_spans as it was: the three patterns searched in every text."""
    spans = [attribution._trimmed(text, a + 1, b - 1) for a, b in attribution.double_quoted(text)]
    spans += [m.span("inner") for m in attribution._SINGLE_QUOTE.finditer(text) if m["inner"].strip() == m["inner"]]
    spans += [attribution._trimmed(text, *m.span(m.lastgroup)) for m in attribution._GERMAN_SINGLE_QUOTE.finditer(text)]
    return sorted(spans)


@settings(max_examples=batches_for(400), deadline=None)
@given(batches(st.lists(st.sampled_from(QUOTE_PIECES), max_size=12), st.sampled_from([" ", ""])))
def test_a_text_s_quoted_spans_are_those_the_three_patterns_find(cases):
    for pieces, between in cases:
        text = between.join(pieces)
        assert attribution._quoted_spans(text) == _quoted_spans_before(text), text


def test_a_text_holding_no_quotation_mark_is_not_searched_for_quotes():
    assert attribution._quoted_spans("the minister called it a total war on Friday") == []
    assert attribution._quoted_spans("the minister called it ›a total war‹ on Friday") == [(24, 35)]


# _REPORTING as it was: six look-behinds tried before "stated", "claimed", ... at every word a search passed over.
_NO_AMOUNT_BEFORE = r"(?<!\d\s)(?<!\d)(?<!%\s)(?<!million\s)(?<!billion\s)(?<!trillion\s)"
_REPORTING_BEFORE = re.compile(
    rf"(?<!\w)(?:said|says|say|told|tells|{_NO_AMOUNT_BEFORE}stated|{_NO_AMOUNT_BEFORE}claimed|claims(?!\s+\d)"
    rf"|{_NO_AMOUNT_BEFORE}announced|announces|{_NO_AMOUNT_BEFORE}declared|declares|denied|denies"
    r"|acknowledged|acknowledges|admitted|admits|insisted|insists|added|warned|warns"
    r"|(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)accused|accuses"
    rf"|{_NO_AMOUNT_BEFORE}alleged|alleges|{_NO_AMOUNT_BEFORE}confirmed|confirms|saying|replied|replies|responded"
    r"|responds|retorted|countered|wrote|writes|tweeted|conceded|concedes"
    r"|(?<!['’]s\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?:noted|explained|explains)(?!\s+(?:by|for|as)(?!\w))"
    r"|posted(?=\s+(?:online|on\s+(?:social\s+media|X|Twitter|Facebook|Telegram|Instagram)|an?\s+(?:video|message"
    r"|statement)))"
    r"|testified|testifies|argued|argues|contended|contends|(?:gave|gives|given)\s+evidence"
    r"|(?:found|finds|concluded|concludes|submitted|submits)(?=\s+that(?!\w)))(?!\w)")
AMOUNT_WORDS = ["stated", "claimed", "announced", "declared", "alleged", "confirmed", "noted", "explained", "explains",
                "Stated", "the", "a", "an", "Okafor's", "Harbor’s", "$340", "million", "billion", "trillion", "12%", "%",
                "3", "by", "for", "as", "said", "economist", "on", "March", "accused", "is", "was", "been"]


@settings(max_examples=batches_for(500), deadline=None)
@given(batches(st.lists(st.sampled_from(AMOUNT_WORDS), max_size=6), st.sampled_from([" ", "  ", "", "\n", "-", ", "])))
def test_the_reporting_pattern_looking_for_its_word_first_finds_what_it_found_before(cases):
    for words, between in cases:
        text = between.join(words)
        assert ([m.span() for m in speakers._REPORTING.finditer(text)]
                == [m.span() for m in _REPORTING_BEFORE.finditer(text)]), text
        for start in range(len(text)):
            old, new = _REPORTING_BEFORE.match(text, start), speakers._REPORTING.match(text, start)
            assert (old and old.span()) == (new and new.span()), (text, start)


def test_a_participle_after_an_amount_is_still_no_speaker_s_word():
    for text in ("the $340 million stated on March 3", "the 12% alleged", "a noted economist", "Okafor's noted rival"):
        assert not speakers._REPORTING.search(text), text
    for text in ("the ministry stated", "Okafor noted", "the court confirmed"):
        assert speakers._REPORTING.search(text), text


# Every word of _VAGUE_COUNT (written out, not read from the list the shortcut looks up), and words around them.
VAGUE_WORDS = re.findall(r"[a-z]+", attribution._VAGUE_COUNT.pattern) + [
    "Dozens", "HUNDREDS", "ſcores", "thouſands", "dozenth", "3", "killed", "the"]


@settings(max_examples=batches_for(400), deadline=None)
@given(batches(_texts(VAGUE_WORDS)))
@example(["hundreds of thousands", "a couple of dozen", "several Million"])
def test_a_vague_count_is_looked_for_wherever_the_pattern_could_find_one(texts):
    for text in texts:
        if attribution._VAGUE_COUNT.search(text):
            assert may_hold(text, attribution._VAGUE_WORDS), text


MULTIPLE_WORDS = ["doubled", "Doubling", "TRIPLED", "tripling", "trebled", "trebling", "quadrupled", "quadrupling",
                  "halved", "halving", "double", "doubles", "half", "down", "sales", "re-doubled", "ſales", "halveſ", "3"]


@settings(max_examples=batches_for(400), deadline=None)
@given(batches(_texts(MULTIPLE_WORDS)))
def test_a_change_by_a_multiple_is_looked_for_wherever_the_pattern_could_find_one(texts):
    for text in texts:
        if attribution._MULTIPLE.search(text):
            assert may_hold(text, attribution._MULTIPLE_WORDS), text
