"""diplo's command line: a thin layer over `diplo.api`."""
from __future__ import annotations

import atexit
import contextlib
import enum
import functools
import json
import os
import shutil
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import api
from .errors import DiploError
from .analysis.filters import MAX_ROWS
from .export.record import record_to_dict
from .export.table import flat_row
from .knowledge import USER_FILES_VARIABLE
from .records import Failure
from .store import DB_VARIABLE, DEFAULT_DB
from .store.postgresql import shown

app = typer.Typer(help="diplo: a cited record of international relations from foreign-affairs texts.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  rich_markup_mode=None)  # plain help: Rich's help formatter would double the time `--help` takes
err = Console(stderr=True, soft_wrap=True, highlight=False, markup=False)  # document text and paths are never markup
out = Console(highlight=False, markup=False, soft_wrap=True, width=shutil.get_terminal_size((140, 24)).columns)


class Exit(enum.IntEnum):
    OK = 0
    SOME_FAILED = 1
    USAGE = 2
    ERROR = 3


class Format(str, enum.Enum):
    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


@app.callback()
def knowledge(files: list[Path] = typer.Option(None, "--knowledge", "-k", metavar="FILE", exists=True, dir_okay=False,
                                               help="Your own knowledge "
                                               "file(s): extra rows for any table (places, organisations, titles, "
                                               "office-holders, triggers...), see docs/DATA.md. Also read from "
                                               "$DIPLO_KNOWLEDGE.")) -> None:
    """diplo: a cited record of international relations from foreign-affairs texts."""
    if files:
        known = [p for p in os.environ.get(USER_FILES_VARIABLE, "").split(os.pathsep) if p]
        os.environ[USER_FILES_VARIABLE] = os.pathsep.join(known + [str(f) for f in files])


DbOption = typer.Option(DEFAULT_DB, "--db", envvar=DB_VARIABLE, help="The diplo database: a file (created if "
                        "missing) or a PostgreSQL URL (postgresql://user@host/dbname). Also read from $DIPLO_DB.")
WorkersOption = typer.Option(0, "--workers", "-w", help="Worker processes (0: one per core, up to 4).")
ClusterOption = typer.Option(None, "--cluster", envvar=api.SCHEDULER_VARIABLE, help="Run on a Dask cluster: a "
                             "scheduler's address (tcp://HOST:8786), or local:N for N worker processes here. Also "
                             "read from $DIPLO_DASK_SCHEDULER.")


def friendly(command):
    """Report DiploError as one sentence on stderr and a non-zero exit, never as a traceback."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except DiploError as error:
            _tell("error", error)
            raise typer.Exit(Exit.ERROR) from None
        except KeyboardInterrupt:
            err.print("Interrupted: documents already stored are kept; run the command again to finish.")
            raise typer.Exit(130) from None
    return wrapper


@contextmanager
def progress_bar(label: str) -> Iterator[api.Progress]:
    """A bar on stderr, shown on a terminal only, for `progress(done, total)` in documents (a long document's
    finished sections count as a fraction of it). Rich's progress module is imported here: queries do without it."""
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task(label, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total, description=(
            f"{label} {done:.1f}{f' of {total}' if total is not None else ''} documents"))


def _tell(label: str, message: object) -> None:
    """One line on stderr: a coloured label, then the message as plain text (never read as markup)."""
    err.print(Text.assemble((f"{label}: ", "yellow" if label == "warning" else "red"), str(message)))


@app.command()
@friendly
def extract(files: list[str] = typer.Argument(..., metavar="PATH", help="Files or folders to read (or URLs: "
                                              "s3://bucket/corpus/, https://...)."),
            format: Format = typer.Option(Format.json, "--format", "-f", help="json: one indented record per "
                                          "document; jsonl: one record per line; parquet: a dataset of records "
                                          "in the folder --output names."),
            output: Path = typer.Option(None, "--output", "-o", help="The folder of the Parquet dataset "
                                        "(--format parquet); run again, it adds the documents it lacks."),
            workers: int = WorkersOption,
            cluster: str = ClusterOption) -> None:
    """Print the record of each document (RECORD.md format) without using a database, or write the records as
    a Parquet dataset partitioned by language and publication month (--format parquet --output DIR)."""
    if (format == Format.parquet) != (output is not None):
        _tell("error", "--output DIR goes with --format parquet, and only with it (see `diplo extract --help`).")
        raise typer.Exit(Exit.USAGE)
    if output is not None:
        with progress_bar("extracting") as progress:
            summary = api.write_dataset(files, output, workers=workers, progress=progress, cluster=cluster)
        _report(summary, "written", "already in the dataset", output)
        return
    failed = 0
    with progress_bar("extracting") as progress:
        for result in api.extract(files, workers=workers, progress=progress, cluster=cluster):
            if isinstance(result, Failure):
                failed += 1
                _tell("failed", result.message)
                continue
            for note in result.document.notes:
                _tell("warning", note)
            record = record_to_dict(result)
            text = json.dumps(record, ensure_ascii=False, indent=None if format == Format.jsonl else 1)
            sys.stdout.write(text + "\n")
    if failed:
        raise typer.Exit(Exit.SOME_FAILED)


@app.command()
@friendly
def ingest(paths: list[str] = typer.Argument(None, metavar="PATH", help="Files or folders (.txt .md .html .htm "
                                             ".jsonl .pdf), URLs, or the folder of a dataset that `diplo extract "
                                             "--format parquet` wrote."),
           samples: bool = typer.Option(False, "--samples", help="Ingest the sample documents bundled with diplo."),
           db: str = DbOption, workers: int = WorkersOption,
           reprocess: bool = typer.Option(False, "--reprocess", help="Extract again documents already stored."),
           cluster: str = ClusterOption) -> None:
    """Read documents, extract their records and store them; already stored documents are skipped."""
    paths = list(paths or []) + (api.sample_paths() if samples else [])
    if not paths:
        err.print("Give files or folders to ingest, or --samples.")
        raise typer.Exit(Exit.USAGE)
    with progress_bar("ingesting") as progress:
        summary = api.ingest(paths, db=db, workers=workers, reprocess=reprocess, progress=progress, cluster=cluster)
    shown_table = summary.stored and len(summary.stored) <= SHOWN_DOCUMENTS
    _report(summary, "ingested", "already stored", shown(db), _found_table(summary.stored) if shown_table else None)


def _report(summary: api.IngestSummary, done: str, known: str, where: object, found: Table | None = None) -> None:
    """Warnings and failures on stderr, what was found, then the closing line; exit 1 if some inputs failed."""
    for note in summary.notes:
        _tell("warning", note)
    for failure in summary.failures:
        _tell("failed", failure.message)
    if found:
        out.print(found)
    out.print(f"{summary.ingested} {done}, {summary.duplicates} {known}, {summary.failed} failed "
              f"in {summary.seconds:.1f} s -> {where}")
    if summary.failed:
        raise typer.Exit(Exit.SOME_FAILED)


SHOWN_DOCUMENTS = 20


def _found_table(records) -> Table:
    """What ingest found in each document: its language, date, actors and facts, and its main events."""
    table = Table(title="What diplo found", box=None, padding=(0, 1))
    for column in ("document", "lang", "date", "actors", "events", "quotes", "figures", "pledges"):
        table.add_column(column, no_wrap=True)
    table.add_column("first event", overflow="ellipsis", no_wrap=True)
    for record in records:
        doc = record.document
        affiliation = {a.id: a.affiliation or a.id for a in record.actors}
        example = next((f"{e.type} " + " -> ".join(affiliation.get(side[0], side[0])
                                                   for side in (e.sources, e.targets) if side)
                        for e in record.events if e.modality == "asserted"), "")
        table.add_row(Path(doc.source).name, doc.language, doc.published or "-", str(len(record.actors)),
                      str(len(record.events)), str(len(record.quotes)), str(len(record.figures)),
                      str(len(record.commitments)), example)
    return table


@app.command()
@friendly
def show(doc_id: str = typer.Argument(..., help="A document id (see `diplo documents`)."), db: str = DbOption) -> None:
    """Print a stored document's record."""
    sys.stdout.write(json.dumps(record_to_dict(api.show(doc_id, db)), ensure_ascii=False, indent=1) + "\n")


# Analysts' commands: thin calls of the query, dossier, export and web functions in `diplo.api`.

ActorOption = typer.Option(None, "--actor", help="Actor code: a country or organisation (BEL, EU: its people and "
                           "bodies included), a body (EU.COMMISSION) or a person (person:hadja-lahbib).")
TypeOption = typer.Option(None, "--type", help="PLOVER event type (SANCTION, CONSULT, ...).")
SinceOption = typer.Option(None, "--since", help="From this date on: YYYY, YYYY-MM or YYYY-MM-DD.")
UntilOption = typer.Option(None, "--until", help="Up to this date, included: YYYY, YYYY-MM or YYYY-MM-DD.")
LangOption = typer.Option(None, "--lang", help="Documents in this language only (en, fr, nl, de).")
UnassertedOption = typer.Option(False, "--unasserted", help="Also count events reported as negated, hypothetical "
                                "or requested (by default only asserted, future and intended events count).")
ReportsOption = typer.Option(False, "--reports", help="Count every report of an event; by default an event that "
                             "several documents report (a story, see `diplo stories`) counts once.")
LimitOption = typer.Option(50, "--limit", "-n", help=f"At most this many rows (up to {MAX_ROWS:,}).")
JsonOption = typer.Option(False, "--json", help="Print JSON lines instead of a table.")
StoreOption = typer.Option(DEFAULT_DB, "--db", envvar=DB_VARIABLE, help="The diplo database to read, a file or a "
                           "PostgreSQL URL (see `diplo ingest`). Also read from $DIPLO_DB.")
CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10))
WRAPPED_COLUMNS = {"title", "snippet", "sentence", "types", "roles", "name"}


