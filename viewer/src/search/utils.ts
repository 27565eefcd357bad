import type { EntityType, ViewerGraph } from '../graph/types';

interface EntityEntry {
  node: string;
  label: string;
  entityType: EntityType;
  mentions: number;
  /** Label first, then aliases, each folded for matching. */
  names: Array<{ text: string; folded: string }>;
}

interface RelationEntry {
  edge: string;
  folded: string;
}

/** Folded names of every entity and relation, built once per graph so typing stays instant. */
export interface SearchIndex {
  entities: EntityEntry[];
  relations: RelationEntry[];
}

export interface EntitySuggestion {
  node: string;
  label: string;
  entityType: EntityType;
  /** The alias that matched when it was not the label ("LTFA"), shown beside the label. */
  via: string | null;
}

export interface RelationSuggestion {
  edge: string;
  /** "Subject label object", as the user would say it. */
  text: string;
}

/** Lower case, accents and punctuation dropped, so "Sao Paulo" finds "São Paulo" and "o'neill" finds "O'Neill". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Indexes labels and aliases of nodes and labels and predicates of edges. */
export function buildSearchIndex(graph: ViewerGraph): SearchIndex {
  const entities: EntityEntry[] = [];
  graph.forEachNode((node, attributes) => {
    const names = [attributes.label, ...attributes.aliases]
      .map((text) => ({ text, folded: fold(text) }))
      .filter((name) => name.folded !== '');
    entities.push({ node, label: attributes.label, entityType: attributes.entityType, mentions: attributes.mentions, names });
  });
  const relations: RelationEntry[] = [];
  graph.forEachEdge((edge, attributes) => {
    relations.push({ edge, folded: fold(`${attributes.label} ${attributes.predicate}`) });
  });
  return { entities, relations };
}

/**
 * How well a folded name matches a folded query: 0 exact, 1 name starts with it, 2 a word starts
 * with it, 3 contained; null for no match. Lower is better.
 */
function matchRank(name: string, query: string): number | null {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(` ${query}`)) return 2;
  if (name.includes(query)) return 3;
  return null;
}

/** Entities whose label or an alias matches the query, best first, then the most mentioned. */
export function searchEntities(index: SearchIndex, query: string, limit = 8): EntitySuggestion[] {
  const folded = fold(query);
  if (folded === '') return [];
  const hits: Array<{ entry: EntityEntry; rank: number; via: string | null }> = [];
  for (const entry of index.entities) {
    let best: { rank: number; via: string | null } | null = null;
    entry.names.forEach((name, position) => {
      const rank = matchRank(name.folded, folded);
      if (rank === null || (best && best.rank <= rank)) return;
      best = { rank, via: position === 0 ? null : name.text };
    });
    if (best) hits.push({ entry, ...(best as { rank: number; via: string | null }) });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.entry.mentions - a.entry.mentions ||
      a.entry.label.length - b.entry.label.length ||
      a.entry.label.localeCompare(b.entry.label),
  );
  return hits.slice(0, limit).map(({ entry, via }) => ({
    node: entry.node,
    label: entry.label,
    entityType: entry.entityType,
    via,
  }));
}

/** Every node the query matches, for highlighting in the graph while the user types. */
export function matchingNodes(index: SearchIndex, query: string): Set<string> {
  const folded = fold(query);
  const nodes = new Set<string>();
  if (folded === '') return nodes;
  for (const entry of index.entities) {
    if (entry.names.some((name) => matchRank(name.folded, folded) !== null)) nodes.add(entry.node);
  }
  return nodes;
}

/** Relations whose wording matches the query ("boycott" finds "boycotts"), phrased as sentences. */
export function searchRelations(graph: ViewerGraph, index: SearchIndex, query: string, limit = 5): RelationSuggestion[] {
  const folded = fold(query);
  if (folded.length < 2) return [];
  const suggestions: RelationSuggestion[] = [];
  for (const entry of index.relations) {
    if (suggestions.length >= limit) break;
    const rank = matchRank(entry.folded, folded);
    if (rank === null) continue;
    const [source, target] = graph.extremities(entry.edge);
    suggestions.push({
      edge: entry.edge,
      text: `${graph.getNodeAttribute(source, 'label')} ${graph.getEdgeAttribute(entry.edge, 'label')} ${graph.getNodeAttribute(target, 'label')}`,
    });
  }
  return suggestions;
}
