import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from '../../src/ner/model-file';
import { TAG_COUNT } from '../../src/ner/tags';
import { emptyTransitions } from '../../src/ner/viterbi';

describe('model file', () => {
  it('round-trips weights to within 8-bit quantisation and transitions exactly', () => {
    const keys = Int32Array.of(-5, 17, 2 ** 31 - 1);
    const weights = Float32Array.from({ length: keys.length * TAG_COUNT }, (_, k) => Math.sin(k) * (k % 5));
    const transitions = [emptyTransitions(), emptyTransitions()];
    transitions[1].pair[3] = 1.25;
    transitions[0].end[2] = -0.5;
    const { table, transitions: decoded } = decodeModel(encodeModel({ keys, weights, transitions }));
    for (const [r, key] of keys.entries()) {
      const row = table.row(key);
      expect(row).toBe(r);
      const max = Math.max(...weights.subarray(r * TAG_COUNT, (r + 1) * TAG_COUNT).map(Math.abs));
      for (let t = 0; t < TAG_COUNT; t++) {
        expect(Math.abs(table.weights[row * TAG_COUNT + t] - weights[r * TAG_COUNT + t])).toBeLessThanOrEqual(max / 254 + 1e-6);
      }
    }
    expect(table.row(12345)).toBe(-1);
    expect(decoded[1].pair[3]).toBe(1.25);
    expect(decoded[0].end[2]).toBe(-0.5);
  });
});
