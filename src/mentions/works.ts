import type { NerSpan } from '../ner';
import { miscType } from '../ner/misc-type';
import type { Segmented, Token } from '../segment/segment';

/**
 * Titles of films, programmes, books and plays. A recogniser trained on newswire names people,
 * organisations and places; "Vera Drake", "Doc Martin" or "King of Fridges" come out as any of them,
 * and "The Rise and Fall of Little Voice" in pieces. What marks a title is its context: a genre noun
 * before it ("ITV drama Footballers' Wives"), a verb of appearing ("appeared in Brookside, My Family and
 * A Touch of Frost"), a creative role after it ("Lord of the Rings director Peter Jackson"), a kind of
 * product after it ("the Outlook e-mail program"), "a remake of", or a year owning it ("1989's Shirley
 * Valentine"). A title found once is a title wherever it recurs. In an article about works, a name of no
 * known kind is a title.
 */

/** Nouns that name a kind of work; a capitalised title right after one is that work. */
export const GENRES: ReadonlySet<string> = new Set([
  'film', 'films', 'movie', 'movies', 'drama', 'comedy', 'sitcom', 'soap', 'series', 'serial', 'show', 'programme',
  'documentary', 'thriller', 'blockbuster', 'classic', 'musical', 'opera', 'novel', 'book', 'memoir', 'album',
  'single', 'song', 'play', 'game', 'cartoon', 'animation', 'trilogy', 'sequel', 'franchise', 'epic', 'hit', 'biopic',
  'anthem', 'track', 'ballad', 'hymn', 'tune', 'shows', 'dramas', 'comedies', 'sitcoms', 'soaps', 'novels', 'books', 'albums', 'songs', 'plays', 'games', 'programmes',
]);
/**
 * Kinds of product that follow their own name: "the Internet Explorer browser", "the Tiger operating
 * system", "the Cabir virus". A maker's name in that place ("the Nokia handset") the recogniser is sure of.
 */
const PRODUCT_KINDS = new Set(['browser', 'program', 'software', 'virus', 'worm', 'trojan', 'console', 'handset', 'app', 'application', 'system', 'engine', 'format']);
/** Lower-case words that may stand between such a name and its kind: "the Outlook e-mail program". */
const PRODUCT_MODIFIERS = new Set(['e-mail', 'email', 'operating', 'mobile', 'phone', 'search', 'web', 'net', 'internet', 'games', 'video', 'file-sharing', 'computer', 'anti-virus', 'messaging']);
/** Nouns that take a work after "of"/"to": "a remake of King Kong", "the sequel to Shrek". */
const DERIVED_WORKS = new Set(['remake', 'sequel', 'prequel', 'adaptation', 'version', 'episode', 'premiere', 'screening', 'production', 'staging', 'revival']);
/** Words after "films," that open a list of them: "seven films, including X, Y and Z". */
const LISTING = new Set(['including', 'includes', 'included']);
/** Lemmas of appearing in a work: "appeared in", "starred in", "roles in", "stage performances in". */
const APPEARING = new Set(['appear', 'star', 'feature', 'perform', 'performance', 'appearance', 'role', 'cameo', 'part', 'act']);
/** Creative roles a title can hold: "Lord of the Rings director Peter Jackson", "Brookside actress". */
const CREATIVE_ROLES = new Set(['director', 'actor', 'actress', 'star', 'author', 'writer', 'creator', 'producer', 'screenwriter', 'novelist', 'composer', 'co-star', 'producers', 'stars']);
/** Lower-case words a title may hold between capitalised ones ("Lord of the Rings", "A Touch of Frost"). */
const TITLE_LINKS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'at', 'to', 'for', 'with', 'from', '&']);
const ARTICLES = new Set(['The', 'A', 'An']);
/** How far back a verb of appearing may stand from its "in": "appeared alongside Richard Wilson in X". */
const APPEARING_REACH = 15;
/** A recognised name the recogniser is this sure of keeps its type against a weak cue ("appeared in Paris"). */
const SURE = 0.9;
/** Types a sure recogniser keeps against a cue; people and OTHER give way ("Doc Martin", "My Family and ..."). */
const KEPT_TYPES: ReadonlySet<string> = new Set(['LOCATION', 'ORGANIZATION', 'GROUP', 'EVENT']);
/** Against a genre noun only a near-certain place or organisation keeps its type. */
const NEAR_CERTAIN = 0.97;

