import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (CI installs it with apt); playwright's own browser download cannot work here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** WebGL without a GPU (CI, this machine): sigma renders through SwiftShader, on the CPU. */
const SOFTWARE_WEBGL_ARGS = ['--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with a fresh profile that is removed on close. WebGL runs in software
 * unless `gpu` is set (for benchmarks on a machine that has one).
 */
export async function launchBrowser(viewport = { width: 1440, height: 900 }, gpu = false): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: gpu ? ARGS : [...ARGS, ...SOFTWARE_WEBGL_ARGS],
    headless: true,
    viewport,
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
