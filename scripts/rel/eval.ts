/**
 * Strict CoNLL04 relation benchmark. Usage: npm run eval:rel -- [--entities gold,ner,pipeline
 * (default all three)] [--split test|dev] [--conventions off|on|both (default both)]
 * [--kin member_of,represents,office,member_of_place,related_place|none (default all five)] [--data <dir>] [--model <dir>] [--ner-model <dir>].
 * `gold` and `ner` give the classifier gold or recognised mentions; `pipeline` runs the whole
 * extractor on each sentence (see pipeline-source.ts). With conventions on, CoNLL04's span habits
 * are applied to the output (see conventions.ts). Prints a table per run and merges the figures
 * into bench-results/rel-eval.json under "<split>/<source>[+conventions]", with "+ner:<dir name>",
 * "+rel:<dir name>" or "+kin:<list>" appended when other models or readings are used.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadNerModel } from '../../src/ner';
import { loadRelationClassifier } from '../../src/relations/classifier';
import { candidatePairs } from '../../src/relations/classifier/classify';
import { readBackground } from './background';
import { CONLL04_NAMES, readConll04, type Conll04Split } from './conll04';
import { dataDir, option as argValueOf, repoRoot } from '../paths';
import { applyConventions, learnTitleConvention, type Conventions } from './conventions';
import { entitySource, goldEntities } from './entity-source';
import { argumentOutcomes } from './misses';
import { pipelineMentions, pipelineRelations, runPipeline } from './pipeline-source';
import { predictRelations } from './predict';
import { confidenceOrdering, goldRelationKeys, RELATIONS, scoreEntities, scoreRelations, scoreRelationsRelaxed, type Prf, type SystemOutput } from './score';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const split = option('split', 'test') as Conll04Split;
const sources = option('entities', 'gold,ner,pipeline').split(',');
const explicitSources = argv.includes('--entities');
const modelDir = argv.includes('--model') ? option('model', '') : undefined;
const nerModelDir = argv.includes('--ner-model') ? option('ner-model', '') : undefined;
const conventionRuns = { off: [false], on: [true], both: [false, true] }[option('conventions', 'both')] ?? [false, true];
const DEFAULT_KIN = 'member_of,represents,office,member_of_place,related_place';
const kin = option('kin', DEFAULT_KIN).split(',');
const mapping = {
  memberOfAsWorkFor: kin.includes('member_of'),
  representsAsLiveIn: kin.includes('represents'),
  officeInPlaceAsLiveIn: kin.includes('office'),
  memberOfPlaceAsLiveIn: kin.includes('member_of_place'),
  relatedToPlaceAsLiveIn: kin.includes('related_place'),
};
// Figures from other models or readings than the default ones are kept apart from the default figures.
const modelTag = [
  nerModelDir && `+ner:${basename(nerModelDir)}`,
  modelDir && `+rel:${basename(modelDir)}`,
  kin.join(',') !== DEFAULT_KIN && `+kin:${kin.join(',')}`,
]
  .filter(Boolean)
  .join('');

const data = dataDir(argValueOf('data', argv));
const sentences = readConll04(data, split);
const classifier = loadRelationClassifier(modelDir);
const gold = goldRelationKeys(sentences);
const results: Record<string, unknown> = {};
const conventions: Conventions = { titles: learnTitleConvention(readConll04(data, 'train')), birthplaces: true };

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
const row = (name: string, s: Prf): string =>
  `${name.padEnd(12)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`;
const round = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(4)) : v)));

/** Entities and relations from the named system, and how long each stage took. */
function systemOutput(name: string): { output: SystemOutput; seconds: Record<string, number> } {
  const started = performance.now();
  if (name === 'pipeline') {
    const runs = runPipeline(sentences, { ner: loadNerModel(nerModelDir), relations: classifier });
    return { output: { mentions: pipelineMentions(runs), relations: pipelineRelations(runs, mapping) }, seconds: { extract: (performance.now() - started) / 1000 } };
  }
  const mentions = entitySource(name, nerModelDir).mentions(sentences);
  const entitySeconds = (performance.now() - started) / 1000;
  const classifyStarted = performance.now();
  const relations = predictRelations(classifier, sentences, mentions);
  return { output: { mentions, relations }, seconds: { entities: entitySeconds, relations: (performance.now() - classifyStarted) / 1000 } };
}

