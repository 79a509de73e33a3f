"""How long a string a template's `~`, `+`, `%`, filters and string methods may make: a page's limit
(template_limits.MAX_PAGE_CHARACTERS) is counted as the page is written, but a value is made whole first, and a
template with no loop could make one of gigabytes and write only its length (`{% set b = a ~ a %}` again and again,
`[a] * 1000 | join`, `a|replace("x", a)`, `"x"|center(10**9)`, `"%.300000000f" % 1`), bounded only by the memory
limit. Each is refused at its line past what a page may hold: before it is made where its length is known from its
arguments, after it is made (within the memory limit) where it is not."""

from __future__ import annotations

import builtins
import collections
import collections.abc
import functools
import itertools
import operator
import re
import string

import jinja2.filters
import jinja2.runtime
import jinja2.utils

from . import patterns, template_limits
from .template_limits import TooLarge


def refused_past(size: int, made_by: str) -> None:
    """Raise TooLarge if `made_by` would make a string of `size` characters, past what a page may hold."""
    if size > template_limits.MAX_PAGE_CHARACTERS:
        raise TooLarge(f"{made_by} would make a string of over {template_limits.MAX_PAGE_CHARACTERS:,} characters, "
                       "past what a page may hold")


def checked(value, made_by: str):
    """Return `value`, refused as TooLarge if it is a string past what a page may hold."""
    if isinstance(value, str):
        refused_past(len(value), made_by)
    return value


# A value made a string whole by `{{ }}`, `~`, `|string`, `|tojson`, `|pprint`, `|format`, `.format()`...: a list of
# one string a million times is a million items, within `*`'s bound, but its text is the string's length a million
# times, made whole before a page or a check of a string's length saw it (round 52's leftover). Its text is measured
# from the list's shape first: each list, tuple, set, dict or namespace once however often it is held (by id), so the
# measure takes as many steps as the value has items, not characters.
CONTAINERS = (list, tuple, set, frozenset, dict, jinja2.utils.Namespace)


class _Past(Exception):
    """The measure of a value passed the limit: no need to measure the rest."""


def shown_length(value) -> int:
    """Return at least how many characters `str(value)` makes (exactly, for a string), not making it: a container's
    items are counted as Python writes them (quotes, commas, brackets), anything else as no characters."""
    if isinstance(value, str):
        return len(value)
    if not isinstance(value, CONTAINERS):
        return 0
    limit = template_limits.MAX_PAGE_CHARACTERS
    try:
        return _measured(value, {}, limit)
    except _Past:
        return limit + 1
    except RecursionError:  # nested deeper than Python can write: str() is refused as deeply, at the same line
        return 0


def _measured(value, seen: dict[int, int], limit: int, length=len) -> int:
    if isinstance(value, str):
        return length(value) + 2  # its quotes; escapes only lengthen it
    if not isinstance(value, CONTAINERS):
        return 1
    known = seen.get(id(value))
    if known is not None:
        return known
    seen[id(value)] = 5  # a value holding itself is written "[...]"
    if isinstance(value, jinja2.utils.Namespace):
        items = (object.__getattribute__(value, "_Namespace__attrs"),)
    elif isinstance(value, dict):
        items = value.items()
    else:
        items = value
    total = 2
    for item in items:
        if isinstance(item, tuple) and isinstance(value, dict):  # a key and its value: `'k': v`
            total += _measured(item[0], seen, limit, length) + _measured(item[1], seen, limit, length) + 4
        else:
            total += _measured(item, seen, limit, length) + 2
        if total > limit:
            raise _Past
    seen[id(value)] = total
    return total


# What escaping adds to a string (markupsafe: `&` to `&amp;`, `<` and `>` to `&lt;` `&gt;`, `"` and `'` to `&#34;`
# `&#39;`), and what `|tojson` adds at least (Jinja's htmlsafe_json_dumps writes `<`, `>`, `&`, `'` as `\u003c`...,
# JSON `"` and `\` as `\"` `\\`). A value was measured before it was escaped: `{{ a }}` or `a|e` of a string of `&`
# within a page's limit made five times the limit, `a|tojson` of `<` six times, before the page's count saw it.
ESCAPE_GROWTH = (("&", 4), ("<", 3), (">", 3), ('"', 4), ("'", 4))
JSON_GROWTH = (("<", 5), (">", 5), ("&", 5), ("'", 5), ('"', 1), ("\\", 1))
MOST_GROWTH = 6  # neither writes a character as more than six (a non-ASCII one in JSON, `\u00e9`; astral, twelve)


