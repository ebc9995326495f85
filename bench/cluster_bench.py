"""Extraction on a Dask cluster: documents per second with 1 and 2 local workers, and the scaling ratio.

    .venv/bin/python bench/cluster_bench.py [--copies 8] [--rounds 2] [--workers 1 2]

The corpus is the 24 held-out documents (bench/heldout, four languages) copied `copies` times, each copy
with a line of its own so that every document is new. For each number of workers, a LocalCluster is started
and each worker loads diplo's pipelines (the plugin's warm-up): that is the start-up cost, printed apart.
Then the corpus is read and analysed by the workers (`diplo.api.extract --cluster`) and the records come back
in order; the time of that run gives documents per second. Each round alternates the cluster sizes; the best
round counts. Machine load is printed, since other work on the cores lowers the ratio: the CPU seconds that
each worker and this process spent in the run are printed too, and `cpu_bound_s`, the longest of them, is
what the run would take were each given a free core (the ratio of those is the scaling load does not hide).
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import psutil

from diplo.cluster import connect

HELDOUT = Path(__file__).parent / "heldout"


def write_corpus(folder: Path, copies: int) -> int:
    texts = sorted(HELDOUT.glob("*.txt"))
    for copy in range(copies):
        for text in texts:
            body = text.read_text(encoding="utf-8")
            (folder / f"{copy:03d}-{text.name}").write_text(f"{body}\n\n(Copy {copy}.)\n", encoding="utf-8")
    return copies * len(texts)


def run(workers: int, corpus: Path) -> dict:
    """Start-up and extraction times on a fresh cluster of `workers` processes."""
    started = time.perf_counter()
    with connect(f"local:{workers}") as cluster:
        processes = [psutil.Process(pid) for pid in cluster.client.run(os.getpid).values()] + [psutil.Process()]
        before = [cpu_seconds(p) for p in processes]
        ready = time.perf_counter()
        records = sum(1 for _ in cluster.extract(document for document in cluster.read([corpus])))
        done = time.perf_counter()
        cpu = [round(cpu_seconds(p) - b, 1) for p, b in zip(processes, before)]
    return {"workers": workers, "start_s": round(ready - started, 1), "run_s": round(done - ready, 1),
            "documents": records, "docs_per_s": round(records / (done - ready), 2), "cpu_s": cpu,
            "cpu_bound_s": max(cpu)}


def cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        count = write_corpus(Path(folder), args.copies)
        print(f"{count} documents; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at the start")
        best: dict[int, dict] = {}
        for round_number in range(args.rounds):
            for workers in args.workers:
                result = run(workers, Path(folder))
                print(f"round {round_number + 1}: {json.dumps(result)}; load {os.getloadavg()[0]:.1f}")
                if result["docs_per_s"] > best.get(workers, {}).get("docs_per_s", 0):
                    best[workers] = result
    low, high = min(best), max(best)
    ratio = best[high]["docs_per_s"] / best[low]["docs_per_s"]
    cpu_ratio = best[low]["cpu_bound_s"] / best[high]["cpu_bound_s"]
    print(json.dumps({"best": list(best.values()), f"ratio_{high}_to_{low}": round(ratio, 2),
                      f"cpu_bound_ratio_{high}_to_{low}": round(cpu_ratio, 2)}))


if __name__ == "__main__":
    main()
