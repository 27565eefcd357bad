import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGraphText } from '../../viewer/src/file/parse';
import { toGexf } from '../../src/export/gexf';
import { fixture, inkShare, nodeOnPage, viewerSession } from './harness';

const RMCFA = 'Rotherham Muslim Community Forum Alliance';

const session = viewerSession(fixture('sample.json'));

describe('viewer on the sample graph', () => {
  it('draws the graph with a legend row per entity type', async () => {
    const page = await session().open();
    await expect(page.locator('#graph-title').textContent()).resolves.toContain('12 entities · 16 relations');
    const rows = page.getByRole('group', { name: 'Entity types' }).getByRole('button');
    await expect(rows.count()).resolves.toBe(7);
    await expect(rows.filter({ hasText: 'Organization' }).textContent()).resolves.toContain('3');
    const shot = await page.locator('#graph').screenshot();
    expect(await inkShare(page, shot)).toBeGreaterThan(0.01);
    await page.close();
  });

  it('finds an entity by alias, centres on it and shows its details and evidence', async () => {
    const page = await session().open();
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('rmcf');
    const option = page.getByRole('option').first();
    await expect(option.textContent()).resolves.toContain(RMCFA);
    await search.press('Enter');
    const details = page.getByRole('region', { name: 'Entity details' });
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(RMCFA);
    const text = await details.textContent();
    expect(text).toContain('RMCFA');
    expect(text).toContain('boycotts → South Yorkshire Police');
    expect(text).toContain('announced it would "cut all lines of engagement" with South Yorkshire Police from Monday.');
    expect(new URL(page.url()).searchParams.get('node')).toBe('rmcfa');
    await page.waitForTimeout(600);
    const point = await nodeOnPage(page, 'rmcfa');
    const box = await page.locator('#graph').boundingBox();
    expect(Math.abs(point.x - (box!.x + box!.width / 2))).toBeLessThan(20);
    expect(Math.abs(point.y - (box!.y + box!.height / 2))).toBeLessThan(20);
    await page.close();
  });

  it('highlights every mention of the selected entity in the article', async () => {
    const page = await session().open('node=jason-harwin');
    const source = page.getByRole('region', { name: 'Source text' });
    const marks = source.locator('mark.mention');
    await expect(marks.allTextContents()).resolves.toEqual(['Ch Supt Jason Harwin', 'Ch Supt Harwin', 'Ch Supt Jason Harwin', 'He']);
    await page.close();
  });

  it('selects an entity when its name is clicked in the article', async () => {
    const page = await session().open('node=jason-harwin');
    await page.getByRole('region', { name: 'Source text' }).locator('[data-node="unity-centre"]').first().click();
    const details = page.getByRole('region', { name: 'Entity details' });
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Unity Centre');
    await expect(page.locator('mark.mention.selected').allTextContents()).resolves.toEqual(['Unity Centre']);
    await page.close();
  });

  it('finds relations by wording and marks their evidence sentence in the article', async () => {
    const page = await session().open();
    await page.getByRole('combobox', { name: 'Search entities' }).fill('boycott');
    await page.getByRole('option', { name: `${RMCFA} boycotts South Yorkshire Police` }).click();
    const evidence = page.getByRole('region', { name: 'Source text' }).locator('mark.evidence');
    await expect(evidence.allTextContents()).resolves.toEqual([
      'Rotherham Muslim Community Forum Alliance (RMCFA) announced it would "cut all lines of engagement" with South Yorkshire Police from Monday.',
    ]);
    await expect(page.locator('.relation.selected .predicate').textContent()).resolves.toBe('boycotts');
    await page.close();
  });

  it('moves to the other end of a relation from the details panel', async () => {
    const page = await session().open('node=vakas-hussain');
    await page.getByRole('region', { name: 'Entity details' }).getByRole('button', { name: 'British Muslim Youth', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Entity details' }).getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'British Muslim Youth',
    );
    expect(new URL(page.url()).searchParams.get('node')).toBe('british-muslim-youth');
    await page.close();
  });

  it('selects a node clicked in the graph and clears on empty space', async () => {
    const page = await session().open();
    const point = await nodeOnPage(page, 'sarah-champion');
    await page.mouse.move(point.x, point.y);
    await page.mouse.click(point.x, point.y);
    const heading = page.getByRole('region', { name: 'Entity details' }).getByRole('heading', { level: 2 });
    await expect(heading.textContent()).resolves.toBe('Sarah Champion');
    const hidden = await page.evaluate(() => window.newsgraph?.renderer.getNodeDisplayData('unity-centre')?.color);
    expect(hidden).toBe('#e2e2e2');
    const box = (await page.locator('#graph').boundingBox())!;
    await page.waitForTimeout(400); // two quick clicks would be a double click, which zooms
    await page.mouse.click(box.x + 5, box.y + box.height - 5);
    await expect(heading.textContent()).resolves.toBe('Entity details');
    await page.close();
  });

  it('selects a relation clicked in the graph and marks its evidence', async () => {
    const page = await session().open();
    const [from, to] = [await nodeOnPage(page, 'sarah-champion'), await nodeOnPage(page, 'rotherham')];
    const middle = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    await page.mouse.move(middle.x, middle.y);
    await page.mouse.click(middle.x, middle.y);
    await expect(page.locator('.relation.selected .predicate').textContent()).resolves.toBe('represents');
    await expect(page.locator('mark.evidence').textContent()).resolves.toMatch(/^Rotherham MP Sarah Champion said/);
    expect(new URL(page.url()).searchParams.get('edge')).toBe('sarah-champion->rotherham:represent');
    await page.close();
  });

  it('hides a type from the legend, keeps it in the URL and restores it on reload', async () => {
    const page = await session().open('node=rmcfa');
    const person = page.getByRole('group', { name: 'Entity types' }).getByRole('button', { name: /Person/ });
    await person.click();
    await expect(person.getAttribute('aria-pressed')).resolves.toBe('false');
    const isHidden = () => page.evaluate(() => window.newsgraph?.renderer.getNodeDisplayData('jason-harwin')?.hidden);
    expect(await isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.get('hide')).toBe('PERSON');
    await page.reload();
    await page.waitForSelector('body[data-graph-ready="true"]');
    await expect(person.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(await isHidden()).toBe(true);
    await expect(page.getByRole('region', { name: 'Entity details' }).getByRole('heading', { level: 2 }).textContent()).resolves.toBe(RMCFA);
    await page.close();
  });

  it('filters by minimum mentions and by relation type', async () => {
    const page = await session().open();
    await page.getByRole('slider', { name: 'Minimum mentions' }).fill('5');
    const display = (node: string) => page.evaluate((key) => window.newsgraph?.renderer.getNodeDisplayData(key)?.hidden, node);
    expect(await display('unity-centre')).toBe(true);
    expect(await display('south-yorkshire-police')).toBe(false);
    await page.getByRole('checkbox', { name: /works for/ }).uncheck();
    const edgeHidden = await page.evaluate(
      () => window.newsgraph?.renderer.getEdgeDisplayData('jason-harwin->south-yorkshire-police:work-for')?.hidden,
    );
    expect(edgeHidden).toBe(true);
    const params = new URL(page.url()).searchParams;
    expect([params.get('min'), params.get('hideRel')]).toEqual(['5', 'works_for']);
    await page.close();
  });

  it('hides relations below a minimum confidence, says how many, and keeps the threshold on reload', async () => {
    const page = await session().open();
    const slider = page.getByRole('slider', { name: 'Minimum edge confidence' });
    await slider.fill('0.6');
    const edgeHidden = (edge: string) =>
      page.evaluate((key) => window.newsgraph?.renderer.getEdgeDisplayData(key)?.hidden, edge);
    const weak = 'far-right-demonstrations->jay-report:follow';
    expect(await edgeHidden(weak)).toBe(true);
    expect(await edgeHidden('jay-report->rotherham:report-on')).toBe(false);
    const filters = page.locator('#filters');
    await expect(filters.textContent()).resolves.toContain('0.60');
    await expect(filters.textContent()).resolves.toContain('1 of 16 relations hidden');
    expect(new URL(page.url()).searchParams.get('minConf')).toBe('0.6');
    await page.reload();
    await page.waitForSelector('body[data-graph-ready="true"]');
    await expect(slider.inputValue()).resolves.toBe('0.6');
    expect(await edgeHidden(weak)).toBe(true);
    await slider.fill('0');
    expect(await edgeHidden(weak)).toBe(false);
    expect(new URL(page.url()).searchParams.has('minConf')).toBe(false);
    await page.close();
  });

  it('runs ForceAtlas2 in a worker and stops it', async () => {
    const page = await session().open();
    const before = await page.evaluate(() => window.newsgraph?.graph.getNodeAttributes('rotherham'));
    await page.getByRole('button', { name: 'Start layout' }).click();
    await page.waitForFunction(
      ([x, y]) => {
        const now = window.newsgraph?.graph.getNodeAttributes('rotherham');
        return now !== undefined && (now.x !== x || now.y !== y);
      },
      [before?.x, before?.y],
    );
    await page.getByRole('button', { name: 'Stop layout' }).click();
    await expect(page.getByRole('button', { name: 'Start layout' }).getAttribute('aria-pressed')).resolves.toBe('false');
    const stopped = await page.evaluate(() => window.newsgraph?.graph.getNodeAttributes('rotherham'));
    await page.waitForTimeout(300);
    const later = await page.evaluate(() => window.newsgraph?.graph.getNodeAttributes('rotherham'));
    expect([later?.x, later?.y]).toEqual([stopped?.x, stopped?.y]);
    await page.close();
  });

  it('lets the user drag a node', async () => {
    const page = await session().open();
    const start = await nodeOnPage(page, 'islamaphobia');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x - 60, start.y - 40, { steps: 5 });
    await page.mouse.up();
    const end = await nodeOnPage(page, 'islamaphobia');
    expect(Math.abs(end.x - (start.x - 60))).toBeLessThan(3);
    expect(Math.abs(end.y - (start.y - 40))).toBeLessThan(3);
    const fixed = await page.evaluate(() => window.newsgraph?.graph.getNodeAttribute('islamaphobia', 'fixed'));
    expect(fixed).toBeUndefined();
    await page.close();
  });

  it('exports the current graph as GEXF, JSON and PNG', async () => {
    const page = await session().open();
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export GEXF' }).click()]);
    expect(gexf.suggestedFilename()).toBe('sample.gexf');
    const exported = parseGraphText(readFileSync((await gexf.path())!, 'utf8')).graph;
    expect(exported.order).toBe(12);
    expect(exported.getNodeAttribute('rmcfa', 'aliases')).toContain('RMCFA');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const reopened = parseGraphText(readFileSync((await json.path())!, 'utf8')).graph;
    expect([reopened.order, reopened.size]).toEqual([12, 16]);
    expect(reopened.getAttribute('documents')[0].text).toContain('cut all lines of engagement');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('sample.png');
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(await inkShare(page, bytes)).toBeGreaterThan(0.005);
    await page.close();
  });

  it('opens a dropped GEXF file, which has no article text but keeps the evidence', async () => {
    const page = await session().open();
    const gexf = toGexf(parseGraphText(readFileSync(fixture('sample.json'), 'utf8')).graph);
    await page.evaluate((xml) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([xml], 'dropped.gexf', { type: 'application/xml' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, gexf);
    await page.waitForFunction(() => document.querySelector('#graph-title')?.textContent?.startsWith('dropped.gexf'));
    await expect(page.locator('#graph-title').textContent()).resolves.toContain('12 entities · 16 relations');
    const source = page.getByRole('region', { name: 'Source text' });
    await expect(source.textContent()).resolves.toContain('no article text');
    await page.getByRole('combobox', { name: 'Search entities' }).fill('Sarah');
    await page.getByRole('option').first().click();
    await expect(page.getByRole('region', { name: 'Entity details' }).textContent()).resolves.toContain(
      'Rotherham MP Sarah Champion said she was "very pleased"',
    );
    expect(new URL(page.url()).searchParams.get('graph')).toBeNull();
    await page.close();
  });

  it('explains a file it cannot open instead of failing silently', async () => {
    const page = await session().open();
    await page.locator('#file-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just text') });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Could not open notes.txt');
    await expect(page.locator('#graph-title').textContent()).resolves.toContain('12 entities');
    await page.close();
  });
});
