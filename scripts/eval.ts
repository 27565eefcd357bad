/**
 * `npm run eval [-- <gold files or dirs>...] [--verbose] [--graph <graph.json|gexf>] [--ner compromise] [--no-links]`
 *
 * Builds a graph of each gold-annotated article with the current extractor and scores it by the rules of
 * ../shared/docs/scoring.md, per article, per set and overall. Default sets: the shared dev articles,
 * our own annotated articles (tests/fixtures/gold; gold2, the recogniser's validation articles with
 * relations added, which only the linker learns from; gold3 and gold4, which the linker and the
 * recogniser learn from) and seven held-out sets:
 * tests/fixtures/heldout and heldout2, whose misses were read once each while developing relation
 * patterns, and tests/fixtures/unseen, unseen2 ... unseen5, whose misses `--verbose` never prints.
 * Prints a table and writes bench-results/eval.json. `--ner compromise` runs the same pipeline with
 * compromise's people/places/organisations in place of our recogniser: the reference point for what
 * the learned model adds. `--no-links` leaves out the learned linker (src/relations/links), to show
 * what it adds.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parseGold, type GoldFile } from '../src/eval/gold';
import { scoreReferences, sumReferences, type ReferenceScore } from '../src/eval/references';
import { scoreGraph, summarise, type ArticleScore, type Figures } from '../src/eval/score';
import { buildGraph } from '../src/graph';
import { readArticle } from '../src/input/article';
import { loadModels } from '../src/models';
import { extract } from '../src/pipeline';
import { VERSION } from '../src/version';
import type { NerModel } from '../src/ner';
import { compromiseSpans } from './ner/compromise-baseline';
import { dataDir, repoRoot, writeResult } from './paths';

/** The last held-out sets: their misses are never printed, so nobody can tune on them. */
const UNSEEN = new Set(['held out 3', 'held out 4', 'held out 5', 'held out 6', 'held out 7']);

const COMPROMISE_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION'] as const;

/** compromise's people, organisations and places as a recogniser, for comparison. */
const compromiseRecogniser: NerModel = {
  recognise: (sentences) =>
    sentences.map((tokens) => compromiseSpans(tokens).map((span) => ({ start: span.start, end: span.end, type: COMPROMISE_TYPES[span.cls], confidence: 0.5 }))),
};

const { values, positionals } = parseArgs({
  options: { verbose: { type: 'boolean', short: 'v' }, graph: { type: 'string' }, data: { type: 'string' }, ner: { type: 'string' }, 'no-links': { type: 'boolean' } },
  allowPositionals: true,
});

async function goldFiles(target: string): Promise<string[]> {
  const stat = await fs.stat(target).catch(() => undefined);
  if (!stat) return [];
  if (stat.isFile()) return [target];
  return (await fs.readdir(target)).filter((name) => name.endsWith('.gold.json')).sort().map((name) => path.join(target, name));
}

async function readGold(file: string): Promise<GoldFile> {
  return parseGold(JSON.parse(await fs.readFile(file, 'utf8')), file);
}

async function readGraph(file: string): Promise<Graph> {
  const content = await fs.readFile(file, 'utf8');
  return file.endsWith('.gexf') ? parseGexf(Graph, content) : Graph.from(JSON.parse(content));
}

const pct = (value: number): string => value.toFixed(3);

/** Nominal references resolved right, of those gold lists / of those resolved. */
function referenceFigures(score: ReferenceScore): { recall: number; precision: number } {
  return { recall: score.listed ? score.right / score.listed : 0, precision: score.resolved ? score.right / score.resolved : 0 };
}

function row(name: string, figures: Figures, references?: ReferenceScore): string {
  const refs = references && referenceFigures(references);
  return [
    name.padEnd(22),
    pct(figures.entityRecall),
    pct(figures.typedRecall),
    pct(figures.entityPrecision),
    pct(figures.fragmentsPerEntity),
    pct(figures.relationRecall),
    pct(figures.lenientRecall),
    pct(figures.relationPrecision),
    `${pct(figures.topHalfPrecision)}/${pct(figures.bottomHalfPrecision)}`,
    ...(refs ? [`${pct(refs.recall)}/${pct(refs.precision)}`] : []),
  ].join('  ');
}

const HEADER = `${'article'.padEnd(22)}  ent.R  typedR  ent.P  frag.  rel.R  lenR   rel.P  conf top/bottom P  nominal refs R/P`;