ExportFormat = enum.Enum("ExportFormat", [(name, name) for name in api.EXPORT_FORMATS], type=str)


class DossierFormat(str, enum.Enum):
    md = "md"
    html = "html"


class GraphLevel(str, enum.Enum):
    country = "country"
    actor = "actor"


def _filters(actor: str | None, event_type: str | None, since: str | None, until: str | None,
             lang: str | None, unasserted: bool, reports: bool = False) -> api.EventFilter:
    return api.EventFilter(actor=actor, type=event_type, since=since, until=until, language=lang,
                           include_unasserted=unasserted, every_report=reports)


def _text(value: object) -> Text:
    """A table cell that shows document text as it is: no markup, no terminal control characters."""
    return Text("" if value is None else str(value).translate(CONTROL))


def _table(title: str, columns: list[str], rows: list[list]) -> None:
    """A table whose text columns wrap and whose codes, dates and numbers stay on one line."""
    table = Table(title=title, title_justify="left")
    cells = [[_text(v) for v in row] for row in rows]
    for i, column in enumerate(columns):
        widest = max([len(column)] + [cell.cell_len for row in cells for cell in row[i:i + 1]])
        wraps = column in WRAPPED_COLUMNS
        table.add_column(column, overflow="fold", ratio=1 if wraps else None,
                         min_width=20 if wraps else min(widest, 20))
    for row in cells:
        table.add_row(*row)
    out.print(table)


