import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/export/graphml';
import { exportableGraph, XML_FORBIDDEN } from './graphs';

/** Reads a GraphML file into plain records (declared keys, each element's data by key name); fails on any parse complaint. */
function readGraphml(xml: string) {
  const fail = (message: string) => {
    throw new Error(message);
  };
  const doc = new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(xml, 'text/xml');
  const all = (parent: { getElementsByTagName(name: string): ArrayLike<Element> }, name: string) => Array.from(parent.getElementsByTagName(name));
  const keys = new Map(
    all(doc, 'key').map((k) => [k.getAttribute('id'), { domain: k.getAttribute('for'), name: k.getAttribute('attr.name'), type: k.getAttribute('attr.type') }]),
  );
  const dataOf = (element: Element) =>
    Object.fromEntries(
      Array.from(element.childNodes)
        .filter((c): c is Element => c.nodeName === 'data')
        .map((d) => [keys.get(d.getAttribute('key'))?.name, d.textContent]),
    );
  const graph = all(doc, 'graph')[0];
  return {
    keys: [...keys.values()],
    graph: dataOf(graph),
    edgedefault: graph.getAttribute('edgedefault'),
    nodes: new Map(all(doc, 'node').map((n) => [n.getAttribute('id'), dataOf(n)])),
    edges: all(doc, 'edge').map((e) => ({ id: e.getAttribute('id'), source: e.getAttribute('source'), target: e.getAttribute('target'), data: dataOf(e) })),
  };
}

describe('toGraphml', () => {
  const graph = exportableGraph();
  const xml = toGraphml(graph);
  const file = readGraphml(xml);

  it('declares one typed key per graph, node and edge attribute', () => {
    const typeOf = (domain: string, name: string) => file.keys.find((k) => k.domain === domain && k.name === name)?.type;

    expect(file.edgedefault).toBe('directed');
    expect(typeOf('graph', 'documents')).toBe('string');
    expect(typeOf('node', 'mentions')).toBe('int');
    expect(typeOf('node', 'aliases')).toBe('string');
    expect(typeOf('node', 'x')).toBe('double');
    expect(typeOf('node', 'size')).toBe('double');
    expect(typeOf('edge', 'confidence')).toBe('double');
    expect(typeOf('edge', 'weight')).toBe('int');
    expect(file.keys.filter((k) => k.domain === 'node').map((k) => k.name).sort()).toEqual(
      ['aliases', 'color', 'description', 'entityType', 'label', 'mentions', 'size', 'sources', 'spans', 'x', 'y'],
    );
  });

  it('carries every node and edge with its attributes, lists joined by "|"', () => {
    expect([...file.nodes.keys()]).toEqual(graph.nodes());
    expect(file.edges.map((e) => e.id)).toEqual(graph.edges());
    const muir = file.nodes.get('person:elaine-muir');
    expect(muir).toMatchObject({ label: 'Elaine Muir', entityType: 'PERSON', aliases: 'Ms Muir', sources: 'ferry-cuts|island-protest', mentions: '4' });
    const edge = file.edges.find((e) => e.id === 'organization:harbour-line-ferries->cut-winter-timetable-to->location:orkney');
    expect(edge).toMatchObject({ source: 'organization:harbour-line-ferries', target: 'location:orkney' });
    expect(edge?.data.evidence).toBe(graph.getEdgeAttribute(edge?.id ?? '', 'evidence'));
    expect(JSON.parse(file.graph.documents ?? '[]')).toEqual(graph.getAttribute('documents'));
  });

  it('escapes hostile article text and strips what XML forbids', () => {
    expect(xml).not.toMatch(XML_FORBIDDEN);
    expect(xml).not.toContain('<img');
    expect(file.nodes.get('other:img-src-x-onerror-alert-1')?.label).toBe('<img src=x onerror=alert(1)>');
    expect(file.nodes.get('organization:acme-corp')).toMatchObject({ label: 'Acme|Corp', aliases: 'Acme, Inc.|AC/ME|back\\slash "Acme"' });
    expect(file.nodes.get('person:ann-o-brien')?.description).toBe('the "boss" of O\'Brien & Sons  <script>alert(1)</script>');
  });
});
