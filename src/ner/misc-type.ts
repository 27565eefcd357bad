/**
 * Splits CoNLL's catch-all MISC class into newsgraph types by what the words of the name say:
 * demonyms and communities are GROUP, competitions and gatherings EVENT, laws, reports and
 * products WORK. General word-formation rules plus a short list of irregular forms; no names.
 */
export type MiscType = 'GROUP' | 'EVENT' | 'WORK' | 'OTHER';

/** Head words that make a name an event: "World Cup", "Australian Open", "Gulf War". */
const EVENT_HEADS = new Set(
  (
    'cup cups championship championships games olympics olympiad olympic open war wars summit festival ' +
    'awards award prix trophy tournament series marathon rally conference congress election elections ' +
    'revolution tour classic masters grand slam week day expo fair show league derby final finals ' +
    'paralympics jubilee crisis uprising massacre'
  ).split(' '),
);

/** Head words of documents, laws and agreements: "Freedom of Information Act", "Kyoto Protocol". */
const WORK_HEADS = new Set(
  (
    'act bill law laws treaty accord accords agreement charter convention constitution directive ' +
    'protocol report review manifesto declaration amendment resolution plan strategy index code ' +
    'paper album book novel film magazine'
  ).split(' '),
);

/** Peoples and faiths that the suffix rule cannot see. */
export const GROUP_WORDS: ReadonlySet<string> = new Set(
  (
    'french dutch swiss greek thai czech serb croat kurd turk arab jew scot brit briton spaniard pole dane swede finn ' +
    'basque slav welsh irish muslim christian sikh hindu buddhist catholic protestant jewish islamic ' +
    'shia shiite sunni gypsy roma maori inuit'
  ).split(' '),
);

/** Party members, a GROUP only when the model already calls them MISC ("Tories", "Democrats"). */
const PARTY_MEMBERS = new Set('tory democrat republican conservative liberal socialist communist nationalist unionist'.split(' '));

const DEMONYM_SUFFIX = /(?:ish|ese|ian|ean|an|i|ic|ist|ite)$/;
const YEAR = /^(?:'?\d\d|1[89]\d\d|20\d\d)$/;
const NUMBER_WORDS = /^(?:two|three|four|five|six|tri)$/;

/** Newsgraph type of a MISC name given its tokens. */
export function miscType(tokens: readonly string[]): MiscType {
  const words = tokens.filter((t) => /\p{L}/u.test(t)).map((t) => t.toLowerCase().replace(/[.'’]+$/, ''));
  if (words.length === 0) return 'OTHER';
  const last = words[words.length - 1];
  const first = words[0];
  if (words.some((w) => EVENT_HEADS.has(w) || EVENT_HEADS.has(singular(w)))) return 'EVENT';
  if (last.endsWith('nations') && (words.length === 1 ? /^(?:tri|six|four)-/.test(last) : NUMBER_WORDS.test(first))) {
    return 'EVENT';
  }
  // A year before or after a name makes it an occasion: "2004 Olympics", "Euro 96", "Expo 2000".
  if (YEAR.test(tokens[0]) || YEAR.test(tokens[tokens.length - 1])) return 'EVENT';
  if (WORK_HEADS.has(last)) return 'WORK';
  if (isGroupWord(last)) return 'GROUP';
  if (tokens.some((t) => /\p{L}/u.test(t) && /\d/.test(t)) || /^\d+$/.test(tokens[tokens.length - 1])) return 'WORK';
  return 'OTHER';
}

function isGroupWord(word: string): boolean {
  const base = singular(word);
  if (GROUP_WORDS.has(word) || GROUP_WORDS.has(base) || PARTY_MEMBERS.has(base)) return true;
  return base.length > 3 && DEMONYM_SUFFIX.test(base);
}

/** Singular of a plural noun, by the regular rules ("tories" → "tory", "muslims" → "muslim"). */
export function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}
