"""The sentence checks' fixed costs in a small build: each shortcut compared with the plain way it stands in for."""

from __future__ import annotations

import marshal
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from batches import batches, batches_for
from explainer import patterns, possible_done
from explainer.seal import BESIDE_CODE, unsealed_head

_IRREGULAR_VERBS = possible_done._IRREGULAR


def test_the_store_keeps_each_patterns_code_as_an_arrays_bytes(kept_in):
    # marshal reads a list of ints one object at a time: the real microsite's 435 patterns took 2.5 ms of its start.
    pattern = r"(?<!\w)(?P<figure>\d[\d,]*)\s+(?:people|soldiers)(?!\w)"
    patterns.compile(pattern, re.IGNORECASE).compiled()
    patterns.save()
    index, kept = unsealed_head(kept_in.read_bytes(), BESIDE_CODE)
    start, length, _ = marshal.loads(index)[1][(pattern, int(re.IGNORECASE))]
    flags, code, groups, groupindex, indexgroup = marshal.loads(kept[start:start + length])
    assert isinstance(code, bytes) and len(code) % 4 == 0
    assert (groups, groupindex) == (1, {"figure": 1})


def test_the_store_is_named_for_the_machines_byte_order_and_word_width():
    # An installation shared with a machine of the other byte order must never read its numbers as other numbers.
    name = patterns.cache_file().name
    assert name.endswith(f"-{sys.byteorder[0]}4.marshal"), name


def test_code_an_array_cannot_hold_is_kept_as_a_list():
    made = (0, [17, 2**40, 1], 0, {}, (None,))
    assert patterns.unpacked(patterns.packed(made)) == made


_ATOMS = st.sampled_from([r"\d+", r"\w+", r"[a-zé]", r"at\s+least", r"Friday", r"\.", r"[^\W\d_]+", r"ſix", r"İ",
                          r"(?<!\w)", r"(?!\w)", r"\b", r"[\u0600-\u06ff]+", r"."])


@st.composite
def _regexes(draw, depth: int = 2) -> str:
    """Return a pattern of atoms, groups (named or not), alternations and repeats."""
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        if depth and draw(st.booleans()):
            inner = "|".join(draw(st.lists(_regexes(depth - 1), min_size=1, max_size=3)))
            kind = draw(st.sampled_from(["(?:{})", "({})", f"(?P<g{len(parts)}x{depth}>{{}})", "(?={})"]))
            part = kind.format(inner)
        else:
            part = draw(_ATOMS)
        parts.append(part + draw(st.sampled_from(["", "?", "*", "+", "{1,3}", "+?"])) if not part.startswith(
            ("(?<", "(?!", "(?=", r"\b")) else part)
    return "".join(parts)


@settings(max_examples=40, deadline=None)
@given(pattern=_regexes(), flags=st.sampled_from([0, re.IGNORECASE, re.MULTILINE | re.DOTALL, re.IGNORECASE | re.ASCII]),
       texts=st.lists(st.text(alphabet="ab1 9.,İıſéФ\nFriday leastاب", max_size=30), min_size=1, max_size=4))
def test_a_pattern_read_back_from_the_store_is_the_pattern_re_compiles(tmp_path_factory, pattern, flags, texts):
    try:
        plain = re.compile(pattern, flags)
    except re.error:
        return  # a pattern re refuses is refused by patterns.compile too (test_patterns.py)
    saved = (patterns.cache_file, patterns._known, patterns._made, patterns._used, sys.dont_write_bytecode)
    path = tmp_path_factory.mktemp("kept") / "patterns.marshal"
    try:
        patterns.cache_file, patterns._known, patterns._made, patterns._used = (lambda: path), None, {}, set()
        sys.dont_write_bytecode = False
        patterns.compile(pattern, flags).compiled()
        patterns.save()
        patterns._known, patterns._made = None, {}
        kept = patterns.compile(pattern, flags).compiled()
        assert not patterns._made, "read from the file"
    finally:
        patterns.cache_file, patterns._known, patterns._made, patterns._used, sys.dont_write_bytecode = saved
    assert (kept.pattern, kept.flags, kept.groupindex, kept.groups) == \
        (plain.pattern, plain.flags, plain.groupindex, plain.groups)
    for text in texts:  # the same matches, though a pattern starting with a look-behind is sieved (patterns._sieved)
        assert [(m.span(), m.groups()) for m in kept.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]


@settings(max_examples=batches_for(80), deadline=None)
@given(cases=batches(st.one_of(st.from_regex(r"[a-z]{1,9}", fullmatch=True), st.sampled_from(sorted(_IRREGULAR_VERBS))),
                     st.booleans()))
def test_an_english_pasts_source_is_that_of_its_pattern(cases):
    # unestablished.py and commitments.py join several verbs' pasts into one pattern: each was compiled on its own
    # only to be read back (a tenth of a millisecond a verb, in a cold build).
    for verb, passive in cases:
        if not passive:
            assert possible_done.english_past_source(verb) == possible_done.english_past(verb).pattern, verb
        done = possible_done._english_done(verb, passive)
        source = possible_done._english_done_source(verb, passive)
        assert (done.pattern, done.flags) == (source, re.compile(source, re.IGNORECASE).flags) if source else \
            done is None, (verb, passive)
