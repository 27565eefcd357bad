import { describe, expect, it } from 'vitest';
import { loadRelationClassifier, type ClassifiedPair, type RelationArgument } from '../../src/relations/classifier';

// Tokens as wink-nlp splits these sentences (split-off punctuation, "Boston - based", "was n't").
const classifier = loadRelationClassifier();

function mention(tokens: readonly string[], name: string, entityType: RelationArgument['entityType']): RelationArgument {
  const words = name.split(' ');
  const start = tokens.findIndex((_, i) => words.every((w, j) => tokens[i + j] === w));
  if (start < 0) throw new Error(`"${name}" not in sentence`);
  return { start, end: start + words.length, entityType };
}

function relationsOf(tokens: readonly string[], args: readonly RelationArgument[]): string[] {
  const name = (i: number): string => tokens.slice(args[i].start, args[i].end).join(' ');
  return classifier.classify(tokens, args).map((p: ClassifiedPair) => `${p.relation}(${name(p.head)} -> ${name(p.tail)})`);
}

describe('learned relation classifier', () => {
  it('links a spokesman to the company he speaks for', () => {
    const tokens = ['John', 'Smith', ',', 'a', 'spokesman', 'for', 'Acme', 'Corp', ',', 'said', 'the', 'company', 'would', 'appeal', '.'];
    const args = [mention(tokens, 'John Smith', 'PERSON'), mention(tokens, 'Acme Corp', 'ORGANIZATION')];
    expect(relationsOf(tokens, args)).toEqual(['works_for(John Smith -> Acme Corp)']);
  });

  it('places an organisation described as based somewhere', () => {
    const tokens = ['Acme', ',', 'based', 'in', 'Boston', ',', 'makes', 'widgets', 'for', 'hospitals', '.'];
    const args = [mention(tokens, 'Acme', 'ORGANIZATION'), mention(tokens, 'Boston', 'LOCATION')];
    expect(relationsOf(tokens, args)).toEqual(['based_in(Acme -> Boston)']);
  });

  it('gets the direction of a killing right and does not report it both ways', () => {
    const tokens = ['Oswald', 'killed', 'Kennedy', 'in', 'Dallas', 'in', '1963', '.'];
    const args = [mention(tokens, 'Oswald', 'PERSON'), mention(tokens, 'Kennedy', 'PERSON'), mention(tokens, 'Dallas', 'LOCATION')];
    const found = relationsOf(tokens, args);
    expect(found).toContain('killed(Oswald -> Kennedy)');
    expect(found).not.toContain('killed(Kennedy -> Oswald)');
  });

  it('reads a title before a name and a "city, county" pair', () => {
    const police = ['Chief', 'Superintendent', 'Jason', 'Harwin', 'of', 'South', 'Yorkshire', 'Police', 'said', 'officers', 'would', 'meet', 'community', 'leaders', '.'];
    expect(relationsOf(police, [mention(police, 'Jason Harwin', 'PERSON'), mention(police, 'South Yorkshire Police', 'ORGANIZATION')])).toEqual([
      'works_for(Jason Harwin -> South Yorkshire Police)',
    ]);
    const museum = ['The', 'museum', 'is', 'in', 'Sheffield', ',', 'South', 'Yorkshire', '.'];
    expect(relationsOf(museum, [mention(museum, 'Sheffield', 'LOCATION'), mention(museum, 'South Yorkshire', 'LOCATION')])).toEqual([
      'located_in(Sheffield -> South Yorkshire)',
    ]);
  });

  it('finds two relations of one person in a relative clause and an appositive', () => {
    const tokens = ['Jane', 'Doe', ',', 'who', 'lives', 'in', 'Leeds', ',', 'is', 'the', 'chief', 'executive', 'of', 'Northern', 'Rail', '.'];
    const args = [mention(tokens, 'Jane Doe', 'PERSON'), mention(tokens, 'Leeds', 'LOCATION'), mention(tokens, 'Northern Rail', 'ORGANIZATION')];
    const found = relationsOf(tokens, args);
    expect(found).toContain('lives_in(Jane Doe -> Leeds)');
    expect(found).toContain('works_for(Jane Doe -> Northern Rail)');
  });

  it('does not link a person to a company that is merely mentioned in the same sentence', () => {
    const flight = ['Mary', 'Jones', 'flew', 'to', 'Madrid', 'on', 'Tuesday', ',', 'a', 'day', 'after', 'Vodafone', 'reported', 'higher', 'profits', '.'];
    const args = [mention(flight, 'Mary Jones', 'PERSON'), mention(flight, 'Madrid', 'LOCATION'), mention(flight, 'Vodafone', 'ORGANIZATION')];
    expect(relationsOf(flight, args).filter((r) => r.includes('Vodafone'))).toEqual([]);
    const shares = ['Shares', 'in', 'Barclays', 'fell', 'after', 'Peter', 'Brown', ',', 'a', 'retired', 'teacher', ',', 'won', 'the', 'lottery', '.'];
    expect(relationsOf(shares, [mention(shares, 'Barclays', 'ORGANIZATION'), mention(shares, 'Peter Brown', 'PERSON')])).toEqual([]);
  });

  it('treats CoNLL04-style `` quotes and _ dashes like straight quotes and dashes', () => {
    const straight = ['"', 'We', 'will', 'appeal', ',', '"', 'said', 'John', 'Smith', ',', 'a', 'spokesman', 'for', 'Acme', 'Corp', '—', 'not', 'for', 'the', 'first', 'time', '.'];
    const conll = straight.map((t) => (t === '"' ? '`' : t === '—' ? '_' : t));
    const args = [mention(straight, 'John Smith', 'PERSON'), mention(straight, 'Acme Corp', 'ORGANIZATION')];
    expect(classifier.classify(conll, args)).toEqual(classifier.classify(straight, args));
    expect(relationsOf(straight, args)).toEqual(['works_for(John Smith -> Acme Corp)']);
  });

  it('only proposes relations whose argument types fit, and never between overlapping mentions', () => {
    const tokens = ['The', 'Boston', 'Globe', ',', 'based', 'in', 'Boston', ',', 'said', 'Muslims', 'in', 'Boston', 'marched', '.'];
    const args: RelationArgument[] = [
      { start: 1, end: 3, entityType: 'ORGANIZATION' },
      { start: 1, end: 2, entityType: 'LOCATION' },
      { start: 6, end: 7, entityType: 'LOCATION' },
      { start: 9, end: 10, entityType: 'GROUP' },
      { start: 11, end: 12, entityType: 'LOCATION' },
    ];
    const pairs = classifier.classify(tokens, args);
    expect(pairs).toContainEqual(expect.objectContaining({ head: 0, tail: 2, relation: 'based_in' }));
    for (const pair of pairs) {
      expect([pair.head, pair.tail]).not.toContain(3);
      expect([pair.head, pair.tail].sort()).not.toEqual([0, 1]);
      expect(pair.confidence).toBeGreaterThanOrEqual(0);
      expect(pair.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('ranks a stated relation above a weak co-occurrence', () => {
    const stated = ['Acme', ',', 'based', 'in', 'Boston', ',', 'makes', 'widgets', 'for', 'hospitals', '.'];
    const weak = ['Smith', 'visited', 'Paris', 'last', 'week', ',', 'where', 'Acme', 'plans', 'to', 'open', 'a', 'new', 'store', 'next', 'year', '.'];
    const strong = classifier.classify(stated, [mention(stated, 'Acme', 'ORGANIZATION'), mention(stated, 'Boston', 'LOCATION')]);
    const loose = classifier.classify(weak, [mention(weak, 'Smith', 'PERSON'), mention(weak, 'Acme', 'ORGANIZATION')]);
    expect(strong[0].confidence).toBeGreaterThan(Math.max(0, ...loose.map((p) => p.confidence)) + 0.2);
  });
});

describe('relation model file', () => {
  it('refuses a file that is not a relation model instead of classifying with garbage', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { gzipSync } = await import('node:zlib');
    const dir = mkdtempSync(join(tmpdir(), 'rel-model-'));
    writeFileSync(join(dir, 'model.bin.gz'), gzipSync(Buffer.from('{"not": "a model"}')));
    expect(() => loadRelationClassifier(dir)).toThrow(/relation model/);
  });
});
