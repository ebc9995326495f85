"""diplo's command line: a thin layer over `diplo.api`."""
from __future__ import annotations

import enum
import functools
import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import api
from .errors import DiploError
from .export.record import record_to_dict
from .pipeline import Failure, default_workers
from .store import DEFAULT_DB

app = typer.Typer(help="diplo: a cited record of international relations from foreign-affairs texts.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
err = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)


class Exit(enum.IntEnum):
    OK = 0
    SOME_FAILED = 1
    USAGE = 2
    ERROR = 3


class Format(str, enum.Enum):
    json = "json"
    jsonl = "jsonl"


DbOption = typer.Option(DEFAULT_DB, "--db", help="The diplo database file (created if missing).")
WorkersOption = typer.Option(0, "--workers", "-w", help="Worker processes (0: one per core, up to 4).")


def friendly(command):
    """Report DiploError as one sentence on stderr and a non-zero exit, never as a traceback."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except DiploError as error:
            err.print(f"[red]error:[/red] {error}")
            raise typer.Exit(Exit.ERROR) from None
        except KeyboardInterrupt:
            err.print("Interrupted: documents already stored are kept; run the command again to finish.")
            raise typer.Exit(130) from None
    return wrapper


@app.command()
@friendly
def extract(files: list[Path] = typer.Argument(..., help="Files or folders to read."),
            format: Format = typer.Option(Format.json, "--format", "-f", help="json: one indented record per "
                                          "document; jsonl: one record per line."),
            workers: int = typer.Option(1, "--workers", "-w", help="Worker processes (0: one per core).")) -> None:
    """Print the record of each document (RECORD.md format) without using a database."""
    failed = 0
    for result in api.extract(files, workers=workers or default_workers()):
        if isinstance(result, Failure):
            failed += 1
            err.print(f"[red]failed:[/red] {result.message}", markup=True)
            continue
        record = record_to_dict(result)
        text = json.dumps(record, ensure_ascii=False, indent=None if format == Format.jsonl else 1)
        sys.stdout.write(text + "\n")
    if failed:
        raise typer.Exit(Exit.SOME_FAILED)


@app.command()
@friendly
def ingest(paths: list[Path] = typer.Argument(None, help="Files or folders (.txt .md .html .htm .jsonl .pdf)."),
           samples: bool = typer.Option(False, "--samples", help="Ingest the sample documents bundled with diplo."),
           db: Path = DbOption, workers: int = WorkersOption,
           reprocess: bool = typer.Option(False, "--reprocess", help="Extract again documents already stored."),
           ) -> None:
    """Read documents, extract their records and store them; already stored documents are skipped."""
    paths = list(paths or []) + (api.sample_paths() if samples else [])
    if not paths:
        err.print("Give files or folders to ingest, or --samples.")
        raise typer.Exit(Exit.USAGE)
    with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("ingest", total=None)
        summary = api.ingest(paths, db=db, workers=workers or default_workers(), reprocess=reprocess,
                             progress=lambda done, total: bar.update(task, completed=done, total=total))
    for failure in summary.failures:
        err.print(f"[red]failed:[/red] {failure.message}")
    out.print(f"{summary.ingested} ingested, {summary.duplicates} already stored, {summary.failed} failed "
              f"in {summary.seconds:.1f} s -> {db}")
    if summary.failed:
        raise typer.Exit(Exit.SOME_FAILED)


@app.command()
@friendly
def show(doc_id: str = typer.Argument(..., help="A document id (see `diplo documents`)."), db: Path = DbOption) -> None:
    """Print a stored document's record."""
    sys.stdout.write(json.dumps(record_to_dict(api.show(doc_id, db)), ensure_ascii=False, indent=1) + "\n")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
