/**
 * Name comparison for merging entities across documents. Same folding as the scorer
 * (../shared/docs/scoring.md): Unicode folded, lower-cased, possessive 's removed,
 * punctuation to spaces, a leading "the" dropped.
 */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

/** Id-safe slug: letters and digits of any script, lower-cased, joined by "-". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** Collapses runs of whitespace and trims: surface forms come straight from article text. */
export function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
