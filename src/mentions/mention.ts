import type { EntityType, MentionKind } from '../extraction';
import type { Segmented } from '../segment/segment';
import type { PronounFeatures } from './references';

/** A stretch of text that refers to an entity: a name, a nominal ("the force") or a pronoun ("he"). */
export interface Mention {
  /** Token range (global token indices, `endToken` exclusive) and the matching cleaned-text range. */
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  sentence: number;
  text: string;
  kind: MentionKind;
  entityType: EntityType;
  /** How sure the recogniser was, 0..1. */
  confidence: number;
  /** Inside quotation marks: reported words, where "it" and "they" are the speaker's, not the writer's. */
  quoted: boolean;
  /** Title or role written before a person's name, abbreviations expanded ("Chief Superintendent"). */
  title?: string;
  /** A lower-case role noun right before the name ("coach Luis Aragones"): evidence of a person. */
  roleBefore?: string;
  /** First token of that title, so relation patterns can look past it to what stands before. */
  titleStart?: number;
  /** Gender a title or pronoun implies. */
  gender?: 'male' | 'female';
  /** For pronouns: agreement features. */
  pronoun?: PronounFeatures;
  /** For nominals: the head noun, lower-case ("force"). */
  head?: string;
  /** For a person referred to by age ("the 29-year-old"): the age. */
  age?: number;
  /**
   * "Moscow-based", "Rosneft-owned": a name written as the first part of a word, and what the word says
   * of what follows ("based", "owned", "backed", ...).
   */
  prefix?: string;
  /** Written where places are written: "in X", "X MP". Evidence for LOCATION against the recogniser. */
  placeContext?: boolean;
  /** Written where bodies are written: "director of product management at X", "X's chief executive". */
  bodyContext?: boolean;
  /** For an acronym introduced in brackets, "Long Name (LN)": the long name's mention. */
  expansion?: Mention;
}

/** An upper-case acronym: "LTFA", "BBC", "G7". */
export const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;

/** Builds a mention over tokens [first, end) of the segmented text. */
export function makeMention(
  segmented: Segmented,
  first: number,
  end: number,
  fields: Pick<Mention, 'kind' | 'entityType' | 'confidence'> & Partial<Mention>,
  quoted: boolean[],
): Mention {
  const tokens = segmented.tokens;
  const start = tokens[first].start;
  const stop = tokens[end - 1].end;
  return {
    firstToken: first,
    endToken: end,
    start,
    end: stop,
    sentence: tokens[first].sentence,
    text: segmented.text.slice(start, stop),
    quoted: quoted[first],
    ...fields,
  };
}

