"""Locales: every word the pages print, per language, and dates and numbers written for it.

Built-in locales live in explainer/locales/ (en, fr, ar, de, es); a project may add or replace one
with locales/<language>.yaml. A briefing's `language` picks its locale ("fr-CA" -> fr) and
its `labels` replace single words or headings. Every locale must have exactly en's keys (but the
`OPTIONAL_LABELS`); a project's copy of a built-in locale takes any it lacks from the built-in one. A locale may add the
optional word lists of `WORD_KEYS` (`weekdays`, `approximately`, `hedges`, `at_least`, ...): the checks then read them in
its language (see `read_as_written`).
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import os
import pickle
import re
import string
import sys
import time
import unicodedata
from pathlib import Path
from typing import Mapping, NamedTuple

from . import beside_code
from .filedigests import RACY_NS, signature
from .hints import MAX_SUGGESTED, closest
from .numbers import Writing, declined_forms, read_as_locales
from .plural_forms import counted_form
from .problems import Problem, display_path, printable
from .windows_names import folded_name
from .memo import PackMemo, code_digest, digest_of
from .safefs import FileRefused, read_regular, regular_files
from .yamlsafe import MAX_FILE_BYTES as MAX_LOCALE_BYTES, WrittenFloat, YamlList, YamlMap, YamlProblem, decode_text, parse_yaml

BUILT_IN = Path(__file__).resolve().parent / "locales"
# A language has one locale file, read whole: past its size limit it was told to "split it into smaller files", which
# no build would read (tests/test_attack_41.py). The built-in ones are some 8 KB.
LOCALE_TOO_LARGE = ("a language's locale is one file and cannot be split: keep it to its labels and word lists, "
                    "removing what was pasted in besides")
RTL_LANGUAGES = frozenset({"ar", "arc", "dv", "fa", "he", "ks", "ku", "ps", "sd", "ug", "ur", "yi"})
LIST_KEYS = frozenset({"months"})
# Optional keys: words the checks read in a language no rule of ours knows (German, Spanish): its seven
# `weekdays` (Monday first, as `months` starts with January), the words of its `approximately` that hedge a
# rounded figure ("etwa 48") and its reporting `hedges` ("angeblich"). A locale without them reads none.
# Its other qualifiers (`at_least`: "mindestens", `more_than`: "mehr als", ...) are read as the bound each is named after.
WORD_KEYS = {"weekdays": 7, "approximately": 0, "hedges": 0,  # how many words each needs (0: one or more)
             "at_least": 0, "more_than": 0, "fewer_than": 0, "up_to": 0, "nearly": 0,
             "according_to": 0,  # words that attribute a sentence as "according to" or "said" do ("laut", "sagte")
             "expected": 0, "will": 0,  # words that give a future as expected ("voraussichtlich"), as certain ("wird")
             "articles": 0,  # where every noun is capitalised, the words a noun follows, not a name ("der Behörde")
             "names": 0}  # a place's or a people's names in the language, apart with "/": "Pakistan/Paquistão"


# Labels a locale may leave out: what `new` writes into a briefing for the editor to read (its comment) or replace,
# English's where a locale has none (a project's German locale written before they were added still loads).
# `marker_label` names a citation marker for screen readers ("note 3"); a locale without it leaves the marker "[3]".
# `download_size` gives a download's size beside its link ("54 kB"); a locale without it gives none.
# `first_day` writes a month's first day where its language does not write it as a plain number ("1er" in French).
# `month_date` writes an event's month alone (`date: 2026-06`), "{month} {year}" where a locale has none.
# `feed_entry_title` heads a feed entry; a locale without it puts its own colon and a dash between the parts.
# The preview's own pages (`serve`'s error page, its "no page here") are English where a locale lacks any of theirs.
PREVIEW_LABELS = ("preview_failed_title", "preview_failed_one", "preview_failed_many", "preview_kept",
                  "preview_none_kept", "preview_fix", "preview_not_found_title", "preview_no_page", "preview_missing",
                  "preview_gone")
# `preview_cut` notes how much of a long line the error page leaves out; a locale without it has English's, marked so
# (kept out of PREVIEW_LABELS: a project locale translating those ten still speaks on the page).
CUT_LABEL = "preview_cut"
# `preview_rest` ends a footnote's preview cut to the room on screen, telling where the rest is; a locale without
# it shows the cut alone (static/preview.js).
# `digits` writes figures and dates in the language's own digits (Urdu's "۰۱۲۳۴۵۶۷۸۹"), where not in 0 to 9; `grouping`
# "3,2" groups a figure's digits as India does, above the thousands in twos ("2,50,000", "1,20,00,000").
# The punctuation the pages put between their words (`full_stop`, `space`, `brackets`): a locale without it takes its
# writing system's (`PUNCTUATION`), else English's: a Japanese locale written before they were added still loads, and
# its pages no longer read "単一の出典. 工事" or "総事業費 (億円)" in Latin punctuation.
PUNCTUATION_LABELS = ("full_stop", "space", "brackets")
# What a source's page says of another version of it (`superseded_by`): English's where a project's locale, written
# before they were added, has none.
VERSION_LABELS = ("superseded_by", "replaces", "a_newer_version", "an_earlier_version", "what_changed",
                  "change_reworded", "change_added", "change_removed", "words_removed", "words_added")
# A party's `role` written as one of the content model's words (`side`, `regulator`, `court`, `mediator`) is shown as
# the page's locale words it (`role_side`: "partie"); a locale without the word shows none, never the English key.
# The English words editors wrote for a party beside those (`plaintiff`, `government`: tests/test_reader_30.py) are
# keys too: "(plaintiff)" stood on a French page as written. Only words no other language writes alike: "union"
# (French, a German "die Union"), "opposition", "tribunal" and "target" stay the editor's own words.
ROLE_WORDS = ("side", "regulator", "court", "mediator", "party", "plaintiff", "defendant", "claimant", "prosecutor",
              "judge", "arbitrator", "government", "company", "employer", "buyer")
ROLE_LABELS = tuple(f"role_{word}" for word in ROLE_WORDS)
OPTIONAL_LABELS = frozenset({"new_comment", "new_summary", "new_first_party", "new_second_party", "marker_label",
                             "first_day", "digits", "grouping", "notes_intro_paper", "legend_paper", "download_size",
                             "feed_entry_title", "month_date", "corrected_on", "speaker_not_given", "preview_rest",
                             CUT_LABEL, *VERSION_LABELS, *PREVIEW_LABELS,
                             *PUNCTUATION_LABELS, *ROLE_LABELS})
# How languages whose punctuation is not Latin end a label and bracket an aside: Japanese and Chinese with full-width
# marks and no space between, Urdu with its full stop "۔", Hindi with its danda "।" (CLDR's exemplar punctuation).
_DOTTED_I_LANGUAGES = frozenset({"tr", "az", "crh", "gag"})  # whose capital of "i" is "İ"
# CSS's counter style for each script's digits, by its zero (CSS Counter Styles 3, the numeric styles)
COUNTER_STYLES = {"٠": "arabic-indic", "۰": "persian", "०": "devanagari", "০": "bengali", "੦": "gurmukhi",
                  "૦": "gujarati", "୦": "oriya", "౦": "telugu", "೦": "kannada", "൦": "malayalam", "๐": "thai",
                  "໐": "lao", "༠": "tibetan", "၀": "myanmar", "០": "khmer", "᠐": "mongolian"}
_FULL_WIDTH = {"full_stop": "。", "space": "", "brackets": "（）"}
PUNCTUATION = {"ja": _FULL_WIDTH, "zh": _FULL_WIDTH, "ur": {"full_stop": "۔"}, "hi": {"full_stop": "।"}}
# Labels a locale may leave out, and the label each then says the same as: what the notes' introduction and a source
# page's legend say on paper, where there are no links to follow ("the arrow or letters lead back").
FALLBACK_LABELS = {"notes_intro_paper": "notes_intro", "legend_paper": "legend"}


class Labels(dict):
    """One language's words by key, plus how it writes dates and numbers, and, for a project's locale file, the
    file and line each of its own words was written on (`written`: a built-in locale's are ours, and checked by
    the tests)."""

    def __init__(self, words: Mapping[str, object], language: str,
                 written: tuple[str, Mapping[str, int]] | None = None):
        super().__init__(words)
        self.language = language
        self.written = written

    @property
    def direction(self) -> str:
        return direction(self.language)

    def date(self, iso: str) -> str:
        """Return '27 February 2026' (in this language) for '2026-02-27'; `unknown` as `given` does; anything else
        as it is; 'June 2026' for an event's month alone, '2026-06'."""
        try:
            day = datetime.date.fromisoformat(iso + "-01" if len(iso) == 7 else iso)
        except ValueError:
            return self.given(iso)
        if len(iso) == 7:  # a month's name and year, as `date` writes them with no day ("{month} {year}" unless set)
            month = self["months"][day.month - 1]
            return (self.get("month_date") or "{month} {year}").format(
                month=(declined_forms(month) or (month,))[0], year=day.year).translate(self.digits)
        first = self.get("first_day") if day.day == 1 else None  # French writes the 1st "1er mars", never "1 mars"
        month = self["months"][day.month - 1]  # of its declined forms ("марта/март/марте"), the first
        return self["date"].format(day=first or day.day, month=(declined_forms(month) or (month,))[0],
                                   year=day.year).translate(self.digits)

    def counted(self, key: str, count: int) -> str:
        """Return a counted label filled in with `count`, in the form its language gives that count ("5 problemów"
        of "{count} problem|{count} problemy|{count} problemów": plural_forms.py)."""
        return counted_form(self[key], count, self.language).format(count=self.number(count))

    def given(self, value: str) -> str:
        """Return a source's `unknown` (publisher, author, date) as this language says "not given": `unknown` is
        the content's English word, shown as written on an English page only."""
        return self["not_given"] if value == "unknown" and not self.language.lower().startswith("en") else value

    def number(self, value) -> str:
        """Return a number with this language's thousands and decimal separators, without a needless '.0', and a
        real minus sign ("−2.4")."""
        decimals = len(value.written.partition(".")[2]) if isinstance(value, WrittenFloat) else 0
        if isinstance(value, float) and value.is_integer() and not decimals:
            value = int(value)
        text = f"{abs(value):,.{decimals}f}" if decimals else f"{abs(value):,}"
        # A locale's thousands typed as a plain space ("1 200 000") is written no-break: a figure never wraps.
        thousands = self["thousands"].replace(" ", "\u00a0")
        if self.get("grouping") == "3,2":
            text = _in_lakhs(text)
        text = text.replace(",", "\0").replace(".", self["decimal"]).replace("\0", thousands).translate(self.digits)
        return self.minus + text if value < 0 else text

    @property
    def digits(self) -> dict[int, str]:
        """Return the table that writes 0 to 9 in this language's `digits` (empty for 0 to 9 themselves)."""
        return _digit_table(str(self.get("digits", "0123456789")))

    @property
    def list_numbering(self) -> str:
        """Return the CSS counter style that numbers a list in this language's `digits` ("persian" for "۰۱۲..."), or ""
        for 0 to 9: an Urdu page's notes and log were numbered 1, 2, 3 beside its markers' ۱, ۲, ۳."""
        return COUNTER_STYLES.get(str(self.get("digits", "0"))[0], "")

    @property
    def minus(self) -> str:
        """Return the minus sign a negative number is written with: U+2212, which a hyphen only looks like; in a
        right-to-left language after a left-to-right mark, so that it stays left of its digits (as CLDR writes it)."""
        return "\u200e\u2212" if self.direction == "rtl" else "\u2212"

    @property
    def aside(self) -> tuple[str, str]:
        """Return what an aside after a word is put between: " (" and ")", in Japanese "（" and "）"."""
        return f"{self['space']}{self['brackets'][0]}", self["brackets"][-1]

    def capitalised(self, text: str) -> str:
        """Return `text` with its first letter a capital and the rest as written: Jinja's `capitalize` made "NATO's
        bases" "Nato's bases", and a Turkish "ilçe" "Ilçe", where Turkish writes "İlçe"."""
        if not text:
            return text
        dotted = text[0] == "i" and base_language(self.language) in _DOTTED_I_LANGUAGES
        return ("İ" if dotted else text[0].upper()) + text[1:]

    def shown_role(self, role: str) -> str:
        """Return a party's `role` as a page in this language shows it: one of the model's words (`side`) in the
        locale's word for it ("partie"), or "" where the locale has none ("(side)" stood on French pages, then nothing);
        any other role, the editor's own words ("unabhängige Behörde"), as written."""
        word = role.strip().casefold()
        if word not in ROLE_WORDS:
            return role
        shown = str(self.get(f"role_{word}", ""))
        return self.capitalised(shown) if role.strip()[:1].isupper() else shown

    def in_language(self, language: str) -> "Labels":
        """Return these labels for text tagged `language`, a region of theirs ("pt-BR" of pt's): the tag the pages
        and the checks are given, where the locale's file name ("pt") lost the region a briefing and its reader
        need (a Brazilian voice, es-MX's decimal point)."""
        return self if not language or language == self.language else Labels(self, language, self.written)

    def with_overrides(self, overrides: Mapping[str, str]) -> "Labels":
        """Return these labels with some replaced (keys already checked)."""
        return Labels({**self, **overrides}, self.language)


