/** Readable labels and lemma predicates for relation phrases. */

const IRREGULAR_THIRD_PERSON: Record<string, string> = { be: 'is', have: 'has', do: 'does', go: 'goes' };

/** Third person singular present of a verb lemma: "seek" → "seeks", "accuse" → "accuses", "be" → "is". */
export function thirdPerson(lemma: string): string {
  if (IRREGULAR_THIRD_PERSON[lemma]) return IRREGULAR_THIRD_PERSON[lemma];
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

/** A verb's dictionary form, also where the tagger left a past form of an unknown verb ("deselected"). */
export function verbLemma(token: { lemma: string; normal: string }): string {
  return token.lemma === token.normal && /ed$/.test(token.normal) ? token.normal.replace(/e?d$/, '') : token.lemma;
}

/** Joins phrase parts into one lower-case phrase with single spaces. */
export function phrase(parts: readonly string[]): string {
  return parts
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A verb phrase as label and predicate: head verb conjugated for the label, lemmatised for the predicate. */
export interface VerbPhrase {
  /** Lemma of the head verb ("seek"). */
  lemma: string;
  /** Words after the head verb that belong to the predicate ("talks with"), as written. */
  tail: string[];
  /** Their lemma forms ("talk with"). */
  tailLemmas: string[];
  negated: boolean;
  /** Passive "was founded by": the predicate keeps the voice when the agent is not in the sentence. */
  passive: boolean;
  /** The head verb as written, for passive labels ("stabbed", "held"). */
  written: string;
}

/** The label a reader would write: "seeks talks with", "does not include", "is appointed to". */
export function verbLabel(verb: VerbPhrase): string {
  if (verb.passive) return phrase([verb.negated ? 'is not' : 'is', verb.written, ...verb.tail]);
  if (verb.negated) return phrase([verb.lemma === 'be' ? 'is not' : `does not ${verb.lemma}`, ...verb.tail]);
  return phrase([thirdPerson(verb.lemma), ...verb.tail]);
}

/** The lemma predicate: "seek talk with", "not include", "be appoint to". */
export function verbPredicate(verb: VerbPhrase): string {
  return phrase([verb.negated ? 'not' : '', verb.passive ? 'be' : '', verb.lemma, ...verb.tailLemmas]);
}
