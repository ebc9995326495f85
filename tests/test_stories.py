"""Stories: reports of one event grouped across documents and languages, near-misses kept apart, counted once
by the queries, attached as documents come, explained, and regrouped by hand across rebuilds.

The near-misses are records written here (no NLP); the last tests ingest short texts written here in four
languages. Every test runs on SQLite and on PostgreSQL."""
from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from diplo import api, stories
from diplo.analysis.events import plover_score
from diplo.analysis.filters import EventFilter
from diplo.cli import app
from diplo.records import Actor, Document, Event, Figure, Record, Sentence
from diplo.store import Store

from conftest import ENGINES, new_database, write_texts

runner = CliRunner()
ALL = EventFilter(include_unasserted=True)
PISTORIUS = Actor("person:boris-pistorius", "person", "Boris Pistorius", affiliation="DEU")
# name: (type, sources, targets, published, own date, modality, figures); the expected stories are the groups
# of names that share their first letter and part of their story (a1 a2 a3 | a4 | b1 b2 | b3 ...).
REPORTS = {
    "a1": ("CONSULT", ("BEL",), ("NLD",), "2023-03-07", "2023-03-07", "asserted", ()),
    "a2": ("CONSULT", ("NLD",), ("BEL",), "2023-03-08", "2023-03-07", "asserted", ()),  # the other way round
    "a3": ("CONSULT", ("BEL",), ("NLD",), "2023-03-08", None, "asserted", ()),  # its document's date only
    "a4": ("CONSULT", ("BEL",), ("NLD",), "2023-03-21", "2023-03-21", "asserted", ()),  # they meet again
    "b1": ("SANCTION", ("EU",), ("RUS",), "2023-06-23", "2023-06-23", "asserted", (71,)),
    "b2": ("SANCTION", ("EU",), ("RUS",), "2023-08-10", None, "asserted", (71,)),  # within a season
    "b3": ("SANCTION", ("EU",), ("RUS",), "2023-07-20", None, "asserted", (12,)),  # another package
    "c1": ("THREATEN", ("RUS",), ("EU",), "2023-06-26", "2023-06-26", "asserted", ()),
    "c2": ("SANCTION", ("RUS",), ("EU",), "2023-06-26", "2023-06-26", "asserted", ()),  # the act threatened
    "d1": ("SANCTION", ("BEL",), ("CHN",), "2024-01-10", "2024-01-10", "asserted", ()),
    "d2": ("SANCTION", ("BEL",), ("CHN",), "2024-01-10", "2024-01-10", "negated", ()),
    "d3": ("SANCTION", ("BEL",), ("CHN",), "2024-01-10", "2024-01-10", "future", ()),
    "e1": ("CONSULT", ("BENELUX",), (), "2024-06-03", "2024-06-03", "asserted", ()),  # a group for its members
    "e2": ("CONSULT", ("BEL", "NLD"), ("LUX",), "2024-06-03", "2024-06-03", "asserted", ()),
    "f1": ("AID", ("DEU",), ("UKR",), "2024-02-05", "2024-02-05", "asserted", ()),
    "f2": ("AID", (PISTORIUS.id,), ("UKR",), "2024-02-06", "2024-02-05", "asserted", ()),  # a person for his side
    "f3": ("AID", ("UKR",), ("DEU",), "2024-02-05", "2024-02-05", "asserted", ()),  # the other way: another event
}
EXPECTED = [{"a1", "a2", "a3"}, {"a4"}, {"b1", "b2"}, {"b3"}, {"c1"}, {"c2"}, {"d1", "d3"}, {"d2"}, {"e1", "e2"},
            {"f1", "f2"}, {"f3"}]


