#!/usr/bin/env python3
"""misses.py RECORDS.jsonl [DOC ...] [--part events|quotes|figures|commitments|persons|published] : what a run
missed and added on the develop split of the dev set, document by document, with the sentences and rules behind them.

The check split (document number modulo 4 = 3) is never shown: its scores are read, its misses are not.
Standard library only; reuses the scorer's matching so the two never disagree.
"""
import argparse
import re
import json
import sys
from pathlib import Path

WHY = False
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
sys.path.insert(0, str(EVAL))
from score import (as_codes, figure_match, greedy, load_records, match_events, norm,  # noqa: E402
                   person_affiliations, resolve, same_person, same_speaker, system_triples, top)


def event_lines(gold: dict, record: dict) -> list[str]:
    triples = system_triples(record)
    *_, extra = match_events(gold.get("events", []), triples)
    free = dict(triples)
    lines = []
    for g in sorted(gold.get("events", []), key=lambda g: bool(g.get("optional"))):
        accept = [(str(a[0]).upper(), top(a[1]), top(a[2])) for a in g["accept"]]
        hit = next((a for a in accept if a in free), None)
        if hit:
            free.pop(hit)
        mark = ("ok  " if hit else "MISS") + (" opt" if g.get("optional") else "    ")
        if hit or not g.get("optional"):
            lines.append(f"  {mark} {' | '.join('/'.join(str(x) for x in a) for a in accept)}"
                         f"  date={g.get('date')}  «{g.get('evidence', '')[:150]}»")
            if not hit and WHY:
                lines += [f"      near: {e['type']}/{e.get('source')}/{e.get('target')} [{e.get('modality')}] {e.get('rule')}"
                          for e in near_events(g.get("evidence", ""), record)]
    aff = person_affiliations(record)
    for triple in extra:
        for ev in record.get("events") or []:
            if (ev["type"], top(aff.get(ev.get("source"), ev.get("source"))),
                    top(aff.get(ev.get("target"), ev.get("target")))) == triple:
                lines.append(f"  EXTRA     {'/'.join(str(x) for x in triple)} [{ev.get('modality')}] {ev.get('rule')}"
                             f"\n              «{ev.get('sentence', '')[:220]}»")
                break
    return lines


def near_events(evidence: str, record: dict) -> list[dict]:
    """The system's events (asserted or not) whose sentence holds a fragment of the gold evidence."""
    fragments = [" ".join(f.split()[:4]) for f in re.split(r"[;…]|\.\.\.", evidence) if len(f.split()) >= 2]
    events = (record.get("events") or []) + (record.get("unasserted_events") or [])
    return [e for e in events if any(f and f in e.get("sentence", "") for f in fragments)]


def item_lines(gold: list, system: list, same, show) -> list[str]:
    used, lines = set(), []
    for g in gold:
        hit = next((i for i, s in enumerate(system) if i not in used and same(g, s)), None)
        if hit is None:
            if not g.get("optional"):
                lines.append(f"  MISS  {json.dumps(g, ensure_ascii=False)[:200]}")
        else:
            used.add(hit)
    lines += [f"  EXTRA {show(s)}" for i, s in enumerate(system) if i not in used]
    return lines


def part_lines(part: str, gold: dict, record: dict) -> list[str]:
    if part == "events":
        return event_lines(gold, record)
    actors = record.get("actors") or []
    if part == "persons":
        people = [a for a in actors if a.get("kind") == "person"]
        lines = item_lines(gold.get("persons", []), people, lambda g, s: same_person(g["name"], s.get("name", "")),
                           lambda s: f"{s.get('name')} ({s.get('affiliation')}) {s.get('reason', '')}")
        for g in gold.get("persons", []):
            for s in people:
                if same_person(g["name"], s.get("name", "")) and g.get("affiliation") \
                        and top(s.get("affiliation")) != g["affiliation"]:
                    lines.append(f"  AFFIL {g['name']}: gold {g['affiliation']}, got {s.get('affiliation')}")
        return lines
    if part == "quotes":
        names = {a.get("id"): a.get("name", "") for a in actors}
        aff = person_affiliations(record)
        return item_lines(gold.get("quotes", []), record.get("quotes") or [],
                          lambda g, s: same_speaker(g["speaker"], s.get("speaker"), names, aff)
                          and norm(g["starts"])[:3] == norm(s.get("text", ""))[:3],
                          lambda s: f"{s.get('speaker')}: {s.get('text', '')[:80]}")
    if part == "figures":
        return item_lines(gold.get("figures", []), record.get("figures") or [], figure_match,
                          lambda s: f"{s.get('value')} {s.get('unit')} «{s.get('text')}»")
    if part == "commitments":
        aff = person_affiliations(record)
        return item_lines(gold.get("commitments", []), record.get("commitments") or [],
                          lambda g, s: resolve(s.get("actor"), aff) in as_codes(g["actor"])
                          and str(s.get("year")) == str(g["year"]),
                          lambda s: f"{s.get('actor')} {s.get('year')} «{s.get('text', '')[:100]}»")
    if part == "published":
        got = (record.get("document") or {}).get("published")
        want = gold.get("published")
        ok = (not want and not got) or (want and str(got or "").startswith(want))
        return [] if ok else [f"  gold {want}, got {got} ({(record.get('document') or {}).get('published_reason')})"]
    raise SystemExit(f"unknown part {part}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records")
    parser.add_argument("docs", nargs="*", help="document numbers (default: the whole develop split)")
    parser.add_argument("--part", default="events")
    parser.add_argument("--lang")
    parser.add_argument("--gold", type=Path, default=EVAL / "dev",
                        help="gold folder (default: the dev set; bench/heldout is the set written for diplo)")
    parser.add_argument("--why", action="store_true", help="under each missed event, the events coded near it")
    args = parser.parse_args()
    global WHY
    WHY = args.why
    records = load_records(args.records)
    for gold_path in sorted(args.gold.glob("*.gold.json")):
        name = gold_path.name.split(".")[0]
        if name.isdigit() and int(name) % 4 == 3 or (args.docs and name not in args.docs):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if args.lang and gold["language"] != args.lang:
            continue
        lines = part_lines(args.part, gold, records.get(name, {}))
        if lines:
            print(f"{name} [{gold['language']}]")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
