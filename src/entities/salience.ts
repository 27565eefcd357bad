import type { Mention } from '../mentions/mentions';
import type { Segmented } from '../segment/segment';

const VERBAL = new Set(['VERB', 'AUX']);
/** Words a coordinated noun phrase is made of. */
const CONJUNCT = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Is the mention the grammatical subject of a clause? Read shallowly: the next token after it, past an
 * apposition in commas or brackets ("X, head of Y, said", "X (XY) announced") and adverbs, is a verb.
 * Subjects are the most salient antecedents for pronouns and nominals.
 */
export function isSubject(segmented: Segmented, mention: Mention): boolean {
  const { tokens } = segmented;
  const end = segmented.sentences[mention.sentence].endToken;
  // The object of a preposition ("Omar Khan of Bradford Youth Network, ..., said") is never the subject.
  const before = tokens[mention.firstToken - 1];
  if (before && before.sentence === mention.sentence && before.pos === 'ADP') return false;
  let i = mention.endToken;
  // "Mr Brown's article was ...": the owner of a subject is what the clause is about.
  if (tokens[i]?.normal === "'s") {
    i++;
    while (i < end && (tokens[i].pos === 'ADJ' || tokens[i].pos === 'NOUN') && i - mention.endToken <= 4) i++;
    return i < end && VERBAL.has(tokens[i].pos);
  }
  if (tokens[i]?.text === '(') {
    while (i < end && tokens[i].text !== ')') i++;
    i++;
  }
  if (tokens[i]?.text === ',') {
    let j = i + 1;
    while (j < end && j - i < 15 && tokens[j].text !== ',') j++;
    if (j < end && tokens[j].text === ',') i = j + 1;
  }
  // "Mr Richter and his accomplices sent": the first of coordinated subjects is a subject too.
  if (tokens[i]?.normal === 'and' || tokens[i]?.normal === 'or') {
    let j = i + 1;
    while (j < end && j - i <= 4 && CONJUNCT.has(tokens[j].pos)) j++;
    if (j > i + 1 && j < end && VERBAL.has(tokens[j].pos)) return true;
  }
  while (i < end && tokens[i].pos === 'ADV') i++;
  if (i < end && VERBAL.has(tokens[i].pos)) return true;
  // Taggers miss verbs after a sentence-initial name ("Yukos claims its ..."): a name opening the
  // sentence and followed by a lower-case word is read as its subject.
  const sentenceStart = segmented.sentences[mention.sentence].firstToken;
  return mention.firstToken === sentenceStart && mention.kind === 'name' && i === mention.endToken && /^\p{Ll}/u.test(tokens[i]?.text ?? '') && tokens[i].pos !== 'ADP';
}
