import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extraction';
import { loadModels } from '../../src/models';
import type { Conll04Sentence } from '../../scripts/rel/conll04';
import { applyConventions, learnTitleConvention, NO_CONVENTIONS } from '../../scripts/rel/conventions';
import { detokenise, tokenSpan } from '../../scripts/rel/detokenise';
import { DEFAULT_MAPPING, pipelineMentions, pipelineRelations, runPipeline, type PipelineRun } from '../../scripts/rel/pipeline-source';

const words = (text: string): string[] => text.split(' ');

describe('CoNLL04 sentences written back as text', () => {
  it('undoes Penn Treebank quotes, dashes, brackets and split contractions', () => {
    const tokens = words("` ` We didn 't see it , ' ' said Parks ' lawyer _ a man -LRB- 58 -RRB- from Addis Ababa , Ethiopia.");
    expect(detokenise(tokens).text).toBe('"We didn\'t see it," said Parks\' lawyer \u2014 a man (58) from Addis Ababa, Ethiopia.');
  });

  it('maps a character range back onto the CoNLL04 tokens it covers', () => {
    const tokens = words('` ` Fine , ' + "' ' said Jane Doe of Northern Rail in Ethiopia.");
    const text = detokenise(tokens);
    const at = (phrase: string) => tokenSpan(text, text.text.indexOf(phrase), text.text.indexOf(phrase) + phrase.length);
    expect(at('Jane Doe')).toEqual({ start: 7, end: 9 });
    // "Ethiopia" read without the sentence's full stop is still CoNLL04's one token "Ethiopia."
    expect(at('Ethiopia')).toEqual({ start: 13, end: 14 });
    expect(at('Fine')).toEqual({ start: 2, end: 3 });
  });
});

/** A hand-made extraction of one sentence, as `extract()` would return it. */
function run(text: string, mentions: [string, Extraction['mentions'][number]['kind'], string, string][], relations: [string, string, string][]): PipelineRun {
  const tokens = words(text);
  const detokenised = detokenise(tokens);
  let from = 0;
  const mentionRecords = mentions.map(([phrase, kind, entityType, entity]) => {
    const start = detokenised.text.indexOf(phrase, from);
    from = start + phrase.length;
    return { start, end: start + phrase.length, text: phrase, kind, entityType: entityType as 'PERSON', entity };
  });
  const typeOf = new Map(mentions.map(([, , type, entity]) => [entity, type]));
  return {
    detokenised,
    extraction: {
      id: 's',
      title: '',
      text: detokenised.text,
      dropped: [],
      sentences: [{ start: 0, end: detokenised.text.length }],
      mentions: mentionRecords,
      entities: [...typeOf].map(([id, type]) => ({ id, label: id, entityType: type as 'PERSON', aliases: [], mentions: 1, description: '' })),
      relations: relations.map(([subject, relation, object]) => ({
        subject,
        object,
        label: relation,
        predicate: relation,
        relation: relation as 'works_for',
        confidence: 0.7,
        evidence: [{ sentence: 0, start: 0, end: detokenised.text.length }],
      })),
    },
  };
}

describe('the extractor as a CoNLL04 system', () => {
  const sentence = run(
    'Smith , a member of the Senate , said he met the Acme chairman in Leeds on Monday .',
    [
      ['Smith', 'name', 'PERSON', 'p'],
      ['Senate', 'name', 'ORGANIZATION', 'o'],
      ['he', 'pronoun', 'PERSON', 'p'],
      ['Acme', 'name', 'ORGANIZATION', 'a'],
      ['chairman', 'nominal', 'PERSON', 'c'],
      ['Leeds', 'name', 'LOCATION', 'l'],
      ['Monday', 'name', 'DATE', 'd'],
    ],
    [
      ['p', 'member_of', 'o'],
      ['a', 'based_in', 'l'],
      ['c', 'works_for', 'a'],
      ['p', 'said', 'a'],
      ['p', 'related_to', 'l'],
    ],
  );

  it('takes PERSON, ORGANIZATION and LOCATION names as entities, once per span', () => {
    expect(pipelineMentions([sentence])[0]).toEqual([
      { start: 0, end: 1, entityType: 'PERSON' },
      { start: 6, end: 7, entityType: 'ORGANIZATION' },
      { start: 12, end: 13, entityType: 'ORGANIZATION' },
      { start: 15, end: 16, entityType: 'LOCATION' },
    ]);
  });

  it('pins each relation to its entities\' nearest mentions, names first, and keeps only CoNLL04 relations', () => {
    const relations = pipelineRelations([sentence], DEFAULT_MAPPING).map((r) => [r.relation, r.head.start, r.tail.start]);
    expect(relations).toEqual([
      ['works_for', 0, 6],
      ['based_in', 12, 15],
      ['works_for', 13, 12],
      ['lives_in', 0, 15],
    ]);
    const strict = pipelineRelations([sentence], {
      memberOfAsWorkFor: false,
      representsAsLiveIn: false,
      officeInPlaceAsLiveIn: false,
      memberOfPlaceAsLiveIn: false,
      relatedToPlaceAsLiveIn: false,
    });
    expect(strict.map((r) => r.relation)).toEqual(['based_in', 'works_for']);
  });

  it('maps every name the real extractor finds onto the CoNLL04 tokens that spell it', () => {
    const sentences: Conll04Sentence[] = [
      words("` ` We will not move , ' ' said Maria Lopez , a spokeswoman for Northern Rail in Leeds , West Yorkshire ."),
      words('The Acme Corp. , based in Denver , hired Tom Lee , a former Boeing engineer , last month .'),
    ].map((tokens, id) => ({ id, tokens, entities: [], relations: [] }));
    const runs = runPipeline(sentences, loadModels());
    const mentions = pipelineMentions(runs);
    expect(mentions.flat().length).toBeGreaterThanOrEqual(5);
    mentions.forEach((list, i) => {
      for (const m of list) {
        const written = sentences[i].tokens.slice(m.start, m.end).join(' ');
        const found = runs[i].extraction.mentions.find((r) => r.kind === 'name' && tokenSpan(runs[i].detokenised, r.start, r.end)?.start === m.start);
        expect(written.replace(/ /g, '')).toBe(found?.text.replace(/ /g, ''));
      }
    });
  });
});

