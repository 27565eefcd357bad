import { MultiDirectedGraph } from 'graphology';
import type { Attributes, SerializedGraph } from 'graphology-types';
import { ENTITY_COLORS } from '../../../src/graph/palette';
import { formatSpans, parseSpans } from './spans';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type DocumentRecord,
  type EntityAttributes,
  type EntityType,
  type GraphAttributes,
  type RelationAttributes,
  type RelationType,
  type ViewerGraph,
} from './types';

/** Short tags other tools write (CoNLL, spaCy) mapped to our entity types. */
const TYPE_SYNONYMS: Record<string, EntityType> = {
  PER: 'PERSON',
  ORG: 'ORGANIZATION',
  LOC: 'LOCATION',
  GPE: 'LOCATION',
  NORP: 'GROUP',
  MISC: 'OTHER',
};

export interface NormalizedGraph {
  graph: ViewerGraph;
  /** True when some node had no position, so the caller should run a layout before showing it. */
  needsLayout: boolean;
}

/**
 * Turns any graph, in graphology's serialised form (a newsgraph file, a plain Gephi GEXF, a
 * hand-written JSON), into the viewer's graph: multi directed, every contract attribute present and
 * typed, colours from the palette. Attributes outside the contract are kept so an export loses nothing.
 * Undirected edges become directed source → target. The graph is built once, straight from the data,
 * because building big graphs twice is most of the load time.
 */
export function normalizeGraph(source: Partial<SerializedGraph>): NormalizedGraph {
  const graph: ViewerGraph = new MultiDirectedGraph();
  graph.replaceAttributes(normalizeGraphAttributes(source.attributes ?? {}));
  let needsLayout = false;
  (source.nodes ?? []).forEach(({ key, attributes = {} }, index) => {
    const node = normalizeNode(String(key), attributes);
    if (!Number.isFinite(attributes.x) || !Number.isFinite(attributes.y)) {
      needsLayout = true;
      Object.assign(node, seedPosition(index));
    }
    graph.addNode(String(key), node);
  });
  for (const { key, source: from, target: to, attributes = {} } of source.edges ?? []) {
    const edge = normalizeEdge(attributes);
    if (key === undefined || key === null) graph.addDirectedEdge(String(from), String(to), edge);
    else graph.addDirectedEdgeWithKey(String(key), String(from), String(to), edge);
  }
  return { graph, needsLayout };
}

function normalizeGraphAttributes(attributes: Attributes): GraphAttributes {
  const documents: DocumentRecord[] = [];
  if (Array.isArray(attributes.documents)) {
    for (const doc of attributes.documents as unknown[]) {
      if (!doc || typeof doc !== 'object') continue;
      const { id, title, text } = doc as Record<string, unknown>;
      if (typeof id !== 'string' || typeof text !== 'string') continue;
      documents.push({ id, title: typeof title === 'string' && title ? title : id, text });
    }
  }
  return { ...attributes, documents };
}

function normalizeNode(key: string, attributes: Attributes): EntityAttributes {
  const entityType = toEntityType(attributes.entityType);
  const spans = parseSpans(attributes.spans);
  const mentions = toCount(attributes.mentions) ?? Math.max(spans.length, 1);
  return {
    ...attributes,
    label: toText(attributes.label) || key,
    entityType,
    aliases: toStringList(attributes.aliases),
    mentions,
    description: toText(attributes.description),
    sources: toStringList(attributes.sources),
    color: ENTITY_COLORS[entityType],
    size: toPositive(attributes.size) ?? 1 + Math.sqrt(mentions),
    x: Number(attributes.x),
    y: Number(attributes.y),
    spans: formatSpans(spans),
  };
}

function normalizeEdge(attributes: Attributes): RelationAttributes {
  const relation = toRelationType(attributes.relation);
  const predicate = toText(attributes.predicate);
  const confidence = Number(attributes.confidence);
  return {
    ...attributes,
    label: toText(attributes.label) || predicate || relation.replace(/_/g, ' '),
    predicate,
    relation,
    evidence: toText(attributes.evidence),
    confidence: Number.isFinite(confidence) ? Math.min(Math.max(confidence, 0), 1) : 1,
    weight: toPositive(attributes.weight) ?? 1,
    sources: toStringList(attributes.sources),
    spans: formatSpans(parseSpans(attributes.spans)),
  };
}

/** Reads an entity type leniently; anything unknown (or missing, as in a plain Gephi file) is OTHER. */
function toEntityType(value: unknown): EntityType {
  if (typeof value !== 'string') return 'OTHER';
  const upper = value.trim().toUpperCase();
  if ((ENTITY_TYPES as readonly string[]).includes(upper)) return upper as EntityType;
  return TYPE_SYNONYMS[upper] ?? 'OTHER';
}

function toRelationType(value: unknown): RelationType {
  if (typeof value !== 'string') return 'other';
  const lower = value.trim().toLowerCase();
  return (RELATION_TYPES as readonly string[]).includes(lower) ? (lower as RelationType) : 'other';
}

/** GEXF readers hand list attributes back as arrays or as `|`-joined strings; both become arrays. */
function toStringList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split('|') : [];
  return items.filter((item): item is string => typeof item === 'string').map((item) => item.trim()).filter(Boolean);
}

function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

function toCount(value: unknown): number | undefined {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n >= 0 ? Math.round(n) : undefined;
}

function toPositive(value: unknown): number | undefined {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** A sunflower spiral: spread out, deterministic, and a fine starting point for ForceAtlas2. */
function seedPosition(index: number): { x: number; y: number } {
  const angle = index * 2.399963229728653;
  const radius = 10 * Math.sqrt(index + 0.5);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}
