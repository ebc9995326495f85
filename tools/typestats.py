#!/usr/bin/env python3
"""typestats.py RECORDS.jsonl : events recall and precision by PLOVER type on the develop split (first accepted type)."""
import collections
import json
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
sys.path.insert(0, str(EVAL))
from score import load_records, system_triples, top  # noqa: E402

records = load_records(sys.argv[1])
hit, total, extra = collections.Counter(), collections.Counter(), collections.Counter()
for path in sorted((EVAL / "dev").glob("*.gold.json")):
    if int(path.name[:3]) % 4 == 3:
        continue
    gold = json.loads(path.read_text(encoding="utf-8"))
    free = dict(system_triples(records.get(path.name[:3], {})))
    for g in sorted(gold["events"], key=lambda g: bool(g.get("optional"))):
        accept = [(str(a[0]).upper(), top(a[1]), top(a[2])) for a in g["accept"]]
        found = next((a for a in accept if a in free), None)
        if found:
            free.pop(found)
        if not g.get("optional"):
            total[accept[0][0]] += 1
            hit[accept[0][0]] += bool(found)
    for triple in free:
        extra[triple[0]] += 1
print(f"{'type':10s} {'gold':>5s} {'hit':>5s} {'recall':>7s} {'extra':>6s}")
for t, n in total.most_common():
    print(f"{t:10s} {n:5d} {hit[t]:5d} {hit[t] / n:7.2f} {extra[t]:6d}")
print(f"{'all':10s} {sum(total.values()):5d} {sum(hit.values()):5d} {sum(hit.values()) / sum(total.values()):7.2f} "
      f"{sum(extra.values()):6d}")
