"""graph: the actor–initiative network as node-link JSON and GraphML."""

from __future__ import annotations

import json
from xml.etree import ElementTree as ET

import pytest

from sco_digital.graph import GRAPH_FORMATS, build_network, node_link_data, to_graphml

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture(scope="module")
def network(corpus):
    return build_network(corpus)


def _edges(network, relation):
    return {(e.source, e.target): e for e in network.edges if e.relation == relation}


def test_nodes_are_actors_and_initiatives(network, corpus):
    ids = {n.id for n in network.nodes}
    assert {a.id for a in corpus.actors} <= ids and {i.id for i in corpus.initiatives} <= ids
    assert len(ids) == len(network.nodes)
    types = {n.id: n.type for n in network.nodes}
    assert types["xiong-jijun"] == "actor" and types["sco-summit-2025"] == "initiative"


def test_took_part_in_and_place(network, corpus):
    took = _edges(network, "took_part_in")
    briefing = corpus.initiative("sco-summit-2025-media-briefing")
    edge = took[("xiong-jijun", briefing.id)]
    assert edge.role == "participant" and edge.weight == len(briefing.articles) == 2
    assert took[("tianjin", "sco-summit-2025")].role == "place"
    for (source, target), e in took.items():
        initiative = corpus.initiative(target)
        assert source in initiative.actors or source == initiative.place
        assert e.weight == len(e.articles) >= 1


def test_affiliated_with(network, corpus):
    affiliated = _edges(network, "affiliated_with")
    assert ("xiong-jijun", "miit") in affiliated and ("yan-dongjie", "china-daily") in affiliated
    for (source, target), e in affiliated.items():
        assert corpus.actor(source).affiliation == target
        assert e.weight == len(e.articles)


def test_mentioned_together_in_one_sentence(network, corpus):
    together = _edges(network, "mentioned_together")
    # 001: "… the SCO Summit 2025, which is to be held in Tianjin on Sunday and Monday."
    assert ("sco-summit-2025", "tianjin") in together
    for (a, b), e in together.items():
        assert a < b and not e.directed
        assert e.weight == len(e.articles) >= 1 and set(e.articles) <= {x.id for x in corpus.articles}
    # "SCO" inside "SCO Summit 2025" is one name, so not on its own a co-mention in that place only
    assert all(a != b for a, b in together)


def test_node_link_json_shape(run, corpus):
    result = run("graph")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) == {"directed", "multigraph", "graph", "nodes", "links"}
    assert data["directed"] is True and data["multigraph"] is True
    ids = {n["id"] for n in data["nodes"]}
    for link in data["links"]:
        assert link["source"] in ids and link["target"] in ids
        assert link["relation"] in {"took_part_in", "affiliated_with", "mentioned_together"}
        assert isinstance(link["weight"], int)
    keys = [(l["source"], l["target"], l["key"]) for l in data["links"]]
    assert len(keys) == len(set(keys))  # a multigraph's edges are told apart by key


def test_graphml_parses_and_declares_its_keys(run, tmp_path, network):
    target = tmp_path / "sco.graphml"
    result = run("graph", "--format", "graphml", str(target))
    assert result.exit_code == 0 and result.stdout == "" and "Wrote" in result.stderr
    root = ET.parse(target).getroot()
    declared = {k.get("id") for k in root.findall("g:key", NS)}
    graph = root.find("g:graph", NS)
    nodes = graph.findall("g:node", NS)
    edges = graph.findall("g:edge", NS)
    assert len(nodes) == len(network.nodes) and len(edges) == len(network.edges)
    used = {d.get("key") for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data")}
    assert used <= declared
    node_ids = {n.get("id") for n in nodes}
    assert all(e.get("source") in node_ids and e.get("target") in node_ids for e in edges)


def test_graphml_inferred_from_the_extension(run, tmp_path):
    result = run("graph", str(tmp_path / "g.graphml"))
    assert result.exit_code == 0
    assert (tmp_path / "g.graphml").read_text(encoding="utf-8").startswith("<?xml")


def test_networkx_reads_both(network):
    nx = pytest.importorskip("networkx")
    import io

    g = nx.read_graphml(io.StringIO(to_graphml(network)))
    assert g.number_of_nodes() == len(network.nodes) and g.number_of_edges() == len(network.edges)
    assert g.nodes["xiong-jijun"]["label"] == "Xiong Jijun"
    h = nx.node_link_graph(node_link_data(network), edges="links")
    assert h.number_of_edges() == len(network.edges) and h.is_multigraph()


def test_refuses_to_write_into_the_corpus(run, corpus_copy):
    result = run("--corpus", str(corpus_copy), "graph", str(corpus_copy / "g.json"))
    assert result.exit_code == 2 and not (corpus_copy / "g.json").exists()


def test_formats_match_the_cli():
    from sco_digital.cli.research import GRAPH_FORMATS as CLI_FORMATS

    assert tuple(CLI_FORMATS) == GRAPH_FORMATS
