import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../src/entities/entities';
import { findMentions } from '../../src/mentions/mentions';
import { extract } from '../../src/pipeline';
import { relate, sentenceContexts, type RelationRule, type SentenceContext } from '../../src/relations/context';
import { likeliestStatement, linkCandidates, linkRule, loadLinkModel, scoreReadings, statementOf } from '../../src/relations/links';
import { readingProbabilities, trainLinks } from '../../src/relations/links/train';
import { hashString } from '../../src/relations/classifier/hash';
import { modelFromWeights, scoreOfKeys } from '../../src/relations/classifier/model';
import { annotated, recognised } from '../helpers/annotated';

/** The first sentence's context of a marked text, and a reading's "Subject -[label]-> Object". */
function firstContext(marked: string): SentenceContext {
  const { segmented, spans } = recognised(marked);
  const mentions = findMentions(segmented, spans);
  const resolution = resolveEntities(segmented, mentions);
  return sentenceContexts(segmented, mentions, resolution.entityOfMention, resolution.entities, resolution.partnersOfMention)[0];
}

function readingsOf(marked: string): string[] {
  const context = firstContext(marked);
  const a = context.args[0];
  const b = context.args.find((arg) => arg.entity !== a.entity)!;
  const name = (arg: typeof a) => context.entities[arg.entity].label;
  return linkCandidates(context, a, b).map((c) => `${name(c.subject)} -[${c.label}]-> ${name(c.object)}`);
}

describe('link readings', () => {
  it('offers each nearby word as the link, in both directions, keeping voice and the preposition that belongs to it', () => {
    const readings = readingsOf('{Martin Mubanga|PERSON} was originally detained in {Zambia|LOCATION} before his transfer.');
    expect(readings).toEqual(expect.arrayContaining(['Martin Mubanga -[is detained in]-> Zambia', 'Zambia -[is detained in]-> Martin Mubanga', 'Martin Mubanga -[in]-> Zambia']));
    expect(readings).not.toContain('Martin Mubanga -[was]-> Zambia');
  });

  it('reads a passive with its agent in the active voice, as the patterns write it', () => {
    const readings = readingsOf('The spammer {Jeremy Jaynes|PERSON} was accused by {AOL|ORGANIZATION} of flooding its network.');
    expect(readings).toContain('AOL -[accuses]-> Jeremy Jaynes');
    expect(readings.some((reading) => reading.includes('is accused by'))).toBe(false);
  });

  it('carries the words up to the next name into the label, without its determiner', () => {
    const readings = readingsOf('Mr {Viotti|PERSON} established himself as chief conductor of the {Turin Opera|ORGANIZATION} in 1990.');
    expect(readings).toEqual(expect.arrayContaining(['Viotti -[chief conductor of]-> Turin Opera', 'Viotti -[conductor]-> Turin Opera']));
    expect(readings.some((reading) => reading.includes('of the]'))).toBe(false);
  });
});

describe('link statements', () => {
  it('sums the readings that say the same thing through different words, told by the likeliest of them', () => {
    const context = firstContext('{Sergei Kiriyenko|PERSON} said {Gazprom|ORGANIZATION} would appeal, and said so again.');
    const [a, b] = context.args;
    const candidates = linkCandidates(context, a, b);
    const says = candidates.flatMap((c, i) => (c.subject === a && c.label === 'says' ? [i] : []));
    const other = candidates.findIndex((c) => c.label !== 'says');
    expect(says).toHaveLength(2);
    const probabilities = candidates.map(() => 0);
    [probabilities[says[0]], probabilities[says[1]], probabilities[other]] = [0.06, 0.07, 0.09];
    const best = likeliestStatement(candidates.map((c) => statementOf(c.subject.entity, c.label)), probabilities);
    // "says" twice (0.13) outweighs the single likeliest reading (0.09), and is told by its own likeliest.
    expect(best?.index).toBe(says[1]);
    expect(best?.probability).toBeCloseTo(0.13);
  });
});

describe('link rule', () => {
  it('gives each pair of mentions its own statement, so a name and a pronoun of it may link differently', () => {
    const context = firstContext('{Gordon Brown|PERSON} said he would back {Tony Blair|PERSON} again.');
    expect(context.args.map((arg) => arg.mention.text)).toEqual(['Gordon Brown', 'he', 'Tony Blair']);
    // A model that has learned nothing finds every reading as likely as "not related": all pass a zero threshold.
    const relations = linkRule(modelFromWeights(0, new Map())).apply(context, new Set());
    expect(relations).toHaveLength(2);
    expect(new Set(relations.map((relation) => [relation.subject, relation.object].sort().join('-'))).size).toBe(1);
  });
});

