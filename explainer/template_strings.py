"""How long a string a template's `~`, `+`, `%`, filters and string methods may make: a page's limit
(template_limits.MAX_PAGE_CHARACTERS) is counted as the page is written, but a value is made whole first, and a
template with no loop could make one of gigabytes and write only its length (`{% set b = a ~ a %}` again and again,
`[a] * 1000 | join`, `a|replace("x", a)`, `"x"|center(10**9)`, `"%.300000000f" % 1`), bounded only by the memory
limit. Each is refused at its line past what a page may hold: before it is made where its length is known from its
arguments, after it is made (within the memory limit) where it is not."""

from __future__ import annotations

import functools
import operator
import re
import string

import jinja2.runtime

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


def concatenated(join, parts: tuple) -> str:
    """Return `join(parts)` (a template's `a ~ b ~ c`, Jinja's own join), refused by the parts' lengths before it is
    made, and by its own after (escaping lengthens)."""
    parts = tuple(map(jinja2.runtime.soft_str, parts))
    refused_past(sum(map(len, parts)), "'~'")
    return checked(join(parts), "'~'")


def added(left, right):
    """Return left + right, refused if it makes a string past a page's limit or a list past `*`'s."""
    if isinstance(left, str) and isinstance(right, str):
        refused_past(len(left) + len(right), "'+'")
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
        if "*" in left:  # a width taken from the values: `"%*s" % (10**9, "x")`
            for value in right if isinstance(right, tuple) else (right,):
                if isinstance(value, int) and not isinstance(value, bool):
                    refused_past(abs(value), "'%'")
    return checked(operator.mod(left, right), "'%'")


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
    return sum(len(str(item)) for item in items) + len(str(separator)) * max(len(items) - 1, 0)


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


def _format_filter(value, *_, **__) -> int:
    for match in PERCENT_SPEC.finditer(str(value)):
        _refused_widths(match.groups(), "'|format'")
    return 0


FILTER_LENGTHS = {"center": _width, "join": _joined, "replace": _replaced, "indent": _indented,
                  "wordwrap": _wrapped, "format": _format_filter}
METHOD_LENGTHS = {"center": _width, "ljust": _width, "rjust": _width, "zfill": _width, "replace": _replaced,
                  "expandtabs": _tabs_expanded}


def _refused_by_length(length, made_by: str, *args, **kwargs) -> None:
    """Refuse what `length` of the arguments says is past a page's limit; arguments it cannot read (a width that is
    no number) are left to the filter or method, which names them."""
    try:
        size = length(*args, **kwargs)
    except (TypeError, ValueError, AttributeError):
        return
    refused_past(size, made_by)


def bounded_filter(name: str, function):
    """Return filter `function` refusing, at the template's line, a string past what a page may hold: before it is made
    if FILTER_LENGTHS knows its length, after if not."""
    length = FILTER_LENGTHS.get(name)
    made_by = f"'|{name}'"
    passed = 0 if getattr(function, "jinja_pass_arg", None) is None else 1  # context, eval context or environment

    @functools.wraps(function)
    def bounded(*args, **kwargs):
        if length is not None and len(args) > passed:
            if name == "join":  # its items are looked at twice: an iterator is made a list first
                args = (*args[:passed], list(args[passed]), *args[passed + 1:])
                if kwargs.get("attribute") is None and len(args) < passed + 3:
                    _refused_by_length(length, made_by, *args[passed:], **kwargs)
            else:
                _refused_by_length(length, made_by, *args[passed:], **kwargs)
        return checked(function(*args, **kwargs), made_by)

    return bounded


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
    elif name in METHOD_LENGTHS:
        _refused_by_length(METHOD_LENGTHS[name], made_by, owner, *args, **kwargs)
    return made_by, args
