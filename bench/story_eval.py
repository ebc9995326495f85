"""How well diplo groups reports into stories: B-cubed precision, recall and F1 against an expected grouping.

    .venv/bin/python bench/story_eval.py [REPORTS ...] [--expected FILE] [--db FILE] [--json]

REPORTS are files or folders diplo ingests (default: bench/stories/reports); --expected names a tab-separated
file with a header `report story type modality` (default: bench/stories/expected.tsv): each report's
file name, the story it tells (any label: reports with the same label tell one event), the PLOVER type of
that event and how the report tells it (happened, negated, hypothetical or requested).

The reports go through diplo's command line as a user's would: `diplo ingest` into a temporary store (or
--db), then `diplo stories --format jsonl`. A report is placed in the story of that type and modality that
holds most of its document's reports. B-cubed scores are computed twice: over every report (a report in
which diplo found no event of the type counts as a story of its own), and over the reports in which
diplo found one (the grouping itself). The pairs grouped wrongly are listed.
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).parent
REPORTS = HERE / "stories" / "reports"
EXPECTED = HERE / "stories" / "expected.tsv"


def diplo(*args: str) -> str:
    """Run diplo's command line; its standard output."""
    done = subprocess.run([sys.executable, "-m", "diplo.cli", *args], capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"diplo {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def read_expected(path: Path) -> dict[str, dict[str, str]]:
    """Each report's expected story, type and modality, by file name."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {row["report"]: row for row in csv.DictReader(lines, delimiter="\t")}


def predicted(stories: list[dict], expected: dict[str, dict[str, str]]) -> dict[str, str | None]:
    """Each report's story id: of its type and modality, the one holding most of its document's reports."""
    holding: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for story in stories:
        for mention in story["mentions"]:
            holding[Path(mention["document"]).name, story["type"], story["modality"]][story["id"]] += 1
    placed = {}
    for report, row in expected.items():
        counts = holding.get((report, row["type"], row["modality"]))
        placed[report] = str(max(counts, key=lambda s: (counts[s], -s))) if counts else None
    return placed


def bcubed(gold: dict[str, str], guess: dict[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a clustering of the same items."""
    gold_groups, guess_groups = _groups(gold), _groups(guess)
    precision = recall = 0.0
    for item in gold:
        same = len(gold_groups[gold[item]] & guess_groups[guess[item]])
        precision += same / len(guess_groups[guess[item]])
        recall += same / len(gold_groups[gold[item]])
    precision, recall = precision / len(gold), recall / len(gold)
    return {"precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
            "reports": len(gold), "stories": len(gold_groups)}


def _groups(clusters: dict[str, str]) -> dict[str, set[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for item, label in clusters.items():
        groups[label].add(item)
    return groups


def wrong_pairs(gold: dict[str, str], guess: dict[str, str]) -> tuple[list, list]:
    """Pairs of reports grouped that should not be, and pairs apart that should be together."""
    merged, apart = [], []
    for a, b in combinations(sorted(gold), 2):
        if guess[a] == guess[b] and gold[a] != gold[b]:
            merged.append((a, b))
        elif guess[a] != guess[b] and gold[a] == gold[b]:
            apart.append((a, b))
    return merged, apart


def evaluate(reports: list[Path], expected_path: Path, db: Path) -> dict:
    expected = read_expected(expected_path)
    diplo("ingest", *map(str, reports), "--db", str(db))
    stories = [json.loads(line) for line in diplo("stories", "--format", "jsonl", "--unasserted", "--limit", "10000",
                                                  "--db", str(db)).splitlines()]
    placed = predicted(stories, expected)
    gold = {report: row["story"] for report, row in expected.items()}
    every = {report: story or f"alone:{report}" for report, story in placed.items()}
    found = {report: story for report, story in placed.items() if story}
    merged, apart = wrong_pairs({r: gold[r] for r in found}, found)
    return {"all": bcubed(gold, every), "found": bcubed({r: gold[r] for r in found}, found),
            "not_found": sorted(r for r, story in placed.items() if not story),
            "wrongly_merged": merged, "wrongly_apart": apart}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="*", type=Path, default=[REPORTS])
    parser.add_argument("--expected", type=Path, default=EXPECTED)
    parser.add_argument("--db", type=Path, help="Store to ingest into (default: a temporary one).")
    parser.add_argument("--json", action="store_true", help="Print the result as one JSON object.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        result = evaluate(args.reports, args.expected, args.db or Path(folder) / "stories.db")
    if args.json:
        print(json.dumps(result))
        return
    for name, label in (("all", "every report"), ("found", "reports with the event found")):
        score = result[name]
        print(f"{label:<30} B-cubed precision {score['precision']:.3f}  recall {score['recall']:.3f}  "
              f"F1 {score['f1']:.3f}  ({score['reports']} reports, {score['stories']} stories)")
    print(f"no event of the expected type found in {len(result['not_found'])} reports: "
          + ", ".join(result["not_found"]))
    for title, pairs in (("wrongly merged", result["wrongly_merged"]), ("wrongly apart", result["wrongly_apart"])):
        print(f"{title} ({len(pairs)}):" + "".join(f"\n  {a}  {b}" for a, b in pairs))


if __name__ == "__main__":
    main()
