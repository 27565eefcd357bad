import { documentHints, type Hints } from '../../src/ner/document-hints';
import { FeatureExtractor, hintFeature, nameKey } from '../../src/ner/features';
import { buildGazetteer, type GazetteerEntry } from '../../src/ner/gazetteer';
import type { Lexicon } from '../../src/ner/lexicon';
import type { ModelWeights } from '../../src/ner/model-file';
import { isTableLine } from '../../src/ner/sentence-mode';
import { TAG_COUNT, tagsOf } from '../../src/ner/tags';
import { compileTransitions, viterbi, type Transitions } from '../../src/ner/viterbi';
import type { ConllSentence } from './conll';
import { trainPerceptron, type Example, type Trained } from './perceptron';

/** Training settings; the defaults are the shipped model's. */
export interface TrainOptions {
  epochs: number;
  folds: number;
  seed: number;
  /** Perceptrons per stage, each trained in a different order, whose weights are averaged. */
  runs: number;
  stages: 1 | 2;
  /** Whether to use gazetteer features (off only to measure what they add). */
  gazetteer: boolean;
  /** Rows whose largest absolute weight is below this are dropped. */
  prune: number;
  log: (line: string) => void;
}

export const DEFAULT_OPTIONS: TrainOptions = { epochs: 10, folds: 5, seed: 7, runs: 5, stages: 2, gazetteer: true, prune: 0.1, log: () => {} };

/** Interns 32-bit feature hashes as dense ids for the trainer's flat weight arrays. */
class Interner {
  readonly ids = new Map<number, number>();
  readonly keys: number[] = [];

  id(key: number): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }
}

/** The training data as documents of sentences, each with the fold it is held out in. */
export interface TrainingDocument {
  sentences: ConllSentence[];
  fold: number;
}

/**
 * Name list of every annotated span outside table lines, in first-seen order. Results tables
 * list towns as the clubs they name; listed so, "Rotherham" would read as an organisation in
 * every article (the table lines themselves are learned with features of their own).
 */
