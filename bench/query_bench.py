"""Query benchmark: a generated store of one million events, then a dyad query and a filtered search, on
SQLite and on PostgreSQL.

    .venv/bin/python bench/query_bench.py [--events 1000000] [--runs 7] [--db /tmp/diplo-bench.db]
                                          [--engine sqlite postgresql] [--pg postgresql://...] [--stories]

Rows are synthetic and inserted directly (one transaction: executemany on SQLite, COPY on PostgreSQL); the
figures printed are the median and the best of several runs of each query, through the same library
functions the CLI and the web page call. PostgreSQL runs on a throwaway server (tools/pg_throwaway.py)
unless --pg names a database. With --stories every event is first made a report of a story (one per type,
pair of countries and date), so that the queries find each story's first report as in a grouped store.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import date, timedelta
from pathlib import Path

from diplo.analysis.dyads import dyad
from diplo.analysis.events import event_rows
from diplo.analysis.filters import EventFilter
from diplo.analysis.search import search
from diplo.knowledge import ontology
from diplo.store import COLUMNS, Store, is_url, shown

sys.path.insert(0, str(Path(__file__).parents[1] / "tools"))
import pg_throwaway  # noqa: E402

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


def build(target: str, events: int, seed: int = 7) -> None:
    """A store with `events` generated event rows (and their documents, sentences and actors)."""
    rng = random.Random(seed)
    with Store(target) as store:
        documents = document_rows(events // EVENTS_PER_DOCUMENT, rng)
        tables = {"documents": documents, "sentences": sentence_rows(documents),
                  "actors": actor_rows(documents, rng), "events": event_rows_for(documents, rng)}
        if store.db.name == "sqlite":
            store.db.execute("PRAGMA cache_size = -262144")  # 256 MB: the one big transaction stays in memory
        with store.transaction() as db:
            for table, rows in tables.items():
                insert(db, table, rows)
        store.db.execute("ANALYZE")


def insert(db, table: str, rows: list[tuple]) -> None:
    columns = ", ".join(f'"{c}"' for c in COLUMNS[table])
    if db.name == "postgresql":
        with db.raw.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    else:
        db.executemany(f"INSERT INTO {table}({columns}) VALUES ({', '.join('?' * len(COLUMNS[table]))})", rows)


def timed(runs: int, query) -> tuple[float, float, object]:
    """Median and best wall time (ms) of `runs` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = query()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), min(times), result


def give_stories(target: str) -> None:
    """Make every event a report of a story: one story per type, pair of countries and date (a few events share
    one), so that the queries count stories as they do in a store that groups them (diplo.stories)."""
    with Store(target) as store, store.transaction() as db:
        db.execute("CREATE TEMP TABLE story_keys_bench AS SELECT type, source_country AS sc, target_country AS tc,"
                   " date, ROW_NUMBER() OVER (ORDER BY type, source_country, target_country, date) AS story"
                   " FROM (SELECT DISTINCT type, source_country, target_country, date FROM events) k")
        db.execute("INSERT INTO stories(id, type, modality, profile) SELECT story, type, 'happened', '{}'"
                   " FROM story_keys_bench")
        db.execute("INSERT INTO story_reports(doc_id, event_no, story_id, date, language, publisher, why)"
                   " SELECT e.doc_id, e.event_no, MIN(k.story), MIN(e.date), 'en', 'bench', 'bench' FROM events e"
                   " JOIN story_keys_bench k ON k.type = e.type AND k.sc = e.source_country"
                   " AND k.tc = e.target_country AND k.date = e.date GROUP BY e.doc_id, e.event_no")
        db.execute("ANALYZE")


def build_afresh(target: str | Path, events: int) -> None:
    """Build the store at `target` from nothing (an older file is removed; a PostgreSQL database must hold no
    diplo tables) and say how long it took."""
    if not is_url(target):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    build(str(target), events)
    print(f"built {events:,} events in {time.perf_counter() - started:.1f} s -> {shown(str(target))}")


def measure(target: str, runs: int) -> dict:
    """The median and best times of each query on the store at `target`."""
    with Store(target) as store:
        db = store.db
        queries = {
            "dyad BEL CHN (all years)": lambda: dyad(db, "BEL", "CHN").count,
            "dyad BEL CHN since 2022-01": lambda: dyad(db, "BEL", "CHN", since="2022-01").count,
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
            median, best, rows = timed(runs, query)
            report[name] = {"median_ms": round(median, 1), "best_ms": round(best, 1), "rows": rows}
            print(f"{db.name:<10} {name:<75} median {median:8.1f} ms   best {best:8.1f} ms   ({rows} rows)")
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "diplo-bench.db")
    parser.add_argument("--engine", nargs="+", choices=["sqlite", "postgresql"], default=["sqlite", "postgresql"])
    parser.add_argument("--pg", help="a PostgreSQL database to fill (its diplo tables must be empty)")
    parser.add_argument("--stories", action="store_true", help="make every event a report of a story first")
    args = parser.parse_args()
    report = {}
    with ExitStack() as stack:
        for engine in args.engine:
            target = str(args.db) if engine == "sqlite" else \
                args.pg or pg_throwaway.database_url(stack.enter_context(pg_throwaway.server()), "bench")
            build_afresh(target, args.events)
            if args.stories:
                give_stories(target)
            report[engine] = measure(target, args.runs)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
