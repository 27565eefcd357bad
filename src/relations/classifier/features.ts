import { normaliseToken, stem } from './tokens';
import type { RelationArgument } from './types';

/** One sentence prepared once for feature extraction over all of its candidate pairs. */
export interface SentenceView {
  words: string[];
  stems: string[];
  args: readonly RelationArgument[];
}

const LONG_SPAN = 6;

/** Normalises a sentence's tokens once so every pair in it reuses them. */
export function sentenceView(tokens: readonly string[], args: readonly RelationArgument[]): SentenceView {
  const words = tokens.map(normaliseToken);
  return { words, stems: words.map(stem), args };
}

/**
 * Sparse features of the ordered pair (head → tail), words only so both token styles behave alike.
 * Features describe the mentions, the stretch between them, a little context around them, and how
 * the other mentions of the sentence compete with the pair.
 */
export function pairFeatures(view: SentenceView, headIndex: number, tailIndex: number): string[] {
  const { words, stems, args } = view;
  const head = args[headIndex];
  const tail = args[tailIndex];
  const headFirst = head.start < tail.start;
  const left = headFirst ? head : tail;
  const right = headFirst ? tail : head;
  const dir = headFirst ? 'ht' : 'th';
  const out: string[] = ['bias', `dir=${dir}`];
  const add = (feature: string): void => {
    out.push(feature, `${dir}:${feature}`);
  };

  mentionFeatures(out, 'h', words, head);
  mentionFeatures(out, 't', words, tail);

  const between = words.slice(left.end, right.start);
  const betweenStems = stems.slice(left.end, right.start);
  add(`blen=${lengthBucket(between.length)}`);
  if (between.length === 0) add('b=empty');
  else {
    add(`bf=${between[0]}`);
    add(`bl=${between[between.length - 1]}`);
    if (between.length > 2) {
      add(`bf2=${between[0]}_${between[1]}`);
      add(`bl2=${between[between.length - 2]}_${between[between.length - 1]}`);
    }
    if (between.length <= LONG_SPAN) add(`bseq=${between.join(' ')}`);
  }
  for (const word of new Set(betweenStems)) add(`bw=${word}`);
  for (let i = 0; i + 1 < between.length; i++) add(`bb=${between[i]}_${between[i + 1]}`);
  const commas = between.filter((w) => w === ',').length;
  add(`bcomma=${Math.min(commas, 3)}`);

  const inside = args.filter((a, i) => i !== headIndex && i !== tailIndex && a.start >= left.end && a.end <= right.start);
  add(`bents=${Math.min(inside.length, 3)}`);
  for (const type of new Set(inside.map((a) => a.entityType))) add(`btype=${type}`);
  const pattern = collapsedBetween(words, left.end, right.start, inside);
  if (pattern.length <= LONG_SPAN) add(`bpat=${pattern.join(' ')}`);

  out.push(`lb1=${words[left.start - 1] ?? '<s>'}`, `lb2=${words[left.start - 2] ?? '<s>'}`);
  out.push(`ra1=${words[right.end] ?? '</s>'}`, `ra2=${words[right.end + 1] ?? '</s>'}`);
  out.push(`hpre=${words[head.start - 1] ?? '<s>'}`, `hpost=${words[head.end] ?? '</s>'}`);
  out.push(`tpre=${words[tail.start - 1] ?? '<s>'}`, `tpost=${words[tail.end] ?? '</s>'}`);

  out.push(`lnb=${neighbour(words, args, left, -1)}`, `rnb=${neighbour(words, args, right, 1)}`);
  out.push(`tnear=${nearestRank(args, headIndex, tailIndex)}`, `hnear=${nearestRank(args, tailIndex, headIndex)}`);
  return out;
}

function mentionFeatures(out: string[], role: string, words: readonly string[], mention: RelationArgument): void {
  const span = words.slice(mention.start, mention.end);
  out.push(`${role}len=${Math.min(span.length, 4)}`);
  // A person's surname says nothing about new text; titles before it ("President", "Officer") do.
  const telling = mention.entityType === 'PERSON' ? span.slice(0, -1) : span;
  for (const word of telling) out.push(`${role}w=${word}`);
  if (mention.entityType !== 'PERSON') out.push(`${role}last=${span[span.length - 1]}`);
}

/** The words between two mentions with every other mention replaced by its type. */
function collapsedBetween(words: readonly string[], from: number, to: number, inside: readonly RelationArgument[]): string[] {
  const pattern: string[] = [];
  for (let i = from; i < to; ) {
    const mention = inside.find((a) => a.start === i);
    if (mention) {
      pattern.push(mention.entityType);
      i = mention.end;
    } else {
      pattern.push(words[i]);
      i++;
    }
  }
  return pattern;
}

/** The mention right before (side -1) or after (side 1) this one, as its type and the words separating them. */
function neighbour(words: readonly string[], args: readonly RelationArgument[], mention: RelationArgument, side: -1 | 1): string {
  const gap = (a: RelationArgument): number => (side < 0 ? mention.start - a.end : a.start - mention.end);
  const near = args.find((a) => a !== mention && gap(a) >= 0 && gap(a) <= 2);
  if (!near) return 'none';
  const glue = side < 0 ? words.slice(near.end, mention.start) : words.slice(mention.end, near.start);
  return `${near.entityType}[${glue.join(' ')}]`;
}

/** How many mentions of the target's type sit closer to the anchor than the target does. */
function nearestRank(args: readonly RelationArgument[], anchorIndex: number, targetIndex: number): number {
  const anchor = args[anchorIndex];
  const target = args[targetIndex];
  const distance = (a: RelationArgument): number => Math.abs(a.start - anchor.start);
  const closer = args.filter(
    (a, i) => i !== anchorIndex && i !== targetIndex && a.entityType === target.entityType && distance(a) < distance(target),
  ).length;
  return Math.min(closer, 2);
}

function lengthBucket(length: number): string {
  if (length <= 3) return String(length);
  if (length <= 6) return '4-6';
  if (length <= 10) return '7-10';
  if (length <= 20) return '11-20';
  return '21+';
}
