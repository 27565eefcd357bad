import { describe, expect, it } from 'vitest';
import { displayText } from '../../src/graph';

const text = 'Police said. Share this page Image copyright PA The boycott began on Monday.';
const share = { start: text.indexOf('Share'), end: text.indexOf('Image') };
const credit = { start: text.indexOf('Image'), end: text.indexOf('The boycott') };

describe('displayText', () => {
  it('removes dropped ranges given in any order, overlapping or not', () => {
    const display = displayText(text, [credit, share, { start: share.start + 2, end: share.end + 3 }]);
    expect(display.text).toBe('Police said. The boycott began on Monday.');
  });

  it('moves ranges after a dropped part onto the same words in the display text', () => {
    const display = displayText(text, [share, credit]);
    const at = text.indexOf('Monday');
    const range = display.mapRange(at, at + 'Monday'.length);
    expect(range && display.text.slice(range.start, range.end)).toBe('Monday');
  });

  it('cuts the dropped part out of a range and forgets a range that was all furniture', () => {
    const display = displayText(text, [share, credit]);
    const range = display.mapRange(text.indexOf('said'), text.indexOf(' began'));
    expect(range && display.text.slice(range.start, range.end)).toBe('said. The boycott');
    expect(display.mapRange(share.start, credit.end)).toBeUndefined();
  });
});
