import type { EntityType, RelationType } from '../extraction';

/**
 * Verb predicates that state a canonical relation: "is based in" is based_in for an organisation,
 * "lives in" lives_in, "works for" works_for, "killed" killed. Keys are lemma predicates; the value
 * depends on the subject's type where the same words mean different relations.
 */
const BY_PREDICATE: Record<string, (subject: EntityType, object: EntityType) => RelationType | undefined> = {
  'base in': (s, o) => (o !== 'LOCATION' ? undefined : s === 'PERSON' ? 'lives_in' : 'based_in'),
  'headquarter in': (s, o) => (o === 'LOCATION' && s === 'ORGANIZATION' ? 'based_in' : undefined),
  'locate in': (s, o) => (o !== 'LOCATION' ? undefined : s === 'ORGANIZATION' ? 'based_in' : 'located_in'),
  'live in': (s, o) => (s === 'PERSON' && o === 'LOCATION' ? 'lives_in' : undefined),
  'work for': (s, o) => (s === 'PERSON' && o === 'ORGANIZATION' ? 'works_for' : undefined),
  'work at': (s, o) => (s === 'PERSON' && o === 'ORGANIZATION' ? 'works_for' : undefined),
  join: (s, o) => (s === 'PERSON' && o === 'ORGANIZATION' ? 'member_of' : undefined),
  'sign for': (s, o) => (s === 'PERSON' && (o === 'ORGANIZATION' || o === 'LOCATION') ? 'member_of' : undefined),
  'play for': (s, o) => (s === 'PERSON' && (o === 'ORGANIZATION' || o === 'LOCATION') ? 'member_of' : undefined),
  represent: (s) => (s === 'PERSON' ? 'represents' : undefined),
  kill: (s, o) => (s === 'PERSON' && o === 'PERSON' ? 'killed' : undefined),
  murder: (s, o) => (s === 'PERSON' && o === 'PERSON' ? 'killed' : undefined),
  assassinate: (s, o) => (s === 'PERSON' && o === 'PERSON' ? 'killed' : undefined),
};

/** The canonical relation a verb predicate states between two entity types, or "other". */
export function canonicalRelation(predicate: string, subject: EntityType, object: EntityType): RelationType {
  const key = predicate.replace(/^be /, '');
  return BY_PREDICATE[key]?.(subject, object) ?? 'other';
}
