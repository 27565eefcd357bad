/** Radius of the disc start positions are spread over; ForceAtlas2 rescales from there. */
const SEED_RADIUS = 100;

/**
 * Deterministic start position of a node, from a hash of its id: the same node starts at the same
 * place in every run, and adding documents does not move the others' starts.
 */
export function seedPosition(id: string): { x: number; y: number } {
  const hash = fnv1a(id);
  const angle = ((hash & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = SEED_RADIUS * Math.sqrt(((hash >>> 16) + 0.5) / 0x10000);
  return { x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) };
}

/** Rounds a coordinate to 1/1000: keeps files short and free of floating-point noise. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
