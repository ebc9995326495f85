"""Every export format diplo writes, by name."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from ..analysis.filters import EventFilter
from ..errors import UnknownExportFormat
from ..store import Connection

Writer = Callable[[Connection, Path, EventFilter], int]
FORMATS = ("plover", "csv", "parquet", "graphml", "gexf")


def writers() -> dict[str, Writer]:
    """The writer of each format, imported when used (Parquet and the graph formats load large libraries)."""
    from .network import write_graph
    from .plover import write_plover
    from .table import write_csv, write_parquet

    return {"plover": write_plover, "csv": write_csv, "parquet": write_parquet,
            "graphml": partial(write_graph, format="graphml"), "gexf": partial(write_graph, format="gexf")}


def write(db: Connection, path: Path, format: str, where: EventFilter = EventFilter()) -> int:
    """Write the events matching the filter to `path` in `format`; returns how many records (or edges) it wrote."""
    if format not in FORMATS:
        raise UnknownExportFormat(format=format, known=", ".join(FORMATS))
    return writers()[format](db, Path(path), where)
