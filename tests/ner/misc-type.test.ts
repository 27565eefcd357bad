import { describe, expect, it } from 'vitest';
import { miscType } from '../../src/ner/misc-type';

const type = (name: string) => miscType(name.split(' '));

describe('MISC split', () => {
  it('types nationalities, demonyms and faiths as GROUP', () => {
    for (const name of ['German', 'Muslims', 'Pakistani', 'British', 'Chinese', 'French', 'Israelis', 'Bosnian Serbs', 'Sikh', 'Catholics']) {
      expect(type(name), name).toBe('GROUP');
    }
  });

  it('types competitions, wars and summits as EVENT', () => {
    for (const name of ['World Cup', 'Six Nations', 'Olympics', 'Australian Open', 'Gulf War', 'G8 Summit', 'Euro 96', 'Tour de France']) {
      expect(type(name), name).toBe('EVENT');
    }
  });

  it('types laws, reports and products as WORK', () => {
    for (const name of ['Freedom of Information Act', 'Kyoto Protocol', 'Human Rights Act', 'Xbox 360', 'PlayStation 2']) {
      expect(type(name), name).toBe('WORK');
    }
  });

  it('falls back to OTHER when the words do not say', () => {
    expect(type('Eurodollar')).toBe('OTHER');
    expect(type('Nobel')).toBe('OTHER');
  });
});
