"""Build src/warta/data/nlp/background_df.tsv: document frequencies of Sastrawi stems.

Source: IndoSum (Kurniawan & Louvan 2018, CC BY-SA 4.0) dev fold 01, public dev ids only (the
tuning split; the held-out ids stay unseen). Only counts are shipped (stems with df >= MIN_DF),
no text. Run: /work/venv/bin/python scripts/build_background.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from _indosum import article_text, fold01  # noqa: E402

# stems seen in fewer documents are mostly names and typos: the idf default covers them
MIN_DF = 2
OUT = ROOT / "src" / "warta" / "data" / "nlp" / "background_df.tsv"
COMMON = ROOT / "src" / "warta" / "data" / "nlp" / "common_words.txt"
# a word written in lower case in this many documents is an ordinary word, not a name
MIN_LOWER_DF = 3
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def main() -> None:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stem = StemmerFactory().create_stemmer().stem
    cache: dict[str, str] = {}
    df: Counter[str] = Counter()
    lower_df: Counter[str] = Counter()
    n_docs = 0
    for record in fold01():
        n_docs += 1
        found = {m.group() for m in _WORD.finditer(article_text(record))}
        lower_df.update(w for w in found if w.islower())
        words = {w.lower() for w in found}
        stems = set()
        for w in words:
            if w not in cache:
                cache[w] = stem(w)
            stems.add(cache[w])
            stems.add(w)  # unstemmed too: entity names are looked up as written
        df.update(stems)
    with OUT.open("w", encoding="utf-8") as out:
        out.write(
            "# Document frequencies of lower-cased words and their Sastrawi stems in IndoSum dev "
            "fold 01 (public dev ids; CC BY-SA 4.0, Kurniawan & Louvan 2018); built by "
            "scripts/build_background.py\n"
        )
        out.write(f"docs\t{n_docs}\n")
        for s, c in sorted(df.items(), key=lambda x: (-x[1], x[0])):
            if c >= MIN_DF and s.strip() == s and s:
                out.write(f"{s}\t{c}\n")
    common = sorted(w for w, c in lower_df.items() if c >= MIN_LOWER_DF)
    with COMMON.open("w", encoding="utf-8") as out:
        out.write(
            "# Words written in lower case in at least 3 documents of IndoSum dev fold 01 (CC BY-SA "
            "4.0): ordinary words, not names; built by scripts/build_background.py\n"
        )
        out.write("\n".join(common) + "\n")
    print(f"{len(common)} common words -> {COMMON}")
    print(f"{n_docs} documents, {sum(1 for c in df.values() if c >= MIN_DF)} terms -> {OUT}")


if __name__ == "__main__":
    main()
