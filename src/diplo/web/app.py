"""The web page: a thin FastAPI layer over `diplo.api`, with server templates and local static files.

Documents are untrusted: templates escape everything (autoescape), scripts
write document text with `textContent` only, and the Content-Security-Policy
lets the page run nothing but its own script files.
"""
from __future__ import annotations

from dataclasses import asdict
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from .. import api
from ..errors import BadQuery, DiploError, QueryTooSlow, UnknownDocument, UnknownStory
from ..export.dossier import dossier_html, dossier_markdown
from ..export.table import flat_row

WEB = resources.files("diplo") / "web"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
STANDALONE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
LOCAL_NAMES = ["127.0.0.1", "localhost", "::1"]
EVENT_LIMIT = 100
STORY_LIMIT = 100
QUERY_SECONDS = 2.0  # the longest a request may keep the store busy
STATUS = {UnknownDocument: 404, UnknownStory: 404, QueryTooSlow: 408}


def event_filter(actor: str | None = None, type: str | None = None, since: str | None = None,
                 until: str | None = None, lang: str | None = None, unasserted: bool = False,
                 reports: bool = False) -> api.EventFilter:
    """The filters of a request's query string (empty form fields mean no filter)."""
    return api.EventFilter(actor=actor or None, type=type or None, since=since or None, until=until or None,
                           language=lang or None, include_unasserted=unasserted, every_report=reports)


def _invalid(error: RequestValidationError) -> str:
    """A request's first invalid parameter, as a sentence."""
    problem = error.errors()[0]
    name = problem["loc"][-1]
    return f"The parameter '{name}' is not valid ({problem['msg'][:1].lower()}{problem['msg'][1:]})."


def document_link(doc_id: str, sentence: int | None = None) -> str:
    """The document page, at a sentence when given."""
    return f"/documents/{quote(doc_id, safe='')}" + (f"#s{sentence}" if sentence is not None else "")


