import type { EntityType } from '../extraction';
import type { Mention } from '../mentions/mentions';
import { quotedTokens } from '../mentions/quotes';
import type { Segmented } from '../segment/segment';

/** Verbs of saying: their subject is a speaker, their complement what was said. */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'insist', 'claim', 'admit', 'explain', 'warn', 'argue', 'state', 'confirm', 'deny',
  'suggest', 'stress', 'acknowledge', 'maintain', 'predict', 'believe', 'think', 'note', 'reply', 'comment',
  'announce', 'declare', 'assert', 'allege', 'concede', 'complain', 'agree', 'accept', 'report',
]);

/** How many sentences a quotation may run on after the one that names its speaker. */
const QUOTE_RUN = 3;

/**
 * Who speaks in each sentence: the entity written right before or after an unquoted verb of saying
 * ("Mr Abbas said:", '"...," said Robert Sinche', "he added"). `entityOf` gives each mention's entity.
 */
function sentenceSpeakers(segmented: Segmented, mentions: Mention[], entityOf: (number | undefined)[], quoted: boolean[]): (number | undefined)[] {
  const { tokens } = segmented;
  const endingAt = new Map<number, number>();
  const startingAt = new Map<number, number>();
  mentions.forEach((mention, index) => {
    if (entityOf[index] === undefined || mention.quoted) return;
    endingAt.set(mention.endToken, index);
    startingAt.set(mention.titleStart ?? mention.firstToken, index);
  });
  return segmented.sentences.map((sentence) => {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = tokens[i];
      if (quoted[i] || token.pos !== 'VERB' || !SPEECH_VERBS.has(token.lemma) || token.normal.endsWith('ing')) continue;
      let before = i;
      while (before > sentence.firstToken && tokens[before - 1].pos === 'ADV') before--;
      const speaker = endingAt.get(before) ?? startingAt.get(i + 1);
      if (speaker !== undefined) return entityOf[speaker];
    }
    return undefined;
  });
}

/**
 * Resolves "I" (and an organisation's "we") inside quotations to the speaker the quotation is attributed to: in the same
 * sentence, or in the sentence that opened a quotation running on ('He said: "We need to talk. I have
 * asked them to meet us."'). Unattributed quotations leave them unlinked.
 */
export function resolveSpeakers(
  segmented: Segmented,
  mentions: Mention[],
  entityOf: (number | undefined)[],
  types: EntityType[],
): (number | undefined)[] {
  const quoted = quotedTokens(segmented);
  const speakers = sentenceSpeakers(segmented, mentions, entityOf, quoted);
  const hasQuote = segmented.sentences.map((sentence) => quoted.slice(sentence.firstToken, sentence.endToken).some(Boolean));
  return mentions.map((mention, index) => {
    if (!mention.pronoun?.firstPerson) return entityOf[index];
    for (let s = mention.sentence; s >= 0 && mention.sentence - s <= QUOTE_RUN; s--) {
      const speaker = speakers[s];
      if (speaker !== undefined) {
        // A person's "we" is their team, party or country, not themselves; a body's "we" is itself.
        return mention.pronoun.plural && types[speaker] === 'PERSON' ? undefined : speaker;
      }
      if (!hasQuote[s]) break;
    }
    return undefined;
  });
}
