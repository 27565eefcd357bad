import './styles.css';
import { openGraphView, type GraphView, type Regions } from './app';
import { byId } from './dom';
import { exportGexf, exportJson, exportPng } from './file/export';
import { bindDropZone, bindFilePicker } from './file/open';
import { parseGraphText } from './file/parse';
import type { NormalizedGraph } from './graph/normalize';
import { restoreFromUrl } from './url-state/url-sync';

declare global {
  interface Window {
    /** The open graph view, for the browser tests and the benchmark to drive; not an API. */
    newsgraph?: GraphView;
  }
}

const regions: Regions = {
  graph: byId('graph'),
  search: byId('search'),
  legend: byId('legend'),
  filters: byId('filters'),
  details: byId('details'),
  source: byId('source'),
};
const status = byId('status');
const title = byId('graph-title');
const layoutButton = byId<HTMLButtonElement>('layout-toggle');
const actionButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-needs-graph]')];
let view: GraphView | null = null;
let baseName = 'newsgraph';

function showStatus(message: string, isError = false): void {
  status.textContent = message;
  status.setAttribute('role', isError ? 'alert' : 'status');
  status.hidden = message === '';
}

function updateLayoutButton(): void {
  const running = view?.layout.isRunning() ?? false;
  layoutButton.textContent = running ? 'Stop layout' : 'Start layout';
  layoutButton.setAttribute('aria-pressed', String(running));
}

/** Replaces whatever is open with the graph in `text`; `search` carries the state to restore. False if unreadable. */
function open(text: string, name: string, search: string): boolean {
  let parsed: NormalizedGraph;
  try {
    parsed = parseGraphText(text);
  } catch (error) {
    showStatus(`Could not open ${name}: ${(error as Error).message}`, true);
    return false;
  }
  view?.destroy();
  delete document.body.dataset.graphReady;
  const { graph, needsLayout } = parsed;
  view = openGraphView(regions, graph, needsLayout, restoreFromUrl(graph, search));
  window.newsgraph = view;
  baseName = name.replace(/\.(json|gexf)$/i, '') || 'newsgraph';
  title.textContent = `${name} · ${graph.order} entities · ${graph.size} relations`;
  actionButtons.forEach((button) => (button.disabled = false));
  updateLayoutButton();
  showStatus(graph.order === 0 ? 'This graph has no entities.' : '');
  // Sigma draws the first frame synchronously while it is created, so the graph is on screen now.
  performance.mark('newsgraph:first-render');
  document.body.dataset.graphReady = 'true';
  return true;
}

function openLocalFile(text: string, name: string): void {
  // A local file has nothing to do with the state in the URL, which described the previous graph.
  if (open(text, name, '')) window.history.replaceState(null, '', window.location.pathname);
}

async function openFromUrl(): Promise<void> {
  const source = new URLSearchParams(window.location.search).get('graph');
  if (!source) {
    showStatus('Open a GEXF or JSON graph file, or drop one onto the page.');
    return;
  }
  showStatus(`Loading ${source}…`);
  try {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    open(await response.text(), decodeURIComponent(source.split('/').pop() || source), window.location.search);
  } catch (error) {
    showStatus(`Could not load ${source}: ${(error as Error).message}`, true);
  }
}

bindFilePicker(byId<HTMLInputElement>('file-input'), openLocalFile);
bindDropZone(document.body, openLocalFile);
byId('export-gexf').addEventListener('click', () => view && exportGexf(view.graph, baseName));
byId('export-json').addEventListener('click', () => view && exportJson(view.graph, baseName));
byId('export-png').addEventListener('click', () => view && void exportPng(view.renderer, baseName));
layoutButton.addEventListener('click', () => {
  if (!view) return;
  if (view.layout.isRunning()) view.layout.stop();
  else view.layout.start();
  updateLayoutButton();
});
void openFromUrl();
