export { buildGraph, type BuildOptions } from './build-graph';
export { displayText, type DisplayText } from './display-text';
export { ENTITY_COLORS } from './palette';
export type { EdgeAttributes, GraphAttributes, GraphDocument, NewsGraph, NodeAttributes, Span } from './types';