def _in_lakhs(text: str) -> str:
    """Return a number written with "," grouping its thousands ("250,000.5") with the digits above the thousands
    grouped in twos instead ("2,50,000.5")."""
    whole, point, fraction = text.partition(".")
    digits = whole.replace(",", "")
    if len(digits) <= 3:
        return text
    head, tail = digits[:-3], digits[-3:]
    pairs = [head[max(0, end - 2):end] for end in range(len(head), 0, -2)][::-1]
    return ",".join((*pairs, tail)) + point + fraction


@functools.lru_cache(maxsize=16)
def _digit_table(digits: str) -> dict[int, str]:
    return {} if digits == "0123456789" else str.maketrans("0123456789", digits)


def base_language(tag: str) -> str:
    """Return the language of a BCP 47 tag: 'fr' for 'fr-CA'."""
    return tag.split("-")[0].lower()


def direction(language: str) -> str:
    """Return 'rtl' for languages written right to left, else 'ltr'."""
    return "rtl" if base_language(language) in RTL_LANGUAGES else "ltr"


class Foreign(NamedTuple):
    """The lang and dir a piece of text needs inside a page in another language; both "" when it needs none."""

    lang: str = ""
    dir: str = ""


def foreign(language: str, page_language: str) -> Foreign:
    """Return the lang and dir of text in `language` inside a page in `page_language`.

    Words in another language are marked as such (WCAG 3.1.2) so that a screen reader speaks them
    in that language; English words quoted in an Arabic page also keep their own direction.
    """
    if base_language(language) == base_language(page_language):
        return Foreign()
    return Foreign(language, direction(language))


