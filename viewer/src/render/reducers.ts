import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { isNodeShown, isRelationShown } from '../filters/utils';
import type { EntityAttributes, RelationAttributes, ViewerGraph } from '../graph/types';
import type { UiState } from '../state/types';
import type { Focus } from './focus';

export const FADED_NODE_COLOR = '#e2e2e2';
const EDGE_COLOR = '#b9b9b9';
const FADED_EDGE_COLOR = '#f0f0f0';
const FOCUS_EDGE_COLOR = '#555555';
const SELECTED_EDGE_COLOR = '#111111';

/** Names of the sigma programs the reducers choose between (registered in the renderer). */
export const NODE_PROGRAM = 'circle';
export const STRAIGHT_EDGE_PROGRAM = 'straight';
export const CURVED_EDGE_PROGRAM = 'curved';

/** Everything the reducers read, computed once per state change rather than once per node. */
export interface ReducerContext {
  graph: ViewerGraph;
  state: UiState;
  focus: Focus | null;
  searchMatches: ReadonlySet<string>;
  nodePixels: (size: number) => number;
  curvatures: ReadonlyMap<string, number>;
}

export type CurvedEdgeDisplayData = Partial<EdgeDisplayData> & { curvature?: number };

/** Display attributes of a node under the current filters, focus and search. */
export function reduceNode(context: ReducerContext, node: string, data: EntityAttributes): Partial<NodeDisplayData> {
  const { state, focus, searchMatches } = context;
  const display: Partial<NodeDisplayData> = {
    x: data.x,
    y: data.y,
    label: data.label,
    color: data.color,
    size: context.nodePixels(data.size),
    type: NODE_PROGRAM,
    hidden: !isNodeShown(data, state),
    zIndex: 1,
  };
  if (focus && !focus.nodes.has(node)) {
    display.color = FADED_NODE_COLOR;
    display.label = null;
    display.zIndex = 0;
  } else if (focus) {
    display.forceLabel = true;
    display.zIndex = 2;
  }
  if (searchMatches.has(node)) {
    display.highlighted = true;
    display.forceLabel = true;
    display.zIndex = 3;
  }
  if (node === state.selectedNode) {
    display.highlighted = true;
    display.forceLabel = true;
    display.zIndex = 3;
  }
  return display;
}

/** Display attributes of an edge: hidden with its filtered ends, labelled only when in focus. */
export function reduceEdge(context: ReducerContext, edge: string, data: RelationAttributes): CurvedEdgeDisplayData {
  const { graph, state, focus } = context;
  const curvature = context.curvatures.get(edge);
  const [source, target] = graph.extremities(edge);
  const shown =
    isRelationShown(data, state) &&
    isNodeShown(graph.getNodeAttributes(source), state) &&
    isNodeShown(graph.getNodeAttributes(target), state);
  const display: CurvedEdgeDisplayData = {
    label: null,
    color: EDGE_COLOR,
    size: Math.min(1 + Math.log2(data.weight), 5),
    type: curvature === undefined ? STRAIGHT_EDGE_PROGRAM : CURVED_EDGE_PROGRAM,
    hidden: !shown,
    zIndex: 0,
  };
  if (curvature !== undefined) display.curvature = curvature;
  if (focus?.edges.has(edge)) {
    display.label = data.label;
    display.color = FOCUS_EDGE_COLOR;
    display.zIndex = 1;
    display.forceLabel = true;
  } else if (focus) {
    display.color = FADED_EDGE_COLOR;
  }
  if (edge === state.selectedEdge) {
    display.color = SELECTED_EDGE_COLOR;
    display.size = (display.size ?? 1) * 2;
    display.zIndex = 2;
  }
  return display;
}
