import { SPEECH_VERBS } from '../../entities/speakers';
import { findObjects, findSubject, verbGroups, type VerbGroup } from '../clauses';
import { modifiersStart, type Argument, type SentenceContext } from '../context';
import type { Token } from '../../segment/segment';
import { phrase, verbLabel, verbLemma, verbPredicate } from '../predicate';

/** One reading of a pair: who is linked to whom, through which word of the sentence. */
export interface LinkCandidate {
  subject: Argument;
  object: Argument;
  label: string;
  predicate: string;
  /** What the reading looks like; the pair's own features (`pairFeatures`) are shared by all its readings. */
  features: string[];
}

/** How far beyond the pair a linking word may stand; speech verbs may stand anywhere in the sentence. */
const REACH = 8;
/** Pairs further apart than this many tokens are not linked: news sentences rarely tie them. */
export const MAX_GAP = 30;
/** Particles and prepositions that belong to the linking word ("detained in", "set up", "director of"). */
const TAIL_POS = new Set(['ADP', 'PART']);
/** Words between a linking word and the argument after it that may still belong to the label. */
const MAX_STRETCH = 4;
/** What those words may be: "agreed to a buyout by", not "control of 8 % of" or "jurisdiction in which". */
const STRETCH_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PART', 'ADV']);

/** Words the pair shares whichever reading is chosen: their types, kinds and what stands between them. */
export function pairFeatures(context: SentenceContext, a: Argument, b: Argument): string[] {
  const { tokens } = context;
  const features = ['bias', `pt:${a.entityType}~${b.entityType}`, `pk:${a.mention.kind}~${b.mention.kind}`, `gap:${bucket(b.first - a.end)}`];
  let commas = 0;
  let verbs = 0;
  const between = new Set<number>();
  for (let i = a.end; i < b.first; i++) {
    const arg = context.argAt.get(i);
    if (arg !== undefined) {
      between.add(arg);
      continue;
    }
    const token = tokens[i];
    if (token.normal === ',') commas++;
    if (token.pos === 'VERB') verbs++;
    if (b.first - a.end <= 12) features.push(`bw:${token.lemma}`);
  }
  features.push(`bargs:${Math.min(between.size, 3)}`, `bcomma:${Math.min(commas, 3)}`, `bverbs:${Math.min(verbs, 3)}`);
  if (a.end < b.first) features.push(`bfirst:${tokens[a.end].lemma}`, `blast:${tokens[b.first - 1].lemma}`);
  if (a.mention.quoted || b.mention.quoted) features.push(`pq:${a.mention.quoted}~${b.mention.quoted}`);
  return features;
}

/** Every reading of the pair `a` (earlier in the sentence) and `b`: each direction through each nearby word. */
export function linkCandidates(context: SentenceContext, a: Argument, b: Argument): LinkCandidate[] {
  const { tokens, sentence } = context;
  const heads: number[] = [];
  for (let h = sentence.firstToken; h < sentence.endToken; h++) {
    const token = tokens[h];
    if (context.argAt.has(h) || !['VERB', 'NOUN', 'ADP'].includes(token.pos)) continue;
    if (token.pos === 'ADP' && (h < a.end || h >= b.first)) continue;
    if (token.pos === 'VERB' && token.lemma === 'be') continue;
    const near = h >= a.first - REACH && h < b.end + REACH;
    if (near || (token.pos === 'VERB' && SPEECH_VERBS.has(token.lemma))) heads.push(h);
  }
  const candidates: LinkCandidate[] = [];
  for (const h of heads) {
    for (const [from, to] of spansOf(context, h, a, b)) {
      for (const [subject, object] of [
        [a, b],
        [b, a],
      ]) {
        candidates.push(reading(context, subject, object, h, from, to, heads));
      }
    }
  }
  return candidates;
}

/**
 * The stretches of words a linking word may carry into the label: the word alone, with its particle or
 * preposition ("detained in", "director of"), and, when the other argument follows closely, the whole
 * stretch up to it ("recalled a positive test with", "chief conductor of").
 */
