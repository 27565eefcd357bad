import type Graph from 'graphology';
import type { GoldFile } from './gold';

/**
 * Scores a graph against a gold annotation by the rules of ../shared/docs/scoring.md.
 * Counts are kept raw so several articles can be micro-averaged by adding them up.
 */
export interface ArticleScore {
  id: string;
  requiredEntities: number;
  foundEntities: number;
  typedEntities: number;
  /** Nodes typed PERSON, ORGANIZATION or LOCATION, and those among them that are correct. */
  judgedNodes: number;
  correctNodes: number;
  fragments: number;
  goldEntities: number;
  requiredRelations: number;
  strictRelations: number;
  lenientRelations: number;
  judgedEdges: number;
  correctEdges: number;
  /** Judged edges with their confidence and verdict, for the confidence ordering check. */
  edgeVerdicts: { confidence: number; correct: boolean }[];
  /** Human-readable misses and false positives, for reading what went wrong. */
  missedEntities: string[];
  wrongNodes: string[];
  missedRelations: string[];
  wrongEdges: string[];
}

const PRONOUNS = new Set([
  'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself', 'they', 'them',
  'their', 'theirs', 'themselves', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your',
]);

/** "Pronouns never count", but a name in capitals is an abbreviation: "US" is the country, not "us". */
function isPronoun(name: string): boolean {
  return PRONOUNS.has(name.toLowerCase()) && !(name.length > 1 && name === name.toUpperCase());
}

/** Rule 1: Unicode folded, lower-cased, possessive 's removed, punctuation to spaces, leading "the" dropped. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
}

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'for', 'to', 'with', 'by', 'from', 'into', 'about', 'as', 'and',
  'or', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'it', 'its', 'that', 'this',
]);

/** "Simple stemming: seek/seeking/seeks agree." */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The content words of a predicate; a predicate made only of function words ("in", "of") keeps them all. */
export function contentWords(predicate: string): string[] {
  const words = normaliseName(predicate).split(' ').filter(Boolean);
  const content = words.filter((word) => !FUNCTION_WORDS.has(word));
  return (content.length > 0 ? content : words).map(stem);
}

export function predicateMatches(edgeText: string[], goldPredicates: string[]): boolean {
  return edgeText.some((text) => {
    const words = new Set(normaliseName(text).split(' ').filter(Boolean).map(stem));
    return goldPredicates.some((predicate) => contentWords(predicate).every((word) => words.has(word)));
  });
}

interface NodeView {
  key: string;
  label: string;
  names: string[];
  entityType: string;
  mentions: number;
}

type Match = { entity: string; rank: number };

/** How well a node names a gold entity: 0 = exact label, 1 = exact alias, 2+ = boundary match, lower is better. */
function bestMatch(node: NodeView, gold: GoldFile): Match | undefined {
  const label = normaliseName(node.label);
  const aliases = node.names.map(normaliseName);
  let best: Match | undefined;
  for (const entity of gold.entities) {
    const goldNames = [entity.name, ...entity.aliases]
      .filter((name) => !isPronoun(name))
      .map(normaliseName)
      .filter(Boolean);
    let rank = Infinity;
    if (goldNames.includes(label)) rank = 0;
    else if (aliases.some((alias) => goldNames.includes(alias))) rank = 1;
    else {
      const name = normaliseName(entity.name);
      const nameWords = name.split(' ');
      const labelWords = label.split(' ');
      const extra = labelWords.length - nameWords.length;
      if (nameWords.length >= 2 && extra >= 0 && extra <= 2 && ` ${label} `.includes(` ${name} `)) rank = 2 + extra;
    }
    if (rank < (best?.rank ?? Infinity)) best = { entity: entity.id, rank };
  }
  return best;
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value) return value.split('|');
  return [];
}

function nodeViews(graph: Graph): NodeView[] {
  return graph.mapNodes((key, attributes) => ({
    key,
    label: String(attributes.label ?? key),
    names: asList(attributes.aliases).filter((alias) => !isPronoun(alias)),
    entityType: String(attributes.entityType ?? 'OTHER'),
    mentions: Number(attributes.mentions ?? 0),
  }));
}

function matchNodes(nodes: NodeView[], gold: GoldFile): Map<string, Match> {
  const matchOf = new Map<string, Match>();
  for (const node of nodes) {
    const match = bestMatch(node, gold);
    if (match) matchOf.set(node.key, match);
  }
  return matchOf;
}

/** Rule 2: the gold entity each graph node names, if any (fragments included), keyed by node. */
export function goldEntityOfNode(graph: Graph, gold: GoldFile): Map<string, string> {
  return new Map([...matchNodes(nodeViews(graph), gold)].map(([key, match]) => [key, match.entity]));
}