def record(name: str, report: tuple | None = None) -> Record:
    """A one-sentence document holding one event (and its figures), as the pipeline would store it."""
    event_type, sources, targets, published, date, modality, figures = report or REPORTS[name]
    text = f"Report {name}: {event_type} by {', '.join(sources)}."
    return Record(Document(id=name, text=text, source=f"reports/{name}.txt", language="en", supported=True,
                           published=published),
                  sentences=[Sentence(0, 0, len(text))], actors=[PISTORIUS] if PISTORIUS.id in sources else [],
                  events=[Event(event_type, sources, targets, 0, (0, 6), modality=modality, date=date)],
                  figures=[Figure(value, "count", str(value), 0, 6, 0) for value in figures])


def save(store: Store, *records: Record) -> None:
    for one in records:
        assert store.save(one, then=stories.attach_document)


def grouping(db) -> list[set[str]]:
    """The stories as sets of document ids, in the order of EXPECTED."""
    return grouping_of(stories.stories(db, ALL))


def grouping_of(found) -> list[set[str]]:
    return sorted(({m.doc_id for m in story.mentions} for story in found), key=min)


@pytest.fixture(params=ENGINES)
def store(request, tmp_path_factory):
    with Store(new_database(request, tmp_path_factory, request.param)) as opened:
        save(opened, *map(record, REPORTS))
        yield opened


def story_of(store: Store, name: str) -> stories.Story:
    return next(s for s in stories.stories(store.db, ALL) if name in {m.doc_id for m in s.mentions})


def test_reports_group_into_stories_and_near_misses_stay_apart(store):
    assert grouping(store.db) == EXPECTED


def test_a_rebuild_groups_as_the_documents_came(store):
    with store.transaction() as db:
        assert stories.rebuild(db) == len(EXPECTED)
    assert grouping(store.db) == EXPECTED


def test_a_story_sums_up_its_reports_and_says_why_each_joined(store):
    meeting = story_of(store, "a1")
    assert (meeting.type, meeting.source, meeting.target) == ("CONSULT", ("BEL", "NLD"), ())
    assert (meeting.first_date, meeting.last_date, meeting.reports, meeting.documents) == ("2023-03-07",
                                                                                        "2023-03-08", 3, 3)
    assert meeting.first.doc_id == "a1" and meeting.first.why == "the first report"
    why = {m.doc_id: m.why for m in meeting.mentions}
    assert why["a2"].startswith("the same CONSULT between BEL, NLD; dated 2023-03-07 (its own date)")
    assert "the same day" in why["a2"] and "its document's date" in why["a3"]
    assert "shared figures (71)" in {m.doc_id: m.why for m in story_of(store, "b1").mentions}["b2"]
    aid = story_of(store, "f1")
    assert (aid.source, aid.target) == (("DEU",), ("UKR",))


def test_a_new_document_joins_its_story_and_changes_no_other(store):
    others = {row["id"]: tuple(row) for row in store.db.execute("SELECT * FROM stories")}
    sanctions = story_of(store, "b1").id
    save(store, record("b4", ("SANCTION", ("EU",), ("RUS",), "2023-06-24", "2023-06-23", "asserted", (71,))))
    assert story_of(store, "b4").id == sanctions and story_of(store, "b4").reports == 3
    after = {row["id"]: tuple(row) for row in store.db.execute("SELECT * FROM stories")}
    assert {i: row for i, row in after.items() if i != sanctions} == {i: r for i, r in others.items() if i != sanctions}


@pytest.mark.parametrize("engine", ENGINES)
def test_a_long_documents_reports_join_their_stories_and_each_story_is_summed_up_once(request, tmp_path_factory,
                                                                                      engine):
    kinds = [("CONSULT", ("BEL",), ("NLD",))] * 30 + [("SANCTION", ("EU",), ("RUS",))] * 20
    text = " ".join(f"Report {i}." for i in range(len(kinds)))
    sentences = [Sentence(i, text.index(f"Report {i}."), text.index(f"Report {i}.") + len(f"Report {i}."))
                 for i in range(len(kinds))]
    events = [Event(kind, sources, targets, i, (sentences[i].start, sentences[i].start + 6), date="2023-03-07")
              for i, (kind, sources, targets) in enumerate(kinds)]
    long = Record(Document(id="long", text=text, source="records/long.txt", language="en", supported=True,
                           published="2023-03-07"), sentences=sentences, events=events)
    statements: list[str] = []
    with Store(new_database(request, tmp_path_factory, engine)) as opened:
        execute = opened.db.execute
        opened.db.execute = lambda sql, params=(): statements.append(sql) or execute(sql, params)
        save(opened, long)
        found = sorted((story.type, story.reports, story.documents) for story in stories.stories(opened.db, ALL))
    assert found == [("CONSULT", 30, 1), ("SANCTION", 20, 1)]
    assert sum(s.lstrip().startswith("UPDATE stories SET (reports") for s in statements) == 2  # not once a report


