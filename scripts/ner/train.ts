/**
 * Trains the shipped recogniser: `npm run train:ner` (CoNLL-2003 train + dev and CoNLL04 train, writes
 * models/ner), or `npm run train:ner -- --dev` (CoNLL-2003 train and CoNLL04 train, scored on CoNLL-2003
 * dev, writes nothing unless --out is given).
 * Needs the word clusters, capitalisation and after-"in" tables from `npm run train:clusters` in models/ner.
 * Options: --data <dir>, --out <dir>, --stages 1|2, --epochs N, --seed N, --runs N, --prune X, --no-clusters, --no-gazetteer,
 * --lexicon <dir> (where those three files are read; default models/ner), --conll04 N (copies of CoNLL04
 * train, default 3; 0 = CoNLL-2003 only).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createNerModel, DEFAULT_MODEL_DIR, MODEL_FILES, type Calibration } from '../../src/ner/index';
import { FeatureExtractor } from '../../src/ner/features';
import { formatGazetteer, parseLexicon } from '../../src/ner/lexicon-file';
import { decodeModel, encodeModel } from '../../src/ner/model-file';
import { Tagger } from '../../src/ner/tagger';
import { readConll, splitDocuments } from './conll';
import { readConll04Training } from './conll04';
import { summary } from './conlleval';
import { dataDir, option } from '../paths';
import { calibrate, evaluateModel } from './evaluate';
import { DEFAULT_OPTIONS, gazetteerEntries, trainModel, type TrainingDocument } from './train-model';

/**
 * Confidence calibration: a logistic fit of span precision against the span's smallest decoder
 * margin, on dev, for the model trained on train only (`--dev`; see `calibrate` below).
 */
const CALIBRATION: Calibration = { offset: 2.0, scale: 3.1 };

/**
 * Copies of CoNLL04 train: CoNLL-2003 holds 15 times as many sentences, and one copy barely moves the
 * model on CoNLL04's kind of prose (chosen on CoNLL04 dev relation F1, see src/relations/classifier/README.md).
 */
const DEFAULT_CONLL04_COPIES = 3;

const started = performance.now();
const argv = process.argv;
const devMode = argv.includes('--dev');
const data = dataDir(option('data'));
const out = option('out') ?? (devMode ? undefined : DEFAULT_MODEL_DIR);
const options = {
  ...DEFAULT_OPTIONS,
  stages: Number(option('stages') ?? DEFAULT_OPTIONS.stages) as 1 | 2,
  epochs: Number(option('epochs') ?? DEFAULT_OPTIONS.epochs),
  seed: Number(option('seed') ?? DEFAULT_OPTIONS.seed),
  runs: Number(option('runs') ?? DEFAULT_OPTIONS.runs),
  prune: Number(option('prune') ?? DEFAULT_OPTIONS.prune),
  gazetteer: !argv.includes('--no-gazetteer'),
  log: (line: string) => console.log(line),
};

const read = (name: string) => splitDocuments(readConll(resolve(data, 'conll2003', `${name}.txt`)));
const trainDocs = devMode ? read('train') : [...read('train'), ...read('dev')];
const docs: TrainingDocument[] = trainDocs.map((sentences, d) => ({ sentences, fold: d % options.folds }));
const conll04Copies = Number(option('conll04') ?? DEFAULT_CONLL04_COPIES);
// Each CoNLL04 sentence is a document of its own: they are unrelated, so no document-level cue may
// join them. Its copies share a fold, so the held-out gazetteer and stage-1 outputs never saw it.
const conll04 = conll04Copies > 0 ? readConll04Training(data) : [];
for (let copy = 0; copy < conll04Copies; copy++) conll04.forEach((sentence, i) => docs.push({ sentences: [sentence], fold: i % options.folds }));
console.log(`training on ${docs.length} documents, ${docs.reduce((a, d) => a + d.sentences.length, 0)} sentences (CoNLL04 train x${conll04Copies})`);

const lexiconDir = option('lexicon') ?? DEFAULT_MODEL_DIR;
const unlabelled = (name: string): string => {
  const path = resolve(lexiconDir, name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run train:clusters\` first`);
  return gunzipSync(readFileSync(path)).toString('utf8');
};
const gazetteer = !options.gazetteer ? [] : gazetteerEntries(docs.flatMap((d) => d.sentences));
const lexiconText = {
  clusters: argv.includes('--no-clusters') ? '' : unlabelled(MODEL_FILES.clusters),
  capitalisation: unlabelled(MODEL_FILES.capitalisation),
  afterIn: unlabelled(MODEL_FILES.afterIn),
  gazetteer: formatGazetteer(gazetteer),
};
const lexicon = parseLexicon(lexiconText);

const weights = trainModel(docs, lexicon, options);
const encoded = encodeModel(weights);
const seconds = (performance.now() - started) / 1000;
console.log(`trained in ${seconds.toFixed(1)} s; ${weights.keys.length} weight rows`);

const { table, transitions } = decodeModel(encoded);
const model = createNerModel(new Tagger(new FeatureExtractor(lexicon), table, transitions), CALIBRATION);
if (devMode) {
  const dev = read('dev');
  console.log(`dev: ${summary(evaluateModel(model, dev))}`);
  console.log(`confidence calibration on dev: ${JSON.stringify(calibrate(model, dev, CALIBRATION))}`);
}

if (out) {
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, MODEL_FILES.weights), gzipSync(encoded, { level: 9 }));
  writeFileSync(resolve(out, MODEL_FILES.gazetteer), gzipSync(lexiconText.gazetteer, { level: 9 }));
  if (resolve(out) !== resolve(lexiconDir)) {
    writeFileSync(resolve(out, MODEL_FILES.clusters), gzipSync(lexiconText.clusters, { level: 9 }));
    writeFileSync(resolve(out, MODEL_FILES.capitalisation), gzipSync(lexiconText.capitalisation, { level: 9 }));
    writeFileSync(resolve(out, MODEL_FILES.afterIn), gzipSync(lexiconText.afterIn, { level: 9 }));
  }
  const meta = {
    description: 'newsgraph NER: two-stage averaged perceptron over BILOU tags, trained on CoNLL-2003 and CoNLL04',
    trainedOn: `${devMode ? 'conll2003 train' : 'conll2003 train + dev'}${conll04Copies > 0 ? `, conll04 train x${conll04Copies} (CoNLL-2003 span habits)` : ''}`,
    options: { epochs: options.epochs, folds: options.folds, seed: options.seed, runs: options.runs, stages: options.stages, prune: options.prune, conll04Copies },
    weightRows: weights.keys.length,
    confidence: CALIBRATION,
    trainingSeconds: Math.round(seconds),
  };
  writeFileSync(resolve(out, MODEL_FILES.meta), `${JSON.stringify(meta, null, 2)}\n`);
  console.log(`wrote ${out}`);
}
