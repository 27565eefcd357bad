import type { RelationArgument } from '../../src/relations/classifier';
import type { Conll04Sentence } from './conll04';

/** Why a gold relation argument was or was not found exactly by the recogniser. */
export type ArgumentOutcome =
  | 'found'
  | 'wrong type'
  | 'title left out of a person'
  | 'comma-joined place split'
  | 'trailing full stop'
  | 'other boundary'
  | 'missed';

/**
 * Sorts the gold entities that take part in a relation by what the recogniser made of them, so the
 * end-to-end shortfall can be split into CoNLL04 span conventions and real recognition errors.
 */
export function argumentOutcomes(
  sentences: readonly Conll04Sentence[],
  found: readonly (readonly RelationArgument[])[],
): Record<ArgumentOutcome, number> {
  const counts: Record<ArgumentOutcome, number> = {
    found: 0,
    'wrong type': 0,
    'title left out of a person': 0,
    'comma-joined place split': 0,
    'trailing full stop': 0,
    'other boundary': 0,
    missed: 0,
  };
  sentences.forEach((sentence, i) => {
    const argumentIndices = new Set(sentence.relations.flatMap((r) => [r.head, r.tail]));
    for (const index of argumentIndices) counts[outcome(sentence, sentence.entities[index], found[i])]++;
  });
  return counts;
}

function outcome(sentence: Conll04Sentence, gold: RelationArgument, found: readonly RelationArgument[]): ArgumentOutcome {
  const exact = found.find((m) => m.start === gold.start && m.end === gold.end);
  if (exact) return exact.entityType === gold.entityType ? 'found' : 'wrong type';
  const overlapping = found.filter((m) => m.start < gold.end && gold.start < m.end);
  if (overlapping.length === 0) return 'missed';
  const tokens = sentence.tokens;
  if (gold.entityType === 'PERSON' && overlapping.some((m) => m.start > gold.start && m.end === gold.end && /^[A-Z]/.test(tokens[gold.start]))) {
    return 'title left out of a person';
  }
  if (gold.entityType === 'LOCATION' && tokens.slice(gold.start, gold.end).includes(',')) return 'comma-joined place split';
  if (tokens[gold.end - 1].endsWith('.') && overlapping.some((m) => m.end === gold.end + 1 || m.end === gold.end)) return 'trailing full stop';
  return 'other boundary';
}
