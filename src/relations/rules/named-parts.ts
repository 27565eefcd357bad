import { nameWords } from '../../entities/names';
import { ORGANISATION_DESIGNATORS } from '../../mentions/names';
import { relate, type Relation, type RelationRule, type SentenceContext } from '../context';

/**
 * What follows the whole's name must name the part: "Radio 4", or a place the article names ("Scotland");
 * not "of Lancaster", "Inc", nor one word that only completes the name ("La Fenice Theatre").
 */
function isDistinguishing(rest: string[], places: Set<string>): boolean {
  if (LINKS.has(rest[0]) || rest.every((word) => ORGANISATION_DESIGNATORS.has(word))) return false;
  return rest.length > 1 || places.has(rest[0]) || DIVISIONS.has(rest[0]);
}

/** One word that names a line of business is a division: "BT Wholesale", "Sony Pictures", "BBC Sport". */
const DIVISIONS = new Set(
  `wholesale retail mobile broadband capital entertainment music pictures networks international digital interactive
   online sport sports games research ventures solutions services consulting publishing finance energy`.split(/\s+/),
);

const LINKS = new Set(['of', 'and', '&', 'for', 'the', 'in', 'on', 'at']);

/**
 * "UKIP Scotland", "BBC Radio 4", "Microsoft UK": an organisation named as another one plus what
 * distinguishes it is a part of that other one, also where the other is named elsewhere in the article.
 */
export const namedPartRule: RelationRule = {
  name: 'named-part',
  apply(context: SentenceContext): Relation[] {
    const relations: Relation[] = [];
    // Only the full name of the whole: a short alias ("Duchy") would make every "Duchy of X" a part of it.
    const places = new Set(context.entities.flatMap((entity) => (entity.entityType === 'LOCATION' ? [entity.label, ...entity.aliases].map((name) => name.toLowerCase()) : [])));
    const bodies = context.entities.flatMap((entity, index) => (entity.entityType === 'ORGANIZATION' ? [{ index, words: nameWords(entity.label) }] : []));
    for (const part of context.args) {
      if (part.entityType !== 'ORGANIZATION' || part.mention.kind !== 'name') continue;
      const words = nameWords(part.mention.text);
      const whole = bodies.find(
        (body) =>
          body.index !== part.entity &&
          body.words.length > 0 &&
          body.words.length < words.length &&
          body.words.every((word, i) => word === words[i]) &&
          isDistinguishing(words.slice(body.words.length), places),
      );
      if (!whole) continue;
      const wholeArg = { ...part, entity: whole.index };
      relations.push(...relate(context, part, wholeArg, { label: 'part of', predicate: 'part of', relation: 'part_of', confidence: 0.6, rule: this.name }));
    }
    return relations;
  },
};
