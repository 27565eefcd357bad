import type { ViewerGraph } from '../graph/types';
import { enableNodeDragging } from '../layout/drag';
import { selectEdge, selectNode } from '../state/selection';
import type { Store } from '../state/store';
import type { ViewerSigma } from './renderer';

/** Hover focuses, click selects (node or edge), click on empty space clears; nodes can be dragged. */
export function bindGraphInteractions(renderer: ViewerSigma, graph: ViewerGraph, store: Store): void {
  const drag = enableNodeDragging(renderer, graph);
  const container = renderer.getContainer();
  renderer.on('enterNode', ({ node }) => {
    store.set({ hoveredNode: node });
    container.style.cursor = 'pointer';
  });
  renderer.on('leaveNode', () => {
    store.set({ hoveredNode: null });
    container.style.cursor = '';
  });
  renderer.on('enterEdge', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveEdge', () => (container.style.cursor = ''));
  renderer.on('clickNode', ({ node }) => {
    if (drag.justDragged()) return;
    store.set(selectNode(graph, store.get(), node));
  });
  renderer.on('clickEdge', ({ edge }) => store.set(selectEdge(graph, store.get(), edge)));
  renderer.on('clickStage', () => {
    if (drag.justDragged()) return;
    store.set({ selectedNode: null, selectedEdge: null });
  });
}
