"""The relation graph: actors as nodes, events between them as weighted, signed, directed edges.

An edge source -> target carries `events` (and `weight`, the same number, for
layout tools), `score` (the sum of the events' PLOVER scores), `mean_score`,
`sign` (+1 cooperative, -1 conflictual, 0 balanced), the counts of
cooperation and conflict events, and `types` ("ACCUSE 2, SANCTION 1"). Each
event counts once per actor pair, and each story once (unless the filter asks
for every report); events of an actor with itself are left out. Nodes carry `label`, `kind` and `events` (the events on their edges).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ..knowledge import ontology
from ..store import Connection
from .events import DOCUMENT_JOIN, EVENT_KEY, STORY_JOIN, STORY_KEY, plover_score
from .filters import Clause, EventFilter, event_clauses, where_sql
from .listings import actor_labels

if TYPE_CHECKING:
    import networkx as nx

LEVELS = {"country": ("source_country", "target_country"), "actor": ("source", "target")}


def relation_graph(db: Connection, where: EventFilter = EventFilter(), level: str = "country") -> nx.DiGraph:
    """The directed graph of who did what to whom, at the country level or the level of single actors."""
    import networkx as nx  # here: listing the relations (`relations`) does without it

    graph = nx.DiGraph()
    graph.add_edges_from(relations(db, where, level))
    labels = actor_labels(db)
    for node in graph.nodes:
        name, kind = labels.get(node, (node, "country" if level == "country" else "actor"))
        graph.nodes[node].update(label=name, kind=kind, events=graph.degree(node, weight="events"))
    return graph


def relations(db: Connection, where: EventFilter = EventFilter(), level: str = "country"
              ) -> list[tuple[str, str, dict]]:
    """The graph's edges, (source, target, attributes), in the order the graph adds them."""
    source, target = LEVELS[level]
    scores = {name: entry["score"] for name, entry in ontology()["types"].items()}
    return [(a, b, edge_attributes(types, scores)) for (a, b), types in _pair_types(db, where, source, target).items()]


def _pair_types(db: Connection, where: EventFilter, source: str, target: str) -> dict[tuple, Counter]:
    """For each (source, target) pair, how many events of each type."""
    pairs = [Clause(f"e.{source} IS NOT NULL AND e.{target} IS NOT NULL AND e.{source} != e.{target}")]
    sql, params = where_sql(event_clauses(where) + pairs)
    documents = DOCUMENT_JOIN if where.language else ""
    event = EVENT_KEY
    if not where.every_report:
        documents += STORY_JOIN
        event = STORY_KEY
    query = (f"SELECT a, b, type, COUNT(*) AS n FROM (SELECT DISTINCT {event}, e.{source} AS a,"
             f" e.{target} AS b, e.type FROM events e{documents}{sql}) pairs GROUP BY a, b, type")
    pair_types: dict[tuple, Counter] = defaultdict(Counter)
    for a, b, event_type, n in db.execute(query, params):
        pair_types[a, b][event_type] = n
    return pair_types


def edge_attributes(types: Counter, scores: dict[str, float] | None = None) -> dict:
    """The numbers an edge carries, from its count of events per type (`scores`: each type's PLOVER score, read
    once for all the edges)."""
    events = total = cooperation = conflict = 0
    for event_type, n in types.items():
        type_score = scores[event_type] if scores is not None else plover_score(event_type)
        events += n
        total += type_score * n
        if type_score > 0:
            cooperation += n
        elif type_score < 0:
            conflict += n
    score = round(total, 2)
    return {
        "events": events, "weight": events, "score": score, "mean_score": round(score / events, 2),
        "sign": (score > 0) - (score < 0), "cooperation": cooperation, "conflict": conflict,
        "types": ", ".join(f"{t} {n}" for t, n in sorted(types.items(), key=lambda item: (-item[1], item[0]))),
    }
