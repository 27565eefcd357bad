import { TAG_COUNT } from './tags';
import type { Transitions } from './viterbi';
import { WeightTable } from './weights';

/** A trained model's weights: per feature hash a row of TAG_COUNT weights, and per stage its transitions. */
export interface ModelWeights {
  keys: Int32Array;
  /** `keys.length * TAG_COUNT` weights. */
  weights: Float32Array;
  transitions: Transitions[];
}

/** A decoded model, ready to score. */
export interface LoadedModel {
  table: WeightTable;
  transitions: Transitions[];
}

const MAGIC = 0x4e45_5232; // "NER2"
const T = TAG_COUNT;

/**
 * Binary form of a model: stage count and row count, the keys, then for each row a float scale
 * and TAG_COUNT int8 weights (they only steer an argmax, so 8 bits are plenty), then each
 * stage's transitions as float32.
 */
export function encodeModel({ keys, weights, transitions }: ModelWeights): Uint8Array {
  const stages = transitions.length;
  const rows = keys.length;
  const size = 12 + rows * (8 + T) + stages * 4 * (T * T + 2 * T);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  const u32 = (v: number): void => {
    view.setUint32(at, v >>> 0, true);
    at += 4;
  };
  const f32 = (v: number): void => {
    view.setFloat32(at, v, true);
    at += 4;
  };
  u32(MAGIC);
  u32(stages);
  u32(rows);
  for (let r = 0; r < rows; r++) u32(keys[r]);
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(weights[r * T + t]));
    scales[r] = max / 127;
    f32(scales[r]);
  }
  for (let r = 0; r < rows; r++) {
    for (let t = 0; t < T; t++) view.setInt8(at++, scales[r] ? Math.round(weights[r * T + t] / scales[r]) : 0);
  }
  for (const tr of transitions) for (const part of [tr.pair, tr.start, tr.end]) for (const v of part) f32(v);
  return bytes;
}

/** Reads what `encodeModel` wrote. */
export function decodeModel(bytes: Uint8Array): LoadedModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const u32 = (): number => {
    const v = view.getUint32(at, true);
    at += 4;
    return v;
  };
  const floats = (count: number): Float32Array => {
    const out = new Float32Array(count);
    for (let k = 0; k < count; k++, at += 4) out[k] = view.getFloat32(at, true);
    return out;
  };
  if (u32() !== MAGIC) throw new Error('not a newsgraph NER model file');
  const stages = u32();
  const rows = u32();
  const keys = new Int32Array(rows);
  for (let r = 0; r < rows; r++, at += 4) keys[r] = view.getInt32(at, true);
  const scales = floats(rows);
  const weights = new Float32Array(rows * T);
  for (let r = 0; r < rows; r++) {
    const scale = scales[r];
    for (let t = 0; t < T; t++) weights[r * T + t] = view.getInt8(at++) * scale;
  }
  const transitions: Transitions[] = [];
  for (let s = 0; s < stages; s++) transitions.push({ pair: floats(T * T), start: floats(T), end: floats(T) });
  return { table: new WeightTable(keys, weights), transitions };
}
