#!/usr/bin/env python3
"""evdiff.py OLD.jsonl NEW.jsonl [GOLD_DIR] : events gained and lost between two runs (dev: develop split only)."""
import json
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
sys.path.insert(0, str(EVAL))
from score import load_records, match_events, system_triples, top  # noqa: E402


def outcome(gold, record):
    triples = system_triples(record)
    free = dict(triples)
    hits = set()
    for g in sorted(gold["events"], key=lambda g: bool(g.get("optional"))):
        accept = [(str(a[0]).upper(), top(a[1]), top(a[2])) for a in g["accept"]]
        found = next((a for a in accept if a in free), None)
        if found:
            free.pop(found)
            if not g.get("optional"):
                hits.add(accept[0])
    return hits, set(free)


old, new = load_records(sys.argv[1]), load_records(sys.argv[2])
gold_dir = Path(sys.argv[3]) if len(sys.argv) > 3 else EVAL / "dev"
for path in sorted(gold_dir.glob("*.gold.json")):
    name = path.name.split(".")[0]
    if gold_dir == EVAL / "dev" and int(name) % 4 == 3:
        continue
    gold = json.loads(path.read_text(encoding="utf-8"))
    (h0, x0), (h1, x1) = outcome(gold, old.get(name, {})), outcome(gold, new.get(name, {}))
    lines = [f"  +hit  {t}" for t in sorted(h1 - h0, key=str)] + [f"  -hit  {t}" for t in sorted(h0 - h1, key=str)]
    lines += [f"  +FP   {t}" for t in sorted(x1 - x0, key=str)] + [f"  -FP   {t}" for t in sorted(x0 - x1, key=str)]
    if lines:
        print(name, "\n".join(lines), sep="\n")
