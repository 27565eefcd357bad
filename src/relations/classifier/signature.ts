import type { EntityType } from '../../extraction';

/** Relation types the learned classifier can emit (the CoNLL04 inventory, in our names). */
export type LearnedRelation = 'works_for' | 'based_in' | 'located_in' | 'lives_in' | 'killed';

/**
 * The one relation each ordered pair of argument types may carry. CoNLL04 ties every relation to a
 * single type signature, so the classifier only has to decide "related or not" per candidate pair.
 */
const SIGNATURES: Readonly<Record<string, LearnedRelation>> = {
  'PERSON>ORGANIZATION': 'works_for',
  'PERSON>PERSON': 'killed',
  'ORGANIZATION>LOCATION': 'based_in',
  'PERSON>LOCATION': 'lives_in',
  'LOCATION>LOCATION': 'located_in',
};

/** The relation allowed from a head of one type to a tail of another, if any. */
export function relationForTypes(head: EntityType, tail: EntityType): LearnedRelation | undefined {
  return SIGNATURES[`${head}>${tail}`];
}

/** Relations that cannot hold in both directions at once (a place is not inside its own part). */
export function isAntisymmetric(relation: LearnedRelation): boolean {
  return relation === 'located_in' || relation === 'killed';
}
