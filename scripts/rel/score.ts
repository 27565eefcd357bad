import type { LearnedRelation, RelationArgument } from '../../src/relations/classifier';
import type { Conll04Entity, Conll04Sentence } from './conll04';

/** A relation the system reported, with both arguments as typed spans. */
export interface PredictedRelation {
  sentence: number;
  head: RelationArgument;
  tail: RelationArgument;
  relation: LearnedRelation;
  confidence: number;
}

/** What a system reports on the benchmark: each sentence's entity mentions, and its relations. */
export interface SystemOutput {
  mentions: RelationArgument[][];
  relations: PredictedRelation[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface RelationScores {
  overall: Prf;
  byType: Record<LearnedRelation, Prf>;
}

export const RELATIONS: readonly LearnedRelation[] = ['works_for', 'based_in', 'located_in', 'lives_in', 'killed'];
const ARGUMENT_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION'] as const;

/** How a found mention must agree with a gold entity: same span, or (relaxed) overlapping span. Types always agree. */
export type SpanMatch = 'exact' | 'relaxed';

/** Index in `sentence.entities` of the gold entity a mention stands for, or -1. */
export function goldEntityIndex(sentence: Conll04Sentence, mention: RelationArgument, match: SpanMatch): number {
  let best = -1;
  let bestOverlap = 0;
  sentence.entities.forEach((entity, i) => {
    if (entity.entityType !== mention.entityType) return;
    const overlap = Math.min(entity.end, mention.end) - Math.max(entity.start, mention.start);
    const exact = entity.start === mention.start && entity.end === mention.end;
    if (exact) {
      best = i;
      bestOverlap = Infinity;
    } else if (match === 'relaxed' && overlap > bestOverlap) {
      best = i;
      bestOverlap = overlap;
    }
  });
  return best;
}

/** Precision, recall and F1 from counts (0 when undefined). */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

const spanKey = (m: { start: number; end: number; entityType: string }): string => `${m.start}:${m.end}:${m.entityType}`;
const relationKey = (sentence: number, head: Conll04Entity | RelationArgument, tail: Conll04Entity | RelationArgument, relation: string): string =>
  `${sentence}|${spanKey(head)}|${spanKey(tail)}|${relation}`;

/** Gold relation keys: a prediction is right only if both spans, both types and the relation match. */
export function goldRelationKeys(sentences: readonly Conll04Sentence[]): Set<string> {
  const keys = new Set<string>();
  sentences.forEach((s, i) => {
    for (const r of s.relations) keys.add(relationKey(i, s.entities[r.head], s.entities[r.tail], r.relation));
  });
  return keys;
}

/** Whether one prediction is a gold relation under the strict measure. */
export function isCorrect(gold: ReadonlySet<string>, p: PredictedRelation): boolean {
  return gold.has(relationKey(p.sentence, p.head, p.tail, p.relation));
}

/** Strict micro P/R/F1, overall and per relation type. */
export function scoreRelations(sentences: readonly Conll04Sentence[], predictions: readonly PredictedRelation[]): RelationScores {
  const gold = goldRelationKeys(sentences);
  const goldByType = new Map<string, number>();
  for (const s of sentences) for (const r of s.relations) goldByType.set(r.relation, (goldByType.get(r.relation) ?? 0) + 1);
  const unique = new Map(predictions.map((p) => [relationKey(p.sentence, p.head, p.tail, p.relation), p]));
  const byType = {} as Record<LearnedRelation, Prf>;
  let tpAll = 0;
  for (const type of RELATIONS) {
    const ofType = [...unique.values()].filter((p) => p.relation === type);
    const tp = ofType.filter((p) => isCorrect(gold, p)).length;
    tpAll += tp;
    byType[type] = prf(tp, ofType.length - tp, (goldByType.get(type) ?? 0) - tp);
  }
  return { overall: prf(tpAll, unique.size - tpAll, gold.size - tpAll), byType };
}

/**
 * Micro P/R/F1 where a mention overlapping a gold entity of its type stands for it: separates
 * relations missed for span conventions ("President Kennedy" vs "Kennedy") from real misses.
 */
export function scoreRelationsRelaxed(sentences: readonly Conll04Sentence[], predictions: readonly PredictedRelation[]): Prf {
  const gold = new Set(sentences.flatMap((s, i) => s.relations.map((r) => `${i}|${r.head}|${r.tail}|${r.relation}`)));
  const claimed = new Set<string>();
  let fp = 0;
  for (const p of predictions) {
    const sentence = sentences[p.sentence];
    const key = `${p.sentence}|${goldEntityIndex(sentence, p.head, 'relaxed')}|${goldEntityIndex(sentence, p.tail, 'relaxed')}|${p.relation}`;
    if (gold.has(key) && !claimed.has(key)) claimed.add(key);
    else fp++;
  }
  return prf(claimed.size, fp, gold.size - claimed.size);
}

export interface ConfidenceOrdering {
  predictions: number;
  topHalfPrecision: number;
  bottomHalfPrecision: number;
  /** Precision of predictions by confidence band, to see how calibrated the scores are. */
  bands: { from: number; to: number; predictions: number; precision: number }[];
}

/** Whether higher confidence means more often right: precision of the top vs bottom half by confidence. */
export function confidenceOrdering(gold: ReadonlySet<string>, predictions: readonly PredictedRelation[]): ConfidenceOrdering {
  const sorted = [...predictions].sort((a, b) => b.confidence - a.confidence);
  const half = Math.ceil(sorted.length / 2);
  const precisionOf = (items: readonly PredictedRelation[]): number =>
    items.length === 0 ? 0 : items.filter((p) => isCorrect(gold, p)).length / items.length;
  const edges = [0, 0.5, 0.7, 0.9, 1.0001];
  const bands = edges.slice(0, -1).map((from, i) => {
    const items = predictions.filter((p) => p.confidence >= from && p.confidence < edges[i + 1]);
    return { from, to: Math.min(edges[i + 1], 1), predictions: items.length, precision: precisionOf(items) };
  });
  return {
    predictions: sorted.length,
    topHalfPrecision: precisionOf(sorted.slice(0, half)),
    bottomHalfPrecision: precisionOf(sorted.slice(half)),
    bands: bands.filter((band) => band.predictions > 0),
  };
}

export interface EntityScores {
  overall: Prf;
  byType: Record<(typeof ARGUMENT_TYPES)[number], Prf>;
  /** Share of gold relations whose two arguments were both found with exact span and type. */
  relationArgumentsFound: number;
}

/** Exact-span entity F1 over PERSON/ORGANIZATION/LOCATION, and how many gold relations stay reachable. */
export function scoreEntities(sentences: readonly Conll04Sentence[], found: readonly (readonly RelationArgument[])[]): EntityScores {
  const byType = {} as EntityScores['byType'];
  let tpAll = 0;
  let fpAll = 0;
  let fnAll = 0;
  for (const type of ARGUMENT_TYPES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    sentences.forEach((s, i) => {
      const gold = new Set(s.entities.filter((e) => e.entityType === type).map(spanKey));
      const predicted = new Set(found[i].filter((e) => e.entityType === type).map(spanKey));
      for (const key of predicted) (gold.has(key) ? tp++ : fp++);
      for (const key of gold) if (!predicted.has(key)) fn++;
    });
    byType[type] = prf(tp, fp, fn);
    tpAll += tp;
    fpAll += fp;
    fnAll += fn;
  }
  let reachable = 0;
  let total = 0;
  sentences.forEach((s, i) => {
    const keys = new Set(found[i].map(spanKey));
    for (const r of s.relations) {
      total++;
      if (keys.has(spanKey(s.entities[r.head])) && keys.has(spanKey(s.entities[r.tail]))) reachable++;
    }
  });
  return { overall: prf(tpAll, fpAll, fnAll), byType, relationArgumentsFound: total === 0 ? 0 : reachable / total };
}
