import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { SerializedGraph } from 'graphology-types';
import { normalizeGraph, type NormalizedGraph } from '../graph/normalize';

/** Reads a graph file's text, JSON (graphology `export()`) or GEXF, told apart by content, not by name. */
export function parseGraphText(text: string): NormalizedGraph {
  const trimmed = text.trimStart();
  const data = trimmed.startsWith('{') ? fromJson(trimmed) : trimmed.startsWith('<') ? fromGexf(trimmed).export() : null;
  if (!data) throw new Error('This is neither a JSON nor a GEXF graph file.');
  try {
    return normalizeGraph(data);
  } catch (error) {
    throw new Error(`The graph could not be read (${(error as Error).message}).`);
  }
}

function fromJson(text: string): Partial<SerializedGraph> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`The JSON graph file is not valid JSON (${(error as Error).message}).`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as SerializedGraph).nodes)) {
    throw new Error('The JSON file is not a graphology graph: it has no "nodes" list.');
  }
  return data as Partial<SerializedGraph>;
}

function fromGexf(text: string): Graph {
  if (!/<gexf[\s>]/.test(text)) throw new Error('The XML file is not a GEXF graph.');
  try {
    return parseGexf(Graph, text, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    throw new Error(`The GEXF file could not be read (${(error as Error).message}).`);
  }
}
