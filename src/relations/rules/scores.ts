import { argEndingAt, argStartingAt, isPossessiveMark, openingSubject, relate, type Argument, type Relation, type RelationRule, type SentenceContext } from '../context';

/** What a player scores or sets up in a match report. */
const SCORES = new Set([
  'try', 'tries', 'goal', 'goals', 'penalty', 'penalties', 'conversion', 'conversions', 'drop-goal', 'header',
  'strike', 'brace', 'hat-trick', 'touchdown', 'equaliser', 'winner', 'opener', 'double', 'century', 'fifty',
]);

const SIDES = new Set(['ORGANIZATION', 'LOCATION']);

/** The people named after "by"/"from": "tries from Paul Steinmetz and Bryn Cunningham". */
function scorers(context: SentenceContext, from: number): Argument[] {
  const found: Argument[] = [];
  let i = from;
  for (;;) {
    const person = argStartingAt(context, i);
    if (!person || person.entityType !== 'PERSON') return found;
    found.push(person);
    if (context.tokens[person.end]?.normal !== 'and' && context.tokens[person.end]?.text !== ',') return found;
    i = person.end + 1;
  }
}

/**
 * Match reports credit scores to players: "Ulster had led 20-6 with tries from Paul Steinmetz and Bryn
 * Cunningham", "Borders edged ahead with a penalty by Charlie Hore", "Chelsea's goal by Joe Cole" —
 * whoever scores for a side plays for it.
 */
export const scoreRule: RelationRule = {
  name: 'score',
  apply(context: SentenceContext): Relation[] {
    const { tokens, sentence } = context;
    const relations: Relation[] = [];
    for (let i = sentence.firstToken; i < sentence.endToken - 2; i++) {
      if (!SCORES.has(tokens[i].normal) || context.argAt.has(i) || !['by', 'from'].includes(tokens[i + 1].normal)) continue;
      const players = scorers(context, i + 2);
      if (players.length === 0) continue;
      // The side is the possessor of the score ("Chelsea's goal"), or the sentence's subject ("Ulster led with tries").
      let k = i - 1;
      while (k > sentence.firstToken && i - k < 4 && ['ADJ', 'NUM', 'NOUN'].includes(tokens[k].pos) && !context.argAt.has(k)) k--;
      const side = isPossessiveMark(tokens[k]) ? argEndingAt(context, k) : openingSubject(context, k);
      if (!side || !SIDES.has(side.entityType)) continue;
      for (const player of players) {
        relations.push(...relate(context, player, side, { label: 'scores for', predicate: 'score for', relation: 'member_of', confidence: 0.6, rule: this.name }));
      }
    }
    return relations;
  },
};
