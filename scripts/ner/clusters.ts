/**
 * Learns the recogniser's unlabelled-text resources: `npm run train:clusters` writes Brown
 * clusters, the capitalisation table and the after-"in" table to models/ner. Input is the BBC
 * corpus (tokenised by wink-nlp, as in the product) plus the CoNLL train and dev tokens without
 * their labels. Words seen fewer than --min-count times outside table lines get no cluster (see
 * `proseCounts`); the after-"in" table reads prose only.
 * Options: --data <dir>, --out <dir>, --clusters C (default 400), --min-count N (default 3).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_MODEL_DIR, MODEL_FILES } from '../../src/ner/index';
import { afterInClass, capitalisationClass } from '../../src/ner/lexicon';
import { isTableLine } from '../../src/ner/sentence-mode';
import { Casing, casingOf, normalForm } from '../../src/ner/word-shape';
import { brownClusters } from './brown';
import { dataDir, option } from '../paths';
import { proseCounts, unlabelledSentences } from './unlabelled';

const started = performance.now();
const data = dataDir(option('data'));
const out = option('out') ?? DEFAULT_MODEL_DIR;
const C = Number(option('clusters') ?? 400);
const minCount = Number(option('min-count') ?? 3);
const sentences = unlabelledSentences(data);
console.log(`${sentences.length} sentences, ${sentences.reduce((a, s) => a + s.length, 0)} tokens`);

/** Capitalised vs lower-case uses of each word away from the start of ordinary sentences. */
function capitalisationTable(sentences: readonly (readonly string[])[]): string {
  const counts = new Map<string, [number, number]>();
  for (const tokens of sentences) {
    const casings = tokens.map(casingOf);
    const words = casings.filter((c) => c !== Casing.Punct && c !== Casing.Digits && c !== Casing.Other);
    if (words.length < 4 || words.filter((c) => c !== Casing.Lower).length / words.length > 0.6) continue;
    let initial = true;
    tokens.forEach((token, i) => {
      const casing = casings[i];
      const after = i > 0 ? tokens[i - 1] : '';
      const opening = initial || after === '"' || after === ':' || after === '-';
      if (casing !== Casing.Punct) initial = false;
      if (opening || (casing !== Casing.Lower && casing !== Casing.Capitalised && casing !== Casing.AllCaps)) return;
      const key = normalForm(token);
      const c = counts.get(key) ?? [0, 0];
      c[casing === Casing.Lower ? 1 : 0]++;
      counts.set(key, c);
    });
  }
  const lines: string[] = [];
  for (const [word, [cap, lower]] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const cls = capitalisationClass(cap, lower);
    if (cls > 0) lines.push(`${cls}\t${word}`);
  }
  return lines.join('\n');
}

/** Tokens after which a capitalised word may just open a sentence or quote. */
const OPENERS = new Set(['.', '"', "'", ':', ';', '(', '-']);

/** How often each capitalised word follows "in", among its uses away from the start of a sentence or quote. */
function afterInTable(sentences: readonly (readonly string[])[]): string {
  const counts = new Map<string, [number, number]>();
  for (const tokens of sentences) {
    for (let i = 1; i < tokens.length; i++) {
      const token = tokens[i];
      if (!/^\p{Lu}\p{Ll}/u.test(token) || OPENERS.has(tokens[i - 1])) continue;
      const c = counts.get(token) ?? [0, 0];
      c[0]++;
      if (tokens[i - 1] === 'in') c[1]++;
      counts.set(token, c);
    }
  }
  const lines: string[] = [];
  for (const [word, [uses, afterIn]] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const cls = afterInClass(afterIn, uses);
    if (cls > 0) lines.push(`${cls}\t${word}`);
  }
  return lines.join('\n');
}
const frequency = new Map<string, number>();
for (const s of sentences) for (const t of s) frequency.set(t, (frequency.get(t) ?? 0) + 1);
const words = [...frequency]
  .filter(([, c]) => c >= minCount)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([w]) => w);
const id = new Map(words.map((w, i) => [w, i]));
// Rare words break the word sequence rather than join a cluster.
const runs: Int32Array[] = [];
for (const s of sentences) {
  let run: number[] = [];
  for (const t of s) {
    const w = id.get(t);
    if (w !== undefined) run.push(w);
    else if (run.length) {
      runs.push(Int32Array.from(run));
      run = [];
    }
  }
  if (run.length) runs.push(Int32Array.from(run));
}
console.log(`clustering ${words.length} words into ${C} clusters`);
const paths = brownClusters({ sentences: runs, vocabulary: words.length, clusters: C, log: console.log });

mkdirSync(out, { recursive: true });
const prose = proseCounts(sentences);
const clusterText = words
  .flatMap((w, i) => ((prose.get(w) ?? 0) >= minCount ? [`${paths[i]}\t${w}`] : []))
  .join('\n');
writeFileSync(resolve(out, MODEL_FILES.clusters), gzipSync(clusterText, { level: 9 }));
writeFileSync(resolve(out, MODEL_FILES.capitalisation), gzipSync(capitalisationTable(sentences), { level: 9 }));
writeFileSync(resolve(out, MODEL_FILES.afterIn), gzipSync(afterInTable(sentences.filter((s) => !isTableLine(s))), { level: 9 }));
console.log(`wrote ${out} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
