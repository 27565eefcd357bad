import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph';
import { readArticle } from '../../src/input/article';
import { loadModels } from '../../src/models';
import { extract } from '../../src/pipeline';

/**
 * The bundled sample article through the whole extractor with the shipped models: the facts a reader
 * takes from it must be in the graph, and page furniture must not.
 */
describe('sample article', () => {
  const file = path.resolve(import.meta.dirname, '../../examples/rotherham-boycott.txt');
  const extraction = extract({ id: 'rotherham-boycott', ...readArticle(readFileSync(file, 'utf8'), 'txt') }, loadModels());
  const graph = buildGraph([extraction], { version: 'test' });
  const nodes = new Map(graph.mapNodes((key, attributes) => [attributes.label as string, { key, ...attributes }]));
  const edges = graph.mapEdges((_, attributes, source, target) => ({
    from: graph.getNodeAttribute(source, 'label') as string,
    to: graph.getNodeAttribute(target, 'label') as string,
    label: attributes.label as string,
    relation: attributes.relation as string,
  }));
  const between = (from: string, to: string) => edges.filter((edge) => edge.from === from && edge.to === to);

  it('finds the people, organisations and places, each once, with the fullest name as label', () => {
    for (const [label, type] of [
      ['South Yorkshire Police', 'ORGANIZATION'],
      ['Rotherham Muslim Community Forum Alliance', 'ORGANIZATION'],
      ['British Muslim Youth', 'ORGANIZATION'],
      ['Jason Harwin', 'PERSON'],
      ['Sarah Champion', 'PERSON'],
      ['Vakas Hussain', 'PERSON'],
      ['Rotherham', 'LOCATION'],
    ]) {
      expect(nodes.get(label)?.entityType, label).toBe(type);
    }
    expect(nodes.get('Rotherham Muslim Community Forum Alliance')?.aliases).toContain('RMCFA');
    expect(nodes.has('RMCFA')).toBe(false);
    expect(nodes.get('Jason Harwin')?.description).toMatch(/Chief Superintendent/);
  });

  it('keeps page furniture out: no BBC node, no photo-credit names', () => {
    const labels = [...nodes.keys()].join('|');
    expect(labels).not.toMatch(/BBC|Related Internet Links|copyright/i);
  });

  it('draws the key relations with their evidence', () => {
    expect(between('Rotherham Muslim Community Forum Alliance', 'South Yorkshire Police').map((edge) => edge.label)).toEqual(
      expect.arrayContaining([expect.stringMatching(/cut.*lines of engagement/), 'accuses']),
    );
    expect(between('Jason Harwin', 'South Yorkshire Police').map((edge) => edge.relation)).toContain('works_for');
    expect(between('Vakas Hussain', 'British Muslim Youth').map((edge) => edge.relation)).toContain('member_of');
    expect(between('Sarah Champion', 'Rotherham').map((edge) => edge.relation)).toContain('represents');
    for (const relation of extraction.relations) {
      const sentence = extraction.sentences[relation.evidence[0].sentence];
      expect(extraction.text.slice(relation.evidence[0].start, relation.evidence[0].end)).toBe(extraction.text.slice(sentence.start, sentence.end));
    }
  });
});
