import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { canonicalRelation } from '../canonical';
import { hashString } from '../classifier/hash';
import { decodeModel, scoreOfKeys, type RelationModel } from '../classifier/model';
import { pairKey, relate, type Argument, type Relation, type RelationRule, type SentenceContext } from '../context';
import { linkCandidates, MAX_GAP, pairFeatures, type LinkCandidate } from './candidates';
import { readingProbabilities } from './train';

export { linkCandidates, pairFeatures, type LinkCandidate } from './candidates';

/** Where `npm run train:links` writes the shipped model. */
export const DEFAULT_LINK_DIR = fileURLToPath(new URL('../../../models/links', import.meta.url));
const MODEL_FILE = 'model.bin.gz';

/**
 * The linker is right less often than the patterns (its pairs seven times in ten on never-read news,
 * theirs more than nine in ten): its probability is scaled below theirs so confidence orders edges.
 */
const LINK_SCALE = 0.5;

const cache = new Map<string, RelationModel>();

/** Loads the shipped link model synchronously (cached). */
export function loadLinkModel(dir: string = DEFAULT_LINK_DIR): RelationModel {
  let model = cache.get(dir);
  if (!model) {
    model = decodeModel(gunzipSync(readFileSync(join(dir, MODEL_FILE))));
    cache.set(dir, model);
  }
  return model;
}

/** The pairs of a sentence that no earlier rule tied, in text order, near enough to be linked. */
export function unlinkedPairs(context: SentenceContext, linked: ReadonlySet<string>): [Argument, Argument][] {
  const pairs: [Argument, Argument][] = [];
  context.args.forEach((a, i) => {
    for (const b of context.args.slice(i + 1)) {
      if (a.entity === b.entity || linked.has(pairKey(a.entity, b.entity)) || b.first - a.end > MAX_GAP) continue;
      pairs.push([a, b]);
    }
  });
  return pairs;
}

/**
 * Probabilities of a pair's readings from their features, then of "not related" (last): the pair's shared
 * features count towards every reading.
 */
export function readingProbabilitiesOf(model: RelationModel, shared: readonly string[], readings: readonly (readonly string[])[]): number[] {
  const base = scoreOfKeys(model, shared.map(hashString));
  return readingProbabilities(readings.map((features) => base + scoreOfKeys(model, features.map(hashString))));
}

/** A reading of a pair with its probability under the model. */
export interface Scored {
  candidate: LinkCandidate;
  probability: number;
}

/** Probability of each reading of a pair under the model (the rest is the chance they are not related). */
export function scoreReadings(model: RelationModel, context: SentenceContext, a: Argument, b: Argument): Scored[] {
  const candidates = linkCandidates(context, a, b);
  const probabilities = readingProbabilitiesOf(model, pairFeatures(context, a, b), candidates.map((candidate) => candidate.features));
  return candidates.map((candidate, i) => ({ candidate, probability: probabilities[i] }));
}

/** What a reading states: its direction and its label. Readings through different words may state the same. */
export function statementOf(subject: number, label: string): string {
  return `${subject}>${label}`;
}

/**
 * The likeliest statement among a pair's readings: readings that state the same thing through different
 * words of the sentence ("says" twice) add their probabilities, and the statement is told by its
 * likeliest reading (its index).
 */
export function likeliestStatement(statements: readonly string[], probabilities: readonly number[]): { index: number; probability: number } | undefined {
  const byStatement = new Map<string, { index: number; probability: number }>();
  probabilities.forEach((probability, index) => {
    const statement = byStatement.get(statements[index]) ?? { index, probability: 0 };
    if (probability > probabilities[statement.index]) statement.index = index;
    statement.probability += probability;
    byStatement.set(statements[index], statement);
  });
  let best: { index: number; probability: number } | undefined;
  for (const statement of byStatement.values()) if (statement.probability > (best?.probability ?? 0)) best = statement;
  return best;
}

/**
 * The last resort: for each pair of mentions nothing else tied, the statement (direction and linking
 * word) the model trained on our annotated news likes best, when it likes it enough. Learned from which
 * words annotators took as the predicate, so "was detained in", "beating" or "director" become the
 * edge's label. Each pair of mentions says its own thing: "Brown said he would back Blair" ties Brown
 * and Blair through "Brown" and through "he", and the two may be linked by different words.
 */
export function linkRule(model: RelationModel): RelationRule {
  return {
    name: 'links',
    apply(context: SentenceContext, linked: ReadonlySet<string>): Relation[] {
      return unlinkedPairs(context, linked).flatMap(([a, b]) => {
        const scored = scoreReadings(model, context, a, b);
        const best = likeliestStatement(
          scored.map(({ candidate }) => statementOf(candidate.subject.entity, candidate.label)),
          scored.map(({ probability }) => probability),
        );
        if (!best || best.probability < model.threshold) return [];
        const { candidate } = scored[best.index];
        const { probability } = best;
        return relate(context, candidate.subject, candidate.object, {
          label: candidate.label,
          predicate: candidate.predicate,
          relation: canonicalRelation(candidate.predicate, candidate.subject.entityType, candidate.object.entityType),
          confidence: LINK_SCALE * probability,
          rule: 'links',
        });
      });
    },
  };
}
