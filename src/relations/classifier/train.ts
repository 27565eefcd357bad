import { SHARED, weightKey } from './model';
import type { LearnedRelation } from './signature';

/** One labelled candidate pair. */
export interface TrainingExample {
  relation: LearnedRelation;
  features: readonly string[];
  related: boolean;
  /** How much the example counts in the loss (1 unless said otherwise). */
  weight?: number;
}

export interface TrainingOptions {
  epochs: number;
  /** AdaGrad step size. */
  learningRate: number;
  /** L2 penalty per update on the weights an example touches. */
  l2: number;
  /** Features seen fewer times than this in training are dropped: they mostly memorise. */
  minCount: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 30, learningRate: 0.02, l2: 1e-4, minCount: 1, seed: 20150917 };

/**
 * Fits logistic-regression weights keyed by hashed (relation, feature) with AdaGrad. Deterministic: the
 * example order of each epoch comes from a seeded shuffle, so the same data gives the same model.
 */
export function trainLogistic(examples: readonly TrainingExample[], options: TrainingOptions = DEFAULT_TRAINING): Map<number, number> {
  const index = new Map<number, number>();
  const counts = new Map<number, number>();
  for (const example of examples) {
    for (const feature of example.features) {
      for (const key of [weightKey(example.relation, feature), weightKey(SHARED, feature)]) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const encoded = examples.map((example) => {
    const ids: number[] = [];
    for (const feature of new Set(example.features)) {
      for (const key of [weightKey(example.relation, feature), weightKey(SHARED, feature)]) {
        if ((counts.get(key) ?? 0) < options.minCount && feature !== 'bias') continue;
        let id = index.get(key);
        if (id === undefined) {
          id = index.size;
          index.set(key, id);
        }
        ids.push(id);
      }
    }
    return { ids, target: example.related ? 1 : 0, weight: example.weight ?? 1 };
  });

  const weights = new Float64Array(index.size);
  const gradSquares = new Float64Array(index.size).fill(1e-8);
  const random = mulberry32(options.seed);
  const order = encoded.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const { ids, target, weight } = encoded[i];
      let score = 0;
      for (const id of ids) score += weights[id];
      const error = weight * (1 / (1 + Math.exp(-score)) - target);
      for (const id of ids) {
        const gradient = error + options.l2 * weights[id];
        gradSquares[id] += gradient * gradient;
        weights[id] -= (options.learningRate * gradient) / Math.sqrt(gradSquares[id]);
      }
    }
  }

  const result = new Map<number, number>();
  for (const [key, id] of index) result.set(key, weights[id]);
  return result;
}

/** A seeded random number generator: the same seed gives the same training order. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles in place (Fisher–Yates) with the given generator. */
export function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
