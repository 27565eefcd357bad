import { describe, expect, it } from 'vitest';
import { countryOfDemonym } from '../../src/relations/demonyms';
import { relationsOf } from '../helpers/annotated';

describe('nationality adjectives', () => {
  it('finds the named country a nationality belongs to, regular or irregular', () => {
    const places = ['Tel Aviv', 'Israel', 'Austria', 'Australia', 'Italy', 'China', 'France', 'US'];
    expect(countryOfDemonym('Israeli', places)).toBe(1);
    expect(countryOfDemonym('Austrian', places)).toBe(2);
    expect(countryOfDemonym('Australian', places)).toBe(3);
    expect(countryOfDemonym('Italian', places)).toBe(4);
    expect(countryOfDemonym('Chinese', places)).toBe(5);
    expect(countryOfDemonym('French', places)).toBe(6);
    expect(countryOfDemonym('American', places)).toBe(7);
    expect(countryOfDemonym('German', places)).toBeUndefined();
  });

  it('locates "the Israeli city of Tel Aviv" in Israel only when the article names Israel', () => {
    expect(
      relationsOf('{Israel|LOCATION} blamed {Syria|LOCATION}. The attack in the {Israeli|GROUP} city of {Tel Aviv|LOCATION} killed five people.'),
    ).toContain('Tel Aviv -[located in]-> Israel');
    expect(relationsOf('The attack in the {Israeli|GROUP} city of {Tel Aviv|LOCATION} killed five people.')).toEqual([]);
  });
});
