"""Copies: a generated near-copy joins the original's copy group, with the earliest publisher
and the credited agency; an unrelated article stays out."""

from __future__ import annotations

import json
import random
from pathlib import Path

from warta.link.fingerprint import content_hash, minhash, normalise_url, similarity
from warta.store import Store
from warta.store.ingest import ingest

SENTENCES = [
    "Pemerintah provinsi menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak akibat banjir.",
    "Kepala dinas pekerjaan umum mengatakan perbaikan akan dimulai pekan depan di tiga kecamatan.",
    "Warga berharap perbaikan selesai sebelum musim hujan berikutnya tiba di wilayah mereka.",
    "Anggota dewan meminta agar proses lelang dilakukan secara terbuka dan diawasi masyarakat.",
    "Dana yang disiapkan mencapai puluhan miliar rupiah dan berasal dari anggaran perubahan.",
    "Selain jalan, beberapa jembatan kecil juga masuk daftar prioritas perbaikan tahun ini.",
    "Petugas sudah melakukan survei lapangan untuk menghitung kebutuhan material dan tenaga kerja.",
    "Pemerintah juga akan memasang rambu sementara di titik yang dianggap berbahaya bagi pengendara.",
]
OTHER = [
    "Tim sepak bola kota itu memenangi pertandingan final setelah adu penalti yang menegangkan.",
    "Pelatih memuji semangat para pemain muda yang tampil tanpa rasa takut di depan pendukung lawan.",
    "Kemenangan ini menjadi gelar pertama klub tersebut dalam dua puluh tahun terakhir.",
    "Ribuan pendukung merayakan kemenangan di alun-alun hingga larut malam dengan tertib.",
    "Manajemen klub berjanji mempertahankan skuad inti untuk menghadapi musim kompetisi berikutnya.",
]


def near_copy(sentences: list[str], rng: random.Random) -> list[str]:
    out = list(sentences)
    out[2] = out[2].replace("Warga", "Masyarakat setempat")  # light edit
    out.insert(0, "JAKARTA -")
    out.append("Baca juga: Harga cabai naik menjelang lebaran")  # leftover
    return out


def test_fingerprints() -> None:
    assert content_hash("Halo,  dunia!") == content_hash("halo dunia")
    assert normalise_url("https://www.Kompas.com/a/b/?utm_source=x#top") == "kompas.com/a/b"
    assert normalise_url("not a url") is None
    a, b = minhash(" ".join(SENTENCES)), minhash(" ".join(near_copy(SENTENCES, random.Random(1))))
    assert similarity(a, b) > 0.7
    assert similarity(a, minhash(" ".join(OTHER))) < 0.1


def test_near_copy_grouped(tmp_path: Path) -> None:
    rng = random.Random(3)
    records = [
        {"id": "late", "text": "\n\n".join(near_copy(SENTENCES, rng)) + "\n\n(ANTARA)",
         "published": "2022-03-02T10:00:00+07:00", "outlet": "Later"},
        {"id": "orig", "text": "\n\n".join(SENTENCES) + " (ANTARA)",
         "published": "2022-03-01T08:00:00+07:00", "outlet": "First"},
        {"id": "other", "text": "\n\n".join(OTHER), "published": "2022-03-01T09:00:00+07:00",
         "outlet": "Sport"},
    ]  # fmt: skip
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    ingest([str(path)], tmp_path / "w.db", jobs=1, nlp=False)
    with Store.open(tmp_path / "w.db", readonly=True) as store:
        (group,) = store.copies()
        assert sorted(a["source"] for a in group["articles"]) == ["late", "orig"]
        assert group["first"] is not None and group["first"]["source"] == "orig"
        assert group["similarity"] is not None and group["similarity"] > 0.5
        assert group["agency"] == "ANTARA"
