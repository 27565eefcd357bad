import type { NerSpan } from '../ner';
import type { Segmented } from '../segment/segment';
import { acronymMentions } from './acronyms';
import { exMentions, PREFIXED, prefixMentions } from './based';
import { withCoinedNames } from './brands';
import { withPartyNames } from './parties';
import { withListNames } from './lists';
import { findMeasures } from './measures';
import { makeMention, type Mention } from './mention';
import { DOCUMENT_NOUNS, nameMentions } from './names';
import { propagatedMentions } from './propagation';
import { quotedTokens } from './quotes';
import { ageMentions, isAgeOnly } from './ages';
import { nominalMentions, pronounMentions } from './references';
import { withWorkTitles } from './works';

export type { Mention } from './mention';
export { initialsMatch } from './acronyms';
export { ORGANISATION_DESIGNATORS } from './names';

/**
 * "the Hutton report" named once as a document is that document wherever "Hutton report" recurs, even where
 * the recogniser took "Jay" for an organisation.
 */
function widenDocumentNames(segmented: Segmented, names: Mention[], quoted: boolean[]): Mention[] {
  const documents = new Set(names.filter((mention) => mention.entityType === 'WORK').map((mention) => mention.text.toLowerCase()));
  return names.map((mention) => {
    const next = segmented.tokens[mention.endToken];
    if (!next || next.sentence !== mention.sentence || !DOCUMENT_NOUNS.has(next.normal)) return mention;
    const widened = segmented.text.slice(mention.start, next.end).toLowerCase();
    if (!documents.has(widened)) return mention;
    return makeMention(segmented, mention.firstToken, mention.endToken + 1, { kind: 'name', entityType: 'WORK', confidence: mention.confidence }, quoted);
  });
}

/**
 * The recogniser sometimes takes "Moscow-based" or "Rosneft-owned Yugansk" for a name of its own; the
 * name inside the prefixed word is a mention of its own, and what follows is the name.
 */
function withoutPrefixWords(segmented: Segmented, names: Mention[], quoted: boolean[]): Mention[] {
  // "New York-based Global Depository Receipts": the prefixed word may close a longer place name.
  const prefixedAt = (mention: Mention): number => segmented.tokens.slice(mention.firstToken, mention.endToken).findIndex((token) => PREFIXED.test(token.text));
  return names.flatMap((mention) => {
    const at = prefixedAt(mention);
    if (at < 0) return [mention];
    const first = mention.firstToken + at + 1;
    if (first >= mention.endToken) return [];
    return [makeMention(segmented, first, mention.endToken, { kind: mention.kind, entityType: mention.entityType, confidence: mention.confidence }, quoted)];
  });
}

/**
 * "the Gazprom-Rosneft merger": two names joined by a hyphen, each named on its own elsewhere, are those
 * two, not a third entity that would swallow both.
 */
function withoutJoinedNames(names: Mention[]): Mention[] {
  const known = new Set(names.map((mention) => mention.text));
  return names.filter((mention) => {
    const parts = mention.text.split('-');
    return !(mention.endToken - mention.firstToken === 1 && parts.length === 2 && parts.every((part) => known.has(part)));
  });
}

/** Finds every mention in a segmented document, given the recogniser's spans for each sentence. */
export function findMentions(segmented: Segmented, spans: NerSpan[][]): Mention[] {
  const quoted = quotedTokens(segmented);
  const recognised = nameMentions(segmented, withWorkTitles(segmented, withListNames(segmented, withPartyNames(segmented, withCoinedNames(segmented, spans)))), quoted);
  // "29-year-old" is an age, which the recogniser sometimes takes for a name.
  const names = widenDocumentNames(segmented, withoutJoinedNames(withoutPrefixWords(segmented, recognised.filter((mention) => !isAgeOnly(mention)), quoted)), quoted);
  names.push(...prefixMentions(segmented, names, quoted));
  // "ex-Yukos boss": the recogniser's reading of the whole word gives way to the name inside it.
  const exNames = exMentions(segmented, names, quoted);
  const exTokens = new Set(exNames.map((mention) => mention.firstToken));
  const kept = names.filter((mention) => !(mention.endToken - mention.firstToken === 1 && exTokens.has(mention.firstToken)));
  names.splice(0, names.length, ...kept, ...exNames);
  names.push(...acronymMentions(segmented, names, quoted));
  const taken = new Uint8Array(segmented.tokens.length);
  for (const mention of names) taken.fill(1, mention.titleStart ?? mention.firstToken, mention.endToken);
  names.push(...propagatedMentions(segmented, names, taken, quoted));
  const measures = findMeasures(segmented, taken).map((span) =>
    makeMention(segmented, span.first, span.end, { kind: 'name', entityType: span.entityType, confidence: 0.9 }, quoted),
  );
  for (const mention of measures) taken.fill(1, mention.firstToken, mention.endToken);
  const ages = ageMentions(segmented, taken, quoted);
  for (const mention of ages) taken.fill(1, mention.firstToken, mention.endToken);
  const mentions = [...names, ...measures, ...ages, ...nominalMentions(segmented, taken, quoted), ...pronounMentions(segmented, quoted)];
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}