/** Scores one graph against one gold file. */
export function scoreGraph(graph: Graph, gold: GoldFile): ArticleScore {
  const nodes = nodeViews(graph);

  const matchOf = matchNodes(nodes, gold);
  const nodesOf = new Map<string, NodeView[]>();
  for (const node of nodes) {
    const match = matchOf.get(node.key);
    if (match) nodesOf.set(match.entity, [...(nodesOf.get(match.entity) ?? []), node]);
  }
  const primaryOf = new Map<string, NodeView>();
  for (const [entity, candidates] of nodesOf) {
    const sorted = [...candidates].sort(
      (a, b) => matchOf.get(a.key)!.rank - matchOf.get(b.key)!.rank || b.mentions - a.mentions || a.key.localeCompare(b.key),
    );
    primaryOf.set(entity, sorted[0]);
  }
  const primaryKeys = new Set([...primaryOf.values()].map((node) => node.key));
  const fragments = [...matchOf.keys()].filter((key) => !primaryKeys.has(key)).length;

  const required = gold.entities.filter((entity) => !entity.optional);
  const missedEntities = required.filter((entity) => !primaryOf.has(entity.id)).map((entity) => entity.name);
  const typedEntities = required.filter((entity) => primaryOf.get(entity.id)?.entityType === entity.type).length;

  const excluded = new Set((gold.excluded ?? []).map((item) => normaliseName(item.name)));
  const judged = nodes.filter((node) => ['PERSON', 'ORGANIZATION', 'LOCATION'].includes(node.entityType));
  const wrongNodes = judged
    .filter((node) => !primaryKeys.has(node.key) || excluded.has(normaliseName(node.label)))
    .map((node) => `${node.label} (${node.entityType})${matchOf.has(node.key) ? ' [fragment]' : ''}`);

  const entityOfNode = (key: string): string | undefined => matchOf.get(key)?.entity;
  const goldPairs = new Set(gold.relations.flatMap((r) => [`${r.subject}\u0000${r.object}`, `${r.object}\u0000${r.subject}`]));
  const edges = graph.mapEdges((key, attributes, source, target) => ({
    key,
    source,
    target,
    texts: [String(attributes.predicate ?? ''), String(attributes.label ?? '')],
    confidence: Number(attributes.confidence ?? 0),
  }));

  const requiredRelations = gold.relations.filter((relation) => !relation.optional);
  let strict = 0;
  let lenient = 0;
  const missedRelations: string[] = [];
  const names = new Map(gold.entities.map((entity) => [entity.id, entity.name]));
  for (const relation of requiredRelations) {
    const between = edges.filter((edge) => {
      const s = entityOfNode(edge.source);
      const t = entityOfNode(edge.target);
      return (s === relation.subject && t === relation.object) || (s === relation.object && t === relation.subject);
    });
    const forward = between.filter((edge) => entityOfNode(edge.source) === relation.subject);
    if (forward.some((edge) => predicateMatches(edge.texts, relation.predicates))) strict++;
    else missedRelations.push(`${names.get(relation.subject)} -[${relation.predicates[0]}]-> ${names.get(relation.object)}`);
    if (between.length > 0) lenient++;
  }

  const edgeVerdicts: { confidence: number; correct: boolean }[] = [];
  const wrongEdges: string[] = [];
  for (const edge of edges) {
    const s = entityOfNode(edge.source);
    const t = entityOfNode(edge.target);
    if (!s || !t) continue;
    const correct = goldPairs.has(`${s}\u0000${t}`);
    edgeVerdicts.push({ confidence: edge.confidence, correct });
    if (!correct) wrongEdges.push(`${names.get(s)} -[${edge.texts[1] || edge.texts[0]}]-> ${names.get(t)}`);
  }

  return {
    id: gold.id,
    requiredEntities: required.length,
    foundEntities: required.length - missedEntities.length,
    typedEntities,
    judgedNodes: judged.length,
    correctNodes: judged.length - wrongNodes.length,
    fragments,
    goldEntities: required.length,
    requiredRelations: requiredRelations.length,
    strictRelations: strict,
    lenientRelations: lenient,
    judgedEdges: edgeVerdicts.length,
    correctEdges: edgeVerdicts.filter((verdict) => verdict.correct).length,
    edgeVerdicts,
    missedEntities,
    wrongNodes,
    missedRelations,
    wrongEdges,
  };
}

/** Ratios of a score or of a sum of scores. */
export interface Figures {
  entityRecall: number;
  typedRecall: number;
  entityPrecision: number;
  entityF1: number;
  fragmentsPerEntity: number;
  relationRecall: number;
  lenientRecall: number;
  relationPrecision: number;
  relationF1: number;
  /** Precision of the more confident half of judged edges, and of the less confident half. */
  topHalfPrecision: number;
  bottomHalfPrecision: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Micro-averages article scores into the headline figures. */
export function summarise(scores: ArticleScore[]): Figures {
  const sum = (pick: (score: ArticleScore) => number): number => scores.reduce((total, score) => total + pick(score), 0);
  const entityRecall = ratio(sum((s) => s.foundEntities), sum((s) => s.requiredEntities));
  const entityPrecision = ratio(sum((s) => s.correctNodes), sum((s) => s.judgedNodes));
  const relationRecall = ratio(sum((s) => s.strictRelations), sum((s) => s.requiredRelations));
  const relationPrecision = ratio(sum((s) => s.correctEdges), sum((s) => s.judgedEdges));
  // Sort by confidence, ties kept in article order, so the halves are reproducible.
  const verdicts = scores.flatMap((s) => s.edgeVerdicts).sort((a, b) => b.confidence - a.confidence);
  const half = Math.ceil(verdicts.length / 2);
  const precisionOf = (list: typeof verdicts): number => ratio(list.filter((v) => v.correct).length, list.length);
  return {
    entityRecall,
    typedRecall: ratio(sum((s) => s.typedEntities), sum((s) => s.requiredEntities)),
    entityPrecision,
    entityF1: f1(entityPrecision, entityRecall),
    fragmentsPerEntity: ratio(sum((s) => s.fragments), sum((s) => s.goldEntities)),
    relationRecall,
    lenientRecall: ratio(sum((s) => s.lenientRelations), sum((s) => s.requiredRelations)),
    relationPrecision,
    relationF1: f1(relationPrecision, relationRecall),
    topHalfPrecision: precisionOf(verdicts.slice(0, half)),
    bottomHalfPrecision: precisionOf(verdicts.slice(half)),
  };
}
