/**
 * Tagging speed of the recogniser alone: `npx tsx scripts/ner/speed.ts`. Tokenises the BBC corpus
 * with wink-nlp first (not timed), then times `recognise` over every article, one core: a first
 * pass that also fills the per-word caches, then N more. Writes bench-results/ner-speed.json.
 * Options: --data <dir>, --model <dir>, --runs N.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadNerModel } from '../../src/ner/index';
import { dataDir, option, repoRoot } from '../paths';

const data = dataDir(option('data'));
const runs = Number(option('runs') ?? 3);
const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;
const articles = readFileSync(resolve(data, 'bbc/articles.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"'));
const docs = articles.map((text) => {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens().out(its.value) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  return spans.map(([first, last]) => tokens.slice(first, last + 1));
});
const tokens = docs.reduce((a, d) => a + d.reduce((b, s) => b + s.length, 0), 0);

const loadStart = performance.now();
const ner = loadNerModel(option('model'));
const loadMs = performance.now() - loadStart;

// The first pass also fills the per-word caches, so it is timed on its own.
let spans = 0;
const firstStart = performance.now();
for (const doc of docs) for (const s of ner.recognise(doc)) spans += s.length;
const firstPass = tokens / ((performance.now() - firstStart) / 1000);
// Other jobs may share the machine: CPU time of this process is reported beside wall time.
const rates: number[] = [];
const cpuRates: number[] = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const doc of docs) ner.recognise(doc);
  const cpu = process.cpuUsage(cpu0);
  rates.push(tokens / ((performance.now() - t0) / 1000));
  cpuRates.push(tokens / ((cpu.user + cpu.system) / 1e6));
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const result = {
  corpus: 'BBC articles.jsonl, wink-nlp tokens',
  articles: docs.length,
  tokens,
  spans,
  loadMs: Math.round(loadMs),
  tokensPerSecond: Math.round(median(rates)),
  tokensPerCpuSecond: Math.round(median(cpuRates)),
  bestTokensPerSecond: Math.round(Math.max(...rates)),
  firstPassTokensPerSecond: Math.round(firstPass),
  runs: rates.map(Math.round),
  cpuRuns: cpuRates.map(Math.round),
  node: process.version,
};
console.log(
  `load ${result.loadMs} ms; ${tokens} tokens, ${spans} spans; median over ${runs} runs: ` +
    `${result.tokensPerSecond.toLocaleString('en')} tokens/s wall, ${result.tokensPerCpuSecond.toLocaleString('en')} tokens per CPU second; ` +
    `best run ${result.bestTokensPerSecond.toLocaleString('en')} tokens/s; first (cold-cache) pass ${result.firstPassTokensPerSecond.toLocaleString('en')} tokens/s`,
);
mkdirSync(resolve(repoRoot, 'bench-results'), { recursive: true });
writeFileSync(resolve(repoRoot, 'bench-results/ner-speed.json'), `${JSON.stringify(result, null, 2)}\n`);
