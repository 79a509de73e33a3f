"""checkshape16: the readings the sentence checks make again, counted (benchmarks/repeated_readings.py).

A memo shared by the checks of one sentence pays only for readings made again while that sentence is checked. The
tool replays recorded check calls and counts, by function, the calls of explainer/ given the same arguments as an
earlier call in the same check call ("within") or in the few before it ("across"): how checkshape16 found that the
repeats left are a few percent of the checks' time, most readings being shared already by their lru_caches.
"""

from __future__ import annotations

import importlib.util
import pickle
import subprocess
import sys
from pathlib import Path

from conftest import REPO
from explainer import numbers, sentences

TEXT = "Prices rose 5% in March.\n\nThe ministry said 40 people were killed."
OTHER = "Exports doubled to 3,400 tonnes last year."


def load_tool():
    """Return benchmarks/repeated_readings.py as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("benchmarks_repeated_readings",
                                                  REPO / "benchmarks" / "repeated_readings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _blocks_twice(text: str) -> list:
    """A check for the replay: it reads text's paragraphs twice, as two checks of one sentence would."""
    return [*sentences.blocks(text), *sentences.blocks(text)]


def _blocks_once(text: str) -> list:
    return list(sentences.blocks(text))


def _blocks_again(text: str) -> list:
    """Another check reading text's paragraphs once."""
    return list(sentences.blocks(text))


def _split_twice(text: str) -> list:
    """A check reading text's sentences twice, unremembered: each split reads its paragraphs (blocks) once."""
    return [*sentences._split(text, "en"), *sentences._split(text, "en")]


def _closure_twice(text: str) -> list:
    def paragraphs():  # a closure: keyed by nothing the hook can see, so never counted
        return sentences.blocks(text)
    paragraphs()
    paragraphs()
    return []


def _calls(*checks_and_texts) -> list:
    key = numbers.reading_key()
    return [(key, check, (text,), ()) for check, text in checks_and_texts]


def _name(found, function) -> str:
    code = getattr(function, "__wrapped__", function).__code__
    [name] = [name for name in found.calls if name.endswith(f":{code.co_firstlineno} {code.co_name}")]
    return name


def test_a_reading_made_twice_in_one_check_call_is_one_repeat_within_it():
    tool = load_tool()
    found, seconds = tool.repeated_readings(_calls((_blocks_twice, TEXT)))
    blocks = _name(found, sentences.blocks)
    assert (found.calls[blocks], found.within[blocks], found.across[blocks]) == (2, 1, 0)
    assert 0 < found.seconds[blocks] < seconds


def test_a_reading_of_other_text_is_no_repeat():
    tool = load_tool()
    found, _ = tool.repeated_readings(_calls((_blocks_once, TEXT), (_blocks_once, OTHER)))
    blocks = _name(found, sentences.blocks)
    assert (found.calls[blocks], found.within[blocks], found.across[blocks]) == (2, 0, 0)
    assert blocks not in found.seconds


def test_a_reading_made_by_an_earlier_check_call_counts_across_only_within_the_window():
    tool = load_tool()
    calls = _calls((_blocks_once, TEXT), (_blocks_once, OTHER), (_blocks_again, TEXT))
    near, _ = tool.repeated_readings(calls, window=2)
    far, _ = tool.repeated_readings(calls, window=1)  # the first call's keys are out of the window by the third
    blocks = _name(near, sentences.blocks)
    assert (near.within[blocks], near.across[blocks]) == (0, 1)
    assert (far.within[blocks], far.across[blocks]) == (0, 0)


def test_a_repeat_inside_a_repeat_is_counted_but_its_time_only_once():
    tool = load_tool()
    found, _ = tool.repeated_readings(_calls((_split_twice, TEXT)))
    split, blocks = _name(found, sentences._split), _name(found, sentences.blocks)
    assert found.within[split] == 1 and found.within[blocks] == 1  # the second split read the paragraphs again
    assert found.seconds[split] > 0 and blocks not in found.seconds  # within the second split's time


def test_closures_and_what_an_lru_cache_answers_are_not_counted():
    tool = load_tool()
    sentences.markers_blanked.cache_clear()
    found, _ = tool.repeated_readings(_calls((_closure_twice, TEXT), (sentences.markers_blanked, TEXT),
                                             (sentences.markers_blanked, TEXT)))
    blocks = _name(found, sentences.blocks)
    assert (found.calls[blocks], found.within[blocks]) == (2, 1)  # the closure's callees are still counted
    assert not [name for name in found.calls if "paragraphs" in name]
    blanked = _name(found, sentences.markers_blanked)
    assert (found.calls[blanked], found.across[blanked]) == (1, 0)  # the second call was the cache's answer


def test_a_check_call_given_what_an_earlier_one_was_is_left_out_as_a_plan_runs_it_once():
    tool = load_tool()
    found, _ = tool.repeated_readings(_calls((_blocks_once, TEXT), (_blocks_once, TEXT), (_blocks_once, OTHER)))
    blocks = _name(found, sentences.blocks)
    assert found.skipped == 1
    assert (found.calls[blocks], found.within[blocks], found.across[blocks]) == (2, 0, 0)


def test_the_command_prints_the_repeats_by_function(tmp_path: Path):
    calls = tmp_path / "calls.pkl"
    key = numbers.reading_key()
    calls.write_bytes(pickle.dumps([(key, sentences.blocks, (TEXT,), ()), (key, sentences._split, (TEXT, "en"), ()),
                                    (key, sentences.blocks, (TEXT,), ())]))  # the split reads the paragraphs again
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "repeated_readings.py"), str(calls)],
                          capture_output=True, text=True, cwd=REPO, check=True)
    lines = done.stdout.splitlines()
    assert lines[0].startswith("hooked replay ") and "outermost repeats" in lines[0]
    assert lines[0].endswith("; 1 check calls left out as a build's plan runs them once")
    assert lines[1].split() == ["repeat", "s", "%", "calls", "within", "across", "function"]
    [row] = lines[2:]
    assert row.split()[2:5] == ["2", "0", "1"] and row.endswith(" blocks")
