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
        return _lookalike_problem(url, host)
    if odd.isascii():
        return f"'{url}' holds '{odd}' in its host, where no host name has one: no browser can reach it"
    read = "as '.'" if unicodedata.normalize("NFKC", odd).translate(_DOTS) == "." else "as part of the host's name"
    return (f"'{url}' holds U+{ord(odd):04X} ({unicodedata.name(odd, 'an unnamed character')}) in its host, which a "
            f"browser reads {read}: the address leads to a site under '{_site_under(host)}', not "
            f"'{host.split(odd)[0]}'")


# Cyrillic and Greek letters a reader takes for a Latin one, by the Latin letter each reads as (after Chrome's and
# Firefox's lists for IDN display): `https://аррӏе.com/`, all of them Cyrillic, reads as apple.com and leads to
# xn--80ak6aa92e.com, another owner's site, which a browser shows so in its address bar, never in a page's links.
_LOOKALIKES = str.maketrans({
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "һ": "h", "і": "i", "ј": "j", "к": "k", "ӏ": "l", "м": "m",
    "п": "n", "о": "o", "р": "p", "ԛ": "q", "г": "r", "ѕ": "s", "т": "t", "ц": "u", "ѵ": "v", "ԝ": "w", "х": "x",
    "у": "y", "ү": "y", "ь": "b", "ѡ": "w", "ο": "o", "α": "a", "ν": "v", "ρ": "p", "ι": "i", "κ": "k", "τ": "t",
    "υ": "u", "χ": "x", "ε": "e", "ѐ": "e", "ё": "e", "ї": "i", "ӑ": "a", "ӓ": "a", "ӧ": "o", "ό": "o", "ά": "a",
    # Armenian, which Chrome's list holds too: `gօօgle.com` (U+0585) and `ѕսn.com` passed, their letters no Cyrillic
    # or Greek one (tests/test_attack_47.py)
    "օ": "o", "ս": "u", "ո": "n", "հ": "h", "ց": "g", "գ": "q", "զ": "q", "յ": "j", "լ": "l",
})
_LOOKALIKE_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN")


def _lookalike_problem(url: str, host: str) -> str | None:
    """Return how a host's name reads as another's, or None: a name, the top-level one too, mixing Latin letters with
    Cyrillic, Greek or Armenian ones (`exаmple.com`, `example.cоm`), or one of such letters that each look Latin under
    a top-level name that reads as Latin (`аррӏе.com`, which browsers show as its `xn--` form for that reason, and
    `example.сом`); `пример.рф` and `bücher.example` are left as they are."""
    labels = unicodedata.normalize("NFKC", host).casefold().translate(_DOTS).split(".")
    for label in labels:
        foreign = [char for char in label if not char.isascii() and _script(char) in _LOOKALIKE_SCRIPTS]
        if foreign and any(char.isascii() and char.isalpha() for char in label):
            return (f"'{url}' mixes {_script(foreign[0]).title()} letters with Latin ones in its host's name "
                    f"'{label}': a browser shows it as '{_ascii_form(host)}', another site than it reads as")
    # A top-level name of another script: names in its script are its registry's to keep apart (`пример.ком`), unless
    # the whole host reads as a Latin one (`example.сом`, Cyrillic: example.com to a reader, example.xn--l1adi to a
    # browser; `аррӏе.сом`)
    looks_latin = [all(char in _PLAIN for char in label.translate(_LOOKALIKES)) for label in labels]
    if not labels[-1].isascii() and not all(looks_latin):
        return None
    for label, latin in zip(labels if not labels[-1].isascii() else labels[:-1], looks_latin):
        foreign = [char for char in label if not char.isascii() and _script(char) in _LOOKALIKE_SCRIPTS]
        if foreign and latin:
            return (f"'{url}' names its host with {_script(foreign[0]).title()} letters that each read as a Latin "
                    f"one: it reads as '{'.'.join(labels).translate(_LOOKALIKES)}' and leads to "
                    f"'{_ascii_form(host)}', another site")
    return None


def _script(char: str) -> str:
    """Return the script a letter's Unicode name starts with ('CYRILLIC', 'GREEK', 'LATIN'...)."""
    return unicodedata.name(char, "").split(" ")[0]


def _ascii_form(host: str) -> str:
    """Return the host as a browser sends it, each name of another script in its `xn--` form."""
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def _is_name_character(char: str) -> bool:
    """Say whether a character of a host is a letter, mark or digit of some script."""
    return not char.isascii() and unicodedata.category(char).startswith(_KEPT_CATEGORIES)


def _site_under(host: str) -> str:
    """Return the last two names of `host` as a browser splits it, the site whose owner names every host under it."""
    labels = [label for label in unicodedata.normalize("NFKC", host).translate(_DOTS).split(".") if label]
    return ".".join(labels[-2:])
