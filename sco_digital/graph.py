"""The network of actors and initiatives, for Gephi (GraphML) and networkx (node-link JSON).

Nodes are the corpus's actors and initiatives (plus lexicon actors that an initiative or an
affiliation names but no article does, marked ``mentioned: false``). Edges, directed, several
per pair allowed (a multigraph, each edge keyed by its relation):

- ``took_part_in``: actor -> initiative, from the initiative's `actors` (``role: participant``)
  and its `place` (``role: place``);
- ``affiliated_with``: actor -> the actor of its `affiliation`;
- ``mentioned_together``: two records named in the same sentence. Same sentence, not same
  article: in a news article nearly everything shares the article, so that graph would be
  complete and say nothing. Stored once per pair, from the smaller id to the larger, with the
  edge attribute ``directed: false``.

`weight` is a number of articles: for ``mentioned_together`` the articles with at least one
sentence naming both; for the other two, the articles that name the record stating the relation
(the initiative, or the affiliated actor). `articles` lists them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree as ET

from .records import Actor, Evidence, Initiative
from .textutil import sentence_around, sentence_bounds

if TYPE_CHECKING:
    from .corpus import Corpus


class Relation(str, Enum):
    TOOK_PART_IN = "took_part_in"
    AFFILIATED_WITH = "affiliated_with"
    MENTIONED_TOGETHER = "mentioned_together"


class GraphFormat(str, Enum):
    GRAPHML = "graphml"
    JSON = "json"


GRAPH_FORMATS = tuple(f.value for f in GraphFormat)


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    label: str
    type: str  # actor | initiative
    kind: str
    country: str | None
    articles: tuple[str, ...]
    mentions: int
    mentioned: bool


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    relation: str
    weight: int
    articles: tuple[str, ...]
    directed: bool = True
    role: str | None = None

    @property
    def key(self) -> str:
        return self.relation if self.role in (None, "participant") else f"{self.relation}:{self.role}"


@dataclass(frozen=True)
class Network:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    graph: dict[str, Any] = field(default_factory=dict)


def build_network(corpus: "Corpus") -> Network:
    """The actor–initiative network of a corpus."""
    nodes: dict[str, Node] = {}
    for actor in corpus.actors:
        nodes[actor.id] = _actor_node(actor, True)
    for ini in corpus.initiatives:
        nodes.setdefault(ini.id, Node(ini.id, ini.name, "initiative", ini.kind, None, ini.articles,
                                      len(ini.mentions), True))
    lexicon = {a.id: a for a in corpus.registries.actors}

    def ensure_actor(actor_id: str | None) -> bool:
        if not actor_id:
            return False
        if actor_id not in nodes and actor_id in lexicon:
            lex = lexicon[actor_id]
            nodes[actor_id] = Node(lex.id, lex.names.get("en") or next(iter(lex.names.values()), lex.id), "actor",
                                   lex.kind, lex.country, (), 0, False)
        return actor_id in nodes and nodes[actor_id].type == "actor"

    edges: list[Edge] = []
    for ini in corpus.initiatives:
        for actor_id in dict.fromkeys(ini.actors):
            if ensure_actor(actor_id):
                edges.append(Edge(actor_id, ini.id, Relation.TOOK_PART_IN.value, len(ini.articles), ini.articles,
                                  role="participant"))
        if ensure_actor(ini.place):
            edges.append(Edge(str(ini.place), ini.id, Relation.TOOK_PART_IN.value, len(ini.articles), ini.articles,
                              role="place"))
    for actor in list(corpus.actors):
        if actor.affiliation and actor.affiliation != actor.id and ensure_actor(actor.affiliation):
            edges.append(Edge(actor.id, actor.affiliation, Relation.AFFILIATED_WITH.value, len(actor.articles),
                              actor.articles))
    edges.extend(_co_mentions(corpus))
    graph = {"name": "sco-digital", "edge_weight": "number of articles",
             "mentioned_together": "named in the same sentence"}
    return Network(tuple(nodes.values()), tuple(edges), graph)


def _actor_node(actor: Actor, mentioned: bool) -> Node:
    return Node(actor.id, actor.name, "actor", actor.kind, actor.country, actor.articles, len(actor.mentions),
                mentioned)


def _co_mentions(corpus: "Corpus") -> list[Edge]:
    """Pairs of records named in one sentence, with the articles where that happens."""
    by_article: dict[str, list[tuple[Evidence, str]]] = {}
    records: list[Actor | Initiative] = [*corpus.actors, *corpus.initiatives]
    seen_ids: set[str] = set()
    for record in records:
        if record.id in seen_ids:
            continue
        seen_ids.add(record.id)
        for m in record.mentions:
            by_article.setdefault(m.article, []).append((m, record.id))
    pairs: dict[tuple[str, str], set[str]] = {}
    for article_id, mentions in by_article.items():
        bounds = sentence_bounds(corpus.article(article_id).text)
        sentences: dict[tuple[int, int], list[tuple[Evidence, str]]] = {}
        for m, record_id in mentions:
            sentences.setdefault(sentence_around(bounds, m.start, m.end), []).append((m, record_id))
        for named in sentences.values():
            for n, (m1, a) in enumerate(named):
                for m2, b in named[n + 1:]:
                    # "SCO" inside "SCO Summit 2025" is part of the name, not a second mention.
                    if a == b or not (m1.end <= m2.start or m2.end <= m1.start):
                        continue
                    pairs.setdefault((min(a, b), max(a, b)), set()).add(article_id)
    return [Edge(a, b, Relation.MENTIONED_TOGETHER.value, len(arts), tuple(sorted(arts)), directed=False)
            for (a, b), arts in sorted(pairs.items())]


# ---- node-link JSON ---------------------------------------------------------------------------------


def node_link_data(network: Network) -> dict[str, Any]:
    """networkx's node-link shape (`networkx.node_link_graph(data, edges="links")` reads it)."""
    return {
        "directed": True,
        "multigraph": True,
        "graph": dict(network.graph),
        "nodes": [
            {"id": n.id, "label": n.label, "type": n.type, "kind": n.kind, "country": n.country,
             "articles": list(n.articles), "mentions": n.mentions, "mentioned": n.mentioned}
            for n in network.nodes
        ],
        "links": [
            {"source": e.source, "target": e.target, "key": e.key, "relation": e.relation, "weight": e.weight,
             "articles": list(e.articles), "directed": e.directed,
             **({"role": e.role} if e.role else {})}
            for e in network.edges
        ],
    }


