import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../../src/extraction';
import type { Conll04Entity, Conll04Sentence } from './conll04';

const TYPES: Readonly<Record<string, EntityType>> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION', MISC: 'OTHER' };

/**
 * CoNLL-2003 sentences (Reuters news) as relation-free background: gold entities, no relations.
 * Ordinary news, unlike CoNLL04, is mostly sentences whose names merely co-occur; a lightly weighted
 * sample of them teaches the classifier not to link every pair it is shown.
 */
export function readBackground(dataDir: string, split: 'train' | 'dev' | 'test'): Conll04Sentence[] {
  const sentences: Conll04Sentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length) sentences.push({ id: sentences.length, tokens, entities: decodeIob(tags), relations: [] });
    tokens = [];
    tags = [];
  };
  for (const line of readFileSync(join(dataDir, 'conll2003', `${split}.txt`), 'utf8').split('\n')) {
    const fields = line.trim().split(' ');
    if (fields.length < 2 || fields[0] === '-DOCSTART-') flush();
    else {
      tokens.push(fields[0]);
      tags.push(fields[fields.length - 1]);
    }
  }
  flush();
  return sentences;
}

/** Spans from IOB1 or IOB2 tags: an I- that does not continue a span of its type opens one. */
function decodeIob(tags: readonly string[]): Conll04Entity[] {
  const entities: Conll04Entity[] = [];
  let open: { start: number; type: string } | undefined;
  tags.forEach((tag, i) => {
    const type = tag.slice(2);
    if (open && (tag[0] !== 'I' || type !== open.type)) {
      entities.push({ start: open.start, end: i, entityType: TYPES[open.type] ?? 'OTHER' });
      open = undefined;
    }
    if (tag !== 'O' && !open) open = { start: i, type };
  });
  if (open) entities.push({ start: open.start, end: tags.length, entityType: TYPES[open.type] ?? 'OTHER' });
  return entities;
}
