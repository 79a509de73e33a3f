"""The Indonesian new user's leftovers (tests/test_newuser_49.py's report): misstatements that still built.

On the code before, these built: a deed turned into its opposite by a verb of its own ("Pemkab mengizinkan kegiatan
tambang" citing "Pemkab melarang kegiatan tambang", also "membuka"/"menutup", "mendukung"/"menentang"); a thing the
passage says something is not ("dana itu adalah ganti rugi" citing "bantuan kemanusiaan, bukan ganti rugi", and
English "humanitarian aid, not compensation"); "berakhir dengan kesepakatan" citing "berakhir tanpa kesepakatan"; a
change's levels swapped ("naik dari Rp 45.000 menjadi Rp 120.000" citing "turun dari Rp 120.000 menjadi Rp 45.000");
a clause under a negated frame told as done ("tidak berarti", "belum tentu", "tidak jelas apakah"); and a lab's finding
given as the word of a speaker the passage never names ("Menurut perusahaan, kadar nikel ... 0,42"). Now
explainer/indonesian_turns.py refuses each where no cited passage says it so; the honest neighbours below build.
"menerima" for "menolak" and "mengakui" for "membantah" were already refused as dropped negations (indonesian.py reads
"menolak" and "membantah" as negations), and "akan tiba" citing "dijadwalkan tiba" stays refused as worded certain.

Each sentence is checked in-process against its cited passage, in the newuser_49 fixture's locale, as `check` does.
"""

from __future__ import annotations

import pytest

from support import read_as_project_locale, sentence_findings
from test_newuser_49 import FIXTURE, P_TIM, P_TUNTUT, PARTIES


@pytest.fixture
def indonesian():
    """Read text in Indonesian as the newuser_49 fixture's locale writes it, as a build of the project does."""
    read_as_project_locale(FIXTURE, "id")


P_LARANG = "Pemkab melarang kegiatan tambang di hulu sungai Laeya sejak Januari."
P_TUTUP = "Pemkab menutup jalur angkut tambang di Desa Laeya."
P_TENTANG = "Para nelayan menentang rencana perluasan tambang di pesisir Teluk Laeya."
P_DANA = "Menurut pemerintah kabupaten, dana itu adalah bantuan kemanusiaan, bukan ganti rugi."
P_FUND = "The fund is humanitarian aid, not compensation."
P_TANPA = "Pertemuan pertama di kantor gubernur berakhir tanpa kesepakatan."
P_DENGAN = "Pertemuan kedua di kantor gubernur berakhir dengan kesepakatan."
P_HARGA = "Harga ikan di pasar Laeya turun dari Rp 120.000 menjadi Rp 45.000 per kilogram."
P_UJI = ("Uji laboratorium Dinas Lingkungan Hidup kabupaten menemukan kadar nikel 0,42 miligram per liter di muara "
         "sungai.")
P_BERARTI = "Pembayaran bantuan itu tidak berarti perusahaan mengakui kesalahan dalam pencemaran sungai."
P_TENTU = "Belum tentu lumpur itu berasal dari tambang perusahaan."
P_JELAS = "Tidak jelas apakah lumpur itu berasal dari tambang perusahaan."

