import { describe, expect, it } from 'vitest';
import { clean, toInputRange } from '../../src/clean/clean';

const SCRAPED = `Police seek talks over boycott

image copyrightGetty Images
image captionAround 300 people met at the community centre on Monday

Police are seeking urgent talks with community leaders.
Share this page
More on this story

Related Internet Links

The BBC is not responsible for the content of external sites.`;

describe('clean', () => {
  it('drops photo credits even when glued to the credited name, and keeps caption text', () => {
    const { text } = clean(SCRAPED);
    expect(text).not.toMatch(/copyright|Getty/i);
    expect(text).toContain('Around 300 people met at the community centre on Monday');
    expect(text).not.toMatch(/image caption/i);
  });

  it('drops share lines, link lists and external-site disclaimers', () => {
    const { text } = clean(SCRAPED);
    expect(text).not.toMatch(/Share this page|More on this story|Related Internet Links|not responsible/);
    expect(text.trim().endsWith('community leaders.')).toBe(true);
  });

  it('records dropped ranges of the input', () => {
    const { dropped } = clean(SCRAPED);
    const removed = dropped.map((range) => SCRAPED.slice(range.start, range.end));
    expect(removed).toContain('image copyrightGetty Images\n');
    expect(removed).toContain('image caption');
  });

  it('normalises curly quotes and spacing but maps every character back to the input', () => {
    const input = 'He said \u201cwe\u2019re  surprised\u201d\u00a0today.\r\n\r\n\r\nNext  paragraph.';
    const cleaned = clean(input);
    expect(cleaned.text).toBe('He said "we\'re surprised" today.\n\nNext paragraph.');
    const at = cleaned.text.indexOf('surprised');
    const range = toInputRange(cleaned, at, at + 'surprised'.length);
    expect(input.slice(range.start, range.end)).toBe('surprised');
    const next = cleaned.text.indexOf('Next');
    expect(input.slice(toInputRange(cleaned, next, next + 4).start)).toMatch(/^Next/);
  });

  it('keeps a paragraph that merely mentions cookies', () => {
    const paragraph =
      'The bakery said it uses cookies from a family recipe, and its owner, who has run the shop for thirty years, told reporters that demand had doubled since the council approved the new market stalls in the town centre last spring.';
    expect(clean(paragraph).text).toBe(paragraph);
  });
});