def load_locales(root: Path, memo: PackMemo | None = None) -> tuple[dict[str, Labels], list[Problem]]:
    """Return every locale by language (built-in, then the project's locales/), and the problems found.

    A project locale with problems leaves the built-in one of its language in place: its own problems
    are the ones to show, not a "no locale for language" at every file written in it. With a memo,
    a locale file parsed by an earlier build is not parsed again (see `_read`).
    """
    read = functools.partial(_read, memo=memo)
    project_dir = root / "locales"
    ours = _ours_loaded(root, project_dir, memo)
    built_in = {language: loaded.path for language, loaded in ours.items()}
    paths = dict(built_in)
    problems = []
    if project_dir.is_dir():
        try:  # only regular files inside the project, as everywhere: the folder itself may be a link out
            found = sorted(path for path in regular_files(project_dir, root)
                           if path.parent == project_dir and path.suffix == ".yaml")
            alike = _named_alike(found, root)
            problems += alike or _not_languages(found, root)  # "EN.yaml" beside "en.yaml": named alike, said once
            paths.update({path.stem: path for path in found if _is_language(path.stem)})
        except FileRefused as error:
            problems += error.problems
    english = ours["en"].words if "en" in ours else read(BUILT_IN / "en.yaml", root, BUILT_IN)
    locales = {}
    for language, path in sorted(paths.items()):
        if language in built_in and path == built_in[language]:
            labels, found = ours[language].copy()
        else:
            labels, found = _load_locale(language, path, english, root, project_dir, read)
        problems += found
        if labels is None and language in built_in and path != built_in[language]:
            labels, _ = ours[language].copy()
        if labels is not None:
            locales[language] = labels
    return locales, problems


