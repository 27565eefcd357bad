/**
 * How the recogniser types towns and countries in BBC prose: over a fixed selection of BBC
 * articles (every 22nd of ../shared/data/bbc/articles.jsonl, 100 articles across all five
 * categories), counts the single capitalised tokens right after a lower-case "in" that the model
 * tags as a one-token name, by type, and lists the ORGANIZATION cases to check by eye.
 * `npx tsx scripts/ner/bbc-places.ts [--model dir] [--show N] [--data dir]`; `--every 1 --count 2225`
 * reads the whole corpus.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clean } from '../../src/clean/clean';
import { loadNerModel } from '../../src/ner/index';
import { segment, sentenceWords } from '../../src/segment/segment';
import { dataDir, option } from '../paths';

const step = Number(option('every') ?? 22);
const show = Number(option('show') ?? 30);

const lines = readFileSync(resolve(dataDir(option('data')), 'bbc/articles.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim());
const articleCount = Math.min(Number(option('count') ?? 100), Math.ceil(lines.length / step));
const articles = Array.from({ length: articleCount }, (_, k) => JSON.parse(lines[k * step]) as { id: string; text: string });
const ner = loadNerModel(option('model'));

const byType = new Map<string, number>();
const organisations: string[] = [];
let candidates = 0;
for (const article of articles) {
  const text = article.text;
  const sentences = sentenceWords(segment(clean(text).text));
  const spans = ner.recognise(sentences);
  sentences.forEach((tokens, s) => {
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i - 1] !== 'in' || !/^\p{Lu}\p{Ll}/u.test(tokens[i])) continue;
      candidates++;
      const span = spans[s].find((p) => p.start <= i && i < p.end);
      const type = !span ? 'none' : span.start === i && span.end === i + 1 ? span.type : 'longer name';
      byType.set(type, (byType.get(type) ?? 0) + 1);
      if (type === 'ORGANIZATION') {
        const context = tokens.slice(Math.max(0, i - 6), i + 5).join(' ');
        organisations.push(`${article.id}: ${context}`);
      }
    }
  });
}

const count = (type: string): number => byType.get(type) ?? 0;
const organisation = count('ORGANIZATION');
const location = count('LOCATION');
console.log(`${articleCount} BBC articles (${step === 1 ? 'all' : `one in ${step}`}), ${candidates} capitalised words right after "in"`);
console.log(`as a one-token name: LOCATION ${location}, ORGANIZATION ${organisation}, ORG share of ORG+LOC ${((100 * organisation) / Math.max(1, organisation + location)).toFixed(1)}%`);
console.log(`all outcomes: ${[...byType].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ')}`);
const every = Math.max(1, Math.floor(organisations.length / show));
console.log(`\nORGANIZATION cases (one in ${every}, ${Math.min(show, organisations.length)} of ${organisations.length}):`);
for (const line of organisations.filter((_, k) => k % every === 0).slice(0, show)) console.log(`  ${line}`);
