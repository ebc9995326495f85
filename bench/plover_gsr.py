"""diplo's events on the PLOVER gold-standard records (openeventdata/PLOVER, CC BY-SA 4.0), sentence by sentence.

    python bench/plover_gsr.py PATH/TO/PLOVER_GSR_CAMEO.txt

The file is not part of diplo: fetch the PLOVER repository and point at its
`gold_standard_records/PLOVER_GSR_CAMEO.txt`. Each record is one English sentence
with one gold event type (PLOVER 0.5: DEMAND is diplo's REQUEST; DISAPPROVE and
INVESTIGATE are ACCUSE; FIGHT is ASSAULT). Prints, over the records: the share
where diplo codes an asserted event of the gold type, the share where it codes
none, and the share where it codes only other types; then the same per type.
A signal from text diplo was not written against, beside the dev set.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from diplo.api import extract_text
from diplo.export.record import UNASSERTED

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    records = [r for r in json.loads(args.path.read_text(encoding="utf-8")) if r.get("text")]
    outcome: Counter = Counter()
    by_type: dict[str, Counter] = {}
    for record in records:
        gold = OLD_NAMES.get(record["event"], record["event"])
        types = {e.type for e in extract_text(record["text"]).events if e.modality not in UNASSERTED}
        result = "right type" if gold in types else "no event" if not types else "other types"
        outcome[result] += 1
        by_type.setdefault(gold, Counter())[result] += 1
    print(f"{len(records)} sentences: " + ", ".join(f"{k} {v / len(records):.0%}" for k, v in outcome.most_common()))
    for gold, counts in sorted(by_type.items(), key=lambda kv: -sum(kv[1].values())):
        total = sum(counts.values())
        print(f"  {gold:10s} {total:4d}  right {counts['right type'] / total:4.0%}  none {counts['no event'] / total:4.0%}"
              f"  other {counts['other types'] / total:4.0%}")


if __name__ == "__main__":
    main()
