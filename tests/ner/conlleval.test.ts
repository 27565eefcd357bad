import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll, spansFromIob, splitDocuments } from '../../scripts/ner/conll';
import { classOfType, conlleval } from '../../scripts/ner/conlleval';

const fixture = resolve(import.meta.dirname, '../fixtures/ner/mini.conll');

describe('CoNLL-2003 reading and scoring', () => {
  const sentences = readConll(fixture);

  it('reads sentences and IOB spans', () => {
    expect(sentences).toHaveLength(6);
    expect(sentences[1].spans).toEqual([
      { start: 0, end: 1, cls: 2 },
      { start: 2, end: 5, cls: 2 },
    ]);
    expect(spansFromIob(['I-PER', 'I-PER', 'O', 'I-ORG', 'B-ORG'])).toEqual([
      { start: 0, end: 2, cls: 0 },
      { start: 3, end: 4, cls: 1 },
      { start: 4, end: 5, cls: 1 },
    ]);
  });

  it('starts a new story at the headline before each dateline', () => {
    const docs = splitDocuments(sentences);
    expect(docs.map((d) => d.length)).toEqual([3, 3]);
    expect(docs[1][0].tokens.join(' ')).toBe('RUGBY UNION - CUTTITTA BACK .');
  });

  it('counts a name only when both ends and the class are right', () => {
    const gold = sentences.map((s) => s.spans);
    const predicted = gold.map((spans) => spans.map((s) => ({ ...s })));
    predicted[5][1] = { start: 2, end: 5, cls: 0 }; // "Marcello Cuttitta of": wrong end
    predicted[2][1] = { start: 6, end: 8, cls: 1 }; // "Asian Cup" as ORG: wrong class
    const scores = conlleval(gold, predicted);
    expect(scores.overall).toMatchObject({ gold: 10, predicted: 10, correct: 8 });
    expect(scores.overall.f1).toBeCloseTo(0.8);
    expect(scores.PER).toMatchObject({ gold: 2, predicted: 2, correct: 1 });
    expect(scores.MISC).toMatchObject({ gold: 1, predicted: 0, correct: 0 });
    expect(scores.MISC.f1).toBe(0);
  });

  it('scores every newsgraph subtype of MISC as MISC', () => {
    expect(['GROUP', 'EVENT', 'WORK', 'OTHER'].map((t) => classOfType(t as never))).toEqual([3, 3, 3, 3]);
    expect(classOfType('PERSON')).toBe(0);
  });
});
