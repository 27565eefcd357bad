import type { ViewerGraph } from '../graph/types';

/** Largest bend, as a fraction of the edge length; more and labels start to collide with other nodes. */
const MAX_CURVATURE = 0.45;

/**
 * Curvature of each edge that shares its pair of nodes with others, so parallel relations fan out
 * instead of drawing on top of each other. Edges absent from the map are drawn straight.
 */
export function parallelCurvatures(graph: ViewerGraph): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(pair);
    if (group) group.push(edge);
    else groups.set(pair, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of groups.values()) {
    if (edges.length < 2) continue;
    const step = edges.length === 2 ? 0.5 : MAX_CURVATURE / ((edges.length - 1) / 2);
    edges.forEach((edge, index) => {
      const offset = index - (edges.length - 1) / 2;
      // The middle edge of an odd group stays straight (the curve program draws nothing at zero).
      if (offset === 0) return;
      // A curve bends to its own left, so an edge drawn the other way round needs the opposite sign.
      const reversed = graph.source(edge) > graph.target(edge);
      curvatures.set(edge, (reversed ? -offset : offset) * step);
    });
  }
  return curvatures;
}
