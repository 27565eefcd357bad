import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSpans } from '../../viewer/src/graph/spans';
import { parseGraphText } from '../../viewer/src/file/parse';
import { inkShare, viewerSession } from './harness';

/** The graph `npm run graphs` writes for the example article; the checks below hold for any newsgraph graph. */
const PIPELINE_GRAPH = fileURLToPath(new URL('../../graph/rotherham-boycott.json', import.meta.url));

const session = viewerSession(PIPELINE_GRAPH);

describe('viewer on the pipeline graph of the example article', () => {
  it('draws it, and ties the most connected entity to its mentions and relations', async () => {
    const { graph } = parseGraphText(readFileSync(PIPELINE_GRAPH, 'utf8'));
    const hub = graph.nodes().reduce((best, node) => (graph.degree(node) > graph.degree(best) ? node : best));
    const { label, spans } = graph.getNodeAttributes(hub);

    const overview = await session().open();
    expect(await inkShare(overview, await overview.locator('#graph').screenshot())).toBeGreaterThan(0.01);
    await overview.close();
    const page = await session().open(`node=${encodeURIComponent(hub)}`);
    const details = page.getByRole('region', { name: 'Entity details' });
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(label);
    await expect(details.locator('.relation').count()).resolves.toBe(graph.degree(hub));
    const marks = await page.getByRole('region', { name: 'Source text' }).locator('mark.mention').count();
    expect(marks).toBeGreaterThan(0);
    expect(marks).toBeLessThanOrEqual(parseSpans(spans).length);
    expect(session().pageErrors).toEqual([]);
    await page.close();
  });
});