def _json_lines(items: list[dict]) -> None:
    for item in items:
        sys.stdout.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")


def _short(text: str | None, width: int = 140) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[:width - 1] + "…"


@app.command()
@friendly
def search(text: str = typer.Argument(..., help="Words that must all occur (`sanction*` for a prefix, OR, NOT)."),
           actor: str = ActorOption, event_type: str = TypeOption, since: str = SinceOption,
           until: str = UntilOption, lang: str = LangOption, unasserted: bool = UnassertedOption,
           limit: int = LimitOption, as_json: bool = JsonOption, db: str = StoreOption) -> None:
    """Search the stored documents' text; --since/--until filter on the publication date."""
    hits = api.search(text, db, _filters(actor, event_type, since, until, lang, unasserted), limit)
    if as_json:
        _json_lines([{**asdict(h), "snippet": "".join(p for p, _ in h.snippet_parts())} for h in hits])
        return
    _table(f"{len(hits)} documents", ["id", "date", "lang", "title", "events", "snippet"],
           [[h.doc_id, h.published, h.language, h.title, h.events, _short("".join(p for p, _ in h.snippet_parts()))]
            for h in hits])


@app.command()
@friendly
def events(actor: str = ActorOption, event_type: str = TypeOption, since: str = SinceOption,
           until: str = UntilOption, lang: str = LangOption, unasserted: bool = UnassertedOption,
           reports: bool = ReportsOption, limit: int = LimitOption, as_json: bool = JsonOption,
           db: str = StoreOption) -> None:
    """List stored events (one row per source-target pair), newest first: each story by its first report, or
    every report with --reports."""
    rows = api.events(db, _filters(actor, event_type, since, until, lang, unasserted, reports), limit)
    if as_json:
        _json_lines([flat_row(e) for e in rows])
        return
    _table(f"{len(rows)} events", ["date", "source", "target", "type", "modality", "score", "story", "document",
                                   "sentence"],
           [[e.date, e.source, e.target, e.type, e.modality, f"{e.score:+.1f}", _story(e), f"{e.doc_id} s{e.sentence}",
             _short(e.sentence_text)] for e in rows])


