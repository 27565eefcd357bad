import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram, NodeCircleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EntityAttributes, GraphAttributes, RelationAttributes, ViewerGraph } from '../graph/types';
import { matchingNodes, type SearchIndex } from '../search/utils';
import type { Store } from '../state/store';
import type { UiState } from '../state/types';
import { parallelCurvatures } from './curvature';
import { computeFocus } from './focus';
import {
  CURVED_EDGE_PROGRAM,
  NODE_PROGRAM,
  STRAIGHT_EDGE_PROGRAM,
  reduceEdge,
  reduceNode,
  type ReducerContext,
} from './reducers';
import { createSizeScale } from './size-scale';

export type ViewerSigma = Sigma<EntityAttributes, RelationAttributes, GraphAttributes>;

/** Graphs this small get every label that fits; bigger ones label only nodes drawn large enough. */
const LABEL_ALL_BELOW_NODES = 200;

/**
 * Above this many edges, big-graph economies start: edges are hidden while the camera moves, and
 * edges are not clickable (sigma would draw them twice per frame to pick them; relations stay
 * reachable from the details panel).
 */
const LARGE_GRAPH_EDGES = 20_000;

/** Sigma settings for this graph: label thinning so names do not pile up, and our edge programs. */
function rendererSettings(graph: ViewerGraph): Partial<Settings<EntityAttributes, RelationAttributes, GraphAttributes>> {
  return {
    renderEdgeLabels: true,
    enableEdgeEvents: graph.size <= LARGE_GRAPH_EDGES,
    hideEdgesOnMove: graph.size > LARGE_GRAPH_EDGES,
    zIndex: true,
    labelFont: 'system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    edgeLabelFont: 'system-ui, sans-serif',
    edgeLabelSize: 12,
    edgeLabelColor: { color: '#333333' },
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: graph.order < LABEL_ALL_BELOW_NODES ? 0 : 9,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    stagePadding: 40,
    defaultNodeType: NODE_PROGRAM,
    defaultEdgeType: STRAIGHT_EDGE_PROGRAM,
    nodeProgramClasses: { [NODE_PROGRAM]: NodeCircleProgram },
    edgeProgramClasses: { [STRAIGHT_EDGE_PROGRAM]: EdgeArrowProgram, [CURVED_EDGE_PROGRAM]: EdgeCurvedArrowProgram },
  };
}

/** What changes the drawing; the shown document does not. */
function affectsDrawing(state: UiState, previous: UiState): boolean {
  return (
    state.selectedNode !== previous.selectedNode ||
    state.selectedEdge !== previous.selectedEdge ||
    state.hoveredNode !== previous.hoveredNode ||
    state.searchQuery !== previous.searchQuery ||
    state.hiddenTypes !== previous.hiddenTypes ||
    state.hiddenRelations !== previous.hiddenRelations ||
    state.minMentions !== previous.minMentions ||
    state.minConfidence !== previous.minConfidence
  );
}

/**
 * Draws the graph in `container` through the reducers, redrawing whenever the store changes
 * something visible. The graph is never modified to show a selection.
 */
export function createRenderer(container: HTMLElement, graph: ViewerGraph, store: Store, searchIndex: SearchIndex): ViewerSigma {
  const nodePixels = createSizeScale(graph);
  const curvatures = parallelCurvatures(graph);
  const contextFor = (state: UiState): ReducerContext => ({
    graph,
    state,
    focus: computeFocus(graph, state),
    searchMatches: matchingNodes(searchIndex, state.searchQuery),
    nodePixels,
    curvatures,
  });
  let context = contextFor(store.get());
  const renderer: ViewerSigma = new Sigma(graph, container, {
    ...rendererSettings(graph),
    nodeReducer: (node, data) => reduceNode(context, node, data),
    edgeReducer: (edge, data) => reduceEdge(context, edge, data),
  });
  const unsubscribe = store.subscribe((state, previous) => {
    if (!affectsDrawing(state, previous)) return;
    context = contextFor(state);
    renderer.refresh({ skipIndexation: true, schedule: true });
  });
  renderer.on('kill', unsubscribe);
  return renderer;
}

/** Moves the camera smoothly onto a node; in big graphs it also zooms in, where the whole view is a blur. */
export function centreOn(renderer: ViewerSigma, node: string): void {
  const graph = renderer.getGraph();
  if (!graph.hasNode(node)) return;
  // Camera coordinates are "framed" ones. Converting from the graph's own x/y works even while a
  // refresh is pending (sigma's display cache then holds unframed values); passing the camera state
  // makes both conversions use the same matrix rather than one cached at the last frame.
  const { x, y } = graph.getNodeAttributes(node);
  const camera = renderer.getCamera();
  const override = { cameraState: camera.getState() };
  const target = renderer.viewportToFramedGraph(renderer.graphToViewport({ x, y }, override), override);
  const ratio = graph.order < LABEL_ALL_BELOW_NODES ? camera.ratio : Math.min(camera.ratio, 0.5);
  camera.animate({ x: target.x, y: target.y, ratio }, { duration: 400 });
}
