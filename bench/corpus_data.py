"""IndoSum (CC BY-SA 4.0) as raw scraper-like records for the corpus benchmarks, and the
generators of outlet re-writes and near-copies used to label them.

Splits: ``dev`` = the public dev ids (fold 01, the only tuning split); ``heldout`` = every other
article (reported numbers). ``published`` comes from the Unix timestamp that starts each id.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _indosum import INDOSUM, article_text  # noqa: E402

WIB = dt.timezone(dt.timedelta(hours=7))
SENTENCE = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])")
# Related-article links sit between paragraphs; credits and calls to action close a page.
MIDDLE_LEFTOVERS = ["Baca juga: {title}", "BACA JUGA: {title}", "Lihat juga: {title}"]
END_LEFTOVERS = [
    "Simak video pilihan berikut ini:",
    "(ant/{initials})",
    "Editor: {name}",
    "Dapatkan update berita pilihan setiap hari di kanal kami.",
]
OUTLETS = ["Kabar Kita", "Warta Nusa", "Suara Pagi", "Berita Kota", "Harian Rakyat", "Info Daerah"]
NAMES = ["Andi Saputra", "Rina Wulandari", "Budi Santoso", "Dewi Lestari", "Agus Salim"]


def load(split: str = "heldout") -> list[dict[str, Any]]:
    """IndoSum articles of one split (``dev``, ``heldout`` or ``all``), sorted by id."""
    dev = set((INDOSUM / "split_public_dev_ids.txt").read_text().split())
    seen: dict[str, dict[str, Any]] = {}
    for fold in sorted(INDOSUM.glob("dev.0*.jsonl")):
        for line in fold.open(encoding="utf-8"):
            r = json.loads(line)
            if r["id"] in seen or (split == "dev") != (r["id"] in dev) and split != "all":
                continue
            ts = int(r["id"].split("-", 1)[0])
            seen[r["id"]] = {
                "id": r["id"],
                "text": article_text(r),
                "published": dt.datetime.fromtimestamp(ts, WIB).isoformat(),
                "outlet": r.get("source"),
                "url": r.get("source_url"),
                "title": r["id"].split("-", 1)[1].replace("-", " ").capitalize(),
            }
    return [seen[k] for k in sorted(seen)]


def sentences(text: str) -> list[list[str]]:
    return [SENTENCE.split(p) for p in text.split("\n\n") if p.strip()]


def leftover(rng: random.Random, titles: list[str], end: bool = False) -> str:
    name = rng.choice(NAMES)
    return rng.choice(END_LEFTOVERS if end else MIDDLE_LEFTOVERS).format(
        title=rng.choice(titles), name=name, initials="".join(w[0].lower() for w in name.split())
    )


def rewrite(
    record: dict[str, Any], rng: random.Random, titles: list[str], n: int
) -> dict[str, Any]:
    """Another outlet's re-write of the same report: some sentences dropped, a few paragraphs
    reordered, the end truncated, other leftovers, published within hours."""
    paras = sentences(record["text"])
    kept = [[s for j, s in enumerate(p) if j == 0 or rng.random() > 0.3] for p in paras]
    if len(kept) > 3:
        i = rng.randrange(1, len(kept) - 1)
        kept[i], kept[i + 1] = kept[i + 1], kept[i]
    kept = kept[: max(2, int(len(kept) * rng.uniform(0.6, 1.0)))]
    body = [" ".join(p) for p in kept]
    body.insert(rng.randrange(1, len(body) + 1), leftover(rng, titles))
    body.append(leftover(rng, titles, end=True))
    published = dt.datetime.fromisoformat(record["published"]) + dt.timedelta(
        minutes=rng.randint(20, 600)
    )
    return {
        "id": f"{record['id']}~rw{n}",
        "text": "\n\n".join(body),
        "published": published.isoformat(),
        "outlet": rng.choice(OUTLETS),
        "title": record["title"],
    }


def near_copy(
    record: dict[str, Any], rng: random.Random, titles: list[str], n: int
) -> dict[str, Any]:
    """A wire story or press release re-published: a few words edited, a sentence reordered
    or dropped, the outlet's own leftovers added around it."""
    paras = [list(p) for p in sentences(record["text"])]
    for _ in range(rng.randint(1, 4)):
        p = rng.choice(paras)
        j = rng.randrange(len(p))
        words = p[j].split(" ")
        k = rng.randrange(len(words))
        words[k] = rng.choice(["pun", "juga", "tersebut", "itu", "kini", "pula"])
        p[j] = " ".join(words)
    if rng.random() < 0.5 and len(paras) > 3:
        paras.pop(rng.randrange(1, len(paras)))
    if rng.random() < 0.5 and len(paras) > 3:
        i = rng.randrange(1, len(paras) - 1)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]
    body = [" ".join(p) for p in paras]
    body.insert(0, f"{rng.choice(['JAKARTA', 'BANDUNG', 'SURABAYA'])}, {rng.choice(OUTLETS)} -")
    for _ in range(rng.randint(1, 2)):
        body.insert(rng.randrange(2, len(body) + 1), leftover(rng, titles))
    if rng.random() < 0.7:
        body.append(leftover(rng, titles, end=True))
    published = dt.datetime.fromisoformat(record["published"]) + dt.timedelta(
        minutes=rng.randint(5, 2000)
    )
    return {
        "id": f"{record['id']}~cp{n}",
        "text": "\n\n".join(body),
        "published": published.isoformat(),
        "outlet": rng.choice(OUTLETS),
    }


def write_jsonl(records: Iterable[dict[str, Any]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path
