"""The relation graph as GraphML or GEXF, for Gephi, Cytoscape or networkx."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..analysis.filters import EventFilter
from ..analysis.graph import relation_graph
from ..store import Connection

GRAPH_WRITERS = {"graphml": nx.write_graphml, "gexf": nx.write_gexf}


def write_graph(db: Connection, path: Path, where: EventFilter = EventFilter(),
                format: str = "graphml") -> int:
    """Write the country-level relation graph in a graph format; returns the number of edges."""
    graph = relation_graph(db, where)
    GRAPH_WRITERS[format](graph, path)
    return graph.number_of_edges()
