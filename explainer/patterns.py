"""Regular expressions compiled once per installation, as Python keeps a module's bytecode, and each only when a run
first uses it.

Our checks read figures, dates, quotes and attributions in many languages with some 3,400 patterns, which `re`
would compile again in every process. `compile` returns a `Pattern` that is compiled the first time it is used (a
briefing in one language uses under a third of them), from the code the compiler made of it in an earlier run (its
code for the matching engine, its groups and flags), kept in a file beside our bytecode. The engine validates code
it is given, and the file is named for this Python and this engine, so a foreign file is only a miss. The file
starts with an index, sealed with a digest of its bytes, of where each pattern's code lies in the bytes after it and
a digest of that code: a run reads the index and the code of each pattern it uses, checked against its digest, and
no more (the file holds every locale's patterns a project, or the tests, ever used: reading and checking all of them
cost a tenth of the real microsite's build). The code itself is an array's bytes, which become the engine's list of
ints in one call (marshal built that list an object at a time).

Only fixed patterns, and those made from a locale's words, come here: a pattern made from each
quote an editor writes would grow the file without end (those use `re` and its own cache).
"""

from __future__ import annotations

import array
import atexit
import hashlib
import importlib.util
import marshal
import os
import re
import sys
from pathlib import Path

from .first_chars import first_chars
from .safefs import FileRefused, read_regular
from .seal import BESIDE_CODE, is_aside, remove_left_aside, unsealed_head, write_sealed

MAX_ENTRIES = 6000  # a file that grows past this (locales edited for hours in the preview) keeps what this run used
MAX_FILE_BYTES = 32 * 1024 * 1024
SEAL_BYTES = 64  # what the seal adds before the index (seal.py: 19 bytes, then 24)

try:
    import _sre
    from re import _compiler, _parser
    # Code is kept as an array of unsigned ints, in this machine's byte order and width: the file is named for both,
    # so that an installation shared with another kind of machine never reads one number for another.
    _TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{sys.byteorder[0]}{array.array('I').itemsize}"
except (ImportError, AttributeError):  # another Python: compile as usual
    _TAG = ""

# The file: its index, sealed, maps (pattern, flags) to where that pattern's code lies in the bytes after it, and
# the code's digest; read on first use.
_known: dict[tuple, tuple[int, int, bytes]] | None = None
_code = memoryview(b"")  # the bytes after the index
_LAYOUT = "index-then-code-2"  # the index names its layout: a file of another is only a miss (2: IGNORECASE sieved)
_made: dict[tuple, tuple] = {}  # compiled in this process and not in the file
_used: set[tuple] = set()


def compile(pattern: str | bytes, flags: int | re.RegexFlag = 0) -> Pattern:
    """Return what re.compile(pattern, flags) returns, compiled the first time it is used (from the kept code when
    there is some)."""
    return Pattern(pattern, int(flags))


# What a compiled pattern offers that a Pattern hands over from it once made.
_HANDED_OVER = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "groups",
                "groupindex", "flags")


class Pattern:
    """A regular expression compiled the first time it is used: its `pattern` is at hand at once, and its first use
    makes it and keeps its methods as its own, so that every later call goes straight to the compiled pattern.

    Our modules define some 3,400 patterns, and a build used to compile every one as they were imported (0.1 s of
    the real microsite's start, more than a third of it turning kept code into the engine's list of ints), where a
    briefing in one language, whose sentences most checks pass over on a word or two, uses a fraction of them.

    A match's `re` is the compiled pattern, not this one: tell which pattern matched with `==` (`match.re == _SPAN`),
    which compares their text and flags, never with `is` (tests/test_patterns.py holds every module to it).
    re's own functions take a compiled pattern or a string, never this: call its methods."""

    def __init__(self, pattern: str | bytes, flags: int):
        self.pattern = pattern
        self._key = (pattern, flags)

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "_key":  # asked before __init__ ran (copying): not a use
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def compiled(self) -> re.Pattern:
        """Return the compiled pattern, made now if it is not yet."""
        made = self.__dict__.get("_compiled")
        if made is None:
            made = self.__dict__["_compiled"] = _compiled(*self._key)
            for name in _HANDED_OVER:
                self.__dict__[name] = getattr(made, name)
        return made

    def __eq__(self, other):
        # As re's patterns are equal: the same text and flags (the code for the engine may differ: see _sieved).
        if isinstance(other, Pattern):
            return self._key == other._key
        if isinstance(other, re.Pattern):
            return self.pattern == other.pattern and self.flags == other.flags
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key)

    def __reduce__(self):
        return compile, self._key

    def __repr__(self) -> str:
        return f"patterns.compile({self.pattern!r}, {self._key[1]})"


def _compiled(pattern: str | bytes, flags: int) -> re.Pattern:
    """Return re.compile(pattern, flags), from the kept code when there is some."""
    if not _TAG or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    _used.add(key)
    kept = _made.get(key) or _kept_code(key)
    if kept is not None:
        try:
            return _sre.compile(pattern, *(unpacked(kept) if isinstance(kept, bytes) else kept))
        except Exception:  # code this engine refuses (a word past its width is an OverflowError): made again below
            _kept().pop(key, None)
    try:
        parsed = _parser.parse(pattern, flags)
        if (sieved := _sieved(pattern, flags, parsed)) is not None:
            parsed = _parser.parse(sieved, flags)
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
        atexit.register(_save_at_exit)
    _made[key] = made
    return compiled


_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_FLAG_LETTERS = frozenset("aiLmsux-")  # "(?i)" or "(?i:" after which a pattern is not wrapped


