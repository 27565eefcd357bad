import { CLASSES, O, TAG_COUNT, tagOf } from './tags';

/** Weights of tag bigrams, plus sentence start and end, that the decoder adds to emissions. */
export interface Transitions {
  /** `pair[prev * TAG_COUNT + next]`. */
  pair: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

/** Zeroed transition weights. */
export function emptyTransitions(): Transitions {
  return {
    pair: new Float32Array(TAG_COUNT * TAG_COUNT),
    start: new Float32Array(TAG_COUNT),
    end: new Float32Array(TAG_COUNT),
  };
}

const T = TAG_COUNT;
const K = CLASSES.length;
const B = 0;
const I = 1;
const L = 2;
const U = 3;
// BILOU allows 97 of the 289 tag bigrams: any tag that closes a name (O, L, U) may be followed by
// any tag that opens one or stays outside (O, B, U); inside a name, B and I go on to I or L of
// the same class. The decoder walks exactly these.
const CLOSERS = Int32Array.from([O, ...CLASSES.flatMap((_, k) => [tagOf(k, L), tagOf(k, U)])]);
const OPENERS = Int32Array.from([O, ...CLASSES.flatMap((_, k) => [tagOf(k, B), tagOf(k, U)])]);
const N = CLOSERS.length;
if (CLOSERS.join() !== '0,3,4,7,8,11,12,15,16' || OPENERS.join() !== '0,1,4,5,8,9,12,13,16') throw new Error('viterbi is unrolled for BILOU over four classes');

/** Transition weights laid out along the allowed tag bigrams, as the decoder walks them. */
export interface Lattice {
  /** `open[a * N + j]`: closer j followed by opener a. */
  open: Float64Array;
  /** The same, transposed: `openAfter[j * N + a]`. */
  openAfter: Float64Array;
  /** Per class: B→I, I→I, B→L, I→L. */
  inner: Float64Array;
  /** Start and end weights, -Infinity where a sentence may not start or end. */
  start: Float64Array;
  end: Float64Array;
}

/** Lays out transition weights for `viterbi`. */
export function compileTransitions(trans: Transitions): Lattice {
  const open = new Float64Array(N * N);
  for (let a = 0; a < N; a++) for (let j = 0; j < N; j++) open[a * N + j] = trans.pair[CLOSERS[j] * T + OPENERS[a]];
  const openAfter = new Float64Array(N * N);
  for (let a = 0; a < N; a++) for (let j = 0; j < N; j++) openAfter[j * N + a] = open[a * N + j];
  const inner = new Float64Array(4 * K);
  for (let k = 0; k < K; k++) {
    const [b, i, l] = [tagOf(k, B), tagOf(k, I), tagOf(k, L)];
    inner.set([trans.pair[b * T + i], trans.pair[i * T + i], trans.pair[b * T + l], trans.pair[i * T + l]], 4 * k);
  }
  const start = new Float64Array(T).fill(-Infinity);
  const end = new Float64Array(T).fill(-Infinity);
  for (const q of OPENERS) start[q] = trans.start[q];
  for (const q of CLOSERS) end[q] = trans.end[q];
  return { open, openAfter, inner, start, end };
}

const ahead = new Float64Array(T);

/**
 * Best valid BILOU sequence for `n` tokens given emission scores `emit[i * stride + offset + tag]`.
 * Writes the tags to `tags`; when `margins` is given, also writes each token's max-marginal
 * margin: how much the best path loses if that token takes any other tag (0 = a tie).
 */
export function viterbi(
  emit: Float64Array,
  n: number,
  lattice: Lattice,
  tags: Uint8Array,
  margins?: Float64Array,
  stride: number = T,
  offset = 0,
): void {
  if (n === 0) return;
  const fwd = scratch(n * T, 0);
  const back = scratchBack(n * T);
  const { open, inner } = lattice;
  for (let q = 0; q < T; q++) fwd[q] = lattice.start[q] + emit[offset + q];
  for (let i = 1; i < n; i++) {
    const row = i * T;
    const prev = row - T;
    const at = i * stride + offset;
    // The nine closing tags, unrolled: O, then L and U of each class.
    const c0 = fwd[prev];
    const c1 = fwd[prev + 3];
    const c2 = fwd[prev + 4];
    const c3 = fwd[prev + 7];
    const c4 = fwd[prev + 8];
    const c5 = fwd[prev + 11];
    const c6 = fwd[prev + 12];
    const c7 = fwd[prev + 15];
    const c8 = fwd[prev + 16];
    for (let a = 0, w = 0; a < N; a++, w += N) {
      let best = c0 + open[w];
      let arg = 0;
      let s = c1 + open[w + 1];
      if (s > best) (best = s), (arg = 3);
      s = c2 + open[w + 2];
      if (s > best) (best = s), (arg = 4);
      s = c3 + open[w + 3];
      if (s > best) (best = s), (arg = 7);
      s = c4 + open[w + 4];
      if (s > best) (best = s), (arg = 8);
      s = c5 + open[w + 5];
      if (s > best) (best = s), (arg = 11);
      s = c6 + open[w + 6];
      if (s > best) (best = s), (arg = 12);
      s = c7 + open[w + 7];
      if (s > best) (best = s), (arg = 15);
      s = c8 + open[w + 8];
      if (s > best) (best = s), (arg = 16);
      const q = OPENERS[a];
      fwd[row + q] = best + emit[at + q];
      back[row + q] = arg;
    }
    for (let k = 0; k < K; k++) {
      const b = 1 + 4 * k;
      const fb = fwd[prev + b];
      const fi = fwd[prev + b + 1];
      const toI = fb + inner[4 * k] >= fi + inner[4 * k + 1];
      fwd[row + b + 1] = (toI ? fb + inner[4 * k] : fi + inner[4 * k + 1]) + emit[at + b + 1];
      back[row + b + 1] = toI ? b : b + 1;
      const toL = fb + inner[4 * k + 2] >= fi + inner[4 * k + 3];
      fwd[row + b + 2] = (toL ? fb + inner[4 * k + 2] : fi + inner[4 * k + 3]) + emit[at + b + 2];
      back[row + b + 2] = toL ? b : b + 1;
    }
  }
  const lastRow = (n - 1) * T;
  let best = -Infinity;
  let arg = 0;
  for (let q = 0; q < T; q++) {
    const s = fwd[lastRow + q] + lattice.end[q];
    if (s > best) {
      best = s;
      arg = q;
    }
  }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  if (margins) maxMarginals(emit, n, lattice, fwd, best, tags, margins, stride, offset);
}

/** Backward max-product pass; margin = best score minus the best score through another tag. */
function maxMarginals(
  emit: Float64Array,
  n: number,
  lattice: Lattice,
  fwd: Float64Array,
  best: number,
  tags: Uint8Array,
  margins: Float64Array,
  stride: number,
  offset: number,
): void {
  const bwd = scratch(n * T, 1);
  const { openAfter, inner } = lattice;
  const lastRow = (n - 1) * T;
  for (let q = 0; q < T; q++) bwd[lastRow + q] = lattice.end[q];
  for (let i = n - 2; i >= 0; i--) {
    const row = i * T;
    const next = row + T;
    const at = (i + 1) * stride + offset;
    for (let q = 0; q < T; q++) ahead[q] = emit[at + q] + bwd[next + q];
    // The nine opening tags, unrolled: O, then B and U of each class.
    const o0 = ahead[0];
    const o1 = ahead[1];
    const o2 = ahead[4];
    const o3 = ahead[5];
    const o4 = ahead[8];
    const o5 = ahead[9];
    const o6 = ahead[12];
    const o7 = ahead[13];
    const o8 = ahead[16];
    for (let j = 0, w = 0; j < N; j++, w += N) {
      let top = o0 + openAfter[w];
      top = Math.max(top, o1 + openAfter[w + 1], o2 + openAfter[w + 2], o3 + openAfter[w + 3], o4 + openAfter[w + 4]);
      top = Math.max(top, o5 + openAfter[w + 5], o6 + openAfter[w + 6], o7 + openAfter[w + 7], o8 + openAfter[w + 8]);
      bwd[row + CLOSERS[j]] = top;
    }
    for (let k = 0; k < K; k++) {
      const b = 1 + 4 * k;
      const aheadI = ahead[b + 1];
      const aheadL = ahead[b + 2];
      bwd[row + b] = Math.max(inner[4 * k] + aheadI, inner[4 * k + 2] + aheadL);
      bwd[row + b + 1] = Math.max(inner[4 * k + 1] + aheadI, inner[4 * k + 3] + aheadL);
    }
  }
  for (let i = 0; i < n; i++) {
    const row = i * T;
    let other = -Infinity;
    for (let q = 0; q < T; q++) {
      if (q === tags[i]) continue;
      const s = fwd[row + q] + bwd[row + q];
      if (s > other) other = s;
    }
    margins[i] = best - other;
  }
}

const buffers: Float64Array[] = [new Float64Array(0), new Float64Array(0)];
let backBuffer = new Uint8Array(0);

function scratch(size: number, which: number): Float64Array {
  if (buffers[which].length < size) buffers[which] = new Float64Array(size * 2);
  return buffers[which];
}

function scratchBack(size: number): Uint8Array {
  if (backBuffer.length < size) backBuffer = new Uint8Array(size * 2);
  return backBuffer;
}
