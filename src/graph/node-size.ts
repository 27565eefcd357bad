export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 20;

/**
 * Node size by importance (mentions plus degree), relative to the most important node of the graph.
 * Square root so that area, not radius, grows with importance.
 */
export function nodeSize(importance: number, maxImportance: number): number {
  if (maxImportance <= 0) return MIN_NODE_SIZE;
  const share = Math.sqrt(Math.max(0, importance) / maxImportance);
  return Math.round((MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * share) * 100) / 100;
}