type Strength = 'strong' | 'weak';

interface Title {
  first: number;
  end: number;
  strength: Strength;
}

const capitalised = (token: Token | undefined): boolean => Boolean(token && /^[\p{Lu}\d]/u.test(token.text));
/** Words whose "'s" is "is" or "us", not a possessive: "Do They Know It's Christmas", "Let's Dance". */
const CONTRACTING = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'where', 'he', 'she', 'let']);
/** Is token `i` a contracted "'s" inside a title, between a pronoun and a capitalised word? */
export const contractionAt = (tokens: Token[], i: number): boolean =>
  tokens[i]?.normal === "'s" && CONTRACTING.has(tokens[i - 1]?.normal ?? '') && capitalised(tokens[i - 1]) && capitalised(tokens[i + 1]);
const isQuote = (token: Token | undefined): boolean => Boolean(token && /^["'‘’“”]$/.test(token.text));

/**
 * Reads a title starting at `first`: capitalised words, joined by a few lower-case links. In a list
 * already joined by commas (`listed`), "and" ends the title: "School Daze, Do the Right Thing and Jungle Fever".
 */
function readTitle(tokens: Token[], first: number, endToken: number, startsPerson: (index: number) => boolean, listed = false): number {
  let i = first;
  if (!capitalised(tokens[i])) return first;
  let end = first;
  while (i < endToken) {
    const token = tokens[i];
    if (capitalised(token) || contractionAt(tokens, i) || (token.text === "'" && end === i && /s$/.test(tokens[i - 1]?.text ?? '') && capitalised(tokens[i + 1]))) {
      end = ++i;
      continue;
    }
    if (!TITLE_LINKS.has(token.normal)) break;
    // Links must lead on to another capitalised word; "and" before an article or a person starts a new item.
    let j = i;
    while (j < endToken && TITLE_LINKS.has(tokens[j].normal) && !capitalised(tokens[j])) j++;
    if (!capitalised(tokens[j])) break;
    if (token.normal === 'and' && (listed || ARTICLES.has(tokens[j].text) || startsPerson(j) || ownerAt(tokens, j, endToken))) break;
    // Only "of" may bring an article into a title: "Lord of the Rings", not "Neaptide for the National Theatre".
    if (j - i > 2 || (j - i === 2 && token.normal !== 'of' && token.normal !== 'and')) break;
    i = j;
  }
  return end;
}

/** Do capitalised words from `first` end in a possessive: "... and Channel 4's Shameless" starts a new item. */
function ownerAt(tokens: Token[], first: number, endToken: number): boolean {
  let i = first;
  while (i < endToken && capitalised(tokens[i])) i++;
  return i > first && (tokens[i]?.normal === "'s" || tokens[i]?.text === "'");
}

/** Reads a list of titles: "Brookside, My Family and A Touch of Frost". */
function readTitleList(tokens: Token[], first: number, endToken: number, startsPerson: (index: number) => boolean): [number, number][] {
  const titles: [number, number][] = [];
  let i = first;
  while (i < endToken) {
    const open = isQuote(tokens[i]) ? 1 : 0;
    const end = readTitle(tokens, i + open, endToken, startsPerson, titles.length > 0 && tokens[i - 1]?.text === ',');
    // A name before a common noun modifies it: "in ITV drama X" is not in ITV.
    if (end === i + open || (tokens[end]?.pos === 'NOUN' && !capitalised(tokens[end]))) break;
    titles.push([i + open, end]);
    i = end + (isQuote(tokens[end]) ? 1 : 0);
    if (tokens[i]?.text === ',' && ['and', 'or'].includes(tokens[i + 1]?.normal)) i += 2;
    else if (tokens[i]?.text === ',' || ['and', 'or'].includes(tokens[i]?.normal)) i += 1;
    else break;
  }
  return titles;
}

/** Is token `index` the "in" of a verb of appearing, reached without crossing a clause? */
function afterAppearing(tokens: Token[], index: number, firstToken: number): boolean {
  for (let j = index - 1; j >= Math.max(firstToken, index - APPEARING_REACH); j--) {
    const token = tokens[j];
    if (APPEARING.has(token.lemma) && (token.pos === 'VERB' || token.pos === 'NOUN')) return true;
    if (token.text === ',' || token.text === ';' || token.pos === 'VERB' || token.pos === 'AUX') return false;
  }
  return false;
}

/** Where the title ending right before `end` starts, walking back over capitalised words and links. */
function titleStartBefore(tokens: Token[], end: number, firstToken: number): number {
  let first = end - 1;
  for (;;) {
    let link = first;
    while (link - 1 >= firstToken && link > first - 2 && TITLE_LINKS.has(tokens[link - 1].normal) && !capitalised(tokens[link - 1])) link--;
    if (link - 1 < firstToken || !capitalised(tokens[link - 1])) return first;
    first = link - 1;
  }
}

/** A recognised name around a token, in document token indices. */
interface NameSpan {
  type: string;
  first: number;
  end: number;
  confidence: number;
}

/** Kinds of name that make works: singers and bands, authors, studios. */
const MAKERS: ReadonlySet<string> = new Set(['PERSON', 'ORGANIZATION', 'GROUP']);

/**
 * Does an article talk about works? Then "Frank Sinatra's My Way" is a song: in other news the same
 * pattern is "Britain's Tony Blair" or "Microsoft's Windows", which the recogniser names.
 */
function isAboutWorks(tokens: Token[]): boolean {
  return tokens.filter((token) => GENRES.has(token.normal) && !capitalised(token)).length >= 2;
}

/** Titles one sentence's context marks, with how strongly. */
function titlesIn(
  segmented: Segmented,
  sentenceIndex: number,
  startsPerson: (index: number) => boolean,
  nameAt: (index: number) => NameSpan | undefined,
  aboutWorks: boolean,
): Title[] {
  const { tokens } = segmented;
  const { firstToken, endToken } = segmented.sentences[sentenceIndex];
  const titles: Title[] = [];
  const add = (list: [number, number][], strength: Strength): void => {
    for (const [first, end] of list) titles.push({ first, end, strength });
  };
  for (let i = firstToken; i < endToken; i++) {
    const token = tokens[i];
    const next = i + 1 < endToken ? i + 1 : -1;
    if (next < 0) break;
    // "Hollywood classic King Kong": some genre words are tagged as adjectives.
    if (GENRES.has(token.normal) && tokens[next].text === ',' && LISTING.has(tokens[next + 1]?.normal ?? '')) {
      // "seven Spike Lee movies, including School Daze, Do the Right Thing and Jungle Fever".
      add(readTitleList(tokens, next + 2, endToken, startsPerson), 'strong');
    } else if (GENRES.has(token.normal) && (token.pos === 'NOUN' || token.pos === 'ADJ') && !capitalised(token)) {
      // "her latest book, Harry Potter and the Half-Blood Prince, sold": the title may stand in apposition,
      // closed by a comma; in "on the Jeremy Vine show, Mr Howard said" the name opens the next clause.
      const apposition = tokens[next].text === ',' && capitalised(tokens[next + 1]);
      const [title] = readTitleList(tokens, apposition ? next + 1 : next, endToken, startsPerson);
      if (title && (!apposition || tokens[title[1]]?.text === ',' || title[1] === endToken - 1)) add([title], 'strong');
    } else if (DERIVED_WORKS.has(token.normal) && ['of', 'to'].includes(tokens[next].normal)) {
      const from = tokens[next + 1]?.normal === 'the' && !capitalised(tokens[next + 1]) ? next + 2 : next + 1;
      add(readTitleList(tokens, from, endToken, startsPerson).slice(0, 1), 'weak');
    } else if (token.normal === 'in' && afterAppearing(tokens, i, firstToken)) {
      // "in ITV's King of Fridges": the owner before the title is not part of it.
      let from = next;
      const owner = readTitle(tokens, from, endToken, startsPerson);
      if (owner > from && tokens[owner]?.normal === "'s") from = owner + 1;
      add(readTitleList(tokens, from, endToken, startsPerson), 'weak');
    } else if (/^(?:1[89]|20)\d\d$/.test(token.text) && tokens[next].normal === "'s") {
      add(readTitleList(tokens, next + 1, endToken, startsPerson).slice(0, 1), 'strong');
    } else if (CREATIVE_ROLES.has(token.normal) && capitalised(tokens[i - 1]) && i - 1 >= firstToken) {
      const first = titleStartBefore(tokens, i, firstToken);
      if (first > firstToken || !ARTICLES.has(tokens[first].text)) titles.push({ first, end: i, strength: 'weak' });
    }
    // "Boulevard of Broken Dreams by Green Day": a title right before "by" and its maker's name; not
    // "beaten at Anfield by Chelsea" (a place after a preposition) nor "an attack on Tony Blair by X".
    if (token.normal === 'by' && i - 1 >= firstToken && capitalised(tokens[i - 1]) && startsName(nameAt, next, MAKERS)) {
      const first = titleStartBefore(tokens, i, firstToken);
      const before = tokens[first - 1];
      const afterPreposition = first > firstToken && before.pos === 'ADP';
      if (!afterPreposition && !overlapsName(nameAt, first, i, ['PERSON', 'LOCATION'])) titles.push({ first, end: i, strength: 'weak' });
    }
    // "Led Zeppelin's Stairway to Heaven", in an article about songs, films or books.
    if (aboutWorks && (token.normal === "'s" || token.text === "'") && /^\p{Lu}/u.test(tokens[next].text)) {
      const owner = nameAt(i - 1);
      const end = readTitle(tokens, next, endToken, startsPerson);
      if (owner && owner.end === i && MAKERS.has(owner.type) && end > next && !overlapsName(nameAt, next, end, ['PERSON', 'LOCATION', 'ORGANIZATION'], SURE)) {
        titles.push({ first: next, end, strength: 'weak' });
      }
    }
    // "the Internet Explorer browser", "the Outlook e-mail program": a name between "the" and its kind of product.
    if (PRODUCT_KINDS.has(token.normal) && !capitalised(token) && (token.normal !== 'system' || tokens[i - 1]?.normal === 'operating')) {
      let end = i;
      while (end - 1 > firstToken && i - end < 2 && PRODUCT_MODIFIERS.has(tokens[end - 1].normal)) end--;
      if (end - 1 >= firstToken && capitalised(tokens[end - 1])) {
        const first = titleStartBefore(tokens, end, firstToken);
        if (first > firstToken && tokens[first - 1].normal === 'the' && !ARTICLES.has(tokens[first].text)) titles.push({ first, end, strength: 'strong' });
      }
    }
    // "A Series of Unfortunate Events, starring Jim Carrey, took $30m": only a work stars someone or is
    // directed by them ("Jim Carrey, starring in ..." is a person).
    const credit = (token.normal === 'starring' && tokens[next].pos !== 'ADP') || (token.normal === 'directed' && tokens[next].normal === 'by');
    if (credit && tokens[i - 1]?.text === ',' && capitalised(tokens[i - 2]) && i - 2 >= firstToken) {
      const first = titleStartBefore(tokens, i - 1, firstToken);
      if (first < i - 2 || !ARTICLES.has(tokens[first].text)) titles.push({ first, end: i - 1, strength: 'strong' });
    }
    // "The Da Vinci Code, an adaptation of ...": a title described in apposition as a derived work.
    if (DERIVED_WORKS.has(token.normal) && tokens[i - 1]?.pos === 'DET' && tokens[i - 2]?.text === ',' && capitalised(tokens[i - 3])) {
      titles.push({ first: titleStartBefore(tokens, i - 2, firstToken), end: i - 2, strength: 'weak' });
    }
  }
  return titles.filter((title) => title.end > title.first);
}

/** Does a name of one of these kinds start at `index`? */
function startsName(nameAt: (index: number) => NameSpan | undefined, index: number, types: ReadonlySet<string>): boolean {
  const name = nameAt(index);
  return Boolean(name && name.first === index && types.has(name.type));
}

/** Does a name of one of these kinds (at least this sure, when given) overlap tokens first..end? */
function overlapsName(nameAt: (index: number) => NameSpan | undefined, first: number, end: number, types: string[], sure = 0): boolean {
  for (let i = first; i < end; i++) {
    const name = nameAt(i);
    if (name && types.includes(name.type) && name.confidence >= sure) return true;
  }
  return false;
}

/** The recogniser's spans with titles of works put in: overlapping spans give way to the title, typed WORK. */
export function withWorkTitles(segmented: Segmented, spans: NerSpan[][]): NerSpan[][] {
  const { tokens, sentences } = segmented;
  const result = spans.map((list) => [...list]);
  const spanAt = (sentence: number, index: number): NerSpan | undefined => {
    const offset = index - sentences[sentence].firstToken;
    return result[sentence].find((span) => span.start <= offset && offset < span.end);
  };
  const known = new Set<string>();
  const place = (sentence: number, title: { first: number; end: number }, strength: Strength): void => {
    const base = sentences[sentence].firstToken;
    const start = title.first - base;
    const end = title.end - base;
    const overlapping = result[sentence].filter((span) => span.start < end && start < span.end);
    const limit = strength === 'strong' ? NEAR_CERTAIN : SURE;
    if (overlapping.some((span) => KEPT_TYPES.has(span.type) && span.confidence >= limit)) return;
    // A sure person followed by their own verb is the subject of a clause: "the show Jonathan Ross hosts".
    const verb = tokens[title.end];
    if (verb?.pos === 'VERB' && !verb.normal.endsWith('ing') && overlapping.some((span) => span.type === 'PERSON' && span.confidence >= SURE)) return;
    // "British actress", "Oscar-winning director": a nationality or a hyphenated adjective is no title.
    const words = tokens.slice(title.first, title.end).map((token) => token.text);
    if ((words.length === 1 && miscType(words) === 'GROUP') || /-\p{Ll}+$/u.test(words[words.length - 1])) return;
    result[sentence] = [...result[sentence].filter((span) => !overlapping.includes(span)), { start, end, type: 'WORK' as const, confidence: 0.9 }].sort((a, b) => a.start - b.start);
    known.add(tokens.slice(title.first, title.end).map((token) => token.text).join(' '));
  };
  const aboutWorks = isAboutWorks(tokens);
  // In an article about films, songs or books a name the recogniser could not type ("Boys Don't Cry",
  // "Strictly Come Dancing") is a title far more often than anything else.
  if (aboutWorks) {
    for (let k = 0; k < result.length; k++) result[k] = result[k].map((span) => (span.type === 'OTHER' ? { ...span, type: 'WORK' as const } : span));
  }
  sentences.forEach((sentence, index) => {
    const startsPerson = (at: number): boolean => {
      const span = spanAt(index, at);
      return Boolean(span && span.type === 'PERSON' && span.start === at - sentence.firstToken && span.confidence >= SURE);
    };
    const nameAt = (at: number): NameSpan | undefined => {
      const span = at >= sentence.firstToken && at < sentence.endToken ? spanAt(index, at) : undefined;
      return span && { type: span.type, first: sentence.firstToken + span.start, end: sentence.firstToken + span.end, confidence: span.confidence };
    };
    for (const title of titlesIn(segmented, index, startsPerson, nameAt, aboutWorks)) place(index, title, title.strength);
  });
  // One article names one work one way: its title elsewhere is the work too ("a Lord of the Rings exhibition").
  const longest = Math.max(0, ...[...known].map((title) => title.split(' ').length));
  sentences.forEach((sentence, index) => {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      if (!capitalised(tokens[i])) continue;
      for (let length = Math.min(longest, sentence.endToken - i); length >= 1; length--) {
        if (!known.has(tokens.slice(i, i + length).map((token) => token.text).join(' '))) continue;
        const offset = i - sentence.firstToken;
        const already = result[index].some((span) => span.type === 'WORK' && span.start === offset && span.end === offset + length);
        if (!already && !(length === 1 && i === sentence.firstToken)) place(index, { first: i, end: i + length }, 'strong');
        i += length - 1;
        break;
      }
    }
  });
  return result;
}
