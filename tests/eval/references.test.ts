import { describe, expect, it } from 'vitest';
import type { Extraction, MentionRecord } from '../../src/extraction';
import type { GoldFile } from '../../src/eval/gold';
import { scoreReferences, sumReferences } from '../../src/eval/references';

const text = 'Yahoo was set up by Jerry Yang. The firm floated in 1996. Google rose. The company said so. The deal was big.';

const gold: GoldFile = {
  id: 'yahoo',
  text: 'yahoo.txt',
  entities: [
    { id: 'yahoo', name: 'Yahoo', type: 'ORGANIZATION', aliases: ['the firm', 'the company'] },
    { id: 'google', name: 'Google', type: 'ORGANIZATION', aliases: [] },
    { id: 'yang', name: 'Jerry Yang', type: 'PERSON', aliases: [] },
  ],
  relations: [],
};

function mention(phrase: string, kind: MentionRecord['kind'], entity?: string): MentionRecord {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, kind, entityType: 'ORGANIZATION', ...(entity ? { entity } : {}) };
}

function extraction(mentions: MentionRecord[]): Extraction {
  const entity = (id: string, label: string) => ({ id, label, entityType: 'ORGANIZATION' as const, aliases: [], mentions: 1, description: '' });
  return {
    id: 'yahoo',
    title: '',
    text,
    dropped: [],
    sentences: [],
    mentions,
    entities: [entity('organization:yahoo', 'Yahoo'), entity('organization:google', 'Google')],
    relations: [],
  };
}

describe('nominal references against gold aliases', () => {
  it('counts a listed nominal as right, wrong or left alone, and ignores nominals gold does not list', () => {
    const score = scoreReferences(
      extraction([
        mention('Yahoo', 'name', 'organization:yahoo'),
        mention('The firm', 'nominal', 'organization:yahoo'),
        mention('The company', 'nominal', 'organization:google'),
        mention('The deal', 'nominal'),
      ]),
      gold,
    );
    expect(score).toEqual({ listed: 2, resolved: 2, right: 1 });
  });

  it('counts an unresolved listed nominal against recall only, and sums articles', () => {
    const score = scoreReferences(extraction([mention('The firm', 'nominal'), mention('The company', 'nominal', 'organization:yahoo')]), gold);
    expect(score).toEqual({ listed: 2, resolved: 1, right: 1 });
    expect(sumReferences([score, { listed: 3, resolved: 2, right: 0 }])).toEqual({ listed: 5, resolved: 3, right: 1 });
  });
});
