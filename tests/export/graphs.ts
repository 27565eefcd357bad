import { buildGraph, type NewsGraph } from '../../src/graph';
import { layoutGraph } from '../../src/layout';
import { ferryStories, loadExtraction } from '../fixtures/extractions/load';

/** The ferry stories plus the hostile-text record, laid out: what `newsgraph` would export. */
export function exportableGraph(): NewsGraph {
  const graph = buildGraph([...ferryStories(), loadExtraction('hostile-text')], { version: '1.2.3' });
  layoutGraph(graph);
  return graph;
}

/** Characters no XML 1.0 document may contain. */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;
