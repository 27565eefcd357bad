import { isRoleNoun } from '../../mentions/titles';
import { argEndingAt, argStartingAt, isPossessiveMark, openingSubject, possessorEndingAt, relate, type Argument, type Relation, type RelationRule, type SentenceContext } from '../context';

/** Prepositions that attach the other party to an act: "boycott of", "bid for", "attack on", "talks with". */
const ACT_PREPOSITIONS = new Set(['of', 'for', 'against', 'with', 'on', 'into', 'between']);

/** Acts done together, read as the verb they name: "the merger of X and Y" → X merges with Y. */
const JOINT_ACTS: Readonly<Record<string, { label: string; predicate: string }>> = {
  merger: { label: 'merges with', predicate: 'merge with' },
  talk: { label: 'holds talks with', predicate: 'hold talk with' },
  alliance: { label: 'allies with', predicate: 'ally with' },
  partnership: { label: 'partners with', predicate: 'partner with' },
  'tie-up': { label: 'ties up with', predicate: 'tie up with' },
  marriage: { label: 'marries', predicate: 'marry' },
  clash: { label: 'clashes with', predicate: 'clash with' },
  meeting: { label: 'meets', predicate: 'meet' },
  match: { label: 'plays', predicate: 'play' },
};

/** The name a nationality or description qualifies: "Russian gas giant Gazprom" is Gazprom. */
function qualifiedName(context: SentenceContext, arg: Argument): Argument {
  const { tokens, sentence } = context;
  if (arg.entityType !== 'GROUP') return arg;
  for (let i = arg.end; i < Math.min(sentence.endToken, arg.end + 4); i++) {
    const next = argStartingAt(context, i);
    if (next) return next;
    if (tokens[i].pos !== 'NOUN' && tokens[i].pos !== 'ADJ') return arg;
  }
  return arg;
}

/** The name after "X and" (past modifiers like "oil firm"): the other party of a joint act. */
function secondConjunct(context: SentenceContext, first: Argument): Argument | undefined {
  const { tokens, sentence } = context;
  if (tokens[first.end]?.normal !== 'and') return undefined;
  for (let i = first.end + 1; i < Math.min(sentence.endToken, first.end + 5); i++) {
    const arg = argStartingAt(context, i);
    if (arg) return arg;
    if (!['ADJ', 'NOUN', 'DET'].includes(tokens[i].pos)) return undefined;
  }
  return undefined;
}

/** The name after up to `max` words describing it: "consumer goods giant Unilever", "late soul-singer Ray Charles". */
function nameAfterDescription(context: SentenceContext, from: number, max: number): Argument | undefined {
  let k = from;
  while (k < context.sentence.endToken && k - from < max && !context.argAt.has(k) && ['DET', 'ADJ', 'NOUN'].includes(context.tokens[k].pos)) k++;
  return argStartingAt(context, k);
}

/** Nouns of a working life: "his career at consumer goods giant Unilever", "a spell with Chelsea". */
const CAREERS = new Set(['career', 'spell', 'stint', 'tenure', 'job']);

/** "spending most of his career at consumer goods giant Unilever": where the owner worked. */
function career(context: SentenceContext, at: number): Relation[] {
  const { tokens } = context;
  const preposition = tokens[at + 1]?.normal ?? '';
  if (!CAREERS.has(tokens[at].normal) || !['at', 'with'].includes(preposition)) return [];
  // A description may come before the name: "at consumer goods giant Unilever".
  const body = nameAfterDescription(context, at + 2, 4);
  const owner = possessorEndingAt(context, at);
  if (!body || !owner || owner.entityType !== 'PERSON' || body.entityType !== 'ORGANIZATION') return [];
  const label = `${tokens[at].normal} ${preposition}`;
  return relate(context, owner, body, { label, predicate: label, relation: 'works_for', confidence: 0.7, rule: 'nominalisation' });
}