function spansOf(context: SentenceContext, h: number, a: Argument, b: Argument): [number, number][] {
  const { tokens } = context;
  const head = tokens[h];
  if (head.pos === 'ADP') return [[h, h + 1]];
  const ends = [h + 1];
  if (TAIL_POS.has(tokens[h + 1]?.pos ?? '') && !context.argAt.has(h + 1)) ends.push(h + 2);
  const next = [a, b].find((arg) => arg.first > h);
  // "talks with Mr Blair": the title belongs to the name, not the label.
  const nextStart = next ? (next.mention.titleStart ?? next.first) : 0;
  if (next && nextStart - h - 1 <= MAX_STRETCH) {
    let clean = true;
    for (let i = h + 1; i < nextStart; i++) if (context.argAt.has(i) || !STRETCH_POS.has(tokens[i].pos)) clean = false;
    // "chief conductor of the Turin Opera": the determiner belongs to the name, not the label.
    let to = nextStart;
    while (to > h + 1 && tokens[to - 1].pos === 'DET') to--;
    if (clean && !ends.includes(to)) ends.push(to);
  }
  const from = head.pos === 'NOUN' ? modifiersStart(context, h, 2) : h;
  const spans = ends.map((end): [number, number] => [h, end]);
  if (from < h) spans.push(...ends.map((end): [number, number] => [from, end]));
  return spans;
}

function reading(context: SentenceContext, subject: Argument, object: Argument, h: number, from: number, to: number, heads: number[]): LinkCandidate {
  const { tokens } = context;
  const head = tokens[h];
  const pos = head.pos;
  const group = pos === 'VERB' ? verbGroups(context).find((g) => g.first <= h && h < g.end) : undefined;
  const after = tokens.slice(h + 1, to);
  const before = tokens.slice(from, h);
  const lemmas = (words: Token[]): string[] => words.filter((token) => token.pos !== 'DET').map((token) => token.lemma);
  let label: string;
  let predicate: string;
  if (pos === 'VERB') {
    // A participle the tagger left unlemmatised ("recommissioned") or a reduced passive ("accused by").
    const participle = head.normal !== head.lemma || /ed$/.test(head.normal);
    const passive = (group?.passive ?? false) || (participle && tokens[h + 1]?.normal === 'by' && !/ing$/.test(head.normal));
    // "is accused by X" reads in the active voice, as the patterns write it: X accuses.
    const agent = passive && after[after.length - 1]?.normal === 'by';
    const tail = agent ? after.slice(0, -1) : after;
    const verb = {
      lemma: verbLemma(head),
      tail: tail.map((token) => token.normal),
      tailLemmas: lemmas(tail),
      negated: group?.negated ?? false,
      passive: passive && !agent,
      written: head.normal,
    };
    label = verbLabel(verb);
    predicate = verbPredicate(verb);
  } else {
    label = phrase(tokens.slice(from, to).map((token) => token.normal));
    predicate = phrase([...lemmas(before), head.lemma, ...lemmas(after)]);
  }
  const shape = `${from < h ? 'm' : ''}${to - h - 1}`;
  const place = [
    [subject.first, 'S'],
    [object.first, 'O'],
    [h, 'H'],
  ]
    .sort((x, y) => (x[0] as number) - (y[0] as number))
    .map((x) => x[1])
    .join('');
  const types = `${subject.entityType}>${object.entityType}`;
  const lemma = head.lemma;
  const last = to - 1;
  const features = [
    `ty:${types}`,
    `ty:${types}:${place}`,
    `pl:${place}:${pos}`,
    `pl:${place}:${pos}:${types}`,
    `l:${lemma}`,
    `l:${lemma}:${place}`,
    `l:${lemma}:${types}`,
    `p:${predicate}`,
    `p:${predicate}:${place}`,
    `t:${after[0]?.lemma ?? '-'}:${pos}:${place}`,
    `sh:${shape}:${pos}:${place}`,
    `dS:${pos}:${bucket(distance(h, subject))}`,
    `dO:${pos}:${bucket(distance(h, object))}`,
    `rS:${pos}:${rank(heads, h, subject, context)}`,
    `rO:${pos}:${rank(heads, h, object, context)}`,
    `cSH:${pos}:${Math.min(count(context, subject, h, ','), 2)}`,
    `cHO:${pos}:${Math.min(count(context, object, h, ','), 2)}`,
    `adjO:${pos}:${startsAfter(context, last, object)}`,
    `adjS:${pos}:${endsBefore(context, subject, group?.first ?? h)}`,
  ];
  if (group) features.push(...verbFeatures(context, group, subject, object, place));
  if (SPEECH_VERBS.has(lemma)) features.push(`sp:${place}`);
  if (pos === 'NOUN') features.push(`nb:${h === subject.first - 1 ? 'S' : h === object.first - 1 ? 'O' : '-'}`);
  return { subject, object, label, predicate, features };
}

