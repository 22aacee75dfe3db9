"""Synthesise a scraped-text test set from IndoSum in outlet styles that scraped-dev does not have.

    python bench/make_scraped_set.py OUT [--n 240] [--seed 7]

Reads ``../shared/data/indosum/dev.0*.jsonl``, keeps articles NOT in fold 01
(``split_public_dev_ids.txt``, the tuning fold), detokenises them (no space before . , ; : ! ? ) %,
none after (, quotes attach to what they enclose), drops IndoSum's own leftovers ("Baca juga ...")
and its original dateline, then lays each article out as a page of one of eight styles (kumparan,
suara, idntimes, sindonews, merdeka, republika, bisnis, detikFinance): header leftovers, bylines,
dates in WIB/WITA/WIT, a dateline, captions with credits, "Baca juga" inserts, promos, sign-offs
and footers. Writes ``OUT/txt/<id>.txt`` and ``OUT/gold/<id>.json`` in the scraped-dev gold format
(so ``../shared/tools/score_clean.py score OUT results.jsonl`` works) plus ``line_roles`` (1-based
line -> role). OUT is not committed: make it under /tmp, e.g. ``/tmp/scraped-synth``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
INDOSUM = SHARED / "data" / "indosum"
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
MON3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ZONES = [("WIB", 7), ("WIB", 7), ("WIB", 7), ("WITA", 8), ("WIT", 9)]
NAMES = [
    "Adi Nugroho",
    "Rina Marlina",
    "Fajar Pratama",
    "Dewi Kartika Sari",
    "Yoga Prasetyo",
    "Nur Hidayah",
    "Bambang Sutejo",
    "Putri Ayu Lestari",
    "Hendra Wijaya",
    "Siti Rahmawati",
    "Rizal Fahmi",
    "Agus Salim Harahap",
    "Mega Puspita",
    "Teguh Firmansyah",
    "Lia Anggraini",
    "Wahyu Setiawan",
    "Desy Ratnasari",
    "Imam Santoso",
]
PLACES = [
    "Jakarta",
    "Surabaya",
    "Bandung",
    "Medan",
    "Makassar",
    "Semarang",
    "Denpasar",
    "Yogyakarta",
    "Palembang",
    "Jayapura",
]
RELATED_RATE = 0.15  # chance of an extra "Baca juga" after a paragraph
PROMO_RATE = 0.08  # chance of a promo / ad line after a paragraph
NO_TITLE_RATE = 0.15  # pages whose scrape lost the headline
NO_DATE_RATE = 0.15  # pages that show no date
MID_LEFTOVERS = [
    "ADVERTISEMENT",
    "Advertisement",
    "Scroll untuk melanjutkan membaca",
    "Ikuti kami di Google News",
    "Bagikan artikel ini",
    "Iklan",
    "Lanjutkan membaca artikel di bawah",
]
_LEFTOVER = re.compile(r"^[(\[]?\s*(?:baca juga|baca|lihat juga|simak|saksikan)\b", re.I)
_ORIG_DATELINE = re.compile(r"^(?:[A-Z][\w.]*[ ,]*){1,6}(?:\([^)]{2,30}\))?\s*(?:- -|-{1,2}|–)\s+")
_ORIG_SIGNOFF = re.compile(r"\s*[(\[][A-Za-z/ ]{2,20}[)\]]$")


def detokenize(sentences: list[list[str]]) -> str:
    out = ""
    quote_open = False
    for sent in sentences:
        for tok in sent:
            if tok in ('"', "“", "”"):
                if quote_open:
                    out += '"'
                else:
                    out += (" " if out and not out.endswith(("(", " ")) else "") + '"'
                quote_open = not quote_open
                continue
            glue = not out or out.endswith(("(", "/")) or (out.endswith('"') and quote_open)
            if tok in (".", ",", ";", ":", "!", "?", ")", "%", "/") or glue:
                out += tok
            else:
                out += " " + tok
    return re.sub(r"\s+", " ", out).strip()


def load_articles(n: int, rng: random.Random) -> list[dict]:
    fold01 = set((INDOSUM / "split_public_dev_ids.txt").read_text().split())
    seen: dict[str, dict] = {}
    for f in sorted(INDOSUM.glob("dev.0*.jsonl")):
        for line in f.open(encoding="utf-8"):
            rec = json.loads(line)
            if rec["id"] not in fold01 and rec["id"] not in seen:
                seen[rec["id"]] = rec
    ids = sorted(seen)
    rng.shuffle(ids)
    out = []
    for i in ids:
        paras = [detokenize(p) for p in seen[i]["paragraphs"]]
        paras = [p for p in paras if p and not _LEFTOVER.match(p) and len(p) > 20]
        if len(paras) < 3:
            continue
        paras[0] = _ORIG_DATELINE.sub("", paras[0], count=1)
        paras[-1] = _ORIG_SIGNOFF.sub("", paras[-1])
        if not paras[0] or not paras[0][0].isalnum():
            continue
        title = seen[i]["id"].split("-", 1)[1].replace("-", " ").strip().title()
        out.append({"id": i, "title": title, "paras": paras, "ts": int(i.split("-")[0])})
        if len(out) >= n:
            break
    return out


class Page:
    """Collects lines with roles; blank lines between them, as scraped text usually has."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, str]] = []

    def add(self, text: str, role: str) -> None:
        self.lines.append((text, role))

    def render(self) -> tuple[str, dict[str, str]]:
        out, roles = [], {}
        for text, role in self.lines:
            out.append(text)
            roles[str(len(out))] = role
            out.append("")
        return "\n".join(out).rstrip("\n") + "\n", roles