/** "India and Russia in energy talks": two parties joined before "in" a joint act hold it together. */
function jointActAfterParties(context: SentenceContext, at: number): Relation[] {
  const { tokens, sentence } = context;
  const joint = JOINT_ACTS[tokens[at].lemma] ?? JOINT_ACTS[tokens[at].normal.replace(/s$/, '')];
  if (!joint || context.argAt.has(at)) return [];
  let i = at - 1;
  while (i > sentence.firstToken && at - i < 4 && ['ADJ', 'NOUN'].includes(tokens[i].pos) && !context.argAt.has(i)) i--;
  if (tokens[i]?.normal !== 'in') return [];
  const second = argEndingAt(context, i);
  const first = second && tokens[second.first - 1]?.normal === 'and' ? argEndingAt(context, second.first - 1) : undefined;
  if (!first || !second || first.entityType !== second.entityType) return [];
  return relate(context, first, second, { label: joint.label, predicate: joint.predicate, relation: 'other', confidence: 0.6, rule: 'nominalisation' });
}

/** Nouns of acting a part: "his performance as Ray Charles", "her role as Katharine Hepburn". */
const PARTS = new Set(['performance', 'role', 'portrayal', 'turn', 'part']);

/** "Foxx is tipped for his performance as Ray Charles": the owner of the performance plays the person named. */
function playing(context: SentenceContext, at: number): Relation[] {
  // "his performance as Ray Charles", "Foxx's portrayal of late soul-singer Ray Charles".
  const preposition = context.tokens[at + 1]?.normal;
  if (!PARTS.has(context.tokens[at].normal) || !(preposition === 'as' || (preposition === 'of' && context.tokens[at].normal === 'portrayal'))) return [];
  const player = possessorEndingAt(context, at);
  const played = nameAfterDescription(context, at + 2, 3);
  if (!player || !played || player.entityType !== 'PERSON' || played.entityType !== 'PERSON') return [];
  return relate(context, player, played, { label: 'plays', predicate: 'play', relation: 'other', confidence: 0.7, rule: 'nominalisation' });
}

/** Nouns of winning: "Ulster clung on for a Celtic League win over Borders" — the sentence's subject beat X. */
const VICTORIES = new Set(['win', 'victory', 'triumph']);

/** Nouns of a match: "a friendly against Hungary" is played by the side whose it is. */
const MATCHES = new Set(['friendly', 'match', 'game', 'fixture', 'clash', 'tie', 'encounter', 'final', 'semi-final', 'quarter-final', 'showdown', 'derby']);

/** Words between an article and a noun of winning: "a morale-boosting Celtic League win". */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB', 'NUM']);

/** "Ulster's win over Borders", "Ulster clung on for a Celtic League win over bottom club Borders". */
function victory(context: SentenceContext, at: number): Relation[] {
  const { tokens, sentence } = context;
  const word = tokens[at].normal.replace(/s$/, '');
  const preposition = tokens[at + 1]?.normal ?? '';
  const fixture = MATCHES.has(word) && preposition === 'against';
  if ((!VICTORIES.has(word) && !fixture) || !['over', 'against'].includes(preposition) || context.argAt.has(at)) return [];
  // Descriptions may stand before the loser's name: "over bottom club Borders", "over leading American Alan Webb".
  let k = at + 2;
  for (; k < sentence.endToken && k - at < 7; k++) {
    const nationality = argStartingAt(context, k);
    if (nationality?.entityType === 'GROUP' && nationality.end - nationality.first === 1) continue;
    if (context.argAt.has(k) || !(['DET', 'ADJ', 'NOUN'].includes(tokens[k].pos) || (tokens[k].pos === 'VERB' && tokens[k].normal.endsWith('ing')))) break;
  }
  const loser = argStartingAt(context, k);
  if (!loser) return [];
  let winner = isPossessiveMark(tokens[at - 1]) ? argEndingAt(context, at - 1) : undefined;
  if (!winner) {
    let i = at - 1;
    while (i > sentence.firstToken && at - i < 6 && (context.argAt.has(i) || MODIFIER_POS.has(tokens[i].pos) || (fixture && isPossessiveMark(tokens[i])))) i--;
    // "Wales have worries before Wednesday's friendly against Hungary": a fixture is the subject's.
    if (tokens[i].pos === 'DET' || (fixture && tokens[i].pos === 'ADP')) winner = openingSubject(context, i);
  }
  if (!winner || winner.entity === loser.entity) return [];
  const fields = fixture ? { label: 'plays', predicate: 'play' } : { label: `wins ${preposition}`, predicate: `win ${preposition}` };
  return relate(context, winner, loser, { ...fields, relation: 'other', confidence: 0.65, rule: 'nominalisation' });
}

