"""Reading IndoSum (CC BY-SA 4.0) for the benchmarks: fold 01 articles as readable text.

IndoSum text is tokenised; detokenize with the usual spacing rules (no space before closing
punctuation, none after an opening bracket, quote marks attach to the words they enclose).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
INDOSUM = SHARED / "data" / "indosum"
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "%", "]", "...", "”", "’"}
_NO_SPACE_AFTER = {"(", "[", "“", "‘"}


def detokenize(tokens: list[str], quote_open: bool = False) -> tuple[str, bool]:
    """Readable text of one sentence; ``quote_open`` carries a straight quote across sentences."""
    out: list[str] = []
    glue_next = False
    for tok in tokens:
        if tok == '"':
            if quote_open:
                if out:
                    out[-1] = out[-1] + '"'
                else:
                    out.append('"')
                quote_open = False
                continue
            quote_open = True
            out.append('"')
            glue_next = True
            continue
        if tok in _NO_SPACE_BEFORE and out or glue_next and out:
            out[-1] = out[-1] + tok
        else:
            out.append(tok)
        glue_next = tok in _NO_SPACE_AFTER
    return " ".join(out), quote_open


def article_text(record: dict) -> str:
    """Paragraphs joined by blank lines; a quote can open in one sentence and close later."""
    paras = []
    for para in record["paragraphs"]:
        quote_open = False
        sents = []
        for sent in para:
            text, quote_open = detokenize(sent, quote_open)
            sents.append(text)
        paras.append(" ".join(sents))
    return "\n\n".join(paras)


def summary_text(record: dict) -> list[str]:
    return [detokenize(s)[0] for s in record["summary"]]


def fold01() -> Iterator[dict]:
    """IndoSum dev fold 01 restricted to the public dev ids (the tuning split)."""
    ids = set((INDOSUM / "split_public_dev_ids.txt").read_text().split())
    with (INDOSUM / "dev.01.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in ids:
                yield record
