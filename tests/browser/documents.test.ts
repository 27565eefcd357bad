import { describe, expect, it } from 'vitest';
import { fixture, viewerSession } from './harness';

const session = viewerSession(fixture('two-articles.json'));

describe('a graph built from several articles', () => {
  it('shows the article that mentions the selected entity, and lets the reader switch', async () => {
    const page = await session().open();
    const source = page.getByRole('region', { name: 'Source text' });
    const switcher = source.getByRole('combobox', { name: 'Document' });
    await expect(switcher.inputValue()).resolves.toBe('council-vote');

    await page.getByRole('combobox', { name: 'Search entities' }).fill('Claire');
    await page.keyboard.press('Enter');
    await expect(switcher.inputValue()).resolves.toBe('chamber-response');
    await expect(source.locator('mark.mention').allTextContents()).resolves.toEqual(['Claire Dunn']);

    // An entity in both articles keeps the article on screen.
    await page.getByRole('region', { name: 'Entity details' }).getByRole('button', { name: 'Northfield Chamber of Commerce' }).click();
    await expect(switcher.inputValue()).resolves.toBe('chamber-response');
    await expect(source.locator('mark.mention').allTextContents()).resolves.toEqual(['Northfield Chamber of Commerce', 'Its', 'the chamber']);

    await switcher.selectOption('council-vote');
    await expect(source.locator('mark.mention').allTextContents()).resolves.toEqual(['Northfield Chamber of Commerce']);
    expect(new URL(page.url()).searchParams.get('doc')).toBe('council-vote');
    await page.close();
  });

  it('opens the article an evidence sentence comes from', async () => {
    const page = await session().open('doc=chamber-response');
    await page.getByRole('combobox', { name: 'Search entities' }).fill('leads');
    await page.getByRole('option', { name: 'Martin Osei leads Northfield City Council' }).click();
    const source = page.getByRole('region', { name: 'Source text' });
    await expect(source.getByRole('combobox', { name: 'Document' }).inputValue()).resolves.toBe('council-vote');
    await expect(source.locator('mark.evidence').textContent()).resolves.toBe(
      'Council leader Martin Osei said the plan would cut traffic in the city centre.',
    );
    await page.close();
  });
});