async function main(): Promise<void> {
  const loaded = values['no-links'] ? { ...loadModels(), links: undefined } : loadModels();
  const models = values.ner === 'compromise' ? { ...loaded, ner: compromiseRecogniser } : loaded;
  if (values.ner && values.ner !== 'compromise') throw new Error(`unknown --ner "${values.ner}" (only "compromise")`);
  if (values.graph) {
    if (positionals.length !== 1) throw new Error('--graph scores one graph against one gold file');
    const gold = await readGold(positionals[0]);
    const score = scoreGraph(await readGraph(values.graph), gold);
    console.log(HEADER);
    console.log(row(gold.id, summarise([score])));
    return;
  }
  const data = dataDir(values.data);
  const sets: [string, string[]][] =
    positionals.length > 0
      ? [['given', positionals]]
      : [
          ['dev (shared)', [path.join(data, 'dev')]],
          ['ours (tuned on)', [path.join(repoRoot, 'tests/fixtures/gold')]],
          ['ours 2 (linker)', [path.join(repoRoot, 'tests/fixtures/gold2')]],
          ['ours 3 (linker)', [path.join(repoRoot, 'tests/fixtures/gold3')]],
          ['ours 4 (linker)', [path.join(repoRoot, 'tests/fixtures/gold4')]],
          ['held out 1', [path.join(repoRoot, 'tests/fixtures/heldout')]],
          ['held out 2', [path.join(repoRoot, 'tests/fixtures/heldout2')]],
          ['held out 3', [path.join(repoRoot, 'tests/fixtures/unseen')]],
          ['held out 4', [path.join(repoRoot, 'tests/fixtures/unseen2')]],
          ['held out 5', [path.join(repoRoot, 'tests/fixtures/unseen3')]],
          ['held out 6', [path.join(repoRoot, 'tests/fixtures/unseen4')]],
          ['held out 7', [path.join(repoRoot, 'tests/fixtures/unseen5')]],
        ];
  type WithReferences = Figures & { nominalReferences: { recall: number; precision: number } };
  const results: Record<string, { articles: Record<string, WithReferences>; overall: WithReferences }> = {};
  const all: ArticleScore[] = [];
  const unseenScores: ArticleScore[] = [];
  const allReferences: ReferenceScore[] = [];
  const unseenReferences: ReferenceScore[] = [];
  console.log(HEADER);
  for (const [name, targets] of sets) {
    const files = (await Promise.all(targets.map(goldFiles))).flat();
    if (files.length === 0) {
      console.log(`${name}: no gold files found`);
      continue;
    }
    const scores: ArticleScore[] = [];
    const references: ReferenceScore[] = [];
    for (const file of files) {
      const gold = await readGold(file);
      const text = await fs.readFile(path.join(path.dirname(file), gold.text), 'utf8');
      const extraction = extract({ id: gold.id, ...readArticle(text, 'txt') }, models);
      const score = scoreGraph(buildGraph([extraction], { version: VERSION }), gold);
      const reference = scoreReferences(extraction, gold);
      scores.push(score);
      references.push(reference);
      console.log(row(gold.id, summarise([score]), reference));
      if (values.verbose && !UNSEEN.has(name)) {
        for (const [label, list] of [
          ['missed entities', score.missedEntities],
          ['wrong nodes', score.wrongNodes],
          ['missed relations', score.missedRelations],
          ['wrong edges', score.wrongEdges],
        ] as const) {
          if (list.length > 0) console.log(`    ${label}: ${list.join('; ')}`);
        }
      }
    }
    const overall = summarise(scores);
    const setReferences = sumReferences(references);
    console.log(row(`= ${name}`, overall, setReferences));
    results[name] = {
      articles: Object.fromEntries(scores.map((score, i) => [score.id, { ...summarise([score]), nominalReferences: referenceFigures(references[i]) }])),
      overall: { ...overall, nominalReferences: referenceFigures(setReferences) },
    };
    all.push(...scores);
    allReferences.push(...references);
    if (UNSEEN.has(name)) {
      unseenScores.push(...scores);
      unseenReferences.push(...references);
    }
  }
  const unseenReferenceScore = sumReferences(unseenReferences);
  const unseen = { ...summarise(unseenScores), nominalReferences: referenceFigures(unseenReferenceScore) };
  if (unseenScores.length > 0) console.log(row('= never read (3-7)', unseen, unseenReferenceScore));
  const allReferenceScore = sumReferences(allReferences);
  const overall = { ...summarise(all), nominalReferences: referenceFigures(allReferenceScore) };
  console.log(row('= ALL', overall, allReferenceScore));
  const name = values.ner ? `eval-${values.ner}.json` : values['no-links'] ? 'eval-no-links.json' : 'eval.json';
  await writeResult(name, { version: VERSION, recogniser: values.ner ?? 'newsgraph', sets: results, neverRead: unseen, overall });
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
