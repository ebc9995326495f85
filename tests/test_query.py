"""The query layer: search, listings, dyads, the relation graph, dossiers and the analysts' CLI commands.

The store is built from records written here by hand (texts, spans and facts), so that every count and
score below can be checked by reading this file.
"""
from __future__ import annotations

import json

import pytest
import typer.main
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from diplo import api
from diplo.analysis import dossier as dossiers
from diplo.analysis.document_view import annotate
from diplo.analysis.filters import EventFilter
from diplo.analysis.search import fts_query
from diplo.cli import app
from diplo.errors import BadDate, EmptySearch, NoDatabase, UnknownEventType
from diplo.records import (Actor, Commitment, Document, Event, Figure, Mention, Quote, Record, Role,
                           Sentence)
from diplo.store import Store, is_url
from diplo.web import create_app

from conftest import ENGINES, new_database

COUNTRIES = {"BEL": "Belgium", "CHN": "China", "NLD": "Netherlands", "UKR": "Ukraine"}
LAHBIB = Actor("person:hadja-lahbib", "person", "Hadja Lahbib", "BEL", (Role("Foreign Minister", "BEL"),))


class Text:
    """A document text with helpers that find the span and the sentence of a phrase in it."""

    def __init__(self, doc_id: str, text: str, language: str, published: str) -> None:
        self.document = Document(doc_id, text, f"/texts/{doc_id}.txt", language, True, text.split(".")[0],
                                 None, published)
        self.sentences, start = [], 0
        for index, piece in enumerate(text.split(". ")):
            end = start + len(piece) + (0 if piece.endswith(".") else 1)
            self.sentences.append(Sentence(index, start, end))
            start = end + 1

    def span(self, phrase: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = self.document.text.index(phrase, start + 1)
        return start, start + len(phrase)

    def sentence(self, phrase: str, nth: int = 0) -> int:
        start = self.span(phrase, nth)[0]
        return next(s.index for s in self.sentences if s.start <= start < s.end)

    def event(self, trigger: str, type: str, sources: tuple, targets: tuple, date: str, **more) -> Event:
        return Event(type, sources, targets, self.sentence(trigger), self.span(trigger), date=date, **more)

    def mention(self, phrase: str, actor: str, nth: int = 0) -> Mention:
        start, end = self.span(phrase, nth)
        return Mention(actor, start, end, self.sentence(phrase, nth), phrase, "test")

    def record(self, actors: list[str | Actor], mentions: list[tuple], **facts) -> Record:
        return Record(self.document, self.sentences,
                      [a if isinstance(a, Actor) else Actor(a, "country", COUNTRIES[a]) for a in actors],
                      [self.mention(*m) for m in mentions], **facts)


def sanctions_record() -> Record:
    t = Text("d1", "Belgium imposed sanctions on China. Minister Hadja Lahbib said: \"We will not accept "
                   "<unfair> *trade* practices.\" Belgium will give 5 million euros to Ukraine. Belgium "
                   "committed to cut emissions by 55% by 2030.", "en", "2023-05-03")
    return t.record(
        ["BEL", "CHN", "UKR", LAHBIB],
        [("Belgium", "BEL"), ("China", "CHN"), ("Hadja Lahbib", "person:hadja-lahbib"), ("Belgium", "BEL", 1),
         ("Ukraine", "UKR"), ("Belgium", "BEL", 2)],
        events=[t.event("imposed sanctions", "SANCTION", ("BEL",), ("CHN",), "2023-05-03")],
        quotes=[Quote("person:hadja-lahbib", "We will not accept <unfair> *trade* practices.",
                      *t.span("We will not accept <unfair> *trade* practices."), t.sentence("We will"))],
        figures=[Figure(5e6, "EUR", "5 million euros", *t.span("5 million euros"), t.sentence("5 million"),
                        owner="BEL")],
        commitments=[Commitment("BEL", 2030, "cut emissions by 55% by 2030", *t.span("cut emissions"),
                                t.sentence("cut emissions"), value=55.0, unit="%")],
    )


def talks_record() -> Record:
    t = Text("d2", "Hadja Lahbib and Belgium held talks with China. China accused Belgium of interference. "
                   "Belgium did not sanction China.", "en", "2024-02-14")
    return t.record(
        ["BEL", "CHN", LAHBIB],
        [("Hadja Lahbib", "person:hadja-lahbib"), ("Belgium", "BEL"), ("China", "CHN"), ("China", "CHN", 1),
         ("Belgium", "BEL", 1)],
        events=[t.event("held talks", "CONSULT", ("person:hadja-lahbib", "BEL"), ("CHN",), "2024-02-14"),
                t.event("accused", "ACCUSE", ("CHN",), ("BEL",), "2024-02-14"),
                t.event("sanction", "SANCTION", ("BEL",), ("CHN",), "2024-02-14", modality="negated")],
    )


def french_record() -> Record:
    t = Text("d3", "La Belgique condamne la Chine. La Belgique soutient la Chine depuis longtemps.", "fr",
             "2022-01-10")
    return t.record(["BEL", "CHN"], [("Belgique", "BEL"), ("Chine", "CHN")],
                    events=[t.event("condamne", "ACCUSE", ("BEL",), ("CHN",), "2022-01-10"),
                            t.event("soutient", "SUPPORT", ("BEL",), ("CHN",), "2022")])


def dutch_record() -> Record:
    t = Text("d4", "Nederland steunt Oekraïne.", "nl", "2024-03-01")
    return t.record(["NLD", "UKR"], [("Nederland", "NLD"), ("Oekraïne", "UKR")],
                    events=[t.event("steunt", "SUPPORT", ("NLD",), ("UKR",), "2024-03-01")])


@pytest.fixture(scope="module", params=ENGINES)
def db(request, tmp_path_factory):
    target = new_database(request, tmp_path_factory, request.param)
    with Store(target) as store:
        for record in (sanctions_record(), talks_record(), french_record(), dutch_record()):
            store.save(record)
    return target


def ids(hits) -> list[str]:
    return sorted(h.doc_id for h in hits)


def test_search_matches_words_without_case_or_accents(db):
    assert ids(api.search("IMPOSED", db)) == ["d1"]
    assert ids(api.search("sanction*", db)) == ["d1", "d2"]
    assert ids(api.search("oekraine", db)) == ["d4"]
    assert ids(api.search("imposed OR steunt", db)) == ["d1", "d4"]


def test_postgresql_matches_the_stems_of_each_documents_language(pg_db):
    with Store(pg_db) as store:
        for record in (sanctions_record(), talks_record(), french_record()):
            store.save(record)
    assert ids(api.search("sanction", pg_db)) == ["d1", "d2"]
    assert ids(api.search("condamnent", pg_db)) == ["d3"]


def test_search_snippet_marks_the_matched_words(db):
    [hit] = api.search("imposed", db)
    assert ("imposed", True) in hit.snippet_parts()
    assert hit.events == 1 and hit.published == "2023-05-03" and hit.language == "en"


def test_search_filters(db):
    assert ids(api.search("Belgique", db, EventFilter(language="fr"))) == ["d3"]
    assert ids(api.search("Belgium", db, EventFilter(since="2024"))) == ["d2"]
    assert ids(api.search("Belgium", db, EventFilter(until="2023-05"))) == ["d1"]
    assert ids(api.search(None, db, EventFilter(actor="UKR"))) == ["d1", "d4"]
    assert ids(api.search(None, db, EventFilter(actor="person:hadja-lahbib"))) == ["d1", "d2"]


def test_search_by_type_counts_only_events_that_happened(db):
    assert ids(api.search("sanction*", db, EventFilter(actor="BEL", type="SANCTION"))) == ["d1"]
    assert ids(api.search("sanction*", db, EventFilter(actor="BEL", type="SANCTION", include_unasserted=True))) \
        == ["d1", "d2"]
    assert ids(api.search(None, db, EventFilter(actor="CHN", type="ACCUSE"))) == ["d2", "d3"]


def test_search_text_is_never_query_syntax():
    assert fts_query('Belgium "China" (talks) -- NEAR sanction*') == \
        '"Belgium" """China""" "(talks)" "NEAR" "sanction"*'
    with pytest.raises(EmptySearch):
        fts_query("-- !!")


def test_punctuation_in_search_text_is_harmless(db):
    assert ids(api.search('Belgium "imposed" (sanctions) China:', db)) == ["d1"]


def test_events_are_filtered_by_actor_type_language_and_dates(db):
    events = api.events(db)
    assert all(e.happened for e in events) and len(events) == 7  # the CONSULT is two pairs; the negation is out
    assert [e.type for e in api.events(db, EventFilter(actor="CHN", until="2022"))] == ["ACCUSE", "SUPPORT"]
    assert {e.doc_id for e in api.events(db, EventFilter(language="nl"))} == {"d4"}
    assert [e.source for e in api.events(db, EventFilter(actor="person:hadja-lahbib"))] == ["person:hadja-lahbib"]
    assert len(api.events(db, EventFilter(type="sanction", include_unasserted=True))) == 2
    assert api.events(db, EventFilter(since="2024-03"))[0].sentence_text == "Nederland steunt Oekraïne."


def test_event_rows_carry_their_citation_and_score(db):
    [event] = api.events(db, EventFilter(type="SANCTION"))
    assert (event.doc_id, event.sentence, event.trigger_text) == ("d1", 0, "imposed sanctions")
    assert event.sentence_text == "Belgium imposed sanctions on China."
    assert (event.score, event.quad_class, event.source_name) == (-5.2, "material_conflict", "Belgium")


@pytest.mark.parametrize("bad, error", [({"since": "2022-13"}, BadDate), ({"until": "May 2022"}, BadDate),
                                        ({"type": "HUG"}, UnknownEventType)])
def test_bad_filters_are_one_sentence_errors(bad, error):
    with pytest.raises(error) as raised:
        EventFilter(**bad)
    assert str(raised.value).endswith(".") and "\n" not in str(raised.value)


def test_queries_never_create_a_database(tmp_path):
    with pytest.raises(NoDatabase):
        api.events(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_actors_are_listed_with_their_counts(db):
    actors = {a.id: a for a in api.actors(db)}
    assert (actors["BEL"].documents, actors["BEL"].mentions, actors["BEL"].events) == (3, 6, 5)
    assert actors["person:hadja-lahbib"].roles == ("Foreign Minister",)
    assert actors["person:hadja-lahbib"].events == 1
    assert [a.id for a in api.actors(db, kind="person")] == ["person:hadja-lahbib"]


def test_documents_are_listed_newest_first_with_counts(db):
    documents = api.documents(db)
    assert [d.id for d in documents] == ["d4", "d2", "d1", "d3"]
    d1 = next(d for d in documents if d.id == "d1")
    assert (d1.actors, d1.events, d1.quotes, d1.figures, d1.commitments) == (4, 1, 1, 1, 1)
    assert [d.id for d in api.documents(db, language="fr")] == ["d3"]


def test_dyad_scores_each_happened_event_once_per_month(db):
    pair = api.dyad("bel", "CHN", db)
    assert (pair.a_name, pair.b_name) == ("Belgium", "China")
    assert [e.type for e in pair.events] == ["SUPPORT", "ACCUSE", "SANCTION", "CONSULT", "ACCUSE"]
    assert pair.unasserted == 1 and pair.undated.events == 1  # the negated sanction; the SUPPORT dated "2022"
    months = {m.month: m for m in pair.months}
    assert pair.months[0].month == "2022-01" and pair.months[-1].month == "2024-02" and len(pair.months) == 26
    assert months["2022-01"].score == -2.0 and months["2023-05"].score == -5.2
    feb = months["2024-02"]
    assert (feb.events, feb.a_to_b, feb.b_to_a, feb.score, feb.cooperation, feb.conflict) == (2, 2.1, -2.0, 0.1, 1, 1)
    assert months["2023-01"].events == 0 and sum(m.score for m in pair.months) == pytest.approx(-7.1)
    assert pair.undated.score == 4.6 and pair.score == pytest.approx(-2.5)  # the undated SUPPORT counts in the total


def test_undated_events_are_shown_and_counted_in_the_total_everywhere(db):
    pair = TestClient(create_app(db)).get("/api/dyad", params={"a": "BEL", "b": "CHN"}).json()
    assert pair["undated"] == 1 and pair["months"][-1]["month"] == "undated" and pair["months"][-1]["score"] == 4.6
    assert pair["score"] == pytest.approx(sum(m["score"] for m in pair["months"]))
    page = TestClient(create_app(db)).get("/dyad", params={"a": "BEL", "b": "CHN"}).text
    assert "total score -2.5" in page and "1 of them undated or dated to the year only, +4.6" in page
    line = CliRunner().invoke(app, ["dyad", "BEL", "CHN", "--db", str(db)]).output.splitlines()[0]
    assert "total score -2.5 (1 of them undated or dated to the year only, +4.6)" in line
    assert "| undated | 1 | +4.6 |" in api.dossier_text(["BEL", "CHN"], db)


def test_dyad_lists_the_latest_events_and_scores_them_all(db):
    pair = api.dyad("BEL", "CHN", db, limit=2)
    assert [e.type for e in pair.events] == ["CONSULT", "ACCUSE"] and pair.count == 5 and pair.unasserted == 1
    assert pair.series == api.dyad("BEL", "CHN", db).series
    out = CliRunner().invoke(app, ["dyad", "BEL", "CHN", "--limit", "2", "--db", str(db)]).output
    assert "5 events, total score -2.5" in out and "Events (the latest 2)" in out
    lines = CliRunner().invoke(app, ["dyad", "BEL", "CHN", "--limit", "2", "--json", "--db", str(db)]).output
    assert len(lines.splitlines()) == len(pair.series) + 2


def test_dyad_since_until_and_person_level(db):
    assert [m.month for m in api.dyad("BEL", "CHN", db, since="2024").months] == ["2024-02"]
    person = api.dyad("person:hadja-lahbib", "CHN", db)
    assert [e.type for e in person.events] == ["CONSULT"] and person.months[0].a_to_b == 2.1


def test_relation_graph_edges_are_weighted_and_signed(db):
    graph = api.graph(db)
    assert set(graph.edges) == {("BEL", "CHN"), ("CHN", "BEL"), ("NLD", "UKR")}
    bel_chn = graph.edges["BEL", "CHN"]
    assert (bel_chn["events"], bel_chn["weight"], bel_chn["score"], bel_chn["sign"]) == (4, 4, -0.5, -1)
    assert (bel_chn["cooperation"], bel_chn["conflict"]) == (2, 2)
    assert graph.edges["NLD", "UKR"]["sign"] == 1
    assert graph.nodes["BEL"] == {"label": "Belgium", "kind": "country", "events": 5}


def test_relation_graph_filters_and_actor_level(db):
    assert set(api.graph(db, EventFilter(type="ACCUSE")).edges) == {("BEL", "CHN"), ("CHN", "BEL")}
    assert ("person:hadja-lahbib", "CHN") in api.graph(db, level="actor").edges
    assert api.graph(db, EventFilter(since="2030")).number_of_nodes() == 0


def test_dossier_on_one_actor(db):
    brief = api.dossier(["BEL"], db)
    assert [line.text for line in brief.roles] == ["Hadja Lahbib: Foreign Minister"]
    assert brief.events == 5 and brief.left_out == 1 and not brief.months
    assert brief.quotes[0].words.startswith("We will not accept") and brief.quotes[0].text == "Hadja Lahbib"
    assert brief.commitments[0].text == "Belgium, by 2030: 55 %"
    assert brief.figures[0].text == "Belgium: 5,000,000 EUR"
    assert [s.doc_id for s in brief.sources] == ["d2", "d3", "d1"]  # roles (newest first), then timeline


def test_a_dossier_lists_the_latest_events_and_counts_them_all(db, monkeypatch):
    monkeypatch.setattr(dossiers, "TIMELINE_LIMIT", 2)
    for actors in (["BEL"], ["BEL", "CHN"]):
        brief = api.dossier(actors, db)
        assert (brief.events, brief.left_out) == (5, 1)
        assert [line.date for line in brief.timeline] == ["2024-02-14", "2024-02-14"]
        assert "Timeline (latest 2 of 5 events)" in api.dossier_text(actors, db)


def test_dossier_on_two_actors_keeps_to_their_documents(db):
    brief = api.dossier(["BEL", "CHN"], db, since="2023")
    assert [line.doc_id for line in brief.timeline] == ["d1", "d2", "d2"]
    assert brief.months[0].month == "2023-05" and brief.left_out == 1
    assert all(line.doc_id in {"d1", "d2"} for line in brief.roles + brief.quotes + brief.figures)


def test_a_dossier_that_cites_nothing_is_empty(db):
    brief = api.dossier(["BEL", "RUS"], db)
    assert (brief.events, brief.timeline, brief.sources) == (0, [], [])


def test_dossier_markdown_cites_every_line_and_escapes_the_text(db):
    text = api.dossier_text(["BEL", "CHN"], db, "md")
    cited = [line for line in text.split("## Sources")[0].splitlines() if line.startswith("- ")]
    assert len(cited) > 5 and all(line.endswith("\\]") for line in cited)
    assert "Only events reported as asserted" in text
    assert "\\<unfair\\> \\*trade\\*" in text and "<unfair>" not in text
    assert "| Month | Events | Score | BEL → CHN | CHN → BEL |" in text


def test_dossier_html_escapes_the_text_and_links_citations(db):
    html = api.dossier_text(["BEL"], db, "html", link=lambda doc, sentence: f"/documents/{doc}#s{sentence}")
    assert "&lt;unfair&gt;" in html and "<unfair>" not in html
    assert 'href="/documents/d1#s1"' in html and html.startswith("<!doctype html>")


def test_a_dossier_is_on_one_or_two_actors(db):
    with pytest.raises(Exception, match="one actor or two"):
        api.dossier(["BEL", "CHN", "NLD"], db)


def test_document_view_covers_the_whole_text_and_every_fact(db):
    record, blocks = api.document_view("d1", db)
    assert "".join(p.text for b in blocks for p in b.pieces) == record.document.text
    facts = [f for b in blocks for f in b.facts]
    assert sorted({f.kind for f in facts}) == ["commitment", "event", "figure", "mention", "quote"]
    quoted = [p for b in blocks for p in b.pieces if "quote" in p.kinds]
    assert "".join(p.text for p in quoted) == "We will not accept <unfair> *trade* practices."
    event = next(f for f in facts if f.kind == "event")
    assert event.label == "SANCTION: Belgium → China (asserted, 2023-05-03)"


def test_document_view_cuts_overlapping_facts():
    record = talks_record()
    blocks = annotate(record)
    first = blocks[0]
    assert [p.text for p in first.pieces][:3] == ["Hadja Lahbib", " and ", "Belgium"]
    assert first.pieces[0].kinds == ("mention",)


runner = CliRunner()


def cli(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_cli_commands_print_tables_and_json(db):
    code, out = cli("dyad", "BEL", "CHN", "--db", str(db))
    assert code == 0 and "Belgium (BEL) and China (CHN): 5 events" in out
    code, out = cli("events", "--actor", "NLD", "--json", "--db", str(db))
    assert code == 0 and json.loads(out)["event_type"] == "SUPPORT"
    code, out = cli("search", "imposed", "--json", "--db", str(db))
    assert json.loads(out)["doc_id"] == "d1" and "\x02" not in out
    for command in (["actors"], ["documents"], ["graph"], ["dossier", "BEL", "CHN"]):
        code, out = cli(*command, "--db", str(db))
        assert code == 0 and out.strip(), command


def test_cli_errors_are_one_sentence(db, request, tmp_path_factory):
    code, out = cli("events", "--since", "yesterday", "--db", str(db))
    assert code == 3 and "error:" in out and "Traceback" not in out
    empty = new_database(request, tmp_path_factory, "postgresql" if is_url(db) else "sqlite")
    code, out = cli("dossier", "BEL", "--db", empty)
    assert code == 3 and "no diplo database" in out


def test_cli_dossier_writes_html(db, tmp_path):
    target = tmp_path / "brief.html"
    code, _ = cli("dossier", "BEL", "--format", "html", "-o", str(target), "--db", str(db))
    assert code == 0 and "<h1>Dossier: Belgium (BEL)</h1>" in target.read_text(encoding="utf-8")


ANALYST_COMMANDS = ["search", "events", "actors", "documents", "dyad", "graph", "dossier", "export", "serve",
                    "stories"]


@pytest.mark.parametrize("command", ANALYST_COMMANDS)
def test_every_analyst_command_and_option_is_documented(command):
    click_command = typer.main.get_command(app).commands[command]
    assert click_command.help
    assert all(param.help for param in click_command.params), command
    code, out = cli(command, "--help")
    assert code == 0 and "Usage" in out
