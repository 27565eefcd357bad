import Graph, { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/export/json';
import { exportableGraph } from './graphs';

describe('toJson', () => {
  it('restores with Graph.from to the same graph, multi and directed', () => {
    const graph = exportableGraph();
    const back = Graph.from(JSON.parse(toJson(graph)));

    expect(back.type).toBe('directed');
    expect(back.multi).toBe(true);
    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.edges()).toEqual(graph.edges());
    expect(back.export()).toEqual(graph.export());
    expect(back.getNodeAttribute('other:img-src-x-onerror-alert-1', 'label')).toBe('<img src=x onerror=alert(1)>');
    expect(back.getAttribute('documents')[2].title).toBe('Tom & Jerry <b>Ltd</b> "quoted" \u0001');
  });

  it('writes the same bytes for the same graph, whatever order attributes were set in', () => {
    const a = new MultiDirectedGraph();
    a.addNode('person:ann', { label: 'Ann', entityType: 'PERSON', mentions: 2 });
    const b = new MultiDirectedGraph();
    b.addNode('person:ann', { mentions: 2, entityType: 'PERSON', label: 'Ann' });

    expect(toJson(b)).toBe(toJson(a));
    expect(toJson(exportableGraph())).toBe(toJson(exportableGraph()));
    expect(toJson(a)).toContain('\n  "attributes": {}');
  });
});
