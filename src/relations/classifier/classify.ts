import { pairFeatures, sentenceView } from './features';
import { pairProbability, type RelationModel } from './model';
import { isAntisymmetric, relationForTypes, type LearnedRelation } from './signature';
import type { ClassifiedPair, RelationArgument } from './types';

/** A candidate ordered pair of one sentence whose types admit a relation. */
export interface CandidatePair {
  head: number;
  tail: number;
  relation: LearnedRelation;
  features: string[];
}

/** Every ordered pair of non-overlapping mentions whose types admit a relation, with its features. */
export function candidatePairs(tokens: readonly string[], args: readonly RelationArgument[]): CandidatePair[] {
  const view = sentenceView(tokens, args);
  const pairs: CandidatePair[] = [];
  for (let head = 0; head < args.length; head++) {
    for (let tail = 0; tail < args.length; tail++) {
      if (head === tail || overlaps(args[head], args[tail])) continue;
      const relation = relationForTypes(args[head].entityType, args[tail].entityType);
      if (relation) pairs.push({ head, tail, relation, features: pairFeatures(view, head, tail) });
    }
  }
  return pairs;
}

/** Scores every candidate pair and keeps those at or above the model's threshold. */
export function classifyWithModel(
  model: RelationModel,
  tokens: readonly string[],
  args: readonly RelationArgument[],
): ClassifiedPair[] {
  const scored = candidatePairs(tokens, args).map(({ head, tail, relation, features }) => ({
    head,
    tail,
    relation,
    confidence: pairProbability(model, relation, features),
  }));
  const kept = scored.filter((pair) => pair.confidence >= model.threshold);
  return kept.filter((pair) => !beatenByReverse(pair, kept));
}

/** For one-way relations, a pair predicted both ways keeps only its more confident direction. */
function beatenByReverse(pair: ClassifiedPair, kept: readonly ClassifiedPair[]): boolean {
  if (!isAntisymmetric(pair.relation)) return false;
  const reverse = kept.find((other) => other.head === pair.tail && other.tail === pair.head && other.relation === pair.relation);
  return reverse !== undefined && (reverse.confidence > pair.confidence || (reverse.confidence === pair.confidence && reverse.head < pair.head));
}

function overlaps(a: RelationArgument, b: RelationArgument): boolean {
  return a.start < b.end && b.start < a.end;
}
