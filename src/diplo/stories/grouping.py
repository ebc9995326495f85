"""Grouping reports into stories in the store: attach a document's reports, sum a story up, regroup by hand.

Attaching a report looks up the stories that share one of its actors, have
its type and class of modality and overlap its days (`story_keys`, which
cover a story's days in stretches of `STRETCH` days, so that a lookup reads
the keys of the report's days and of one stretch before them), checks
each against the report (`Rules.fit`) and joins the best, or starts a story.
Nothing else in the store is recomputed. A story that lost reports (its
document was stored again) is marked stale by a trigger and summed up anew
at the next attach. One transaction at a time changes stories (`LOCK`), on
PostgreSQL as on SQLite, whose writers wait for each other.
"""
from __future__ import annotations

import json

from ..store import Connection
from .reports import document_reports
from .rules import Fit, Profile, Report, Rules, iso_day, rules

FIRST_REPORT = "the first report"
LOCK = 0x73746F726965  # any number: the lock a transaction takes to change stories (`Connection.lock`)
STRETCH = 31
CANDIDATES = """
SELECT story_id, COUNT(DISTINCT code) AS shared FROM story_keys
WHERE type = ? AND modality = ? AND code IN ({codes}) AND lo BETWEEN ? AND ? AND hi >= ?
GROUP BY story_id ORDER BY shared DESC, story_id DESC LIMIT 50"""
SUMMARY = """
UPDATE stories SET (reports, documents, publishers, languages, first_date, last_date) = (
    SELECT COUNT(*), COUNT(DISTINCT doc_id), COUNT(DISTINCT publisher), COUNT(DISTINCT language), MIN(date), MAX(date)
    FROM story_reports WHERE story_id = :id), (first_doc, first_event) = (
    SELECT r.doc_id, r.event_no FROM story_reports r JOIN documents d ON d.id = r.doc_id WHERE r.story_id = :id
    ORDER BY r.date IS NULL, r.date, d.published NULLS FIRST, r.doc_id, r.event_no LIMIT 1)
WHERE id = :id"""


def attach_document(db: Connection, doc_id: str) -> list[int]:
    """Put each report of a stored document in the story it fits, or in a new one; the stories, in order.
    Runs inside the caller's transaction (the one that stored the document)."""
    db.lock(LOCK)
    refresh_stale(db)
    grouping = rules()
    done = {n for (n,) in db.execute("SELECT event_no FROM story_reports WHERE doc_id = ?", (doc_id,))}
    profiles: dict[int, Profile] = {}  # the profiles read and written so far: a long document's reports meet the
    # same stories again and again
    attached = [attach(db, report, grouping, profiles) for report in document_reports(db, doc_id, grouping)
                if report.event_no not in done]
    for story_id in dict.fromkeys(attached):  # once each, not after each report (a long document has many)
        db.execute(SUMMARY, {"id": story_id})
    return attached


def attach(db: Connection, report: Report, grouping: Rules, profiles: dict[int, Profile] | None = None) -> int:
    """Put one report in the story it fits best, or in a new one; the story's id. `profiles` holds the stories'
    profiles as this transaction has read or written them."""
    profiles = {} if profiles is None else profiles
    best: tuple[Fit, int, Profile] | None = None
    for story_id, profile in candidates(db, report, grouping, profiles):
        fit = grouping.fit(profile, report)
        if fit and (best is None or fit.score > best[0].score):
            best = fit, story_id, profile
    if best is None:
        story_id, profile, keys, why = new_story(db, report.type, report.modality), Profile(), None, FIRST_REPORT
    else:
        fit, story_id, profile = best
        keys, why = profile.keys, explain(report, fit, profile)
    _join(db, story_id, report, why)
    profile.add(report)
    _save(db, story_id, report.type, profile, keys)
    profiles[story_id] = profile
    return story_id


def candidates(db: Connection, report: Report, grouping: Rules, profiles: dict[int, Profile]
               ) -> list[tuple[int, Profile]]:
    """The stories of the report's type and class of modality that share one of its actors and overlap its
    days, those that share most first; their profiles are read into `profiles` unless they are there."""
    codes = sorted(report.codes)
    if report.lo is None or not codes:
        return []
    sql = CANDIDATES.format(codes=", ".join("?" * len(codes)))
    rows = db.execute(sql, (report.type, report.modality, *codes, report.lo - STRETCH, report.hi,
                            report.lo)).fetchall()
    unread = [r[0] for r in rows if r[0] not in profiles]
    if unread:
        profiles.update((story_id, Profile.loads(text)) for story_id, text in db.execute(
            f"SELECT id, profile FROM stories WHERE id IN ({', '.join('?' * len(unread))})", unread))
    return [(r[0], profiles[r[0]]) for r in rows]


