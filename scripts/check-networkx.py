#!/usr/bin/env python3
"""Check that newsgraph's GEXF and GraphML files read back in NetworkX with nothing lost.

Builds a graph with the TypeScript code (src/graph, src/layout), writes it as JSON, GEXF and
GraphML, reads the two XML files with NetworkX (whose parser, expat, rejects any malformed XML) and
compares every node, edge and attribute with the JSON export. Inputs are extraction records
(`newsgraph extract` output: JSON or JSON lines) or a graph already built
(`newsgraph build --format json`); by default the fixtures in tests/fixtures/extractions.
CI has no NetworkX, so this is a script to run by hand:

    python3 scripts/check-networkx.py [--keep DIR] [input.json ...]

Exit status 0 when everything matches, 1 with a list of differences otherwise.
"""
import argparse
import json
import math
import pathlib
import re
import subprocess
import sys
import tempfile

import networkx as nx

REPO = pathlib.Path(__file__).resolve().parent.parent

WRITE_FILES = """
import { readFileSync, writeFileSync } from 'node:fs';
import Graph from 'graphology';
import { buildGraph } from './src/graph';
import { layoutGraph } from './src/layout';
import { EXPORTERS } from './src/export';
const [out, ...inputs] = JSON.parse(process.env.NEWSGRAPH_CHECK_ARGS ?? '[]');
const records = inputs.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  try {
    return [JSON.parse(text)].flat();
  } catch {
    return text.split('\\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
  }
});
const built = records.find((r) => r.options && r.nodes);
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const graph = built ? Graph.from(built) : buildGraph(records, { version });
if (!built) layoutGraph(graph);
for (const e of Object.values(EXPORTERS)) writeFileSync(`${out}/graph.${e.extension}`, e.write(graph));
"""


def write_files(out, inputs):
    env = {"NEWSGRAPH_CHECK_ARGS": json.dumps([str(out), *map(str, inputs)])}
    subprocess.run(["npx", "tsx", "--eval", WRITE_FILES], cwd=REPO, check=True, env={**__import__("os").environ, **env})


def list_items(values):
    """Lists as the exporters write them: whitespace collapsed, "|" replaced by "/"."""
    return [" ".join(str(v).split()).replace("|", "/") for v in values]


def strip_forbidden(text):
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)


def compare(where, expected, actual, problems):
    if isinstance(expected, float) or isinstance(actual, float):
        same = isinstance(actual, (int, float)) and math.isclose(expected, actual, rel_tol=1e-6, abs_tol=1e-6)
    else:
        same = expected == actual
    if not same:
        problems.append(f"{where}: expected {expected!r}, got {actual!r}")


def expected_scalar(value):
    return strip_forbidden(value) if isinstance(value, str) else value


def edges_by_id(g):
    """NetworkX returns a DiGraph when no two edges share their ends; edge ids then sit in the data."""
    if g.is_multigraph():
        return {k: (s, t, d) for s, t, k, d in g.edges(keys=True, data=True)}
    return {d.get("id"): (s, t, d) for s, t, d in g.edges(data=True)}


def check_gexf(path, reference, problems):
    raw = path.read_text(encoding="utf-8")
    if 'version="1.3"' not in raw or 'xmlns:viz="http://gexf.net/1.3/viz"' not in raw:
        problems.append("gexf: not GEXF 1.3 with the 1.3 viz namespace")
    with_alpha = [c for c in re.findall(r"<viz:color ([^>]*)/>", raw) if re.search(r"\ba=", c)]
    if with_alpha:
        problems.append(f"gexf: {len(with_alpha)} viz:color element(s) carry an alpha channel")
    g = nx.read_gexf(str(path))
    for node in reference["nodes"]:
        key, attrs = node["key"], node["attributes"]
        if key not in g.nodes:
            problems.append(f"gexf: node {key} missing")
            continue
        data = g.nodes[key]
        compare(f"gexf {key} label", expected_scalar(attrs["label"]), data.get("label"), problems)
        for name in ("entityType", "mentions", "spans"):
            compare(f"gexf {key} {name}", expected_scalar(attrs[name]), data.get(name), problems)
        compare(f"gexf {key} description", expected_scalar(attrs["description"]), data.get("description", ""), problems)
        for name in ("aliases", "sources"):
            compare(f"gexf {key} {name}", list_items(map(strip_forbidden, attrs[name])), json.loads(data.get(name, "[]")), problems)
        viz = data.get("viz", {})
        hex_color = attrs["color"].lstrip("#")
        rgb = {c: int(hex_color[i : i + 2], 16) for c, i in zip("rgb", (0, 2, 4))}
        compare(f"gexf {key} viz:color", rgb, {c: viz.get("color", {}).get(c) for c in "rgb"}, problems)
        compare(f"gexf {key} viz:size", float(attrs["size"]), viz.get("size"), problems)
        position = viz.get("position", {})
        compare(f"gexf {key} viz:position", (float(attrs["x"]), float(attrs["y"])), (position.get("x"), position.get("y")), problems)
    edges = edges_by_id(g)
    for edge in reference["edges"]:
        key, attrs = edge["key"], edge["attributes"]
        if key not in edges:
            problems.append(f"gexf: edge {key} missing")
            continue
        source, target, data = edges[key]
        compare(f"gexf {key} ends", (edge["source"], edge["target"]), (source, target), problems)
        for name in ("label", "predicate", "relation", "evidence", "spans"):
            compare(f"gexf {key} {name}", expected_scalar(attrs[name]), data.get(name), problems)
        compare(f"gexf {key} confidence", float(attrs["confidence"]), data.get("confidence"), problems)
        compare(f"gexf {key} weight", float(attrs["weight"]), data.get("weight"), problems)
        compare(f"gexf {key} sources", list_items(attrs["sources"]), json.loads(data.get("sources", "[]")), problems)
    compare("gexf node count", len(reference["nodes"]), g.number_of_nodes(), problems)
    compare("gexf edge count", len(reference["edges"]), g.number_of_edges(), problems)
    return g