def escaped_length(value, growth=ESCAPE_GROWTH) -> int:
    """Return at least how many characters `value`'s text is once escaped (`growth`: markup's, or `|tojson`'s), not
    escaping it: as `shown_length`, each string's characters counted by how much longer escaping writes them (a string
    marked safe, Markup, is written as it is). Counted only where the value is long enough for it to matter."""
    plain = shown_length(value)
    if plain * MOST_GROWTH <= template_limits.MAX_PAGE_CHARACTERS:
        return plain  # however it is escaped, it stays within the limit: no need to count its characters
    if isinstance(value, str):
        return _grown(value, growth)
    if not isinstance(value, CONTAINERS):
        return plain
    try:
        return _measured(value, {}, template_limits.MAX_PAGE_CHARACTERS, lambda text: _grown(text, growth))
    except _Past:
        return template_limits.MAX_PAGE_CHARACTERS + 1
    except RecursionError:
        return plain


def _grown(text: str, growth) -> int:
    if hasattr(text, "__html__") and growth is ESCAPE_GROWTH:
        return len(text)
    return len(text) + sum(text.count(character) * more for character, more in growth)


def json_length(value, *_, **__) -> int:
    """Return at least how many characters `value|tojson` writes."""
    return escaped_length(value, JSON_GROWTH)


def _escaped_filter(value, *_, **__) -> int:
    return escaped_length(value)


def _force_escaped(value, *_, **__) -> int:
    return escaped_length(str(value) if isinstance(value, str) else value)  # `|forceescape` escapes Markup too


def refused_if_shown_past(values, made_by: str) -> None:
    """Refuse, before any is made a string, values whose text would be past what a page may hold."""
    for value in values:
        if isinstance(value, CONTAINERS):
            refused_past(shown_length(value), made_by)


def shown(value):
    """Return a value `{{ }}` writes (Jinja's finalize), refused first if its text would be past a page's limit."""
    if isinstance(value, CONTAINERS):
        refused_past(shown_length(value), "'{{ }}'")
    return value


def shown_escaped(value):
    """Return a value `{{ }}` writes escaped (Jinja's finalize where autoescape is on), refused first if its escaped
    text would be past a page's limit: `{{ a }}` of a string of `&` within the limit was escaped to five times it."""
    if isinstance(value, str):
        if len(value) * MOST_GROWTH > template_limits.MAX_PAGE_CHARACTERS:  # a page's strings are far shorter
            refused_past(_grown(value, ESCAPE_GROWTH), "'{{ }}'")
    elif isinstance(value, CONTAINERS):
        refused_past(escaped_length(value), "'{{ }}'")
    return value


def concatenated(join, parts: tuple) -> str:
    """Return `join(parts)` (a template's `a ~ b ~ c`, Jinja's own join), refused by the parts' lengths before it is
    made, and by its own after (escaping lengthens)."""
    refused_past(sum(map(shown_length, parts)), "'~'")  # a list's text is made whole by soft_str
    parts = tuple(map(jinja2.runtime.soft_str, parts))
    if join is jinja2.runtime.markup_join and any(hasattr(part, "__html__") for part in parts):
        refused_past(sum(map(escaped_length, parts)), "'~'")  # a part marked safe: the others are escaped
    refused_past(sum(map(len, parts)), "'~'")
    return checked(join(parts), "'~'")


def added(left, right):
    """Return left + right, refused if it makes a string past a page's limit or a list past `*`'s."""
    if isinstance(left, str) and isinstance(right, str):
        refused_past(len(left) + len(right), "'+'")
        if hasattr(left, "__html__") or hasattr(right, "__html__"):  # Markup's `+` escapes the other side
            refused_past(escaped_length(left) + escaped_length(right), "'+'")
    elif isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)) \
            and len(left) + len(right) > template_limits.MAX_REPEATED_ITEMS:
        raise TooLarge(f"'+' would make a list of {len(left) + len(right):,} items, past the "
                       f"{template_limits.MAX_REPEATED_ITEMS:,} a template may make")
    return checked(operator.add(left, right), "'+'")  # Markup's escapes the other side: a string longer than both


