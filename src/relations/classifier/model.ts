import type { LearnedRelation } from './signature';

/** A trained pair scorer: one logistic weight per (relation, feature), plus the decision threshold. */
export interface RelationModel {
  /** Probability at or above which a pair is reported as related; tuned on held-out data. */
  threshold: number;
  weights: ReadonlyMap<string, number>;
}

/** The on-disk form: weights grouped by relation to avoid repeating the relation in every key. */
export interface RelationModelFile {
  format: 'newsgraph-rel-logistic';
  version: 1;
  threshold: number;
  weights: Record<string, Record<string, number>>;
}

/** Pseudo-relation whose weights every relation shares, so evidence like "of" or a comma pools across types. */
export const SHARED = '*';

/** Key under which a feature's weight for one relation is stored. */
export function weightKey(relation: LearnedRelation | typeof SHARED, feature: string): string {
  return `${relation}|${feature}`;
}

/** Probability that the pair whose features are given holds `relation`. */
export function pairProbability(model: RelationModel, relation: LearnedRelation, features: readonly string[]): number {
  let score = 0;
  for (const feature of features) {
    score += (model.weights.get(weightKey(relation, feature)) ?? 0) + (model.weights.get(weightKey(SHARED, feature)) ?? 0);
  }
  return 1 / (1 + Math.exp(-score));
}

/** Rebuilds a model from its file form, rejecting files of another format. */
export function parseModel(file: RelationModelFile): RelationModel {
  if (file.format !== 'newsgraph-rel-logistic' || file.version !== 1) {
    throw new Error(`Unsupported relation model format: ${String(file.format)} v${String(file.version)}`);
  }
  const weights = new Map<string, number>();
  for (const [relation, table] of Object.entries(file.weights)) {
    for (const [feature, weight] of Object.entries(table)) weights.set(`${relation}|${feature}`, weight);
  }
  return { threshold: file.threshold, weights };
}

/** File form of a model; weights are rounded and near-zero ones dropped to keep the file small. */
export function serialiseModel(model: RelationModel, precision = 1e-3): RelationModelFile {
  const weights: Record<string, Record<string, number>> = {};
  const keys = [...model.weights.keys()].sort();
  for (const key of keys) {
    const weight = Math.round((model.weights.get(key) ?? 0) / precision) * precision;
    if (weight === 0) continue;
    const bar = key.indexOf('|');
    const relation = key.slice(0, bar);
    (weights[relation] ??= {})[key.slice(bar + 1)] = Number(weight.toFixed(3));
  }
  return { format: 'newsgraph-rel-logistic', version: 1, threshold: model.threshold, weights };
}
