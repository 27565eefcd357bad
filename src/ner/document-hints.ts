import { classOf, CLASSES, O, partOf, spansOf } from './tags';

/** Writes the hint values of token i of one sentence (each becomes a feature via `hintFeature`). */
export type Hints = (i: number, push: (value: number) => void) => void;

const LABELS = CLASSES.length + 1;
const OUTSIDE = CLASSES.length;

/**
 * Document-level evidence from a first tagging pass (Krishnan & Manning's two-stage idea): how
 * the same capitalised word was tagged elsewhere in the article, whether it sat inside a longer
 * name there, and whether it spells the initials of a name found elsewhere. This is what turns a
 * later bare "Harwin" into a person after "Jason Harwin", and "RMCFA" into the organisation it
 * abbreviates. `keys` identify each token's word across the document (see `nameKey`), 0 for
 * tokens that are not candidate names.
 */
export function documentHints(
  sentences: readonly (readonly string[])[],
  keys: readonly Int32Array[],
  firstPass: readonly Uint8Array[],
): Hints[] {
  const labels = new Map<number, Int32Array>();
  const inside = new Map<number, Int32Array>();
  const acronyms = acronymsOf(sentences, firstPass);

  keys.forEach((sentenceKeys, s) => {
    const tags = firstPass[s];
    for (let i = 0; i < sentenceKeys.length; i++) {
      const key = sentenceKeys[i];
      if (key === 0) continue;
      counts(labels, key, LABELS)[labelOf(tags[i])]++;
      const part = multiTokenPart(tags[i]);
      if (part >= 0) counts(inside, key, 4 * CLASSES.length)[4 * classOf(tags[i]) + part]++;
    }
  });

  return keys.map((sentenceKeys, s) => {
    const tags = firstPass[s];
    return (i, push) => {
      const key = sentenceKeys[i];
      if (key === 0) return;
      const own = labelOf(tags[i]);
      const seen = labels.get(key)!;
      let best = -1;
      for (let label = 0; label < LABELS; label++) {
        const others = seen[label] - (label === own ? 1 : 0);
        if (others <= 0) continue;
        push(200 + label);
        if (best < 0 || others > seen[best] - (best === own ? 1 : 0)) best = label;
      }
      if (best >= 0) push(100 + best * LABELS + own);
      const abbreviates = acronyms.get(sentences[s][i]) ?? 0;
      for (let cls = 0; cls < CLASSES.length; cls++) if (abbreviates & (1 << cls)) push(500 + cls);
      const within = inside.get(key);
      if (!within) return;
      const ownPart = multiTokenPart(tags[i]);
      const ownBit = ownPart >= 0 ? 4 * classOf(tags[i]) + ownPart : -1;
      for (let bit = 0; bit < within.length; bit++) {
        if (within[bit] - (bit === ownBit ? 1 : 0) > 0) push(300 + bit);
      }
    };
  });
}

/** Initials of the multi-word names the first pass found ("Forum Alliance" → "FA"), with their classes as a bit mask. */
function acronymsOf(sentences: readonly (readonly string[])[], firstPass: readonly Uint8Array[]): Map<string, number> {
  const acronyms = new Map<string, number>();
  sentences.forEach((tokens, s) => {
    for (const { start, end, cls } of spansOf(firstPass[s], tokens.length)) {
      if (end - start < 2) continue;
      let initials = '';
      for (let i = start; i < end; i++) {
        const first = tokens[i].charAt(0);
        if (first >= 'A' && first <= 'Z') initials += first;
      }
      if (initials.length >= 2) acronyms.set(initials, (acronyms.get(initials) ?? 0) | (1 << cls));
    }
  });
  return acronyms;
}

function labelOf(tag: number): number {
  return tag === O ? OUTSIDE : classOf(tag);
}

/** B, I or L position (0, 1, 2) of a tag inside a multi-token name, or -1. */
function multiTokenPart(tag: number): number {
  if (tag === O) return -1;
  const part = partOf(tag);
  return part === 3 ? -1 : part;
}

function counts(map: Map<number, Int32Array>, key: number, size: number): Int32Array {
  let c = map.get(key);
  if (!c) {
    c = new Int32Array(size);
    map.set(key, c);
  }
  return c;
}
