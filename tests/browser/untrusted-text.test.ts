import { describe, expect, it } from 'vitest';
import { fixture, viewerSession } from './harness';

const PAYLOAD = '<img src=x onerror=alert(1)>';

const session = viewerSession(fixture('xss.json'));

describe('untrusted article text', () => {
  it('shows markup in names, aliases, relations and evidence as text and runs none of it', async () => {
    const page = await session().open();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('script');
    await expect(page.getByRole('option').first().textContent()).resolves.toContain(PAYLOAD);
    await search.press('Enter');
    const details = page.getByRole('region', { name: 'Entity details' });
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(PAYLOAD);
    await details.locator('.evidence-quote').first().click();
    const source = page.getByRole('region', { name: 'Source text' });
    await expect(source.locator('mark.evidence').textContent()).resolves.toContain('<script>alert(2)</script>');
    await source.locator('[data-node="town-hall"]').first().hover();
    await page.waitForTimeout(300);

    expect(dialogs).toEqual([]);
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img, svg, iframe').length,
      scripts: [...document.scripts].map((script) => script.src.split('/').pop()),
      bold: document.querySelectorAll('b').length,
    }));
    expect(injected.images).toBe(0);
    expect(injected.bold).toBe(0);
    expect(injected.scripts).toHaveLength(1);
    expect(await details.textContent()).toContain('<svg onload=alert(4)>');
    expect(await details.textContent()).toContain('<img src=y onerror=alert(6)>');
    expect(session().pageErrors).toEqual([]);
    await page.close();
  });
});
