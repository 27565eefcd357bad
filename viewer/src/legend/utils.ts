import { ENTITY_COLORS } from '../../../src/graph/palette';
import type { EntityType, ViewerGraph } from '../graph/types';
import { ENTITY_TYPES } from '../graph/types';

export interface LegendRow {
  entityType: EntityType;
  color: string;
  count: number;
}

/** One row per entity type present in the graph, with its palette colour and node count. */
export function legendRows(graph: ViewerGraph): LegendRow[] {
  const counts = new Map<EntityType, number>();
  graph.forEachNode((_node, { entityType }) => counts.set(entityType, (counts.get(entityType) ?? 0) + 1));
  return ENTITY_TYPES.filter((type) => counts.has(type)).map((entityType) => ({
    entityType,
    color: ENTITY_COLORS[entityType],
    count: counts.get(entityType) ?? 0,
  }));
}

/** "ORGANIZATION" → "Organization": legend rows read as words, not constants. */
export function typeName(entityType: EntityType): string {
  return entityType.charAt(0) + entityType.slice(1).toLowerCase();
}
