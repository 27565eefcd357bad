import Graph from 'graphology';
import { write } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { ENTITY_COLORS } from '../../src/graph/palette';
import { parseGraphText } from '../../viewer/src/file/parse';
import { parseSpans } from '../../viewer/src/graph/spans';
import { fixtureText, loadSample } from './load-sample';

const PLAIN_GEPHI_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="undirected">
    <nodes>
      <node id="0" label="Ada Lovelace"><viz:color r="255" g="0" b="0"/><viz:size value="12"/></node>
      <node id="1" label="Charles Babbage"/>
    </nodes>
    <edges>
      <edge id="e0" source="0" target="1"/>
      <edge id="e1" source="1" target="0" label="worked with"/>
    </edges>
  </graph>
</gexf>`;

describe('parseGraphText', () => {
  it('reads a newsgraph JSON graph with every contract attribute typed', () => {
    const graph = loadSample();
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    const rmcfa = graph.getNodeAttributes('rmcfa');
    expect(rmcfa.label).toBe('Rotherham Muslim Community Forum Alliance');
    expect(rmcfa.aliases).toContain('RMCFA');
    expect(rmcfa.color).toBe(ENTITY_COLORS.ORGANIZATION);
    expect(parseSpans(rmcfa.spans)).toHaveLength(rmcfa.mentions);
    expect(graph.getAttribute('documents')[0].text).toContain('cut all lines of engagement');
  });

  it('reads a plain Gephi GEXF without entity types, positions or documents', () => {
    const { graph, needsLayout } = parseGraphText(PLAIN_GEPHI_GEXF);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttribute('0', 'entityType')).toBe('OTHER');
    expect(graph.getNodeAttribute('0', 'color')).toBe(ENTITY_COLORS.OTHER);
    expect(graph.getNodeAttribute('1', 'mentions')).toBe(1);
    expect(graph.getEdgeAttribute('e1', 'label')).toBe('worked with');
    expect(graph.getAttribute('documents')).toEqual([]);
    expect(needsLayout).toBe(true);
    graph.forEachNode((_node, { x, y }) => expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true));
  });

  it('turns |-joined list attributes from a GEXF back into arrays', () => {
    const source = new Graph({ multi: true, type: 'directed' });
    source.addNode('a', { label: 'A', entityType: 'person', aliases: 'Al|Big A', sources: 'doc-1', x: 1, y: 2, size: 3 });
    source.addNode('b', { label: 'B', entityType: 'ORG', x: 2, y: 1, size: 3 });
    source.addEdgeWithKey('a->b', 'a', 'b', { label: 'runs', relation: 'WORKS_FOR', weight: 2 });
    const { graph, needsLayout } = parseGraphText(write(source, { version: '1.3' }));
    expect(graph.getNodeAttribute('a', 'aliases')).toEqual(['Al', 'Big A']);
    expect(graph.getNodeAttribute('a', 'sources')).toEqual(['doc-1']);
    expect(graph.getNodeAttribute('a', 'entityType')).toBe('PERSON');
    expect(graph.getNodeAttribute('b', 'entityType')).toBe('ORGANIZATION');
    expect(graph.getEdgeAttribute('a->b', 'relation')).toBe('works_for');
    expect(needsLayout).toBe(false);
  });

  it('keeps untrusted markup as plain text', () => {
    const { graph } = parseGraphText(fixtureText('xss.json'));
    expect(graph.getNodeAttribute('xss-person', 'label')).toBe('<img src=x onerror=alert(1)>');
  });

  it('explains what is wrong with a file it cannot read', () => {
    expect(() => parseGraphText('hello')).toThrow(/neither a JSON nor a GEXF/);
    expect(() => parseGraphText('{"nodes": 3}')).toThrow(/no "nodes" list/);
    expect(() => parseGraphText('{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "zz"}]}')).toThrow(
      /could not be read/,
    );
    expect(() => parseGraphText('<html><body>hi</body></html>')).toThrow(/not a GEXF/);
  });

  it('drops malformed spans instead of failing', () => {
    const json = JSON.stringify({
      nodes: [{ key: 'a', attributes: { label: 'A', spans: '[["d", 0, 4], ["d", 9, 2], "junk"]' } }, { key: 'b', attributes: { spans: 'not json' } }],
      edges: [],
    });
    const { graph } = parseGraphText(json);
    expect(parseSpans(graph.getNodeAttribute('a', 'spans'))).toEqual([['d', 0, 4]]);
    expect(graph.getNodeAttribute('b', 'label')).toBe('b');
    expect(graph.getNodeAttribute('b', 'spans')).toBe('[]');
  });
});
