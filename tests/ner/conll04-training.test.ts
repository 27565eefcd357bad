import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/extraction';
import { CLASSES, O, spansOf, TAG_COUNT, tagOf, tagsOf } from '../../src/ner/tags';
import { compileTransitions, viterbi } from '../../src/ner/viterbi';
import type { Conll04Sentence } from '../../scripts/rel/conll04';
import { trainingSentence } from '../../scripts/ner/conll04';
import { trainPerceptron, type Example } from '../../scripts/ner/perceptron';

/** A CoNLL04 sentence from space-separated tokens and its entities, each given by its words. */
function sentence(text: string, entities: [string, EntityType][]): Conll04Sentence {
  const tokens = text.split(' ');
  return {
    id: 0,
    tokens,
    entities: entities.map(([words, entityType]) => {
      const parts = words.split(' ');
      const start = tokens.findIndex((_, i) => parts.every((part, k) => tokens[i + k] === part));
      return { start, end: start + parts.length, entityType };
    }),
    relations: [],
  };
}

/** The converted sentence's names, as "words/CLASS". */
function names(converted: ReturnType<typeof trainingSentence>): string[] {
  return (converted?.spans ?? []).map((s) => `${converted!.tokens.slice(s.start, s.end).join(' ')}/${CLASSES[s.cls]}`);
}

describe('CoNLL04 sentences as recogniser training data', () => {
  it('keeps titles out of people and splits "City , State" into two places, as the product does', () => {
    const converted = trainingSentence(
      sentence('President Kennedy was shot in Dallas , Texas , on Nov. 22 , 1963 .', [
        ['President Kennedy', 'PERSON'],
        ['Dallas , Texas', 'LOCATION'],
        ['Nov. 22 , 1963', 'OTHER'],
      ]),
    );
    expect(names(converted)).toEqual(['Kennedy/PER', 'Dallas/LOC', 'Texas/LOC']);
  });

  it('drops "the", trailing common nouns and dates from names, but keeps a name whose middle word is a title', () => {
    const converted = trainingSentence(
      sentence('The Associated Press said Wednesday the Phnom Penh government had freed James Earl Ray .', [
        ['The Associated Press', 'ORGANIZATION'],
        ['Wednesday', 'OTHER'],
        ['Phnom Penh government', 'ORGANIZATION'],
        ['James Earl Ray', 'PERSON'],
      ]),
    );
    expect(names(converted)).toEqual(['Associated Press/ORG', 'Phnom Penh/ORG', 'James Earl Ray/PER']);
  });

  it('leaves out a sentence whose person carries a place or body before the title', () => {
    const texan = sentence('Oswald also wounded Texas Gov. John Connally .', [
      ['Oswald', 'PERSON'],
      ['Texas Gov. John Connally', 'PERSON'],
    ]);
    expect(trainingSentence(texan)).toBeUndefined();
  });

  it('marks the words outside every name as unlabelled, and writes tokens as the product does', () => {
    const converted = trainingSentence(
      sentence("` ` We are not afraid , ' ' said an American diplomat in Ethiopia.", [['Ethiopia.', 'LOCATION']]),
    )!;
    expect(converted.tokens).toEqual(['"', 'We', 'are', 'not', 'afraid', ',', '"', 'said', 'an', 'American', 'diplomat', 'in', 'Ethiopia', '.']);
    expect(names(converted)).toEqual(['Ethiopia/LOC']);
    expect(Array.from(converted.unlabelled!)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1]);
  });
});

describe('perceptron training on partly labelled sentences', () => {
  const MISC = CLASSES.indexOf('MISC');
  // One feature per word: 0 "American", 1 "diplomat".
  const example = (words: number[], spans: { start: number; end: number; cls: number }[], unlabelled?: number[]): Example => ({
    ids: Int32Array.from(words),
    offsets: Int32Array.from(words.map((_, i) => i).concat(words.length)),
    gold: tagsOf(spans, words.length),
    unlabelled: unlabelled && Uint8Array.from(unlabelled),
  });
  const tagged = example([0, 1], [{ start: 0, end: 1, cls: MISC }]);
  const decode = (trained: ReturnType<typeof trainPerceptron>): string[] => {
    const emit = new Float64Array(2 * TAG_COUNT);
    [0, 1].forEach((feature, i) => emit.set(trained.weights.subarray(feature * TAG_COUNT, (feature + 1) * TAG_COUNT), i * TAG_COUNT));
    const tags = new Uint8Array(2);
    viterbi(emit, 2, compileTransitions(trained.transitions), tags);
    return spansOf(tags).map((s) => CLASSES[s.cls]);
  };

  it('learns nothing against a name from sentences that leave it untagged, unlike sentences that tag it O', () => {
    const silent = Array.from({ length: 6 }, () => example([0, 1], [], [1, 1]));
    const denying = Array.from({ length: 6 }, () => example([0, 1], []));
    const partly = trainPerceptron([tagged, ...silent], 2, 5, 1);
    const fully = trainPerceptron([tagged, ...denying], 2, 5, 1);
    expect(decode(partly)).toEqual(['MISC']);
    const miscMargin = (w: Float32Array): number => w[tagOf(MISC, 3)] - w[O];
    expect(miscMargin(partly.weights)).toBeGreaterThan(miscMargin(fully.weights));
  });

  it('still learns the tags the partial labels fix', () => {
    const person = example([0, 1], [{ start: 1, end: 2, cls: CLASSES.indexOf('PER') }], [1, 0]);
    const trained = trainPerceptron([person], 2, 3, 1);
    expect(trained.weights[1 * TAG_COUNT + tagOf(CLASSES.indexOf('PER'), 3)]).toBeGreaterThan(trained.weights[1 * TAG_COUNT + O]);
  });
});