class _Loaded(NamedTuple):
    """One built-in locale as `_load_locale` loaded it, and what reading it kept in a project's memo (`_ours_read`)."""

    path: Path
    words: YamlMap | None  # en's words, which every project locale is checked against (None for the others)
    labels: Labels | None
    problems: list[Problem]
    memo_entries: list[tuple[str, object, bool]]

    def copy(self) -> tuple[Labels | None, list[Problem]]:
        """Return its labels and problems as a build's own: a build may change its labels, never the next build's."""
        labels = None if self.labels is None else Labels(self.labels, self.labels.language, self.labels.written)
        return labels, list(self.problems)


# Our locales as this process last loaded them, by where a project shows them and the signature of each of their files:
# a process building many projects (the tests', the preview's) read, hashed and merged all five in every build, a sixth
# of a small project's warm `check`. A file edited within RACY_NS is read again in every build, as FileDigests does.
_OURS_LOADED: dict[tuple, tuple[tuple, dict[str, _Loaded]]] = {}


def _ours_loaded(root: Path, project_dir: Path, memo: PackMemo | None) -> dict[str, _Loaded]:
    """Return each built-in locale by language, loaded (see `_load_locale`), or as this process last loaded it while
    none of their files has changed; what reading them keeps in `memo` is kept there again."""
    where = (display_path(BUILT_IN, root), project_dir == BUILT_IN, memo is None)
    signatures = _ours_signatures()
    kept = _OURS_LOADED.get(where)
    if kept is not None and signatures is not None and kept[0] == signatures:
        ours = kept[1]
        for key, tree, beside in (entry for loaded in ours.values() for entry in loaded.memo_entries):
            _keep_in_memo(memo, key, tree, beside)
        return ours
    ours = {}
    english = None
    for path in sorted(sorted(BUILT_IN.glob("*.yaml")), key=lambda path: path.stem != "en"):  # en first: all need it
        entries: list[tuple[str, object, bool]] = []
        read = functools.partial(_read, memo=memo, entries=entries)
        if english is None:
            english = read(BUILT_IN / "en.yaml", root, BUILT_IN)  # raises, as before, where ours is broken
        labels, found = _load_locale(path.stem, path, english, root, project_dir, read)
        ours[path.stem] = _Loaded(path, english if path.stem == "en" else None, labels, found, entries)
    if signatures is not None:
        _OURS_LOADED.clear()  # one project's view of ours at a time: the tests' projects all show them alike
        _OURS_LOADED[where] = (signatures, ours)
    return ours


def _ours_signatures() -> tuple | None:
    """Return the name and signature of each file of our locales, or None if any was written too lately to trust its
    signature (its next write may keep it)."""
    settled = time.time_ns() - RACY_NS
    try:
        with os.scandir(BUILT_IN) as entries:
            found = sorted((entry.name, signature(entry.stat())) for entry in entries)
    except OSError:
        return None
    return None if any(max(status[4], status[5]) >= settled for _, status in found) else tuple(found)


