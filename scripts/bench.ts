/**
 * `npm run bench [-- --limit N]`: how fast newsgraph is, on one core, over the BBC corpus
 * (../shared/data/bbc/articles.jsonl). Prints a table and writes bench-results/bench.json.
 *
 * Rows: the recognition pipeline (clean, segment, tag, recognise) beside compromise doing its own
 * people/places/organisations pass over the same text; the full extractor (plus mentions, coreference,
 * relations); building, laying out and exporting one graph of every article; peak memory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { clean } from '../src/clean/clean';
import { EXPORTERS } from '../src/export';
import type { Extraction } from '../src/extraction';
import { buildGraph } from '../src/graph';
import { readArticle } from '../src/input/article';
import { layoutGraph } from '../src/layout';
import { loadModels } from '../src/models';
import { extract } from '../src/pipeline';
import { segment, sentenceWords } from '../src/segment/segment';
import { VERSION } from '../src/version';
import { dataDir, writeResult } from './paths';

const { values } = parseArgs({ options: { limit: { type: 'string' }, data: { type: 'string' } } });

interface Row {
  stage: string;
  seconds: number;
  tokens?: number;
  documents?: number;
  note?: string;
}

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, (performance.now() - start) / 1000];
}

function main(): void {
  const file = path.join(dataDir(values.data), 'bbc/articles.jsonl');
  const limit = values.limit ? Number(values.limit) : Infinity;
  const articles = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(0, limit)
    .map((line) => JSON.parse(line) as { id: string; text: string });
  const models = loadModels();
  // Warm up the JIT and wink's lazy model load on a few articles, as a long-running process would be.
  for (const article of articles.slice(0, 20)) extract({ id: article.id, ...readArticle(article.text, 'txt') }, models);

  const rows: Row[] = [];
  const [tokens, recogniseSeconds] = timed(() => {
    let count = 0;
    for (const article of articles) {
      const segmented = segment(clean(article.text).text);
      models.ner.recognise(sentenceWords(segmented));
      count += segmented.tokens.length;
    }
    return count;
  });
  rows.push({ stage: 'clean + segment + tag + recognise (newsgraph)', seconds: recogniseSeconds, tokens, documents: articles.length });

  const [, compromiseSeconds] = timed(() => {
    for (const article of articles) {
      const doc = nlp(article.text);
      doc.people().json();
      doc.places().json();
      doc.organizations().json();
    }
  });
  rows.push({ stage: 'compromise people/places/organizations', seconds: compromiseSeconds, tokens, documents: articles.length });

  const [extractions, extractSeconds] = timed(() => articles.map((article) => extract({ id: article.id, ...readArticle(article.text, 'txt') }, models)));
  rows.push({ stage: 'full extraction (+ mentions, coreference, relations)', seconds: extractSeconds, tokens, documents: articles.length });

  const [graph, graphSeconds] = timed(() => buildGraph(extractions as Extraction[], { version: VERSION }));
  rows.push({ stage: 'build merged graph', seconds: graphSeconds, documents: articles.length, note: `${graph.order} nodes, ${graph.size} edges` });
  const [, layoutSeconds] = timed(() => layoutGraph(graph));
  rows.push({ stage: 'ForceAtlas2 + noverlap layout', seconds: layoutSeconds, note: `${graph.order} nodes` });
  const [gexf, gexfSeconds] = timed(() => EXPORTERS.gexf.write(graph));
  rows.push({ stage: 'GEXF export', seconds: gexfSeconds, note: `${(gexf.length / 1e6).toFixed(1)} MB` });

  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`newsgraph ${VERSION} — ${articles.length} BBC articles, ${tokens} tokens, one core\n`);
  console.log(`${'stage'.padEnd(54)} ${'seconds'.padStart(8)} ${'tokens/s'.padStart(10)} ${'docs/s'.padStart(8)}  note`);
  for (const row of rows) {
    const perSecond = row.tokens ? Math.round(row.tokens / row.seconds).toLocaleString('en-GB') : '';
    const docs = row.documents ? (row.documents / row.seconds).toFixed(0) : '';
    console.log(`${row.stage.padEnd(54)} ${row.seconds.toFixed(2).padStart(8)} ${perSecond.padStart(10)} ${docs.padStart(8)}  ${row.note ?? ''}`);
  }
  console.log(`\npeak memory (max RSS): ${peakMb.toFixed(0)} MB`);
  console.log(`newsgraph recognition is ${(compromiseSeconds / recogniseSeconds).toFixed(1)}× the speed of the compromise pass`);
  void writeResult('bench.json', {
    version: VERSION,
    articles: articles.length,
    tokens,
    rows: rows.map((row) => ({ ...row, tokensPerSecond: row.tokens ? row.tokens / row.seconds : undefined })),
    peakRssMb: peakMb,
  });
}

main();
