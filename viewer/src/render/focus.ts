import type { ViewerGraph } from '../graph/types';
import type { UiState } from '../state/types';

/** What is in focus: a hovered or selected node with its neighbourhood, or a selected edge and its ends. */
export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Hover wins over selection so the reader can peek around without losing their place. */
export function computeFocus(graph: ViewerGraph, state: UiState): Focus | null {
  const node = state.hoveredNode ?? (state.selectedEdge ? null : state.selectedNode);
  if (node && graph.hasNode(node)) {
    const nodes = new Set<string>([node]);
    const edges = new Set<string>();
    graph.forEachEdge(node, (edge, _attributes, source, target) => {
      edges.add(edge);
      nodes.add(source === node ? target : source);
    });
    return { nodes, edges };
  }
  if (state.selectedEdge && graph.hasEdge(state.selectedEdge)) {
    const edge = state.selectedEdge;
    return { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
  }
  return null;
}
