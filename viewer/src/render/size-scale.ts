import type { ViewerGraph } from '../graph/types';

export const MIN_NODE_PIXELS = 1.5;
export const MAX_NODE_PIXELS = 22;

/** Largest node radius for a graph of this many nodes: big graphs get small dots so they do not pile up. */
export function maxNodePixels(order: number): number {
  return Math.max(6, Math.min(MAX_NODE_PIXELS, MAX_NODE_PIXELS * (300 / Math.max(order, 1)) ** 0.35));
}

/**
 * Maps the file's `size` (any scale: ours, Gephi's) to screen pixels, square-root so area follows
 * importance and a few huge nodes do not dwarf the rest.
 */
export function createSizeScale(graph: ViewerGraph): (size: number) => number {
  const largest = maxNodePixels(graph.order);
  const smallest = Math.max(MIN_NODE_PIXELS, largest / 4);
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_node, { size }) => {
    if (size < min) min = size;
    if (size > max) max = size;
  });
  const range = max - min;
  if (!Number.isFinite(range) || range <= 0) return () => (smallest + largest) / 2;
  return (size) => smallest + (largest - smallest) * Math.sqrt((size - min) / range);
}
