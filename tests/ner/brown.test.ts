import { describe, expect, it } from 'vitest';
import { brownClusters } from '../../scripts/ner/brown';
import { random } from '../../scripts/ner/perceptron';

describe('Brown clustering', () => {
  it('puts words that occur in the same contexts under the same path prefix', () => {
    // A toy language: DET NOUN VERB DET NOUN, with five words of each kind.
    const det = [0, 1, 2, 3, 4];
    const noun = [5, 6, 7, 8, 9];
    const verb = [10, 11, 12, 13, 14];
    const rand = random(3);
    const pick = (words: number[]): number => words[Math.floor(rand() * words.length)];
    const sentences = Array.from({ length: 2000 }, () => Int32Array.of(pick(det), pick(noun), pick(verb), pick(det), pick(noun)));
    const paths = brownClusters({ sentences, vocabulary: 15, clusters: 4 });
    // Each kind of word forms its own subtree: the paths of one kind share a prefix no other kind has.
    const kinds = [det, noun, verb];
    for (const kind of kinds) {
      let prefix = paths[kind[0]];
      for (const w of kind) while (!paths[w].startsWith(prefix)) prefix = prefix.slice(0, -1);
      expect(prefix.length).toBeGreaterThan(0);
      for (const other of kinds.filter((k) => k !== kind)) for (const w of other) expect(paths[w].startsWith(prefix)).toBe(false);
    }
  });
});