/** Prints one run's table and records its figures. */
function report(name: string, output: SystemOutput, seconds: Record<string, number>): void {
  const { mentions, relations: predictions } = output;
  const scores = scoreRelations(sentences, predictions);
  const relaxed = scoreRelationsRelaxed(sentences, predictions);
  const ordering = confidenceOrdering(gold, predictions);
  const entities = scoreEntities(sentences, mentions);
  const isGold = name === 'gold';

  console.log(`\nCoNLL04 ${split}, ${sentences.length} sentences, entities: ${name} (strict: spans + types + relation)`);
  console.log(`${'relation'.padEnd(12)} ${'P%'.padStart(6)} ${'R%'.padStart(6)} ${'F1%'.padStart(6)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}`);
  for (const type of RELATIONS) console.log(row(CONLL04_NAMES[type], scores.byType[type]));
  console.log(row('micro', scores.overall));
  if (!isGold) console.log(`${row('relaxed', relaxed)}   (a mention overlapping a gold entity of its type stands for it)`);
  console.log(
    `confidence: top half precision ${pct(ordering.topHalfPrecision)}%, bottom half ${pct(ordering.bottomHalfPrecision)}% ` +
      `(${ordering.predictions} predictions); by band ${ordering.bands.map((b) => `[${b.from},${b.to}) ${b.predictions}:${pct(b.precision)}%`).join(' ')}`,
  );
  if (!isGold) {
    console.log(`entities (exact span + type): ${['PERSON', 'ORGANIZATION', 'LOCATION'].map((t) => `${t} F1 ${pct(entities.byType[t as 'PERSON'].f1)}`).join(', ')}, micro F1 ${pct(entities.overall.f1)}`);
    console.log(`gold relations with both arguments found exactly: ${pct(entities.relationArgumentsFound)}%`);
    const outcomes = argumentOutcomes(sentences, mentions);
    console.log(`relation arguments (distinct gold entities): ${Object.entries(outcomes).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  console.log(`time: ${Object.entries(seconds).map(([stage, s]) => `${stage} ${s.toFixed(2)} s`).join(', ')}`);
  results[`${split}/${name}${modelTag}`] = round({
    measuredAt: new Date().toISOString(),
    sentences: sentences.length,
    goldRelations: gold.size,
    ...(name.startsWith('pipeline') ? { kinRelations: mapping } : {}),
    relaxedMicro: relaxed,
    relations: { micro: scores.overall, ...Object.fromEntries(RELATIONS.map((t) => [CONLL04_NAMES[t], scores.byType[t]])) },
    confidence: ordering,
    entities: isGold ? undefined : { ...entities, relationArguments: argumentOutcomes(sentences, mentions) },
    seconds,
  });
}

for (const name of sources) {
  let run;
  try {
    run = systemOutput(name);
  } catch (error) {
    if (explicitSources) throw error;
    console.warn(`\nskipping entities "${name}": ${(error as Error).message}`);
    continue;
  }
  for (const adapted of name === 'gold' ? [false] : conventionRuns) {
    report(adapted ? `${name}+conventions` : name, adapted ? applyConventions(sentences, run.output, conventions) : run.output, run.seconds);
  }
}
if (conventionRuns.includes(true)) console.log(`\n+conventions: titles CoNLL04 train puts inside names taken into them (${[...conventions.titles].sort().join(', ')}); "born in / native of X , Y" as one place`);

// A proxy for precision on ordinary news: CoNLL-2003 has no relation labels and mostly co-occurring
// names, so how often the classifier fires over its gold entity pairs shows how trigger-happy it is.
const background = readBackground(data, 'dev');
const backgroundMentions = goldEntities.mentions(background);
const backgroundPairs = background.reduce((n, s, i) => n + candidatePairs(s.tokens, backgroundMentions[i]).length, 0);
const backgroundFired = predictRelations(classifier, background, backgroundMentions).length;
console.log(`\nCoNLL-2003 dev (no relations annotated): fires on ${backgroundFired} of ${backgroundPairs} candidate pairs (${pct(backgroundFired / backgroundPairs)}%)`);
results['conll2003-dev/cooccurrence'] = { candidatePairs: backgroundPairs, predicted: backgroundFired };

const out = join(repoRoot, 'bench-results', 'rel-eval.json');
mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
writeFileSync(out, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
console.log(`\nwrote ${out}`);