def _story(event) -> str:
    """`12 (4 reports)`: the story an event is a report of."""
    if event.story is None:
        return ""
    return f"{event.story} ({event.story_reports} report{'s' if event.story_reports != 1 else ''})"


@app.command()
@friendly
def actors(kind: str = typer.Option(None, "--kind", help="Only this kind: country, organization, person, group."),
           limit: int = LimitOption, as_json: bool = JsonOption, db: str = StoreOption) -> None:
    """List the actors named in the store, the most mentioned first."""
    rows = api.actors(db, kind, limit)
    if as_json:
        _json_lines([asdict(a) for a in rows])
        return
    _table(f"{len(rows)} actors", ["id", "kind", "name", "affiliation", "roles", "documents", "mentions", "events"],
           [[a.id, a.kind, a.name, a.affiliation, ", ".join(a.roles), a.documents, a.mentions, a.events]
            for a in rows])


@app.command()
@friendly
def documents(since: str = SinceOption, until: str = UntilOption, lang: str = LangOption,
              limit: int = LimitOption, as_json: bool = JsonOption, db: str = StoreOption) -> None:
    """List the stored documents, newest first, with their counts of facts."""
    rows = api.documents(db, lang, since, until, limit)
    if as_json:
        _json_lines([asdict(d) for d in rows])
        return
    _table(f"{len(rows)} documents", ["id", "lang", "date", "title", "actors", "events", "quotes", "figures",
                                      "commitments"],
           [[d.id, d.language, d.published, d.title, d.actors, d.events, d.quotes, d.figures, d.commitments]
            for d in rows])


@app.command()
@friendly
def dyad(a: str = typer.Argument(..., help="First actor code (BEL)."),
         b: str = typer.Argument(..., help="Second actor code (CHN)."),
         since: str = SinceOption, until: str = UntilOption, lang: str = LangOption,
         limit: int = typer.Option(50, "--limit", "-n", help="Show at most this many events, the latest (the "
                                   "scores count them all)."),
         reports: bool = ReportsOption, as_json: bool = JsonOption, db: str = StoreOption) -> None:
    """The events between two actors over time, with a monthly cooperation-conflict score.

    The score of a month is the sum of the PLOVER scores (-10 to +10) of the events between the two actors
    in that month, both directions; only asserted, future and intended events count, each story once (every
    report with --reports). Events without a month count in the total score, and in a row of their own.
    """
    pair = api.dyad(a, b, db, since, until, lang, reports, limit)
    if as_json:
        _json_lines([{**asdict(m), "mean": round(m.mean, 2)} for m in pair.series] + [flat_row(e) for e in pair.events])
        return
    undated = (f" ({pair.undated.events} of them undated or dated to the year only, {pair.undated.score:+.1f})"
               if pair.undated.events else "")
    out.print(_text(f"{pair.a_name} ({pair.a}) and {pair.b_name} ({pair.b}): {pair.count} events, total score "
                    f"{pair.score:+.1f}{undated}; {pair.unasserted} negated, hypothetical or requested left out."))
    _table("Months", ["month", "events", "score", f"{pair.a}→{pair.b}", f"{pair.b}→{pair.a}"],
           [[m.month, m.events, f"{m.score:+.1f}", f"{m.a_to_b:+.1f}", f"{m.b_to_a:+.1f}"]
            for m in pair.series if m.events])
    _table(f"Events{f' (the latest {len(pair.events)})' if len(pair.events) < pair.count else ''}",
           ["date", "source", "target", "type", "score", "document", "sentence"],
           [[e.date, e.source, e.target, e.type, f"{e.score:+.1f}", f"{e.doc_id} s{e.sentence}",
             _short(e.sentence_text)] for e in pair.events])


