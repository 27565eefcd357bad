/**
 * Trains the relation classifier on CoNLL04 train, over gold mentions and over the mentions a
 * recogniser that never saw CoNLL04 finds (see heldOutRecogniser), picks the decision threshold on
 * dev, fits it again on train + dev with that threshold (`--splits train` keeps the train-only fit,
 * to score dev with), and writes models/rel/model.bin.gz. CoNLL04 holds only sentences that contain
 * a relation, so a lightly weighted sample of relation-free CoNLL-2003 sentences is mixed in as
 * background (see background.ts). About two minutes, most of it training that recogniser.
 * Usage: npm run train:rel -- [--data <dir>] [--out <dir>] [--epochs n] [--l2 x]
 * [--rate x] [--min-count n] [--background-weight x (0 = none)] [--background-every n]
 * [--ner-weight x (default 0.5; 0 = gold mentions only)] [--ner-match relaxed|exact]
 * [--ner-model <dir> (take mentions from this recogniser instead)] [--splits train|train,dev (default)]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_MODEL_DIR, loadNerModel, MODEL_FILES, type NerModel } from '../../src/ner';
import { createRelationClassifier, MODEL_FILE, type RelationArgument } from '../../src/relations/classifier';
import { encodeModel, modelFromWeights } from '../../src/relations/classifier/model';
import { DEFAULT_TRAINING, trainLogistic, type TrainingOptions } from '../../src/relations/classifier/train';
import { readBackground } from './background';
import { readConll04, type Conll04Sentence } from './conll04';
import { dataDir, option as argValueOf, repoRoot } from '../paths';
import { trainRecogniser } from '../ner/recipe';
import { DEFAULT_OPTIONS } from '../ner/train-model';
import { goldEntities, recognisedEntities } from './entity-source';
import { predictRelations, trainingExamples } from './predict';
import { scoreRelations } from './score';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const numberOption = (name: string, fallback: number): number => Number(option(name) ?? fallback);

const options: TrainingOptions = {
  epochs: numberOption('epochs', DEFAULT_TRAINING.epochs),
  learningRate: numberOption('rate', DEFAULT_TRAINING.learningRate),
  l2: numberOption('l2', DEFAULT_TRAINING.l2),
  minCount: numberOption('min-count', DEFAULT_TRAINING.minCount),
  seed: DEFAULT_TRAINING.seed,
};
const backgroundWeight = numberOption('background-weight', 0.1);
const backgroundEvery = numberOption('background-every', 4);
const nerWeight = numberOption('ner-weight', 0.5);
// Relaxed by default: an exact match would teach CoNLL04's span convention (titles inside names) as if it were evidence.
const nerMatch = option('ner-match') === 'exact' ? 'exact' : 'relaxed';
const outDir = option('out') ?? join(repoRoot, 'models', 'rel');
const withDev = (option('splits') ?? 'train,dev').split(',').includes('dev');
const dir = dataDir(argValueOf('data', argv));

/**
 * The shipped recogniser's recipe without CoNLL04: mentions of sentences a recogniser was trained on
 * are nearly all exact, so pairs over the shipped one's would teach nothing of the spans unseen text
 * gets, and the classifier they train fires more readily on news (gold articles: relation precision
 * 0.925 against 0.941 over this one's, for about half a point of CoNLL04 dev F1).
 */
function heldOutRecogniser(): { model: NerModel; source: string } {
  console.log('training a recogniser on CoNLL-2003 alone for the mentions (about 1.5 min)');
  const trained = trainRecogniser({
    data: dir,
    conll2003: ['train', 'dev'],
    conll04: [],
    conll04Copies: 0,
    lexiconDir: DEFAULT_MODEL_DIR,
    clusters: true,
    options: DEFAULT_OPTIONS,
  });
  return { model: trained.model, source: `conll2003 train + dev recogniser, weights sha1 ${sha1(trained.encoded)}` };
}

/** The recogniser whose mentions are paired: the one `--ner-model` names, else the held-out one. */
function recogniser(): { model: NerModel; source: string } | undefined {
  const modelDir = option('ner-model');
  try {
    if (!modelDir) return heldOutRecogniser();
    const weights = join(modelDir, MODEL_FILES.weights);
    return { model: loadNerModel(modelDir), source: `${modelDir}, weights sha1 ${existsSync(weights) ? sha1(readFileSync(weights)) : 'unknown'}` };
  } catch (error) {
    console.warn(`training on gold mentions only: ${(error as Error).message}`);
    return undefined;
  }
}

function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

