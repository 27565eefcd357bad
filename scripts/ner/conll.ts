import { readFileSync } from 'node:fs';
import { CLASSES, type ClassSpan } from '../../src/ner/tags';

/** One annotated CoNLL-2003 sentence. */
export interface ConllSentence {
  tokens: string[];
  spans: ClassSpan[];
  /**
   * Tokens outside every span that the annotation says nothing about: each may be outside any name
   * or part of a MISC name (CoNLL04 tags only some of its nationalities, events and works). Absent
   * for fully annotated text, where a token outside the spans is outside any name.
   */
  unlabelled?: Uint8Array;
}

/** Reads a CoNLL-2003 file (`TOKEN POS CHUNK NER`, IOB tags, blank line between sentences). */
export function readConll(path: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let labels: string[] = [];
  const flush = (): void => {
    if (tokens.length) sentences.push({ tokens, spans: spansFromIob(labels) });
    tokens = [];
    labels = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const fields = line.trim().split(' ');
    if (fields.length < 2 || fields[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    tokens.push(fields[0]);
    labels.push(fields[fields.length - 1]);
  }
  flush();
  return sentences;
}

/** Spans from IOB1 or IOB2 labels (an I- after another type or O also opens a span). */
export function spansFromIob(labels: readonly string[]): ClassSpan[] {
  const spans: ClassSpan[] = [];
  let open: ClassSpan | undefined;
  labels.forEach((label, i) => {
    const [prefix, name] = label === 'O' ? ['O', ''] : [label.slice(0, 1), label.slice(2)];
    const cls = CLASSES.indexOf(name as (typeof CLASSES)[number]);
    if (open && (prefix !== 'I' || cls !== open.cls)) {
      spans.push(open);
      open = undefined;
    }
    if (prefix === 'O') return;
    if (cls < 0) throw new Error(`unknown CoNLL label ${label}`);
    if (!open) open = { start: i, end: i, cls };
    open.end = i + 1;
  });
  if (open) spans.push(open);
  return spans;
}

const DATELINE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Groups sentences into articles. This copy has no -DOCSTART- lines, but every Reuters story
 * opens with a headline, sometimes a byline, then a dateline ending in a date ("BRUSSELS
 * 1996-08-22"); a story starts at the headline before each dateline.
 */
export function splitDocuments<S extends { tokens: readonly string[] }>(sentences: readonly S[]): S[][] {
  const starts = new Set<number>([0]);
  sentences.forEach((s, i) => {
    if (!DATELINE.test(s.tokens[s.tokens.length - 1]) || s.tokens.length > 8 || i === 0) return;
    const shouted = (k: number): boolean => k >= 0 && isShouted(sentences[k].tokens);
    starts.add(shouted(i - 2) && !shouted(i - 1) ? i - 2 : i - 1);
  });
  const order = [...starts].filter((s) => s >= 0).sort((a, b) => a - b);
  return order.map((start, k) => sentences.slice(start, order[k + 1] ?? sentences.length)).filter((d) => d.length);
}

function isShouted(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => /[A-Za-z]{2}/.test(t));
  return words.length > 0 && words.filter((t) => t === t.toUpperCase()).length / words.length > 0.6;
}