def test_a_document_stored_again_keeps_its_place(store):
    for name in ("a2", "b3"):
        assert store.save(record(name), replace=True, then=stories.attach_document)
    assert grouping(store.db) == EXPECTED
    assert store.db.execute("SELECT COUNT(*) FROM stories WHERE reports = 0").fetchone()[0] == 0


def test_merges_and_splits_are_recorded_and_kept_across_rebuilds(store):
    with store.transaction() as db:
        split_off = stories.split(db, story_of(store, "a1").id, ["a3"], store.target)
        merged = stories.merge(db, story_of(store, "b1").id, story_of(store, "b3").id, store.target)
    assert story_of(store, "a3").id == split_off and story_of(store, "b3").id == merged
    edited = [{"a1", "a2"}, {"a3"}, {"a4"}, {"b1", "b2", "b3"}] + EXPECTED[4:]
    assert grouping(store.db) == edited
    with store.transaction() as db:
        stories.rebuild(db)
    assert grouping(store.db) == edited
    assert story_of(store, "a3").first.why.startswith("split off by hand (edit 1, ")
    assert {m.doc_id: m.why for m in story_of(store, "b3").mentions}["b3"].startswith("merged by hand (edit 2, ")


def test_the_command_line_lists_shows_regroups_and_refuses_with_a_sentence(store):
    db = ["--db", store.target]
    lines = [json.loads(line) for line in runner.invoke(app, ["stories", "--format", "jsonl", *db]).output.splitlines()]
    assert len(lines) == len(EXPECTED) - 1  # the negated story is listed with --unasserted only
    meeting = next(line for line in lines if line["reports"] == 3 and line["type"] == "CONSULT")
    assert {"id", "type", "source", "target", "first_date", "last_date", "reports", "why", "mentions"} <= set(meeting)
    first = meeting["mentions"][0]
    assert (first["document"], first["sentence"], first["start"], first["end"]) == ("reports/a1.txt", 0, 0, 6)
    assert len(meeting["why"]) == 2
    shown = runner.invoke(app, ["stories", "show", str(meeting["id"]), *db])
    assert shown.exit_code == 0 and "3 reports in 3 documents" in shown.output
    split = runner.invoke(app, ["stories", "split", str(meeting["id"]), "reports/a3.txt", *db])
    assert split.exit_code == 0 and f"split off story {meeting['id']}" in split.output
    refused = runner.invoke(app, ["stories", "merge", str(story_of(store, "c1").id), str(story_of(store, "c2").id),
                                  *db])
    assert refused.exit_code == 3 and "cannot be merged: one is THREATEN, the other SANCTION" in refused.output
    missing = runner.invoke(app, ["stories", "show", "999", *db])
    assert missing.exit_code == 3 and "There is no story 999" in missing.output
    rebuilt = runner.invoke(app, ["stories", "--rebuild", "--unasserted", *db])
    assert rebuilt.exit_code == 0 and f"{len(EXPECTED) + 1} stories" in rebuilt.output


