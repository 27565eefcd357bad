import type { NerSpan, NerType } from '../ner';
import type { Segmented, Token } from '../segment/segment';

/** How many items make a list whose pattern can be trusted. */
const MIN_ITEMS = 3;

interface Item {
  /** Token ranges (sentence offsets) of the name and of what stands in brackets after it. */
  name: [number, number];
  bracket: [number, number];
}

const capitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.text);

/** The "Name (Body)" items of a comma-separated list, as in squads and candidate lists. */
function bracketItems(tokens: Token[], firstToken: number, endToken: number): Item[] {
  const items: Item[] = [];
  let i = firstToken;
  while (i < endToken) {
    let nameEnd = i;
    while (nameEnd < endToken && capitalised(tokens[nameEnd]) && nameEnd - i < 3) nameEnd++;
    if (nameEnd === i || tokens[nameEnd]?.text !== '(') {
      i++;
      continue;
    }
    let close = nameEnd + 1;
    while (close < endToken && tokens[close].text !== ')' && close - nameEnd < 5) close++;
    if (tokens[close]?.text !== ')' || close === nameEnd + 1) {
      i = nameEnd + 1;
      continue;
    }
    items.push({ name: [i - firstToken, nameEnd - firstToken], bracket: [nameEnd + 1 - firstToken, close - firstToken] });
    i = close + 1;
  }
  return items;
}

/** The type most spans over these ranges have, when at least half the ranges are covered by one. */
function majorityType(spans: readonly NerSpan[], ranges: [number, number][]): NerType | undefined {
  const counts = new Map<NerType, number>();
  for (const [start, end] of ranges) {
    const span = spans.find((candidate) => candidate.start === start && candidate.end === end);
    if (span) counts.set(span.type, (counts.get(span.type) ?? 0) + 1);
  }
  const [type, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return type && count! * 2 >= ranges.length ? type : undefined;
}

/**
 * The recogniser's spans with the gaps of a list filled: in "Coyne (Burnley), Jones (Wolves), Ricketts
 * (Swansea), ..." most names are recognised as people and most bracketed names as clubs; the ones the
 * recogniser missed are people and clubs too.
 */
export function withListNames(segmented: Segmented, spans: NerSpan[][]): NerSpan[][] {
  return spans.map((recognised, index) => {
    let list = recognised;
    const { firstToken, endToken } = segmented.sentences[index];
    const items = bracketItems(segmented.tokens, firstToken, endToken);
    if (items.length < MIN_ITEMS) return list;
    // "D Peel (Llanelli)": an initial and a surname are a person, whatever the recogniser made of them.
    const tokens = segmented.tokens;
    const initialled = items.filter(({ name: [start, end] }) => end - start === 2 && /^\p{Lu}\.?$/u.test(tokens[firstToken + start].text));
    const retyped = initialled.length * 2 >= items.length;
    if (retyped) {
      const names = new Set(initialled.map((item) => item.name[0]));
      list = [
        ...list.filter((span) => !initialled.some(({ name: [start, end] }) => span.start < end && start < span.end)),
        ...[...names].map((start) => ({ start, end: start + 2, type: 'PERSON' as const, confidence: 0.8 })),
      ].sort((a, b) => a.start - b.start);
    }
    const added: NerSpan[] = [];
    const nameType = majorityType(list, items.map((item) => item.name));
    const bracketType = majorityType(list, items.map((item) => item.bracket));
    // "Sylvain Marconnet (Stade Francais), Nicolas Mas (Perpignan)": a bracket the recogniser read as one
    // more player is a club like the others.
    const inBracket = (span: NerSpan): boolean => items.some(({ bracket: [start, end] }) => start <= span.start && span.end <= end);
    const misread = bracketType && nameType && bracketType !== nameType && list.some((span) => span.type === nameType && inBracket(span));
    if (misread) list = list.map((span) => (span.type === nameType && inBracket(span) ? { ...span, type: bracketType } : span));
    const uncovered = ([start, end]: [number, number]): boolean => !list.some((span) => span.start < end && start < span.end);
    for (const item of items) {
      if (nameType && uncovered(item.name)) added.push({ start: item.name[0], end: item.name[1], type: nameType, confidence: 0.6 });
      if (bracketType && uncovered(item.bracket)) added.push({ start: item.bracket[0], end: item.bracket[1], type: bracketType, confidence: 0.6 });
    }
    return added.length || retyped || misread ? [...list, ...added].sort((a, b) => a.start - b.start) : list;
  });
}
