"""The web page driven in headless Chromium (Debian's /usr/bin/chromium through Python playwright).

`npx playwright install` cannot fetch browsers here; the test uses the system Chromium
(`apt-get install -y chromium`) and skips, saying so, when it is absent.
"""
from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from diplo import api
from diplo.web import create_app

from conftest import write_texts

sync_api = pytest.importorskip("playwright.sync_api", reason="Python playwright is not installed")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason="Chromium is not installed (apt-get install -y chromium)")
LAUNCH_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync"]
TEXTS = {
    "sanctions.txt": "Belgium imposes sanctions on China\n\nBrussels, 3 May 2023\n\nBelgium imposed sanctions on "
                     "China on Tuesday. Foreign Minister Hadja Lahbib said: \"We will not accept unfair trade "
                     "practices.\" Belgium will provide 5 million euros to Ukraine.",
    "talks.txt": "Belgium and China hold talks\n\nBeijing, 14 February 2024\n\nThe Belgian Foreign Minister met the "
                 "Chinese Foreign Minister Wang Yi in Beijing. Belgium and China agreed to resume a dialogue on "
                 "human rights. China accused Belgium of interference.",
    "sanctions.fr.txt": "La Belgique sanctionne la Chine\n\nBruxelles, le 3 mai 2023\n\nLa Belgique a sanctionné la Chine "
                        "mardi.",
    "sanctions.nl.txt": "België straft China\n\nBrussel, 4 mei 2023\n\nBelgië heeft dinsdag sancties opgelegd aan China.",
    "hostile.txt": "<script>window.pwned = 1</script> Belgium <img src=x onerror=\"window.pwned = 2\"> statement\n\n"
                   "Brussels, 5 June 2023\n\nBelgium condemned China <script>window.pwned = 3</script> for the "
                   "attack. The minister said: \"<img src=x onerror=window.pwned=4>\".",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A diplo server over a small store, on a free local port, for the module's tests."""
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "browser.db"
    api.ingest(write_texts(folder, TEXTS), db=db, workers=1)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db, local_only=True), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "db": db}
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors, script errors and dialogs (none may happen)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.problems = []
    tab.on("console", lambda m: tab.problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.problems.append(str(e)))
    tab.on("dialog", lambda d: (tab.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield tab
    assert tab.problems == []
    context.close()


def doc_id(site, name: str) -> str:
    return next(d.id for d in api.documents(site["db"]) if d.source.endswith(name))


def test_search_with_filters_then_open_a_document(site, page):
    page.goto(site["url"] + "/")
    page.fill("input[name=q]", "sanctions")
    page.select_option("select[name=type]", "SANCTION")
    page.fill("input[name=actor]", "BEL")
    page.click("#search-form button[type=submit]")
    hit = page.locator(".hit h3 a", has_text="Belgium imposes sanctions on China")
    assert hit.count() == 1 and page.locator(".hit mark").first.inner_text().lower() == "sanctions"
    hit.click()
    page.wait_for_selector("#doc-text mark.k-event")
    assert page.locator("#doc-text mark.k-mention").count() >= 3


def test_document_view_highlights_and_toggles_facts(site, page):
    page.goto(f"{site['url']}/documents/{doc_id(site, 'sanctions.txt')}")
    page.wait_for_selector(".doc-layout[data-ready='1']")
    for kind in ("mention", "event", "quote", "figure"):
        assert page.locator(f"#doc-text mark.k-{kind}").count() >= 1, kind
    page.uncheck("#legend input[data-kind=event]")
    assert "hide-event" in page.get_attribute(".doc-layout", "class")
    page.hover("#facts .k-quote li[data-fact]")
    assert page.locator("#doc-text mark.lit").count() >= 1


def test_network_draws_actors_and_relations(site, page):
    page.goto(site["url"] + "/network")
    page.wait_for_selector("#network[data-ready='1']")
    assert int(page.get_attribute("#network", "data-nodes")) >= 2
    assert page.evaluate("window.diploNetwork.edges().length") >= 1
    page.evaluate("() => { window.diploNetwork.$id('BEL').emit('tap'); }")
    assert "Belgium" in page.inner_text("#network-details h2")


def test_dyad_chart_and_timeline(site, page):
    page.goto(site["url"] + "/dyad?a=BEL&b=CHN")
    page.wait_for_selector("#dyad-chart[data-ready='1']")
    assert int(page.get_attribute("#dyad-chart", "data-months")) >= 2
    assert page.evaluate("window.diploChart.data.datasets.length") == 2
    assert page.locator(".timeline li").count() >= 3


def test_dossier_page_cites_its_lines(site, page):
    page.goto(site["url"] + "/dossier")
    page.fill("input[name=a]", "BEL")
    page.fill("input[name=b]", "CHN")
    page.click("form button[type=submit]")
    assert page.inner_text(".dossier h1") == "Dossier: Belgium (BEL) and China (CHN)"
    assert "count as having happened" in page.inner_text(".dossier .note")
    page.locator(".dossier a.cite").first.click()
    page.wait_for_selector(".sentence:target")


def test_hostile_document_runs_nothing_anywhere(site, page):
    hostile = doc_id(site, "hostile.txt")
    for path in (f"/documents/{hostile}", "/?q=statement", "/?q=condemned&actor=BEL", "/documents",
                 "/dossier?a=BEL&b=CHN", "/dyad?a=BEL&b=CHN", "/network"):
        page.goto(site["url"] + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.pwned") == "undefined", path
    page.goto(f"{site['url']}/documents/{hostile}")
    assert "<script>window.pwned = 1</script>" in page.inner_text("h1")
    assert "<img src=x onerror=window.pwned=4>" in page.inner_text("#doc-text")
    assert page.locator("#doc-text img, #doc-text script").count() == 0


def test_a_story_shows_its_reports_side_by_side_each_cited(site, page):
    page.goto(site["url"] + "/dyad?a=BEL&b=CHN")
    page.locator(".timeline a.story-link").first.click()
    page.wait_for_selector(".reports .report")
    reports = [page.locator(".reports .report").nth(i) for i in range(page.locator(".reports .report").count())]
    assert {r.get_attribute("lang") for r in reports} == {"en", "fr", "nl"}
    first, second = (r.bounding_box() for r in reports[:2])
    assert first["y"] == second["y"] and first["x"] < second["x"]
    for report in reports:
        assert report.locator("blockquote mark").inner_text() and "sentence" in report.locator(".cite").inner_text()
    reports[1].locator("header a").click()
    page.wait_for_selector(".sentence:target")


def test_the_stories_page_lists_the_story_once_with_its_reports(site, page):
    page.goto(site["url"] + "/stories?type=SANCTION")
    row = page.locator("table.stories tbody tr")
    assert row.count() == 1 and row.locator("td.num").first.inner_text() == "5"  # two headlines, three bodies
    row.locator("td.sentence a").click()
    assert page.locator(".reports .report").count() == 5