def when(ts: int, rng: random.Random) -> dict:
    import datetime as dt

    zone, off = rng.choice(ZONES)
    d = dt.datetime.fromtimestamp(ts, dt.timezone(dt.timedelta(hours=off)))
    d = d.replace(second=0)
    return {"d": d, "zone": zone, "iso": d.isoformat(timespec="seconds")}


def _long(w: dict) -> str:
    d = w["d"]
    return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"


def _hm(w: dict, sep: str = ":") -> str:
    return f"{w['d'].hour:02d}{sep}{w['d'].minute:02d}"


def _related(rng: random.Random, pool: list[str]) -> str:
    return rng.choice(pool)


Style = Callable[[Page, dict, dict, random.Random, list[str]], dict]


def kumparan(p: Page, a: dict, w: dict, rng: random.Random, pool: list[str]) -> dict:
    author = rng.choice(NAMES)
    p.add("kumparanNEWS", "boilerplate")
    p.add(a["title"], "title")
    p.add(author, "byline")
    p.add(f"{w['d'].day} {MONTHS[w['d'].month - 1]} {w['d'].year} {_hm(w)} {w['zone']}", "dateinfo")
    p.add("Konten dari Pengguna", "boilerplate")
    _body(
        p, a, "", rng, pool, "Baca juga: ", caption=("Ilustrasi. Foto: Shutterstock", "Ilustrasi")
    )
    p.add("Baca Lainnya", "boilerplate")
    p.add("Sedang memuat...", "boilerplate")
    return {
        "outlet": "kumparan",
        "aliases": ["Kumparan", "kumparanNEWS", "kumparan.com"],
        "authors": [author],
        "dateline": None,
    }


def suara(p: Page, a: dict, w: dict, rng: random.Random, pool: list[str]) -> dict:
    author = rng.choice(NAMES)
    p.add("Scroll untuk membaca artikel", "boilerplate")
    p.add(author, "byline")
    p.add(f"{_long(w)} | {_hm(w)} {w['zone']}", "dateinfo")
    p.add("Ilustrasi suasana di lokasi. [Suara.com/Ema Rohimah]", "caption")
    dl = "Suara.com - "
    _body(p, a, dl, rng, pool, "Baca Juga: ", tail=" [ANTARA]")
    p.add("Load More", "boilerplate")
    return {
        "outlet": "Suara.com",
        "aliases": ["Suara", "suara.com"],
        "authors": [author],
        "dateline": {"place": None, "outlet": "Suara.com", "text": dl},
        "agency": "ANTARA",
    }


def idntimes(p: Page, a: dict, w: dict, rng: random.Random, pool: list[str]) -> dict:
    author = rng.choice(NAMES)
    place = rng.choice(PLACES)
    p.add(a["title"], "title")
    if rng.random() < 0.6:  # IDN Times shows a one-line deck under the headline
        deck = " ".join(a["paras"][-1].split()[:9]).rstrip(',.;:"')
        p.add(deck[0].upper() + deck[1:], "subtitle")
    p.add(f"{_long(w)} | {_hm(w)} {w['zone']}", "dateinfo")
    dl = f"{place}, IDN Times - "
    _body(
        p,
        a,
        dl,
        rng,
        pool,
        "Baca Juga: ",
        heading=True,
        caption=(a["title"] + "Ilustrasi (instagram.com/idntimes)", "Ilustrasi"),
    )
    p.add(f"{author} Photo Verified Writer {author}", "byline")
    p.add("Editorial Team", "boilerplate")
    p.add("Topik:", "boilerplate")
    p.add("Berita Terkini Lainnya", "boilerplate")
    return {
        "outlet": "IDN Times",
        "aliases": ["idntimes.com", "IDNTimes"],
        "authors": [author],
        "dateline": {"place": place, "outlet": "IDN Times", "text": dl},
    }


