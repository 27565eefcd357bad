/**
 * CoNLL04 as extra recogniser training data. CoNLL-2003 is Reuters news of 1996, half of it
 * sports pages; CoNLL04 is US news and broadcast transcripts, the kind of prose a relation sentence
 * comes from ("Idaho Gov. Cecil Andrus", "James Earl Ray, who shot ..."). Its spans are rewritten to
 * CoNLL-2003's habits, which are the product's (titles outside person names, "Lubbock , Texas" as two
 * places, no "the" or trailing common nouns in names, no dates); the relation benchmark applies
 * CoNLL04's own habits on top (scripts/rel/conventions.ts).
 */
import { isTitleWord } from '../../src/mentions/titles';
import { CLASSES } from '../../src/ner/tags';
import { readConll04, type Conll04Entity, type Conll04Sentence, type Conll04Split } from '../rel/conll04';
import { productTokens } from '../rel/token-view';
import type { ConllSentence } from './conll';

const CLASS: Readonly<Partial<Record<Conll04Entity['entityType'], number>>> = {
  PERSON: CLASSES.indexOf('PER'),
  ORGANIZATION: CLASSES.indexOf('ORG'),
  LOCATION: CLASSES.indexOf('LOC'),
  OTHER: CLASSES.indexOf('MISC'),
};

/** Month and weekday names: CoNLL04's Other holds dates ("Dec.", "Wednesday"), which CoNLL-2003 never tags. */
export const DATE_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?$/i;
/** Generational suffixes, which are part of a name but not a name word of their own. */
const SUFFIX = /^(?:Jr|Sr|Junior|II|III|IV)\.?$/;

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const lowerCase = (word: string): boolean => /^\p{Ll}/u.test(word);

/**
 * The CoNLL04 token ranges an entity becomes under CoNLL-2003's habits: none when CoNLL-2003 would
 * not tag it, undefined when they cannot be told (see below).
 */
function conll2003Ranges(tokens: readonly string[], entity: Conll04Entity): [number, number][] | undefined {
  let { start, end } = entity;
  const words = tokens.slice(start, end);
  if (entity.entityType === 'OTHER') {
    // CoNLL04's Other mixes dates and amounts with CoNLL-2003's MISC kind of names; only the names are kept.
    const name = words.every((word) => !/\d/.test(word) && capitalised(word)) && !words.every((word) => DATE_WORD.test(word));
    return name ? [[start, end]] : [];
  }
  while (start < end - 1 && /^the$/i.test(tokens[start])) start++;
  // "Phnom Penh government", "Minox company": the name stops at the common noun; "K mart" stays whole.
  let last = end;
  while (last - 1 > start && lowerCase(tokens[last - 1])) last--;
  if (last < end && tokens.slice(start, last).some((word) => word.length > 1 && capitalised(word))) end = last;
  if (entity.entityType === 'PERSON') {
    while (start < end - 1 && isTitleWord(tokens[start])) start++;
    // "Texas Gov. John Connally" is one person in CoNLL04, a place and a person in CoNLL-2003, and
    // nothing says whether what precedes the title is a place or an organisation. "James Earl Ray"
    // (one name word after "Earl") is a name.
    const title = tokens.slice(start + 1, end).findIndex((word) => capitalised(word) && isTitleWord(word));
    if (title >= 0 && tokens.slice(start + 1 + title + 1, end).filter((word) => !SUFFIX.test(word)).length >= 2) return undefined;
  }
  const comma = entity.entityType === 'LOCATION' ? tokens.slice(start, end).indexOf(',') : -1;
  return comma > 0 ? [[start, start + comma], [start + comma + 1, end]] : [[start, end]];
}

/**
 * One CoNLL04 sentence as a recogniser training sentence, in the product's tokens (see
 * token-view.ts); undefined when one of its names cannot be rewritten to CoNLL-2003's habits.
 */
export function trainingSentence(sentence: Conll04Sentence): ConllSentence | undefined {
  const view = productTokens(sentence.tokens);
  const spans: ConllSentence['spans'] = [];
  for (const entity of sentence.entities) {
    const cls = CLASS[entity.entityType];
    if (cls === undefined) continue;
    const ranges = conll2003Ranges(sentence.tokens, entity);
    if (!ranges) return undefined;
    for (const [from, to] of ranges) {
      const inside = view.origin.flatMap((origin, i) => (origin >= from && origin < to && view.tokens[i] !== '.' ? [i] : []));
      if (inside.length) spans.push({ start: inside[0], end: inside[inside.length - 1] + 1, cls });
    }
  }
  // CoNLL04 tags the names its relations need and only some others (most nationalities, events and
  // works go untagged): outside its spans a word is not a person, organisation or place, but may be MISC.
  const unlabelled = new Uint8Array(view.tokens.length).fill(1);
  for (const span of spans) unlabelled.fill(0, span.start, span.end);
  return { tokens: view.tokens, spans, unlabelled };
}

/** CoNLL04 splits, each sentence ready to be a recogniser training document of its own. */
export function readConll04Training(dataDir: string, splits: readonly Conll04Split[]): ConllSentence[] {
  return splits.flatMap((split) => readConll04(dataDir, split).flatMap((sentence) => trainingSentence(sentence) ?? []));
}
