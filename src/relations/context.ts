import type { EntityType, RelationType } from '../extraction';
import type { Entity } from '../entities/entities';
import type { Mention } from '../mentions/mentions';
import type { Segmented, Sentence, Token } from '../segment/segment';

/** A mention that coreference tied to an entity: a possible end of a relation. */
export interface Argument {
  mention: Mention;
  entity: number;
  entityType: EntityType;
  /** Token range of the mention, `end` exclusive. */
  first: number;
  end: number;
  /** Other entities the mention stands for together with `entity` ("the pair", "the three men"). */
  partners?: number[];
}

/** What every relation rule reads: one sentence, its tokens and the arguments in it. */
export interface SentenceContext {
  segmented: Segmented;
  sentence: Sentence;
  sentenceIndex: number;
  tokens: Token[];
  entities: Entity[];
  /** Arguments in text order. */
  args: Argument[];
  /** For each token of the document, the index into `args` of the argument covering it, or -1. */
  argAt: Map<number, number>;
  /** Who speaks when the sentence only continues a quotation attributed in an earlier sentence. */
  runOnSpeaker?: Argument;
}

/** A relation one rule found in one sentence. */
export interface Relation {
  subject: number;
  object: number;
  /** Readable phrase: "boycotts", "works for", "seeks talks with". */
  label: string;
  /** Lemma form: "boycott", "work for", "seek talk with". */
  predicate: string;
  relation: RelationType;
  confidence: number;
  sentence: number;
  /** Which rule found it, for debugging and tuning. */
  rule: string;
}

/** A family of relation patterns (verbs, titles, appositions...), one module each. */
export interface RelationRule {
  name: string;
  /** A fallback only relates pairs that no earlier rule related in the same sentence. */
  fallback?: boolean;
  /** Its pairs stay open to the last resorts after it, which may say in other words how the pair is linked. */
  leavesOpen?: boolean;
  /**
   * `linked` holds the entity pairs ("3-7", lower index first) earlier rules tied in this sentence in any
   * way, for a last resort that only links what nothing else did.
   */
  apply(context: SentenceContext, linked: ReadonlySet<string>): Relation[];
}

/** Builds the context of every sentence that has arguments. */
export function sentenceContexts(
  segmented: Segmented,
  mentions: Mention[],
  entityOfMention: (number | undefined)[],
  entities: Entity[],
  partnersOfMention: (number[] | undefined)[] = [],
  runOnSpeakerOfSentence: (number | undefined)[] = [],
): SentenceContext[] {
  const bySentence = new Map<number, Argument[]>();
  const argumentOf = (index: number): Argument | undefined => {
    const mention = mentions[index];
    const entity = entityOfMention[index];
    // Dates and quantities are kept in the extraction but are not ends of relations.
    if (entity === undefined || entities[entity].entityType === 'DATE' || entities[entity].entityType === 'QUANTITY') return undefined;
    const partners = partnersOfMention[index];
    return { mention, entity, entityType: entities[entity].entityType, first: mention.firstToken, end: mention.endToken, ...(partners ? { partners } : {}) };
  };
  mentions.forEach((mention, index) => {
    const arg = argumentOf(index);
    if (!arg) return;
    const list = bySentence.get(mention.sentence) ?? [];
    list.push(arg);
    bySentence.set(mention.sentence, list);
  });
  const contexts: SentenceContext[] = [];
  for (const [sentenceIndex, list] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    // Nested mentions (a name inside a longer one) would give a relation to itself; keep the outer one.
    const args = list
      .sort((a, b) => a.first - b.first || b.end - a.end)
      .filter((arg, i, sorted) => !sorted.some((other, j) => j < i && other.first <= arg.first && other.end >= arg.end));
    const argAt = new Map<number, number>();
    args.forEach((arg, index) => {
      for (let t = arg.first; t < arg.end; t++) argAt.set(t, index);
    });
    const speaker = runOnSpeakerOfSentence[sentenceIndex];
    const runOnSpeaker = speaker === undefined ? undefined : argumentOf(speaker);
    contexts.push({
      segmented,
      sentence: segmented.sentences[sentenceIndex],
      sentenceIndex,
      tokens: segmented.tokens,
      entities,
      args,
      argAt,
      ...(runOnSpeaker ? { runOnSpeaker } : {}),
    });
  }
  return contexts;
}

/** A possessive mark after a name: "Bolton's", "Yukos'" (wink cuts them into their own token). */
export function isPossessiveMark(token: Token | undefined): boolean {
  return token?.normal === "'s" || token?.text === "'";
}

/** The owner written right before token `end`: "Ferguson's" (name and mark) or "his", "its". */
export function possessorEndingAt(context: SentenceContext, end: number): Argument | undefined {
  if (isPossessiveMark(context.tokens[end - 1])) return argEndingAt(context, end - 1);
  const pronoun = argEndingAt(context, end);
  return pronoun?.mention.kind === 'pronoun' && pronoun.mention.pronoun?.possessive ? pronoun : undefined;
}

