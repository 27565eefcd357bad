import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isRoleNoun } from '../mentions/titles';

/** One token of the cleaned text. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Offsets into the cleaned text, `end` exclusive. */
  start: number;
  end: number;
  /** Lower-case form. */
  normal: string;
  /** Dictionary form from wink-nlp ("said" → "say", "children" → "child"). */
  lemma: string;
  /** Universal part-of-speech tag (PROPN, NOUN, VERB, AUX, ADP, ...). */
  pos: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** A sentence: a range of the cleaned text and of the token list. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of its first token and one past its last, into `Segmented.tokens`. */
  firstToken: number;
  endToken: number;
  /** Index of the paragraph (a block of text between blank lines) it sits in. */
  paragraph: number;
}

/** The cleaned text cut into sentences and tagged tokens, shared by every later stage. */
export interface Segmented {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/** wink-nlp loads a 3 MB model; do it once, and only when text is first segmented. */
function pipeline(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Splits cleaned text into sentences and part-of-speech tagged tokens with offsets. */
export function segment(text: string): Segmented {
  const nlp = pipeline();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's lemma accessor is typed for its internal cache argument; it is a plain token accessor.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const winkSentenceEnds = new Set<number>();
  for (const span of doc.sentences().out(its.span) as unknown as [number, number][]) winkSentenceEnds.add(span[1]);

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let paragraph = 0;
  let sentenceFirst = 0;

  const closeSentence = (endToken: number): void => {
    if (endToken <= sentenceFirst) return;
    const index = sentences.length;
    for (let t = sentenceFirst; t < endToken; t++) tokens[t].sentence = index;
    sentences.push({
      start: tokens[sentenceFirst].start,
      end: tokens[endToken - 1].end,
      firstToken: sentenceFirst,
      endToken,
      paragraph,
    });
    sentenceFirst = endToken;
  };

  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const gap = spaces[i] ?? '';
    // wink keeps line breaks as whitespace tokens. A break always ends a sentence (headlines,
    // captions and list items carry no full stop); a blank line also ends a paragraph.
    if (/^\s+$/.test(value)) {
      if (value.includes('\n')) {
        closeSentence(tokens.length);
        if (/\n[^\n]*\n/.test(value)) paragraph++;
      }
      cursor += gap.length + value.length;
      continue;
    }
    const found = text.indexOf(value, cursor);
    const start = found === -1 || found > cursor + gap.length + 1 ? cursor + gap.length : found;
    const end = Math.min(start + value.length, text.length);
    cursor = end;
    const previous = tokens[tokens.length - 1];
    if (previous && previous.end === start && isDomainJoin(previous, value, values[i + 1], spaces[i + 1])) {
      // "OptInRealBig.com", "bbc.co.uk": a web address is one name, and its dots end no sentence.
      previous.text = text.slice(previous.start, end);
      previous.end = end;
      previous.normal = previous.text.toLowerCase();
      previous.lemma = previous.normal;
      if (value !== '.' && winkSentenceEnds.has(i)) closeSentence(tokens.length);
      continue;
    }
    if (previous && previous.end === start && isHyphenJoin(previous, value, values[i + 1], spaces[i + 1])) {
      // wink splits "scrum-half" and "London-based" into three tokens; news NER data (CoNLL) and our
      // name patterns treat a hyphenated word as one, so the hyphen and its right part rejoin the left.
      previous.text = text.slice(previous.start, end);
      previous.end = end;
      previous.normal = previous.text.toLowerCase();
      if (value !== '-') {
        previous.lemma = previous.normal.slice(0, previous.normal.lastIndexOf('-') + 1) + (lemmas[i] ?? value).toLowerCase();
        previous.pos = pos[i] === 'VERB' && /ed$/.test(value) ? 'ADJ' : (pos[i] ?? previous.pos);
      }
      if (winkSentenceEnds.has(i)) closeSentence(tokens.length);
      continue;
    }
    // wink splits "Poor's" into name and mark, but not once an earlier document taught its cache the whole
    // word: split it here, so an article reads the same whatever was read before it.
    const possessive = POSSESSIVE_WORD.exec(text.slice(start, end));
    if (possessive && !CONTRACTED.has(possessive[1].toLowerCase())) {
      const mark = end - possessive[2].length;
      tokens.push({ text: text.slice(start, mark), start, end: mark, normal: possessive[1].toLowerCase(), lemma: possessive[1].toLowerCase(), pos: pos[i] ?? 'PROPN', sentence: 0 });
      tokens.push({ text: text.slice(mark, end), start: mark, end, normal: "'s", lemma: "'s", pos: 'PART', sentence: 0 });
      if (winkSentenceEnds.has(i)) closeSentence(tokens.length);
      continue;
    }
    tokens.push({
      text: text.slice(start, end),
      start,
      end,
      normal: value.toLowerCase(),
      lemma: britishLemma(value.toLowerCase(), silentE(value.toLowerCase(), lemmas[i] ?? value.toLowerCase(), pos[i])),
      pos: pos[i] ?? 'X',
      sentence: 0,
    });
    // "the Rev. Jesse Jackson": a title's full stop ends no sentence (wink cuts "Rev" "." apart).
    const titleStop = value === '.' && TITLE_ABBREVIATION.test(`${values[i - 1] ?? ''}.`) && !spaces[i] && /^\p{Lu}/u.test(values[i + 1] ?? '');
    if (winkSentenceEnds.has(i) && !TITLE_ABBREVIATION.test(value) && !titleStop) closeSentence(tokens.length);
  }
  closeSentence(tokens.length);
  repairVerbs(tokens);
  return { text, tokens, sentences };
}

/** A word with a possessive mark glued on: "Poor's", "Smith’s". */
const POSSESSIVE_WORD = /^(\p{L}[\p{L}.&-]*)(['\u2019][sS])$/u;
/** Words whose "'s" is "is" or "has", or "us": wink's own split of these is kept as it comes. */
const CONTRACTED = new Set(['it', 'he', 'she', 'that', 'what', 'there', 'here', 'who', 'let', 'where', 'how', 'when', 'why', 'this']);

/** Third-person present verb from a form tagged as a plural noun: "lives" → "live", "carries" → "carry". */
function verbLemma(normal: string): string {
  if (/ies$/.test(normal)) return `${normal.slice(0, -3)}y`;
  if (/(?:s|sh|ch|x|z|o)es$/.test(normal)) return normal.slice(0, -2);
  return normal.replace(/s$/, '');
}

/**
 * wink-nlp strips "fined" to "fin" and "dined" to "din". A one-syllable verb ending vowel–consonant
 * doubles that consonant before "-ed" ("planned"), so a single one means the base ended in a silent e.
 */
function silentE(normal: string, lemma: string, pos: string | undefined): string {
  if (pos !== 'VERB' || !normal.endsWith('ed')) return lemma;
  const stem = normal.slice(0, -2);
  if (lemma !== stem && lemma !== normal) return lemma;
  return /^[^aeiouy]+[aeiou][bcdfgklmnprstvz]$/.test(stem) ? `${stem}e` : lemma;
}

/** Lemma of a regular past form: "alleged" → "allege", "planned" → "plan", "carried" → "carry", "claimed" → "claim". */
function pastLemma(normal: string): string {
  if (normal.endsWith('ied')) return `${normal.slice(0, -3)}y`;
  const stem = normal.slice(0, -2);
  if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss|zz|ff)$/.test(stem)) return stem.slice(0, -1);
  return /(?:[cgvzu]|[^aeious]s)$/.test(stem) ? `${stem}e` : stem;
}

/**
 * The tagger reads some present-tense verbs as plural nouns where news syntax is terse: after a
 * relative pronoun ("who lives in"), and between a name and a determiner or pronoun ("Yukos claims its
 * downfall"). A noun there cannot be one: it is the verb. Likewise a past form read as an adjective
 * right after "who", and the other way round a role read as a verb ("is chairman of").
 */
function repairVerbs(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i];
    const before = tokens[i - 1];
    // "is chairman of": a base form between "be" and "of" is a role noun, not a verb.
    if (token.pos === 'VERB' && token.normal === token.lemma && before.pos === 'AUX' && before.lemma === 'be' && tokens[i + 1].normal === 'of') {
      token.pos = 'NOUN';
      continue;
    }
    const afterRelative = (before.normal === 'who' || before.normal === 'which') && before.sentence === token.sentence;
    // "who alleged that": a past form right after a relative pronoun is its verb, not an adjective.
    if (afterRelative && token.pos === 'ADJ' && /[^e]ed$/.test(token.normal)) {
      token.pos = 'VERB';
      token.lemma = pastLemma(token.normal);
      continue;
    }
    const after = tokens[i + 1];
    // "for the injured Gareth Morton", "the embattled firm": a participle between a determiner and its noun describes it.
    const determined = before.pos === 'DET' && before.sentence === token.sentence && after.sentence === token.sentence;
    if (determined && token.pos === 'VERB' && /(?:ed|ing)$/.test(token.normal) && ['NOUN', 'PROPN'].includes(after.pos)) {
      token.pos = 'ADJ';
      continue;
    }
    // "Ally Warnock clawed back three points": a past form between a name and what it did is the verb.
    const afterName = before.pos === 'PROPN' && before.sentence === token.sentence && after.sentence === token.sentence;
    if (afterName && token.pos === 'ADJ' && /[^e]ed$/.test(token.normal) && ['ADV', 'DET', 'NUM', 'PRON'].includes(after.pos)) {
      token.pos = 'VERB';
      token.lemma = pastLemma(token.normal);
      continue;
    }
    if (token.pos !== 'NOUN' || !/[^s]s$/.test(token.normal)) continue;
    // "Disney backs Sony DVD technology": a lower-case plural between two names is the verb of a headline,
    // unless it is a role ("Chelsea players John Terry").
    const betweenNames = afterName && after.pos === 'PROPN' && /^\p{Ll}/u.test(token.text) && !isRoleNoun(token.normal.slice(0, -1));
    const betweenNameAndObject = afterName && (after.pos === 'DET' || after.pos === 'PRON' || betweenNames);
    if (afterRelative || betweenNameAndObject) {
      token.pos = 'VERB';
      token.lemma = verbLemma(token.normal);
    }
  }
}