MISSTATED = {
    "menerima": ("Perusahaan tambang nikel itu menerima tuntutan tersebut.", P_TUNTUT, "negation"),
    "mengizinkan": ("Pemkab mengizinkan kegiatan tambang di hulu sungai Laeya.", P_LARANG, "'mengizinkan'"),
    "membuka": ("Pemkab membuka kembali jalur angkut tambang di Desa Laeya.", P_TUTUP, "'membuka'"),
    "mendukung": ("Para nelayan mendukung rencana perluasan tambang.", P_TENTANG, "'mendukung'"),
    "ganti-rugi": ("Menurut pemerintah kabupaten, dana itu adalah ganti rugi.", P_DANA, "'bukan ganti rugi'"),
    "compensation": ("The fund is compensation.", P_FUND, "'not compensation'"),
    "dengan": ("Pertemuan pertama di kantor gubernur berakhir dengan kesepakatan.", P_TANPA, "'tanpa kesepakatan'"),
    "dengan-synonym": ("Pertemuan pertama berakhir dengan persetujuan.", P_TANPA, "'tanpa kesepakatan'"),
    "tanpa": ("Pertemuan kedua di kantor gubernur berakhir tanpa kesepakatan.", P_DENGAN, "'dengan kesepakatan'"),
    "levels-naik": ("Harga ikan di pasar Laeya naik dari Rp 45.000 menjadi Rp 120.000 per kilogram.", P_HARGA,
                    "'dari Rp 45.000 menjadi Rp 120.000"),
    "levels-ke": ("Harga ikan turun dari Rp 45.000 ke Rp 120.000 per kilogram.", P_HARGA, "'dari Rp 45.000 ke Rp 120.000"),
    "speaker": ("Menurut perusahaan, kadar nikel di muara sungai 0,42 miligram per liter.", P_UJI, "'perusahaan'"),
    "berarti": ("Perusahaan mengakui kesalahan dalam pencemaran sungai.", P_BERARTI, "'tidak berarti'"),
    "belum-tentu": ("Lumpur itu berasal dari tambang perusahaan.", P_TENTU, "'Belum tentu'"),
    "tidak-jelas": ("Lumpur itu berasal dari tambang perusahaan.", P_JELAS, "'Tidak jelas apakah'"),
    "akan-tiba": ("Tim dari Kementerian Lingkungan Hidup akan tiba di Tanjung Rawa pada Senin (16/3/2026).", P_TIM,
                  "'dijadwalkan'"),
}
HONEST = {
    "menolak": ("Perusahaan itu menolak tuntutan tersebut.", P_TUNTUT),
    "melarang": ("Pemkab melarang kegiatan tambang di hulu sungai Laeya.", P_LARANG),
    "dilarang": ("Kegiatan tambang di hulu sungai Laeya dilarang Pemkab sejak Januari.", P_LARANG),
    "tidak-mengizinkan": ("Pemkab tidak mengizinkan kegiatan tambang di hulu sungai Laeya.", P_LARANG),
    "menutup": ("Jalur angkut tambang di Desa Laeya ditutup oleh Pemkab.", P_TUTUP),
    "both-sides": ("Para nelayan menentang rencana perluasan tambang, tetapi mendukung mediasi.", P_TENTANG),
    "bukan": ("Menurut pemerintah kabupaten, dana itu bukan ganti rugi.", P_DANA),
    "bantuan": ("Menurut pemerintah kabupaten, dana itu adalah bantuan kemanusiaan.", P_DANA),
    "aid": ("The fund is humanitarian aid rather than compensation.", P_FUND),
    "tanpa-same": ("Pertemuan pertama di kantor gubernur berakhir tanpa kesepakatan.", P_TANPA),
    "tanpa-synonym": ("Pertemuan pertama berakhir tanpa persetujuan.", P_TANPA),
    "dengan-same": ("Pertemuan kedua berakhir dengan kesepakatan.", P_DENGAN),
    "levels-same": ("Harga ikan di pasar Laeya turun dari Rp 120.000 menjadi Rp 45.000 per kilogram.", P_HARGA),
    "levels-ribu": ("Harga ikan turun dari 120 ribu rupiah menjadi 45 ribu rupiah per kilogram.", P_HARGA),
    "speaker-kept": ("Menurut Dinas Lingkungan Hidup kabupaten, kadar nikel di muara 0,42 miligram per liter.", P_UJI),
    "speaker-none": ("Uji laboratorium menemukan kadar nikel 0,42 miligram per liter di muara sungai.", P_UJI),
    "berarti-kept": ("Pembayaran bantuan itu tidak berarti perusahaan mengakui kesalahan.", P_BERARTI),
    "tentu-kept": ("Belum tentu lumpur itu berasal dari tambang perusahaan.", P_TENTU),
    "apakah-kept": ("Belum diketahui apakah lumpur itu berasal dari tambang perusahaan.", P_JELAS),
    "dijadwalkan": ("Tim Kementerian Lingkungan Hidup dijadwalkan tiba pada Senin (16/3/2026).", P_TIM),
}


@pytest.mark.parametrize("sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_an_indonesian_leftover_misstatement_is_refused(indonesian, sentence: str, passage: str, named: str):
    language = "id" if passage not in (P_FUND,) else "en"
    found = sentence_findings(sentence, (passage,), language, PARTIES)
    assert found and named in found[0], found


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_indonesian_neighbour_builds(indonesian, sentence: str, passage: str):
    language = "id" if passage not in (P_FUND,) else "en"
    assert sentence_findings(sentence, (passage,), language, PARTIES) == []


def test_a_thing_named_as_what_was_corrected_is_no_thing_said_to_be(indonesian):
    """A sentence naming the thing a passage says something is not as what it was before ("dari ganti rugi", "from
    compensation") claims no such thing: indonesian_turns reads no "bukan" or "not" turned in it."""
    from explainer.attribution import Cited
    from explainer.indonesian_turns import turned_in_indonesian

    sentence = "Pemerintah kabupaten mengubah sebutan dana itu dari ganti rugi menjadi bantuan kemanusiaan."
    assert turned_in_indonesian(sentence, [Cited(P_DANA, "id")], 0, "id") == []
    assert turned_in_indonesian("The fund was renamed from compensation to humanitarian aid.", [Cited(P_FUND, "en")],
                                0, "en") == []
    assert turned_in_indonesian("The fund is compensation.", [Cited(P_FUND, "en")], 0, "en")
