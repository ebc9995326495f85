"""Throughput of diplo's whole extraction against the bare spaCy pipelines, side by side.

    python bench/throughput.py [--per-language 100] [--workers 2] [--rounds 2]

Both run on the same generated corpus with the same parallel structure (a
pool of worker processes, batches of documents parsed language by language):
diplo reads the files and runs every stage (`diplo.api.extract`, records
serialised to JSON); the baseline runs only `nlp.pipe` of each language's
spaCy pipeline over the same texts. Prints documents per second for each,
their ratio, and the peak memory of each run's process tree.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import write_corpus  # noqa: E402


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc), in MB."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        total += sum(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS"))
        stack.extend(map(int, children))
    return total / 1024


def bare(paths: list[str], workers: int) -> int:
    from diplo.ingest import identify
    from diplo.pipeline import BATCH_SIZE

    texts = [Path(path).read_text(encoding="utf-8") for path in paths]
    batches = [[(identify(t), t) for t in texts[i:i + BATCH_SIZE]] for i in range(0, len(texts), BATCH_SIZE)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return sum(pool.map(_parse_batch, batches))


def _parse_batch(batch: list[tuple[str, str]]) -> int:
    """The baseline's work: only spaCy, language by language, as diplo batches it."""
    from diplo import nlp

    by_language: dict[str, list[str]] = {}
    for code, text in batch:
        by_language.setdefault(code, []).append(text)
    return sum(len(nlp.parse(code, texts)) for code, texts in by_language.items())


def full(paths: list[str], workers: int) -> int:
    from diplo import api
    from diplo.export.record import record_to_dict

    return sum(1 for record in api.extract(paths, workers=workers) if json.dumps(record_to_dict(record)))


def _run(kind: str, paths: list[str], workers: int, queue) -> None:
    started = time.perf_counter()
    count = (bare if kind == "bare" else full)(paths, workers)
    queue.put((count, time.perf_counter() - started))


def measure(kind: str, paths: list[str], workers: int) -> tuple[float, float]:
    """(documents per second, peak MB) of one fresh process running one kind of job."""
    context = get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_run, args=(kind, paths, workers, queue))
    process.start()
    peak = 0.0
    while process.is_alive():
        peak = max(peak, tree_rss_mb(process.pid))
        time.sleep(0.05)
    count, seconds = queue.get()
    process.join()
    return count / seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-language", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = [str(p) for p in write_corpus(Path(folder), args.per_language)]
        words = sum(len(Path(p).read_text(encoding="utf-8").split()) for p in paths)
        results: dict[str, list[tuple[float, float]]] = {"bare": [], "full": []}
        for _ in range(args.rounds):
            for kind in ("bare", "full"):
                results[kind].append(measure(kind, paths, args.workers))
    print(f"corpus: {len(paths)} documents, {words} words, 4 languages; {args.workers} workers; "
          f"{args.rounds} rounds (median)")
    for kind, label in (("bare", "bare spaCy pipelines"), ("full", "diplo full extraction")):
        rate = statistics.median(r for r, _ in results[kind])
        peak = max(p for _, p in results[kind])
        print(f"{label:24s} {rate:7.1f} documents/s  peak memory {peak:6.0f} MB")
    ratio = statistics.median(r for r, _ in results["full"]) / statistics.median(r for r, _ in results["bare"])
    print(f"ratio diplo / bare spaCy: {ratio:.2f}")


if __name__ == "__main__":
    main()
