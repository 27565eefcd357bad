import { compileTransitions, emptyTransitions, viterbi, type Lattice, type Transitions } from '../../src/ner/viterbi';
import { CLASSES, O, TAG_COUNT, tagOf } from '../../src/ner/tags';

/** A training sentence as dense feature ids: token i owns ids[offsets[i] .. offsets[i + 1]). */
export interface Example {
  ids: Int32Array;
  offsets: Int32Array;
  gold: Uint8Array;
  /** Fixed scores added to the learned ones (a first stage's emissions), `n * TAG_COUNT`. */
  offset?: Float64Array;
  /** 1 for tokens whose gold tag is only known to be O or MISC (see ConllSentence.unlabelled). */
  unlabelled?: Uint8Array;
}

/** Trained, averaged weights over dense feature ids. */
export interface Trained {
  weights: Float32Array;
  transitions: Transitions;
}

const T = TAG_COUNT;
const MISC = CLASSES.indexOf('MISC');
const OPEN_TAGS = [O, ...[0, 1, 2, 3].map((part) => tagOf(MISC, part))];
const EXCLUDED = -1e9;

/**
 * The gold path of a partly labelled sentence: the best-scoring path, under the current weights, that
 * keeps every labelled token's tag and gives each unlabelled token O or a MISC tag. Updating towards
 * it teaches what the annotation says and nothing about what it leaves open.
 */
function constrainedGold(emit: Float64Array, n: number, gold: Uint8Array, unlabelled: Uint8Array, lattice: Lattice, out: Uint8Array): void {
  const scores = new Float64Array(n * T).fill(EXCLUDED);
  for (let i = 0; i < n; i++) {
    const tags = unlabelled[i] ? OPEN_TAGS : [gold[i]];
    for (const t of tags) scores[i * T + t] = emit[i * T + t];
  }
  viterbi(scores, n, lattice, out);
}

/** Small seeded PRNG (mulberry32) so training order, and so the model, is reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Structured averaged perceptron (Collins 2002) with Viterbi decoding over BILOU tags.
 * Averaging uses the usual trick of keeping a second, time-weighted sum of updates.
 */
export function trainPerceptron(
  examples: readonly Example[],
  featureCount: number,
  epochs: number,
  seed: number,
  log: (line: string) => void = () => {},
  initial?: Transitions,
): Trained {
  const w = new Float64Array(featureCount * T);
  const u = new Float64Array(featureCount * T);
  const trans = emptyTransitions();
  if (initial) for (const key of ['pair', 'start', 'end'] as const) trans[key].set(initial[key]);
  const transU = emptyTransitions();
  const rand = random(seed);
  const order = examples.map((_, i) => i);
  let emit = new Float64Array(256 * T);
  let pred = new Uint8Array(256);
  let c = 1;

  const bump = (f: number, tag: number, delta: number): void => {
    w[f * T + tag] += delta;
    u[f * T + tag] += c * delta;
  };
  const bumpTrans = (key: 'pair' | 'start' | 'end', at: number, delta: number): void => {
    trans[key][at] += delta;
    transU[key][at] += c * delta;
  };

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    let total = 0;
    for (const index of order) {
      const { ids, offsets, offset, unlabelled } = examples[index];
      let { gold } = examples[index];
      const n = gold.length;
      if (emit.length < n * T) {
        emit = new Float64Array(n * T * 2);
        pred = new Uint8Array(n * 2);
      }
      if (offset) emit.set(offset);
      else emit.fill(0, 0, n * T);
      for (let i = 0; i < n; i++) {
        const at = i * T;
        for (let k = offsets[i]; k < offsets[i + 1]; k++) {
          const base = ids[k] * T;
          for (let t = 0; t < T; t++) emit[at + t] += w[base + t];
        }
      }
      const lattice = compileTransitions(trans);
      viterbi(emit, n, lattice, pred);
      if (unlabelled) {
        gold = new Uint8Array(n);
        constrainedGold(emit, n, examples[index].gold, unlabelled, lattice, gold);
      }
      total += n;
      let same = true;
      for (let i = 0; i < n; i++) if (pred[i] !== gold[i]) same = false;
      if (!same) {
        for (let i = 0; i < n; i++) {
          if (pred[i] !== gold[i]) {
            wrong++;
            for (let k = offsets[i]; k < offsets[i + 1]; k++) {
              bump(ids[k], gold[i], 1);
              bump(ids[k], pred[i], -1);
            }
          }
          if (i === 0) {
            if (pred[0] !== gold[0]) {
              bumpTrans('start', gold[0], 1);
              bumpTrans('start', pred[0], -1);
            }
          } else if (pred[i] !== gold[i] || pred[i - 1] !== gold[i - 1]) {
            bumpTrans('pair', gold[i - 1] * T + gold[i], 1);
            bumpTrans('pair', pred[i - 1] * T + pred[i], -1);
          }
        }
        if (pred[n - 1] !== gold[n - 1]) {
          bumpTrans('end', gold[n - 1], 1);
          bumpTrans('end', pred[n - 1], -1);
        }
      }
      c++;
    }
    log(`  epoch ${epoch + 1}: token error ${((100 * wrong) / total).toFixed(2)}%`);
  }

  const weights = new Float32Array(w.length);
  for (let k = 0; k < w.length; k++) weights[k] = w[k] - u[k] / c;
  const transitions = emptyTransitions();
  for (const key of ['pair', 'start', 'end'] as const) {
    for (let k = 0; k < trans[key].length; k++) transitions[key][k] = trans[key][k] - transU[key][k] / c;
  }
  return { weights, transitions };
}
