import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph';
import { computeLayout, layoutGraph, type Positions } from '../../src/layout';
import { ferryStories } from '../fixtures/extractions/load';

const storiesGraph = () => buildGraph(ferryStories(), { version: 'test' });

function distance(positions: Positions, a: string, b: string): number {
  return Math.hypot(positions[a].x - positions[b].x, positions[a].y - positions[b].y);
}

describe('computeLayout', () => {
  it('gives the same positions on every run, whatever positions the graph had before', () => {
    const first = computeLayout(storiesGraph());
    const moved = storiesGraph();
    moved.updateEachNodeAttributes((_n, a) => ({ ...a, x: 1234, y: -99 }));

    expect(computeLayout(storiesGraph())).toEqual(first);
    expect(computeLayout(moved)).toEqual(first);
  });

  it('leaves the graph untouched; layoutGraph writes the positions', () => {
    const graph = storiesGraph();
    const before = graph.mapNodes((_n, a) => [a.x, a.y]);
    const positions = computeLayout(graph);
    expect(graph.mapNodes((_n, a) => [a.x, a.y])).toEqual(before);

    layoutGraph(graph);
    graph.forEachNode((node, { x, y }) => expect({ x, y }).toEqual(positions[node]));
  });

  it('spreads nodes out with finite coordinates and draws linked nodes closer than unlinked ones', () => {
    const graph = storiesGraph();
    const positions = computeLayout(graph);
    const nodes = graph.nodes();

    for (const node of nodes) expect(Number.isFinite(positions[node].x) && Number.isFinite(positions[node].y)).toBe(true);
    expect(new Set(nodes.map((n) => `${positions[n].x},${positions[n].y}`)).size).toBe(nodes.length);

    const linked = graph.mapEdges((_e, _a, source, target) => distance(positions, source, target));
    const unlinked = nodes.flatMap((a, i) => nodes.slice(i + 1).filter((b) => !graph.areNeighbors(a, b)).map((b) => distance(positions, a, b)));
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean(linked)).toBeLessThan(mean(unlinked));
  });

  it('copes with an empty graph, a single node and isolated nodes', () => {
    expect(computeLayout(new MultiDirectedGraph())).toEqual({});
    const graph = new MultiDirectedGraph();
    graph.addNode('only', { size: 10 });
    const single = computeLayout(graph);
    expect(Number.isFinite(single.only.x) && Number.isFinite(single.only.y)).toBe(true);

    graph.addNode('other', { size: 10 });
    const pair = computeLayout(graph);
    expect(distance(pair, 'only', 'other')).toBeGreaterThan(0);
  });
});
