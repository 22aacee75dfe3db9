"""Train warta's Indonesian NER tagger (same code as ``warta train ner``).

Usage: python scripts/train_ner.py [--out MODEL] [--shared ../shared]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from warta.nlp.ner_train import NerData, train_ner


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="model file (default: packaged)")
    parser.add_argument("--shared", type=Path, default=None, help="shared data folder")
    args = parser.parse_args()
    data = NerData(args.shared) if args.shared else NerData()
    report = train_ner(args.out, data=data)
    print(" ".join(f"{k}={v:.2f}" for k, v in report.items()))


if __name__ == "__main__":
    main()