def explain(report: Report, fit: Fit, profile: Profile) -> str:
    """Why a report joined a story: the same type and sides, the dates, and the details that agree."""
    names = [", ".join(sorted(side)) or "?" for side in report.sides]
    sides = f"between {names[0]}" if len(names) == 1 else f"from {names[0]} to {names[1]}"
    dated = "its own date" if report.own_date else "its document's date"
    dates = f"dated {report.date} ({dated}), which fits the story's days, {iso_day(profile.lo)} to {iso_day(profile.hi)}"
    return "; ".join([f"the same {report.type} {sides}", dates, *fit.reasons])


def new_story(db: Connection, event_type: str, modality: str) -> int:
    """A new story, numbered as SQLite numbers rows (the largest id plus one) on either engine."""
    return db.execute("INSERT INTO stories(id, type, modality, profile) SELECT COALESCE(MAX(id), 0) + 1, ?, ?, '{}'"
                      " FROM stories RETURNING id", (event_type, modality)).fetchone()[0]


def _join(db: Connection, story_id: int, report: Report, why: str) -> None:
    db.execute("INSERT INTO story_reports(doc_id, event_no, story_id, date, language, publisher, why)"
               " VALUES (?,?,?,?,?,?,?)", (report.doc_id, report.event_no, story_id, report.date, report.language,
                                          report.publisher, why))


def _save(db: Connection, story_id: int, event_type: str, profile: Profile,
          keys: tuple | None = None) -> None:
    """Write a story's profile and actors, and its keys when they are not `keys` any more (its summary is
    written once its reports have joined)."""
    symmetric = event_type in rules().symmetric
    targets = profile.targets - profile.sources if symmetric else profile.targets
    db.execute("UPDATE stories SET profile = ?, lo = ?, hi = ?, sources = ?, targets = ?, stale = 0 WHERE id = ?",
               (profile.dumps(), profile.lo, profile.hi, json.dumps(sorted(profile.sources)),
                json.dumps(sorted(targets)), story_id))
    if profile.keys != keys:
        db.execute("DELETE FROM story_keys WHERE story_id = ?", (story_id,))
        if profile.keys:
            lo, hi, codes = profile.keys
            db.executemany("INSERT INTO story_keys SELECT id, ?, type, modality, ?, ? FROM stories WHERE id = ?",
                           [(code, start, min(start + STRETCH - 1, hi), story_id) for code in sorted(codes)
                            for start in range(lo, hi + 1, STRETCH)])


def refresh(db: Connection, story_id: int) -> None:
    """Sum a story up anew from the reports it holds; a story left without reports is deleted."""
    keys = db.execute("SELECT doc_id, event_no FROM story_reports WHERE story_id = ?", (story_id,)).fetchall()
    if not keys:
        db.execute("DELETE FROM stories WHERE id = ?", (story_id,))
        return
    wanted = {(doc_id, event_no) for doc_id, event_no in keys}
    grouping = rules()
    reports = [r for doc_id in sorted({k[0] for k in keys}) for r in document_reports(db, doc_id, grouping)
               if (r.doc_id, r.event_no) in wanted]
    event_type = db.execute("SELECT type FROM stories WHERE id = ?", (story_id,)).fetchone()[0]
    db.execute("DELETE FROM story_keys WHERE story_id = ?", (story_id,))
    _save(db, story_id, event_type, Profile.of(reports))
    db.execute(SUMMARY, {"id": story_id})


def refresh_stale(db: Connection) -> None:
    """Sum up anew the stories that lost reports since they were last summed up."""
    for (story_id,) in db.execute("SELECT id FROM stories WHERE stale = 1").fetchall():
        refresh(db, story_id)


def regroup(db: Connection, reports: list[tuple[str, int]], why: str, into: int | None = None) -> int:
    """Make the given reports one story (`into`, or a new one), taking them out of the stories they were in;
    those stories are summed up anew. Returns the story."""
    db.lock(LOCK)
    marks = ", ".join("(?, ?)" for _ in reports)
    flat = [v for key in reports for v in key]
    left = {r[0] for r in db.execute(f"SELECT DISTINCT story_id FROM story_reports WHERE (doc_id, event_no) IN"
                                     f" (VALUES {marks})", flat)}
    if into is None:
        first = db.execute("SELECT type, modality FROM stories WHERE id = ?", (min(left),)).fetchone()
        into = new_story(db, *first)
    db.execute(f"UPDATE story_reports SET story_id = ?, why = ? WHERE (doc_id, event_no) IN (VALUES {marks})",
               [into, why, *flat])
    for story_id in sorted(left | {into}):
        refresh(db, story_id)
    return into
