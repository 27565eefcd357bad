import { judgeLine } from './furniture';

/** A half-open character range. */
export interface Range {
  start: number;
  end: number;
}

/** Article text ready for segmentation, with a way back to the input's offsets. */
export interface CleanText {
  /** Normalised text: straight quotes, single spaces, paragraphs separated by one blank line. */
  text: string;
  /** For every index of `text`, and one past its end, the index of the input character it came from. */
  toInput: Int32Array;
  /** Input ranges dropped as page furniture, in input order. */
  dropped: Range[];
}

const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2032']);
const DOUBLE_QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb']);
/** Characters that carry nothing and would split or glue tokens: zero-width marks, soft hyphens, BOM. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const HORIZONTAL_SPACE = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
// C0 controls other than tab and newline, DEL and C1 controls: never article text, and invalid in XML.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Normalises one character, or returns '' when it should vanish. */
function normaliseChar(ch: string): string {
  if (SINGLE_QUOTES.has(ch)) return "'";
  if (DOUBLE_QUOTES.has(ch)) return '"';
  if (INVISIBLE.test(ch) || CONTROL.test(ch)) return '';
  if (HORIZONTAL_SPACE.test(ch)) return ' ';
  return ch;
}

/** Cleans raw article text: drops page furniture, keeps captions, normalises quotes and spacing. */
export function clean(input: string): CleanText {
  const out: string[] = [];
  const map: number[] = [];
  const dropped: Range[] = [];
  let pendingBreak = 0;
  let lineStart = 0;

  while (lineStart <= input.length) {
    let lineEnd = input.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = input.length;
    const contentEnd = lineEnd > lineStart && input[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const line = input.slice(lineStart, contentEnd);
    const verdict = judgeLine(line);
    const next = Math.min(lineEnd + 1, input.length + 1);

    if (verdict.action === 'drop') {
      dropped.push({ start: lineStart, end: Math.min(lineEnd + 1, input.length) });
    } else {
      let from = lineStart;
      if (verdict.action === 'strip') {
        dropped.push({ start: lineStart, end: lineStart + verdict.prefixLength });
        from = lineStart + verdict.prefixLength;
      }
      const before = out.length;
      let pendingSpace = -1;
      for (let i = from; i < contentEnd; i++) {
        const ch = normaliseChar(input[i]);
        if (ch === '') continue;
        if (ch === ' ') {
          if (pendingSpace === -1) pendingSpace = i;
          continue;
        }
        if (out.length === before) {
          // First visible character of the line: emit the paragraph break owed by earlier lines.
          if (before > 0) {
            const breakChars = pendingBreak > 1 ? '\n\n' : '\n';
            for (const b of breakChars) {
              out.push(b);
              map.push(i);
            }
          }
        } else if (pendingSpace !== -1) {
          out.push(' ');
          map.push(pendingSpace);
        }
        pendingSpace = -1;
        out.push(ch);
        map.push(i);
      }
      if (out.length > before) pendingBreak = 1;
      else if (out.length > 0) pendingBreak++;
    }
    lineStart = next;
  }
  map.push(input.length);
  return { text: out.join(''), toInput: Int32Array.from(map), dropped };
}

/** Maps a range of cleaned text back to the input. */
export function toInputRange(cleaned: CleanText, start: number, end: number): Range {
  const inputStart = cleaned.toInput[start];
  // The end is exclusive: map the last character and step past it, so trailing furniture is not included.
  const inputEnd = end > start ? cleaned.toInput[end - 1] + 1 : inputStart;
  return { start: inputStart, end: inputEnd };
}
