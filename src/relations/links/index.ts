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

/**
 * Readings that state the same thing (one direction, one label) through different words of the sentence
 * ("says" twice) are one statement: its probability is theirs summed, told by its likeliest reading.
 */
export function statements(scored: Scored[]): Scored[] {
  const byStatement = new Map<string, { candidate: LinkCandidate; probability: number; top: number }>();
  for (const { candidate, probability } of scored) {
    const key = `${candidate.subject.entity}>${candidate.label}`;
    const statement = byStatement.get(key);
    if (!statement) byStatement.set(key, { candidate, probability, top: probability });
    else {
      statement.probability += probability;
      if (probability > statement.top) [statement.candidate, statement.top] = [candidate, probability];
    }
  }
  return [...byStatement.values()].map(({ candidate, probability }) => ({ candidate, probability }));
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
        const best = statements(scoreReadings(model, context, a, b)).reduce<Scored | undefined>((top, scored) => (scored.probability > (top?.probability ?? 0) ? scored : top), undefined);
        if (!best || best.probability < model.threshold) return [];
        const { candidate, probability } = best;
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
