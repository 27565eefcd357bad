/**
 * `npm run train:links [-- --folds 5] [--threshold 0.5]`
 *
 * Trains the linker (src/relations/links) on our annotated news: every reading of every pair the
 * patterns left untied in the tuning articles (the shared dev set, tests/fixtures/gold, heldout,
 * heldout2, gold2, gold3 and gold4), labelled right when the gold file has that relation in that
 * direction with that predicate.
 * Reports, per threshold, what the linker adds by cross-validation over those articles (each fold
 * scored by a model that never saw it) and on the held-out sets (tests/fixtures/unseen*), which it is
 * never trained on, with the precision of all edges, the patterns' and the linker's; then fits the
 * shipped model on all tuning articles and writes models/links/model.bin.gz and bench-results/links.json.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import Graph from 'graphology';
import { parseGold, type GoldFile } from '../../src/eval/gold';
import { goldEntityOfNode, predicateMatches } from '../../src/eval/score';
import { readArticle } from '../../src/input/article';
import { loadNerModel } from '../../src/ner';
import { extract, relationRules, type Models } from '../../src/pipeline';
import { encodeModel, modelFromWeights, type RelationModel } from '../../src/relations/classifier/model';
import { loadRelationClassifier } from '../../src/relations/classifier';
import type { RelationRule } from '../../src/relations/context';
import { DEFAULT_LINK_DIR, likeliestStatement, linkCandidates, pairFeatures, readingProbabilitiesOf, statementOf, unlinkedPairs } from '../../src/relations/links';
import { trainLinks } from '../../src/relations/links/train';
import { dataDir, repoRoot, writeResult } from '../paths';

const { values } = parseArgs({ options: { folds: { type: 'string' }, threshold: { type: 'string' }, data: { type: 'string' } } });
const FOLDS = Number(values.folds ?? 5);
const THRESHOLDS = [0.05, 0.06, 0.07, 0.075, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6];

/** One reading as training sees it: its features, its ends as gold ids, and whether gold has it. */
interface Reading {
  features: string[];
  right: boolean;
}

/** One untied pair of one sentence, with every reading of it. */
interface PairRecord {
  shared: string[];
  readings: Reading[];
  /** The gold relations (index into the article's gold list) each reading would hit. */
  hits: number[][];
  /** Both ends name gold entities (the edge is judged) and whether the pair is a gold pair. */
  judged: boolean;
  goldPair: boolean;
  /** Each reading's statement (direction and label): readings of one statement add up, as in the product. */
  statements: string[];
}

interface ArticleRecord {
  id: string;
  pairs: PairRecord[];
  /** Gold relations (required) the patterns already find, and how many are required. */
  foundByRules: Set<number>;
  required: Set<number>;
  /** The patterns' own edges whose two ends name gold entities, and those between a gold pair. */
  patternsJudged: number;
  patternsCorrect: number;
}

async function goldFiles(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.gold.json')).sort().map((name) => path.join(dir, name));
}

/** The gold entity each extracted entity names, by the scorer's own name matching (rule 2). */
function goldIds(entities: { id: string; label: string; aliases: string[]; entityType: string; mentions: number }[], gold: GoldFile): (string | undefined)[] {
  const graph = new Graph();
  for (const entity of entities) graph.addNode(entity.id, { label: entity.label, aliases: entity.aliases, entityType: entity.entityType, mentions: entity.mentions });
  const matched = goldEntityOfNode(graph, gold);
  return entities.map((entity) => matched.get(entity.id));
}

