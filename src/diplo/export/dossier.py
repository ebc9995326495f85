"""Dossiers as Markdown and as HTML; every line ends with its citation, `[D1 s4]` (document D1, sentence 4).

The document's words are untrusted: Markdown escapes its special characters
and the HTML template escapes everything it is given.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from jinja2 import Environment

from ..analysis.dossier import Dossier, Line

NOTE = ("Only events reported as asserted, announced (future) or intended count as having happened; those "
        "reported as negated, hypothetical or requested are left out ({left_out} here). {counted}")
STORIES = "An event that several documents report counts once, by its first report."
REPORTS = "Every report of an event counts, however many documents tell the same event."
SCORE_NOTE = ("Monthly score: the sum of the PLOVER cooperation-conflict scores (-10 to +10) of the events "
              "between the two actors in the month, both directions; it is derived from the timeline above.")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
Link = Callable[[str, int], str]


def sections(d: Dossier) -> list[tuple[str, list[Line]]]:
    return [("Actors and their roles", d.roles), (timeline_title(d), d.timeline), ("Key quotes", d.quotes),
            ("Commitments", d.commitments), ("Figures", d.figures)]


def timeline_title(d: Dossier) -> str:
    shown = len(d.timeline)
    return f"Timeline ({d.events} events)" if shown == d.events else f"Timeline (latest {shown} of {d.events} events)"


def note(d: Dossier) -> str:
    """What counts in the timeline: which modalities, and stories or every report."""
    return NOTE.format(left_out=d.left_out, counted=REPORTS if d.every_report else STORIES)


def period(d: Dossier) -> str:
    if not (d.since or d.until):
        return "All dates."
    return f"From {d.since or 'the start'} to {d.until or 'the end'} (event dates; publication dates for the rest)."


def md(text: str | None) -> str:
    """Text made inert in Markdown: special characters escaped, on one line."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def markdown_line(d: Dossier, line: Line) -> str:
    date = f"{line.date} · " if line.date else ""
    words = f": “{md(line.words)}”" if line.words else ""
    return f"- {date}**{md(line.text)}**{words} \\[{d.key(line.doc_id)} s{line.sentence}\\]"


def dossier_markdown(d: Dossier) -> str:
    """The dossier as a Markdown document."""
    out = [f"# Dossier: {md(d.title)}", "", period(d), "", f"> {note(d)}"]
    for title, lines in sections(d):
        out += ["", f"## {title}", ""] + ([markdown_line(d, line) for line in lines] or ["None found."])
        if title.startswith("Timeline") and d.months:
            out += ["", SCORE_NOTE, ""] + score_table(d)
    out += ["", "## Sources", ""] + [f"- {d.key(s.doc_id)}: {md(s.title or '(untitled)')}, {s.published or 'undated'},"
                                     f" {md(s.url or s.source)} (document {s.doc_id})" for s in d.sources]
    return "\n".join(out) + "\n"


def score_table(d: Dossier) -> list[str]:
    a, b = d.actors
    rows = [f"| Month | Events | Score | {md(a)} → {md(b)} | {md(b)} → {md(a)} |", "|---|---:|---:|---:|---:|"]
    return rows + [f"| {m.month} | {m.events} | {m.score:+.1f} | {m.a_to_b:+.1f} | {m.b_to_a:+.1f} |"
                   for m in d.months if m.events]


HTML = """\
{%- macro cite(line) -%}
{%- set label = "[" ~ d.key(line.doc_id) ~ " s" ~ line.sentence ~ "]" -%}
{%- if link %}<a class="cite" href="{{ link(line.doc_id, line.sentence) }}">{{ label }}</a>
{%- else %}<span class="cite">{{ label }}</span>{% endif -%}
{%- endmacro -%}
{% if standalone %}<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dossier: {{ d.title }}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; color: #1d2733; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.15rem; border-bottom: 1px solid #d8dee6; padding-bottom: .2rem; }
.note { background: #f3f6fa; border-left: 4px solid #4c7bd9; padding: .5rem .8rem; }
.date { color: #5a6878; font-variant-numeric: tabular-nums; } .cite { color: #4c7bd9; font-size: .85em; }
.words { color: #3a4654; } table { border-collapse: collapse; } td, th { padding: .15rem .6rem; text-align: right; }
</style></head><body>
{% endif -%}
<article class="dossier">
<h1>Dossier: {{ d.title }}</h1>
<p class="period">{{ period }}</p>
<p class="note">{{ note }}</p>
{% for title, lines in sections %}
<section><h2>{{ title }}</h2>
{% if lines %}<ul>
{% for line in lines %}<li>{% if line.date %}<span class="date">{{ line.date }}</span> · {% endif -%}
<strong>{{ line.text }}</strong>
{%- if line.words %}: <q class="words">{{ line.words }}</q>{% endif %} {{ cite(line) }}</li>
{% endfor %}</ul>{% else %}<p>None found.</p>{% endif %}
{% if title.startswith("Timeline") and d.months %}<p class="note">{{ score_note }}</p>
<table class="scores"><thead><tr><th>Month</th><th>Events</th><th>Score</th>
<th>{{ d.actors[0] }} → {{ d.actors[1] }}</th><th>{{ d.actors[1] }} → {{ d.actors[0] }}</th></tr></thead><tbody>
{% for m in d.months if m.events %}<tr><td>{{ m.month }}</td><td>{{ m.events }}</td>
<td>{{ "%+.1f"|format(m.score) }}</td><td>{{ "%+.1f"|format(m.a_to_b) }}</td>
<td>{{ "%+.1f"|format(m.b_to_a) }}</td></tr>
{% endfor %}</tbody></table>{% endif %}
</section>
{% endfor %}
<section><h2>Sources</h2><ul class="sources">
{% for s in d.sources %}<li id="source-{{ d.key(s.doc_id) }}">{{ d.key(s.doc_id) }}: {{ s.title or "(untitled)" }},
{{ s.published or "undated" }},
{% if s.url and s.url.startswith(("https://", "http://")) -%}
<a href="{{ s.url }}" rel="noopener noreferrer">{{ s.url }}</a>
{%- else %}{{ s.url or s.source }}{% endif %} (document {{ s.doc_id }})</li>
{% endfor %}</ul></section>
</article>
{% if standalone %}</body></html>
{% endif %}"""

TEMPLATE = Environment(autoescape=True, trim_blocks=True).from_string(HTML)


def dossier_html(d: Dossier, standalone: bool = True, link: Link | None = None) -> str:
    """The dossier as HTML: a whole page, or (standalone False) an <article> to embed; `link(doc_id, sentence)`
    makes each citation a link."""
    return TEMPLATE.render(d=d, standalone=standalone, link=link, sections=sections(d), period=period(d),
                           note=note(d), score_note=SCORE_NOTE)
