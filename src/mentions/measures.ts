import type { Segmented, Token } from '../segment/segment';

/** A date or quantity span: token indices, `end` exclusive. */
export interface MeasureSpan {
  first: number;
  end: number;
  entityType: 'DATE' | 'QUANTITY';
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Months that are also common words or names; they are dates only next to a day or a year. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'june', 'april', 'august', 'jan', 'mar', 'may', 'jun', 'dec']);
const SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'bn', 'm', 'k']);
const UNITS = new Set([
  'percent', 'per', 'cent', '%', 'dollars', 'dollar', 'pounds', 'pound', 'euros', 'euro', 'yen', 'yuan',
  'rupees', 'pence', 'p', 'cents', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'kg',
  'tonnes', 'tons', 'barrels', 'points', 'votes', 'seats', 'years', 'months', 'weeks', 'days', 'hours',
]);
const CURRENCY = /^[$£€¥]/;
const YEAR = /^(?:1[5-9]|20)\d\d$/;
const DECADE = /^(?:1[5-9]|20)\d0s$/;
const DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
const NUMBER = /^[$£€¥]?\d[\d,.]*(?:bn|m|k|%)?$/;

function isMonth(tokens: Token[], i: number, endToken: number): boolean {
  const token = tokens[i];
  if (!MONTHS.has(token.normal) || !/^\p{Lu}/u.test(token.text)) return false;
  if (!AMBIGUOUS_MONTHS.has(token.normal)) return true;
  const before = tokens[i - 1];
  const after = i + 1 < endToken ? tokens[i + 1] : undefined;
  return Boolean((before && DAY.test(before.text)) || (after && (DAY.test(after.text) || YEAR.test(after.text))));
}

/**
 * Dates ("Monday", "2 February", "February 2005", "2014", "the 1990s") and quantities ("1,400", "$1.2871",
 * "28 million", "5000 yen", "5%") by token patterns. They are kept in the extraction for people who
 * analyse it, but never drawn as graph nodes.
 */
export function findMeasures(segmented: Segmented, taken: Uint8Array): MeasureSpan[] {
  const { tokens } = segmented;
  const spans: MeasureSpan[] = [];
  for (const sentence of segmented.sentences) {
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      const token = tokens[i];
      if (taken[i]) {
        i++;
        continue;
      }
      let end = i;
      let entityType: MeasureSpan['entityType'] | undefined;
      if (WEEKDAYS.has(token.normal) && /^\p{Lu}/u.test(token.text)) {
        entityType = 'DATE';
        end = i + 1;
      } else if (isMonth(tokens, i, sentence.endToken)) {
        entityType = 'DATE';
        end = i + 1;
        if (end < sentence.endToken && (DAY.test(tokens[end].text) || YEAR.test(tokens[end].text))) end++;
        if (end < sentence.endToken && YEAR.test(tokens[end].text)) end++;
      } else if (DAY.test(token.text) && i + 1 < sentence.endToken && isMonth(tokens, i + 1, sentence.endToken)) {
        entityType = 'DATE';
        end = i + 2;
        if (end < sentence.endToken && YEAR.test(tokens[end].text)) end++;
      } else if ((YEAR.test(token.text) && !UNITS.has(tokens[i + 1]?.normal ?? '')) || DECADE.test(token.text)) {
        entityType = 'DATE';
        end = i + 1;
      } else if (NUMBER.test(token.text) || (CURRENCY.test(token.text) && NUMBER.test(tokens[i + 1]?.text ?? ''))) {
        entityType = 'QUANTITY';
        end = i + 1;
        if (CURRENCY.test(token.text) && token.text.length === 1) end++;
        while (end < sentence.endToken && !taken[end] && (SCALES.has(tokens[end].normal) || UNITS.has(tokens[end].normal))) end++;
      }
      if (entityType && end > i) {
        spans.push({ first: i, end, entityType });
        i = end;
      } else {
        i++;
      }
    }
  }
  return spans;
}
