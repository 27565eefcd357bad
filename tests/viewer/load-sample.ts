import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGraphText } from '../../viewer/src/file/parse';
import type { ViewerGraph } from '../../viewer/src/graph/types';

/** Reads a fixture under tests/fixtures/graphs as text. */
export function fixtureText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/graphs/${name}`, import.meta.url)), 'utf8');
}

/** The hand-annotated Rotherham sample graph, loaded the way the viewer loads it. */
export function loadSample(): ViewerGraph {
  return parseGraphText(fixtureText('sample.json')).graph;
}
