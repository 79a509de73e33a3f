"""An address's host as a browser reads it: the name it shows, or none.

A browser takes every character of a host that is no '/', '?', '#' or '@' into the host's name, mapping some to
others (UTS #46) and decoding '%' escapes, so `https://reuters.com∕world.evil.example/` (U+2215 DIVISION SLASH,
which reads as '/') leads to `reuters.xn--comworld-….evil.example`, a site of evil.example's owner;
`https://reuters.com。evil.example/` (an ideographic full stop) and `https://reuters.com%2eevil.example/` lead to
reuters.com.evil.example; and `https://reuters.com%2fworld/` or `http://[::1]x/` is no address at all
(`tests/test_attack_35.py`). A host of letters, marks and digits of any script (`bücher.example`, `пример.рф`),
hyphens, underscores and dots is left as it is.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import unquote

from . import patterns

_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_")
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})  # the full stops UTS #46 reads as '.'
_BRACKETED = patterns.compile(r"\[[^\[\]]*\](?::[0-9]*)?")
_KEPT_CATEGORIES = ("L", "M", "Nd")  # the letters, marks and digits of every script, which host names are made of


def host_problem(url: str, netloc: str) -> str | None:
    """Return how a browser reads the host of `url` (whose netloc, without a user name, is `netloc`) otherwise than
    it reads, or None."""
    host = netloc.rpartition(":")[0] if netloc.rpartition(":")[2].isdigit() else netloc.rstrip(":")
    if all(char in _PLAIN for char in host):  # nearly every address: no bracket, escape or symbol
        return None
    if "[" in netloc or "]" in netloc:
        if _BRACKETED.fullmatch(netloc):
            return None
        after = netloc.rpartition("]")[2]
        return f"'{url}' has '{after}' after its bracketed address, where only a port may stand: no browser follows it"
    if "%" in host:
        return f"'{url}' writes its host with a '%' escape, which a browser decodes, reading it as '{unquote(host)}'"
    odd = next((char for char in host if char not in _PLAIN and not _is_name_character(char)), None)
    if odd is None:
        return None
    if odd.isascii():
        return f"'{url}' holds '{odd}' in its host, where no host name has one: no browser can reach it"
    read = "as '.'" if unicodedata.normalize("NFKC", odd).translate(_DOTS) == "." else "as part of the host's name"
    return (f"'{url}' holds U+{ord(odd):04X} ({unicodedata.name(odd, 'an unnamed character')}) in its host, which a "
            f"browser reads {read}: the address leads to a site under '{_site_under(host)}', not "
            f"'{host.split(odd)[0]}'")


def _is_name_character(char: str) -> bool:
    """Say whether a character of a host is a letter, mark or digit of some script."""
    return not char.isascii() and unicodedata.category(char).startswith(_KEPT_CATEGORIES)


def _site_under(host: str) -> str:
    """Return the last two names of `host` as a browser splits it, the site whose owner names every host under it."""
    labels = [label for label in unicodedata.normalize("NFKC", host).translate(_DOTS).split(".") if label]
    return ".".join(labels[-2:])
