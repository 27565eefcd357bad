import type { Segmented } from '../segment/segment';
import { ACRONYM, makeMention, type Mention } from './mention';

/**
 * Names the recogniser found once are found everywhere: the same full name elsewhere, a person's
 * surname, and the upper-case short form of a longer name ("DS" of "Nintendo DS"). Recognisers tag
 * the same word differently from sentence to sentence; one article names one thing one way.
 */
export function propagatedMentions(segmented: Segmented, names: Mention[], taken: Uint8Array, quoted: boolean[]): Mention[] {
  const { tokens } = segmented;
  const known = new Map<string, Mention>();
  // A lone word the recogniser took twice as the same kind of name is as safe as one it took confidently.
  const singles = new Map<string, number>();
  for (const mention of names) {
    if (mention.endToken - mention.firstToken !== 1) continue;
    const key = `${tokens[mention.firstToken].text} ${mention.entityType}`;
    singles.set(key, (singles.get(key) ?? 0) + 1);
  }
  for (const mention of names) {
    const words = tokens.slice(mention.firstToken, mention.endToken).map((token) => token.text);
    if (mention.prefix || mention.entityType === 'DATE' || mention.entityType === 'QUANTITY') continue;
    if (words.length > 1) {
      known.set(words.join(' '), mention);
      const last = words[words.length - 1];
      if (mention.entityType === 'PERSON' || ACRONYM.test(last)) known.set(last, mention);
    } else if (ACRONYM.test(words[0]) || mention.confidence >= 0.8 || (singles.get(`${words[0]} ${mention.entityType}`) ?? 0) >= 2) {
      known.set(words[0], mention);
    }
  }
  const longest = Math.max(0, ...[...known.keys()].map((key) => key.split(' ').length));
  const found: Mention[] = [];
  for (const sentence of segmented.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      if (taken[i] || !/^\p{Lu}/u.test(tokens[i].text)) continue;
      for (let length = Math.min(longest, sentence.endToken - i); length >= 1; length--) {
        const model = known.get(tokens.slice(i, i + length).map((token) => token.text).join(' '));
        if (!model || taken.subarray(i, i + length).some(Boolean)) continue;
        // A capitalised common word opening a sentence is not evidence of a name.
        if (length === 1 && i === sentence.firstToken && !ACRONYM.test(tokens[i].text) && model.entityType !== 'PERSON') break;
        found.push(makeMention(segmented, i, i + length, { kind: 'name', entityType: model.entityType, confidence: model.confidence * 0.8 }, quoted));
        taken.fill(1, i, i + length);
        i += length - 1;
        break;
      }
    }
  }
  return found;
}
