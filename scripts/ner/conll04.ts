/**
 * CoNLL04 train as extra recogniser training data. CoNLL-2003 is Reuters news of 1996, half of it
 * sports pages; CoNLL04 is US news and broadcast transcripts, the kind of prose a relation sentence
 * comes from ("Idaho Gov. Cecil Andrus", "James Earl Ray, who shot ..."). Its spans are rewritten to
 * CoNLL-2003's habits, which are the product's: titles outside person names, "Lubbock , Texas" as
 * two places; the relation benchmark applies CoNLL04's own habits on top (scripts/rel/conventions.ts).
 */
import { isTitleWord } from '../../src/mentions/titles';
import { CLASSES } from '../../src/ner/tags';
import { readConll04, type Conll04Entity, type Conll04Sentence } from '../rel/conll04';
import { productTokens } from '../rel/token-view';
import type { ConllSentence } from './conll';

const CLASS: Readonly<Partial<Record<Conll04Entity['entityType'], number>>> = {
  PERSON: CLASSES.indexOf('PER'),
  ORGANIZATION: CLASSES.indexOf('ORG'),
  LOCATION: CLASSES.indexOf('LOC'),
  OTHER: CLASSES.indexOf('MISC'),
};

/** The CoNLL04 token ranges an entity becomes under CoNLL-2003's habits; none when CoNLL-2003 would not tag it. */
function conll2003Ranges(tokens: readonly string[], entity: Conll04Entity): [number, number][] {
  const words = tokens.slice(entity.start, entity.end);
  // CoNLL04's Other mixes dates and amounts with CoNLL-2003's MISC kind of names; only the names are kept.
  if (entity.entityType === 'OTHER' && words.some((word) => /\d/.test(word) || !/^[A-Z]/.test(word))) return [];
  let start = entity.start;
  if (entity.entityType === 'PERSON') while (start < entity.end - 1 && isTitleWord(tokens[start])) start++;
  const comma = entity.entityType === 'LOCATION' ? words.indexOf(',') : -1;
  return comma > 0 ? [[start, entity.start + comma], [entity.start + comma + 1, entity.end]] : [[start, entity.end]];
}

/** One CoNLL04 sentence as a recogniser training sentence, in the product's tokens (see token-view.ts). */
export function trainingSentence(sentence: Conll04Sentence): ConllSentence {
  const view = productTokens(sentence.tokens);
  const spans = sentence.entities.flatMap((entity) => {
    const cls = CLASS[entity.entityType];
    if (cls === undefined) return [];
    return conll2003Ranges(sentence.tokens, entity).flatMap(([from, to]) => {
      const inside = view.origin.flatMap((origin, i) => (origin >= from && origin < to && view.tokens[i] !== '.' ? [i] : []));
      return inside.length ? [{ start: inside[0], end: inside[inside.length - 1] + 1, cls }] : [];
    });
  });
  return { tokens: view.tokens, spans };
}

/** CoNLL04 train, each sentence ready to be a recogniser training document of its own. */
export function readConll04Training(dataDir: string): ConllSentence[] {
  return readConll04(dataDir, 'train').map(trainingSentence);
}
