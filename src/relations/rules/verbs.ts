import { coordinatedSubjects, findObjects, findSubject, verbGroups, type ObjectMatch, type VerbGroup } from '../clauses';
import { argEndingAt, isPossessiveMark, modifiersStart, relate, type Argument, type Relation, type RelationRule, type SentenceContext } from '../context';
import { canonicalRelation } from '../canonical';
import { isHolding } from './includes';
import { verbLabel, verbLemma, verbPredicate, type VerbPhrase } from '../predicate';
import { SPEECH_VERBS } from '../../entities/speakers';
import type { RelationType } from '../../extraction';
import { readRole, roleHead, roleTie } from '../../mentions/titles';
import type { Token } from '../../segment/segment';

/** Lemmas that carry no relation of their own as a main verb. */
const LIGHT = new Set(['have', 'do', 'get', 'make', 'take', 'go', 'come', 'seem', 'become', 'remain']);

function phraseOf(group: VerbGroup, tail: { text: string; lemma: string; normal: string; pos: string }[], passive: boolean): VerbPhrase {
  const [head, ...rest] = group.chain;
  const words = [...rest.map((token) => token.normal), ...tail.map((token) => token.normal)];
  const lemmas = [...rest.map((token) => token.lemma), ...tail.map((token) => (token.pos === 'NOUN' ? token.lemma : token.normal))];
  return { lemma: verbLemma(head), tail: words, tailLemmas: lemmas, negated: group.negated, passive, written: head.normal };
}

/** Verbs that say what someone is: "X is/was/became the chief executive of Y". */
const COPULAS = new Set(['be', 'become', 'remain', 'serve', 'stay']);

/** "is the chief executive of Apple": a role stated with a copula is a role, as a title would be. */
function copularRole(group: VerbGroup, tail: Token[], holderIsPlace: boolean): { label: string; relation: RelationType } | undefined {
  // "resigned as host of", "established himself as chief conductor of": a role held, whatever the verb.
  const asRole = tail[0]?.normal === 'as';
  // "hopes to remain MP for Richmond": staying in a role says it is held.
  const last = group.chain[group.chain.length - 1];
  const copula = (group.chain.length === 1 && COPULAS.has(group.chain[0].lemma)) || (group.chain.length > 1 && (last.lemma === 'remain' || last.lemma === 'stay'));
  if ((!asRole && !copula) || tail.length < 2) return undefined;
  // Nouns the holder owns may follow the preposition: "host of ITV1's music show".
  let at = tail.length - 1;
  while (at > 0 && tail[at].pos === 'NOUN') at--;
  const preposition = tail[at].normal;
  if (!['of', 'at', 'for'].includes(preposition)) return undefined;
  const words = tail.slice(asRole ? 1 : 0, at).map((token) => token.text);
  const head = roleHead(words);
  if (!head) return undefined;
  const role = words.join(' ');
  const tie = roleTie(role, head, holderIsPlace);
  return { relation: tie.relation, label: `${role} ${preposition}` };
}

/** "Peter Nielson, who is UKIP Scotland chairman": a role after the body it is held at, stated with a copula. */
function copularRoleAfter(context: SentenceContext, group: VerbGroup, object: ObjectMatch): { label: string; relation: RelationType } | undefined {
  const { tokens, sentence } = context;
  if (group.chain.length !== 1 || !COPULAS.has(group.chain[0].lemma) || object.tail.some((token) => token.pos !== 'DET')) return undefined;
  let end = object.arg.end;
  while (end < sentence.endToken && end - object.arg.end < 4 && ['NOUN', 'ADJ'].includes(tokens[end].pos) && !context.argAt.has(end)) end++;
  if (end === object.arg.end || (end < sentence.endToken && !/^[,.;)]$/.test(tokens[end].text))) return undefined;
  if (!['ORGANIZATION', 'LOCATION'].includes(object.arg.entityType)) return undefined;
  return readRole(tokens.slice(object.arg.end, end).map((token) => token.text), object.arg.entityType === 'LOCATION');
}

/** "shareholders of EADS are X and Y", "The chairman of Chelsea is X": X and Y hold the role the subject phrase names. */
function inverseRoles(context: SentenceContext, group: VerbGroup): Relation[] {
  const subject = argEndingAt(context, group.first);
  const role = subject && !group.negated ? roleOfSubject(context, group, subject) : undefined;
  if (!subject || !role) return [];
  return findObjects(context, group)
    .filter((object) => object.tail.length === 0 && ['PERSON', 'ORGANIZATION', 'LOCATION'].includes(object.arg.entityType))
    .flatMap((object) => relate(context, object.arg, subject, { ...role, predicate: role.label.toLowerCase(), confidence: 0.75, rule: 'verb' }));
}

