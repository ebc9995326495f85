"""The web page through FastAPI's TestClient: every page and endpoint answers, and untrusted document text
(`<script>`, `onerror=`, `javascript:` links) reaches the page only as escaped text."""
from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from diplo import api
from diplo.records import Document, Record
from diplo.store import Store
from diplo.web import create_app

from conftest import ENGINES, new_database, write_texts

HOSTILE = ('<script>window.pwned = 1</script> Belgium <img src=x onerror="window.pwned = 2"> statement\n\n'
           'Brussels, 5 June 2023\n\nBelgium condemned Russia <script>window.pwned = 3</script> for the attack. '
           'The minister said: "<img src=x onerror=window.pwned=4>".')
TEXTS = {
    "sanctions.txt": "Belgium imposes sanctions on China\n\nBrussels, 3 May 2023\n\nBelgium imposed sanctions on "
                     "China on Tuesday. Foreign Minister Hadja Lahbib said: \"We will not accept unfair trade "
                     "practices.\"",
    "talks.txt": "Belgium and China hold talks\n\nBeijing, 14 February 2024\n\nThe Belgian Foreign Minister met the "
                 "Chinese Foreign Minister Wang Yi in Beijing. China accused Belgium of interference.",
    "hostile.txt": HOSTILE,
}
LINKED = {"text": "Brussels, 6 June 2023\n\nBelgium welcomed the agreement with Morocco.",
          "title": "<b onmouseover=alert(1)>Linked</b>", "url": "javascript:window.pwned=5"}