# A width or precision of a `%` format (`%300000000s`, `%.300000000f`): the digits after the `%`, its flags and name.
PERCENT_SPEC = patterns.compile(r"%(?:\([^)]*\))?[-+ #0]*(\d*)(?:\.(\d*))?")


def formatted(left, right):
    """Return left % right, refused if its format asks for a width or precision past a page's limit, or makes more."""
    if isinstance(left, str):
        for match in PERCENT_SPEC.finditer(left):  # linear: no quantifier nested
            _refused_widths(match.groups(), "'%'")
        refused_past(_percent_values_length(left, right), "'%'")
        if "*" in left:  # a width taken from the values: `"%*s" % (10**9, "x")`
            for value in right if isinstance(right, tuple) else (right,):
                if isinstance(value, int) and not isinstance(value, bool):
                    refused_past(abs(value), "'%'")
    return checked(operator.mod(left, right), "'%'")


# A `%` field naming its value (`%(x)s`), or `%%`, which writes one `%`: scanned left to right, `%%(x)s` is no field.
PERCENT_NAMED = patterns.compile(r"%(?:%|\(([^)]*)\))")


def _percent_values_length(text: str, values) -> int:
    """Return at least how many characters the values of `text % values` write: each of a tuple's once, a mapping's
    as often as a field names it (`"%(x)s" * 1000 % {"x": a}` writes `a` a thousand times), any other value once."""
    if isinstance(values, tuple):
        return sum(map(shown_length, values))
    if isinstance(values, dict):
        return sum(shown_length(values.get(match.group(1))) for match in PERCENT_NAMED.finditer(text)
                   if match.group(1) is not None)
    return shown_length(values)


def _format_values_length(text: str, args: tuple, kwargs: dict) -> int:
    """Return at least how many characters `text.format(*args, **kwargs)` writes: its literal text, and each field's
    value as often as a field names it (`"{0}" * 1000` writes its value a thousand times); a field of a value's
    attribute or item (`{0.x}`, `{0[1]}`) as no characters."""
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError:  # Python refuses it as it formats
        return 0
    total, automatic = 0, 0
    for literal, name, _, conversion in fields:
        total += len(literal)
        if name is None:
            continue
        if name == "":
            name, automatic = str(automatic), automatic + 1
        if conversion not in (None, "s", "r", "a") or not (name.isdigit() or name.isidentifier()):
            continue
        value = (args[int(name)] if int(name) < len(args) else None) if name.isdigit() else kwargs.get(name)
        total += shown_length(value)
    return total


def _refused_widths(digit_runs, made_by: str) -> None:
    """Refuse the widths and precisions of a format past a page's limit (nine digits or more are past it)."""
    for digits in digit_runs:
        if digits:
            refused_past(int(digits) if len(digits) < 10 else 10 ** 9, made_by)  # int() reads no 5,000 digits


def _format_spec_widths(text: str, made_by: str) -> None:
    """Refuse a `str.format` string whose fields ask for a width or precision past a page's limit."""
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError:  # Python refuses it as it formats
        return
    for _, _, spec, _ in fields:
        if spec:
            _refused_widths(re.findall(r"\d+", spec), made_by)


# What a filter or string method would make, known from its arguments before it is made: (value, arguments) to a
# length. Filters taking Jinja's context, eval context or environment are given it first, which these leave out.
def _width(value, width=80, *_, **__) -> int:
    return max(len(str(value)), width if isinstance(width, int) else 0)


def _joined(items, separator="", *_, **__) -> int:
    return sum(map(shown_length, items)) + shown_length(separator) * max(len(items) - 1, 0)  # no item made whole


def _replaced(value, old="", new="", count=None, *_, **__) -> int:
    text, old, new = str(value), str(old), str(new)
    found = len(text) + 1 if not old else text.count(old)
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    return len(text) + found * max(len(new) - len(old), 0)


