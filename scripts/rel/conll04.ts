import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../../src/extraction';
import type { LearnedRelation } from '../../src/relations/classifier';

/** A gold entity of a CoNLL04 sentence, in our entity types. */
export interface Conll04Entity {
  start: number;
  end: number;
  entityType: EntityType;
}

/** A gold relation between two entities, by their index in `entities`. */
export interface Conll04Relation {
  head: number;
  tail: number;
  relation: LearnedRelation;
}

export interface Conll04Sentence {
  id: number;
  tokens: string[];
  entities: Conll04Entity[];
  relations: Conll04Relation[];
}

export type Conll04Split = 'train' | 'dev' | 'test';

interface RawSentence {
  tokens: string[];
  tags: string[];
  relations: { head: number; tail: number; type: string }[];
  orig_id: number;
}

const ENTITY_TYPES: Readonly<Record<string, EntityType>> = {
  Peop: 'PERSON',
  Org: 'ORGANIZATION',
  Loc: 'LOCATION',
  Other: 'OTHER',
};

const RELATION_TYPES: Readonly<Record<string, LearnedRelation>> = {
  Work_For: 'works_for',
  Kill: 'killed',
  OrgBased_In: 'based_in',
  Live_In: 'lives_in',
  Located_In: 'located_in',
};

/** CoNLL04's relation name for each of ours, for tables that readers compare with the literature. */
export const CONLL04_NAMES: Readonly<Record<LearnedRelation, string>> = {
  works_for: 'Work_For',
  based_in: 'OrgBased_In',
  located_in: 'Located_In',
  lives_in: 'Live_In',
  killed: 'Kill',
};

/** Reads one CoNLL04 split, decoding BILOU tags into entities in order of appearance. */
export function readConll04(dir: string, split: Conll04Split): Conll04Sentence[] {
  const raw = JSON.parse(readFileSync(join(dir, 'conll04', `${split}.json`), 'utf8')) as RawSentence[];
  return raw.map((sentence) => {
    const entities = decodeBilou(sentence.tags);
    const relations = sentence.relations.map(({ head, tail, type }) => {
      const relation = RELATION_TYPES[type];
      if (!relation || !entities[head] || !entities[tail]) {
        throw new Error(`CoNLL04 ${split} sentence ${sentence.orig_id}: bad relation ${type}(${head}, ${tail})`);
      }
      return { head, tail, relation };
    });
    return { id: sentence.orig_id, tokens: sentence.tokens, entities, relations };
  });
}

/** Decodes BILOU tags (B-, I-, L-, U-, O) into spans; a broken sequence closes at the last token seen. */
export function decodeBilou(tags: readonly string[]): Conll04Entity[] {
  const entities: Conll04Entity[] = [];
  let open: { start: number; type: string } | undefined;
  const close = (end: number): void => {
    if (open) entities.push({ start: open.start, end, entityType: ENTITY_TYPES[open.type] ?? 'OTHER' });
    open = undefined;
  };
  tags.forEach((tag, i) => {
    const prefix = tag[0];
    const type = tag.slice(2);
    if (prefix === 'O') close(i);
    else if (prefix === 'U') {
      close(i);
      open = { start: i, type };
      close(i + 1);
    } else if (prefix === 'B' || (prefix === 'I' && open?.type !== type) || (prefix === 'L' && open?.type !== type)) {
      close(i);
      open = { start: i, type };
      if (prefix === 'L') close(i + 1);
    } else if (prefix === 'L') close(i + 1);
  });
  close(tags.length);
  return entities;
}
