"""Indonesian as the checks read it: its scale words, its negations and the words that join its clauses
(tests/test_newuser_49.py).

Indonesian writes its scales as words after the digits ("Rp 184,5 miliar", "850 juta", "15 ribu"), unread before:
"Rp 184,5 juta" cited "Rp 184,5 miliar". It has no tense and negates with a word before what it negates: "tidak"/"tak"
(a verb or adjective), "bukan" (a noun), "belum" (not yet), "tanpa" (without), "tiada"; and by meaning with "menolak"
(rejected) and "membantah" (denied), whose scope is what follows as plainly as "tidak"'s. Unread, "Kementerian telah
mengeluarkan kesimpulan" cited "Kementerian belum mengeluarkan kesimpulan", and "dana itu adalah ganti rugi" cited
"dana itu ... bukan ganti rugi". Its auxiliaries and prepositions of five letters or more ("telah", "sudah", "dapat",
"dengan", "kepada") are never what a negation negates.
"""

from __future__ import annotations

# Scales after digits, numbers.py's; "milyar" and "trilyun" are older spellings still in print, "rb", "jt", "M", "T"
# are shortened only in headlines and tables and left out ("M" is also a metre).
SCALES = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12, "trilyun": 10**12}

# Negations that negate a clause on their own, and verbs of rejecting or denying whose scope is what follows them.
NEGATING = frozenset({"tidak", "tak", "belum", "bukan", "tanpa", "tiada", "jangan", "bukanlah", "tidaklah",
                      "menolak", "ditolak", "membantah", "dibantah", "menyangkal", "disangkal"})
# The words that join clauses ("dan", "atau", "tetapi", "namun", "karena", "jika", ...); "tanpa" starts its own.
CLAUSE_JOINERS = ("sedangkan|sementara|meskipun|walaupun|sehingga|tetapi|karena|kecuali|namun|apabila|sebab|bahwa"
                  "|padahal|tapi|jika|kalau|bila|atau|dan")
WITHOUT = "tanpa"
# Auxiliaries, adverbs and prepositions of five letters or more: never a negation's predicate, nor a shared word
# ("belum pernah dipublikasikan" negates the publishing, "tidak dapat memastikan" the making sure).
NO_CONTENT = frozenset("""telah sudah sedang masih pernah dapat hanya untuk dengan kepada tentang terhadap dalam
                          bahwa setelah sebelum sesudah mereka semua seluruh secara sebagai adalah merupakan lebih
                          kurang sekali sangat begitu bersama antara sampai hingga sejak selama seperti yakni yaitu
                          tersebut sendiri segera lagi""".split())


def writes_indonesian(language: str) -> bool:
    """Say whether text in `language` is Indonesian."""
    return language.split("-")[0].lower() == "id"


# Words of rise and fall, direction.py's: a verb with its prefixes ("naik", "meningkat", "menurun") and its noun
# ("kenaikan", "penurunan"). Unread, "tangkapan naik 62 persen" cited "tangkapan turun 62 persen".
RISE = frozenset("""naik menaik meningkat ditingkatkan peningkatan kenaikan bertambah pertambahan melonjak lonjakan
                    melambung membengkak tumbuh bertumbuh pertumbuhan""".split())
FALL = frozenset("""turun menurun menurunnya penurunan diturunkan berkurang pengurangan dikurangi merosot kemerosotan
                    anjlok menyusut penyusutan jatuh""".split())
# Words between a word of rise or fall and its figure ("turun sebesar 62 persen", "naik sekitar 15 persen").
FILLERS = frozenset({"sebesar", "sekitar", "hampir", "kira-kira", "sebanyak", "hingga", "sampai", "lebih", "menjadi", "ke",
                     "rp"})


def from_level(before: list[str]) -> bool:
    """Say whether a figure's words before it (direction.py's) end in "dari", a starting level's word as "from" is,
    its currency's "Rp" aside: "naik dari Rp 45.000 menjadi Rp 120.000" gives no rise of 45.000."""
    words = before[:-1] if before and before[-1] in ("Rp", "IDR") else before
    return bool(words) and words[-1].casefold() == "dari"

# The rupiah: its sign before a figure, glued or a space apart ("Rp184,5 miliar", "Rp 850 juta"), its code and name.
RUPIAH_SIGN = "Rp"
RUPIAH = ("rupiah", "rp", "idr")

