import { expandTitle, isRoleNoun, isTitleWord, relationOfRole, roleOfTitle } from '../../mentions/titles';
import { argEndingAt, relate, type Relation, type RelationRule, type SentenceContext } from '../context';

/** Longest run of role words between an organisation and a name ("shadow home secretary"). */
const MAX_ROLE_WORDS = 5;

/**
 * Titles and roles before a name tie the person to the organisation or place named first:
 * "South Yorkshire Police Ch Supt Jason Harwin" (works for), "Rotherham MP Sarah Champion" (represents),
 * "France captain Fabien Pelous" (member of), "Nintendo's president Satoru Iwata".
 */
export const titleRule: RelationRule = {
  name: 'title',
  apply(context: SentenceContext): Relation[] {
    const { tokens, sentence } = context;
    const relations: Relation[] = [];
    for (const person of context.args) {
      if (person.entityType !== 'PERSON' || person.mention.kind !== 'name') continue;
      const nameStart = person.mention.titleStart ?? person.first;
      let i = nameStart;
      while (
        i > sentence.firstToken &&
        nameStart - i < MAX_ROLE_WORDS &&
        !context.argAt.has(i - 1) &&
        (isRoleNoun(tokens[i - 1].text) || isTitleWord(tokens[i - 1].text) || tokens[i - 1].pos === 'ADJ')
      ) {
        i--;
      }
      // Adjectives may qualify a role ("former coach") but are not one on their own.
      while (i < nameStart && tokens[i].pos === 'ADJ' && !isTitleWord(tokens[i].text)) i++;
      const words = tokens.slice(i, person.first).map((token) => token.text);
      const role = roleOfTitle(expandTitle(words));
      if (!role || !(isRoleNoun(role.split(' ').pop() ?? '') || isTitleWord(role.split(' ').pop() ?? ''))) continue;
      const possessive = tokens[i - 1]?.normal === "'s" ? 1 : 0;
      const holder = argEndingAt(context, i - possessive);
      if (!holder || !['ORGANIZATION', 'LOCATION', 'GROUP'].includes(holder.entityType)) continue;
      const relation = relationOfRole(role, holder.entityType === 'LOCATION');
      const label = `${role} ${relation === 'represents' ? 'for' : 'of'}`;
      relations.push(
        ...relate(context, person, holder, { label, predicate: label.toLowerCase(), relation, confidence: 0.9, rule: this.name }),
      );
    }
    return relations;
  },
};
