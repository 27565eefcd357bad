import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { classifyWithModel } from './classify';
import { decodeModel, type RelationModel } from './model';
import type { RelationClassifier } from './types';

export type { ClassifiedPair, LearnedRelation, RelationArgument, RelationClassifier } from './types';

/** Where `npm run train:rel` writes the shipped model. */
export const DEFAULT_MODEL_DIR = fileURLToPath(new URL('../../../models/rel', import.meta.url));
export const MODEL_FILE = 'model.bin.gz';

const cache = new Map<string, RelationClassifier>();

/** Wraps a model in the classifier interface the extractor calls. */
export function createRelationClassifier(model: RelationModel): RelationClassifier {
  return { classify: (tokens, args) => classifyWithModel(model, tokens, args) };
}

/** Loads the shipped model synchronously (cached). */
export function loadRelationClassifier(dir: string = DEFAULT_MODEL_DIR): RelationClassifier {
  let classifier = cache.get(dir);
  if (!classifier) {
    classifier = createRelationClassifier(decodeModel(gunzipSync(readFileSync(join(dir, MODEL_FILE)))));
    cache.set(dir, classifier);
  }
  return classifier;
}