def sindonews(p: Page, a: dict, w: dict, rng: random.Random, pool: list[str]) -> dict:
    author = rng.choice(NAMES)
    place = rng.choice(PLACES).upper()
    p.add("Sindonews.com", "boilerplate")
    p.add("Home > Nasional > Hukum", "boilerplate")
    p.add(a["title"], "title")
    p.add(f"{author}", "byline")
    p.add(f"{_long(w)} - {_hm(w)} {w['zone']}", "dateinfo")
    dl = f"{place} - "
    code = rng.choice(["(ven)", "(kri)", "(maf)"])
    _body(p, a, dl, rng, pool, "Baca Juga: ", tail=" " + code)
    p.add("Berita Terkait", "related")
    for _ in range(3):
        p.add(_related(rng, pool), "related")
    p.add("Copyright © 2017 SINDOnews.com, All Rights Reserved", "boilerplate")
    return {
        "outlet": "SINDOnews",
        "aliases": ["Sindonews.com", "sindonews"],
        "authors": [author],
        "dateline": {"place": place, "outlet": None, "text": dl},
        "signoff": code,
    }


def merdeka(p: Page, a: dict, w: dict, rng: random.Random, pool: list[str]) -> dict:
    author = rng.choice(NAMES)
    p.add("Merdeka.com » Peristiwa", "boilerplate")
    p.add(a["title"], "title")
    p.add(f"Reporter : {author}", "byline")
    p.add(f"{_long(w)} {_hm(w)}", "dateinfo")
    p.add("Ilustrasi. ©2017 Merdeka.com", "caption")
    dl = "Merdeka.com - "
    code = rng.choice(["[ded]", "[cob]", "[has]"])
    _body(p, a, dl, rng, pool, "Baca juga:\n", tail=" " + code)
    p.add("Topik berita Terkait:", "boilerplate")
    p.add("Kasus Korupsi", "boilerplate")
    return {
        "outlet": "Merdeka.com",
        "aliases": ["Merdeka", "merdeka.com"],
        "authors": [author],
        "dateline": {"place": None, "outlet": "Merdeka.com", "text": dl},
        "signoff": code,
        "zone_default": True,
    }


def republika(p: Page, a: dict, w: dict, rng: random.Random, pool: list[str]) -> dict:
    author, editor = rng.sample(NAMES, 2)
    p.add(a["title"], "title")
    d = w["d"]
    p.add(
        f"{DAYS[d.weekday()]} {d.day:02d} {MON3[d.month - 1]} {d.year} {_hm(w)} {w['zone']}",
        "dateinfo",
    )
    p.add(f"Rep: {author}/ Red: {editor}", "byline")
    p.add("Foto: Republika/Prayogi", "caption")
    place = rng.choice(PLACES).upper()
    dl = f"REPUBLIKA.CO.ID, {place} -- "
    _body(p, a, dl, rng, pool, "BACA JUGA: ")
    p.add("Sumber : Antara", "byline")
    p.add("Berita Terpopuler", "related")
    p.add(_related(rng, pool), "related")
    return {
        "outlet": "REPUBLIKA.CO.ID",
        "aliases": ["Republika", "republika.co.id"],
        "agency": "ANTARA",  # "Sumber : Antara": the story is ANTARA's
        "authors": [author],
        "dateline": {"place": place, "outlet": "REPUBLIKA.CO.ID", "text": dl},
    }


def bisnis(p: Page, a: dict, w: dict, rng: random.Random, pool: list[str]) -> dict:
    author, editor = rng.sample(NAMES, 2)
    p.add("Bisnis.com", "boilerplate")
    p.add(a["title"], "title")
    p.add(f"Penulis : {author}", "byline")
    p.add(
        f"{w['d'].day:02d} {MONTHS[w['d'].month - 1]} {w['d'].year} | {_hm(w)} {w['zone']}",
        "dateinfo",
    )
    place = rng.choice(PLACES).upper()
    dl = f"Bisnis.com, {place} - "
    _body(p, a, dl, rng, pool, "Baca Juga : ", promo="Simak Video Pilihan di Bawah Ini :")
    p.add(f"Editor : {editor}", "byline")
    p.add("Konten Premium", "boilerplate")
    p.add("Topik: Ekonomi", "boilerplate")
    return {
        "outlet": "Bisnis.com",
        "aliases": ["Bisnis", "bisnis.com"],
        "authors": [author],
        "dateline": {"place": place, "outlet": "Bisnis.com", "text": dl},
    }


