import { hashString, mixKey } from './hash';
import type { LearnedRelation } from './signature';

/**
 * A trained pair scorer: one logistic weight per (relation, feature), plus the decision threshold.
 * Keys are 32-bit hashes kept sorted, so the model loads as two typed arrays with no parsing; the
 * few hash collisions among a few hundred thousand features are shared by training and inference.
 */
export interface RelationModel {
  /** Probability at or above which a pair is reported as related; tuned on held-out data. */
  threshold: number;
  /** Ascending weight keys. */
  keys: Uint32Array;
  weights: Float32Array;
}

/** Pseudo-relation whose weights every relation shares, so evidence like "of" or a comma pools across types. */
export const SHARED = '*';

const SLOTS: Readonly<Record<LearnedRelation | typeof SHARED, number>> = {
  [SHARED]: 0,
  works_for: 1,
  based_in: 2,
  located_in: 3,
  lives_in: 4,
  killed: 5,
};

/** Key under which a feature's weight for one relation (or the shared pseudo-relation) is stored. */
export function weightKey(relation: LearnedRelation | typeof SHARED, feature: string): number {
  return mixKey(hashString(feature), SLOTS[relation]);
}

/** Probability that the pair whose features are given holds `relation`. */
export function pairProbability(model: RelationModel, relation: LearnedRelation, features: readonly string[]): number {
  let score = 0;
  for (const feature of features) {
    const hash = hashString(feature);
    score += weightOf(model, mixKey(hash, SLOTS[relation])) + weightOf(model, mixKey(hash, SLOTS[SHARED]));
  }
  return 1 / (1 + Math.exp(-score));
}

/** Sum of the weights stored under the given keys, for models that key features by their hash alone. */
export function scoreOfKeys(model: RelationModel, keys: Iterable<number>): number {
  let score = 0;
  for (const key of keys) score += weightOf(model, key);
  return score;
}

function weightOf(model: RelationModel, key: number): number {
  const { keys } = model;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = keys[mid];
    if (at === key) return model.weights[mid];
    if (at < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** A model from trained weights; zero weights are dropped. */
export function modelFromWeights(threshold: number, weights: ReadonlyMap<number, number>): RelationModel {
  const entries = [...weights].filter(([, w]) => w !== 0).sort((a, b) => a[0] - b[0]);
  return {
    threshold,
    keys: Uint32Array.from(entries, ([key]) => key),
    weights: Float32Array.from(entries, ([, weight]) => weight),
  };
}

const MAGIC = 0x4c52474e; // "NGRL" read little-endian
const VERSION = 1;
const HEADER_BYTES = 16;

/** Binary form: magic, version, threshold, count, then the keys and the weights, all little-endian. */
export function encodeModel(model: RelationModel): Uint8Array {
  const count = model.keys.length;
  const bytes = new Uint8Array(HEADER_BYTES + 8 * count);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setFloat32(8, model.threshold, true);
  view.setUint32(12, count, true);
  for (let i = 0; i < count; i++) {
    view.setUint32(HEADER_BYTES + 4 * i, model.keys[i], true);
    view.setFloat32(HEADER_BYTES + 4 * (count + i), model.weights[i], true);
  }
  return bytes;
}

/** Reads the binary form back, rejecting files of another format or version. */
export function decodeModel(bytes: Uint8Array): RelationModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER_BYTES || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) {
    throw new Error('Not a newsgraph relation model (version 1)');
  }
  const count = view.getUint32(12, true);
  if (bytes.byteLength !== HEADER_BYTES + 8 * count) throw new Error('Truncated relation model');
  const keys = new Uint32Array(count);
  const weights = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    keys[i] = view.getUint32(HEADER_BYTES + 4 * i, true);
    weights[i] = view.getFloat32(HEADER_BYTES + 4 * (count + i), true);
  }
  // Threshold round-trips through float32; keep it at the two decimals it was tuned to.
  return { threshold: Math.round(view.getFloat32(8, true) * 1000) / 1000, keys, weights };
}
