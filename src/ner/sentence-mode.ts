import { Casing, casingOf } from './word-shape';

/** What kind of line a sentence is; the features read a word differently in each. */
export const enum SentenceMode {
  Normal = 0,
  AllCaps = 1,
  TitleCase = 2,
  /** A results, standings or price line ("Bolton 1 Shrewsbury 2", "BALTIMORE 67 58 .536 5"). */
  Table = 3,
}

/** What the mode needs to know about a token. */
export interface ModeWord {
  text: string;
  casing: Casing;
}

/** Words that stand between two sides in a fixture ("Barnsley v Huddersfield"), lower-cased. */
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.']);

/**
 * Whether a sentence is a shouted headline, a title-cased headline, a table line, or ordinary
 * prose. A table line lists names beside numbers or sides of a fixture with hardly any
 * lower-case words — no verbs to tell what its names are: results ("Barnsley 1 ( Redfearn 12th )
 * Bolton 0"), standings, prices, fixtures ("Swansea v Lincoln", "OAKLAND AT BOSTON").
 * Newswire sports pages are full of such lines, where towns name clubs; the model keeps what it
 * learns there apart from prose.
 */
export function sentenceMode(words: readonly ModeWord[], n: number = words.length): SentenceMode {
  let alpha = 0;
  let allCaps = 0;
  let capitalised = 0;
  let numbers = 0;
  let marks = 0;
  let versus = 0;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const { casing, text } = words[i];
    if (casing === Casing.Digits || isNumber(text)) {
      numbers++;
      continue;
    }
    if (casing === Casing.Punct || casing === Casing.Other) {
      marks++;
      continue;
    }
    if (text.length <= 3 && VERSUS.has(text.toLowerCase())) {
      versus++;
      continue;
    }
    if (text === 'at' || text === 'AT') at++;
    alpha++;
    if (casing === Casing.AllCaps) allCaps++;
    if (casing !== Casing.Lower) capitalised++;
  }
  const lower = alpha - capitalised;
  if (numbers >= 2 && lower <= Math.max(1, 0.2 * alpha)) return SentenceMode.Table;
  if (versus > 0 && lower <= Math.max(2, 0.4 * alpha)) return SentenceMode.Table;
  if (at === 1 && numbers + marks === 0 && lower <= 1 && alpha >= 3 && alpha <= 6) return SentenceMode.Table;
  if (alpha >= 2 && allCaps / alpha > 0.6) return SentenceMode.AllCaps;
  if (alpha >= 3 && capitalised / alpha >= 0.75) return SentenceMode.TitleCase;
  return SentenceMode.Normal;
}

/** Whether a token starts like a number: "12th", "10no", "-3", ".536". */
function isNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return true;
  const second = text.charCodeAt(1);
  return (first === 45 || first === 43 || first === 46) && second >= 48 && second <= 57;
}

/** Whether a tokenised sentence is a table line (see `sentenceMode`). */
export function isTableLine(tokens: readonly string[]): boolean {
  return sentenceMode(tokens.map((text) => ({ text, casing: casingOf(text) }))) === SentenceMode.Table;
}
