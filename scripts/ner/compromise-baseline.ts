import nlp from 'compromise';
import type { ClassSpan } from '../../src/ner/tags';

/** compromise's match methods and the CoNLL class each maps to (PER, ORG, LOC). */
const METHODS = [
  ['people', 0],
  ['organizations', 1],
  ['places', 2],
] as const;

interface Match {
  offset: { start: number; length: number };
}

/**
 * Names compromise finds in a tokenised sentence, as token spans. The tokens are joined back
 * into text (no space before closing punctuation and clitics), and each match is aligned to the
 * tokens its characters overlap. Where methods overlap, the first in METHODS wins.
 */
export function compromiseSpans(tokens: readonly string[]): ClassSpan[] {
  let text = '';
  const starts: number[] = [];
  tokens.forEach((token, i) => {
    const glued = i === 0 || /^(?:[,.;:!?)\]}%]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i.test(token) || /^[([{$]$/.test(tokens[i - 1]);
    if (!glued) text += ' ';
    starts.push(text.length);
    text += token;
  });
  const doc = nlp(text);
  const taken = new Uint8Array(tokens.length);
  const spans: ClassSpan[] = [];
  for (const [method, cls] of METHODS) {
    for (const { offset } of doc[method]().json({ offset: true }) as Match[]) {
      const from = offset.start;
      const to = offset.start + offset.length;
      let start = -1;
      let end = -1;
      tokens.forEach((token, i) => {
        if (starts[i] < to && starts[i] + token.length > from) {
          if (start < 0) start = i;
          end = i + 1;
        }
      });
      if (start < 0 || taken.subarray(start, end).some((x) => x)) continue;
      taken.fill(1, start, end);
      spans.push({ start, end, cls });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
