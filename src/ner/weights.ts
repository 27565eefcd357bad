import { TAG_COUNT } from './tags';

const T = TAG_COUNT;

/**
 * Feature weights keyed by 32-bit feature hash, one row of TAG_COUNT weights per feature, in an
 * open-addressing table so a lookup is a multiply, a mask and usually one probe.
 */
export class WeightTable {
  /** Interleaved (key, row) pairs, so a probe reads one cache line. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `keys[r]` is the feature hash whose weights are `weights[r * TAG_COUNT ..]`. */
  constructor(
    readonly keys: Int32Array,
    readonly weights: Float32Array,
  ) {
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    for (let s = 1; s < this.slots.length; s += 2) this.slots[s] = -1;
    this.mask = size - 1;
    for (let r = 0; r < keys.length; r++) {
      let s = slotOf(keys[r]) & this.mask;
      while (this.slots[2 * s + 1] !== -1) s = (s + 1) & this.mask;
      this.slots[2 * s] = keys[r];
      this.slots[2 * s + 1] = r;
    }
  }

  /** Row index of a feature, or -1 when the model never weighted it. */
  row(key: number): number {
    const slots = this.slots;
    let s = slotOf(key) & this.mask;
    for (;;) {
      const r = slots[2 * s + 1];
      if (r === -1 || slots[2 * s] === key) return r;
      s = (s + 1) & this.mask;
    }
  }

  /** Adds the weight rows of features `ids[from..to)` into `out[at .. at + TAG_COUNT)`. */
  accumulate(ids: Int32Array, from: number, to: number, out: Float64Array, at: number): void {
    const w = this.weights;
    for (let f = from; f < to; f++) {
      const r = this.row(ids[f]);
      if (r < 0) continue;
      const base = r * T;
      for (let t = 0; t < T; t++) out[at + t] += w[base + t];
    }
  }
}

function slotOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 8;
}