def _named_alike(paths: list[Path], root: Path) -> list[Problem]:
    """Return a problem for each locale file named as an earlier one but for letter case or an accent stored composed
    or decomposed: a checkout on macOS or Windows holds one file for both, so `EN.yaml` beside `en.yaml` gave English
    pages the words of whichever file that checkout kept."""
    first_named: dict[str, Path] = {}
    problems = []
    for path in paths:
        first = first_named.setdefault(folded_name(path.name), path)
        if first != path:
            problems.append(Problem(display_path(path, root), 0, f"the name differs from "
                                    f"{display_path(first, root)}'s only in letter case (or in how an accent is "
                                    "stored), and a checkout on macOS or Windows holds one file for both",
                                    "rename or delete one of the two files"))
    return problems


def _is_language(name: str) -> bool:
    return re.fullmatch("[a-z]{2,3}", name) is not None  # a locale serves every tag of its language: `pt` for `pt-BR`


def _not_languages(paths: list[Path], root: Path) -> list[Problem]:
    """Return a problem for each locale file not named after a language, which no briefing is ever shown in:
    `notes.yaml`, `pt-BR.yaml` (`language: pt-BR` takes `pt.yaml`), or a name holding a direction character, was
    read as a language of its own and refused with a line for each of its 113 missing labels."""
    return [Problem(display_path(path, root), 0, f"'{printable(path.stem)}' is not the code of a language, and a "
                    "locale is read for the language its file is named after",
                    "name it after its language alone, as `pt.yaml` (which `language: pt-BR` takes too), or move "
                    "it out of locales/")
            for path in paths if not _is_language(path.stem)]


def read_as_written(locales: Mapping[str, Labels]) -> None:
    """Have the checks read each language's figures and dates as its locale writes them: its `decimal` mark
    ("3,5" is 3.5 where it is ",") and its `months` ("3 de marzo de 2026"), also for a language no rule knows;
    and its optional words (`WORD_KEYS`: "Dienstag", "etwa 48", "angeblich"). All of it is in
    `numbers.reading_key()`, so a plan checked with other words is not reused."""
    read_as_locales({language: Writing(str(labels["decimal"]), tuple(map(str, labels["months"])),
                                       "{day}." in str(labels["date"]),
                                       **{key: tuple(map(str, labels.get(key, ()))) for key in WORD_KEYS})
                     for language, labels in locales.items()})


def _load_locale(language: str, path: Path, english: YamlMap, root: Path, project_dir: Path,
                 read) -> tuple[Labels | None, list[Problem]]:
    """Return one locale file's labels, or None and its problems; `read` reads a locale file (`_read`)."""
    try:
        inside = root if path.parent == project_dir else BUILT_IN
        words = english if path == BUILT_IN / "en.yaml" else read(path, root, inside)
        built_in = _built_in_words(language, path, root, english, read)
    except YamlProblem as error:
        return None, [error.problem]
    shown = display_path(path, root)
    found = _ours_checked(words, english, shown) if inside == BUILT_IN else _check_keys(words, english, shown, built_in)
    written = (shown, dict(words.key_lines)) if inside == root else None
    if found:
        return None, found
    merged = {**built_in, **words}
    merged.update({key: merged[same] for key, same in FALLBACK_LABELS.items() if key not in merged})
    merged.update({key: english[key] for key in VERSION_LABELS if key not in merged})
    punctuation = PUNCTUATION.get(base_language(language), {})
    merged.update({key: punctuation.get(key, english[key]) for key in PUNCTUATION_LABELS if key not in merged})
    return Labels(merged, language, written), found


def _built_in_words(language: str, path: Path, root: Path, english: YamlMap, read) -> Mapping[str, object]:
    """Return the built-in labels of a language a project's locale replaces (none if it adds a language).

    A project's copy of a built-in locale takes the labels a later version added from it, so
    that an upgrade does not break a copied locale; a new language must still have every label.
    Its word lists (`WORD_KEYS`) are not taken: the checks read the project's own words, as they did
    before German and Spanish were built in, so a project's de.yaml without `articles` reads none.
    """
    built_in = BUILT_IN / f"{language}.yaml"
    if path == built_in or not built_in.is_file():
        return {}
    words = english if language == "en" else read(built_in, root, BUILT_IN)
    return {key: value for key, value in words.items() if key not in WORD_KEYS}


@functools.cache
def built_in_english() -> YamlMap:
    """Return en's words: its {placeholders} are the ones the code fills in, in every language."""
    return _read(BUILT_IN / "en.yaml", BUILT_IN, BUILT_IN)


