import { hashString, mix } from './hash';
import { normalForm } from './word-shape';

/**
 * Name lists keyed by the hash of their normalised word sequence. Each entry holds a bit mask of
 * the classes the name was seen with, so "Washington" can be both a person and a place.
 * `wordRoles` says, per word (hash of its normal form), in which roles it occurs inside listed
 * names, as bits `4 * cls + part` (part 0 B, 1 I, 2 L, 3 U): "Bill" opens people's names and
 * "Corp" ends companies', which generalises to names the list does not hold ("Bill Gates").
 */
export interface Gazetteer {
  entries: Map<number, number>;
  maxLength: number;
  wordRoles: Map<number, number>;
}

/** One listed name: its tokens and the class index it was seen with. */
export interface GazetteerEntry {
  tokens: readonly string[];
  cls: number;
}

const SEED = 0x2545f491;

/** Hash of a word sequence as the gazetteer stores it, from each word's `hashString(normalForm)`. */
export function sequenceHash(normalHashes: ArrayLike<number>, start: number, end: number): number {
  let h = SEED;
  for (let i = start; i < end; i++) h = mix(h, normalHashes[i]);
  return h;
}

/** Builds a gazetteer from listed names. */
export function buildGazetteer(names: Iterable<GazetteerEntry>, maxLength = 6): Gazetteer {
  const entries = new Map<number, number>();
  const wordRoles = new Map<number, number>();
  let longest = 0;
  for (const { tokens, cls } of names) {
    if (tokens.length === 0) continue;
    const hashes = tokens.map((t) => hashString(normalForm(t)));
    hashes.forEach((h, i) => {
      const part = tokens.length === 1 ? 3 : i === 0 ? 0 : i === tokens.length - 1 ? 2 : 1;
      wordRoles.set(h, (wordRoles.get(h) ?? 0) | (1 << (4 * cls + part)));
    });
    if (tokens.length > maxLength) continue;
    const key = sequenceHash(hashes, 0, tokens.length);
    entries.set(key, (entries.get(key) ?? 0) | (1 << cls));
    longest = Math.max(longest, tokens.length);
  }
  return { entries, maxLength: longest, wordRoles };
}

/**
 * Marks every token covered by a gazetteer name, as a 16-bit mask of (class, BILU position)
 * pairs: bit `4 * cls + part`. Only names that start and end on a capitalised token are looked
 * up, so ordinary lower-case words ("may", "bank") never match.
 */
export function gazetteerHits(
  gazetteer: Gazetteer,
  normalHashes: ArrayLike<number>,
  capitalised: ArrayLike<boolean>,
  length: number,
  out: Uint16Array,
): void {
  out.fill(0, 0, length);
  if (gazetteer.entries.size === 0) return;
  for (let start = 0; start < length; start++) {
    if (!capitalised[start]) continue;
    let h = SEED;
    const last = Math.min(length, start + gazetteer.maxLength);
    for (let end = start + 1; end <= last; end++) {
      h = mix(h, normalHashes[end - 1]);
      if (!capitalised[end - 1]) continue;
      const mask = gazetteer.entries.get(h);
      if (mask === undefined) continue;
      for (let cls = 0; cls < 4; cls++) {
        if (!(mask & (1 << cls))) continue;
        if (end - start === 1) {
          out[start] |= 1 << (4 * cls + 3);
          continue;
        }
        out[start] |= 1 << (4 * cls);
        for (let i = start + 1; i < end - 1; i++) out[i] |= 1 << (4 * cls + 1);
        out[end - 1] |= 1 << (4 * cls + 2);
      }
    }
  }
}