/** The entities a verb group's clause makes its subject and objects, found once per group. */
const rolesOf = new WeakMap<VerbGroup, { subject?: number; objects: number[] }>();

function clauseRoles(context: SentenceContext, group: VerbGroup): { subject?: number; objects: number[] } {
  let roles = rolesOf.get(group);
  if (!roles) {
    roles = { subject: findSubject(context, group)?.arg.entity, objects: findObjects(context, group).map((match) => match.arg.entity) };
    rolesOf.set(group, roles);
  }
  return roles;
}

function verbFeatures(context: SentenceContext, group: VerbGroup, subject: Argument, object: Argument, place: string): string[] {
  const { subject: found, objects } = clauseRoles(context, group);
  const role = (arg: Argument): string => (found === arg.entity ? 'subj' : objects.includes(arg.entity) ? 'obj' : '-');
  const roles = `${role(subject)}~${role(object)}`;
  return [
    `v:${group.passive ? 'pass' : 'act'}${group.negated ? ':neg' : ''}:${place}`,
    `roles:${roles}`,
    `roles:${roles}:${group.passive}`,
    `roles:${roles}:${place}`,
    `roles:${roles}:${SPEECH_VERBS.has(group.chain[0]?.lemma ?? '') ? 'speech' : 'other'}`,
    `roles:${roles}:${subject.entityType}>${object.entityType}`,
  ];
}

/** Tokens from the argument to the word, 0 when they touch; negative when the word comes first. */
function distance(h: number, arg: Argument): number {
  return h >= arg.end ? h - arg.end : h - arg.first;
}

/** Where the word ranks among linking words of its kind by nearness to the argument (0 = nearest). */
function rank(heads: number[], h: number, arg: Argument, context: SentenceContext): number {
  const pos = context.tokens[h].pos;
  const own = Math.abs(distance(h, arg));
  return Math.min(heads.filter((other) => other !== h && context.tokens[other].pos === pos && Math.abs(distance(other, arg)) < own).length, 3);
}

function count(context: SentenceContext, arg: Argument, h: number, text: string): number {
  const [from, to] = h >= arg.end ? [arg.end, h] : [h + 1, arg.first];
  let n = 0;
  for (let i = from; i < to; i++) if (context.tokens[i].normal === text) n++;
  return n;
}

/** The argument begins right after token `last`, past at most a determiner or adjective. */
function startsAfter(context: SentenceContext, last: number, arg: Argument): boolean {
  let i = last + 1;
  while (i < arg.first && i - last <= 3 && ['DET', 'ADJ', 'NUM'].includes(context.tokens[i].pos)) i++;
  return i === arg.first;
}

/** The argument ends right before token `first`, past at most an adverb or auxiliary. */
function endsBefore(context: SentenceContext, arg: Argument, first: number): boolean {
  let i = first;
  while (i > arg.end && first - i <= 2 && ['ADV', 'AUX'].includes(context.tokens[i - 1].pos)) i--;
  return i === arg.end;
}

function bucket(n: number): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  return sign + (a <= 2 ? String(a) : a <= 4 ? '3-4' : a <= 8 ? '5-8' : a <= 15 ? '9-15' : '16+');
}
