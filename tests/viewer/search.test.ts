import { describe, expect, it } from 'vitest';
import { buildSearchIndex, fold, matchingNodes, searchEntities, searchRelations } from '../../viewer/src/search/utils';
import { loadSample } from './load-sample';

const graph = loadSample();
const index = buildSearchIndex(graph);
const labels = (query: string) => searchEntities(index, query).map((hit) => hit.label);

describe('entity search', () => {
  it('suggests an entity as soon as the first letters of its name are typed', () => {
    expect(labels('jas')[0]).toBe('Jason Harwin');
    expect(labels('harw')).toEqual(['Jason Harwin']);
  });

  it('finds an entity by an alias and says which alias matched', () => {
    const [hit] = searchEntities(index, 'rmcfa');
    expect(hit.label).toBe('Rotherham Muslim Community Forum Alliance');
    expect(hit.via).toBe('RMCFA');
  });

  it('ranks the exact name above longer names that contain it', () => {
    expect(labels('rotherham')[0]).toBe('Rotherham');
    expect(labels('rotherham')).toContain('Rotherham Muslim Community Forum Alliance');
  });

  it('ignores case, accents and punctuation', () => {
    expect(fold('  São-Paulo’s ')).toBe('sao paulo s');
    expect(labels('SOUTH yorkshire')).toEqual(['South Yorkshire Police']);
    expect(labels("rotherham's muslim")[0]).toBe("Rotherham's Muslim community");
  });

  it('suggests nothing for an empty query and for text no entity has', () => {
    expect(searchEntities(index, '   ')).toEqual([]);
    expect(searchEntities(index, 'zebra')).toEqual([]);
  });

  it('highlights every matching node, not just the suggested few', () => {
    expect(matchingNodes(index, 'muslim')).toEqual(
      new Set(['rmcfa', 'british-muslim-youth', 'muslim-community']),
    );
  });
});

describe('relation search', () => {
  it('finds relations by their wording and phrases them as sentences', () => {
    const texts = searchRelations(graph, index, 'boycott').map((hit) => hit.text);
    expect(texts).toContain('Rotherham Muslim Community Forum Alliance boycotts South Yorkshire Police');
    expect(texts).toContain('British Muslim Youth announces the boycott for Rotherham Muslim Community Forum Alliance');
  });

  it('waits for two letters before searching relations', () => {
    expect(searchRelations(graph, index, 'b')).toEqual([]);
  });
});
