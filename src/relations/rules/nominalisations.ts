import { isRoleNoun } from '../../mentions/titles';
import { argStartingAt, relate, type Relation, type RelationRule, type SentenceContext } from '../context';

/** Prepositions that attach the other party to an act: "boycott of", "bid for", "attack on", "talks with". */
const ACT_PREPOSITIONS = new Set(['of', 'for', 'against', 'with', 'on', 'into']);

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
      const noun = tokens[i];
      const preposition = tokens[i + 1]?.normal ?? '';
      if (noun.pos !== 'NOUN' || context.argAt.has(i) || !ACT_PREPOSITIONS.has(preposition) || !isActNoun(noun.lemma)) continue;
      const target = argStartingAt(context, i + 2) ?? (tokens[i + 2]?.pos === 'DET' ? argStartingAt(context, i + 3) : undefined);
      if (!target) continue;
      let agent;
      // "X's boycott of Y" (modifiers allowed between), or "the boycott of Y by X".
      for (let k = i - 1; k >= Math.max(sentence.firstToken, i - 3); k--) {
        if (tokens[k].normal === "'s" || tokens[k].text === "'" || (tokens[k].pos === 'PRON' && context.argAt.has(k))) {
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
      if (!agent) continue;
      const label = `${noun.normal} ${preposition}`;
      relations.push(...relate(context, agent, target, { label, predicate: `${noun.lemma} ${preposition}`, relation: 'other', confidence: 0.65, rule: this.name }));
    }
    return relations;
  },
};
