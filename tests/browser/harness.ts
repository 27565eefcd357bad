import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/server';
import { launchBrowser, type Browser } from './chromium';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Path of a graph fixture under tests/fixtures/graphs. */
export const fixture = (name: string) => path.join(repoRoot, 'tests', 'fixtures', 'graphs', name);

/**
 * Builds the current viewer source into a temporary folder, so tests never run a stale viewer/dist
 * and never race another process writing it.
 */
export async function buildViewer(): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-viewer-'));
  await build({
    configFile: path.join(repoRoot, 'viewer', 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: true },
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Session {
  browser: Browser;
  server: RunningServer;
  /** Errors thrown by page scripts: any is a bug. */
  pageErrors: string[];
  /** Opens the viewer on the served graph (plus extra query parameters) and waits for the first frame. */
  open(query?: string): Promise<Page>;
  close(): Promise<void>;
}

/** Serves `graphFile` with the built viewer and launches Chromium for it. */
export async function startSession(viewerDir: string, graphFile?: string): Promise<Session> {
  const server = await startServer({ graphFile, port: 0, viewerDir });
  const browser = await launchBrowser();
  const pageErrors: string[] = [];
  return {
    browser,
    server,
    pageErrors,
    async open(query = '') {
      const page = await browser.context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const url = new URL(server.url);
      for (const [key, value] of new URLSearchParams(query)) url.searchParams.set(key, value);
      await page.goto(url.toString());
      if (graphFile) await page.waitForSelector('body[data-graph-ready="true"]');
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Builds the viewer and serves `graphFile` in Chromium for the tests of one file; the session is
 * closed after them, and any script error a page threw fails the file. Returns the session getter.
 */
export function viewerSession(graphFile: string): () => Session {
  let viewer: Awaited<ReturnType<typeof buildViewer>> | undefined;
  let session: Session | undefined;
  beforeAll(async () => {
    viewer = await buildViewer();
    session = await startSession(viewer.dir, graphFile);
  });
  afterAll(async () => {
    await session?.close();
    viewer?.remove();
    expect(session?.pageErrors ?? []).toEqual([]);
  });
  return () => {
    if (!session) throw new Error('the viewer session has not started');
    return session;
  };
}

/** Where a node is drawn, in page coordinates (for mouse clicks and drags). */
export async function nodeOnPage(page: Page, node: string): Promise<{ x: number; y: number }> {
  return page.evaluate((key) => {
    const view = window.newsgraph;
    if (!view) throw new Error('no graph open');
    const { x, y } = view.graph.getNodeAttributes(key);
    const point = view.renderer.graphToViewport({ x, y });
    const box = view.renderer.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, node);
}

/** Share of pixels in a PNG that are not (near) white: 0 for a blank image. */
export async function inkShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 720) ink++;
    return ink / (data.length / 4);
  }, png.toString('base64'));
}