def to_json(network: Network) -> str:
    return json.dumps(node_link_data(network), ensure_ascii=False, indent=2) + "\n"


# ---- GraphML ----------------------------------------------------------------------------------------

_NS = "http://graphml.graphdrawing.org/xmlns"
_NODE_KEYS = (("label", "string"), ("type", "string"), ("kind", "string"), ("country", "string"),
              ("articles", "string"), ("mentions", "int"), ("mentioned", "boolean"))
_EDGE_KEYS = (("relation", "string"), ("role", "string"), ("weight", "double"), ("articles", "string"),
              ("directed", "boolean"))


def to_graphml(network: Network) -> str:
    """GraphML for Gephi, yEd, Cytoscape and `networkx.read_graphml` (lists joined with ';')."""
    ET.register_namespace("", _NS)
    root = ET.Element(f"{{{_NS}}}graphml")
    for domain, keys in (("node", _NODE_KEYS), ("edge", _EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, f"{{{_NS}}}key", {"id": f"{domain[0]}_{name}", "for": domain,
                                                  "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{_NS}}}graph", {"id": "sco-digital", "edgedefault": "directed"})
    for node in network.nodes:
        element = ET.SubElement(graph, f"{{{_NS}}}node", {"id": node.id})
        values = {"label": node.label, "type": node.type, "kind": node.kind, "country": node.country,
                  "articles": ";".join(node.articles), "mentions": node.mentions,
                  "mentioned": "true" if node.mentioned else "false"}
        _data(element, "n", values)
    for n, edge in enumerate(network.edges):
        # Symmetry is a data value, not GraphML's per-edge `directed="false"`, which networkx
        # refuses in a directed graph.
        element = ET.SubElement(graph, f"{{{_NS}}}edge", {"id": f"e{n}", "source": edge.source,
                                                          "target": edge.target})
        _data(element, "e", {"relation": edge.relation, "role": edge.role, "weight": edge.weight,
                             "articles": ";".join(edge.articles), "directed": "true" if edge.directed else "false"})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _data(element: ET.Element, prefix: str, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if value is None or value == "":
            continue
        ET.SubElement(element, f"{{{_NS}}}data", {"key": f"{prefix}_{name}"}).text = str(value)


def render_network(network: Network, fmt: str) -> str:
    return to_graphml(network) if fmt == GraphFormat.GRAPHML else to_json(network)
