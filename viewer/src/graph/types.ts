import type { MultiDirectedGraph } from 'graphology';
import type { EntityType, RelationType } from '../../../src/extraction';
import type { EdgeAttributes, GraphDocument, NodeAttributes } from '../../../src/graph/types';

export type { EntityType, RelationType };

/** A position in one document's text: [document id, start, end) in UTF-16 code units. */
export type Span = readonly [docId: string, start: number, end: number];

/** Node and edge attributes are the pipeline's own (the public contract), all present after loading. */
export type EntityAttributes = NodeAttributes & {
  /** Set only while the user drags the node, so ForceAtlas2 leaves it under the mouse. */
  fixed?: boolean;
};
export type RelationAttributes = EdgeAttributes;
export type DocumentRecord = GraphDocument;

/** Graph attributes after loading: only `documents` is guaranteed, a plain GEXF has no generator. */
export interface GraphAttributes {
  generator?: string;
  version?: string;
  documents: DocumentRecord[];
}

/** The graph the viewer works on: always multi and directed, as the contract says. */
export type ViewerGraph = MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>;

/** Entity types in the order the legend lists them. */
export const ENTITY_TYPES: readonly EntityType[] = [
  'PERSON',
  'ORGANIZATION',
  'LOCATION',
  'GROUP',
  'WORK',
  'EVENT',
  'DATE',
  'QUANTITY',
  'OTHER',
];

/** Canonical relation types, in the order the relation filter lists them. */
export const RELATION_TYPES: readonly RelationType[] = [
  'works_for',
  'member_of',
  'located_in',
  'based_in',
  'lives_in',
  'represents',
  'part_of',
  'killed',
  'said',
  'related_to',
  'other',
];