@app.command()
@friendly
def graph(level: GraphLevel = typer.Option(GraphLevel.country, "--level", help="country: top-level codes as "
                                           "nodes; actor: every actor (people and bodies) as its own node."),
          actor: str = ActorOption, event_type: str = TypeOption, since: str = SinceOption,
          until: str = UntilOption, lang: str = LangOption, unasserted: bool = UnassertedOption,
          reports: bool = ReportsOption, limit: int = LimitOption, as_json: bool = JsonOption,
          db: str = StoreOption) -> None:
    """The relation graph: actors as nodes, events as directed edges weighted by count and signed by score."""
    edges = api.relations(db, _filters(actor, event_type, since, until, lang, unasserted, reports), level.value)
    edges.sort(key=lambda e: (-e[2]["events"], e[0], e[1]))
    if as_json:
        _json_lines([{"source": s, "target": t, **data} for s, t, data in edges])
        return
    _table(f"{len({node for s, t, _ in edges for node in (s, t)})} actors, {len(edges)} relations",
           ["source", "target", "events", "score", "sign", "types"],
           [[s, t, d["events"], f"{d['score']:+.1f}", d["sign"], d["types"]] for s, t, d in edges[:limit]])


@app.command()
@friendly
def dossier(actors: list[str] = typer.Argument(..., help="One actor code (BEL), or two (BEL CHN)."),
            format: DossierFormat = typer.Option(DossierFormat.md, "--format", "-f", help="md or html."),
            output: Path = typer.Option(None, "--output", "-o", help="Write to this file instead of the screen."),
            since: str = SinceOption, until: str = UntilOption, reports: bool = ReportsOption,
            db: str = StoreOption) -> None:
    """A cited brief on one actor, or on two and their relations: roles, timeline, quotes, commitments, figures."""
    if output:
        api.write_dossier(output, actors, db, format.value, since, until, reports)
        err.print(f"dossier written to {output}")
    else:
        sys.stdout.write(api.dossier_text(actors, db, format.value, since, until, reports=reports))


@app.command("export")
@friendly
def export_events(format: ExportFormat = typer.Option(..., "--format", "-f", help="plover (JSON lines), csv, "
                                                      "parquet, graphml or gexf (the relation graph)."),
                  output: Path = typer.Option(..., "--output", "-o", help="The file to write."),
                  actor: str = ActorOption, event_type: str = TypeOption, since: str = SinceOption,
                  until: str = UntilOption, lang: str = LangOption, unasserted: bool = UnassertedOption,
                  reports: bool = ReportsOption, db: str = StoreOption) -> None:
    """Export the events for other tools: PLOVER JSON lines, CSV, Parquet, GraphML or GEXF; each story once (by
    its first report) unless --reports."""
    count = api.export(output, format.value, db, _filters(actor, event_type, since, until, lang, unasserted, reports))
    unit = "relations" if format.value in ("graphml", "gexf") else "records"
    out.print(f"{count} {unit} written to {output}")


stories_app = typer.Typer(help="Stories: the reports of one real-world event, grouped across documents and "
                          "languages.", add_completion=False)
app.add_typer(stories_app, name="stories")


class StoryFormat(str, enum.Enum):
    table = "table"
    jsonl = "jsonl"


