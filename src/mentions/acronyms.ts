import type { Segmented } from '../segment/segment';
import { ACRONYM, makeMention, type Mention } from './mention';

/** "Leeds Tenants Forum Alliance (LTFA)": the bracketed acronym names the same entity. */
export function acronymMentions(segmented: Segmented, names: Mention[], quoted: boolean[]): Mention[] {
  const tokens = segmented.tokens;
  const byFirstToken = new Map(names.map((mention) => [mention.firstToken, mention]));
  const added: Mention[] = [];
  names.forEach((mention) => {
    const open = mention.endToken;
    if (tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ')') return;
    const candidate = tokens[open + 1];
    // British style writes pronounceable acronyms in title case: "World Anti-Doping Agency (Wada)".
    const titleCase = /^\p{Lu}\p{Ll}{2,}$/u.test(candidate.text) && mention.text.split(/\s+/).length >= 3;
    if (!(ACRONYM.test(candidate.text) || titleCase) || !initialsMatch(candidate.text, mention.text)) return;
    const existing = byFirstToken.get(open + 1);
    if (existing) {
      existing.expansion = mention;
      existing.entityType = mention.entityType;
      return;
    }
    added.push(
      makeMention(segmented, open + 1, open + 2, { kind: 'name', entityType: mention.entityType, confidence: mention.confidence, expansion: mention }, quoted),
    );
  });
  return added;
}

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'du', 'la', 'le', 'des', '&']);

/** Does an acronym spell the initials of a name, with or without its minor words? */
export function initialsMatch(acronym: string, name: string): boolean {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const letters = acronym.replace(/&/g, '').toLowerCase();
  const all = words.map((word) => word[0].toLowerCase()).join('');
  const major = words
    .filter((word) => !MINOR_WORDS.has(word.toLowerCase()))
    .map((word) => word[0].toLowerCase())
    .join('');
  return letters === all || letters === major;
}
