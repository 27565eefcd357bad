import type Graph from 'graphology-types';

/**
 * graphology's own serialisation (`graph.export()`), so `Graph.from(JSON.parse(text))` restores the
 * graph. Object keys are sorted and the indent fixed, so the same graph always gives the same bytes.
 */
export function toJson(graph: Graph): string {
  return `${JSON.stringify(sortKeys(graph.export()), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}
