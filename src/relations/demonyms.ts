import type { Argument, SentenceContext } from './context';

/**
 * Which country a nationality adjective belongs to: "Israeli" → Israel, "Italian" → Italy, "French" →
 * France. Regular forms by their suffix, the rest from a short list of irregular ones. Only places the
 * article itself names are candidates, so a rule never invents a country.
 */

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  french: ['france'], spanish: ['spain'], british: ['britain', 'uk', 'united kingdom', 'great britain'],
  english: ['england'], scottish: ['scotland'], welsh: ['wales'], irish: ['ireland'], dutch: ['netherlands', 'holland'],
  swiss: ['switzerland'], greek: ['greece'], danish: ['denmark'], swedish: ['sweden'], finnish: ['finland'],
  polish: ['poland'], turkish: ['turkey'], portuguese: ['portugal'], thai: ['thailand'], filipino: ['philippines'],
  american: ['america', 'us', 'usa', 'united states'], afghan: ['afghanistan'], argentine: ['argentina'],
  norwegian: ['norway'], belgian: ['belgium'], peruvian: ['peru'], icelandic: ['iceland'], cypriot: ['cyprus'],
};

/** Country names a regular demonym may come from: "israeli" → israel, "austrian" → austria, "chinese" → china. */
function regularForms(demonym: string): string[] {
  const forms: string[] = [];
  if (demonym.endsWith('i')) forms.push(demonym.slice(0, -1));
  if (demonym.endsWith('n')) forms.push(demonym.slice(0, -1));
  if (demonym.endsWith('ian')) {
    const stem = demonym.slice(0, -3);
    forms.push(stem, `${stem}ia`, `${stem}y`, `${stem}a`);
  }
  if (demonym.endsWith('ese')) {
    const stem = demonym.slice(0, -3);
    forms.push(stem, `${stem}a`);
  }
  return forms;
}

/** The index of the place among `places` (labels) that `demonym` names the people of, if exactly one does. */
export function countryOfDemonym(demonym: string, places: readonly string[]): number | undefined {
  const word = demonym.toLowerCase();
  const forms = new Set([...(IRREGULAR[word] ?? []), ...regularForms(word)]);
  const matches = places.flatMap((place, index) => (forms.has(place.toLowerCase()) ? [index] : []));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The country a one-word nationality names ("Israeli" → Israel), as an argument standing where the word does. */
export function countryArgument(context: SentenceContext, nationality: Argument | undefined): Argument | undefined {
  if (!nationality || nationality.end - nationality.first !== 1) return undefined;
  const places = context.entities.map((entity) => (entity.entityType === 'LOCATION' ? entity.label : ''));
  const country = countryOfDemonym(context.tokens[nationality.first].text, places);
  return country === undefined ? undefined : { ...nationality, entity: country, entityType: 'LOCATION' };
}
