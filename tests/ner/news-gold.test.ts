import { describe, expect, it } from 'vitest';
import { CLASSES } from '../../src/ner/tags';
import { goldArticleSentences } from '../../scripts/ner/news-gold';
import type { ConllSentence } from '../../scripts/ner/conll';

const article = `Yahoo marks ten years

Labour MP Sarah Champion said Yahoo had grown fast since Jerry Yang set it up.
Police said the firm was safe.
Ms Champion met Kevin Smith in London on Monday.
The web portal now employs 7,600 workers.`;

const gold = {
  text: 'yahoo.txt',
  entities: [
    { id: 'yahoo', name: 'Yahoo', type: 'ORGANIZATION', aliases: ['the firm', 'The web portal'] },
    { id: 'champion', name: 'Sarah Champion', type: 'PERSON', aliases: ['Labour MP Sarah Champion', 'Ms Champion'] },
    { id: 'yang', name: 'Jerry Yang', type: 'PERSON', aliases: [] },
    { id: 'labour', name: 'Labour', type: 'ORGANIZATION', aliases: [] },
    { id: 'police', name: 'South Yorkshire Police', type: 'ORGANIZATION', aliases: ['Police'] },
    { id: 'london', name: 'London', type: 'LOCATION', aliases: [] },
  ],
  relations: [],
};

const labelled = (sentence: ConllSentence): string[] => sentence.spans.map((span) => `${sentence.tokens.slice(span.start, span.end).join(' ')}/${CLASSES[span.cls]}`);

describe('our gold articles as recogniser training data', () => {
  const sentences = goldArticleSentences(article, gold, 'yahoo.gold.json');

  it('tags listed names with CoNLL-2003 habits: no title or role inside a person', () => {
    expect(sentences.map(labelled)).toContainEqual(['Labour/ORG', 'Sarah Champion/PER', 'Yahoo/ORG', 'Jerry Yang/PER']);
  });

  it('keeps only sentences whose every name is listed, and never learns a capitalised nominal as a name', () => {
    const texts = sentences.map((sentence) => sentence.tokens.join(' '));
    // "Kevin Smith" is no gold entity: the sentence would teach that he is no name.
    expect(texts.some((text) => text.includes('Kevin Smith'))).toBe(false);
    // "Police" is listed as an alias, but opening a sentence it is the nominal, and the sentence names nothing else.
    expect(texts.some((text) => text.startsWith('Police'))).toBe(false);
    expect(texts).toHaveLength(2);
  });
});
