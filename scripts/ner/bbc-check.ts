/**
 * How the recogniser does on BBC-style text: runs it over the hand-annotated articles in
 * data/dev and reports, per article, which gold names (PERSON, ORGANIZATION, LOCATION, GROUP and
 * their capitalised aliases) it finds as an exact span with the right type, which it misses, and
 * which spans it finds that name no gold entity. `npx tsx scripts/ner/bbc-check.ts [--model dir]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clean } from '../../src/clean/clean';
import { loadNerModel } from '../../src/ner/index';
import { segment, sentenceWords } from '../../src/segment/segment';
import { dataDir, option } from '../paths';

interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
}

const dir = resolve(dataDir(option('data')), 'dev');
const ner = loadNerModel(option('model'));
const TYPES = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'GROUP']);
let found = 0;
let total = 0;

for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
  const gold = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as { entities: GoldEntity[] };
  const text = readFileSync(resolve(dir, file.replace('.gold.json', '.txt')), 'utf8');
  const sentences = sentenceWords(segment(clean(text).text));
  const spans = ner.recognise(sentences);
  const seen = new Map<string, Set<string>>();
  spans.forEach((list, s) => {
    for (const span of list) {
      const name = sentences[s].slice(span.start, span.end).join(' ').replace(/ 's$/, '');
      if (!seen.has(name)) seen.set(name, new Set());
      seen.get(name)!.add(span.type);
    }
  });
  const spaced = (name: string): string => segment(name).tokens.map((token) => token.text).join(' ');
  const hits: string[] = [];
  const misses: string[] = [];
  const named = new Set<string>();
  for (const entity of gold.entities) {
    const names = [entity.name, ...entity.aliases].map(spaced).filter((n) => /^\p{Lu}/u.test(n) && !/^(?:The|He|She|It|They)\b/.test(n));
    names.forEach((n) => named.add(n));
    if (!TYPES.has(entity.type) || names.length === 0) continue;
    total++;
    const hit = names.find((n) => seen.get(n)?.has(entity.type));
    if (hit) {
      found++;
      hits.push(`${hit}/${entity.type}`);
    } else {
      const near = names.map((n) => (seen.has(n) ? `${n}/${[...seen.get(n)!].join('|')}` : '')).filter(Boolean);
      misses.push(`${entity.name}/${entity.type}${near.length ? ` (found as ${near.join(', ')})` : ''}`);
    }
  }
  const extra = [...seen].filter(([n]) => !named.has(n)).map(([n, t]) => `${n}/${[...t].join('|')}`);
  console.log(`\n${file.replace('.gold.json', '')}: ${hits.length}/${hits.length + misses.length} gold names found`);
  console.log(`  found:  ${hits.join('; ')}`);
  console.log(`  missed: ${misses.join('; ') || '-'}`);
  console.log(`  other spans: ${extra.join('; ') || '-'}`);
}
console.log(`\n${found}/${total} gold names found as a span of the right type`);
