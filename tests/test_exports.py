"""Exports read back: PLOVER JSON lines against the PLOVER fields, CSV columns, Parquet with pyarrow,
GraphML and GEXF with networkx. The store is ingested once from short texts written here."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from diplo import api
from diplo.analysis.filters import EventFilter
from diplo.cli import app
from diplo.errors import UnknownExportFormat
from diplo.export.table import COLUMNS

from conftest import ENGINES, new_database, write_texts

TEXTS = {
    "sanctions.txt": "Belgium imposes sanctions on China\n\nBrussels, 3 May 2023\n\nBelgium imposed sanctions on "
                     "China on Tuesday. Foreign Minister Hadja Lahbib said: \"We will not accept unfair trade "
                     "practices.\" Belgium will provide 5 million euros to Ukraine.",
    "talks.txt": "Belgium and China hold talks\n\nBeijing, 14 February 2024\n\nThe Belgian Foreign Minister met the "
                 "Chinese Foreign Minister Wang Yi in Beijing. China accused Belgium of interference.",
    "condamne.txt": "La Belgique condamne la Chine\n\nBruxelles, le 10 janvier 2022\n\nLa Belgique a condamné la "
                    "Chine pour la répression à Hong Kong. La Belgique pourrait sanctionner la Chine.",
}
PLOVER_FIELDS = {"id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "text_info", "cite_info"}


@pytest.fixture(scope="module", params=ENGINES)
def db(request, tmp_path_factory):
    target = new_database(request, tmp_path_factory, request.param)
    assert api.ingest(write_texts(tmp_path_factory.mktemp("exports"), TEXTS), db=target, workers=1).ingested == 3
    return target


@pytest.fixture(scope="module")
def pairs(db):
    """Every stored event pair that happened: what each table export must hold."""
    rows = api.events(db, limit=None)
    assert any(e.type == "SANCTION" and (e.source_country, e.target_country) == ("BEL", "CHN") for e in rows)
    return rows


def export(db, tmp_path, format: str, suffix: str, where: EventFilter = EventFilter()):
    path = tmp_path / f"events.{suffix}"
    count = api.export(path, format, db, where)
    return path, count


def test_plover_records_have_the_plover_fields(db, pairs, tmp_path):
    path, count = export(db, tmp_path, "plover", "jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert count == len(records) == len({(e.doc_id, e.event_no) for e in pairs})
    types = api.plover_types()
    for record in records:
        assert PLOVER_FIELDS <= set(record)
        assert record["event"] in types and record["event_scale"] == types[record["event"]]["score"]
        assert record["actor"] and all({"code", "identifier_id", "identifier_text"} <= set(a) for a in record["actor"])
        assert isinstance(record["context"], list) and 1 <= record["quad_code"] <= 4
        assert record["date"][:4].isdigit() and record["cite_info"]["language"] in {"en", "fr"}


def test_plover_offsets_point_at_the_event_text(db, tmp_path):
    path, _ = export(db, tmp_path, "plover", "jsonl")
    for record in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
        text = api.show(record["cite_info"]["citation"], db).document.text
        info = record["text_info"]
        assert text[info["start"]:info["end"]] == record["event_text"]
        assert text[info["sentence_start"]:info["sentence_end"]] == info["sentence"]
        assert info["sentence_start"] <= info["start"] < info["end"] <= info["sentence_end"]


def test_plover_marks_unasserted_events_with_a_special_context(db, tmp_path):
    path, _ = export(db, tmp_path, "plover", "jsonl", EventFilter(include_unasserted=True))
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    hypothetical = [r for r in records if r["modality"] == "hypothetical"]
    assert hypothetical and all("hypothetical" in r["context"] for r in hypothetical)


def test_csv_has_one_row_per_event_pair_with_the_gdelt_columns(db, pairs, tmp_path):
    path, count = export(db, tmp_path, "csv", "csv")
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == COLUMNS and count == len(rows) == len(pairs)
    for expected in ("date", "source_code", "source_name", "target_code", "target_name", "event_type",
                     "quad_class", "score", "location", "source_url", "sentence"):
        assert expected in COLUMNS
    sanction = next(r for r in rows if r["event_type"] == "SANCTION")
    assert (sanction["source_country"], sanction["target_country"], sanction["score"]) == ("BEL", "CHN", "-5.2")
    assert sanction["quad_class"] == "material_conflict" and sanction["source_url"].endswith("sanctions.txt")
    assert "sanctions" in sanction["sentence"]


def test_parquet_reads_back_with_pyarrow(db, pairs, tmp_path):
    path, count = export(db, tmp_path, "parquet", "parquet")
    table = pq.read_table(path)
    assert table.schema.names == COLUMNS and table.num_rows == count == len(pairs)
    assert str(table.schema.field("score").type) == "double" and str(table.schema.field("year").type) == "int32"
    assert sorted(table.column("event_id").to_pylist()) == sorted(e.id for e in pairs)


def test_graphml_and_gexf_read_back_with_networkx(db, tmp_path):
    graph = api.graph(db)
    path, count = export(db, tmp_path, "graphml", "graphml")
    back = nx.read_graphml(path)
    assert count == graph.number_of_edges() == back.number_of_edges() and set(back.edges) == set(graph.edges)
    edge = back.edges["BEL", "CHN"]
    assert edge["events"] == graph.edges["BEL", "CHN"]["events"] and edge["score"] == graph.edges["BEL", "CHN"]["score"]
    assert back.nodes["BEL"]["label"] == "Belgium"
    path, _ = export(db, tmp_path, "gexf", "gexf")
    assert set(nx.read_gexf(path).nodes) == set(graph.nodes)


def test_exports_of_nothing_are_valid_empty_files(db, tmp_path):
    nothing = EventFilter(since="2099")
    csv_path, _ = export(db, tmp_path, "csv", "csv", nothing)
    assert csv_path.read_text(encoding="utf-8").strip() == ",".join(COLUMNS)
    parquet_path, _ = export(db, tmp_path, "parquet", "parquet", nothing)
    assert pq.read_table(parquet_path).num_rows == 0
    plover_path, count = export(db, tmp_path, "plover", "jsonl", nothing)
    assert count == 0 and plover_path.read_text(encoding="utf-8") == ""


def test_unknown_export_format_is_an_error(db, tmp_path):
    with pytest.raises(UnknownExportFormat):
        api.export(tmp_path / "x", "xlsx", db)


def test_cli_export(db, tmp_path):
    target = tmp_path / "events.csv"
    result = CliRunner().invoke(app, ["export", "--format", "csv", "-o", str(target), "--actor", "CHN",
                                      "--db", str(db)])
    assert result.exit_code == 0 and "records written" in result.output
    assert target.read_text(encoding="utf-8").startswith("event_id,")
