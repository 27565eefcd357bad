import type { Segmented } from '../segment/segment';
import type { Mention } from './mention';

const BASED = /^(\p{Lu}[\p{L}.'\u2019]*)-based$/u;

/** "Moscow-based", "London-based": the place inside the word, as a mention of its own. */
export function basedMentions(segmented: Segmented, quoted: boolean[]): Mention[] {
  const mentions: Mention[] = [];
  segmented.tokens.forEach((token, i) => {
    const match = BASED.exec(token.text);
    if (!match) return;
    const place = match[1];
    mentions.push({
      firstToken: i,
      endToken: i + 1,
      start: token.start,
      end: token.start + place.length,
      sentence: token.sentence,
      text: place,
      quoted: quoted[i],
      kind: 'name',
      entityType: 'LOCATION',
      confidence: 0.8,
      basedPrefix: true,
    });
  });
  return mentions;
}
