"""Story benchmark: the time to attach one document's events to the stories of a store of one million events.

    .venv/bin/python bench/story_bench.py [--events 1000000] [--documents 40] [--db /tmp/diplo-story-bench.db]

The store is the query benchmark's (bench/query_bench.py: generated documents and events, inserted
directly), grouped into stories once (`rebuild`, timed). Then real documents from the generated corpus
(bench/corpus.py, four languages) go through diplo's extraction and are stored one by one; for each, the
time to attach its events (`stories.attach_document`, inside the document's transaction) is measured,
and the time of the whole save with and without it. Printed: median, 90th percentile and worst.
"""
from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from corpus import write_corpus
from query_bench import build_afresh

from diplo import stories
from diplo.api import extract
from diplo.records import Record
from diplo.store import Store


def records(count: int, folder: Path) -> list[Record]:
    """Real records of `count` generated documents (a quarter in each language)."""
    return [r for r in extract(write_corpus(folder, per_language=max(1, count // 4)), workers=2)
            if isinstance(r, Record)][:count]


def timed_attach(store: Store, record: Record) -> tuple[float, float, int]:
    """Store a document and attach its events in its transaction: (attach ms, save ms, events)."""
    timings = {}

    def attach(db, doc_id):
        started = time.perf_counter()
        stories.attach_document(db, doc_id)
        timings["attach"] = (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    store.save(record, then=attach)
    return timings["attach"], (time.perf_counter() - started) * 1000, len(record.events)


def summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {"median": round(statistics.median(ordered), 2), "p90": round(ordered[int(0.9 * (len(ordered) - 1))], 2),
            "max": round(ordered[-1], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "diplo-story-bench.db")
    args = parser.parse_args()
    build_afresh(args.db, args.events)
    with tempfile.TemporaryDirectory() as folder:
        new = records(args.documents, Path(folder))
    with Store(args.db) as store:
        store.db.execute("PRAGMA cache_size = -262144")  # 256 MB: the rebuild's one transaction stays in memory
        started = time.perf_counter()
        with store.transaction() as db:
            count = stories.rebuild(db)
        print(f"grouped into {count:,} stories in {time.perf_counter() - started:.1f} s")
        store.db.execute("ANALYZE")
        attach, save, events = zip(*(timed_attach(store, record) for record in new))
    report = {"events_in_store": args.events, "documents": len(new), "events_per_document": summary(events),
              "attach_ms": summary(attach), "save_with_attach_ms": summary(save)}
    print(f"attach one document's events ({report['events_per_document']['median']:.0f} events, median): "
          f"median {report['attach_ms']['median']} ms, p90 {report['attach_ms']['p90']} ms, "
          f"worst {report['attach_ms']['max']} ms; the whole save: median {report['save_with_attach_ms']['median']} ms")
    print(json.dumps(report))


if __name__ == "__main__":
    main()
