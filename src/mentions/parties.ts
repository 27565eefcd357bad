import type { NerSpan } from '../ner';
import type { Segmented } from '../segment/segment';
import { isRoleNoun } from './titles';

/**
 * Political parties go by several names in one article: "the Conservatives", "Tory plans", "Conservative
 * shadow secretary". A recogniser reads the adjectives as nationalities or groups; news usage makes them
 * the party. General British, Irish and American usage, not any article's.
 */
const PARTY_NAMES: Readonly<Record<string, string>> = {
  conservative: 'conservatives', conservatives: 'conservatives', tory: 'conservatives', tories: 'conservatives',
  'conservative party': 'conservatives',
  labour: 'labour', 'labour party': 'labour',
  'lib dem': 'liberal democrats', 'lib dems': 'liberal democrats', 'liberal democrat': 'liberal democrats',
  'liberal democrats': 'liberal democrats',
  democrat: 'democrats', democrats: 'democrats', democratic: 'democrats', 'democratic party': 'democrats',
  republican: 'republicans', republicans: 'republicans', 'republican party': 'republicans',
  snp: 'snp', 'scottish national party': 'snp', ukip: 'ukip', 'uk independence party': 'ukip',
  'plaid cymru': 'plaid cymru', 'sinn fein': 'sinn fein', dup: 'dup', 'democratic unionist party': 'dup',
  greens: 'greens', 'green party': 'greens',
};

/** The one key every name of a party shares ("tory" → "conservatives"), or undefined for other names. */
export function partyKey(words: readonly string[]): string | undefined {
  return PARTY_NAMES[words.join(' ').toLowerCase()];
}

/**
 * The recogniser's spans plus party names it left out: "Conservative shadow pensions secretary David
 * Willetts", "Democratic challenger John Kerry". A capitalised party word is the party, except where a
 * capital only opens the sentence ("Conservative estimates suggest ...").
 */
export function withPartyNames(segmented: Segmented, spans: NerSpan[][]): NerSpan[][] {
  const { tokens, sentences } = segmented;
  return spans.map((list, index) => {
    const { firstToken, endToken } = sentences[index];
    let result = list;
    for (let i = firstToken; i < endToken; i++) {
      if (!/^\p{Lu}/u.test(tokens[i].text)) continue;
      // The longest party name starting here: "Lib Dem" is one party, not the recogniser's "Dem".
      let length = 0;
      for (let n = Math.min(3, endToken - i); n >= 1 && length === 0; n--) {
        const words = tokens.slice(i, i + n).map((token) => token.text);
        if (words.every((word) => /^\p{Lu}/u.test(word)) && partyKey(words)) length = n;
      }
      if (length === 0) continue;
      const start = i - firstToken;
      const end = start + length;
      const overlapping = result.filter((span) => span.start < end && start < span.end);
      // A longer name the recogniser found around it ("Labour Party conference") stays.
      if (overlapping.some((span) => span.start <= start && span.end >= end && span.end - span.start > length)) continue;
      if (length === 1 && overlapping.length > 0) continue;
      if (i === firstToken && length === 1 && !isRoleNoun(tokens[i + 1]?.text ?? '')) continue;
      result = [...result.filter((span) => !overlapping.includes(span)), { start, end, type: 'ORGANIZATION' as const, confidence: 0.7 }].sort((a, b) => a.start - b.start);
      i += length - 1;
    }
    return result;
  });
}