def _indented(value, width=4, first=False, blank=False, *_, **__) -> int:
    text = str(value)  # as Jinja's indent: the lines after the first that are not empty, all if `blank`, and the first
    lines = (text + "\n").splitlines()
    indented = (len(lines) - 1 if blank else sum(1 for line in lines[1:] if line)) + bool(first)
    return len(text) + len(lines) + indented * (len(width) if isinstance(width, str) else max(width, 0))


def _wrapped(value, width=79, break_long_words=True, wrapstring=None, *_, **__) -> int:
    text = str(value)  # each line it wraps into holds a character that is no space, and each of the text's own lines
    shown = len(text) - sum(text.count(space) for space in " \t\n\r\v\f")
    return len(text) + (max(shown - 1, 0) + max(len(text.splitlines()) - 1, 0)) * len(wrapstring or "\n")


def _tabs_expanded(value, tabsize=8, *_, **__) -> int:
    text = str(value)
    return len(text) + text.count("\t") * max(tabsize, 0)


def _format_filter(value, *args, **kwargs) -> int:
    for match in PERCENT_SPEC.finditer(str(value)):
        _refused_widths(match.groups(), "'|format'")
    return len(str(value)) + _percent_values_length(str(value), kwargs or args)  # as Jinja: `value % (kwargs or args)`


def _translated(value, table=None, *_, **__) -> int:
    """`"x".translate({120: a})`: each character the table maps to a string is written as that string."""
    text = str(value)
    if not isinstance(table, dict):
        return len(text)
    counts = collections.Counter(text)  # linear: each character of the text once, each of its kinds once
    return len(text) + sum(count * (len(table[ord(character)]) - 1) for character, count in counts.items()
                           if isinstance(table.get(ord(character)), str))


# `|urlencode`, `|xmlattr` and `|urlize` lengthen a value too, and were measured only once made (round 54's leftover):
# `"é" * 20_000_000|urlencode` wrote 240 million characters (`%C3%A9` of each), `("a.com " * 5_000_000)|urlize`
# 245 million (a link of each word). Each is measured first from its value, exactly or at most as it can make.
QUOTED_CHUNK = 1 << 20  # characters encoded at once to count a string's quoted length
URL_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")  # urllib's, never quoted


def _quoted_length(value, for_qs: bool) -> int:
    """Return how many characters Jinja's url_quote writes of `value`: each UTF-8 byte not safe as `%XX`; in a query
    string (`for_qs`) `/` quoted too and a space as `+`."""
    text = value if isinstance(value, bytes) else str(value)
    safe = bytes(URL_SAFE) + (b"" if for_qs else b"/")
    total = 0
    for start in range(0, len(text), QUOTED_CHUNK):  # a piece at a time: a string's bytes are never all held at once
        piece = text[start:start + QUOTED_CHUNK]
        data = piece if isinstance(piece, bytes) else piece.encode("utf-8")
        total += len(data) + 2 * len(data.translate(None, safe)) - (2 * data.count(b" ") if for_qs else 0)
    return total


def _urlencoded(value, *_, **__) -> int:
    """`|urlencode`: a string (or any value not iterable) quoted whole; a mapping's or a list's pairs as a query (the
    pairs of any other iterable are measured as Jinja takes them: `_pairs_measured_as_taken`)."""
    if _pairs_taken_one_by_one(value):
        return 0
    if isinstance(value, str) or not isinstance(value, (dict, list, tuple)):
        if isinstance(value, str) and len(value) * 12 <= template_limits.MAX_PAGE_CHARACTERS:
            return len(value)  # a character is at most four bytes, each written `%XX`: within the limit, not counted
        return _quoted_length(value, False)
    pairs = value.items() if isinstance(value, dict) else value
    return sum(_quoted_length(key, True) + _quoted_length(item, True) + 2 for key, item in pairs) - 1  # `=`, `&`


def _pairs_taken_one_by_one(value) -> bool:
    """Say whether `|urlencode` takes `value`'s pairs one by one, not knowing them first: a generator another filter
    made (`|map`, `|select`), a set, a range, a mapping's view."""
    return (not isinstance(value, (str, dict, list, tuple)) and isinstance(value, collections.abc.Iterable)
            and not isinstance(value, jinja2.runtime.Undefined))