/** Where the few nouns and adjectives right before token `end` begin ("the other main shareholders" of). */
export function modifiersStart(context: SentenceContext, end: number, max = 4): number {
  const { tokens, sentence } = context;
  let i = end;
  while (i > sentence.firstToken && end - i < max && ['NOUN', 'ADJ'].includes(tokens[i - 1].pos) && !context.argAt.has(i - 1)) i--;
  return i;
}

/** The argument starting exactly at token `index`, if any. */
export function argStartingAt(context: SentenceContext, index: number): Argument | undefined {
  const found = context.argAt.get(index);
  return found !== undefined && context.args[found].first === index ? context.args[found] : undefined;
}

/** The argument ending exactly before token `index`, if any. */
export function argEndingAt(context: SentenceContext, index: number): Argument | undefined {
  const found = context.argAt.get(index - 1);
  return found !== undefined && context.args[found].end === index ? context.args[found] : undefined;
}

const LIST_JOINS = new Set([',', 'and', 'or']);

/**
 * The other names of a list the argument stands in ("Hugh Laurie, Stephen Fry and Miranda Richardson"):
 * names of its type joined to it by commas, "and" or "or" alone, and only when an "and" or "or" closes the
 * list, so "London, England" or "Smith, Jones's lawyer" are no lists.
 */
export function listMates(context: SentenceContext, arg: Argument): Argument[] {
  const { tokens } = context;
  const members = [arg];
  let conjunction = false;
  const joinAfter = (end: number): number | undefined => {
    let i = end;
    while (i < end + 2 && LIST_JOINS.has(tokens[i]?.normal ?? '')) i++;
    return i > end ? i : undefined;
  };
  for (let last = arg; ; ) {
    const at = joinAfter(last.end);
    const next = at === undefined ? undefined : argStartingAt(context, at);
    if (at === undefined || !next || next.entityType !== arg.entityType) break;
    conjunction ||= tokens.slice(last.end, at).some((token) => token.normal !== ',');
    members.push(next);
    last = next;
  }
  for (let first = arg; ; ) {
    let i = first.first;
    while (i > first.first - 2 && LIST_JOINS.has(tokens[i - 1]?.normal ?? '')) i--;
    const previous = i < first.first ? argEndingAt(context, i) : undefined;
    if (!previous || previous.entityType !== arg.entityType || joinAfter(previous.end) !== first.first) break;
    conjunction ||= tokens.slice(previous.end, first.first).some((token) => token.normal !== ',');
    members.unshift(previous);
    first = previous;
  }
  return conjunction ? members.filter((member) => member !== arg && member.entity !== arg.entity) : [];
}

/** The name that opens the sentence as its subject ("Ulster" in "Ulster clung on for a win over ..."). */
export function openingSubject(context: SentenceContext, before: number): Argument | undefined {
  const { tokens, sentence } = context;
  const start = tokens[sentence.firstToken]?.pos === 'DET' ? sentence.firstToken + 1 : sentence.firstToken;
  const arg = argStartingAt(context, start);
  if (!arg || arg.end >= before || !['ORGANIZATION', 'LOCATION', 'PERSON'].includes(arg.entityType)) return undefined;
  // The name must be the subject, not part of a phrase: "Ulster clung on", not "Ulster's" or "Ulster and".
  const next = tokens[arg.end];
  return next && !['ADP', 'PUNCT', 'CCONJ', 'PART'].includes(next.pos) ? arg : undefined;
}

/** The key of an unordered entity pair, as rules receive it in `linked`. */
export function pairKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** Builds a relation, refusing self-relations. */
export function relate(
  context: SentenceContext,
  subject: Argument,
  object: Argument,
  fields: Omit<Relation, 'subject' | 'object' | 'sentence'>,
): Relation[] {
  if (subject.entity === object.entity) return [];
  // An argument reached through a pronoun or a nominal is less certain than a name, and a name the
  // recogniser was unsure of is less certain than one it was sure of.
  const indirect = [subject, object].filter((arg) => arg.mention.kind !== 'name').length;
  const recognised = Math.min(subject.mention.confidence, object.mention.confidence);
  const confidence = fields.confidence * 0.85 ** indirect * (0.6 + 0.4 * recognised);
  // A mention of several ("the pair") relates each of them; never one of them to another.
  const subjects = [subject.entity, ...(subject.partners ?? [])];
  const objects = [object.entity, ...(object.partners ?? [])];
  if (subjects.some((entity) => objects.includes(entity))) return [];
  return subjects.flatMap((from) => objects.map((to) => ({ subject: from, object: to, sentence: context.sentenceIndex, ...fields, confidence })));
}
