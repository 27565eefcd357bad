import type { EntityType } from '../extraction';
import type { Segmented, Token } from '../segment/segment';
import type { Mention } from './mention';

/** "Moscow-based", "Rosneft-owned", "US-backed": a name written as the first part of a word. */
export const PREFIXED = /^(\p{Lu}[\p{L}.'\u2019]*)-(based|owned|backed|controlled|run|funded|led|sponsored)$/u;

/**
 * The names inside "Moscow-based" (a place locating what follows) and "Rosneft-owned" (an owner of
 * what follows), as mentions of their own. An owner takes the type its name has elsewhere in the
 * article; a place is a place.
 */
export function prefixMentions(segmented: Segmented, names: readonly Mention[], quoted: boolean[]): Mention[] {
  const typeOf = new Map<string, EntityType>(names.map((mention) => [mention.text, mention.entityType]));
  const mentions: Mention[] = [];
  const { tokens } = segmented;
  tokens.forEach((token, i) => {
    const match = PREFIXED.exec(token.text);
    if (!match) return;
    const [, name, relation] = match;
    const based = relation === 'based';
    // "New York-based", "Hong Kong-based": the name may begin in the words before.
    let first = i;
    while (first > i - 2 && isNameWord(tokens[first - 1]) && tokens[first - 1].sentence === token.sentence) first--;
    mentions.push({
      firstToken: first,
      endToken: i + 1,
      start: tokens[first].start,
      end: token.start + name.length,
      sentence: token.sentence,
      text: [...tokens.slice(first, i).map((word) => word.text), name].join(' '),
      quoted: quoted[i],
      kind: 'name',
      entityType: based ? 'LOCATION' : (typeOf.get(name) ?? 'ORGANIZATION'),
      confidence: based ? 0.8 : 0.6,
      prefix: relation,
    });
  });
  return mentions;
}

/** A capitalised word that can open a place's name: "New", "Hong", not "The" or a sentence's "In". */
function isNameWord(token: Token | undefined): boolean {
  return Boolean(token && /^\p{Lu}\p{Ll}+$/u.test(token.text) && (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ'));
}

/** "ex-Yukos boss", "former-Labour": a body named as what someone left, written as one word. */
const EX_PREFIXED = /^(?:ex|former)-(\p{Lu}[\p{L}.'\u2019]*)$/u;

/** The names inside "ex-Yukos" and "former-Labour" that the article also names on their own, typed as there. */
export function exMentions(segmented: Segmented, names: readonly Mention[], quoted: boolean[]): Mention[] {
  const typeOf = new Map<string, EntityType>(names.map((mention) => [mention.text, mention.entityType]));
  const mentions: Mention[] = [];
  segmented.tokens.forEach((token, i) => {
    const name = EX_PREFIXED.exec(token.text)?.[1];
    // Only a name the article uses on its own: "ex-Beatle" names no body.
    const entityType = name === undefined ? undefined : typeOf.get(name);
    if (name === undefined || entityType === undefined) return;
    mentions.push({
      firstToken: i,
      endToken: i + 1,
      start: token.end - name.length,
      end: token.end,
      sentence: token.sentence,
      text: name,
      quoted: quoted[i],
      kind: 'name',
      entityType,
      confidence: 0.6,
    });
  });
  return mentions;
}

