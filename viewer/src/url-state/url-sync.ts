import type { ViewerGraph } from '../graph/types';
import type { Store } from '../state/store';
import type { UiState } from '../state/types';
import { readSharedState, sameSharedState, writeSharedState, type SharedState } from './utils';

/** The shared state in the page URL, minus anything that does not exist in this graph. */
export function restoreFromUrl(graph: ViewerGraph, search: string): Partial<UiState> {
  const state: Partial<SharedState> = readSharedState(new URLSearchParams(search));
  if (state.selectedNode && !graph.hasNode(state.selectedNode)) delete state.selectedNode;
  if (state.selectedEdge && !graph.hasEdge(state.selectedEdge)) delete state.selectedEdge;
  if (state.documentId && !graph.getAttribute('documents').some((doc) => doc.id === state.documentId)) {
    delete state.documentId;
  }
  return state;
}

/** Keeps the URL in step with the shared state (replacing, not pushing, so Back leaves the viewer). */
export function syncUrl(store: Store): () => void {
  return store.subscribe((state, previous) => {
    if (sameSharedState(state, previous)) return;
    const params = writeSharedState(state, new URLSearchParams(window.location.search));
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
  });
}
