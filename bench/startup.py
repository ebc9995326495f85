"""How long the command line takes to answer: `diplo --help` and the query commands on a 5,000-document store.

    .venv/bin/python bench/startup.py [--documents 5000] [--runs 5]

The store is generated as in query_bench.py (20 events a document). Each
command runs in a fresh process, as a user runs it; the figures are the median
wall-clock time and the median CPU time of the process (CPU time is what other
work on the machine does not inflate).
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from query_bench import EVENTS_PER_DOCUMENT, build

COMMANDS = [
    ["--help"],
    ["search", "sanctions", "--limit", "20"],
    ["search", "sanc* minis* trade* summi* energ* borde* secur* dialo* clima* suppo* coope* embas* agree* talks* "
               "aid* visit*"],
    ["events", "--actor", "CHN", "--type", "ASSAULT"],
    ["actors", "--limit", "20"],
    ["documents", "--limit", "20"],
    ["dyad", "BEL", "CHN"],
    ["graph", "--limit", "20"],
    ["dossier", "BEL", "CHN"],
]


def run(arguments: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one `diplo` command in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "diplo.cli", *arguments], stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "startup.db"
        build(db, args.documents * EVENTS_PER_DOCUMENT)
        print(f"{args.documents:,} documents, {args.documents * EVENTS_PER_DOCUMENT:,} events; median of "
              f"{args.runs} runs")
        for command in COMMANDS:
            arguments = command if command == ["--help"] else [*command, "--db", str(db)]
            walls, cpus = zip(*(run(arguments) for _ in range(args.runs)))
            print(f"diplo {' '.join(command)[:70]:<72} {statistics.median(walls):6.2f} s   "
                  f"CPU {statistics.median(cpus):6.2f} s")


if __name__ == "__main__":
    main()
