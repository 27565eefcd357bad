import { MultiDirectedGraph } from 'graphology';
import type { EntityType, Extraction } from '../extraction';
import { seedPosition } from '../layout/seed';
import { prepareDocuments, type SourceDocument } from './documents';
import { entityNode } from './entity-nodes';
import { mergeEntities, type EntityRef } from './merge-entities';
import { nodeIds } from './node-ids';
import { nodeSize } from './node-size';
import { ENTITY_COLORS } from './palette';
import { relationEdges, type Statement } from './relation-edges';
import type { EdgeAttributes, GraphAttributes, NewsGraph, NodeAttributes } from './types';

export interface BuildOptions {
  /** newsgraph version recorded in the graph attributes (read from package.json by the caller). */
  version: string;
}

/** Types that stay in the extraction JSON but are not drawn: they would link everything to everything. */
const UNDRAWN: ReadonlySet<EntityType> = new Set(['DATE', 'QUANTITY']);

/**
 * Builds the knowledge graph of a set of documents: one node per real-world entity (merged across
 * documents), one edge per (subject, predicate, object), spans in display-text offsets.
 * Pure: same extractions and options give the same graph, node and edge order included.
 */
export function buildGraph(extractions: readonly Extraction[], options: BuildOptions): NewsGraph {
  const docs = prepareDocuments(extractions);
  const refs: EntityRef[] = docs.flatMap((doc, index) =>
    doc.extraction.entities.filter((entity) => !UNDRAWN.has(entity.entityType)).map((entity) => ({ doc: index, entity })),
  );
  const groups = mergeEntities(refs);
  const nodes = groups.map((group) => entityNode(group, docs));
  const ids = nodeIds(nodes);

  const nodeOf = new Map<string, string>();
  groups.forEach((group, i) => {
    for (const ref of group) nodeOf.set(entityAddress(ref.doc, ref.entity.id), ids[i]);
  });
  const edges = relationEdges(statementsOf(docs, nodeOf));

  const graph: NewsGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.replaceAttributes({
    generator: 'newsgraph',
    version: options.version,
    documents: docs.map(({ extraction, display }) => ({ id: extraction.id, title: extraction.title, text: display.text })),
  });

  const order = ids.map((id, i) => ({ id, node: nodes[i] })).sort((a, b) => compare(a.id, b.id));
  for (const { id, node } of order) {
    graph.addNode(id, {
      label: node.label,
      entityType: node.entityType,
      aliases: node.aliases,
      mentions: node.mentions,
      description: node.description,
      sources: node.sources,
      color: ENTITY_COLORS[node.entityType],
      size: 0,
      ...seedPosition(id),
      spans: JSON.stringify(node.spans),
    });
  }
  for (const edge of [...edges].sort((a, b) => compare(a.key, b.key))) {
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, {
      label: edge.label,
      predicate: edge.predicate,
      relation: edge.relation,
      evidence: edge.evidence.join('\n'),
      confidence: edge.confidence,
      weight: edge.weight,
      sources: edge.sources,
      spans: JSON.stringify(edge.spans),
    });
  }

  const importance = (node: string) => graph.getNodeAttribute(node, 'mentions') + graph.degree(node);
  const maxImportance = graph.reduceNodes((max, node) => Math.max(max, importance(node)), 0);
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, size: nodeSize(importance(node), maxImportance) }));
  return graph;
}

/** Relations of every document whose two ends are drawn nodes; self-loops are coreference slips. */
function statementsOf(docs: readonly SourceDocument[], nodeOf: ReadonlyMap<string, string>): Statement[] {
  return docs.flatMap((doc, index) =>
    doc.extraction.relations.flatMap((relation) => {
      const source = nodeOf.get(entityAddress(index, relation.subject));
      const target = nodeOf.get(entityAddress(index, relation.object));
      return source && target && source !== target ? [{ doc, source, target, relation }] : [];
    }),
  );
}

function entityAddress(doc: number, entity: string): string {
  return `${doc}\u0000${entity}`;
}

/** Code-unit order: locale-independent, so ids sort the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