@stories_app.callback(invoke_without_command=True)
@friendly
def stories(context: typer.Context, actor: str = ActorOption, event_type: str = TypeOption,
            since: str = SinceOption, until: str = UntilOption, lang: str = LangOption,
            unasserted: bool = typer.Option(False, "--unasserted", help="Also list stories of events reported as "
                                            "negated, hypothetical or requested."),
            format: StoryFormat = typer.Option(StoryFormat.table, "--format", "-f", help="table, or jsonl: one "
                                               "story per line with its why and every report cited."),
            limit: int = LimitOption,
            rebuild: bool = typer.Option(False, "--rebuild", help="Group every stored report anew first (your "
                                         "merges and splits are applied again)."),
            db: str = StoreOption) -> None:
    """List the stories, newest first: one real-world event each, with how many reports, documents, publishers
    and languages tell it. `diplo stories show ID` shows one with every report; `merge` and `split` regroup."""
    if context.invoked_subcommand:
        return
    if rebuild:
        err.print(f"{api.rebuild_stories(db)} stories in {db}")
    rows = api.stories(db, _filters(actor, event_type, since, until, lang, unasserted), limit)
    if format == StoryFormat.jsonl:
        _json_lines([story.as_json() for story in rows])
        return
    _table(f"{len(rows)} stories", ["id", "type", "source", "target", "dates", "reports", "documents", "languages",
                                    "first report"],
           [[s.id, s.type + ("" if s.modality == "happened" else f" [{s.modality}]"), ", ".join(s.source),
             ", ".join(s.target), _dates(s.first_date, s.last_date), s.reports, s.documents, s.languages,
             _short(s.first.text, 100)] for s in rows])


def _dates(first: str | None, last: str | None) -> str:
    return first or "" if first == last else f"{first} to {last}"


@stories_app.command("show")
@friendly
def show_story(story: int = typer.Argument(..., help="A story id (see `diplo stories`)."),
               db: str = StoreOption) -> None:
    """Show one story: every report of it, cited, and why it joined."""
    found = api.story(story, db)
    out.print(_text(f"Story {found.id}: {found.type} {', '.join(found.source)} → {', '.join(found.target)}, "
                    f"{_dates(found.first_date, found.last_date)}; {found.reports} reports in {found.documents} "
                    f"documents, {found.languages} languages."))
    _table("Reports", ["document", "lang", "date", "sentence", "why"],
           [[f"{m.doc_id} s{m.sentence}", m.language, m.date, _short(m.text), m.why] for m in found.mentions])


@stories_app.command("merge")
@friendly
def merge_stories(story: int = typer.Argument(..., help="The story that stays."),
                  other: int = typer.Argument(..., help="The story merged into it."),
                  db: str = StoreOption) -> None:
    """Merge two stories you know tell one event; kept when stories are rebuilt."""
    out.print(f"story {other} merged into story {api.merge_stories(story, other, db)}")


@stories_app.command("split")
@friendly
def split_story(story: int = typer.Argument(..., help="The story to split."),
                documents: list[str] = typer.Argument(..., help="Documents (ids or sources) whose reports tell "
                                                      "another event."),
                db: str = StoreOption) -> None:
    """Take the reports of some documents out of a story into a story of their own; kept when stories are
    rebuilt."""
    out.print(f"story {api.split_story(story, documents, db)} split off story {story}")


@app.command()
@friendly
def serve(host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (only this machine by "
                                   "default; another address makes the page reachable from the network)."),
          port: int = typer.Option(8765, "--port", min=0, max=65535, help="Port to listen on (0: any free port)."),
          db: str = StoreOption) -> None:
    """Serve the web page (search, network, dyad timelines, documents, dossiers) until Ctrl-C."""
    if host not in api.LOCAL_HOSTS:
        _tell("warning", f"{host} makes the page reachable from other machines, without a password.")
    try:
        api.serve(db, host, port, announce=lambda url: err.print(f"diplo is serving {shown(db)} on {url} (Ctrl-C to stop)"))
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM, passed on by the server once it has stopped
        err.print("diplo has stopped serving.")


def main() -> None:
    """Run the command; SIGTERM stops it as Ctrl-C does, and usage errors are one line, as other errors are."""
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        code = app(standalone_mode=False, prog_name="diplo")
    except typer.TyperException as error:
        if type(error).__name__ == "NoArgsIsHelpError":  # `diplo` alone: its help (Typer tells it by name too)
            err.print(error.format_message())
        else:
            command = error.ctx.command_path if getattr(error, "ctx", None) else "diplo"
            _tell("error", f"{' '.join(error.format_message().split())} (see `{command} --help`)")
        code = Exit.USAGE
    except typer.Abort:
        code = 130
    _exit(code or 0)


def _exit(code: int) -> None:
    """End the process without freeing its objects one by one, which takes 0.2 s once spaCy's pipeline and the
    tables are loaded: the exit handlers run and the output is flushed first."""
    atexit._run_exitfuncs()
    with contextlib.suppress(OSError):  # a closed pipe (`diplo extract ... | head`)
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
