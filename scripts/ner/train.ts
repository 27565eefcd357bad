/**
 * Trains the shipped recogniser: `npm run train:ner` (CoNLL-2003 train + dev, CoNLL04 train + dev and
 * the names of our annotated tuning articles, writes models/ner), or `npm run train:ner -- --dev` (the train splits only, scored on CoNLL-2003 dev,
 * writes nothing unless --out is given).
 * Needs the word clusters, capitalisation and after-"in" tables from `npm run train:clusters` in models/ner.
 * Options: --data <dir>, --out <dir>, --stages 1|2, --epochs N, --seed N, --runs N, --prune X, --no-clusters, --no-gazetteer,
 * --lexicon <dir> (where those three files are read; default models/ner), --conll04 N (copies of the
 * CoNLL04 sentences, default 2; 0 = CoNLL-2003 only), --news N (copies of our annotated articles' sentences, default 2; 0 = none), --conll04-splits train[,dev] (default train,dev; train with
 * --dev, and for a model to score CoNLL04 dev with: `-- --conll04-splits train --out <dir>`, then
 * `eval:rel -- --split dev --ner-model <dir>`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_MODEL_DIR, MODEL_FILES } from '../../src/ner/index';
import type { Conll04Split } from '../rel/conll04';
import { dataDir, option, repoRoot } from '../paths';
import { summary } from './conlleval';
import { calibrate, evaluateModel } from './evaluate';
import { CALIBRATION, DEFAULT_CONLL04_COPIES, DEFAULT_NEWS_COPIES, NEWS_GOLD_DIRS, readConll2003, trainRecogniser, type Recipe } from './recipe';
import { DEFAULT_OPTIONS } from './train-model';

const started = performance.now();
const argv = process.argv;
const devMode = argv.includes('--dev');
const data = dataDir(option('data'));
const out = option('out') ?? (devMode ? undefined : DEFAULT_MODEL_DIR);
const recipe: Recipe = {
  data,
  conll2003: devMode ? ['train'] : ['train', 'dev'],
  conll04: (option('conll04-splits') ?? (devMode ? 'train' : 'train,dev')).split(',') as Conll04Split[],
  conll04Copies: Number(option('conll04') ?? DEFAULT_CONLL04_COPIES),
  newsGold: { dirs: NEWS_GOLD_DIRS.map((dir) => resolve(repoRoot, dir.replace('<data>', data))), copies: Number(option('news') ?? DEFAULT_NEWS_COPIES) },
  lexiconDir: option('lexicon') ?? DEFAULT_MODEL_DIR,
  clusters: !argv.includes('--no-clusters'),
  options: {
    ...DEFAULT_OPTIONS,
    stages: Number(option('stages') ?? DEFAULT_OPTIONS.stages) as 1 | 2,
    epochs: Number(option('epochs') ?? DEFAULT_OPTIONS.epochs),
    seed: Number(option('seed') ?? DEFAULT_OPTIONS.seed),
    runs: Number(option('runs') ?? DEFAULT_OPTIONS.runs),
    prune: Number(option('prune') ?? DEFAULT_OPTIONS.prune),
    gazetteer: !argv.includes('--no-gazetteer'),
    log: (line: string) => console.log(line),
  },
};
const conll04 = recipe.conll04Copies > 0 ? `, conll04 ${recipe.conll04.join(' + ')} x${recipe.conll04Copies} (CoNLL-2003 span habits)` : '';
const news = recipe.newsGold && recipe.newsGold.copies > 0 ? `, our annotated news articles x${recipe.newsGold.copies}` : '';
console.log(`training on conll2003 ${recipe.conll2003.join(' + ')}${conll04}${news}`);

const trained = trainRecogniser(recipe);
const seconds = (performance.now() - started) / 1000;
console.log(`trained on ${trained.documents} documents, ${trained.sentences} sentences in ${seconds.toFixed(1)} s; ${trained.weights.keys.length} weight rows`);

if (devMode) {
  const dev = readConll2003(data, ['dev']);
  console.log(`dev: ${summary(evaluateModel(trained.model, dev))}`);
  console.log(`confidence calibration on dev: ${JSON.stringify(calibrate(trained.model, dev, CALIBRATION))}`);
}

if (out) {
  const { lexiconText } = trained;
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, MODEL_FILES.weights), gzipSync(trained.encoded, { level: 9 }));
  writeFileSync(resolve(out, MODEL_FILES.gazetteer), gzipSync(lexiconText.gazetteer, { level: 9 }));
  if (resolve(out) !== resolve(recipe.lexiconDir)) {
    writeFileSync(resolve(out, MODEL_FILES.clusters), gzipSync(lexiconText.clusters, { level: 9 }));
    writeFileSync(resolve(out, MODEL_FILES.capitalisation), gzipSync(lexiconText.capitalisation, { level: 9 }));
    writeFileSync(resolve(out, MODEL_FILES.afterIn), gzipSync(lexiconText.afterIn, { level: 9 }));
  }
  const { epochs, folds, seed, runs, stages, prune } = recipe.options;
  const meta = {
    description: `newsgraph NER: two-stage averaged perceptron over BILOU tags, trained on CoNLL-2003${conll04 ? ', CoNLL04' : ''}${news ? ' and our annotated news' : ''}`,
    trainedOn: `conll2003 ${recipe.conll2003.join(' + ')}${conll04}${news}`,
    options: { epochs, folds, seed, runs, stages, prune, conll04Copies: recipe.conll04Copies, newsCopies: recipe.newsGold?.copies ?? 0 },
    weightRows: trained.weights.keys.length,
    confidence: CALIBRATION,
    trainingSeconds: Math.round(seconds),
  };
  writeFileSync(resolve(out, MODEL_FILES.meta), `${JSON.stringify(meta, null, 2)}\n`);
  console.log(`wrote ${out}`);
}