export function gazetteerEntries(sentences: Iterable<ConllSentence>): GazetteerEntry[] {
  const seen = new Set<string>();
  const entries: GazetteerEntry[] = [];
  for (const s of sentences) {
    if (isTableLine(s.tokens)) continue;
    for (const span of s.spans) {
      const tokens = s.tokens.slice(span.start, span.end);
      const key = `${span.cls}\t${tokens.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push({ tokens, cls: span.cls });
    }
  }
  return entries;
}

/**
 * The second stage adds hint weights to the first stage's scores scaled by this factor, so that
 * perceptron steps of 1 on the hint weights are neither swamped by nor swamp the first stage
 * (tuned on dev: 0.1 to 0.25 work equally well; 0.05 and 0.5 lose).
 */
const FIRST_STAGE_SCALE = 0.2;

/**
 * Trains the model. Stage 1 is a perceptron over local features; stage 2 re-decodes with
 * document-level hints from stage 1's output, learning only hint weights and transitions on top
 * of stage 1's (scaled) scores, so the tagger scores each token once. Gazetteer features and
 * stage-1 outputs on the training data come from held-out folds, so the model learns how far to
 * trust them on text it has not seen rather than on names it memorised.
 */
export function trainModel(docs: readonly TrainingDocument[], lexicon: Lexicon, options: TrainOptions): ModelWeights {
  const { folds, log } = options;
  // One extractor per fold, each seeing only the names listed in the other folds.
  const extractors: FeatureExtractor[] = [];
  for (let k = 0; k < folds; k++) {
    const sentences = options.gazetteer ? docs.filter((d) => d.fold !== k).flatMap((d) => d.sentences) : [];
    extractors.push(new FeatureExtractor({ ...lexicon, gazetteer: buildGazetteer(gazetteerEntries(sentences)) }));
  }
  const interner = new Interner();
  const keys: Int32Array[][] = docs.map(() => []);
  const base: Example[][] = docs.map((doc, d) =>
    doc.sentences.map((s) => {
      const extractor = extractors[doc.fold];
      const { ids, offsets } = extractor.extract(s.tokens);
      const n = s.tokens.length;
      keys[d].push(Int32Array.from(extractor.words().slice(0, n), nameKey));
      const dense = new Int32Array(offsets[n]);
      for (let k = 0; k < dense.length; k++) dense[k] = interner.id(ids[k]);
      return { ids: dense, offsets: offsets.slice(0, n + 1), gold: tagsOf(s.spans, n), unlabelled: s.unlabelled };
    }),
  );
  log(`stage 1: ${interner.keys.length} features`);
  const runs = (examples: readonly Example[], featureCount: number, initial?: Transitions): Trained =>
    averaged(
      Array.from({ length: options.runs }, (_, r) =>
        trainPerceptron(examples, featureCount, options.epochs, options.seed + 1000 * r, r === 0 ? log : undefined, initial),
      ),
    );
  const first = scaled(runs(base.flat(), interner.keys.length), FIRST_STAGE_SCALE);
  if (options.stages === 1) return packModel(first.weights, [first.transitions], interner.keys, options.prune);

  const predicted: Uint8Array[][] = docs.map(() => []);
  const scores: Float64Array[][] = docs.map(() => []);
  for (let k = 0; k < folds; k++) {
    log(`stage 1 held-out fold ${k + 1}/${folds}`);
    const train = base.filter((_, d) => docs[d].fold !== k).flat();
    const model = scaled(trainPerceptron(train, interner.keys.length, options.epochs, options.seed + k + 1), FIRST_STAGE_SCALE);
    const lattice = compileTransitions(model.transitions);
    docs.forEach((doc, d) => {
      if (doc.fold !== k) return;
      for (const ex of base[d]) {
        const emit = emissions(model.weights, ex);
        const tags = new Uint8Array(ex.gold.length);
        viterbi(emit, tags.length, lattice, tags);
        predicted[d].push(tags);
        scores[d].push(emit);
      }
    });
  }

  const second: Example[] = [];
  docs.forEach((doc, d) => {
    // A one-sentence document holds no document-level evidence; stage 2 could only learn from it to
    // distrust stage 1 (held out, so weaker on a corpus it saw little of) through the transitions.
    if (doc.sentences.length < 2) return;
    const hints = documentHints(
      doc.sentences.map((s) => s.tokens),
      keys[d],
      predicted[d],
      doc.sentences.map((s) => isTableLine(s.tokens)),
    );
    base[d].forEach((ex, s) => second.push(hintExample(ex, hints[s], interner, scores[d][s])));
  });
  log(`stage 2: ${interner.keys.length - first.weights.length / TAG_COUNT} hint features`);
  const hinted = runs(second, interner.keys.length, first.transitions);
  const weights = new Float32Array(hinted.weights.length);
  weights.set(first.weights);
  for (let k = 0; k < weights.length; k++) weights[k] += hinted.weights[k];
  return packModel(weights, [first.transitions, hinted.transitions], interner.keys, options.prune);
}

/** The mean of several perceptrons trained in different orders: one linear model with less order noise. */
function averaged(models: readonly Trained[]): Trained {
  if (models.length === 1) return models[0];
  const mean = (parts: readonly Float32Array[]): Float32Array =>
    parts[0].map((_, k) => parts.reduce((sum, p) => sum + (k < p.length ? p[k] : 0), 0) / parts.length);
  return {
    weights: mean(models.map((m) => m.weights)),
    transitions: {
      pair: mean(models.map((m) => m.transitions.pair)),
      start: mean(models.map((m) => m.transitions.start)),
      end: mean(models.map((m) => m.transitions.end)),
    },
  };
}

function scaled(model: Trained, factor: number): Trained {
  const scale = (xs: Float32Array): Float32Array => xs.map((x) => x * factor);
  const { pair, start, end } = model.transitions;
  return { weights: scale(model.weights), transitions: { pair: scale(pair), start: scale(start), end: scale(end) } };
}

/** A stage-2 example: only the hint features, over stage 1's held-out scores. */
function hintExample(ex: Example, hints: Hints, interner: Interner, offset: Float64Array): Example {
  const n = ex.gold.length;
  const ids: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = ids.length;
    hints(i, (value) => ids.push(interner.id(hintFeature(value))));
  }
  offsets[n] = ids.length;
  return { ids: Int32Array.from(ids), offsets, gold: ex.gold, offset, unlabelled: ex.unlabelled };
}

/** Emission scores of one dense example. */
function emissions(weights: Float32Array, ex: Example): Float64Array {
  const T = TAG_COUNT;
  const n = ex.gold.length;
  const emit = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    for (let k = ex.offsets[i]; k < ex.offsets[i + 1]; k++) {
      const base = ex.ids[k] * T;
      for (let t = 0; t < T; t++) emit[i * T + t] += weights[base + t];
    }
  }
  return emit;
}

/** Keeps the features whose weights matter, keyed by hash. */
function packModel(weights: Float32Array, transitions: Transitions[], keys: readonly number[], prune: number): ModelWeights {
  const T = TAG_COUNT;
  const rows: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(weights[r * T + t]));
    if (max >= prune) rows.push(r);
  }
  const kept = new Float32Array(rows.length * T);
  rows.forEach((r, k) => kept.set(weights.subarray(r * T, r * T + T), k * T));
  return { keys: Int32Array.from(rows, (r) => keys[r]), weights: kept, transitions };
}