def _pairs_measured_as_taken(pairs, made_by: str):
    """Yield `pairs` as `|urlencode` takes them, each `(key, value)` measured quoted, refused as TooLarge once the
    query they make would be past what a page may hold: `[("q", big)]|map("list")|urlencode`, `|map` before it, was
    measured as the generator's own name and made whole, six times its value, before it was sized."""
    total = -1  # no `&` before the first pair
    for key, item in pairs:  # a pair that is no pair is refused here as Jinja refuses it
        total += _quoted_length(key, True) + _quoted_length(item, True) + 2  # its `=` and `&`
        refused_past(total, made_by)
        yield key, item


def _xml_attributes(value, autospace=True, *_, **__) -> int:
    """`|xmlattr`: ` key="value"` of each item not None, both escaped."""
    return sum(escaped_length(key) + escaped_length(item) + 4 for key, item in value.items()
               if item is not None and not isinstance(item, jinja2.runtime.Undefined))


# What `|urlize` puts around a word it makes a link, besides the word written again: `<a href="https://` and `">`,
# `</a>`; then ` rel="..."` (the environment's policy, "noopener", with the `rel` and "nofollow" asked for),
# ` target=""` of a `target` asked for and "..." of a word trimmed. A word is made a link only if it holds a ".", ":"
# or "@".
URLIZE_LINK = len('<a href="https://"></a>')
URLIZE_MARKS = (".", ":", "@")
URLIZE_REL = "noopener"  # Jinja's default policy `urlize.rel`, which make_environment keeps
WORD = patterns.compile(r"\S+")


