/**
 * BILOU tags over the four CoNLL classes. Tag 0 is O; class k has B, I, L, U at 1 + 4k .. 4 + 4k.
 * BILOU rather than BIO lets the model learn how names end, which matters for long
 * organisation names.
 */

/** The classes the model is trained on (CoNLL-2003). */
export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerClass = (typeof CLASSES)[number];

export const TAG_COUNT = 1 + 4 * CLASSES.length;
export const O = 0;
const B = 0;
const I = 1;
const L = 2;
const U = 3;

/** A class-typed span of token indices, `end` exclusive. */
export interface ClassSpan {
  start: number;
  end: number;
  cls: number;
}

/** Tag id for position `part` (0 B, 1 I, 2 L, 3 U) of class `cls`. */
export function tagOf(cls: number, part: number): number {
  return 1 + 4 * cls + part;
}

/** Class index of a tag, or -1 for O. */
export function classOf(tag: number): number {
  return tag === O ? -1 : (tag - 1) >> 2;
}

/** Position of a tag inside its span: 0 B, 1 I, 2 L, 3 U (O has none). */
export function partOf(tag: number): number {
  return (tag - 1) & 3;
}

/** Readable tag name, for debugging and tests. */
export function tagName(tag: number): string {
  return tag === O ? 'O' : `${'BILU'[partOf(tag)]}-${CLASSES[classOf(tag)]}`;
}

/** Whether `next` may follow `prev` (-1 = sentence start); the Viterbi lattice only uses these. */
export function allowed(prev: number, next: number): boolean {
  const open = prev > 0 && (partOf(prev) === B || partOf(prev) === I);
  if (open) return classOf(next) === classOf(prev) && (partOf(next) === I || partOf(next) === L);
  return next === O || partOf(next) === B || partOf(next) === U;
}

/** Whether a sentence may end on `tag`. */
export function canEnd(tag: number): boolean {
  return tag === O || partOf(tag) === L || partOf(tag) === U;
}

/** Spans encoded by a valid tag sequence. */
export function spansOf(tags: ArrayLike<number>, length = tags.length): ClassSpan[] {
  const spans: ClassSpan[] = [];
  let start = -1;
  for (let i = 0; i < length; i++) {
    const tag = tags[i];
    if (tag === O) continue;
    const part = partOf(tag);
    if (part === U) spans.push({ start: i, end: i + 1, cls: classOf(tag) });
    else if (part === B) start = i;
    else if (part === L && start >= 0) {
      spans.push({ start, end: i + 1, cls: classOf(tag) });
      start = -1;
    }
  }
  return spans;
}

/** BILOU tags for spans over a sentence of `length` tokens. */
export function tagsOf(spans: readonly ClassSpan[], length: number): Uint8Array {
  const tags = new Uint8Array(length);
  for (const { start, end, cls } of spans) {
    if (end - start === 1) {
      tags[start] = tagOf(cls, U);
      continue;
    }
    tags[start] = tagOf(cls, B);
    for (let i = start + 1; i < end - 1; i++) tags[i] = tagOf(cls, I);
    tags[end - 1] = tagOf(cls, L);
  }
  return tags;
}
