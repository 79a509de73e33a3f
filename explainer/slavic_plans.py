"""A plan, a wish or a possibility told as done, in Ukrainian and Russian: "Компанія вклала в мережі 1,8 млрд грн"
(invested) citing "Компанія планує вкласти в мережі 1,8 млрд грн" (plans to invest).

possible_done.py reads English ("plans to invest" told as "invested"); a Ukrainian or Russian verb of planning,
wanting, demanding, proposing, promising, ordering or being able ("планує", "хоче", "вимагає", "пропонує",
"доручили", "може", "має намір") before an infinitive ("вкласти", "звернутися") was read nowhere. Here a sentence's past
verb ("вклала", "звернулася") whose stem is such an infinitive's ("вкла" of "вкласти") is refused where no cited
passage holds the verb done, and the sentence names no plan of its own ("Компанія планувала вкласти" builds).
tests/test_newuser_62.py.
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped

_PLANNING = frozenset("""
планує планують планувала планували планував хоче хочуть хотіла хотів хотіли вимагає вимагають вимагала вимагали
вимагав пропонує пропонують запропонувала запропонував запропонували обіцяє обіцяють пообіцяла пообіцяв пообіцяли
збирається збираються готова готовий готові може можуть могла міг могли закликає закликають закликала закликали
доручила доручили доручив намір наміри погрожує погрожують погрожувала намагається намагаються
планирует планируют хочет хотят требует требуют предлагает предлагают предложила предложил предложили обещает
обещают обещала собирается собираются может могут намерена намерен намерены поручила поручили поручил
""".split())
_WORD = patterns.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_INFINITIVE = patterns.compile(r"(.{3,}?)(?:тися|тись|ться|ти|ть)")
_PAST = patterns.compile(r"(.{3,}?)(?:ла|ло|ли|в|л)(?:ся|сь)?")
_REACH = 3  # words between the verb of planning and its infinitive: "планує вже цього року вкласти"
_LANGUAGES = frozenset({"uk", "ru"})


def _planned(text: str) -> list[tuple[str, str]]:
    """Return (the plan as written, the infinitive's stem) for each infinitive text gives after a verb of planning,
    wanting or being able: ("планує вкласти", "вклас")."""
    words = [(match.group(), match.group().casefold()) for match in _WORD.finditer(text)]
    found = []
    for at, (written, word) in enumerate(words):
        if word in _PLANNING:
            for later, (shown, infinitive) in enumerate(words[at + 1:at + 1 + _REACH], at + 1):
                if stem := _INFINITIVE.fullmatch(infinitive):
                    found.append((" ".join(shown for shown, _ in words[at:later + 1]), stem.group(1)))
                    break
    return found


def _same_stem(past: str, infinitive: str) -> bool:
    """Say whether a past verb's stem is an infinitive's ("вкла" of "вклас", "скороти" of "скороти")."""
    return past == infinitive or (infinitive.startswith(past) and len(infinitive) - len(past) == 1)


def _done(text: str) -> list[tuple[str, str]]:
    """Return (the word, its stem) for each word of text that may be a past verb."""
    return [(match.group(), stem.group(1)) for match in _WORD.finditer(text)
            if (stem := _PAST.fullmatch(match.group().casefold()))]


def plan_told_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Ukrainian or Russian sentence tells as done a verb its cited passages give only as
    planned, wanted or possible."""
    if language.split("-")[0].lower() not in _LANGUAGES or not passages:
        return []
    plans = [plan for passage in passages for plan in _planned(passage.text)]
    if not plans or _planned(text):
        return []  # most passages plan nothing; a sentence that keeps a plan tells none done
    done_in_passages = [stem for passage in passages for _, stem in _done(passage.text)]
    for word, stem in _done(text):
        plan = next((shown for shown, infinitive in plans if _same_stem(stem, infinitive)), None)
        if plan and not any(_same_stem(stem, other) or other == stem for other in done_in_passages):
            return [Finding(offset, f"this sentence tells as done ('{word}') what its cited passages give only as "
                                    f"planned, wanted or possible ('{plan}'): {clipped(text)}",
                            f"keep the source's '{plan.split()[0]}', or cite a passage that says it was done")]
    return []
