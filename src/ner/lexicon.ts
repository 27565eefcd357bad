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
  /**
   * How often a capitalised word follows "in" in unlabelled text, as a class 1 (never) .. 5
   * (a quarter of its uses or more), keyed by the word as written. Places are written "in
   * Bolton"; what CoNLL's sports pages teach about a town's name is checked against that.
   */
  afterIn: ReadonlyMap<string, number>;
  /** Names seen in the training data, by class. */
  gazetteer: Gazetteer;
}

/** After-"in" class from how many of a word's capitalised uses follow "in" (0 = too rare to say). */
export function afterInClass(afterIn: number, uses: number): number {
  if (uses < 5) return 0;
  const ratio = afterIn / uses;
  if (ratio < 0.02) return 1;
  if (ratio < 0.06) return 2;
  if (ratio < 0.12) return 3;
  if (ratio < 0.25) return 4;
  return 5;
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
