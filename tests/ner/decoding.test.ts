import { describe, expect, it } from 'vitest';
import { allowed, canEnd, spansOf, TAG_COUNT, tagName, tagsOf } from '../../src/ner/tags';
import { compileTransitions, emptyTransitions, viterbi } from '../../src/ner/viterbi';

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
}

describe('BILOU decoding', () => {
  it('never emits an invalid tag sequence, whatever the scores', () => {
    const rand = random(42);
    const trans = emptyTransitions();
    for (let k = 0; k < trans.pair.length; k++) trans.pair[k] = rand() * 4 - 2;
    const lattice = compileTransitions(trans);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(rand() * 12);
      const emit = Float64Array.from({ length: n * TAG_COUNT }, () => rand() * 20 - 10);
      const tags = new Uint8Array(n);
      viterbi(emit, n, lattice, tags);
      expect(allowed(-1, tags[0]), tagName(tags[0])).toBe(true);
      for (let i = 1; i < n; i++) expect(allowed(tags[i - 1], tags[i]), `${tagName(tags[i - 1])} ${tagName(tags[i])}`).toBe(true);
      expect(canEnd(tags[n - 1])).toBe(true);
      // A valid sequence is exactly the encoding of its spans.
      expect(Array.from(tagsOf(spansOf(tags), n))).toEqual(Array.from(tags));
    }
  });

  it('finds the best-scoring valid sequence and a zero margin only on ties', () => {
    const rand = random(7);
    const trans = emptyTransitions();
    for (let k = 0; k < trans.pair.length; k++) trans.pair[k] = rand();
    const lattice = compileTransitions(trans);
    const n = 3;
    for (let trial = 0; trial < 30; trial++) {
      const emit = Float64Array.from({ length: n * TAG_COUNT }, () => rand() * 6 - 3);
      const score = (t: number[]): number => t.reduce((s, tag, i) => s + emit[i * TAG_COUNT + tag] + (i ? trans.pair[t[i - 1] * TAG_COUNT + tag] : 0), 0);
      let best = -Infinity;
      let bestTags: number[] = [];
      for (let a = 0; a < TAG_COUNT; a++)
        for (let b = 0; b < TAG_COUNT; b++)
          for (let c = 0; c < TAG_COUNT; c++) {
            const t = [a, b, c];
            if (!allowed(-1, a) || !allowed(a, b) || !allowed(b, c) || !canEnd(c)) continue;
            if (score(t) > best) [best, bestTags] = [score(t), t];
          }
      const tags = new Uint8Array(n);
      const margins = new Float64Array(n);
      viterbi(emit, n, lattice, tags, margins);
      expect(Array.from(tags)).toEqual(bestTags);
      for (const m of margins) expect(m).toBeGreaterThan(0);
    }
  });

  it('turns spans into BILOU tags and back', () => {
    const spans = [
      { start: 0, end: 2, cls: 0 },
      { start: 3, end: 4, cls: 2 },
      { start: 5, end: 8, cls: 1 },
    ];
    const tags = tagsOf(spans, 9);
    expect(Array.from(tags, tagName)).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    expect(spansOf(tags)).toEqual(spans);
  });
});