describe('CoNLL04 span conventions', () => {
  const sentence = (text: string, entities: [number, number, string][], relations: [number, number, string][] = []): Conll04Sentence => ({
    id: 0,
    tokens: words(text),
    entities: entities.map(([start, end, entityType]) => ({ start, end, entityType: entityType as 'PERSON' })),
    relations: relations.map(([head, tail, relation]) => ({ head, tail, relation: relation as 'lives_in' })),
  });
  const train = [
    sentence('President Kennedy met Sen. Jones .', [[0, 2, 'PERSON'], [4, 5, 'PERSON']]),
    sentence('Mrs. Parks spoke as President Reagan listened .', [[0, 2, 'PERSON'], [4, 6, 'PERSON']]),
    sentence('Sen. Smith and Sen. Brown voted .', [[1, 2, 'PERSON'], [4, 5, 'PERSON']]),
  ];

  it('learns from the training split which titles CoNLL04 counts as part of a name', () => {
    expect([...learnTitleConvention(train)].sort()).toEqual(['mrs', 'president']);
  });

  it('takes those titles into person names and joins a birthplace written "City , State"', () => {
    const test = [
      sentence('Elvis Presley was born in Tupelo , Miss . , said President Bush .', []),
      sentence('Warner , who lives in Ocala , Fla. , met Sen. Jones .', []),
    ];
    const elvis = { start: 0, end: 2, entityType: 'PERSON' as const };
    const tupelo = { start: 5, end: 6, entityType: 'LOCATION' as const };
    // "Miss." as the product reads it covers CoNLL04's "Miss" and the "." after it.
    const miss = { start: 7, end: 9, entityType: 'LOCATION' as const };
    const bush = { start: 12, end: 13, entityType: 'PERSON' as const };
    const ocala = { start: 5, end: 6, entityType: 'LOCATION' as const };
    const fla = { start: 7, end: 8, entityType: 'LOCATION' as const };
    const jones = { start: 11, end: 12, entityType: 'PERSON' as const };
    const output = {
      mentions: [
        [elvis, tupelo, miss, bush],
        [{ start: 0, end: 1, entityType: 'PERSON' as const }, ocala, fla, jones],
      ],
      relations: [
        { sentence: 0, head: elvis, tail: tupelo, relation: 'lives_in' as const, confidence: 0.6 },
        { sentence: 0, head: tupelo, tail: miss, relation: 'located_in' as const, confidence: 0.6 },
        { sentence: 1, head: ocala, tail: fla, relation: 'located_in' as const, confidence: 0.6 },
      ],
    };
    const adapted = applyConventions(test, output, { titles: learnTitleConvention(train), birthplaces: true });
    expect(adapted.mentions[0]).toEqual([elvis, { start: 5, end: 8, entityType: 'LOCATION' }, { start: 11, end: 13, entityType: 'PERSON' }]);
    expect(adapted.mentions[1]).toEqual(output.mentions[1]);
    expect(adapted.relations.map((r) => [r.sentence, r.head.start, r.tail.start, r.tail.end])).toEqual([
      [0, 0, 5, 8],
      [1, 5, 7, 8],
    ]);
    expect(applyConventions(test, output, NO_CONVENTIONS)).toEqual(output);
  });
});
