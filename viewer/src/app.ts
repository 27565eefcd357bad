import { mountDetails } from './details/details-panel';
import { mountFilters } from './filters/filters-panel';
import type { ViewerGraph } from './graph/types';
import { runInitialLayout } from './layout/settings';
import { createLayoutControl, type LayoutControl } from './layout/supervisor';
import { mountLegend } from './legend/legend-panel';
import { bindGraphInteractions } from './render/interactions';
import { centreOn, createRenderer, type ViewerSigma } from './render/renderer';
import { buildSearchIndex } from './search/utils';
import { mountSearch } from './search/search-box';
import { mountSource } from './source/source-panel';
import { indexMentions } from './source/utils';
import { selectEdge, selectNode } from './state/selection';
import { createStore, type Store } from './state/store';
import { INITIAL_STATE, type UiState } from './state/types';
import { syncUrl } from './url-state/url-sync';

/** The page regions a graph view fills in. */
export interface Regions {
  graph: HTMLElement;
  search: HTMLElement;
  legend: HTMLElement;
  filters: HTMLElement;
  details: HTMLElement;
  source: HTMLElement;
}

/** One open graph: its renderer, state and layout; `destroy` frees them before the next file opens. */
export interface GraphView {
  graph: ViewerGraph;
  store: Store;
  renderer: ViewerSigma;
  layout: LayoutControl;
  destroy(): void;
}

/** Opens a graph in the page: draws it, fills every panel, and restores `initial` (from the URL). */
export function openGraphView(regions: Regions, graph: ViewerGraph, needsLayout: boolean, initial: Partial<UiState>): GraphView {
  if (needsLayout) runInitialLayout(graph);
  const documents = graph.getAttribute('documents');
  const store = createStore({ ...INITIAL_STATE, documentId: documents[0]?.id ?? null, ...initial });
  if (initial.selectedEdge) store.set(selectEdge(graph, store.get(), initial.selectedEdge));
  else if (initial.selectedNode && !initial.documentId) store.set(selectNode(graph, store.get(), initial.selectedNode));

  const searchIndex = buildSearchIndex(graph);
  const renderer = createRenderer(regions.graph, graph, store, searchIndex);
  bindGraphInteractions(renderer, graph, store);
  const layout = createLayoutControl(graph);
  const moveTo = (node: string) => centreOn(renderer, node);

  const disposers = [
    mountSearch(regions.search, graph, searchIndex, store, ({ node, edge }) => {
      if (node) {
        store.set(selectNode(graph, store.get(), node));
        moveTo(node);
      } else if (edge) {
        store.set(selectEdge(graph, store.get(), edge));
        moveTo(graph.source(edge));
      }
    }),
    mountLegend(regions.legend, graph, store),
    mountFilters(regions.filters, graph, store),
    mountDetails(regions.details, graph, store, moveTo),
    mountSource(regions.source, graph, indexMentions(graph), store, moveTo),
    syncUrl(store),
  ];
  const selected = store.get().selectedNode;
  if (selected) requestAnimationFrame(() => moveTo(selected));

  return {
    graph,
    store,
    renderer,
    layout,
    destroy() {
      layout.kill();
      disposers.forEach((dispose) => dispose());
      renderer.kill();
    },
  };
}
