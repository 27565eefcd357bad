import type { MultiDirectedGraph } from 'graphology';
import type { RelationType } from '../extraction';
import type { EntityNode } from './entity-nodes';

/**
 * A character range in one document's display text: `[docId, start, end]`, `end` exclusive.
 * Stored on nodes and edges as a JSON string so every file format can carry it as a flat value.
 */
export type Span = [docId: string, start: number, end: number];

/** A source document as the graph carries it: `text` is the display text spans index into. */
export interface GraphDocument {
  id: string;
  title: string;
  text: string;
}

/** Node attributes; names are the public contract of ../shared/docs/output-contract.md. */
export interface NodeAttributes extends Omit<EntityNode, 'spans'> {
  color: string;
  size: number;
  x: number;
  y: number;
  /** JSON `Span[]`, one per mention. */
  spans: string;
}

/** Edge attributes; one edge per (subject, predicate, object) across all documents. */
export interface EdgeAttributes {
  label: string;
  predicate: string;
  relation: RelationType;
  /** Distinct evidence sentences, verbatim from the display text, joined by "\n". */
  evidence: string;
  confidence: number;
  weight: number;
  sources: string[];
  /** JSON `Span[]` of the evidence sentences. */
  spans: string;
}

export interface GraphAttributes {
  generator: 'newsgraph';
  version: string;
  documents: GraphDocument[];
}

/** The knowledge graph every later stage (layout, exporters, viewer) works on. */
export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