async function readArticleRecord(file: string, models: Models): Promise<ArticleRecord> {
  const gold = parseGold(JSON.parse(await fs.readFile(file, 'utf8')), file);
  const text = await fs.readFile(path.join(path.dirname(file), gold.text), 'utf8');
  const raw: { shared: string[]; readings: { features: string[]; subject: number; object: number; texts: string[] }[]; a: number; b: number }[] = [];
  const recorder: RelationRule = {
    name: 'record',
    apply(context, linked) {
      for (const [a, b] of unlinkedPairs(context, linked)) {
        raw.push({
          shared: pairFeatures(context, a, b),
          readings: linkCandidates(context, a, b).map((c) => ({ features: c.features, subject: c.subject.entity, object: c.object.entity, texts: [c.predicate, c.label] })),
          a: a.entity,
          b: b.entity,
        });
      }
      return [];
    },
  };
  const extraction = extract({ id: gold.id, ...readArticle(text, 'txt') }, models, [...relationRules(models), recorder]);
  const ids = goldIds(extraction.entities, gold);
  const index = new Map(extraction.entities.map((entity, i) => [entity.id, i]));
  const hitsOf = (subject: number, object: number, texts: string[]): number[] =>
    gold.relations.flatMap((relation, r) => (relation.subject === ids[subject] && relation.object === ids[object] && predicateMatches(texts, relation.predicates) ? [r] : []));
  const foundByRules = new Set(
    extraction.relations.flatMap((relation) => hitsOf(index.get(relation.subject)!, index.get(relation.object)!, [relation.predicate, relation.label])),
  );
  const isGoldPair = (ga: string | undefined, gb: string | undefined): boolean =>
    gold.relations.some((r) => (r.subject === ga && r.object === gb) || (r.subject === gb && r.object === ga));
  const patternEdges = new Map<string, [string | undefined, string | undefined]>();
  for (const relation of extraction.relations) {
    patternEdges.set(`${relation.subject}>${relation.label}>${relation.object}`, [ids[index.get(relation.subject)!], ids[index.get(relation.object)!]]);
  }
  const judgedPatterns = [...patternEdges.values()].filter(([ga, gb]) => ga !== undefined && gb !== undefined && ga !== gb);
  const pairs = raw.map((pair) => {
    const [ga, gb] = [ids[pair.a], ids[pair.b]];
    const hits = pair.readings.map((reading) => hitsOf(reading.subject, reading.object, reading.texts));
    return {
      shared: pair.shared,
      readings: pair.readings.map((reading, i) => ({ features: reading.features, right: hits[i].length > 0 })),
      hits,
      judged: ga !== undefined && gb !== undefined,
      goldPair: isGoldPair(ga, gb),
      statements: pair.readings.map((reading) => statementOf(reading.subject, reading.texts[1])),
    };
  });
  const required = new Set(gold.relations.flatMap((relation, r) => (relation.optional ? [] : [r])));
  const patternsCorrect = judgedPatterns.filter(([ga, gb]) => isGoldPair(ga, gb)).length;
  return { id: gold.id, pairs, foundByRules, required, patternsJudged: judgedPatterns.length, patternsCorrect };
}

function train(articles: ArticleRecord[], threshold: number): RelationModel {
  return modelFromWeights(threshold, trainLinks(articles.flatMap((article) => article.pairs)));
}

interface Tally {
  required: number;
  byRules: number;
  added: number;
  emitted: number;
  judged: number;
  correct: number;
  patternsJudged: number;
  patternsCorrect: number;
}

function emptyTally(): Tally {
  return { required: 0, byRules: 0, added: 0, emitted: 0, judged: 0, correct: 0, patternsJudged: 0, patternsCorrect: 0 };
}

/** What the model adds to the patterns on these articles at each threshold. */
function tally(model: RelationModel, articles: ArticleRecord[], thresholds: number[]): Map<number, Tally> {
  const result = new Map(thresholds.map((t) => [t, emptyTally()]));
  for (const article of articles) {
    // The likeliest statement, told by its likeliest reading, as `linkRule` chooses.
    const best = article.pairs.map((pair) => {
      const probabilities = readingProbabilitiesOf(model, pair.shared, pair.readings.map((reading) => reading.features)).slice(0, -1);
      return likeliestStatement(pair.statements, probabilities) ?? { index: -1, probability: 0 };
    });
    for (const [threshold, t] of result) {
      const found = new Set(article.foundByRules);
      t.required += article.required.size;
      t.patternsJudged += article.patternsJudged;
      t.patternsCorrect += article.patternsCorrect;
      t.byRules += [...article.required].filter((r) => found.has(r)).length;
      article.pairs.forEach((pair, i) => {
        if (best[i].index < 0 || best[i].probability < threshold) return;
        t.emitted++;
        if (pair.judged) t.judged++;
        if (pair.goldPair) t.correct++;
        for (const r of pair.hits[best[i].index]) found.add(r);
      });
      t.added += [...article.required].filter((r) => found.has(r)).length - [...article.required].filter((r) => article.foundByRules.has(r)).length;
    }
  }
  return result;
}