def _sieved(pattern, flags: int, parsed) -> str | None:
    """Return `pattern` with a look-ahead of the characters its match can start with said first, where it starts with
    a look-around or a boundary: the engine then passes over every other position at one test, where it tried the
    look-behind and each of the alternatives after it there (a pattern starting with a character or a class the engine
    skips ahead to itself). None where that cannot be said (see first_chars) or the pattern would read otherwise."""
    if not isinstance(pattern, str) or flags & re.VERBOSE or pattern[2:3] in _FLAG_LETTERS and pattern[:2] == "(?" \
            or not parsed.data:
        return None
    first = str(parsed.data[0][0])
    starts_zero_width = first in _ZERO_WIDTH
    # Read in any case, a pattern starting with alternatives ("sa(?:id|ys?)|told|warn|...") tried each of them at
    # every position (re's compiler gives it no first characters to skip ahead to): sieved, 335 patterns searched the
    # synthetic microsite's sentences in 0.58 of the time (benchmarks/results.md). One starting with a letter ("doubt")
    # is tried at one test a position as it is.
    if not starts_zero_width and (not flags & re.IGNORECASE or first == "LITERAL"):
        return None
    chars = first_chars(pattern, flags)
    if chars is None or not starts_zero_width and not _cased(chars):
        return None
    return f"(?=[{chars}])(?:{pattern})"


def _cased(chars: str) -> bool:
    """Say whether a class's characters hold a letter with two cases: read in any case, a pattern starting with one
    gets no skipping ahead from the engine (re's compiler gives it no first characters), which a class of digits or
    marks does."""
    return any(char != char.swapcase() for char in chars.replace("\\d", ""))


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


def _kept() -> dict[tuple, tuple[int, int, bytes]]:
    """Return the file's index, read the first time it is asked for (empty where there is no file, or a damaged one)."""
    global _known, _code
    if _known is None:
        _known, _code = {}, memoryview(b"")
        path = cache_file()
        if path is not None and os.path.lexists(path):
            try:
                index, _code = unsealed_head(read_regular(path, path.parent, MAX_FILE_BYTES, path.name), BESIDE_CODE)
                layout, found = marshal.loads(index) if index else (None, None)
            except (FileRefused, EOFError, ValueError, TypeError):
                layout, found = None, None
            if layout == _LAYOUT and isinstance(found, dict):
                _known = found
    return _known


def _kept_code(key: tuple) -> bytes | None:
    """Return the kept code of the pattern `key`, or None where the file has none, or only damaged code."""
    code = _checked_code(_kept().get(key))
    if code is None:
        _known.pop(key, None)
    return code


def _checked_code(place) -> bytes | None:
    """Return the code an entry of the index places, or None where the entry is not one (another layout, a damaged
    or foreign file: its numbers not ints, or negative) or the bytes there are not those its digest was made of."""
    if not (isinstance(place, tuple) and len(place) == 3):
        return None
    start, length, digest = place
    if type(start) is not int or type(length) is not int or start < 0 or length < 0:
        return None
    code = bytes(_code[start:start + length])
    if len(code) != length or _digest(code) != digest:
        return None
    return code


def _digest(code: bytes) -> bytes:
    return hashlib.blake2b(code, digest_size=16).digest()


def _save_at_exit() -> None:
    """save(), as the process ends. Ctrl-C then (just after a build printed its outcome, as the store of a first run
    was written) only loses the shortcut: it printed "Exception ignored in atexit callback" and a traceback under the
    outcome (write_sealed has removed its aside file)."""
    try:
        save()
    except KeyboardInterrupt:
        pass


def save() -> None:
    """Write the kept code with what this process compiled anew; a file that cannot be written is only a miss."""
    path = cache_file()
    if path is None or not _made or sys.dont_write_bytecode:  # as Python does with its bytecode
        return
    # Only code that still matches its digest is carried over: its digest is made anew below, and damaged code kept
    # under it would be taken for whole by every later run (a flipped byte the engine accepts is another pattern).
    kept = {key: code for key, place in _kept().items() if (code := _checked_code(place)) is not None}
    kept.update((key, packed(made)) for key, made in _made.items())
    if len(kept) > MAX_ENTRIES:
        kept = {key: code for key, code in kept.items() if key in _used}
    index, code = _laid_out(kept)
    # A project's locale makes patterns of its words, some 150 KB more at each edit of its months: a file past the
    # bytes a run reads was refused whole by the next run, every pattern compiled anew.
    if len(index) + len(code) > MAX_FILE_BYTES - SEAL_BYTES:
        index, code = _laid_out({key: code for key, code in kept.items() if key in _used})
    write_sealed(path, index, BESIDE_CODE, code)
    _made.clear()
    _remove_saves_left_aside(path)


def _laid_out(kept: dict[tuple, bytes]) -> tuple[bytes, bytes]:
    """Return the file's index, as marshal writes it, and the code after it, of the code `kept` of each pattern."""
    index, parts, at = {}, [], 0
    for key, code in kept.items():
        index[key] = (at, len(code), _digest(code))
        parts.append(code)
        at += len(code)
    return marshal.dumps((_LAYOUT, index)), b"".join(parts)


def _remove_saves_left_aside(path: Path) -> None:
    """Delete the files a save of `path` killed as it wrote (SIGKILL, the machine's power) left beside it: each was
    the whole store, some megabytes, kept for good beside our code, one more at every such stop. Looked for only by a
    run that saves (one that compiled a pattern anew), never by one that only reads."""
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    remove_left_aside(path.parent, [name for name in names if name.startswith(f".{path.name}.") and is_aside(name)])


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