def check_graphml(path, reference, problems):
    g = nx.read_graphml(str(path))
    for name, value in reference["attributes"].items():
        actual = g.graph.get(name)
        if isinstance(value, (list, dict)):
            # Structured values travel as JSON text, whose escapes keep even control characters.
            compare(f"graphml graph {name}", value, json.loads(actual) if actual else None, problems)
        else:
            compare(f"graphml graph {name}", expected_scalar(value), actual, problems)
    for node in reference["nodes"]:
        key, attrs = node["key"], node["attributes"]
        if key not in g.nodes:
            problems.append(f"graphml: node {key} missing")
            continue
        data = g.nodes[key]
        for name, value in attrs.items():
            actual = data.get(name, "" if value == "" else None)
            if isinstance(value, list):
                compare(f"graphml {key} {name}", list_items(map(strip_forbidden, value)), actual.split("|") if actual else [], problems)
            else:
                compare(f"graphml {key} {name}", expected_scalar(value), actual, problems)
    edges = edges_by_id(g)
    for edge in reference["edges"]:
        key, attrs = edge["key"], edge["attributes"]
        if key not in edges:
            problems.append(f"graphml: edge {key} missing")
            continue
        source, target, data = edges[key]
        compare(f"graphml {key} ends", (edge["source"], edge["target"]), (source, target), problems)
        for name, value in attrs.items():
            actual = data.get(name)
            if isinstance(value, list):
                compare(f"graphml {key} {name}", list_items(value), actual.split("|") if actual else [], problems)
            else:
                compare(f"graphml {key} {name}", expected_scalar(value), actual, problems)
    compare("graphml node count", len(reference["nodes"]), g.number_of_nodes(), problems)
    compare("graphml edge count", len(reference["edges"]), g.number_of_edges(), problems)
    return g


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=pathlib.Path, help="extraction records or a built graph (default: the test fixtures)")
    parser.add_argument("--keep", type=pathlib.Path, help="write the files here instead of a temporary directory")
    args = parser.parse_args()
    inputs = [p.resolve() for p in args.inputs] or sorted((REPO / "tests/fixtures/extractions").glob("*.json"))

    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep.resolve() if args.keep else pathlib.Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        write_files(out, inputs)
        reference = json.loads((out / "graph.json").read_text(encoding="utf-8"))
        problems = []
        gexf = check_gexf(out / "graph.gexf", reference, problems)
        graphml = check_graphml(out / "graph.graphml", reference, problems)

    print(f"networkx {nx.__version__}; {len(inputs)} input file(s)")
    print(f"gexf:    {gexf.number_of_nodes()} nodes, {gexf.number_of_edges()} edges ({type(gexf).__name__})")
    print(f"graphml: {graphml.number_of_nodes()} nodes, {graphml.number_of_edges()} edges ({type(graphml).__name__})")
    if problems:
        print(f"{len(problems)} difference(s):")
        for problem in problems:
            print("  " + problem)
        return 1
    print("OK: every node, edge and attribute matches the JSON export")
    return 0


if __name__ == "__main__":
    sys.exit(main())
