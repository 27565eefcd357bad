/**
 * Scores the shipped recogniser on CoNLL-2003 with conlleval's exact-span rules, beside a
 * compromise-based recogniser on the same sentences: `npm run eval:ner`. Prints a table and
 * writes bench-results/ner-eval.json. Options: --data <dir>, --model <dir>, --split test|dev
 * (default test), --no-compromise.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { DEFAULT_MODEL_DIR, loadNerModel, MODEL_FILES } from '../../src/ner/index';
import type { ClassSpan } from '../../src/ner/tags';
import { compromiseSpans } from './compromise-baseline';
import { readConll, splitDocuments } from './conll';
import { conlleval, type Scores } from './conlleval';
import { dataDir, option, repoRoot } from '../paths';
import { evaluateModel } from './evaluate';

const split = option('split') ?? 'test';
const sentences = readConll(resolve(dataDir(option('data')), 'conll2003', `${split}.txt`));
const docs = splitDocuments(sentences);
const tokens = sentences.reduce((a, s) => a + s.tokens.length, 0);

const modelDir = option('model') ?? DEFAULT_MODEL_DIR;
const meta = JSON.parse(readFileSync(resolve(modelDir, MODEL_FILES.meta), 'utf8')) as { trainedOn: string };
const loadStart = performance.now();
const model = loadNerModel(modelDir);
const loadMs = performance.now() - loadStart;
const tagStart = performance.now();
const ours = evaluateModel(model, docs);
const tagSeconds = (performance.now() - tagStart) / 1000;

const results: Record<string, Scores> = { newsgraph: ours };
if (!process.argv.includes('--no-compromise')) {
  const predicted: ClassSpan[][] = sentences.map((s) => compromiseSpans(s.tokens));
  results.compromise = conlleval(
    sentences.map((s) => s.spans),
    predicted,
  );
}

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
console.log(`CoNLL-2003 ${split}: ${sentences.length} sentences, ${docs.length} documents, ${tokens} tokens; model trained on ${meta.trainedOn}`);
console.log(`${'recogniser'.padEnd(12)} ${'class'.padEnd(8)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   gold  found  right`);
for (const [name, scores] of Object.entries(results)) {
  for (const cls of ['PER', 'ORG', 'LOC', 'MISC', 'overall'] as const) {
    const s = scores[cls];
    console.log(
      `${name.padEnd(12)} ${cls.padEnd(8)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.gold).padStart(6)} ${String(s.predicted).padStart(6)} ${String(s.correct).padStart(6)}`,
    );
  }
}
console.log(`model load ${loadMs.toFixed(0)} ms; tagging ${(tokens / tagSeconds).toFixed(0)} tokens/s (wall, this run)`);

mkdirSync(resolve(repoRoot, 'bench-results'), { recursive: true });
const out = {
  dataset: `conll2003 ${split}`,
  model: { dir: relative(repoRoot, modelDir) || '.', trainedOn: meta.trainedOn },
  scoring: 'conlleval exact span and class; GROUP, EVENT, WORK and OTHER count as MISC; compromise finds PER, ORG, LOC only',
  sentences: sentences.length,
  documents: docs.length,
  tokens,
  modelLoadMs: Math.round(loadMs),
  results,
};
const file = split === 'test' ? 'ner-eval.json' : `ner-eval-${split}.json`;
writeFileSync(resolve(repoRoot, 'bench-results', file), `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote bench-results/${file}`);
