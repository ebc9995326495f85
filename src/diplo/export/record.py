"""The document record as JSON: the public interchange format (shared/eval/RECORD.md).

Events are dyadic: an event with several sources or targets ("Jordan and
Britain agreed") is written once per (source, target) pair, each with the
full `sources` and `targets`. Events that did not happen as told (negated,
hypothetical, only requested) are kept apart under `unasserted_events`, so
`events` never reports them as facts.
"""
from __future__ import annotations

from dataclasses import asdict

from ..records import Event, Record

UNASSERTED = {"negated", "hypothetical", "requested"}


def record_to_dict(record: Record) -> dict:
    doc = record.document
    text = doc.text
    sentence_text = {s.index: text[s.start:s.end] for s in record.sentences}
    asserted = [e for e in record.events if e.modality not in UNASSERTED]
    unasserted = [e for e in record.events if e.modality in UNASSERTED]
    return {
        "document": {
            "id": doc.id, "source": doc.source, "url": doc.url, "title": doc.title,
            "language": doc.language, "supported": doc.supported,
            "published": doc.published, "published_reason": doc.published_reason,
        },
        "actors": [{**asdict(a), "roles": [asdict(r) for r in a.roles]} for a in record.actors],
        "events": [d for e in asserted for d in _event_pairs(e, text, sentence_text)],
        "unasserted_events": [d for e in unasserted for d in _event_pairs(e, text, sentence_text)],
        "quotes": [{**asdict(q), "sentence_text": sentence_text.get(q.sentence, "")} for q in record.quotes],
        "figures": [asdict(f) for f in record.figures],
        "commitments": [asdict(c) for c in record.commitments],
        "topics": list(record.topics),
        "mentions": [asdict(m) for m in record.mentions],
    }


def _event_pairs(event: Event, text: str, sentence_text: dict[int, str]) -> list[dict]:
    """One dict per (source, target) pair of the event."""
    start, end = event.trigger
    return [{
        "type": event.type,
        "source": source,
        "target": target,
        "sources": list(event.sources),
        "targets": list(event.targets),
        "mode": event.mode,
        "modality": event.modality,
        "contexts": list(event.contexts),
        "date": event.date,
        "date_assumed": event.date_assumed,
        "location": event.location,
        "sentence": sentence_text.get(event.sentence, ""),
        "sentence_index": event.sentence,
        "trigger": {"start": start, "end": end, "text": text[start:end]},
        "actor_spans": [list(s) for s in event.actor_spans],
        "confidence": event.confidence,
        "rule": event.rule,
    } for source in (event.sources or (None,)) for target in (event.targets or (None,))]