/** Prepositions after "the N of X" that bring the party X goes to or joins. */
const TRANSFERS = new Set(['to', 'with', 'into']);

/** Nouns that name a part or a person, not an act: "X's share of", "X's leader of" read otherwise. */
const NOT_ACTS = new Set(['part', 'share', 'half', 'rest', 'some', 'most', 'one', 'member', 'number', 'lot', 'kind', 'type', 'version']);

function isActNoun(lemma: string): boolean {
  return !NOT_ACTS.has(lemma) && !isRoleNoun(lemma);
}

/**
 * Nominalisations with both parties named: "LTFA's boycott of the force", "Glazer's bid for Manchester
 * United", "the acquisition of Yukos by Rosneft". The act noun becomes the label: "boycott of", "bid for".
 */
export const nominalisationRule: RelationRule = {
  name: 'nominalisation',
  apply(context: SentenceContext): Relation[] {
    const { tokens, sentence } = context;
    const relations: Relation[] = [];
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      relations.push(...victory(context, i), ...career(context, i), ...playing(context, i), ...jointActAfterParties(context, i));
      const noun = tokens[i];
      const preposition = tokens[i + 1]?.normal ?? '';
      // A capitalised act opening a sentence is tagged as a proper noun ("Talks between X and Y ...").
      const isNoun = noun.pos === 'NOUN' || (noun.pos === 'PROPN' && i === sentence.firstToken);
      if (!isNoun || context.argAt.has(i) || !ACT_PREPOSITIONS.has(preposition) || !isActNoun(noun.lemma)) continue;
      const named = argStartingAt(context, i + 2) ?? (tokens[i + 2]?.pos === 'DET' ? argStartingAt(context, i + 3) : undefined);
      if (!named) continue;
      // "the merger of Russian gas giant Gazprom": the name after the description is the party.
      const target = qualifiedName(context, named);
      let agent;
      // "X's boycott of Y" (modifiers allowed between), or "the boycott of Y by X".
      for (let k = i - 1; k >= Math.max(sentence.firstToken, i - 3); k--) {
        if (isPossessiveMark(tokens[k]) || (tokens[k].pos === 'PRON' && context.argAt.has(k))) {
          const at = context.argAt.get(tokens[k].pos === 'PRON' ? k : k - 1);
          agent = at === undefined ? undefined : context.args[at];
          break;
        }
        if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'NOUN') break;
      }
      if (!agent && tokens[target.end]?.normal === 'by') agent = argStartingAt(context, target.end + 1);
      // "the sale of MGM to Sony", "the merger of X with Y": what the act is of moves to, or joins, the other.
      // "the sale of MGM studios to Sony": the name may modify a noun of its own.
      let after = target.end;
      while (after < sentence.endToken && tokens[after].pos === 'NOUN' && !context.argAt.has(after) && after - target.end < 2) after++;
      const onward = tokens[after]?.normal ?? '';
      if (!agent && preposition === 'of' && TRANSFERS.has(onward)) {
        const other = argStartingAt(context, after + 1) ?? (tokens[after + 1]?.pos === 'DET' ? argStartingAt(context, after + 2) : undefined);
        if (other) {
          const label = `${noun.normal} ${onward}`;
          relations.push(...relate(context, target, other, { label, predicate: `${noun.lemma} ${onward}`, relation: 'other', confidence: 0.6, rule: this.name }));
        }
        continue;
      }
      // "the merger of Gazprom and Rosneft", "talks between X and Y": a joint act relates its two parties.
      const joint = JOINT_ACTS[noun.lemma] ?? JOINT_ACTS[noun.normal.replace(/s$/, '')];
      if (!agent && joint && (preposition === 'of' || preposition === 'between')) {
        const other = secondConjunct(context, target);
        if (other) relations.push(...relate(context, target, other, { label: joint.label, predicate: joint.predicate, relation: 'other', confidence: 0.6, rule: this.name }));
        continue;
      }
      if (!agent) continue;
      const label = `${noun.normal} ${preposition}`;
      relations.push(...relate(context, agent, target, { label, predicate: `${noun.lemma} ${preposition}`, relation: 'other', confidence: 0.65, rule: this.name }));
    }
    return relations;
  },
};
