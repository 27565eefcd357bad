import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../graph/types';
import type { UiState } from '../state/types';

/** The part of the UI state worth sharing: what is selected and what is filtered. Hover and typing are not. */
export type SharedState = Pick<
  UiState,
  | 'selectedNode'
  | 'selectedEdge'
  | 'hiddenTypes'
  | 'hiddenRelations'
  | 'minMentions'
  | 'minConfidence'
  | 'documentId'
>;

const KEYS = {
  node: 'node',
  edge: 'edge',
  hide: 'hide',
  relations: 'hideRel',
  min: 'min',
  confidence: 'minConf',
  doc: 'doc',
} as const;

/** Writes the shared state into query parameters, keeping unrelated ones (such as `graph`) as they are. */
export function writeSharedState(state: SharedState, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key));
  put(KEYS.node, state.selectedNode);
  put(KEYS.edge, state.selectedEdge);
  put(KEYS.hide, [...state.hiddenTypes].sort().join(','));
  put(KEYS.relations, [...state.hiddenRelations].sort().join(','));
  put(KEYS.min, state.minMentions > 0 ? String(state.minMentions) : null);
  put(KEYS.confidence, state.minConfidence > 0 ? String(state.minConfidence) : null);
  put(KEYS.doc, state.documentId);
  return next;
}

/** Reads the shared state back; unknown types, relations and malformed numbers are ignored. */
export function readSharedState(params: URLSearchParams): Partial<SharedState> {
  const state: Partial<SharedState> = {};
  const node = params.get(KEYS.node);
  const edge = params.get(KEYS.edge);
  const doc = params.get(KEYS.doc);
  if (node) state.selectedNode = node;
  if (edge) state.selectedEdge = edge;
  if (doc) state.documentId = doc;
  const hide = listParam(params, KEYS.hide).filter((type): type is EntityType =>
    (ENTITY_TYPES as readonly string[]).includes(type),
  );
  if (hide.length) state.hiddenTypes = new Set(hide);
  const relations = listParam(params, KEYS.relations).filter((relation): relation is RelationType =>
    (RELATION_TYPES as readonly string[]).includes(relation),
  );
  if (relations.length) state.hiddenRelations = new Set(relations);
  const min = Number(params.get(KEYS.min));
  if (Number.isInteger(min) && min > 0) state.minMentions = min;
  const confidence = Number(params.get(KEYS.confidence));
  if (Number.isFinite(confidence) && confidence > 0 && confidence <= 1) state.minConfidence = confidence;
  return state;
}

/** True when two states would write the same URL, so hovering does not rewrite history. */
export function sameSharedState(a: SharedState, b: SharedState): boolean {
  return (
    writeSharedState(a, new URLSearchParams()).toString() === writeSharedState(b, new URLSearchParams()).toString()
  );
}

function listParam(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}
