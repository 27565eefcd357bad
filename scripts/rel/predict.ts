import { candidatePairs } from '../../src/relations/classifier/classify';
import type { RelationArgument, RelationClassifier } from '../../src/relations/classifier';
import type { TrainingExample } from '../../src/relations/classifier/train';
import type { Conll04Sentence } from './conll04';
import { goldEntities } from './entity-source';
import { goldEntityIndex, type PredictedRelation, type SpanMatch } from './score';

/** Runs the classifier over every sentence with the given mentions. */
export function predictRelations(
  classifier: RelationClassifier,
  sentences: readonly Conll04Sentence[],
  mentions: readonly (readonly RelationArgument[])[],
): PredictedRelation[] {
  return sentences.flatMap((sentence, i) =>
    classifier.classify(sentence.tokens, mentions[i]).map((pair) => ({
      sentence: i,
      head: mentions[i][pair.head],
      tail: mentions[i][pair.tail],
      relation: pair.relation,
      confidence: pair.confidence,
    })),
  );
}

/**
 * Labelled candidate pairs of every sentence over the given mentions (gold ones by default): a pair
 * is related when both mentions stand for the two arguments of a CoNLL04 relation, under `match`.
 */
export function trainingExamples(
  sentences: readonly Conll04Sentence[],
  options: { mentions?: readonly (readonly RelationArgument[])[]; weight?: number; match?: SpanMatch } = {},
): TrainingExample[] {
  const mentions = options.mentions ?? goldEntities.mentions(sentences);
  return sentences.flatMap((sentence, i) => {
    const entityOf = mentions[i].map((m) => goldEntityIndex(sentence, m, options.match ?? 'exact'));
    const gold = new Set(sentence.relations.map((r) => `${r.head}>${r.tail}>${r.relation}`));
    return (
      candidatePairs(sentence.tokens, mentions[i])
        // Two pieces of one gold name ("Lubbock" and "Texas" of "Lubbock , Texas") have no label to learn.
        .filter((pair) => entityOf[pair.head] < 0 || entityOf[pair.head] !== entityOf[pair.tail])
        .map((pair) => ({
          relation: pair.relation,
          features: pair.features,
          related: gold.has(`${entityOf[pair.head]}>${entityOf[pair.tail]}>${pair.relation}`),
          weight: options.weight ?? 1,
        }))
    );
  });
}