def _read(path: Path, root: Path, inside: Path, memo: PackMemo | None = None,
          entries: list | None = None) -> YamlMap:
    """Return a locale file's words; `inside` is the folder no link in its path may lead out of.

    With a memo, the words are kept under the file's bytes (and our code), as a content file's are:
    parsing the three built-in locales was a sixth of a preview rebuild.
    """
    shown = display_path(path, root)
    try:
        raw = read_regular(path, inside, MAX_LOCALE_BYTES, shown, LOCALE_TOO_LARGE)
    except FileRefused as error:
        raise YamlProblem(error.problem) from None
    key = None if memo is None else digest_of(code_digest(), "locale", shown, hashlib.sha256(raw).hexdigest())
    if inside == BUILT_IN:
        tree = _ours_read(raw, shown, memo, key, entries)
    else:
        tree = _parsed(raw, shown) if memo is None else memo.get_or_make(key, lambda: _parsed(raw, shown))
    if isinstance(tree, Problem):
        raise YamlProblem(tree)
    if not isinstance(tree, YamlMap):
        raise YamlProblem(Problem(shown, 1, "a locale file must be a mapping of label keys to words",
                                  "copy explainer/locales/en.yaml and translate its values"))
    return tree


@functools.lru_cache(maxsize=32)
def _parsed(raw: bytes, shown: str):
    """Return a locale file's parsed tree, or the Problem that stops it (kept alike: a broken file stays broken).

    Kept in this process too, by the file's bytes (a tree is only ever read): a process that builds many
    projects, as the tests do, parsed the three built-in locales for each, a fifth of a small build."""
    try:
        return parse_yaml(decode_text(raw, shown), shown)
    except YamlProblem as error:
        return error.problem


# Each built-in locale's tree by its bytes as this process first read it, and whether a store beside our bytecode keeps
# it; and what checking one against en's found. Our locales, like our code, are read and checked once per process: a
# process building many projects (the preview's, the tests') checked all five for every build, and pickled them into
# every new project's .cache/, together a sixth of a small project's `check`.
_OURS_READ: dict[tuple[bytes, str], tuple[object, bool]] = {}
_OURS_CHECKED: dict[str, tuple[YamlMap, YamlMap, list[Problem]]] = {}
MAX_OURS_KEPT = 64  # our locales' bytes edited while a preview runs


def _ours_read(raw: bytes, shown: str, memo: PackMemo | None, key: str | None, entries: list | None = None):
    """Return a built-in locale's tree (or the Problem parsing it found), kept beside our bytecode by its bytes and
    our code (see beside_code), else in the project's memo under `key`: every project's first build parsed all five.
    What is kept in the memo is added to `entries`, if given (`_ours_loaded` keeps it again)."""
    found = _OURS_READ.get((raw, shown))
    if found is None:
        name = f"locales.{sys.implementation.cache_tag}/{Path(shown).name}.pickle"
        kept_as = digest_of(code_digest(), raw)
        tree = _kept_beside_code(name, kept_as)
        beside = tree is not None
        if tree is None:
            tree = (memo.get(key) if memo is not None else None) or _parsed(raw, shown)
            if isinstance(tree, YamlMap) and beside_code.writable():  # a Problem names the file as a project shows it
                beside_code.write(name, pickle.dumps((kept_as, tree), pickle.HIGHEST_PROTOCOL))
                beside = True
        if len(_OURS_READ) >= MAX_OURS_KEPT:
            _OURS_READ.clear()
        found = _OURS_READ[(raw, shown)] = (tree, beside)
    tree, beside = found
    _keep_in_memo(memo, key, tree, beside)
    if entries is not None:
        entries.append((key, tree, beside))
    return tree


def _keep_in_memo(memo: PackMemo | None, key: str | None, tree, beside: bool) -> None:
    """Keep a built-in locale's tree in the project's memo where no store beside our bytecode keeps it: for its next
    process, which has no store either."""
    if memo is not None and not beside and not memo.keep(key):
        memo.put(key, tree)


def _kept_beside_code(name: str, kept_as: str):
    """Return the tree kept beside our bytecode in `name` from the bytes and code `kept_as` names, or None."""
    try:
        kept_key, tree = pickle.loads(beside_code.read(name, 4 * MAX_LOCALE_BYTES))
        return tree if kept_key == kept_as else None
    except Exception:  # none kept yet, or damaged in a way the seal does not see
        return None


def forget_in_process() -> None:
    """Forget what this process parsed and checked, as a new process would have."""
    _parsed.cache_clear()
    _OURS_READ.clear()
    _OURS_CHECKED.clear()
    _OURS_LOADED.clear()


def _ours_checked(words: YamlMap, english: YamlMap, shown: str) -> list[Problem]:
    """Return _check_keys' problems with a built-in locale, found once for each tree this process read (_ours_read)."""
    kept = _OURS_CHECKED.get(shown)
    if kept is None or kept[0] is not words or kept[1] is not english:
        if len(_OURS_CHECKED) >= MAX_OURS_KEPT:
            _OURS_CHECKED.clear()
        kept = _OURS_CHECKED[shown] = (words, english, _check_keys(words, english, shown, {}))
    return list(kept[2])


