#!/usr/bin/env python3
"""Scores of one run per language and split: the dev set's develop and check splits, and the held-out set's
documents h000–h053 (h054–h077 are kept for a final measurement and are never scored here).

    .venv/bin/diplo extract ../shared/eval/dev/*.txt bench/heldout/h0[0-4]?.txt bench/heldout/h05[0-3].txt \\
        --format jsonl > r.jsonl
    python3 bench/language_scores.py r.jsonl [--languages nl de]

Prints events F1 (precision, recall), persons F1, affiliation accuracy and actors F1 for each language and
split; the check split (dev documents numbered 3 mod 4) only as scores. Standard library only; the scorer is
../shared/eval/score.py.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
HELD_OUT = ROOT / "bench" / "heldout"
LAST_OPEN = 53  # h000–h053 may be scored while developing; the rest are reserved


def splits() -> dict[str, list[Path]]:
    """Gold files of each split."""
    dev = sorted((EVAL / "dev").glob("*.gold.json"))
    return {"develop": [g for g in dev if int(g.name[:3]) % 4 != 3],
            "check": [g for g in dev if int(g.name[:3]) % 4 == 3],
            "h000-h053": [g for g in sorted(HELD_OUT.glob("h*.gold.json")) if int(g.name[1:4]) <= LAST_OPEN]}


def scored(golds: list[Path], records: dict) -> dict:
    from score import score

    with tempfile.TemporaryDirectory() as folder:
        for gold in golds:
            shutil.copy(gold, folder)
        return score(folder, records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path)
    parser.add_argument("--languages", nargs="+", default=["en", "fr", "nl", "de"])
    args = parser.parse_args()
    sys.path.insert(0, str(EVAL))
    from score import load_records

    records = load_records(args.records)
    print(f"{'split':10s} {'lang':4s} {'docs':>4s}  {'events F1 (P / R)':22s} {'persons':>7s} {'affil.':>6s} {'actors':>6s}")
    for split, golds in splits().items():
        for code in args.languages:
            chosen = [g for g in golds if json.loads(g.read_text(encoding="utf-8"))["language"] == code]
            if not chosen:
                continue
            result = scored(chosen, records)
            events = result["events"]
            affiliation = result["affiliation_acc"]
            print(f"{split:10s} {code:4s} {len(chosen):4d}  {events['f1']:.3f} ({events['p']:.3f} / {events['r']:.3f})"
                  f"   {result['persons']['f1']:7.3f} {'  n/a' if affiliation is None else f'{affiliation:6.3f}'}"
                  f" {result['actors']['f1']:6.3f}")


if __name__ == "__main__":
    main()
