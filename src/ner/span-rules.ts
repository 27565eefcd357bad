import { GROUP_WORDS, singular } from './misc-type';
import { isTitle } from './titles';
import { normalForm } from './word-shape';

const WORDLIKE = /[\p{L}\p{N}]/u;
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * Trims a decoded span to the name proper: punctuation the decoder swept in at either end
 * ("Six Nations ."), lower-case words at its end ("Muslim community"; at the start they belong
 * to names like "de Klerk"), and titles before a person's name
 * ("Mr Reid", "Ch Supt Mark Reid"), which CoNLL leaves outside the name, so BBC style
 * gives the same spans as Reuters style. Brackets closed inside the span ("Mladost ( L )") and
 * the split-off dot of a short abbreviation ("Bros .") belong to the name and stay. The pronoun
 * "I" alone is no name, whatever the document's other quotes made of it. Returns the new
 * bounds, or undefined when nothing is left.
 */
export function trimSpan(tokens: readonly string[], start: number, end: number, person: boolean): [number, number] | undefined {
  while (start < end && !WORDLIKE.test(tokens[start]) && !opensBracket(tokens, start, end)) start++;
  while (end > start && (LOWER_WORD.test(tokens[end - 1]) || (!WORDLIKE.test(tokens[end - 1]) && !keepsLast(tokens, start, end)))) end--;
  if (person) while (end - start > 1 && isTitle(normalForm(tokens[start]))) start++;
  if (end - start === 1 && tokens[start] === 'I') return undefined;
  return start < end ? [start, end] : undefined;
}

function opensBracket(tokens: readonly string[], start: number, end: number): boolean {
  return tokens[start] === '(' && tokens.slice(start + 1, end).includes(')');
}

function keepsLast(tokens: readonly string[], start: number, end: number): boolean {
  const last = tokens[end - 1];
  if (last === ')') return tokens.slice(start, end - 1).includes('(');
  return last === '.' && end - start > 1 && /^\p{Lu}[\p{L}]{0,3}$/u.test(tokens[end - 2]);
}

/** Plural forms that only peoples and communities take: Christians, Europeans, Germans, Pakistanis, Buddhists, Shiites. */
const COMMUNITY_PLURAL = /^\p{Lu}\p{Ll}*(?:ians|eans|\p{Ll}{3}ans|ists|ites|\p{Ll}(?:an|el|aq|ud|al|en|it|sh)is)$/u;

/**
 * Whether a single-word name is really a community ("Muslims", "Germans", "Sikh"): CoNLL has few
 * of these, so the model may call them places, organisations or even people; such words never
 * name one on their own.
 */
export function isCommunity(tokens: readonly string[], start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const word = tokens[start];
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return COMMUNITY_PLURAL.test(word) || GROUP_WORDS.has(singular(word.toLowerCase()));
}
