import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extraction';
import { buildGraph, ENTITY_COLORS, type NewsGraph, type Span } from '../../src/graph';
import { ferryStories, loadExtraction } from '../fixtures/extractions/load';

const build = (extractions: Extraction[]) => buildGraph(extractions, { version: '9.9.9' });

function spansOf(json: string): Span[] {
  return JSON.parse(json) as Span[];
}

function displayed(graph: NewsGraph, [docId, start, end]: Span): string {
  const doc = graph.getAttribute('documents').find((d) => d.id === docId);
  if (!doc) throw new Error(`no document ${docId}`);
  return doc.text.slice(start, end);
}

describe('buildGraph', () => {
  it('merges an entity named the same way in two articles into one node listing both', () => {
    const graph = build(ferryStories());

    const ferries = graph.filterNodes((_n, a) => a.label === 'Harbour Line Ferries');
    expect(ferries).toEqual(['organization:harbour-line-ferries']);
    const attributes = graph.getNodeAttributes('organization:harbour-line-ferries');
    expect(attributes.sources).toEqual(['ferry-cuts', 'island-protest']);
    expect(attributes.mentions).toBe(6);
    expect(attributes.aliases).toEqual(['the company', 'the operator']);
    expect(graph.getNodeAttribute('location:orkney', 'sources')).toEqual(['ferry-cuts', 'island-protest']);
  });

  it('merges a short form used as a label in one article with the full name whose alias it is', () => {
    const graph = build(ferryStories());

    expect(graph.filterNodes((_n, a) => a.label === 'Ms Muir')).toEqual([]);
    const muir = graph.getNodeAttributes('person:elaine-muir');
    expect(muir.aliases).toEqual(['Ms Muir']);
    expect(muir.sources).toEqual(['ferry-cuts', 'island-protest']);
    expect(muir.mentions).toBe(4);
    expect(muir.description).toBe('Managing director, Harbour Line Ferries');
  });

  it('keeps entities apart when their types disagree or an alias names two of a kind', () => {
    const doc = (id: string, entities: Extraction['entities']): Extraction => ({
      id, title: id, text: '', dropped: [], sentences: [], mentions: [], relations: [], entities,
    });
    const entity = (id: string, label: string, entityType: Extraction['entities'][0]['entityType'], aliases: string[] = []) => ({
      id, label, entityType, aliases, mentions: 1, description: '',
    });
    const graph = build([
      doc('a', [entity('1', 'Jordan', 'PERSON'), entity('2', 'John Smith', 'PERSON', ['Smith']), entity('3', 'Apple', 'ORGANIZATION')]),
      doc('b', [entity('1', 'Jordan', 'LOCATION'), entity('2', 'Jane Smith', 'PERSON', ['Smith']), entity('3', 'Apple', 'OTHER')]),
      doc('c', [entity('1', 'Smith', 'PERSON'), entity('2', 'George Washington', 'PERSON', ['Washington'])]),
      doc('d', [entity('1', 'Washington, D.C.', 'LOCATION', ['Washington'])]),
      doc('e', [entity('1', 'Washington', 'LOCATION')]),
    ]);

    expect(graph.nodes()).toEqual([
      'location:jordan',
      'location:washington-d-c',
      'organization:apple',
      'person:george-washington',
      'person:jane-smith',
      'person:john-smith',
      'person:jordan',
      'person:smith',
    ]);
    expect(graph.getNodeAttribute('organization:apple', 'sources')).toEqual(['a', 'b']);
    expect(graph.getNodeAttribute('location:washington-d-c', 'aliases')).toEqual(['Washington']);
    expect(graph.getNodeAttribute('location:washington-d-c', 'sources')).toEqual(['d', 'e']);
  });

  it('draws no DATE or QUANTITY node and drops the relations that touch one', () => {
    const graph = build(ferryStories());

    const types = new Set(graph.mapNodes((_n, a) => a.entityType));
    expect(types.has('DATE') || types.has('QUANTITY')).toBe(false);
    expect(graph.filterNodes((_n, a) => ['Tuesday', '40%', 'April'].includes(a.label))).toEqual([]);
    expect(graph.filterEdges((_e, a) => a.predicate === 'announce on' || a.predicate === 'march on')).toEqual([]);
  });

  it('makes one edge of the same statement in two articles, with both sentences as evidence', () => {
    const graph = build(ferryStories());

    const key = 'organization:harbour-line-ferries->cut-winter-timetable-to->location:orkney';
    const edge = graph.getEdgeAttributes(key);
    expect(edge.weight).toBe(2);
    expect(edge.sources).toEqual(['ferry-cuts', 'island-protest']);
    expect(edge.evidence.split('\n')).toEqual([
      'Harbour Line Ferries will cut its winter timetable to Orkney, the company said on Tuesday.',
      'Harbour Line Ferries is cutting its winter timetable to Orkney from November.',
    ]);
    expect(edge.confidence).toBeCloseTo(1 - 0.3 * 0.4, 6);
    expect(spansOf(edge.spans).map((span) => displayed(graph, span))).toEqual(edge.evidence.split('\n'));
  });

  it('keeps parallel edges between the same pair apart, one per predicate', () => {
    const graph = build(ferryStories());

    const edges = graph.edges('person:callum-rendall', 'organization:scottish-government');
    expect(edges.map((e) => graph.getEdgeAttribute(e, 'label')).sort()).toEqual(['criticised', 'urged']);
    expect(new Set(edges).size).toBe(2);
  });

  it('points every mention span at the mention text in the display text, page furniture removed', () => {
    const stories = ferryStories();
    const graph = build(stories);

    const documents = graph.getAttribute('documents');
    expect(documents.map((d) => d.id)).toEqual(['ferry-cuts', 'island-protest']);
    for (const furniture of ['Share this page', 'Image copyright PA', 'Related links']) {
      expect(documents.some((d) => d.text.includes(furniture))).toBe(false);
    }
    expect(spansOf(graph.getNodeAttribute('person:elaine-muir', 'spans')).map((s) => displayed(graph, s))).toEqual([
      'Elaine Muir',
      'she',
      'Ms Muir',
      'Ms Muir',
    ]);
    graph.forEachNode((node, attributes) => {
      const spans = spansOf(attributes.spans);
      expect(spans.length, node).toBeGreaterThan(0);
      for (const span of spans) {
        const doc = stories.find((s) => s.id === span[0]);
        const texts = doc?.mentions.map((m) => m.text) ?? [];
        expect(texts, `${node} ${JSON.stringify(span)}`).toContain(displayed(graph, span));
      }
    });
  });

  it('gives the contract attributes: entityType, palette colour, a size by importance', () => {
    const graph = build(ferryStories());

    graph.forEachNode((node, attributes) => {
      expect(attributes).not.toHaveProperty('type');
      expect(attributes.color, node).toBe(ENTITY_COLORS[attributes.entityType]);
      expect(attributes.size).toBeGreaterThanOrEqual(4);
      expect(attributes.size).toBeLessThanOrEqual(20);
      expect(Number.isFinite(attributes.x) && Number.isFinite(attributes.y)).toBe(true);
    });
    const sizes = graph.mapNodes((_n, a) => a.size);
    expect(graph.getNodeAttribute('organization:harbour-line-ferries', 'size')).toBe(Math.max(...sizes));
    expect(graph.getNodeAttribute('location:kirkwall', 'size')).toBeLessThan(
      graph.getNodeAttribute('organization:scottish-government', 'size'),
    );
    expect(graph.getAttributes()).toMatchObject({ generator: 'newsgraph', version: '9.9.9' });
  });

  it('never lists a pronoun or the label itself among the aliases', () => {
    const story = loadExtraction('ferry-cuts');
    const muir = story.entities.find((e) => e.label === 'Elaine Muir');
    muir?.aliases.push('she', 'ELAINE MUIR', 'ms muir', 'Elaine  Muir');
    const graph = build([story]);

    expect(graph.getNodeAttribute('person:elaine-muir', 'aliases')).toEqual(['Ms Muir']);
  });

  it('gives the same ids, order and attributes for the same input', () => {
    const first = build(ferryStories());
    const second = build(ferryStories());

    expect(second.export()).toEqual(first.export());
    expect(first.nodes()).toContain('person:callum-rendall');
  });

  it('refuses two documents with the same id, since spans could not tell them apart', () => {
    expect(() => build([loadExtraction('ferry-cuts'), loadExtraction('ferry-cuts')])).toThrow(/ferry-cuts/);
  });
});
