import { thirdPerson } from '../predicate';
import { relate, type Relation, type RelationRule, type SentenceContext } from '../context';

/** How far past the prefixed word the name it describes may stand ("Moscow-based US lawyer Jamie Firestone"). */
const PREFIX_REACH = 5;

/** Verbs of the participles that carry an owner: "Rosneft-owned" → owns, "US-backed" → backs. */
const PARTICIPLE_VERBS: Readonly<Record<string, string>> = {
  owned: 'own', backed: 'back', controlled: 'control', run: 'run', funded: 'fund', led: 'lead', sponsored: 'sponsor',
};

/**
 * Names written as the first part of a word describe the name they modify: "a London-based charity,
 * Shelter" (based in London), "Moscow-based US lawyer Jamie Firestone" (lives in Moscow), "Rosneft-owned
 * Yugansk" (Rosneft owns Yugansk).
 */
export const prefixRule: RelationRule = {
  name: 'prefix',
  apply(context: SentenceContext): Relation[] {
    const relations: Relation[] = [];
    for (const prefixed of context.args) {
      const prefix = prefixed.mention.prefix;
      if (!prefix) continue;
      // "Moscow-based US lawyer Jamie Firestone": a place locates the person or body it describes, past a nationality.
      const based = prefix === 'based';
      const described = context.args.find(
        (arg) =>
          arg.first > prefixed.first &&
          arg.first - prefixed.end <= PREFIX_REACH &&
          arg.mention.kind === 'name' &&
          (!based || arg.entityType === 'PERSON' || arg.entityType === 'ORGANIZATION'),
      );
      if (!described) continue;
      if (based) {
        const relation = described.entityType === 'PERSON' ? 'lives_in' : 'based_in';
        relations.push(...relate(context, described, prefixed, { label: 'based in', predicate: 'base in', relation, confidence: 0.75, rule: this.name }));
      } else {
        const verb = PARTICIPLE_VERBS[prefix];
        relations.push(...relate(context, prefixed, described, { label: thirdPerson(verb), predicate: verb, relation: 'other', confidence: 0.7, rule: this.name }));
      }
    }
    return relations;
  },
};
