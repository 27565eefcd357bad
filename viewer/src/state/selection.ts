import { parseSpans } from '../graph/spans';
import type { ViewerGraph } from '../graph/types';
import type { UiState } from './types';

/** State after selecting a node (or clearing with null): the Source panel follows to a document that mentions it. */
export function selectNode(graph: ViewerGraph, state: UiState, node: string | null): Partial<UiState> {
  if (node === null || !graph.hasNode(node)) return { selectedNode: null, selectedEdge: null };
  const attributes = graph.getNodeAttributes(node);
  const documents = documentsOf(parseSpans(attributes.spans).map(([docId]) => docId), attributes.sources);
  return { selectedNode: node, selectedEdge: null, documentId: preferDocument(graph, state.documentId, documents) };
}

/** State after selecting an edge: its source node stays in focus and the Source panel shows its evidence. */
export function selectEdge(graph: ViewerGraph, state: UiState, edge: string | null): Partial<UiState> {
  if (edge === null || !graph.hasEdge(edge)) return { selectedEdge: null };
  const attributes = graph.getEdgeAttributes(edge);
  const documents = documentsOf(parseSpans(attributes.spans).map(([docId]) => docId), attributes.sources);
  const selectedNode =
    state.selectedNode && graph.hasExtremity(edge, state.selectedNode) ? state.selectedNode : graph.source(edge);
  return { selectedEdge: edge, selectedNode, documentId: preferDocument(graph, state.documentId, documents) };
}

function documentsOf(fromSpans: string[], sources: string[]): string[] {
  return [...new Set([...fromSpans, ...sources])];
}

/** Keeps the document on screen when it is relevant, so the reader does not lose their place. */
function preferDocument(graph: ViewerGraph, current: string | null, relevant: string[]): string | null {
  const known = new Set(graph.getAttribute('documents').map((doc) => doc.id));
  if (current && relevant.includes(current)) return current;
  return relevant.find((id) => known.has(id)) ?? current;
}