describe('link model training', () => {
  const pair = (right: string | undefined, words: string[]) => ({
    shared: ['bias'],
    readings: words.map((word) => ({ features: [`l:${word}`], right: word === right })),
  });

  it('learns which reading annotators take, and when they take none', () => {
    const pairs = [...Array.from({ length: 20 }, () => pair('beat', ['beat', 'week', 'final'])), ...Array.from({ length: 20 }, () => pair(undefined, ['attend', 'meeting']))];
    const model = modelFromWeights(0.5, trainLinks(pairs));
    const score = (words: string[]) => readingProbabilities(words.map((word) => scoreOfKeys(model, ['bias', `l:${word}`].map(hashString))));
    const beat = score(['final', 'beat', 'week']);
    expect(beat.indexOf(Math.max(...beat))).toBe(1);
    const meeting = score(['attend', 'meeting']);
    // The last probability is "not related": it must win for a pair like those annotators never linked.
    expect(meeting.indexOf(Math.max(...meeting))).toBe(meeting.length - 1);
  });
});

describe('the shipped linker', () => {
  const model = loadLinkModel();
  const edges = (marked: string, withLinks: boolean) => {
    const { text, ner } = annotated(marked);
    const extraction = extract({ id: 'test', title: '', text }, withLinks ? { ner, links: model } : { ner });
    const label = new Map(extraction.entities.map((entity) => [entity.id, entity.label]));
    return extraction.relations.map((r) => ({ text: `${label.get(r.subject)} -[${r.label}]-> ${label.get(r.object)}`, confidence: r.confidence }));
  };

  it('adds edges only between pairs the patterns left untied, less confident than any pattern edge', () => {
    const marked =
      '{Denzel Washington|PERSON}, who starred in {Training Day|WORK}, will be given an honorary award. {Tony Roche|PERSON} beat {Ken Rosewall|PERSON} in the final. Last week, {MCI|ORGANIZATION} agreed to a buyout by {Verizon|ORGANIZATION}.';
    const patterns = edges(marked, false);
    const all = edges(marked, true);
    const added = all.filter((edge) => !patterns.some((p) => p.text === edge.text));
    // Which of two right readings wins ("buyout by", "agrees to a buyout by") may change when the model is retrained.
    expect(added.map((edge) => edge.text)).toEqual(['Denzel Washington -[starred in]-> Training Day', expect.stringMatching(/^MCI -\[(agrees to a )?buyout by\]-> Verizon$/)]);
    expect(added.every((edge) => edge.confidence < 0.5)).toBe(true);
    // "beats" is a pattern's edge: the linker never adds a second reading of that pair.
    expect(all.filter((edge) => edge.text.startsWith('Tony Roche') || edge.text.startsWith('Ken Rosewall')).map((edge) => edge.text)).toEqual(['Tony Roche -[beats]-> Ken Rosewall']);
  });

  it('still says how a pair is linked when a rule that leaves pairs open (the CoNLL04 classifier) tied it', () => {
    const { text, ner } = annotated('Last week, {MCI|ORGANIZATION} agreed to a buyout by {Verizon|ORGANIZATION}.');
    const tie = (leavesOpen: boolean): RelationRule => ({
      name: 'tie',
      leavesOpen,
      apply: (context) => relate(context, context.args[0], context.args[1], { label: 'based in', predicate: 'base in', relation: 'based_in', confidence: 0.3, rule: 'tie' }),
    });
    const labels = (leavesOpen: boolean) => extract({ id: 'test', title: '', text }, { ner }, [tie(leavesOpen), linkRule(model)]).relations.map((r) => r.label);
    expect(labels(false)).toEqual(['based in']);
    expect(labels(true)).toEqual(['based in', expect.stringMatching(/buyout by$/)]);
  });

  it('scores every reading of a pair, the chance that they are unrelated taking the rest', () => {
    const context = firstContext('{Joss Stone|PERSON} thanked {Amy Winehouse|PERSON} at the ceremony.');
    const scored = scoreReadings(model, context, context.args[0], context.args[1]);
    const total = scored.reduce((sum, s) => sum + s.probability, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(1);
  });
});
