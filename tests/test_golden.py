"""Golden-file tests: short real-style documents, written for diplo, beside the record they must give.

`pytest tests/test_golden.py --update-golden` rewrites the expected files; review the diff before
committing it.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplo.api import extract_text

GOLDEN = Path(__file__).parent / "golden"
TEXTS = sorted(GOLDEN.glob("*.txt")) + sorted((GOLDEN.parent.parent / "src" / "diplo" / "samples").glob("*.txt"))


def summary(path: Path) -> dict:
    """The parts of a record a reader checks: language, date, actors, persons, events and facts."""
    record = extract_text(path.read_text(encoding="utf-8"), source=path.name)
    side = {a.id: a.affiliation or a.id for a in record.actors}
    top = lambda actor: side.get(actor, actor).split(".")[0] if actor else None  # noqa: E731
    text = record.document.text
    return {
        "language": record.document.language,
        "published": record.document.published,
        "actors": sorted({a.id.split(".")[0] for a in record.actors if a.kind in ("country", "organization")}),
        "persons": sorted([a.name, a.affiliation] for a in record.actors if a.kind == "person"),
        "events": sorted({f"{e.type} {top(s)} -> {top(t)} ({e.modality}, {e.date})"
                          for e in record.events for s in e.sources for t in e.targets}),
        "quotes": [[q.speaker, " ".join(q.text.split()[:5])] for q in record.quotes],
        "figures": [[f.value, f.unit, f.text] for f in record.figures],
        "commitments": [[c.actor, c.year, text[c.start:c.end]] for c in record.commitments],
        "topics": record.topics,
    }


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_golden(path, request):
    expected_path = GOLDEN / f"{path.stem}.expected.json"
    actual = summary(path)
    if request.config.getoption("--update-golden"):
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert actual == expected
