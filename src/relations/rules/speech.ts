import { findSubject, pastTitleHolder, verbGroups } from '../clauses';
import { argStartingAt, relate, type Argument, type Relation, type RelationRule, type SentenceContext } from '../context';
import { isSubject } from '../../entities/salience';
import { SPEECH_VERBS } from '../../entities/speakers';
import { thirdPerson } from '../predicate';

/** Verbs that report speech without taking a stance on it. */
const NEUTRAL = new Set(['say', 'tell', 'add', 'state', 'explain', 'note', 'reply', 'comment', 'report', 'think', 'believe']);

/** The first argument of a stretch of tokens that is the subject of its clause: the topic of what was said. */
function topicIn(context: SentenceContext, from: number, to: number, speaker: Argument): Argument | undefined {
  for (let i = from; i < to; i++) {
    const first = argStartingAt(context, i);
    if (!first) continue;
    // "Ruddock says England lock Danny Grewcock needs ...": the topic is the person the title qualifies.
    const arg = pastTitleHolder(context, first);
    // A quotation's own subject is the speaker's wording ("the Muslim community has ..."), not a topic
    // the reporter attributes to them, unless the speaker names a person, body, place or work
    // ('"... The Aviator should be ahead,"').
    if (arg.entity === speaker.entity || (arg.mention.quoted && (arg.mention.kind !== 'name' || arg.entityType === 'GROUP'))) return undefined;
    return isSubject(context.segmented, arg.mention) ? arg : undefined;
  }
  return undefined;
}

/** The first name a quotation's later sentence makes the subject of a clause, past the speaker's own "I". */
function runOnTopic(context: SentenceContext, speaker: Argument): Argument | undefined {
  for (const first of context.args) {
    if (first.entity === speaker.entity) continue;
    const arg = pastTitleHolder(context, first);
    if (!arg.mention.quoted || arg.mention.kind !== 'name' || arg.entityType === 'GROUP') return undefined;
    if (isSubject(context.segmented, arg.mention)) return arg;
  }
  return undefined;
}

/** A quotation's later sentences are further from the name of their speaker than the first. */
const RUN_ON_CONFIDENCE = 0.4;

/** How far the speaker's own titles reach back: "..., Virginia Attorney General Jerry Kilgore said." */
const MAX_SPEAKER_TITLE = 6;

/** The token before the speaker and any title or holder written before them. */
function openingBefore(context: SentenceContext, speaker: Argument): number {
  const { tokens, sentence } = context;
  let i = speaker.first - 1;
  while (i > sentence.firstToken && speaker.first - i <= MAX_SPEAKER_TITLE && (/^\p{Lu}/u.test(tokens[i].text) || context.argAt.has(i))) i--;
  return i;
}

/** The speaker named after an inverted "said", past their role: '"...," said awards pundit Tom O'Neil.' */
function speakerAfter(context: SentenceContext, from: number): Argument | undefined {
  const { tokens, sentence } = context;
  let i = from;
  // '"...," said Jupiter Research analyst Olivier Beauvillian': a body and a role may come first.
  const body = argStartingAt(context, i);
  if (body && ['ORGANIZATION', 'LOCATION'].includes(body.entityType) && /^\p{Ll}/u.test(tokens[body.end]?.text ?? '')) i = body.end;
  while (i < sentence.endToken && i - from < 6 && !context.argAt.has(i) && (tokens[i].pos === 'NOUN' || tokens[i].pos === 'ADJ') && /^\p{Ll}/u.test(tokens[i].text)) i++;
  return argStartingAt(context, i) ?? context.args.find((arg) => arg.mention.titleStart === i);
}

/** Does the sentence stop right after this token (end, or only closing punctuation follows)? */
function endsAfter(context: SentenceContext, index: number): boolean {
  const { tokens, sentence } = context;
  for (let i = index; i < sentence.endToken; i++) if (!/^[.!?"')]+$/.test(tokens[i].text)) return false;
  return true;
}

/**
 * Reported speech: the speaker comments on the subject of what they said. "Ch Supt Reid said police
 * recognise ..." (Reid comments on the police); '"... the chairman's taking a sanguine view," said
 * Robert Sinche' and '..., the alliance said.' (what was said comes first). The sentence, quotation and
 * all, is the evidence. Participles ("..., saying ...") are left alone: their speaker is a clause away.
 */
export const speechRule: RelationRule = {
  name: 'speech',
  apply(context: SentenceContext): Relation[] {
    const { tokens, sentence } = context;
    const relations: Relation[] = [];
    for (const group of verbGroups(context)) {
      const head = group.chain[0];
      if (!head || !SPEECH_VERBS.has(head.lemma) || group.negated || head.normal.endsWith('ing')) continue;
      const before = tokens[group.first - 1]?.text ?? '';
      // A name inside the quotation before an inverted "said" is what was said about, not who said it.
      let speaker = findSubject(context, group)?.arg;
      if (speaker?.mention.quoted && /^[,"]$/.test(before)) speaker = undefined;
      let topic: Argument | undefined;
      if (speaker && /^[,"]$/.test(tokens[openingBefore(context, speaker)]?.text ?? '') && endsAfter(context, group.end)) {
        topic = topicIn(context, sentence.firstToken, speaker.first, speaker);
      } else if (speaker) {
        const opensClause = tokens[group.end]?.normal === 'that' ? group.end + 1 : group.end;
        topic = topicIn(context, opensClause, sentence.endToken, speaker);
      } else if (/^[,"]$/.test(before)) {
        speaker = speakerAfter(context, group.end);
        if (speaker && endsAfter(context, speaker.end)) topic = topicIn(context, sentence.firstToken, group.first, speaker);
      }
      if (!speaker || !topic || !['PERSON', 'ORGANIZATION'].includes(speaker.entityType)) continue;
      // "said" only reports; "alleged", "denied", "warned" also say how the speaker stands.
      const stance = !NEUTRAL.has(head.lemma);
      const label = stance ? `${thirdPerson(head.lemma)} that` : 'says about';
      const predicate = stance ? `${head.lemma} that` : 'say about';
      relations.push(...relate(context, speaker, topic, { label, predicate, relation: 'said', confidence: 0.45, rule: this.name }));
    }
    // '"I just hope Manchester can handle the crowds."', a quotation running on: its speaker comments on its subject.
    const speaker = context.runOnSpeaker;
    const topic = speaker && relations.length === 0 ? runOnTopic(context, speaker) : undefined;
    if (speaker && topic && ['PERSON', 'ORGANIZATION'].includes(speaker.entityType)) {
      relations.push(...relate(context, speaker, topic, { label: 'says about', predicate: 'say about', relation: 'said', confidence: RUN_ON_CONFIDENCE, rule: this.name }));
    }
    return relations;
  },
};
