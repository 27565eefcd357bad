import type { EntityType } from '../../extraction';
import type { LearnedRelation } from './signature';

export type { LearnedRelation } from './signature';

/** An entity mention in one sentence: token indices, end exclusive. */
export interface RelationArgument {
  start: number;
  end: number;
  entityType: EntityType;
}

export interface ClassifiedPair {
  head: number;
  tail: number;
  relation: LearnedRelation;
  /** 0..1, calibrated enough that higher = more often right */
  confidence: number;
}

export interface RelationClassifier {
  /** Returns the related ordered pairs (indices into `args`) of one sentence. */
  classify(tokens: readonly string[], args: readonly RelationArgument[]): ClassifiedPair[];
}
