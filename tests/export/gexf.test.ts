import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { rgbOf, toGexf } from '../../src/export/gexf';
import { exportableGraph, XML_FORBIDDEN } from './graphs';

const LISTS = new Set(['aliases', 'sources']);

function declaredTypes(xml: string, kind: 'node' | 'edge'): Record<string, string> {
  const block = xml.split(`<attributes class="${kind}">`)[1].split('</attributes>')[0];
  return Object.fromEntries([...block.matchAll(/<attribute id="([^"]+)" title="[^"]+" type="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
}

describe('toGexf', () => {
  const graph = exportableGraph();
  const xml = toGexf(graph);

  it('writes GEXF 1.3 with the 1.3 namespaces, so NetworkX and Gephi keep the viz data', () => {
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).not.toContain('1.1draft');
    expect(xml).toContain('<creator>newsgraph 1.2.3</creator>');
    expect(xml).toContain(
      '<description>3 documents: Ferry operator cuts winter sailings · Islanders march against ferry cuts · Tom &amp; Jerry &lt;b&gt;Ltd&lt;/b&gt; "quoted"</description>',
    );
  });

  it('writes the same bytes for the same extractions, layout included', () => {
    expect(toGexf(exportableGraph())).toBe(xml);
  });

  it('writes colours as r, g, b without alpha, matching the palette', () => {
    const colours = [...xml.matchAll(/<viz:color ([^/]*)\/>/g)].map((m) => m[1]);
    expect(colours).toHaveLength(graph.order);
    for (const colour of colours) expect(colour).toMatch(/^r="\d+" g="\d+" b="\d+"$/);
    expect(xml).toContain('<viz:color r="0" g="114" b="178"/>');
  });

  it('declares the contract types, even when every confidence is a whole number', () => {
    const onlyWhole = exportableGraph();
    onlyWhole.updateEachEdgeAttributes((_e, a) => ({ ...a, confidence: 1 }));
    const whole = toGexf(onlyWhole);

    expect(declaredTypes(whole, 'node')).toEqual({
      entityType: 'string',
      aliases: 'liststring',
      mentions: 'integer',
      description: 'string',
      sources: 'liststring',
      spans: 'string',
    });
    expect(declaredTypes(whole, 'edge')).toEqual({
      predicate: 'string',
      relation: 'string',
      evidence: 'string',
      confidence: 'double',
      sources: 'liststring',
      spans: 'string',
    });
    expect(xml).toMatch(/<edge id="organization:harbour-line-ferries->cut-winter-timetable-to->location:orkney" [^>]*weight="2"/);
  });

  it('reads back (graphology-gexf, as Gephi Lite does) with the same nodes, edges and attributes', () => {
    const back = parse(MultiDirectedGraph, xml);

    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.edges()).toEqual(graph.edges());
    graph.forEachNode((node, expected) => {
      const actual = back.getNodeAttributes(node);
      for (const [name, value] of Object.entries(expected)) {
        if (name === 'color') expect(rgbOf(actual.color), node).toEqual(rgbOf(value));
        else if (name === 'description') expect(actual.description ?? '', node).toBe(value.replace(XML_FORBIDDEN, ''));
        else if (LISTS.has(name)) expect(actual[name], `${node} ${name}`).toEqual(value.map((v: string) => v.replace('|', '/')));
        else expect(actual[name], `${node} ${name}`).toEqual(value);
      }
    });
    graph.forEachEdge((edge, expected, source, target) => {
      expect(back.extremities(edge)).toEqual([source, target]);
      expect(back.getEdgeAttributes(edge)).toEqual(expected);
    });
  });

  it('keeps hostile article text intact or safely escaped', () => {
    const back = parse(MultiDirectedGraph, xml);

    expect(xml).not.toMatch(XML_FORBIDDEN);
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<script');
    expect(back.getNodeAttribute('other:img-src-x-onerror-alert-1', 'label')).toBe('<img src=x onerror=alert(1)>');
    expect(back.getNodeAttribute('organization:acme-corp', 'label')).toBe('Acme|Corp');
    expect(back.getNodeAttribute('organization:acme-corp', 'aliases')).toEqual(['Acme, Inc.', 'AC/ME', 'back\\slash "Acme"']);
    expect(back.getNodeAttribute('location:washington-d-c', 'aliases')).toEqual(['[Washington]']);
    expect(back.getNodeAttribute('person:ann-o-brien', 'description')).toBe(
      'the "boss" of O\'Brien & Sons  <script>alert(1)</script>',
    );
    expect(back.getEdgeAttribute('person:ann-o-brien->be-boss-of->organization:o-brien-sons', 'label')).toBe('is "boss" of');
  });
});