/**
 * wink-nlp lemmatises to American spelling ("savours" → "savor", "organised" → "organize"); predicates
 * and labels keep the spelling of the article.
 */
export function britishLemma(normal: string, lemma: string): string {
  if (normal.startsWith(lemma)) return lemma;
  if (normal.includes('our') && !lemma.includes('our') && /or[^o]*$/.test(lemma)) return lemma.replace(/or(?=[^o]*$)/, 'our');
  if (/is(?:e|ed|es|ing)$/.test(normal) && lemma.endsWith('ize')) return `${lemma.slice(0, -3)}ise`;
  if (/ys(?:e|ed|es|ing)$/.test(normal) && lemma.endsWith('yze')) return `${lemma.slice(0, -3)}yse`;
  if (/tres?$/.test(normal) && lemma.endsWith('ter')) return `${lemma.slice(0, -3)}tre`;
  if (/ences?$/.test(normal) && lemma.endsWith('ense')) return `${lemma.slice(0, -4)}ence`;
  return lemma;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const WORDISH = /^[\p{L}\p{N}]/u;

/**
 * Does this token continue a hyphenated word? The hyphen itself when glued to a word on both sides,
 * or the word right after such a hyphen.
 */
function isHyphenJoin(previous: Token, value: string, next: string | undefined, nextSpace: string | undefined): boolean {
  if (HYPHENS.has(value)) return WORDISH.test(previous.text) && next !== undefined && !nextSpace && WORDISH.test(next);
  return HYPHENS.has(previous.text.slice(-1)) && WORDISH.test(value);
}

/** Abbreviated titles written with a full stop before a name. */
const TITLE_ABBREVIATION = /^(?:Rev|Revd|Gen|Col|Lt|Capt|Sgt|Maj|Cpl|Adm|Cmdr|Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Prof|Supt|Insp|Det|Fr|Hon)\.$/;

/** Last parts of web addresses. */
const DOMAIN_ENDINGS = /^(?:[a-z]{2,3}\.)?(?:com|org|net|co|uk|gov|edu|int|info|biz|io|tv|fm|eu|de|fr|es|it|nl|au|ca|jp|ie|nz)$/;

/** Is `value` the dot or the ending of a web address the previous token begins ("OptInRealBig" . "com")? */
function isDomainJoin(previous: Token, value: string, next: string | undefined, nextSpace: string | undefined): boolean {
  // wink cuts "bbc.co.uk" as "bbc" "." "co." "uk".
  const ending = (word: string): boolean => DOMAIN_ENDINGS.test(word.replace(/\.$/, ''));
  if (value === '.') return /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*$/u.test(previous.text) && next !== undefined && !nextSpace && ending(next);
  return previous.text.endsWith('.') && /^[\p{L}\d-]/u.test(previous.text) && ending(value);
}

/** The tokens of one sentence. */
export function sentenceTokens(segmented: Segmented, sentence: Sentence): Token[] {
  return segmented.tokens.slice(sentence.firstToken, sentence.endToken);
}

/** Each sentence's words, the form the recogniser reads. */
export function sentenceWords(segmented: Segmented): string[][] {
  return segmented.sentences.map((sentence) => segmented.tokens.slice(sentence.firstToken, sentence.endToken).map((token) => token.text));
}