def _check_keys(words: YamlMap, english: YamlMap, shown: str, built_in: Mapping[str, object]) -> list[Problem]:
    """Return problems with keys missing (and not in the built-in locale it replaces), unknown or of the wrong shape."""
    problems = [Problem(shown, 1, f"label '{key}' is missing", f"add it; en.yaml has: {english[key]!r}")
                for key in english if key not in words and key not in built_in and key not in OPTIONAL_LABELS]
    unknown = 0
    for key, value in words.items():
        line = words.key_lines.get(key, 1)
        if key in WORD_KEYS:
            if (wrong := _word_list_problem(key, value)) is not None:
                problems.append(Problem(shown, line, f"key '{key}' {wrong}",
                                        _FLAG_HINT if "YAML reads" in wrong else _WORD_KEY_HINTS[key]))
        elif key not in english:
            unknown += 1
            problems.append(Problem(shown, line, f"unknown label '{key}'", _unknown_label_hint(
                key, {*english, *WORD_KEYS}, unknown)))
        elif not _well_shaped(key, value):
            problems.append(Problem(shown, line, f"label '{key}' has the wrong shape",
                                    "twelve month names" if key in LIST_KEYS else _DIGITS_HINT if key == "digits"
                                    else _BRACKETS_HINT if key == "brackets" else _GROUPING_HINT if key == "grouping"
                                    else "write it as text"))
        elif isinstance(value, str) and (wrong := placeholder_problem(value, english[key])) is not None:
            problems.append(Problem(shown, line, f"label '{key}': {wrong}", _placeholder_hint(english[key])))
    return problems


def _unknown_label_hint(key: str, labels, unknown: int) -> str:
    """Return the hint of the `unknown`th unknown label of a file: the closest label, for the first few only (each
    is 1.4 ms among the labels: a locale of 100,000 keys of its own took 27 s of CPU to refuse)."""
    close = closest(str(key)[:200], sorted(labels)) if unknown <= MAX_SUGGESTED else None
    return f"did you mean '{close}'?" if close else "see explainer/locales/en.yaml"


_BRACKETS_HINT = 'write the opening and the closing bracket, as "()" or "（）"'
_DIGITS_HINT = 'write the ten digits, zero first, as the language writes them: "۰۱۲۳۴۵۶۷۸۹"'
_GROUPING_HINT = 'write "3" (1,250,000) or "3,2" (12,50,000)'
_SHAPE_HINTS = {"digits": _DIGITS_HINT, "brackets": _BRACKETS_HINT, "grouping": _GROUPING_HINT}

_WORD_KEY_HINTS = {
    "weekdays": "write the seven day names, Monday first: [Montag, Dienstag, Mittwoch, Donnerstag, Freitag, "
                "Samstag, Sonntag], each day's declined forms apart with \"/\" (субота/суботу)",
    "approximately": "write a list of the words that hedge a rounded figure: [etwa, rund, ungefähr, circa]",
    "hedges": "write a list of the words a source passes something on with: [angeblich, mutmaßlich]",
    "at_least": "write a list of the words that mean \"at least\" before a figure: [mindestens, wenigstens]",
    "more_than": "write a list of the words that mean \"more than\" before a figure: [mehr als, über]",
    "fewer_than": "write a list of the words that mean \"fewer than\" before a figure: [weniger als, unter]",
    "up_to": "write a list of the words that mean \"up to\" before a figure: [höchstens, bis zu]",
    "nearly": "write a list of the words that mean \"nearly\" before a figure: [fast, knapp]",
    "according_to": ("write a list of the words that attribute a sentence, as \"according to\" or \"said\" do, in the "
                     "forms written: [laut, zufolge, sagte, sagten]"),
    "expected": ("write a list of the words that give a future only as expected, as \"expected to\" or \"could\" do: "
                 "[voraussichtlich, dürfte, könnte, soll]"),
    "will": "write a list of the words that state a future as certain, as \"will\" does: [wird, werden]",
    "articles": ("write a list of the articles a capitalised noun follows, in a language that capitalises every "
                 "noun: [der, die, das, des, dem, den, ein, eine, einem, einen, einer, eines, am, im, zum, zur, vom]"),
    "names": ("write a list of names as this language writes them, each with the forms that name the same place or "
              "people apart with \"/\": [Pakistan/Paquistão/paquistanês, Afghanistan/Afeganistão/afegão]"),
}


_YAML_FLAGS = {False: "no, off or false", True: "yes, on or true"}
_FLAG_HINT = 'quote the word: "no", "on"'