/** The role a copula's subject phrase names, held at the name after "of": "shareholders of EADS are". */
function roleOfSubject(context: SentenceContext, group: VerbGroup, subject: Argument): { label: string; relation: RelationType } | undefined {
  const { tokens } = context;
  if (group.chain.length !== 1 || !COPULAS.has(group.chain[0].lemma) || tokens[subject.first - 1]?.normal !== 'of') return undefined;
  const words = tokens.slice(modifiersStart(context, subject.first - 1), subject.first - 1).map((token) => token.text);
  return readRole(words, subject.entityType === 'LOCATION');
}

/** The noun and preposition a subject name hangs on: "Nominees for" in "Nominees for the awards". */
function headBefore(context: SentenceContext, arg: Argument): Token[] {
  const { tokens, sentence } = context;
  let i = arg.first - 1;
  if (tokens[i]?.pos === 'DET') i--;
  const preposition = tokens[i];
  const noun = tokens[i - 1];
  // A capitalised noun opening the sentence is tagged as a proper noun ("Nominees for ...").
  const isNoun = noun?.pos === 'NOUN' || (noun?.pos === 'PROPN' && i - 1 === sentence.firstToken);
  // "20 million people after it was picked up by ABC": "after" opens a clause; a pronoun hangs on no noun.
  const hangs = arg.mention.kind !== 'pronoun' && NOUN_PREPOSITIONS.has(preposition?.normal ?? '');
  if (i - 1 < sentence.firstToken || preposition?.pos !== 'ADP' || !hangs || !isNoun || context.argAt.has(i - 1)) return [];
  return [noun, preposition];
}

/** Prepositions a name may hang on a noun by: "Nominees for the awards", "shares in Yukos". */
const NOUN_PREPOSITIONS = new Set(['for', 'of', 'in', 'from', 'at', 'on', 'to', 'with', 'about', 'against', 'between', 'by']);

const lastWord = (tail: Token[]): string => tail[tail.length - 1]?.normal ?? '';

/**
 * "She appeared alongside Richard Wilson in King of Fridges": the companion did the same in the same work,
 * so the companion takes the verb's "in" object as a subject would.
 */
function companions<T extends { arg: Argument }>(objects: ObjectMatch[], subject: T): (readonly [T, ObjectMatch])[] {
  const found: (readonly [T, ObjectMatch])[] = [];
  objects.forEach((companion, i) => {
    if (companion.arg.entityType !== 'PERSON' || !['with', 'alongside'].includes(lastWord(companion.tail))) return;
    const work = objects[i + 1];
    if (work && lastWord(work.tail) === 'in' && ['WORK', 'EVENT'].includes(work.arg.entityType)) found.push([{ ...subject, arg: companion.arg }, work]);
  });
  return found;
}

/** Words of the bare noun phrase after a verb: "technology" in "are developing technology to ...". */
function directNoun(context: SentenceContext, group: VerbGroup): Token[] {
  const { tokens, sentence } = context;
  const words: Token[] = [];
  for (let i = group.end; i < sentence.endToken && words.length < 3 && !context.argAt.has(i); i++) {
    if (tokens[i].pos === 'DET' && words.length === 0) continue;
    if (tokens[i].pos !== 'NOUN' && tokens[i].pos !== 'ADJ') break;
    words.push(tokens[i]);
  }
  return words.length > 0 && words[words.length - 1].pos === 'NOUN' ? words : [];
}

/** Words that say the two did it each on their own: "attended separate meetings". */
const APART = new Set(['separate', 'respective', 'own', 'different', 'rival', 'competing']);
/** Verbs of what befalls each subject on its own: "Toyota and Nissan saw sales accelerate", "posted losses". */
const UNDERGOING = new Set(['see', 'report', 'post', 'suffer', 'enjoy', 'experience', 'record', 'face', 'lose', 'gain', 'expect', 'predict', 'forecast']);

/**
 * "ScanSoft and Gracenote are developing technology": two joined subjects of a verb with no named object
 * do it together, so the first does it with the second.
 */
function jointAct(context: SentenceContext, group: VerbGroup, subjects: Argument[]): Relation[] {
  const [first, second] = subjects;
  const head = group.chain[0];
  if (group.passive || COPULAS.has(head.lemma) || LIGHT.has(head.lemma) || UNDERGOING.has(head.lemma)) return [];
  // People named together often act apart ("X and Y scored"); firms named together act together, and
  // countries do when they act on something ("Venezuela and China sign oil deal", not "Europe and America shiver").
  const noun = directNoun(context, group);
  const bodies = first.entityType === 'ORGANIZATION' && second.entityType === 'ORGANIZATION';
  const states = first.entityType === 'LOCATION' && second.entityType === 'LOCATION' && noun.length > 0;
  if (!bodies && !states) return [];
  // "Talks between X and Y failed": the names belong to a phrase, not to the verb.
  const before = context.tokens[first.first - 1]?.pos === 'DET' ? context.tokens[first.first - 2] : context.tokens[first.first - 1];
  if (before?.pos === 'ADP') return [];
  if (noun.some((token) => APART.has(token.normal))) return [];
  const verb = phraseOf(group, [...noun, { text: 'with', lemma: 'with', normal: 'with', pos: 'ADP' }], false);
  const predicate = verbPredicate(verb);
  return relate(context, first, second, { label: verbLabel(verb), predicate, relation: 'other', confidence: 0.5, rule: 'verb' });
}

