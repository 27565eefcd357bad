import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/server';
import { resolveStaticPath } from '../../src/server/static-files';
import { buildViewer, fixture } from './harness';

/** A raw GET, so paths reach the server exactly as written (fetch would normalise "..") . */
function get(url: string, rawPath: string, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path: rawPath, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

let viewer: Awaited<ReturnType<typeof buildViewer>>;
let server: RunningServer;

beforeAll(async () => {
  viewer = await buildViewer();
  server = await startServer({ graphFile: fixture('sample.json'), port: 0, viewerDir: viewer.dir });
});

afterAll(async () => {
  await server?.close();
  viewer?.remove();
});

describe('newsgraph server', () => {
  it('prints a loopback URL that opens the viewer on the graph', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?graph=\/graph\/sample\.json$/);
    const page = await get(server.url, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>newsgraph viewer</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const graph = await get(server.url, '/graph/sample.json');
    expect(graph.headers['content-type']).toContain('application/json');
    expect(JSON.parse(graph.body).nodes).toHaveLength(12);
  });

  it('serves a GEXF graph under its own extension, and refuses a missing file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-gexf-'));
    const file = path.join(dir, 'our story #2.gexf');
    writeFileSync(file, '<?xml version="1.0"?><gexf version="1.3"><graph><nodes/><edges/></graph></gexf>');
    const gexfServer = await startServer({ graphFile: file, port: 0, viewerDir: viewer.dir });
    try {
      const route = new URL(gexfServer.url).searchParams.get('graph') ?? '';
      expect(decodeURIComponent(route)).toBe('/graph/our story #2.gexf');
      const response = await get(gexfServer.url, route);
      expect(response.headers['content-type']).toContain('application/gexf+xml');
      expect(response.body).toContain('<gexf');
    } finally {
      await gexfServer.close();
      rmSync(dir, { recursive: true, force: true });
    }
    await expect(startServer({ graphFile: file, port: 0, viewerDir: viewer.dir })).rejects.toThrow(/no such graph file/);
  });

  it('refuses paths that climb out of the viewer folder', async () => {
    for (const raw of ['/../package.json', '/%2e%2e/package.json', '/assets/%2e%2e/%2e%2e/package.json', '/%00', '/..%5cpackage.json']) {
      const response = await get(server.url, raw);
      expect([400, 404]).toContain(response.status);
      expect(response.body).not.toContain('"name": "newsgraph"');
    }
  });

  it('answers only GET and HEAD', async () => {
    expect((await get(server.url, '/', 'POST')).status).toBe(405);
    const head = await get(server.url, '/graph/sample.json', 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);
  });
});

describe('resolveStaticPath', () => {
  it('maps the root to index.html and keeps paths inside the folder', () => {
    expect(resolveStaticPath('/srv/viewer', '/')).toBe(path.resolve('/srv/viewer/index.html'));
    expect(resolveStaticPath('/srv/viewer', '/assets/app.js')).toBe(path.resolve('/srv/viewer/assets/app.js'));
    expect(resolveStaticPath('/srv/viewer', '/../secret')).toBeNull();
    expect(resolveStaticPath('/srv/viewer', '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath('/srv/viewer', '/a%5c..%5c..%5csecret')).toBeNull();
  });
});
