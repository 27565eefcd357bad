import type { EntityType, RelationType } from '../graph/types';

/** Everything the user has chosen; the graph itself never changes to show a choice. */
export interface UiState {
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
  /** Typed text of the search box; its matches are highlighted in the graph. */
  searchQuery: string;
  hiddenTypes: ReadonlySet<EntityType>;
  hiddenRelations: ReadonlySet<RelationType>;
  minMentions: number;
  /** Edges the extractor is less sure of than this (0 to 1) are hidden; 0 shows all. */
  minConfidence: number;
  /** Document shown in the Source panel. */
  documentId: string | null;
}

/** The state of a freshly opened graph. */
export const INITIAL_STATE: UiState = {
  selectedNode: null,
  selectedEdge: null,
  hoveredNode: null,
  searchQuery: '',
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  minMentions: 0,
  minConfidence: 0,
  documentId: null,
};
