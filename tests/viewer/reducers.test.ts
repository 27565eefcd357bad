import { describe, expect, it } from 'vitest';
import { ENTITY_COLORS } from '../../src/graph/palette';
import { parallelCurvatures } from '../../viewer/src/render/curvature';
import { computeFocus } from '../../viewer/src/render/focus';
import {
  CURVED_EDGE_PROGRAM,
  FADED_NODE_COLOR,
  STRAIGHT_EDGE_PROGRAM,
  reduceEdge,
  reduceNode,
  type ReducerContext,
} from '../../viewer/src/render/reducers';
import { createSizeScale, MAX_NODE_PIXELS, maxNodePixels, MIN_NODE_PIXELS } from '../../viewer/src/render/size-scale';
import { buildSearchIndex, matchingNodes } from '../../viewer/src/search/utils';
import { INITIAL_STATE, type UiState } from '../../viewer/src/state/types';
import { loadSample } from './load-sample';

const graph = loadSample();
const index = buildSearchIndex(graph);
const BOYCOTT = 'rmcfa->south-yorkshire-police:boycott';
const ACCUSE = 'rmcfa->south-yorkshire-police:accuse';
const REVERSE = 'south-yorkshire-police->rmcfa:seek-talks-with';

function context(patch: Partial<UiState> = {}): ReducerContext {
  const state = { ...INITIAL_STATE, ...patch };
  return {
    graph,
    state,
    focus: computeFocus(graph, state),
    searchMatches: matchingNodes(index, state.searchQuery),
    nodePixels: createSizeScale(graph),
    curvatures: parallelCurvatures(graph),
  };
}
const node = (ctx: ReducerContext, key: string) => reduceNode(ctx, key, graph.getNodeAttributes(key));
const edge = (ctx: ReducerContext, key: string) => reduceEdge(ctx, key, graph.getEdgeAttributes(key));

describe('node reducer', () => {
  it('colours nodes by entity type from the shared palette and shows them all at first', () => {
    const ctx = context();
    expect(node(ctx, 'jason-harwin')).toMatchObject({ color: ENTITY_COLORS.PERSON, hidden: false, label: 'Jason Harwin' });
    expect(node(ctx, 'rotherham').color).toBe(ENTITY_COLORS.LOCATION);
  });

  it('sizes the most mentioned entity largest, within screen bounds', () => {
    const ctx = context();
    const sizes = graph.mapNodes((key) => node(ctx, key).size as number);
    expect(Math.max(...sizes)).toBe(node(ctx, 'south-yorkshire-police').size);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_NODE_PIXELS);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_NODE_PIXELS);
    // A dozen nodes get room to show importance; ten thousand get small dots that do not pile up.
    expect(Math.max(...sizes) / Math.min(...sizes)).toBeGreaterThan(3);
    expect(maxNodePixels(10_000)).toBeLessThan(maxNodePixels(12) / 3);
  });

  it('hides the types the legend hides and entities under the mentions threshold', () => {
    const ctx = context({ hiddenTypes: new Set(['PERSON']), minMentions: 2 });
    expect(node(ctx, 'jason-harwin').hidden).toBe(true);
    expect(node(ctx, 'unity-centre').hidden).toBe(true);
    expect(node(ctx, 'rotherham').hidden).toBe(false);
  });

  it('fades everything outside the hovered node and its neighbours', () => {
    const ctx = context({ hoveredNode: 'jason-harwin' });
    expect(node(ctx, 'jason-harwin')).toMatchObject({ forceLabel: true, color: ENTITY_COLORS.PERSON });
    expect(node(ctx, 'south-yorkshire-police').color).toBe(ENTITY_COLORS.ORGANIZATION);
    expect(node(ctx, 'unity-centre')).toMatchObject({ color: FADED_NODE_COLOR, label: null });
  });

  it('lets hovering take over from the selection, and falls back to it', () => {
    const selected = context({ selectedNode: 'unity-centre' });
    expect(node(selected, 'unity-centre')).toMatchObject({ highlighted: true });
    expect(node(selected, 'jason-harwin').color).toBe(FADED_NODE_COLOR);
    const hovering = context({ selectedNode: 'unity-centre', hoveredNode: 'jason-harwin' });
    expect(node(hovering, 'jason-harwin').color).toBe(ENTITY_COLORS.PERSON);
  });

  it('highlights search hits while the user types', () => {
    const ctx = context({ searchQuery: 'harw' });
    expect(node(ctx, 'jason-harwin')).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node(ctx, 'rotherham').highlighted).toBeUndefined();
  });
});

describe('edge reducer', () => {
  it('draws lone edges straight and parallel relations as distinct curves', () => {
    const ctx = context();
    expect(edge(ctx, 'jason-harwin->south-yorkshire-police:work-for').type).toBe(STRAIGHT_EDGE_PROGRAM);
    expect([BOYCOTT, ACCUSE, REVERSE].map((key) => edge(ctx, key).type).sort()).toEqual([
      CURVED_EDGE_PROGRAM,
      CURVED_EDGE_PROGRAM,
      STRAIGHT_EDGE_PROGRAM,
    ]);
    // Bend as seen from rmcfa: a curve drawn the other way round bends to the opposite side.
    const bend = (key: string) => {
      const value = edge(ctx, key).curvature ?? 0;
      return graph.source(key) === 'rmcfa' ? value : -value;
    };
    expect(new Set([BOYCOTT, ACCUSE, REVERSE].map(bend)).size).toBe(3);
  });

  it('labels only the edges of the focused node', () => {
    expect(edge(context(), BOYCOTT).label).toBeNull();
    const ctx = context({ selectedNode: 'rmcfa' });
    expect(edge(ctx, BOYCOTT).label).toBe('boycotts');
    expect(edge(ctx, 'jason-harwin->south-yorkshire-police:work-for').label).toBeNull();
  });

  it('hides edges of hidden nodes and of hidden relation types', () => {
    expect(edge(context({ hiddenTypes: new Set(['PERSON']) }), 'jason-harwin->south-yorkshire-police:work-for').hidden).toBe(true);
    const ctx = context({ hiddenRelations: new Set(['member_of']) });
    expect(edge(ctx, 'vakas-hussain->british-muslim-youth:be-member-of').hidden).toBe(true);
    expect(edge(ctx, BOYCOTT).hidden).toBe(false);
  });

  it('hides relations the extractor is less sure of than the minimum confidence, keeping their entities', () => {
    const ctx = context({ minConfidence: 0.6 });
    expect(edge(ctx, 'far-right-demonstrations->jay-report:follow').hidden).toBe(true);
    expect(edge(ctx, 'jay-report->rotherham:report-on').hidden).toBe(false);
    expect(edge(ctx, BOYCOTT).hidden).toBe(false);
    expect(node(ctx, 'far-right-demonstrations').hidden).toBe(false);
    expect(edge(context(), 'far-right-demonstrations->jay-report:follow').hidden).toBe(false);
  });

  it('marks the selected edge and focuses its two ends', () => {
    const ctx = context({ selectedNode: 'rmcfa', selectedEdge: ACCUSE });
    expect(edge(ctx, ACCUSE)).toMatchObject({ label: 'accuses', zIndex: 2 });
    expect(edge(ctx, BOYCOTT).label).toBeNull();
    expect(node(ctx, 'british-muslim-youth').color).toBe(FADED_NODE_COLOR);
  });
});