def create_app(db: str | Path, local_only: bool = False, time_limit: float = QUERY_SECONDS) -> FastAPI:
    """The web application over the database at `db`; `local_only` refuses requests not addressed to localhost;
    a request's queries stop after `time_limit` seconds (408)."""
    app = FastAPI(title="diplo", docs_url=None, redoc_url=None, openapi_url=None)
    db = api.Database(str(db), time_limit)
    templates = Jinja2Templates(directory=str(WEB / "templates"))
    templates.env.globals.update(document_link=document_link, types=list(api.plover_types()),
                                 score=lambda event_type: api.plover_types()[event_type]["score"])
    app.mount("/static", StaticFiles(directory=str(WEB / "static")), name="static")
    if local_only:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=LOCAL_NAMES)

    @app.middleware("http")
    async def security_headers(request: Request, call_next) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(DiploError)
    async def diplo_error(request: Request, error: DiploError) -> Response:
        status = STATUS.get(type(error), 400)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(error)}, status_code=status)
        return templates.TemplateResponse(request, "error.html", {"message": str(error)}, status_code=status)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        return await diplo_error(request, BadQuery(detail=_invalid(error)))

    def page(request: Request, name: str, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"query": dict(request.query_params), **context})

    @app.get("/", response_class=HTMLResponse)
    def search_page(request: Request, q: str = "", where: api.EventFilter = Depends(event_filter)):
        hits = api.search(q or None, db, where) if q or where != api.EventFilter() else []
        rows = api.events(db, where, EVENT_LIMIT) if where.actor or where.type else []
        return page(request, "search.html", hits=hits, events=rows, searched=bool(q or where != api.EventFilter()))

    @app.get("/documents", response_class=HTMLResponse)
    def documents_page(request: Request, lang: str | None = None, since: str | None = None,
                       until: str | None = None):
        return page(request, "documents.html", documents=api.documents(db, lang or None, since or None,
                                                                        until or None))

    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    def document_page(request: Request, doc_id: str):
        record, blocks = api.document_view(doc_id, db)
        facts = [fact for block in blocks for fact in block.facts]
        return page(request, "document.html", record=record, blocks=blocks, facts=facts,
                    labels={f.id: f"{f.kind}: {f.label}" for f in facts})

    @app.get("/stories", response_class=HTMLResponse)
    def stories_page(request: Request, where: api.EventFilter = Depends(event_filter)):
        return page(request, "stories.html", stories=api.stories(db, where, STORY_LIMIT))

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page(request: Request, story_id: int):
        return page(request, "story.html", story=api.story(story_id, db))

    @app.get("/actors", response_class=HTMLResponse)
    def actors_page(request: Request, kind: str | None = None):
        return page(request, "actors.html", actors=api.actors(db, kind or None))

    @app.get("/network", response_class=HTMLResponse)
    def network_page(request: Request):
        return page(request, "network.html")

    @app.get("/dyad", response_class=HTMLResponse)
    def dyad_page(request: Request, a: str = "", b: str = "", since: str | None = None, until: str | None = None,
                  reports: bool = False):
        pair = api.dyad(a, b, db, since or None, until or None, reports=reports) if a and b else None
        return page(request, "dyad.html", pair=pair)

    @app.get("/dossier", response_class=HTMLResponse)
    def dossier_page(request: Request, a: str = "", b: str = "", since: str | None = None,
                     until: str | None = None, reports: bool = False):
        brief = api.dossier([a, b], db, since or None, until or None, reports) if a else None
        article = Markup(dossier_html(brief, standalone=False, link=document_link)) if brief else None
        return page(request, "dossier.html", article=article)

    @app.get("/api/search")
    def search_json(q: str = "", limit: int = 50, where: api.EventFilter = Depends(event_filter)):
        return [asdict(h) for h in api.search(q or None, db, where, limit)]

    @app.get("/api/events")
    def events_json(limit: int = EVENT_LIMIT, where: api.EventFilter = Depends(event_filter)):
        return [flat_row(e) for e in api.events(db, where, limit)]

    @app.get("/api/stories")
    def stories_json(limit: int = STORY_LIMIT, where: api.EventFilter = Depends(event_filter)):
        return [story.as_json() for story in api.stories(db, where, limit)]

    @app.get("/api/stories/{story_id}")
    def story_json(story_id: int):
        return api.story(story_id, db).as_json()

    @app.get("/api/actors")
    def actors_json(kind: str | None = None):
        return [asdict(a) for a in api.actors(db, kind or None)]

    @app.get("/api/documents")
    def documents_json():
        return [asdict(d) for d in api.documents(db)]

    @app.get("/api/dyad")
    def dyad_json(a: str, b: str, since: str | None = None, until: str | None = None, reports: bool = False):
        pair = api.dyad(a, b, db, since or None, until or None, reports=reports)
        return {"a": pair.a, "b": pair.b, "a_name": pair.a_name, "b_name": pair.b_name, "score": pair.score,
                "unasserted": pair.unasserted, "undated": pair.undated.events,
                "months": [{**asdict(m), "mean": round(m.mean, 2)} for m in pair.series],
                "events": [flat_row(e) for e in pair.events]}

    @app.get("/api/graph")
    def graph_json(level: str = Query("country", pattern="^(country|actor)$"),
                   where: api.EventFilter = Depends(event_filter)):
        network = api.graph(db, where, level)
        return {"nodes": [{"id": n, **data} for n, data in network.nodes(data=True)],
                "edges": [{"source": s, "target": t, **data} for s, t, data in network.edges(data=True)]}

    @app.get("/api/dossier")
    def dossier_file(a: str, b: str = "", format: str = Query("md", pattern="^(md|html)$"),
                     since: str | None = None, until: str | None = None, reports: bool = False):
        brief = api.dossier([a, b], db, since or None, until or None, reports)
        if format == "md":
            return PlainTextResponse(dossier_markdown(brief), media_type="text/markdown; charset=utf-8")
        return HTMLResponse(dossier_html(brief), headers={"Content-Security-Policy": STANDALONE_POLICY})

    return app
