"""Train warta's Indonesian NER tagger (same code as ``warta train ner``).

Usage: python scripts/train_ner.py [--out MODEL] [--shared ../shared] [--with-dev]

The packaged model is trained with ``--with-dev`` (train + dev splits, after features and
c1/c2 were chosen on dev); without it the dev F1s are printed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from warta.nlp.ner_train import NerData, train_ner


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="model file (default: packaged)")
    parser.add_argument("--shared", type=Path, default=None, help="shared data folder")
    parser.add_argument("--with-dev", action="store_true", help="also train on dev/valid")
    args = parser.parse_args()
    data = NerData(args.shared) if args.shared else NerData()
    report = train_ner(args.out, data=data, with_dev=args.with_dev)
    print(" ".join(f"{k}={v:.2f}" for k, v in report.items()))


if __name__ == "__main__":
    main()
