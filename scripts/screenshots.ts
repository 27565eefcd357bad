/**
 * Screenshots of the viewer for the README: `npm run screenshots [-- --graph <file>] [--out <dir>] [--prefix <name>]`.
 * Serves the graph with the real server, opens it in headless Chromium, and saves an overview, a
 * selected entity with its highlighted mentions, and a selected relation with its evidence marked.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../src/server/server';
import { launchBrowser } from '../tests/browser/chromium';

const { values } = parseArgs({
  options: {
    graph: { type: 'string' },
    out: { type: 'string', default: 'graph' },
    prefix: { type: 'string', default: 'viewer' },
    select: { type: 'string' },
  },
});

const pipelineGraph = 'graph/rotherham-boycott.json';
const graphFile = values.graph ?? (existsSync(pipelineGraph) ? pipelineGraph : 'tests/fixtures/graphs/sample.json');
mkdirSync(values.out, { recursive: true });
const shot = (name: string) => path.join(values.out, `${values.prefix}-${name}.png`);

const server = await startServer({ graphFile, port: 0 });
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('body[data-graph-ready="true"]');
  await page.waitForTimeout(500);
  await page.screenshot({ path: shot('overview') });

  // The most connected entity unless one is named: the view a reader would start from.
  const target =
    values.select ??
    (await page.evaluate(() => {
      const graph = window.newsgraph?.graph;
      if (!graph) return '';
      let best = '';
      graph.forEachNode((node) => {
        if (!best || graph.degree(node) > graph.degree(best)) best = node;
      });
      return graph.getNodeAttribute(best, 'label');
    }));
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill(target);
  await page.getByRole('option').first().click();
  await page.waitForTimeout(700);
  await page.screenshot({ path: shot('selected') });

  const evidence = page.getByRole('region', { name: 'Entity details' }).locator('.evidence-quote').first();
  if (await evidence.count()) {
    await evidence.click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: shot('evidence') });
  }
  console.log(`Screenshots of ${graphFile} written to ${values.out}/${values.prefix}-{overview,selected,evidence}.png`);
} finally {
  await browser.close();
  await server.close();
}
