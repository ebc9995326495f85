"""One long document through `diplo ingest`: seconds per MB and the peak memory of the whole process tree.

    .venv/bin/python bench/large_document.py [--mb 20] [--language en] [--workers 0]

The document is a long record made of the held-out texts of one language
(bench/heldout: press releases, readouts, interviews, speeches, news written
for diplo), one after the other as numbered sessions, until it reaches the
size. `diplo ingest` runs on it in a fresh process; its memory and that of its
workers is polled (Linux /proc) every 0.2 s. Prints the size, the time (wall
clock, and CPU time of the process and its workers, which other work on the
machine does not inflate) per MB, the peak memory and what was stored, and the
same figures of the bare spaCy pipeline on a 1 MB piece of the same text.
"""
from __future__ import annotations

import argparse
import csv
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from throughput import tree_memory_mb

HELDOUT = Path(__file__).parent / "heldout"


def long_document(language: str, mb: float) -> str:
    """Held-out texts of one language as the numbered sessions of one record of at most `mb` MB."""
    with open(HELDOUT / "SOURCES.tsv", encoding="utf-8") as handle:
        names = [row["file"] for row in csv.DictReader(handle, delimiter="\t") if row["language"] == language]
    texts = [(HELDOUT / name).read_text(encoding="utf-8").strip() for name in names]
    parts, size = ["Record of the sessions"], 0
    while True:
        part = f"Session {len(parts)}\n\n{texts[len(parts) % len(texts)]}"
        size += len(part.encode("utf-8")) + 2
        if size > mb * 2**20 - 100:
            return "\n\n".join(parts)
        parts.append(part)


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def ingest(path: Path, db: Path, workers: int) -> tuple[float, float, tuple[float, float], str]:
    """Wall-clock and CPU seconds, peak MB of the process tree (resident sizes summed, and PSS), and the command's
    output."""
    started, cpu = time.perf_counter(), cpu_seconds(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen([sys.executable, "-m", "diplo.cli", "ingest", str(path), "--db", str(db),
                                "--workers", str(workers)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = (0.0, 0.0)
    while process.poll() is None:
        peak = tuple(map(max, peak, tree_memory_mb(process.pid)))
        time.sleep(0.2)
    return (time.perf_counter() - started, cpu_seconds(resource.RUSAGE_CHILDREN) - cpu, peak,
            process.stdout.read())


def bare_seconds_per_mb(text: str, language: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds per MB of the bare spaCy pipeline of the language over 1 MB of the text."""
    from diplo import nlp

    piece = text.encode("utf-8")[:2**20].decode("utf-8", errors="ignore")
    pipeline = nlp.load(language)
    started, cpu = time.perf_counter(), cpu_seconds(resource.RUSAGE_SELF)
    for _ in pipeline.pipe(piece.split("\n\n"), batch_size=64):
        pass
    mb = len(piece.encode("utf-8")) / 2**20
    return (time.perf_counter() - started) / mb, (cpu_seconds(resource.RUSAGE_SELF) - cpu) / mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--language", default="en")
    parser.add_argument("--workers", type=int, default=0, help="0: diplo's default, one per core up to 4")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path, db = Path(folder) / "long.txt", Path(folder) / "long.db"
        text = long_document(args.language, args.mb)
        path.write_text(text, encoding="utf-8")
        mb = path.stat().st_size / 2**20
        seconds, cpu, peak, output = ingest(path, db, args.workers)
        with sqlite3.connect(db) as store:
            sentences, events = (store.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                                 for table in ("sentences", "events"))
    print(output.strip().splitlines()[-1])
    print(f"{args.language}: {mb:.1f} MB in {seconds:.0f} s = {seconds / mb:.1f} s per MB ({cpu / mb:.1f} s of CPU "
          f"per MB); peak memory {peak[0]:.0f} MB (resident sizes summed), {peak[1]:.0f} MB PSS (workers: "
          f"{args.workers or 'default'}); stored {sentences} sentences, {events} event rows")
    wall, cpu = bare_seconds_per_mb(text, args.language)
    print(f"bare spaCy pipeline alone: {wall:.1f} s per MB ({cpu:.1f} s of CPU per MB)")


if __name__ == "__main__":
    main()
