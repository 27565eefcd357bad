import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { ViewerGraph } from '../graph/types';

/** Graphs up to this many nodes are laid out before the first frame when the file has no positions. */
const INITIAL_LAYOUT_MAX_NODES = 3000;

/** ForceAtlas2 settings for a graph of this size: graphology's inferred ones, with Barnes-Hut for large graphs. */
export function layoutSettings(graph: ViewerGraph): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(graph), adjustSizes: false };
}

/** Iterations for the synchronous first layout: enough to settle small graphs, bounded for big ones. */
function initialIterations(order: number): number {
  return order <= 200 ? 300 : order <= 1000 ? 150 : 60;
}

/** Lays out a graph that arrived without positions, in place, so it opens readable. */
export function runInitialLayout(graph: ViewerGraph): void {
  if (graph.order === 0 || graph.order > INITIAL_LAYOUT_MAX_NODES) return;
  forceAtlas2.assign(graph, {
    iterations: initialIterations(graph.order),
    settings: layoutSettings(graph),
    getEdgeWeight: 'weight',
  });
}