def detikfinance(p: Page, a: dict, w: dict, rng: random.Random, pool: list[str]) -> dict:
    author = rng.choice(NAMES)
    d = w["d"]
    p.add("detikFinance", "boilerplate")
    p.add(a["title"], "title")
    p.add(f"{author} - detikFinance", "byline")
    p.add(
        f"{DAYS[d.weekday()]}, {d.day:02d} {MON3[d.month - 1]} {d.year} {_hm(w)} {w['zone']}",
        "dateinfo",
    )
    p.add("Foto: Dok. Istimewa", "caption")
    dl = "Jakarta - "
    code = rng.choice(["(das/das)", "(ang/hns)", "(eds/zlf)"])
    _body(
        p, a, dl, rng, pool, "Baca juga: ", tail=" " + code, promo="SCROLL TO CONTINUE WITH CONTENT"
    )
    p.add("Lihat Video: " + _related(rng, pool), "related")
    p.add("Berita Terkait", "related")
    p.add(_related(rng, pool), "related")
    return {
        "outlet": "detikFinance",
        "aliases": ["detik", "detikcom", "detik.com"],
        "authors": [author],
        "dateline": {"place": "Jakarta", "outlet": None, "text": dl},
        "signoff": code,
    }


def _body(
    p: Page,
    a: dict,
    dateline: str,
    rng: random.Random,
    pool: list[str],
    rel: str,
    *,
    tail: str = "",
    heading: bool = False,
    caption: tuple[str, str] | None = None,
    promo: str = "ADVERTISEMENT",
) -> None:
    paras = a["paras"]
    for i, para in enumerate(paras):
        text = (dateline + para) if i == 0 else para
        if i == len(paras) - 1:
            text += tail
        if heading and i in (2, 5) and i < len(paras) - 1:
            words = para.split()[:6]
            p.add(f"{1 if i == 2 else 2}. Soal {' '.join(words).rstrip(',.;:')}", "heading")
            if caption:
                p.add(caption[0], "caption")
        p.add(text, "body")
        if i == len(paras) - 1:
            continue
        if i == 1 or (i > 2 and rng.random() < RELATED_RATE):
            if "\n" in rel:
                p.add(rel.strip(), "related")
                p.add(_related(rng, pool), "related")
            else:
                p.add(rel + _related(rng, pool), "related")
        if (i == 2 and len(paras) > 4) or rng.random() < PROMO_RATE:
            p.add(rng.choice([promo, promo, *MID_LEFTOVERS]), "boilerplate")
        if caption and not heading and i == 0:
            p.add(caption[0], "caption")


STYLES: dict[str, Style] = {
    f.__name__: f
    for f in (kumparan, suara, idntimes, sindonews, merdeka, republika, bisnis, detikfinance)
}


def write_page(out: Path, a: dict, style: str, rng: random.Random, pool: list[str]) -> None:
    """Lay one article out in ``style``; write its text and its gold."""
    page, w = Page(), when(a["ts"], rng)
    info = STYLES[style](page, a, w, rng, pool)
    published: str | None = w["iso"]
    if rng.random() < NO_TITLE_RATE:
        page.lines = [(t, r) for t, r in page.lines if r != "title"]
    if rng.random() < NO_DATE_RATE:
        page.lines = [(t, r) for t, r in page.lines if r != "dateinfo"]
        published = None
    text, roles = page.render()
    if published and info.get("zone_default"):  # the page shows no zone: read as WIB
        published = w["d"].replace(tzinfo=None).isoformat(timespec="seconds") + "+07:00"
    junk = [
        {"text": t, "role": r, "where": "both"}
        for t, r in page.lines
        if r not in ("body", "heading")
    ]
    gold = {
        "id": a["id"],
        "style": style,
        "outlet": info["outlet"],
        "outlet_aliases": info["aliases"],
        "title": next((t for t, r in page.lines if r == "title"), None),
        "subtitle": next((t for t, r in page.lines if r == "subtitle"), None),
        "authors": info["authors"],
        "published": published,
        "timezone": w["zone"],
        "dateline": info["dateline"],
        "signoff": info.get("signoff"),
        "agency": info.get("agency"),
        "body_paragraphs": a["paras"],
        "junk_lines": junk,
        "line_roles": roles,
    }
    (out / "txt" / f"{a['id']}.txt").write_text(text, encoding="utf-8")
    (out / "gold" / f"{a['id']}.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=240)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    if not INDOSUM.exists():
        print(f"make_scraped_set: {INDOSUM} is absent", file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    arts = load_articles(args.n, rng)
    pool = [x["title"] for x in arts]
    out = Path(args.out)
    (out / "txt").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    names = sorted(STYLES)
    for k, a in enumerate(arts):
        write_page(out, a, names[k % len(names)], rng, pool)
    print(f"wrote {len(arts)} pages in {len(names)} styles to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
