import type { Segmented, Token } from '../segment/segment';
import { makeMention, type Mention } from './mention';
import { nominalTypes } from './references';
import { isRoleNoun } from './titles';

/**
 * Ages. News names a person once ("Susan Chepkemei, 29," or "29-year-old Susan Chepkemei") and then
 * refers to them by age alone ("The 29-year-old finished second"); the recogniser even takes the
 * age for a name.
 */

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** The age a word states: "29-year-old" → 29, "seventeen-year-old" → 17. */
export function ageOf(word: string): number | undefined {
  const match = /^(\d{1,3}|[a-z]+)-year-old$/.exec(word.toLowerCase());
  if (!match) return undefined;
  return /^\d+$/.test(match[1]) ? Number(match[1]) : NUMBER_WORDS[match[1]];
}

/** Is this mention only an age ("29-year-old" as the recogniser's name)? */
export function isAgeOnly(mention: Mention): boolean {
  return ageOf(mention.text) !== undefined;
}

/** The age written with a person's name: "29-year-old X", "X, 29,", "X (29)". */
export function statedAge(segmented: Segmented, mention: Mention): number | undefined {
  const { tokens } = segmented;
  const before = tokens[(mention.titleStart ?? mention.firstToken) - 1];
  const byWord = before && before.sentence === mention.sentence ? ageOf(before.text) : undefined;
  if (byWord !== undefined) return byWord;
  const [open, age, close] = tokens.slice(mention.endToken, mention.endToken + 3);
  const apposed = open && close && ((open.text === ',' && [',', '.'].includes(close.text)) || (open.text === '(' && close.text === ')'));
  return apposed && /^\d{1,3}$/.test(age.text) && age.sentence === mention.sentence ? Number(age.text) : undefined;
}

/** Does a token name a person by role: "actor", "flanker"? */
const personHead = (token: Token | undefined): boolean =>
  Boolean(token && token.pos === 'NOUN' && (nominalTypes(token.normal)?.includes('PERSON') || isRoleNoun(token.text)));

/**
 * "The 29-year-old", "the 30-year-old actor", "The 21-year-old Blues prop": a person referred to by age,
 * with the age kept for coreference. "the 31-year-old awards ceremony" is no person.
 */
export function ageMentions(segmented: Segmented, taken: Uint8Array, quoted: boolean[]): Mention[] {
  const { tokens } = segmented;
  const mentions: Mention[] = [];
  tokens.forEach((token, i) => {
    const age = ageOf(token.text);
    const determiner = tokens[i - 1];
    if (age === undefined || taken[i] || determiner?.normal !== 'the' || determiner.sentence !== token.sentence) return;
    let end = i + 1;
    // Names and adjectives describing the role are passed over: "the 21-year-old Blues prop", "the
    // 31-year-old Brazilian midfielder".
    let head = end;
    while (head < tokens.length && (taken[head] || tokens[head].pos === 'ADJ') && tokens[head].sentence === token.sentence && head - end < 3) head++;
    if (personHead(tokens[head]) && !taken[head] && tokens[head].sentence === token.sentence) end = head + 1;
    else if (['NOUN', 'PROPN', 'ADJ'].includes(tokens[end]?.pos ?? '') && tokens[end].sentence === token.sentence) return;
    const headWord = end > i + 1 ? tokens[end - 1].normal : 'year-old';
    mentions.push(makeMention(segmented, i - 1, end, { kind: 'nominal', entityType: 'PERSON', confidence: 0.5, head: headWord, age }, quoted));
  });
  return mentions;
}
