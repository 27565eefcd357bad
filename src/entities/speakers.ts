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
function sentenceSpeakers(segmented: Segmented, mentions: Mention[], entityOf: (number | undefined)[], quoted: boolean[]): (Speaker | undefined)[] {
  const { tokens } = segmented;
  const endingAt = new Map<number, number>();
  const startingAt = new Map<number, number>();
  mentions.forEach((mention, index) => {
    // "said 14 far-right demonstrations had ...": a date or a number never speaks.
    if (entityOf[index] === undefined || mention.quoted || mention.entityType === 'DATE' || mention.entityType === 'QUANTITY') return;
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
      if (speaker !== undefined) return { mention: speaker, entity: entityOf[speaker]!, body: bodyOf(segmented, mentions, speaker, entityOf, endingAt, startingAt) };
    }
    return undefined;
  });
}

/** Who speaks (their mention and entity), and the body a person speaks for when the sentence names it. */
interface Speaker {
  mention: number;
  entity: number;
  body?: number;
}

/** Words of a role between a speaker and their body: "head of currency strategy at", "spokesman for". */
const ROLE_WORD_POS = new Set(['NOUN', 'ADJ', 'DET', 'ADP', 'PROPN']);
const BODY_TYPES = new Set(['ORGANIZATION', 'LOCATION']);

/**
 * The body written with a speaker: before the title ("UKIP spokesman Mark Croucher", "Sony's chief
 * executive X") or after the name ("X of DZ Bank", "X, head of equities trading at TOV").
 */
function bodyOf(
  segmented: Segmented,
  mentions: Mention[],
  speaker: number,
  entityOf: (number | undefined)[],
  endingAt: Map<number, number>,
  startingAt: Map<number, number>,
): number | undefined {
  const { tokens } = segmented;
  const mention = mentions[speaker];
  const isBody = (index: number | undefined): index is number => index !== undefined && BODY_TYPES.has(mentions[index].entityType) && entityOf[index] !== undefined;
  if (mention.title !== undefined && mention.titleStart !== undefined) {
    const start = mention.titleStart;
    const before = endingAt.get(tokens[start - 1]?.normal === "'s" ? start - 1 : start);
    if (isBody(before)) return entityOf[before];
  }
  const sentenceEnd = segmented.sentences[mention.sentence].endToken;
  let i = mention.endToken;
  if (tokens[i]?.text === ',') i++;
  for (const limit = i + 7; i < Math.min(limit, sentenceEnd); i++) {
    const body = startingAt.get(i);
    const preposition = tokens[tokens[i - 1]?.pos === 'DET' ? i - 2 : i - 1]?.normal ?? '';
    if (body !== undefined) return isBody(body) && ['of', 'at', 'for'].includes(preposition) ? entityOf[body] : undefined;
    if (!ROLE_WORD_POS.has(tokens[i].pos)) return undefined;
  }
  return undefined;
}

/** What speakers settle: each mention's entity, and who speaks in sentences that only continue a quotation. */
export interface SpeakerResolution {
  /** `entityOf` with "I" and "we" inside quotations resolved. */
  resolved: (number | undefined)[];
  /**
   * For each sentence of a quotation attributed in an earlier or a later sentence, the mention of its
   * speaker ('Mr Asplin said: "We failed. I hope Manchester can cope."': the second sentence is his too).
   */
  runOnSpeakerOfSentence: (number | undefined)[];
}

/**
 * Resolves "I" (and an organisation's "we") inside quotations to the speaker the quotation is attributed
 * to: in the same sentence, in the sentence that opened a quotation running on ('He said: "We need to
 * talk. I have asked them to meet us."'), or in the one that closes it ('"We need to talk. I have asked
 * them," he said.'). Unattributed quotations leave them unlinked. Speakers are found outside quotations,
 * so resolving "I" and "we" does not change who they are.
 */
export function resolveSpeakers(
  segmented: Segmented,
  mentions: Mention[],
  entityOf: (number | undefined)[],
  types: EntityType[],
): SpeakerResolution {
  const quoted = quotedTokens(segmented);
  const own = sentenceSpeakers(segmented, mentions, entityOf, quoted);
  const hasQuote = segmented.sentences.map((sentence) => quoted.slice(sentence.firstToken, sentence.endToken).some(Boolean));
  const { sentences } = segmented;
  // Does the quotation open at the end of a sentence run on into the next, in the same paragraph?
  const runsOn = (sentence: number): boolean => {
    const next = sentences[sentence + 1];
    return Boolean(next && next.paragraph === sentences[sentence].paragraph && quoted[next.firstToken]);
  };
  // The speaker of each sentence's quotation: the one its own verb of saying names, the one named where it
  // began, or the one named where it ends ('"We failed. I hope Manchester can cope," said Mr Asplin.').
  const speakers = sentences.map((_, sentence) => {
    for (let s = sentence; s >= 0 && sentence - s <= QUOTE_RUN; s--) {
      if (own[s] !== undefined) return own[s];
      if (!hasQuote[s]) break;
    }
    for (let s = sentence; hasQuote[sentence] && s - sentence < QUOTE_RUN && runsOn(s); s++) {
      if (own[s + 1] !== undefined) return own[s + 1];
    }
    return undefined;
  });
  const resolved = mentions.map((mention, index) => {
    if (!mention.pronoun?.firstPerson) return entityOf[index];
    const speaker = speakers[mention.sentence];
    if (speaker === undefined) return undefined;
    // A person's "we" is the body they speak for, not themselves; a body's "we" is itself.
    return mention.pronoun.plural && types[speaker.entity] === 'PERSON' ? speaker.body : speaker.entity;
  });
  const runOnSpeakerOfSentence = speakers.map((speaker, sentence) => (own[sentence] === undefined ? speaker?.mention : undefined));
  return { resolved, runOnSpeakerOfSentence };
}
