import type { EntityType, RelationType } from '../../extraction';
import { isRoleNoun, readRole } from '../../mentions/titles';
import { GENRES } from '../../mentions/works';
import { argStartingAt, isPossessiveMark, relate, type Relation, type RelationRule, type SentenceContext } from '../context';

type Reading = { label: string; predicate: string; relation: RelationType; confidence: number; owner: 'subject' | 'object' };

/** Words that name a broadcaster ("BBC One", "Channel 4", "Radio 4"): what it owns is a programme on it. */
const BROADCASTER = /\b(?:bbc|itv|cnn|radio|channel|tv|television|broadcasting|fm)\b/i;

/**
 * What "A's B" says, by the types of A and B (and A's name, for a broadcaster's programmes). `owner` says which end A is: "Bolton's Muslim
 * community" is the community located in Bolton (A is the object); "Sony's PSP" is Sony making it
 * (A is the subject).
 */
function reading(owner: EntityType, owned: EntityType, ownerName: string): Reading | undefined {
  const key = `${owner}>${owned}`;
  switch (key) {
    case 'LOCATION>GROUP':
    case 'LOCATION>LOCATION':
      return { label: 'located in', predicate: 'locate in', relation: 'located_in', confidence: 0.7, owner: 'object' };
    case 'LOCATION>ORGANIZATION':
      return { label: 'based in', predicate: 'base in', relation: 'based_in', confidence: 0.65, owner: 'object' };
    case 'ORGANIZATION>PERSON':
      // "Aston Villa's Mark Delaney", "the BBC's Andrew Marr": one of theirs, player or staff.
      return { label: 'member of', predicate: 'member of', relation: 'member_of', confidence: 0.7, owner: 'object' };
    case 'LOCATION>PERSON':
      return { label: 'member of', predicate: 'member of', relation: 'member_of', confidence: 0.55, owner: 'object' };
    case 'ORGANIZATION>ORGANIZATION':
      return { label: 'part of', predicate: 'part of', relation: 'part_of', confidence: 0.55, owner: 'object' };
    case 'ORGANIZATION>WORK':
      // "BBC One's Countryfile" is a programme of the channel; "Sony's PSP" a product Sony makes.
      return BROADCASTER.test(ownerName)
        ? { label: 'programme of', predicate: 'programme of', relation: 'other', confidence: 0.6, owner: 'object' }
        : { label: 'makes', predicate: 'make', relation: 'other', confidence: 0.6, owner: 'subject' };
    default:
      return undefined;
  }
}

/** Modifiers allowed between the possessive and the owned name ("Bolton's Muslim community"). */
const MAX_MODIFIERS = 3;

/** Possessives: "Bolton's Muslim community", "England's Charlie Hodgson", "its DS handheld console". */
export const possessiveRule: RelationRule = {
  name: 'possessive',
  apply(context: SentenceContext): Relation[] {
    const { tokens } = context;
    const relations: Relation[] = [];
    for (const owner of context.args) {
      const pronoun = owner.mention.kind === 'pronoun';
      if (pronoun && !owner.mention.pronoun?.possessive) continue;
      let i = owner.end;
      if (!pronoun) {
        if (!isPossessiveMark(tokens[i])) continue;
        i++;
      }
      let owned;
      for (let k = 0; k <= MAX_MODIFIERS && i + k < context.sentence.endToken; k++) {
        owned = argStartingAt(context, i + k);
        const token = tokens[i + k];
        // "Spain's most powerful bank, Santander": the name in apposition is what the owner has.
        if (!owned && token.text === ',' && k > 0 && tokens[i + k - 1].pos === 'NOUN') {
          owned = argStartingAt(context, i + k + 1) ?? (tokens[i + k + 1]?.pos === 'DET' ? argStartingAt(context, i + k + 2) : undefined);
        }
        // A role between them ("Nintendo's president X") is the title rule's to read.
        if (owned || !['ADJ', 'NOUN', 'NUM', 'ADV'].includes(token.pos) || isRoleNoun(token.text)) break;
      }
      if (!owned) continue;
      // "Tate & Lyle's chief executive" standing for a person: the role is held at the owner.
      if (owned.mention.kind === 'nominal' && owned.entityType === 'PERSON' && owned.first === i && ['ORGANIZATION', 'LOCATION'].includes(owner.entityType)) {
        const reading = readRole(tokens.slice(owned.first, owned.end).map((token) => token.text), owner.entityType === 'LOCATION');
        if (!reading) continue;
        const { relation, label } = reading;
        relations.push(...relate(context, owned, owner, { label, predicate: label.toLowerCase(), relation, confidence: 0.75, rule: this.name }));
        continue;
      }
      // "The Killers' album Hot Fuss": a work named with its genre is the work rule's to read.
      if (owned.entityType === 'WORK' && GENRES.has(tokens[owned.first - 1]?.normal ?? '')) continue;
      const meaning = reading(owner.entityType, owned.entityType, context.entities[owner.entity].label);
      if (!meaning) continue;
      const { owner: side, ...fields } = meaning;
      const [subject, object] = side === 'subject' ? [owner, owned] : [owned, owner];
      relations.push(...relate(context, subject, object, { ...fields, rule: this.name }));
    }
    return relations;
  },
};
