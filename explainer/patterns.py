"""Regular expressions compiled once per installation, as Python keeps a module's bytecode.

Our checks read figures, dates, quotes and attributions in several languages with some hundred
patterns, which `re` compiles again in every process: about 55 ms of each run's start, a sixth
of a small microsite's whole build. `compile` keeps what the compiler made of each pattern (its
code for the matching engine, its groups and flags) in a file beside our bytecode, and the next
run hands that code straight to the engine. The engine validates code it is given, and the file
is sealed with a digest of its bytes and named for this Python and this engine, so a damaged or
foreign file is only a miss. Each pattern's code is kept in its own marshalled bytes, read only
when the pattern is asked for: the file holds every locale's patterns a project (or the tests)
ever made, and reading all of them cost more than it saved. The code itself is an array's bytes,
which become the engine's list of ints in one call (marshal built that list an object at a time).

Only fixed patterns, and those made from a locale's words, come here: a pattern made from each
quote an editor writes would grow the file without end (those use `re` and its own cache).
"""

from __future__ import annotations

import array
import atexit
import importlib.util
import marshal
import re
import sys
from pathlib import Path

from .seal import BESIDE_CODE, read_sealed, write_sealed

MAX_ENTRIES = 2000  # a file that grows past this (locales edited for hours in the preview) starts afresh
MAX_FILE_BYTES = 16 * 1024 * 1024

try:
    import _sre
    from re import _compiler, _parser
    # Code is kept as an array of unsigned ints, in this machine's byte order and width: the file is named for both,
    # so that an installation shared with another kind of machine never reads one number for another.
    _TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{sys.byteorder[0]}{array.array('I').itemsize}"
except (ImportError, AttributeError):  # another Python: compile as usual
    _TAG = ""

_known: dict[tuple, bytes] | None = None  # (pattern, flags) -> what the engine needs, marshalled; read on first use
_made: dict[tuple, tuple] = {}  # compiled in this process and not in the file
_used: set[tuple] = set()


def compile(pattern: str | bytes, flags: int | re.RegexFlag = 0) -> re.Pattern:
    """Return re.compile(pattern, flags), from the kept code when there is some."""
    flags = int(flags)
    if not _TAG or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    _used.add(key)
    kept = _made.get(key) or _kept().get(key)
    if kept is not None:
        try:
            return _sre.compile(pattern, *(unpacked(kept) if isinstance(kept, bytes) else kept))
        except (RuntimeError, TypeError, ValueError, EOFError):  # code this engine refuses: made again below
            _kept().pop(key, None)
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]  # its opcodes are int subclasses marshal refuses
        state = parsed.state
        groupindex = dict(state.groupdict)
        indexgroup = [None] * state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        made = (int(flags | state.flags), code, state.groups - 1, groupindex, tuple(indexgroup))
        compiled = _sre.compile(pattern, *made)
    except re.error:
        raise
    except Exception:  # the compiler's insides are not what this module expects: compile as usual
        return re.compile(pattern, flags)
    if not _made:
        atexit.register(save)
    _made[key] = made
    return compiled


class ScriptWords:
    """A pattern of words that each hold a letter of one script (Arabic's), spelled and compiled the first time it is
    asked about a text holding such a letter: a text with none cannot match. An English site's build never makes
    Arabic's four (1 ms of the real microsite's start; their code is a third of this store's bytes), and the letter
    test is cheaper than the pattern's search of a text without them."""

    __slots__ = ("spell", "letters", "compiled")

    def __init__(self, spell, letters: re.Pattern):
        self.spell, self.letters, self.compiled = spell, letters, None  # spell(): the pattern's source, made then too

    def source(self) -> str:
        return self.spell()

    def pattern(self) -> re.Pattern:
        if self.compiled is None:
            self.compiled = compile(self.spell())
        return self.compiled

    def search(self, text: str) -> re.Match | None:
        return self.pattern().search(text) if self.letters.search(text) else None

    def fullmatch(self, text: str) -> re.Match | None:
        return self.pattern().fullmatch(text) if self.letters.search(text) else None

    def finditer(self, text: str):
        return self.pattern().finditer(text) if self.letters.search(text) else iter(())


def cache_file() -> Path | None:
    """Return where the kept code lives: beside this module's bytecode (so PYTHONPYCACHEPREFIX counts)."""
    if not _TAG:
        return None
    try:
        bytecode = Path(importlib.util.cache_from_source(__file__))
    except (NotImplementedError, ValueError):
        return None
    return bytecode.with_name(f"patterns.{_TAG}.marshal")


def _kept() -> dict[tuple, tuple]:
    global _known
    if _known is None:
        _known = {}
        path = cache_file()
        if path is not None:
            payload = read_sealed(path, path.parent, MAX_FILE_BYTES, BESIDE_CODE)
            try:
                found = marshal.loads(payload) if payload else {}
            except (EOFError, ValueError, TypeError):
                found = {}
            if isinstance(found, dict):
                _known = {key: code for key, code in found.items() if isinstance(code, bytes)}
    return _known


def save() -> None:
    """Write the kept code with what this process compiled anew; a file that cannot be written is only a miss."""
    path = cache_file()
    if path is None or not _made or sys.dont_write_bytecode:  # as Python does with its bytecode
        return
    kept = {**_kept(), **{key: packed(made) for key, made in _made.items()}}
    if len(kept) > MAX_ENTRIES:
        kept = {key: value for key, value in kept.items() if key in _used}
    write_sealed(path, marshal.dumps(kept), BESIDE_CODE)
    _made.clear()


def packed(made: tuple) -> bytes:
    """Return what the engine needs for a pattern as kept in the file, its code as an array's bytes: marshal reads a
    list of ints one object at a time (2.5 ms for the real microsite's patterns, the array's bytes 1 ms)."""
    flags, code, groups, groupindex, indexgroup = made
    try:
        words = array.array("I", code)
    except OverflowError:  # a word the array cannot hold: kept as a list, which unpacked reads as well
        return marshal.dumps(made)
    return marshal.dumps((flags, words.tobytes(), groups, groupindex, indexgroup))


def unpacked(kept: bytes) -> tuple:
    """Return what packed kept: the arguments _sre.compile takes after the pattern."""
    flags, code, groups, groupindex, indexgroup = marshal.loads(kept)
    if isinstance(code, bytes):
        code = array.array("I", code).tolist()
    return flags, code, groups, groupindex, indexgroup


def by_first_letter(words) -> str:
    """Return an alternation of `words` (lowercase) grouped by their first letter, each group longest first: the engine
    tests one letter a group where a flat alternation of some hundred words tried every word (read with re.IGNORECASE,
    it matches what the flat one matches)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in longest_first(rests)) + ")"
                    for first, rests in sorted(groups.items()))


def longest_first(words) -> list[str]:
    """Return `words` longest first, for an alternation ("at least" before "at"), ties in a fixed order: a
    set's order changes from run to run, and so would the pattern and the code kept for it."""
    return sorted(words, key=lambda word: (-len(word), word))


# Letters a pattern compiled with re.IGNORECASE matches to an ASCII letter, though lower() does not make them that
# letter: Turkish dotted and dotless i ("fİve", "fıve" match "five") and the long s ("ſix" matches "six").
_IGNORECASE_EQUIVALENTS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def lookup_key(found: str) -> str:
    """Return the key a word matched by a pattern that ignores case is looked up by in a table of lowercase words:
    the word that matched, as its pattern read it ("five" for "fİve"; lower() gave "fi̇ve", which no table holds)."""
    return found.translate(_IGNORECASE_EQUIVALENTS).lower()
