"""Direct and indirect quotes, speakers, cues and via."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.nlp import NlpResources, find_entities, find_quotes
from warta.nlp.quotemarks import OPEN_MARKS, quoted_passages


@pytest.fixture(scope="module")
def res() -> NlpResources:
    return NlpResources.load()


def _quotes(text: str, res: NlpResources) -> list[tuple]:
    ents = find_entities(text, res)
    out = []
    for q in find_quotes(text, ents, res):
        assert text[q.start : q.end] == q.text
        out.append((q.kind, q.speaker, q.cue, q.via, q.text))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Presiden Joko Widodo datang. "Kami akan membangun jalan baru," kata Jokowi.',
            [("direct", "Joko Widodo", "kata", None, "Kami akan membangun jalan baru")],
        ),
        (
            'Menteri Keuangan Sri Mulyani hadir. Sri Mulyani mengatakan, "Anggaran kita cukup kuat tahun ini."',
            [("direct", "Sri Mulyani", "mengatakan", None, "Anggaran kita cukup kuat tahun ini.")],
        ),
        (
            'Vladimir Putin datang. "Kami siap membantu kalian semua," ujar Putin, dilansir Reuters.',
            [("direct", "Vladimir Putin", "ujar", "Reuters", "Kami siap membantu kalian semua")],
        ),
        (
            "Xi Jinping hadir. Menurut dia, Afghanistan harus bisa mengambil kebijakan moderat.",
            [
                (
                    "indirect",
                    "Xi Jinping",
                    "menurut",
                    None,
                    "Afghanistan harus bisa mengambil kebijakan moderat",
                )
            ],
        ),
        (
            "Vladimir Putin berpendapat bahwa situasi di sana adalah kegagalan.",
            [
                (
                    "indirect",
                    "Vladimir Putin",
                    "berpendapat",
                    None,
                    "situasi di sana adalah kegagalan",
                )
            ],
        ),
        (
            "Vladimir Putin hadir. Rusia siap menghadapi gangguan, demikian Putin seperti dikutip media China.",
            [
                (
                    "indirect",
                    "Vladimir Putin",
                    "demikian",
                    "media China",
                    "Rusia siap menghadapi gangguan",
                )
            ],
        ),
        ('Ia menonton film "Dilan" dan "operasi militer" berlanjut.', []),
        ('Lagu "Chained to the Rhythm" dirilis Jumat.', []),
    ],
)
def test_find_quotes(text: str, expected: list[tuple], res: NlpResources) -> None:
    assert _quotes(text, res) == expected


def test_multi_paragraph_quote(res: NlpResources) -> None:
    text = (
        'Ketua Umum PAN Zulkifli Hasan berbicara. "Kami akan terus berjuang untuk rakyat.\n\n'
        '"Kami tidak akan berhenti sampai tujuan tercapai," kata Ketua Umum PAN itu.'
    )
    quotes = _quotes(text, res)
    assert len(quotes) == 1
    kind, speaker, cue, _, quoted = quotes[0]
    assert (kind, speaker, cue) == ("direct", "Zulkifli Hasan", "kata")
    assert quoted.startswith("Kami akan terus") and quoted.endswith("tujuan tercapai")
    assert "\n\n" in quoted


def test_pronoun_nya_cue(res: NlpResources) -> None:
    text = 'Gubernur Anies Baswedan meninjau lokasi. "Kami akan segera memperbaiki jalan ini," tuturnya.'
    assert _quotes(text, res)[0][:3] == ("direct", "Anies Baswedan", "tuturnya")


def test_short_quote_with_a_speaker(res: NlpResources) -> None:
    text = 'Bus listrik mulai beroperasi. "Kami siap," kata Camat Makassar Rahmat Daeng Situju.'
    assert _quotes(text, res) == [("direct", "Rahmat Daeng Situju", "kata", None, "Kami siap")]
    # a quoted term mid-sentence is not speech, even with a cue after it
    assert (
        _quotes('Ia menolak disebut "pengkhianat," kata Budi Santoso kepada wartawan.', res) == []
    )


def test_city_before_a_full_name_is_not_part_of_it(res: NlpResources) -> None:
    text = "Kepala Dinas Pendidikan Kota Bandung Ferdi Ligaswara meninjau sekolah itu."
    people = [e.text for e in find_entities(text, res) if e.label == "PER"]
    assert people == ["Ferdi Ligaswara"]


def test_rank_and_initial_around_a_name(res: NlpResources) -> None:
    # a police rank is a title, not part of the name; a one-letter initial is part of it
    text = (
        "Kapolsek Cipondoh, Kompol Bayu Suseno datang. Kanit V Bareskrim AKBP M Rivai Arvan hadir."
    )
    people = [e.text for e in find_entities(text, res) if e.label == "PER"]
    assert people == ["Bayu Suseno", "M Rivai Arvan"]


def test_role_alone_names_its_holder(res: NlpResources) -> None:
    text = (
        "Kapolsek Cipondoh, Kompol Bayu Suseno mengatakan, peristiwa itu bermula dari perselisihan."
        '\n\nPolisi datang. "Petugas berusaha membuka paksa pintu dengan cara didobrak," kata Kapolsek.'
    )
    assert [q[1] for q in _quotes(text, res)] == ["Bayu Suseno", "Bayu Suseno"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Daniella Maina (16), seorang siswi yang juga saksi kejadian tersebut, menuturkan"
            " kejadian itu begitu cepat.",
            "Daniella Maina",
        ),
        (
            "Gubernur Bengkulu Rohidin Mersyah di Bengkulu, Selasa, menyebutkan, untuk lahan sudah"
            " tersedia seluas 50 hektare.",
            "Rohidin Mersyah",
        ),
    ],
)
def test_speaker_before_an_apposition(text: str, speaker: str, res: NlpResources) -> None:
    assert [(q[0], q[1]) for q in _quotes(text, res)] == [("indirect", speaker)]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Presiden Hassan Rouhani tiba. Dia lantas menuduh lawannya telah memanfaatkan krisis.",
            "Hassan Rouhani",
            "menuduh",
        ),
        (
            "Adik Jupe, Nia Anggia tiba. Anggi sebelumnya juga sudah berjanji bahwa keluarga akan"
            " memberikan informasi.",
            "Nia Anggia",
            "berjanji",
        ),
        ("Kantor berita ISNA menulis pemblokiran Telegram telah dicabut.", "ISNA", "menulis"),
    ],
)
def test_more_cues_and_particles(text: str, speaker: str, cue: str, res: NlpResources) -> None:
    assert [(q[1], q[2]) for q in _quotes(text, res) if q[0] == "indirect"] == [(speaker, cue)]


def test_cue_inside_a_sentence_without_commas(res: NlpResources) -> None:
    text = (
        "Gubernur Bengkulu Rohidin Mersyah datang. Pihak perusahaan lanjut Rohidin telah"
        " menyetujui pembangunan itu. Bengkulu lanjut dia perlu mengeksplorasi peluang baru."
    )
    assert [(q[1], q[4]) for q in _quotes(text, res)] == [
        ("Rohidin Mersyah", "telah menyetujui pembangunan itu"),
        ("Rohidin Mersyah", "perlu mengeksplorasi peluang baru"),
    ]
    # "kata" as a noun before a name that is no person ("kata Inggris") is no cue
    assert _quotes("Ia memakai kata Inggris dalam pidato panjang itu.", res) == []


def test_description_points_back(res: NlpResources) -> None:
    text = (
        'Aktris Salshabilla Adriani tetap bekerja. "Paling cuma minum air putih," ujarnya.\n\n'
        "Selama bulan puasa, perempuan kelahiran 12 Agustus 2000 itu mengaku selalu buka bersama"
        " keluarga."
    )
    quotes = _quotes(text, res)
    assert [(q[0], q[1], q[2]) for q in quotes] == [
        ("direct", "Salshabilla Adriani", "ujarnya"),
        ("indirect", "Salshabilla Adriani", "mengaku"),
    ]


def test_lost_closing_mark_before_attribution(res: NlpResources) -> None:
    text = (
        '"Manusia memperluas kebakaran ke banyak lokasi," kata Bethany Bradley.\n\n'
        '"Hasil penelitian kami menyoroti pentingnya tempat penyulut, kata Jennifer Balch.\n\n'
        '"Terima kasih kepada manusia, musim kebakaran kini terjadi sepanjang tahun," ujarnya.'
    )
    assert [(q[1], q[4][:13]) for q in _quotes(text, res)] == [
        ("Bethany Bradley", "Manusia mempe"),
        ("Jennifer Balch", "Hasil penelit"),
        ("Jennifer Balch", "Terima kasih "),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Salah satu jemaat, Febry kepada Antara di Jakarta, Senin mengatakan harapannya tidak"
            " ada lagi isu SARA.",
            "Febry",
        ),
        (
            '"Di lokasi ditemukan 16 jenazah," kata juru bicara militer Sudan, Santo Domic Chol.',
            "Santo Domic Chol",
        ),
        (
            'CEO Wavecell Olivier Gerhardt dalam rilisnya mengatakan, "Kami siap terus tumbuh di'
            ' sini."',
            None,  # the tagger reads "Wavecell Olivier Gerhardt": only the cue is tested
        ),
    ],
)
def test_speaker_across_a_phrase(text: str, speaker: str | None, res: NlpResources) -> None:
    quotes = _quotes(text, res)
    assert len(quotes) == 1
    if speaker is not None:
        assert quotes[0][1] == speaker
    assert quotes[0][2] in {"mengatakan", "kata"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kepala Dinas Perumahan Rakyat DKI Jakarta, Arifin memastikan bahwa dana itu aman."
            " Menurutnya, sejauh ini belum ada arahan lebih lanjut.",
            "Arifin",
        ),
        (
            "Menurut keterangan pihak SPLA, Allen sudah meliput kegiatan mereka selama sepekan.",
            "SPLA",
        ),
        ("Romo Albertus Hani Rudi Hartoko menuturkan kunci hidup rukun adalah sabar.", None),
    ],
)
def test_menurut_forms_and_honorifics(text: str, speaker: str | None, res: NlpResources) -> None:
    quotes = _quotes(text, res)
    assert quotes[-1][1] == (speaker or "Albertus Hani Rudi Hartoko")


def test_unnamed_speaker_is_not_the_last_one(res: NlpResources) -> None:
    text = (
        '"Ada 16 jenazah di lokasi itu," kata juru bicara militer Sudan, Santo Domic Chol.\n\n'
        '"Kami turut berduka buat keluarganya," kata seorang anggota pemberontak.'
    )
    assert [q[1] for q in _quotes(text, res)] == ["Santo Domic Chol", None]


def test_speaker_in_the_next_sentence(res: NlpResources) -> None:
    text = (
        'Presiden Joko Widodo datang. "Kami akan terus membantu para korban banjir itu." Hal itu'
        " disampaikan Kepala BNPB Sutopo Purwo Nugroho di Jakarta, Senin."
    )
    quotes = _quotes(text, res)
    assert [(q[1], q[2]) for q in quotes] == [("Sutopo Purwo Nugroho", "disampaikan")]


def test_appeal_is_a_quote_only_in_quote_marks(res: NlpResources) -> None:
    reported = "Pemerintah meminta sekolah itu ditutup selama dua pekan untuk penyelidikan."
    assert _quotes(reported, res) == []
    quoted = 'Gubernur Anies Baswedan meminta, "Warga harus tetap di rumah sampai banjir surut."'
    assert [(q[0], q[1]) for q in _quotes(quoted, res)] == [("direct", "Anies Baswedan")]


def test_unnamed_reported_speech_has_no_speaker(res: NlpResources) -> None:
    text = (
        "Sebagian besar kebakaran hutan dipicu oleh ulah manusia, menurut sebuah studi baru."
        " Lonjakan kebakaran diperparah oleh urbanisasi, kata mereka."
    )
    assert [(q[0], q[1]) for q in _quotes(text, res)] == [("indirect", None), ("indirect", None)]


def test_described_speaker_points_back(res: NlpResources) -> None:
    text = (
        '"Ini logo pasukan saya dulu," jelas veteran Wimo Sumanto.\n\n'
        '"Kami bertempur tiga hari tiga malam di sana," kata Veteran itu.'
    )
    assert [q[1] for q in _quotes(text, res)] == ["Wimo Sumanto", "Wimo Sumanto"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Wakil Ketua DPRD DKI Jakarta M Taufik, politisi Gerindra itu mengaku baru kali ini"
            " ada yang serius.",
            "M Taufik",
        ),
        (
            "Head Engineering Pertamina Arden Team, Gaetan Jego, mengatakan, peluang timnya cukup"
            " terbuka.",
            "Gaetan Jego",
        ),
        (
            "Menteri Dalam Negeri Tjahjo Kumolo dalam pengarahannya mengingatkan, bahwa investasi"
            " sangat penting.",
            "Tjahjo Kumolo",
        ),
        (
            '"Mereka akan diperiksa sebagai saksi," ujar Juru Bicara KPK, Febri Diansyah saat'
            " dikonfirmasi.",
            "Febri Diansyah",
        ),
        (
            '"Secara keseluruhan kondisinya stabil," kata Kabid Dokkes Polda Papua Kombes drg.'
            " Raymond, seperti dilansir Antara.",
            "Raymond",
        ),
    ],
)
def test_role_and_description_around_a_name(text: str, speaker: str, res: NlpResources) -> None:
    assert [q[1] for q in _quotes(text, res)] == [speaker]


def test_no_speaker_or_appeal(res: NlpResources) -> None:
    assert _quotes("Untuk memastikan apa yang dibakar, kasus itu ditangani polisi.", res) == []
    appeal = (
        "Salah seorang veteran, Wimo Sumanto, mengingatkan kepada para pemuda untuk meningkatkan"
        " jiwa nasionalisme."
    )
    assert _quotes(appeal, res) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Jangan berhenti, harus diusut motivasinya," kata Mendagri usai acara di Solo.\n\n'
            "Menteri Dalam Negeri Tjahjo Kumolo lalu pulang.",
            "Tjahjo Kumolo",
        ),
        (
            '"Sistem pengamanan dilakukan secara terbuka," kata Kabag Ops Polrestro Bekasi Kota,'
            " Kompol Aslan Solastomo, di Bekasi.",
            "Aslan Solastomo",
        ),
        (
            '"Personel gabungan sudah siaga di sana," kata Kapolda Bengkulu Brigjen Pol Coki'
            " Manurung.",
            "Coki Manurung",
        ),
    ],
)
def test_role_titles_and_abbreviations(text: str, speaker: str, res: NlpResources) -> None:
    assert [q[1] for q in _quotes(text, res)] == [speaker]


@given(st.text(alphabet='ab ,."“”\n', max_size=80))
def test_quoted_passages_are_ordered_and_inside_the_text(text: str) -> None:
    pairs = quoted_passages(text, frozenset({"kata"}))
    last = -1
    for open_at, close_at in pairs:
        assert last < open_at < close_at <= len(text)
        assert text[open_at] in OPEN_MARKS
        last = close_at


def test_a_quote_reopened_in_the_next_paragraph_runs_on() -> None:
    text = '"Kami siap bekerja.\n\n"Kami juga siap membantu," kata Budi.'
    assert quoted_passages(text, frozenset({"kata"})) == [(0, text.index('" kata'))]
