import { describe, expect, it } from 'vitest';
import { findMentions, type Mention } from '../../src/mentions/mentions';
import { recognised } from '../helpers/annotated';

function mentions(marked: string): Mention[] {
  const { segmented, spans } = recognised(marked);
  return findMentions(segmented, spans);
}

const names = (list: Mention[]): string[] => list.filter((m) => m.kind === 'name').map((m) => `${m.text}/${m.entityType}`);

describe('mentions', () => {
  it('splits titles off people and keeps them, expanded, for the description', () => {
    const [harwin] = mentions('{Force Ch Supt Jason Harwin|PERSON} said he was "surprised".').filter((m) => m.entityType === 'PERSON');
    expect(harwin.text).toBe('Jason Harwin');
    expect(harwin.title).toBe('Chief Superintendent');
    const [greenspan] = mentions('On Friday {Mr Greenspan|PERSON} spoke.').filter((m) => m.kind === 'name' && m.entityType === 'PERSON');
    expect(greenspan).toMatchObject({ text: 'Greenspan', title: 'Mr', gender: 'male' });
    // The recogniser took the whole for an organisation; the titled person at its end is still a person.
    expect(names(mentions('The law was upheld, {Virginia State Attorney General Jerry Kilgore|ORGANIZATION} said.'))).toEqual([
      'Virginia State/ORGANIZATION',
      'Jerry Kilgore/PERSON',
    ]);
    expect(names(mentions('Shares in {Army General Staff|ORGANIZATION} rose.'))).toEqual(['Army General Staff/ORGANIZATION']);
    // A role in capitals is no organisation: "a former CEO at Santander".
    expect(names(mentions('{Corcostegui|PERSON}, a former {CEO|ORGANIZATION} at {Santander|ORGANIZATION}, asked.'))).toEqual([
      'Corcostegui/PERSON',
      'Santander/ORGANIZATION',
    ]);
  });

  it('links an acronym in brackets to the name before it', () => {
    const found = mentions('{Rotherham Muslim Community Forum Alliance|ORGANIZATION} (RMCFA) announced a boycott.');
    const acronym = found.find((m) => m.text === 'RMCFA');
    expect(acronym?.entityType).toBe('ORGANIZATION');
    expect(acronym?.expansion?.text).toBe('Rotherham Muslim Community Forum Alliance');
  });

  it('finds nominal references, third-person pronouns, and first-person ones only inside quotations', () => {
    const found = mentions('Police are seeking talks over a boycott of the force. "We need to talk," he said of the group.');
    expect(found.filter((m) => m.kind === 'nominal').map((m) => m.text)).toEqual(['Police', 'the force', 'the group']);
    expect(found.filter((m) => m.kind === 'pronoun').map((m) => m.text)).toEqual(['We', 'he']);
  });

  it('separates a place from the group written with it, and widens groups to their community', () => {
    expect(names(mentions('{Rotherham Muslims|ORGANIZATION} felt demonised.'))).toEqual(['Rotherham/LOCATION', 'Muslims/GROUP']);
    expect(names(mentions('Leaders of the {Muslim|GROUP} community met.'))).toEqual(['Muslim community/GROUP']);
  });

  it('types a name ending in a document noun as a work, and an organisation designator as an organisation', () => {
    expect(names(mentions('The {Jay Report|PERSON} was published.'))).toEqual(['Jay Report/WORK']);
    expect(names(mentions('The 2014 {Jay|PERSON} report said so.'))).toContain('Jay report/WORK');
    expect(names(mentions('{Menatep Group|PERSON} says it will sue.'))).toEqual(['Menatep Group/ORGANIZATION']);
  });

  it('types one word naming a doctrine or a fear as a concept, not a place', () => {
    expect(names(mentions('They said {Islamophobia|LOCATION} was at unprecedented levels in {Leeds|LOCATION}.'))).toEqual(['Islamophobia/OTHER', 'Leeds/LOCATION']);
    expect(names(mentions('The {Prevention of Terrorism Act|ORGANIZATION} was passed.'))).toEqual(['Prevention of Terrorism Act/ORGANIZATION']);
  });

  it('takes a small number after a name into it, but not a score or a count', () => {
    expect(names(mentions('He told {BBC Radio|ORGANIZATION} 4 that {PlayStation|ORGANIZATION} 2 sold well in {Japan|LOCATION}.'))).toEqual([
      'BBC Radio 4/ORGANIZATION',
      'PlayStation 2/ORGANIZATION',
      'Japan/LOCATION',
    ]);
    const bodies = (marked: string) => names(mentions(marked)).filter((name) => name.endsWith('/ORGANIZATION'));
    expect(bodies('{Arsenal|ORGANIZATION} 2 {Chelsea|ORGANIZATION} 1.')).toEqual(['Arsenal/ORGANIZATION', 'Chelsea/ORGANIZATION']);
    expect(bodies('{Wigan|ORGANIZATION} 12 points clear after beating {Leeds|ORGANIZATION} 3-1.')).toEqual(['Wigan/ORGANIZATION', 'Leeds/ORGANIZATION']);
  });

  it('keeps lower-case words, lone titles and stray punctuation out of names', () => {
    expect(names(mentions('After {worse-than-expected US|LOCATION} jobs data, {Ch|ORGANIZATION} Supt {Harwin|PERSON} spoke.'))).toEqual([
      'US/LOCATION',
      'Harwin/PERSON',
    ]);
  });

  it('finds the place inside "X-based" and names the recogniser found elsewhere', () => {
    const found = mentions('{Nintendo DS|WORK} sales rose. The DS was made by a Kyoto-based firm.');
    expect(names(found)).toEqual(['Nintendo DS/WORK', 'DS/WORK', 'Kyoto/LOCATION']);
    const kyoto = found.find((m) => m.text === 'Kyoto');
    expect(kyoto?.prefix).toBe('based');
  });

  it('marks dates and quantities', () => {
    const found = mentions('On 2 February the Fed raised rates; 1,400 children and $9.3bn were involved in 2014.');
    expect(found.filter((m) => m.entityType === 'DATE').map((m) => m.text)).toEqual(['2 February', '2014']);
    expect(found.filter((m) => m.entityType === 'QUANTITY').map((m) => m.text)).toEqual(['1,400', '$9.3bn']);
  });

  it('knows which words are inside quotation marks', () => {
    const found = mentions('It said: "the report cannot be used by it".');
    const pronouns = found.filter((m) => m.kind === 'pronoun');
    expect(pronouns.map((m) => m.quoted)).toEqual([false, true]);
  });
});
