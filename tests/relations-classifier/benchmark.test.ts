import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBilou, readConll04 } from '../../scripts/rel/conll04';
import { goldEntities } from '../../scripts/rel/entity-source';
import { confidenceOrdering, goldRelationKeys, scoreEntities, scoreRelations, type PredictedRelation } from '../../scripts/rel/score';

const fixtures = fileURLToPath(new URL('./fixtures/mini', import.meta.url));

describe('CoNLL04 relation benchmark', () => {
  const sentences = readConll04(fixtures, 'test');

  it('decodes BILOU tags into typed spans and CoNLL04 relation names into ours', () => {
    expect(sentences[1].entities).toEqual([
      { start: 0, end: 1, entityType: 'ORGANIZATION' },
      { start: 4, end: 5, entityType: 'LOCATION' },
      { start: 6, end: 8, entityType: 'LOCATION' },
      { start: 10, end: 12, entityType: 'PERSON' },
    ]);
    expect(sentences[1].relations.map((r) => r.relation)).toEqual(['based_in', 'located_in', 'works_for']);
    expect(decodeBilou(['B-Org', 'I-Org', 'O', 'I-Loc', 'L-Loc'])).toEqual([
      { start: 0, end: 2, entityType: 'ORGANIZATION' },
      { start: 3, end: 5, entityType: 'LOCATION' },
    ]);
  });

  it('gives the classifier gold PERSON/ORGANIZATION/LOCATION mentions only', () => {
    expect(goldEntities.mentions(sentences)[0].map((m) => m.entityType)).toEqual(['PERSON', 'ORGANIZATION']);
  });

  it('counts a relation only when both spans, both types and the relation are exact', () => {
    const [jane, rail] = sentences[0].entities;
    const [acme, leeds, yorkshire] = sentences[1].entities;
    const predictions: PredictedRelation[] = [
      { sentence: 0, head: jane, tail: rail, relation: 'works_for', confidence: 0.9 },
      { sentence: 1, head: acme, tail: leeds, relation: 'based_in', confidence: 0.8 },
      { sentence: 1, head: leeds, tail: { ...yorkshire, start: 7 }, relation: 'located_in', confidence: 0.7 },
      { sentence: 1, head: acme, tail: yorkshire, relation: 'based_in', confidence: 0.2 },
    ];
    const scores = scoreRelations(sentences, predictions);
    expect(scores.overall).toMatchObject({ tp: 2, fp: 2, fn: 2 });
    expect(scores.byType.located_in).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(scores.overall.f1).toBeCloseTo(0.5);
    const ordering = confidenceOrdering(goldRelationKeys(sentences), predictions);
    expect(ordering.topHalfPrecision).toBe(1);
    expect(ordering.bottomHalfPrecision).toBe(0);
  });

  it('scores recognised entities by exact span and type and counts reachable relations', () => {
    const found = [
      [{ start: 0, end: 2, entityType: 'PERSON' as const }, { start: 6, end: 8, entityType: 'ORGANIZATION' as const }],
      [{ start: 0, end: 1, entityType: 'ORGANIZATION' as const }, { start: 4, end: 8, entityType: 'LOCATION' as const }],
    ];
    const scores = scoreEntities(sentences, found);
    expect(scores.byType.PERSON).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(scores.byType.LOCATION).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    expect(scores.relationArgumentsFound).toBeCloseTo(1 / 4);
  });
});

describe('relation classifier training', () => {
  it('is reproducible: the same data gives the same weights', async () => {
    const { trainLogistic } = await import('../../src/relations/classifier/train');
    const { trainingExamples } = await import('../../scripts/rel/predict');
    const examples = trainingExamples(readConll04(fixtures, 'test'));
    expect(examples.filter((e) => e.related)).toHaveLength(4);
    const options = { epochs: 5, learningRate: 0.05, l2: 1e-4, minCount: 1, seed: 7 };
    expect([...trainLogistic(examples, options)]).toEqual([...trainLogistic(examples, options)]);
  });
});

describe('CoNLL04 tokens shown to the recogniser', () => {
  it('become wink-nlp style tokens whose spans map back onto the CoNLL04 tokens', async () => {
    const { originalSpan, productTokens } = await import('../../scripts/rel/token-view');
    const view = productTokens(['`', '`', 'Hello', "'", "'", 'said', 'the', 'envoy', 'in', 'Addis', 'Ababa', ',', 'Ethiopia.']);
    expect(view.tokens).toEqual(['"', 'Hello', '"', 'said', 'the', 'envoy', 'in', 'Addis', 'Ababa', ',', 'Ethiopia', '.']);
    expect(originalSpan(view, 10, 11)).toEqual({ start: 12, end: 13 });
    expect(originalSpan(view, 7, 9)).toEqual({ start: 9, end: 11 });
  });
});