def _word_list_problem(key: str, value: object) -> str | None:
    """Return what is wrong with an optional word list (`WORD_KEYS`), or None."""
    count = WORD_KEYS[key]
    if not isinstance(value, YamlList):
        return "must be a list of words"
    if (flag := next((item for item in value if isinstance(item, bool)), None)) is not None:
        # YAML reads an unquoted no, yes, on or off as true or false: Portuguese's "no" (in the) was refused unnamed
        return (f"must be a list of words, but YAML reads an unquoted {_YAML_FLAGS[flag]} in it as "
                f"{str(flag).lower()}, not as a word")
    if not all(isinstance(item, str) for item in value):
        return "must be a list of words"
    if count and len(value) != count:
        return f"must have {count} names, not {len(value)}"
    if not value:
        return "must list at least one word"
    if any(not item.strip() or not any(c.isalpha() for c in item) for item in value):
        return "must not hold an empty word or one without letters"
    if key == "weekdays" and any(not form.strip() for item in value for form in item.split("/")):
        return "must not hold an empty form of a day (write its forms apart with \"/\": субота/суботу)"
    if key == "names" and any(len([form for form in item.split("/") if form.strip()]) < 2 for item in value):
        return "must give each name with another of its forms, apart with \"/\" (Pakistan/Paquistão)"
    if key == "weekdays" and len({declined_forms(item)[0].casefold() for item in value}) != count:
        return "must name seven different days"
    return None


def _well_shaped(key: str, value: object) -> bool:
    """Say whether a label's value is text, or for `months` twelve texts: the pages format and print them
    as text, so a mapping, a list or a null there would fail only when a page shows it."""
    if key in LIST_KEYS:
        return isinstance(value, YamlList) and len(value) == 12 and all(isinstance(item, str) for item in value)
    if key == "brackets":  # an opening and a closing one, each a single character
        return isinstance(value, str) and len(value) == 2 and not value.isspace()
    if key == "grouping":
        return value in ("3", "3,2")
    if key == "digits":  # ten digits, zero first: the checks read figures and dates written in them
        # A script's own, not a styled form of another's: "𝟎𝟏𝟐" (mathematical bold) or fullwidth "０１２" are 0 to 9
        # drawn otherwise, which the pages wrote every figure and date in.
        return isinstance(value, str) and len(value) == 10 and all(
            char.isdecimal() and unicodedata.digit(char) == n and unicodedata.normalize("NFKC", char) == char
            for n, char in enumerate(value))
    return isinstance(value, str)


def placeholder_problem(value: str, english: object) -> str | None:
    """Return what is wrong with a label's {placeholders} (en's are the ones its code fills in), or None.

    The pages fill a label in with str.format: an unknown name, an unclosed brace, an index, attribute or
    format spec would fail or print something else, so only en's plain names are allowed (each or none)."""
    return _placeholder_problem(value, english if isinstance(english, str) else "")


@functools.lru_cache(maxsize=4096)  # the same few hundred labels are checked in every build
def _placeholder_problem(value: str, english: str) -> str | None:
    allowed = _placeholders(english)
    try:
        fields = list(string.Formatter().parse(value))
    except ValueError:
        return "a brace '{' or '}' is not closed or not doubled"
    for _, name, spec, conversion in fields:
        if name is not None and (name not in allowed or spec or conversion):
            return f"unknown placeholder {{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}}"
    return None


def _placeholders(text: str) -> set[str]:
    """Return the names of en's {placeholders} in a label."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _placeholder_hint(english: object) -> str:
    names = sorted(_placeholders(english)) if isinstance(english, str) else []
    shown = ", ".join(f"{{{name}}}" for name in names)
    return (f"use only {shown}; write a brace as '{{{{' or '}}}}'" if names
            else "it has no placeholders; write a brace as '{{' or '}}'")


def labels_for(locales: dict[str, Labels], language: str, overrides: Mapping[str, str], shown: str,
               line: int, override_lines: Mapping[str, int]) -> tuple[Labels | None, list[Problem]]:
    """Return the labels of a briefing's language with its overrides, or the problems that prevent it."""
    labels = locales.get(base_language(language))
    if labels is not None:
        labels = labels.in_language(language)
    if labels is None:
        return None, [Problem(shown, line, f"no locale for language '{language}'",
                              f"use one of {', '.join(sorted(locales))}, or add locales/{base_language(language)}.yaml "
                              "translated from explainer/locales/en.yaml")]
    problems, unknown = [], 0
    for key in overrides:
        if key not in labels or key in LIST_KEYS or key in WORD_KEYS:
            unknown += 1
            problems.append(Problem(shown, override_lines.get(key, line), f"`labels`: unknown label '{key}'",
                                    _unknown_label_hint(key, labels, unknown)))
        elif key in ("digits", "brackets", "grouping") and not _well_shaped(key, overrides[key]):  # 10,000 digits ended
            problems.append(Problem(shown, override_lines.get(key, line),  # the build in a traceback; 8 and 9 swapped
                                    f"`labels`: label '{key}' has the wrong shape",
                                    _SHAPE_HINTS[key]))
        elif (wrong := placeholder_problem(str(overrides[key]), built_in_english()[key])) is not None:
            problems.append(Problem(shown, override_lines.get(key, line), f"`labels`: label '{key}': {wrong}",
                                    _placeholder_hint(built_in_english()[key])))
    return (labels.with_overrides(overrides) if not problems else None), problems