/** Verbs of saying that also take a thing agreed on: "agreed a four-year deal with X", "announced a merger with X". */
const AGREEING = new Set(['agree', 'announce', 'accept']);

/** Is this "agreed a deal" rather than "agreed that ..."? A noun right after the verb is what was agreed. */
function agreesToSomething(context: SentenceContext, group: VerbGroup): boolean {
  if (!AGREEING.has(group.chain[0].lemma)) return false;
  let i = group.end;
  while (context.tokens[i]?.pos === 'DET' || context.tokens[i]?.pos === 'ADJ' || context.tokens[i]?.pos === 'NUM') i++;
  return context.tokens[i]?.pos === 'NOUN' && !context.argAt.has(i);
}

/**
 * Subject–verb–object facts, active and passive, negation kept: "LTFA accused West Midlands Police",
 * "Police are seeking urgent talks with leaders of Bolton's Muslim community" (seeks talks with),
 * "The DS was released by Nintendo" (Nintendo releases the DS), "did not include" (does not include).
 */
export const verbRule: RelationRule = {
  name: 'verb',
  apply(context: SentenceContext): Relation[] {
    const relations: Relation[] = [];
    for (const group of verbGroups(context)) {
      if (group.chain.length === 0) continue;
      const head = group.chain[0];
      if (SPEECH_VERBS.has(head.lemma) && head.lemma !== 'tell' && !agreesToSomething(context, group)) continue;
      // "Chelsea's backers include X" is the includes rule's: X backs Chelsea, Chelsea does not include X.
      if (head.lemma === 'include' && isHolding(context.tokens[group.first - 1]?.normal ?? '')) continue;
      // "The other main shareholders of EADS are the French government and DaimlerChrysler": the role is theirs.
      relations.push(...inverseRoles(context, group));
      const found = findSubject(context, group);
      if (!found) continue;
      const objects = findObjects(context, group);
      const subjects = coordinatedSubjects(context, found.arg).map((arg) => ({ ...found, arg }));
      if (subjects.length === 2 && objects.length === 0 && !found.indirect) relations.push(...jointAct(context, group, subjects.map((s) => s.arg)));
      for (const [subject, object] of [...subjects.flatMap((s) => objects.map((o) => [s, o] as const)), ...companions(objects, found)]) {
        let from = subject.arg;
        let to = object.arg;
        let tail = object.tail;
        let passive = group.passive || Boolean(subject.reduced);
        // "was released by Nintendo", "was appointed home secretary by Tony Blair": the agent is the real
        // subject, and the fact reads in the active voice.
        // "developed by BT's research unit": the owner of the agent's noun is the agent.
        // "set up by army officer and silk farmer Gorur Gopinath": the agent may be described first.
        const owned = tail.findIndex((token) => token.normal === 'by');
        const rest = owned >= 0 ? tail.slice(owned + 1) : [];
        const ownedAgent = rest.every((token) => token.pos === 'NOUN') && isPossessiveMark(context.tokens[to.end]);
        const describedAgent = to.entityType === 'PERSON' && rest.every((token) => ['NOUN', 'ADJ', 'CCONJ'].includes(token.pos));
        if (passive && rest.length > 0 && (ownedAgent || describedAgent)) tail = tail.slice(0, owned + 1);
        if (passive && tail.length > 0 && tail[tail.length - 1].normal === 'by') {
          [from, to] = [to, from];
          // "Nominees for the awards were picked by X": X picks nominees for the awards.
          tail = headBefore(context, to);
          passive = false;
        } else if (tail.length > 1 && lastWord(tail) === 'by' && tail[tail.length - 2].pos === 'NOUN') {
          // "edged ahead with a penalty by Charlie Hore": in an active clause "by" after a noun names who did
          // the noun ("felt unprotected by police" keeps its agent).
          continue;
        }
        const role = copularRole(group, tail, to.entityType === 'LOCATION') ?? (from === subject.arg ? copularRoleAfter(context, group, object) : undefined);
        if (role && !group.negated) {
          relations.push(...relate(context, from, to, { ...role, predicate: role.label.toLowerCase(), confidence: 0.8, rule: this.name }));
          continue;
        }
        if (LIGHT.has(head.lemma) && group.chain.length === 1 && tail.length === 0) continue;
        const verb = phraseOf(group, tail, passive);
        const confidence = Math.max(0.4, 0.75 - 0.04 * Math.max(0, object.gap - 2) - (subject.indirect ? 0.1 : 0));
        const predicate = verbPredicate(verb);
        const relation = verb.negated ? 'other' : canonicalRelation(predicate, from.entityType, to.entityType);
        relations.push(...relate(context, from, to, { label: verbLabel(verb), predicate, relation, confidence, rule: this.name }));
      }
    }
    return relations;
  },
};
