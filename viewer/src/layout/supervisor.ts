import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { ViewerGraph } from '../graph/types';
import { layoutSettings } from './settings';

/** Start/stop control over ForceAtlas2 running in a web worker, so the page stays responsive. */
export interface LayoutControl {
  isRunning(): boolean;
  start(): void;
  stop(): void;
  kill(): void;
}

/** Creates the worker lazily: graphs that never run the layout never pay for it. */
export function createLayoutControl(graph: ViewerGraph): LayoutControl {
  let supervisor: FA2LayoutSupervisor | null = null;
  return {
    isRunning: () => supervisor?.isRunning() ?? false,
    start() {
      supervisor ??= new FA2LayoutSupervisor(graph, { settings: layoutSettings(graph), getEdgeWeight: 'weight' });
      supervisor.start();
    },
    stop: () => supervisor?.stop(),
    kill() {
      supervisor?.kill();
      supervisor = null;
    },
  };
}
