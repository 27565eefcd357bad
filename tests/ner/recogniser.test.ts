import { describe, expect, it } from 'vitest';
import { loadNerModel, type NerSpan } from '../../src/ner/index';

/** Splits a pre-tokenised sentence (tokens separated by single spaces, as wink-nlp cuts them). */
const tok = (sentence: string): string[] => sentence.split(' ');

/** The spans of one sentence as "text/TYPE" strings, in order. */
function names(tokens: readonly string[], spans: readonly NerSpan[]): string[] {
  return spans.map((s) => `${tokens.slice(s.start, s.end).join(' ')}/${s.type}`);
}

describe('shipped NER model', () => {
  const model = loadNerModel();

  it('loads once and is cached', () => {
    expect(loadNerModel()).toBe(model);
  });

  it('finds people, organisations and places with exact spans in BBC-style news', () => {
    const doc = [
      tok('Force Ch Supt Jason Harwin said he was surprised .'),
      tok('Rotherham Muslim Community Forum Alliance ( RMCFA ) announced the boycott on Monday .'),
      tok('Labour MP Sarah Champion said the decision by South Yorkshire Police was wrong .'),
      tok('Microsoft chairman Bill Gates flew to Paris on Tuesday .'),
    ];
    const spans = model.recognise(doc);
    expect(names(doc[0], spans[0])).toEqual(['Jason Harwin/PERSON']);
    expect(names(doc[1], spans[1])).toEqual(['Rotherham Muslim Community Forum Alliance/ORGANIZATION', 'RMCFA/ORGANIZATION']);
    expect(names(doc[2], spans[2])).toEqual(['Labour/ORGANIZATION', 'Sarah Champion/PERSON', 'South Yorkshire Police/ORGANIZATION']);
    expect(names(doc[3], spans[3])).toEqual(['Microsoft/ORGANIZATION', 'Bill Gates/PERSON', 'Paris/LOCATION']);
  });

  it('leaves courtesy titles outside a person and recognises a surname used alone later', () => {
    const doc = [tok('Chief Constable David Crompton spoke to reporters .'), tok('Mr Crompton said the force would listen .')];
    const spans = model.recognise(doc);
    expect(names(doc[1], spans[1])).toEqual(['Crompton/PERSON']);
  });

  it('reads an English town after "in" as a place, though newswire results tables list it as a club', () => {
    const doc = [
      tok('The report said 1,400 children suffered sexual exploitation in Rotherham between 1997 and 2013 .'),
      tok('About 200 people attended a vigil in Barnsley on Sunday evening .'),
      tok('The firm will open a new distribution centre in Grimsby next year , creating 300 jobs .'),
    ];
    const spans = model.recognise(doc);
    expect(names(doc[0], spans[0])).toEqual(['Rotherham/LOCATION']);
    expect(names(doc[1], spans[1])).toEqual(['Barnsley/LOCATION']);
    expect(names(doc[2], spans[2])).toEqual(['Grimsby/LOCATION']);
  });

  it('keeps a town a place when the article also names an organisation after it', () => {
    const doc = [tok('Doncaster Council said it was working with police .'), tok('Residents in Doncaster had complained about the noise for months .')];
    const spans = model.recognise(doc);
    expect(names(doc[0], spans[0])).toEqual(['Doncaster Council/ORGANIZATION']);
    expect(names(doc[1], spans[1])).toEqual(['Doncaster/LOCATION']);
  });

  it('never makes a name of the pronoun I', () => {
    const doc = [tok('" I have told John I will be around for the next European tournament , by then I will be 35 so hopefully I will still be okay .')];
    const [spans] = model.recognise(doc);
    expect(names(doc[0], spans).filter((name) => name.startsWith('I/'))).toEqual([]);
  });

  it('finds nothing in lower-case text and plain numbers', () => {
    const doc = [
      tok('the police said the man was arrested on suspicion of assault and released on bail .'),
      tok('prices rose by 3 % to 1,400 in the three months to december'),
    ];
    expect(model.recognise(doc)).toEqual([[], []]);
  });

  it('types nationalities and faiths as groups and competitions as events', () => {
    const doc = [tok('German and Pakistani fans joined Muslims outside the stadium .'), tok('England won the World Cup in Sydney .')];
    const spans = model.recognise(doc);
    expect(names(doc[0], spans[0])).toEqual(['German/GROUP', 'Pakistani/GROUP', 'Muslims/GROUP']);
    expect(names(doc[1], spans[1])).toContain('World Cup/EVENT');
  });

  it('returns one list per sentence with sorted, non-overlapping spans and confidences in 0..1', () => {
    const doc = [tok('Police seek talks following boycott'), [], tok('Rotherham MP Sarah Champion said a boycott was not the right way forward')];
    const spans = model.recognise(doc);
    expect(spans).toHaveLength(3);
    expect(spans[1]).toEqual([]);
    for (const sentence of spans) {
      let last = 0;
      for (const s of sentence) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.confidence).toBeGreaterThanOrEqual(0);
        expect(s.confidence).toBeLessThanOrEqual(1);
        last = s.end;
      }
    }
  });
});
