import type { RelationType, ViewerGraph } from '../graph/types';

export interface NodeRef {
  node: string;
  label: string;
}

/** One relation of the selected entity, phrased subject → object, the way the details panel reads it. */
export interface RelationLine {
  edge: string;
  /** Whether the selected entity is the subject ("out") or the object ("in"). */
  direction: 'out' | 'in';
  subject: NodeRef;
  object: NodeRef;
  /** The end that is not the selected entity: where a click on the relation moves to. */
  other: NodeRef;
  label: string;
  relation: RelationType;
  confidence: number;
  /** Supporting sentences, one per item. */
  evidence: string[];
}

/** Relations of a node, its own statements first, then the best supported. */
export function relationLines(graph: ViewerGraph, node: string): RelationLine[] {
  const lines: RelationLine[] = [];
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    const subject = { node: source, label: graph.getNodeAttribute(source, 'label') };
    const object = { node: target, label: graph.getNodeAttribute(target, 'label') };
    const direction = source === node ? 'out' : 'in';
    lines.push({
      edge,
      direction,
      subject,
      object,
      other: direction === 'out' ? object : subject,
      label: attributes.label,
      relation: attributes.relation,
      confidence: attributes.confidence,
      evidence: evidenceSentences(attributes.evidence),
    });
  });
  const weight = (line: RelationLine) => graph.getEdgeAttribute(line.edge, 'weight');
  return lines.sort(
    (a, b) =>
      (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
      weight(b) - weight(a) ||
      a.other.label.localeCompare(b.other.label),
  );
}

/** Splits the contract's newline-joined evidence into sentences. */
export function evidenceSentences(evidence: string): string[] {
  return evidence
    .split('\n')
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}
