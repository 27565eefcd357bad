import { classOf, CLASSES, O, partOf, spansOf } from './tags';

/** Writes the hint values of token i of one sentence (each becomes a feature via `hintFeature`). */
export type Hints = (i: number, push: (value: number) => void) => void;

const LABELS = CLASSES.length + 1;
const OUTSIDE = CLASSES.length;

/** Hint values of documents with table lines are shifted by this, so they get weights of their own. */
const TABLE_DOCUMENT = 1000;
const ORGANISATION = CLASSES.indexOf('ORG');
const PLACE = CLASSES.indexOf('LOC');

/**
 * Document-level evidence from a first tagging pass (Krishnan & Manning's two-stage idea): how
 * the same capitalised word was tagged where it stood alone elsewhere in the article, whether it
 * sat inside a longer name there, and whether it spells the initials of a name found elsewhere.
 * This is what turns a later bare "Reid" into a person after "Mark Reid", and "LTFA" into
 * the organisation it abbreviates. `keys` identify each token's word across the document (see
 * `nameKey`), 0 for tokens that are not candidate names; `tableLines` marks results and
 * standings lines (see `sentenceMode`).
 *
 * Some evidence is kept from spreading one reading over an article. A word's class inside a
 * longer name ("Bolton" in "Leeds Tenants Forum Alliance") does not count as
 * its class on its own, and a tie between readings elsewhere keeps this occurrence's. Opening a
 * longer name is weighed together with how the first pass read the word here: a company's name
 * opening its product's ("Sony PSP") says the bare word is the company, but a word read as a
 * place that opens an organisation's name ("Bolton Council", "US Federal Reserve") stays a
 * place. Newswire teaches the opposite — its towns that open organisations' names are clubs
 * ("Leeds United") — so that pairing is left out, except in documents with table lines (sports
 * results, market prices), which get hints of their own.
 */
export function documentHints(
  sentences: readonly (readonly string[])[],
  keys: readonly Int32Array[],
  firstPass: readonly Uint8Array[],
  tableLines: readonly boolean[],
): Hints[] {
  const shift = tableLines.includes(true) ? TABLE_DOCUMENT : 0;
  const labels = new Map<number, Int32Array>();
  const inside = new Map<number, Int32Array>();
  const acronyms = acronymsOf(sentences, firstPass);

  keys.forEach((sentenceKeys, s) => {
    const tags = firstPass[s];
    for (let i = 0; i < sentenceKeys.length; i++) {
      const key = sentenceKeys[i];
      if (key === 0) continue;
      const part = multiTokenPart(tags[i]);
      if (part >= 0) counts(inside, key, 4 * CLASSES.length)[4 * classOf(tags[i]) + part]++;
      else counts(labels, key, LABELS)[labelOf(tags[i])]++;
    }
  });

  return keys.map((sentenceKeys, s) => {
    const tags = firstPass[s];
    return (i, push) => {
      const key = sentenceKeys[i];
      if (key === 0) return;
      const own = labelOf(tags[i]);
      const ownPart = multiTokenPart(tags[i]);
      // The token's own first-pass label is among the counts only when it stands alone.
      const counted = ownPart < 0 ? own : -1;
      const seen = labels.get(key);
      // The document's majority reading of the word, this occurrence included.
      let best = -1;
      let elsewhere = false;
      for (let label = 0; seen && label < LABELS; label++) {
        if (seen[label] - (label === counted ? 1 : 0) > 0) {
          push(shift + 200 + label);
          elsewhere = true;
        }
        if (seen[label] > 0 && (best < 0 || seen[label] > seen[best] || (seen[label] === seen[best] && label === own))) best = label;
      }
      if (elsewhere) push(shift + 100 + best * LABELS + own);
      const abbreviates = acronyms.get(sentences[s][i]) ?? 0;
      for (let cls = 0; cls < CLASSES.length; cls++) if (abbreviates & (1 << cls)) push(shift + 500 + cls);
      const within = inside.get(key);
      if (!within) return;
      const ownBit = ownPart >= 0 ? 4 * classOf(tags[i]) + ownPart : -1;
      for (let bit = 0; bit < within.length; bit++) {
        if (within[bit] - (bit === ownBit ? 1 : 0) <= 0) continue;
        if ((bit & 3) !== 0) push(shift + 300 + bit);
        else if (bit !== 4 * ORGANISATION || own !== PLACE || shift) push(shift + 400 + (bit >> 2) * LABELS + own);
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
