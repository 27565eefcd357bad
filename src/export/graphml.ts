import type Graph from 'graphology-types';
import type { Attributes } from 'graphology-types';
import { attributeModel, listItems, scalarText, type ValueType } from './attribute-model';
import { escapeAttribute, escapeText } from './xml';

/** GraphML spelling of each value type; lists have no GraphML type, they travel as "a|b" strings. */
const GRAPHML_TYPES: Record<ValueType, string> = {
  string: 'string',
  liststring: 'string',
  integer: 'int',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
};

interface Key {
  id: string;
  name: string;
  type: ValueType;
}

/**
 * GraphML (graphology has no writer) for yEd, Cytoscape, NetworkX and Gephi: one typed `<key>` per
 * attribute of the graph, its nodes and its edges; lists joined by "|" ("|" inside an item becomes "/").
 */
export function toGraphml(graph: Graph): string {
  const graphKeys = keysOf('g', attributeModel([graph.getAttributes()]));
  const nodeKeys = keysOf('n', attributeModel(graph.mapNodes((_key, attributes) => attributes)));
  const edgeKeys = keysOf('e', attributeModel(graph.mapEdges((_key, attributes) => attributes)));

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...declarations('graph', graphKeys),
    ...declarations('node', nodeKeys),
    ...declarations('edge', edgeKeys),
    `  <graph id="G" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">`,
    ...dataLines(graphKeys, graph.getAttributes(), '    '),
  ];
  graph.forEachNode((node, attributes) => {
    lines.push(`    <node id="${escapeAttribute(node)}">`, ...dataLines(nodeKeys, attributes, '      '), '    </node>');
  });
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    const direction = undirected === (graph.type === 'undirected') ? '' : ` directed="${!undirected}"`;
    lines.push(
      `    <edge id="${escapeAttribute(edge)}" source="${escapeAttribute(source)}" target="${escapeAttribute(target)}"${direction}>`,
      ...dataLines(edgeKeys, attributes, '      '),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function keysOf(prefix: string, model: ReadonlyMap<string, ValueType>): Key[] {
  return [...model].map(([name, type], i) => ({ id: `${prefix}${i}`, name, type }));
}

function declarations(domain: 'graph' | 'node' | 'edge', keys: readonly Key[]): string[] {
  return keys.map(
    (key) =>
      `  <key id="${key.id}" for="${domain}" attr.name="${escapeAttribute(key.name)}" attr.type="${GRAPHML_TYPES[key.type]}"/>`,
  );
}

function dataLines(keys: readonly Key[], attributes: Attributes, indent: string): string[] {
  return keys.flatMap((key) => {
    const value = attributes[key.name];
    if (value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value))) return [];
    const text = key.type === 'liststring' ? listItems(value).map((item) => item.replace(/\|/g, '/')).join('|') : scalarText(value);
    return [`${indent}<data key="${key.id}">${escapeText(text)}</data>`];
  });
}
