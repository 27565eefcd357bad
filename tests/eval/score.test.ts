import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { GoldFile } from '../../src/eval/gold';
import { normaliseName, scoreGraph, summarise } from '../../src/eval/score';

const gold: GoldFile = {
  id: 'article',
  text: 'article.txt',
  entities: [
    { id: 'syp', name: 'South Yorkshire Police', type: 'ORGANIZATION', aliases: ['the force', 'Police'] },
    { id: 'harwin', name: 'Jason Harwin', type: 'PERSON', aliases: ['Harwin', 'He'] },
    { id: 'rmcfa', name: 'Rotherham Muslim Community Forum Alliance', type: 'ORGANIZATION', aliases: ['RMCFA'] },
    { id: 'town', name: 'Rotherham', type: 'LOCATION', aliases: [] },
    { id: 'event', name: 'boycott', type: 'EVENT', aliases: [], optional: true },
  ],
  excluded: [{ name: 'BBC' }],
  relations: [
    { subject: 'rmcfa', object: 'syp', predicates: ['boycott', 'cut lines of engagement'] },
    { subject: 'harwin', object: 'syp', predicates: ['works for', 'chief superintendent'] },
    { subject: 'syp', object: 'town', predicates: ['seek talks'] },
  ],
};

function graph(): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  g.addNode('syp', { label: 'South Yorkshire Police', entityType: 'ORGANIZATION', aliases: ['the force'], mentions: 5 });
  g.addNode('ch', { label: 'Ch Supt Jason Harwin', entityType: 'PERSON', aliases: [], mentions: 3 });
  g.addNode('rm', { label: 'RMCFA', entityType: 'ORGANIZATION', aliases: [], mentions: 2 });
  g.addNode('rm2', { label: 'Alliance', entityType: 'ORGANIZATION', aliases: ['RMCFA'], mentions: 1 });
  g.addNode('bbc', { label: 'BBC', entityType: 'ORGANIZATION', aliases: [], mentions: 1 });
  g.addNode('he', { label: 'He', entityType: 'PERSON', aliases: [], mentions: 1 });
  g.addEdgeWithKey('e1', 'rm', 'syp', { label: 'cuts all lines of engagement with', predicate: 'cut all line of engagement with', confidence: 0.9 });
  g.addEdgeWithKey('e2', 'ch', 'syp', { label: 'Chief Superintendent of', predicate: 'chief superintendent of', confidence: 0.8 });
  g.addEdgeWithKey('e3', 'ch', 'rm', { label: 'criticises', predicate: 'criticise', confidence: 0.2 });
  return g;
}

describe('scoring rules', () => {
  it('normalises names as scoring.md says', () => {
    expect(normaliseName("The Force's")).toBe('force');
    expect(normaliseName('Pakistani-heritage  Men')).toBe('pakistani heritage men');
    expect(normaliseName('Café')).toBe('cafe');
  });

  it('matches nodes by label, alias or boundary, and counts unmerged duplicates as fragments', () => {
    const score = scoreGraph(graph(), gold);
    expect(score.requiredEntities).toBe(4);
    expect(score.foundEntities).toBe(3);
    expect(score.missedEntities).toEqual(['Rotherham']);
    expect(score.fragments).toBe(1);
    // Correct: SYP, Harwin (boundary match), RMCFA primary; wrong: the fragment, BBC (excluded), "He".
    expect(score.judgedNodes).toBe(6);
    expect(score.correctNodes).toBe(3);
  });

  it('takes "US" for the country it names, though "us" is a pronoun', () => {
    const withUs: GoldFile = { ...gold, entities: [...gold.entities, { id: 'us', name: 'US', type: 'LOCATION', aliases: ['us'] }] };
    const g = graph();
    g.addNode('usa', { label: 'United States', entityType: 'LOCATION', aliases: ['US', 'us'], mentions: 2 });
    const score = scoreGraph(g, withUs);
    expect(score.requiredEntities).toBe(5);
    expect(score.missedEntities).toEqual(['Rotherham']);
  });

  it('needs the gold predicate words in strict recall, any edge in lenient recall', () => {
    const score = scoreGraph(graph(), gold);
    expect(score.strictRelations).toBe(2);
    expect(score.lenientRelations).toBe(2);
    expect(score.missedRelations).toEqual(['South Yorkshire Police -[seek talks]-> Rotherham']);
  });

  it('judges only edges between gold entities, and orders by confidence', () => {
    const figures = summarise([scoreGraph(graph(), gold)]);
    expect(figures.relationPrecision).toBeCloseTo(2 / 3);
    expect(figures.topHalfPrecision).toBe(1);
    expect(figures.bottomHalfPrecision).toBe(0);
  });
});
