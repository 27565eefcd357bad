/**
 * Word normalisation shared by training and inference, so CoNLL04's tokens (`` ` ` `` quotes, `_` dashes)
 * and wink-nlp's tokens (straight quotes, `—`) produce the same features.
 */

const QUOTES = new Set(['`', '``', "''", '"', '\u201c', '\u201d', '\u2018', '\u2019', "'"]);
const DASHES = new Set(['_', '-', '--', '\u2013', '\u2014', '\u2012', '\u2015']);

/** Lower-cased word form with quotes, dashes and digits folded, so both token styles look alike. */
export function normaliseToken(token: string): string {
  if (QUOTES.has(token)) return '"';
  if (DASHES.has(token)) return '--';
  const lower = token.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  if (lower === "'t") return "n't";
  return /\d/.test(lower) ? lower.replace(/\d+/g, '0') : lower;
}

/** A crude suffix stripper: enough to merge "kills/killed/killing" without a lexicon. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return trimDouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return trimDouble(word.slice(0, -2));
  if (word.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

function trimDouble(base: string): string {
  return /([bdgklmnprt])\1$/.test(base) ? base.slice(0, -1) : base;
}