const started = performance.now();
const train = readConll04(dir, 'train');
const dev = readConll04(dir, 'dev');
const background = backgroundWeight > 0 ? readBackground(dir, 'train').filter((_, i) => i % backgroundEvery === 0) : [];
const recognising = nerWeight > 0 ? recogniser() : undefined;
const nerMentions = recognising && recognisedEntities(recognising.model).mentions(train);
const devNerMentions = recognising && recognisedEntities(recognising.model).mentions(dev);
/** Labelled pairs of some CoNLL04 sentences: over gold mentions, and over recognised ones when there are. */
const conll04Examples = (sentences: readonly Conll04Sentence[], recognised: RelationArgument[][] | undefined) => [
  ...trainingExamples(sentences),
  ...(recognised ? trainingExamples(sentences, { mentions: recognised, weight: nerWeight, match: nerMatch }) : []),
];
const backgroundExamples = trainingExamples(background, { weight: backgroundWeight });
const trainExamples = [...conll04Examples(train, nerMentions), ...backgroundExamples];
const weights = trainLogistic(trainExamples, options);
const trainSeconds = (performance.now() - started) / 1000;

// The threshold serves both uses: gold mentions (the classifier alone) and our recogniser's (the product).
const devSources = [goldEntities.mentions(dev), ...(devNerMentions ? [devNerMentions] : [])];
const sweep: { threshold: number; f1: number; bySource: number[] }[] = [];
for (let threshold = 0.1; threshold <= 0.801; threshold += 0.05) {
  const classifier = createRelationClassifier(modelFromWeights(Number(threshold.toFixed(2)), weights));
  const bySource = devSources.map((mentions) => scoreRelations(dev, predictRelations(classifier, dev, mentions)).overall.f1);
  sweep.push({ threshold: Number(threshold.toFixed(2)), f1: bySource.reduce((a, b) => a + b, 0) / bySource.length, bySource });
}
// Smoothed over neighbouring thresholds: dev is small, and a lone peak is more likely noise.
const smoothed = sweep.map((s, i) => ({ ...s, smooth: (sweep[Math.max(0, i - 1)].f1 + s.f1 + sweep[Math.min(sweep.length - 1, i + 1)].f1) / 3 }));
const best = smoothed.reduce((a, b) => (b.smooth > a.smooth + 1e-9 ? b : a));

// With the threshold chosen, dev's relations are worth as much as train's: a quarter more examples.
const examples = withDev ? [...trainExamples, ...conll04Examples(dev, devNerMentions)] : trainExamples;
mkdirSync(outDir, { recursive: true });
const file = join(outDir, MODEL_FILE);
const model = modelFromWeights(best.threshold, withDev ? trainLogistic(examples, options) : weights);
// mtime 0 in the gzip header is the default, so the same weights always give the same bytes.
writeFileSync(file, gzipSync(encodeModel(model), { level: 9 }));
const featureCount = model.keys.length;
const sizeBytes = statSync(file).size;

console.log(`recognised-mention pairs: ${nerMentions ? `weight ${nerWeight}, ${nerMatch} match` : 'none'}`);
console.log(`training pairs ${examples.length} (${examples.filter((e) => e.related).length} related; ${background.length} background sentences at weight ${backgroundWeight}), options ${JSON.stringify(options)}`);
const sources = nerMentions ? 'gold / recognised mentions' : 'gold mentions';
console.log(`trained in ${trainSeconds.toFixed(1)} s; dev F1 (${sources}) by threshold: ${sweep.map((s) => `${s.threshold}:${s.bySource.map((f) => f.toFixed(3)).join('/')}`).join(' ')}`);
console.log(`chosen threshold ${best.threshold} (dev F1 ${best.bySource.map((f) => f.toFixed(4)).join(' / ')}, ${sources})`);
console.log(`wrote ${file}: ${featureCount} weights, ${(sizeBytes / 1024).toFixed(0)} KiB`);

if (!option('out')) {
  mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
  const report = {
    trainedAt: new Date().toISOString(),
    options,
    recognisedMentions: recognising ? { weight: nerWeight, match: nerMatch, recogniser: recognising.source } : 'none',
    background: { source: 'conll2003/train.txt', everyNth: backgroundEvery, sentences: background.length, weight: backgroundWeight },
    conll04Splits: withDev ? 'train + dev (threshold chosen on dev with the train-only fit)' : 'train',
    trainingPairs: examples.length,
    relatedPairs: examples.filter((e) => e.related).length,
    trainSeconds: Number(trainSeconds.toFixed(2)),
    threshold: best.threshold,
    devGoldF1: Number(best.bySource[0].toFixed(4)),
    devRecognisedF1: nerMentions ? Number(best.bySource[1].toFixed(4)) : undefined,
    weights: featureCount,
    modelBytes: sizeBytes,
  };
  writeFileSync(join(repoRoot, 'bench-results', 'rel-train.json'), `${JSON.stringify(report, null, 2)}\n`);
}
