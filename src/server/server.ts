import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType, resolveStaticPath } from './static-files';

export interface ServerOptions {
  /** A graph file (.json or .gexf) to open in the viewer. */
  graphFile?: string;
  /** 0 picks any free port; default DEFAULT_PORT, or a free one if that is taken. */
  port?: number;
  /** Only loopback: the viewer shows article text and must not be reachable from the network. */
  host?: '127.0.0.1';
  /** Folder of the built viewer; defaults to viewer/dist in this repository. */
  viewerDir?: string;
}

export interface RunningServer {
  /** The address that opens the viewer, with the graph loaded when one was given. */
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 5180;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_VIEWER_DIR = path.join(repoRoot, 'viewer', 'dist');

/**
 * The viewer's Content-Security-Policy: scripts only from this server, so even if untrusted article text
 * reached the DOM as markup it could not run. `blob:` workers are ForceAtlas2's; `blob:`/`data:` images
 * are the PNG export.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Builds viewer/dist with Vite when it is missing, so `newsgraph serve` works from a fresh clone. */
export async function ensureViewerBuilt(viewerDir: string = DEFAULT_VIEWER_DIR): Promise<void> {
  try {
    await fs.access(path.join(viewerDir, 'index.html'));
    return;
  } catch {
    if (path.resolve(viewerDir) !== path.resolve(DEFAULT_VIEWER_DIR)) {
      throw new Error(`${viewerDir} has no index.html: build the viewer first (npm run build:viewer)`);
    }
  }
  const { build } = await import('vite');
  await build({ configFile: path.join(repoRoot, 'viewer', 'vite.config.ts'), logLevel: 'warn' });
}

/** Serves the built viewer and (optionally) one graph file on 127.0.0.1 only. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const viewerDir = options.viewerDir ?? DEFAULT_VIEWER_DIR;
  await ensureViewerBuilt(viewerDir);
  let graphRoute: string | null = null;
  let graphPath: string | null = null;
  if (options.graphFile) {
    graphPath = path.resolve(options.graphFile);
    const stat = await fs.stat(graphPath).catch(() => null);
    if (!stat?.isFile()) throw new Error(`${options.graphFile}: no such graph file`);
    // Served under its own name, so the viewer's title and export file names show it.
    const extension = /\.gexf$/i.test(graphPath) ? '.gexf' : '.json';
    const stem = path.basename(graphPath).replace(/\.[^.]*$/, '') || 'graph';
    graphRoute = `/graph/${encodeURIComponent(stem + extension)}`;
  }

  const server = http.createServer((request, response) => {
    void handle(request, response);
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = graphRoute && pathname === graphRoute ? graphPath : resolveStaticPath(viewerDir, pathname);
    if (!file) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad path\n');
      return;
    }
    const stat = await fs.stat(file).catch(() => null);
    if (!stat?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'Content-Type': contentType(file),
      'Content-Length': stat.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).on('error', () => response.destroy()).pipe(response);
  }

  const port = await listen(server, options.port ?? DEFAULT_PORT, options.port === undefined);
  const base = `http://127.0.0.1:${port}/`;
  return {
    // The route is percent-encoded once more as a query value (slashes kept readable), so names with "#" or "&" survive.
    url: graphRoute ? `${base}?graph=${encodeURIComponent(graphRoute).replace(/%2F/g, '/')}` : base,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Listens on loopback; when the default port is taken, falls back to any free one rather than failing. */
function listen(server: http.Server, port: number, fallBack: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' && fallBack) {
        server.listen(0, '127.0.0.1');
        return;
      }
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.on('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}