def _urlized(value, trim_url_limit=None, nofollow=False, target=None, rel=None, *_, **__) -> int:
    """`|urlize`: at most the text escaped, each word a link could be made of written again with a link's markup. The
    words are looked at only where a first count (each such word as long as the whole text) is past the limit."""
    text = value if isinstance(value, str) else str(value)
    escaped = escaped_length(text)
    links = builtins.min(builtins.sum(map(text.count, URLIZE_MARKS)), escaped // 4 + 1)
    rel_words = {*str(rel or "").split(), URLIZE_REL, *(("nofollow",) if nofollow else ())}
    markup = (URLIZE_LINK + len(' rel=""') + escaped_length(" ".join(sorted(rel_words)))
              + (len(' target=""') + escaped_length(str(target)) if target else 0)
              + (len("...") if trim_url_limit is not None else 0))
    if not links or 2 * escaped + links * markup <= template_limits.MAX_PAGE_CHARACTERS:
        return escaped + (escaped + links * markup if links else 0)
    words = (match.group() for match in WORD.finditer(text))  # one at a time: a list of millions took 165 MB
    return escaped + builtins.sum(_grown(word, ESCAPE_GROWTH) + markup for word in words
                                  if any(mark in word for mark in URLIZE_MARKS))


FILTER_LENGTHS = {"center": _width, "join": _joined, "replace": _replaced, "indent": _indented,
                  "wordwrap": _wrapped, "format": _format_filter, "e": _escaped_filter, "escape": _escaped_filter,
                  "forceescape": _force_escaped, "tojson": json_length, "urlencode": _urlencoded,
                  "xmlattr": _xml_attributes, "urlize": _urlized}
METHOD_LENGTHS = {"center": _width, "ljust": _width, "rjust": _width, "zfill": _width, "replace": _replaced,
                  "expandtabs": _tabs_expanded, "translate": _translated}

# Filters making a string of every value they are given (their text made whole by str(), then changed): each is
# refused before it is made if a value's text would be past what a page may hold.
STRINGIFYING_FILTERS = frozenset({
    "capitalize", "center", "e", "escape", "forceescape", "format", "indent", "lower", "pprint", "replace", "safe",
    "string", "striptags", "title", "tojson", "trim", "truncate", "upper", "urlencode", "urlize", "wordcount",
    "wordwrap", "xmlattr"})


def _refused_by_length(length, made_by: str, *args, **kwargs) -> None:
    """Refuse what `length` of the arguments says is past a page's limit; arguments it cannot read (a width that is
    no number) are left to the filter or method, which names them."""
    try:
        size = length(*args, **kwargs)
    except (TypeError, ValueError, AttributeError):
        return
    refused_past(size, made_by)


# Filters going through every item of their value, and the steps of the page's loops each item counts, as much as it
# costs (a plain loop's step, some 0.2 µs): `{% for i in range(1000) %}{{ big|groupby("real")|length }}{% endfor %}`
# over a list of a million took a thousand steps, billions of items sorted, grouped or batched, until the 30 s of CPU
# time. Grouping reads each item's attribute through the sandbox and sorts (5.7 µs an item), a sort calls a key (0.6
# µs), a test, a filter or an attribute read for each item costs 1 to 2 µs. Only `|length` is used by the project's
# own templates.
ITERATING_FILTERS = {
    "batch": 1, "dictsort": 1, "items": 1, "join": 1, "list": 1, "max": 1, "min": 1, "reverse": 1, "slice": 1, "sum": 1,
    "unique": 1, "sort": 3, "map": 10, "reject": 10, "rejectattr": 10, "select": 10, "selectattr": 10, "groupby": 25}
ATTRIBUTE_STEPS = 10  # a filter given an `attribute` reads it through the sandbox for each item (2.2 µs in a sort)


def items_counted(steps: template_limits.LoopSteps, value, made_by: str, each: int = 1):
    """Count a filter's going through the items of `value` as `each` of the page's loop steps an item, refused as
    TooLong (at the filter's line) past the page's MAX_LOOP_STEPS; return what the filter is to go through.

    A value whose length is not known, the generator another filter made (`big|map("string")|sort`), is counted
    item by item as the filter takes it: only the chain's first filter was counted, so `|sort` of `|map`'s million
    items cost nothing of the page's steps. A loop's items are counted by the loop."""
    try:
        items = len(value)
    except TypeError:
        return _counted_as_taken(steps, value, made_by, each) if _is_iterator(value) else value
    steps.taken += items * each
    if steps.taken > template_limits.MAX_LOOP_STEPS:
        _refuse_steps(made_by, f"{items:,} items", each)
    return value


def _is_iterator(value) -> bool:
    """Say whether `value` is a one-pass iterator (what `|map`, `|select` and the like give), not a string or list."""
    return hasattr(value, "__next__") and hasattr(value, "__iter__")


def _counted_as_taken(steps: template_limits.LoopSteps, items, made_by: str, each: int):
    """Yield `items`, counting `each` step of the page's loops for every one taken."""
    for taken, item in enumerate(items, 1):
        steps.taken += each
        if steps.taken > template_limits.MAX_LOOP_STEPS:
            _refuse_steps(made_by, f"{taken:,} items so far", each)
        yield item


def _refuse_steps(made_by: str, items: str, each: int) -> None:
    raise template_limits.TooLong(
        f"the page's loops and filters would take over {template_limits.MAX_LOOP_STEPS:,} steps ({made_by} going "
        f"through {items}, {each} step{'s' if each > 1 else ''} each), past what a page may take")


def bounded_filter(name: str, function, steps=None):
    """Return filter `function` refusing, at the template's line, a string past what a page may hold: before it is made
    if FILTER_LENGTHS knows its length, after if not; given `steps` (a function returning the page's LoopSteps), a
    filter going through its value's items counts them as steps of the page's loops."""
    length = FILTER_LENGTHS.get(name)
    made_by = f"'|{name}'"
    passed = 0 if getattr(function, "jinja_pass_arg", None) is None else 1  # context, eval context or environment

    stringifies = name in STRINGIFYING_FILTERS
    iterates = steps is not None and name in ITERATING_FILTERS

    @functools.wraps(function)
    def bounded(*args, **kwargs):
        if iterates and len(args) > passed:
            each = builtins.max(ITERATING_FILTERS[name], ATTRIBUTE_STEPS if "attribute" in kwargs else 1)
            args = (*args[:passed], items_counted(steps(), args[passed], made_by, each), *args[passed + 1:])
        if name == "urlencode" and len(args) > passed and _pairs_taken_one_by_one(args[passed]):
            args = (*args[:passed], _pairs_measured_as_taken(args[passed], made_by), *args[passed + 1:])
        if stringifies:
            refused_if_shown_past((*args[passed:], *kwargs.values()), made_by)
        if length is not None and len(args) > passed:
            if name == "join":  # its items are looked at twice: an iterator is made a list first
                args = (*args[:passed], list(args[passed]), *args[passed + 1:])
                try:
                    items = _joined_items(args[0], *args[passed:], **kwargs)
                except TypeError:  # arguments Jinja's join refuses, naming them
                    items = None
                if items is not None:
                    _refused_by_length(length, made_by, *items)
            else:
                _refused_by_length(length, made_by, *args[passed:], **kwargs)
        return checked(function(*args, **kwargs), made_by)

    return bounded


def _joined_items(eval_ctx, items, separator="", attribute=None):
    """Return the items `|join` writes and its separator: each item's `attribute` if it is given, read as Jinja's join
    reads it (through the sandbox): `[{"n": a}] * 300|join(attribute="n")` was bounded only after it was made."""
    if attribute is not None:
        getter = jinja2.filters.make_attrgetter(eval_ctx.environment, attribute)
        items = [getter(item) for item in items]
    return items, separator


def method_checked(function, args: tuple, kwargs: dict) -> tuple[str | None, tuple]:
    """Return what a template's call of `function` is named as if it is a string's method, None if not, and its
    arguments (an iterator to `join` made a list); refused first if it would make a string past a page's limit."""
    method = getattr(function, "__wrapped__", function)  # the sandbox wraps str.format
    owner = getattr(method, "__self__", None)
    if not isinstance(owner, str):
        return None, args
    name = getattr(method, "__name__", "")
    made_by = f"'.{name}()'"
    if name == "join" and args:
        args = (list(args[0]), *args[1:])
        _refused_by_length(_joined, made_by, args[0], owner)
    elif name in ("format", "format_map"):
        _format_spec_widths(owner, made_by)
        values = (args, kwargs) if name == "format" else ((), args[0] if args and isinstance(args[0], dict) else {})
        refused_past(_format_values_length(owner, *values), made_by)
    elif name in METHOD_LENGTHS:
        _refused_by_length(METHOD_LENGTHS[name], made_by, owner, *args, **kwargs)
    return made_by, args


def bounded_sum(function):
    """Return Jinja's `|sum` filter, lists or tuples added into one in a single pass and refused past the items `*` may
    make: Python's sum copies the total so far at each list it adds, and `([[0]] * 999999)|sum(start=[])` took the CPU
    limit's 30 s; `([[0] * 10**6] * 1000)|sum(start=[])` asked for a billion items."""

    @functools.wraps(function)
    def summed(environment, iterable, attribute=None, start=0):
        if not isinstance(start, (list, tuple)):
            return function(environment, iterable, attribute, start)
        if attribute is not None:
            iterable = map(jinja2.filters.make_attrgetter(environment, attribute), iterable)
        parts = list(iterable)
        if not all(type(part) is type(start) for part in parts):  # noqa: E721 (Python's sum: a list adds only lists)
            return function(environment, parts, None, start)
        count = len(start) + sum(map(len, parts))
        if count > template_limits.MAX_REPEATED_ITEMS:
            raise TooLarge(f"'|sum' would make a list of {count:,} items, past the "
                           f"{template_limits.MAX_REPEATED_ITEMS:,} a template may make")
        return type(start)(itertools.chain(start, *parts))

    return summed


# Words of a paragraph `lipsum` may write, times the characters one takes at most, its space and markup counted.
LIPSUM_WORD_CHARACTERS = 16


def bounded_lipsum(function):
    """Return Jinja's `lipsum()`, refused past a page's limit by the paragraphs and words it is asked for: `lipsum(10**6)`
    made 440 MB whole, `lipsum(1, min=10**9, max=10**9)` a billion words."""

    @functools.wraps(function)
    def lipsum(n=5, html=True, min=20, max=100):
        if all(isinstance(value, int) for value in (n, min, max)):
            refused_past(n * builtins.max(min, max, 0) * LIPSUM_WORD_CHARACTERS, "'lipsum()'")
        return function(n, html, min, max)

    return lipsum
