/**
 * Viewer benchmark: `npm run bench:viewer [-- --sizes 1000,10000,50000] [--seconds 3] [--gpu]`.
 * For synthetic graphs of each size (4 edges per node, clustered like real news graphs), measures in
 * headless Chromium the time from navigation to the first drawn frame (fetch, parse, index and render
 * included), frames per second while the camera pans and zooms, and the time from selecting a node
 * until the faded, focused view is drawn. Prints a table and writes bench-results/viewer.json.
 * Without a GPU, Chromium draws WebGL in software (SwiftShader) and frame rates measure the CPU
 * rasteriser more than the viewer; `--gpu` uses the machine's GPU where there is one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import { ENTITY_COLORS } from '../src/graph/palette';
import { startServer } from '../src/server/server';
import { ENTITY_TYPES, RELATION_TYPES } from '../viewer/src/graph/types';
import { CHROMIUM_PATH, launchBrowser } from '../tests/browser/chromium';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    seconds: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench-results/viewer.json' },
    gpu: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const seconds = Number(values.seconds);
const EDGES_PER_NODE = 4;

/** A deterministic pseudo-random generator, so every run draws the same graphs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Clustered synthetic graph following the output contract (no documents: the Source panel is not measured). */
function syntheticGraph(order: number): MultiDirectedGraph {
  const next = random(order);
  const graph = new MultiDirectedGraph();
  const clusters = Math.max(4, Math.round(Math.sqrt(order) / 2));
  const centres = Array.from({ length: clusters }, () => ({ x: next() * 1000, y: next() * 1000 }));
  const types = ENTITY_TYPES.filter((type) => type !== 'DATE' && type !== 'QUANTITY');
  for (let i = 0; i < order; i++) {
    const cluster = i % clusters;
    const entityType = types[Math.floor(next() * types.length)];
    const mentions = Math.max(1, Math.floor(1 / (next() + 0.02)));
    const angle = next() * Math.PI * 2;
    const radius = Math.sqrt(next()) * 120;
    graph.addNode(`n${i}`, {
      label: `Entity ${i}`,
      entityType,
      aliases: [`E${i}`],
      mentions,
      description: '',
      sources: [],
      color: ENTITY_COLORS[entityType],
      size: 1 + Math.sqrt(mentions),
      x: centres[cluster].x + Math.cos(angle) * radius,
      y: centres[cluster].y + Math.sin(angle) * radius,
      spans: '[]',
    });
  }
  for (let e = 0; e < order * EDGES_PER_NODE; e++) {
    const source = Math.floor(next() * order);
    // Most relations stay within a cluster, as people of one story relate to each other.
    const target = next() < 0.85 ? (source + clusters * (1 + Math.floor(next() * 20))) % order : Math.floor(next() * order);
    if (source === target) continue;
    const relation = RELATION_TYPES[Math.floor(next() * RELATION_TYPES.length)];
    graph.addDirectedEdgeWithKey(`e${e}`, `n${source}`, `n${target}`, {
      label: relation.replace(/_/g, ' '),
      predicate: relation,
      relation,
      evidence: `Entity ${source} and Entity ${target} appear together in a sentence.`,
      confidence: 0.5,
      weight: 1,
      sources: [],
      spans: '[]',
    });
  }
  return graph;
}

interface Result {
  nodes: number;
  edges: number;
  fileMB: number;
  firstRenderMs: number;
  cameraFps: number;
  selectRedrawMs: number;
}

const workDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-'));
const browser = await launchBrowser({ width: 1440, height: 900 }, values.gpu);
// tsx compiles the page callbacks below with esbuild's name-keeping helper, which the page lacks.
await browser.context.addInitScript('window.__name = (fn) => fn;');
const results: Result[] = [];
let webgl = 'unknown';
try {
  for (const order of sizes) {
    const graph = syntheticGraph(order);
    const file = path.join(workDir, `synthetic-${order}.json`);
    const json = JSON.stringify(graph.export());
    writeFileSync(file, json);
    const server = await startServer({ graphFile: file, port: 0 });
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url);
      await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 300_000 });
      const firstRenderMs = await page.evaluate(() => performance.getEntriesByName('newsgraph:first-render')[0].startTime);
      webgl = await page.evaluate(() => {
        const gl = document.createElement('canvas').getContext('webgl2');
        const info = gl?.getExtension('WEBGL_debug_renderer_info');
        return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
      });
      const cameraFps = await page.evaluate(async (duration) => {
        const renderer = window.newsgraph?.renderer;
        if (!renderer) throw new Error('no graph open');
        const camera = renderer.getCamera();
        let frames = 0;
        const count = () => frames++;
        renderer.on('afterRender', count);
        const start = performance.now();
        await new Promise<void>((resolve) => {
          const step = () => {
            const t = (performance.now() - start) / 1000;
            if (t >= duration) return resolve();
            camera.setState({ x: 0.5 + 0.2 * Math.sin(t * 2), y: 0.5 + 0.2 * Math.cos(t * 2), ratio: 0.6 + 0.3 * Math.sin(t) });
            requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        });
        renderer.off('afterRender', count);
        return frames / ((performance.now() - start) / 1000);
      }, seconds);
      const selectRedrawMs = await page.evaluate(async () => {
        const view = window.newsgraph;
        if (!view) throw new Error('no graph open');
        // Let the frames the camera queued run dry first (a quick frame again), so they are not counted here.
        const deadline = performance.now() + 60_000;
        let last = performance.now();
        for (;;) {
          const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
          if (now - last < 50 || now > deadline) break;
          last = now;
        }
        const node = view.graph.nodes()[0];
        const start = performance.now();
        const drawn = new Promise<void>((resolve) => view.renderer.once('afterRender', () => resolve()));
        view.store.set({ selectedNode: node });
        await drawn;
        return performance.now() - start;
      });
      results.push({
        nodes: graph.order,
        edges: graph.size,
        fileMB: Number((json.length / 1e6).toFixed(1)),
        firstRenderMs: Math.round(firstRenderMs),
        cameraFps: Number(cameraFps.toFixed(1)),
        selectRedrawMs: Math.round(selectRedrawMs),
      });
    } finally {
      await page.close();
      await server.close();
      rmSync(file, { force: true });
    }
  }
} finally {
  await browser.close();
  rmSync(workDir, { recursive: true, force: true });
}

console.log('| nodes | edges | file (MB) | first render (ms) | camera FPS | select redraw (ms) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  console.log(`| ${r.nodes} | ${r.edges} | ${r.fileMB} | ${r.firstRenderMs} | ${r.cameraFps} | ${r.selectRedrawMs} |`);
}
mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(
  values.out,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', browser: CHROMIUM_PATH, webgl },
      cameraSeconds: seconds,
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(`Written to ${values.out}`);
