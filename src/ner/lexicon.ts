import type { Gazetteer } from './gazetteer';

/** Word-level knowledge the features draw on, learned from data and shipped with the model. */
export interface Lexicon {
  /** Brown-cluster bit string of each word (case-sensitive), learned from unlabelled news text. */
  clusters: ReadonlyMap<string, string>;
  /**
   * How often a word is capitalised away from the start of a sentence, as a class 1 (always
   * lower) .. 5 (always capitalised), keyed by its normal form. Tells a sentence-initial "Police"
   * or a headline's "Boycott" from a name.
   */
  capitalisation: ReadonlyMap<string, number>;
  /** Names seen in the training data, by class. */
  gazetteer: Gazetteer;
}

/** Capitalisation class from counts of capitalised and lower-case uses (0 = too rare to say). */
export function capitalisationClass(capitalised: number, lower: number): number {
  const total = capitalised + lower;
  if (total < 3) return 0;
  const ratio = capitalised / total;
  if (ratio < 0.05) return 1;
  if (ratio < 0.35) return 2;
  if (ratio < 0.65) return 3;
  if (ratio < 0.95) return 4;
  return 5;
}
