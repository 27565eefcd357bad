/**
 * 32-bit hashing for feature ids. Features are never built as strings at tag time: each word's
 * parts are hashed once and combined with integer mixing, so a token costs a few multiplications.
 */

/** FNV-1a over the UTF-16 code units of `text`, seeded so different uses do not collide. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finalise(h);
}

/** Combines a running hash with one more value (order matters). */
export function mix(h: number, value: number): number {
  let x = Math.imul(h ^ value, 0x9e3779b1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x85ebca6b);
  return x ^ (x >>> 13);
}

/** Murmur3's final avalanche, so nearby inputs spread over the whole table. */
function finalise(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
