import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type Graph from 'graphology-types';
import { round, seedPosition } from './seed';

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default scaled to the graph size (see `iterationsFor`). */
  iterations?: number;
}

/** Node positions by node key. */
export type Positions = Record<string, { x: number; y: number }>;

/** Above this many nodes ForceAtlas2 uses the Barnes-Hut approximation (n log n instead of n²). */
const BARNES_HUT_FROM = 500;

/** Noverlap passes: measured on random graphs, overlaps stop falling noticeably after ~100. */
const NOVERLAP_ITERATIONS = 100;

/**
 * Iterations to run: small graphs settle slowly in relative terms and cost little, big ones cost
 * n log n per step, so the count falls with size (~950 for 10 nodes, 300 for 100, 100 from 900 on).
 */
export function iterationsFor(order: number): number {
  return Math.round(Math.min(1000, Math.max(100, 3000 / Math.sqrt(Math.max(order, 1)))));
}

/**
 * Computes node positions without touching the graph: seeded start positions (a hash of each node
 * key), ForceAtlas2 with inferred settings, then noverlap so that nodes of their `size` do not overlap.
 * Deterministic: the same graph gives the same positions, whatever its current x/y.
 */
export function computeLayout(graph: Graph, options: LayoutOptions = {}): Positions {
  const work = new MultiDirectedGraph();
  graph.forEachNode((node, attributes) => {
    work.addNode(node, { ...seedPosition(node), size: numberOr(attributes.size, 1) });
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    work.addDirectedEdge(source, target, { weight: numberOr(attributes.weight, 1) });
  });

  const seeds = snapshot(work);
  if (work.order > 1) {
    forceAtlas2.assign(work, {
      iterations: options.iterations ?? iterationsFor(work.order),
      settings: { ...forceAtlas2.inferSettings(work), barnesHutOptimize: work.order > BARNES_HUT_FROM },
      getEdgeWeight: 'weight',
    });
    // noverlap's default 20×20 grid makes big graphs quadratic; keep cells at ~1 node each on average.
    noverlap.assign(work, {
      maxIterations: NOVERLAP_ITERATIONS,
      settings: { gridSize: Math.max(20, Math.round(Math.sqrt(work.order))) },
    });
  }
  const positions = snapshot(work);
  // A degenerate step (coincident nodes, extreme weights) can yield NaN; seeds are better than nothing.
  const finite = Object.values(positions).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  return finite ? positions : seeds;
}

/** Computes the layout and writes `x`/`y` onto the graph's nodes. */
export function layoutGraph(graph: Graph, options: LayoutOptions = {}): void {
  const positions = computeLayout(graph, options);
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...positions[node] }), {
    attributes: ['x', 'y'],
  });
}

function snapshot(graph: Graph): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, { x, y }) => {
    positions[node] = { x: round(x), y: round(y) };
  });
  return positions;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