/**
 * Per threshold: recall with the patterns alone and with the linker, the linker's edges and how often
 * their pair is a gold pair, and the precision of all edges, patterns' and linker's together (the
 * shipped threshold is the lowest that keeps this at 0.7 or above under cross-validation).
 */
function report(name: string, tallies: Map<number, Tally>): Record<string, Tally & { recall: number; precision: number; allPrecision: number }> {
  console.log(`\n${name}`);
  console.log('threshold  required  rules R  +links R  emitted  judged  pair P   all P');
  const out: Record<string, Tally & { recall: number; precision: number; allPrecision: number }> = {};
  for (const [threshold, t] of tallies) {
    const recall = (t.byRules + t.added) / t.required;
    const precision = t.judged === 0 ? 0 : t.correct / t.judged;
    const allPrecision = (t.patternsCorrect + t.correct) / Math.max(1, t.patternsJudged + t.judged);
    console.log(
      [
        String(threshold).padEnd(9),
        String(t.required).padStart(8),
        (t.byRules / t.required).toFixed(3).padStart(8),
        recall.toFixed(3).padStart(9),
        String(t.emitted).padStart(8),
        String(t.judged).padStart(7),
        precision.toFixed(3).padStart(7),
        allPrecision.toFixed(3).padStart(7),
      ].join('  '),
    );
    out[String(threshold)] = { ...t, recall, precision, allPrecision };
  }
  return out;
}

async function main(): Promise<void> {
  const models: Models = { ner: loadNerModel(), relations: loadRelationClassifier() };
  const data = dataDir(values.data);
  const tuning = [path.join(data, 'dev'), ...['gold', 'heldout', 'heldout2', 'gold2', 'gold3', 'gold4'].map((d) => path.join(repoRoot, 'tests/fixtures', d))];
  const heldOut = ['unseen', 'unseen2', 'unseen3', 'unseen4', 'unseen5'].map((d) => path.join(repoRoot, 'tests/fixtures', d));
  const read = async (dirs: string[]) => {
    const files = (await Promise.all(dirs.map(goldFiles))).flat();
    const records: ArticleRecord[] = [];
    for (const file of files) records.push(await readArticleRecord(file, models));
    return records;
  };
  const tuningArticles = await read(tuning);
  const heldOutArticles = await read(heldOut);
  console.log(`tuning articles ${tuningArticles.length}, readings ${tuningArticles.reduce((n, a) => n + a.pairs.reduce((m, p) => m + p.readings.length, 0), 0)}; held-out articles ${heldOutArticles.length}`);

  const folds: Map<number, Tally>[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(tuningArticles.filter((_, i) => i % FOLDS !== fold), 0.5);
    folds.push(tally(model, tuningArticles.filter((_, i) => i % FOLDS === fold), THRESHOLDS));
  }
  const summed = new Map(
    THRESHOLDS.map((threshold) => {
      const sum = emptyTally();
      for (const fold of folds) for (const key of Object.keys(sum) as (keyof Tally)[]) sum[key] += fold.get(threshold)![key];
      return [threshold, sum];
    }),
  );
  const crossValidated = report(`cross-validated over the tuning articles (${FOLDS} folds)`, summed);

  const threshold = Number(values.threshold ?? 0.5);
  const model = train(tuningArticles, threshold);
  const heldOutFigures = report('held out (never trained on)', tally(model, heldOutArticles, THRESHOLDS));
  await fs.mkdir(DEFAULT_LINK_DIR, { recursive: true });
  const file = path.join(DEFAULT_LINK_DIR, 'model.bin.gz');
  const temporary = `${file}.tmp`;
  await fs.writeFile(temporary, gzipSync(encodeModel(model), { level: 9 }));
  await fs.rename(temporary, file);
  console.log(`\nthreshold ${threshold}; ${model.keys.length} weights → ${path.relative(repoRoot, file)}`);
  await writeResult('links.json', { threshold, weights: model.keys.length, tuningArticles: tuningArticles.length, heldOutArticles: heldOutArticles.length, crossValidated, heldOut: heldOutFigures });
}

main().catch((error: unknown) => {
  console.error(`train:links: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