# The same meeting told in four languages, the same ministers meeting again, two sanctions packages.
TEXTS = {
    "meeting.en.txt": "Brussels, 7 March 2023\n\nBelgian Foreign Minister Hadja Lahbib met Dutch Foreign Minister "
                      "Wopke Hoekstra in Brussels on Tuesday.",
    "meeting.fr.txt": "Bruxelles, le 7 mars 2023\n\nLa Belgique et les Pays-Bas ont tenu mardi des consultations à "
                      "Bruxelles.",
    "meeting.nl.txt": "Den Haag, 8 maart 2023\n\nMinister Wopke Hoekstra heeft dinsdag in Brussel de Belgische "
                      "minister Hadja Lahbib ontmoet.",
    "again.en.txt": "The Hague, 21 March 2023\n\nBelgian Foreign Minister Hadja Lahbib met Dutch Foreign Minister "
                    "Wopke Hoekstra in The Hague on Tuesday.",
    "sanctions.en.txt": "Brussels, 23 June 2023\n\nThe European Union imposed sanctions on 71 Russian individuals "
                        "on Friday.",
    "sanctions.de.txt": "Brüssel, 23. Juni 2023\n\nDie EU sanktioniert 71 Russen.",
    "package.en.txt": "Brussels, 20 July 2023\n\nThe European Union imposed sanctions on 12 Russian individuals on "
                      "Thursday.",
}


@pytest.fixture(scope="module", params=ENGINES)
def texts_db(request, tmp_path_factory):
    path = new_database(request, tmp_path_factory, request.param)
    assert api.ingest(write_texts(tmp_path_factory.mktemp("story-texts"), TEXTS), db=path, workers=1).ingested \
        == len(TEXTS)
    return path


def test_one_meeting_told_in_three_languages_is_one_story(texts_db):
    found = {(s.type, s.reports, s.languages) for s in api.stories(texts_db)}
    assert found == {("CONSULT", 3, 3), ("CONSULT", 1, 1), ("SANCTION", 2, 2), ("SANCTION", 1, 1)}


def test_counting_stories_changes_the_dyads_monthly_score_as_it_should(texts_db):
    """Four reports of two meetings in March: the month scores two meetings, or four reports with --reports."""
    by_story, by_report = api.dyad("BEL", "NLD", texts_db), api.dyad("BEL", "NLD", texts_db, reports=True)
    [march] = [m for m in by_story.months if m.month == "2023-03"]
    [march_reports] = [m for m in by_report.months if m.month == "2023-03"]
    assert (march.events, march_reports.events) == (2, 4)
    assert march.score == pytest.approx(2 * plover_score("CONSULT"))
    assert march_reports.score == pytest.approx(4 * plover_score("CONSULT"))
    assert by_story.score == pytest.approx(march.score)


def test_the_graph_the_events_and_the_exports_count_stories_unless_asked_for_reports(texts_db, tmp_path):
    every = EventFilter(every_report=True)
    assert api.graph(texts_db).edges["EU", "RUS"]["events"] == 2
    assert api.graph(texts_db, every).edges["EU", "RUS"]["events"] == 3
    sanctions = [e for e in api.events(texts_db, EventFilter(type="SANCTION"))]
    assert len({(e.doc_id, e.event_no) for e in sanctions}) == 2 and {e.story_reports for e in sanctions} == {1, 2}
    for where, expected in ((EventFilter(type="SANCTION"), 2), (EventFilter(type="SANCTION", every_report=True), 3)):
        api.export(tmp_path / "events.csv", "csv", texts_db, where)
        with open(tmp_path / "events.csv", encoding="utf-8", newline="") as handle:
            assert len({row["story_id"] for row in csv.DictReader(handle)}) == 2
            handle.seek(0)
            assert len(list(csv.DictReader(handle))) == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_stories_stored_before_the_stage_are_attached_when_listed(request, tmp_path_factory, engine):
    target = new_database(request, tmp_path_factory, engine)
    with Store(target) as store:
        for name in REPORTS:
            assert store.save(record(name))
        assert stories.pending_documents(store.db) == sorted(REPORTS, key=lambda name: (REPORTS[name][3], name))
    assert grouping_of(api.stories(target, ALL, limit=None)) == EXPECTED