class Tags(HTMLParser):
    """Every start tag of a page, with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


@pytest.fixture(scope="module", params=ENGINES)
def db(request, tmp_path_factory):
    files = write_texts(tmp_path_factory.mktemp("web"), {**TEXTS, "linked.jsonl": json.dumps(LINKED) + "\n"})
    target = new_database(request, tmp_path_factory, request.param)
    assert api.ingest(files, db=target, workers=1).ingested == 4
    return target


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def doc_id(db, source_name: str) -> str:
    return next(d.id for d in api.documents(db) if source_name in d.source)


def pages(db) -> list[str]:
    hostile, linked = doc_id(db, "hostile.txt"), doc_id(db, "linked.jsonl")
    return ["/", "/?q=Belgium", "/?q=statement&actor=BEL", "/?actor=RUS&type=ACCUSE", "/documents",
            f"/documents/{hostile}", f"/documents/{linked}", "/actors", "/network", "/dyad?a=BEL&b=RUS",
            "/dyad?a=BEL&b=CHN", "/dossier?a=BEL", "/dossier?a=BEL&b=RUS", "/api/dossier?a=BEL&format=html",
            "/stories", "/stories?actor=BEL", "/dyad?a=BEL&b=CHN&reports=true", "/network?reports=true"] + [f"/stories/{s.id}" for s in api.stories(db)]


def test_every_page_answers_with_a_strict_content_policy(client, db):
    for url in pages(db):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "script-src 'self'" in response.headers["content-security-policy"] or "/api/" in url
        assert response.headers["x-content-type-options"] == "nosniff"


def test_documents_text_is_escaped_and_runs_nothing(client, db):
    """A document holding <script>, onerror= and a javascript: link shows them as text on every page."""
    for url in pages(db):
        html = client.get(url).text
        assert "<script>window" not in html and "<img" not in html and "<b onmouseover" not in html, url
        for tag, attributes in tags(html):
            assert not any(name.startswith("on") for name in attributes), (url, tag, attributes)
            assert tag != "script" or attributes.get("src", "").startswith("/static/"), (url, attributes)
            assert not attributes.get("href", "").lower().startswith("javascript:"), (url, attributes)
    page = client.get(f"/documents/{doc_id(db, 'hostile.txt')}").text
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=window.pwned=4&gt;" in page


def test_search_page_marks_matches_and_lists_filtered_events(client):
    html = client.get("/?q=sanctions&actor=BEL&type=SANCTION").text
    assert "<mark>sanctions</mark>" in html and "Belgium imposes sanctions on China" in html
    assert "Events matching the filters" in html


def test_document_page_highlights_every_kind_of_fact(client, db):
    html = client.get(f"/documents/{doc_id(db, 'sanctions.txt')}").text
    marks = [attributes["class"] for tag, attributes in tags(html) if tag == "mark"]
    for kind in ("mention", "event", "quote"):
        assert any(f"k-{kind}" in c for c in marks), kind
    assert 'id="s1"' in html


def test_json_endpoints(client):
    graph = client.get("/api/graph").json()
    assert {"BEL", "CHN"} <= {n["id"] for n in graph["nodes"]}
    assert all({"source", "target", "events", "score", "sign"} <= set(e) for e in graph["edges"])
    pair = client.get("/api/dyad", params={"a": "CHN", "b": "BEL"}).json()
    assert pair["a_name"] == "China" and pair["events"] and pair["months"]
    assert client.get("/api/search", params={"q": "talks"}).json()[0]["title"] == "Belgium and China hold talks"
    assert client.get("/api/events", params={"type": "SANCTION"}).json()[0]["event_type"] == "SANCTION"
    assert client.get("/api/actors").json() and client.get("/api/documents").json()
    every = client.get("/api/dyad", params={"a": "CHN", "b": "BEL", "reports": "true"}).json()
    assert len(every["events"]) > len(pair["events"])  # the headline and the body tell one sanction
    story = client.get("/api/stories", params={"type": "SANCTION"}).json()[0]
    assert story["type"] == "SANCTION" and story["mentions"][0]["document"].endswith("sanctions.txt")
    assert client.get(f"/api/stories/{story['id']}").json() == story
    markdown = client.get("/api/dossier", params={"a": "BEL", "b": "CHN", "format": "md"})
    assert markdown.text.startswith("# Dossier: Belgium (BEL) and China (CHN)")


def test_errors_are_one_sentence_with_a_status(client):
    assert client.get("/documents/nope").status_code == 404
    assert client.get("/stories/999").status_code == 404 and "There is no story 999" in client.get("/stories/999").text
    page = client.get("/?actor=BEL&since=last+week")
    assert page.status_code == 400 and "is not a date diplo can filter on" in page.text
    assert client.get("/api/events", params={"type": "HUG"}).json()["error"].startswith("'HUG' is not a PLOVER")


def test_static_assets_are_served_locally(client):
    for asset in ("/static/app.css", "/static/vendor/cytoscape.min.js", "/static/vendor/chart.umd.min.js",
                  "/static/network.js", "/static/dyad.js", "/static/document.js"):
        assert client.get(asset).status_code == 200, asset


def test_local_only_refuses_other_host_names(db):
    local = TestClient(create_app(db, local_only=True), base_url="http://127.0.0.1:8765")
    assert local.get("/").status_code == 200
    rebound = TestClient(create_app(db, local_only=True), base_url="http://attacker.example")
    assert rebound.get("/api/documents").status_code == 400


@pytest.mark.parametrize("q, refusal", [("a* " * 100, "too short a prefix"), ("coop* " * 50, "at most 16"),
                                        ("a* " * 400, "at most 400"), ("OR", "no words to look for")])
def test_hostile_searches_are_refused_with_a_sentence(client, q, refusal):
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 400 and refusal in response.json()["error"]
    assert client.get("/", params={"q": q}).status_code == 400


def test_numbers_are_clamped_and_bad_parameters_are_sentences(client):
    assert len(client.get("/api/events", params={"limit": 2**63}).json()) > 1
    assert client.get("/api/search", params={"q": "Belgium", "limit": -1}).json() == []
    response = client.get("/api/events", params={"limit": "many"})
    assert response.status_code == 400 and response.json()["error"].startswith("The parameter 'limit' is not valid")


def test_a_request_that_runs_too_long_is_stopped_with_408(any_db):
    path = any_db
    with Store(path) as store:
        for i in range(300):
            text = f"Document {i}. " + "The minister met her counterpart to discuss cooperation. " * 40
            store.save(Record(Document(id=f"d{i:04d}", text=text, source=f"d{i}.txt", language="en", supported=True)))
    impatient = TestClient(create_app(path, time_limit=0.0))
    response = impatient.get("/api/search", params={"q": "minister counterpart"})
    assert response.status_code == 408 and "took longer than 0 seconds" in response.json()["error"]
    assert TestClient(create_app(path)).get("/api/search", params={"q": "minister counterpart"}).status_code == 200
