/**
 * Strict CoNLL04 relation benchmark. Usage: npm run eval:rel -- [--entities gold,ner (default both)]
 * [--split test|dev] [--data <dir>] [--model <dir>] [--ner-model <dir>]. Prints a table per entity
 * source and merges the figures into bench-results/rel-eval.json under "<split>/<source>".
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRelationClassifier } from '../../src/relations/classifier';
import { candidatePairs } from '../../src/relations/classifier/classify';
import { readBackground } from './background';
import { CONLL04_NAMES, dataDir, readConll04, REPO_ROOT, type Conll04Split } from './conll04';
import { entitySource, goldEntities } from './entity-source';
import { argumentOutcomes } from './misses';
import { predictRelations } from './predict';
import { confidenceOrdering, goldRelationKeys, RELATIONS, scoreEntities, scoreRelations, scoreRelationsRelaxed, type Prf } from './score';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const split = option('split', 'test') as Conll04Split;
const sources = option('entities', 'gold,ner').split(',');
const explicitSources = argv.includes('--entities');
const modelDir = argv.includes('--model') ? option('model', '') : undefined;
const nerModelDir = argv.includes('--ner-model') ? option('ner-model', '') : undefined;

const data = dataDir(argv);
const sentences = readConll04(data, split);
const classifier = loadRelationClassifier(modelDir);
const gold = goldRelationKeys(sentences);
const results: Record<string, unknown> = {};

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
const row = (name: string, s: Prf): string =>
  `${name.padEnd(12)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`;
const round = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(4)) : v)));

for (const name of sources) {
  let source;
  try {
    source = entitySource(name, nerModelDir);
  } catch (error) {
    if (explicitSources) throw error;
    console.warn(`\nskipping entities "${name}": ${(error as Error).message}`);
    continue;
  }
  const started = performance.now();
  const mentions = source.mentions(sentences);
  const entitySeconds = (performance.now() - started) / 1000;
  const classifyStarted = performance.now();
  const predictions = predictRelations(classifier, sentences, mentions);
  const classifySeconds = (performance.now() - classifyStarted) / 1000;
  const scores = scoreRelations(sentences, predictions);
  const relaxed = scoreRelationsRelaxed(sentences, predictions);
  const ordering = confidenceOrdering(gold, predictions);
  const entities = scoreEntities(sentences, mentions);

  console.log(`\nCoNLL04 ${split}, ${sentences.length} sentences, entities: ${source.name} (strict: spans + types + relation)`);
  console.log(`${'relation'.padEnd(12)} ${'P%'.padStart(6)} ${'R%'.padStart(6)} ${'F1%'.padStart(6)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}`);
  for (const type of RELATIONS) console.log(row(CONLL04_NAMES[type], scores.byType[type]));
  console.log(row('micro', scores.overall));
  if (source.name !== 'gold') console.log(`${row('relaxed', relaxed)}   (a mention overlapping a gold entity of its type stands for it)`);
  console.log(
    `confidence: top half precision ${pct(ordering.topHalfPrecision)}%, bottom half ${pct(ordering.bottomHalfPrecision)}% ` +
      `(${ordering.predictions} predictions); by band ${ordering.bands.map((b) => `[${b.from},${b.to}) ${b.predictions}:${pct(b.precision)}%`).join(' ')}`,
  );
  if (source.name !== 'gold') {
    console.log(`entities (exact span + type): ${['PERSON', 'ORGANIZATION', 'LOCATION'].map((t) => `${t} F1 ${pct(entities.byType[t as 'PERSON'].f1)}`).join(', ')}, micro F1 ${pct(entities.overall.f1)}`);
    console.log(`gold relations with both arguments found exactly: ${pct(entities.relationArgumentsFound)}%`);
    const outcomes = argumentOutcomes(sentences, mentions);
    console.log(`relation arguments (distinct gold entities): ${Object.entries(outcomes).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  console.log(`time: entities ${entitySeconds.toFixed(2)} s, relations ${classifySeconds.toFixed(2)} s`);
  results[`${split}/${source.name}`] = round({
    measuredAt: new Date().toISOString(),
    sentences: sentences.length,
    goldRelations: gold.size,
    relaxedMicro: relaxed,
    relations: { micro: scores.overall, ...Object.fromEntries(RELATIONS.map((t) => [CONLL04_NAMES[t], scores.byType[t]])) },
    confidence: ordering,
    entities: source.name === 'gold' ? undefined : { ...entities, relationArguments: argumentOutcomes(sentences, mentions) },
    seconds: { entities: entitySeconds, relations: classifySeconds },
  });
}

// A proxy for precision on ordinary news: CoNLL-2003 has no relation labels and mostly co-occurring
// names, so how often the classifier fires over its gold entity pairs shows how trigger-happy it is.
const background = readBackground(data, 'dev');
const backgroundMentions = goldEntities.mentions(background);
const backgroundPairs = background.reduce((n, s, i) => n + candidatePairs(s.tokens, backgroundMentions[i]).length, 0);
const backgroundFired = predictRelations(classifier, background, backgroundMentions).length;
console.log(`\nCoNLL-2003 dev (no relations annotated): fires on ${backgroundFired} of ${backgroundPairs} candidate pairs (${pct(backgroundFired / backgroundPairs)}%)`);
results['conll2003-dev/cooccurrence'] = { candidatePairs: backgroundPairs, predicted: backgroundFired };

const out = join(REPO_ROOT, 'bench-results', 'rel-eval.json');
mkdirSync(join(REPO_ROOT, 'bench-results'), { recursive: true });
const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
writeFileSync(out, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
console.log(`\nwrote ${out}`);