# Events told as done or to come, scheduled.py's: "telah bertemu", "sudah digelar", or a plain verb of meeting or
# holding that no word of the future stands before ("Kedua pihak bertemu lagi pada Kamis"), against "akan bertemu",
# "dijadwalkan tiba", "direncanakan digelar".
_EVENTS = "bertemu|digelar|berlangsung|diadakan|dimulai|dibuka|ditandatangani|tiba|berakhir|bersidang"
HELD = (rf"(?:telah|sudah)\s+(?:{_EVENTS})"
        rf"|(?<!akan\s)(?<!dijadwalkan\s)(?<!direncanakan\s)(?<!rencananya\s)(?<!bakal\s)(?:bertemu|digelar|diadakan"
        r"|ditandatangani|bersidang)")
SCHEDULED = rf"(?:akan|bakal)\s+(?:{_EVENTS})|dijadwalkan|direncanakan|rencananya"
HELD_WORDS = frozenset({"telah", "sudah", "bertemu", "digelar", "diadakan", "ditandatangani", "bersidang"})
NOT_CONTENT = frozenset({"akan", "bakal", "telah", "sudah", "bertemu", "digelar", "berlangsung", "diadakan", "dimulai",
                         "dibuka", "ditandatangani", "tiba", "berakhir", "bersidang", "dijadwalkan", "direncanakan",
                         "rencananya", "pada", "yang", "lagi", "dengan", "untuk", "dari", "oleh", "akan", "juga",
                         "para", "pihak"})


# Number words, spelled_languages.py's: "delapan kali" 8, "dua belas" 12, "dua puluh lima" 25, "tiga ratus" 300,
# "seribu" 1,000, "dua juta" 2,000,000. Unread, "sembilan kali lebih tinggi" cited "delapan kali lebih tinggi".
# "satu" alone is "one" as an article is ("salah satu"), and a scale alone ("ribuan", "juta") no count.
UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9}
_ONES = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
_MULTIPLIERS = {"belas": 10, "puluh": 10, "ratus": 100}
_SCALES_SPELLED = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12}
WORDS = (*UNITS, *_ONES, *_MULTIPLIERS, *_SCALES_SPELLED)
STARTS = (*UNITS, *_ONES)


def spelled_value(words: str) -> int | None:
    """Return the value of Indonesian number words ("dua puluh lima" 25, "tiga ratus ribu" 300,000), or None for
    "satu" alone or words that count nothing."""
    parts = words.split()
    if parts == ["satu"] or not parts or parts[0] not in STARTS:
        return None
    total, current, pending = 0, 0, 0
    for part in parts:
        if part in UNITS:
            current, pending = current + pending, UNITS[part]
        elif part in _ONES:
            current, pending = current + pending + _ONES[part], 0
        elif part == "belas":
            current, pending = current + pending + 10, 0
        elif part in _MULTIPLIERS:
            current, pending = current + (pending or 1) * _MULTIPLIERS[part], 0
        else:
            total, current, pending = total + (current + pending or 1) * _SCALES_SPELLED[part], 0, 0
    return total + current + pending


# Units of measure as Indonesian spells them, measures.py's: "0,42 miligram per liter", "312 milimeter", "4.850
# hektare", "45.000 meter kubik", "tiga hari". Unread, a table's 312 in mm was refused citing "312 milimeter".
UNITS_OF_MEASURE = {"milligram": ("miligram",), "millimetre": ("milimeter",), "centimetre": ("sentimeter",),
                    "hectare": ("hektare",), "cubic metre": ("meter kubik",), "second": ("detik",),
                    "minute": ("menit",), "hour": ("jam",), "day": ("hari",), "week": ("pekan",), "month": ("bulan",),
                    "year": ("tahun",), "decade": ("dekade",)}


# Words no clause's content: what two Indonesian clauses share beside them says they tell the same thing
FUNCTION_WORDS = frozenset("""itu ini tersebut adalah merupakan telah sudah akan dengan untuk kepada tentang terhadap dalam
                            bahwa juga para pihak pada oleh dari yang karena kembali masih lagi sedang belum tidak bukan
                            tanpa hanya menurut mengatakan kata ujar""".split())
