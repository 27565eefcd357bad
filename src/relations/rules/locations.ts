import { argEndingAt, argStartingAt, relate, type Argument, type Relation, type RelationRule, type SentenceContext } from '../context';
import { countryArgument } from '../demonyms';

/** What "X in Y" means for each kind of X, when Y is a place. */
function placement(arg: Argument): { label: string; predicate: string; relation: 'based_in' | 'located_in' } | undefined {
  switch (arg.entityType) {
    case 'ORGANIZATION':
      return { label: 'based in', predicate: 'base in', relation: 'based_in' };
    case 'LOCATION':
    case 'GROUP':
      return { label: 'located in', predicate: 'locate in', relation: 'located_in' };
    default:
      return undefined;
  }
}

/**
 * "the Civic Centre in Bolton", "Bank of America in New York", "Perugia, Italy": a place or body
 * placed in a place. Only where the phrase hangs on the noun: after a verb ("beat England in Paris")
 * "in" tells where something happened, not where X is.
 */
export const locationRule: RelationRule = {
  name: 'location',
  apply(context: SentenceContext): Relation[] {
    const { tokens } = context;
    const relations: Relation[] = [];
    for (const arg of context.args) {
      if (arg.mention.kind !== 'name') continue;
      const kind = placement(arg);
      if (!kind) continue;
      const before = tokens[arg.first - 1];
      if (before && before.sentence === context.sentenceIndex && (before.pos === 'VERB' || before.pos === 'AUX')) continue;
      // "their friendly against Spain in Madrid": a place after a preposition is where something happened.
      if (arg.entityType === 'LOCATION' && before?.sentence === context.sentenceIndex && before.pos === 'ADP' && !['at', 'of'].includes(before.normal)) continue;
      const next = tokens[arg.end];
      if (next?.normal === 'in') {
        const place = argStartingAt(context, arg.end + 1);
        if (place?.entityType === 'LOCATION' && place.mention.kind === 'name') {
          relations.push(...relate(context, arg, place, { ...kind, confidence: 0.7, rule: this.name }));
        }
      } else if (next?.text === ',' && arg.entityType === 'LOCATION') {
        const place = argStartingAt(context, arg.end + 1);
        const after = tokens[place ? place.end : -1];
        // "Perugia, Italy" ends there; "Paris, London and Rome" is a list, not a placement.
        const closes = !after || after.sentence !== context.sentenceIndex || /^[,.;:)"]$/.test(after.text);
        const list = after && (after.normal === 'and' || after.normal === 'or' || (after.text === ',' && argStartingAt(context, place!.end + 1)));
        if (place?.entityType === 'LOCATION' && place.mention.kind === 'name' && closes && !list) {
          relations.push(...relate(context, arg, place, { ...kind, confidence: 0.65, rule: this.name }));
        }
      }
    }
    return relations;
  },
};

/** Kinds of place a nationality can locate: "the Israeli city of Tel Aviv", "the Spanish island of Majorca". */
const PLACE_KINDS = new Set(['city', 'town', 'village', 'capital', 'region', 'province', 'state', 'port', 'island', 'resort', 'enclave', 'territory', 'county', 'district']);

/** "the Israeli city of Tel Aviv": the place is located in the country whose people the adjective names. */
export const nationalPlaceRule: RelationRule = {
  name: 'national-place',
  apply(context: SentenceContext): Relation[] {
    const { tokens } = context;
    const relations: Relation[] = [];
    for (const place of context.args) {
      if (place.entityType !== 'LOCATION' || place.mention.kind !== 'name') continue;
      if (tokens[place.first - 1]?.normal !== 'of' || !PLACE_KINDS.has(tokens[place.first - 2]?.normal ?? '')) continue;
      const country = countryArgument(context, argEndingAt(context, place.first - 2));
      if (!country || country.entity === place.entity) continue;
      relations.push(...relate(context, place, country, { label: 'located in', predicate: 'locate in', relation: 'located_in', confidence: 0.7, rule: this.name }));
    }
    return relations;
  },
};

/** Kinds of body a place or nationality can qualify: "US phone company MCI", "Russian oil giant Yukos". */
const BODY_KINDS = new Set([
  'company', 'firm', 'giant', 'group', 'maker', 'carmaker', 'manufacturer', 'retailer', 'supermarket', 'chain',
  'bank', 'lender', 'insurer', 'airline', 'carrier', 'operator', 'publisher', 'broadcaster', 'network', 'newspaper',
  'publication', 'magazine', 'conglomerate', 'brewer', 'producer', 'exporter', 'importer', 'watchdog', 'regulator',
  'club', 'side', 'outfit', 'studio', 'label', 'agency',
]);
/** How many words may describe the body between the place and its kind ("US long-distance phone firm"). */
const MAX_KIND_WORDS = 4;

/** The place a description of a body names: "US" or "Russian" in "US phone company", "Russian oil giant". */
function placeOfKind(context: SentenceContext, kindEnd: number): Argument | undefined {
  const { tokens } = context;
  if (!BODY_KINDS.has(tokens[kindEnd - 1]?.normal ?? '')) return undefined;
  let i = kindEnd - 1;
  while (i > context.sentence.firstToken && kindEnd - i <= MAX_KIND_WORDS && !context.argAt.has(i - 1) && ['ADJ', 'NOUN'].includes(tokens[i - 1].pos) && /^\p{Ll}/u.test(tokens[i - 1].text)) i--;
  const place = argEndingAt(context, i);
  if (place?.entityType === 'LOCATION' && place.mention.kind === 'name') return place;
  return countryArgument(context, place?.entityType === 'GROUP' ? place : undefined);
}

/**
 * "US phone company MCI", "MCI, the second-largest US long-distance phone firm": a body described by a
 * place and its kind is based there.
 */
export const homeRule: RelationRule = {
  name: 'home',
  apply(context: SentenceContext): Relation[] {
    const { tokens, sentence } = context;
    const relations: Relation[] = [];
    for (const body of context.args) {
      if (body.entityType !== 'ORGANIZATION' || body.mention.kind !== 'name') continue;
      let place = placeOfKind(context, body.first);
      // The description in apposition: "MCI, the second-largest US long-distance phone firm,".
      if (!place && tokens[body.end]?.text === ',') {
        let end = body.end + 1;
        while (end < sentence.endToken && end - body.end <= MAX_KIND_WORDS + 4 && !/^[,.;)]$/.test(tokens[end].text) && tokens[end].pos !== 'VERB') end++;
        if (end >= sentence.endToken || /^[,.;)]$/.test(tokens[end].text)) place = placeOfKind(context, end);
      }
      if (!place || place.entity === body.entity) continue;
      relations.push(...relate(context, body, place, { label: 'based in', predicate: 'base in', relation: 'based_in', confidence: 0.65, rule: this.name }));
    }
    return relations;
  },
};
