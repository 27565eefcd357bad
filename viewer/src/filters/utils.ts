import type { EntityAttributes, RelationAttributes, RelationType, ViewerGraph } from '../graph/types';
import { RELATION_TYPES } from '../graph/types';
import type { UiState } from '../state/types';

type FilterState = Pick<UiState, 'hiddenTypes' | 'minMentions' | 'hiddenRelations' | 'minConfidence'>;

/** Whether the legend and the mentions slider let this node through. */
export function isNodeShown(attributes: EntityAttributes, state: FilterState): boolean {
  return !state.hiddenTypes.has(attributes.entityType) && attributes.mentions >= state.minMentions;
}

/** Whether the relation and confidence filters let this edge through (its ends are checked separately). */
export function isRelationShown(attributes: RelationAttributes, state: FilterState): boolean {
  return !state.hiddenRelations.has(attributes.relation) && attributes.confidence >= state.minConfidence;
}

/** The largest mention count, the top of the slider. */
export function maxMentions(graph: ViewerGraph): number {
  let max = 0;
  graph.forEachNode((_node, attributes) => {
    if (attributes.mentions > max) max = attributes.mentions;
  });
  return max;
}

/**
 * Counts the edges below a confidence threshold. Confidences are sorted once, so dragging the
 * slider stays instant on graphs with many thousands of edges.
 */
export function confidenceCounter(graph: ViewerGraph): (minConfidence: number) => number {
  const sorted = Float64Array.from(graph.mapEdges((_edge, attributes) => attributes.confidence)).sort();
  return (minConfidence) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle] < minConfidence) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** Relation types present in the graph with their edge counts, in canonical order. */
export function relationCounts(graph: ViewerGraph): Array<{ relation: RelationType; count: number }> {
  const counts = new Map<RelationType, number>();
  graph.forEachEdge((_edge, attributes) => counts.set(attributes.relation, (counts.get(attributes.relation) ?? 0) + 1));
  return RELATION_TYPES.filter((relation) => counts.has(relation)).map((relation) => ({
    relation,
    count: counts.get(relation) ?? 0,
  }));
}

/** Toggles one member of a set without mutating it (state sets are shared with the URL and reducers). */
export function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}
