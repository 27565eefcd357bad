import { describe, expect, it } from 'vitest';
import { evidenceRanges, indexMentions, segmentText } from '../../viewer/src/source/utils';
import { loadSample } from './load-sample';

const graph = loadSample();
const doc = graph.getAttribute('documents')[0];
const mentions = indexMentions(graph);

describe('source text', () => {
  it('indexes every mention of every entity in its document, in reading order', () => {
    const list = mentions.get(doc.id) ?? [];
    const total = graph.reduceNodes((sum, _node, attributes) => sum + attributes.mentions, 0);
    expect(list).toHaveLength(total);
    expect(list.every((m, i) => i === 0 || m.start >= list[i - 1].end)).toBe(true);
    const harwin = list.filter((m) => m.node === 'jason-harwin').map((m) => doc.text.slice(m.start, m.end));
    expect(harwin).toEqual(['Ch Supt Jason Harwin', 'Ch Supt Harwin', 'Ch Supt Jason Harwin', 'He']);
  });

  it('keeps the longer of two overlapping mentions', () => {
    const text = 'Rotherham Muslim Community Forum Alliance met.';
    const index = indexMentions(
      loadSampleWithSpans([
        ['rmcfa', [['d', 0, 41]]],
        ['rotherham', [['d', 0, 9]]],
      ]),
    );
    expect(index.get('d')).toEqual([{ start: 0, end: 41, node: 'rmcfa' }]);
    expect(segmentText(text, index.get('d') ?? [], []).map((s) => s.text)).toEqual([text.slice(0, 41), ' met.']);
  });

  it('cuts the text so the evidence sentence and the mentions inside it can both be marked', () => {
    const edge = 'rmcfa->south-yorkshire-police:boycott';
    const evidence = evidenceRanges(graph, edge, doc.id);
    expect(evidence).toHaveLength(1);
    const segments = segmentText(doc.text, mentions.get(doc.id) ?? [], evidence);
    expect(segments.map((s) => s.text).join('')).toBe(doc.text);
    const marked = segments.filter((s) => s.evidence);
    expect(marked.map((s) => s.text).join('')).toBe(graph.getEdgeAttribute(edge, 'evidence'));
    expect(marked.filter((s) => s.node === 'south-yorkshire-police').map((s) => s.text)).toEqual(['South Yorkshire Police']);
    expect(marked.filter((s) => s.node === 'rmcfa').map((s) => s.text)).toEqual([
      'Rotherham Muslim Community Forum Alliance',
      'RMCFA',
      'it',
    ]);
  });

  it('clips ranges that run past the end of the text instead of throwing', () => {
    const segments = segmentText('short', [{ start: 2, end: 50, node: 'x' }], [[0, 99]]);
    expect(segments.map((s) => [s.text, s.node, s.evidence])).toEqual([
      ['sh', null, true],
      ['ort', 'x', true],
    ]);
  });

  it('has no evidence to mark when no edge is selected or it is from another document', () => {
    expect(evidenceRanges(graph, null, doc.id)).toEqual([]);
    expect(evidenceRanges(graph, 'rmcfa->south-yorkshire-police:boycott', 'other-doc')).toEqual([]);
  });
});

function loadSampleWithSpans(spans: Array<[string, Array<[string, number, number]>]>) {
  const graph = loadSample().copy();
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'spans', '[]'));
  for (const [node, list] of spans) graph.setNodeAttribute(node, 'spans', JSON.stringify(list));
  return graph;
}
