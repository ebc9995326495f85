"""Query benchmark: a generated store of one million events, then a dyad query and a filtered search.

    .venv/bin/python bench/query_bench.py [--events 1000000] [--runs 7] [--db /tmp/diplo-bench.db]

Rows are synthetic and inserted directly (one transaction, executemany); the
figures printed are the median and the best of several runs of each query,
through the same library functions the CLI and the web page call.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from diplo.analysis.dyads import dyad
from diplo.analysis.events import event_rows
from diplo.analysis.filters import EventFilter
from diplo.analysis.search import search
from diplo.knowledge import ontology
from diplo.store import Store

COUNTRIES = ["USA", "CHN", "RUS", "DEU", "FRA", "GBR", "BEL", "NLD", "UKR", "JPN", "IND", "BRA", "TUR", "IRN",
             "ISR", "SAU", "EGY", "ZAF", "NGA", "KOR", "PRK", "ITA", "ESP", "POL", "SWE", "CAN", "AUS", "MEX"] + \
            [f"X{i:02d}" for i in range(72)]
WORDS = ("sanctions talks agreement minister ministry embassy cooperation trade security summit aid energy "
         "condemned welcomed visited signed announced discussed rejected support dialogue climate border").split()
LANGUAGES = ["en", "en", "en", "fr", "nl", "de"]
EVENTS_PER_DOCUMENT = 20
SENTENCES = 6


def country_weights() -> list[float]:
    """A few countries appear often, most rarely (Zipf-like), as in real news."""
    return [1 / (rank + 1) ** 0.8 for rank in range(len(COUNTRIES))]


def document_rows(n: int, rng: random.Random) -> list[tuple]:
    start = date(2015, 1, 1)
    rows = []
    for i in range(n):
        published = (start + timedelta(days=rng.randrange(3650))).isoformat()
        sentences = [" ".join(rng.choices(WORDS + COUNTRIES[:20], k=18)).capitalize() + "." for _ in range(SENTENCES)]
        rows.append((f"doc{i:07d}", f"/bench/doc{i}.txt", None, f"Bench document {i}", rng.choice(LANGUAGES), 1,
                     published, "generated", " ".join(sentences)))
    return rows


def sentence_rows(documents: list[tuple]) -> list[tuple]:
    rows = []
    for doc in documents:
        position = 0
        for index, sentence in enumerate(doc[8].split(". ")):
            end = position + len(sentence) + 1
            rows.append((doc[0], index, position, end))
            position = end + 1
    return rows


def event_rows_for(documents: list[tuple], rng: random.Random) -> list[tuple]:
    types = list(ontology()["types"])
    weights = country_weights()
    modalities = ["asserted"] * 17 + ["future", "negated", "hypothetical"]
    rows = []
    for doc in documents:
        for number in range(EVENTS_PER_DOCUMENT):
            source, target = rng.choices(COUNTRIES, weights, k=2)
            day = date.fromisoformat(doc[6]) - timedelta(days=rng.randrange(3))
            rows.append((doc[0], number, rng.choice(types), source, target, source, target, None,
                         rng.choice(modalities), "[]", day.isoformat(), 0, None, rng.randrange(SENTENCES),
                         0, 5, "[]", 0.7, "bench"))
    return rows


def actor_rows(documents: list[tuple], rng: random.Random) -> list[tuple]:
    return [(doc[0], code, "country", f"Country {code}", None, "[]", "bench")
            for doc in documents for code in set(rng.choices(COUNTRIES, country_weights(), k=5)) | {"BEL", "CHN"}]


def build(path: Path, events: int, seed: int = 7) -> None:
    """A store with `events` generated event rows (and their documents, sentences and actors)."""
    rng = random.Random(seed)
    with Store(path) as store:
        store.db.execute("PRAGMA cache_size = -262144")  # 256 MB: the one big transaction stays in memory
        documents = document_rows(events // EVENTS_PER_DOCUMENT, rng)
        with store.transaction() as db:
            db.executemany("INSERT INTO documents(id, source, url, title, language, supported, published,"
                           " published_reason, text) VALUES (?,?,?,?,?,?,?,?,?)", documents)
            db.executemany("INSERT INTO sentences VALUES (?,?,?,?)", sentence_rows(documents))
            db.executemany("INSERT INTO actors VALUES (?,?,?,?,?,?,?)", actor_rows(documents, rng))
            db.executemany(
                "INSERT INTO events(doc_id, event_no, type, source, target, source_country, target_country, mode,"
                " modality, contexts, date, date_assumed, location, sentence, trigger_start, trigger_end,"
                " actor_spans, confidence, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                event_rows_for(documents, rng))
        store.db.execute("ANALYZE")


def timed(runs: int, query) -> tuple[float, float, object]:
    """Median and best wall time (ms) of `runs` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = query()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), min(times), result


def build_afresh(path: Path, events: int) -> None:
    """Build the store at `path` from nothing (an older one is removed) and say how long it took."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    build(path, events)
    print(f"built {events:,} events in {time.perf_counter() - started:.1f} s -> {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "diplo-bench.db")
    args = parser.parse_args()
    build_afresh(args.db, args.events)
    with Store(args.db) as store:
        db = store.db
        queries = {
            "dyad BEL CHN (all years)": lambda: len(dyad(db, "BEL", "CHN").events),
            "dyad BEL CHN since 2022-01": lambda: len(dyad(db, "BEL", "CHN", since="2022-01").events),
            "search 'sanctions' --actor BEL --type SANCTION --since 2022-01 --lang fr":
                lambda: len(search(db, "sanctions", EventFilter(actor="BEL", type="SANCTION", since="2022-01",
                                                                language="fr"))),
            "search 'sanctions' --lang fr --since 2022-01":
                lambda: len(search(db, "sanctions", EventFilter(since="2022-01", language="fr"))),
            "events --actor CHN --type ASSAULT (latest 100)":
                lambda: len(list(event_rows(db, EventFilter(actor="CHN", type="ASSAULT"), limit=100))),
        }
        report = {}
        for name, query in queries.items():
            median, best, rows = timed(args.runs, query)
            report[name] = {"median_ms": round(median, 1), "best_ms": round(best, 1), "rows": rows}
            print(f"{name:<75} median {median:8.1f} ms   best {best:8.1f} ms   ({rows} rows)")
    print(json.dumps(report))


if __name__ == "__main__":
    main()
